"""Ratios written in words ("2.2 times more likely (95% CI 1.14-4.29)") read as effects, on
invented texts."""

from __future__ import annotations

import pytest

from extractors.effect_estimates import find_times_ratios
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("text", "measure", "value", "interval"),
    [
        ("were 2.2 times more likely (95% CI 1.14-4.29; p = 0.02) to stop", "risk ratio", 2.2,
         (1.14, 4.29)),
        ("2.2 times more likely ([1·14–4.29]; p = 0.02) to stop", "risk ratio", 2.2, (1.14, 4.29)),
        ("were 3 times as likely (1.5-6.0) to relapse", "risk ratio", 3.0, (1.5, 6.0)),
        ("a 2.05 times higher risk of death (95% CI: 1.20-3.41, P = .007)", "risk ratio", 2.05,
         (1.2, 3.41)),
        ("a 2.9-fold increased risk of stroke (95% CI 1.3 to 5.7)", "risk ratio", 2.9, (1.3, 5.7)),
        ("a 3.4 fold increased risk of VTE [p < 0.01; 95% CI 1.5, 7.0]", "risk ratio", 3.4,
         (1.5, 7.0)),
        ("11.2 times higher odds of attending (95% CI 3.1-40.2)", "odds ratio", 11.2, (3.1, 40.2)),
        ("a 1.8 times higher hazard of relapse (95% CI 1.1-2.9)", "hazard ratio", 1.8, (1.1, 2.9)),
    ],
)  # fmt: skip
def test_a_ratio_in_words_with_its_interval(
    text: str, measure: str, value: float, interval: tuple[float, float]
) -> None:
    (effect,) = find_times_ratios(text)
    assert (effect.measure, effect.value) == (measure, value)
    assert effect.interval is not None
    assert (effect.interval.low, effect.interval.high) == interval
    assert text[effect.start :].startswith(str(value).removesuffix(".0"))


@pytest.mark.parametrize(
    "text",
    [
        # the bracket names its own effect: that one is read
        "2.7 times less likely (HR = 0.37, 95% CI: 0.17-0.84; p = 0.02)",
        "5.4 times more likely to respond (OR=5.45, 95% CI 1.67 to 17.86, P=0.005)",
        # no interval, or one that does not hold the value
        "4.3 times more likely to lose weight (p<0.01)",
        "2.0 times more likely to decline (21.6-29.6 vs 14.0-16.7%)",
        "2.5 times more likely (95% CI 0.4-0.9)",
        # "less likely": 1/2.7, or 2.7 on the inverted scale
        "2.7 times less likely (95% CI 1.2-5.9)",
        # a ratio of 1 or below is no "times more"
        "0.8 times as likely (95% CI 0.5-1.2)",
        # robust on odd input
        "",
        "times more likely (",
        "2 times more likely ((((((",
        "1e9 times more likely [",
    ],
)
def test_no_ratio_in_words(text: str) -> None:
    assert find_times_ratios(text) == []


def test_the_claim_of_a_ratio_in_words_has_it_as_its_effect(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "A randomised trial",
            ("Methods", "We randomised 140 adults to drug K (n = 70) or drug M (n = 70)."),
            (
                "Results",
                "Patients in the drug K group were 2.2 times more likely (95% CI 1.14-4.29; "
                "p = 0.02) to stop treatment than those in the drug M group and 2.7 times less "
                "likely (HR = 0.37, 95% CI: 0.17-0.84; p = 0.03) to have a relapse.",
            ),
        )
    )
    effects = {
        c.outcome.text: (c.effect.measure, c.effect.value, c.effect.ci_low, c.effect.ci_high)
        for c in record.claims
        if c.effect is not None
    }
    assert effects == {
        "stop treatment": ("risk ratio", 2.2, 1.14, 4.29),
        "have a relapse": ("hazard ratio", 0.37, 0.17, 0.84),
    }
