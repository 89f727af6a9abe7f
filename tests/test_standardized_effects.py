"""Standardised effect sizes: Cohen's d and Hedges' g read as standardized mean differences,
the estimator named or the bare letter as a statistic of its bracket; never a unit (days,
grams). All texts are invented."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from extractors.standardized_effects import find_standardized_effects
from tests.test_pipeline_abstracts import article

_SMD = "standardized mean difference"


@pytest.mark.parametrize(
    ("text", "value", "interval"),
    [
        ("lower with A (p < .001, d = 0.88).", 0.88, None),
        ("(Cohen d = 0.20 [95% CI, 0.01-0.40])", 0.2, (0.01, 0.4)),
        ("(Cohen's d, 0.6; 95% confidence interval (CI), 0.09-1.11)", 0.6, (0.09, 1.11)),
        ("(d = 1.21, 95%CI [0.79 to 1.62]; P < 0.001)", 1.21, (0.79, 1.62)),
        ("(g = -1.01, p = .02)", -1.01, None),
        ("Hedges' g = 0.45", 0.45, None),
        ("Hedges's g was -0.30", -0.3, None),
        ("a medium effect size (Cohen’s d) of 0.5", 0.5, None),
        ("(1.5 vs. 4.2, effect size d=0.56, P=0.212)", 0.56, None),
        ("(z = 2.05; p = 0.04; d = 1.12)", 1.12, None),
        ("reductions in use (d = .54)", 0.54, None),
    ],
)
def test_standardized_effects_read(
    text: str, value: float, interval: tuple[float, float] | None
) -> None:
    (effect,) = find_standardized_effects(text)
    assert (effect.measure, effect.value) == (_SMD, pytest.approx(value))
    bounds = (effect.interval.low, effect.interval.high) if effect.interval else None
    assert bounds == (pytest.approx(interval) if interval else None)


@pytest.mark.parametrize(
    "text",
    [
        "Hospital stay was 5 d vs 7 d (p = 0.01).",  # days
        "weight gain of 120 g vs 80 g (p = 0.04)",  # grams
        "(dose 10 mg/d = 0.5 mg/kg)",  # a unit before "="
        "where d = 0.5 is a medium effect",  # no bracket
        "(mean 4.1 vs 3.2 d = 0.9)",  # in a bracket, but not as one of its statistics
        "(t = 2.1, d = 12.5)",  # no standardised difference is 12 SDs
        "Cohen's kappa was 0.8",
        "(d = 1.06-1.24 on the two scales)",  # a range of values
        "Cohen's d of 0.4 to 0.6",
    ],
)
def test_standardized_effects_not_read(text: str) -> None:
    assert find_standardized_effects(text) == []


def test_standardized_effects_on_claims(extractor: Extractor) -> None:
    results = (
        "Burnout was lower with mindfulness training than with the waiting list (p < .001, d "
        "= 0.88). Sleep quality improved more with mindfulness training than with the waiting "
        "list (Cohen's d, 0.6; 95% CI, 0.09 to 1.11)."
    )
    methods = (
        "Methods",
        "We randomly assigned 120 nurses to mindfulness training or a waiting list.",
    )
    record = extractor.extract(article("A trial", methods, ("Results", results)))
    effects = [
        (c.outcome.text, c.effect and (c.effect.measure, c.effect.value, c.effect.ci_low))
        for c in record.claims
    ]
    assert effects == [("Burnout", (_SMD, 0.88, None)), ("Sleep quality", (_SMD, 0.6, 0.09))]
