"""Standardised effect sizes as trial abstracts write them: Cohen's d and Hedges' g, read as
the measure "standardized mean difference" (STATO's SMD). Pure functions, no spaCy.

Two wordings count. The estimator named: "Cohen's d = 0.88", "Cohen d, 0.6", "Hedges' g of
0.45", "Hedges's g was -0.3", "effect size (Cohen's d) 0.5", "effect size d = 0.7". Or the bare
letter, which counts only as a statistic written in a bracket with "=", at the bracket's start
or after a comma or semicolon there: "(p < .001, d = 0.88)", "(g = -1.01, p = .02)", "(d = 1.21,
95%CI [0.79 to 1.62]; P < 0.001)"; never a unit written after a number ("5 d", "120 g") nor a
letter outside a bracket, nor a range ("d = 1.06-1.24", "0.4 to 0.6"). A value is below 10 in
size (a standardised difference of 10 SDs is no trial's). The interval right after the value is
the effect's, as for ``numbers.find_effects`` ("(Cohen d = 0.20 [95% CI, 0.01-0.40])").

Example: ``find_standardized_effects("lower with A (p < .001, d = 0.88)")`` gives one
standardized mean difference of 0.88 without an interval.
"""

from __future__ import annotations

import re

from extractors.effect_estimates import EffectSize, in_statistics_bracket, interval_after
from extractors.numbers import (
    NAMED_SIGNED_PATTERN,
    matches_at,
    matches_at_words,
    parse_number,
    run_start,
    word_starts,
)

MEASURE = "standardized mean difference"
_LIMIT = 10.0
# what may not follow a value: more digits, "%", or a range's other end ("d = 1.06-1.24 on
# the two scales" gives no one value)
_NOT_A_VALUE = r"(?![\d.·]|\s*%|\s*[-–—]\s*[.\d]|\s+to\s+[-−]?[.\d])"
# "Cohen's d", "Cohen d", "Cohens d", "Hedges' g", "Hedges's g", "Hedge's g", "Hedges g"
_ESTIMATOR = r"(?:[Cc]ohen(?:['’]?s)?['’]?\s*d|[Hh]edges?(?:['’]?s)?['’]?\s*g)(?![\w'’-])"
_NAMED = re.compile(
    r"(?<![\w-])(?:(?i:effect\s+sizes?)\s*(?:[(\[]\s*)?(?:"
    + _ESTIMATOR
    + r"|(?-i:[dg])(?![\w'’-]))(?:\s*[)\]])?|"
    + _ESTIMATOR
    + r"(?:\s+(?i:effect\s+sizes?|values?))?)"
    + r"\s*(?:[:=,]|of|was|is|were)?\s*"
    + rf"(?P<val>{NAMED_SIGNED_PATTERN}){_NOT_A_VALUE}"
)
_BARE = re.compile(rf"(?<![\w'’.·-])[dg]\s*=\s*(?P<val>{NAMED_SIGNED_PATTERN}){_NOT_A_VALUE}")


def _named_matches(text: str) -> list[re.Match[str]]:
    """What ``_NAMED.finditer(text)`` gives, tried only where the lower-cased text says
    "effect", "cohen" or "hedge", where every match starts (``numbers.matches_at_words``)."""
    return matches_at_words(_NAMED, text, ("effect", "cohen", "hedge"))


def _bare_matches(text: str) -> list[re.Match[str]]:
    """What ``_BARE.finditer(text)`` gives, tried only at the character before the white
    space before each "=", where every match starts (``numbers.matches_at``)."""
    starts = (run_start(text, at, str.isspace) - 1 for at in word_starts(text, "="))
    return matches_at(_BARE, text, (at for at in starts if at >= 0))


def find_standardized_effects(text: str) -> list[EffectSize]:
    """Cohen's d and Hedges' g with their interval (see the module docstring), in text order;
    a bare letter only where ``numbers.in_statistics_bracket``."""
    found: list[EffectSize] = []
    for m in _named_matches(text):
        found.extend(_effect(text, m))
    for m in _bare_matches(text):
        if in_statistics_bracket(text, m.start()) and not any(
            f.start <= m.start() < f.end for f in found
        ):
            found.extend(_effect(text, m))
    return sorted(found, key=lambda f: f.start)


def _effect(text: str, m: re.Match[str]) -> list[EffectSize]:
    """The effect a match gives, or none when its value is unreadable or out of bounds."""
    value = parse_number(m.group("val"))
    if value is None or abs(value) >= _LIMIT:
        return []
    interval = interval_after(text, m.end())
    end = interval.end if interval else m.end()
    return [EffectSize(MEASURE, value, interval, m.start(), end)]
