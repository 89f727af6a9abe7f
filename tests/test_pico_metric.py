"""The EBM-NLP token metric on small invented token sequences, checked by hand."""

from __future__ import annotations

import pytest

from extractors.pico.metric import TokenScores


def test_metric_counts_tokens_per_element() -> None:
    scores = TokenScores()
    # gold:      P    P    -     I    I    O    O    -
    # predicted: P    -    P     I    O    O    O    O
    scores.add(
        ["P", "P", None, "I", "I", "O", "O", None],
        ["P", None, "P", "I", "O", "O", "O", "O"],
    )
    p, i, o = scores.counts["P"], scores.counts["I"], scores.counts["O"]
    assert (p.tp, p.fp, p.fn) == (1, 1, 1)
    assert (i.tp, i.fp, i.fn) == (1, 0, 1)
    assert (o.tp, o.fp, o.fn) == (2, 2, 0)
    assert p.precision == pytest.approx(0.5) and p.recall == pytest.approx(0.5)
    assert p.f1 == pytest.approx(0.5)
    assert i.precision == pytest.approx(1.0) and i.recall == pytest.approx(0.5)
    assert i.f1 == pytest.approx(2 / 3)
    assert o.precision == pytest.approx(0.5) and o.recall == pytest.approx(1.0)
    assert o.f1 == pytest.approx(2 / 3)
    assert scores.macro_f1 == pytest.approx((0.5 + 2 / 3 + 2 / 3) / 3)


def test_metric_accepts_several_elements_per_predicted_token() -> None:
    scores = TokenScores()
    scores.add(["I", None], [frozenset({"I", "O"}), frozenset()])
    assert scores.counts["I"].tp == 1
    assert scores.counts["O"].fp == 1


def test_metric_adds_documents_up() -> None:
    scores = TokenScores()
    scores.add(["P"], ["P"])
    scores.add(["P", "P"], [None, "P"])
    assert scores.counts["P"].recall == pytest.approx(2 / 3)
    assert scores.counts["P"].precision == pytest.approx(1.0)


def test_metric_empty_element_scores_zero() -> None:
    scores = TokenScores()
    scores.add([None, None], [None, None])
    assert scores.as_dict()["O_f"] == 0.0
