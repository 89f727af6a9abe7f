"""Each arm's values for the same outcomes in a sentence (or clause) of its own.

"In the A arm, median PFS was 7.4 months and median OS was 11.1 months. In the B arm, median
PFS was 6.9 months and median OS was 9.4 months." Neither sentence compares the arms, so
neither makes a claim; read together they give two: PFS (7.4 vs 6.9 months) and OS (11.1
vs 9.4 months). The same in one sentence whose clauses are the arms' ("In study group, X
was a, and Y was b; in control group, X was c, and Y was d").

``arm_units`` reads the units of a sentence: a unit opens with the name of one arm of a
two-arm trial ("In the A arm,", "For group B,", "In A samples,", "Among patients in the
control group,", "In contrast, in the B group,") and lists values, each after the words of
its outcome ("median PFS was 7.4 months", "the sensitivity 91.2 percent", "lymphedema
occurred in 7 patients (30.43%)"), one value each. ``unit_pairs`` pairs the items of two
units of different arms whose outcomes share their distinctive words (one's words all the
other's): the first unit's outcome names the claim, the claim's intervention is the arm that
is not the trial's control, and its direction is the values' (no significance is stated). A
unit with any item that is not "outcome, value" is no unit: a sentence of that kind says
more than its values. ``UNIT_OPENING`` matches how a unit opens, a quick test before reading
one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.components.arm_results import complete_results, results_of
from extractors.components.arms import ArmMention, mention_words, nested_arm
from extractors.components.claim_wording import outcome_words
from extractors.components.comparison_direction import value_direction
from extractors.components.quantities import Quantities
from extractors.components.result_values import ValueGroup, value_groups
from kg.model import ArmResult

# how a unit opens: "In ", "For ", "Among ", "In contrast, in ", "Whereas in "
_OPENING = r"(?i)(?:in\s+(?:contrast|comparison)\s*,\s*|whereas\s+|while\s+)?(?:in|for|among)\s"
UNIT_OPENING = re.compile(_OPENING)
# "In the A arm, ", "In contrast, in group B, ", "Among patients in the control group, "
_LEAD = re.compile(
    _OPENING + r"\s*(?:the\s+)?(?:(?:patients|participants|subjects|women|men)\s+"
    r"(?:in|of|on|receiving|treated\s+with)\s+(?:the\s+)?)?"
    r"(?P<name>[^,;:()\[\]]{1,60}?)\s*,\s*"
)
# what may stand between an outcome's words and its value
_LINK = re.compile(
    r"(?i)\s*(?:(?:was|were|is|are|reached|of|at|:|=)\s*|"
    r"(?:occurred|developed|was\s+(?:seen|observed|found|noted)|were\s+(?:seen|observed|found|"
    r"noted))\s+in\s*)$"
)
# what may stand before an outcome's words: the joint of the list
_JOINT = re.compile(r"(?i)^[\s,;]*(?:and\s+)?(?:the\s+)?")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_LEADING_BRACKET = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
_ARM_NOUN = re.compile(r"(?i)\s*\b(?:arm|group|cohort|sample)s?$")


@dataclass(frozen=True, slots=True)
class UnitItem:
    """One value of a unit and the span of the words of its outcome."""

    outcome: tuple[int, int]
    group: ValueGroup


@dataclass(frozen=True, slots=True)
class ArmUnit:
    """The values one sentence or clause gives for one arm (see the module docstring)."""

    arm: str
    start: int
    end: int
    items: tuple[UnitItem, ...]


def _lead_arm(name: str, arms: list[ArmMention]) -> ArmMention | None:
    """The one arm ``name`` names, every word of it that arm's: by a distinctive word, else
    as the arm a larger one holds ("the WBRT arm" beside "WBRT + TMZ"); else None."""
    words = mention_words(_ARM_NOUN.sub("", name))
    held = [a for a in arms if words and words <= a.words]
    if len(held) < 2:
        return held[0] if held and words & held[0].distinctive else None
    named = [a for a in held if words & a.distinctive]
    return named[0] if len(named) == 1 else nested_arm(held, words)


def _item(text: str, start: int, group: ValueGroup, after_value: bool) -> UnitItem | None:
    """The outcome of the value ``group`` whose words run from ``start`` (after the lead, or
    after the value before and its statistics' bracket when ``after_value``), else None."""
    between = text[start : group.start]
    if after_value and (statistics := _LEADING_BRACKET.match(between)):
        start += statistics.end()  # "14% (95% CI, 6% to 26%), median OS was": the 14%'s
        between = text[start : group.start]
    if any(c in _BRACKETED.sub("", between) for c in "()[]"):
        return None
    joint = _JOINT.match(between)
    link = _LINK.search(between)
    first = start + (joint.end() if joint else 0)
    last = start + (link.start() if link else len(between.rstrip()))
    phrase = text[first:last]
    if (
        not 2 <= len(phrase) <= 100
        or not outcome_words(phrase)
        or re.search(r"[,;]", _BRACKETED.sub("", phrase))
    ):
        return None
    return UnitItem((first, last), group)


def _unit(
    text: str, start: int, end: int, q: Quantities, arms: list[ArmMention], words: set[str]
) -> ArmUnit | None:
    lead = _LEAD.match(text, start, end)
    if lead is None:
        return None
    arm = _lead_arm(lead["name"], arms)
    if arm is None:
        return None
    groups = value_groups(text, q.between(lead.end(), end), words)
    items: list[UnitItem] = []
    at = lead.end()
    for group in groups:
        item = _item(text, at, group, bool(items))
        if item is None:
            return None
        items.append(item)
        at = group.end
    tail = _BRACKETED.sub("", text[at:end]).strip(" .;")
    if not items or re.search(r"[A-Za-z]{3}", tail):
        return None  # "..., which was significantly higher than in B": no list of values
    return ArmUnit(arm.id, start, end, tuple(items))


_NEXT_ARM = re.compile(r";\s*(?=(?:in|for|among|whereas|while)\b)", re.IGNORECASE)


def arm_units(
    text: str, bounds: tuple[int, int], q: Quantities, arms: list[ArmMention], words: set[str]
) -> list[ArmUnit]:
    """The units of the sentence ``text[start:end]``: one, two (its clauses after a
    semicolon, each with its arm's lead), or none (see the module docstring). ``words`` are
    the arms' dose words, as ``value_groups`` reads them."""
    if len(arms) != 2:
        return []
    start, end = bounds
    cut = _NEXT_ARM.search(text, start, end)
    pieces = [(start, cut.start()), (cut.end(), end)] if cut else [(start, end)]
    units = [_unit(text, s, e, q, arms, words) for s, e in pieces]
    if any(u is None for u in units):
        return []
    return [u for u in units if u is not None]


def unit_pairs(text: str, first: ArmUnit, second: ArmUnit) -> list[tuple[UnitItem, UnitItem]]:
    """The items of two units of different arms that report the same outcome, in the first
    unit's order: each item of the first whose outcome words are all among one item's of
    the second (or the other way), that item not taken yet."""
    if first.arm == second.arm:
        return []
    pairs = []
    taken: set[int] = set()
    their_words = [outcome_words(text[o.outcome[0] : o.outcome[1]]) for o in second.items]
    for item in first.items:
        words = outcome_words(text[item.outcome[0] : item.outcome[1]])
        for index, (other, theirs) in enumerate(zip(second.items, their_words, strict=True)):
            if index not in taken and words and theirs and (words <= theirs or theirs <= words):
                pairs.append((item, other))
                taken.add(index)
                break
    return pairs


@dataclass(frozen=True, slots=True)
class UnitComparison:
    """One outcome of two units, as a claim gives it: the outcome's span (the first unit's
    words), both arms' results (the intervention's first) and the values' direction."""

    outcome: tuple[int, int]
    treated: ArmMention
    control: ArmMention
    results: list[ArmResult]
    direction: str


def unit_comparisons(
    text: str, first: ArmUnit, second: ArmUnit, arms: list[ArmMention]
) -> list[UnitComparison]:
    """The comparisons of the outcomes two units share (``unit_pairs``): the arm that is not
    the trial's control (``ArmMention.comparator``, else the second arm) is the
    intervention."""
    control = next((a for a in arms if a.comparator), arms[-1])
    treated = next(a for a in arms if a is not control)
    found = []
    for mine, theirs in unit_pairs(text, first, second):
        groups = {
            first.arm: replace(mine.group, arm=first.arm),
            second.arm: replace(theirs.group, arm=second.arm),
        }
        if set(groups) != {treated.id, control.id}:
            continue
        ordered = [groups[treated.id], groups[control.id]]
        results = complete_results(results_of(ordered), arms)
        if len(results) != 2:
            continue
        high, low = (g.value() for g in ordered)
        direction = (
            value_direction(high, low) if high is not None and low is not None else "unclear"
        )
        found.append(UnitComparison(mine.outcome, treated, control, results, direction))
    return found
