"""Arms and their sizes: a bracket of arms after the people an allocation verb names."""

from __future__ import annotations

import pytest

from extractors.components.arm_phrases import bracketed_arms
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("sentence", "arms"),
    [
        (
            "We randomised 138 patients (drug A, n = 72; drug B, n = 66).",
            [("drug A", 72), ("drug B", 66)],
        ),
        (
            "We randomly assigned 240 adults with moderate asthma (budesonide, n=120; placebo, "
            "n=118).",
            [("budesonide", 120), ("placebo", 118)],
        ),
        (
            "The trial randomized sixty children (drug A: 30, drug B: 30 children).",
            [("drug A", 30), ("drug B", 30)],
        ),
    ],
)
def test_bracketed_arms_after_the_people_allocated(
    sentence: str, arms: list[tuple[str, int]]
) -> None:
    assert [(p.label, p.n) for p in bracketed_arms(sentence)] == arms


@pytest.mark.parametrize(
    "sentence",
    [
        "We randomised 138 patients (mean age 54 years).",
        "We randomised 138 patients (42% women, 58% men).",
    ],
)
def test_bracketed_arms_not_a_description_of_the_people(sentence: str) -> None:
    assert bracketed_arms(sentence) == []


def test_bracketed_arms_give_the_claims_their_comparator(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A in progressive disease",
            (
                None,
                "We randomised 138 patients (drug A, n = 72; drug B, n = 66). Patients in the "
                "drug A group were 2.2 times more likely (95% CI 1.14-4.29; p = 0.02) to stop "
                "treatment than those in the drug B group.",
            ),
        )
    )
    assert [(a.label, a.n) for a in record.arms] == [("drug A", 72), ("drug B", 66)]
    claim = record.claims[0]
    assert claim.intervention is not None and claim.intervention.text == "drug A"
    assert claim.comparator is not None and claim.comparator.text == "drug B"
