"""Arms of allocation sentences whose arms are far from the verb: "randomized 200 women with X
... referred for Y (240 mg/m2) to receive A or B", "allocated in one of two groups, A (...)
and B (...)"; and the n written after an arm's whole label ("the A plus B group (n=151)"
beside "B alone"), and the n of each group ("the A and B groups (n=16 each)")."""

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
def test_arms_far_from_the_allocation_verb(
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
