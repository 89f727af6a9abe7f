"""Per-arm results completed from arm sizes, and effects computed from them."""

from __future__ import annotations

import random

import pytest

from extractors.components.arm_results import (
    _decimals,
    complete_results,
    computed_effect,
    unique_count,
)
from extractors.components.arms import ArmMention
from extractors.pipeline import Extractor
from kg.model import ArmResult
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("percent", "total", "count"),
    [(30.0, 40, 12), (53.3, 30, 16), (53.3, 32, None), (42.0, 125, None), (0.0, 50, 0)],
)
def test_arm_results_unique_count(percent: float, total: int, count: int | None) -> None:
    assert unique_count(percent, total) == count


def test_arm_results_unique_count_tries_only_the_counts_near_the_percentage() -> None:
    def every_count(percent: float, total: int) -> int | None:
        tolerance = 0.5 * 10.0 ** -_decimals(percent) + 1e-9
        fits = [c for c in range(total + 1) if abs(100.0 * c / total - percent) <= tolerance]
        return fits[0] if len(fits) == 1 else None

    rng = random.Random(5)
    for _ in range(3000):
        total = rng.choice([1, 2, 3, 7, 40, 99, 100, 101, 333, 1000, rng.randint(1, 3000)])
        count = rng.randint(0, total)
        percent = round(100.0 * count / total, rng.choice([0, 1, 2]))
        percent = rng.choice([percent, percent + 0.1, 100.0, 0.0, round(rng.uniform(0, 100), 1)])
        if 0 <= percent <= 100:
            assert unique_count(percent, total) == every_count(percent, total), (percent, total)
    assert unique_count(12.5, 10**9) is None  # a million counts fit: none is the one
    assert unique_count(33.3333333, 3 * 10**6) == 10**6


def test_arm_results_computed_risk_ratio_from_counts() -> None:
    results = [
        ArmResult(arm="arm1", n=20, events=10, percent=50.0),
        ArmResult(arm="arm2", n=20, events=5, percent=25.0),
    ]
    effect = computed_effect(results, "arm1", "arm2")
    assert effect is not None
    assert (effect.measure, effect.value, effect.source) == ("risk ratio", 2.0, "computed")


def test_arm_results_computed_mean_difference() -> None:
    results = [
        ArmResult(arm="arm1", n=40, mean=12.0, sd=4.0),
        ArmResult(arm="arm2", n=50, mean=10.0, sd=3.0),
    ]
    effect = computed_effect(results, "arm1", "arm2")
    assert effect is not None
    assert (effect.measure, effect.value) == ("mean difference", 2.0)


def test_arm_results_no_effect_without_derivable_counts() -> None:
    results = [ArmResult(arm="arm1", percent=53.3), ArmResult(arm="arm2", percent=93.3)]
    assert computed_effect(results, "arm1", "arm2") is None


def test_arm_results_reported_effect_is_kept() -> None:
    record = Extractor().extract(
        article(
            "Drug Q for gout flares",
            (
                "Methods",
                "Adults with gout were randomly assigned to drug Q (n=20) or placebo (n=20).",
            ),
            (
                "Results",
                "Flares occurred in 5/20 with drug Q and 10/20 with placebo "
                "(odds ratio 0.33, 95% CI 0.09-1.27).",
            ),
        )
    )
    claim = next(c for c in record.claims if "flares" in c.outcome.text.lower())
    assert claim.effect is not None
    assert (claim.effect.measure, claim.effect.source) == ("odds ratio", "reported")


def test_arm_results_effect_computed_when_none_reported() -> None:
    record = Extractor().extract(
        article(
            "Drug Q for gout flares",
            (
                "Methods",
                "Adults with gout were randomly assigned to drug Q (n=40) or placebo (n=40).",
            ),
            ("Results", "Flares occurred in 30% with drug Q and 50% with placebo."),
        )
    )
    claim = next(c for c in record.claims if "flares" in c.outcome.text.lower())
    assert [(r.events, r.n) for r in claim.results] == [(12, 40), (20, 40)]
    assert claim.effect is not None
    assert claim.effect.source == "computed"
    assert claim.effect.measure == "risk ratio"
    assert claim.effect.value == pytest.approx(0.6)


def test_arm_results_n_filled_for_means() -> None:
    results = complete_results(
        [ArmResult(arm="arm1", mean=3.0, sd=1.0)],
        [],
    )
    assert results[0].n is None


def test_arm_results_count_with_percent_gets_its_denominator() -> None:
    record = Extractor().extract(
        article(
            "Drug Q for gout flares",
            (
                "Methods",
                "Adults with gout were randomly assigned to drug Q (n=32) or placebo (n=31).",
            ),
            (
                "Results",
                "Response was achieved by 16 (53.3%) with placebo and 28 (93.3%) with drug Q "
                "(p<0.05).",
            ),
        )
    )
    claim = next(c for c in record.claims if "response" in c.outcome.text.lower())
    by_arm = {r.arm: (r.events, r.n, r.percent) for r in claim.results}
    assert by_arm == {"arm2": (16, 30, 53.3), "arm1": (28, 30, 93.3)}
    assert claim.effect is not None and claim.effect.source == "computed"
    assert claim.effect.value == pytest.approx(1.75)
    assert claim.direction == "increased"


def test_arm_results_mean_sd_in_brackets_and_medians() -> None:
    record = Extractor().extract(
        article(
            "Drug Q for gout flares",
            (
                "Methods",
                "Adults with gout were randomly assigned to drug Q (n=40) or placebo (n=40).",
            ),
            (
                "Results",
                "Pain scores, mean (SD), were 3.2 (1.1) with drug Q and 4.5 (1.3) with placebo "
                "(P=0.01). Median flare duration was 4 days (IQR 2-6) with drug Q and 7 days "
                "(IQR 5-9) with placebo (P=0.02).",
            ),
        )
    )
    pain = next(c for c in record.claims if "pain" in c.outcome.text.lower())
    assert [(r.arm, r.mean, r.sd, r.n) for r in pain.results] == [
        ("arm1", 3.2, 1.1, 40),
        ("arm2", 4.5, 1.3, 40),
    ]
    assert pain.effect is not None and pain.effect.measure == "mean difference"
    assert pain.effect.value == pytest.approx(-1.3)
    assert pain.direction == "decreased"
    flare = next(c for c in record.claims if "flare" in c.outcome.text.lower())
    assert [(r.arm, r.median) for r in flare.results] == [("arm1", 4.0), ("arm2", 7.0)]


def test_arm_results_count_written_alone_takes_its_arms_n() -> None:
    arms = [ArmMention("arm1", "drug A", 40, ["drug A"]), ArmMention("arm2", "placebo", 41, [])]
    results = complete_results(
        [ArmResult(arm="arm1", events=8), ArmResult(arm="arm2", events=17)], arms
    )
    assert [(r.events, r.n) for r in results] == [(8, 40), (17, 41)]
