"""The comparator a statement names by a common control word ("compared to the control",
"than in controls", "the waitlisted group") rather than by the control arm's own name."""

from __future__ import annotations

from extractors.components.arms import ArmMention
from extractors.components.comparison import compared_arms
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _arm(id: str, label: str, words: set[str], *, comparator: bool = False) -> ArmMention:
    arm = ArmMention(id, label, None, [label], comparator=comparator, words=frozenset(words))
    arm.distinctive = frozenset(words)
    return arm


_FAST = _arm("arm1", "fast infusion (FI)", {"fast", "infusion", "fi"})
_SLOW = _arm("arm2", "slow infusion (SI)", {"slow", "infusion", "si"})


def test_the_control_names_the_other_arm_of_a_two_arm_trial() -> None:
    # neither arm is marked as the control by its name: "the control" is the arm not named
    clause = "Nausea was less frequent in SI compared to the control (p = 0.03)"
    intervention, comparator = compared_arms([_FAST, _SLOW], clause, [], None)
    assert (intervention, comparator) == (_SLOW, _FAST)


def test_the_control_period_names_no_arm() -> None:
    intervention, comparator = compared_arms(
        [_FAST, _SLOW], "Nausea was less frequent in SI compared to the control period", [], None
    )
    assert (intervention, comparator) == (_SLOW, None)


def test_the_placebo_group_names_the_control_arm_of_three() -> None:
    drug_q = _arm("arm1", "drug Q", {"q"})
    drug_r = _arm("arm2", "drug R", {"r"})
    inert = _arm("arm3", "inert tablets", {"inert", "tablets"}, comparator=True)
    clause = "Sleep latency was shorter with drug R than in the placebo group"
    # an arm marked as the comparator whose name says no control: not named by "placebo"
    assert compared_arms([drug_q, drug_r, inert], clause, [], None) == (drug_r, None)
    dummy = _arm("arm3", "dummy placebo tablets", {"dummy", "tablets"}, comparator=True)
    assert compared_arms([drug_q, drug_r, dummy], clause, [], None) == (drug_r, dummy)


def test_a_waitlisted_group_is_the_waitlist_arm(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Group coaching for teachers",
            (
                "Methods",
                "We randomly assigned 80 teachers to group coaching (GC) or to a waitlist control.",
            ),
            (
                "Results",
                "Emotional exhaustion fell significantly in the GC group compared to the "
                "waitlisted group.",
            ),
        )
    )
    pairs = [
        (c.intervention.text, c.comparator.text if c.comparator else None) for c in record.claims
    ]
    assert pairs == [("group coaching (GC)", "waitlist control")], pairs
