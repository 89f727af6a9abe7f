"""extractors.numbers: the number parsers, on invented snippets and property-based."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.effect_estimates import find_effects, find_intervals, find_percent_differences
from extractors.numbers import (
    find_fractions,
    find_mean_sds,
    find_p_values,
    find_percents,
    find_sample_sizes,
    find_shared_percents,
    find_timepoints,
    format_number,
    parse_count,
    parse_number,
    parse_number_words,
)

FINDERS = (
    find_sample_sizes,
    find_percents,
    find_fractions,
    find_p_values,
    find_intervals,
    find_effects,
    find_mean_sds,
    find_timepoints,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0.05", 0.05),
        (".03", 0.03),
        ("0·04", 0.04),
        ("−1.2", -1.2),
        ("1,234", 1234.0),
        ("2.3 × 10−5", 2.3e-5),
        ("1e-3", 0.001),
        ("abc", None),
        ("", None),
        ("1.2.3", None),
    ],
)
def test_numbers_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == (pytest.approx(value) if value is not None else None)


def test_numbers_parse_number_words() -> None:
    assert parse_number_words("sixty-three") == 63
    assert parse_number_words("Two hundred and forty") == 240
    assert parse_number_words("many") is None
    assert parse_number_words("Four thousand nine hundred twenty-two") == 4922
    assert parse_number_words("thousand") is None
    assert parse_number_words("two thousand thousand") is None
    assert parse_number_words("two hundred hundred") is None
    (size,) = find_sample_sizes("One-hundred-and-fifty patients were randomised")
    assert size.n == 150


@pytest.mark.parametrize(
    ("text", "relation", "value"),
    [
        ("lower with drug A (p<0.05)", "<", 0.05),
        ("P = .03", "=", 0.03),
        ("p<.001", "<", 0.001),
        ("P=0·04", "=", 0.04),
        ("P ≤ 0.01", "<=", 0.01),
        ("p ≥ 0.2", ">=", 0.2),
        ("p value of 0.12", "=", 0.12),
        ("P < 1 × 10−4", "<", 1e-4),
        ("P for trend = 0.02", "=", 0.02),
    ],
)
def test_numbers_p_values(text: str, relation: str, value: float) -> None:
    (p,) = find_p_values(text)
    assert p.relation == relation
    assert p.value == pytest.approx(value)


def test_numbers_p_values_reject_impossible_and_words() -> None:
    assert find_p_values("p = 1.5") == []
    assert find_p_values("group<0.05 and bp=0.04") == []


@pytest.mark.parametrize(
    ("text", "level", "low", "high"),
    [
        ("95% CI 1.2-3.4", 0.95, 1.2, 3.4),
        ("95% CI, 1.2 to 3.4", 0.95, 1.2, 3.4),
        ("95% CI 1.2–3.4", 0.95, 1.2, 3.4),
        ("95% CI −2.0 to −0.4", 0.95, -2.0, -0.4),
        ("90% confidence interval [0.5, 0.9]", 0.9, 0.5, 0.9),
        ("95% credible interval [CrI], 0.68-0.97", 0.95, 0.68, 0.97),
        ("CI 0·81–0·95", None, 0.81, 0.95),
        ("95% confidence interval (CI), 1.1 to 9.3", 0.95, 1.1, 9.3),
        ("95% confidence interval [CI], 1.5 to 6.5", 0.95, 1.5, 6.5),
        ("95% confidence interval (CI) for the difference, 1.1 to 9.3", 0.95, 1.1, 9.3),
        ("95% confidence interval for the difference, 0.8 to 5.6", 0.95, 0.8, 5.6),
        ("95% CI for the mean difference: -3.2 to -0.4", 0.95, -3.2, -0.4),
        ("95% CI of the difference between groups 1.1-9.3", 0.95, 1.1, 9.3),
        ("95% CI for difference, 2 to 7", 0.95, 2.0, 7.0),
        ("95% CI for the difference in proportions 2 to 7", 0.95, 2.0, 7.0),
    ],
)
def test_numbers_intervals(text: str, level: float | None, low: float, high: float) -> None:
    (ci,) = find_intervals(text)
    assert ci.level == (pytest.approx(level) if level else None)
    assert (ci.low, ci.high) == pytest.approx((low, high))
    assert text[ci.start : ci.end].startswith(text.split()[0])


def test_numbers_interval_reversed_bounds_are_dropped() -> None:
    assert find_intervals("95% CI 3.4 to 1.2") == []


@pytest.mark.parametrize(
    ("text", "measure", "value", "low", "high"),
    [
        ("OR 2.1 (95% CI 1.2-3.4)", "odds ratio", 2.1, 1.2, 3.4),
        ("hazard ratio, 0.70; 95% CI, 0.55 to 0.89", "hazard ratio", 0.7, 0.55, 0.89),
        ("risk ratio [RR], 0.82; 95% CI, 0.68-0.97", "risk ratio", 0.82, 0.68, 0.97),
        ("relative risk 1.3 (1.1 to 1.6)", "risk ratio", 1.3, 1.1, 1.6),
        ("MD = −1.2 [95% CI −2.0 to −0.4]", "mean difference", -1.2, -2.0, -0.4),
        ("mean difference -1.8 days, 95% CI -2.9 to -0.7", "mean difference", -1.8, -2.9, -0.7),
        ("the hazard ratio for relapse was 0.6 (95% CI 0.4-0.9)", "hazard ratio", 0.6, 0.4, 0.9),
        ("aOR 1.9 (95% CI 1.1-3.2)", "odds ratio", 1.9, 1.1, 3.2),
    ],
)
def test_numbers_effects(text: str, measure: str, value: float, low: float, high: float) -> None:
    (effect,) = find_effects(text)
    assert effect.measure == measure
    assert effect.value == pytest.approx(value)
    assert effect.interval is not None
    assert (effect.interval.low, effect.interval.high) == pytest.approx((low, high))


def test_numbers_abbreviated_effect_needs_an_interval() -> None:
    assert find_effects("HR 72 beats per minute") == []
    assert [e.measure for e in find_effects("odds ratio was 2.5")] == ["odds ratio"]


def test_numbers_sample_sizes() -> None:
    text = "We enrolled 63 patients (n=32 and N = 31), 120 eligible adults and Sixty nurses."
    found = [(s.n, s.noun) for s in find_sample_sizes(text)]
    assert found == [(63, "patients"), (32, None), (31, None), (120, "adults"), (60, "nurses")]


def test_numbers_sample_size_skips_time_words() -> None:
    assert find_sample_sizes("12 weeks in patients") == []


@pytest.mark.parametrize(
    "text",
    [
        "The trial ran from October 2016 to January 2018 analyzed patients after surgery.",
        "Women of ASA physical status 1 and 2 women were eligible.",
        "Patients with ECOG status 0 or 1 patients were eligible.",
    ],
)
def test_numbers_sample_size_skips_years_and_labels(text: str) -> None:
    assert find_sample_sizes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This phase 2 study included patients with cancer.", []),
        ("Adults with type 2 diabetes patients' records", []),
        ("At week 12 patients reported less pain.", []),
        ("We enrolled 48 type 2 diabetic patients.", [48]),
        ("In the control group 20 patients were treated.", [20]),
        ("Over 12 weeks 30 patients were treated.", [30]),
        ("Over the next year 30 patients were treated.", [30]),
        ("In this trial 21 children were treated.", [21]),
        ("STUDY Sixty-two patients took part.", [62]),
    ],
)
def test_numbers_sample_size_is_no_number_that_names_a_phase_type_or_group(
    text: str, expected: list[int]
) -> None:
    """Before, "phase 2 study included patients" was a sample of 2 patients."""
    assert [s.n for s in find_sample_sizes(text)] == expected


def test_numbers_percents_skip_interval_levels() -> None:
    found = find_percents("53.3% vs 93.3% (95% CI 10-20), −4 %")
    assert [(p.value, p.decimals) for p in found] == [(53.3, 1), (93.3, 1), (-4.0, 0)]


def test_numbers_percent_in_words() -> None:
    text = "Sixty-three percent responded with A and forty per cent with B; 95 percent CI"
    found = find_percents(text)
    assert [(p.value, p.start) for p in found] == [(63.0, 0), (40.0, text.index("forty"))]


def test_numbers_fractions() -> None:
    text = "16/30 and 16 of 30, 45 (41%) of 111, one (1%) of 111, 120/80 mmHg, 12/05/2020"
    found = [(f.events, f.total) for f in find_fractions(text)]
    assert found == [(16, 30), (16, 30), (45, 111), (1, 111)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirty-two of 60 patients (53.3%)", [(32, 60)]),
        ("twenty one out of 30", [(21, 30)]),
        ("Two hundred and forty of 300 women", [(240, 300)]),
        ("none of 40", [(0, 40)]),
        ("Fourteen (23%) of 61", [(14, 61)]),
        ("seven of 5", []),
        ("Thirty-nine of the 221 women in the K arm", [(39, 221)]),
        ("83 of the 257 evaluable patients", [(83, 257)]),
        ("one of the two groups", []),  # "the" only before a count of people
        ("3 of the 12 centres", []),
    ],
)
def test_numbers_fractions_with_counts_in_words(text: str, expected: list[tuple[int, int]]) -> None:
    """Before, only some single words were read ("one", "twelve"): "Thirty-two of 60" gave
    no fraction, and the 60 became a count of events elsewhere."""
    assert [(f.events, f.total) for f in find_fractions(text)] == expected


def test_numbers_mean_sd() -> None:
    (m,) = find_mean_sds("HbA1c fell to 7.2 ± 0.8%")
    assert (m.mean, m.sd) == (7.2, 0.8)


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("at 3 months", "3 months"),
        ("the 3-month follow-up", "3 months"),
        ("at 12 weeks", "12 weeks"),
        ("1-year survival", "1 year"),
        ("at week 12", "12 weeks"),
        ("after six weeks", "6 weeks"),
        ("within 24 h", "24 hours"),
    ],
)
def test_numbers_timepoints(text: str, normalised: str) -> None:
    (tp,) = find_timepoints(text)
    assert tp.text == normalised


def test_numbers_timepoints_skip_ages_and_gestation() -> None:
    assert find_timepoints("adults aged 45 years, born at 32 weeks' gestation, 45-year-old") == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_numbers_never_raise_on_arbitrary_text(text: str) -> None:
    parse_number(text)
    parse_number_words(text)
    for finder in FINDERS:
        for found in finder(text):
            assert 0 <= found.start <= found.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789.,·−-–%<>=≤≥±/() pPCIORHRnN95ofto", max_size=80))
def test_numbers_never_raise_on_numeric_soup(text: str) -> None:
    for finder in FINDERS:
        finder(text)


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.integers(0, 4))
def test_numbers_round_trip_formatted(value: float, decimals: int) -> None:
    written = f"{value:.{decimals}f}"
    assert parse_number(written) == pytest.approx(float(written))
    unicode = written.replace(".", "·").replace("-", "−")
    assert parse_number(unicode) == pytest.approx(float(written))


@given(st.floats(min_value=0.0001, max_value=1.0), st.sampled_from(["<", "=", ">", "≤", "≥"]))
def test_numbers_round_trip_p_value(value: float, relation: str) -> None:
    written = f"{value:.4f}"
    (p,) = find_p_values(f"(p {relation} {written})")
    assert p.value == pytest.approx(float(written))


@given(
    st.floats(min_value=-50, max_value=50, allow_nan=False),
    st.floats(min_value=0, max_value=50, allow_nan=False),
    st.sampled_from([" to ", "-", "–", ", "]),
)
def test_numbers_round_trip_interval(low: float, width: float, separator: str) -> None:
    lo, hi = f"{low:.2f}", f"{low + width:.2f}"
    if separator == "-" and lo.startswith("-"):
        separator = " to "
    (ci,) = find_intervals(f"(95% CI {lo}{separator}{hi})")
    assert (ci.low, ci.high) == pytest.approx((float(lo), float(hi)))


@given(st.integers(0, 500), st.integers(1, 500))
def test_numbers_round_trip_fraction(events: int, total: int) -> None:
    found = find_fractions(f"in {events}/{total} patients")
    if events <= total:
        assert [(f.events, f.total) for f in found] == [(events, total)]
    else:
        assert found == []


@given(st.floats(min_value=0, max_value=100, allow_nan=False), st.integers(0, 2))
def test_numbers_round_trip_percent(value: float, decimals: int) -> None:
    written = f"{value:.{decimals}f}"
    (percent,) = find_percents(f"in {written}% of patients")
    assert percent.value == pytest.approx(float(written))
    assert percent.decimals == decimals


def test_numbers_format_number() -> None:
    assert format_number(3.0) == "3"
    assert format_number(0.05) == "0.05"


def test_numbers_mean_sd_other_signs_and_thousands() -> None:
    found = find_mean_sds("(443.0-/+123.1 vs 1,097 +/- 831 ml; 2.5 ∓ 0.5)")
    assert [(m.mean, m.sd) for m in found] == [(443.0, 123.1), (1097.0, 831.0), (2.5, 0.5)]


def test_numbers_sd_named_between_mean_and_sd() -> None:
    """ "61.5 SD 18.2 vs 55.0 SD 17.9": the SD named between the numbers, no bracket."""
    found = find_mean_sds(
        "scores (61.5 SD 18.2 vs 55.0 SD 17.9) and (drug 2.5 SD 1.0; sham 3.5 SD 1.5)"
    )
    assert [(m.mean, m.sd) for m in found] == [(61.5, 18.2), (55.0, 17.9), (2.5, 1.0), (3.5, 1.5)]
    assert find_mean_sds("the score rose by 1 SD 12 weeks later, a 0.5 SD gain") == []


def test_numbers_en_dash_glued_to_a_number_is_its_sign() -> None:
    """ "(–0.21, –0.35 and –0.02%)", "95% CI –0.11 to 0.17": an en dash glued to its number,
    nothing before it, is a minus; between two numbers ("2.5–6.5", "4 – 9") it is a range."""
    found = find_percents("changes vs sham (–0.21, –0.35 and –0.02%; p < 0.05), then 4% vs –5%")
    assert [p.value for p in found][-2:] == [4.0, -5.0]
    assert -0.02 in [p.value for p in found]
    (interval,) = find_intervals("differed by 0.02 mm (95% CI –0.11 to 0.17).")
    assert (interval.low, interval.high) == (-0.11, 0.17)
    assert [(m.mean, m.sd) for m in find_mean_sds("fell by –1.8 ± 2.9 kg")] == [(-1.8, 2.9)]
    ranges = find_intervals("(95% CI 2.5–6.5) and (95% CI 4 – 9)")
    assert [(i.low, i.high) for i in ranges] == [(2.5, 6.5), (4.0, 9.0)]


def test_numbers_sign_glued_to_vs_full_stop() -> None:
    """A minus right after "vs." is the next value's sign, not a dash after a full stop."""
    found = find_mean_sds("(3.2±11.0 vs.-5.1±8.4 s; 1.0 ± 2.0 vs.−0.3 ± 0.7)")
    assert [(m.mean, m.sd) for m in found] == [(3.2, 11.0), (-5.1, 8.4), (1.0, 2.0), (-0.3, 0.7)]
    assert [p.value for p in find_percents("rose 7% vs.-2% with the sham")] == [7.0, -2.0]
    assert [p.value for p in find_percents("Fig.-3% was not a sign")] == [3.0]


