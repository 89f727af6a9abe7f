"""The time points of a statement are no arm's values: a duration an arm took ("resolved after
2.5 hours with A versus 4.0 hours with B") is a value, not the claim's time point. Invented
sentences only."""

from __future__ import annotations

import pytest

from extractors.components.quantities import parse_quantities


@pytest.mark.parametrize(
    "text",
    [
        "Symptoms resolved after 2.5 hours with drug A versus 4.0 hours with drug B (p = 0.01).",
        "Sedation lasted 45 minutes with drug A and 60 minutes with drug B.",
        # a difference in time between the arms, also no arm's value
        "Median time to response was 2 and 7.5 weeks shorter with drug A, respectively.",
    ],
)
def test_an_arms_duration_is_no_time_point(text: str) -> None:
    assert parse_quantities(text).timepoints == []


@pytest.mark.parametrize(
    ("text", "timepoint"),
    [
        ("At 6 months, pain was 3.1 vs 4.2 points (P = 0.02).", "6 months"),
        ("Pain at 12 weeks was 3.1 with drug A and 4.2 with drug B.", "12 weeks"),
    ],
)
def test_a_time_point_beside_arm_values_stays(text: str, timepoint: str) -> None:
    assert [t.text for t in parse_quantities(text).timepoints] == [timepoint]


def test_a_time_point_before_a_comparative_of_the_outcome_stays() -> None:
    text = "Pain scores at 12 weeks higher with drug A than with drug B (P = 0.02)."
    assert [t.text for t in parse_quantities(text).timepoints] == ["12 weeks"]
