"""Percentage points told by their direction ("5.2 percentage points higher with A than with
B (95% CI 1.1 to 9.3)"): an absolute risk difference with its interval, never an arm's share.
Invented sentences only."""

from __future__ import annotations

import pytest

from extractors.effect_estimates import find_percent_differences
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "named"),
    [
        (
            "The proportion in remission was 5.2 percentage points higher with drug A than "
            "with placebo (95% CI 1.1 to 9.3).",
            0.052, 0.011, 0.093, True,
        ),
        (
            "The rate of relapse was 4 percentage points lower with drug A (95% CI 1 to 7).",
            -0.04, -0.07, -0.01, True,
        ),
        (
            "Mortality was 3.5 pp lower (95% CI, -6.0 to -1.0; P = 0.01).",
            -0.035, -0.06, -0.01, False,
        ),
        (
            "Drug A gave a 6-percentage-point increase in the response rate (95% CI 2 to 10).",
            0.06, 0.02, 0.1, False,
        ),
    ],
)  # fmt: skip
def test_points_with_a_direction_are_a_risk_difference(
    text: str, value: float, low: float, high: float, named: bool
) -> None:
    (effect,) = find_percent_differences(text)
    assert effect.measure == "risk difference"
    assert effect.interval is not None
    assert (effect.value, effect.interval.low, effect.interval.high) == (value, low, high)
    assert effect.named is named


@pytest.mark.parametrize(
    "text",
    [
        "Remission was 5.2 percentage points higher with drug A.",  # no interval
        "Remission was 5.2 percentage points higher (95% CI 6.1 to 9.3).",  # not holding it
        "Remission was 5.2 percentage points higher (95% CrI 1.1 to 9.3).",  # not a CI
    ],
)
def test_points_without_their_confidence_interval_are_no_effect(text: str) -> None:
    assert find_percent_differences(text) == []


def test_points_are_the_claims_effect_and_no_arms_share(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A versus placebo for remission",
            (
                "Methods",
                "We randomly assigned 400 adults to drug A (n = 200) or placebo (n = 200).",
            ),
            (
                "Results",
                "The proportion of patients in remission at week 12 was 5.2 percentage points "
                "higher with drug A than with placebo (95% CI 1.1 to 9.3).",
            ),
        )
    )
    (claim,) = record.claims
    assert claim.effect is not None
    assert (claim.effect.measure, claim.effect.value) == ("risk difference", 0.052)
    assert (claim.effect.ci_low, claim.effect.ci_high) == (0.011, 0.093)
    assert all(r.percent is None for r in claim.results)