def test_numbers_unsigned_value_glued_to_vs_full_stop() -> None:
    """A number right after "vs." is the next value, not a decimal ".4" nor no number."""
    assert [p.value for p in find_percents("(17% vs.4%, P = 0.08)")] == [17.0, 4.0]
    found = find_mean_sds("(2.1 ± 0.4 vs.3.5 ± 0.6)")
    assert [(m.mean, m.sd) for m in found] == [(2.1, 0.4), (3.5, 0.6)]
    assert [p.value for p in find_percents("a rate of .4% in all")] == [0.4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("survival was 71.5 versus 66.0 %, p = 0.4", [71.5]),
        ("relief in 45 and 30% of women", [45.0]),
        ("rates were 12, 15 and 20% in arms A, B and C", [12.0, 15.0]),
        ("adherence 80.5/79.9% respectively", [80.5]),
        ("a fall of between 10 and 20%", []),
        ("response in arm 1 and 40% in arm 2", []),
        ("grade 3 and 12% grade 4", []),
        ("seroma in 9 of 45, 20%", []),
        ("withdrew (5/75, 6.7%) vs (11/75; 14.7%)", []),  # events of fractions, not percents
        ("p = 0.02, 30% vs 20%", []),
        # a colon after a word ends no number of a label nor a ratio
        ("survival rates: 89.6 and 76.6% for group A", [89.6]),
        ("P: 0.02, 30% vs 20%", []),
        ("ratio 2:1 and 30%", []),
        ("group A: 1 and 40%", []),
        ("had benefit 1, and 87% vs 53% had benefit 2", []),  # two clauses, no list of two
        ("rates were 12, 15, and 20%", [12.0, 15.0]),  # a serial comma after three items
        ("excretion rose (1,300%; P < 0.01)", []),  # one number with a thousands separator
    ],
)
def test_numbers_shared_percents(text: str, expected: list[float]) -> None:
    assert [p.value for p in find_shared_percents(text)] == expected


