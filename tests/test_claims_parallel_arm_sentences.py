"""One arm's value in each of two sentences in a row, for the same outcome: the second
sentence's claim takes both arms ("Of 84 patients assigned to A, eight (10%) had X. In
contrast, of 83 patients assigned to B, 30 (36%) had X (P < 0.001).")."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = ("Methods", "Adults were randomized to drug K (n = 84) or placebo (n = 83).")


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("Fever trial", _METHODS, ("Results", results))).claims


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Of 84 patients assigned to drug K, eight (10%) had a fever episode.",
            "In contrast, of 83 patients assigned to placebo, 30 (36%) had a fever episode "
            "(P < 0.001).",
        ),
        (
            "Of 83 patients assigned to placebo, 30 (36%) had a fever episode.",
            "In contrast, of 84 patients assigned to drug K, eight (10%) had a fever episode "
            "(P < 0.001).",
        ),
    ],
)
def test_two_sentences_each_with_one_arm(extractor: Extractor, first: str, second: str) -> None:
    (claim,) = _claims(extractor, f"{first} {second}")
    assert claim.intervention.arm == "arm1" and claim.comparator is not None
    assert claim.comparator.arm == "arm2"
    assert [(r.arm, r.events, r.percent) for r in claim.results] == [
        ("arm1", 8, 10.0),
        ("arm2", 30, 36.0),
    ]
    assert (claim.direction, claim.significant) == ("decreased", True)
    assert claim.evidence.text.startswith("Of 8")


def test_another_outcome_in_the_second_sentence_is_not_joined(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Of 84 patients assigned to drug K, eight (10%) had a fever episode. Of 83 patients "
        "assigned to placebo, 30 (36%) had a rash (P < 0.001).",
    )
    assert all(c.comparator is None for c in claims)
