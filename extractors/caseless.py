"""Faster case-insensitive searches for patterns spelt in lower case.

A pattern compiled with ``(?i)`` whose literal letters are all lower case finds the same
places, several times faster, when it is searched without ``(?i)`` in the lower-cased text,
except where a letter that ``(?i)`` matches to an ASCII letter lower-cases to something
else ("İ", dotless "ı", long "ſ"): texts holding one are searched the plain way.
``LowerCaseSearch`` does both and returns matches on the original text.

Example: ``LowerCaseSearch(re.compile(r"(?i)randomi[sz]ed")).search("Randomised, 40")``
matches "Randomised".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

FOLDS_APART = ("İ", "ı", "ſ")
"""Letters that (?i) reads as ASCII ones but that lower-case to something else."""


def lowered(text: str) -> str | None:
    """``text.lower()``, in which a pattern spelt in lower case finds what it finds with
    ``(?i)`` in ``text``, at the same offsets; None where ``text`` holds a letter of
    ``FOLDS_APART`` (search ``text`` with ``(?i)`` then)."""
    if "İ" in text or "ı" in text or "ſ" in text:  # FOLDS_APART, written out: no generator
        return None
    return text.lower()


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether the lower-cased ``text`` holds one of ``words`` (spelt in lower case): a quick
    test before a ``(?i)`` pattern every match of which holds one of them. True where ``text``
    does not lower-case letter for letter (``lowered``): the pattern decides there."""
    lower = lowered(text)
    return lower is None or any(word in lower for word in words)


class LowerCaseSearch:
    """``pattern`` (compiled with a leading ``(?i)``, its letters in lower case), searched in
    the lower-cased text and matched again on the original where it was found. ``pos`` and
    ``endpos`` are those of ``re.Pattern.search``; the ``*_in`` forms take ``lower``, the
    ``lowered`` text (or of at least its first ``endpos`` characters), from a caller that
    lower-cased it once for several searches."""

    __slots__ = ("_lower", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.pattern.startswith("(?i)"):
            raise ValueError("the pattern must start with (?i)")
        self.pattern = pattern
        self._lower = re.compile(pattern.pattern.removeprefix("(?i)"))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match of ``pattern`` in ``text``."""
        return self.search_in(text, lowered(text[:endpos]), pos, endpos)

    def search_in(
        self, text: str, lower: str | None, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        """``search(text, pos, endpos)``, ``lower`` being ``lowered(text)``."""
        end = len(text) if endpos is None else endpos
        if lower is None:
            return self.pattern.search(text, pos, end)
        found = self._lower.search(lower, pos, end)
        return self.pattern.match(text, found.start(), end) if found else None

    def found(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether ``pattern`` matches anywhere in ``text``."""
        return self.found_in(text, lowered(text[:endpos]), pos, endpos)

    def found_in(
        self, text: str, lower: str | None, pos: int = 0, endpos: int | None = None
    ) -> bool:
        """``found(text, pos, endpos)``, ``lower`` being ``lowered(text)``."""
        end = len(text) if endpos is None else endpos
        if lower is None:
            return self.pattern.search(text, pos, end) is not None
        return self._lower.search(lower, pos, end) is not None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text, pos, endpos)`` gives."""
        end = len(text) if endpos is None else endpos
        lower = lowered(text[:endpos])
        if lower is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        for m in self._lower.finditer(lower, pos, end):
            found = self.pattern.match(text, m.start(), end)
            if found is not None:  # always: the same pattern, case-blind, at the same place
                yield found
