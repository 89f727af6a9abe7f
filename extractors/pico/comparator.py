"""The comparator step: which predicted intervention spans are comparator (control) arms.

The tagger pools interventions and comparators (as EBM-NLP does); this step relabels an
intervention span as "comparator" when one of four rules holds:

1. control wording: the span names a control condition (placebo, sham, usual / standard /
   routine / conventional care or treatment, "control group", no treatment, waiting list,
   vehicle, treatment as usual, best supportive care);
2. monotherapy of a combination: another intervention span in the abstract is this span's
   text followed by a combination word (plus, +, with, combined with, in combination with,
   and) and more, e.g. "drug A" beside "drug A plus drug B", or preceded by "... added to";
   the add-on ("drug B") is not a comparator;
3. compared-with context: the span follows "compared with", "compared to", "versus", "vs"
   or "than" (articles and brackets may stand between), as in "drug A versus drug B";
4. the arm's own wording (``is_control_arm``): a span that ends in "alone" or "only"
   ("chemotherapy alone", "advice only"), starts with "no" or "not" ("no radiotherapy";
   not "without": "with or without X" arms are interventions more often than not in
   PICO-Corpus), names the reference product of a biosimilar trial ("reference
   trastuzumab"), is saline and nothing else ("normal saline"), or is usual care with one
   more word ("routine wound care", "standard medical care").

Rules 2 and 3 apply to every span of the same (normalised) text. Rule 3 is dropped when it
would leave no span of the abstract an intervention, since "A versus B" then also reads
"B versus A" somewhere.

Example: in "Drug A plus drug B versus drug A alone or placebo", "drug A alone" (rule 2,
3) and "placebo" (rule 1) are comparators; "Drug A plus drug B" is an intervention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]

_CONTROL = re.compile(
    r"\b(placebos?|sham|dumm(?:y|ies)|vehicle|controls?|usual[- ]care|treatment[- ]as[- ]usual"
    r"|(?:standard|routine|conventional|usual|regular)(?:[- ]of)?[- ](?:care|treatments?|"
    r"therap(?:y|ies)|practice|management|medical therapy)"
    r"|best[- ]supportive[- ]care|no[- ](?:treatment|intervention|therapy)"
    r"|wait(?:ing)?[- ]?list(?:ed)?)\b",
    re.IGNORECASE,
)
_COMBINATION = re.compile(
    r"^(?:\s*(?:\+|plus|with|combined with|in combination with|and|added to|together with)\b)"
    r"|(?:\b(?:plus|with|combined with|in combination with|and|added to|together with)\s*|\+\s*)$",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bthan)\s*(?:\(|\bthe\s+|\ban?\s+|\bwith\s+)*$",
    re.IGNORECASE,
)
_MONO = re.compile(r"\s+(?:alone|only|monotherapy|by itself)\s*$", re.IGNORECASE)
_ARM_WORDING = re.compile(
    r"\s(?:alone|only)[\s.,;:)]*$"
    r"|^\W*(?:no|not)\b"
    r"|^\W*(?:the\s+)?reference\s+\w"
    r"|^\W*(?:(?:normal|physiologic(?:al)?|isotonic|0\.9\s?%)\s+)?saline"
    r"(?:\s+(?:solution|injections?|infusions?|placebo))?[\s.,;:)]*$"
    r"|\b(?:standard|routine|conventional|usual|regular)[- ]\w+[- ]care\b",
    re.IGNORECASE,
)
_LOOKBEHIND = 40


def normalise(text: str) -> str:
    """Lower-case, single spaces, without a trailing "alone"/"only"/"monotherapy"."""
    return _MONO.sub("", " ".join(text.lower().split())).strip(" .,;:()")


def is_control_wording(text: str) -> bool:
    """Rule 1: the span names a control condition."""
    return _CONTROL.search(text) is not None


def is_control_arm(text: str) -> bool:
    """Rule 4: the span's own wording makes it the control arm (module docstring)."""
    return _ARM_WORDING.search(text) is not None


def names_control(text: str) -> bool:
    """Rule 1 or rule 4: the span's own words make it a control arm."""
    return is_control_wording(text) or is_control_arm(text)


def _is_monotherapy(name: str, others: Sequence[str]) -> bool:
    for other in others:
        if other == name or name not in other:
            continue
        at = other.find(name)
        before, after = other[:at], other[at + len(name) :]
        if (after.strip() and _COMBINATION.search(after) and not _ADDED_TO.match(after)) or (
            before.strip() and _ADDED_TO_END.search(before)
        ):
            return True
    return False


# The base therapy of a combination is the comparator arm ("drug A" beside "drug A plus drug
# B"); the add-on is not ("drug B"), except when written "drug B added to drug A".
_ADDED_TO = re.compile(r"\s*added\s+to\b", re.IGNORECASE)
_ADDED_TO_END = re.compile(r"\badded\s+to\s*$", re.IGNORECASE)


def comparator_flags(text: str, spans: Sequence[Span]) -> list[bool]:
    """For each intervention span ``(start, end)`` of ``text``, whether it is a comparator."""
    names = [normalise(text[s:e]) for s, e in spans]
    control = [names_control(text[s:e]) for s, e in spans]
    mono = {n for n in names if n and _is_monotherapy(n, names)}
    compared = {
        name
        for (start, _), name in zip(spans, names, strict=True)
        if name and _COMPARED.search(text[max(0, start - _LOOKBEHIND) : start])
    }
    flags = [c or n in mono or n in compared for c, n in zip(control, names, strict=True)]
    if spans and all(flags):
        flags = [c or n in mono for c, n in zip(control, names, strict=True)]
    return flags
