"""Means and SDs each named ("M = 4.78, SD = 3.56", the APA style); percentages in words
("41.7 percent")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.numbers import (
    _NAMED_MEAN_SD,
    find_mean_sds,
    find_named_mean_sds,
    find_percents,
    find_shared_percents,
)


@pytest.mark.parametrize(
    ("text", "mean", "sd"),
    [
        ("scores were lower with yoga (M = 4.78, SD = 3.56) than", 4.78, 3.56),
        ("a mean 12.3 mg, SD 4.5 mg", 12.3, 4.5),
        ("(M=−1.2; SD=0.4)", -1.2, 0.4),
        ("Mean = 5, sd = 2", 5.0, 2.0),
        ("(M = 1,204, SD = 310)", 1204.0, 310.0),
        ("(M = 4.8, S.D. = 1.2)", 4.8, 1.2),
        ("a mean 12.3, standard deviation 4.5", 12.3, 4.5),
        ("Mean 3, Std 1", 3.0, 1.0),
    ],
)
def test_named_mean_and_sd(text: str, mean: float, sd: float) -> None:
    (found,) = find_mean_sds(text)
    assert (found.mean, found.sd) == (pytest.approx(mean), pytest.approx(sd))
    assert text[found.start : found.end].lower().startswith(("m", "mean"))


@pytest.mark.parametrize(
    "text",
    [
        "a mean age of 54 years (range 40-70), SD not given",  # no SD value
        "mean age 54, SD 7",  # the mean is of age, not named as the mean of a value
        "group M (n = 4), SD 3",
        "MSD = 4.2",
        "M = 4.78 and SD = 3.56",  # not one pair
    ],
)
def test_not_a_named_mean_and_sd(text: str) -> None:
    assert find_named_mean_sds(text) == []


def test_a_named_pair_is_found_once_beside_plus_minus() -> None:
    found = find_mean_sds("A: M = 4.8, SD = 3.6; B: 6.9 ± 5.9")
    assert [(m.mean, m.sd) for m in found] == [(4.8, 3.6), (6.9, 5.9)]


@given(
    st.floats(min_value=-500, max_value=500, allow_nan=False),
    st.floats(min_value=0, max_value=500, allow_nan=False),
    st.sampled_from(["M = {m}, SD = {s}", "mean {m}, SD {s}", "M={m}; SD={s}"]),
)
def test_named_mean_sd_round_trip(mean: float, sd: float, form: str) -> None:
    m, s = f"{mean:.2f}", f"{sd:.2f}"
    (found,) = find_named_mean_sds(f"({form.format(m=m, s=s)})")
    assert found.mean == pytest.approx(float(m)) and found.sd == pytest.approx(float(s))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("41.7 percent with A and 41.2 percent with B", [41.7, 41.2]),
        ("12 per cent of them", [12.0]),
        ("fell by −4 percent", [-4.0]),
    ],
)
def test_percent_in_words(text: str, values: list[float]) -> None:
    found = find_percents(text)
    assert [p.value for p in found] == values
    assert all(text[p.start : p.end].endswith("cent") for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "a 95 percent confidence interval of 1.1 to 2.0",
        "(95 per cent CI 1 to 2)",
        "10 percentage points",
        "the 3 percentile",
        "percent of patients",
    ],
)
def test_not_a_percent_in_words(text: str) -> None:
    assert find_percents(text) == [] and find_shared_percents(text) == []


def test_numbers_sharing_a_percent_in_words() -> None:
    text = "rates were 69.3 and 72.6 percent (P = .14)"
    assert [p.value for p in find_shared_percents(text)] == [69.3]
    assert [p.value for p in find_percents(text)] == [72.6]


@given(st.text(alphabet="Mmean SDsdtandrviox.=,;:0123456789-", max_size=60))
def test_named_mean_sd_quick_test_drops_no_match(text: str) -> None:
    whole = [(m.start(), m.end()) for m in _NAMED_MEAN_SD.finditer(text)]
    assert [(m.start, m.end) for m in find_named_mean_sds(text)] == whole


def test_per_cent_across_white_space() -> None:
    assert [p.value for p in find_percents("12 per\ncent and 13 per  cent")] == [12.0, 13.0]
    assert [p.value for p in find_shared_percents("12 and 13 per  cent")] == [12.0]
