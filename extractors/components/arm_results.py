"""Completing a claim's per-arm results and computing its effect from them.

Not a component: ``evg_claims`` uses these. Method:
- a count with a percentage ("16 (53.3%)") gets the denominator that fits: the arm's n when
  it does, else the only one that does;
- a result without its own denominator takes its arm's randomised n when that n is the only
  one it can stand on: a count of events written alone ("27 relapses in the A group") with
  the arm's n, or a percentage of which exactly one whole count of the arm's n rounds to the
  percentage written (then the count is the events); a percentage that fits no count, or
  several, keeps n and events empty;
- a mean (± SD) or a median without its own n takes the number of its arm that completed or
  was analysed when the text gives it per arm ("19 and 23 completed"), else the arm's
  randomised n: continuous outcomes are summarised over those analysed (Cochrane Handbook,
  6.5.2), while event counts keep the denominator written or derived above;
- the computed effect (``kg.effects``): risk ratio from events and n of the intervention and
  comparator arms, else the mean difference from their means, SDs and n. Never from numbers
  that were not derivable;
- results that only count the arms' people (``sizes_only``: events as many as the arm's n)
  are the arms' sizes, no result.

Example: "relapse 30% with drug A (n=40) vs 50% with placebo (n=40)" gives 12/40 and 20/40,
and the computed risk ratio 0.6.
"""

from __future__ import annotations

import math
from dataclasses import replace

from extractors.components.arms import ArmMention
from extractors.components.result_values import ValueGroup
from kg.effects import mean_difference, risk_ratio
from kg.model import ArmResult, Effect

_EPSILON = 1e-9


def _decimals(value: float) -> int:
    text = repr(float(value))
    fraction = text.split(".")[1] if "." in text and "e" not in text else ""
    return 0 if fraction == "0" else len(fraction)


def unique_count(percent: float, total: int) -> int | None:
    """The one whole count of ``total`` that rounds to ``percent`` as written, else None."""
    if total <= 0 or not 0 <= percent <= 100:
        return None
    tolerance = 0.5 * 10.0 ** -_decimals(percent) + _EPSILON
    # only the counts near percent of total can fit (two to spare either side): a trial of
    # 100,000 is no loop over 100,001 counts
    low = max(0, math.floor((percent - tolerance) * total / 100.0) - 2)
    high = min(total, math.ceil((percent + tolerance) * total / 100.0) + 2)
    counts = [c for c in range(low, high + 1) if abs(100.0 * c / total - percent) <= tolerance]
    return counts[0] if len(counts) == 1 else None


def results_of(groups: list[ValueGroup]) -> list[ArmResult]:
    """One ``ArmResult`` per arm, from the first value group assigned to it."""
    results: list[ArmResult] = []
    for g in groups:
        if g.arm is None or any(r.arm == g.arm for r in results):
            continue
        n = g.total if g.total is not None else g.n
        results.append(
            ArmResult(
                arm=g.arm,
                n=n,
                events=g.events,
                percent=g.percent,
                mean=g.mean,
                sd=g.sd,
                median=g.median,
                median_low=g.median_low,
                median_high=g.median_high,
                median_spread=g.median_spread if g.median_spread in ("iqr", "range") else None,
            )
        )
    return results


def fitting_total(events: int, percent: float, preferred: int | None) -> int | None:
    """The denominator of ``events`` written beside ``percent`` ("16 (53.3%)" -> 30): the
    ``preferred`` one (the arm's n) when it fits, else the only one that fits, else None."""
    if events <= 0 or not 0 < percent <= 100:
        return None
    tolerance = 0.5 * 10.0 ** -_decimals(percent) + _EPSILON
    if preferred and abs(100.0 * events / preferred - percent) <= tolerance:
        return preferred
    low = max(events, int(100.0 * events / (percent + tolerance)))
    high = int(100.0 * events / max(percent - tolerance, 1e-9)) + 1
    if high - low > 50:
        return None
    fits = [n for n in range(low, high + 1) if abs(100.0 * events / n - percent) <= tolerance]
    return fits[0] if len(fits) == 1 else None


def complete_results(results: list[ArmResult], arms: list[ArmMention]) -> list[ArmResult]:
    """``results`` with n (and events) filled from the arms' n, or for a mean or median
    the number analysed, where derivable."""
    sizes = {a.id: a.n for a in arms if a.n}
    analysed = {a.id: a.analysed for a in arms if a.analysed}
    completed = []
    for r in results:
        size = sizes.get(r.arm)
        if r.n is None and r.events is not None and r.percent is not None:
            total = fitting_total(r.events, r.percent, size)
            if total is not None:
                r = r.model_copy(update={"n": total})
        elif r.n is None and (r.mean is not None or r.median is not None):
            n = analysed.get(r.arm, size)
            if n is not None:
                r = r.model_copy(update={"n": n})
        elif r.n is None and size is not None:
            if r.percent is not None and r.events is None:
                count = unique_count(r.percent, size)
                if count is not None:
                    r = r.model_copy(update={"n": size, "events": count})
            elif r.events is not None and r.percent is None and r.events <= size:
                r = r.model_copy(update={"n": size})  # "27 relapses in group A": of its n
        completed.append(r)
    return completed


def arm_share(result: ArmResult) -> float | None:
    """The arm's share in percent: written, else its events over its n; None without both."""
    if result.percent is not None:
        return result.percent
    if result.events is not None and result.n:
        return 100.0 * result.events / result.n
    return None


def with_arm_totals(groups: list[ValueGroup], arms: list[ArmMention]) -> list[ValueGroup]:
    """``groups`` with a count alone ("23 patients in the A group") over its arm's n, where
    the arm's n is known and holds more: the share its direction is read from."""
    sizes = {a.id: a.n for a in arms if a.n}
    return [
        replace(g, total=size)
        if (
            g.events is not None
            and g.total is None
            and g.percent is None
            and (size := sizes.get(g.arm or "")) is not None
            and g.events < size  # the whole arm: its size, no events
        )
        else g
        for g in groups
    ]


def computed_effect(
    results: list[ArmResult], intervention: str | None, comparator: str | None
) -> Effect | None:
    """The effect of the intervention arm over the comparator arm from their results."""
    by_arm = {r.arm: r for r in results}
    a = by_arm.get(intervention) if intervention else None
    b = by_arm.get(comparator) if comparator else None
    if a is None or b is None or a.n is None or b.n is None:
        return None
    if a.events is not None and b.events is not None:
        rr = risk_ratio(a.events, a.n, b.events, b.n)
        return rr.as_effect() if rr is not None else None
    if a.mean is not None and b.mean is not None and a.sd is not None and b.sd is not None:
        md = mean_difference(a.mean, a.sd, a.n, b.mean, b.sd, b.n)
        return md.as_effect() if md is not None else None
    return None


def sizes_only(results: list[ArmResult]) -> bool:
    """Whether each result counts its arm's people and nothing else (events as many as its
    arm's n, no share, no mean): the arms' sizes, no result."""
    return bool(results) and all(
        r.events is not None
        and r.events == r.n
        and r.percent is None
        and r.mean is None
        and r.median is None
        for r in results
    )