def test_numbers_percent_with_a_thousands_separator() -> None:
    text = "excretion rose (1,300%; P < 0.01); 39,947 (7.47%) were women"
    found = find_percents(text)
    assert [(p.value, p.start) for p in found] == [(1300.0, 16), (7.47, text.index("7.47"))]


@given(st.integers(min_value=0, max_value=10**7))
def test_numbers_parse_count_reads_digits_with_and_without_thousands(n: int) -> None:
    assert parse_count(str(n)) == n
    assert parse_count(f"{n:,}") == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Fifty-eight", 58), ("nineteen", 19), ("2.5", None), ("many", None)],
)
def test_numbers_parse_count_words_and_non_counts(text: str, expected: int | None) -> None:
    assert parse_count(text) == expected


def test_numbers_minus_sign_with_a_space_after_an_opening_bracket() -> None:
    # "(- 7.0 ± 2.1)" is a negative mean; "5 - 7" is a range, not a sign
    (m,) = find_mean_sds("weight change (- 7.0 ± 2.1 g) with drug A")
    assert (m.mean, m.sd) == (-7.0, 2.1)
    (m,) = find_mean_sds("weight change 5 - 7.0 ± 2.1 g")
    assert m.mean == 7.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(n=24 749)", [24749]),
        ("(n = 24\u2009749)", [24749]),  # thin space
        ("(n = 24\u202f749)", [24749]),  # narrow no-break space
        ("A total of 26\u2008054 women took part", [26054]),  # punctuation space
        ("(n = 3\u2007451)", [3451]),  # figure space
        ("(n = 1\u00a0204 485)", [1204485]),  # no-break space
        ("In total 12 345 patients took part", [12345]),
        ("n = 40 40", [40]),  # the second group is no thousands group
        ("In 2015 749 patients", [749]),  # a year, then a count
        ("(n = 12, 13 and 14)", [12]),
    ],
)
def test_numbers_sample_sizes_with_spaced_thousands(text: str, expected: list[int]) -> None:
    assert [s.n for s in find_sample_sizes(text)] == expected


