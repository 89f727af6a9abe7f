"""Arms named by letter or number in a list ("randomly allocated to groups A, B and C"), what
each received with the verb written once ("group A received X, group B Y and group C Z"), and
claims whose subject lists such groups ("Groups A and B had less pain than group C")."""

from __future__ import annotations

import pytest

from extractors.components.arm_phrases import gapped_received, group_lists, lettered_groups
from extractors.components.arms import build_arms, mention_words, named_in_order
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("text", "named", "arms"),
    [
        ("groups A, B and C.", False, [("group A", None), ("group B", None), ("group C", None)]),
        (
            "the groups I, II, and III",
            False,
            [("group I", None), ("group II", None), ("group III", None)],
        ),
        ("Groups 1 (n = 30) and 2 (n = 31) for 6 weeks", False, [("Group 1", 30), ("Group 2", 31)]),
        ("A, B and C).", True, [("group A", None), ("group B", None), ("group C", None)]),
        ("A, B or C.", False, []),  # drugs A, B and C
        ("A, B or C tablets.", True, []),  # the list does not end the clause
        ("group A only.", False, []),
    ],
)
def test_lettered_groups(text: str, named: bool, arms: list[tuple[str, int | None]]) -> None:
    assert [(p.label, p.n) for p in lettered_groups(text, 0, named=named)] == arms


@pytest.mark.parametrize(
    ("sentence", "given"),
    [
        (
            "Group A received drug K, group B drug L and group C placebo.",
            [
                ("Group A", None, "drug K"),
                ("group B", None, "drug L"),
                ("group C", None, "placebo"),
            ],
        ),
        (
            "Group 1 (n = 20) was given drug K for 2 days; group 2, saline; and group 3, nothing.",
            [("Group 1", 20, "drug K"), ("group 2", None, "saline"), ("group 3", None, "nothing")],
        ),
        (
            "Group I (n = 41) received nerve blocks, Group T (n = 41) plane block, and Group C "
            "(n = 41) no block.",
            [
                ("Group I", 41, "nerve blocks"),
                ("Group T", 41, "plane block"),
                ("Group C", 41, "no block"),
            ],
        ),
        ("Group A received drug K and group B.", []),
        ("Group A received drug K after surgery.", []),
    ],
)
def test_gapped_received(sentence: str, given: list[tuple[str, int | None, str]]) -> None:
    assert [(p.label, p.n, p.treatment) for p in gapped_received(sentence)] == given


def test_group_lists_name_each_group_in_order() -> None:
    assert group_lists("Groups A and B had less pain than group C") == [(0, 14, ["A", "B"])]
    arms = build_arms([lettered_groups("groups A, B and C", 0)[i] for i in range(3)], long_forms={})
    named = named_in_order("Groups B and A had less pain than group C", arms)
    assert [a.label for a in named] == ["group B", "group A", "group C"]


def _extract(
    extractor: Extractor, body: str
) -> tuple[list[tuple[str, list[str]]], list[tuple[str | None, str | None]]]:
    record = extractor.extract(article("Nerve blocks after knee surgery", (None, body)))
    arms = [(a.label, a.interventions) for a in record.arms]
    pairs = [
        (c.intervention.text if c.intervention else None, c.comparator and c.comparator.text)
        for c in record.claims
    ]
    return arms, pairs


def test_lettered_groups_take_what_each_received_with_one_verb(extractor: Extractor) -> None:
    arms, pairs = _extract(
        extractor,
        "Ninety adults were randomly allocated to groups A, B and C. Group A received femoral "
        "block, group B adductor canal block and group C placebo. Groups A and B had lower pain "
        "scores than group C (p<0.01).",
    )
    assert arms == [
        ("group A", ["femoral block"]),
        ("group B", ["adductor canal block"]),
        ("group C", ["placebo"]),
    ]
    assert pairs == [("group A", "group C"), ("group B", "group C")]


def test_lettered_groups_not_described(extractor: Extractor) -> None:
    arms, pairs = _extract(
        extractor,
        "Ninety adults were randomized into three groups (A, B and C). Groups A and B had lower "
        "pain scores than group C (p<0.01).",
    )
    assert arms == [("group A", []), ("group B", []), ("group C", [])]
    assert pairs == [("group A", "group C"), ("group B", "group C")]


def test_numbered_groups_with_sizes(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Analgesia after hernia repair",
            (None, "Adults were randomized to groups 1 (n = 25) and 2 (n = 24). Pain was low."),
        )
    )
    assert [(a.label, a.n) for a in record.arms] == [("group 1", 25), ("group 2", 24)]


def test_a_group_given_no_treatment_is_the_comparator(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Nerve blocks after gallbladder surgery",
            (
                None,
                "Adults took part. Group I (n = 41) received nerve blocks, Group T (n = 41) plane "
                "block, and Group C (n = 41) no block.",
            ),
        )
    )
    assert [(a.label, a.n, a.interventions, a.comparator) for a in record.arms] == [
        ("Group I", 41, ["nerve blocks"], False),
        ("Group T", 41, ["plane block"], False),
        ("Group C", 41, ["no block"], True),
    ]


def test_named_groups_with_their_treatment_in_brackets(extractor: Extractor) -> None:
    arms, pairs = _extract(
        extractor,
        "Adults were randomly assigned to group A (drug K and drug L), group B (drug K), or "
        "group C (placebo). Pain was lower in group A than in group C (p = 0.01).",
    )
    assert arms == [
        ("group A", ["drug K", "drug L"]),
        ("group B", ["drug K"]),
        ("group C", ["placebo"]),
    ]
    assert pairs == [("group A", "group C")]


