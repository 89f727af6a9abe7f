"""Comparing arms in a result statement: which arms, which way, and whether significantly.

Not a component: ``evg_claims`` uses these. The intervention is the arm the statement's actor
names ("drug A reduced ..."), else the first non-comparator arm with a value (or with a
within-arm change), else, when the statement names an arm right after a comparative or
participle in a two-arm trial ("significantly lower with A", "higher in the placebo group";
not after a noun: "an improvement in X"), the two arms in the trial's order; the comparator
is the arm named after "compared with", "than", "versus", "relative to" or "over", else the
trial's comparator arm (an arm named as comparator while the other is the trial's control is
swapped back, with the direction reversed). Direction is which way the measured quantity
went in the intervention arm against the comparator (Evidence Inference's "significantly
increased"), not which arm did better: "no difference" when the statement says so (or is
not significant and not hedged); else the direction words, reversed when the comparator is
the arm named right after them ("higher (significantly) in the placebo group"; the
outcome's own words name no arm); else the intervention's value against the comparator's;
else the side of the null of a reported effect (the sign of a difference depends on which
arm it subtracts from which, so the words come first). Words that say only which arm did
better ("improved", "more effective", "inferior") of an outcome that is no named harm leave
the way to the values or a reported difference ("improved sleep latency (MD -0.59)":
decreased), to a quantity verb after them ("more effective in reducing X"), else read as a
rise, but as "unclear" of a time or duration ("improved bleeding time": shorter or
longer; not a time to an event, read as a rise); words inside a bracket ("(hospitalisation
due to worsening PAH)"), those describing the actor (``statements.direction_text``) and
participles inside the outcome phrase ("relieving factors") are no direction words; words
and values that say opposite ways keep the words' direction with a warning
(``direction_warnings``); a change within
the arms with no comparison between them ("in both groups", a p value of its own after each
arm's change: ``within_group_change``) gives no direction between the arms ("unclear"), a
state "in both groups" ("X was high in both groups") "no difference".
Within-group changes reported for two arms ("X fell from 6 to 3 with A and from 6 to 5 with
B (P=0.01)", "decreased by 12% with A and by 3% with B", ``arm_changes``) give the
intervention's change against the comparator's when the clause tests the difference between
them, none when its p values only test each arm's change; "X improved in both
groups, but more with A" is read by the arm after "more"/"less". An arm name with a negation
("the non-tourniquet group", "without a cuff", "cuff-free") names the arm without it
(``named_arm``).
Significance: the p value at alpha 0.05 (the p value marked as between the groups when the
clause has several: ``between_group_p``), else
"significant(ly)"/"no significant" words
("trend"/"tended to" without a p value: not significant), else a reported interval excluding
the null.

When no arm of the trial is recognised, the statement's own group phrases stand in
(``group_phrases``): the group named after the direction word or as the subject ("longer in
the WEI group", "the needlescopic group had ...") and the one after "than"/"versus"/"compared
with"; with no word "group", the name after the direction word's last "with"/"in"/"for" right
before "than"/"versus" ("more even with A cups than with B cups"); the direction is then the
first group's against the second's.

Example: "Pain was higher in the placebo group than in the drug A group" compares drug A
(intervention) with placebo (comparator): direction "decreased".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extractors.bracket_lists import without_brackets
from extractors.components.arms import ArmMention, mention_words, named_in_order, nested_arm
from extractors.components.direction_words import (
    DOWN,
    HEDGED,
    NO_DIFFERENCE,
    NOT_SIGNIFICANT,
    SIGNIFICANT,
    UP,
    direction_cue,
    verb_direction,
)
from extractors.components.result_values import ValueGroup
from extractors.effect_estimates import EffectSize
from extractors.numbers import P_LABEL, WORD_NUMBER_PATTERN, PValue

ALPHA = 0.05
COMPARISON = re.compile(
    r"(?i)\b(?:than|compared|versus|vs\.?|between|relative\s+to|groups?|arms?|placebo|control)\b"
)
# "more than 3 episodes", "patients older than 75 years", "fewer than two": a bound on a
# quantity, no comparison
_BOUND_THAN = re.compile(
    r"(?i)(?<!\bp\s)\b(?:more|less|fewer|greater|older|younger)\s+(?P<than>than)\s+"
    rf"(?:or\s+equal\s+to\s+)?(?:\d|(?:{WORD_NUMBER_PATTERN}|a|an|one)\b)"
)


# "with high adherence than with low adherence": two levels of one thing, people, not arms
_LEVEL = r"(?:high|low|higher|lower|good|poor|full|partial|early|late)"
_LEVELS_THAN = re.compile(
    rf"(?i)\b{_LEVEL}\s+(?P<thing>[a-z]{{3,}})\b[^.;()]{{0,60}}?\b(?P<than>than)\s+"
    rf"(?:(?:with|in|among|for|those|patients|participants|the|who|had)\s+){{0,3}}{_LEVEL}\s+"
    r"(?P=thing)\b"
)


def compares(clause: str) -> bool:
    """Whether the clause words a comparison (``COMPARISON``) other than by a "than" that bounds
    a quantity ("hospital stays of more than 3 days", "in patients older than 75 years"; not
    "P less than 0.001", a p value) or one that sets two levels of one thing against each other
    ("fewer with high adherence than with low adherence")."""
    bounds = {m.start("than") for m in _BOUND_THAN.finditer(clause)}
    bounds |= {m.start("than") for m in _LEVELS_THAN.finditer(clause)}
    return any(m.start() not in bounds for m in COMPARISON.finditer(clause))


_COMPARED_WITH = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+opposed\s+to|than|versus|"
    r"vs\.?|relative\s+to|over|(?:superior|inferior|non-?inferior|equivalent)\s+to)\s+"
)
_NUMBER_NEXT = re.compile(r"[-−+]?\s*\d")
# every arm of the trial, by a group word or a common noun: "both groups", "all three arms",
# "each of the study groups", "either arm", "with both drugs", "between the two treatments"
EVERY_ARM = re.compile(
    r"(?i)\b(?:both|all|each|every|either|the\s+two)\s+(?:of\s+)?(?:the\s+)?(?:(?:two|three|four|"
    r"study|treatment)\s+)?(?:groups?|arms?|drugs|medications|medicines|treatments|regimens|"
    r"techniques|methods|approaches|interventions|procedures|agents|devices|doses|formulations|"
    r"programmes|programs|strategies|therapies)\b"
)


def comparison_word(clause: str, start: int = 0) -> re.Match[str] | None:
    """The first "compared with", "than", "vs", ... of ``clause`` from ``start`` that may name
    an arm: not one that pairs two values in brackets ("pain (4.1 ± 1.2 vs 5.0 ± 1.3) was
    lower with A than with B": the arm after that "vs" is no comparator)."""
    for m in _COMPARED_WITH.finditer(clause, start):
        before = clause[: m.start()]
        if _NUMBER_NEXT.match(clause, m.end()) and before.count("(") > before.count(")"):
            continue
        return m
    return None


_TREND = re.compile(r"(?i)\b(?:trend(?:s|ed)?|tend(?:s|ed)?\s+to|borderline|marginal(?:ly)?)\b")
_BOTH_NOUNS = (
    r"(?:groups|arms|drugs|medications|medicines|treatments|regimens|techniques|methods|"
    r"approaches|interventions|procedures|agents|devices|doses|formulations|programmes|programs|"
    r"strategies|therapies)"
)
_WITHIN_BOTH = re.compile(
    r"(?i)\b(?:in|for|within|with)\s+(?:both|all|each\s+of\s+the)\s+(?:(?:two|three|study|"
    r"treatment)\s+)*(?:groups?|arms?|cases|conditions|" + _BOTH_NOUNS + r")\b|"
    r"^\W*(?:patients\s+in\s+)?both\s+(?:the\s+)?(?:(?:study|treatment|intervention)\s+)?"
    + _BOTH_NOUNS
    + r"\s+(?:\w+ly\s+)?(?:had|showed|experienced|improved|achieved|reported|demonstrated|"
    r"exhibited|caused|produced|led\s+to|resulted\s+in|reduced|decreased|increased|lowered|"
    r"raised)\b|"
    r"\b(?:regardless|irrespective)\s+of\s+(?:(?:the\s+)?(?:group|treatment|arm)\s+)?"
    r"(?:allocation|assignment|group|arm|treatment)\b"
)
_TIME_TO_EVENT_GAIN = re.compile(
    r"(?i)\b(?:overall|disease-free|event-free|progression-free)?\s*survival\b"
    r"|(?-i:\b(?:OS|PFS|DFS|EFS|RFS|MFS|DMFS)\b)"  # "median OS (33 vs 26 months, HR 0.75)"
)
_BETWEEN = re.compile(r"(?i)\b(?:than|compared|versus|vs\.?|relative\s+to|between)\b")


_MORE_CHANGE = re.compile(
    r"(?i)\b(?:more|greater|larger|bigger|less|smaller)\s+(?:\w+\s+)?(?:increases?|decreases?|"
    r"reductions?|improvements?|changes?|declines?|gains?|losses)\b"
)


_NUMBER = r"[-−–]?\d+(?:\.\d+)?"
_FROM_TO = re.compile(  # "from 6.1 (SD 1.2) to 3.2", "from 5.5 before treatment to 1.2", "to 3.2."
    rf"(?i)\bfrom\s+(?P<a>{_NUMBER})(?!\.?\d)"
    r"(?:[^;,()\[\]]|\([^;()\[\]]{0,30}\)|\[[^;()\[\]]{0,30}\]){0,40}?"
    rf"\bto\s+(?P<b>{_NUMBER})(?!\.?\d)"
    r"(?!\s*(?:-\s*)?(?:days?|weeks?|months?|years?|hours?|h|hrs?|min\w*|sessions?|visits?)\b)"
)
_CHANGED_BY = re.compile(  # "decreased by 12%", "and by 3%"
    rf"(?i)\bby\s+(?:(?:a|an)\s+)?(?:(?:mean|median|average)\s+(?:of\s+)?)?(?P<by>{_NUMBER})"
    r"(?![\d.])\s*(?:%|percent|points?|units?)?"
)
_CHANGE_VERB = re.compile(
    r"(?i)\b(?:(?P<down>decreas(?:ed|es|e|ing)|reduc(?:ed|es|e|ing)|fell|fall(?:s|en)?|"
    r"dropp(?:ed|ing)|drops?|declin(?:ed|es|e|ing)|lowered)|(?P<up>increas(?:ed|es|e|ing)|rose|"
    r"ris(?:e|es|en)|elevated|gain(?:ed|s)?)|(?P<better>improv(?:ed|es|e|ing)))\b"
)
_ARM_CUT = re.compile(r"(?i)[,;]|\b(?:while|whereas|and|but|compared|versus|vs)\b")
_AGAINST = re.compile(
    r"(?i)\s*(?:%|percent|points?|units?)?\s*(?:compared|relative|than|versus|vs\b|over|more|less|"
    r"greater|higher|lower|in\s+comparison)"
)
_P_MENTION = re.compile(P_LABEL + r"\s*[<>=≤≥⩽⩾]")
_BETWEEN_GROUP = re.compile(
    r"(?i)\bbetween[\s-]+(?:the\s+)?(?:two\s+|three\s+)?(?:groups?|arms?|treatments?)\b|"
    r"\bgroup\s*(?:[x×*]|by)\s*time\b|\binteraction\b|\btreatment\s+effect\b"
)
# the between-group words, a time point or "that", and whether it was significant, right
# before the bracket that opens with the p value: "the difference between the two groups at
# 12 weeks was not significant (p = 0.4)", "a difference between groups that was significant ("
_BETWEEN_GROUP_SAID = re.compile(
    r"(?i)\bbetween[\s-]+(?:the\s+)?(?:two\s+|three\s+)?(?:groups?|arms?|treatments?)\b"
    r"[^()\[\];,.]{0,40}?\b(?:was|were|is|are)\s+(?:not\s+|non-?)?(?:statistically\s+)?"
    r"(?:significant|different)\w*\s*[(\[]\s*$"
)


@dataclass(frozen=True, slots=True)
class ArmChanges:
    """Within-group changes reported for two or more arms ("X fell from 6 to 3 with A and from
    6 to 5 with B"): each arm's change, whether the changes were worded as improvements
    ("improved by 40%": their sign is the improvement's, not the measure's), and whether the
    clause tests the difference between the arms (True), only each arm's change (False: a p
    value after each change), or gives no p value (None)."""

    changes: dict[str, float]
    improvement: bool
    between: bool | None
    between_p: int | None  # where the between-group p value starts in the clause


def arm_changes(clause: str, arms: list[ArmMention]) -> ArmChanges | None:
    """The within-group changes a clause reports for different arms, one per arm, or None
    (see ``ArmChanges``). A change is "from a to b" (b - a) or "by n" after a change verb
    ("decreased by 12% with A and by 3% with B": -12 and -3); its arm is the one named after
    it (up to the next comma or "and"), else the one named between it and the change before
    (after the last comma, "and", "while", ... there first).
    """
    if "respectively" in clause.lower():
        return None
    found: list[tuple[int, int, float, bool]] = []  # start, end, change, improvement
    for m in _FROM_TO.finditer(clause):
        a, b = (float(v.replace("−", "-").replace("–", "-")) for v in m.group("a", "b"))
        found.append((m.start(), m.end(), b - a, False))
    by = list(_CHANGED_BY.finditer(clause)) if not found else []
    if len(by) >= 2:
        verbs = list(_CHANGE_VERB.finditer(clause))
        for m in by:
            verb = next((v for v in reversed(verbs) if v.end() <= m.start()), None)
            if verb is None:
                return None
            size = float(m.group("by").replace("−", "-").replace("–", "-"))
            found.append((m.start(), m.end(), -size if verb.group("down") else size,
                          bool(verb.group("better"))))  # fmt: skip
    if len(found) < 2:
        return None
    changes: dict[str, float] = {}
    for i, (start, end, change, _) in enumerate(found):
        until = found[i + 1][0] if i + 1 < len(found) else len(clause)
        after = clause[end:until]
        if _AGAINST.match(after):
            return None  # "decreased by 51% compared to B": a difference, not B's change
        cut = _ARM_CUT.search(after)
        after = after[: cut.start()] if cut else after
        before = clause[found[i - 1][1] if i else 0 : start]
        # the part after the last cut first: "..., while in the B group it fell from"
        near = before[cuts[-1].end() :] if (cuts := list(_ARM_CUT.finditer(before))) else before
        arm = named_arm(arms, after) or named_arm(arms, near) or named_arm(arms, before)
        key = arm.id if arm else _group_key(after) or _group_key(near) or _group_key(before)
        if key is None or key in changes:
            return None
        changes[key] = change
    p_values = [m.start() for m in _P_MENTION.finditer(clause)]
    last = found[-1][0]
    marked = between_group_p(clause)
    between: bool | None = None
    between_p = marked
    if marked is not None:
        between = True
    elif any(found[0][0] < p < last for p in p_values):
        between = False  # a p value after each arm's change: within-group tests
    elif len([p for p in p_values if p > last]) == 1:
        between, between_p = True, next(p for p in p_values if p > last)
    elif p_values:
        between = False
    return ArmChanges(changes, any(f[3] for f in found), between, between_p)


def between_group_p(clause: str) -> int | None:
    """Where the clause's p value of the difference between the groups starts ("between-group
    P = 0.01", "P<0.01 for the difference between groups", "P for interaction", "the difference
    between the two groups at 12 weeks was not significant (p = 0.4)"), or None. The words
    count within 30 characters before the p value (further back they name another outcome's
    comparison: "easier with A (p=0.001) with no differences between the groups regarding the
    rate of success (p=0.524)"), or, with a time point and a significance of their own, when
    the bracket right after them opens with it."""
    for m in _P_MENTION.finditer(clause):
        p = m.start()
        if (
            _BETWEEN_GROUP.search(clause[max(0, p - 30) : p])
            or _BETWEEN_GROUP.search(_own_words(clause, m))
            or _BETWEEN_GROUP_SAID.search(clause[max(0, p - 120) : p])
        ):
            return p
    return None


_OWN_WORDS_END = re.compile(r"[)\];]|,\s*" + P_LABEL + r"\s*[<>=≤≥⩽⩾]")


def _own_words(clause: str, p: re.Match[str]) -> str:
    """The words after a p value that tell what it tests, up to 60 characters: to the end of
    its bracket, a semicolon or a comma before the next p value ("p<0.01; p = 0.2 for the
    difference between groups", "p<0.001, P for interaction = 0.04": the words are the second
    p value's, the first has none). Two p values joined by "and" share them ("P = 0.002 and
    P = 0.03 for interaction, respectively")."""
    after = clause[p.end() : p.start() + 60]
    stop = _OWN_WORDS_END.search(after)
    return clause[p.start() : p.end() + (stop.start() if stop else len(after))]


_FROM_BASELINE = re.compile(
    r"(?i)\b(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to|from|over)\s+baseline\b|"
    r"\bwithin[\s-]+(?:the\s+)?(?:each\s+)?(?:groups?|arms?)\b"
)
_WITHIN_BEFORE = re.compile(r"(?i)\bwithin[\s-]+(?:the\s+)?(?:groups?|arms?)\s*$")


def p_against_baseline(clause: str, start: int) -> bool:
    """Whether the p value starting at ``start`` tests a change from baseline, not the
    difference between the groups: its own words say so ("p < 0.001 vs baseline", "P<0.01
    for the change from baseline", "p = 0.02 within groups") or "within-group" comes right
    before it ("within-group p = 0.03")."""
    m = _P_MENTION.match(clause, start)
    if m is None:
        return False
    return bool(
        _FROM_BASELINE.search(_own_words(clause, m))
        or _WITHIN_BEFORE.search(clause, max(0, start - 20), start)
    )


def _group_key(text: str) -> str | None:
    """A group the text names in its own words ("in the NHS only group"), as a key of
    ``ArmChanges.changes`` for a group that is no recognised arm."""
    m = _GROUP.search(text)
    return "group:" + " ".join(_name(m).lower().split()) if m else None


def _change_direction(
    found: ArmChanges, intervention: str | None, comparator: str | None, outcome: str
) -> str:
    """The intervention's change against the comparator's: "increased", "decreased", "no
    difference" (equal changes) or "unclear" (only within-group tests, or arms not both among
    the changes)."""
    if found.between is False:
        return "unclear"  # each arm's own change tested: no comparison of them is claimed
    if intervention not in found.changes or comparator not in found.changes:
        return "unclear"
    direction = value_direction(found.changes[intervention], found.changes[comparator])
    if found.improvement and is_adverse(outcome) and direction != "no difference":
        direction = "decreased" if direction == "increased" else "increased"
    return direction


_MORE_IN_ONE = re.compile(  # "improved in both groups, but more with A"
    r"(?i)\b(?:but|though|although|yet|and|with)\s+(?:(?:significantly|markedly|much|"
    r"considerably)\s+)?(?P<size>more|less|greater|larger|smaller|better|further)\s+(?:so\s+)?"
    r"(?:(?:in|with|among|for|after|on)\s+)(?!(?:both|all|each|either)\b)(?P<arm>[^,;()]{1,60})"
)


def _more_in_one(
    clause: str,
    intervention: str | None,
    comparator: str | None,
    arms: list[ArmMention],
    outcome: str,
) -> str:
    """ "X improved in both groups, but more with A": the way X changed, for the intervention
    when A is it, reversed when A is the comparator or the change was smaller ("less with
    A"); "unclear" when A is neither."""
    more = _MORE_IN_ONE.search(clause)
    if more is None or not _WITHIN_BOTH.search(clause, 0, more.start()):
        return "unclear"
    named = named_arm(arms, more.group("arm"))
    base = _worded_direction(clause[: more.start()], None, None, arms, outcome)
    if named is None or base == "unclear" or named.id not in (intervention, comparator):
        return "unclear"
    flip = (named.id == comparator) != (more.group("size").lower() in ("less", "smaller"))
    return ("decreased" if base == "increased" else "increased") if flip else base


def within_groups_only(clause: str) -> bool:
    """A change "in both groups" with no comparison between them ("pain fell in both arms"); a
    greater change in one of them ("..., with a greater increase in group A", "..., but more
    with A") compares them."""
    return (
        bool(_WITHIN_BOTH.search(clause))
        and not _BETWEEN.search(clause)
        and not _MORE_CHANGE.search(clause)
        and not _MORE_IN_ONE.search(clause)
    )


# a change, by a verb or a noun: "decreased", "an increase", "improvements", "fell"
_CHANGE_WORD = re.compile(
    r"(?i)\b(?:increas|decreas|reduc|improv|declin|deteriorat|worsen|drop|gain|chang)\w*|"
    r"\b(?:rose|ris(?:e|es|en|ing)|fell|fall(?:s|en|ing)?|loss(?:es)?|lowered|lowering|raised|"
    r"raising|elevated)\b"
)
_ALIKE = re.compile(
    r"(?i)\b(?:similarly|comparably|equally|equivalently|to\s+(?:a\s+)?(?:similar|the\s+same|"
    r"comparable)\s+(?:extent|degree))\b"
)
# one arm against the other: "..., being higher with A", "more pronounced with A" (not "both
# groups had lower scores")
_COMPARATIVE = re.compile(
    r"(?i)\b(?:more|less|greater|smaller|larger|higher|lower|better|worse|faster|slower|"
    r"superior|inferior)(?:\s+[\w-]+)?\s+(?:with|in|among|for|after|on)\s+(?:the\s+)?"
    r"(?!(?:both|all|each|either|every)\b)"
)
_P_BRACKET = re.compile(r"[(\[][^()\[\]]*" + P_LABEL + r"\s*[<>=≤≥⩽⩾][^()\[\]]*[)\]]")


def _tested_in_each_arm(clause: str, arms: Sequence[ArmMention]) -> bool:
    """Whether the clause reports a change with its own bracketed p value after each of two or
    more different arms (or groups in its own words) and no comparison between them: "an
    increase in disability in the A group (mean change 0.6; p < 0.001) and B group (mean
    change 0.7; p < 0.001)". Not "lower with A (p = 0.01) and B (p = 0.02) than with C", nor
    a clause with a p value between the groups."""
    outside = without_brackets(clause)
    if (
        not _CHANGE_WORD.search(outside)
        or _BETWEEN.search(outside)
        or between_group_p(clause) is not None
    ):
        return False
    brackets = list(_P_BRACKET.finditer(clause))
    keys: list[str] = []
    start = 0
    for bracket in brackets:
        before = clause[start : bracket.start()]
        # the arm named right before its bracket: after the last comma, "and", "while", ...
        before = before[cuts[-1].end() :] if (cuts := list(_ARM_CUT.finditer(before))) else before
        arm = named_arm(list(arms), before)
        key = arm.id if arm else _group_key(before)
        if key is None or key in keys:
            return False
        keys.append(key)
        start = bracket.end()
    return len(keys) >= 2


def within_group_change(clause: str, arms: Sequence[ArmMention] = ()) -> bool:
    """Whether the clause reports how each arm changed (from baseline) and nothing about how
    the arms compare: a change "in both groups" (``within_groups_only``: "Both treatments
    showed decreases in X (p<0.001)"), each arm's change with a p value of its own ("fell from
    6 to 3 (P<0.001) with A and from 6 to 5 (P=0.02) with B", ``arm_changes``; "increased in
    the A group (..; p<0.001) and the B group (..; p<0.001)"). A clause that says the arms
    did not differ ("decreased similarly in both groups") or that one changed more ("..., being
    higher with A") compares them."""
    if (
        no_difference(clause, arms)
        or _ALIKE.search(clause)
        or _COMPARATIVE.search(without_brackets(clause))
    ):
        return False
    changed = arm_changes(clause, list(arms))
    if changed is not None:
        return changed.between is False
    changing = _CHANGE_WORD.search(without_brackets(clause)) is not None  # not "high in both"
    return (changing and within_groups_only(clause)) or _tested_in_each_arm(clause, arms)


def _says(pattern: re.Pattern[str], clause: str, arms: Sequence[ArmMention]) -> bool:
    """Whether ``pattern`` matches the clause other than as "NS" where an arm of the trial is
    called NS (normal saline): "20/45 with NS" names that arm, not "not significant"; "NS" in
    brackets after a value ("12% vs 15% (NS)", "12% in the NS group (NS)") is a result all
    the same, unless it names a solution ("0.9% sodium chloride (NS)")."""
    if not any("ns" in a.words for a in arms):
        return _found(pattern, clause)
    return any(
        m.group() != "NS"
        or (
            _VALUE_THEN_BRACKET.search(clause, 0, m.start()) is not None
            and _SOLUTION_THEN_BRACKET.search(clause, 0, m.start()) is None
            and _CLOSING.match(clause, m.end()) is not None
        )
        for m in pattern.finditer(clause)
    )


@functools.lru_cache(maxsize=1024)
def _found(pattern: re.Pattern[str], clause: str) -> bool:
    """Whether ``pattern`` matches in ``clause``, remembered: claims ask it of one clause
    several times (NO_DIFFERENCE: 11,354 searches of 6,007 clauses on the bench file)."""
    return pattern.search(clause) is not None


_VALUE_THEN_BRACKET = re.compile(r"[\d%][^;]*[(\[]\s*$")  # a value earlier in the clause
_SOLUTION_THEN_BRACKET = re.compile(r"(?i)\b(?:saline|chloride|solution|nacl)\s*[(\[]\s*$")
_CLOSING = re.compile(r"\s*[)\]]")


def not_significant(clause: str, arms: Sequence[ArmMention] = ()) -> bool:
    """Whether the clause says "not significant" (``NOT_SIGNIFICANT``; "NS" not as an arm)."""
    return _says(NOT_SIGNIFICANT, clause, arms)


def no_difference(clause: str, arms: Sequence[ArmMention] = ()) -> bool:
    """Whether the clause says "no difference" (``NO_DIFFERENCE``; "NS" not as an arm)."""
    return _says(NO_DIFFERENCE, clause, arms)


def significance(
    p: PValue | None,
    clause: str,
    effect: EffectSize | None,
    arms: Sequence[ArmMention] = (),
) -> bool | None:
    """True/False/None from the p value, else the words, else the effect's confidence interval
    (not a credible, uncertainty or prediction interval); a "trend"/"tended to" without a p
    value is not significant; "NS" naming one of ``arms`` says nothing."""
    if p is not None:
        if p.relation in ("<", "<=") and p.value == ALPHA and not_significant(clause, arms):
            return False  # "not significant at the p < .05 level": a threshold, not a result
        if p.relation in ("<", "<=") and p.value <= ALPHA:
            return True
        if p.relation == "=":  # p = 0.05 is significant where the text says so
            return p.value < ALPHA or (p.value == ALPHA and bool(SIGNIFICANT.search(clause)))
        if p.relation in (">", ">=") and p.value >= ALPHA:
            return False
        return None
    if not_significant(clause, arms) or _TREND.search(clause):
        return False
    if SIGNIFICANT.search(clause):
        return True
    if effect is not None and effect.interval is not None and effect.interval.kind == "confidence":
        null = 1.0 if effect.measure.endswith("ratio") else 0.0
        return not effect.interval.low <= null <= effect.interval.high
    return None


_NEGATED_WORD = re.compile(
    r"(?i)\b(?:without|no|non|free\s+of)[\s-]+(?:(?:a|an|the|any)\s+)?"
    r"(?P<words>[^\W\d_][\w]*(?:[\s-]+[^\W\d_][\w]*){0,2})|\b(?P<free>[^\W\d_][\w]*)-free\b"
)
_NEGATION_ENDS = {
    "in", "with", "and", "or", "of", "the", "for", "at", "to", "on", "was", "were", "had", "is",
    "are", "group", "groups", "arm", "arms", "patients", "than", "compared", "vs", "versus",
}  # fmt: skip
_NOT_NEGATED = {"significant", "difference", "differences", "change", "changes", "effect"}


def negated_words(text: str) -> set[str]:
    """The words ``text`` names as absent: "without (a) thigh cuff", "non-cuff", "no music",
    "cuff-free" -> {"thigh", "cuff"}, {"cuff"}, {"music"}, {"cuff"}."""
    found: set[str] = set()
    for m in _NEGATED_WORD.finditer(text):
        if m.group("free"):
            found.add(m.group("free").lower())
            continue
        for word in re.split(r"[\s-]+", m.group("words").lower()):
            if word in _NEGATION_ENDS:
                break
            found.add(word)
    return found - _NOT_NEGATED


def named_arm(arms: list[ArmMention], phrase: str) -> ArmMention | None:
    """The one arm whose distinctive words ``phrase`` uses most, or None on a tied match; on
    none, the arm it names by words a larger arm shares (``nested_arm``).
    Negation counts: "the non-tourniquet group" names the arm "without tourniquet", not the
    one with it, and "the tourniquet group" the arm with it when another is without it."""
    words = mention_words(phrase)
    negated = negated_words(phrase) if arms else set()
    if negated or any(_NEGATED_WORD.search(a.label) for a in arms):
        arm_negated = [negated_words(" ".join([a.label, *a.interventions])) for a in arms]
        absent = set().union(*arm_negated)
        plain = words - negated
        scores = [
            len(a.distinctive & plain)
            + 2 * len(negated & own)
            + len(plain & (a.words - own) & absent)
            for a, own in zip(arms, arm_negated, strict=True)
        ]
    else:
        scores = [len(a.distinctive & words) for a in arms]
    scored = sorted(((score, i) for i, score in enumerate(scores)), reverse=True)
    if scored and scored[0][0] == 0:  # "the CD4 arm" beside "CD4 plus preventive therapy"
        return nested_arm(arms, words) or _spelled_out(arms, words)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return arms[scored[0][1]]


def _spelled_out(arms: list[ArmMention], words: set[str]) -> ArmMention | None:
    """The arm a phrase names by all its words when no word of it is its own: of the arms
    whose words the phrase all uses, the one with the most, if only one has that many ("the
    lipegfilgrastim 6.0-mg group" beside "lipegfilgrastim 3.0 mg", "lipegfilgrastim 6.0 mg"
    and "pegfilgrastim 6.0 mg": the drug and the dose); else None."""
    spelled = sorted(
        ((len(a.words), i) for i, a in enumerate(arms) if a.words and a.words <= words),
        reverse=True,
    )
    if not spelled or (len(spelled) > 1 and spelled[1][0] == spelled[0][0]):
        return None
    return arms[spelled[0][1]]


_COMPARED_END = re.compile(r"[,;()\[\]]|\b(?:respectively|whereas|while|but)\b")


def compared_list(arms: list[ArmMention], clause: str) -> list[ArmMention]:
    """The arms the clause names after its comparison word, when it names two or more there
    ("X was lower in group A than in groups B and C": B, C), in order; else none."""
    after = comparison_word(clause)
    if after is None:
        return []
    end = _COMPARED_END.search(clause, after.end())
    named = named_in_order(clause[after.end() : end.start() if end else len(clause)], arms)
    return named if len(named) >= 2 else []


def _names_any(arms: list[ArmMention], clause: str) -> bool:
    """Whether the clause uses a distinctive word of one of the arms."""
    words = mention_words(clause)
    return any(a.distinctive & words for a in arms)


def _names_several(arms: list[ArmMention], phrase: str) -> bool:
    """Whether ``phrase`` uses distinctive words of two or more arms: a subject such as "32 of
    60 patients given A and 18 of 60 given B" is no one arm's (the one with more words would
    win ``named_arm``)."""
    words = mention_words(phrase)
    return sum(1 for a in arms if a.distinctive & words) >= 2


def compared_arms(
    arms: list[ArmMention], clause: str, groups: list[ValueGroup], actor: str | None
) -> tuple[ArmMention | None, ArmMention | None]:
    """The intervention and comparator arms of a statement (see the module docstring)."""
    by_id = {a.id: a for a in arms}
    valued = [by_id[i] for i in dict.fromkeys(g.arm for g in groups if g.arm in by_id)]
    if len(valued) < 2 and len(arms) >= 2 and (changed := arm_changes(clause, arms)):
        # "decreased by 42% with A and by 13% with B": changes, no arm values, name the arms
        changed_arms = [by_id[i] for i in changed.changes if i in by_id]
        valued = changed_arms if len(changed_arms) >= 2 else valued
    several = actor is not None and _names_several(arms, actor)
    intervention = named_arm(arms, actor) if actor and not several else None
    comparator = None
    after = comparison_word(clause)
    if after:
        compared = clause[after.end() : after.end() + 60]
        # "Compared with placebo, X was higher with B": the comparator ends at the comma
        comparator = named_arm(arms, compared.split(",")[0]) or named_arm(arms, compared)
        if intervention is None and not valued:
            intervention = named_arm(arms, clause[max(0, after.start() - 60) : after.start()])
    if comparator is intervention:
        comparator = None
    if intervention and comparator and intervention.comparator and not comparator.comparator:
        intervention, comparator = comparator, intervention  # "higher with placebo than A"
    if intervention is None and comparator is not None and not valued and len(arms) > 2:
        # "compared with placebo, X was higher with high-dose K": the arm the words describe
        named = _named_after_cue(arms, clause, two_arms=False)
        intervention = named if named is not comparator else None
    directed = _named_after_cue(arms, clause) if intervention is None and not valued else None
    if directed is not None and directed is not comparator:
        # "significantly lower with A", "higher in the placebo group" in a two-arm trial: the
        # arm the words describe against the other (with more arms the words do not say which
        # other); the pair keeps the trial's order (the comparator, else the second arm, against
        # the other) and _worded_direction reverses the direction when the words describe the
        # comparator
        comparator = comparator or next((a for a in arms if a.comparator), arms[1])
        intervention = next(a for a in arms if a is not comparator)
    if intervention is None:
        intervention = next(
            (a for a in valued if not a.comparator and a is not comparator),
            next((a for a in valued if a is not comparator), None),
        )
    others = [a for a in (valued or arms) if a is not intervention]
    if comparator is None and intervention is not None and (len(valued) >= 2 or actor):
        comparator = next((a for a in others if a.comparator), None)
        if comparator is None and len(others) == 1:
            comparator = others[0]
    if (
        intervention is None
        and len(arms) == 2
        and (
            ((several or EVERY_ARM.search(clause)) and no_difference(clause, arms))
            or compares(clause)
            or (COMPARISON.search(clause) and _names_any(arms, clause))
        )
    ):  # "A and B gave similar effects", "X was similar with both drugs": both arms, in the
        # trial's order (not "Both A and B improved X", "X improved with both drugs": no
        # comparison)
        comparator = next((a for a in arms if a.comparator), arms[1])
        intervention = next(a for a in arms if a is not comparator)
    return intervention, comparator


_DESCRIBING_CUE = re.compile(  # a comparative, a participle or "more/less ...": not a noun
    r"(?i)(?:ed|er|superior|inferior|worse|^fell|^rose|^grew|^fallen|^risen)$|"
    r"^(?:more|less|fewer)\b"
)
_DIRECTED_END = re.compile(r"[,;()\[\]]|\b(?:than|versus|vs|compared|whereas|while|but)\b")


def _named_after_cue(
    arms: list[ArmMention], clause: str, *, two_arms: bool = True
) -> ArmMention | None:
    """The arm of a two-arm trial (of any trial with ``two_arms`` False) named right after the
    clause's first direction word ("lower with A", "higher in the A group", "increased
    significantly among those given A"), or None."""
    if two_arms and len(arms) != 2:
        return None
    cue = direction_cue(clause)
    if cue is None or not _DESCRIBING_CUE.search(cue.group(0)):
        return None  # "an improvement in X": the outcome follows a noun, not an arm
    if not (group := _GROUP_RIGHT_AFTER.match(clause, cue.end())):
        return None
    return named_arm(arms, _before_aside(clause, group.end(), group.end() + 60))


_MORE_WORD = re.compile(r"(?i)(?:higher|greater|larger|more|longer|increased)(?:\s+\w+)?")
_LESS_WORD = re.compile(r"(?i)(?:lower|fewer|smaller|less|shorter|reduced|decreased)(?:\s+\w+)?")


def oriented_pair(
    text: str, groups: list[ValueGroup], clause: str, arms: list[ArmMention]
) -> list[ValueGroup]:
    """``groups`` of a two-arm trial whose two values name no arm ("acute dermatitis (36% vs
    69%) ... was lower in patients randomized to B"), given to the arms as the clause's words
    say: the arm named right after "lower" ("higher", "fewer", ...) holds the lower (higher)
    value. Else ``groups`` as they are (the first value the first arm's, by default); so
    too when the clause names both arms in the values' order ("lower in A than in B (30%
    vs 12%)": the values as written, the words against them, ``direction_warnings``)."""
    if len(arms) != 2 or len(groups) != 2 or groups[0].arm is None or groups[1].arm is None:
        return groups
    if groups[0].arm == groups[1].arm:
        return groups
    if [a.id for a in named_in_order(clause, arms)] == [groups[0].arm, groups[1].arm]:
        return groups
    span_words = mention_words(text[groups[0].start : groups[1].end])
    if any(a.distinctive & span_words for a in arms):
        return groups  # the values name their arms
    cue = direction_cue(clause)
    word = cue.group(0) if cue else ""
    more, less = _MORE_WORD.fullmatch(word), _LESS_WORD.fullmatch(word)
    described = _named_after_cue(arms, clause) if more or less else None
    first, second = groups[0].value(), groups[1].value()
    if described is None or first is None or second is None or first == second:
        return groups
    first_is_described = (first > second) == bool(more)
    other = next(a for a in arms if a is not described)
    wanted = (described if first_is_described else other).id
    if groups[0].arm == wanted:
        return groups
    return [replace(groups[0], arm=groups[1].arm), replace(groups[1], arm=groups[0].arm)]


def _before_aside(clause: str, start: int, end: int) -> str:
    """``clause[start:end]`` up to the first ``_DIRECTED_END`` in it: the words that may
    name the group a direction word describes ("lower with A but not with B": " with A ")."""
    aside = _DIRECTED_END.search(clause, start, end)
    return clause[start : aside.start() if aside else end]


def value_direction(first: float, second: float) -> str:
    """ "increased", "decreased" or "no difference": the first value against the second."""
    return "increased" if first > second else "decreased" if first < second else "no difference"


def comparison_direction(
    clause: str,
    sig: bool | None,
    groups: list[ValueGroup],
    intervention: str | None,
    comparator: str | None,
    effect: EffectSize | None,
    arms: list[ArmMention],
    outcome: str = "",
) -> str:
    """ "increased", "decreased", "no difference" or "unclear" for the intervention arm; an
    improvement of an adverse ``outcome`` ("improvement in pain") is a decrease of it."""
    if no_difference(clause, arms) or (sig is False and not HEDGED.search(clause)):
        return "no difference"
    changed = arm_changes(clause, arms)
    if changed is not None:
        by_change = _change_direction(changed, intervention, comparator, outcome)
        if by_change != "unclear":
            return by_change
    plain = without_bracketed_cues(clause)
    if _cue_only_in_outcome(plain, outcome):  # "achieving a 30% reduction in pain was 61%
        by_values = _values_direction(groups, intervention, comparator)  # vs 39%": the values
        if by_values != "unclear":
            return by_values
    more = _more_in_one(clause, intervention, comparator, arms, outcome)
    if more != "unclear":
        return more
    if within_group_change(clause, arms):  # each arm's own change: no comparison of them
        return "unclear"
    if within_groups_only(clause):  # "X was high in both groups": alike, not changed
        return "no difference"
    words = without_outcome_cues(plain, outcome)
    worded = _worded_direction(words, intervention, comparator, arms, outcome, plain)
    if worded != "unclear" and not _benefit_only(words, outcome, plain):
        return worded
    by_values = _values_direction(groups, intervention, comparator)
    if by_values != "unclear":
        return by_values
    if effect is not None and (worded == "unclear" or effect.measure in _DIFFERENCES):
        return _effect_direction(effect, clause)
    if effect is None and _TIMED.search(outcome) and _benefit_only(words, outcome, plain):
        return "unclear"  # "improved bleeding time": shorter or longer, the words do not say
    if worded != "unclear" or plain == clause:
        return worded
    # only a bracket says which way: "X differed (higher with A, p = 0.01)"
    return _worded_direction(clause, intervention, comparator, arms, outcome)


_DIFFERENCES = ("mean difference", "standardized mean difference", "risk difference")
# a time or duration, better shorter or longer depending on what it times
_TIMED = re.compile(
    r"(?i)(?<!\bover\s)\b(?:times?|durations?|latency|latencies|intervals?|delay)\b"
    r"(?!\s+(?:points?|to)\b)"  # "time to recurrence": better later, as its hazard ratio reads
)
_OPENING = {"(": ")", "[": "]"}


def _brackets(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each outermost closed round or square bracket of ``text``; a
    bracket left open or closed by the other kind ends nothing."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if char in _OPENING:
            stack.append((_OPENING[char], i))
        elif stack and char == stack[-1][0]:
            _, start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
    return spans


def without_bracketed_cues(clause: str) -> str:
    """``clause`` with each bracket that holds a direction word blanked (spaces, so offsets
    hold): the bracket describes the events or gives the statistics, it does not say which
    way the outcome went ("Clinical worsening events occurred in 1% with A (hospitalisation
    due to worsening disease) and 9% with B": the values say it)."""
    if "(" not in clause and "[" not in clause:
        return clause
    for start, end in _brackets(clause):
        if direction_cue(clause[start:end]):
            clause = clause[:start] + " " * (end - start) + clause[end:]
    return clause


def _benefit_only(clause: str, outcome: str, unblanked: str) -> bool:
    """Whether the clause's direction word says only that the intervention did better
    ("improved sleep latency", "was more effective in BCTQ", "was inferior in operative
    time"), of an outcome whose better side is unknown (not a named harm: ``is_adverse``),
    with no quantity verb after it ("more effective in reducing X" says X fell; ``unblanked``
    is ``clause`` before its outcome's participles were blanked). Then the arms' values or
    a reported difference say which way the measure went: "improved sleep latency (MD
    -0.59)" is a decrease of the latency."""
    cue = direction_cue(clause)
    if cue is None or not _BENEFIT.match(cue.group(0)) or is_adverse(outcome):
        return False
    return _quantity_gerund(unblanked, cue) is None


def _quantity_gerund(clause: str, cue: re.Match[str]) -> str | None:
    """The direction of a quantity verb right after a word of doing better ("more effective
    in reducing X", "better at lowering X", "superior to B in increasing X"), else None; not
    after "improved" or "improvement" ("an improvement in relieving factors": a measure)."""
    if not _BETTER.match(cue.group(0)):
        return None
    m = _GERUND_AFTER.search(clause, cue.end(), cue.end() + 80)
    return verb_direction(m.group("verb")) if m and not _BENEFIT.match(m.group("verb")) else None


CONTRADICTED = "direction words contradict the arms' values"  # a claim's warning


def direction_warnings(
    direction: str,
    clause: str,
    groups: list[ValueGroup],
    intervention: str | None,
    comparator: str | None,
    arms: list[ArmMention],
) -> list[str]:
    """``[CONTRADICTED]`` when the claim's ``direction`` is the words' and the
    intervention's value against the comparator's says the other way ("lower in A than in
    B" with A's 30% and B's 12%): the words keep the direction (a value may belong to the
    other arm), the reviewer checks both. Not for changes within the arms ("decreased by 12%
    with A and by 3% with B": the values are the changes' sizes)."""
    if direction not in ("increased", "decreased") or arm_changes(clause, arms) is not None:
        return []
    by_values = _values_direction(groups, intervention, comparator)
    return [CONTRADICTED] if {direction, by_values} == {"increased", "decreased"} else []


def _values_direction(
    groups: list[ValueGroup], intervention: str | None, comparator: str | None
) -> str:
    """The direction the intervention arm's value gives against the comparator's."""
    values = {g.arm: g.value() for g in groups if g.arm}
    if comparator is not None and intervention in values and comparator in values:
        a, b = values[intervention], values[comparator]
        if a is not None and b is not None:
            return value_direction(a, b)
    return "unclear"


def _cue_only_in_outcome(clause: str, outcome: str) -> bool:
    """Whether the clause's only direction words are inside its outcome phrase ("the
    proportion achieving a 30% reduction in pain was 61% vs 39%"): they name the measure."""
    rest = _outside_outcome(clause, outcome)
    if rest is None or direction_cue(outcome) is None:
        return False
    return direction_cue(rest) is None


def _blank(m: re.Match[str]) -> str:
    word = m.group(0)
    return "x" * len(word) if word.lower().endswith("ing") else word


def without_outcome_cues(clause: str, outcome: str) -> str:
    """``clause`` with the participles inside its outcome phrase blanked when the rest of the
    clause has a direction word of its own: "relieving factors" or "lipid-lowering effect"
    name a measure, not which way it went ("the relieving factors showed an increase")."""
    rest = _outside_outcome(clause, outcome)
    if rest is None:
        return clause
    inner = DOWN.sub(_blank, UP.sub(_blank, outcome))
    if inner == outcome or not direction_cue(rest):
        return clause
    return clause.replace(outcome, inner, 1)


def _outside_outcome(clause: str, outcome: str) -> str | None:
    """``clause`` with its (first) outcome phrase cut out, a space in its place; None when the
    clause does not hold the phrase."""
    at = clause.find(outcome) if outcome else -1
    return None if at < 0 else clause[:at] + " " + clause[at + len(outcome) :]


def _effect_direction(effect: EffectSize, clause: str) -> str:
    """The direction a reported effect's value gives against its null (1 or 0)."""
    null = 1.0 if effect.measure.endswith("ratio") else 0.0
    if effect.value == null:
        return "unclear"
    rising = effect.value > null
    if effect.measure == "hazard ratio" and _TIME_TO_EVENT_GAIN.search(clause):
        rising = not rising  # a lower hazard is a longer survival
    return "increased" if rising else "decreased"


def _worded_direction(
    clause: str,
    intervention: str | None,
    comparator: str | None,
    arms: list[ArmMention],
    outcome: str,
    unblanked: str = "",
) -> str:
    """The direction the clause's words give for the intervention arm, or "unclear"
    (``unblanked``: ``clause`` before its outcome's participles were blanked)."""
    cue = direction_cue(clause)
    direction = verb_direction(clause)
    if direction is None or cue is None:
        return "unclear"
    improvement = _IMPROVEMENT.match(cue.group(0)) or _IMPROVEMENT_NOUN.match(clause, cue.end())
    gerund = _quantity_gerund(unblanked or clause, cue)
    if gerund is not None:  # "more effective in reducing X": X fell
        direction = gerund
    elif improvement and is_adverse(outcome):  # "greater improvement in pain", "superior for pain"
        direction = "decreased" if direction == "increased" else "increased"
    until = comparison_word(clause, cue.end())
    after_text = _before_aside(clause, cue.end(), until.start() if until else cue.end() + 60)
    after = mention_words(after_text)
    after -= mention_words(outcome)  # "a reduction in glucose control time": no control arm
    comp_arm = next((a for a in arms if a.id == comparator), None) if comparator else None
    int_arm = next((a for a in arms if a.id == intervention), None) if intervention else None
    if until is not None and comp_arm is not None and int_arm is not None:
        # "less in the LC group than in the RF group": the words describe the group before
        # "than"; reversed when that is the comparator
        named_after = mention_words(clause[until.end() : until.end() + 60])
        if int_arm.distinctive & named_after and not comp_arm.distinctive & named_after:
            return "decreased" if direction == "increased" else "increased"
        if comp_arm.distinctive & named_after:
            return direction
    if (
        comp_arm is not None
        and (
            comp_arm.distinctive & after
            or named_arm(arms, after_text.replace(outcome, " ") if outcome else after_text)
            is comp_arm
        )
        and _GROUP_RIGHT_AFTER.match(clause, cue.end())
    ):  # "more in the placebo group", "more in the non-tourniquet group"; not "an improvement
        # in sleep quality" beside the arm "sleep hygiene": the outcome names no arm
        return "decreased" if direction == "increased" else "increased"
    return direction


_GROUP_RIGHT_AFTER = re.compile(  # "increased (significantly) in the B group": B is described
    # as it is by a passive's agent ("was reduced by B"), not by an amount ("by 30%", "by a
    # mean of 2", "by about half")
    r"(?i)\s+(?:(?:significantly|only|also|further|markedly|statistically|slightly|more|most|"
    r"less|least)\s+)*(?:in|with|among|for|by(?!\s*(?:[-−+~\d.]|(?:a|an|about|approximately|"
    r"nearly|almost|around|only|up|over|more|less|half|one|two|three|four|five|ten)\b)))\b"
)
_GROUP = re.compile(
    r"(?i)\b(?:the\s+)?(?P<name>(?:(?!(?:than|versus|vs|compared|with|in|of|and|or|the|to|"
    r"was|were|had|has|between|both)\b)[\w+\-/.’']+\s+){1,4}?)(?:group|arm|cohort)s?\b"
    r"|\b(?:in|among|for)\s+(?:the\s+)?(?P<people>(?:(?!(?:than|versus|vs|compared|with|of|and|"
    r"or|the|both|all|each)\b)[\w+\-/.’']+\s+){1,3}?)(?:patients|participants|subjects|"
    r"recipients|users|children|women|men)\b|"
    r"(?<![\w-])(?P<label>(?i:group|arm)\s+(?:[A-Z]{1,3}|[IVX]{1,3}|\d{1,2}))(?![\w-])"
    r"(?!\s*[<>=≤≥])"  # not "between-group P = 0.01"
)
_AFTER_COMPARED = re.compile(
    r"(?i)\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+"
    r"(?:(?:in|with|among|for|after|following|on)\s+)?(?:(?:did|does|do|was|were|is|are)\s+)?"
    r"(?:the\s+|(?:that|those)\s+(?:(?:obtained|seen|observed|achieved|found|reported|recorded|"
    r"measured|noted)\s+)?(?:in|of|receiving|given|treated\s+with|who\s+received|with|from|among|"
    r"after)\s+(?:the\s+)?)?(?P<words>[^,;()\[\]]{1,60})"
)
_NAME_WITH_NUMBER = re.compile(r"\d[\d.]*-[^\W\d_]")  # "the 24-h group", "5-FU"
# a number word, not a group: "(four [4%] of 101 vs seven [6%] of 111)", "than ten years ago"
_NUMBER_WORDS = re.compile(
    r"(?i)(?:" + WORD_NUMBER_PATTERN + r")(?:\s+(?:of|percent|per\s+cent|(?:[\w-]+\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|times)\b).*)?\s*"
)
_IMPROVEMENT = re.compile(r"(?i)improv|better|superior|more\s+(?:effective|efficacious|beneficial)")
_IMPROVEMENT_NOUN = re.compile(r"(?i)\s+(?:\w+ly\s+)?improvements?\b")
# words that say the intervention did better or worse, not which way the measure went
_BETTER = re.compile(
    r"(?i)better|superior|inferior|poorer|more\s+(?:effective|efficacious|beneficial)"
)
_BENEFIT = re.compile(
    r"(?i)improv|better|superior|inferior|poorer|more\s+(?:effective|efficacious|beneficial)"
)
_GERUND_AFTER = re.compile(  # "(more effective) than B in reducing", "(better) at lowering"
    r"(?i)\b(?:in|at|for|on)\s+(?:(?:\w+ly|further)\s+)?(?P<verb>[a-z]+ing)\b"
)
ADVERSE = re.compile(
    r"(?i)\b(?:pain\w*|severity|symptom\w*|depress\w*|anxiety|stress|distress|fatigue|nausea|"
    r"vomiting|discomfort|tension|anger|confusion|disabilit\w*|itch\w*|prurit\w*|dryness|"
    r"swelling|o?edema|inflammation|wrinkl\w*|mortality|morbidity|complications?|adverse|"
    r"infections?|relapses?|recurrences?|toxicit\w*|insomnia|dyspn\w*|cough\w*|negative|"
    r"craving|withdrawal|burden|dysfunction|impairment|hypersensitivity|lesions?|scores? of "
    r"(?:depression|anxiety|pain))\b"
)
_NOT_ADVERSE = re.compile(
    r"(?i)\btime\s+to\b|\bduration\b|-free\b|\bfree\s+of\b|\brelief\b|\bresolution\b|"
    r"\bquality\s+of\s+life\b|\bfunction\w*\b"
)


def is_adverse(outcome: str) -> bool:
    """Whether an outcome is a harm that improves by falling (pain, symptom severity,
    complications), not a time to it, a freedom from it or a function."""
    return bool(ADVERSE.search(outcome)) and not _NOT_ADVERSE.search(outcome)


_NEGATED_GROUP = re.compile(r"(?i)\bnot\s+(?:(?:in|with|among|for)\s+)?(?:the\s+)?$")
_PHRASE_END = re.compile(  # "placebo in achieving clearance", "foam surfaces: it is ..."
    r"(?i)\s+(?:at|after|during|for|and|with|p\b|was|were|is|are|in\s+terms|in\s+\w+ing)\b|"
    r"\s*:|\s*[.:]\s*$|\s*$"
)


def _name(m: re.Match[str]) -> str:
    whole = m.group(0).strip()
    return re.sub(r"(?i)^(?:in|among|for)\s+(?:the\s+)?|^the\s+", "", whole)


# a sentence that opens with what every clause of it compares with ("Compared with placebo,
# A reduced X (...), but not Y (...)"); not a time before ("Compared with baseline, ...")
_OPENING_COMPARISON = re.compile(
    r"(?i)\s*(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|"
    r"vs\.?)\s+(?!(?:the\s+)?(?:baseline|pre-?\w*|before|prior|previous)\b)[^,;()]{1,60},"
)


def opening_comparator(sentence: str) -> str | None:
    """The group a sentence compares every clause with when it opens by naming it ("Compared
    with placebo, A reduced X, but not Y": "placebo"), else None."""
    opening = _OPENING_COMPARISON.match(sentence)
    return group_phrases(opening.group(0))[1] if opening else None


def group_phrases(clause: str) -> tuple[str | None, str | None]:
    """The groups a statement compares in its own words, when no trial arm is recognised:
    (the group, the group after "than"/"versus"/"compared with"), either may be None. The
    group is the first one named after the direction word, else the first one named (the
    subject); a group after "not" ("... but not in the X group") is never it. With no
    group named and a group after "than", the name right before "than" after "with", "in" or
    "for" (``_named_before``).

    "Intubation took longer in the WEI group than in the LW group" -> ("WEI group",
    "LW group"); "Remission was more frequent in drug A recipients vs. placebo" -> ("drug A
    recipients", "placebo").
    """
    comparator = None
    first_part = clause
    for compared in _AFTER_COMPARED.finditer(clause):
        words = compared.group("words")
        if (
            not words[:1].isalpha() and not _NAME_WITH_NUMBER.match(words)
        ) or _NUMBER_WORDS.fullmatch(words):
            continue  # "17 versus 36 minutes", "four (4%) vs seven (6%)": values, not groups
        first_part = clause[: compared.start()]
        named = _GROUP.match(words)
        if named:
            comparator = _name(named)
        else:
            end = _PHRASE_END.search(words)
            piece = words[: end.start()] if end else words
            comparator = " ".join(piece.split()[:5]).strip(" .") or None
        break
    candidates = [
        m
        for m in _GROUP.finditer(first_part)
        if not _NEGATED_GROUP.search(first_part, 0, m.start())
    ]
    cue = direction_cue(first_part)
    after_cue = [m for m in candidates if cue is not None and m.start() >= cue.end()]
    chosen = after_cue[0] if after_cue else candidates[0] if candidates else None
    if chosen is None and comparator is not None and cue is not None:
        return _named_before(first_part, cue.end()), comparator
    return (_name(chosen) if chosen else None), comparator


_BEFORE_COMPARED = re.compile(r"(?i)\b(?:with|in|for|among|using|receiving)\s+(?:the\s+)?")
_CHANGE_BEFORE = re.compile(  # "an improvement in X versus": X is what changed
    r"(?i)\b(?:improvements?|reductions?|increases?|decreases?|differences?|changes?|declines?|"
    r"rises?|benefits?|effects?)\s*$"
)
_NOT_A_NAME = re.compile(
    r"(?i)(?:terms|respect|regard|comparison|addition|patients|participants|subjects|both|all|"
    r"each|either|group|groups)\b|.*\b(?:was|were|is|are|had|has|than|and|or)\b"
)


def _named_before(part: str, cue_end: int) -> str | None:
    """The group a direction word's clause names right before "than"/"versus" (``part``
    runs to it, its direction word ends at ``cue_end``), after its last "with"/"in"/"for"
    after the direction word: "(more even) with A cups" -> "A cups", "(decreased by 17% (95%
    CI ...)) for more intensive" -> "more intensive"; None where that is no short name
    (people, a list) or what a change was in ("an improvement in X versus B")."""
    part = re.sub(r"(?i)\s*(?:[(\[][^()\[\]]*[)\]]|\bas)\s*$", "", part).rstrip()
    last = next(reversed([*_BEFORE_COMPARED.finditer(part, cue_end)]), None)
    if last is None or _CHANGE_BEFORE.search(part, 0, last.start()):
        return None
    name = part[last.end() :].strip()
    if (
        not name[:1].isalpha()
        or len(name.split()) > 5
        or re.search(r"[,;()\[\]]", name)
        or _NOT_A_NAME.match(name)
        or _NUMBER_WORDS.fullmatch(name)
    ):
        return None
    return name
