"""Arms named by role and people, with what each received ("Intervention participants received
A. Control participants received B"; "participants in the intervention group received A;
controls received B")."""

from __future__ import annotations

import pytest

from extractors.components.arm_roles import role_received
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Participants in the intervention group received weekly text messages for 6 months; "
            "controls received a printed leaflet.",
            [
                ("intervention", "weekly text messages for 6 months"),
                ("controls", "a printed leaflet"),
            ],
        ),
        (
            "The active group patients underwent two sessions of cupping, whereas the sham group "
            "patients received sham cupping.",
            [("active", "two sessions of cupping"), ("sham", "sham cupping")],
        ),
        (
            "Students in the control condition were offered a lecture.",
            [("control", "a lecture")],
        ),
    ],
)
def test_roles_and_what_they_received(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.label, p.treatment) for p in role_received(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "All participants received a home exercise booklet.",
        "Per protocol, 12% of patients in the usual-care group received drug K at home.",
        "The control group was larger than expected.",
    ],
)
def test_no_role_received(sentence: str) -> None:
    assert role_received(sentence) == []


def test_roles_in_next_sentences_are_the_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Telephone coaching for adults with gout: a randomized trial",
            (
                "METHODS",
                "We randomly allocated 120 adults with gout. Intervention participants received "
                "eight telephone coaching calls over 3 months. Control participants received a "
                "gout fact sheet.",
            ),
            ("RESULTS", "Flares were fewer in the coached adults (P = 0.03)."),
        )
    )
    assert [(a.label, a.comparator) for a in record.arms] == [
        ("Intervention", False),
        ("Control", True),
    ]
    assert record.arms[0].interventions == ["eight telephone coaching calls over 3 months"]


def test_roles_far_apart_are_no_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Coaching for gout",
            (
                "METHODS",
                "Intervention participants received coaching calls. Flares were counted weekly. "
                "Uric acid was measured monthly. Control participants received a fact sheet.",
            ),
        )
    )
    assert record.arms == []


def test_the_intervention_arm_is_also_the_experimental_one(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Coaching for fatigue",
            (
                "Methods",
                "Women were randomly assigned to the intervention group or the control group.",
            ),
            (
                "Results",
                "At baseline, the experimental group (n = 53) and the control group (n = 59) "
                "were similar in age.",
            ),
        )
    )
    assert [(a.label, a.n) for a in record.arms] == [("intervention", 53), ("control", 59)]
