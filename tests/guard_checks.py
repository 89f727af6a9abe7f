"""Checks for patterns behind the look-ahead of ``extractors.numbers.opening_with``: that they
find what the plain pattern finds, and that the texts checked would catch a look-ahead that
leaves out one of its characters. Used by the ``test_fast_*`` files."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from typing import Any

# single characters the edits of ``random_texts`` insert or write over others: the first
# characters of the patterns' matches and their neighbours, and letters that (?i) reads as
# ASCII ones ("ı", "ſ", the Kelvin sign) or that lower-case to something longer ("İ")
EDITS = "0123456789.·∙⋅-−‒–±()[]%,;:=/ \n\u00a0aAgGmMnNrRsStTvwWxDİıſ\u212aé_"


def random_texts(
    written: list[str], pieces: list[str], count: int, seed: int, edits: str = EDITS
) -> list[str]:
    """Texts of ``pieces`` in random order, and the ``written`` texts with a few characters or
    pieces inserted, written over or taken out (so that many near-matches are tried, and
    matches that open with each character a pattern's matches may open with)."""
    rng = random.Random(seed)
    texts = []
    for index in range(count):
        if index % 3 == 0:
            texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))))
            continue
        text = rng.choice(written)
        for _ in range(rng.randint(1, 4)):
            at = rng.randint(0, len(text))
            edit = rng.choice(edits) if rng.random() < 0.8 else rng.choice(pieces)
            cut = rng.choice((0, 0, 1, len(edit)))
            text = text[:at] + (edit if rng.random() < 0.9 else "") + text[at + cut :]
        texts.append(text)
    return texts


def each(texts: Iterable[str], check: Callable[[str], None]) -> None:
    """``check`` on each of ``texts`` within one test, naming the text that fails."""
    for text in texts:
        try:
            check(text)
        except AssertionError as error:
            raise AssertionError(f"{text!r}: {error}") from error


_GUARD = re.compile(r"(\(\?i\))?\(\?=\[([^\]]*)\]\)")


def guard(pattern: re.Pattern[str]) -> tuple[str, list[str]]:
    """The leading flag and the characters of the look-ahead ``opening_with`` put first."""
    found = _GUARD.match(pattern.pattern)
    assert found is not None, "no look-ahead first"
    return found.group(1) or "", re.findall(r"\\.|.", found.group(2))


def unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without the look-ahead ``opening_with`` put before it."""
    found = _GUARD.match(pattern.pattern)
    assert found is not None, "no look-ahead first"
    return re.compile((found.group(1) or "") + pattern.pattern[found.end() :])


def found(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[Any, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def same_scans(fast: re.Pattern[str], plain: re.Pattern[str], text: str) -> bool:
    """Whether ``fast`` finds what ``plain`` finds in ``text``: scanning all of it, and searching
    and matching parts of it (as the readers search a window before a value)."""
    if found(fast.finditer(text)) != found(plain.finditer(text)):
        return False
    for start, end in ((0, len(text)), (len(text) // 3, len(text)), (1, len(text) - 2)):
        for name in ("search", "match"):
            one = getattr(fast, name)(text, start, end)
            other = getattr(plain, name)(text, start, end)
            if found([one] if one else []) != found([other] if other else []):
                return False
    return True


def check_finds_what_the_plain_pattern_finds(fast: re.Pattern[str], texts: list[str]) -> None:
    plain = unguarded(fast)

    def check(text: str) -> None:
        assert same_scans(fast, plain, text)

    each(texts, check)


def check_texts_catch_a_missing_first_character(fast: re.Pattern[str], texts: list[str]) -> None:
    """The check above would fail for a look-ahead that misses any one of its characters: the
    ``texts`` hold matches that open with each of them."""
    plain = unguarded(fast)
    flag, first = guard(fast)
    assert any(plain.search(text) for text in texts)
    for index, missing in enumerate(first if len(first) > 1 else ()):
        rest = "".join(first[:index] + first[index + 1 :])
        wrong = re.compile(f"{flag}(?=[{rest}]){plain.pattern.removeprefix(flag)}")
        assert not all(same_scans(wrong, plain, text) for text in texts), missing
