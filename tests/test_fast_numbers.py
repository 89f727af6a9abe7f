"""Faster scans of the quantity readers (``extractors.numbers``, ``numbers_summary``) that must
find exactly what the plain patterns find: the look-ahead of ``opening_with``, the median
words looked for in the lower-cased text, "n =" tried only before its sign."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from extractors import numbers, numbers_summary
from extractors.numbers import SIGNED_FIRST, matches_at_words, opening_with

PIECES = [
    "5", "12.5", "−3", "-", "- ", "‒1", "–2", "0·4", ".7", "1,204", "24\u00a0749", "3∙1", "±",
    "+/-", "(", ")", "[", "]", "%", " ", "  ", "\n", "\u00a0", ",", ";", ":", "=", "/", ".",
    "median", "Median", "MEDIAN", "medians", "IQR", "iqr", "range", "interquartile range",
    "Q1-Q3", "mean", "Mean", "SD", "s.d.", "SD ±", "vs", "vs.", "v", "v.", "versus", "and",
    " respectively", " to ", "n", "N", " n = ", "n:", "mg", "points", "months", " follow-up",
    " age", " of ", " was ", "İ", "ı", "ſ", "\u212a", "x", "_", "é", "m",
]  # fmt: skip
# each pattern's match opening with each sign and decimal point a number may open with
FORMS = ["5", "-5", "−5", "‒5", "–5", ".5", "·5", "∙5", "⋅5", "- 5"]
TEMPLATES = ["{} (SD 1)", "{} vs 6 mg", "{} and 6 mg, respectively", "{} (1 to 9) days"]
TEXTS = [
    "Median stay was 6 days (IQR 4–9) vs 7 (5-9); medians 8.1 v 7.1 months.",
    "The median (range) was 4.0 [2.0-6.0] vs 7.0 [5.0-9.0] days, median [IQR].",
    "Scores were 12.3 (SD 4.5) and −0.4 (s.d. = 0.2); 3.1 vs 4.2 points, 2.7 and 2.8 months,"
    " respectively.",
    "Patients (n = 31) and controls (N=120; n: 40), n =\u00a05, an = 3, n=2/3, n = 1,204.",
    "MEDİAN 5 (1-9) and medıan 6 (2-8), meſian 3 (1-4)",
    "; ".join(template.format(form) for template in TEMPLATES for form in FORMS) + ".",
    "; ".join(f"median {form} vs 6 h" for form in FORMS) + ".",
    "",
]


# single characters the edits of ``_random_texts`` insert or write over others: the first
# characters of the patterns' matches and their neighbours, and letters that (?i) reads as
# ASCII ones or that lower-case to something longer
EDITS = "0123456789.·∙⋅-−‒–±()[]%,;:=/ \n\u00a0mMnNvsSDİıſ\u212axé_"


def _random_texts(count: int, seed: int) -> list[str]:
    """Texts of the pieces above in random order, and the written texts with a few
    characters or pieces inserted, written over or taken out (so that many near-matches and
    matches opening with each possible character are tried)."""
    rng = random.Random(seed)
    texts = []
    for index in range(count):
        if index % 3 == 0:
            texts.append("".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))))
            continue
        text = rng.choice(TEXTS[:-1])
        for _ in range(rng.randint(1, 4)):
            at = rng.randint(0, len(text))
            edit = rng.choice(EDITS) if rng.random() < 0.8 else rng.choice(PIECES)
            cut = rng.choice((0, 0, 1, len(edit)))
            text = text[:at] + (edit if rng.random() < 0.9 else "") + text[at + cut :]
        texts.append(text)
    return texts


def _each(texts: list[str], check: Callable[[str], None]) -> None:
    """``check`` on each of ``texts`` within one test, naming the text that fails."""
    for text in texts:
        try:
            check(text)
        except AssertionError as error:
            raise AssertionError(f"{text!r}: {error}") from error


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without the look-ahead ``opening_with`` put before it."""
    plain = re.sub(r"\(\?=\[[^\]]*\]\)", "", pattern.pattern, count=1)
    assert plain != pattern.pattern, "no look-ahead to take away"
    return re.compile(plain)


