"""Percentages that are a measured quantity's value, not a share of people.

Pure functions, no spaCy; ``result_values.value_groups`` stores such a percentage as the arm's
mean (or median), not in ``percent``. A percentage is a change in a measured quantity when it
is written with its sign ("-1.93%", "+2.1%": no share of people is negative) or told as a
change ("the change in HbA1c was 0.4%", "mean reduction in body fat was 2.1%"; not
"improvement was 60%", which may count the people who improved, nor "loss to follow-up was
8%"); each percentage after one in the same run ("-1.9% with A and 0.3% with B"), up to a word
or mark of its own, is one too. So is a percentage of a quantity measured in percent, a
closed list of conventions (HbA1c, ejection fraction, body fat, oxygen saturation, haematocrit,
% predicted, time in range, sleep efficiency, ...: ``_IN_PERCENT``), named before it in its
clause, its level or its change ("HbA1c was 7.1% with A and 7.9% with B", "LVEF 55% vs 48%",
"HbA1c fell by 1.9% with A and 0.9% with B"), unless the clause counts people ("the
proportion with HbA1c < 7% was 40%", "HbA1c target reached by 45%", "in 12% of patients").
Its statistic is "median" after "median", else "mean".

Example: ``measured_percents("HbA1c fell (-1.93% vs -2.71%)", percents)`` gives both
percentages' starts, each with "mean".
"""

from __future__ import annotations

import re

from extractors.numbers import Percent

# a sign, and a change named before the value (see the module docstring)
# not "ER+ 87.1%": the "+" of a subgroup's name
_PLUS_BEFORE = re.compile(r"(?<![^\W_])\+\s?$")
_CHANGE_NAMED_BEFORE = re.compile(
    r"(?i)\b(?:changes?|reductions?|decreases?|increases?|loss(?:es)?|gains?)\b"
    r"(?!\s+(?:of|to\s+follow)\b)[^\d;:()\[\]%.]{0,60}?\b(?:was|were|is|are)\s+(?:an?\s+)?"
    r"(?:(?:mean|median|average)\s+(?:of\s+)?)?[-−+~]?\s*$"
)
_MEDIAN_WORD = re.compile(r"(?i)\bmedian\b")
# the statistic last named before a run of changes, within its sentence: "the median percent
# changes in X (Y) were -73% and -75%" (not "median follow-up")
_STATISTIC = re.compile(r"(?i)\b(?:mean|median|average)\b(?!\s+(?:follow|age\b|aged\b))")
_MEASURED_RUN_END = re.compile(
    r"(?i)\b(?:was|were|is|are|had|reached|to|from)\b|[;:]|(?<![A-Za-z])[Pp]\s*[=<>≤≥]"
)


# quantities measured in percent: a percentage of one is its value, not a share of people
_IN_PERCENT = re.compile(
    r"(?i)(?<![\w-])(?:hba1c|hba\s?\(1c\)|(?:ha?emoglobin\s+)?a1c|glyc(?:at|osyl)ated\s+"
    r"ha?emoglobin|ejection\s+fractions?|(?-i:(?:LV|RV)?EF)|body\s+fat|fat\s+percentage|"
    r"(?:oxygen|o2|arterial|venous|peripheral|capillary)\s+saturations?|s(?:p|a|v|cv)\s?o2|"
    r"ha?ematocrits?|(?-i:Hct)|percent(?:age)?\s+(?:of\s+)?predicted|%\s*(?:of\s+)?predicted|"
    r"time\s+in\s+(?:the\s+)?(?:target\s+)?(?:glucose\s+)?range|sleep\s+efficiency|"
    r"fractional\s+shortening|diameter\s+stenosis|atheroma\s+volume)(?![\w-])"
)
# a mean change of any quantity, named before its values: "mean change of spine bone mineral
# density did not differ between A and B (2.1% vs 3.7%)"
_MEAN_CHANGE_OF = re.compile(
    r"(?i)\b(?:mean|median|average)\s+(?:percent(?:age)?\s+)?changes?\s+(?:in|of)\s"
)
# what ends the clause a quantity is named in: "HbA1c fell, whereas nausea occurred in 12%"
_CLAUSE_END = re.compile(r"(?i)[.;]\s|,\s+(?:and|but)\b|\b(?:whereas|while|but)\b")
# a clause that counts people: a share, a threshold, a target reached ("the proportion with
# HbA1c < 7%", "HbA1c target reached by 45%"), "(occurred) in 12%"
_SHARE = re.compile(
    r"(?i)\b(?:proportions?|percentages?\s+of\s+(?:patients|participants|subjects|people|"
    r"women|men|children)|numbers?|rates?|incidences?|prevalences?|frequenc(?:y|ies)|achiev\w*|"
    r"reach\w*|attain\w*|targets?|goals?|responders?|normali[sz]\w*|(?:patients|participants|"
    r"subjects|people|individuals|women|men|children|those)\s+(?:with|who|whose|having|in\s+"
    r"whom))\b|[<>≤≥]|\b(?:less|more|fewer|greater)\s+than\b|\b(?:below|above|at\s+least)\b|"
    r"\bin\s*$|\bin\s+\d+(?:[.·]\d+)?\s*%"
)
# "12% of patients": a share of people, whatever came before
_OF_PEOPLE_AFTER = re.compile(
    r"(?i)\s*of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:patients|participants|subjects|"
    r"people|individuals|women|men|children|infants|cases|those|them)\b"
)


