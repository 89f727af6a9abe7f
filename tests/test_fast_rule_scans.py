"""Faster rule components that must read exactly what the plain scans read."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from extractors.caseless import LowerCaseSearch
from extractors.components.arm_phrases import (
    _NOT_ALLOCATION,
    _NOT_ALLOCATION_FAST,
    _RECEIVED_ALTERNATIVES,
    counted_arms,
    received_alternatives,
)
from extractors.components.arms import _ALLOCATION_HINT, _ALLOCATION_HINT_FAST
from extractors.components.clauses import _CLAUSE_SPLIT, _may_split
from extractors.components.direction_words import NO_DIFFERENCE, NOT_SIGNIFICANT
from extractors.components.population import _COUNT_CUE, _COUNT_CUE_FAST, _ENROLMENT_FAST
from extractors.named_values import _GROUP_VALUE, group_value_matches

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ebm_nlp" / "docs"

CUE_TEXTS = [
    "Ninety adults were RANDOMISED and 80 Completed the study.",
    "Those who Took  Part were analysed.",
    "We enrolled 40 people.",
    "None of the words here.",
    "İNCLUDED were 30",  # "İ" lower-cases to two characters: the plain scan is used
    "ſcreened 50 women",  # a long s that (?i) reads as "s"
    "the \u212aelvin scale",
    "",
]
COUNTED_TEXTS = [
    "Forty-two were assigned to drug A and forty-one to placebo.",
    "42 in the drug A group and 41 in the placebo group.",
    "(208 received drug A; 201, placebo)",
    "Patients were assigned to drug A or placebo.",
    "",
]
_ALPHABET = "aeinorstdgl ARNT0123456789,;.()-=İıſ\u212a\u00a0\n"


def _random_texts(count: int, seed: int = 6) -> list[str]:
    rng = random.Random(seed)
    words = [
        "randomized", "Enrolled", "took part", "Deaths", "lost to", "Withdrew", "Allocated",
        "split", "twenty-one", "Forty", "one", "hundred", "n = 12",
        "were", "assigned", "to", "in", "the", "group", "placebo", "and", "died", "received",
    ]  # fmt: skip
    texts = []
    for _ in range(count):
        pieces = [
            rng.choice(words) if rng.random() < 0.6 else rng.choice(_ALPHABET)
            for _ in range(rng.randint(0, 30))
        ]
        texts.append(" ".join(pieces) if rng.random() < 0.5 else "".join(pieces))
    return texts


def _doc_texts(limit: int = 2000) -> list[str]:
    if not DOCS.is_dir():
        return []
    return [p.read_text(errors="replace") for p in sorted(DOCS.glob("*.txt"))[:limit]]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_population_count_cue_as_the_plain_scan(text: str) -> None:
    assert _COUNT_CUE_FAST.found(text) == bool(_COUNT_CUE.search(text))


def test_counted_arms_still_read_counts() -> None:
    found = [counted_arms(t) for t in COUNTED_TEXTS]
    assert [[p.n for p in phrases] for phrases in found] == [[42, 41], [42, 41], [208, 201], [], []]


@pytest.mark.parametrize(
    "text", [*CUE_TEXTS, "Two patients DIED; Events were rare", "dıed", "progreſs"]
)
def test_counted_arms_event_check_as_the_plain_scan(text: str) -> None:
    assert _NOT_ALLOCATION_FAST.found(text) == bool(_NOT_ALLOCATION.search(text))


ALLOCATION_TEXTS = [
    "Patients were RANDOMIZED",
    "Split into Two groups",
    "ALLOCATıON",
    "diſtributed",
]


@pytest.mark.parametrize("text", [*CUE_TEXTS, *ALLOCATION_TEXTS])
def test_arms_allocation_hint_as_the_plain_scan(text: str) -> None:
    assert _ALLOCATION_HINT_FAST.found(text) == bool(_ALLOCATION_HINT.search(text))


FAST_SEARCHES = {
    "population count cue": _COUNT_CUE_FAST,
    "counted arms event check": _NOT_ALLOCATION_FAST,
    "arms allocation hint": _ALLOCATION_HINT_FAST,
    "population enrolment word": _ENROLMENT_FAST,
}


@pytest.mark.parametrize("fast", FAST_SEARCHES.values(), ids=list(FAST_SEARCHES))
def test_lower_case_searches_fuzzed(fast: LowerCaseSearch) -> None:
    for text in _random_texts(3000):
        assert fast.found(text) == bool(fast.pattern.search(text)), text


@pytest.mark.parametrize("fast", FAST_SEARCHES.values(), ids=list(FAST_SEARCHES))
def test_lower_case_searches_on_docs(fast: LowerCaseSearch) -> None:
    texts = _doc_texts()
    if not texts:
        pytest.skip("../shared/data/ebm_nlp/docs is absent")
    for text in texts:
        for piece in (text, *text.split(". ")):
            assert fast.found(piece) == bool(fast.pattern.search(piece)), piece


SPLIT_TEXTS = [
    "pain fell; sleep improved",
    "pain fell, while sleep improved",
    "pain fell whereas sleep improved",
    "pain fell despite the dose",
    "pain fell,\tand the score in A was lower",
    "pain fell, except for the nights",
    "pain fell (p = 0.01) but sleep did not",
    "pain fell but the score rose",
    "pain fell although sleep did not",
    "pain fell, however the score rose",
    "pain fell and sleep improved",
]


@pytest.mark.parametrize("text", SPLIT_TEXTS)
def test_clauses_quick_test_keeps_every_split(text: str) -> None:
    assert _may_split(text) or _CLAUSE_SPLIT.search(text) is None


def test_clauses_quick_test_fuzzed_and_on_docs() -> None:
    words = ["; ", ", ", " and ", " but ", "while", "whereas", " the ", "was", ")", "\n", "a"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for text in texts + [p for t in _doc_texts() for p in t.split(". ")]:
        assert _may_split(text) or _CLAUSE_SPLIT.search(text) is None, text


def test_lower_case_search_needs_a_case_insensitive_pattern() -> None:
    with pytest.raises(ValueError, match=r"\(\?i\)"):
        LowerCaseSearch(re.compile("randomi"))
    fast = LowerCaseSearch(re.compile(r"(?i)randomi[sz]ed"))
    found = fast.search("Patients were RANDOMIZED, then ſcreened")
    assert found is not None and found.group() == "RANDOMIZED"
    assert fast.search("raſndomised") is None and not fast.found("no allocation here")


@pytest.mark.parametrize("pattern", [NOT_SIGNIFICANT, NO_DIFFERENCE], ids=["ns", "no_difference"])
def test_negation_patterns_test_the_word_boundary_once(pattern: re.Pattern[str]) -> None:
    """re takes a \\b that starts every alternative out of the alternation and tests it once
    per position; an alternative opening with a group ("(?-i:\\bNS\\b)", "(?i:\\b...)") keeps
    it in, and the searches were 2-3 times slower (claims search these in every clause)."""
    from re import _constants, _parser  # the parse tree re compiles

    items = list(_parser.parse(pattern.pattern))
    assert items[0] == (_constants.AT, _constants.AT_BOUNDARY)
    assert items[1][0] is _constants.BRANCH and len(items) == 2


def test_received_alternatives_tests_the_word_boundary_first() -> None:
    """The lookbehinds ("who received", "had received") are tried only where a word starts:
    before the \\b they were tried at every character, half the pattern's time."""
    from re import _constants, _parser

    first = _parser.parse(_RECEIVED_ALTERNATIVES.pattern)[0]
    assert first == (_constants.AT, _constants.AT_BOUNDARY)
    found = received_alternatives("Ten men RECEIVED either green tea or placebo.")
    assert [p.label for p in found] == ["green tea", "placebo"]
    assert not received_alternatives("Patients who received green tea or placebo.")
    assert not received_alternatives("In all, 94% received green tea or placebo.")


def _group_value_spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("name")) for m in matches]


@pytest.mark.parametrize(
    "text",
    [
        "(internet = 12.33 and face-to-face = 11.43, difference = 0.89, d = 0.11)",
        "p = 0.01; CI = 1 to 2; x=y=3.2; A-B = 4.5, ²x = 1.5, ½ = 2.5, _a = 1.1",
        "=== a = = 1.0 b  =2.0",
        "",
    ],
)
def test_group_values_as_the_plain_scan(text: str) -> None:
    assert _group_value_spans(group_value_matches(text)) == _group_value_spans(
        list(_GROUP_VALUE.finditer(text))
    )


def test_group_values_fuzzed_and_on_docs() -> None:
    rng = random.Random(27)
    alphabet = "ab Ab-_=1.2 %,;()[]é9²½٣ to and vs\u00a0\n\u2009"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.txt"))[:300]]
    for text in texts:
        assert _group_value_spans(group_value_matches(text)) == _group_value_spans(
            list(_GROUP_VALUE.finditer(text))
        ), text
