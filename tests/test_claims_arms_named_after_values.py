"""Arm values whose arms are named after them: "5.4 vs 6.3 months (A vs B)" and "5.4 vs 6.3
months for A vs B" give the values in the order the arms are named; "(A, 8.5 months; B, 7.4
months)" labels each value by the arm before it, and "with A versus B (A, ...; B, ...)" has
the comparator B, whatever the bracket names first; "Mean PFS" is a mean, not the median that a
bare "PFS" is by convention; a subgroup opening the sentence ("In patients who ..., ") is not
the outcome; sets of values, each after its own label, then the arms ("X was 4.8 and 3.6
months, and Y was 12.3 and 14.0 months, in the A and B arms, respectively", "X was 71% v 64%,
and Y was 83% v 80% for A versus B", "X (25.3% and 17.9%) and Y (14.3% and 19.3%) with A and
B, respectively", "For A and B, respectively, X (..) and Y (..)") give each set the arms in that
order."""

from __future__ import annotations

import pytest

from extractors.named_values import find_named_values
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Women with advanced breast cancer were randomly assigned to drug K (n=60) or placebo (n=58).",
)


def _claim(extractor: Extractor, results: str) -> Claim:
    record = extractor.extract(article("Drug K in breast cancer", _METHODS, ("Results", results)))
    (claim,) = record.claims
    return claim


def _values(claim: Claim) -> list[tuple[str | None, float | None, float | None]]:
    return [(r.arm, r.mean, r.median) for r in claim.results]


@pytest.mark.parametrize(
    "text",
    [
        "Median PFS was 5.4 vs 6.3 months (drug K vs placebo).",
        "Median PFS was 5.4 vs 6.3 months (drug K vs placebo; p = 0.31).",
        "Median PFS was 5.4 vs 6.3 months for drug K vs placebo.",
        "Median PFS was 5.4 and 6.3 months (drug K and placebo groups).",
    ],
)
def test_values_then_the_arms_in_the_same_order(extractor: Extractor, text: str) -> None:
    claim = _claim(extractor, text)
    assert _values(claim) == [("arm1", None, 5.4), ("arm2", None, 6.3)]
    assert claim.direction in ("decreased", "no difference")


def test_the_arms_in_the_bracket_in_the_other_order(extractor: Extractor) -> None:
    claim = _claim(extractor, "Median PFS was 6.3 vs 5.4 months (placebo vs drug K).")
    assert sorted(_values(claim)) == [("arm1", None, 5.4), ("arm2", None, 6.3)]


@pytest.mark.parametrize(
    "text",
    [
        "A trend toward a longer time to pain worsening was seen with drug K versus placebo "
        "(drug K, 8.5 months; placebo, 7.4 months; P = .08).",
        # the bracket after "with drug K" labels its first value placebo's
        "Time to pain worsening was longer with drug K (placebo, 7.4 months; drug K, 8.5 "
        "months; P = .03).",
    ],
)
def test_each_value_labelled_by_the_arm_before_it(extractor: Extractor, text: str) -> None:
    claim = _claim(extractor, text)
    assert sorted(_values(claim)) == [("arm1", None, 8.5), ("arm2", None, 7.4)]
    # the comparator is the arm after "versus", not the first one named in the bracket after it
    assert claim.intervention is not None and claim.intervention.arm == "arm1"
    assert claim.comparator is not None and claim.comparator.arm == "arm2"


def test_mean_of_a_time_to_an_event_is_a_mean(extractor: Extractor) -> None:
    claim = _claim(extractor, "Mean PFS was 5.4 months with drug K and 6.3 months with placebo.")
    assert _values(claim) == [("arm1", 5.4, None), ("arm2", 6.3, None)]
    found = find_named_values("Mean overall survival was 14 months with K and 11 months with M.")
    assert [(v.kind, v.value) for v in found] == [("mean", 14.0), ("mean", 11.0)]
    found = find_named_values("Overall survival was 14 months with K and 11 months with M.")
    assert [(v.kind, v.value) for v in found] == [("median", 14.0), ("median", 11.0)]


def test_a_subgroup_opening_the_sentence_is_not_the_outcome(extractor: Extractor) -> None:
    claim = _claim(
        extractor,
        "In patients who had no pain at baseline, pain scores were lower with drug K than "
        "with placebo (2.1 vs 3.4; P = .002).",
    )
    assert claim.outcome is not None and claim.outcome.text == "pain scores"
    assert [(r.arm, r.mean) for r in claim.results] == [("arm1", 2.1), ("arm2", 3.4)]


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(
        article("Drug K in breast cancer", _METHODS, ("Results", results))
    ).claims


@pytest.mark.parametrize(
    "text",
    [
        "Median PFS was 4.8 and 3.6 months, and median OS was 12.3 and 14.0 months, in the "
        "drug K and placebo arms, respectively.",
        "Five-year DFS was 71% v 64%, and OS was 83% v 80% for drug K versus placebo.",
    ],
)
def test_sets_of_values_each_labelled_then_the_arms(extractor: Extractor, text: str) -> None:
    claims = _claims(extractor, text)
    assert [c.outcome.text.lower() for c in claims if c.outcome] in (
        ["median pfs", "median os"],
        ["five-year dfs", "os"],
    )
    first, second = ([r.arm for r in c.results] for c in claims)
    assert first == second == ["arm1", "arm2"]
    values = [[r.percent or r.median for r in c.results] for c in claims]
    assert values in ([[4.8, 3.6], [12.3, 14.0]], [[71.0, 64.0], [83.0, 80.0]])


def test_a_value_bracket_after_than_does_not_end_the_comparator(extractor: Extractor) -> None:
    # "than in the drug K (37%) and the drug M (31%) groups": each of them against placebo
    methods = (
        "Methods",
        "Adults were randomly assigned to drug K (n=50), drug M (n=50) or placebo (n=50).",
    )
    record = extractor.extract(
        article(
            "Drugs K and M",
            methods,
            (
                "Results",
                "Event rates were higher in the placebo group (47%) than in the drug K (37%) "
                "and the drug M (31%) groups.",
            ),
        )
    )
    pairs = [(c.intervention.arm, c.comparator and c.comparator.arm) for c in record.claims]
    assert pairs == [("arm1", "arm3"), ("arm2", "arm3")]


@pytest.mark.parametrize(
    "text",
    [
        "Toxicities were nausea (25.3% and 17.9%) and fatigue (14.3% and 19.3%) with drug K and "
        "placebo, respectively.",
        "For drug K and placebo, respectively, common toxicities were nausea (25.3% and 17.9%) "
        "and fatigue (14.3% and 19.3%).",
    ],
)
def test_sets_each_in_its_bracket_then_or_after_the_arms(extractor: Extractor, text: str) -> None:
    record = extractor.extract(article("Drug K in breast cancer", _METHODS, ("Results", text)))
    got = [(c.outcome.text, [(r.arm, r.percent) for r in c.results]) for c in record.claims]
    assert got == [
        ("nausea", [("arm1", 25.3), ("arm2", 17.9)]),
        ("fatigue", [("arm1", 14.3), ("arm2", 19.3)]),
    ]
