"""Arms are treatments, not the study's design, aim or methods: "Meta-analysis comparing A
versus B" in a title compares A and B; "This study compares long-term outcomes in patients
with X treated with and without Y" names what is compared, no arm; "t-distributed stochastic
neighbor embedding to visualize ..." allocates no one."""

from __future__ import annotations

import pytest

from extractors.components.arm_comparisons import compared_pair, with_and_without
from extractors.components.arm_phrases import TRIGGER, marked_versus
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    "title",
    [
        "Meta-analysis comparing drug A versus drug B in patients with heart failure",
        "A trial that compared drug A versus drug B in heart failure",
        "Efficacy of drug A versus drug B in heart failure",
    ],
)
def test_title_arms_start_after_the_design(extractor: Extractor, title: str) -> None:
    record = extractor.extract(article(title, (None, "Adults with heart failure took part.")))
    assert [a.label for a in record.arms] == ["drug A", "drug B"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This study compares long-term outcomes in patients with leg ischemia treated with and "
        "without coated stents.",
        "We compared the 5-year results of patients with ulcers with those of healthy controls.",
        # "compared with" names one side only: the words after it are no two arms
        "The study aims to show that drug K is better as compared with sham in adults with gout "
        "with flares.",
        "Survival was similar compared to chemotherapy with better quality of life.",
    ],
)
def test_what_is_compared_is_no_arm(sentence: str) -> None:
    assert compared_pair(sentence) == []


def test_compared_arms_still_read() -> None:
    pair = compared_pair("This trial compared early surgery with watchful waiting in adults.")
    assert [p.label for p in pair] == ["early surgery", "watchful waiting"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We COMPARED drug A WITH placebo in adults",
        "the efficacy of drug A VS drug B in adults",
        "the efficacy of drug A Vſ drug B in adults",  # "ſ" is "s" to (?i), not to lower()
    ],
)
def test_compared_arms_cue_in_any_case(sentence: str) -> None:
    # compared_pair looks for its cues ("compar", "vs", "versus") in the lower-cased text
    # before it runs its patterns: a cue in capitals, or with a long s, still counts
    assert len(compared_pair(sentence)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "We used t-distributed stochastic neighbor embedding to visualize changes in fatty acid "
        "levels of infants treated with oil compared to no oil.",
        "Non-randomized to the same degree, the cohorts were compared.",
    ],
)
def test_a_hyphenated_compound_allocates_no_one(sentence: str) -> None:
    assert TRIGGER.search(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "This study compares long-term outcomes in patients with leg ischemia treated with "
            "and without coated stents.",
            ["coated stents", "no coated stents"],
        ),
        (
            "Patients treated with and without a tourniquet in knee surgery were compared.",
            [
                "tourniquet",
                "no tourniquet",
            ],
        ),
        # what the participants underwent or received, with and without X
        (
            "We compared blood loss in adults undergoing knee replacement with and without a "
            "tourniquet.",
            ["tourniquet", "no tourniquet"],
        ),
        (
            "Intracervical balloon catheter with and without oxytocin for induction of labour",
            ["oxytocin", "no oxytocin"],
        ),
        (
            "Adults received epidural analgesia with and without a basal infusion.",
            ["basal infusion", "no basal infusion"],
        ),
        # people with and without a condition are no arms
        ("This study compares outcomes in patients with and without diabetes.", []),
        ("Bone density rose in adults aged 65 years with and without vitamin D.", []),
        ("We compared those with and without sarcopenia receiving exercise.", []),
        ("Programmes of exercise with or without another intervention were included.", []),
        (
            "The A and B groups did the exercises with and without a pelvic belt, respectively.",
            [],
        ),
    ],
)
def test_treated_with_and_without_x(sentence: str, labels: list[str]) -> None:
    assert [p.label for p in with_and_without(sentence)] == labels


def test_arms_of_treated_with_and_without_x(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Coated stents in leg ischemia",
            (
                "Objectives",
                "This study compares long-term outcomes in patients with leg ischemia treated "
                "with and without coated stents.",
            ),
            (
                "Results",
                "Age was similar between 574 coated stents and 409 non-coated stents patients. "
                "Survival was higher in the coated stents group (55.0% vs. 44.0%).",
            ),
        )
    )
    assert [a.label for a in record.arms] == ["coated stents", "no coated stents"]
    # "409 non-coated stents" is not the size of the arm with them
    assert record.arms[0].n != 409


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Neonates were randomly assigned (1:1) with a minimisation algorithm to REC-SURF or "
            "SURF using a web-based system.",
            ["REC-SURF", "SURF"],
        ),
        (
            "Adults were randomized (2:1) using sealed envelopes to drug A or placebo.",
            ["drug A", "placebo"],
        ),
    ],
)
def test_arms_after_the_ratio_and_how_they_were_allocated(
    extractor: Extractor, sentence: str, labels: list[str]
) -> None:
    record = extractor.extract(article("A trial", ("Methods", sentence)))
    assert [a.label for a in record.arms] == labels


@pytest.mark.parametrize(
    ("sentence", "arms"),
    [
        (
            "In the context of a randomized controlled trial (RCT), MBCT + TAU (n = 43) versus "
            "TAU (n = 51), we examined whether mindfulness skills mediated the effect.",
            [("MBCT + TAU", 43), ("TAU", 51)],
        ),
        (
            "In this trial of 9572 patients undergoing anatomical (n = 4734) vs. functional (n = "
            "4838) testing, events were rare.",
            [("anatomical", 4734), ("functional", 4838)],
        ),
        # no trial named: people compared, not arms
        ("We compared men (n = 20) versus women (n = 22) after surgery.", []),
    ],
)
def test_arms_with_sizes_joined_by_versus(sentence: str, arms: list[tuple[str, int]]) -> None:
    assert [(p.label, p.n) for p in marked_versus(sentence)] == arms
