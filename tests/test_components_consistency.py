"""evg_consistency: percentages that are no whole counts, p values against intervals, reported
effects against the arms' own values."""

from __future__ import annotations

import pytest

from extractors.components.consistency import (
    fits,
    fitting_fractions,
    orientation_warning,
    p_interval_warning,
    percent_warning,
)
from extractors.pipeline import Extractor
from kg.model import ArmRef, ArmResult, Claim, Effect, Evidence, Outcome, Population, PValue
from tests.test_pipeline_abstracts import article


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


def _compared(
    measure: str, value: float, mine: dict[str, float], theirs: dict[str, float]
) -> Claim:
    return Claim(
        id="c",
        population=Population(text=""),
        intervention=ArmRef(arm="arm1", text="drug A"),
        comparator=ArmRef(arm="arm2", text="drug B"),
        outcome=Outcome(text="relapse"),
        results=[
            ArmResult.model_validate({"arm": "arm1", **mine}),
            ArmResult.model_validate({"arm": "arm2", **theirs}),
        ],
        effect=Effect.model_validate({"measure": measure, "value": value}),
        evidence=Evidence(start=0, end=1, text="x"),
    )


@pytest.mark.parametrize(
    ("measure", "value", "mine", "theirs", "warned"),
    [
        ("risk ratio", 0.63, {"percent": 16.6}, {"percent": 9.7}, True),
        ("risk ratio", 1.71, {"percent": 16.6}, {"percent": 9.7}, False),
        ("odds ratio", 2.0, {"events": 5, "n": 50}, {"events": 10, "n": 50}, True),
        ("risk difference", 0.09, {"percent": 68}, {"percent": 77}, True),
        ("mean difference", -1.5, {"mean": 5.0}, {"mean": 3.5}, True),
        ("mean difference", 1.5, {"mean": 5.0}, {"mean": 3.5}, False),
        # a hazard ratio is of time to an event that percentages (of survival) may not count
        ("hazard ratio", 0.6, {"percent": 60}, {"percent": 40}, False),
        ("risk ratio", 0.8, {"percent": 20}, {"percent": 20}, False),
    ],
)  # fmt: skip
def test_consistency_effect_against_arm_values(
    measure: str, value: float, mine: dict[str, float], theirs: dict[str, float], warned: bool
) -> None:
    assert (orientation_warning(_compared(measure, value, mine, theirs)) is not None) == warned


def test_consistency_ratio_against_arms_on_claims(extractor: Extractor) -> None:
    methods = ("Methods", "We randomly assigned 310 adults to levetiracetam or phenytoin.")
    results = (
        "Results",
        "Seizure recurrence was higher with phenytoin in comparison to levetiracetam (16.6% vs. "
        "9.7%, RR = 0.63, 95% CI 0.44-0.90, p = 0.01).",
    )
    (claim,) = extractor.extract(article("A trial", methods, results)).claims
    assert (claim.intervention.text, claim.direction) == ("phenytoin", "increased")
    assert claim.effect is not None and claim.effect.value == 0.63
    assert claim.warnings == [
        "the reported risk ratio 0.63 is below 1, but phenytoin's 16.6% is above "
        "levetiracetam's 9.7%: the effect may compare levetiracetam with phenytoin"
    ]
