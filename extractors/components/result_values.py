"""Per-arm values in a result statement: grouping numbers and matching them to arms.

Not a component: ``evg_claims`` uses these. A value group is what one arm got: a fraction
and/or a percentage ("12/40 (30%)"), or a mean ± SD, with an "(n=..)" beside it if written.
Each group is matched to the arm whose distinctive words (``ArmMention.distinctive``) occur
in its context. Writers put the arm either after the value ("53% with drug A and 30% with
placebo") or before it ("drug A (53%) than placebo (30%)"): both readings are scored and the
one that names more different arms wins, after-value on a tie (an arm named after a "vs" or
"than" near the value is the next value's, not its own: "A, 68%, vs B, 40.8%", "A (70%) than
B (16%)"); a value in brackets right
after a word naming an arm ("drug A (53%)"), or after one and "=" ("internet = 12.3"), is that
arm's whatever the reading, unless a
comparison word introduces the arm and the bracket pairs two values by "vs" ("A had more X
than those on B (83% vs 32%)": the second is B's, the first the other arm's). So is a value
that an arm is named right after ("20% in the A group", "20% for patients in the A group"),
unless it ends a list of values that a list of arms follows ("0.26, 0.27 and 0.36 in the A, B
and C groups"), whatever an outcome before it names ("need for further A surgery was 20% in
the B group"). Values listed or paired by "vs" and then the arms, in order, right after them
("5.4 vs 6.3 months for A vs B", or in a bracket naming nothing else: "(A vs B)") take the
arms in that order, as does a "vs" pair after the arms named in order and a value of all the
participants ("X was 40 days, with no difference between A and B (39.8 vs 40.9 days)": the 40
no arm's); values each labelled by an arm's name ("A group: 2.1", "(B, 7.4 months;
A, 8.5 months)") take their labels' arms, and a value labelled by the short form an arm's
label ends with ("TEL: 20.3%" of "telephone reminder (TEL)") is that arm's, even where the
short form is a word of other arms' too ("TEL-SUPP"). Groups still
unmatched are matched by their denominator or n when it equals exactly one arm's n; of two
values, one naming its arm, the other is the other arm's ("drug A lowered X (6% vs 8%)"),
unless a second measure stands between them ("In the A arm, median PFS was 6.9 months and
median OS was 9.4 months", "X was 3.7% and hyperplasia (H) rate was 11.1%": both A's) or each
follows a measure of its own ("the most common AEs were rash (68%) and cough (61%)"); of two
values naming no arm paired by "vs" (or a bare slash: "(10.8%/0%)"; each may have its own
interval between: "8.1 months (95% CI ..) versus 7.1 months"), the first is the first arm's
and the second the comparator's, and so in each of two or more such pairs by "vs" in one
clause; two such values said to be respective ("were 64 and 71%, respectively"), or joined by
"and" in a bracket that opens with their statistic ("(mean (SD), 6.2 (0.98) and 6.3 (1.57)
days)"), take the arms in the order the abstract named them (the control first where it was
allocated first).
With "respectively", values take the arms in the order the clause names them after the last
value, else before the first ("A and B had 30% and 20%, respectively"), when it names as many
arms as there are values, or as many as each run of values closed by its own "respectively"
("A and B: 39.5% and 35.4%, respectively (by ultrasound), and 50.0% and 46.2%,
respectively"); likewise values paired by "vs" after a clause naming two arms ("A was lower
than B (3.1 vs 4.2)", reversed after "compared with B, A ...", unless A is said to
have more or less of it and the values run the other way: "compared with B, A had higher X
(41% vs 69%)" gives B's value first), also when each pair
is said to be respective ("A beat B on X (3% v 1%, respectively) and Y (5 v 2 weeks,
respectively)"), and three or more values listed in one bracket after a clause naming as many
arms ("higher with A and B than with C (27, 32 and 17%)"); two or more "vs" pairs after a
clause naming one arm of a two-arm trial are that arm's and the other's ("lower in the A
group early (28.6% vs 60%) and at 6 h (17.2% vs 45.8%)"; the named arm's last after
"compared with A"). A percentage followed by a
comparative ("40% less", "39% (95% CI 16 to 67) higher") is a relative change; one after
"<", "≥", "more than", "up to" or bounding a range ("0.0%-0.9%", "65% to 75%") is a bound,
and the "%" of a median ("median 0.10% (range 0.0%-0.9%)") its unit: none of them is an arm's
share. A percentage that is a
measured quantity's level or change ("HbA1c was 7.1% with A", "HbA1c fell by -1.93% with A":
``measured_percents``) is the arm's mean, or median after "median". Values each alone in a
bracket naming its arm, each after the name of another event ("X (three [10%] in the A group)
and Y (three [10%] in the B group)"), compare nothing: none is given an arm. One value said
of both arms of a two-arm trial ("DFS was 80% in both arms") is each arm's.

Example: "Remission: 12/40 (30%) with placebo vs 20/41 (49%) with drug A" gives two groups,
matched to the placebo arm and the drug A arm.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from extractors.components.arm_names import OPENING_COMPARISON, spelled_out
from extractors.components.arms import OUTCOME_CONTROLS, ArmMention, mention_words, nested_arm
from extractors.components.quantities import Quantities
from extractors.measured_percents import measured_percents
from extractors.numbers import (
    CI_NAME_PATTERN,
    OWN_INTERVAL_PATTERN,
    P_LABEL,
    RESPECTIVELY,
    SUBJECT_NOUNS_PATTERN,
    Percent,
)

_JOIN_GAP = 4
_BOUND = r"[-−‒–]?\s*\d+(?:[.,·]\d+)?"  # an interval's bound
_I_SQUARED = re.compile(r"I\s*[2²]\s*[=:]?\s*$")
_CI_LEVEL = re.compile(r"\b(?:CI|(?i:confidence\s+intervals?))\s*[=:,]?\s*$")  # "(CI: 95% 67-97%)"
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:(?i:differences?|risk\s+reductions?|ratios?)|ARR|RRR|ARD|RD|OR|RR|HR)"
    r"(?:\s*\([^()]{1,12}\))?"
    r"(?:\s+(?:of|was|were|is|being))?\s*[:=,]?\s*(?:[-−‒+]\s*)?(?:[£$€¥]\s?)?$"
)
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")
# the next word after the value's own interval, if any: "39.2% (95% CI 16.1 to 66.9) higher",
# "24.5% (-41.8 to -2.0) decrease"
_WORD_AFTER_INTERVAL = re.compile(
    OWN_INTERVAL_PATTERN
    + r"(?:\s*[(\[][-−–‐+\d.·,;%\s]+(?:to[-−–‐+\d.·,;%\s]+)?[)\]])?\s*([^\W\d_][\w-]*)"
)
# a bound, not a value: "HbA1c < 7.0%", "LVEF ≥ 50%", "> or = 10%", "in more than 10%", "up to 30%"
_BOUND_BEFORE = re.compile(
    r"(?:[<>≤≥]\s*(?:or\s*)?=?|(?i:\b(?:(?:less|more|fewer|greater)\s+than|at\s+least|up\s+to|"
    r"above|below|exceeding|margins?\s+(?:of\s+)?(?:negative\s+|minus\s+)?)))\s*$"
)
# the bounds of a range of percentages: "0.0%-0.9%", "65% to 75%" (not "from 30% to 45%")
_RANGE_DASH_AFTER = re.compile(r"\s*[-–—‐]\s*\d+(?:[.·]\d+)?\s*%")
_RANGE_TO_AFTER = re.compile(r"\s*to\s*\d+(?:[.·]\d+)?\s*%")
_RANGE_DASH_BEFORE = re.compile(r"\d\s*%?\s*[-–—‐]\s*$")  # "0.0%-0.9%", "(35-50%)"
_PERCENT_BEFORE = re.compile(r"\d\s*%\s*$")
_RANGE_TO_BEFORE = re.compile(r"\d\s*%\s*to\s*$")
_RELATIVE = frozenset({
    "less", "lesser", "more", "lower", "higher", "fewer", "greater", "reduction", "reductions",
    "increase", "increases", "decrease", "decreases", "decline", "improvement", "relative",
})  # fmt: skip
# an arm compared with right after a percentage, no value of its own after it: "(20%
# reduction vs shield, 16% vs shield+curtain, p=0.025)" (a change relative to that arm; not
# "45% vs placebo 30%", "45% vs placebo (30%)" nor "45% vs placebo, 30%")
_VERSUS_ARM_AFTER = re.compile(
    r"(?i)\s*(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to)\s+(?P<name>[^\W\d_]"
    r"[^\d,;:()\[\]]{0,40}?)\s*(?:[,;)\]]|\.(?!\d))(?!\s*[-−+]?\s*\d)"
)
_TOKEN = re.compile(r"[^\W_][\w-]*")
_ARM_BRACKET = re.compile(r"(?P<name>(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)\s*[(\[]\s*$")
_ARM_EQUALS = re.compile(r"(?P<name>(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)\s*=\s*$")
# an arm named right after a value, directly or after the people it counts: "20% in the A
# group", "20% for patients in the A group", "three [10%] patients on A", "12% of those
# receiving A" (not "patients with diabetes": people described, no arm; not "in favour of A"
# nor "in both the A and the B group"), its name up to six words, before "and", "vs" or "than"
# ("with A and B": not A's alone), nor the first of a combination ("13.9% for CQ/SP")
_ARM_RIGHT_AFTER = re.compile(
    r"(?i)\s*[)\]]?\s*(?:(?:(?:of|for|in|among)\s+)?(?:all\s+)?(?:the\s+)?(?:patients|"
    r"participants|subjects|people|persons|individuals|women|men|children|infants|those|cases)"
    r"\s+(?:in|on|receiving|given|treated\s+with|(?:allocated|assigned|randomi[sz]ed)\s+to)|in|"
    r"with|for|among|on|receiving)\s+(?:the\s+)?(?!(?:favou?r|both|either|each|all|the)\b)"
    r"(?P<name>[^\W\d_][\w-]*(?:\s+(?!(?:and|or|vs|versus|than|compared)\b)"
    r"[^\W\d_][\w-]*){0,5})(?![\w-])(?!\s*[/+])"
)
# an arm named after a comparison word right before the bracket of the values
_COMPARED_BRACKET = re.compile(
    r"(?i)\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+[^()\[\],;]{1,40}"
    r"[(\[]\s*$"
)
_COMPARED_FIRST = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?|"
    r"than)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$"
)
_RESPECTIVE = re.compile(r"(?i)\brespective\b")
# what stands between two values compared: a unit, a closing bracket, the first value's own
# interval, then the word that pairs them (_VERSUS_GAP: "vs" and the like; _PAIR_GAP: also
# "and") and perhaps an opening bracket
# the unit, a bracket's end and the value's own interval, bracketed or after a comma ("2.1%,
# 95% CI -0.8 to 5.1 vs 3.7%")
_GAP_BEFORE = (
    rf"(?i)^[^\w;]*(?:[a-zµμ/]{{1,8}}\s*)?(?:\)\s*)?{OWN_INTERVAL_PATTERN}"
    rf"(?:,\s*(?:\d{{2}}\s*%\s*)?{CI_NAME_PATTERN}\s*[:=,]?\s*{_BOUND}\s*(?:to|[-–,])\s*"
    rf"{_BOUND}\s*%?\s*)?"
)
_GAP_AFTER = r"\s*[(\[]?\s*\+?\s*$"  # "+22.5% vs. +2.7%": a sign before the next
_PAIR_GAP = re.compile(
    _GAP_BEFORE + r"(?:vs\.?|versus|v\.?|and|compared\s+(?:with|to))" + _GAP_AFTER + r"|^/$"
)
# ... or a bare slash between two values ("(10.8%/0%)", "88.5%/88.8%, respectively")
_VERSUS_GAP = re.compile(
    _GAP_BEFORE + r"(?:vs\.?|versus|v\.?|compared\s+(?:with|to))" + _GAP_AFTER + r"|^/$"
)
# a change within an arm written before its value: "decreased by 42%", "fell by a mean of
# 3.1", "improved significantly by 12 points", "a reduction of 2.1 kg"; and a change of what a
# verb names: "reduced the risk of X by 30%" (a relative change, no arm's value)
_BY_AMOUNT = (  # "by (about / a mean of) " right before the value
    r"by\s+(?:(?:about|approximately|nearly|almost|around|only|up\s+to|an?)\s+)?"
    r"(?:(?:mean|median|average)\s+(?:of\s+)?)?[-−+~]?\s*$"
)
_CHANGE_BEFORE = re.compile(
    r"(?i)(?:\b(?:decreas|increas|reduc|improv|declin|dropp|lower|rais|elevat|worsen|shorten|"
    r"lengthen|prolong|diminish|delay)\w*|\b(?:fell|fallen|falls?|rose|risen|rises?|drops?|"
    r"gain(?:ed|s)?|"
    r"lost|changed))\s+(?:(?:significantly|markedly|slightly|substantially|only|further)\s+)?"
    + _BY_AMOUNT
    + r"|\b(?:decreas|increas|reduc|improv|lower|rais|shorten|lengthen|prolong|diminish|delay)"
    r"\w*\s+"
    r"(?:[^\W\d][\w-]*\s+){1,6}?"
    + _BY_AMOUNT
    + r"|\b(?:(?:decreases?|increases?|reductions?|improvements?|declines?|drops?|falls?|rises?|"
    r"gains?|loss(?:es)?|changes?)\s+(?:from\s+baseline\s+)?of|changes?\s+from\s+baseline\s+"
    r"(?:was|were|of))\s+(?:(?:about|approximately|nearly|almost|around|only|an?)\s+)?"
    r"(?:(?:mean|median|average)\s+(?:of\s+)?)?[-−+~]?\s*$"
    # "a mean loss of body weight (- 7.0 gm)", "weight gain (+2.1 kg)": a signed change in
    # brackets (not "an increase in OS (56.2% vs 43.9%)": the arms' values)
    r"|\b(?:decreases?|increases?|reductions?|improvements?|declines?|drops?|falls?|rises?|"
    r"gains?|loss(?:es)?|changes?)(?:\s+(?:of|in)(?:\s+[^\W\d][\w-]*){1,4})?\s*[(\[]\s*"
    r"[-−+]\s*$"
)
# what ends a run of changes: a value that is no change is introduced by its own word ("vs"
# is none: "decreased by 12 with A versus 3 with B" are two changes)
# a change's level after it: "fell by 0.5% to 7.1%"
_TO_LEVEL = re.compile(r"(?i)\s*to\s+(?:an?\s+)?(?:(?:mean|median)\s+(?:of\s+)?)?[-−+~]?\s*\d")
# (not a bracketed short form: "and low-density lipoprotein (LDL)-cholesterol by 9%")
_CHANGE_RUN_END = re.compile(
    r"(?i)\b(?:was|were|is|are|had|reached|to|from|at)\b|[;:]|[(\[](?![^\W\d][\w-]{0,9}[)\]])"
)
# a value at baseline: "fell from 6.2 ± 1.1 (at baseline) to 3.9 ± 1.3", "rose from 30% to 52%"
# (not a range: "ranged from 20% to 45%")
_FROM_BEFORE = re.compile(
    r"(?i)(?<!\brange\s)(?<!\branged\s)(?<!\branging\s)\bfrom\s+(?:an?\s+)?"
    r"(?:(?:mean|median|average)\s+(?:(?:value\s+)?of\s+)?)?[-−+~]?\s*$"
)
_RANGE_FROM = re.compile(r"(?i)\brang(?:e|es|ed|ing)\s+(?:from|between)\s+[-−+~]?\s*$")
_RANGE_TO = re.compile(r"(?i)^[^;:()\[\]\d]{0,20}?\b(?:to|and)\s+[-−+~]?\s*$")
_TO_AFTER = re.compile(
    r"(?i)^[^;:()\[\]\d]{0,40}?\bto\s+(?:an?\s+)?(?:(?:mean|median|average)\s+(?:of\s+)?)?"
    r"[-−+~]?\s*$"
)


@dataclass(frozen=True, slots=True)
class ValueGroup:
    start: int
    end: int
    percent: float | None = None
    decimals: int = 0
    events: int | None = None
    total: int | None = None
    mean: float | None = None
    sd: float | None = None
    n: int | None = None
    arm: str | None = None
    median: float | None = None
    median_low: float | None = None
    median_high: float | None = None
    median_spread: str | None = None

    def value(self) -> float | None:
        """The comparable value: percent, else events/total as percent, else mean, else median."""
        if self.percent is not None:
            return self.percent
        if self.events is not None and self.total:
            return 100.0 * self.events / self.total
        return self.mean if self.mean is not None else self.median


def _not_a_result(text: str, end: int, start: int, arm_words: set[str]) -> bool:
    """A heterogeneity I² ("I2 = 95%"), an interval's level ("CI: 95%"), a difference or
    ratio between the arms ("difference 5.2%", "absolute risk reduction, 4%", "odds ratio,
    1.2%"), a bound ("HbA1c < 7.0%", "in more than 10%", "a non-inferiority margin of
    negative 4%", "(50% diameter stenosis or more)", "7% or less": a threshold or a share not
    written exactly), a relative change ("40% less", "16% vs shield, p = 0.02": an arm
    compared with and no value of its own after it)
    or a dose that names an arm ("0.01% atropine"; not "23.0% versus 15.4% ED" nor "38.6% EDC
    versus 26.5% ED": values each followed by its arm's name)."""
    if _I_SQUARED.search(text, max(0, start - 8), start):
        return True
    if _CI_LEVEL.search(text, max(0, start - 24), start):
        return True  # the level of an interval: "(CI: 95% 67-97%)"
    if _BOUND_BEFORE.search(text, max(0, start - 24), start) or _range_bound(text, start, end):
        return True
    if _DIFFERENCE_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _OR_MORE_AFTER.match(text, end) and _BRACKET_OPENS.search(text, max(0, start - 3), start):
        return True  # "(50% diameter stenosis or more)": a threshold that defines the outcome
    if _OR_BOUND_AFTER.match(text, end):
        return True  # "HbA1c of 7% or less": a threshold
    if _CHANGE_BRACKET_BEFORE.search(text, max(0, start - 20), start) and _CLOSES.match(text, end):
        return True  # "a modest reduction (28%) in X": a relative change, alone in its bracket
    after = _NEXT_WORD.match(text, end)
    relative = _WORD_AFTER_INTERVAL.match(text, end)
    if relative and relative.group(1).lower() in _RELATIVE:
        return True  # "40% less than", "a 25% reduction": a relative change, no arm's value
    versus = _VERSUS_ARM_AFTER.match(text, end)
    if versus and mention_words(versus["name"]) & arm_words:
        return True  # "16% vs shield+curtain, p=0.025": a change relative to that arm
    if after is None or after.group(1).lower() not in arm_words:
        return False
    # "23.0% versus 15.4% ED", "38.6% EDC versus 26.5% ED": values each named by its arm, not
    # doses ("0.01% atropine")
    return not (
        _VERSUS_END.search(text, max(0, start - 12), start)
        or _VERSUS_START.match(text, after.end())
    )


_VERSUS_END = re.compile(r"(?i)\b(?:vs\.?|versus)\s*$")
_BRACKET_OPENS = re.compile(r"[(\[]\s*$")
_OR_MORE_AFTER = re.compile(
    r"(?i)\s+(?:[a-z][\w-]*\s+){0,4}?or\s+(?:more|greater|higher|less|lower|above|below)\s*[)\]]"
)
_CHANGE_BRACKET_BEFORE = re.compile(
    r"(?i)\b(?:reductions?|decreases?|increases?|improvements?|declines?|rises?|gains?|"
    r"losses?|changes?)\s*[(\[]\s*$"
)
_CLOSES = re.compile(r"\s*[)\]]")
_OR_BOUND_AFTER = re.compile(
    r"(?i)\s+or\s+(?:less|more|lower|higher|greater|fewer|below|above|over|under)\b"
)
_VERSUS_START = re.compile(r"(?i)\s*(?:vs\.?|versus)\s+[-−+]?\d")


# the events counted among the people a count with a percentage counts: "83 deaths among 335
# patients (24.8%)", "3 events in 120 patients (2.5%)"
_EVENTS_AMONG = re.compile(
    r"(?<![\d.,·])(?P<k>\d{1,6})\s+(?:[^\W\d_][\w-]*\s+){0,3}(?:among|in|of)\s+(?:the\s+)?$"
)


# a percentage's count in the bracket after it: "7.8% (10 events)", "16.6% (21 patients)"
_EVENTS_AFTER = re.compile(
    rf"\s*[(\[]\s*(?P<k>\d{{1,5}})\s+(?:events?|cases?|{SUBJECT_NOUNS_PATTERN})\s*[)\]]"
)


def _events_among(text: str, group: ValueGroup) -> ValueGroup:
    """``group``, a count with its percentage ("335 patients (24.8%)"), as events over that
    count when a count of events among them comes right before it and fits the percentage
    ("83 deaths among 335 patients (24.8%)": 83 of 335, not 335 events)."""
    if group.events is None or group.percent is None or group.events <= 0:
        return group
    before = _EVENTS_AMONG.search(text, max(0, group.start - 60), group.start)
    if before is None:
        return group
    events = int(before["k"])
    tolerance = 0.5 * 10.0**-group.decimals + 1e-9
    if events > group.events or abs(100.0 * events / group.events - group.percent) > tolerance:
        return group
    return replace(group, start=before.start(), events=events, total=group.events)


def _median_unit(q: Quantities, p: Percent) -> bool:
    """Whether ``p`` is the unit of a median's value ("median 0.10% (range 0.0%-0.9%)"): the
    median, not a share of events."""
    return any(md.start <= p.start < md.end and md.median == p.value for md in q.medians)


def _range_bound(text: str, start: int, end: int) -> bool:
    """Whether the percentage at ``text[start:end]`` bounds a range of percentages ("range,
    0.0%-0.9%", "43% (35-50%)", "65% to 75% of heart rate reserve"); "X% to Y%" after "from"
    or a change is none (``_without_baselines`` and ``_without_changes`` read them)."""
    window = max(0, start - 16)
    if _RANGE_DASH_AFTER.match(text, end) or _RANGE_DASH_BEFORE.search(text, window, start):
        return True
    if text[start : start + 1] in "-–—‐−" and _PERCENT_BEFORE.search(text, window, start):
        return True  # "0.0%-0.9%" read as 0.0% and -0.9%
    if _RANGE_TO_AFTER.match(text, end):
        return not _from_or_change(text, start)
    before = _RANGE_TO_BEFORE.search(text, window, start)
    if before is None:
        return False
    lower = before.start()
    while lower > 0 and (text[lower - 1].isdigit() or text[lower - 1] in ".·"):
        lower -= 1
    return not _from_or_change(text, lower)


def _from_or_change(text: str, start: int) -> bool:
    """Whether "from" or a change ("fell by") comes right before ``start``: "X% to Y%" is then
    no range ("rose from 30% to 45%", "fell by 0.5% to 7.1%")."""
    return bool(
        _FROM_BEFORE.search(text, max(0, start - 40), start)
        or _CHANGE_BEFORE.search(text, max(0, start - 60), start)
    )


_DOSE = re.compile(
    r"\s*(?P<number>\d+(?:[.·]\d+)?)\s*(?:mg|g|µg|μg|mcg|ng|ml|mL|IU|U|units?|mmol|Gy)\b"
)


def _names_a_dose(text: str, start: int, arm_words: set[str]) -> bool:
    """Whether the plain value at ``start`` is a dose that names an arm: its number, then a
    unit of dose, the number one of the ``arm_words`` ("in the 100 mg and 200 mg groups were
    greater than placebo" beside the arm "200 mg avanafil"). Not "morphine use was 12 mg with
    A": no arm is named by 12."""
    dose = _DOSE.match(text, start)
    return dose is not None and dose.group("number") in arm_words


# arm words that name no dose ("B alone", "A plus B", "the control group"), unlike "0.01%" in
# "0.01% atropine": left out of the words a value may name its arm by as its dose
_NOT_DOSE_WORDS = {"alone", "only", "monotherapy", "combined", "combination", "plus", "control"}


def dose_words(arm_words: Iterable[str]) -> set[str]:
    """The ``arm_words`` by which ``value_groups`` tells a dose that names an arm from a
    value: all but those that name no dose."""
    return set(arm_words) - _NOT_DOSE_WORDS


# how long the trial followed its people, right before a median or mean: "median follow-up of",
# "median duration of follow-up was", "mean followup of"
_FOLLOW_UP_BEFORE = re.compile(
    r"(?i)\b(?:median|mean)\s+(?:(?:duration|length)\s+of\s+)?follow(?:ed)?[\s-]*up"
    r"(?:\s+(?:time|duration|period))?\s*(?:of|was|is|:|,|=)?\s*$"
)


# a percentage per unit of time is a rate, not the share of an arm's people: "(six deaths,
# 0.009% per year)", "2.1%/year", "1.3% a year", "0.5% per person-year"
_PER_TIME_AFTER = re.compile(
    r"(?i)\s*(?:per|/|a|each)\s*(?:person[\s-]*)?(?:years?|yrs?|annum|months?|weeks?)\b"
)


def value_groups(text: str, q: Quantities, arm_words: set[str] | None = None) -> list[ValueGroup]:
    """Fractions, percentages and mean ± SD of ``q``, adjacent ones merged, in text order.

    Percentages over 100 (a change, no share of an arm's people: "(1,300%; P < 0.01)"), an I²
    or a dose naming an arm (one of ``arm_words``) are left out, and
    so are plain values that are such a dose ("200 mg"); one that is a change in a measured
    quantity ("HbA1c -1.93% vs -2.71%") is the arm's mean.
    """
    words = arm_words or set()
    items: list[tuple[int, int, str, ValueGroup]] = []
    for f in q.fractions:
        items.append(
            (f.start, f.end, "f", ValueGroup(f.start, f.end, events=f.events, total=f.total))
        )
    percents = [
        p
        for p in q.percents
        if not (
            _not_a_result(text, p.end, p.start, words)
            or _median_unit(q, p)
            or _PER_TIME_AFTER.match(text, p.end)  # "0.009% per year": a rate, no share
        )
    ]
    measured = measured_percents(text, percents)
    read = [(m.start, m.end) for m in q.mean_sds] + [(m.start, m.end) for m in q.medians]
    for p in percents:
        if p.start in measured:
            if any(start <= p.start < end for start, end in read):
                continue  # "-7.9% (SD 7.3)": read as a mean ± SD
            if measured[p.start] == "median":
                items.append((p.start, p.end, "d", ValueGroup(p.start, p.end, median=p.value)))
            else:
                items.append((p.start, p.end, "m", ValueGroup(p.start, p.end, mean=p.value)))
            continue
        if p.value > 100:
            continue  # "(1,300%; P < 0.01)": a change, no share of an arm's people
        counted = next((c for c in q.count_percents if c.start <= p.start < c.end), None)
        start, events = (counted.start, counted.events) if counted else (p.start, None)
        end = p.end
        after = None if counted else _EVENTS_AFTER.match(text, p.end)
        if after is not None and (int(after["k"]) == 0) == (p.value == 0):
            events, end = int(after["k"]), after.end()  # "7.8% (10 events)"
        group = ValueGroup(start, end, percent=p.value, decimals=p.decimals, events=events)
        items.append((start, end, "p", _events_among(text, group)))
    for md in q.medians:
        if _FOLLOW_UP_BEFORE.search(text, max(0, md.start - 60), md.start):
            continue  # "after a median follow-up of 131 months (IQR 105-156)": no result
        group = ValueGroup(
            md.start,
            md.end,
            median=md.median,
            median_low=md.low,
            median_high=md.high,
            median_spread=md.spread,
        )
        items.append((md.start, md.end, "d", group))
    for m in q.mean_sds:
        if _FOLLOW_UP_BEFORE.search(text, max(0, m.start - 60), m.start):
            continue  # "after mean followup of 59 months": no result
        if m.sd is None and _names_a_dose(text, m.start, words):
            continue  # "in the 100 mg and 200 mg groups": the arms' doses
        items.append((m.start, m.end, "m", ValueGroup(m.start, m.end, mean=m.mean, sd=m.sd)))
    for c in q.counts:
        items.append((c.start, c.end, "c", ValueGroup(c.start, c.end, events=c.events)))
    items.sort(key=lambda i: i[0])
    groups: list[ValueGroup] = []
    kinds: list[set[str]] = []
    for start, end, kind, group in items:
        if (
            groups
            and kind not in kinds[-1]
            and _adjacent(text, groups[-1].end, start)
            # "205 patients (50.9%; 103 in A and 102 in B)": a count of its own, not the first's
            and not (kind == "c" and groups[-1].events is not None)
        ):
            last = groups[-1]
            groups[-1] = replace(
                last,
                end=max(last.end, end),
                percent=last.percent if last.percent is not None else group.percent,
                decimals=last.decimals if last.percent is not None else group.decimals,
                events=last.events if last.events is not None else group.events,
                total=last.total if last.total is not None else group.total,
                mean=last.mean if last.mean is not None else group.mean,
                sd=last.sd if last.sd is not None else group.sd,
                median=last.median if last.median is not None else group.median,
                median_low=last.median_low if last.median is not None else group.median_low,
                median_high=last.median_high if last.median is not None else group.median_high,
                median_spread=last.median_spread
                if last.median is not None
                else group.median_spread,
            )
            kinds[-1].add(kind)
        else:
            groups.append(group)
            kinds.append({kind})
    groups = _without_changes(
        text,
        _without_baselines(text, _counts_then_shares(text, _with_own_percents(text, groups))),
        set(measured),
    )
    groups = _without_split_totals(text, _without_breakdowns(text, groups, words))
    for i, g in enumerate(groups):
        for s in q.sample_sizes:
            if s.noun is None and g.end <= s.start <= g.end + _JOIN_GAP + 2:
                groups[i] = replace(g, n=s.n, end=max(g.end, s.end))
    return groups


# a bracket right after a value that breaks it down by subgroup: "76.9% (ER+ 87.1%, ER-
# 53.3%)", "40% (men 35%; women 44%)": each part a label, then its value
_BREAKDOWN_PART = re.compile(
    r"\s*(?P<label>[^\W\d_][^\d,;:=()\[\]]{0,24}?)\s*[:=]?\s*[-−]?\d[\d.,·]*\s*%?\s*"
)
_OWN_BRACKET = re.compile(r" *\((?P<inner>[^()]*)\)")  # right after a value, none inside it
_NOT_BREAKDOWN = re.compile(r"(?i)^(?:n|CI|SD|SE|SEM|IQR|range|p|OR|RR|HR|vs\.?|versus)\b")


def _without_breakdowns(text: str, groups: list[ValueGroup], words: set[str]) -> list[ValueGroup]:
    """``groups`` without the values of a bracket right after a value that break it down
    by subgroup ("5-year OS was 76.9% (ER+ 87.1%, ER- 53.3%) for A": 76.9% is A's); not the
    values an arm's name labels ("25% (A 30%, B 20%)"), nor an interval, a spread or a size."""
    dropped: set[int] = set()
    for g in groups:
        bracket = _OWN_BRACKET.match(text, g.end)
        if bracket is None:
            continue
        parts = re.split(r"[,;]", bracket["inner"])
        labels = [m["label"] if (m := _BREAKDOWN_PART.fullmatch(p)) else None for p in parts]
        if (
            len(parts) >= 2
            and all(label is not None and not _NOT_BREAKDOWN.match(label) for label in labels)
            and not any(mention_words(label or "") & words for label in labels)
        ):
            inner = range(bracket.start("inner"), bracket.end("inner"))
            dropped.update(o.start for o in groups if o.start in inner)
    return [g for g in groups if g.start not in dropped] if dropped else groups


def _without_split_totals(text: str, groups: list[ValueGroup]) -> list[ValueGroup]:
    """``groups`` without a count that the counts in its own bracket split by arm: "205
    patients (50.9%; 103 in the A arm and 102 in the B arm) had X" (205 is both arms')."""
    for i, g in enumerate(groups[:-2]):
        close = text.find(")", g.end)
        parts = [o for o in groups[i + 1 :] if close >= 0 and o.start < close]
        if (
            g.events is not None
            and len(parts) >= 2
            and "(" in text[g.start : g.end]
            and sum(o.events or 0 for o in parts) == g.events
            and all(o.events is not None for o in parts)
        ):
            return groups[:i] + groups[i + 1 :]
    return groups


def arm_runs(groups: list[ValueGroup]) -> list[list[ValueGroup]]:
    """``groups`` as runs of as many values each, every run closed by the one value an arm's
    name follows ("X and Y were 12% and 15% with A and 20% and 25% with B": [12% 15%(A)],
    [20% 25%(B)]), each value given the run's arm; [] unless there are two runs or more, of
    two values or more, each of another arm."""
    runs: list[list[ValueGroup]] = []
    current: list[ValueGroup] = []
    for g in groups:
        current.append(g)
        if g.arm is not None:
            runs.append([replace(v, arm=g.arm) for v in current])
            current = []
    sizes = {len(run) for run in runs}
    if current or len(runs) < 2 or len(sizes) != 1 or sizes == {1}:
        return []
    return runs if len({run[-1].arm for run in runs}) == len(runs) else []


def _counts_then_shares(text: str, groups: list[ValueGroup]) -> list[ValueGroup]:
    """Counts of two or three arms written with their arms, then as many percentages in one
    bracket after them ("in 1 woman in the A group and 3 women in the B group (1.5% vs 4.4%,
    P = .12)"): each count joined by its percentage, in order, where the two agree on which is
    zero. Else ``groups`` as they are."""
    counts = [g for g in groups if g.events is not None and g.percent is None]
    shares = [g for g in groups if g.percent is not None and g.events is None]
    if not 2 <= len(counts) <= 3 or len(shares) != len(counts) or len(groups) != 2 * len(counts):
        return groups
    if groups[: len(counts)] != counts or any(
        g.total is not None or g.mean is not None or g.median is not None for g in groups
    ):
        return groups
    opened = text.find("(", counts[-1].end, shares[0].start)
    if (
        opened < 0
        or ")" in text[opened : shares[-1].end]
        or "(" in text[opened + 1 : shares[-1].end]
    ):
        return groups
    if any((c.events == 0) != (p.percent == 0) for c, p in zip(counts, shares, strict=True)):
        return groups
    return [
        replace(c, percent=p.percent, decimals=p.decimals)
        for c, p in zip(counts, shares, strict=True)
    ]


# what may stand between a count "k of n" and its own percentage in a bracket: the people
# counted and the arm they were in ("48 of 95 women with cooling (50.5%"), no other number
_OWN_PERCENT_GAP = re.compile(r"[^\d;:.()\[\]]{0,60}[(\[]\s*")


def _with_own_percents(text: str, groups: list[ValueGroup]) -> list[ValueGroup]:
    """``groups`` with each count over a total ("48 of 95") joined by the percentage in the
    bracket after the people it counts when the percentage is that count's ("48 of 95 women
    with cooling (50.5%; 95% CI ..)", "0 of 47 women in the control group (0%)"): one value,
    not two."""
    joined: list[ValueGroup] = []
    for g in groups:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.events is not None
            and last.total
            and last.percent is None
            and g.percent is not None
            and g.events is None
            and g.total is None
            and g.mean is None
            and _OWN_PERCENT_GAP.fullmatch(text, last.end, g.start)
            and abs(100.0 * last.events / last.total - g.percent) <= 0.5 * 10.0**-g.decimals + 1e-9
        ):
            joined[-1] = replace(last, percent=g.percent, decimals=g.decimals)
            continue
        joined.append(g)
    return joined


