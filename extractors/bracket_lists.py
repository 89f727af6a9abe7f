"""Separators of a written list that stand outside brackets, and a text's words outside them.

``separators(text, start, end, pattern, starts)`` gives the ``(start, end)`` of each match of
``pattern`` in ``text[start:end]`` that lies outside round and square brackets, trying it only
at the characters in ``starts`` (the first characters its matches can have), left to right
without overlaps: "pain (at rest, on coughing), nausea and vomiting" has separators after
"coughing)" and before "vomiting", none inside the bracket. ``without_brackets(text)`` blanks
each innermost bracket, so that what the text says outside its asides and statistics can be
searched. ``bracket_end(text, open_at)`` is where a bracket closes, nested ones skipped.
"""

from __future__ import annotations

import re


def separators(
    text: str, start: int, end: int, pattern: re.Pattern[str], starts: str
) -> list[tuple[int, int]]:
    """The non-empty matches of ``pattern`` outside brackets (see the module docstring)."""
    found = []
    depth = 0
    i = start
    while i < end:
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in starts:
            m = pattern.match(text, i, end)
            if m and m.end() > m.start():
                found.append((m.start(), m.end()))
                i = m.end()
                continue
        i += 1
    return found


_INNERMOST_BRACKET = re.compile(r"[(\[][^()\[\]]*[)\]]")


def without_brackets(text: str) -> str:
    """``text`` with each innermost round or square bracket replaced by one space ("lower (p =
    0.01) in group A" -> "lower   in group A"); a bracket holding another keeps its outer
    part."""
    return _INNERMOST_BRACKET.sub(" ", text)


def bracket_end(text: str, open_at: int) -> int:
    """Where the bracket opening at ``open_at`` closes (nested brackets skipped), or the end of
    the text when it does not close."""
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] in "([":
            depth += 1
        elif text[i] in ")]":
            depth -= 1
            if depth == 0:
                return i
    return len(text)
