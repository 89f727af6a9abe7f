"""The statistics each arm of a multi-arm result statement has of its own.

Not a component: ``evg_claims`` uses this. In a clause giving values for three or more arms,
a bracket of statistics written right after an arm's value belongs to that arm's comparison
with the comparator: "HIV testing was 34.7% with standard care, 40.2% with A (RR 1.16, CI
0.99-1.36, p = 0.060) and 39.9% with B (RR 1.15, CI 0.99-1.35, p = 0.075)" compares A with
standard care by RR 1.16, p 0.060 and B by RR 1.15, p 0.075, not both by the clause's first
statistics.
"""

from __future__ import annotations

from extractors.components.quantities import Quantities
from extractors.components.result_values import ValueGroup


def _has_statistics(q: Quantities) -> bool:
    return bool(q.p_values or q.effects)


def own_statistics(
    groups: list[ValueGroup], q: Quantities, end: int, comparator: str | None
) -> dict[str, Quantities]:
    """The statistics of ``q`` each valued arm has of its own, by arm id: those written after
    its value and before the next value (the last arm's: before ``end``, the clause's end).

    "34.7% with C, 40.2% with A (RR 1.16, ..., p = 0.060) and 39.9% with B (RR 1.15, ..., p =
    0.075)", "A: 40% (OR 1.6; 95% CI 1.1-2.4), B: 39% (OR 1.5; ...) and C: 30%" give A and B
    their own. Only when two or more arms other than the ``comparator`` have a p value or an
    effect there, each arm has one value, and the comparator has none (a p value after each
    arm's value, the comparator's too, tests each arm's own change); else {} ("40% with A,
    39% with B and 30% with C (p = 0.01)": one test of all arms)."""
    ordered = sorted(groups, key=lambda g: g.start)
    armed = [g.arm for g in ordered if g.arm]
    if comparator is None or len(armed) < 3 or len(set(armed)) < len(armed):
        return {}
    found: dict[str, Quantities] = {}
    for index, group in enumerate(ordered):
        stop = ordered[index + 1].start if index + 1 < len(ordered) else end
        own = q.between(group.end, stop)
        if group.arm and _has_statistics(own):
            found[group.arm] = own
    if comparator in found or len(found) < 2:
        return {}
    return found
