"""Comparator labelling on PICO-Corpus: which intervention spans the Record calls comparator.

PICO-Corpus (``pico_corpus/``, 784 breast-cancer RCT abstracts) marks the experimental arm as
``intervention`` and the control arm as ``control``. The Record's spans labelled
``intervention`` or ``comparator`` are mapped back to the ``.txt`` offsets and each is scored
against the gold spans it overlaps:

- a span that overlaps gold spans of one kind only is **matched**: its gold label is
  ``comparator`` when that kind is ``control``, ``intervention`` otherwise;
- a span overlapping both kinds ("drug A versus placebo" as one span) is **mixed**, one
  overlapping neither **unmatched**; both are counted, not scored for their label.

On the matched spans: label accuracy and P/R/F1 of each label (see
:mod:`~extractors.evaluation.metrics`). **Coverage** is the share of gold ``intervention``
(``control``) entities that some predicted intervention or comparator span overlaps, so a
system cannot score well by predicting few spans.

Baselines, the same run, relabelling the **same** matched spans (so only the labelling
differs): ``baseline_all_intervention`` calls every span an intervention (the tagger's pooled
output, as EBM-NLP annotates); ``baseline_control_wording`` calls a span comparator when its
text names a control condition (rule 1 of :mod:`extractors.pico.comparator` alone: placebo,
sham, usual care, ...), without the monotherapy and compared-with rules or the arms.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractors.evaluation.metrics import Counts, accuracy, label_counts
from extractors.evaluation.pico_corpus_data import PicoDocument, document_ids, load_document
from extractors.evaluation.report import Report
from extractors.pico.comparator import is_control_wording
from extractors.pipeline import Extractor
from kg.model import Record

GOLD_KINDS = {"intervention": "intervention", "control": "comparator"}
"""PICO-Corpus entity label -> the span label it stands for."""
LABELS = ("intervention", "comparator")
SYSTEMS = ("extractor", "baseline_control_wording", "baseline_all_intervention")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ScoredSpan:
    """A matched intervention/comparator span: its text, its label and its gold label."""

    text: str
    label: str
    gold: str


@dataclass
class Tally:
    """What one run of the scorer counts over all documents."""

    spans: list[ScoredSpan] = field(default_factory=list)  # the matched ones
    mixed: int = 0
    unmatched: int = 0
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    covered: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def gold_spans(doc: PicoDocument) -> dict[str, list[Span]]:
    """The gold intervention and control spans of ``doc`` (``.txt`` offsets), by span label."""
    spans: dict[str, list[Span]] = {label: [] for label in LABELS}
    for entity in doc.entities:
        label = GOLD_KINDS.get(entity.label)
        if label is not None:
            spans[label].extend(entity.fragments)
    return spans


def tally_record(doc: PicoDocument, record: Record, tally: Tally) -> None:
    """Add the intervention/comparator spans of ``record`` (read from ``doc``) to ``tally``."""
    gold = gold_spans(doc)
    predicted = [
        (span.text, span.label, (doc.to_source(span.start), doc.to_source(span.end)))
        for span in record.spans
        if span.label in LABELS
    ]
    for text, label, where in predicted:
        kinds = [kind for kind in LABELS if any(_overlaps(where, g) for g in gold[kind])]
        if len(kinds) == 1:
            tally.spans.append(ScoredSpan(text, label, kinds[0]))
        elif kinds:
            tally.mixed += 1
        else:
            tally.unmatched += 1
    for kind in LABELS:
        for entity in (e for e in doc.entities if GOLD_KINDS.get(e.label) == kind):
            tally.gold[kind] += 1
            if any(_overlaps(where, f) for _, _, where in predicted for f in entity.fragments):
                tally.covered[kind] += 1


def system_labels(spans: Sequence[ScoredSpan], system: str) -> list[str]:
    """The label each system gives the matched spans."""
    if system == "extractor":
        return [s.label for s in spans]
    if system == "baseline_control_wording":
        return ["comparator" if is_control_wording(s.text) else "intervention" for s in spans]
    if system == "baseline_all_intervention":
        return ["intervention"] * len(spans)
    raise ValueError(f"unknown system {system}")


def report_of(tally: Tally, documents: int) -> Report:
    """The Report of a tally: counts, coverage, and per system accuracy and P/R/F1."""
    report = Report("comparator")
    matched = tally.spans
    gold = [s.gold for s in matched]
    report.add("gold", "documents", documents)
    for kind in LABELS:
        report.add("gold", f"{kind}_entities", tally.gold[kind])
        coverage = tally.covered[kind] / tally.gold[kind] if tally.gold[kind] else 0.0
        report.add("extractor", f"{kind}_coverage", coverage)
    report.add("extractor", "spans_matched", len(matched))
    report.add("extractor", "spans_mixed", tally.mixed)
    report.add("extractor", "spans_unmatched", tally.unmatched)
    report.header = ["system", "accuracy"] + [f"{lab} {m}" for lab in LABELS for m in "PRF"]
    for system in SYSTEMS:
        predicted = system_labels(matched, system)
        counts: dict[str, Counts] = label_counts(gold, predicted, LABELS)
        correct = accuracy(gold, predicted)
        report.add(system, "accuracy", correct)
        row = [system, f"{correct:.3f}"]
        for label in LABELS:
            c = counts[label]
            for metric, value in (("precision", c.precision), ("recall", c.recall), ("f1", c.f1)):
                report.add(system, f"{label}_{metric}", value)
                row.append(f"{value:.3f}")
        report.rows.append(row)
    report.notes.append(
        "scored: the Record's intervention/comparator spans that overlap gold spans of one kind "
        "only (PICO-Corpus 'intervention' -> intervention, 'control' -> comparator); the "
        "baselines relabel the same spans"
    )
    report.notes.append(
        "coverage: share of gold entities that some predicted intervention/comparator span overlaps"
    )
    return report


def score_comparator(data: Path, extractor: Extractor, *, limit: int | None = None) -> Report:
    """Comparator labelling of the extractor's spans on PICO-Corpus, beside two baselines."""
    started = time.perf_counter()
    ids = document_ids(data)
    ids = ids[:limit] if limit else ids
    docs = [load_document(data, doc_id, labels=tuple(GOLD_KINDS)) for doc_id in ids]
    tally = Tally()
    for doc, record in zip(docs, extractor.extract_many(d.article for d in docs), strict=True):
        tally_record(doc, record, tally)
    report = report_of(tally, len(docs))
    report.seconds = time.perf_counter() - started
    return report
