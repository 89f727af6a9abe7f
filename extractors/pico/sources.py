"""Readers for the annotated PICO sources in ../shared/data, as character spans per label.

Each reader yields ``AnnotatedText``: a document id (the PMID), its text and, for each label
the source annotates, the ``[start, end)`` character spans of that label. A label missing
from ``spans`` means "not annotated by this source" (not "absent from the text").

Sources (see shared/data/README.md and ebm_nlp/crowd_pio_spans/README.md):

- ``read_crowd_spans``: ebm_nlp/crowd_pio_spans, the crowd P/I/O spans, offsets into
  ebm_nlp/docs/PMID.txt: interventions and outcomes from the Dawid-Skene (``dw``)
  aggregation, participants from the HMMCrowd one (``CROWD_AGGREGATION``);
- ``read_expert_interventions``: ebm_nlp/interventions_expert, expert 0/1 intervention
  labels per token (``.tokens``/``.ann``; the "random" and "difficult" sets are pooled);
- ``read_participant_spans``: ebm_nlp/participant_spans (train split only), HMMCrowd;
- ``read_evidencemap``: evidencemap/general brat files (Participant, Intervention, Outcome).

PICO-Corpus is not read: its participant annotations are counts, eligibility and condition
fragments rather than EBM-NLP-style participant descriptions, and it is one cancer only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractors.pico.alignment import align, runs
from extractors.pico.labels import INT, OUT, POP

Span = tuple[int, int]

EBM = Path("ebm_nlp")
DOCS = EBM / "docs"
CROWD_SPANS = EBM / "crowd_pio_spans" / "pico_data_crowd_agg_PIO.nontest.jsonl"
EXPERT = EBM / "interventions_expert" / "ebm_nlp_difficulty"
PARTICIPANTS = EBM / "participant_spans"
EVIDENCEMAP = Path("evidencemap") / "general"

_CROWD_KEYS = {"Participants": POP, "Intervention": INT, "Outcome": OUT}
CROWD_AGGREGATION = {POP: "HMMCrowd", INT: "dw", OUT: "dw"}
"""Which aggregation of the crowd spans each label is read from. Measured by the data's
README (ebm_nlp/crowd_pio_spans/README.md) against the EBM-NLP 2.0 aggregated labels: the
Dawid-Skene spans agree best for interventions (token F1 0.927 vs 0.777) and outcomes (0.834
vs 0.723), HMMCrowd for participants (0.915 vs 0.864: Dawid-Skene keeps only the shortest
participant spans, precision 0.993, recall 0.765)."""
PARTICIPANT_AGGREGATION = {"HMMCrowd": "HMMCrowd", "dw": "DawidSkene"}
"""The name ebm_nlp/participant_spans gives each aggregation of ``CROWD_AGGREGATION``."""
_EVIDENCEMAP_TYPES = {"Participant": POP, "Intervention": INT, "Outcome": OUT}


@dataclass
class AnnotatedText:
    """One abstract with the character spans a source gives for each label it annotates."""

    doc_id: str
    text: str
    source: str
    spans: dict[str, list[Span]] = field(default_factory=dict)


def doc_text(data_dir: Path, doc_id: str) -> str | None:
    """The EBM-NLP text of ``doc_id`` (title and abstract), or None when there is none."""
    path = data_dir / DOCS / f"{doc_id}.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def _clip(spans: list[list[int]], size: int) -> list[Span]:
    return [(max(0, s), min(e, size)) for s, e in spans if min(e, size) > max(0, s)]


def read_crowd_spans(data_dir: Path) -> Iterator[AnnotatedText]:
    """Crowd P/I/O spans (the ``CROWD_AGGREGATION`` of each) over the EBM-NLP texts."""
    with (data_dir / CROWD_SPANS).open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            text = doc_text(data_dir, str(row["docid"]))
            if text is None:
                continue
            item = AnnotatedText(str(row["docid"]), text, "crowd_pio_spans")
            for key, label in _CROWD_KEYS.items():
                aggregation = CROWD_AGGREGATION[label]
                if key in row and aggregation in row[key]:
                    item.spans[label] = _clip(row[key][aggregation], len(text))
            yield item


def read_expert_interventions(data_dir: Path) -> Iterator[AnnotatedText]:
    """Expert intervention labels; a token is labelled when any expert set marks it."""
    root = data_dir / EXPERT
    for tokens_path in sorted((root / "documents").glob("*.tokens")):
        doc_id = tokens_path.stem
        text = doc_text(data_dir, doc_id)
        if text is None:
            continue
        tokens = tokens_path.read_text(encoding="utf-8").split("\n")
        while tokens and not tokens[-1]:
            tokens.pop()
        flags = [False] * len(tokens)
        found = False
        for ann in sorted((root / "annotations").glob(f"*/interventions/{doc_id}.ann")):
            values = ann.read_text(encoding="utf-8").split()
            if len(values) != len(tokens):
                continue
            found = True
            flags = [f or v == "1" for f, v in zip(flags, values, strict=True)]
        if not found:
            continue
        spans = runs(flags, align(text, tokens))
        yield AnnotatedText(doc_id, text, "interventions_expert", {INT: spans})


def participant_split_ids(data_dir: Path, split: str) -> set[str]:
    """The PMIDs of one ebm_nlp/participant_spans split ("train", "dev" or "test")."""
    path = data_dir / PARTICIPANTS / split / "PICO-annos-crowdsourcing-agg.json"
    with path.open(encoding="utf-8") as lines:
        return {str(json.loads(line)["docid"]) for line in lines if line.strip()}


def read_participant_spans(data_dir: Path, split: str = "train") -> Iterator[AnnotatedText]:
    """Participant spans (the crowd aggregation of ``CROWD_AGGREGATION``) of one split; never
    call it with "test" for training."""
    path = data_dir / PARTICIPANTS / split / "PICO-annos-crowdsourcing-agg.json"
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            text = doc_text(data_dir, str(row["docid"]))
            key = PARTICIPANT_AGGREGATION[CROWD_AGGREGATION[POP]]
            spans = row.get("Participants", {}).get(key)
            if text is None or spans is None:
                continue
            yield AnnotatedText(
                str(row["docid"]), text, "participant_spans", {POP: _clip(spans, len(text))}
            )


def _brat_spans(ann: str, types: dict[str, str]) -> dict[str, list[Span]]:
    spans: dict[str, list[Span]] = {label: [] for label in set(types.values())}
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        kind, _, where = parts[1].partition(" ")
        if kind not in types:
            continue
        for piece in where.split(";"):
            start, _, end = piece.partition(" ")
            if start.isdigit() and end.isdigit():
                spans[types[kind]].append((int(start), int(end)))
    return spans


def read_evidencemap(data_dir: Path) -> Iterator[AnnotatedText]:
    """EvidenceMap Participant/Intervention/Outcome entities, over its own (tokenised) texts."""
    for ann_path in sorted((data_dir / EVIDENCEMAP).glob("*.ann")):
        text_path = ann_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        spans = _brat_spans(ann_path.read_text(encoding="utf-8"), _EVIDENCEMAP_TYPES)
        yield AnnotatedText(ann_path.stem, text, "evidencemap", spans)
