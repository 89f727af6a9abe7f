"""Comparison scope: the quick word test before ``_BASELINE_COMPARISON`` lets every form of
a time before through. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.comparison_scope import change_from_baseline


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain fell compared with baseline (p<0.01).",
        "Pain fell compared with base-line values (p<0.01).",
        "Pain was lower than pretreatment (p<0.01).",
        "Pain was lower at T2 compared to T0 (p<0.01).",
        "Pain was lower than the run-in period (p<0.01).",
        "Pain was lower than before the intervention (p<0.01).",
        "Pain fell between baseline and week 12 (p<0.01).",
        "Pain fell compared with Baſeline (p<0.01).",  # a long s: (?i) reads it as "s"
    ],
)
def test_comparison_scope_guard_lets_times_before_through(sentence: str) -> None:
    assert change_from_baseline(sentence, sentence, []) is not None


def test_comparison_scope_guard_no_time_before() -> None:
    sentence = "Pain was lower with drug K than with placebo (p<0.01)."
    assert change_from_baseline(sentence, sentence, []) is None
