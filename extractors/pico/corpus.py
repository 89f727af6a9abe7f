"""Training and dev corpora for the PICO tagger, as spaCy DocBins.

``build_corpora(data_dir, out_dir)`` reads the sources of ``extractors.pico.sources``,
merges them per abstract, drops every abstract of the dev set and of public test splits,
sets the calibration slice apart, and writes ``train.spacy`` and ``calibration.spacy`` (plus
``stats.json`` with the counts). The dev set (crowd960) is read only to hold it out; it is
scored by ``evg evaluate pico`` alone.

Calibration slice: the training abstracts with crowd P, I and O labels
(ebm_nlp/crowd_pio_spans) whose PMID falls in a fixed share of a stable hash
(``in_calibration_slice``: SHA-1 of the PMID, ``CALIBRATION_SHARE`` per mille; 296
abstracts). They are removed from training (by PMID and by text) and are spaCy's dev corpus
during training (the checkpoint choice) and the corpus the decoding biases are tuned on
(``extractors.pico.calibration``). Their labels are the training labels (the crowd spans of
``sources.CROWD_AGGREGATION``: HMMCrowd participants, Dawid-Skene interventions and
outcomes), not the EBM-NLP 2.0 labels of the dev set.

Merging: the EBM-NLP sources share the texts of ebm_nlp/docs, so their spans combine per
PMID; for each label the first source in ``LABEL_SOURCES`` that annotates it wins. Since
2026-12-04 expert intervention spans come before the crowd ones (1,285 training abstracts
have both): the held-out test set is annotated by experts, who mark every mention of an arm
and leave doses out, and the crowd labels agree with theirs at token F1 about 0.5 (the
crowd ``dw`` ones agree with the dev labels at 0.91, the expert ones at 0.51). The choice
and its figures are in TRAINING_LOG.md. EvidenceMap texts are tokenised differently and
are only used for abstracts no EBM-NLP source covers.

Hold-out: an abstract is left out of training when its PMID is a dev (crowd960) PMID or in
the participant_spans test split, or when its text (letters and digits only, lower-cased)
equals, or starts like, the text of a dev abstract.

Token labels, written as token tags: blank-English tokens; a token takes a label when a span
of it overlaps the token, else "O"; where spans of several labels overlap, ``PRIORITY``
decides (one label per token,
as in the EBM-NLP CoNLL files). The order OUT > INT > POP maps the crowd spans of the 916
dev abstracts they cover onto the dev labels best (token macro F1 0.865; INT > POP > OUT
gives 0.857). In a document whose sources annotate only some labels, a token no span covers
is tagged "!INT" (not INT, anything else; spaCy's tagger reads the "!" prefix as a negative
label) when one label is annotated, and left untagged (missing, no loss) when two are.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from extractors.pico.devset import DevDoc, read_dev
from extractors.pico.labels import INT, LABELS, NOT, OUT, OUTSIDE, POP
from extractors.pico.sources import (
    AnnotatedText,
    participant_split_ids,
    read_crowd_spans,
    read_evidencemap,
    read_expert_interventions,
    read_participant_spans,
)

log = logging.getLogger(__name__)

PRIORITY: tuple[str, ...] = (OUT, INT, POP)
"""Label order for tokens covered by spans of several labels (first wins)."""

LABEL_SOURCES: dict[str, tuple[str, ...]] = {
    INT: ("interventions_expert", "crowd_pio_spans"),
    POP: ("crowd_pio_spans", "participant_spans"),
    OUT: ("crowd_pio_spans",),
}
_PREFIX = 200
CALIBRATION_SHARE = 95
"""Per mille of the crowd-labelled training abstracts set apart for calibration."""


def text_key(text: str) -> str:
    """``text`` lower-cased with everything but letters and digits removed."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


@dataclass
class Holdout:
    """Abstracts kept out of training: by id, by text, or by the start of the text."""

    ids: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)

    def add(self, doc_id: str, text: str | None = None) -> None:
        self.ids.add(doc_id)
        if text:
            key = text_key(text)
            self.keys.add(key)
            if len(key) >= _PREFIX:
                self.prefixes.add(key[:_PREFIX])

    def holds(self, doc_id: str, text: str) -> bool:
        """Whether the abstract (id and text) must stay out of training."""
        key = text_key(text)
        return doc_id in self.ids or key in self.keys or key[:_PREFIX] in self.prefixes


def holdout_for(data_dir: Path, dev: Iterable[DevDoc]) -> Holdout:
    """The dev abstracts plus the participant_spans test split."""
    holdout = Holdout()
    for doc in dev:
        holdout.add(doc.doc_id, doc.text)
        holdout.add(doc.doc_id, " ".join(doc.tokens))
    for doc_id in participant_split_ids(data_dir, "test"):
        holdout.add(doc_id)
    return holdout


