"""Statements that list several outcomes, and direction words around change nouns."""

from __future__ import annotations

import pytest

from extractors.components.clauses import clauses
from extractors.components.direction_words import verb_direction
from extractors.components.outcome_lists import listed_outcomes, paired_items
from extractors.components.sections import Sentence
from extractors.components.statements import read_statement
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def test_outcome_lists_split_at_commas_and_and() -> None:
    text = (
        "No significant difference was seen in itch score (MD -0.4, 95% CI -1.1 to 0.3), "
        "sleep loss (P=0.52) and skin dryness (P=0.61)."
    )
    first = text.index("itch")
    found = listed_outcomes(text, (first, first + len("itch score")), len(text))
    assert [text[o[0] : o[1]] for o, _ in found] == ["itch score", "sleep loss", "skin dryness"]


def test_outcome_lists_keep_the_next_arms_value_in_its_item() -> None:
    """An "and" before the next arm's value ("... with cream B and 42.0% with cream C") does
    not end the item: both values are the first measure's."""
    text = (
        "The rate of itch (grade 2) was 47.1% with cream B and 42.0% with cream C (p = 0.39), "
        "rash (grade 1) was 47.9% versus 40.8% (p = 0.21)."
    )
    first = text.index("rate")
    found = listed_outcomes(text, (first, first + len("rate of itch")), len(text))
    assert [text[o[0] : o[1]] for o, _ in found] == ["rate of itch", "rash"]
    assert "42.0% with cream C" in text[found[0][1][0] : found[0][1][1]]


def test_outcome_lists_a_later_item_is_named_before_its_verb() -> None:
    """ "rash was 47.9% versus 40.8% (p = 0.21)" after the first item: the item is "rash", not
    "rash was 47.9% versus 40.8%"."""
    text = (
        "The rate of itch (grade 2) was 47.1% with cream B and 42.0% with cream C (p = 0.39), "
        "rash was 47.9% versus 40.8% (p = 0.21), and dry skin were 4.7% versus 8.0% (p = 0.27)."
    )
    first = text.index("rate")
    found = listed_outcomes(text, (first, first + len("rate of itch")), len(text))
    assert [text[o[0] : o[1]] for o, _ in found] == ["rate of itch", "rash", "dry skin"]


def test_outcome_lists_need_the_statement_outcome_first() -> None:
    text = "Itch was lower with cream B (2.1 points) than with cream C (3.4 points)."
    assert listed_outcomes(text, (0, 4), len(text)) == []


def test_outcome_lists_times_with_their_values_are_no_measures() -> None:
    text = (
        "The share of men who quit smoking (self-report) was higher with app K than with "
        "leaflets at 3 rd (41% vs 12%, p=0.01), 6 th (35% vs 9%, p=0.02) and 12 th month "
        "(22% vs 5%, p=0.03), respectively."
    )
    outcome = (4, text.index(" (self"))
    assert listed_outcomes(text, outcome, len(text)) == []


@pytest.mark.parametrize(
    ("text", "outcome", "kept"),
    [
        (
            "Mean scores (MS) for itch were 2.1 for the K cream and 4.6 for the base cream at "
            "week 4 [ratio = 0.46, 95% CI = 0.30, 0.70].",
            "Mean scores",
            [],
        ),
        (
            "Trough level (day 7) rose from 31 to 38 ng/mL for drug K [ratio: 1.2 (95% CI, 1.1, "
            "1.3)] and from 12 to 15 ng/mL for its metabolite [ratio: 1.3 (95% CI, 1.2, 1.4)].",
            "Trough level",
            [],
        ),
        (
            "Cream K reduced itch (-2.1 (SD 1.2)), redness (-1.1 (SD 0.9)), as compared to the "
            "baseline values (p < 0.05).",
            "itch",
            ["itch", "redness"],
        ),
    ],
)
def test_outcome_lists_values_and_comparisons_are_no_measures(
    text: str, outcome: str, kept: list[str]
) -> None:
    start = text.index(outcome)
    found = listed_outcomes(text, (start, start + len(outcome)), len(text))
    assert [text[o[0] : o[1]] for o, _ in found] == kept


def test_outcome_lists_one_claim_per_outcome() -> None:
    record = Extractor().extract(
        article(
            "Cream B for eczema",
            (
                "Methods",
                "Children with eczema were randomly assigned to cream B (n=50) or "
                "placebo cream (n=50).",
            ),
            (
                "Results",
                "After 4 weeks there was no significant difference between the groups in itch "
                "score (P=0.44), sleep loss (P=0.52) and skin dryness (P=0.61).",
            ),
        )
    )
    outcomes = [c.outcome.text for c in record.claims]
    assert outcomes == ["itch score", "sleep loss", "skin dryness"]
    assert [c.p_value.value for c in record.claims if c.p_value] == [0.44, 0.52, 0.61]
    assert len({c.id for c in record.claims}) == 3
    assert all(c.direction == "no difference" for c in record.claims)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("a significantly greater reduction in body weight with drug A", "decreased"),
        ("a larger mean improvement in grip strength", "increased"),
        ("a smaller increase in blood pressure", "decreased"),
        ("adverse events were less under drug A", "decreased"),
        ("less than 5% of patients had nausea", None),
    ],
)
def test_statements_change_noun_direction(text: str, direction: str | None) -> None:
    assert verb_direction(text) == direction


def test_statements_more_effective_than_in_outcome() -> None:
    text = "Drug A was significantly more effective than placebo in preventing relapse of gout."
    statement = read_statement(text, 0, len(text))
    assert statement.outcome is not None and statement.actor is not None
    assert text[statement.outcome[0] : statement.outcome[1]] == "preventing relapse of gout"
    assert text[statement.actor[0] : statement.actor[1]] == "Drug A"


