"""Effect sizes computed from per-arm numbers, with their confidence intervals.

Binary outcomes (events and group size per arm): risk ratio, odds ratio and risk difference,
with the estimates and variances of ``statsmodels.stats.meta_analysis.effectsize_2proportions``
(log scale for the ratios, so the interval is ``exp(log value +- z * se)``; a zero cell gets
the usual 0.5 continuity correction on every cell of that comparison). Continuous outcomes
(mean, SD and n per arm): the mean difference with the variance ``sd1**2 / n1 + sd2**2 /
n2``, and the standardised mean difference (Hedges' g, bias-corrected) with the estimate and
variance of ``effectsize_smd``.

The formulas are statsmodels' own, written out here (tests/test_effects.py checks them
against statsmodels on a grid of inputs): importing statsmodels and scipy took about a
second, most of the extraction pipeline's load time. statsmodels stays for the
meta-analysis (``kg.meta_analysis``).

Each function returns None when the numbers cannot give the measure (a group size of 0,
events above the group size, a ratio whose both arms have no events or all events, an SD
that is not positive).

Example: ``risk_ratio(10, 20, 5, 20)`` is 2.0 with the 95% interval exp(ln 2 +- 1.96 *
sqrt(1/10 - 1/20 + 1/5 - 1/20)) = 0.83 to 4.81.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

from kg.model import Effect, EffectMeasure


@dataclass(frozen=True, slots=True)
class ComputedEffect:
    """An effect estimate with its interval at ``level``."""

    measure: EffectMeasure
    value: float
    ci_low: float
    ci_high: float
    level: float = 0.95

    def as_effect(self) -> Effect:
        """The ``kg.model.Effect`` of this estimate, marked as computed."""
        return Effect(
            measure=self.measure,
            value=round(self.value, 4),
            ci_low=round(self.ci_low, 4),
            ci_high=round(self.ci_high, 4),
            ci_level=self.level,
            source="computed",
        )


def _z(level: float) -> float:
    return NormalDist().inv_cdf(0.5 + level / 2.0)


def two_proportions(
    events1: int, n1: int, events2: int, n2: int, statistic: str
) -> tuple[float, float] | None:
    """(estimate, variance) of ``statistic`` ("diff", "risk-ratio" or "odds-ratio", the
    ratios on the log scale) as ``effectsize_2proportions`` gives them, with a 0.5
    continuity correction on every cell when one is 0 (not for "diff"); None when not
    finite."""
    if statistic not in ("diff", "risk-ratio", "odds-ratio"):
        raise ValueError(f"unknown statistic {statistic!r}")
    cells = (events1, n1 - events1, events2, n2 - events2)
    correction = 0.5 if statistic != "diff" and 0 in cells else 0.0
    size1, size2 = n1 + 2 * correction, n2 + 2 * correction
    p1, p2 = (events1 + correction) / size1, (events2 + correction) / size2
    try:
        if statistic == "diff":
            value, var = p1 - p2, p1 * (1 - p1) / size1 + p2 * (1 - p2) / size2
        elif statistic == "risk-ratio":
            value = math.log(p1) - math.log(p2)
            var = (1 - p1) / p1 / size1 + (1 - p2) / p2 / size2
        else:
            value = math.log(p1) - math.log(1 - p1) - math.log(p2) + math.log(1 - p2)
            var = 1 / (p1 * (1 - p1) * size1) + 1 / (p2 * (1 - p2) * size2)
    except (ValueError, ZeroDivisionError):  # a log of 0 or a zero proportion
        return None
    if not (math.isfinite(value) and math.isfinite(var)) or var < 0:
        return None
    return value, var


def smd(
    mean1: float, sd1: float, n1: int, mean2: float, sd2: float, n2: int
) -> tuple[float, float]:
    """(Hedges' g, its variance) as ``effectsize_smd`` gives them: the pooled-SD difference
    times ``1 - 3 / (4 * (n1 + n2) - 9)``, variance ``n / n1 / n2 + g**2 / 2 / (n - 3.94)``."""
    pooled = math.sqrt((sd1**2 * (n1 - 1) + sd2**2 * (n2 - 1)) / (n1 + n2 - 2))
    total = n1 + n2
    g = (1 - 3 / (4 * total - 9)) * (mean1 - mean2) / pooled
    return g, total / n1 / n2 + g**2 / 2 / (total - 3.94)


def _valid_counts(events1: int, n1: int, events2: int, n2: int) -> bool:
    return n1 > 0 and n2 > 0 and 0 <= events1 <= n1 and 0 <= events2 <= n2


def risk_ratio(
    events1: int, n1: int, events2: int, n2: int, level: float = 0.95
) -> ComputedEffect | None:
    """Risk ratio of arm 1 over arm 2 with its log-scale interval."""
    if not _valid_counts(events1, n1, events2, n2) or events1 + events2 == 0:
        return None
    found = two_proportions(events1, n1, events2, n2, "risk-ratio")
    if found is None:
        return None
    log_rr, var = found
    half = _z(level) * math.sqrt(var)
    return ComputedEffect(
        "risk ratio", math.exp(log_rr), math.exp(log_rr - half), math.exp(log_rr + half), level
    )


def odds_ratio(
    events1: int, n1: int, events2: int, n2: int, level: float = 0.95
) -> ComputedEffect | None:
    """Odds ratio of arm 1 over arm 2 with its log-scale (Woolf) interval."""
    if not _valid_counts(events1, n1, events2, n2) or events1 + events2 == 0:
        return None
    if events1 + events2 == n1 + n2:
        return None
    found = two_proportions(events1, n1, events2, n2, "odds-ratio")
    if found is None:
        return None
    log_or, var = found
    half = _z(level) * math.sqrt(var)
    return ComputedEffect(
        "odds ratio", math.exp(log_or), math.exp(log_or - half), math.exp(log_or + half), level
    )


def risk_difference(
    events1: int, n1: int, events2: int, n2: int, level: float = 0.95
) -> ComputedEffect | None:
    """Risk difference (arm 1 minus arm 2, as a proportion) with its Wald interval."""
    if not _valid_counts(events1, n1, events2, n2):
        return None
    found = two_proportions(events1, n1, events2, n2, "diff")
    if found is None:
        return None
    diff, var = found
    half = _z(level) * math.sqrt(var)
    return ComputedEffect("risk difference", diff, diff - half, diff + half, level)


def _valid_continuous(sd1: float, n1: int, sd2: float, n2: int) -> bool:
    return n1 > 1 and n2 > 1 and sd1 > 0 and sd2 > 0


def mean_difference(
    mean1: float, sd1: float, n1: int, mean2: float, sd2: float, n2: int, level: float = 0.95
) -> ComputedEffect | None:
    """Mean difference (arm 1 minus arm 2), variance ``sd1²/n1 + sd2²/n2``."""
    if not _valid_continuous(sd1, n1, sd2, n2):
        return None
    diff = mean1 - mean2
    half = _z(level) * math.sqrt(sd1**2 / n1 + sd2**2 / n2)
    return ComputedEffect("mean difference", diff, diff - half, diff + half, level)


def standardized_mean_difference(
    mean1: float, sd1: float, n1: int, mean2: float, sd2: float, n2: int, level: float = 0.95
) -> ComputedEffect | None:
    """Hedges' g (arm 1 minus arm 2, pooled SD, small-sample corrected; ``smd``)."""
    if not _valid_continuous(sd1, n1, sd2, n2):
        return None
    value, var = smd(mean1, sd1, n1, mean2, sd2, n2)
    if not (math.isfinite(value) and math.isfinite(var)) or var < 0:
        return None
    half = _z(level) * math.sqrt(var)
    return ComputedEffect("standardized mean difference", value, value - half, value + half, level)
