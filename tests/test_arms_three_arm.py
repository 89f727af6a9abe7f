"""Arms of three-arm trials, counts that are not arms, sentence bounds and differences that are
not arm values, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.components.arms import ArmMention, fill_sizes
from extractors.components.quantities import parse_quantities
from extractors.components.result_values import value_groups
from extractors.effect_estimates import find_effects
from extractors.numbers_summary import find_arm_counts, sentence_bounds
from extractors.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def _summary(nlp: Language, text: str) -> list[tuple[str, int | None, list[str], bool]]:
    arms: list[ArmMention] = nlp(text)._.arms
    return [(a.label, a.n, a.interventions, a.comparator) for a in arms]


def test_three_groups_listed_in_brackets(nlp: Language) -> None:
    text = "Methods: Children were divided at random into three groups (sham, bexarol and fenumab)."
    assert _summary(nlp, text) == [
        ("sham", None, ["sham"], True),
        ("bexarol", None, ["bexarol"], False),
        ("fenumab", None, ["fenumab"], False),
    ]


def test_three_groups_of_n_each_who_received(nlp: Language) -> None:
    text = (
        "Methods: Ninety adults were randomized into three groups of 30 each who received "
        "0.5 mg tolvarin, 400 mg bexarol, and placebo."
    )
    assert _summary(nlp, text) == [
        ("0.5 mg tolvarin", None, ["0.5 mg tolvarin"], False),
        ("400 mg bexarol", None, ["400 mg bexarol"], False),  # not n = 400
        ("placebo", None, ["placebo"], True),
    ]


def test_bare_dose_takes_the_unit_and_drug_of_the_next(nlp: Language) -> None:
    text = (
        "Methods: Men were allocated randomly into 3 groups (ratio 1:1:1) and orally received "
        "a placebo, 50 or 100 mg tolvarin for 8 weeks."
    )
    assert [a[0] for a in _summary(nlp, text)] == ["placebo", "50 mg tolvarin", "100 mg tolvarin"]
    text = "Methods: Adults were randomized to 1 of 3 bexarol dose groups: 10, 30, or 90 U."
    assert [a[0] for a in _summary(nlp, text)] == ["10 U", "30 U", "90 U"]


def test_versus_placebo_and_another_drug_is_three_arms(nlp: Language) -> None:
    text = "Methods: Adults with gout were randomized to tolvarin versus placebo and bexarol."
    assert _summary(nlp, text) == [
        ("tolvarin", None, ["tolvarin"], False),
        ("placebo", None, ["placebo"], True),
        ("bexarol", None, ["bexarol"], False),
    ]
    # a combination that shares its drug with the other arm stays one arm
    text = "Methods: Adults were randomized to tolvarin plus statin versus placebo and statin."
    assert [a[0] for a in _summary(nlp, text)] == ["tolvarin plus statin", "placebo and statin"]


def test_groups_that_each_received_something(nlp: Language) -> None:
    text = (
        "Methods: Sixty adults were assigned to one of three groups. Group A received tolvarin "
        "0.5 mg, group B received bexarol, and group C received saline placebo for 10 days."
    )
    assert _summary(nlp, text) == [
        ("Group A", None, ["tolvarin 0.5 mg"], False),
        ("group B", None, ["bexarol"], False),
        ("group C", None, ["saline placebo"], True),
    ]


def test_counts_then_group_and_receiving(nlp: Language) -> None:
    text = (
        "Methods: Dogs were allocated to 3 groups: 10 in group 1 receiving feed supplement at "
        "30% of need, 14 in group 2 receiving supplement at 60% of need, and 20 in group 3 "
        "receiving no supplement."
    )
    assert [(a[0], a[1]) for a in _summary(nlp, text)] == [
        ("group 1", 10),
        ("group 2", 14),
        ("group 3", 20),
    ]


def test_named_group_after_a_long_description(nlp: Language) -> None:
    text = (
        "Methods: Cases were randomly divided into Group 1 (n = 50; 30 women) for repair with "
        "mesh and glue, and Group 2 (n = 48; 29 women) for repair with sutures and glue."
    )
    assert [(a[0], a[1], a[2]) for a in _summary(nlp, text)] == [
        ("Group 1", 50, []),
        ("Group 2", 48, []),  # a letter or number names no intervention
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Methods: 80 adults with lymphoma (45 follicular lymphoma and 35 mantle cell lymphoma) "
        "were randomized to tolvarin or placebo.",
        "Methods: We enrolled 64 patients (40 stage III, 24 stage IV) and randomized them to "
        "tolvarin or placebo.",
    ],
)
def test_counts_that_break_people_down_are_no_arms(nlp: Language, text: str) -> None:
    # counts before the allocation break the people down; the arms follow the allocation
    labels = [a[0] for a in _summary(nlp, text)]
    assert labels == ["tolvarin", "placebo"]


def test_counts_in_named_groups_are_arms(nlp: Language) -> None:
    text = (
        "Results: 74 adults were included (40 in the tolvarin group and 34 in the placebo group)."
    )
    assert [(a[0], a[1]) for a in _summary(nlp, text)] == [("tolvarin", 40), ("placebo", 34)]


def test_no_n_from_a_dose_or_a_time() -> None:
    arms = [
        ArmMention(
            "arm1",
            "tolvarin 1 mg, 45 min before surgery",
            None,
            [],
            distinctive=frozenset({"tolvarin", "min", "before", "surgery"}),
        ),
        ArmMention("arm2", "bexarol 900 mg", None, [], distinctive=frozenset({"bexarol", "mg"})),
    ]
    fill_sizes(arms, "Tolvarin was given 45 min before surgery; then, 900 mg bexarol.")
    assert [a.n for a in arms] == [None, None]
    fill_sizes(arms, "Adults were randomized (41 tolvarin, 39 bexarol).")
    assert [a.n for a in arms] == [41, 39]


def test_arm_counts_do_not_reach_into_the_section_before() -> None:
    text = (
        "Title\n\nMethods: It was a trial in adults. Adults were randomised to tolvarin or "
        "placebo.\nResults: There were 17 relapses in the tolvarin group and 25 in the placebo "
        "group."
    )
    assert [c.events for c in find_arm_counts(text)] == [17, 25]
    results = text.index("Results")
    assert sentence_bounds(text, results + 12, results + 20)[0] == results
    assert sentence_bounds("", 0, 0) == (0, 0)


def test_difference_is_no_arm_value_and_no_effect_of_its_integer() -> None:
    text = "Healing was faster with tolvarin (difference 6.4%, 95% CI 1.1 to 11.7)."
    q = parse_quantities(text)
    assert value_groups(text, q) == []
    text = "Healing was faster (risk difference 6.4%, 95% CI 1.1 to 11.7)."
    assert [e.value for e in find_effects(text)] == []
    text = "Healing: 41% vs 35% (absolute risk reduction, 6%)."
    assert [g.percent for g in value_groups(text, parse_quantities(text))] == [41.0, 35.0]


def test_or_between_values_is_no_odds_ratio() -> None:
    text = "Healing: 41% or 35% of patients (odds ratio, 1.3%)."
    assert [g.percent for g in value_groups(text, parse_quantities(text))] == [41.0, 35.0]


def test_factorial_and_thousands(nlp: Language) -> None:
    text = "Methods: Women were randomized to tolvarin or placebo and bexarol or placebo."
    assert "bexarol" not in [a[0] for a in _summary(nlp, text)]
    text = "Methods: Adults were randomized to receive 20,000 IU of vitamin D3 daily or placebo."
    assert [a[0] for a in _summary(nlp, text)] == ["20,000 IU of vitamin D3 daily", "placebo"]
