"""Arms the text calls by letter groups it never defines ("oral aprepitant" and "oral
placebo", then "48 in group A and 43 in group P"): each letter names the arm whose distinctive
word it opens; a sentence ends after a group's letter ("... in group P. In the first 24
hours ..."), which is no abbreviation "p."; "From the 24th to the 48th hour, " is a lead-in,
not part of the outcome."""

from __future__ import annotations

import pytest

from extractors.components.arm_labels import ArmPhrase
from extractors.components.arms import ArmMention, build_arms, name_by_initials
from extractors.components.sentences import sentence_starts
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Women at high risk of vomiting were randomly allocated to one of two groups, oral "
    "fosaprepitant or oral placebo. Ninety women were analysed, 46 in group F and 44 in group P.",
)


def test_a_sentence_ends_after_a_groups_letter() -> None:
    text = "Nausea was 8% in group F and 9% in group P. In the first day it was 27% and 21%."
    assert sentence_starts(text, 0, len(text)) == [0, text.index("In the first")]
    # the abbreviation "p." does not end one
    text = "See Smith et al. p. 12 for details."
    assert sentence_starts(text, 0, len(text)) == [0]


@pytest.mark.parametrize(
    "text",
    [
        "Remission was 11% with HDCT and 12% with ST. After a median follow-up, 79 died.",
        "Pain fell in patients with MS. The effect lasted.",
        # the next sentence opens with a short name in mixed case
        "We randomized 93 patients (n = 44 and 49). pCR rate was higher with drug K.",
        "Follow-up was 30 months. ctDNA was measured in 40 patients.",
    ],
)
def test_a_sentence_ends_at_a_short_name_in_capitals(text: str) -> None:
    second = text.index(". ") + 2
    assert sentence_starts(text, 0, len(text)) == [0, second]


def test_letter_groups_name_the_arms_they_open(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Fosaprepitant after surgery",
            _METHODS,
            (
                "Results",
                "From the 2nd to the 6th hour, the incidence of vomiting was 6.52% in group F "
                "and 11.36% in group P. From the 24th to the 48th hour, the incidence of "
                "vomiting was 4.35% in group F and 13.64% in group P.",
            ),
        )
    )
    assert [(a.label, a.n) for a in record.arms] == [
        ("oral fosaprepitant", 46),
        ("oral placebo", 44),
    ]
    got = [
        (c.outcome.text, [(r.arm, r.percent) for r in c.results])
        for c in record.claims
        if c.outcome
    ]
    assert got == [
        ("incidence of vomiting", [("arm1", 6.52), ("arm2", 11.36)]),
        ("incidence of vomiting", [("arm1", 4.35), ("arm2", 13.64)]),
    ]


def _arms(*labels: str) -> list[ArmMention]:
    return build_arms([ArmPhrase(label, 0, len(label), None) for label in labels], {})


def test_letters_that_open_no_arm_or_two_name_nothing() -> None:
    arms = _arms("oral fosaprepitant", "oral placebo")
    name_by_initials(arms, "46 in group F and 44 in group P")
    assert ("#f" in arms[0].words, "#p" in arms[1].words) == (True, True)
    for text in (
        "46 in group A and 44 in group B",  # A and B open no arm's word
        "46 in group F and 44 in group F2 and 3 in group P and 2 in group Q",  # three letters
    ):
        arms = _arms("oral fosaprepitant", "oral placebo")
        name_by_initials(arms, text)
        assert not any(w.startswith("#") for a in arms for w in a.words)
    arms = _arms("oral fosaprepitant", "oral placebo")  # the P of a p value names no group
    name_by_initials(arms, "Rates were 6% in group F and 11% in the placebo group P < 0.01.")
    assert not any(w.startswith("#") for a in arms for w in a.words)
    arms = _arms("pregabalin", "placebo")  # P opens a word of each arm
    name_by_initials(arms, "12 in group P and 11 in group C")
    assert not any(w.startswith("#") for a in arms for w in a.words)