def _found(
    matches: Iterable[re.Match[str]],
) -> list[tuple[tuple[int, int], tuple[str | Any, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def _same_scans(fast: re.Pattern[str], plain: re.Pattern[str], text: str) -> bool:
    """Whether ``fast`` finds what ``plain`` finds in ``text``: scanning all of it, and
    searching parts of it (as the readers search a window before a value)."""
    if _found(fast.finditer(text)) != _found(plain.finditer(text)):
        return False
    for start, end in ((0, len(text)), (len(text) // 3, len(text)), (1, len(text) - 2)):
        one, other = fast.search(text, start, end), plain.search(text, start, end)
        if (one and (one.span(), one.groups())) != (other and (other.span(), other.groups())):
            return False
    return True


GUARDED = {
    "numbers._LABELLED_SD": numbers._LABELLED_SD,
    "numbers_summary._MEDIAN": numbers_summary._MEDIAN,
    "numbers_summary._MEDIAN_HEADER": numbers_summary._MEDIAN_HEADER,
    "numbers_summary._MEDIAN_WORD": numbers_summary._MEDIAN_WORD,
    "numbers_summary._PLAIN_PAIR": numbers_summary._PLAIN_PAIR,
    "numbers_summary._PLAIN_PAIR_MEANS[0]": numbers_summary._PLAIN_PAIR_MEANS[0],
    "numbers_summary._PLAIN_PAIR_MEANS[1]": numbers_summary._PLAIN_PAIR_MEANS[1],
}


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_guarded_patterns_find_what_the_plain_ones_find(name: str) -> None:
    fast = GUARDED[name]
    plain = _unguarded(fast)

    def check(text: str) -> None:
        assert _same_scans(fast, plain, text)

    _each(TEXTS + _random_texts(2500, seed=31), check)


def _guard(pattern: re.Pattern[str]) -> tuple[str, list[str]]:
    """The flag and the characters of the look-ahead ``opening_with`` put before ``pattern``."""
    found = re.match(r"(\(\?i\))?\(\?=\[([^\]]*)\]\)", pattern.pattern)
    assert found is not None
    return found.group(1) or "", re.findall(r"\\.|.", found.group(2))


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_the_texts_catch_a_guard_that_leaves_a_first_character_out(name: str) -> None:
    """The checks above would fail for a look-ahead that misses any one of its characters:
    the texts open matches with each of them."""
    plain = _unguarded(GUARDED[name])
    flag, first = _guard(GUARDED[name])
    texts = TEXTS + _random_texts(300, seed=31)
    assert any(plain.search(text) for text in texts)
    for index, missing in enumerate(first if len(first) > 1 else ()):
        rest = "".join(first[:index] + first[index + 1 :])
        wrong = re.compile(f"{flag}(?=[{rest}]){plain.pattern.removeprefix(flag)}")
        assert not all(_same_scans(wrong, plain, text) for text in texts), missing


def test_opening_with_keeps_a_leading_case_flag_first() -> None:
    pattern = opening_with("m", r"(?i)\bmedians?\b")
    assert pattern.pattern == r"(?i)(?=[m])\bmedians?\b"
    assert [m.span() for m in pattern.finditer("MEDIANS, a median, median-x")] == [
        (0, 7),
        (11, 17),
        (19, 25),
    ]
    assert opening_with(SIGNED_FIRST, r"\d+").findall("a 12 b") == ["12"]


def test_median_words_looked_for_in_the_lower_cased_text() -> None:
    def check(text: str) -> None:
        for pattern in (numbers_summary._MEDIAN_HEADER, numbers_summary._MEDIAN_WORD):
            plain = _unguarded(pattern)
            fast = matches_at_words(pattern, text, ("median",))
            assert _found(fast) == _found(plain.finditer(text))

    _each(TEXTS + _random_texts(2500, seed=32), check)


def test_n_equals_tried_only_before_its_sign() -> None:
    plain = re.compile(r"(?<![A-Za-z])[nN]" + numbers._N_EQUALS.pattern.split("[nN])", 1)[1])

    def check(text: str) -> None:
        expected = _found(plain.finditer(text))
        assert _found(numbers._n_equals_matches(text)) == expected

    _each(TEXTS + _random_texts(3000, seed=33), check)
    sizes = numbers.find_sample_sizes(TEXTS[3])
    assert [(s.n, TEXTS[3][s.start : s.end]) for s in sizes] == [
        (31, "n = 31"),
        (120, "N=120"),
        (40, "n: 40"),
        (5, "n =\u00a05"),
        (1204, "n = 1,204"),
    ]


def test_medians_and_means_still_read() -> None:
    medians = numbers_summary.find_medians(TEXTS[0])
    assert [(m.median, m.low, m.high, m.spread) for m in medians] == [
        (6.0, 4.0, 9.0, "iqr"),
        (7.0, 5.0, 9.0, "iqr"),
        (8.1, None, None, None),
        (7.1, None, None, None),
    ]
    assert [(m.mean, m.sd) for m in numbers.find_mean_sds(TEXTS[2])] == [(12.3, 4.5), (-0.4, 0.2)]
