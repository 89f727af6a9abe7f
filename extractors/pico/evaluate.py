"""Score PICO spans on the dev set (crowd960) with the EBM-NLP token metric.

Each dev abstract becomes an ``Article`` the way the plain-text reader makes one (first
paragraph title, the rest abstract), so predictors see what ``evg extract`` sees. A
predictor maps articles to their ``TextSpan`` lists (offsets into ``Article.text``); the
dev tokens are aligned to ``Article.text`` and a token is predicted positive for an element
when a span of that element (interventions and comparators pooled) overlaps it. Tokens that
cannot be aligned count as predicted negative.

``evaluate_pico(data_dir, predictors)`` scores several predictors (the trained tagger and the
rule-only baseline) in one run and returns an ``extractors.evaluation.report.Report``: figures
``pico.<system>.<element>_<p|r|f>`` and ``pico.<system>.macro_f``, a table, notes. Beside
them, ``pico.<system>.expert_I_<p|r|f>``: each system's intervention tokens against the expert
labels of the dev abstracts that have them (``extractors.pico.expert_check``), with the
crowd960 labels themselves scored the same way (``pico.crowd960_labels.expert_I_f``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy

from extractors.evaluation.metrics import Counts
from extractors.evaluation.report import Report, format_value
from extractors.pico import tagger  # noqa: F401  (registers evg_pico_tagger)
from extractors.pico.alignment import Offsets, align
from extractors.pico.devset import DevDoc, read_dev
from extractors.pico.expert_check import INTERVENTION, expert_gold
from extractors.pico.labels import ELEMENT_OF_SPAN_LABEL, ELEMENTS, Element
from extractors.pico.metric import TokenScores
from extractors.pipeline import Extractor
from extractors.readers.articles import Origin, make_article
from extractors.readers.plaintext import title_and_parts
from kg.model import Article, TextSpan

log = logging.getLogger(__name__)

Predictor = Callable[[Sequence[Article]], list[list[TextSpan]]]


@dataclass
class SystemScores:
    """One system's token scores on the dev set and its time per abstract."""

    name: str
    scores: TokenScores
    seconds: float
    docs: int
    expert: Counts = field(default_factory=Counts)


def dev_article(doc: DevDoc) -> Article:
    """The Article a plain-text input of the dev abstract would give."""
    title, parts = title_and_parts(doc.text) or ("", [])
    origin = Origin(source="crowd960", stem=doc.doc_id)
    return make_article(origin, 1, pmid=doc.doc_id, title=title, parts=parts)


def token_elements(
    offsets: Sequence[Offsets | None], spans: Sequence[TextSpan]
) -> list[frozenset[Element]]:
    """For each token, the elements of the spans overlapping it."""
    ordered = sorted(spans, key=lambda s: s.start)
    out: list[frozenset[Element]] = []
    for where in offsets:
        if where is None:
            out.append(frozenset())
            continue
        start, end = where
        out.append(
            frozenset(
                ELEMENT_OF_SPAN_LABEL[s.label] for s in ordered if s.start < end and start < s.end
            )
        )
    return out


def score(
    name: str,
    predictor: Predictor,
    docs: Sequence[DevDoc],
    articles: Sequence[Article],
    expert: dict[str, list[Element | None]] | None = None,
) -> SystemScores:
    """Token scores of ``predictor`` on the dev documents (and, for the documents in
    ``expert``, its intervention tokens against the expert ones)."""
    started = time.perf_counter()
    predicted = predictor(articles)
    seconds = time.perf_counter() - started
    scores = TokenScores()
    against_expert = TokenScores()
    for doc, article, spans in zip(docs, articles, predicted, strict=True):
        offsets = align(article.text, doc.tokens)
        elements = token_elements(offsets, spans)
        scores.add(doc.gold, elements)
        if expert and doc.doc_id in expert:
            against_expert.add(expert[doc.doc_id], elements)
    log.info("%s: %s", name, scores.as_dict())
    return SystemScores(name, scores, seconds, len(docs), against_expert.counts[INTERVENTION])


def crowd_labels_against_expert(
    docs: Sequence[DevDoc], expert: dict[str, list[Element | None]]
) -> Counts:
    """The dev set's own intervention labels against the expert ones (the styles' agreement)."""
    against_expert = TokenScores()
    for doc in docs:
        if doc.doc_id in expert:
            against_expert.add(expert[doc.doc_id], doc.gold)
    return against_expert.counts[INTERVENTION]


