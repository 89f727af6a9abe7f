"""kg.effects against hand-computed values."""

from __future__ import annotations

import math

import pytest

from kg.effects import (
    mean_difference,
    odds_ratio,
    risk_difference,
    risk_ratio,
    smd,
    standardized_mean_difference,
    two_proportions,
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


# the formulas of kg.effects are statsmodels' own, written out so that the extraction
# pipeline does not import statsmodels and scipy (about a second of its load time)
COUNTS = [
    (events1, n1, events2, n2)
    for n1 in (1, 2, 7, 40)
    for n2 in (1, 3, 40)
    for events1 in sorted({0, 1, n1 // 2, n1 - 1, n1})
    for events2 in sorted({0, 1, n2 // 3, n2})
]


@pytest.mark.parametrize("statistic", ["diff", "risk-ratio", "odds-ratio"])
def test_effects_two_proportions_match_statsmodels(statistic: str) -> None:
    import warnings

    from statsmodels.stats.meta_analysis import effectsize_2proportions

    compared = 0
    for events1, n1, events2, n2 in COUNTS:
        cells = (events1, n1 - events1, events2, n2 - events2)
        correction = 0.5 if statistic != "diff" and 0 in cells else None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # log(0), 0 / 0
            want = effectsize_2proportions(
                events1, n1, events2, n2, statistic=statistic, zero_correction=correction
            )
        got = two_proportions(events1, n1, events2, n2, statistic)
        finite = all(math.isfinite(float(x)) for x in want) and float(want[1]) >= 0
        if not finite:
            assert got is None, (events1, n1, events2, n2)
            continue
        assert got is not None, (events1, n1, events2, n2)
        assert got == pytest.approx((float(want[0]), float(want[1])), rel=1e-12, abs=1e-15)
        compared += 1
    assert compared > len(COUNTS) // 2
    with pytest.raises(ValueError, match="unknown statistic"):
        two_proportions(1, 2, 1, 2, "arcsin")


def test_effects_smd_matches_statsmodels() -> None:
    from statsmodels.stats.meta_analysis import effectsize_smd

    for mean1, sd1, n1, mean2, sd2, n2 in [
        (5.0, 2.0, 20, 3.0, 2.5, 22),
        (-1.5, 0.3, 2, 0.2, 1.1, 3),
        (100.0, 15.0, 250, 100.0, 14.0, 240),
        (0.0, 1.0, 5, 7.0, 9.0, 1000),
    ]:
        want = effectsize_smd(mean1, sd1, n1, mean2, sd2, n2)
        got = smd(mean1, sd1, n1, mean2, sd2, n2)
        assert got == pytest.approx((float(want[0]), float(want[1])), rel=1e-12, abs=1e-15)


def test_effects_extraction_does_not_import_statsmodels() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from kg.effects import risk_ratio, standardized_mean_difference; "
        "risk_ratio(3, 10, 0, 10); standardized_mean_difference(1, 1, 5, 0, 1, 5); "
        "print('statsmodels' in sys.modules, 'scipy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
