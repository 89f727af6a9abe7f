"""Arms named by what a trial is said to be of: "a randomized controlled trial of weight
lifting or standard care among survivors", "a randomised trial of interpersonal therapy,
problem solving therapy, and supportive therapy for depression".

Not a component: ``evg_arms`` reads these as its last resort, when no allocation sentence,
title, comparison or received treatment named the arms. The words after "(randomized |
controlled | pilot ...) trial/study of" up to a preposition that opens the population or
the setting ("in", "for", "among", ...) or a punctuation mark are read as an allocation
sentence's list of arms (``arm_lists.listed_arms``: split at "or", "versus", "vs" and
commas); "and" joins arms only in a list of three or more with commas ("A, B, and C"),
since "a trial of exercise and diet" tests one combined treatment. Fewer than two items, an
item with a digit or a bracket, or one that names what is measured ("the effect of A or B")
give none; one item of a "placebo-controlled trial of X" is X against placebo.
"""

from __future__ import annotations

import re

from extractors.components.arm_comparisons import COMPARISON_SECTIONS
from extractors.components.arm_filters import usable_arms
from extractors.components.arm_labels import ArmPhrase, shifted, trim
from extractors.components.arm_lists import listed_arms
from extractors.components.sections import Sentence

_TRIAL_OF = re.compile(
    r"(?i)\b(?:randomi[sz]ed|controlled|comparative|pilot|cross-?over)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:trial|study)\s+of\s+"
    r"(?!(?:the\s+)?(?:effects?|efficacy|safety|impact|role|use|value|benefits?)\b)"
    # no number, but a digit in a name ("32P", "5-FU")
    r"(?P<list>(?:[^:;.?()\[\]%=\d]|\d(?=[\d-]*[A-Za-z])){3,160}?)"
    r"(?=\s+(?:in|for|on|among|after|during|at|as|to|from|before|versus\s+no)\b|\s*[:;.?()\[\]]|$)"
)
# "A, B(,) and C": a list of three or more, which ``listed_arms`` reads as two at its "and"
_ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def trial_of_arms(sentences: list[Sentence]) -> list[ArmPhrase]:
    """The arms of the first title, objective, methods or unlabelled sentence that says
    what the trial was of (see the module docstring), else []."""
    for sent in sentences:
        if sent.category not in COMPARISON_SECTIONS or "of" not in sent.text:
            continue
        phrases = usable_arms(listed_trial_arms(sent.text))
        if phrases:
            return shifted(phrases, sent.start)
    return []


def listed_trial_arms(text: str) -> list[ArmPhrase]:
    """The arms "a randomized trial of A or B" names in ``text`` (offsets in ``text``): the
    list read as an allocation's list of arms (``listed_arms``: "or", "versus", commas), else
    split at the commas and "and" of "A, B, and C"."""
    for m in _TRIAL_OF.finditer(text):
        start, end = m.span("list")
        phrases = listed_arms(text, start, end) or _and_list(text, start, end)
        if phrases:
            return phrases
        if _PLACEBO_CONTROLLED.search(text, max(0, m.start() - 8), m.end()):
            # "the placebo-controlled trial of letrozole": letrozole against placebo
            s, e = trim(text, start, end)
            if e > s and re.search(r"[A-Za-z]{3}", text[s:e]) and " and " not in text[s:e]:
                return [
                    ArmPhrase(text[s:e], s, e, None),
                    ArmPhrase("placebo", s, e, None, written=False),
                ]
    return []


_PLACEBO_CONTROLLED = re.compile(r"(?i)\bplacebo\W{1,2}controlled\b")  # any hyphen


def _and_list(text: str, start: int, end: int) -> list[ArmPhrase]:
    """The items of "A, B(,) and C" in ``text[start:end]``: three or more, with a comma."""
    cuts = list(_ITEM_SEPARATOR.finditer(text, start, end))
    if len(cuts) < 2 or not any("," in c.group(0) for c in cuts):
        return []  # "a trial of exercise and diet": one treatment
    bounds = [start, *(x for c in cuts for x in (c.start(), c.end())), end]
    phrases = []
    for s, e in zip(bounds[::2], bounds[1::2], strict=True):
        s, e = trim(text, s, e)
        if e <= s or not re.search(r"[A-Za-z]{3}", text[s:e]):
            return []
        phrases.append(ArmPhrase(text[s:e], s, e, None))
    return phrases
