"""Direction scoring on Evidence Inference: label mapping, lexical baseline, .abst layout; smoke."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.evaluation.direction import (
    DECREASED,
    INCREASED,
    NO_DIFFERENCE,
    UNCLEAR,
    label_from_record,
    label_lexical,
    score_direction,
)
from extractors.evaluation.evidence_inference_data import (
    DirectionPrompt,
    majority,
    normalise_label,
    parse_abstract,
    split_ids,
)
from extractors.pipeline import Extractor
from tests.conftest import shared_path
from tests.evaluation_records import make_claim, make_record

PROMPT = DirectionPrompt(1, "0", "oral zinc", "placebo", "cold duration", INCREASED)


@pytest.mark.parametrize(
    ("direction", "significant", "claim_arms", "expected"),
    [
        ("increased", True, ("oral zinc", "placebo"), INCREASED),
        ("increased", None, ("placebo", "oral zinc"), DECREASED),
        ("decreased", True, ("oral zinc", "placebo"), DECREASED),
        ("increased", False, ("oral zinc", "placebo"), NO_DIFFERENCE),
        ("no difference", None, ("oral zinc", "placebo"), NO_DIFFERENCE),
        ("unclear", None, ("oral zinc", "placebo"), UNCLEAR),
    ],
)
def test_direction_label_from_record(
    direction: str, significant: bool | None, claim_arms: tuple[str, str], expected: str
) -> None:
    claim = make_claim(
        claim_arms[0],
        claim_arms[1],
        "duration of the cold",
        direction=direction,
        significant=significant,
    )
    assert label_from_record(make_record([claim]), PROMPT) == expected


@pytest.mark.parametrize(
    ("gold_outcome", "claim_outcome", "expected"),
    [
        ("reduction in cold duration", "cold duration", INCREASED),  # the reduction grew
        ("improvement in cough severity", "cough severity", INCREASED),  # a harm fell
        ("improvement in sleep quality", "sleep quality", DECREASED),  # not a harm: as read
        ("cold duration", "cold duration", DECREASED),
    ],
)
def test_direction_gold_outcome_asking_for_a_fall(
    gold_outcome: str, claim_outcome: str, expected: str
) -> None:
    claim = make_claim(
        "oral zinc", "placebo", claim_outcome, direction="decreased", significant=True
    )
    prompt = DirectionPrompt(1, "0", "oral zinc", "placebo", gold_outcome, INCREASED)
    assert label_from_record(make_record([claim]), prompt) == expected


def test_direction_skips_claims_that_state_no_direction() -> None:
    vague = make_claim(
        "oral zinc", "placebo", "cold duration", direction="unclear", significant=True
    )
    stated = make_claim("zinc", None, "duration of colds", direction="decreased", significant=True)
    assert label_from_record(make_record([vague, stated]), PROMPT) == DECREASED
    assert label_from_record(make_record([vague]), PROMPT) == UNCLEAR


def test_direction_no_matched_claim_is_unclear() -> None:
    claim = make_claim("oral zinc", "placebo", "appetite", direction="increased")
    assert label_from_record(make_record([claim]), PROMPT) == UNCLEAR


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("Zinc was given. Cold duration was significantly longer with zinc (P = .01).", INCREASED),
        ("Zinc was given. Cold duration was shorter with zinc (p<0.001).", DECREASED),
        (
            "Zinc was given. Cold duration did not differ significantly between groups.",
            NO_DIFFERENCE,
        ),
        ("Zinc was given. Cold duration was shorter with zinc.", NO_DIFFERENCE),
        ("Nothing here overlaps.", NO_DIFFERENCE),
    ],
)
def test_direction_lexical_baseline(abstract: str, expected: str) -> None:
    assert label_lexical(abstract, PROMPT) == expected


def test_direction_parse_abstract_layouts() -> None:
    labelled = (
        "TITLE:\nZinc for colds\n\n\n\n"
        "ABSTRACT.BACKGROUND:\nColds are common.\n\nABSTRACT.RESULTS.\nShorter.\n"
    )
    title, parts = parse_abstract(labelled)
    assert title == "Zinc for colds"
    assert [(p.label, p.category, p.body) for p in parts] == [
        ("BACKGROUND", "BACKGROUND", "Colds are common."),
        ("RESULTS", "RESULTS", "Shorter."),
    ]
    unlabelled = "TITLE: \nZinc for colds\n\n\n\nColds are common. Zinc shortened them.\n"
    title, parts = parse_abstract(unlabelled)
    assert title == "Zinc for colds"
    assert [(p.label, p.body) for p in parts] == [(None, "Colds are common. Zinc shortened them.")]


def test_direction_labels_and_majority() -> None:
    assert normalise_label("Significantly increase") == INCREASED
    assert majority([DECREASED, NO_DIFFERENCE, NO_DIFFERENCE]) == NO_DIFFERENCE
    assert majority([DECREASED, NO_DIFFERENCE]) == DECREASED  # tie: first seen


def test_direction_refuses_the_test_split(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        split_ids(tmp_path, "test")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_direction_smoke_on_shared_data(extractor: Extractor) -> None:
    data = shared_path("evidence_inference").parent
    report = score_direction(data, extractor, limit=8)
    assert report.figures["direction.gold.prompts"] == 8
    for system in ("extractor", "baseline_majority", "baseline_lexical"):
        assert 0.0 <= report.figures[f"direction.{system}.macro_f1"] <= 1.0
    assert report.notes and "train split" in report.notes[0]
