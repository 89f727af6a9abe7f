"""extractors.numbers: p values whose label has words between "p" and the relation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.numbers import find_p_values, plain_signs

_QUALIFIERS = (
    "",
    " value",
    "-value",
    " values",
    " between groups",
    " for interaction",
    " for trend",
    "-value for trend",
    " (between-group)",
    " (two-sided)",
    " trend",
    "-interaction",
    " for the interaction between arm and visit",
    " for difference",
    " value between the two arms",
)


@pytest.mark.parametrize(
    ("text", "relation", "value"),
    [
        ("the gain was larger with yoga (p between groups = 0.01)", "=", 0.01),
        ("sex modified the effect (P for interaction < 0.05)", "<", 0.05),
        ("scores fell more with the splint (p (between-group) = 0.003)", "=", 0.003),
        ("a dose gradient was seen (P-value for trend = .02)", "=", 0.02),
        ("P for the interaction between arm and week ≤ 0·04", "<=", 0.04),
        ("p-value for arm × time interaction = 0.03", "=", 0.03),
        ("P (log-rank) = 0.002", "=", 0.002),
        ("Pinteraction = 0.21", "=", 0.21),
        ("P value between the arms was 0.08", "=", 0.08),
        ("P for linear trend < 1 × 10−4", "<", 1e-4),
    ],
)
def test_numbers_p_values_with_words_in_the_label(text: str, relation: str, value: float) -> None:
    (p,) = find_p_values(text)
    assert (p.relation, p.value) == (relation, pytest.approx(value))
    assert text[p.start : p.end].lower().startswith("p")


@pytest.mark.parametrize(
    ("text", "relation", "value"),
    [("p = .03", "=", 0.03), ("P<.001", "<", 0.001), ("P=0·04", "=", 0.04)],
)
def test_numbers_p_values_plain_labels_unchanged(text: str, relation: str, value: float) -> None:
    (p,) = find_p_values(text)
    assert (p.relation, p.value, p.start, p.end) == (relation, pytest.approx(value), 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "p = NS",
        "P (NS)",
        "p between groups: NS",
        "P (n = 30) = 0.2",  # a bracket with a count is no qualifier
        "p in 12 patients = 0.4",
        "pain scores = 0.3",
        "P for trend = 1.4",  # not a probability
        # a test of non-inferiority or equivalence is no test of a difference
        "p for non-inferiority < 0.001",
        "P value for noninferiority of .02",
        "P (equivalence) = 0.01",
    ],
)
def test_numbers_p_values_not_read(text: str) -> None:
    assert find_p_values(text) == []


@given(
    st.sampled_from(_QUALIFIERS),
    st.sampled_from(["<", "=", ">", "≤", "≥"]),
    st.floats(min_value=0.0001, max_value=1.0),
    st.sampled_from(["", " "]),
    st.sampled_from(["p", "P"]),
)
def test_numbers_round_trip_labelled_p_value(
    qualifier: str, relation: str, value: float, space: str, letter: str
) -> None:
    written = f"{value:.4f}".replace("0.", ".", 1) if space else f"{value:.4f}"
    text = f"better with A ({letter}{qualifier}{space}{relation}{space}{written}; n = 40)"
    (p,) = find_p_values(text)
    assert p.value == pytest.approx(float(written))
    assert text[p.start : p.end] == f"{letter}{qualifier}{space}{relation}{space}{written}"


@given(st.text(alphabet="pP()-– forintebwaghusv0123456789.=<>≤NS", max_size=60))
def test_numbers_labelled_p_values_never_raise(text: str) -> None:
    for p in find_p_values(text):
        assert 0 <= p.value <= 1
        assert 0 <= p.start < p.end <= len(text)


@pytest.mark.parametrize(
    ("text", "relation", "value"),
    [
        ("pain was lower (p = 0,003)", "=", 0.003),
        ("nausea did not differ (p = 0,60)", "=", 0.6),
        ("p < 0,001, and then", "<", 0.001),
    ],
)
def test_numbers_p_values_with_a_decimal_comma(text: str, relation: str, value: float) -> None:
    (p,) = find_p_values(text)
    assert (p.relation, p.value) == (relation, pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("[RR = 1.25, P＜0.00001]", "[RR = 1.25, P<0.00001]"),
        ("P ≦ 0.05 and P ≧ 0.2", "P ≤ 0.05 and P ≥ 0.2"),
        ("(P＝0.02)", "(P=0.02)"),
        ("p﹤０．０５; 12％", "p<0.05; 12%"),
        ("no full-width sign: P < 0.05", "no full-width sign: P < 0.05"),
        ("between\u2010group, HLA\u2011A24, 10\u201320", "between-group, HLA-A24, 10\u201320"),
    ],
)
def test_numbers_plain_signs(text: str, plain: str) -> None:
    assert plain_signs(text) == plain
    assert len(plain_signs(text)) == len(text)  # one character for one: offsets hold


def test_numbers_p_values_full_width_read_through_plain_signs() -> None:
    (p,) = find_p_values(plain_signs("a higher response rate [RR = 1.25, P＜0.00001]"))
    assert (p.relation, p.value) == ("<", pytest.approx(0.00001))
