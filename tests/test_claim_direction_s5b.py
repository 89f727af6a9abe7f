"""Claim directions per listed outcome ("fewer X, less Y and more Z"), within-group changes
reported for both arms, and negated arm names in claim matching."""

from __future__ import annotations

import pytest

from extractors.components.outcome_lists import coordinated_outcomes, item_comparatives
from extractors.components.statements import verb_direction
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 120 adults with chronic knee pain to ginger extract (n=60) or "
    "placebo (n=60) for 12 weeks.",
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(pico_model=False)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(
        article("Ginger extract for knee pain", _METHODS, ("Results", results))
    ).claims


def _directions(claims: list[Claim]) -> dict[str, str]:
    return {c.outcome.text: c.direction for c in claims}


def test_listed_outcomes_take_their_own_comparatives(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ginger extract caused fewer flares, less stiffness and more walking than placebo "
        "(P<0.05).",
    )
    assert _directions(claims) == {
        "flares": "decreased",
        "stiffness": "decreased",
        "walking": "increased",
    }
    assert all(c.comparator and c.comparator.text == "placebo" for c in claims)


def test_listed_outcome_without_a_word_inherits_the_previous_one(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ginger extract gave shorter morning stiffness, more walking and stair climbing "
        "compared with placebo (all P<0.01).",
    )
    assert _directions(claims) == {
        "morning stiffness": "decreased",
        "walking": "increased",
        "stair climbing": "increased",
    }


def test_two_listed_outcomes_with_their_own_words(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Ginger extract led to fewer flares and longer walks than placebo (P=0.01)."
    )
    assert _directions(claims) == {"flares": "decreased", "walks": "increased"}


def test_item_comparatives_only_when_a_later_item_has_one() -> None:
    text = "fewer flares, stiffness and falls"
    items = coordinated_outcomes(text, (6, len(text)))
    assert [text[s:e] for s, e in items] == ["flares", "stiffness", "falls"]
    assert item_comparatives(text, items) == [None, None, None]
    text = "swelling and nausea"
    assert coordinated_outcomes(text, (0, len(text))) == []  # two plain items stay whole


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("fewer falls with the exercise programme", "decreased"),
        ("more falls with sedatives", "increased"),
        ("a greater fall in blood pressure", "decreased"),
        ("a smaller drop in haemoglobin", "increased"),
    ],
)
def test_counted_falls_are_events_not_changes(text: str, direction: str) -> None:
    assert verb_direction(text) == direction
