"""A claim's reported effect and how far to trust the claim.

``reported_effect`` picks the first of a statement's effects that fits its claim (an
unnamed difference is a risk difference only between proportions), ``claim_effect`` turns
it into ``kg.model.Effect`` (its interval only when it is a confidence interval),
``interval_warnings`` says what became of any other interval, and ``claim_confidence``
scores the finished claim; ``respective_reported`` and ``item_quantities`` give each item of a
list the effect a list of them gives it "respectively" (``only_listed_values``: a clause that
is a result only for such a list of values that went to no outcome). Split out of ``claims``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.components.direction_words import direction_cue
from extractors.components.quantities import Quantities
from extractors.effect_estimates import EffectSize
from extractors.numbers import RESPECTIVELY, format_number
from kg.model import (
    ArmResult,
    Claim,
    Effect,
)

# measures whose own unit is a percentage: a difference of them is no risk difference
_PERCENT_MEASURE = re.compile(
    r"(?i)\b(?:hba1c|a1c|glyc(?:at|osyl)ated|ha?emoglobin|ejection\s+fraction|lvef|body\s+fat|"
    r"fat\s+mass|saturation|spo2|sao2|fev1|fvc|predicted|ha?ematocrit|oxygenation|bone\s+density)"
)


def reported_effect(
    effects: list[EffectSize], results: list[ArmResult], outcome: str
) -> EffectSize | None:
    """The first of a statement's reported effects that fits its claim: a difference the text
    does not name ("(difference -18%; 95% CI -30% to -6%)", ``EffectSize.named``) is a risk
    difference only when the arms' results are proportions (events or percentages, no mean
    or median) and the outcome is no measure written in percent ("HbA1c 7.1% vs 7.6%"); an
    unnamed mean difference ("difference 52 mL (95% CI 28 to 77)", ``find_plain_differences``)
    only when they are not."""
    proportions = (
        not _PERCENT_MEASURE.search(outcome)
        and any(r.events is not None or r.percent is not None for r in results)
        and all(
            r.mean is None and r.median is None and (r.percent is None or 0 <= r.percent <= 100)
            for r in results
        )
    )
    return next(
        (e for e in effects if e.named or (e.measure == "mean difference") != proportions), None
    )


def respective_reported(
    text: str, effects: list[EffectSize], start: int, end: int
) -> list[EffectSize]:
    """The reported effects of one measure that a clause lists after ``start`` and before its
    "respectively" (by ``end``), one for each of the items listed before them: "the risks of X
    and Y were higher, with adjusted HRs of 5.1 (95% CI 1.2-21.7) and 4.2 (95% CI 1.8-9.8),
    respectively"; [] when there are fewer than two, their measures differ or no
    "respectively" follows them."""
    listed = [e for e in effects if start <= e.start and e.end <= end]
    if len(listed) < 2 or len({e.measure for e in listed}) != 1:
        return []
    return listed if RESPECTIVELY.search(text, listed[-1].end, end) else []


def item_quantities(q: Quantities, listed: list[EffectSize], count: int, index: int) -> Quantities:
    """The quantities of a clause for the ``index``-th of its ``count`` items, whose effects
    ``listed`` gives respectively (``respective_reported``): that effect alone, and the p
    value in its place when each effect has one after it ("5.1 (95% CI 1.2-21.7, p < .001) and
    4.2 (95% CI 1.8-9.8, p = .002)"), else the clause's. When the items are not as many as the
    effects, the clause's own, less the values listed without their intervals ("odds ratios of
    2.7 and 7.3, respectively" of one outcome phrase not split): no one of them is its
    effect."""
    if len(listed) != count:
        unlisted = [e for e in q.effects if e.interval is not None or e not in listed]
        return replace(q, effects=unlisted) if len(unlisted) < len(q.effects) else q
    if not listed:
        return q
    own_p = [p for p in q.p_values if p.start >= listed[0].start]
    p_values = [own_p[index]] if len(own_p) == len(listed) else q.p_values
    return replace(q, effects=[listed[index]], p_values=p_values)


def only_listed_values(q: Quantities, listed: list[EffectSize], clause: str) -> bool:
    """Whether a clause is a result only for the values a plural name lists without intervals
    ("Adjusted odds ratios (aOR) for X and Y were 2.67 and 7.27 respectively", where X and Y
    were not read as two outcomes): no other effect, no p value, no interval and no direction
    word; so it gives no claim (its values are no effect of one outcome)."""
    return (
        bool(listed)
        and all(e in listed and e.interval is None for e in q.effects)
        and not (q.p_values or q.intervals)
        and direction_cue(clause) is None
    )


def claim_effect(effect: EffectSize | None) -> Effect | None:
    """The claim's reported effect; its interval is the effect's CI only when it is a
    confidence interval (``interval_warnings`` says what became of any other)."""
    if effect is None:
        return None
    interval = effect.interval
    if interval is not None and interval.kind != "confidence":
        interval = None
    return Effect(
        measure=effect.measure,
        value=effect.value,
        ci_low=interval.low if interval else None,
        ci_high=interval.high if interval else None,
        ci_level=interval.level if interval else None,
        source="reported",
    )


def interval_warnings(effect: EffectSize | None) -> list[str]:
    """A warning for a reported effect whose interval is no confidence interval ("OR 0.75 (95%
    CrI 0.61-0.93)": a Bayesian credible interval; "95% UI": an uncertainty interval; a
    prediction interval): the effect keeps its value, and the interval, not stored as its CI,
    is written here."""
    interval = effect.interval if effect is not None else None
    if effect is None or interval is None or interval.kind == "confidence":
        return []
    level = f"{format_number(interval.level * 100)}% " if interval.level is not None else ""
    return [
        f"the {effect.measure} {format_number(effect.value)} has a {level}{interval.kind} "
        f"interval {format_number(interval.low)} to {format_number(interval.high)}, not a "
        "confidence interval: not stored as its CI"
    ]


def claim_confidence(claim: Claim) -> float:
    """How complete ``claim`` is, 0.05-0.95: 0.2 plus 0.07 for each filled field (outcome, time
    point, two arms' results, p, effect, arm, comparator, direction, significance, population),
    less 0.1 when hedged. Recomputed by any step that fills fields later (``evg_before_after``)."""
    filled = [
        bool(claim.outcome.text),
        claim.outcome.timepoint is not None,
        len(claim.results) >= 2,
        claim.p_value is not None,
        claim.effect is not None,
        claim.intervention.arm is not None,
        claim.comparator is not None,
        claim.direction != "unclear",
        claim.significant is not None,
        bool(claim.population.text),
    ]
    score = 0.2 + 0.07 * sum(filled)
    if claim.hedged:
        score -= 0.1
    return round(max(0.05, min(0.95, score)), 2)
