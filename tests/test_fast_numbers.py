"""Faster scans of the quantity readers (``extractors.numbers``, ``numbers_summary``) that must
find exactly what the plain patterns find: the look-ahead of ``opening_with``, the median
words looked for in the lower-cased text, "n =" tried only before its sign."""

from __future__ import annotations

import re

import pytest

from extractors import numbers, numbers_summary
from extractors.numbers import SIGNED_FIRST, matches_at_words, opening_with
from tests.guard_checks import (
    check_finds_what_the_plain_pattern_finds,
    check_texts_catch_a_missing_first_character,
    each,
    found,
    random_texts,
    unguarded,
)

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
]
RANDOM = random_texts(TEXTS, PIECES, 2500, seed=31)

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
    check_finds_what_the_plain_pattern_finds(GUARDED[name], ["", *TEXTS, *RANDOM])


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_the_texts_catch_a_guard_that_leaves_a_first_character_out(name: str) -> None:
    check_texts_catch_a_missing_first_character(GUARDED[name], TEXTS + RANDOM[:300])


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
            fast = matches_at_words(pattern, text, ("median",))
            assert found(fast) == found(unguarded(pattern).finditer(text))

    each(["", *TEXTS, *RANDOM], check)


def test_n_equals_tried_only_before_its_sign() -> None:
    plain = re.compile(r"(?<![A-Za-z])[nN]" + numbers._N_EQUALS.pattern.split("[nN])", 1)[1])

    def check(text: str) -> None:
        assert found(numbers._n_equals_matches(text)) == found(plain.finditer(text))

    each(["", *TEXTS, *RANDOM], check)
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
