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
from collections.abc import Iterable

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
    the lower-cased text and matched again on the original where it was found."""

    __slots__ = ("_lower", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.pattern.startswith("(?i)"):
            raise ValueError("the pattern must start with (?i)")
        self.pattern = pattern
        self._lower = re.compile(pattern.pattern.removeprefix("(?i)"))

    def search(self, text: str) -> re.Match[str] | None:
        """The first match of ``pattern`` in ``text``."""
        lower = lowered(text)
        if lower is None:
            return self.pattern.search(text)
        found = self._lower.search(lower)
        return self.pattern.match(text, found.start()) if found else None

    def found(self, text: str) -> bool:
        """Whether ``pattern`` matches anywhere in ``text``."""
        return self.found_in(text, lowered(text))

    def found_in(self, text: str, lower: str | None) -> bool:
        """``found(text)`` where ``lower`` is ``lowered(text)``, lower-cased once by the caller
        for several searches."""
        if lower is None:
            return self.pattern.search(text) is not None
        return self._lower.search(lower) is not None
