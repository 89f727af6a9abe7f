"""Claims: a "than" that bounds a quantity ("more than 3 days", "patients older than 75
years") or sets two levels of one thing against each other ("with high adherence than with low
adherence") is no comparison of the trial's two arms; one that compares them still is."""

from __future__ import annotations

import pytest

from extractors.components.comparison import compares
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Falls were less frequent in patients older than 75 years (p = 0.04)", False),
        ("Hospital stays of more than three days were rare", False),
        ("Fifty percent of patients had greater than 80% pain relief", False),
        ("Pain was lower with A than with B", True),
        ("Pain was more than 3 points lower than with placebo", True),
        ("Falls were fewer than in the placebo group", True),
        ("Pain fell with A (P less than 0.001)", True),  # a p value, not a bound
        ("Flares were less frequent with high adherence than with low adherence", False),
        ("Relapse was more common in those with poor sleep than in those with good sleep", False),
        ("Pain was lower in the high dose group than in placebo", True),
        ("Pain was lower with high adherence to A than with B", True),
    ],
)
def test_compares_not_by_a_bound(clause: str, expected: bool) -> None:
    assert compares(clause) is expected


@pytest.mark.parametrize(
    ("result", "pair"),
    [
        ("Falls were less frequent in patients older than 75 years (p = 0.04).", ("", None)),
        ("Fifty percent of patients had more than 80% pain relief (p < 0.001).", ("", None)),
        # the clause names an arm: the bound may well be a subgroup's, the arms still compared
        (
            "Falls were fewer in patients older than 75 years given zentamab (p = 0.04).",
            ("zentamab", "placebo"),
        ),
        (
            "Falls were less frequent with zentamab than with placebo (p = 0.04).",
            ("zentamab", "placebo"),
        ),
    ],
)
def test_a_bound_compares_no_arms(
    extractor: Extractor, result: str, pair: tuple[str, str | None]
) -> None:
    record = extractor.extract(
        article(
            "Zentamab in older adults",
            (None, "Two hundred adults were randomised to zentamab or placebo. " + result),
        )
    )
    pairs = [
        (c.intervention.text if c.intervention else "", c.comparator and c.comparator.text)
        for c in record.claims
    ]
    assert pairs == [pair]


def test_levels_of_one_thing_are_not_the_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Zentamab in older adults",
            (
                None,
                "Two hundred adults were randomised to zentamab or placebo. Falls were less "
                "frequent with high adherence than with low adherence (p = 0.04).",
            ),
        )
    )
    arms = {a.label for a in record.arms}
    assert arms == {"zentamab", "placebo"}
    named = {c.intervention.text if c.intervention else "" for c in record.claims}
    named |= {c.comparator.text for c in record.claims if c.comparator}
    assert not named & arms
