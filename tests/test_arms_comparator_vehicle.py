"""Normal saline given along with an active drug is its vehicle, not the control: the arm
"dexamethasone along with normal saline" is no comparator beside "dexamethasone"."""

from __future__ import annotations

from extractors.components.arm_labels import ArmPhrase
from extractors.components.arms import build_arms


def test_normal_saline_beside_a_drug_is_its_vehicle() -> None:
    phrases = [
        ArmPhrase("sublingual group", 0, 16, None, "dexamethasone along with normal saline"),
        ArmPhrase("intramuscular group", 20, 39, None, "dexamethasone"),
    ]
    assert [a.comparator for a in build_arms(phrases, {})] == [False, True]


def test_normal_saline_alone_is_the_control() -> None:
    phrases = [
        ArmPhrase("drug K", 0, 6, None),
        ArmPhrase("normal saline", 10, 23, None),
    ]
    assert [a.comparator for a in build_arms(phrases, {})] == [False, True]
