"""Significance: ``arm_changes`` and ``within_group_change`` remember their answers by the
clause and every field of the arms, so the same clause read with other arms is read again.
All texts are invented."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from extractors.components.arms import ArmMention
from extractors.components.significance import _arms_key, arm_changes, within_group_change

_CLAUSE = (
    "Grip strength rose from 20 to 24 kg (P<0.001) with drug K and from 21 to 24 kg (P=0.002) "
    "with drug L"
)


def _arm(id_: str, name: str) -> ArmMention:
    words = frozenset(name.lower().split())
    return ArmMention(id_, name, 40, [name], words=words, distinctive=words - {"drug"})


def test_significance_memo_same_clause_other_arms_is_read_again() -> None:
    named = [_arm("arm1", "drug K"), _arm("arm2", "drug L")]
    first = arm_changes(_CLAUSE, named)
    assert first is not None and first.changes == {"arm1": 4.0, "arm2": 3.0}
    assert within_group_change(_CLAUSE, named)
    # the same clause, the second arm now another drug: its change names no arm
    other = [named[0], _arm("arm2", "drug M")]
    assert arm_changes(_CLAUSE, other) is None
    assert not within_group_change(_CLAUSE, other)
    assert arm_changes(_CLAUSE, named) == first  # and the first arms again


def test_significance_memo_key_holds_every_field_of_an_arm() -> None:
    """A field added to ``ArmMention`` must be added to ``_arms_key`` too."""
    arm = ArmMention("arm1", "drug K", 40, ["drug K"], 10, 16, False, frozenset({"k"}))
    changed: dict[str, Any] = {
        "id": "arm2", "label": "drug L", "n": 41, "interventions": ["drug L"], "start": 11,
        "end": 17, "comparator": True, "words": frozenset({"l"}),
        "distinctive": frozenset({"l"}), "analysed": 39,
    }  # fmt: skip
    assert {f.name for f in fields(ArmMention)} == set(changed)
    for name, value in changed.items():
        assert _arms_key([replace(arm, **{name: value})]) != _arms_key([arm]), name
