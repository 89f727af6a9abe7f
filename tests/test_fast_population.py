"""Faster scans of the population readers (``extractors.population_facts``, ``evg_population``)
that must find exactly what the plain patterns find: the age and sex words searched in the text
lower-cased once, their \\b written after their first letter; the count verbs looked for in
the lower-cased text; look-aheads for the first characters (``opening_with``)."""

from __future__ import annotations

import re

import pytest

from extractors import population_facts
from extractors.caseless import lowered
from extractors.components import population
from extractors.numbers import matches_at_words
from extractors.population_facts import age_group, participant_counts, sex
from tests.guard_checks import (
    check_finds_what_the_plain_pattern_finds,
    check_texts_catch_a_missing_first_character,
    each,
    found,
    random_texts,
)

# the patterns as they were written before: \b first
PLAIN_AGE_WORDS = (
    ("infants", re.compile(r"(?i)\b(?:infants?|neonates?|newborns?|bab(?:y|ies)|preterms)\b")),
    ("children", re.compile(r"(?i)\b(?:children|child|paediatric|pediatric|schoolchildren)\b")),
    ("adolescents", re.compile(r"(?i)\b(?:adolescents?|teenagers?|youths?)\b")),
    ("older adults", re.compile(r"(?i)\b(?:elderly|older\s+(?:adults|people|patients|persons))\b")),
    ("adults", re.compile(r"(?i)\badults?\b")),
)
PLAIN_FEMALE = re.compile(
    r"(?i)\b(?:women|woman|females?|girls|mothers|pregnant|postmenopausal|premenopausal)\b"
)
PLAIN_MALE = re.compile(r"(?i)\b(?:(?<!wo)men|(?<!fe)males?|boys|fathers)\b")

PIECES = [
    "infant", "Infants", "NEONATE", "newborns", "baby", "babies", "preterm", "preterms",
    "children", "Child", "paediatric", "pediatric", "schoolchildren", "adolescents", "teenager",
    "youths", "elderly", "older adults", "Older  people", "adults", "Adult", "women", "WOMAN",
    "females", "girls", "mothers", "pregnant", "postmenopausal", "premenopausal", "men", "Men",
    "males", "boys", "fathers", "aged", "Age", " 65 years or older", " 18 to 40 years",
    " under 12", " over 70", "enrolled", "recruited", "randomised", "Randomly assigned",
    "analyzed", "included in the final analysis", "evaluable", "completed the study",
    "participated", "took part", "120", "Eighty six", "1,204", "patients", "were", "systematic",
    " review", "meta-analysis", "literature review", "this review", "scoping", "umbrella",
    " ", ", ", ". ", "-", "x", "_", "wo", "fe", "İ", "ı", "ſ", "\u212a", "é", "3",
]  # fmt: skip
TEXTS = [
    "We enrolled 150 women aged 65 years or older; 120 were randomised and 110 were analysed.",
    "Infants, neonates, newborn babies and preterms; children, a child, paediatric, pediatric"
    " and schoolchildren; adolescents, teenagers, youths; the elderly, older adults; adults.",
    "Women, a woman, females, girls, mothers, pregnant, postmenopausal and premenopausal; men,"
    " males, boys, fathers; not wOmen, feMales, xmen or _boys.",
    "A total of 300 patients were recruited, 280 randomly assigned, 270 took part, 260"
    " participated, 250 were included in the final analysis and 240 were evaluable; Eighty"
    " six completed the study. Randomised 49 outpatients; enrolled 120 adults.",
    "A systematic review, a systematically reviewed set, meta-analyses, a literature review,"
    " scoping and umbrella reviews, this review; aged 18 to 40 years, Age over 70, aged under"
    " 12, ages 5-9 years.",
    "ıNFANTS, İnfant, Chİld, ſchoolchildren, Pregnant\u212a, MEN, WOMEN, ſons",
    # a count in words that opens with each letter such a count may open with
    "eight were enrolled; five were randomised; Forty were recruited; nine were analysed;"
    " Nineteen were enrolled; one was randomised; One hundred were recruited; Six were"
    " enrolled; two were analysed; Twelve were randomised; seven were enrolled; Eleven were"
    " recruited; ten were analysed; Fifteen were randomised; Three were enrolled.",
]
RANDOM = random_texts(TEXTS, PIECES, 2500, seed=51)
ALL = ["", *TEXTS, *RANDOM]

GUARDED = {
    "population_facts._BEFORE_VERB": population_facts._BEFORE_VERB,
    "population_facts._AGE_BOUND": population_facts._AGE_BOUND,
    "population._REVIEW_WORDS": population._REVIEW_WORDS,
}


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_guarded_patterns_find_what_the_plain_ones_find(name: str) -> None:
    check_finds_what_the_plain_pattern_finds(GUARDED[name], ALL)


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_the_texts_catch_a_guard_that_leaves_a_first_character_out(name: str) -> None:
    check_texts_catch_a_missing_first_character(GUARDED[name], TEXTS + RANDOM[:300])


def test_words_written_letter_first_find_what_the_plain_patterns_find() -> None:
    pairs = [
        *zip(
            [p for _, p in population_facts._AGE_WORDS],
            [p for _, p in PLAIN_AGE_WORDS],
            strict=True,
        ),
        (population_facts._FEMALE, PLAIN_FEMALE),
        (population_facts._MALE, PLAIN_MALE),
    ]
    fast_ones = [
        *(fast for _, fast in population_facts._AGE_WORDS_FAST),
        population_facts._FEMALE_FAST,
        population_facts._MALE_FAST,
    ]

    def check(text: str) -> None:
        lower = lowered(text)
        for (pattern, plain), fast in zip(pairs, fast_ones, strict=True):
            assert found(pattern.finditer(text)) == found(plain.finditer(text)), plain.pattern
            assert fast.found_in(text, lower) is (plain.search(text) is not None), plain.pattern

    each(ALL, check)


class _PlainSearch:
    """A plain search in the shape of ``caseless.LowerCaseSearch.found_in``."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def found_in(self, text: str, lower: str | None) -> bool:
        return self.pattern.search(text) is not None


def test_age_group_and_sex_as_the_plain_searches(monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as plain:
        words = tuple((group, _PlainSearch(pattern)) for group, pattern in PLAIN_AGE_WORDS)
        plain.setattr(population_facts, "_AGE_WORDS_FAST", words)
        plain.setattr(population_facts, "_FEMALE_FAST", _PlainSearch(PLAIN_FEMALE))
        plain.setattr(population_facts, "_MALE_FAST", _PlainSearch(PLAIN_MALE))
        expected = [(age_group(text), sex(text)) for text in ALL]
    assert [(age_group(text), sex(text)) for text in ALL] == expected
    assert {group for group, _ in expected} >= {*dict(PLAIN_AGE_WORDS), None}
    assert {one for _, one in expected} == {"female", "male", None}
    assert age_group(TEXTS[0]) == "older adults" and sex(TEXTS[0]) == "female"
    assert age_group("aged 18 to 40 years") == "adults" and sex("Men and women") is None


def test_count_verbs_looked_for_in_the_lower_cased_text() -> None:
    def check(text: str) -> None:
        for pattern, words in (
            (population_facts._COUNT_VERB, population_facts._COUNT_VERB_WORDS),
            (population_facts._VERB_BEFORE, population_facts._VERB_BEFORE_WORDS),
        ):
            assert found(matches_at_words(pattern, text, words)) == found(pattern.finditer(text))

    each(ALL, check)
    counts = participant_counts(TEXTS[0])
    assert (counts.enrolled, counts.randomised, counts.analysed) == (150, 120, 110)
