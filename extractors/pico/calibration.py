"""Decoding biases for the tagger, tuned on the calibration slice.

A softmax tagger trained on crowd labels is conservative: its token recall is well below its
precision for every element. Adding a per-label bias to the log
probabilities before the argmax trades precision for recall. ``tune_biases`` chooses the
biases of POP, INT and OUT (O stays at 0) by coordinate ascent on the token macro F1 of the
calibration slice (``calibration.spacy`` of ``extractors.pico.corpus``: training abstracts
set apart, never the dev set; grid 0.0-3.0, step 0.1, three rounds), over the model's own
tokens.

The biases are stored in the model's ``meta.json`` under ``"evg_label_bias"`` and applied by
``extractors.pico.tagger``; ``decode`` is the shared argmax.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy
import spacy
from numpy.typing import NDArray
from spacy.language import Language
from spacy.pipeline import Tagger, Tok2Vec
from spacy.tokens import Doc, DocBin

from extractors.pico import metric  # noqa: F401  (the model's scorer must be registered)
from extractors.pico.labels import ELEMENT_OF_LABEL, NOT, OUTSIDE

log = logging.getLogger(__name__)

META_KEY = "evg_label_bias"
_GRID = [round(0.1 * i, 1) for i in range(31)]
_ROUNDS = 3

Scores = NDArray[numpy.float32]


def _pipes(model: Language) -> tuple[Tok2Vec, Tagger]:
    tok2vec, tagger = model.get_pipe("tok2vec"), model.get_pipe("tagger")
    if not isinstance(tok2vec, Tok2Vec) or not isinstance(tagger, Tagger):
        raise TypeError("the PICO model must be a tok2vec + tagger pipeline")
    return tok2vec, tagger


def tagger_labels(model: Language) -> list[str]:
    """The tagger's labels, in the order of its score columns."""
    return list(_pipes(model)[1].labels)


def log_probabilities(model: Language, docs: Sequence[Doc]) -> list[Scores]:
    """Per token of ``docs``, the log probability of each label (tok2vec run first).

    The tagger's output layer is unnormalised at inference (``normalize = false``); the
    log-softmax is taken here.
    """
    tok2vec, tagger = _pipes(model)
    docs = list(tok2vec.pipe(docs, batch_size=64))
    out: list[Scores] = []
    for scores in tagger.model.predict(docs):
        logits = numpy.asarray(scores, dtype="float32")
        top = logits.max(axis=1, keepdims=True) if len(logits) else 0.0
        shifted = logits - top
        out.append(shifted - numpy.log(numpy.exp(shifted).sum(axis=1, keepdims=True)))
    return out


def copy_doc(model: Language, doc: Doc) -> Doc:
    """``doc``'s words and spaces, unannotated, in ``model``'s vocab (for scoring a gold
    document with the model)."""
    return Doc(model.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])


def bias_vector(labels: Sequence[str], biases: Mapping[str, float]) -> Scores:
    """The additive log-probability bias of each label (0 where none is given)."""
    return numpy.asarray([biases.get(label, 0.0) for label in labels], dtype="float32")


def decode(logp: Scores, labels: Sequence[str], biases: Mapping[str, float]) -> list[str]:
    """Each token's label: the argmax of log probability plus bias."""
    if not len(logp):
        return []
    # ``tolist`` gives Python ints at once, where ``int`` of each numpy integer was most of
    # the time
    return [labels[i] for i in (logp + bias_vector(labels, biases)).argmax(axis=1).tolist()]


def _macro_f1(
    predicted: NDArray[numpy.int64], gold: NDArray[numpy.int64], labels: Sequence[str]
) -> float:
    f1s = []
    for index, label in enumerate(labels):
        if label == OUTSIDE:
            continue
        tp = int(numpy.sum((predicted == index) & (gold == index)))
        fp = int(numpy.sum((predicted == index) & (gold != index)))
        fn = int(numpy.sum((predicted != index) & (gold == index)))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def tune_biases(model: Language, corpus_path: Path) -> dict[str, float]:
    """Per-label biases that maximise the token macro F1 on the DocBin at ``corpus_path``
    (the calibration slice; see the module docstring)."""
    labels = tagger_labels(model)
    gold_docs = list(DocBin().from_disk(corpus_path).get_docs(model.vocab))
    copies = [copy_doc(model, d) for d in gold_docs]
    logp = numpy.concatenate(log_probabilities(model, copies))
    tags = [t.tag_ for d in gold_docs for t in d]
    keep = numpy.asarray([bool(t) and not t.startswith(NOT) for t in tags])
    gold = numpy.asarray([labels.index(t) if t in labels else -1 for t in tags])[keep]
    logp = logp[keep]
    biases = {label: 0.0 for label in labels if label in ELEMENT_OF_LABEL}

    def f1(candidate: Mapping[str, float]) -> float:
        predicted = (logp + bias_vector(labels, candidate)).argmax(axis=1)
        return _macro_f1(predicted, gold, labels)

    best = f1(biases)
    log.info("calibration token macro F1 without biases: %.4f", best)
    for _ in range(_ROUNDS):
        for label in list(biases):
            for value in _GRID:
                candidate = {**biases, label: value}
                score = f1(candidate)
                if score > best + 1e-6:
                    best, biases = score, candidate
    log.info("calibration token macro F1 with biases %s: %.4f", biases, best)
    return biases


def store_biases(model_dir: Path, biases: Mapping[str, float]) -> None:
    """Write ``biases`` into the model's ``meta.json``."""
    path = model_dir / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta[META_KEY] = dict(biases)
    path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def calibrate(model_dir: Path, corpus_path: Path) -> dict[str, float]:
    """Tune the biases of the model at ``model_dir`` on ``corpus_path`` and store them."""
    model = spacy.load(model_dir)
    biases = tune_biases(model, corpus_path)
    store_biases(model_dir, biases)
    return biases