def _without_changes(text: str, groups: list[ValueGroup], measured: set[int]) -> list[ValueGroup]:
    """``groups`` less the changes within an arm ("decreased by 42% with A and (by) 13% with
    B"): the record has no field for a change from baseline, and an arm's value is its mean,
    count or percentage at the time point, never its change. A value after a change is one too
    unless a word of its own ("was", "to", "vs", ...) or a bracket stands between them ("reduced
    by 20% with A (30% v 50% with B)"). A change of a measured quantity in percent (starting
    at one of ``measured``: "HbA1c fell by -1.93% with A vs -2.71% with B", "HbA1c fell by
    1.9% with A and 0.9% with B") stays, as the arm's mean change, unless its level follows
    ("fell by 0.5% to 7.1%": the level is the value); a relative change ("hospitalisations fell
    by 30% with A") goes."""
    kept: list[ValueGroup] = []
    change_end = -1
    for g in groups:
        if _CHANGE_BEFORE.search(text, max(0, g.start - 60), g.start) or (
            change_end >= 0 and not _CHANGE_RUN_END.search(text, change_end, g.start)
        ):
            change_end = g.end
            if g.start in measured and not _TO_LEVEL.match(text, g.end):
                kept.append(g)
            continue
        change_end = -1
        kept.append(g)
    return kept


