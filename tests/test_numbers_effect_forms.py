"""numbers.find_effects on the less common ways abstracts write an effect and its interval."""

from __future__ import annotations

import pytest

from extractors.effect_estimates import find_effects, find_intervals
from extractors.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "measure", "value", "interval"),
    [
        # a sign set apart from its number by a no-break space, in the value and the interval
        ("(mean difference -\u00a00.3; 95% CI -\u00a01.1 to 0.6; P = 0.58)", "mean difference",
         -0.3, (0.95, -1.1, 0.6)),
        # the lower bound's minus glued to the interval's name
        ("(MD -1.9 points, 95%CI-6.9 to 3.2)", "mean difference", -1.9, (0.95, -6.9, 3.2)),
        # the level written, the name left out
        ("(OR 0.64; 95% (0.26-1.54))", "odds ratio", 0.64, (0.95, 0.26, 1.54)),
        # the p value inside the bare interval's bracket
        ("(RR = 0.28 [0.16,0.49; P < 0.001])", "risk ratio", 0.28, (None, 0.16, 0.49)),
        ("(HR 0.71 (0.52-0.97, p = 0.03))", "hazard ratio", 0.71, (None, 0.52, 0.97)),
        # "AOR", "AHR": adjusted, with a capital A
        ("(AOR = 3.31; 95% CI, 1.20-9.09)", "odds ratio", 3.31, (0.95, 1.2, 9.09)),
        ("(AHR 0.62, 95% CI 0.44-0.88)", "hazard ratio", 0.62, (0.95, 0.44, 0.88)),
        # the abbreviation alone in round brackets after a name of the measure's own
        ("The pooled estimate (RR): 1.16 (95% CI: 0.95-1.42)", "risk ratio", 1.16,
         (0.95, 0.95, 1.42)),
        # the plural name of a measure given for what follows
        ("Adjusted odds ratios (aOR) for stillbirth at the two sites were 2.67 (95%CI 1.24 to "
         "5.57, P = 0.01)", "odds ratio", 2.67, (0.95, 1.24, 5.57)),
        # the value's unit in brackets between it and its interval
        ("(mean difference: - 16.08 (mg/dl) [95% CI - 24.24, - 7.92])", "mean difference",
         -16.08, (0.95, -24.24, -7.92)),
        # a plus sign before a positive difference
        ("(mean difference +1.6 lines; 95% confidence interval, 0.2-3.0 lines)",
         "mean difference", 1.6, (0.95, 0.2, 3.0)),
    ],
)  # fmt: skip
def test_numbers_effect_forms(
    text: str, measure: str, value: float, interval: tuple[float | None, float, float]
) -> None:
    (effect,) = find_effects(text)
    assert (effect.measure, effect.value) == (measure, pytest.approx(value))
    assert effect.interval is not None
    level, low, high = interval
    assert (effect.interval.level, effect.interval.low, effect.interval.high) == (
        level,
        pytest.approx(low),
        pytest.approx(high),
    )


@pytest.mark.parametrize(
    "text",
    [
        "ARR 0.05 (95% CI 0.01-0.09)",  # an absolute risk reduction, no risk ratio
        "(OR 0.64; 45% (0.26-1.54))",  # no usual level: not an interval
        "(HR = 72 [60, 84; P = 0.03])",  # a heart rate, even with a bracket after it
        # rate ratios: no measure of the Record's
        "incidence rate ratio (RR) 0.81 (95% CI 0.70-0.94)",
        "Relative rate (RR): 1.16 (95% CI: 0.95-1.42)",
    ],
)
def test_numbers_effect_forms_not_read(text: str) -> None:
    assert find_effects(text) == []


def test_numbers_glued_minus_only_before_to() -> None:
    # "95%CI-0.5-0.9": the dash may part the name from the bounds; nothing is read
    assert find_intervals("(OR 0.7, 95%CI-0.5-0.9)") == []
    (interval,) = find_intervals("(MD -2.1, 95%CI-4.5 to 0.3)")
    assert (interval.low, interval.high) == (-4.5, 0.3)


def test_numbers_parse_number_sign_apart_by_any_space() -> None:
    assert parse_number("-\u00a00.3") == -0.3
    assert parse_number("−\u2009 1.5") == -1.5
    assert parse_number("0.\u00a03") is None


def test_numbers_interval_named_by_its_level_after_its_estimate() -> None:
    text = "(OR 0.64; 95% (0.26-1.54) & 0.66; 95% (0.25-1.76) respectively)"
    assert [(i.level, i.low, i.high) for i in find_intervals(text)] == [
        (0.95, 0.26, 1.54),
        (0.95, 0.25, 1.76),
    ]
    # a percentage and its range, and an estimate outside the bracket: no interval
    assert find_intervals("success in 95% (90-98) of cases") == []
    assert find_intervals("a ratio of 2.5, 95% (0.7-0.9)") == []


@pytest.mark.parametrize(
    ("text", "value", "interval"),
    [
        # the groups compared between the name and the value
        ("(odds ratio aspirin vs. no aspirin 1.07, 95% confidence interval 0.58-1.97)", 1.07,
         (0.58, 1.97)),
        ("hazard ratio for drug A versus placebo, 0.70 (0.52-0.94)", 0.70, (0.52, 0.94)),
        # the abbreviation of the interval's name, with its level, in brackets after the name
        ("(RR 1.76, 95% confidence interval [95% CI] 1.35-2.29; NNT = 5)", 1.76, (1.35, 2.29)),
    ],
)  # fmt: skip
def test_numbers_effect_named_groups_and_interval_labels(
    text: str, value: float, interval: tuple[float, float]
) -> None:
    (effect,) = find_effects(text)
    assert effect.value == value
    assert effect.interval is not None
    assert (effect.interval.low, effect.interval.high) == interval


def test_numbers_effect_named_groups_need_an_interval() -> None:
    assert find_effects("the odds ratio drug A versus placebo 2.5 was high") == []