def test_comparison_trend_and_both_groups() -> None:
    from extractors.components.significance import significance, within_groups_only

    assert significance(None, "pain tended to be lower with drug A", None) is False
    assert significance(None, "a trend toward fewer falls with drug A", None) is False
    assert within_groups_only("grip strength improved in both groups after 6 weeks")
    assert not within_groups_only("grip strength improved more in group A than in group B")


def test_outcome_lists_each_item_reads_its_own_direction() -> None:
    record = Extractor().extract(
        article(
            "Drug T and kidney function",
            (
                "Methods",
                "Adults with HIV were randomly assigned to drug T (n=75) or control (n=75).",
            ),
            (
                "Results",
                "Compared to control, the drug T group had higher serum creatinine (79 vs. 70 "
                "umol/L, P<0.001) and a lower eGFR (93 vs. 102 ml/min, P=0.009) at week 48. "
                "Falls (4 vs. 11, p = 0.04) and fractures (1 vs. 6, p = 0.03) were fewer with "
                "drug T.",
            ),
        )
    )
    found = {c.outcome.text: c.direction for c in record.claims}
    assert found == {
        "serum creatinine": "increased",
        "eGFR": "decreased",
        "Falls": "decreased",
        "fractures": "decreased",
    }


def test_outcome_lists_what_the_people_did_is_the_outcome() -> None:
    text = (
        "More women in group A met the goal (40% vs 20%; P=0.01), and fewer women stopped "
        "early (10% vs 25%; P=0.03)."
    )
    first = text.index("met")
    found = listed_outcomes(text, (first, first + len("met the goal")), len(text))
    assert [text[o[0] : o[1]] for o, _ in found] == ["met the goal", "stopped early"]


def test_outcome_lists_pairs_of_shares_each_name_their_outcome() -> None:
    text = (
        "With drug A versus placebo, 64% versus 30% of patients had a good response, and 12% "
        "vs 25% of patients stopped treatment early (both P < .01)."
    )
    found = paired_items(text, 0, len(text) - 1)
    assert [text[o[0] : o[1]] for o, _ in found] == ["good response", "treatment early"]
    assert found[1][1][0] == text.index("12%")


@pytest.mark.parametrize(
    "text",
    [
        "Median OS was 8.1 vs 7.1 months and median PFS 4.0 vs 3.1 months",  # no shares
        "Pain was lower with A than B (3% vs 4%) and nausea was rarer (12% vs 25%)",
        "64% vs 30% of patients had a good response",  # one piece
    ],
)
def test_outcome_lists_pairs_of_shares_need_two_pieces(text: str) -> None:
    assert paired_items(text, 0, len(text)) == []


def test_outcome_lists_pairs_of_shares_one_claim_each(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A for asthma",
            ("Methods", "Adults were randomly assigned to drug A (n = 50) or placebo (n = 50)."),
            (
                "Results",
                "With placebo versus drug A, 32% versus 78% of patients had a good response, "
                "and 53% versus 87% of patients remained free of attacks (both P < .001).",
            ),
        )
    )
    labels = {a.id: a.label for a in record.arms}
    found = {
        c.outcome.text: (
            {labels[r.arm]: r.percent for r in c.results},
            c.p_value and c.p_value.value,
        )
        for c in record.claims
    }
    assert found == {
        "good response": ({"drug A": 78.0, "placebo": 32.0}, 0.001),
        "free of attacks": ({"drug A": 87.0, "placebo": 53.0}, 0.001),
    }


_OBSERVED = (
    "Methods",
    "Consecutive adults referred for pacing received septal pacing (SP) or apical pacing (AP) "
    "as their physician preferred.",
)


@pytest.mark.parametrize(
    "results",
    [
        "SP was associated with higher R-wave amplitude (11.2 ± 5.1 vs 3.8 ± 1.9 mV, P < 0.001) "
        "and lower pacing threshold (0.5 ± 0.1 vs 1.4 ± 0.7 V, P < 0.001) compared with AP.",
        "SP gave a higher R-wave amplitude (11.2 vs 3.8 mV, P < 0.001) and lower pacing "
        "threshold (0.5 vs 1.4 V, P = 0.002) than AP.",
    ],
)
def test_outcome_lists_measures_with_their_own_comparatives_share_the_comparison(
    extractor: Extractor, results: str
) -> None:
    record = extractor.extract(article("Pacing sites", _OBSERVED, ("Results", results)))
    found = {
        c.outcome.text: (c.intervention.text, c.comparator and c.comparator.text, c.direction)
        for c in record.claims
    }
    assert found == {
        "R-wave amplitude": ("SP", "AP", "increased"),
        "pacing threshold": ("SP", "AP", "decreased"),
    }


def test_outcome_lists_a_measure_with_a_verb_of_its_own_is_a_clause() -> None:
    text = "SP gave higher R-wave amplitude (P < 0.01) and lower thresholds were seen (P = 0.02)."
    sentence = Sentence(span=(0, len(text)), start=0, end=len(text), text=text, category="results")
    assert len(clauses(text, sentence)) == 2


def test_outcome_lists_a_first_measure_with_its_own_comparison_keeps_its_clause(
    extractor: Extractor,
) -> None:
    results = (
        "SP was associated with a lower cost than AP (US $1333 vs. US $1452 per patient) and "
        "higher QALYs (0.93 vs. 0.92 per patient)."
    )
    record = extractor.extract(article("Pacing sites", _OBSERVED, ("Results", results)))
    assert {c.outcome.text for c in record.claims} == {"cost", "QALYs"}