def _start(m: re.Match[str]) -> int:
    return m.start()


def _measured_quantity(text: str, start: int) -> bool:
    """Whether a quantity measured in percent (``_IN_PERCENT``) or a mean change of any
    (``_MEAN_CHANGE_OF``) is named in the clause before ``start`` (within 150 characters) and
    the clause counts no people (``_SHARE``): "HbA1c was 7.1%", "left ventricular ejection
    fraction was 55% with A", "Median SpO2: 96%", "mean change of X did not differ (2.1% vs
    3.7%)"; not "the proportion of patients with HbA1c < 7% was 40%"."""
    lead = text[max(0, start - 150) : start]
    ends = list(_CLAUSE_END.finditer(lead))
    lead = lead[ends[-1].end() :] if ends else lead
    named = sorted([*_IN_PERCENT.finditer(lead), *_MEAN_CHANGE_OF.finditer(lead)], key=_start)
    if not named:
        return False
    last = named[-1]
    if last.re is _MEAN_CHANGE_OF:
        # a phrase before the mean change's own ("For those with T-scores less than -2, ") is
        # no share of it; "the proportion of women with a mean change of 5%" is
        own = lead[lead.rfind(",", 0, last.start()) + 1 : last.start()]
        return not _SHARE.search(own + " " + lead[last.end() :])
    return not _SHARE.search(lead[: last.start()] + " " + lead[last.end() :])


# a value's own interval after it: "2.1%, 95% CI -0.8 to 5.1 vs 3.7%" (its "to" ends no run)
_OWN_INTERVAL = re.compile(
    r"(?i),?\s*(?:\d{2}\s*%\s*)?(?<![A-Za-z])CI\s*[:=,]?\s*[-−‒–]?\s*\d+(?:[.,·]\d+)?\s*%?\s*"
    r"(?:to|[-–,])\s*[-−‒–]?\s*\d+(?:[.,·]\d+)?\s*%?"
)


def _run_ends(text: str, end: int, start: int) -> bool:
    """Whether a run of measured percentages that ended at ``end`` ends before ``start``
    (``_MEASURED_RUN_END`` between them, the last value's own interval aside)."""
    gap = text[end:start]
    if "CI" in gap:
        gap = _OWN_INTERVAL.sub(" ", gap)
    return _MEASURED_RUN_END.search(gap) is not None


def _statistic_before(text: str, start: int) -> str:
    """ "median" where the statistic last named in the sentence before ``start`` is a median,
    else "mean"."""
    lead = text[max(0, start - 100) : start]
    lead = lead[max(lead.rfind(". "), lead.rfind(";"), 0) :]
    named = [m.group(0).lower() for m in _STATISTIC.finditer(lead)]
    return "median" if named and named[-1] == "median" else "mean"


def measured_percents(text: str, percents: list[Percent]) -> dict[int, str]:
    """Where the percentages among ``percents`` that are changes in a measured quantity
    start (see ``_PLUS_BEFORE``), each with its statistic, "mean" or, after "median",
    "median": "HbA1c fell (-1.93% vs -2.71%)", "the change in body fat was -2.1% with A and
    0.4% with B" (both), "Median reduction in X was 49% for A"; not "12% with A and 20% with
    B"; also a percentage of a quantity measured in percent ("HbA1c was 7.1% with A and 7.9%
    with B", ``_measured_quantity``)."""
    found: dict[int, str] = {}
    run_end, kind, share_end = -1, "mean", -1
    for p in percents:
        if _OF_PEOPLE_AFTER.match(text, p.end):
            run_end, share_end = -1, p.end
            continue
        named = _CHANGE_NAMED_BEFORE.search(text, max(0, p.start - 100), p.start)
        if named is not None:
            lead = text[max(0, named.start() - 20) : p.start]
            kind = "median" if _MEDIAN_WORD.search(lead) else "mean"
        elif text.startswith(("-", "−", "‒"), p.start) or _PLUS_BEFORE.search(
            text, max(0, p.start - 2), p.start
        ):
            if run_end < 0 or _run_ends(text, run_end, p.start):
                kind = _statistic_before(text, p.start)
        elif run_end < 0 or _run_ends(text, run_end, p.start):
            in_share = share_end >= 0 and not _MEASURED_RUN_END.search(text, share_end, p.start)
            if in_share or not _measured_quantity(text, p.start):
                run_end, share_end = -1, p.end  # "reported in 5% and 1%": both shares
                continue
            kind = _statistic_before(text, p.start)
        found[p.start] = kind
        run_end = p.end
    return found
