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
        # an abbreviation's plural, or its "adj" of adjusted run into it
        ("improved response (RRs 1.37, 95% CI 1.13-1.66)", "risk ratio", 1.37, (0.95, 1.13, 1.66)),
        ("(HRadj 0.42; 95% CI 0.22-0.83)", "hazard ratio", 0.42, (0.95, 0.22, 0.83)),
        ("(ORadj = 2.1, 95% CI 1.2-3.4)", "odds ratio", 2.1, (0.95, 1.2, 3.4)),
        ("HRs for death were 0.71 (95% CI 0.55-0.92)", "hazard ratio", 0.71, (0.95, 0.55, 0.92)),
        # the model's coefficient named between the measure and its value
        ("(adjusted mean difference: β 18.5 (95% confidence interval [CI] -22.4, 59.3), p = 0.37)",
         "mean difference", 18.5, (0.95, -22.4, 59.3)),
        # what or whom the effect is of, then its value
        ("(HR for death 0.71, 95% CI 0.55-0.92)", "hazard ratio", 0.71, (0.95, 0.55, 0.92)),
        ("the hazard ratio in men, 0.71; 95% CI 0.55-0.92", "hazard ratio", 0.71,
         (0.95, 0.55, 0.92)),
        ("odds ratio for use of 2 or more drugs 1.5 (95% CI 1.1-2.0)", "odds ratio", 1.5,
         (0.95, 1.1, 2.0)),
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
        "(β 0.6 [95% CI -1.5, 2.6], p = 0.589)",  # a coefficient of no measure named
        "the OR for 2 groups (95% CI 1-2)",  # the number is the groups', no value follows
        "in 12 ORs (95% CI 1-3)",  # operating rooms: no value after the name
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


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("with adjusted HRs of 5.32 (95% CI: 1.07-26.49, p < .001) and 4.61 (95% CI: 1.91-11.14, "
         "p < .001), respectively", [(5.32, 1.07, 26.49), (4.61, 1.91, 11.14)]),
        ("(HRs 3.82 [95% CI 1.83-7.97], 1.85 [95% CI 1.02-3.36], and 5.23 [95% CI 2.61-10.47], "
         "respectively)", [(3.82, 1.83, 7.97), (1.85, 1.02, 3.36), (5.23, 2.61, 10.47)]),
        # a group after each value, an interval written bare after the first (its level kept)
        ("adjusted hazard ratios for colitis were 1.69 (95% CI 1.32-2.15) in former smokers and "
         "2.27 (1.74-2.96) in current smokers", [(1.69, 1.32, 2.15), (2.27, 1.74, 2.96)]),
    ],
)  # fmt: skip
def test_numbers_plural_name_lists_values_with_intervals(
    text: str, values: list[tuple[float, float, float]]
) -> None:
    found = find_effects(text)
    assert [(e.value, e.interval and (e.interval.low, e.interval.high)) for e in found] == [
        (value, (low, high)) for value, low, high in values
    ]
    assert {e.measure for e in found} == {"hazard ratio"}
    assert all(e.interval is not None and e.interval.level == 0.95 for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "HR 0.8 (0.6-0.9) and 0.7 (0.5-0.9)",  # a singular name: one effect
        "odds ratios 1.5 (1.1-2.0) and 2 groups (1-3)",  # no value of the list
        "odds ratios 1.5 (1.1-2.0) and 4.0 (1.2-3.1)",  # a value outside its interval
    ],
)
def test_numbers_plural_name_list_ends(text: str) -> None:
    assert len(find_effects(text)) == 1
