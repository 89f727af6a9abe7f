"""A difference written with its confidence interval but no measure's name ("difference 52 mL
(95% CI 28 to 77 mL)"): an unnamed mean difference, whose interval tells a claim's
significance where no p value does. Invented sentences only."""

from __future__ import annotations

import pytest

from extractors.components.quantities import parse_quantities
from extractors.pipeline import Extractor
from extractors.plain_differences import find_plain_differences
from kg.model import Claim
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Blood loss fell more with K (difference 52 mL, 95% CI 28 to 77 mL).", 52, 28, 77),
        ("Costs were lower (difference £15.20; 95% CI 11.1 to 19.3).", 15.2, 11.1, 19.3),
        ("Scores rose (difference in means 0.19, 95% CI 0.07-0.31).", 0.19, 0.07, 0.31),
        ("Pain fell (difference between groups -16 mm, 95% confidence interval: -26 to -6).",
         -16, -26, -6),
        ("Weight fell (the difference in weight change was -4.1 kg (95% CI -6.4, -1.8)).",
         -4.1, -6.4, -1.8),
        ("Dyspnoea was worse (differences between means of 0.34, 95% C.I. -0.33, 1.02).",
         0.34, -0.33, 1.02),
        ("Stay was shorter (estimated treatment difference, -6.7 days; 95% CI, -12.0 to -1.9).",
         -6.7, -12.0, -1.9),
    ],
)  # fmt: skip
def test_an_unnamed_difference_with_its_interval(
    text: str, value: float, low: float, high: float
) -> None:
    (effect,) = find_plain_differences(text)
    assert effect.measure == "mean difference" and effect.named is False
    assert effect.interval is not None
    assert (effect.value, effect.interval.low, effect.interval.high) == (value, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Blood loss fell more with K (difference 52 mL).",  # no interval
        "Blood loss fell more with K (difference 52 mL, 95% CI 60 to 77 mL).",  # not holding it
        "Blood loss fell more with K (difference 52 mL; IQR 28 to 77 mL).",  # no CI
        "Stay was shorter (difference in medians = 2 days, (95% CI, 1 to 4 days)).",  # medians
        "Remission rose (percentage difference of 16.9; 95% CI 1.3 to 32.4).",  # of percentages
        "There was no difference in infections with OR 0.77; 95% CI 0.52-1.14.",  # a ratio
        "Remission rose (mean difference 3.1, 95% CI 1.0 to 5.2).",  # named: find_effects'
    ],
)
def test_not_an_unnamed_mean_difference(text: str) -> None:
    assert find_plain_differences(text) == []


def test_a_named_ratio_in_the_same_words_stays_the_effect() -> None:
    (effect,) = parse_quantities(
        "There was no difference in the rates of infection OR 0.65; 95% (0.40-1.05)."
    ).effects
    assert (effect.measure, effect.value) == ("odds ratio", 0.65)


def _claim(extractor: Extractor, result: str) -> Claim:
    (claim,) = extractor.extract(
        article(
            "Drug K for breathlessness",
            ("Methods", "Adults were randomized to drug K (n = 60) or placebo (n = 61)."),
            ("Results", result),
        )
    ).claims
    return claim


def test_an_interval_across_zero_makes_the_claim_not_significant(extractor: Extractor) -> None:
    claim = _claim(
        extractor,
        "Breathlessness scores were slightly higher with drug K than with placebo "
        "(difference 0.34, 95% CI -0.33 to 1.02).",
    )
    assert claim.significant is False and claim.direction == "no difference"
    assert claim.effect is not None
    assert (claim.effect.measure, claim.effect.ci_low, claim.effect.ci_high) == (
        "mean difference",
        -0.33,
        1.02,
    )


def test_an_interval_clear_of_zero_makes_it_significant(extractor: Extractor) -> None:
    claim = _claim(
        extractor,
        "Blood loss was lower with drug K than with placebo (difference 52 mL, 95% CI 28 to 77).",
    )
    assert claim.significant is True and claim.direction == "decreased"


def test_beside_proportions_it_is_no_mean_difference(extractor: Extractor) -> None:
    claim = _claim(
        extractor,
        "Relapse occurred in 30% with drug K and 20% with placebo "
        "(difference 0.10, 95% CI -0.02 to 0.22).",
    )
    assert claim.effect is None or claim.effect.measure != "mean difference"