def test_numbers_parse_count_with_spaced_thousands() -> None:
    assert parse_count("24\u2009749") == 24749
    assert parse_number("24\u202f749") == 24749
    assert parse_number("1\u20092") is None  # no thousands group


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Eighty six patients", 86),
        ("eighty-six patients", 86),
        ("One hundred and twenty patients", 120),
        ("One hundred twenty-six women", 126),
        ("Two hundred and three adults", 203),
        ("Four thousand eight hundred and forty-four patients", 4844),
        ("Three thousand ten patients", 3010),
        ("Twenty thousand adults", 20000),
        ("Two thousand and five women", 2005),
    ],
)
def test_numbers_sample_sizes_in_compound_number_words(text: str, n: int) -> None:
    assert [s.n for s in find_sample_sizes(text)] == [n]


@pytest.mark.parametrize(
    ("text", "measure", "value", "interval"),
    [
        # a sign spaced off after the name, also in the interval
        ("(mean difference - 0.3; 95% CI - 1.1 to 0.6; P = 0.58)", "mean difference", -0.3,
         (-1.1, 0.6)),
        ("(SMD, - 0.18 [95%CI -0.25 to -0.11])", "standardized mean difference", -0.18,
         (-0.25, -0.11)),
        # the value's standard error between it and its interval
        ("(mean difference - 1.1 (0.8); 95% CI - 2.6 to 0.4; P = 0.17)", "mean difference", -1.1,
         (-2.6, 0.4)),
        # the abbreviation alone in its bracket
        ("wound closure revealed [RR]:1.59 (95% CI: 1.40-1.81, P < .001)", "risk ratio", 1.59,
         (1.4, 1.81)),
        # what the difference is in, up to "of" and a value with its bracket
        ("a mean difference in the total score of 2.03 (95% CI, 0.06-4.01; P = .04)",
         "mean difference", 2.03, (0.06, 4.01)),
        # an abbreviation opening its bracket, with a p value and no interval
        ("(MD = 0.07; P < 0.05)", "mean difference", 0.07, None),
        ("(OR: 2.1, p = 0.01)", "odds ratio", 2.1, None),
        ("(RR = 0.42; P = 0.1)", "risk ratio", 0.42, None),
        ("(33 vs 26 months, HR 0.75, P = 0.011)", "hazard ratio", 0.75, None),
        # a unit between value and interval
        ("(mean difference, -20 µm; 95% confidence interval, -32 to -9 µm)", "mean difference",
         -20.0, (-32.0, -9.0)),
    ],
)  # fmt: skip
def test_numbers_effects_as_written_in_brackets(
    text: str, measure: str, value: float, interval: tuple[float, float] | None
) -> None:
    (effect,) = find_effects(text)
    assert (effect.measure, effect.value) == (measure, pytest.approx(value))
    bounds = (effect.interval.low, effect.interval.high) if effect.interval else None
    assert bounds == (pytest.approx(interval) if interval else None)


