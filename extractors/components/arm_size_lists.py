"""Arm sizes written as a list of names and counts (pure functions).

Not a component: ``evg_arms`` maps the names this gives to its arms (``arms.fill_listed_sizes``).
Two forms, each in a sentence that allocates, enrols or includes the people and reports no
events:

- counts, then the arms "respectively": "271 and 278 patients received A and B,
  respectively", "(49 and 50 in the intervention and control groups, respectively)";
- a bracket of names each with its count: "(TAM 64, ACT 65)", "(A arm 87, B arm 82)",
  "(A + B, 482; C + B, 238)", "(Arm A: 284, Arm B: 277)".

Each gives its (name, count) pairs in order; none where the names are not as many as the
counts (a name with "and" in it, "A and B versus C", splits into too many).
"""

from __future__ import annotations

import re

from extractors.components.arm_phrases import reports_events
from extractors.components.arm_respective import LIST_GAP
from extractors.numbers import COUNT_PATTERN, SUBJECT_NOUNS_PATTERN, parse_count
from extractors.numbers_summary import sentence_bounds

# what makes a sentence's counts the arms' sizes: the people were allocated, enrolled, ...
_ALLOCATED = re.compile(
    r"(?i)\b(?:randomi[sz]ed|randomly|assigned|allocated|enrolled|included|recruited|received|"
    r"comprised)\b"
)
_COUNT = rf"(?<![\w.,/])(?:{COUNT_PATTERN})(?![\w%/]|[.,]\d)"

_RESPECTIVELY = re.compile(
    rf"(?P<counts>{_COUNT}(?:\s*,\s*{_COUNT})*,?\s+and\s+{_COUNT})"
    rf"\s+(?:(?:{SUBJECT_NOUNS_PATTERN})\s+)?(?:(?:were|was)\s+)?(?:(?:randomly|randomi[sz]ed|"
    r"assigned|allocated|enrolled|included|recruited|received|receiving)\s+)*"
    r"(?:(?:to|in|into|with|on)\s+)?(?:(?:receive|the)\s+)*"
    r"(?P<names>[^.;:()\[\]]{2,120}?),?\s+respectively\b"
)

_ITEM = (
    r"(?P<name>[A-Za-z][\w+/&-]*(?:\s+[\w+/&-]+){0,4}?)\s*[:,]?\s*"
    rf"(?P<n>{_COUNT})(?:\s+(?:{SUBJECT_NOUNS_PATTERN}|pts))?"
)
_UNNAMED_ITEM = _ITEM.replace("?P<name>", "?:").replace("?P<n>", "?:")
_BRACKET = re.compile(rf"\(\s*(?P<items>{_UNNAMED_ITEM}(?:\s*[;,]\s*{_UNNAMED_ITEM})+)\s*\)")
_ONE_ITEM = re.compile(_ITEM)


def _allocating(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` allocates or enrols people and counts no events."""
    start, end = sentence_bounds(text, at, at)
    return bool(_ALLOCATED.search(text, start, end)) and not reports_events(text[start:end])


def respective_sizes(text: str) -> list[list[tuple[str, int]]]:
    """Per sentence of ``text``, the arms' names and counts of a "respectively" list (see the
    module docstring)."""
    found = []
    for m in _RESPECTIVELY.finditer(text):
        counts = [parse_count(c) for c in re.findall(_COUNT, m["counts"])]
        names = [n.strip() for n in LIST_GAP.split(m["names"]) if n.strip()]
        if len(names) != len(counts) or None in counts or not _allocating(text, m.start()):
            continue
        found.append([(name, n) for name, n in zip(names, counts, strict=True) if n is not None])
    return found


def bracket_sizes(text: str) -> list[list[tuple[str, int]]]:
    """Per bracket of ``text`` that lists names with their counts (see the module docstring),
    the names and counts."""
    found = []
    for m in _BRACKET.finditer(text):
        if not _allocating(text, m.start()):
            continue
        pairs = []
        for item in re.split(r"\s*[;,]\s*(?=[A-Za-z])", m["items"]):
            one = _ONE_ITEM.fullmatch(item.strip())
            n = parse_count(one["n"]) if one else None
            if one is None or n is None:
                break
            pairs.append((one["name"], n))
        else:
            found.append(pairs)
    return found
