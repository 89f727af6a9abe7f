"""Intervention tokens against the expert labels: flags, counts, report figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.evaluation.metrics import Counts
from extractors.pico.alignment import align
from extractors.pico.devset import DevDoc, read_dev
from extractors.pico.evaluate import SystemScores, crowd_labels_against_expert, report_of
from extractors.pico.expert_check import expert_gold
from extractors.pico.labels import Element
from extractors.pico.metric import TokenScores
from extractors.pico.sources import DOCS, EXPERT
from tests.conftest import shared_path

# Invented abstract, tokens and labels.
TEXT = "Tea or water for colds.\nAdults drank tea (2 cups) or water."
TOKENS = [
    "Tea",
    "or",
    "water",
    "for",
    "colds",
    ".",
    "Adults",
    "drank",
    "tea",
    "(",
    "2",
    "cups",
    ")",
    "or",
    "water",
    ".",
]
EXPERT_MARKS = [1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0]


def write_data(root: Path, doc_id: str = "123", marks: list[int] = EXPERT_MARKS) -> Path:
    (root / DOCS).mkdir(parents=True)
    (root / DOCS / f"{doc_id}.txt").write_text(TEXT, encoding="utf-8")
    documents = root / EXPERT / "documents"
    documents.mkdir(parents=True)
    (documents / f"{doc_id}.tokens").write_text("\n".join(TOKENS) + "\n", encoding="utf-8")
    annotations = root / EXPERT / "annotations" / "random" / "interventions"
    annotations.mkdir(parents=True)
    (annotations / f"{doc_id}.ann").write_text(" ".join(map(str, marks)), encoding="utf-8")
    return root


def dev_doc(doc_id: str = "123") -> DevDoc:
    gold = ["I" if t in {"tea", "cups"} else None for t in TOKENS]
    return DevDoc(doc_id, TEXT, TOKENS, align(TEXT, TOKENS), gold)  # type: ignore[arg-type]


def expert_elements(marks: list[int]) -> list[Element | None]:
    return ["I" if m else None for m in marks]


def test_expert_gold_follows_the_expert_tokens(tmp_path: Path) -> None:
    data = write_data(tmp_path)
    gold = expert_gold(data, [dev_doc(), dev_doc("999")])
    assert list(gold) == ["123"]
    assert gold["123"] == expert_elements(EXPERT_MARKS)


def test_expert_gold_skips_other_texts_and_missing_folder(tmp_path: Path) -> None:
    assert expert_gold(tmp_path, [dev_doc()]) == {}
    data = write_data(tmp_path / "data")
    other = DevDoc("123", TEXT + " More.", TOKENS, align(TEXT, TOKENS), [None] * len(TOKENS))
    assert expert_gold(data, [other]) == {}


def intervention_counts(
    expert: list[Element | None], predicted: list[frozenset[Element] | Element | None]
) -> Counts:
    scores = TokenScores()
    scores.add(expert, predicted)
    return scores.counts["I"]


def test_intervention_counts_per_token() -> None:
    expert = expert_elements([1, 1, 0, 0])
    predicted: list[frozenset[Element] | Element | None] = [
        frozenset({"I"}),
        frozenset({"O"}),
        frozenset({"I", "P"}),
        None,
    ]
    assert intervention_counts(expert, predicted) == Counts(tp=1, fp=1, fn=1)
    assert intervention_counts(expert, ["I", None, None, "P"]) == Counts(tp=1, fp=0, fn=1)


def test_crowd_labels_against_expert_and_report_figures() -> None:
    doc = dev_doc()
    gold = {"123": expert_elements(EXPERT_MARKS)}
    crowd = crowd_labels_against_expert([doc, dev_doc("999")], gold)
    # gold I: "tea" and "cups" in the body; expert: both "Tea"/"tea" and both "water"
    assert crowd == Counts(tp=1, fp=1, fn=3)
    result = SystemScores("tagger", TokenScores(), 1.0, 2, Counts(tp=3, fp=1, fn=1))
    figures = report_of([result], 1.0, expert_docs=1, crowd_expert=crowd).figures
    assert figures["pico.gold.expert_docs"] == 1
    assert figures["pico.tagger.expert_I_p"] == pytest.approx(0.75)
    assert figures["pico.tagger.expert_I_f"] == pytest.approx(0.75)
    assert figures["pico.crowd960_labels.expert_I_f"] == pytest.approx(crowd.f1)
    assert "pico.gold.expert_docs" not in report_of([result], 1.0).figures


def test_expert_gold_on_the_shared_dev_set() -> None:
    data = shared_path("ebm_nlp", "interventions_expert").parents[1]
    docs = read_dev(data)
    gold = expert_gold(data, docs)
    lengths = {doc.doc_id: len(doc.tokens) for doc in docs}
    assert len(gold) == 416
    assert all(len(marks) == lengths[doc_id] for doc_id, marks in gold.items())
    assert 0.0 < crowd_labels_against_expert(docs, gold).f1 < 0.8
