"""Claims of trials with three or more arms: a bracket of statistics right after an arm's value
belongs to that arm's comparison with the comparator. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.arm_statistics import own_statistics
from extractors.components.quantities import parse_quantities
from extractors.components.result_values import ValueGroup
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomised 300 adults with knee pain to usual care, walking, or walking plus strength "
    "training.",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("A randomised trial", _METHODS, ("Results", results))).claims


def _by_arm(claims: list[Claim]) -> dict[str, Claim]:
    return {c.intervention.text: c for c in claims if c.intervention is not None}


def test_each_arm_takes_the_bracket_after_its_value(extractor: Extractor) -> None:
    claims = _by_arm(
        _claims(
            extractor,
            "Pain response was 30.1% with usual care, 41.5% with walking (RR 1.38, CI "
            "1.05-1.81, p = 0.020) and 38.9% with walking plus strength training (RR = 1.29, "
            "CI 0.97-1.73, p = 0.081).",
        )
    )
    walking = claims["walking"]
    assert walking.comparator is not None and walking.comparator.text == "usual care"
    assert walking.effect is not None and walking.p_value is not None
    assert (walking.effect.measure, walking.effect.value) == ("risk ratio", 1.38)
    assert (walking.effect.ci_low, walking.effect.ci_high) == (1.05, 1.81)
    assert walking.p_value.value == 0.02 and walking.significant is True
    both = claims["walking plus strength training"]
    assert both.effect is not None and both.p_value is not None
    assert (both.effect.value, both.effect.ci_low, both.effect.ci_high) == (1.29, 0.97, 1.73)
    assert both.p_value.value == 0.081 and both.significant is False
    assert both.direction == "no difference"


def test_each_arm_takes_its_own_interval_without_a_p_value(extractor: Extractor) -> None:
    claims = _by_arm(
        _claims(
            extractor,
            "Pain response was 41.5% with walking (OR 1.6; 95% CI 1.1-2.4), 40.3% with walking "
            "plus strength training (OR 1.5; 95% CI 0.9-2.3) and 30.1% with usual care.",
        )
    )
    walking, both = claims["walking"], claims["walking plus strength training"]
    assert walking.effect is not None and both.effect is not None
    assert (walking.effect.value, walking.significant) == (1.6, True)
    assert (both.effect.value, both.significant) == (1.5, False)


def test_one_p_value_after_the_last_arm_is_shared(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Pain response was 41.5% with walking, 40.3% with walking plus strength training and "
        "30.1% with usual care (p = 0.01).",
    )
    assert len(claims) == 2
    assert all(c.p_value is not None and c.p_value.value == 0.01 for c in claims)


def _groups(text: str, *arms: tuple[str, str]) -> list[ValueGroup]:
    """One group per (value, arm id), at the value's place in ``text``."""
    return [
        ValueGroup(text.index(v), text.index(v) + len(v), percent=float(v[:-1]), arm=a)
        for v, a in arms
    ]


def test_own_statistics_needs_two_arms_with_their_own_and_none_for_the_comparator() -> None:
    text = "X was 30% with C, 41% with A (p = 0.02) and 39% with B (p = 0.04)."
    q = parse_quantities(text)
    groups = _groups(text, ("30%", "c"), ("41%", "a"), ("39%", "b"))
    own = own_statistics(groups, q, len(text), "c")
    assert {arm: [p.value for p in s.p_values] for arm, s in own.items()} == {
        "a": [0.02],
        "b": [0.04],
    }
    # the comparator's own p value: each arm's own change tested, nothing is assigned
    text = "X fell by 30% with C (p = 0.3), 41% with A (p = 0.02) and 39% with B (p = 0.04)."
    groups = _groups(text, ("30%", "c"), ("41%", "a"), ("39%", "b"))
    assert own_statistics(groups, parse_quantities(text), len(text), "c") == {}
    # only one arm with statistics after it: one test of all arms
    text = "X was 41% with A, 39% with B and 30% with C (p = 0.01)."
    groups = _groups(text, ("41%", "a"), ("39%", "b"), ("30%", "c"))
    assert own_statistics(groups, parse_quantities(text), len(text), "c") == {}
    # two arms only, or no comparator: nothing
    assert own_statistics(groups[:2], parse_quantities(text), len(text), "b") == {}
    assert own_statistics(groups, parse_quantities(text), len(text), None) == {}


def _values(claim: Claim) -> dict[str, float | None]:
    return {r.arm: r.percent for r in claim.results}


@pytest.mark.parametrize(
    "results",
    [
        "Pain response was 41.5% in the walking group (p = 0.02 vs usual care), 38.9% in the "
        "walking plus strength training group (p = 0.08 vs usual care) and 30.1% with usual care.",
        "Pain response was 41.5% with walking (RR 1.38, p = 0.02 compared with usual care), "
        "38.9% with walking plus strength training (RR 1.29, p = 0.08 compared with usual care) "
        "and 30.1% with usual care.",
    ],
)
def test_the_arm_named_in_a_statistics_bracket_is_the_comparator(
    extractor: Extractor, results: str
) -> None:
    """The "vs usual care" in the bracket after each value names what the value was compared
    with: the value is the arm's named before the bracket (41.5% had gone to usual care, and
    the claims had lost their arms)."""
    claims = _by_arm(_claims(extractor, results))
    walking, both = claims["walking"], claims["walking plus strength training"]
    arms = {c.intervention.arm for c in (walking, both)} | {
        c.comparator.arm for c in (walking, both) if c.comparator
    }
    assert len(arms) == 3
    assert walking.comparator is not None and walking.comparator.text == "usual care"
    control = walking.comparator.arm
    assert _values(walking) == {walking.intervention.arm: 41.5, control: 30.1}
    assert _values(both) == {both.intervention.arm: 38.9, control: 30.1}
    assert walking.p_value is not None and both.p_value is not None
    assert (walking.p_value.value, walking.direction) == (0.02, "increased")
    assert (both.p_value.value, both.significant) == (0.08, False)