def _without_baselines(text: str, groups: list[ValueGroup]) -> list[ValueGroup]:
    """``groups`` less the values at baseline of "from X to Y" ("knee pain fell from 6.2 ± 1.1
    to 3.9 ± 1.3 in group A"), of "X before and Y after (treatment)", or of "X ± SD to Y ± SD"
    (``_spread_pair``): an arm's value is the one at the time point, Y; X stays only when no
    value follows it after "to". The bounds of a range ("ranged from 62% to 95%", "ranging
    between 3 and 9") are no arm's values and go too."""
    kept: list[ValueGroup] = []
    range_end = -1
    for i, g in enumerate(groups):
        following = groups[i + 1] if i + 1 < len(groups) else None
        if g.start < range_end:
            continue
        if (
            following is not None
            and _RANGE_FROM.search(text, max(0, g.start - 30), g.start)
            and _RANGE_TO.search(text[g.end : following.start])
        ):
            range_end = following.end  # "ranged from 62% to 95%": bounds, no arm's value
            continue
        if (
            following is not None
            and _FROM_BEFORE.search(text, max(0, g.start - 40), g.start)
            and _TO_AFTER.search(text[g.end : following.start])
        ):
            continue
        if (
            following is not None
            and _BEFORE_AND.match(text[g.end : following.start])
            and _AFTER_NEXT.match(text, following.end)
        ):
            continue  # "X was 24.7% before and 10.4% after treatment": the value after it
        if following is not None and _spread_pair(g, following, text[g.end : following.start]):
            continue  # "improved from baseline to 1 month (6.52 ± 1.13 to 7.00 ± 1.09)"
        kept.append(g)
    return kept


