"""Gold triple -> claim matching by content-token Dice overlap."""

from __future__ import annotations

import pytest

from extractors.evaluation.claim_matching import (
    EVIDENCE_WEIGHT,
    OUTCOME_WEIGHT,
    best_claim,
    content_tokens,
    dice,
)
from kg.model import Evidence
from tests.evaluation_records import make_claim


def test_claim_matching_content_tokens_drop_function_words() -> None:
    assert content_tokens("The Rate of Falls in the yoga group") == {"rate", "falls", "yoga"}


def test_claim_matching_dice_hand_computed() -> None:
    # {pain, score, week, 6} vs {pain, score}: 2 * 2 / (4 + 2)
    assert dice("pain score at week 6", "the pain score") == pytest.approx(4 / 6)
    assert dice("", "") == 0.0
    assert dice("sleep", "appetite") == 0.0


def test_claim_matching_prefers_the_outcome_that_overlaps_most() -> None:
    claims = [
        make_claim("tea", "water", "headache days"),
        make_claim("tea", "water", "sleep latency in minutes"),
    ]
    match = best_claim(claims, "green tea", "plain water", "sleep latency")
    assert match is not None
    assert match.index == 1
    assert not match.swapped
    # outcome {sleep, latency} vs {sleep, latency, minutes}: 2*2/(2+3); arms 2*1/(2+1) each
    assert match.score == pytest.approx(OUTCOME_WEIGHT * 4 / 5 + 2 / 3 + 2 / 3)


def test_claim_matching_detects_swapped_arms() -> None:
    claims = [make_claim("placebo", "oral zinc", "cold duration")]
    match = best_claim(claims, "oral zinc", "placebo", "duration of colds")
    assert match is not None
    assert match.swapped


def test_claim_matching_needs_outcome_overlap() -> None:
    claims = [make_claim("oral zinc", "placebo", "cold duration")]
    assert best_claim(claims, "oral zinc", "placebo", "serum ferritin") is None
    assert best_claim([], "a", "b", "c") is None


def test_claim_matching_ties_go_to_the_earlier_claim() -> None:
    claims = [make_claim("drug", None, "relapse"), make_claim("drug", None, "relapse")]
    match = best_claim(claims, "drug", "control", "relapse")
    assert match is not None
    assert match.index == 0


def test_claim_matching_expands_the_abstracts_abbreviations() -> None:
    claims = [make_claim("drug", "placebo", "mean DOA")]
    assert best_claim(claims, "drug", "placebo", "duration of analgesia") is None
    match = best_claim(
        claims, "drug", "placebo", "duration of analgesia", {"DOA": "duration of analgesia"}
    )
    assert match is not None
    # outcome {mean, duration, analgesia} vs {duration, analgesia}: 2*2/(3+2); arms 1 + 1
    assert match.score == pytest.approx(OUTCOME_WEIGHT * 4 / 5 + 2)


def test_claim_matching_counts_the_outcome_in_the_evidence_sentence() -> None:
    cut_short = make_claim("drug", "placebo", "They").model_copy(
        update={"evidence": Evidence(start=0, end=40, text="They had less nausea than controls.")}
    )
    match = best_claim([cut_short], "drug", "placebo", "nausea")
    assert match is not None
    assert match.score == pytest.approx(EVIDENCE_WEIGHT * 1.0 + 2)
    assert best_claim([cut_short], "drug", "placebo", "vomiting") is None


def test_claim_matching_outcome_outweighs_one_arm() -> None:
    # the claim about the gold outcome, with arms unknown, beats a claim naming the
    # intervention with an outcome that shares one word:
    # 2 * 2*1/(2+3) + 0 + 1 = 1.8 against 2 * 2*1/(2+2) + 1 (both tokens in its sentence) = 2.0
    other = make_claim("drug", None, "pain on a visual scale")
    about = make_claim("", None, "level of distress").model_copy(
        update={"evidence": Evidence(start=0, end=30, text="The distress scale did not move.")}
    )
    match = best_claim([other, about], "drug", "placebo", "distress scale")
    assert match is not None
    assert (match.index, match.score) == (1, pytest.approx(2.0))


def test_claim_matching_orients_by_the_words_that_tell_the_arms_apart() -> None:
    # "mineral oil" is in both gold arms; "synbiotic" tells the intervention apart
    claims = [make_claim("synbiotic + mineral oil group", None, "stool frequency")]
    match = best_claim(claims, "synbiotic plus mineral oil", "mineral oil alone", "stool frequency")
    assert match is not None
    assert not match.swapped
    match = best_claim(claims, "mineral oil alone", "synbiotic plus mineral oil", "stool frequency")
    assert match is not None
    assert match.swapped


def test_claim_matching_one_arm_with_only_shared_words_reads_as_given() -> None:
    # "music" is in both gold arms; the claim names no comparator: no reason to swap
    claims = [make_claim("analysis showed music", None, "pain intensity")]
    match = best_claim(claims, "listened to preferred music", "no music", "pain intensity")
    assert match is not None
    assert not match.swapped


def test_claim_matching_role_words_orient_the_arms() -> None:
    # "intervention" is in the gold comparator's words ("no intervention"), but an
    # "intervention group" is the treated arm
    claims = [make_claim("intervention group", None, "visual acuity")]
    match = best_claim(claims, "vision therapy", "no intervention", "visual acuity")
    assert match is not None
    assert not match.swapped
    claims = [make_claim("control group", None, "visual acuity")]
    match = best_claim(claims, "vision therapy", "no intervention", "visual acuity")
    assert match is not None
    assert match.swapped
