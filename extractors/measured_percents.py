"""Percentages that are a measured quantity's value, not a share of people.

Pure functions, no spaCy; ``result_values.value_groups`` stores such a percentage as the arm's
mean (or median), not in ``percent``. A percentage is a change in a measured quantity when it
is written with its sign ("-1.93%", "+2.1%": no share of people is negative) or told as a
change ("the change in HbA1c was 0.4%", "mean reduction in body fat was 2.1%"; not
"improvement was 60%", which may count the people who improved, nor "loss to follow-up was
8%"); each percentage after one in the same run ("-1.9% with A and 0.3% with B"), up to a word
or mark of its own, is one too. Its statistic is "median" after "median", else "mean".

Example: ``measured_percents("HbA1c fell (-1.93% vs -2.71%)", percents)`` gives both
percentages' starts, each with "mean".
"""

from __future__ import annotations

import re

from extractors.numbers import Percent

# a sign, and a change named before the value (see the module docstring)
_PLUS_BEFORE = re.compile(r"\+\s?$")
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
    B"."""
    found: dict[int, str] = {}
    run_end, kind = -1, "mean"
    for p in percents:
        named = _CHANGE_NAMED_BEFORE.search(text, max(0, p.start - 100), p.start)
        if named is not None:
            lead = text[max(0, named.start() - 20) : p.start]
            kind = "median" if _MEDIAN_WORD.search(lead) else "mean"
        elif text.startswith(("-", "−", "‒"), p.start) or _PLUS_BEFORE.search(
            text, max(0, p.start - 2), p.start
        ):
            if run_end < 0 or _MEASURED_RUN_END.search(text, run_end, p.start):
                kind = _statistic_before(text, p.start)
        elif run_end < 0 or _MEASURED_RUN_END.search(text, run_end, p.start):
            run_end = -1
            continue
        found[p.start] = kind
        run_end = p.end
    return found