@pytest.mark.parametrize(
    ("sentence", "arms"),
    [
        (
            "Adults were randomised to Arm A: drug K 10 mg/kg days 1 and 15; drug L 90 mg/m(2) "
            "days 1, 8, and 15, every 4 weeks; or Arm B: drug K 15 mg/kg day 1; drug M 1000 "
            "mg/m(2) days 1-14, every 3 weeks.",
            [("Arm A", None), ("Arm B", None)],
        ),
        (
            "Adults were divided into two groups: Group A: N = 20 (control, no treatment) and "
            "Group B: N = 18 (drug K 10 mg/day for 14 days).",
            [("Group A", 20), ("Group B", 18)],
        ),
    ],
)
def test_groups_named_before_a_colon_are_the_arms(
    extractor: Extractor, sentence: str, arms: list[tuple[str, int | None]]
) -> None:
    record = extractor.extract(article("Drug K", ("Methods", sentence)))
    assert [(a.label, a.n) for a in record.arms] == arms


def test_a_value_before_and_one_after_treatment_are_no_two_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K",
            ("Methods", "Adults were randomised to group A (control) or group B (drug K)."),
            (
                "Results",
                "In group B, the mean Ki-67 index was 24.7% before and 10.4% after drug K "
                "treatment.",
            ),
        )
    )
    assert all(len(c.results) < 2 for c in record.claims)


def test_items_that_end_with_their_group_letter_are_the_arms(extractor: Extractor) -> None:
    sentence = (
        "Adults were randomized to receive the treatment arms: drug K 37.5 mg/m(2) on days 1 "
        "and 8, drug L 950 mg/m(2) twice daily on days 1-14 (Group A); drug K 75 mg/m(2) on "
        "day 1, drug L 950 mg/m(2) twice daily on days 1-14 (Group B)."
    )
    record = extractor.extract(article("Drug K", ("Methods", sentence)))
    assert [a.label for a in record.arms] == ["Group A", "Group B"]


def test_groups_named_with_their_treatment_joined_by_and_are_the_arms(
    extractor: Extractor,
) -> None:
    sentence = (
        "They were randomized into three groups: Group A (drug K 2.5 mg/kg), Group B (drug K "
        "7.5 mg/kg), and Group C (drug K 2.5 mg/kg and drug L 15 mg/kg)."
    )
    record = extractor.extract(
        article(
            "Higher dose of drug K versus lower dose of drug K plus drug L", ("Methods", sentence)
        )
    )
    assert [a.label for a in record.arms] == ["Group A", "Group B", "Group C"]


def test_group_names_with_a_number_or_a_plus_are_group_names(extractor: Extractor) -> None:
    sentence = (
        "They were randomized into three groups: Group K2.5 (drug K 2.5 mg/kg), Group K7.5 "
        "(drug K 7.5 mg/kg), and Group K+L (drug K 2.5 mg/kg and drug L 15 mg/kg)."
    )
    record = extractor.extract(
        article(
            "Drug K for nausea",
            ("Methods", sentence),
            ("Results", "Nausea was less frequent in Group K+L than in Group K2.5 (P < 0.05)."),
        )
    )
    assert [a.label for a in record.arms] == ["Group K2.5", "Group K7.5", "Group K+L"]
    (claim,) = record.claims
    arms = {a.id: a.label for a in record.arms}
    assert arms[claim.intervention.arm or ""] == "Group K+L"
    assert claim.comparator is not None and arms[claim.comparator.arm or ""] == "Group K2.5"
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("the pain scores in group P2.5.", "#p2.5"),
        ("in Group P2.5 (n = 30)", "#p2.5"),
        ("in group P+D, however", "#p+d"),
        ("in group B.", "#b"),
    ],
)
def test_group_names_give_their_tags_at_a_sentence_end_too(text: str, tag: str) -> None:
    assert [w for w in mention_words(text) if w.startswith("#")] == [tag]


@pytest.mark.parametrize(("text", "tag"), [("for group-A vs", "#a"), ("(arm-B, n = 20)", "#b")])
def test_a_hyphen_between_group_and_its_name(text: str, tag: str) -> None:
    assert [w for w in mention_words(text) if w.startswith("#")] == [tag]


def test_values_of_groups_named_with_a_hyphen(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Dissection trial",
            (
                "Methods",
                "Women were randomized to level-III dissection (group-A, n = 258) or level-I "
                "dissection (group-B, n = 256).",
            ),
            (
                "Results",
                "Overall and disease-free survival rates were 89.6% and 76.6% for group-A vs "
                "87.8% and 74.1% for group-B, respectively.",
            ),
        )
    )
    assert [[(r.arm, r.percent) for r in c.results] for c in record.claims] == [
        [("arm1", 89.6), ("arm2", 87.8)],
        [("arm1", 76.6), ("arm2", 74.1)],
    ]


def test_a_plural_before_the_first_name_of_a_list_with_values(extractor: Extractor) -> None:
    # "in groups A (605 ml), B (790 ml) and C (845 ml) than in group D": A's value is A's
    assert "#a" in mention_words("Arms A")
    record = extractor.extract(
        article(
            "Blood loss",
            ("Methods", "Patients were randomly allocated to groups A, B, C and D."),
            (
                "Results",
                "Mean blood loss in groups A (605 ml), B (791 ml) and C (845 ml) was lower than "
                "in group D (1065 ml; p < 0.001).",
            ),
        )
    )
    pairs = [[(r.arm, r.mean) for r in c.results] for c in record.claims if len(c.results) == 2]
    assert pairs == [
        [("arm1", 605.0), ("arm4", 1065.0)],
        [("arm2", 791.0), ("arm4", 1065.0)],
        [("arm3", 845.0), ("arm4", 1065.0)],
    ]
