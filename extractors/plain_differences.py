"""Differences written with their confidence interval but no measure's name: pure parsing.

CONSORT-style abstracts give a continuous outcome's effect as a bare "difference" with its
interval: "difference 0.70 mmHg, 95% CI -1.05 to 2.45 mmHg", "difference in means 0.19 (95%
CI 0.07-0.31)", "difference between groups -16 mm, 95% confidence interval: -26 to -6",
"difference £15.71 (95% CI 11.8-19.6)". ``find_plain_differences`` reads them as mean
differences that the text does not name (``EffectSize.named`` False): they fit a claim only
where its arms' results are no proportions (``claim_effects.reported_effect``). A difference in
percent ("difference 7.5%; 95% CI ...") is ``find_percent_differences``'s, one of medians or
one naming a ratio is none; one with "mean", "risk" or "rate" before it is a named measure's
(``find_effects``).
"""

from __future__ import annotations

import re

from extractors.effect_estimates import (
    UNNAMED_DIFFERENCE_FIRST_WORDS,
    UNNAMED_DIFFERENCE_PATTERN,
    EffectSize,
    interval_after,
)
from extractors.numbers import CURRENCY_PATTERN, SIGNED_PATTERN, matches_at_words, parse_number

# the difference, what it is of or between ("in body weight change", "between the treatment
# groups"; no digits, so "at 12 weeks" ends it), then its value, its currency or its unit; a
# percentage is none of these
_PLAIN_DIFFERENCE = re.compile(
    r"(?<![\w-])(?<![Mm]ean\s)(?<![Mm]edian\s)(?<![Pp]ercentage\s)(?<![Rr]isk\s)(?<![Rr]ate\s)"
    + UNNAMED_DIFFERENCE_PATTERN
    + r"(?![\w-])(?:\s+(?i:between|in|of)\s+[^\d.;:()\[\]=<>%]{1,60}?)?"
    r"\s*(?:[:=,]|(?i:of|was|is|were))?\s*"
    rf"(?:{CURRENCY_PATTERN})?(?P<val>{SIGNED_PATTERN})(?![\d.·])"
    r"(?!\s*(?:%|(?i:percent(?:age)?\b|pp\b)))"
    r"(?P<unit>\s*(?:[A-Za-zµμ][A-Za-zµμ/²³\d.]{0,12}(?:\s+[A-Za-z]{1,6}(?=\s*[,;(\[]))?))?"
)

# what makes the difference no mean difference: a median ("difference in medians = 22 mg"), a
# ratio named in what it is of ("difference in severe adverse effects with OR 0.77; 95% CI")
_NOT_MEANS = re.compile(
    r"(?i:medians?|ratios?)|(?<![\w-])(?:a?(?:OR|RR|HR|RD|MD|SMD|IRR))(?![\w-])"
)

# a unit that is the start of the interval's lead, not a unit: "difference 0.53; 95% CI"
_NOT_UNIT = re.compile(r"(?i)\s*(?:95|90|99|CI|C\.I\.|confidence|with|and|or|for|in|at|vs)\b")


def find_plain_differences(text: str) -> list[EffectSize]:
    """Unnamed differences with their confidence interval right after the value or its unit
    (see the module docstring), as mean differences with ``named=False``; only where the
    interval holds the value, so that a misread bound is no effect."""
    found: list[EffectSize] = []
    for m in matches_at_words(_PLAIN_DIFFERENCE, text, UNNAMED_DIFFERENCE_FIRST_WORDS):
        value = parse_number(m.group("val"))
        if value is None or _NOT_MEANS.search(m.group(0)):
            continue
        unit = m.group("unit")
        end = m.end() if unit and not _NOT_UNIT.match(unit) else m.end("val")
        interval = interval_after(text, end)
        if interval is None or interval.kind != "confidence":
            continue
        if not interval.low <= value <= interval.high:
            continue
        if found and found[-1].end > m.start():
            continue
        found.append(EffectSize("mean difference", value, interval, m.start(), interval.end, False))
    return found
