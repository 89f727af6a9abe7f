"""An adjective left bare before "or" shares the noun after "sham" or "placebo": "true or sham
acupuncture" is "true acupuncture" and "sham acupuncture"; a participle shares the last arm's
noun: "supervised or unsupervised exercise"; any bare word does where the abstract writes it
with that noun elsewhere ("early or delayed mobilisation" and "the early mobilisation group")."""

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


@pytest.mark.parametrize(
    ("methods", "results", "labels"),
    [
        # the abstract writes the first with the noun elsewhere: the noun is shared
        (
            "Adults were randomized to early or delayed mobilisation after surgery.",
            "Pain was lower in the early mobilisation group (2.1 vs 3.4 points, p = 0.01).",
            ["early mobilisation", "delayed mobilisation"],
        ),
        # guards: no such mention; a joining word after the second side ("docetaxel plus
        # capecitabine" is written, "docetaxel plus docetaxel" is no arm)
        (
            "Adults were randomized to early or delayed mobilisation after surgery.",
            "Pain was lower in the first group (2.1 vs 3.4 points, p = 0.01).",
            ["early", "delayed mobilisation"],
        ),
        (
            "Adults were randomized to docetaxel or capecitabine plus docetaxel.",
            "Response was higher with docetaxel plus capecitabine (42% vs 30%, p = 0.01).",
            ["docetaxel", "capecitabine plus docetaxel"],
        ),
    ],
)
def test_a_bare_word_shares_the_noun_the_abstract_writes_it_with(
    extractor: Extractor, methods: str, results: str, labels: list[str]
) -> None:
    record = extractor.extract(
        article("A randomized trial", ("Methods", methods), ("Results", results))
    )
    assert [a.label for a in record.arms] == labels
