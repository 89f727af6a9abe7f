"""Tests of ``extractors.named_values``: medians and means named before their values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.components.quantities import parse_quantities
from extractors.named_values import find_group_values, find_named_values


def _read(text: str) -> list[tuple[str, float]]:
    return [(v.kind, v.value) for v in find_named_values(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "median PFS was 7.4 months for drug A and 5.1 months for drug B (P = .02)",
            [("median", 7.4), ("median", 5.1)],
        ),
        (
            "time to relapse was longer with A (14.2 v 9.6 weeks; P = .01)",
            [("median", 14.2), ("median", 9.6)],
        ),
        # "time from A to B" is a time to an event too
        (
            "the time from discharge to first relapse was shorter in the A group (41.5 days) "
            "than in the B group (52.0 days) (P < 0.05)",
            [("median", 41.5), ("median", 52.0)],
        ),
        (
            "median OS was 20 and 16 months in arms A and B, respectively",
            [("median", 20.0), ("median", 16.0)],
        ),
        ("Drug Z improved median TTP from 4.1 to 6.3 months", [("median", 4.1), ("median", 6.3)]),
        (
            "mean scores were 3.2 points with A and 4.5 points with B",
            [("mean", 3.2), ("mean", 4.5)],
        ),
        ("the average count was 11 in group A and 15 in group B", [("mean", 11.0), ("mean", 15.0)]),
        # the difference and the interval's bounds after the arms' values are no values
        (
            "Median survival was 18.3 weeks with A and 30.3 weeks with B (difference 12.9 "
            "weeks; 95% Confidence Interval (CI) -5.5 to +34.3 weeks; P=0.32)",
            [("median", 18.3), ("median", 30.3)],
        ),
        (
            "PFS was longer with A (median PFS, 20.2 [95% CI 15-25] vs 10.2 months; P = .01)",
            [("median", 20.2), ("median", 10.2)],
        ),
        (
            "mean losses of 2.1, 1.7 and 1.2 kg in group A",
            [("mean", 2.1), ("mean", 1.7), ("mean", 1.2)],
        ),
    ],
)
def test_named_values_read(text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("after a median follow-up of 30 months, survival was similar", 30.0),
        ("after a median of 30 months of follow-up", 30.0),
        ("overall survival at 24 months did not differ", 24.0),
        ("the 3-year survival was similar", 3.0),
        ("survival was similar in women aged 40 years", 40.0),
        ("median survival 9.1 months (range, 2 to 30 months)", 2.0),
        ("median survival 9.1 months (range, 2 to 30 months)", 30.0),
        ("time to progression was longer (HR 0.7; 95% CI, 3 to 9 months)", 9.0),
        ("survival (20 patients in each arm) was similar", 20.0),
        ("mean pain was higher in A than in the 412 in the placebo group (2.1 vs 1.8)", 412.0),
        ("median pain was 5.0 at week 8 in all patients", 8.0),
        ("mean scores at visit 3 in the A group were 4.1 points", 3.0),
        ("median grade 2 in both groups", 2.0),
        # a lead inside a bracket names the bracket's values only
        (
            "women aged 60 years or more (median 68 years) received gemcitabine 1200 mg/m(2) "
            "or epirubicin 35 mg/m(2)",
            1200.0,
        ),
        # who the people are and how long they were followed: no lead of what was measured
        ("evaluable (mean age, 49 years) 103 in the A group and 103 in the B group", 103.0),
        ("evaluable (mean age, 49 years) 103 in the A group and 103 in the B group", 49.0),
        ("a mean follow-up of 30 months in both groups", 30.0),
        # a difference between the arms, told by a comparative, is no arm's value
        ("the mean disability score was 4.0 points lower with drug A (95% CI 1.5 to 6.5)", 4.0),
        ("mean weight was 2.3 kg higher with drug A than with placebo", 2.3),
        ("median survival was 3.1 months longer with drug A", 3.1),
        # a bound, no value: "PFS gain in those treated before for >6 months"
        ("the PFS gain was seen in women treated for >6 months but not ≤6 months", 6.0),
        # how long a treatment was given: "52 weeks of drug K"
        ("DFS was significantly improved with 52 weeks of drug K added to chemotherapy", 52.0),
    ],
)
def test_named_values_reject(text: str, rejected: float) -> None:
    assert rejected not in [value for _, value in _read(text)]


def test_named_values_time_leads_read_times_only() -> None:
    assert _read("overall survival was 61% with A and 52% with B") == []
    assert _read("PFS was 3.5 cm larger") == []


def test_named_values_quantities_hold_them_as_medians_and_means() -> None:
    q = parse_quantities("median DFS was 11.2 months with A and 9.0 months with B")
    assert [m.median for m in q.medians] == [11.2, 9.0]
    q = parse_quantities("mean wait was 4.5 days with A and 6.0 days with B")
    assert [(m.mean, m.sd) for m in q.mean_sds] == [(4.5, None), (6.0, None)]


@given(st.text())
def test_named_values_never_raise(text: str) -> None:
    find_named_values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no worse at 6 months (online = 12.3 and in-person = 11.6, d = 0.11)", [12.3, 11.6]),
        ("(placebo=4.1; drug A=3.2)", [4.1, 3.2]),
        ("(OR = 2.1, 95% CI = 1.1 to 3.2, p = 0.01)", []),  # statistics, no groups
        ("(group A = 30%, group B = 20%)", []),  # percentages are read as such
        ("(online = 12.3, P = 0.4)", []),  # one group alone
        ("Fifty-seven infants (online = 27, in-person = 30) were assessed", []),  # sizes
    ],
)
def test_named_values_after_group_names_in_a_bracket(text: str, expected: list[float]) -> None:
    assert [v.value for v in find_group_values(text)] == expected


def test_named_values_median_abbreviation_leads() -> None:
    """ "mPFS" / "mOS" abbreviate the median of a time to event; "mos" (months) leads nothing."""
    found = find_named_values("The mOS was 9.4 months with drug K and 12.0 months with drug L.")
    assert [(v.kind, v.value) for v in found] == [("median", 9.4), ("median", 12.0)]
    assert find_named_values("After 3 mos, visits were 2 mos apart for K and 4 mos for L.") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a p value in the first value's own bracket does not end the run
        (
            "Median EFS was 8.2 months (90% CI, 5.9-8.9; p = 0.188) in arm A vs 8.3 months (90% "
            "CI, 6.2-9.7, p = 0.078) in arm B.",
            [8.2, 8.3],
        ),
        (
            "Median improvement was 3.7 degrees (p=0.0035) on drug K and was 9.4 degrees "
            "(p=0.0041) in the placebo group.",
            [3.7, 9.4],
        ),
        # one in a bracket after an arm's name, or a header's, does
        (
            "Median PFS was 9.2 months with HT and 14.2 months with T-DM1 (hazard ratio, 0.59; "
            "95% CI, 0.36 to 0.97); median follow-up was approximately 14 months.",
            [9.2, 14.2],
        ),
        ("Median PFS (HR; 95% CI vs placebo) in the K 20, 40 mg, and placebo arms was 10.9", []),
        # an ordinal is no value
        ("The mean number of lesions fell at the 180th day (p < 0.001) and 270th day.", []),
    ],
)
def test_own_brackets_and_ordinals(text: str, values: list[float]) -> None:
    assert [v.value for v in find_named_values(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("a mean cost of £35.41 compared with £51.12 for usual care", [35.41, 51.12]),
        ("a mean cost of UK£35.41 per visit compared with £51.12 for usual care", [35.41, 51.12]),
        ("a mean cost of US$ 120 versus US$ 150 in the control arm", [120.0, 150.0]),
    ],
)
def test_a_currency_is_a_values_unit(text: str, values: list[float]) -> None:
    assert [v.value for v in find_named_values(text)] == values
