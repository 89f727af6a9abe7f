"""PICO-Corpus entity scoring: offsets, matching rule, record mapping, baseline; a smoke run."""

from __future__ import annotations

import pytest

from extractors.evaluation.brat import parse_ann
from extractors.evaluation.metrics import Counts
from extractors.evaluation.pico_corpus_data import PicoDocument, article_for_text
from extractors.evaluation.pico_numbers import (
    Prediction,
    match_entities,
    predictions_from_record,
    predictions_positional,
    score_pico_numbers,
    written_counts,
)
from extractors.pipeline import Extractor
from kg.model import Arm, ArmResult
from tests.conftest import shared_path
from tests.evaluation_records import make_claim, make_record

# Invented: title, then the abstract, on one line as in the corpus.
RAW = (
    "Yoga for back pain. Sixty adults were randomised to yoga (n = 30) or leaflets (n = 30). "
    "Pain improved in 12 (40%) with yoga versus 6 (20%) with leaflets (P = .04)."
)


def offsets(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = RAW.index(needle, after)
    return start, start + len(needle)


def ann_line(n: int, label: str, needle: str, after: int = 0) -> str:
    start, end = offsets(RAW, needle, after)
    return f"T{n}\t{label} {start} {end}\t{needle}"


SECOND = RAW.index("Pain improved")
ANN = "\n".join(
    [
        ann_line(1, "total-participants", "Sixty"),
        ann_line(2, "intervention-participants", "30"),
        ann_line(3, "control-participants", "30", RAW.index("leaflets")),
        ann_line(4, "iv-bin-abs", "12", SECOND),
        ann_line(5, "iv-bin-percent", "40%", SECOND),
        ann_line(6, "cv-bin-abs", "6", SECOND),
        ann_line(7, "cv-bin-percent", "20%", SECOND),
    ]
)


def document() -> PicoDocument:
    article, body_start = article_for_text("invented", RAW, "invented.txt")
    return PicoDocument("invented", article, parse_ann(ANN), body_start)


def test_pico_numbers_layout_maps_offsets_back() -> None:
    doc = document()
    assert doc.article.title == "Yoga for back pain."
    assert doc.article.text.startswith("Yoga for back pain.\n\nSixty adults")
    start = doc.article.text.index("12 (40%)")
    assert doc.to_source(start) == RAW.index("12 (40%)")
    assert doc.to_source(5) == 5


def test_pico_numbers_matching_needs_label_value_and_span() -> None:
    doc = document()
    sentence = (SECOND, len(RAW))
    predictions = [
        Prediction("iv-bin-abs", 12.0, sentence),  # TP
        Prediction("iv-bin-percent", 40.0, (0, 19)),  # right value, span elsewhere: FP
        Prediction("cv-bin-abs", 7.0, sentence),  # wrong value: FP
        Prediction("total-participants", 60.0),  # number words, no span: TP
        Prediction("intervention-participants", 30.0),  # TP
        Prediction("control-participants", 30.0),  # TP
        Prediction("control-participants", 30.0, None),  # duplicate, gold used up: FP
    ]
    counts = match_entities(doc, predictions)
    assert counts["iv-bin-abs"] == Counts(tp=1, fp=0, fn=0)
    assert counts["iv-bin-percent"] == Counts(tp=0, fp=1, fn=1)
    assert counts["cv-bin-abs"] == Counts(tp=0, fp=1, fn=1)
    assert counts["cv-bin-percent"] == Counts(tp=0, fp=0, fn=1)
    assert counts["total-participants"] == Counts(tp=1)
    assert counts["control-participants"] == Counts(tp=1, fp=1)
    micro = sum(counts.values(), Counts())
    assert (micro.tp, micro.fp, micro.fn) == (4, 3, 3)


def test_pico_numbers_predictions_from_record() -> None:
    doc = document()
    start = doc.article.text.index("Pain improved")
    results = [
        ArmResult(arm="arm1", events=12, percent=40.0),
        ArmResult(arm="arm2", events=6, percent=20.0),
        ArmResult(arm="arm3", events=1),  # a third arm: neither iv nor cv
    ]
    claim = make_claim(
        "yoga",
        "leaflets",
        "pain",
        results=results,
        evidence=(start, len(doc.article.text)),
        population_n=60,
    )
    arms = [Arm(id="arm1", label="yoga", n=30), Arm(id="arm2", label="leaflets", n=30)]
    predictions = predictions_from_record(make_record([claim, claim], arms), doc)
    span = (SECOND, len(RAW))
    assert predictions == [
        Prediction("iv-bin-abs", 12.0, span),
        Prediction("iv-bin-percent", 40.0, span),
        Prediction("cv-bin-abs", 6.0, span),
        Prediction("cv-bin-percent", 20.0, span),
        Prediction("intervention-participants", 30.0),
        Prediction("control-participants", 30.0),
        Prediction("total-participants", 60.0),
    ]
    counts = sum(match_entities(doc, predictions).values(), Counts())
    assert (counts.tp, counts.fp, counts.fn) == (7, 0, 0)


def test_pico_numbers_positional_baseline() -> None:
    predictions = predictions_positional(RAW)
    labels = {(p.label, p.value) for p in predictions}
    assert ("iv-bin-percent", 40.0) in labels
    assert ("cv-bin-percent", 20.0) in labels
    assert ("intervention-participants", 30.0) in labels
    assert ("control-participants", 30.0) in labels
    assert ("total-participants", 60.0) in labels


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_pico_numbers_smoke_on_shared_data(extractor: Extractor) -> None:
    data = shared_path("pico_corpus").parent
    report = score_pico_numbers(data, extractor, limit=5)
    assert report.figures["pico_corpus.gold.documents"] == 5
    assert report.figures["pico_corpus.gold.entities"] > 0
    assert 0.0 <= report.figures["pico_corpus.extractor.micro_f1"] <= 1.0
    assert report.rows[-1][0] == "micro"


def test_pico_numbers_counts_not_written_are_no_predictions() -> None:
    doc = document()
    start = doc.article.text.index("Pain improved")
    results = [
        ArmResult(arm="arm1", events=12, percent=40.0),  # "12" is written
        ArmResult(arm="arm2", events=7, percent=20.0),  # 7 is not: derived, left out
    ]
    claim = make_claim(
        "yoga", "leaflets", "pain", results=results, evidence=(start, len(doc.article.text))
    )
    arms = [Arm(id="arm1", label="yoga"), Arm(id="arm2", label="leaflets")]
    labels = [p.label for p in predictions_from_record(make_record([claim], arms), doc)]
    assert labels == ["iv-bin-abs", "iv-bin-percent", "cv-bin-percent"]


def test_pico_numbers_written_counts() -> None:
    assert written_counts("nine of 1,204 (0.7%) vs none; 3.5 mg") == {9, 1204, 0}
