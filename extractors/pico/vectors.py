"""Static word vectors for the tagger, learnt from the unlabelled pretraining abstracts.

``build_vectors(raw_path, out_dir)`` reads the JSON-lines texts that
``extractors.pico.pretraining`` writes (no dev or public test abstract among them), and
writes a blank English pipeline whose vocabulary holds the vectors (keyed by the token's
NORM, the lower-cased form), ready for ``[initialize] vectors`` in the training config.

Method: positive pointwise mutual information of word-context pairs and a truncated SVD
(Levy, Goldberg & Dagan 2015, "Improving Distributional Similarity with Lessons Learned from
Word Embeddings"): the ``words`` most frequent norms, contexts within ``window`` tokens
either side weighted 1/distance, context counts smoothed with the exponent 0.75, PPMI,
then the ``dim`` largest singular vectors scaled by the square root of their singular
values (eigenvalue weighting 0.5) and each row scaled to unit length. ARPACK starts from a
fixed vector, so the result is the same on every run (on one BLAS thread).

Example: after training on trial abstracts, "placebo" lies near "vehicle" and "sham", and
"children" near "adolescents", so the tagger sees that words it met rarely in its labelled
abstracts behave like words it knows.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy
import spacy
from numpy.typing import NDArray
from scipy import sparse  # type: ignore[import-untyped]
from scipy.sparse.linalg import svds  # type: ignore[import-untyped]
from spacy.vectors import Vectors

log = logging.getLogger(__name__)

WORDS = 20000
DIM = 64
WINDOW = 4
CONTEXT_SMOOTHING = 0.75
MIN_COUNT = 3


def _norms(raw_path: Path) -> Iterator[list[str]]:
    tokenizer = spacy.blank("en").tokenizer
    with raw_path.open(encoding="utf-8") as lines:
        for line in lines:
            doc = tokenizer(json.loads(line)["text"])
            yield [t.norm_ for t in doc if not t.is_space]


def cooccurrences(
    texts: list[list[str]], vocab: dict[str, int], window: int = WINDOW
) -> sparse.csr_matrix:
    """Word-by-context counts within ``window`` tokens, weighted 1/distance, both sides."""
    pad = [-1] * window
    ids = numpy.asarray(
        [i for text in texts for i in [*(vocab.get(w, -1) for w in text), *pad]], dtype=numpy.int64
    )
    size = len(vocab)
    rows: list[NDArray[numpy.int64]] = []
    cols: list[NDArray[numpy.int64]] = []
    weights: list[NDArray[numpy.float64]] = []
    for distance in range(1, window + 1):
        left, right = ids[:-distance], ids[distance:]
        keep = (left >= 0) & (right >= 0)
        for a, b in ((left[keep], right[keep]), (right[keep], left[keep])):
            rows.append(a)
            cols.append(b)
            weights.append(numpy.full(len(a), 1.0 / distance))
    counts = sparse.coo_matrix(
        (numpy.concatenate(weights), (numpy.concatenate(rows), numpy.concatenate(cols))),
        shape=(size, size),
    )
    return counts.tocsr()


def ppmi(counts: sparse.csr_matrix, smoothing: float = CONTEXT_SMOOTHING) -> sparse.csr_matrix:
    """Positive PMI of a word-by-context count matrix, context counts raised to ``smoothing``."""
    coo = counts.tocoo()
    word = numpy.asarray(counts.sum(axis=1)).ravel()
    context = numpy.asarray(counts.sum(axis=0)).ravel() ** smoothing
    pmi = numpy.log(coo.data * context.sum() / (word[coo.row] * context[coo.col]))
    keep = pmi > 0
    return sparse.csr_matrix(
        (pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape, dtype=numpy.float64
    )


def svd_vectors(matrix: sparse.csr_matrix, dim: int = DIM) -> NDArray[numpy.float32]:
    """Rows of ``U * sqrt(S)`` for the ``dim`` largest singular values, unit length."""
    start = numpy.random.default_rng(0).standard_normal(min(matrix.shape))
    u, s, _ = svds(matrix, k=dim, v0=start, solver="arpack")
    order = numpy.argsort(-s)
    vectors = u[:, order] * numpy.sqrt(s[order])
    norms = numpy.linalg.norm(vectors, axis=1, keepdims=True)
    unit: NDArray[numpy.float32] = (vectors / numpy.where(norms > 0, norms, 1.0)).astype(
        numpy.float32
    )
    return unit


def build_vectors(
    raw_path: Path,
    out_dir: Path,
    *,
    words: int = WORDS,
    dim: int = DIM,
    window: int = WINDOW,
) -> Path:
    """Learn the vectors from ``raw_path`` and save a pipeline holding them to ``out_dir``."""
    texts = list(_norms(raw_path))
    frequency = Counter(w for text in texts for w in text)
    kept = [w for w, n in sorted(frequency.items(), key=lambda x: (-x[1], x[0])) if n >= MIN_COUNT]
    vocab = {w: i for i, w in enumerate(kept[:words])}
    log.info("%d texts, %d tokens, %d words kept", len(texts), sum(frequency.values()), len(vocab))
    table = svd_vectors(ppmi(cooccurrences(texts, vocab, window)), dim)
    nlp = spacy.blank("en")
    keys = [nlp.vocab.strings.add(w) for w in vocab]
    nlp.vocab.vectors = Vectors(
        strings=nlp.vocab.strings, data=table, keys=keys, attr="NORM", name="evg_pico_ppmi"
    )
    nlp.to_disk(out_dir)
    log.info("%s x %d vectors in %s", len(vocab), dim, out_dir)
    return out_dir
