"""Arms that other wordings of the usual conventions name: "Group A received X and group B
received Y" after an allocation sentence that names no arm; "the intervention and control
groups" with no other mention of either; "were treated with A or B"; a count before each arm
with a bracket saying what the arm is."""

from __future__ import annotations

import pytest

from extractors.components.arm_comparisons import compared_pair
from extractors.components.arm_phrases import (
    TRIGGER,
    counted_arms,
    generic_arms,
    marked_arms,
    received_arms,
)
from extractors.components.arm_trial_of import listed_trial_arms
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _arms(extractor: Extractor, methods: str, results: str) -> list[tuple[str, list[str]]]:
    record = extractor.extract(
        article("Pain after knee surgery", ("Methods", methods), ("Results", results))
    )
    return [(a.label, a.interventions) for a in record.arms]


def test_groups_that_received_after_an_allocation_naming_no_arm(extractor: Extractor) -> None:
    methods = (
        "Patients were randomized into one of the two groups. Group PR received drug K and "
        "group CP received exercise along with drug K."
    )
    results = "Pain fell more in group CP than in group PR (p = 0.01)."
    assert _arms(extractor, methods, results) == [
        ("Group PR", ["drug K"]),
        ("group CP", ["exercise", "drug K"]),
    ]


def test_the_intervention_and_control_groups_are_two_arms() -> None:
    text = "There was no difference between the intervention and control groups at baseline."
    assert [p.label for p in generic_arms(text)] == ["intervention", "control"]
    assert generic_arms("Both groups improved.") == []


def test_treated_with_one_or_the_other(extractor: Extractor) -> None:
    methods = "For 10 days, 142 dogs with otitis were treated with drug K or drug M."
    results = "The cure rate was 65% with drug K and 59% with drug M."
    assert [label for label, _ in _arms(extractor, methods, results)] == ["drug K", "drug M"]


def test_a_counted_arm_may_end_with_a_bracket_saying_what_it_is() -> None:
    text = (
        "Eighty women were randomized, 46 to drug K gel and 34 to a standard treatment "
        "(water-based lubricant)."
    )
    assert [(p.label, p.n) for p in counted_arms(text)] == [
        ("drug K gel", 46),
        ("standard treatment (water-based lubricant)", 34),
    ]


def test_what_an_arm_received_runs_to_the_last_or_before_the_next_group() -> None:
    text = (
        "Men were randomly assigned to a treatment group (n = 10) receiving a supplement of "
        "polyphenols, omega-3 fatty acids, vitamin E, and selenium or a control group (n = 10)."
    )
    trigger = TRIGGER.search(text)
    assert trigger is not None
    phrases = marked_arms(text, trigger.end(), need_group_word=False)
    assert [(p.label, p.n) for p in phrases] == [("treatment", 10), ("control", 10)]


def test_an_allocation_sentence_comes_before_what_groups_received(extractor: Extractor) -> None:
    text = (
        "The intervention group received drug K 10 mg while the control group received a "
        "matching placebo. A total of 39 women were randomized to receive drug K (20 patients) "
        "or a matching placebo (19 patients)."
    )
    record = extractor.extract(article("Drug K for nausea", (None, text)))
    assert [(a.label, a.n) for a in record.arms] == [("drug K", 20), ("matching placebo", 19)]


def test_as_before_the_first_of_the_groups_is_no_part_of_it(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Stimulation after stroke",
            (
                "METHODS",
                "Thirty adults were randomized into three groups as active tDCS group (n = 10), "
                "active TMS group (n = 10) and sham TMS group (n = 10).",
            ),
        )
    )
    assert [(a.label, a.n) for a in record.arms] == [
        ("active tDCS", 10),
        ("active TMS", 10),
        ("sham TMS", 10),
    ]


def test_randomization_of_people_to_arms_names_the_arms(extractor: Extractor) -> None:
    """The noun allocates as the verb does: "with double randomization of adolescents and
    therapists to A versus B"."""
    methods = (
        "A community trial was conducted with double randomization of adolescents and "
        "therapists to drug K versus usual care."
    )
    results = "Pain fell more with drug K than with usual care (p = 0.01)."
    assert [label for label, _ in _arms(extractor, methods, results)] == ["drug K", "usual care"]


def test_a_time_from_randomization_names_no_arm(extractor: Extractor) -> None:
    methods = (
        "In 300 adults, step counts were averaged over the first 30 days following "
        "randomization to predict falls or death."
    )
    results = "Pain fell more with higher step counts (p = 0.01)."
    assert _arms(extractor, methods, results) == []


def test_a_randomisation_system_is_no_allocation() -> None:
    """The noun allocates only before "of" or "to": "a ... randomisation system to receive A"
    is a thing, not "randomisation to A" (the verb's own reach ends before such a long "via"
    phrase, so this sentence names no arm by itself)."""
    methods = (
        "Adults were randomly assigned (2:1) via a central interactive web-based and phone-based "
        "randomisation system to receive oral drug K plus exercise or placebo plus exercise."
    )
    assert TRIGGER.search(methods) is None
    assert TRIGGER.search("with randomisation of adults to drug K or placebo") is not None


def test_how_the_arms_were_given_after_a_comma_is_no_arm(extractor: Extractor) -> None:
    results = "Pain fell more with lumacor (p = 0.01)."
    methods = "Adults were randomised to six sessions of brivotin or to six sessions of lumacor, "
    assert [a for a, _ in _arms(extractor, methods + "delivered over 12 weeks.", results)] == [
        "six sessions of brivotin",
        "six sessions of lumacor",
    ]
    methods = "Adults were randomised to brivotin or placebo, given for 12 weeks."
    assert [a for a, _ in _arms(extractor, methods, results)] == ["brivotin", "placebo"]