@pytest.mark.parametrize(
    "results",
    [
        "Pain response at 12 weeks: walking, 41.5% (RR 1.38, 95% CI 1.05-1.81); walking plus "
        "strength training, 38.9% (RR 1.29, 95% CI 0.97-1.73); usual care, 30.1%.",
        "Pain response at 12 weeks: walking: 41.5% (RR 1.38, 95% CI 1.05-1.81); walking plus "
        "strength training: 38.9% (RR 1.29, 95% CI 0.97-1.73); usual care: 30.1%.",
        "Pain response at 12 weeks was walking: 41.5% (RR 1.38, 95% CI 1.05-1.81), walking plus "
        "strength training: 38.9% (RR 1.29, 95% CI 0.97-1.73), usual care: 30.1%.",
    ],
)
def test_each_value_is_the_arm_labelled_right_before_it(extractor: Extractor, results: str) -> None:
    """ "label, value" or "label: value" items, split by semicolons or commas: one list of the
    arms' values (split at the semicolons, usual care's value had been a clause of its own and
    the two claims had no comparator)."""
    claims = _by_arm(_claims(extractor, results))
    walking, both = claims["walking"], claims["walking plus strength training"]
    assert walking.comparator is not None and walking.comparator.text == "usual care"
    assert both.comparator is not None and both.comparator.text == "usual care"
    control = walking.comparator.arm
    assert _values(walking) == {walking.intervention.arm: 41.5, control: 30.1}
    assert _values(both) == {both.intervention.arm: 38.9, control: 30.1}
    assert walking.effect is not None and both.effect is not None
    assert (walking.effect.value, walking.significant) == (1.38, True)
    assert (both.effect.value, both.significant) == (1.29, False)


@pytest.mark.parametrize(
    "results",
    [
        "Pain response was 41.5%, 38.9% and 30.1% with walking, walking plus strength training "
        "and usual care, respectively (p = 0.01).",
        "Pain response was higher with walking and walking plus strength training than with "
        "usual care (41.5%, 38.9% and 30.1%; p = 0.01).",
    ],
)
def test_an_arm_named_by_words_a_larger_arm_shares_takes_its_place_in_a_list(
    extractor: Extractor, results: str
) -> None:
    """ "walking" beside "walking plus strength training" has no word of its own: as an item of
    the list it is still the walking arm (the list had named two arms for three values, and
    41.5% had gone to usual care)."""
    claims = _by_arm(_claims(extractor, results))
    walking, both = claims["walking"], claims["walking plus strength training"]
    assert walking.comparator is not None and walking.comparator.text == "usual care"
    control = walking.comparator.arm
    assert _values(walking) == {walking.intervention.arm: 41.5, control: 30.1}
    assert _values(both) == {both.intervention.arm: 38.9, control: 30.1}
    assert (walking.direction, walking.significant) == ("increased", True)


@pytest.mark.parametrize(
    "methods",
    [
        "We randomised 300 adults with knee pain to Arm A (usual care), Arm B (walking), or Arm "
        "C (walking plus strength training).",
        "We randomised 300 adults with knee pain to usual care, yoga, or swimming.",
    ],
)
def test_the_arm_before_than_against_each_arm_after_it(extractor: Extractor, methods: str) -> None:
    """ "More common in B (60%) than in A (16%) or C (22%)": B against A and against C, not A
    against C (which the sentence does not compare: by the words it would rise)."""
    named = "Arm" in methods
    b, a, c = ("Arm B", "Arm A", "Arm C") if named else ("yoga", "usual care", "swimming")
    results = f"Knee swelling was more common in {b} (60%) than in {a} (16%) or {c} (22%)."
    record = extractor.extract(
        article("A randomised trial", ("Methods", methods), ("Results", results))
    )
    labels = {arm.id: arm.label for arm in record.arms}
    pairs = [
        (
            labels[c.intervention.arm or ""],
            labels[c.comparator.arm or ""] if c.comparator else None,
            c.direction,
            sorted((r.percent or 0.0) for r in c.results),
        )
        for c in record.claims
    ]
    b_label = next(lab for lab in labels.values() if lab.startswith(b))
    assert [(i, d, v) for i, _, d, v in pairs] == [
        (b_label, "increased", [16.0, 60.0]),
        (b_label, "increased", [22.0, 60.0]),
    ]


@pytest.mark.parametrize(
    ("results", "values"),
    [
        # the first value the claim's arm's, the second its comparator's
        (
            "Walking significantly improved knee flexion (5.4 ± 18.0 vs. -8.2 ± 10.3 degrees, "
            "p = 0.049) versus usual care.",
            [("walking", 5.4), ("usual care", -8.2)],
        ),
        (
            "Knee flexion was greater with walking plus strength training (12.1 ± 4.0 vs. "
            "7.3 ± 5.1 degrees, p = 0.01) than with usual care.",
            [("walking plus strength training", 12.1), ("usual care", 7.3)],
        ),
    ],
)
def test_a_pair_naming_no_arm_is_the_two_compared_arms(
    extractor: Extractor, results: str, values: list[tuple[str, float]]
) -> None:
    record = extractor.extract(article("A randomised trial", _METHODS, ("Results", results)))
    labels = {a.id: a.label for a in record.arms}
    (claim,) = record.claims
    assert [(labels[r.arm], r.mean) for r in claim.results] == values