def alignment_coverage(docs: Sequence[DevDoc], articles: Sequence[Article]) -> float:
    """The share of dev tokens found in their Article text."""
    found = total = 0
    for doc, article in zip(docs, articles, strict=True):
        offsets = align(article.text, doc.tokens)
        found += sum(o is not None for o in offsets)
        total += len(offsets)
    return found / total if total else 0.0


def report_of(
    results: Sequence[SystemScores],
    coverage: float,
    expert_docs: int = 0,
    crowd_expert: Counts | None = None,
) -> Report:
    """The Report: per system, P/R/F1 per element and the macro F1, one table row each; the
    agreement with the expert intervention labels on ``expert_docs`` documents, when any."""
    report = Report(task="pico")
    report.header = [
        "system",
        *(f"{e} {m}" for e in ELEMENTS for m in ("prec", "rec", "F1")),
        "macro F1",
        "docs/s",
    ]
    for result in results:
        row = [result.name]
        for element in ELEMENTS:
            counts = result.scores.counts[element]
            for metric, value in zip(
                "prf", (counts.precision, counts.recall, counts.f1), strict=True
            ):
                report.add(result.name, f"{element}_{metric}", value)
                row.append(format_value(value))
        report.add(result.name, "macro_f", result.scores.macro_f1)
        row.append(format_value(result.scores.macro_f1))
        row.append(f"{result.docs / result.seconds:.1f}" if result.seconds else "-")
        report.rows.append(row)
    docs = results[0].docs if results else 0
    report.notes.append(
        f"dev set: {docs} abstracts of ebm_nlp/crowd_pio_conll/crowd960.txt (EBM-NLP 2.0 crowd "
        "labels); EBM-NLP token metric, interventions and comparators pooled"
    )
    report.notes.append(f"dev tokens aligned to the record text: {coverage:.3f}")
    if expert_docs:
        report.add("gold", "expert_docs", expert_docs)
        for result in results:
            for metric, value in _prf(result.expert):
                report.add(result.name, f"expert_I_{metric}", value)
        if crowd_expert is not None:
            report.add("crowd960_labels", "expert_I_f", crowd_expert.f1)
        agreement = f"{crowd_expert.f1:.3f}" if crowd_expert is not None else "-"
        report.notes.append(
            f"expert_I: intervention tokens against the expert labels of "
            f"ebm_nlp/interventions_expert on the {expert_docs} dev abstracts that have them "
            f"(every mention, no doses: another style; the crowd960 labels score {agreement})"
        )
    return report


def _prf(counts: Counts) -> list[tuple[str, float]]:
    return [("p", counts.precision), ("r", counts.recall), ("f", counts.f1)]


def evaluate_pico(
    data_dir: Path, predictors: dict[str, Predictor], limit: int | None = None
) -> Report:
    """Scores of each named predictor on the dev set (the first ``limit`` abstracts)."""
    started = time.perf_counter()
    docs = read_dev(data_dir, limit)
    articles = [dev_article(doc) for doc in docs]
    expert = expert_gold(data_dir, docs)
    results = [
        score(name, predictor, docs, articles, expert) for name, predictor in predictors.items()
    ]
    crowd_expert = crowd_labels_against_expert(docs, expert) if expert else None
    report = report_of(results, alignment_coverage(docs, articles), len(expert), crowd_expert)
    report.seconds = time.perf_counter() - started
    return report


def extractor_predictor(extractor: Extractor) -> Predictor:
    """``Record.spans`` of the extractor's records (the whole pipeline, as ``evg extract``)."""

    def predict(articles: Sequence[Article]) -> list[list[TextSpan]]:
        return [list(record.spans) for record in extractor.extract_many(articles)]

    return predict


def tagger_predictor(model_path: Path | None = None) -> Predictor:
    """The trained tagger alone (with its comparator step) over blank-English tokens."""
    nlp = spacy.blank("en")
    path = str(model_path) if model_path else None
    nlp.add_pipe("evg_pico_tagger", config={"model_path": path, "keep_rules": False})

    def predict(articles: Sequence[Article]) -> list[list[TextSpan]]:
        return [list(doc._.pico_spans or []) for doc in nlp.pipe(a.text for a in articles)]

    return predict
