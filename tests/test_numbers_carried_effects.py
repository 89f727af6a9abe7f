"""numbers.find_effects: later outcomes of a sentence given a value and its interval in the
measure named before them ("bradycardia [2.64 (1.77-3.96)]"). All texts are invented."""

from __future__ import annotations

from extractors.effect_estimates import find_effects


def _read(text: str) -> list[tuple[str, float, float | None, float, float]]:
    return [
        (e.measure, e.value, e.interval.level, e.interval.low, e.interval.high)
        for e in find_effects(text)
        if e.interval is not None
    ]


def test_numbers_carried_effects_in_brackets_of_their_own() -> None:
    text = (
        "a higher risk of rash [risk ratio, 1.75 (95% confidence interval 1.09-2.80)], "
        "headache [2.64 (1.77-3.96)], and dizziness [1.73 (1.03-2.91)] with the drug."
    )
    assert _read(text) == [
        ("risk ratio", 1.75, 0.95, 1.09, 2.8),
        ("risk ratio", 2.64, 0.95, 1.77, 3.96),
        ("risk ratio", 1.73, 0.95, 1.03, 2.91),
    ]
    text = (
        "worse relapse-free survival (hazard ratio [95% CI], 1.61 [1.20-2.15]; P = .03) and "
        "overall survival (1.51 [1.12-2.04]; P = .049)."
    )
    assert [(e.measure, e.value) for e in find_effects(text)] == [
        ("hazard ratio", 1.61),
        ("hazard ratio", 1.51),
    ]


def test_numbers_carried_effects_not_read() -> None:
    # a median with its interval and unit; another sentence; a value outside the bracket
    for text in (
        "longer PFS (HR 0.6, 95% CI 0.4-0.8) and median OS (14.2 [12.1-16.3] months)",
        "longer PFS (HR 0.6, 95% CI 0.4-0.8). Median OS was long (14.2 [12.1-16.3]).",
        "longer PFS (HR 0.6, 95% CI 0.4-0.8) and OS (3.5 [1.1-2.2])",
    ):
        assert [e.value for e in find_effects(text)] == [0.6]
