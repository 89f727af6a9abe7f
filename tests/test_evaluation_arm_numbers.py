"""Arm-number exact match on llm_meta_analysis: invented triples, records and XML; a smoke run."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.evaluation.arm_numbers import (
    ArmGuess,
    TripleGuess,
    field_hits,
    guess_from_record,
    guess_positional,
    is_exact_match,
    score_arm_numbers,
)
from extractors.evaluation.llm_meta_data import ArmNumbers, MetaTriple, article_parts, flatten_table
from extractors.evaluation.number_match import GoldNumber
from extractors.pipeline import Extractor
from kg.model import Arm, ArmResult
from tests.conftest import shared_path
from tests.evaluation_records import make_claim, make_record


def g(value: float, decimals: int = 0) -> GoldNumber:
    return GoldNumber(value, decimals)


BINARY = MetaTriple(
    id="1",
    pmcid="0",
    intervention="night splint",
    comparator="usual care",
    outcome="heel pain resolved",
    outcome_type="binary",
    intervention_arm=ArmNumbers(events=g(14), group_size=g(40)),
    comparator_arm=ArmNumbers(events=g(9), group_size=g(41)),
    complete=True,
)
CONTINUOUS = MetaTriple(
    id="2",
    pmcid="0",
    intervention="night splint",
    comparator="usual care",
    outcome="pain score",
    outcome_type="continuous",
    intervention_arm=ArmNumbers(mean=g(3.2, 1), sd=g(1.1, 1), group_size=g(40)),
    comparator_arm=ArmNumbers(mean=g(4.0, 1), sd=None, group_size=g(41)),
    complete=False,
)


def test_arm_numbers_exact_match_needs_every_field() -> None:
    right = TripleGuess(ArmGuess(events=14, group_size=40), ArmGuess(events=9, group_size=41))
    assert is_exact_match(BINARY, right)
    wrong_n = TripleGuess(ArmGuess(events=14, group_size=40), ArmGuess(events=9, group_size=40))
    assert not is_exact_match(BINARY, wrong_n)
    assert field_hits(BINARY, wrong_n) == {"events": (2, 2), "group_size": (1, 2)}


def test_arm_numbers_empty_gold_must_be_predicted_absent() -> None:
    exact = TripleGuess(
        ArmGuess(mean=3.2, sd=1.1, group_size=40), ArmGuess(mean=4.0, sd=None, group_size=41)
    )
    assert is_exact_match(CONTINUOUS, exact)
    invented_sd = TripleGuess(exact.intervention, ArmGuess(mean=4.0, sd=1.0, group_size=41))
    assert not is_exact_match(CONTINUOUS, invented_sd)


def test_arm_numbers_unmatched_triple_is_a_miss() -> None:
    nothing = TripleGuess(ArmGuess(), ArmGuess(), matched=False)
    empty_gold = MetaTriple(
        "3", "0", "a", "b", "c", "binary", ArmNumbers(), ArmNumbers(), complete=False
    )
    assert not is_exact_match(empty_gold, nothing)
    assert is_exact_match(empty_gold, TripleGuess(ArmGuess(), ArmGuess()))


def test_arm_numbers_guess_from_record_reads_arms_and_falls_back_to_arm_n() -> None:
    results = [ArmResult(arm="arm1", events=14, n=40), ArmResult(arm="arm2", events=9)]
    claim = make_claim("night splint", "usual care", "heel pain resolved", results=results)
    arms = [Arm(id="arm1", label="splint", n=40), Arm(id="arm2", label="care", n=41)]
    guess = guess_from_record(make_record([claim], arms), BINARY)
    assert guess == TripleGuess(
        ArmGuess(events=14, group_size=40), ArmGuess(events=9, group_size=41)
    )
    assert is_exact_match(BINARY, guess)


def test_arm_numbers_guess_from_record_swaps_arms() -> None:
    results = [ArmResult(arm="arm1", events=9, n=41), ArmResult(arm="arm2", events=14, n=40)]
    claim = make_claim("usual care", "night splint", "heel pain resolved", results=results)
    guess = guess_from_record(make_record([claim]), BINARY)
    assert guess.intervention == ArmGuess(events=14, group_size=40)
    assert is_exact_match(BINARY, guess)


def test_arm_numbers_guess_from_record_without_claim() -> None:
    claim = make_claim("night splint", "usual care", "walking speed")
    assert not guess_from_record(make_record([claim]), BINARY).matched


def test_arm_numbers_positional_baseline_takes_first_two_values() -> None:
    text = (
        "Heel pain resolved in 14/40 with the splint and 9/41 with usual care. "
        "Pain score was 3.2 ± 1.1 (n = 40) versus 4.0 ± 0.9 (n = 41)."
    )
    binary = guess_positional(text, BINARY)
    assert binary == TripleGuess(
        ArmGuess(events=14, group_size=40), ArmGuess(events=9, group_size=41)
    )
    continuous = guess_positional(text, CONTINUOUS)
    assert continuous.comparator == ArmGuess(mean=4.0, sd=0.9, group_size=41)
    assert not is_exact_match(CONTINUOUS, continuous)  # gold SD absent, 0.9 predicted


def test_arm_numbers_flatten_table_uses_column_headings() -> None:
    xml = (
        b"<table-wrap><caption><p>Outcomes at week 6</p></caption><table>"
        b"<thead><tr><th>Outcome</th><th>Splint (n = 40)</th><th>Care (n = 41)</th></tr></thead>"
        b"<tbody><tr><td colspan='3'>Primary</td></tr>"
        b"<tr><td>Pain resolved</td><td>14</td><td>9</td></tr></tbody></table></table-wrap>"
    )
    parts = article_parts(b"<sec><title>Results</title>" + xml + b"</sec>", source="invented")
    assert [(p.label, p.category) for p in parts] == [("Table", "RESULTS")]
    assert parts[0].body == (
        "Outcomes at week 6. Primary. Pain resolved: Splint (n = 40) 14; Care (n = 41) 9."
    )
    from lxml import etree

    assert flatten_table(etree.fromstring(xml)) == parts[0].body


def test_arm_numbers_article_parts_reads_abstract_labels_and_nested_sections() -> None:
    xml = (
        b"<abstract><p><bold>Methods:</bold> Forty adults were randomised.</p>"
        b"<p><bold>Results:</bold> Pain fell.</p></abstract>"
        b"<sec><title>3. Results</title><p>Outer text.</p>"
        b"<sec><title>Harms</title><p>No <italic>serious</italic> harms.</p></sec></sec>"
    )
    parts = article_parts(xml, source="invented")
    assert [(p.label, p.category, p.body) for p in parts] == [
        ("Methods", "METHODS", "Forty adults were randomised."),
        ("Results", "RESULTS", "Pain fell."),
        ("Results", "RESULTS", "Outer text."),
        ("Harms", "RESULTS", "No serious harms."),
    ]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_arm_numbers_smoke_on_shared_data(extractor: Extractor) -> None:
    data = shared_path("llm_meta_analysis").parent
    report = score_arm_numbers(data, extractor, limit=5)
    figures = report.figures
    assert figures["arms.gold.binary_triples"] + figures["arms.gold.continuous_triples"] == 5
    for system in ("extractor", "baseline_empty", "baseline_positional"):
        assert 0.0 <= figures[f"arms.{system}.binary_exact_match"] <= 1.0
    assert len(report.rows) == 3


def test_arm_numbers_missing_data_raises(tmp_path: Path, extractor: Extractor) -> None:
    from kg.errors import InputError

    with pytest.raises(InputError):
        score_arm_numbers(tmp_path, extractor)