def test_a_trial_testing_a_versus_b_names_its_arms_with_their_short_names() -> None:
    sentence = (
        "We report secondary analyses of a randomized trial testing a walking programme (WP) "
        "versus usual care (UC) in 120 adults."
    )
    assert [p.label for p in compared_pair(sentence)] == ["walking programme", "usual care"]
    # a bracket that is no short name still ends the side: no arms from "(12 weeks) versus"
    assert compared_pair("A trial of drug K (for 12 weeks) versus placebo.") == []


@pytest.mark.parametrize(
    ("sentence", "arms"),
    [
        (
            "We ran a 12-month randomized controlled trial of twice-weekly yoga or usual care "
            "among 210 survivors.",
            ["twice-weekly yoga", "usual care"],
        ),
        (
            "A randomised trial of cognitive therapy, behavioural activation, and supportive "
            "therapy for low mood in carers.",
            ["cognitive therapy", "behavioural activation", "supportive therapy"],
        ),
        ("A pilot study of drug K versus drug M in 40 dogs.", ["drug K", "drug M"]),
        # one combined treatment, what is measured, a single treatment: no arms
        ("A randomized trial of exercise and diet in 100 adults.", []),
        ("A randomized trial of the effect of drug K or drug M in adults.", []),
        ("A randomized trial of drug K in 100 adults.", []),
    ],
)
def test_a_trial_of_a_or_b_names_its_arms(sentence: str, arms: list[str]) -> None:
    assert [p.label for p in listed_trial_arms(sentence)] == arms


def test_a_trial_of_a_or_b_is_the_last_resort(extractor: Extractor) -> None:
    methods = "This was a randomized controlled trial of twice-weekly yoga or usual care."
    results = "Fatigue fell more with yoga (P = 0.02)."
    assert [label for label, _ in _arms(extractor, methods, results)] == [
        "twice-weekly yoga",
        "usual care",
    ]
    methods += " We randomly assigned 80 adults to yoga classes or a waiting list."
    assert [label for label, _ in _arms(extractor, methods, results)] == [
        "yoga classes",
        "waiting list",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients from Group 1 were treated with a new technique using a flexible scope and "
        "patients from Group 2 were treated with conventional surgery.",
        "Patients in group 1 received a new technique using a flexible scope, while those in "
        "group 2 received conventional surgery.",
    ],
)
def test_what_each_group_received_when_its_people_come_first(sentence: str) -> None:
    assert [(p.label.lower(), p.treatment) for p in received_arms(sentence)] == [
        ("group 1", "a new technique using a flexible scope"),
        ("group 2", "conventional surgery"),
    ]


@pytest.mark.parametrize(
    ("sentence", "arms"),
    [
        (
            "A crossover trial was run to compare intranasal (2 mg) versus intramuscular "
            "(0.5 mg) naloxone for reversal of sedation.",
            ["intranasal naloxone 2 mg", "intramuscular naloxone 0.5 mg"],
        ),
        (
            "We compared oral versus intravenous iron in anaemic adults.",
            ["oral iron", "intravenous iron"],
        ),
        # the first side is no modifier: each side as written
        ("We compared surgery with physical therapy in adults.", ["surgery", "physical therapy"]),
    ],
)
def test_both_sides_share_the_noun_written_once(sentence: str, arms: list[str]) -> None:
    assert [p.label for p in compared_pair(sentence)] == arms


@pytest.mark.parametrize(
    "methods",
    [
        "Women were stratified into breast-conserving surgery or mastectomy, and then further "
        "stratified into level-III dissection (group A, n = 258) or level-I dissection "
        "(group B, n = 256).",
        # strata and then the allocation: the arms are the allocation's
        "Women were stratified into breast-conserving surgery or mastectomy, and then "
        "randomly assigned to level-III dissection (n = 258) or level-I dissection (n = 256).",
    ],
)
def test_strata_before_the_arms(extractor: Extractor, methods: str) -> None:
    record = extractor.extract(
        article("Axillary dissection", ("Methods", methods), ("Results", "Pain was similar."))
    )
    assert [(a.label, a.n) for a in record.arms] == [
        ("level-III dissection", 258),
        ("level-I dissection", 256),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "with controlled feeding and activity designed to keep energy balance over 3 days.",
        "followed by a buffet meal.",
    ],
)
def test_what_follows_the_last_arms_bracket(extractor: Extractor, tail: str) -> None:
    record = extractor.extract(
        article(
            "Sleep and appetite",
            (
                "Methods",
                "In a crossover study, 20 healthy men were assigned to three nights of sleep "
                "restriction (SR; 2 h sleep per night) or adequate sleep (AS; 8 h sleep per "
                f"night) {tail}",
            ),
            ("Results", "Hunger was higher after SR than after AS (P = 0.01)."),
        )
    )
    assert [a.label for a in record.arms] == ["three nights of sleep restriction", "adequate sleep"]


def test_with_or_without_after_a_bracket_still_names_the_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K",
            (
                "Methods",
                "Women were randomly assigned to drug K (1 mg/d orally) with or without drug L "
                "(4 mg/kg intravenously) until progression.",
            ),
            ("Results", "Survival was longer with drug L (P = 0.01)."),
        )
    )
    assert [a.label for a in record.arms] == [
        "drug K (1 mg/d orally) with drug L (4 mg/kg intravenously)",
        "drug K (1 mg/d orally) without drug L (4 mg/kg intravenously)",
    ]
