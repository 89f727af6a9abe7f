"""The ``evg_consistency`` component: warnings where a claim's numbers do not add up.

Reads ``Doc._.claims``, ``Doc._.arms`` and ``Doc._.population``; adds to each claim's
``warnings`` and writes ``Doc._.record_warnings``. Checks:
- a percentage that is no whole count of its denominator (the result's n, else the arm's
  randomised n), allowing for the rounding its decimals show; the warning names the largest
  smaller denominators it does fit ("53.3% of 32 is 17.06 ...; it fits 16/30, 8/15");
- events/total that do not round to the percentage written beside them;
- arm sizes that sum to more than the trial's total n;
- a p value that contradicts a reported interval (an interval of a ratio excluding 1 with
  p >= 0.05, or including 1 with p < 0.05; 0 for differences).
- a reported effect that runs against the arms' own values: a risk or odds ratio below 1
  (a risk difference below 0) where the intervention's percentage is above the comparator's,
  or the other way round; a mean difference against the arms' means likewise. The ratio then
  most likely compares the comparator with the intervention ("higher with PHT than with LEV
  (16.6% vs. 9.7%, RR = 0.63, ...)"): the claim keeps the arms as its sentence orders them and
  the effect as written, and says so, since which arm the authors divided by is not written.

Example: "response in 53.3% of the 32 patients given drug A" gets a warning that 53.3% of 32
is 17.06 patients, fitting 16/30 or 8/15 instead.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.arm_results import arm_share
from extractors.components.arms import ArmMention
from extractors.components.significance import ALPHA
from extractors.numbers import format_number
from kg.model import Claim

_EPSILON = 1e-9


def _decimals(value: float) -> int:
    text = format_number(value)
    return len(text.split(".")[1]) if "." in text else 0


def fits(percent: float, decimals: int, count: int, total: int) -> bool:
    """Whether ``count/total`` rounds to ``percent`` written with ``decimals`` decimals."""
    tolerance = 0.5 * 10.0**-decimals + _EPSILON
    return abs(100.0 * count / total - percent) <= tolerance


def fitting_fractions(
    percent: float, decimals: int, below: int, limit: int = 2
) -> list[tuple[int, int]]:
    """The largest denominators under ``below`` of which ``percent`` is a whole count."""
    found = []
    for total in range(below - 1, 0, -1):
        count = round(percent * total / 100.0)
        if 0 <= count <= total and fits(percent, decimals, count, total):
            found.append((count, total))
            if len(found) == limit:
                break
    return found


def percent_warning(percent: float, total: int, who: str) -> str | None:
    """A warning when ``percent`` of ``total`` is no whole count, else None."""
    if total <= 0 or not 0 <= percent <= 100:
        return None
    decimals = _decimals(percent)
    count = round(percent * total / 100.0)
    if fits(percent, decimals, count, total):
        return None
    shown = format_number(percent)
    message = f"{shown}% of n={total} ({who}) is {percent * total / 100.0:.2f}, not a whole count"
    alternatives = fitting_fractions(percent, decimals, total)
    if alternatives:
        listed = ", ".join(f"{c}/{t}" for c, t in alternatives)
        message += f"; it fits {listed}: the denominator differs from n={total}"
    return message


def p_interval_warning(claim: Claim) -> str | None:
    """A warning when the p value and the reported 95% interval disagree, else None."""
    effect, p = claim.effect, claim.p_value
    if effect is None or p is None or effect.ci_low is None or effect.ci_high is None:
        return None
    if effect.ci_level not in (None, 0.95):
        return None
    null = 1.0 if effect.measure.endswith("ratio") else 0.0
    excludes = not effect.ci_low <= null <= effect.ci_high
    p_small = p.relation in ("<", "<=", "=") and p.value < ALPHA
    p_large = p.relation in (">", ">=", "=") and p.value >= ALPHA
    if not ((excludes and p_large) or (not excludes and p_small)):
        return None
    return (
        f"p {p.relation} {format_number(p.value)} contradicts the interval "
        f"{format_number(effect.ci_low)} to {format_number(effect.ci_high)} of the "
        f"{effect.measure} ({'excludes' if excludes else 'includes'} {format_number(null)})"
    )


_AGAINST_PERCENTS = {"risk ratio": 1.0, "odds ratio": 1.0, "risk difference": 0.0}
_AGAINST_MEANS = {"mean difference": 0.0}


def _arm_value(claim: Claim, arm: str | None, measure: str) -> float | None:
    """The value the claim's results give ``arm`` for comparing by ``measure``: a percentage
    (written, else from events/n) for a ratio or risk difference, a mean for a mean
    difference; None when the arm has none."""
    result = next((r for r in claim.results if arm is not None and r.arm == arm), None)
    if result is None:
        return None
    return result.mean if measure in _AGAINST_MEANS else arm_share(result)


def orientation_warning(claim: Claim) -> str | None:
    """A warning when a reported effect lies on the other side of no effect than the claim's
    intervention and comparator values do (see the module docstring), else None."""
    effect, comparator = claim.effect, claim.comparator
    if effect is None or effect.source != "reported" or comparator is None:
        return None
    null = _AGAINST_PERCENTS.get(effect.measure, _AGAINST_MEANS.get(effect.measure))
    if null is None or effect.value == null:
        return None
    mine = _arm_value(claim, claim.intervention.arm, effect.measure)
    theirs = _arm_value(claim, comparator.arm, effect.measure)
    if mine is None or theirs is None or mine == theirs:
        return None
    if (mine > theirs) == (effect.value > null):
        return None
    unit = "" if effect.measure in _AGAINST_MEANS else "%"
    return (
        f"the reported {effect.measure} {format_number(effect.value)} is "
        f"{'above' if effect.value > null else 'below'} {format_number(null)}, but "
        f"{claim.intervention.text}'s {format_number(mine)}{unit} is "
        f"{'above' if mine > theirs else 'below'} {comparator.text}'s "
        f"{format_number(theirs)}{unit}: the effect may compare {comparator.text} with "
        f"{claim.intervention.text}"
    )


def _claim_warnings(claim: Claim, arms: dict[str, ArmMention]) -> list[str]:
    warnings = []
    for result in claim.results:
        arm = arms.get(result.arm)
        who = arm.label if arm else result.arm
        if result.percent is not None:
            total = result.n if result.n is not None else (arm.n if arm else None)
            if total:
                if result.events is not None and result.n:
                    if not fits(result.percent, _decimals(result.percent), result.events, result.n):
                        warnings.append(
                            f"{result.events}/{result.n} ({who}) is "
                            f"{100.0 * result.events / result.n:.1f}%, not the "
                            f"{format_number(result.percent)}% written"
                        )
                elif message := percent_warning(result.percent, total, who):
                    warnings.append(message)
    if message := p_interval_warning(claim):
        warnings.append(message)
    if message := orientation_warning(claim):
        warnings.append(message)
    return warnings


class Consistency:
    """Adds consistency warnings to claims (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        arms: list[ArmMention] = doc._.arms or []
        by_id = {a.id: a for a in arms}
        record_warnings = []
        population = doc._.population
        sizes = [a.n for a in arms if a.n is not None]
        total = population.n if population is not None else None
        if total is not None and sizes and sum(sizes) > total and len(sizes) >= 2:
            record_warnings.append(
                f"arm sizes sum to {sum(sizes)}, more than the {total} participants reported"
            )
        for draft in doc._.claims or []:
            claim = draft.claim
            claim.warnings.extend(_claim_warnings(claim, by_id))
            if record_warnings and not draft.animal and claim.intervention.arm is not None:
                claim.warnings.extend(record_warnings)
        doc._.record_warnings = record_warnings
        return doc


@Language.factory(
    "evg_consistency",
    assigns=["doc._.record_warnings"],
    requires=["doc._.claims", "doc._.arms", "doc._.population"],
)
def make_consistency(nlp: Language, name: str) -> Consistency:
    if not Doc.has_extension("record_warnings"):
        Doc.set_extension("record_warnings", default=None)
    return Consistency()
