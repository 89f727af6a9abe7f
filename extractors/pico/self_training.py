"""Self-training: a first model's tags on unlabelled abstracts as extra training data.

``train_pico`` trains a first model (the teacher) on the crowd labels; when the config asks
for it (``[evg_self_training] documents``), ``pseudo_label`` tags that many unlabelled
abstracts with the teacher (each token's most probable tag; with ``biases = true`` in that
section, after the calibration slice's decoding biases, as the packaged model decodes), and a
second model (the student) is trained from scratch on the crowd-labelled abstracts and the
tagged ones together. The student is the model kept. The shipped config has no such
section: two students scored no better than the shipped model (extractors/pico/MODEL_CARD.md).

The unlabelled abstracts are those of ``extractors.pico.pretraining`` (no dev or public test
abstract; the same file the static vectors are learned from), less every EBM-NLP abstract:
the training abstracts already have labels, and the calibration slice, which chooses the
checkpoint and the biases, must not be read through the teacher either. They are shuffled
with the config's seed and the first ``documents`` taken, so the tagged corpus is the same
on every run.
"""

from __future__ import annotations

import json
import logging
import random
from collections import Counter
from pathlib import Path

import numpy
import spacy
from spacy.tokens import DocBin

from extractors.pico.calibration import META_KEY, decode, log_probabilities, tagger_labels
from extractors.pico.corpus import text_key
from extractors.pico.labels import OUTSIDE
from extractors.pico.model import load_pico_model
from extractors.pico.sources import DOCS

log = logging.getLogger(__name__)

SECTION = "evg_self_training"
BATCH = 64


def unlabelled_texts(raw_text: Path, data_dir: Path) -> list[str]:
    """The texts of ``raw_text`` (JSON lines) that are no EBM-NLP abstract."""
    ebm = {text_key(p.read_text(encoding="utf-8")) for p in (data_dir / DOCS).glob("*.txt")}
    texts = []
    with raw_text.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if text_key(text) not in ebm:
                texts.append(text)
    return texts


def pseudo_label(
    teacher_dir: Path,
    raw_text: Path,
    data_dir: Path,
    out: Path,
    documents: int,
    seed: int,
    *,
    biased: bool = False,
) -> Counter[str]:
    """Tag ``documents`` unlabelled abstracts with the teacher into the DocBin ``out`` (with
    its decoding biases when ``biased``); returns the tag counts."""
    texts = unlabelled_texts(raw_text, data_dir)
    random.seed(seed)
    random.shuffle(texts)
    texts = texts[:documents]
    teacher = load_pico_model(teacher_dir)
    if teacher is None:
        raise FileNotFoundError(f"no teacher model in {teacher_dir}")
    labels = tagger_labels(teacher)
    biases = dict(teacher.meta.get(META_KEY) or {}) if biased else {}
    blank = spacy.blank("en")
    corpus = DocBin(attrs=["TAG"], store_user_data=False)
    counts: Counter[str] = Counter()
    for i in range(0, len(texts), BATCH):
        docs = [teacher.make_doc(text) for text in texts[i : i + BATCH]]
        for doc, logp in zip(docs, log_probabilities(teacher, docs), strict=True):
            tags = decode(numpy.asarray(logp), labels, biases) if len(doc) else []
            tagged = blank.make_doc(doc.text)
            for token, tag in zip(tagged, tags, strict=True):
                token.tag_ = OUTSIDE if token.is_space else tag
                counts[token.tag_] += 1
            corpus.add(tagged)
    out.parent.mkdir(parents=True, exist_ok=True)
    corpus.to_disk(out)
    log.info("%d abstracts tagged by %s into %s: %s", len(texts), teacher_dir, out, counts)
    return counts
