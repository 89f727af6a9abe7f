"""Arms named by their role ("the experimental group", "the control group") take what they
received from the words right after one of their mentions ("... served as the experimental
group and received X", "... the control group treated with Y"), so that later sentences
naming them by it ("in the X group") give each arm its values."""

from __future__ import annotations

import pytest

from extractors.components.arm_given import given_after
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("label", "text", "treatment"),
    [
        (
            "experimental group",
            "Twenty formed the experimental group and received laser therapy; others waited.",
            "laser therapy",
        ),
        ("control group", "Thirty were kept as the control group treated with massage.", "massage"),
        (
            "intervention",
            "The intervention group (n = 20), which received weekly calls for 6 months, improved.",
            "weekly calls",
        ),
        ("control group", "The control group was given no supplement.", "no supplement"),
        # not the topic, which the outcomes may name: "... about PA" beside "total PA scores"
        (
            "control group",
            "The control group (n=35) received a standard session about diet.",
            "a standard session",
        ),
    ],
)
def test_what_a_role_named_arm_received(label: str, text: str, treatment: str) -> None:
    assert given_after(label, [text]) == treatment


@pytest.mark.parametrize(
    ("label", "text", "others"),
    [
        # the verb does not follow the label
        ("control group", "The control group and the drug K group received meals.", []),
        # nothing received at all
        ("experimental group", "The experimental group improved more than expected.", []),
        # only another arm's name: what else it had is lost after "and"
        (
            "intervention group",
            "The intervention group received the usual care and extra visits.",
            ["usual care"],
        ),
    ],
)
def test_no_treatment_from_other_wordings(label: str, text: str, others: list[str]) -> None:
    assert given_after(label, [text], others) is None


def test_role_named_arms_take_values_named_by_their_treatments(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Laser therapy for arm swelling after breast surgery: a controlled study",
            (
                "Methods",
                "Twenty women served as the experimental group and received laser therapy; 25 "
                "women formed the control group treated with compression sleeves.",
            ),
            (
                "Results",
                "The mean swelling score was 2.1 in the laser group and 3.5 in the compression "
                "group.",
            ),
        )
    )
    labels = {a.id: a.label for a in record.arms}
    assert sorted(labels.values()) == ["control group", "experimental group"]
    [claim] = record.claims
    assert [(labels[r.arm], r.mean) for r in claim.results if r.arm] == [
        ("experimental group", 2.1),
        ("control group", 3.5),
    ]
