"""Which words set a claim's direction: not those describing the actor ("Higher doses of A
reduced X": the verb says it)."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 240 adults to ropivacaine (n = 120) or bupivacaine (n = 120).",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(
        article("Ropivacaine versus bupivacaine", _METHODS, ("Results", results))
    ).claims


def _only(extractor: Extractor, results: str) -> Claim:
    claims = _claims(extractor, results)
    assert len(claims) == 1, [(c.outcome.text, c.direction) for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("Higher doses of ropivacaine reduced opioid consumption (p<0.001).", "decreased"),
        ("Greater adherence to ropivacaine lowered opioid consumption (p=0.01).", "decreased"),
        ("Increased exposure to ropivacaine decreased heart rate (p=0.02).", "decreased"),
        ("Lower doses of ropivacaine increased heart rate (p=0.02).", "increased"),
        # people counted: "More" is the direction, "reduced" part of what they had
        (
            "More patients in the ropivacaine group had reduced mobility than in the "
            "bupivacaine group (p=0.03).",
            "increased",
        ),
    ],
)
def test_direction_words_describing_the_actor_give_way_to_the_verb(
    extractor: Extractor, results: str, direction: str
) -> None:
    assert _only(extractor, results).direction == direction


def test_hyphen_joined_direction_word_in_the_actor_names_the_actor(
    extractor: Extractor,
) -> None:
    claim = _only(
        extractor,
        "MYC-gained patients given ropivacaine had a significantly worse median "
        "time to mobilisation (3.8 vs 6.3 hours, p < 0.001) as compared to bupivacaine.",
    )
    assert claim.direction == "decreased"


def test_actor_words_are_blanked_for_each_listed_outcome(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "MYC-gained patients given ropivacaine had a significantly worse median time to "
        "mobilisation (3.8 vs 6.3 hours, p < 0.001) and median time to discharge (10.8 vs "
        "20.6 days, p = 0.006) as compared to bupivacaine.",
    )
    assert {c.outcome.text: c.direction for c in claims} == {
        "median time to mobilisation": "decreased",
        "median time to discharge": "decreased",
    }
