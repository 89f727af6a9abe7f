"""What was commonest in one group, with no values of two arms, statistic or comparison, is
no claim: "The most frequent adverse events with drug K were X, Y and Z" (an "increased"
in an event's name, "increased aspartate aminotransferase", made one per item after it)."""

from __future__ import annotations

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = ("Methods", "Adults were randomized to drug K (n = 151) or placebo (n = 152).")


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("Drug K trial", _METHODS, ("Results", results))).claims


def test_the_commonest_events_of_one_group(extractor: Extractor) -> None:
    assert (
        _claims(
            extractor,
            "The most frequent adverse events in patients receiving drug K were diarrhoea, "
            "fatigue, nausea, increased aspartate aminotransferase, rash and arthralgia.",
        )
        == []
    )


def test_the_commonest_events_with_both_arms_values(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "The most common adverse events were digestive disorders, reported in 17 (11%) of 152 "
        "patients in the placebo group and 28 (19%) of 151 patients in the drug K group.",
    )
    assert sorted((r.arm, r.events) for r in claim.results) == [("arm1", 28), ("arm2", 17)]


def test_a_comparison_beside_the_commonest_event(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Drug K injection was more painful than placebo injection, and pain at the injection "
        "site was the most frequent local adverse event.",
    )
    assert [c.direction for c in claims] == ["increased"]
