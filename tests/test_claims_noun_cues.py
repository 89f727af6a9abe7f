"""A direction told by a noun ("a significant reduction in mortality with A") or by a
comparative before the outcome ("lower fatigue scores with A"): the arm named after the outcome
is the one the words describe, in a two-arm trial; ", which translated
into / resulted in / led to a reduction in Y" is Y's own statement; and "in all-cause" does
not end an outcome as "in all (patients)" does; "greater efficacy in (percentage) reduction of
X" says X fell."""

from __future__ import annotations

import pytest

from extractors.components.statements import read_statement
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _claims(extractor: Extractor, result: str) -> list[tuple[str, str, str]]:
    record = extractor.extract(
        article(
            "Drug K",
            ("Methods", "Adults were randomized to drug K or placebo."),
            ("Results", result),
        )
    )
    return [(c.intervention.text, c.outcome.text, c.direction) for c in record.claims]


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (
            "There was a significant reduction in mortality with drug K (p = 0.0003).",
            [("drug K", "mortality", "decreased")],
        ),
        (  # the comparator described: the intervention the other way
            "There was a significant reduction in mortality with placebo (p = 0.0003).",
            [("drug K", "mortality", "increased")],
        ),
        (  # a comparative before the outcome it describes, the arm after the outcome
            "The analysis showed lower fatigue scores with drug K (p = 0.03).",
            [("drug K", "fatigue scores", "decreased")],
        ),
        (
            "We found higher pain scores with placebo (p = 0.04).",
            [("drug K", "pain scores", "decreased")],
        ),
        (  # "lower in": the arm right after the word, as before
            "Fatigue scores were lower in the drug K group (p = 0.03).",
            [("drug K", "Fatigue scores", "decreased")],
        ),
    ],
)
def test_claims_of_noun_cues(
    extractor: Extractor, result: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _claims(extractor, result) == expected


def test_which_translated_into_is_a_statement_of_its_own(extractor: Extractor) -> None:
    result = (
        "Drug K lowered LDL by 35%, which translated into a significant reduction in all-cause "
        "mortality (p = 0.0003)."
    )
    claims = [(outcome, direction) for _, outcome, direction in _claims(extractor, result)]
    assert claims == [("LDL", "decreased"), ("all-cause mortality", "decreased")]


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        (
            "which resulted in a significant reduction in all-cause mortality (p = 0.0003).",
            "reduction in all-cause mortality",
        ),
        (
            "This translated into a significant reduction in mortality (p = 0.0003).",
            "reduction in mortality",
        ),
        ("Pain was lower in all patients given drug K.", "Pain"),
    ],
)
def test_statement_outcomes_after_a_verb_of_result(clause: str, outcome: str) -> None:
    statement = read_statement(clause, 0, len(clause))
    assert statement.outcome is not None
    assert clause[slice(*statement.outcome)] == outcome


@pytest.mark.parametrize(
    ("result", "direction"),
    [
        (
            "After 8 weeks, drug K showed greater efficacy in percentage reduction of LDL-C level "
            "from baseline than placebo (p < 0.001).",
            "decreased",
        ),
        ("Drug K showed greater efficacy in increasing HDL than placebo (p < 0.001).", "increased"),
    ],
)
def test_greater_efficacy_in_a_change(extractor: Extractor, result: str, direction: str) -> None:
    """ "greater efficacy in (percentage) reduction of X": X fell more with the arm."""
    assert [d for _, _, d in _claims(extractor, result)] == [direction]
