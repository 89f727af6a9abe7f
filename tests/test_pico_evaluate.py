"""``evg evaluate pico`` machinery on a handful of dev abstracts (shared data)."""

from __future__ import annotations

from extractors.pico.devset import read_dev
from extractors.pico.evaluate import (
    dev_article,
    evaluate_pico,
    extractor_predictor,
    tagger_predictor,
    token_elements,
)
from extractors.pipeline import Extractor
from kg.model import TextSpan
from tests.conftest import shared_path


def test_token_elements_marks_overlapping_tokens() -> None:
    spans = [
        TextSpan(label="comparator", start=10, end=17, text="placebo"),
        TextSpan(label="outcome", start=12, end=30, text="x"),
    ]
    elements = token_elements([(0, 4), (10, 17), (20, 25), None], spans)
    assert elements == [frozenset(), frozenset({"I", "O"}), frozenset({"O"}), frozenset()]


def test_evaluate_pico_smoke_on_five_dev_abstracts() -> None:
    data = shared_path("ebm_nlp", "crowd_pio_conll", "crowd960.txt").parents[2]
    docs = read_dev(data, limit=5)
    assert len(docs) == 5
    article = dev_article(docs[0])
    assert article.pmid == docs[0].doc_id and article.text
    report = evaluate_pico(
        data,
        {"tagger": tagger_predictor(), "rules": extractor_predictor(Extractor(pico_model=False))},
        limit=5,
    )
    for system in ("tagger", "rules"):
        for key in ("P_f", "I_f", "O_f", "macro_f"):
            assert 0.0 <= report.figures[f"pico.{system}.{key}"] <= 1.0
    assert [row[0] for row in report.rows] == ["tagger", "rules"]
    assert any("aligned" in note for note in report.notes)