_BARE_TO = re.compile(r"(?i)\s*to\s*$")
# "24.69% before and 10.43% after tamoxifen": a value before treatment, then one after it
_BEFORE_AND = re.compile(r"(?i)\s*%?\s*before\b[^;:()\d]{0,40}?\band\s+$")
_AFTER_NEXT = re.compile(r"(?i)\s*%?\s*after\b")


def _spread_pair(first: ValueGroup, second: ValueGroup, gap: str) -> bool:
    """Whether ``first`` and ``second`` are one arm's mean ± SD before and after, written "X ±
    SD to Y ± SD" without a "from" ("(6.52 ± 1.13 to 7.00 ± 1.09)"): a mean with its SD bounds
    no range, so the two are a baseline and the value at the time point, never two arms'."""
    return (
        first.sd is not None
        and second.sd is not None
        and first.mean is not None
        and second.mean is not None
        and bool(_BARE_TO.match(gap))
    )


def _adjacent(text: str, end: int, start: int) -> bool:
    if start < end:  # "45 (41%) of 111": the percentage lies inside the fraction
        return True
    gap = text[end:start]
    return len(gap) <= _JOIN_GAP and all(c in " ([,;:=" for c in gap)


def names_arm(text: str, arms: list[ArmMention]) -> bool:
    """Whether ``text`` names any of ``arms`` (as ``assign_arms`` reads names)."""
    return bool(_mentions(text, arms))


