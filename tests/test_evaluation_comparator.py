"""Comparator labelling on PICO-Corpus: span matching, coverage, baselines; a smoke run."""

from __future__ import annotations

import pytest

from extractors.evaluation.brat import parse_ann
from extractors.evaluation.comparator import (
    ScoredSpan,
    Tally,
    gold_spans,
    report_of,
    score_comparator,
    system_labels,
    tally_record,
)
from extractors.evaluation.pico_corpus_data import PicoDocument, article_for_text
from extractors.pipeline import Extractor
from kg.model import Record, TextSpan
from tests.conftest import shared_path

# Invented: title, then the abstract, on one line as the corpus writes it.
RAW = (
    "Ginger tea versus placebo for nausea. Ninety adults took ginger tea or placebo, and a "
    "third group took mint drops. Nausea fell with ginger tea versus placebo."
)


def ann_line(n: int, label: str, needle: str, after: int = 0) -> str:
    start = RAW.index(needle, after)
    return f"T{n}\t{label} {start} {start + len(needle)}\t{needle}"


ANN = "\n".join(
    [
        ann_line(1, "intervention", "ginger tea", 40),
        ann_line(2, "control", "placebo", 40),
        ann_line(3, "outcome", "Nausea fell"),
    ]
)


def document() -> PicoDocument:
    article, body_start = article_for_text("invented", RAW, "invented.txt")
    return PicoDocument("invented", article, parse_ann(ANN), body_start)


def span(doc: PicoDocument, label: str, needle: str, after: int = 0) -> TextSpan:
    start = doc.article.text.index(needle, after)
    return TextSpan.model_validate(
        {"label": label, "start": start, "end": start + len(needle), "text": needle}
    )


def record(spans: list[TextSpan]) -> Record:
    return Record.model_validate({"id": "invented", "title": "", "text": "", "spans": spans})


def test_comparator_gold_spans_map_corpus_labels() -> None:
    gold = gold_spans(document())
    assert [RAW[s:e] for s, e in gold["intervention"]] == ["ginger tea"]
    assert [RAW[s:e] for s, e in gold["comparator"]] == ["placebo"]


def test_comparator_spans_matched_mixed_unmatched_and_coverage() -> None:
    doc = document()
    body = doc.article.text.index("Ninety")
    spans = [
        span(doc, "intervention", "ginger tea", body),  # matched, right
        span(doc, "intervention", "placebo", body),  # matched, wrong
        span(doc, "intervention", "ginger tea or placebo", body),  # overlaps both: mixed
        span(doc, "comparator", "mint drops"),  # no gold there: unmatched
        span(doc, "outcome", "Nausea fell"),  # not an arm span: ignored
    ]
    tally = Tally()
    tally_record(doc, record(spans), tally)
    assert tally.spans == [
        ScoredSpan("ginger tea", "intervention", "intervention"),
        ScoredSpan("placebo", "intervention", "comparator"),
    ]
    assert (tally.mixed, tally.unmatched) == (1, 1)
    assert tally.gold == {"intervention": 1, "comparator": 1}
    assert tally.covered == {"intervention": 1, "comparator": 1}


def test_comparator_coverage_counts_entities_no_span_overlaps() -> None:
    doc = document()
    tally = Tally()
    tally_record(doc, record([span(doc, "intervention", "ginger tea", 40)]), tally)
    assert tally.covered == {"intervention": 1, "comparator": 0}


def test_comparator_baselines_relabel_the_same_spans() -> None:
    spans = [
        ScoredSpan("matching placebo", "comparator", "comparator"),
        ScoredSpan("ginger tea alone", "comparator", "comparator"),
        ScoredSpan("ginger tea plus mint", "intervention", "intervention"),
    ]
    assert system_labels(spans, "baseline_all_intervention") == ["intervention"] * 3
    assert system_labels(spans, "baseline_control_wording") == [
        "comparator",
        "intervention",
        "intervention",
    ]
    with pytest.raises(ValueError, match="unknown system"):
        system_labels(spans, "oracle")


def test_comparator_report_figures() -> None:
    tally = Tally(
        spans=[
            ScoredSpan("placebo", "comparator", "comparator"),
            ScoredSpan("ginger tea alone", "intervention", "comparator"),
            ScoredSpan("ginger tea", "intervention", "intervention"),
            ScoredSpan("usual care", "comparator", "intervention"),
        ],
        mixed=2,
        unmatched=5,
        gold={"intervention": 4, "comparator": 2},
        covered={"intervention": 3, "comparator": 2},
    )
    figures = report_of(tally, documents=3).figures
    assert figures["comparator.gold.documents"] == 3
    assert figures["comparator.extractor.intervention_coverage"] == pytest.approx(0.75)
    assert figures["comparator.extractor.comparator_coverage"] == pytest.approx(1.0)
    assert figures["comparator.extractor.spans_matched"] == 4
    assert figures["comparator.extractor.spans_mixed"] == 2
    assert figures["comparator.extractor.accuracy"] == pytest.approx(0.5)
    assert figures["comparator.extractor.comparator_precision"] == pytest.approx(0.5)
    assert figures["comparator.extractor.comparator_recall"] == pytest.approx(0.5)
    # control wording: "placebo" and "usual care" are comparators, the rest interventions
    assert figures["comparator.baseline_control_wording.accuracy"] == pytest.approx(0.5)
    assert figures["comparator.baseline_all_intervention.accuracy"] == pytest.approx(0.5)
    assert figures["comparator.baseline_all_intervention.comparator_recall"] == 0.0


@pytest.fixture(scope="module")
def tagger_extractor() -> Extractor:
    return Extractor()


def test_comparator_smoke_on_shared_data(tagger_extractor: Extractor) -> None:
    data = shared_path("pico_corpus").parent
    report = score_comparator(data, tagger_extractor, limit=8)
    figures = report.figures
    assert figures["comparator.gold.documents"] == 8
    assert figures["comparator.gold.intervention_entities"] > 0
    assert figures["comparator.extractor.spans_matched"] > 0
    assert 0.0 <= figures["comparator.extractor.accuracy"] <= 1.0
    assert [row[0] for row in report.rows] == [
        "extractor",
        "baseline_control_wording",
        "baseline_all_intervention",
    ]
