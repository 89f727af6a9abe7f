"""Reading gold numbers as annotators wrote them, and the equality the scorers use."""

from __future__ import annotations

import pytest

from extractors.evaluation.number_match import GoldNumber, parse_gold_number, same_value


@pytest.mark.parametrize(
    ("text", "value", "decimals"),
    [
        ("12.5 percent", 12.5, 1),
        ("−3·25%", -3.25, 2),
        ("-0.4 kg", -0.4, 1),
        ("12 345", 12345.0, 0),
        ("4,321 women", 4321.0, 0),
        ("P = .07", 0.07, 2),
        ("Forty-two", 42.0, 0),
        ("Two hundred and six patients", 206.0, 0),
        ("Four thousand nine hundred twenty-two", 4922.0, 0),
        ("33\u2008146", 33146.0, 0),  # punctuation space between the thousands
        ("none", 0.0, 0),
        ("(17)", 17.0, 0),
        ("median 8 weeks; range 2-20", 8.0, 0),
    ],
)
def test_number_match_parse_gold_number(text: str, value: float, decimals: int) -> None:
    assert parse_gold_number(text) == GoldNumber(value, decimals)


@pytest.mark.parametrize("text", ["not reached", "", "unknown dose"])
def test_number_match_no_number(text: str) -> None:
    assert parse_gold_number(text) is None


def test_number_match_same_value_rounds_to_gold_precision() -> None:
    gold = GoldNumber(66.7, 1)
    assert same_value(66.6667, gold)
    assert not same_value(66.6, gold)
    assert not same_value(66.75, GoldNumber(66.7, 2))
    assert same_value(3.0, GoldNumber(3.0, 0))
    assert not same_value(4.0, GoldNumber(3.0, 0))


def test_number_match_absent_equals_absent_only() -> None:
    assert same_value(None, None)
    assert not same_value(None, GoldNumber(1.0, 0))
    assert not same_value(1.0, None)
