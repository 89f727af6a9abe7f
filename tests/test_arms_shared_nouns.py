"""An adjective left bare before "or" shares the noun after "sham" or "placebo": "true or sham
acupuncture" is "true acupuncture" and "sham acupuncture"; a participle shares the last arm's
noun: "supervised or unsupervised exercise"."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("methods", "labels"),
    [
        (
            "Adults were randomized to true or sham acupuncture.",
            ["true acupuncture", "sham acupuncture"],
        ),
        (
            "Adults were randomized to receive active or sham TMS for 4 weeks.",
            ["active TMS", "sham TMS"],
        ),
        (
            "Adults were randomized to receive a protocol of 10 real or sham EMS (SEMS) sessions.",
            ["real EMS", "sham EMS (SEMS) sessions"],
        ),
        # guard: "placebo" names no noun to share
        ("Adults were randomized to active or placebo.", ["active", "placebo"]),
    ],
)
def test_a_bare_adjective_shares_the_sham_arms_noun(
    extractor: Extractor, methods: str, labels: list[str]
) -> None:
    record = extractor.extract(article("A sham-controlled trial", ("Methods", methods)))
    assert [a.label for a in record.arms] == labels
    assert [a.comparator for a in record.arms] == [False, True]


@pytest.mark.parametrize(
    ("methods", "labels"),
    [
        (
            "Adults were randomized to skeletonized or pedicled graft harvest.",
            ["skeletonized graft harvest", "pedicled graft harvest"],
        ),
        (
            "Adults were randomized to supervised or unsupervised exercise.",
            ["supervised exercise", "unsupervised exercise"],
        ),
        # guard: a treatment of its own before "or" keeps its name
        ("Adults were randomized to surgery or watched waiting.", ["surgery", "watched waiting"]),
    ],
)
def test_a_participle_before_or_shares_the_last_arms_noun(
    extractor: Extractor, methods: str, labels: list[str]
) -> None:
    record = extractor.extract(article("A randomized trial", ("Methods", methods)))
    assert [a.label for a in record.arms] == labels
