"""Claims: "NS" as "not significant" but not as the arm called NS (normal
saline), and within-arm changes written one arm after the other ("In the A group, X fell from
a to b, and in the B group from c to d")."""

from __future__ import annotations

import pytest

from extractors.components.arms import ArmMention
from extractors.components.comparison import compared_arms
from extractors.components.comparison_direction import comparison_direction
from extractors.components.direction_words import NO_DIFFERENCE, NOT_SIGNIFICANT
from extractors.components.significance import (
    arm_changes,
    no_difference,
    not_significant,
    significance,
)
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_SALINE_METHODS = (
    "Methods",
    "Ninety adults scheduled for knee surgery were randomly assigned to receive ketamine "
    "(KET group, n=45) or normal saline (NS group, n=45) before induction.",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(
        article("Ketamine before knee surgery", _SALINE_METHODS, ("Results", results))
    ).claims


@pytest.mark.parametrize(
    "text",
    [
        "Shivering was similar between groups (NS).",
        "The difference in blood loss was small (p = NS).",
        "Blood loss (p: NS) did not differ.",
        "Differences in the length of stay were NS.",
        "Pain scores at 6 h were NS between the two arms.",
    ],
)
def test_ns_still_reads_not_significant(text: str) -> None:
    assert NOT_SIGNIFICANT.search(text)
    assert not_significant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cough occurred in 7/40 in the KET group and 19/40 in the NS group (P<0.01).",
        "Nausea was more frequent in the NS arm.",
        "Patients given NS infusion had more nausea.",
        "Patients given 0.9% normal saline (NS) were cold more often.",
        "Cough was rarer with ketamine than in the NS-treated patients.",
        "Cough was less common with ketamine compared with NS.",
        "Nausea was rarer with ketamine than with NS.",
        "Control rats had an injection of NS at the same volume.",
        "ns differences were seen",
    ],
)
def test_ns_as_an_arm_is_not_not_significant(text: str) -> None:
    assert NOT_SIGNIFICANT.search(text) is None
    assert NO_DIFFERENCE.search(text) is None


def test_ns_naming_an_arm_of_the_trial_is_no_result() -> None:
    arms = [
        ArmMention("arm1", "ketamine", 40, ["ketamine"], words=frozenset({"ketamine"})),
        ArmMention("arm2", "NS", 40, ["NS"], words=frozenset({"ns"}), comparator=True),
    ]
    text = "Cough: 7/40 with ketamine and 19/40 after NS."
    assert NOT_SIGNIFICANT.search(text)  # without the arms "NS" reads "not significant"
    assert not not_significant(text, arms) and not no_difference(text, arms)
    assert significance(None, text, None, arms) is None
    assert significance(None, text, None) is False
    # a real "not significant" still counts next to the arm's name
    assert no_difference("Cough: 7/40 with ketamine and 9/40 after NS (not significant).", arms)


def test_ns_group_claim_keeps_its_direction(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Postoperative shivering occurred in 5/45 patients in the KET group and 21/45 in the "
        "NS group (P<0.001).",
    )
    shivering = [c for c in claims if "shivering" in c.outcome.text.lower()]
    assert shivering and all(c.direction == "decreased" for c in shivering)


_CHANGE_ARMS = [
    ArmMention(
        "arm1", "walking", 30, ["walking"], words=frozenset({"walking"}),
        distinctive=frozenset({"walking"}),
    ),
    ArmMention(
        "arm2", "stretching", 30, ["stretching"], words=frozenset({"stretching"}),
        distinctive=frozenset({"stretching"}), comparator=True,
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("clause", "walking", "stretching"),
    [
        (
            "In the walking group, resting heart rate fell from 78 to 71, and in the stretching "
            "group from 77 to 75.",
            -7.0,
            -2.0,
        ),
        (
            "In the walking group, resting heart rate fell from 78 to 71; in the stretching group "
            "it rose from 77 to 79.",
            -7.0,
            2.0,
        ),
        (
            "In the walking group, resting heart rate fell from 78 (SD 6) to 71 (SD 5), and in "
            "the stretching group from 77 (SD 7) to 75 (SD 6).",
            -7.0,
            -2.0,
        ),
        (
            "In the walking group, resting heart rate fell from 78 [72-84] to 71 [66-77], and in "
            "the stretching group from 77 [70-83] to 75 [69-80].",
            -7.0,
            -2.0,
        ),
    ],
)
def test_changes_named_one_arm_after_the_other(
    clause: str, walking: float, stretching: float
) -> None:
    found = arm_changes(clause, _CHANGE_ARMS)
    assert found is not None
    assert found.changes == pytest.approx({"arm1": walking, "arm2": stretching})
    assert found.between is None


def test_changes_named_one_arm_after_the_other_name_both_arms() -> None:
    clause = (
        "In the walking group, resting heart rate fell from 78 to 71, whereas in the stretching "
        "group it rose from 77 to 79 (P = 0.004 between groups)."
    )
    found = arm_changes(clause, _CHANGE_ARMS)
    assert found is not None and found.between is True
    intervention, comparator = compared_arms(_CHANGE_ARMS, clause, [], None)
    assert (intervention and intervention.id, comparator and comparator.id) == ("arm1", "arm2")
    assert comparison_direction(clause, True, [], "arm1", "arm2", None, _CHANGE_ARMS) == (
        "decreased"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shivering occurred in 10% in the KET group and 12% in the NS group (NS).", False),
        ("Shivering: 5/45 with ketamine vs 6/45 (NS) with saline.", False),
        ("Shivering: 5/45 with ketamine and 21/45 after NS.", None),
    ],
)
def test_bracketed_ns_after_a_value_is_not_significant_even_with_an_ns_arm(
    text: str, expected: bool | None
) -> None:
    arms = [
        ArmMention("arm1", "ketamine", 45, ["ketamine"], words=frozenset({"ketamine"})),
        ArmMention("arm2", "NS", 45, ["NS"], words=frozenset({"ns"}), comparator=True),
    ]
    assert significance(None, text, None, arms) is expected
    assert not not_significant("Patients given 0.9% sodium chloride (NS) shivered.", arms)
