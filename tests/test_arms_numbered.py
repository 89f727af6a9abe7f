"""Arms a sentence numbers after naming the groups ("into four groups: 1) A; 2) B; 3) C and 4)
D"): one arm from each number to the next, read before any other shape of the sentence."""

from __future__ import annotations

import pytest

from extractors.components.arm_numbered import numbered_arms
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (  # no separator between the items: the numbers alone split them
            "Mice were randomized into 4 groups (n = 10): 1) sham 2) ischemia 3) ischemia+drug K "
            "4) drug K alone.",
            ["sham", "ischemia", "ischemia+drug K", "drug K alone"],
        ),
        (  # items with "+", commas inside brackets, and "or" before the last number
            "Schools were randomly assigned to one recruitment condition: 1) standard letter; "
            "2) letter + phone reminder; 3) letter + home visit (nurse, social worker); or 4) "
            "all three strategies.",
            [
                "standard letter",
                "letter + phone reminder",
                "letter + home visit (nurse, social worker)",
                "all three strategies",
            ],
        ),
        (  # bracketed numbers, a clause after an arm, ", and," before the last
            "Adults were allocated to one of three arms: (1) an exercise programme, which met "
            "twice a week, (2) exercise plus a diet booklet, and, (3) usual care.",
            ["exercise programme", "exercise plus a diet booklet", "usual care"],
        ),
        (  # the arms named far before the list; the next sentence glued to the last item
            "Clinics were randomized to one of three feedback arms (ratio 1:1:1) that differed in "
            "who was sent the weekly reports from the pill counters, as follows: 1) doctors and "
            "nurses (n=40); 2) nurses (n=41); and 3) no reports (control) (n=39).At 6 months, "
            "adherence was higher in the first arm.",
            ["doctors and nurses", "nurses", "no reports (control)"],
        ),
        (  # how long and how often all arms last, after the last
            "Men were randomly assigned to one of two groups: (1) rowing (ROW) or (2) stretching "
            "(STR) 3×/week for 6 months.",
            ["rowing (ROW)", "stretching (STR)"],
        ),
    ],
)
def test_numbered_items_are_the_arms(sentence: str, labels: list[str]) -> None:
    assert [p.label for p in numbered_arms(sentence)] == labels


@pytest.mark.parametrize(
    "sentence",
    [
        # a ratio's end is no number: "(1:1:1)"
        "Adults were randomized (1:1:1) to drug K, drug M or placebo.",
        # numbered aims, not groups
        "We aimed to 1) describe adherence and 2) compare costs.",
        # one group's parts, not groups
        "The exercise group will also receive (1) a booklet, (2) a pedometer and (3) weekly calls.",
        # the numbers do not run 1, 2, 3
        "Rats were divided into groups: 1) sham and 3) drug K.",
    ],
)
def test_no_numbered_arms(sentence: str) -> None:
    assert numbered_arms(sentence) == []


def test_numbered_groups_give_the_record_its_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K after ischemia in rats",
            (
                "METHODS",
                "Forty rats were randomized into 4 groups (n = 10): 1) sham 2) ischemia 3) "
                "ischemia+drug K 4) drug K alone.",
            ),
            (
                "RESULTS",
                "Infarct size was smaller with ischemia+drug K than with ischemia (P = 0.01).",
            ),
        )
    )
    assert [a.label for a in record.arms] == ["sham", "ischemia", "ischemia+drug K", "drug K alone"]
    assert [a.comparator for a in record.arms] == [True, False, False, False]
