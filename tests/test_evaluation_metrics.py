"""Metric definitions of the dev scorers, on hand-computed examples."""

from __future__ import annotations

import pytest

from extractors.evaluation.metrics import Counts, accuracy, label_counts, macro_f1

LABELS = ("up", "down", "same")


def test_metrics_counts_precision_recall_f1() -> None:
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_metrics_counts_empty_denominators_are_zero() -> None:
    assert Counts().precision == 0.0
    assert Counts(fn=4).recall == 0.0
    assert Counts(fp=2).f1 == 0.0


def test_metrics_counts_add() -> None:
    assert Counts(1, 2, 3) + Counts(4, 5, 6) == Counts(5, 7, 9)


def test_metrics_accuracy() -> None:
    assert accuracy(["up", "down", "same", "up"], ["up", "same", "same", "down"]) == 0.5
    with pytest.raises(ValueError):
        accuracy(["up"], [])


def test_metrics_macro_f1_counts_out_of_set_prediction_as_a_miss() -> None:
    gold = ["up", "up", "down", "same"]
    predicted = ["up", "unclear", "up", "same"]
    counts = label_counts(gold, predicted, LABELS)
    assert counts["up"] == Counts(tp=1, fp=1, fn=1)
    assert counts["down"] == Counts(tp=0, fp=0, fn=1)
    assert counts["same"] == Counts(tp=1, fp=0, fn=0)
    # per-label F1: up 0.5, down 0.0, same 1.0
    assert macro_f1(gold, predicted, LABELS) == pytest.approx(0.5)
