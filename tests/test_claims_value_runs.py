"""Values written in runs, one run per arm: "X and Y were 12% and 15% with A and 20% and 25%
with B" gives X's and Y's claims; "grade 3 and 4 adverse events" one outcome per grade; a
value broken down by subgroup in the bracket after it ("76.9% (ER+ 87.1%, ER- 53.3%)") is
the arm's, not the subgroups'; a total split by arm in its bracket ("205 (50.9%; 103 in A
and 102 in B)") is no arm's; a value of all the participants before the arms' pair ("X was 40
days, with no difference between A and B (39.8 vs 40.9 days)") is no arm's. Invented sentences
only."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = ("Methods", "Adults were randomized to drug K (n = 64) or placebo (n = 65).")


def _claims(extractor: Extractor, results: str) -> list[tuple[str, list[tuple[str, float]]]]:
    record = extractor.extract(article("Drug K", _METHODS, ("Results", results)))
    return [
        (c.outcome.text, [(r.arm or "", r.percent or 0.0) for r in c.results])
        for c in record.claims
    ]


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "Rates of nausea and dizziness were 12% and 15% with placebo and 20% and 25% with "
            "drug K.",
            [
                ("Rates of nausea", [("arm2", 12.0), ("arm1", 20.0)]),
                ("dizziness", [("arm2", 15.0), ("arm1", 25.0)]),
            ],
        ),
        (
            "Incidence of grade 3 and 4 adverse events was 23% and 5%, respectively, in the "
            "drug K arm, and 15% and 1%, respectively, in the placebo arm.",
            [
                ("Incidence of grade 3 adverse events", [("arm1", 23.0), ("arm2", 15.0)]),
                ("Incidence of grade 4 adverse events", [("arm1", 5.0), ("arm2", 1.0)]),
            ],
        ),
    ],
)
def test_one_claim_per_outcome_of_the_runs(
    extractor: Extractor, results: str, expected: list[tuple[str, list[tuple[str, float]]]]
) -> None:
    assert _claims(extractor, results) == expected


def test_a_subgroup_breakdown_is_no_arm_value(extractor: Extractor) -> None:
    results = (
        "The 5-year survival was 76.9% (ER+ 87.1%, ER- 53.3%) for placebo and 85.0% (ER+ "
        "90.0%, ER- 77.1%) for drug K."
    )
    assert _claims(extractor, results) == [("5-year survival", [("arm2", 76.9), ("arm1", 85.0)])]


def test_a_bracket_of_one_value_with_its_interval_stays(extractor: Extractor) -> None:
    results = (
        "The 5-year survival was 76.9% (95% CI 70.1-80.2%) for placebo and 85.0% (95% CI "
        "80.1-88.0%) for drug K."
    )
    assert _claims(extractor, results) == [("5-year survival", [("arm2", 76.9), ("arm1", 85.0)])]


def test_a_total_split_by_arm_in_its_bracket_is_no_arms_count(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K",
            ("Methods", "Women were randomized to drug K (n = 214) or placebo (n = 217)."),
            (
                "Results",
                "A total of 205 patients (50.9%; 103 patients in the placebo and 102 in the "
                "drug K arms) had nausea scores above 6.",
            ),
        )
    )
    assert [(r.arm, r.events) for c in record.claims for r in c.results] == [
        ("arm2", 103),
        ("arm1", 102),
    ]


def test_a_percentage_per_year_is_no_share(extractor: Extractor) -> None:
    results = (
        "Fewer women died of breast cancer with drug K (six deaths, 0.009% per year) than with "
        "placebo (16 deaths, 0.024% per year; HR 0.37, 95% CI 0.13-0.91)."
    )
    claims = _claims_of(extractor, results)
    assert [c.outcome.text for c in claims] == ["women died of breast cancer"]
    assert [(r.arm, r.events, r.percent) for c in claims for r in c.results] == [
        ("arm1", 6, None),
        ("arm2", 16, None),
    ]


def _claims_of(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("Drug K", _METHODS, ("Results", results))).claims


def test_a_value_of_all_before_the_arms_pair_is_no_arms(extractor: Extractor) -> None:
    (claim,) = _claims_of(
        extractor,
        "Mean time to the first dose was 40 days, with no significant difference between drug K "
        "and placebo groups (mean 39.8 days vs 40.9 days, p = 0.75).",
    )
    assert [(r.arm, r.mean) for r in claim.results] == [("arm1", 39.8), ("arm2", 40.9)]
