"""evg_consistency: percentages that are no whole counts, p values against intervals."""

from __future__ import annotations

from extractors.components.consistency import (
    fits,
    fitting_fractions,
    p_interval_warning,
    percent_warning,
)
from kg.model import ArmRef, Claim, Effect, Evidence, Outcome, Population, PValue


def test_consistency_whole_counts() -> None:
    assert fits(53.3, 1, 16, 30)
    assert not fits(53.3, 1, 17, 32)
    assert fits(53.0, 0, 17, 32)  # 53.125% written without decimals


def test_consistency_fitting_fractions_name_smaller_denominators() -> None:
    assert fitting_fractions(53.3, 1, 32) == [(16, 30), (8, 15)]
    assert fitting_fractions(93.3, 1, 31) == [(28, 30), (14, 15)]


def test_consistency_percent_warning() -> None:
    message = percent_warning(53.3, 32, "drug A alone")
    assert message is not None
    assert "53.3% of n=32 (drug A alone) is 17.06, not a whole count" in message
    assert "16/30" in message
    assert percent_warning(50.0, 32, "drug A") is None


def _claim(p: PValue, low: float, high: float) -> Claim:
    return Claim(
        id="c",
        population=Population(text=""),
        intervention=ArmRef(text="drug A"),
        outcome=Outcome(text="death"),
        effect=Effect(measure="hazard ratio", value=0.7, ci_low=low, ci_high=high),
        p_value=p,
        evidence=Evidence(start=0, end=1, text="x"),
    )


def test_consistency_p_value_against_interval() -> None:
    assert p_interval_warning(_claim(PValue(relation="=", value=0.2), 0.5, 0.9)) is not None
    assert p_interval_warning(_claim(PValue(relation="<", value=0.01), 0.8, 1.2)) is not None
    assert p_interval_warning(_claim(PValue(relation="<", value=0.01), 0.5, 0.9)) is None
    assert p_interval_warning(_claim(PValue(relation=">", value=0.05), 0.8, 1.2)) is None
