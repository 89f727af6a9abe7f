"""Arms named only by "comparing A and B" in the title, objective or methods: the last
source of arms, read when nothing else names them; the noun written once after the second
side is both sides' ("prone and supine positioning"); people, times and what is compared of
them are no arms. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.arm_comparisons import compared_and_pair
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "We ran a randomised trial comparing the performance of K+L and L alone in 90 "
            "adults with asthma.",
            ["K+L", "L alone"],
        ),
        (
            "This trial compared the therapeutic efficacy of drug K tablets and drug K syrup.",
            ["drug K tablets", "drug K syrup"],
        ),
        # the noun written once, after the second side
        (
            "A randomised trial comparing prone and supine breast radiotherapy in women.",
            ["prone breast radiotherapy", "supine breast radiotherapy"],
        ),
        # people, a time and what is compared of people are no arms
        ("We compared men and women in the cohort.", []),
        ("To compare pain before and after the new guideline was issued.", []),
        ("We compared demographic and cardiac risks across the clusters.", []),
        # "compared to A and B": one side of another comparison
        ("Both methods improved cure rates compared to surgery and radiotherapy alone.", []),
    ],
)
def test_comparing_a_and_b(sentence: str, labels: list[str]) -> None:
    assert [p.label for p in compared_and_pair(sentence)] == labels


def test_arms_of_comparing_a_and_b_take_their_values(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Two treatments for asthma",
            (
                "Methods",
                "We ran a randomised trial comparing the performance of K+L and L alone in 90 "
                "adults with asthma.",
            ),
            ("Results", "At 6 months, control was 49% with K+L versus 34% with L alone (P = 0.2)."),
        )
    )
    assert [a.label for a in record.arms] == ["K+L", "L alone"]
    (claim,) = record.claims
    labels = {a.id: a.label for a in record.arms}
    assert [(labels[r.arm], r.percent) for r in claim.results] == [("K+L", 49.0), ("L alone", 34.0)]


def test_another_source_comes_before_comparing_a_and_b(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Two treatments for asthma",
            (
                "Methods",
                "We compared drug K and drug L. Group A received drug M; group B, placebo.",
            ),
            ("Results", "Wheeze was rarer in group A than in group B (P = 0.01)."),
        )
    )
    assert [a.label for a in record.arms] == ["Group A", "group B"]
