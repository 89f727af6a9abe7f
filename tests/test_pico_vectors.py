"""Static word vectors for the PICO tagger: PPMI + truncated SVD on invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import spacy

from extractors.pico.vectors import build_vectors, cooccurrences, ppmi, svd_vectors

TEXTS = [
    "patients received drug a or placebo for pain .",
    "children received drug b or placebo for asthma .",
    "adults received drug a or sham for pain .",
    "patients received drug c or vehicle for asthma .",
] * 5


def test_vectors_cooccurrences_weighted_by_distance_within_documents() -> None:
    vocab = {"a": 0, "b": 1, "c": 2}
    counts = cooccurrences([["a", "b", "c"], ["c", "a"]], vocab, window=2).toarray()
    assert counts[0, 1] == 1.0 and counts[1, 0] == 1.0  # neighbours
    assert counts[0, 2] == 0.5 + 1.0  # distance 2 in the first text, 1 in the second
    assert counts[1, 1] == 0.0  # nothing pairs across the two texts


def test_vectors_ppmi_keeps_positive_associations_only() -> None:
    vocab = {w: i for i, w in enumerate(sorted({w for t in TEXTS for w in t.split()}))}
    matrix = ppmi(cooccurrences([t.split() for t in TEXTS], vocab))
    assert matrix.shape == (len(vocab), len(vocab))
    assert (matrix.data > 0).all()


def test_vectors_svd_is_deterministic_and_unit_length() -> None:
    vocab = {w: i for i, w in enumerate(sorted({w for t in TEXTS for w in t.split()}))}
    matrix = ppmi(cooccurrences([t.split() for t in TEXTS], vocab))
    first, second = svd_vectors(matrix, 4), svd_vectors(matrix, 4)
    assert first.shape == (len(vocab), 4)
    assert first.dtype == numpy.float32
    numpy.testing.assert_array_equal(first, second)
    numpy.testing.assert_allclose(numpy.linalg.norm(first, axis=1), 1.0, rtol=1e-5)


def test_vectors_build_a_pipeline_keyed_by_norm(tmp_path: Path) -> None:
    raw = tmp_path / "raw.jsonl"
    raw.write_text("".join(json.dumps({"text": t.capitalize()}) + "\n" for t in TEXTS))
    out = build_vectors(raw, tmp_path / "vectors", words=50, dim=4)
    nlp = spacy.load(out)
    vectors = nlp.vocab.vectors
    assert vectors.shape[1] == 4
    doc = nlp("Placebo for PAIN")
    assert all(vectors.find(key=token.norm) >= 0 for token in doc)  # "PAIN" -> "pain"
