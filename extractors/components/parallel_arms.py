"""One arm's value in each of two sentences in a row, for the same outcome.

"Of 84 patients assigned to A, eight (10%) had X. In contrast, of 83 patients assigned to B,
30 (36%) had X (P < 0.001)." The first sentence names one arm and one value and makes no
claim of its own (no comparison, no statistic); the second makes a claim with the other arm's
value alone. ``lone_arm_value`` reads the first; ``join_lone_arm`` gives the second's claim
both arms: the trial's control the comparator, the values of both, the direction they give
(unless the claim is not significant) and evidence that runs from the first sentence. Only in
a trial of two arms, and only where the two outcome phrases share a distinctive word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from extractors.components.arm_results import (
    arm_share,
    complete_results,
    computed_effect,
    results_of,
)
from extractors.components.arms import ArmMention
from extractors.components.claim_arms import Link, arm_ref
from extractors.components.claim_wording import outcome_words
from extractors.components.comparison_direction import value_direction
from extractors.components.quantities import Quantities
from extractors.components.result_values import assign_arms, dose_words, value_groups
from extractors.components.statements import read_statement
from kg.model import ArmResult, Claim, Direction, Evidence


@dataclass(frozen=True, slots=True)
class LoneArmValue:
    """The value one sentence gives for one arm, the words of its outcome, where it starts."""

    result: ArmResult
    words: frozenset[str]
    start: int


def lone_arm_value(
    text: str, bounds: tuple[int, int], q: Quantities, arms: list[ArmMention]
) -> LoneArmValue | None:
    """The one arm's value of the sentence ``text[start:end]`` that names one value, of one of
    the two arms, and an outcome (see the module docstring), else None."""
    start, end = bounds
    if len(arms) != 2:
        return None
    words = dose_words(word for arm in arms for word in arm.words)  # as ``Claims`` reads values
    groups = assign_arms(text, start, end, value_groups(text, q, words), arms)
    if len(groups) != 1 or groups[0].arm is None:
        return None
    statement = read_statement(text, start, end)
    if statement.outcome is None:
        return None
    outcome = outcome_words(text[statement.outcome[0] : statement.outcome[1]])
    results = complete_results(results_of(groups), arms)
    return LoneArmValue(results[0], outcome, start) if outcome and results else None


def _value(result: ArmResult) -> float | None:
    """The value an arm's direction is read from, as ``ValueGroup.value`` gives it."""
    share = arm_share(result)
    if share is not None:
        return share
    return result.mean if result.mean is not None else result.median


def join_lone_arm(
    claim: Claim, lone: LoneArmValue, text: str, arms: list[ArmMention], link: Link
) -> bool:
    """Give ``claim``, the other arm's claim of the next sentence, both arms (see the module
    docstring); whether it did."""
    if len(arms) != 2 or len(claim.results) != 1 or claim.comparator is not None:
        return False
    own = claim.results[0]
    if own.arm is None or own.arm == lone.result.arm:
        return False
    if not outcome_words(claim.outcome.text) & lone.words:
        return False
    by_id = {a.id: a for a in arms}
    first, second = by_id.get(lone.result.arm or ""), by_id.get(own.arm)
    if first is None or second is None:
        return False
    control = next((a for a in (first, second) if a.comparator), arms[1])
    treated = second if control is first else first
    results = {r.arm: r for r in (lone.result, own)}
    claim.intervention = arm_ref(link, treated)
    claim.comparator = arm_ref(link, control)
    claim.results = [results[treated.id], results[control.id]]
    values = [_value(r) for r in claim.results]
    if claim.significant is False:
        claim.direction = "no difference"
    elif values[0] is not None and values[1] is not None:
        claim.direction = cast(Direction, value_direction(values[0], values[1]))
    if claim.effect is None or claim.effect.source == "computed":
        claim.effect = computed_effect(claim.results, treated.id, control.id)
    end = claim.evidence.end
    claim.evidence = Evidence(start=lone.start, end=end, text=text[lone.start : end])
    return True
