"""Per-arm numbers and participant counts on PICO-Corpus: entity-level precision and recall.

Predicted entities come from each Record, mapped to the corpus labels:
- a claim's ``ArmResult`` for its intervention arm gives ``iv-*`` entities and for its
  comparator arm ``cv-*`` ones: ``events`` -> ``*-bin-abs``, ``percent`` -> ``*-bin-percent``,
  ``mean``/``sd``/``median`` -> ``*-cont-mean``/``-sd``/``-median``; the entity's span is the
  claim's evidence sentence (the Record keeps no offset per value);
- the ``Arm.n`` of a claim's intervention (comparator) arm -> ``intervention-participants``
  (``control-participants``), and a claim's ``population.n`` -> ``total-participants``; these
  carry no span.
Identical predictions (label, value, span) are kept once. An event count that the evidence
sentence does not write (in digits or words) is left out: the Record derives counts from a
percentage and the arm's n ("30% of 40" -> 12), and the corpus marks written mentions only, so
such a count is neither a mention found nor a false one (its percentage is scored).

Matching rule (entity level, one-to-one, in prediction order): a prediction matches the first
still unmatched gold entity with the same label whose number (read by
:func:`~extractors.evaluation.number_match.parse_gold_number`, "Twenty" -> 20, "41.7 percent"
-> 41.7) equals the predicted value at the gold's precision, and, when the prediction has a
span, whose character span overlaps it. Matches are true positives; other predictions false
positives; other gold entities (including those whose text holds no number, "not reached")
false negatives. P, R and F1 per label and micro-averaged over all labels (see
:mod:`~extractors.evaluation.metrics`).

Baseline ``baseline_positional`` (same run, same matching): sentences that compare (a p value,
"vs", "versus", "compared", "than") give their first and second count over a denominator as
``iv``/``cv-bin-abs``, first and second percentage as ``iv``/``cv-bin-percent``, first and
second mean ± SD as ``iv``/``cv-cont-mean`` and ``-sd``, first and second number after
"median" as ``iv``/``cv-cont-median`` (span: the sentence); the text's first "N <people>" is
``total-participants`` and its first two "n = N" the intervention and control participants.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extractors.evaluation.metrics import Counts
from extractors.evaluation.number_match import parse_gold_number, same_value
from extractors.evaluation.pico_corpus_data import (
    SCORED_LABELS,
    PicoDocument,
    document_ids,
    load_document,
)
from extractors.evaluation.report import Report
from extractors.numbers import (
    find_fractions,
    find_mean_sds,
    find_p_values,
    find_percents,
    find_sample_sizes,
    parse_number,
    parse_number_words,
)
from extractors.pipeline import Extractor
from kg.model import Record

SYSTEMS = ("extractor", "baseline_positional")
_RESULT_FIELDS = (
    ("events", "bin-abs"),
    ("percent", "bin-percent"),
    ("mean", "cont-mean"),
    ("sd", "cont-sd"),
    ("median", "cont-median"),
)
_SENTENCE = re.compile(r"[^.!?]*(?:[.!?](?!\s+[A-Z(\[])[^.!?]*)*[.!?]?")
_COMPARES = re.compile(r"(?i)\b(?:vs|versus|compared|than)\b")
_MEDIAN = re.compile(r"(?i)\bmedian\b\D{0,40}?(?P<num>\d+(?:[.·]\d+)?)")
_WHOLE = re.compile(r"(?<![\w.,·])(?:\d{1,3}(?:,\d{3})+|\d+)(?!\w|[.,·]\d)")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_ZERO = re.compile(r"(?i)\b(?:none|no|zero|nil)\b")


@dataclass(frozen=True, slots=True)
class Prediction:
    """A predicted entity: corpus label, value and, when known, its ``.txt`` span."""

    label: str
    value: float
    span: tuple[int, int] | None = None


def written_counts(text: str) -> set[int]:
    """The whole numbers ``text`` writes, in digits ("1,204") or words ("nine"; "none" is 0)."""
    counts = {int(m.group().replace(",", "")) for m in _WHOLE.finditer(text)}
    counts |= {n for w in _WORD.findall(text) if (n := parse_number_words(w)) is not None}
    if _ZERO.search(text):
        counts.add(0)
    return counts


def predictions_from_record(record: Record, doc: PicoDocument) -> list[Prediction]:
    """The Record's entities in corpus labels (see the module docstring), deduplicated."""
    found: list[Prediction] = []
    arm_n = {arm.id: arm.n for arm in record.arms}
    for claim in record.claims:
        roles = {
            "iv": claim.intervention.arm,
            "cv": claim.comparator.arm if claim.comparator else None,
        }
        span = (doc.to_source(claim.evidence.start), doc.to_source(claim.evidence.end))
        written = written_counts(doc.article.text[claim.evidence.start : claim.evidence.end])
        for result in claim.results:
            role = next(
                (r for r, arm in roles.items() if arm is not None and arm == result.arm), None
            )
            if role is None:
                continue
            for field, suffix in _RESULT_FIELDS:
                value = getattr(result, field)
                if field == "events" and value is not None and value not in written:
                    continue  # derived from a percentage, not a mention
                if value is not None:
                    found.append(Prediction(f"{role}-{suffix}", float(value), span))
        for role, label in (("iv", "intervention-participants"), ("cv", "control-participants")):
            arm_id = roles[role]
            n = arm_n.get(arm_id) if arm_id else None
            if n is not None:
                found.append(Prediction(label, float(n)))
        if claim.population.n is not None:
            found.append(Prediction("total-participants", float(claim.population.n)))
    return list(dict.fromkeys(found))


