"""Arms of Methods sentences in less common forms, and their sizes.

After "to" a word that opens with "be" or "test" ("to behavioural therapy", "to testosterone").
Far from the allocation verb: "randomized 200 women with X ... referred for Y (240 mg/m2) to
receive A or B", "allocated in one of two groups, A (...) and B (...)". Named by a design
statement: "Randomization (1:1) was to A or B", "the efficacy of 0.1% A (MA) versus B (BB)
cream", "compared the effect of A (n = 59) with B (n = 50)", "a 3-arm (A, B, control)
randomized trial"; not what later studies should compare, "A performed with B", "A with or
without B", "the effects of addition of A to B", "the effects of A on X for Y With Z". Sizes:
the n written after an arm's whole label ("the A plus B group (n=151)" beside "B alone"), and
the n of each group ("the A and B groups (n=16 each)")."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _arms(extractor: Extractor, methods: str) -> list[tuple[str, int | None]]:
    record = extractor.extract(
        article("A trial in adults", ("Methods", methods), ("Results", "Nothing differed."))
    )
    return [(a.label, a.n) for a in record.arms]


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        # an arm whose first word opens with "be", "test" or "have" (no "to be", "to test")
        (
            "Adults were randomized to behavioural therapy or usual care.",
            [("behavioural therapy", None), ("usual care", None)],
        ),
        (
            "Men were randomized to testosterone or placebo.",
            [("testosterone", None), ("placebo", None)],
        ),
        (  # the people allocated at length, then "to receive"
            "The investigators randomized 120 adults with stable angina and a normal resting "
            "heart rate (HR) referred for elective angiography (day 0) to receive drug K or "
            "placebo until discharge.",
            [("drug K", None), ("placebo", None)],
        ),
        (
            "Patients were randomly assigned (1:1) by a web system in blocks of four or six to "
            "receive either drug K or drug M.",
            [("drug K", None), ("drug M", None)],
        ),
        (  # "in" before the groups' count, the arms after a comma
            "Adults scheduled for knee surgery were randomly allocated in one of two groups, "
            "oral drug K (drug K 80 mg, drug M 8 mg, and drug D 1 mg) and oral placebo "
            "(placebo, drug M 8 mg, and drug D 1 mg).",
            [("oral drug K", None), ("oral placebo", None)],
        ),
    ],
)
def test_arms_of_allocation_sentences(
    extractor: Extractor, methods: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _arms(extractor, methods) == expected


@pytest.mark.parametrize(
    "methods",
    [
        # what the people were to have anyway: no arms
        "Patients were randomized in a study of adults who were scheduled to receive surgery "
        "under general anaesthesia.",
        # "in" before anything but the groups' count
        "Patients were randomized in a double-blind manner, and all took part.",
    ],
)
def test_no_arms_from_what_people_were_to_have(extractor: Extractor, methods: str) -> None:
    assert _arms(extractor, methods) == []


def test_n_after_the_whole_label_goes_to_the_longest(extractor: Extractor) -> None:
    methods = (
        "Patients were randomly assigned (1:1) by a web system in blocks of two or four to "
        "receive drug M and drug D alone or drug K plus drug M and drug D. Overall, 304 "
        "patients were randomly assigned to the drug K plus drug M and drug D group (n=151) or "
        "the drug M and drug D group (n=153)."
    )
    assert _arms(extractor, methods) == [
        ("drug M and drug D alone", 153),
        ("drug K plus drug M and drug D", 151),
    ]


@pytest.mark.parametrize("each", ["n=16 each", "n = 16 per group", "n=16 in each group"])
def test_n_of_each_group_goes_to_every_arm(extractor: Extractor, each: str) -> None:
    methods = (
        "Patients were randomly assigned to receive drug K or placebo. Thirty-two adults were "
        f"divided into the drug K and placebo groups ({each})."
    )
    assert _arms(extractor, methods) == [("drug K", 16), ("placebo", 16)]


def test_n_each_of_events_names_no_arm(extractor: Extractor) -> None:
    methods = (
        "Patients were randomly assigned to group A (n = 30) or group B. Two patients in group B "
        "stopped because of rash (n = 1 each) and fever (n = 1)."
    )
    assert _arms(extractor, methods)[0] == ("group A", 30)
    assert _arms(extractor, methods)[1][1] != 1


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Randomization (1:1) was to drug K or placebo, applied twice daily from day 1.",
            [("drug K", None), ("placebo", None)],
        ),
        (  # a strength before the first arm
            "A 2-arm, double-blinded randomized trial was conducted to evaluate the efficacy of "
            "0.1% drug K (DK) versus Basic Base (BB) cream in preventing dermatitis.",
            [("0.1% drug K", None), ("Basic Base", None)],
        ),
        (
            "This randomized controlled trial compared the effect of group visits (n = 59) with "
            "one individual medical visit (n = 50) (care as usual).",
            [("group visits", 59), ("individual medical visit", 50)],
        ),
        (
            "This report examined the effect of a 6-month, 3-arm (supervised exercise, "
            "home-based exercise, control) randomized controlled trial on quality of life.",
            [("supervised exercise", None), ("home-based exercise", None), ("control", None)],
        ),
    ],
)
def test_arms_of_design_statements(
    extractor: Extractor, methods: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _arms(extractor, methods) == expected


@pytest.mark.parametrize(
    "methods",
    [
        "Future studies should directly compare the efficacy of weight lifting with other "
        "modalities of exercise.",
        "We report a comparison of the efficacy of nerve block performed with different "
        "concentrations of drug K on analgesia.",
        "The aim of this randomized controlled trial was to compare the efficacy of drug K with "
        "or without a basal infusion of drug M.",
        "This study compares the effects of addition of drug K or drug M to low-dose drug B.",
        "A multisite trial comparing the effects of intervention intensity and intervention "
        "style on outcomes for young children with autism.",
    ],
)
def test_no_arms_from_other_comparisons(extractor: Extractor, methods: str) -> None:
    assert _arms(extractor, methods) == []


@pytest.mark.parametrize(
    "methods",
    [
        "Women were randomized to drug K 45 mg/day (n=31) or placebo (n=31) both plus fulvestrant.",
        "In this randomized trial, patients received drug K 45 mg/day (n=31) or placebo (n=31) "
        "both plus fulvestrant.",
        "In this randomized trial, patients received drug K 45 mg/day (n=31) or placebo (n=31), "
        "each combined with fulvestrant.",
    ],
)
def test_what_both_arms_had_is_no_part_of_the_last(extractor: Extractor, methods: str) -> None:
    assert _arms(extractor, methods) == [("drug K 45 mg/day", 31), ("placebo", 31)]


@pytest.mark.parametrize(
    ("methods", "last"),
    [
        (
            "Adults undergoing hernia repair were randomized to saline only or drug K with saline "
            "and pain scores assessed.",
            "drug K with saline",
        ),
        (
            "Adults undergoing hernia repair were randomized to saline or drug K and nausea was "
            "recorded daily.",
            "drug K",
        ),
    ],
)
def test_what_was_measured_is_no_part_of_the_last_arm(
    extractor: Extractor, methods: str, last: str
) -> None:
    assert [label for label, _ in _arms(extractor, methods)][-1] == last
