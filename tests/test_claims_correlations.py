"""A correlation between measures compares no arms and names no intervention: no claim
(``claim_wording.correlation_only``); a correlation that is only an aside of a comparison
keeps the comparison's claim."""

from __future__ import annotations

import pytest

from extractors.components.claim_wording import correlation_only
from extractors.pipeline import Extractor
from tests.test_claim_actors import _claims


@pytest.mark.parametrize(
    "results",
    [
        "Serum melatonin correlated with sleep efficiency (r = 0.41, P < 0.001).",
        "Change in sleep latency was correlated with change in mood scores (P = 0.02).",
        "Sleep onset and wake time were inversely correlated (r = -0.52, p = 0.003).",
        "There was a significant correlation between baseline anxiety and night awakenings "
        "(rho = 0.35, P = 0.01).",
        "No correlation was found between age and sleep efficiency (P = 0.54).",
    ],
)
def test_a_correlation_makes_no_claim(extractor: Extractor, results: str) -> None:
    assert _claims(extractor, results) == []


def test_a_comparison_with_a_correlation_aside_keeps_its_claim(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Night awakenings were fewer with melatonin than with sleep hygiene training (P = "
        "0.01), without correlation with age.",
    )
    assert claim.outcome.text == "Night awakenings"
    assert claim.intervention.text == "melatonin"


@pytest.mark.parametrize(
    ("clause", "only"),
    [
        ("X correlated with Y (r = 0.41)", True),
        ("A correlation was found between X and Y", True),
        ("X was lower with A, without correlation with Y", False),
        ("X was lower with A (P = 0.01)", False),
        ("", False),
    ],
)
def test_correlation_only(clause: str, only: bool) -> None:
    assert correlation_only(clause) is only
