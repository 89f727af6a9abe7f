"""extractors.numbers_summary: bracketed means, medians and counts, invented and property-based."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.components.quantities import parse_quantities
from extractors.numbers_summary import (
    find_arm_counts,
    find_arm_values,
    find_bracket_counts,
    find_bracket_mean_sds,
    find_compared_counts,
    find_count_percents,
    find_medians,
    find_plain_value_pairs,
    find_split_counts,
)

FINDERS = (
    find_bracket_mean_sds,
    find_count_percents,
    find_medians,
    find_arm_values,
    find_arm_counts,
    find_compared_counts,
    find_split_counts,
    find_bracket_counts,
)


def test_numbers_summary_count_percent() -> None:
    found = find_count_percents("remission in 16 (53.3%) and 28 [93.3%], none 0 (0%)")
    assert [(c.events, c.percent, c.decimals) for c in found] == [
        (16, 53.3, 1),
        (28, 93.3, 1),
        (0, 0.0, 0),
    ]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("there were 5 infections (12%) with drug K", [5]),
        ("12 relapses (9.5%) and 20 recurrences (16%)", [12, 20]),
        ("16 patients (35 %)", [16]),
    ],
)
def test_numbers_summary_count_of_events_named_before_its_percent(
    text: str, events: list[int]
) -> None:
    assert [c.events for c in find_count_percents(text)] == events


@pytest.mark.parametrize("text", ["5 (120%)", "3 (0%)", "p=0.02 (5%)", "1.5 (40%)"])
def test_numbers_summary_count_percent_rejects(text: str) -> None:
    assert find_count_percents(text) == []


def test_numbers_summary_mean_sd_in_brackets_needs_a_marker() -> None:
    assert find_bracket_mean_sds("pain 3.2 (1.1) vs 4.5 (1.3)") == []
    marked = find_bracket_mean_sds("Values are mean (SD). Pain 3.2 (1.1) vs 4.5 (1.3).")
    assert [(m.mean, m.sd) for m in marked] == [(3.2, 1.1), (4.5, 1.3)]
    written = find_bracket_mean_sds("change −2·4 mmHg (SD 3.1)")
    assert [(m.mean, m.sd) for m in written] == [(-2.4, 3.1)]


def test_numbers_summary_medians_with_iqr_and_range() -> None:
    found = find_medians("median 6 days (IQR 4–9) vs 8 (range 5 to 12)")
    assert [(m.median, m.low, m.high, m.spread) for m in found] == [
        (6.0, 4.0, 9.0, "iqr"),
        (8.0, 5.0, 12.0, "range"),
    ]
    header = find_medians("Data are median (IQR). Stay 3 days [1–5] vs 6 days [3–11].")
    assert [(m.median, m.low, m.high, m.spread) for m in header] == [
        (3.0, 1.0, 5.0, "iqr"),
        (6.0, 3.0, 11.0, "iqr"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stay was shorter with A than with B (median 4 [IQR 2-6] vs 7 [5-9] days; P = 0.01).",
            [(4.0, 2.0, 6.0, "iqr"), (7.0, 5.0, 9.0, "iqr")],
        ),
        (
            "The median stay was shorter with A than with B (4 (2-6) vs. 7 (5-9) days).",
            [(4.0, 2.0, 6.0, None), (7.0, 5.0, 9.0, None)],
        ),
        (
            "Median times, with 25th and 75th percentiles, were 13 [9, 16] and 11 [8, 15] days.",
            [(13.0, 9.0, 16.0, None), (11.0, 8.0, 15.0, None)],
        ),
        (
            "Stay was shorter with A than with B (4.0 [2.0-6.0] vs 7.0 [5.0-9.0] days, median "
            "[IQR]; P = 0.01).",
            [(4.0, 2.0, 6.0, "iqr"), (7.0, 5.0, 9.0, "iqr")],
        ),
        (
            "Stay was 4 (1-9) vs 7 (2-15) days (median, range).",
            [(4.0, 1.0, 9.0, "range"), (7.0, 2.0, 15.0, "range")],
        ),
    ],
)
def test_numbers_summary_medians_of_a_clause_that_says_median(
    text: str, expected: list[tuple[float, float, float, str | None]]
) -> None:
    found = find_medians(text)
    assert [(m.median, m.low, m.high, m.spread) for m in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "a dose of 5 (2-8) mg",
        "median 9 (IQR 1–4)",
        "The median age was 54 years. Scores fell by 4 (2-6) points.",
        "Median age was 54 years; mean scores were 4 (2-6) and 7 (5-9).",
        "Median (IQR [range]) levels were 2.2 (1.7-2.8 [1.1-6.0]) ug/ml.",
        "Scores were 4 (2-6) vs 7 (5-9); median (IQR) age was 54 years.",
    ],
)
def test_numbers_summary_medians_reject(text: str) -> None:
    assert find_medians(text) == []


def test_numbers_summary_quantities_keep_ci_out_of_medians() -> None:
    q = parse_quantities("median survival 12.1 months (95% CI 8.6 to 15.0)")
    assert [(m.median, m.low, m.high) for m in q.medians] == [(12.1, None, None)]


@given(st.text())
def test_numbers_summary_never_raise(text: str) -> None:
    for finder in FINDERS:
        for found in finder(text):
            assert 0 <= found.start < found.end <= len(text)


@given(st.text(alphabet="0123456789.·−-–%()[] medianIQRrangSDto,;", max_size=80))
def test_numbers_summary_never_raise_on_numberish(text: str) -> None:
    for finder in FINDERS:
        finder(text)
    for m in find_medians(text):
        assert m.low is not None and m.high is not None and m.low <= m.median <= m.high


@given(st.integers(0, 5000), st.integers(1, 5000))
def test_numbers_summary_count_percent_round_trip(events: int, total: int) -> None:
    if events > total:
        events, total = total, events
    percent = round(100.0 * events / total, 1)
    found = find_count_percents(f"x {events} ({percent}%) y")
    if (percent == 0) == (events == 0):
        assert [(c.events, c.percent) for c in found] == [(events, percent)]
    else:
        assert found == []


@given(
    st.floats(min_value=-1000, max_value=1000, allow_nan=False).map(lambda v: round(v, 2)),
    st.floats(min_value=0, max_value=100, allow_nan=False).map(lambda v: round(v, 2)),
)
def test_numbers_summary_mean_sd_round_trip(mean: float, sd: float) -> None:
    found = find_bracket_mean_sds(f"score {mean} (SD {sd}) at 6 weeks")
    assert [(f.mean, f.sd) for f in found] == [(mean, sd)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("median time to relapse was 14.0 months and 9.5 months, respectively", [14.0, 9.5]),
        ("Median survival was longer with drug A (21 v 17 months), but", [21.0, 17.0]),
        ("an advantage in PFS (HR 0.87, P = 0.67; median 223 vs. 112 days)", [223.0, 112.0]),
        # a change may be negative
        ("Median log change was greater with drug A (-0.80 v -0.42; P < .001)", [-0.8, -0.42]),
        ("median change in score -1.5 versus 0.5 points", [-1.5, 0.5]),
        ("median stay 3-5 vs 4-6 days", []),  # ranges, no medians
        ("median follow-up was 5 and 6 years", []),
        ("median age 54 and 56 years", []),
    ],
)
def test_numbers_summary_plain_median_pairs(text: str, values: list[float]) -> None:
    found = find_medians(text)
    assert [m.median for m in found] == values
    assert all(m.spread is None and m.low is None for m in found)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("pain was lower (2.4 vs 3.9 points; P = 0.01)", [2.4, 3.9]),
        ("stay was 4.5 and 6.0 days, respectively", [4.5, 6.0]),
        ("ear pain lasted 0.5 and 1.6 days (p=0.008) respectively", [0.5, 1.6]),  # p between
        ("fewer patients had pain (12 vs 30, P = 0.02)", []),  # counts
        ("relapse 8.5 percent and 2.5 percent, respectively", []),  # percentages
        ("(P = 0.20, 0.31, 0.07, respectively)", []),  # a list of p values
        ("assessed at 6 and 12 months, respectively", []),
        ("median survival 14.1 vs 12.0 months", []),  # a median's
        # each value with its arm's name in brackets after it
        ("Mean stay was 20.2 (drug K) vs 24.2 days (placebo), p = 0.3", [20.2, 24.2]),
        ("Mean stay was 20.2 (SD) vs 24.2 days (placebo)", []),  # a statistic's label
        # each value with its arm's name before it
        ("no differences in pain were found (DK 3.6 vs. DL 3.1, P = .52)", [3.6, 3.1]),
        ("pain (3.6 vs. DL 3.1, P = .52)", []),  # a name before the second only
        ("assigned to drug K 25 mg versus drug L 1 mg", []),  # doses
        ("pain scores were 3.6 vs. P 0.5", []),  # a statistic's label
    ],
)
def test_numbers_summary_plain_value_pairs(text: str, values: list[float]) -> None:
    assert [v.value for v in find_plain_value_pairs(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "fatigue fell by 6.2 points in the yoga group compared with 1.4 points in controls",
            [6.2, 1.4],
        ),
        ("LDL fell by 18 mg/dL with drug A and 4 mg/dL with placebo", [18.0, 4.0]),
        (
            "the mean volume was 3.25 ml for group A, 2.9 ml for group B and 3.1 ml for group C",
            [3.25, 2.9, 3.1],
        ),
        ("the score was 4.5 in the drug A arm and 6 in the placebo arm", [4.5, 6.0]),
        ("there were 31 in the drug A group and 40 in the placebo group", []),  # counts
        ("with 12 relapses in the drug A group and 20 relapses in the placebo group", []),
        ("relapse was 12.5 percent in group A and 20.0 percent in group B", []),  # percentages
        ("rates were 4.1 for hip fracture and 2.2 for wrist fracture", []),  # per outcome
        ("seen at 3.5 weeks in group A and 4.5 weeks in group B", []),  # times
        ("the value was 2.1 points in group A", []),  # one value
    ],
)
def test_numbers_summary_arm_values(text: str, values: list[float]) -> None:
    assert [v.value for v in find_arm_values(text)] == values


def test_numbers_summary_quantities_plain_pair_is_a_mean_without_sd() -> None:
    q = parse_quantities("Scores fell more with drug A (2.4 vs 3.9 points; P = 0.01).")
    assert [(m.mean, m.sd) for m in q.mean_sds] == [(2.4, None), (3.9, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three (15%) patients relapsed", (3, 15.0)),
        ("relapse in 12 patients (30 %) with drug A", (12, 30.0)),
        ("nausea in 8 women [20%]", (8, 20.0)),
    ],
)
def test_numbers_summary_count_percents_words_and_nouns(
    text: str, expected: tuple[int, float]
) -> None:
    assert [(c.events, c.percent) for c in find_count_percents(text)] == [expected]


def test_numbers_summary_count_percents_need_a_count() -> None:
    assert find_count_percents("a share of patients (30%)") == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("There were 27 relapses in the drug A group and 31 in the placebo group.", [27, 31]),
        ("Nine deaths occurred with drug A vs 14 with placebo (P = 0.3).", [9, 14]),
        ("Rash was seen in 4 patients on drug A and two patients on placebo.", [4, 2]),
        ("120 patients in group A and 118 in group B completed the study.", []),  # sizes
        ("They were analysed: 60 in group A and 58 in group B.", []),
        ("for 6 months in group A and 12 months in group B", []),  # times
        ("relapse in 12 (30%) in group A and 20 (49%) in group B", []),  # count_percents
        ("There were 27 relapses in the drug A group.", []),  # one arm only
    ],
)
def test_numbers_summary_arm_counts(text: str, counts: list[int]) -> None:
    assert [c.events for c in find_arm_counts(text)] == counts


def test_numbers_summary_quantities_hold_arm_counts() -> None:
    q = parse_quantities("Fewer relapsed: 8 relapses with drug A and 17 with placebo (P = 0.04).")
    assert [c.events for c in q.counts] == [8, 17]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("More patients on placebo required rescue medication (21 vs. 8; p = 0.01).", [21, 8]),
        ("It increased the number of serious adverse events (35 versus 18; P=0.020).", [35, 18]),
        ("Grade 3 neurotoxicity was more frequent with drug K (8 vs 1 patients).", [8, 1]),
        ("Pain was lower with drug K (3 vs 5, P = .02).", []),  # no count named
        ("More patients relapsed (3 vs 5 months).", []),  # a unit
        ("More patients relapsed (21% vs 8%).", []),  # percentages
        ("Gout flares fell with drug K (147 vs 200, odds ratio 0.72, 95% CI 0.6-0.9).", [147, 200]),
        ("Gout flares fell with drug K (47 vs 60; RR 0.78, 95% CI 0.6-0.99).", [47, 60]),
        ("Flare-free time rose with drug K (14 vs 9, HR 0.70, 95% CI 0.5-0.9).", []),  # times
        # how often, said with its counts alone, also in words
        ("Grade 3 neurotoxicity was more frequent in the drug K arm (8 v 1).", [8, 1]),
        ("Grade 3 neurotoxicity was more frequent in the drug K arm (eight v one).", [8, 1]),
        ("Rash was less common with drug K (two vs none; P = .5).", [2, 0]),
        ("Hot flashes were more common with drug K (12 vs 5 months).", []),  # a unit
        # events that are counted, and a difference in a count
        (
            "Fewer ER-positive second breast cancers occurred with drug K (1 vs 10, p = 0.005).",
            [1, 10],
        ),
        ("No significant difference in deaths was seen (69 vs 70, HR 0.96, p=0.82).", [69, 70]),
        ("No significant difference in pain was seen (6 vs 7, p=0.82).", []),  # no count
        # the noun after a word of how it was counted
        ("Gout occurred less often with drug K (2 vs 8 cumulative cases).", [2, 8]),
        ("The fall was larger in year 1 (35 vs 89 new cases, 0.39, p<0.001).", [35, 89]),
    ],
)
def test_compared_counts(text: str, counts: list[int]) -> None:
    assert [c.events for c in find_compared_counts(text)] == counts


def test_a_median_pair_is_not_cut_inside_its_last_number() -> None:
    text = (
        "Median time to relapse with drug K was 4.5 months versus 6.8 months with placebo and "
        "median survival was 19.7 months versus 23.6 months."
    )
    assert [m.median for m in find_medians(text)][-2:] == [19.7, 23.6]  # not 23


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "399 recurrences or contralateral cancers (164 drug K and 235 placebo) occurred",
            [164, 235],
        ),
        ("136 women (74 placebo, 62 drug K) developed breast cancer", [74, 62]),
        ("1,075 women (500 drug K and 575 placebo) were analysed", [500, 575]),
        ("40 patients (12 men and 6 women) responded", []),  # not the total's parts
        ("15 doses (5 mg and 10 mg) were given", []),  # units
    ],
)
def test_numbers_summary_split_counts(text: str, counts: list[int]) -> None:
    assert [c.events for c in find_split_counts(text)] == counts


def test_numbers_summary_arm_counts_of_a_quoted_noun() -> None:
    text = 'There were 60 "failures" in the drug K arm, and 62 in the control arm (p=0.72).'
    assert [c.events for c in find_arm_counts(text)] == [60, 62]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("(A vs B: cycle 1, 3.2 vs. 3.5, p = .3479)", [3.2, 3.5]),  # "cycle 1" labels the pair
        ("(A vs B: day 3, 4.1 vs 4.6)", [4.1, 4.6]),
        ("scores of 1, 3.2 vs. 3.5 and 2", []),  # a list
    ],
)
def test_numbers_summary_pair_after_a_numbered_time(text: str, values: list[float]) -> None:
    assert [v.value for v in find_plain_value_pairs(text)] == values


def test_a_count_and_its_percentage_after_a_comma_in_a_bracket() -> None:
    text = "Rashes were more frequent with drug K (9, 50.0%) than with placebo (2, 22.2%)."
    assert [(c.events, c.percent) for c in find_count_percents(text)] == [(9, 50.0), (2, 22.2)]
    q = parse_quantities(text)
    assert sorted(p.value for p in q.percents) == [22.2, 50.0]  # "9" and "2" are no shares
    # a list of three shares sharing one "%" is still read as three shares
    assert [p.value for p in parse_quantities("ORR was 12, 15 and 20% (P = 0.3).").percents] == [
        12.0,
        15.0,
        20.0,
    ]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Relapse was less frequent with drug K (20 events) than with placebo (31 events).",
            [20, 31],
        ),
        (
            "Fewer women died with drug K (six deaths, 0.009% per year) than with placebo (16 "
            "deaths, 0.024% per year; HR 0.37).",
            [6, 16],
        ),
        ("Pain fell with drug K (20 patients) and with placebo (31 patients).", []),  # sizes
        ("Relapse was less frequent with drug K (20 events; P = 0.04).", []),  # one alone
    ],
)
def test_counts_of_events_opening_brackets(text: str, counts: list[int]) -> None:
    assert [c.events for c in find_bracket_counts(text)] == counts
