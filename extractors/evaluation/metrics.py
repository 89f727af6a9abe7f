"""Metric definitions shared by the scorers.

- Precision, recall and F1 from counts (van Rijsbergen's F with beta 1):
  P = TP / (TP + FP), R = TP / (TP + FN), F1 = 2PR / (P + R); each is 0.0 when its
  denominator is 0 (no predictions, no gold, or P + R = 0).
- Accuracy: correct / total.
- Macro F1 over a fixed label set: the unweighted mean of the per-label F1, where a label's
  TP is gold = predicted = label, FP is predicted = label != gold and FN is gold = label !=
  predicted. A prediction outside the label set (e.g. "unclear") is a false negative for its
  gold label and a false positive for no label (Sokolova & Lapalme 2009, "A systematic
  analysis of performance measures for classification tasks").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass
class Counts:
    """True positives, false positives and false negatives of one entity type or label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Share of positions where ``predicted`` equals ``gold`` (0.0 for empty input)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    return _ratio(sum(g == p for g, p in zip(gold, predicted, strict=True)), len(gold))


def label_counts(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> dict[str, Counts]:
    """Per-label TP/FP/FN (see the module docstring)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    counts = {label: Counts() for label in labels}
    for g, p in zip(gold, predicted, strict=True):
        if g == p and g in counts:
            counts[g].tp += 1
            continue
        if g in counts:
            counts[g].fn += 1
        if p in counts:
            counts[p].fp += 1
    return counts


def macro_f1(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> float:
    """Unweighted mean of the per-label F1 over ``labels``."""
    counts = label_counts(gold, predicted, labels)
    return _ratio(sum(c.f1 for c in counts.values()), len(labels))