def _named_in_order(text: str, arms: list[ArmMention]) -> list[str]:
    return [arm for arm, _ in _mentions(text, arms)]


def _mentions(text: str, arms: list[ArmMention]) -> list[tuple[str, int]]:
    """The arms named in ``text``, each once, in order of where each is named most fully:
    a run of words naming one arm counts its distinctive words, and an arm stands where its
    fullest run starts (the first of equals); an arm with no words of its own, where a list
    item names it by words a larger arm shares (``nested_arm``: "walking" beside "walking
    plus strength"). "Sleep efficiency was higher with melatonin
    than with sleep hygiene training": the outcome's "Sleep" names the arm "sleep hygiene
    training" by one word, "sleep hygiene training" by three, so melatonin comes first. A
    letter or number after "group(s)" names its group ("in groups A, B and C": "A" is no
    article there)."""
    best: dict[str, tuple[int, int]] = {}  # arm -> (words in its fullest run, where it starts)
    run_arm: str | None = None
    run_words: set[str] = set()
    run_start = 0
    for m in _TOKEN.finditer(text):
        words = mention_words(m.group(0))
        if "control" in words and OUTCOME_CONTROLS.match(text, _word_before(text, m.start())):
            words = words - {"control"}  # "disease control rate": an outcome, not the arm
        if _GROUP_NAME.fullmatch(m.group(0)) and _GROUP_WORD_BEFORE.search(
            text, max(0, m.start() - _GROUP_LIST_REACH), m.start()
        ):
            words = words | {"#" + m.group(0).lower()}  # the "A" of "group A", "groups A and B"
        named = [a for a in arms if a.distinctive & words]
        arm = named[0] if len(named) == 1 else None
        if arm is None or arm.id != run_arm:
            run_arm, run_words, run_start = (arm.id if arm else None), set(), m.start()
        if arm is not None:
            run_words |= arm.distinctive & words
            if len(run_words) > best.get(arm.id, (0, 0))[0]:
                best[arm.id] = (len(run_words), run_start)
    for item in _LIST_ITEM.finditer(text):  # "41%, 40% and 30% with walking, walking plus
        words = mention_words(item.group(0))  # strength and usual care": "walking" alone
        if not any(a.distinctive & words for a in arms):
            inner = nested_arm(arms, words)
            if inner is not None and inner.id not in best:
                best[inner.id] = (1, item.start())
    return sorted(((arm, start) for arm, (_, start) in best.items()), key=lambda pair: pair[1])


def _word_before(text: str, at: int) -> int:
    """Where the word before ``at`` starts (``at`` itself when none is there)."""
    m = _PREVIOUS_WORD.search(text, max(0, at - 30), at)
    return m.start() if m else at


_PREVIOUS_WORD = re.compile(r"[\w-]+[\s-]+$")
_LIST_ITEM = re.compile(r"(?i)(?:(?!\b(?:and|or|vs|versus)\b)[^,;:()\[\]])+")
# "group" or "groups" and the names listed after it so far, right before a letter or number
_GROUP_WORD_BEFORE = re.compile(
    r"(?i)\b(?:groups?|arms?)\s+(?:[A-Z0-9]{1,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))*$"
)
_GROUP_NAME = re.compile(r"[A-Z0-9]{1,3}")
_GROUP_LIST_REACH = 60


def _slash_pairs(text: str, groups: list[ValueGroup], per_set: int) -> bool:
    """Whether ``groups`` come in sets of ``per_set`` values, each set's values parted by "/"
    alone ("88.5%/88.8%")."""
    return len(groups) % per_set == 0 and all(
        text[groups[i].end : groups[i + 1].start] == "/"
        for i in range(len(groups) - 1)
        if (i + 1) % per_set
    )


