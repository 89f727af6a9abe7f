"""Arms named only where a count of people is split by arm in a bracket (pure functions):
"Of 47 patients eligible for response (25 drug K, 22 drug L)", "data from 125 patients (63
TE and 62 TEL patients)", "40 (RISP: n = 17; DVPX: n = 14; placebo: n = 9) were analysed".

Not a component: ``evg_arms`` takes these last, when nothing else named the arms. The parts
must add up to a count written just before the bracket, count people (not deaths, studies or
cases) and be two to four; each part's name must be written elsewhere in the text too (an arm
the abstract talks about), and none may say who the people are ("6 male and 2 female"); the
text must say it is randomised.
"""

from __future__ import annotations

import re

from extractors.components.arm_group_pairs import NOT_GIVEN, RANDOMISED
from extractors.components.arm_labels import ArmPhrase
from extractors.numbers import COUNT_PATTERN, WORD_NUMBER_PATTERN, parse_count

_BRACKET = re.compile(r"\((?P<items>[^()\[\]]{3,160})\)")
_SEPARATOR = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)\s*")
_PEOPLE = r"(?:patients|participants|subjects|women|men|children|adults|people|pts)"
_NAME = r"[A-Za-z][\w+/&.-]*(?:\s+[\w+/&.-]+){0,3}?"
_COUNT_FIRST = re.compile(
    rf"(?:n\s*=\s*)?(?P<n>{COUNT_PATTERN})\s+(?:(?:to|in|on|with|given|receiving)\s+)?"
    rf"(?:the\s+)?(?P<name>{_NAME})(?:\s+(?:{_PEOPLE}|arm|group))?"
)
_NAME_FIRST = re.compile(
    rf"(?P<name>{_NAME})(?:\s+(?:arm|group))?\s*[:,=]?\s*(?:n\s*=\s*)?(?P<n>{COUNT_PATTERN})"
)
_TOTAL = re.compile(rf"(?i)(?<![\w.,/-])({COUNT_PATTERN}|{WORD_NUMBER_PATTERN})(?![\w%/])")
# a total of things other than people: its parts are no arms' sizes
_NOT_PEOPLE = re.compile(
    r"(?i)\b(?:deaths?|events?|recurrences?|relapses?|cancers?|tumou?rs?|studies|trials|"
    r"articles|papers|records|cases|instances|injuries|fractures|lesions|ureters|samples|"
    r"specimens|sites|centres|centers|hospitals|cycles|doses|eyes|teeth|knees|hips|curves|"
    r"responses|episodes|visits|procedures|operations|breasts|nodes)\b"
)
_WORD = re.compile(r"[A-Za-z][\w+/-]*")


def _parts(items: str) -> list[tuple[str, int, int]] | None:
    """(name, its offset in ``items``, count) per part of a bracket, or None."""
    parts = []
    pieces = _SEPARATOR.split(items.strip())
    cursor = 0
    for piece in pieces:
        at = items.find(piece, cursor)
        cursor = at + len(piece)
        m = _COUNT_FIRST.fullmatch(piece) or _NAME_FIRST.fullmatch(piece)
        n = parse_count(m["n"]) if m else None
        if m is None or n is None or n <= 0:
            return None
        parts.append((m["name"], at + m.start("name"), n))
    return parts if 2 <= len(parts) <= 4 else None


def _total_before(text: str, at: int, total: int) -> bool:
    """Whether ``total`` is written within the eight words before ``at`` and counts people."""
    window = text[max(0, at - 90) : at]
    words = list(_TOTAL.finditer(window))
    for m in words:
        if parse_count(m.group(1)) == total and len(window[m.end() :].split()) <= 8:
            return not _NOT_PEOPLE.search(window, m.end())
    return False


def _named_elsewhere(text: str, name: str, start: int, end: int) -> bool:
    """Whether a word of ``name`` (its longest) is written outside ``text[start:end]``."""
    word = max(_WORD.findall(name), key=len, default="")
    if len(word) < 2:
        return False
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
    return any(not start <= m.start() < end for m in pattern.finditer(text))


def split_total_arms(text: str) -> list[ArmPhrase]:
    """The arms of the first bracket that splits a count of people by arm (see the module
    docstring), each with its count, else []."""
    if not RANDOMISED.search(text):
        return []
    for m in _BRACKET.finditer(text):
        parts = _parts(m["items"])
        if parts is None or not _total_before(text, m.start(), sum(n for _, _, n in parts)):
            continue
        names = [name for name, _, _ in parts]
        if any(NOT_GIVEN.fullmatch(name) for name in names):
            continue
        if not all(_named_elsewhere(text, name, m.start(), m.end()) for name in names):
            continue
        base = m.start("items")
        return [ArmPhrase(name, base + at, base + at + len(name), n) for name, at, n in parts]
    return []
