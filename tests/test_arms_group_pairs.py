"""Arms named only as a pair of groups ("the yoga and control groups"), taken when nothing else
names the arms; "SOC" as the comparator."""

from __future__ import annotations

import pytest

from extractors.components.arm_group_pairs import group_pair_arms
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _labels(text: str) -> list[str]:
    return [p.label for p in group_pair_arms(text)]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "In this randomised study, relapse rates for the yoga and control groups were 12% "
            "and 20%.",
            ["yoga", "control"],
        ),
        (
            "A randomized trial. Pain differed between the placebo and drug K groups.",
            ["placebo", "drug K"],
        ),
        (
            "Randomly assigned adults: PFS for the drug K versus SOC arms was longer.",
            ["drug K", "SOC"],
        ),
        (
            "A randomized study. Levels fell in the 12-h and 36-h groups, and more in the 36-h "
            "and sham groups.",
            ["12-h", "36-h", "sham"],
        ),
    ],
)
def test_pairs_of_groups_name_the_arms(text: str, labels: list[str]) -> None:
    assert _labels(text) == labels


@pytest.mark.parametrize(
    "text",
    [
        # no control among the pair
        "In this randomised study, pain was lower in the men and women groups.",
        # who the people are, not what they were given
        "Randomization put 20 knees in the control and non-compliant groups.",
        # not said to be randomised
        "Relapse rates for the yoga and control groups were 12% and 20%.",
    ],
)
def test_no_arms_from_other_pairs(text: str) -> None:
    assert _labels(text) == []


def test_arms_from_a_pair_of_groups_take_their_values(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Yoga for fatigue after chemotherapy: a randomised trial",
            (
                "Results",
                "Severe fatigue at 12 weeks was reported by 31% and 46% in the yoga and wait-list "
                "groups, respectively (p = 0.02).",
            ),
        )
    )
    assert [(a.label, a.comparator) for a in record.arms] == [
        ("yoga", False),
        ("wait-list", True),
    ]
    labels = {a.id: a.label for a in record.arms}
    [claim] = record.claims
    assert [(labels[r.arm], r.percent) for r in claim.results if r.arm] == [
        ("yoga", 31.0),
        ("wait-list", 46.0),
    ]


def test_soc_in_capitals_is_the_comparator(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K versus SOC for advanced cancer",
            ("Methods", "Adults were randomly assigned to drug K (n = 80) or SOC (n = 78)."),
        )
    )
    assert [(a.label, a.comparator) for a in record.arms] == [("drug K", False), ("SOC", True)]