def _sentences(text: str) -> Iterable[tuple[int, str]]:
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            yield m.start(), m.group()


def predictions_positional(text: str) -> list[Prediction]:
    """The positional baseline's entities for a ``.txt`` text (see the module docstring)."""
    found: list[Prediction] = []
    for start, sentence in _sentences(text):
        if not (find_p_values(sentence) or _COMPARES.search(sentence)):
            continue
        span = (start, start + len(sentence))
        columns: list[tuple[str, list[float]]] = [
            ("bin-abs", [float(f.events) for f in find_fractions(sentence)]),
            ("bin-percent", [p.value for p in find_percents(sentence)]),
            ("cont-mean", [m.mean for m in find_mean_sds(sentence)]),
            ("cont-sd", [m.sd for m in find_mean_sds(sentence) if m.sd is not None]),
        ]
        medians = [parse_number(m.group("num")) for m in _MEDIAN.finditer(sentence)]
        columns.append(("cont-median", [v for v in medians if v is not None]))
        for suffix, values in columns:
            for role, value in zip(("iv", "cv"), values, strict=False):
                found.append(Prediction(f"{role}-{suffix}", value, span))
    sizes = find_sample_sizes(text)
    people = [s.n for s in sizes if s.noun is not None]
    if people:
        found.append(Prediction("total-participants", float(people[0])))
    arms = [s.n for s in sizes if s.noun is None][:2]
    for label, n in zip(("intervention-participants", "control-participants"), arms, strict=False):
        found.append(Prediction(label, float(n)))
    return list(dict.fromkeys(found))


def match_entities(doc: PicoDocument, predictions: list[Prediction]) -> dict[str, Counts]:
    """Per-label TP/FP/FN of ``predictions`` against the document's gold (one-to-one)."""
    counts = {label: Counts() for label in SCORED_LABELS}
    gold = [(e, parse_gold_number(e.text)) for e in doc.entities]
    used = [False] * len(gold)
    for pred in predictions:
        if pred.label not in counts:
            continue
        for index, (entity, number) in enumerate(gold):
            if used[index] or entity.label != pred.label or not same_value(pred.value, number):
                continue
            if pred.span is not None and not (
                entity.start < pred.span[1] and pred.span[0] < entity.end
            ):
                continue
            used[index] = True
            counts[pred.label].tp += 1
            break
        else:
            counts[pred.label].fp += 1
    for (entity, _), hit in zip(gold, used, strict=True):
        if not hit:
            counts[entity.label].fn += 1
    return counts


def _add(total: dict[str, Counts], more: dict[str, Counts]) -> None:
    for label, counts in more.items():
        total[label] = total[label] + counts


def score_pico_numbers(data: Path, extractor: Extractor, *, limit: int | None = None) -> Report:
    """Entity-level P/R/F1 per label and micro-averaged, extractor beside the baseline."""
    started = time.perf_counter()
    ids = document_ids(data)
    ids = ids[:limit] if limit else ids
    docs = [load_document(data, doc_id) for doc_id in ids]
    totals = {s: {label: Counts() for label in SCORED_LABELS} for s in SYSTEMS}
    records = extractor.extract_many(doc.article for doc in docs)
    for doc, record in zip(docs, records, strict=True):
        source_text = (data / "pico_corpus" / f"{doc.id}.txt").read_text(encoding="utf-8")
        _add(totals["extractor"], match_entities(doc, predictions_from_record(record, doc)))
        _add(
            totals["baseline_positional"], match_entities(doc, predictions_positional(source_text))
        )

    report = Report("pico_corpus")
    report.add("gold", "documents", len(docs))
    report.add("gold", "entities", sum(c.tp + c.fn for c in totals["extractor"].values()))
    for system in SYSTEMS:
        micro = sum(totals[system].values(), Counts())
        report.add(system, "micro_precision", micro.precision)
        report.add(system, "micro_recall", micro.recall)
        report.add(system, "micro_f1", micro.f1)
    for label in SCORED_LABELS:
        for system in SYSTEMS:
            report.add(system, f"{label}.f1", totals[system][label].f1)
    report.header = [
        "label",
        "gold",
        "pred",
        "TP",
        "P",
        "R",
        "F1",
        "baseline P",
        "baseline R",
        "baseline F1",
    ]
    for label in [*SCORED_LABELS, "micro"]:
        ours = totals["extractor"]
        base = totals["baseline_positional"]
        c = sum(ours.values(), Counts()) if label == "micro" else ours[label]
        b = sum(base.values(), Counts()) if label == "micro" else base[label]
        report.rows.append(
            [
                label,
                str(c.tp + c.fn),
                str(c.tp + c.fp),
                str(c.tp),
                f"{c.precision:.3f}",
                f"{c.recall:.3f}",
                f"{c.f1:.3f}",
                f"{b.precision:.3f}",
                f"{b.recall:.3f}",
                f"{b.f1:.3f}",
            ]
        )
    report.notes.append(
        "match: same label, same number at the gold's precision, and overlapping the claim's "
        "evidence sentence for per-arm values (participant counts: value only); event counts "
        "the evidence does not write (derived from a percentage) are not predictions"
    )
    report.seconds = time.perf_counter() - started
    return report
