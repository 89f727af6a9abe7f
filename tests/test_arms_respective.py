"""A "respectively" sentence gives the i-th treatment to the i-th group ("Drug K, drug M and
saline were given to Group C, Group B and Group D, respectively"): lettered arms take their
treatments, and arms named by treatment take their group's name."""

from __future__ import annotations

import pytest

from extractors.components.arm_respective import respective_groups
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drug K, drug M and saline were given to Group C, Group B and Group D, respectively.",
            [("C", "Drug K"), ("B", "drug M"), ("D", "saline")],
        ),
        (
            "After surgery, 0.5 mg drug K and saline were administered to groups 2 and 1, "
            "respectively.",
            [("2", "0.5 mg drug K"), ("1", "saline")],
        ),
        (
            "Groups C and B received drug K and saline, respectively.",
            [("C", "drug K"), ("B", "saline")],
        ),
        # three treatments for two groups after the verb: no telling which is which
        ("Groups C and B received drug K, drug M and saline, respectively.", []),
        # values, not treatments
        ("Pain scores were 3, 4 and 5 in groups A, B and C, respectively.", []),
        ("Drug K and saline were given to Group C and Group B.", []),
    ],
)
def test_respective_groups(text: str, expected: list[tuple[str, str]]) -> None:
    assert respective_groups(text) == expected


_RESULTS = "Pain at 24 hours was lower in Group C than in Group D (p = 0.01)."


def _record(extractor: Extractor, methods: str) -> tuple[list[tuple[str, list[str]]], list]:
    record = extractor.extract(
        article("Three analgesics after knee surgery", ("Methods", methods), ("Results", _RESULTS))
    )
    labels = {a.id: a.label for a in record.arms}
    pairs = [
        (labels.get(c.intervention.arm or ""), labels.get(c.comparator.arm or ""))
        for c in record.claims
        if c.intervention and c.comparator
    ]
    return [(a.label, a.interventions) for a in record.arms], pairs


def test_lettered_groups_take_their_respective_treatments(extractor: Extractor) -> None:
    arms, pairs = _record(
        extractor,
        "Ninety adults were randomly allocated into groups B, C and D. Drug K, drug M and "
        "saline were given to Group C, Group B and Group D, respectively.",
    )
    assert arms == [("group B", ["drug M"]), ("group C", ["Drug K"]), ("group D", ["saline"])]
    assert pairs == [("group C", "group D")]


def test_arms_named_by_treatment_take_their_groups_names(extractor: Extractor) -> None:
    _, pairs = _record(
        extractor,
        "Ninety adults were randomly allocated to drug K, drug M or saline. Drug K, drug M and "
        "saline were given to Group C, Group B and Group D, respectively.",
    )
    assert pairs == [("drug K", "saline")]