@pytest.mark.parametrize(
    "text",
    [
        "(HR = 72; P = 0.03)",  # a heart rate
        "(RR = 18, p = 0.2)",  # a respiratory rate
        "HR - 0.7 (95% CI 0.5-0.9)",  # a ratio is never negative
        "with MD = 0.07 in both groups; P < 0.05",  # no bracket
        "(heart rate 72 vs 80, HR 72, p = 0.03)",  # a heart rate, after a comma
        "(OR = 1.13)",  # no interval, no p value
        "the risk ratio for use of 2 or more drugs",  # "of 2" is no value of the ratio
    ],
)
def test_numbers_effects_not_read(text: str) -> None:
    assert find_effects(text) == []


def test_numbers_effect_interval_level_named_beside_the_measure() -> None:
    (effect,) = find_effects("worse (hazard ratio [95% confidence interval], 1.61 [1.20-2.15])")
    assert effect.interval is not None
    assert (effect.interval.level, effect.interval.low) == (0.95, 1.2)
    (effect,) = find_effects("odds ratio (95% CI): 2.1 (1.2-3.4)")
    assert effect.interval is not None and effect.interval.level == 0.95


def test_numbers_rate_difference_of_percentages_is_a_risk_difference() -> None:
    text = "(96.0% vs. 90.8%, rate difference 5.2%, 95% CI 3.9% to 6.6%)"
    (effect,) = find_percent_differences(text)
    assert (effect.measure, effect.value, effect.named) == ("risk difference", 0.052, True)


def test_a_range_of_grades_is_no_fraction() -> None:
    assert find_fractions("mucositis (35% grade 3/4 with drug K, 14% with drug M)") == []
    assert find_fractions("stage 2/3 disease") == []
    found = find_fractions("grade 3/4 neutropenia in 12/40 women")
    assert [(f.events, f.total) for f in found] == [(12, 40)]