def in_calibration_slice(doc_id: str) -> bool:
    """Whether ``doc_id`` hashes into the calibration slice (stable across runs and data)."""
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()
    return int(digest, 16) % 1000 < CALIBRATION_SHARE


def split_calibration(
    items: Iterable[AnnotatedText],
) -> tuple[list[AnnotatedText], list[AnnotatedText]]:
    """``(training, calibration)``: the slice takes the crowd-labelled abstracts (P, I and O)
    that hash into it; training loses them and every other abstract with the same text."""
    items = list(items)
    calibration = [
        item
        for item in items
        if "crowd_pio_spans" in item.source.split("+")
        and all(label in item.spans for label in LABELS)
        and in_calibration_slice(item.doc_id)
    ]
    held = Holdout()
    for item in calibration:
        held.add(item.doc_id, item.text)
    chosen = {id(item) for item in calibration}
    training = [
        item for item in items if id(item) not in chosen and not held.holds(item.doc_id, item.text)
    ]
    return training, calibration


def merge_sources(items: Iterable[AnnotatedText]) -> list[AnnotatedText]:
    """One ``AnnotatedText`` per EBM-NLP abstract with each label from its best source."""
    by_id: dict[str, dict[str, AnnotatedText]] = {}
    for item in items:
        by_id.setdefault(item.doc_id, {})[item.source] = item
    merged: list[AnnotatedText] = []
    for doc_id in sorted(by_id, key=lambda d: (len(d), d)):
        sources = by_id[doc_id]
        first = next(iter(sources.values()))
        out = AnnotatedText(doc_id, first.text, "+".join(sorted(sources)))
        for label, order in LABEL_SOURCES.items():
            for name in order:
                source = sources.get(name)
                if source is not None and label in source.spans and source.text == first.text:
                    out.spans[label] = source.spans[label]
                    break
        merged.append(out)
    return merged


def token_tags(nlp: spacy.language.Language, item: AnnotatedText) -> Doc:
    """A Doc of ``item.text`` whose token tags carry its labels (see the module docstring)."""
    doc = nlp.make_doc(item.text)
    labels: list[str | None] = [None] * len(doc)
    for label in reversed(PRIORITY):
        for start, end in item.spans.get(label, []):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    labels[token.i] = label
    annotated = [label for label in LABELS if label in item.spans]
    if len(annotated) == len(LABELS):
        default = OUTSIDE
    elif len(annotated) == 1:
        default = NOT + annotated[0]
    else:
        default = ""
    for token, tag in zip(doc, labels, strict=True):
        token.tag_ = OUTSIDE if token.is_space else tag or default
    doc.user_data["doc_id"] = item.doc_id
    return doc


def training_items(data_dir: Path, holdout: Holdout) -> tuple[list[AnnotatedText], Counter[str]]:
    """The merged training abstracts, none of them held out, and what was dropped."""
    dropped: Counter[str] = Counter()

    def kept(items: Iterable[AnnotatedText]) -> Iterable[AnnotatedText]:
        for item in items:
            if holdout.holds(item.doc_id, item.text):
                dropped[item.source] += 1
            else:
                yield item

    ebm = merge_sources(
        kept(
            [
                *read_crowd_spans(data_dir),
                *read_expert_interventions(data_dir),
                *read_participant_spans(data_dir, "train"),
            ]
        )
    )
    covered = {item.doc_id for item in ebm}
    extra = [item for item in kept(read_evidencemap(data_dir)) if item.doc_id not in covered]
    return ebm + extra, dropped


def build_corpora(data_dir: Path, out_dir: Path) -> dict[str, object]:
    """Write ``train.spacy``, ``calibration.spacy`` and ``stats.json`` under ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    dev = read_dev(data_dir)
    holdout = holdout_for(data_dir, dev)
    items, dropped = training_items(data_dir, holdout)
    train, calibration = split_calibration(items)
    stats: dict[str, object] = {
        "train_docs": len(train),
        "train_sources": dict(Counter(item.source for item in train)),
        "held_out_by_source": dict(dropped),
        "calibration_docs": len(calibration),
        "calibration_sources": dict(Counter(item.source for item in calibration)),
        "dev_docs_held_out": len(dev),
    }
    for name, docs in (
        ("train", (token_tags(nlp, item) for item in train)),
        ("calibration", (token_tags(nlp, item) for item in calibration)),
    ):
        counts: Counter[str] = Counter()
        binary = DocBin(attrs=["ORTH", "TAG"], store_user_data=True)
        for doc in docs:
            binary.add(doc)
            counts["tokens"] += len(doc)
            for token in doc:
                counts[f"tag {token.tag_ or 'missing'}"] += 1
        binary.to_disk(out_dir / f"{name}.spacy")
        stats[f"{name}_counts"] = dict(counts)
    (out_dir / "stats.json").write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    log.info("corpora in %s: %s", out_dir, stats)
    return stats
