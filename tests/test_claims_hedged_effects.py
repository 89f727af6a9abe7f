"""Claims: a hedged effect as GRADE-style summaries word it ("X probably reduces Y", "X may
result in little to no difference in Y", "X probably has little or no effect on Y", "There
is probably little or no difference in Y") has the outcome Y and the actor X, not "X may
result" or "There probably". All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.statements import read_statement
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _read(clause: str) -> tuple[str | None, str | None]:
    statement = read_statement(clause, 0, len(clause))
    outcome = clause[slice(*statement.outcome)] if statement.outcome else None
    actor = clause[slice(*statement.actor)] if statement.actor else None
    return outcome, actor


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        (
            "Massage may result in little to no difference in anxiety (SMD -0.04, 95% CI -0.30 "
            "to 0.22).",
            "anxiety",
            "Massage",
        ),
        (
            "Massage may result in an improvement in sleep quality (SMD 0.30, 95% CI 0.10 to "
            "0.50).",
            "sleep quality",
            "Massage",
        ),
        (
            "Exercise may lead to a slight improvement in quality of life (SMD 0.20, 95% CI "
            "0.05 to 0.35).",
            "quality of life",
            "Exercise",
        ),
        (
            "Massage interventions probably have little or no effect on anxiety (SMD -0.04).",
            "anxiety",
            "Massage interventions",
        ),
        (
            "Based on low-certainty evidence, exercise may result in fewer sick days than usual "
            "care (RR 0.70, 95% CI 0.55 to 0.90).",
            "sick days",
            "exercise",
        ),
        # a base form after "probably" is the verb
        (
            "Massage interventions probably reduce fatigue (MD -1.10).",
            "fatigue",
            "Massage interventions",
        ),
        # with no subject of its own: the outcome alone
        (
            "probably result in a slight improvement in mood (SMD 0.25, 95% CI 0.06 to 0.43)",
            "mood",
            None,
        ),
        # "There is probably": what follows the difference
        (
            "There is probably little or no difference in serious adverse events (RR 1.05).",
            "serious adverse events",
            None,
        ),
        (
            "There probably was no improvement in favour of massage in the incidence of nausea "
            "(OR 1.40, 95% CI 0.70 to 2.80).",
            "incidence of nausea",
            None,
        ),
    ],
)
def test_a_hedged_effect_names_its_outcome_and_actor(
    clause: str, outcome: str, actor: str | None
) -> None:
    assert _read(clause) == (outcome, actor)


@pytest.mark.parametrize(
    "clause",
    [
        # "may have been improved": a passive, not "have an effect on"
        "but total sleep time may have been improved (SMD -0.34, 95% CI -0.73 to 0.04)",
        # a clause, not a short phrase, before "could result in": no actor
        "Renal function should be assessed to prevent overestimation that could result in "
        "overdosing.",
        # "may have the potential to": no effect named
        "Coated cups may have the potential to prevent loosening.",
    ],
)
def test_no_hedged_effect_actor(clause: str) -> None:
    assert _read(clause)[1] is None


def test_a_review_summary_of_hedged_effects(extractor: Extractor) -> None:
    text = article(
        "Massage for cancer-related fatigue: a systematic review",
        ("Main results", "We included nine randomised trials."),
        (
            "Results",
            "Massage may result in an improvement in sleep quality (SMD 0.30, 95% CI 0.10 to "
            "0.50; low-certainty evidence). There is probably little or no difference in "
            "nausea (RR 1.05, 95% CI 0.80 to 1.38; 6 studies, 800 participants). We found that "
            "massage may result in a slight reduction in pain (SMD -0.24, 95% CI -0.51 to "
            "0.04); probably result in a slight improvement in mood (SMD 0.25, 95% CI 0.06 to "
            "0.43); and may result in little or no difference in fatigue (SMD -0.03, 95% CI "
            "-0.28 to 0.21).",
        ),
    )
    claims = extractor.extract(text).claims
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("sleep quality", "increased"),
        ("nausea", "no difference"),
        ("pain", "decreased"),
        ("mood", "increased"),
        ("fatigue", "no difference"),
    ]
    # the subject a clause without one shares is that of the clause right before it only
    assert [c.intervention.text for c in claims[:4]] == ["Massage", "", "massage", "massage"]