def _respective_arms(
    text: str, start: int, end: int, groups: list[ValueGroup], arms: list[ArmMention]
) -> list[str] | None:
    """The arms of "X and Y in A and B, respectively" / "A and B had X and Y, respectively"
    (as many arms named, in order, after the last value, else before the first, as there
    are values), of "X (88.5%/88.8%, respectively)" with no arm named (the trial's order) and
    of "A was lower than B (X vs Y)" (two arms named before values paired by "vs", none
    between the pairs); else None."""
    if len(groups) < 2:
        return None
    listed = _listed_arms(text, end, groups, arms)
    if listed is not None:
        return listed
    if RESPECTIVELY.search(text, start, end):
        after = _named_in_order(text[groups[-1].end : end], arms)
        if len(after) == len(groups):
            return after
        before = _named_in_order(text[start : groups[0].start], arms)
        if len(before) == len(groups):
            return before
        first = _named_in_order(text[start : groups[1].start], arms)
        if len(first) == 1 and len(after) == len(groups) - 1 and first[0] not in after:
            # "14% of A-treated patients had X versus 6% and 5% of B and C recipients,
            # respectively": the first value's arm named with it, the others' after them
            return first + after
        # the arms after the sets, or before them ("For A and B, respectively, X were ...")
        sets = _labelled_sets(text, groups, after, arms) or _labelled_sets(
            text, groups, before, arms
        )
        if sets is not None:
            return sets
        runs = _respective_runs(text, end, groups, before)
        if runs is not None:
            return runs
        if not _mentions(text[start:end], arms) and _slash_pairs(text, groups, len(arms)):
            # "no difference between arms in X (88.5%/88.8%, respectively)": no arm named,
            # the values in the order the trial's arms were given
            return [arms[i % len(arms)].id for i in range(len(groups))]
        # else "A beat B on X (3% v 1%, respectively) and Y (5 v 2 weeks, respectively)"
    bracketed = _bracketed_list_arms(text, start, groups, arms)
    if bracketed is not None:
        return bracketed
    colon = _colon_list_arms(text, start, groups, arms)
    if colon is not None:
        return colon
    pairs = len(groups) % 2 == 0 and all(
        _VERSUS_GAP.match(text[groups[i].end : groups[i + 1].start])
        for i in range(0, len(groups), 2)
    )
    if not pairs:
        return None
    mentions = _mentions(text[start : groups[0].start], arms)
    order = [arm for arm, _ in mentions]
    lead = _ARMS_AFTER_LIST.match(text, groups[-1].end, end)
    if not order and lead is not None and len(groups) > 2:
        # "X was 61% v 67%, and Y was 73% v 80% for A versus B": each pair the arms' after them
        after = _named_in_order(text[lead.end() : end], arms)
        return after * (len(groups) // 2) if len(after) == 2 else None
    compared_first = (
        bool(mentions) and _COMPARED_FIRST.search(text, start, start + mentions[0][1]) is not None
    )  # "compared with B, A ...": the arm named first is the comparator
    opening = OPENING_COMPARISON.match(text, start, groups[0].start) if len(order) == 1 else None
    # "Compared with those receiving B alone, patients treated with A had fewer X (39% versus
    # 13%)": the other arm, described in words of no arm, first
    other_first = (
        opening is not None
        and len(arms) == 2
        and start + mentions[0][1] >= opening.end()
        and _values_in_mention_order(text, start + mentions[0][1], groups)
    )
    if len(order) == 1 and len(arms) == 2 and (len(groups) > 2 or other_first):
        # "lower in the A group at day 1 (28.6% vs. 60%) and at 6 h (17.2% vs. 45.8%)": each
        # pair the named arm's and the other's ("compared with B, ... (x vs y)": B's last)
        other = next(a.id for a in arms if a.id != order[0])
        pair = [other, order[0]] if compared_first or other_first else [order[0], other]
        if compared_first or other_first:
            return pair * (len(groups) // 2)
        # "most common in A (30% vs 23% B), and Y most common in B (49% vs 2% A)": a pair
        # after an arm's name and a bracket is that arm's first, the other's second
        ordered: list[str] = []
        for i in range(0, len(groups), 2):
            opener = _ARM_BRACKET.search(text, max(start, groups[i].start - 40), groups[i].start)
            named = _best(arms, opener["name"])[0] if opener and i else None
            pair = [named, next(a.id for a in arms if a.id != named)] if named else pair
            ordered += pair
        return ordered
    if compared_first:
        order.reverse()  # "Compared with B, A lowered X (3.1 vs 4.2)"
        if _values_in_mention_order(text, start + mentions[-1][1], groups):
            order.reverse()  # "Compared with B, A had higher X (41% vs 69%)"
    between = [text[groups[i].end : groups[i + 1].start] for i in range(1, len(groups) - 1, 2)]
    if len(order) != 2 or any(_named_in_order(gap, arms) for gap in between):
        return None
    return order * (len(groups) // 2)


# words between two sets, maybe after the first set's p value: "months (P = 0.13) and Y was"
# (or the brackets that hold each set: "X (25.3% and 17.9%) and Y (14.3% and 19.3%)")
_SET_GAP = re.compile(
    r"(?i)(?:[^\d;()\[\]]*?[(\[]\s*p\s*[<=>≤≥]\s*0?[.,·]\d+\s*[)\]]|\s*[)\]])?"
    r"[^\d;()\[\]]*?[^\W\d_]{2}[^\d;()\[\]]*?(?:[(\[]\s*)?"
)


def _labelled_sets(
    text: str, groups: list[ValueGroup], order: list[str], arms: list[ArmMention]
) -> list[str] | None:
    """The arms of two or more sets of values, each set as long as the arms named after the
    last value (two or more), its values listed or paired by "vs", and words between the sets
    ("X was 2.8 and 2.6 months, and Y was 9.3 and 11.0 months, in the A and B arms,
    respectively"): each set takes the arms in that order; else None."""
    size = len(order)
    if size < 2 or len(groups) <= size or len(groups) % size:
        return None
    for i, (a, b) in enumerate(itertools.pairwise(groups)):
        gap = text[a.end : b.start]
        if (i + 1) % size:  # within a set
            if not (_LIST_GAP.match(gap) or _VERSUS_GAP.match(gap)):
                return None
        elif not _SET_GAP.fullmatch(gap) or names_arm(gap, arms):
            return None
    return order * (len(groups) // size)


def _respective_runs(
    text: str, end: int, groups: list[ValueGroup], order: list[str]
) -> list[str] | None:
    """The arms of two or more runs of values, each as long as the arms named before the
    first (two or more) and each closed by its own "respectively" ("responses for A and B
    occurred in 39.5% and 35.4% of patients, respectively (by ultrasound), and 50.0% and
    46.2%, respectively (by calipers)"): each run takes the arms in that order; else None."""
    size = len(order)
    if size < 2 or len(groups) <= size or len(groups) % size:
        return None
    for close in range(size - 1, len(groups), size):
        stop = groups[close + 1].start if close + 1 < len(groups) else end
        if not RESPECTIVELY.search(text, groups[close].end, stop):
            return None
        if any(  # no "respectively" inside a run
            RESPECTIVELY.search(text, groups[i].end, groups[i + 1].start)
            for i in range(close - size + 1, close)
        ):
            return None
    return order * (len(groups) // size)


_MAGNITUDE = re.compile(
    r"(?i)\b(?:(?P<up>higher|greater|larger|longer|more)|(?P<down>lower|fewer|less|shorter|smaller))\b"
)


def _values_in_mention_order(text: str, named: int, groups: list[ValueGroup]) -> bool:
    """Whether "Compared with B, A <more or less> X (b vs a)" gives the values in the order
    the arms were named, B's first: A is said to have more (less) X, and the second value is
    the larger (smaller) one. Writers use both orders after "compared with B, A"."""
    first, second = groups[0].value(), groups[1].value()
    word = _MAGNITUDE.search(text, named, groups[0].start)
    if word is None or first is None or second is None or first == second:
        return False
    return (second > first) == (word.group("up") is not None)


_OPEN_BRACKET = re.compile(r"[(\[][^()\[\]]*$")


def _bracketed_list_arms(
    text: str, start: int, groups: list[ValueGroup], arms: list[ArmMention]
) -> list[str] | None:
    """The arms of three or more values listed in one bracket after a clause that names as
    many arms, in order, before it ("higher with A and B than with C (27.3, 32.6 and 17.2%)",
    "(3.1 ± 0.9 and 3.4 ± 1.0 vs 4.6 ± 1.2)"), or of two joined by "and" right after the two
    arms listed ("in the A and B groups (8.0 and 7.8)"): each value is the arm named in its
    place, as with "respectively"; else None."""
    if len(groups) < 2:
        return None
    bracket = _OPEN_BRACKET.search(text, start, groups[0].start)
    if bracket is None or any(
        not (_LIST_GAP.match(text[a.end : b.start]) or _VERSUS_GAP.match(text[a.end : b.start]))
        for a, b in itertools.pairwise(groups)
    ):
        return None
    inside = text[bracket.start() : groups[-1].start]
    if any(c in inside[1:] for c in "()[]") or _named_in_order(inside, arms):
        return None
    if len(groups) == 2:
        # two values by "and" after the two arms listed ("comparable for the A and B groups
        # (8.0 ± 3.5 and 7.8 ± 3.0)"); two by "vs" are read as pairs (``_respective_arms``)
        head = text[start : bracket.start()]
        mentions = _mentions(head, arms)
        if (
            len(mentions) != 2
            or not _LIST_GAP.match(text[groups[0].end : groups[1].start])
            or not _only_names(head[mentions[0][1] :], arms)
        ):
            return None
        return [arm for arm, _ in mentions]
    order = _named_in_order(text[start : bracket.start()], arms)
    return order if len(order) == len(groups) else None


_LIST_AFTER_COLON = re.compile(r":\s*$")


def _colon_list_arms(
    text: str, start: int, groups: list[ValueGroup], arms: list[ArmMention]
) -> list[str] | None:
    """The arms of two or more values listed right after a colon that follows a list of as
    many arms ("Uptake in the A, B and C groups: 41.5%, 40.3% and 29.6%", "X (A vs B vs C):
    41% vs 40% vs 30%", "lower with B (A vs. B: 5.1 vs. 4.2)"): each value is the arm named in
    its place, as with "respectively"; else None. Not after a clause naming arms ("fewer
    patients compared with controls underwent X after A: 24 (39%) vs 47 (82%)", "Compared to
    B, A showed: ...")."""
    if len(groups) < 2 or not _LIST_AFTER_COLON.search(text, start, groups[0].start):
        return None
    if any(
        not (_LIST_GAP.match(text[a.end : b.start]) or _VERSUS_GAP.match(text[a.end : b.start]))
        for a, b in itertools.pairwise(groups)
    ):
        return None
    colon = text.rfind(":", start, groups[0].start)
    bracket = text.rfind("(", start, colon)
    # "lower in the B group (A vs. B: 5.1 vs. 4.2)": the list opens the bracket
    head = text[bracket + 1 if bracket >= 0 and ")" not in text[bracket:colon] else start : colon]
    mentions = _mentions(head, arms)
    if len(mentions) != len(groups) or not _only_names(head[mentions[0][1] :], arms):
        return None
    return [arm for arm, _ in mentions]


_LIST_FILLER = frozenset(
    {"and", "or", "vs", "versus", "v", "the", "group", "groups", "arm", "arms"}
)


def _only_names(text: str, arms: list[ArmMention]) -> bool:
    """Whether ``text`` is a list of arm names and nothing else ("walking, cycling and usual
    care groups", "(A vs B vs C)"); not a clause ("controls underwent X after using A")."""
    return all(
        m.group(0).lower() in _LIST_FILLER or any(a.words & mention_words(m.group(0)) for a in arms)
        for m in _TOKEN.finditer(text)
    )


_LIST_GAP = re.compile(r"(?i)^\s*(?:[a-zµμ/%]{1,8}\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_ARMS_AFTER_LIST = re.compile(r"(?i)\s*(?:with|in|among|for|on|after)\s+")
# "5.4 vs 6.3 months (metformin vs placebo)": the arms in a bracket right after the values
_ARMS_BRACKET_AFTER = re.compile(r"(?i)\s*(?:[a-zµμ/%]{1,8}\s*)?[(\[]\s*")
_BRACKET_END = re.compile(r"[;:()\[\]]")
_ARM_LIST_END = re.compile(r"[;:()\[\]]|,\s*(?!and\b|or\b)(?=\S+\s+(?:was|were|had)\b)")


def _listed_arms(
    text: str, end: int, groups: list[ValueGroup], arms: list[ArmMention]
) -> list[str] | None:
    """The arms of "x, y and z with A, B and C" or "x vs y months for A vs B" (a list of
    values, or values paired by "vs", then as many arms named in order right after it: each
    value is its arm's, as with "respectively"), and of "x vs y months (A vs B)" (a bracket
    right after them that names the arms and nothing else); else None."""
    if not all(
        _LIST_GAP.match(gap) or _VERSUS_GAP.match(gap)
        for gap in (text[a.end : b.start] for a, b in itertools.pairwise(groups))
    ):
        return None
    lead = _ARMS_AFTER_LIST.match(text, groups[-1].end, end)
    if lead is not None:
        stop = _ARM_LIST_END.search(text, lead.end(), end)
        order = _named_in_order(text[lead.end() : stop.start() if stop else end], arms)
        return order if len(order) == len(groups) else None
    bracket = _ARMS_BRACKET_AFTER.match(text, groups[-1].end, end)
    if bracket is None:
        return None
    close = _BRACKET_END.search(text, bracket.end(), end)
    names = text[bracket.end() : close.start() if close else end]
    order = _named_in_order(names, arms)
    return order if len(order) == len(groups) and _only_names(names, arms) else None


def _listed_head(
    text: str, end: int, groups: list[ValueGroup], arms: list[ArmMention]
) -> list[str] | None:
    """The arms of a leading list "x and y with A and B" that more values follow ("versus z
    with C"): the first two or more values, in a list, then as many arms named before the
    next value; else None."""
    count = 1
    while count < len(groups) and _LIST_GAP.match(
        text[groups[count - 1].end : groups[count].start]
    ):
        count += 1
    if count < 2 or count >= len(groups):
        return None
    return _listed_arms(text, groups[count].start, groups[:count], arms)


def _best(arms: list[ArmMention], context: str) -> tuple[str | None, int]:
    words = mention_words(context)
    scores = [(len(a.distinctive & words), a.id) for a in arms]
    scores.sort(reverse=True)
    if (
        scores
        and scores[0][0] == 0
        and (inner := nested_arm(arms, words) or spelled_out(arms, words, least=2))
    ):
        # "40.2% in the CD4 arm" beside "CD4 plus preventive therapy"; "0.76 days in the
        # lipegfilgrastim 6.0-mg group" beside the 3.0-mg arm and "pegfilgrastim 6.0 mg"
        return inner.id, 1
    if not scores or scores[0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None, 0
    return scores[0][1], scores[0][0]


_STATISTICS_BRACKET = re.compile(r"[(\[][^()\[\]]*[)\]]")
_STATISTIC_IN = re.compile(
    P_LABEL + r"\s*[<>=≤≥⩽⩾]|\b(?:a?[ORH]R|IRR|RD|MD|SMD|CI|ratio|difference)\b"
)
# the word that pairs a value with the next, after which an arm named is no longer its own;
# looked for near the value only (not "20% of the trial, of which A vs B ...")
_COMPARED_REACH = 60
_COMPARED_AFTER = re.compile(
    r"(?i)\b(?:vs\.?|versus|v\.|compared\s+(?:with|to)|relative\s+to|than)(?=\s)"
)
# after a clause's last value, words that name the arms compared or the arm favoured, not
# the value's own: "(3.1 vs 4.2) between the A group and the B group", "in favour of A"
# the value's own arm's people stay: "6.7% among the 612 women assigned to A"
_BETWEEN_ARMS = re.compile(
    r"(?i)\b(?:between|among(?!\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:women|men|patients|participants|"
    r"subjects|children|adults|people|infants|those)\b)|in\s+favou?r\s+of|favou?ring)(?=\s)"
)
_COMPARED_IN = re.compile(
    r"(?i)\b(?:vs\.?|versus|v\.|compared\s+(?:with|to)|relative\s+to|against)(?=\s)"
)


def _without_compared_arm(context: str) -> str:
    """``context`` with its brackets of statistics that name a comparison blanked: "41.5% in
    the walking group (p = 0.02 vs usual care)", "62% with A (RR 1.5 compared with
    control)": the arm after "vs" is the one the value was compared with, not the value's.
    A bracket of values ("(14.1% in B vs 2.9% in A)") stays."""

    def blank(m: re.Match[str]) -> str:
        inside = m.group(0)
        if _STATISTIC_IN.search(inside) and _COMPARED_IN.search(inside):
            return " " * len(inside)
        return inside

    return _STATISTICS_BRACKET.sub(blank, context)


# the two arms named together before a bracket of their values: "in both groups (", "Both
# patient-groups were satisfied ("
_BOTH_GROUPS_BEFORE = re.compile(
    r"(?i)\bboth\s+(?:the\s+)?(?:(?:treatment|study|patient)[\s-])?(?:groups|arms)\b[^()\[\]]{0,80}"
    r"[(\[]\s*$"
)
# a value both arms had: "80% in both arms", "12 months (95% CI 10-14) for both groups"
_BOTH_ARMS = re.compile(
    r"(?i)\s*(?:[a-zµμ/]{1,8}\s*)?(?:[(\[][^()\[\]]{0,40}[)\]]\s*)?(?:in|for|with|among)\s+both\s+"
    r"(?:the\s+)?(?:(?:treatment|study|randomi[sz]ed|trial)\s+)?(?:groups|arms|cohorts)\b"
)


# the gap between two bracketed values that each follow their own measure: "rash (68%) and
# cough (61%)", "rash (68%), cough (61%)" (not people, a group or an arm: "the control group")
_NAMED_ITEMS_GAP = re.compile(
    r"(?i)\s*[)\]]\s*(?:,\s*(?:and\s+)?|and\s+)"
    r"(?!(?:[\w-]+\s+){0,3}?(?:groups?|arms?|controls?|placebo|patients|participants|subjects|"
    r"those|cohorts?)\b)(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*[(\[]\s*"
)
# an arm's name alone in the bracket right after a value: "47.6% (drug K) and 52.2% (placebo)"
_TAG_AFTER = re.compile(r"\s*\((?P<name>[A-Za-z][^()\d;,:=<>%]{0,30})\)")
# a second measure between two values: "median PFS was 6.9 months and median OS was 9.4"
_ANOTHER_MEASURE = re.compile(
    # (a short form in brackets among its words: "and hyperplasia (H) rate was 11.1%")
    r"(?i)\b(?:and|,)\s+(?:[\w-]+\s+|\([^()]{1,20}\)\s+){1,6}?(?:was|were)\s+(?:[\w-]+\s+)?$"
    # "X was identified in 2073 patients (98.4%) and was positive in 526 (25.4%)": another
    # predicate of the same subject
    r"|\band\s+(?:was|were)\s+[a-z][\w-]*\s+(?:in|among|for)\s+$"
)


def assign_arms(
    text: str, start: int, end: int, groups: list[ValueGroup], arms: list[ArmMention]
) -> list[ValueGroup]:
    """``groups`` with ``arm`` set where an arm can be told (see the module docstring)."""
    if not groups or len(arms) < 2:
        return groups
    if len(groups) == 1 and len(arms) == 2 and _BOTH_ARMS.match(text, groups[0].end, end):
        # "DFS was 80% in both arms": each arm's value
        return [replace(groups[0], arm=arm.id) for arm in arms]
    pooled = _pooled_then_pair(text, groups, arms)
    if pooled is not None:
        return pooled
    ordered = _respective_arms(text, start, end, groups, arms)
    if ordered is not None:
        return [replace(g, arm=arm) for g, arm in zip(groups, ordered, strict=True)]
    head = _listed_head(text, end, groups, arms)
    if head is not None:  # "45% and 52% with A and B versus 30% with C"
        rest = assign_arms(text, groups[len(head) - 1].end, end, groups[len(head) :], arms)
        return [replace(g, arm=arm) for g, arm in zip(groups, head, strict=False)] + rest
    readings = []
    for direction in ("after", "before"):
        chosen = []
        for i, g in enumerate(groups):
            if direction == "after":
                context = text[g.end : groups[i + 1].start if i + 1 < len(groups) else end]
                compared = _COMPARED_AFTER.search(context, 0, _COMPARED_REACH)
                if compared:  # "A, 68%, vs B, 40.8%": B is the next value's, not the 68%'s
                    context = context[: compared.start()]
                if between := _BETWEEN_ARMS.search(context, 0, _COMPARED_REACH):
                    context = context[: between.start()]
            else:
                context = text[groups[i - 1].end if i else start : g.start]
                after_colon = context[context.rfind(":") + 1 :]
                label = _NAME_COMMA.search(context)
                if after_colon != context and _best(arms, after_colon)[0] is not None:
                    context = after_colon  # "Sleep efficiency: A 85% vs B 80%" (not "Sleep")
                elif label and _best(arms, label["name"])[0] is not None:
                    context = label["name"]  # "longer with A (B, 7.4 months; A, 8.5 months)"
            chosen.append(_best(arms, _without_compared_arm(context)))
        distinct = len({arm for arm, _ in chosen if arm})
        readings.append((distinct, sum(score for _, score in chosen), direction == "after", chosen))
    labelled = all(  # "A group: 2.1 ± 1.7, B group: 3.2 ± 2.2": each label before its value
        _labelled(text[groups[i - 1].end if i else start : g.start], arms)
        for i, g in enumerate(groups)
    )
    # the most arms, then the best words; tied, the words after the values, unless each value
    # follows its label
    readings.sort(key=lambda r: (r[0], r[1], r[2] != labelled), reverse=True)
    assigned = [replace(g, arm=arm) for g, (arm, _) in zip(groups, readings[0][3], strict=True)]
    fixed: dict[int, str] = {}
    shorts = _short_forms(arms)
    for i, g in enumerate(assigned):
        short = (
            _SHORT_FORM_BEFORE.search(text, max(start, g.start - 24), g.start) if shorts else None
        )
        if short is not None and short["name"] in shorts:
            # "(control: 8.8%, TEL: 20.3%, TEL-SUPP: 14.1%)": the arm whose short form the
            # label is, though "TEL" is a word of the "TEL-SUPP" arm too
            fixed[i] = shorts[short["name"]]
            continue
        bracketed = (
            None  # "with A (B, 7.4 months; A, 8.5 months)": each value its label's, not A's
            if labelled
            else _ARM_BRACKET.search(text, max(start, g.start - 40), g.start)
            or _ARM_EQUALS.search(text, max(start, g.start - 40), g.start)
        )  # "(internet = 12.33 and face-to-face = 11.43)": each value its name's
        tag = _TAG_AFTER.match(text, g.end, end)  # "47.6% (drug K) and 52.2% (placebo)"
        tagged = _best(arms, tag.group("name"))[0] if tag else None
        if tagged is not None:
            if tagged != g.arm:  # a reading that agrees stays a reading
                fixed[i] = tagged
            continue
        own = _ARM_RIGHT_AFTER.match(text, g.end, end)
        own_arm = _best(arms, own.group("name"))[0] if own else None
        if own_arm is not None:
            if not _ends_list(text, end, assigned, i):
                # "A group (14.1% in B vs 2.9% in A)", "the need for further A surgery was 20%
                # in the B group": the value names its own arm, whatever a reading found
                fixed[i] = own_arm
            continue
        named = _best(arms, bracketed.group("name"))[0] if bracketed else None
        if named is not None and bracketed is not None and i + 1 < len(assigned):
            pair = _VERSUS_GAP.match(text[g.end : assigned[i + 1].start])
            if pair and _COMPARED_BRACKET.search(text, max(start, g.start - 60), g.start):
                # "A had higher X than those on B (83% vs 32%)": the second is B's, the
                # first the other arm's (of two)
                fixed[i + 1] = named
                others = [a.id for a in arms if a.id != named]
                if len(others) == 1:
                    fixed[i] = others[0]
                continue
        if named is not None:  # "desvenlafaxine (68.7%)": the arm named right before it
            fixed[i] = named
    if fixed:
        assigned = [
            replace(g, arm=fixed[i])
            if i in fixed
            else (replace(g, arm=None) if g.arm in fixed.values() else g)
            for i, g in enumerate(assigned)
        ]
    by_size: dict[int, list[str]] = {}
    for a in arms:
        if a.n is not None:
            by_size.setdefault(a.n, []).append(a.id)
    for i, g in enumerate(assigned):
        size = g.total if g.total is not None else g.n
        if g.arm is None and size is not None and len(by_size.get(size, [])) == 1:
            assigned[i] = replace(g, arm=by_size[size][0])
    if len(assigned) == 2 and len(arms) == 2:
        known = [g.arm for g in assigned if g.arm]
        if len(known) == 1 and not _another_measure(text, assigned[0].end, assigned[1].start, arms):
            # "drug A lowered X (6% vs 8%)": the other value is the other arm; not "In the A
            # arm, median PFS was 6.9 months and median OS was 9.4": both A's
            other = next(a.id for a in arms if a.id != known[0])
            assigned = [g if g.arm else replace(g, arm=other) for g in assigned]
        elif (
            not known
            and _same_kind(*assigned)
            and _PAIR_GAP.match(text[assigned[0].end : assigned[1].start])
            and (
                _VERSUS_GAP.match(text[assigned[0].end : assigned[1].start])
                or RESPECTIVELY.search(text, start, end)
                or _RESPECTIVE.search(text, start, assigned[0].start)
                or _HEADED_BRACKET.search(
                    text, max(start, assigned[0].start - 30), assigned[0].start
                )
                # "Satisfaction was high in both groups (9.6 ± 0.6 and 9.1 ± 1.8, P = 0.2)"
                or _BOTH_GROUPS_BEFORE.search(text, start, assigned[0].start)
            )
        ):  # "(26% vs 8%)" naming no arm: the trial's order, comparator last; "64 and 71%,
            # respectively" or "(mean (SD), 6.2 (0.98) and 6.3 (1.57) days)" naming no arm:
            # the order the abstract named the arms in
            if _VERSUS_GAP.match(text[assigned[0].end : assigned[1].start]):
                order = sorted(arms, key=lambda a: a.comparator)
            else:
                order = list(arms)
            assigned = [replace(g, arm=a.id) for g, a in zip(assigned, order, strict=True)]
    elif len(arms) == 2 and _unnamed_pairs(text, assigned):
        order = sorted(arms, key=lambda a: a.comparator)
        assigned = [replace(g, arm=order[i % 2].id) for i, g in enumerate(assigned)]
    if _separate_events(text, start, assigned, arms):
        return [replace(g, arm=None) for g in assigned]
    return assigned


# the short form an arm's label ends with: "Simple telephone reminder (TEL)"
_ARM_SHORT_FORM = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9+/-]{0,15})\)\s*$")
# a short form labelling the value after it: "(control: 8.8%, TEL: 20.3%", "; TEL-SUPP = 14.1"
_SHORT_FORM_BEFORE = re.compile(r"(?:^|[(\[,;]\s*)(?P<name>[A-Z][A-Za-z0-9+/-]{0,15})\s*[:=]\s*$")


def _short_forms(arms: list[ArmMention]) -> dict[str, str]:
    """Each arm's short form, as its label ends with it in brackets, when no two arms share
    it: {"TEL": "arm2", "TEL-SUPP": "arm3"}."""
    found: dict[str, list[str]] = {}
    for arm in arms:
        m = _ARM_SHORT_FORM.search(arm.label)
        if m:
            found.setdefault(m["short"], []).append(arm.id)
    return {short: ids[0] for short, ids in found.items() if len(ids) == 1}


# "(A, 8.5 months; B, 7.4 months)": an arm's name opening a bracket's item, then its value
_NAME_COMMA = re.compile(r"[(\[;]\s*(?P<name>[^,;:()\[\]]{1,40}?)\s*,\s*$")


def _labelled(before: str, arms: list[ArmMention]) -> bool:
    """Whether the text ``before`` a value ends with its label: a colon ("A group: 2.1"), or
    an arm's name and a comma opening a bracket's item ("(A, 8.5 months; B, 7.4 months)")."""
    if before.rstrip().endswith(":"):
        return True
    m = _NAME_COMMA.search(before)
    return m is not None and _best(arms, m["name"])[0] is not None


# a bracket that opens with the statistic of the values in it: "(mean (SD), 6.2 (0.98) and ..."
_HEADED_BRACKET = re.compile(
    r"(?i)[(\[]\s*(?:mean|median)\s*(?:[(\[]\s*(?:SD|SE|SEM|IQR|range)\s*[)\]]|±\s*SD)?\s*[,:]\s*$"
)
_ITEM_GAP = re.compile(
    r"(?i)\s*[,;]?\s*(?:and\s+|or\s+|while\s+|whereas\s+)?(?P<name>[^()\[\];\d]{2,60}?)\s*$"
)
_COMPARING = re.compile(
    r"(?i)\b(?:than|vs\.?|versus|compared|relative|against|similar|same|respectively)\b"
)


def _separate_events(
    text: str, start: int, groups: list[ValueGroup], arms: list[ArmMention]
) -> bool:
    """Whether ``groups`` are counts of different events, each in one arm: each value alone in
    a bracket that names its arm, each bracket after a name of its own that names no arm ("The
    most frequent grade 3 events were X (three [10%] in the A group) and Y (three [10%] in the
    B group)"). That compares nothing: X in A is not Y in B. Not brackets after arms' names
    ("lower with A (10% in A) than with B (20% in B)") nor names compared ("X (10% in A) than
    Y (20% in B)")."""
    if len(groups) < 2 or None in (armed := {g.arm for g in groups}) or len(armed) != len(groups):
        return False
    previous = start
    for g in groups:
        opening = max(text.rfind("(", previous, g.start), text.rfind("[", previous, g.start))
        if opening < 0 or text.find(")", opening, g.start) >= 0:
            return False
        closing = text.find(")" if text[opening] == "(" else "]", g.end)
        own = _ARM_RIGHT_AFTER.match(text, g.end, closing if closing >= 0 else len(text))
        if closing < 0 or own is None or _best(arms, own.group("name"))[0] != g.arm:
            return False
        gap = _ITEM_GAP.search(text, previous, opening)
        name = gap.group("name") if gap else ""
        if (
            not _TOKEN.search(name)
            or _COMPARING.search(name)
            or _best(arms, name)[0] is not None
            or nested_arm(arms, mention_words(name)) is not None
        ):
            return False
        previous = closing + 1
    return True


def _ends_list(text: str, end: int, groups: list[ValueGroup], index: int) -> bool:
    """Whether the value ``groups[index]`` ends a list of values that a list of arms follows
    ("0.26, 0.27 and 0.36 in the A, B and C groups, respectively", "33 vs 26 months with A and
    B"): the arm named right after it opens that list and is not the value's alone."""
    g = groups[index]
    if RESPECTIVELY.search(text, g.end, end):
        return True
    gap = text[groups[index - 1].end : g.start] if index else ""
    return bool(index and (_LIST_GAP.match(gap) or _VERSUS_GAP.match(gap)))


def _pooled_then_pair(
    text: str, groups: list[ValueGroup], arms: list[ArmMention]
) -> list[ValueGroup] | None:
    """A value of all the participants, then the two arms named and their pair of values by
    "vs": "X was 40 days, with no difference between A and B (mean 39.8 days vs 40.9 days)":
    the pair the arms' in the order named, the first value no arm's; else None."""
    if len(groups) != 3 or len(arms) != 2 or any(g.arm for g in groups):
        return None
    pooled, first, second = groups
    order = _named_in_order(text[pooled.end : first.start], arms)
    if len(order) != 2:
        return None
    pair = versus_pair(text, [first, second], *order)
    return [pooled, *pair] if pair is not None else None


def versus_pair(
    text: str, groups: list[ValueGroup], first: str, second: str
) -> list[ValueGroup] | None:
    """Two values of one kind paired by "vs" ("(5.4 ± 18.0 vs. -8.2 ± 10.3 s)"), given to the
    arms ``first`` and ``second`` in that order, when neither names another arm and one names
    none; else None."""
    if len(groups) != 2 or not _paired_by_vs(text, *groups):
        return None
    if groups[0].arm not in (None, first) or groups[1].arm not in (None, second):
        return None
    if groups[0].arm and groups[1].arm:
        return None
    return [replace(groups[0], arm=first), replace(groups[1], arm=second)]


def _another_measure(text: str, start: int, end: int, arms: list[ArmMention]) -> bool:
    """Whether the gap ``text[start:end]`` between two values holds a second measure ("In the
    A arm, median PFS was 6.9 months and median OS was 9.4", ``_ANOTHER_MEASURE``) or puts
    each value after its own measure, naming no arm ("the most common AEs were rash (68%)
    and cough (61%)", ``_NAMED_ITEMS_GAP``): both values one arm's, not one per arm."""
    if _ANOTHER_MEASURE.search(text, start, end):
        return True
    return bool(_NAMED_ITEMS_GAP.fullmatch(text, start, end)) and (
        _best(arms, text[start:end])[0] is None
    )


def _paired_by_vs(text: str, a: ValueGroup, b: ValueGroup) -> bool:
    """Whether values ``a`` and ``b`` are of one kind and joined by "vs" ("5.4 vs. -8.2")."""
    return _same_kind(a, b) and bool(_VERSUS_GAP.match(text[a.end : b.start]))


def _unnamed_pairs(text: str, groups: list[ValueGroup]) -> bool:
    """Whether ``groups`` are two or more pairs of values compared by "vs", each pair of one
    kind, naming no arm ("median OS was 8.1 vs 7.1 months (HR ..) and median PFS 4.0 vs 3.1
    months"): as one pair naming no arm, each takes the trial's order, comparator last."""
    if len(groups) < 4 or len(groups) % 2 or any(g.arm for g in groups):
        return False
    return all(_paired_by_vs(text, a, b) for a, b in zip(groups[::2], groups[1::2], strict=True))


def _same_kind(a: ValueGroup, b: ValueGroup) -> bool:
    def kind(g: ValueGroup) -> tuple[bool, bool, bool]:
        return (
            g.percent is not None or g.total is not None,
            g.mean is not None,
            g.median is not None,
        )

    return kind(a) == kind(b)
