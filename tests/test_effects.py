"""kg.effects against hand-computed values."""

from __future__ import annotations

import math

import pytest

from kg.effects import (
    mean_difference,
    odds_ratio,
    risk_difference,
    risk_ratio,
    standardized_mean_difference,
)

Z95 = 1.959964


def test_effects_risk_ratio_log_interval() -> None:
    rr = risk_ratio(10, 20, 5, 20)
    assert rr is not None
    se = math.sqrt(1 / 10 - 1 / 20 + 1 / 5 - 1 / 20)
    assert rr.value == pytest.approx(2.0)
    assert rr.ci_low == pytest.approx(math.exp(math.log(2) - Z95 * se), rel=1e-5)
    assert rr.ci_high == pytest.approx(math.exp(math.log(2) + Z95 * se), rel=1e-5)
    assert rr.ci_low == pytest.approx(0.8325, abs=1e-3)
    assert rr.ci_high == pytest.approx(4.805, abs=1e-3)


def test_effects_odds_ratio_woolf_interval() -> None:
    result = odds_ratio(10, 20, 5, 20)
    assert result is not None
    se = math.sqrt(1 / 10 + 1 / 10 + 1 / 5 + 1 / 15)
    assert result.value == pytest.approx(3.0)
    assert result.ci_low == pytest.approx(math.exp(math.log(3) - Z95 * se), rel=1e-5)
    assert result.ci_high == pytest.approx(math.exp(math.log(3) + Z95 * se), rel=1e-5)


def test_effects_risk_difference_wald_interval() -> None:
    result = risk_difference(10, 20, 5, 20)
    assert result is not None
    se = math.sqrt(0.5 * 0.5 / 20 + 0.25 * 0.75 / 20)
    assert result.value == pytest.approx(0.25)
    assert result.ci_low == pytest.approx(0.25 - Z95 * se, rel=1e-5)
    assert result.ci_high == pytest.approx(0.25 + Z95 * se, rel=1e-5)


def test_effects_mean_difference_from_sd_and_n() -> None:
    result = mean_difference(12.0, 4.0, 40, 10.0, 3.0, 50)
    assert result is not None
    se = math.sqrt(16 / 40 + 9 / 50)
    assert result.value == pytest.approx(2.0)
    assert result.ci_low == pytest.approx(2.0 - Z95 * se, rel=1e-5)
    assert result.ci_high == pytest.approx(2.0 + Z95 * se, rel=1e-5)


def test_effects_smd_is_hedges_g() -> None:
    result = standardized_mean_difference(5.0, 2.0, 30, 4.0, 2.0, 30)
    assert result is not None
    correction = 1 - 3 / (4 * (30 + 30 - 2) - 1)
    assert result.value == pytest.approx(0.5 * correction, rel=1e-6)
    assert result.ci_low < result.value < result.ci_high


def test_effects_zero_cell_gets_continuity_correction() -> None:
    result = risk_ratio(0, 20, 5, 20)
    assert result is not None
    assert result.value == pytest.approx((0.5 / 21) / (5.5 / 21))
    assert math.isfinite(result.ci_low) and math.isfinite(result.ci_high)


@pytest.mark.parametrize(
    "args",
    [(0, 20, 0, 20), (21, 20, 5, 20), (3, 0, 5, 20), (-1, 20, 5, 20)],
)
def test_effects_underivable_counts_give_none(args: tuple[int, int, int, int]) -> None:
    assert risk_ratio(*args) is None
    assert odds_ratio(*args) is None


def test_effects_continuous_needs_positive_sd_and_n() -> None:
    assert mean_difference(1.0, 0.0, 10, 2.0, 1.0, 10) is None
    assert standardized_mean_difference(1.0, 1.0, 1, 2.0, 1.0, 10) is None


def test_effects_as_effect_is_marked_computed() -> None:
    rr = risk_ratio(10, 20, 5, 20)
    assert rr is not None
    effect = rr.as_effect()
    assert effect.source == "computed"
    assert effect.measure == "risk ratio"
    assert effect.ci_level == 0.95
