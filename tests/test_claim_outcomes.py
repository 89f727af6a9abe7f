"""Claim outcomes and directions a reviewer can trust: a measure that "showed an increase",
statistics that are never outcomes, "after the intervention" tails, coordinated outcome lists,
people or tests that are never interventions."""

from __future__ import annotations

import pytest
import spacy

from extractors.components.clauses import clauses
from extractors.components.comparison_direction import without_outcome_cues
from extractors.components.outcome_lists import coordinated_outcomes
from extractors.components.sections import Sentence
from extractors.components.statements import names_statistic, read_statement
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article


def _outcome(clause: str) -> str | None:
    statement = read_statement(clause, 0, len(clause))
    return clause[slice(*statement.outcome)] if statement.outcome else None


def _actor(clause: str) -> str | None:
    statement = read_statement(clause, 0, len(clause))
    return clause[slice(*statement.actor)] if statement.actor else None


def _one_group_claims(extractor: Extractor, *results: str) -> list[Claim]:
    return extractor.extract(
        article(
            "Breathing exercises for adults with asthma",
            (
                "Methods",
                "Twenty adults with asthma practised breathing exercises daily for eight weeks; "
                "symptoms were scored before and after the programme.",
            ),
            ("Results", " ".join(results)),
        )
    ).claims


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        # a measure that "showed a significant increase" is what changed
        (
            "The pain-relieving positions showed significant increase with P<0.01.",
            "pain-relieving positions",
        ),
        ("Grip strength showed a significant rise (P=0.02).", "Grip strength"),
        # the statistic is never the outcome; what it "denotes" or "indicates" is
        (
            "The t value of the paired test which is equal to 4.1 with P<0.001 indicates that "
            "there is a significant reduction in joint stiffness after the training.",
            "joint stiffness",
        ),
        (
            "Mann-Whitney U statistic of 210 with P<0.01 denotes that there was a significant "
            "increase in grip strength after yogic therapy [Table 3].",
            "grip strength",
        ),
        # the time phrase after the outcome is no part of it
        (
            "There was a significant reduction in morning stiffness after the intervention.",
            "morning stiffness",
        ),
        (
            "There was a significant reduction in night cough after six weeks of therapy.",
            "night cough",
        ),
        # a generic outcome gives way to the measures it is specified as
        (
            "The pre and post data were compared and showed a significant reduction of symptoms "
            "with P<0.01 "
            "in cough, wheeze and night waking.",
            "cough, wheeze and night waking",
        ),
        # "had" is the verb; "reduced" later in the list is a modifier
        (
            "The laser group had a significantly shorter healing time (p = 0.01), reduced "
            "analgesic use (p = 0.03), and fewer dressing changes (p = 0.02) than controls.",
            "healing time",
        ),
    ],
)
def test_claim_outcomes_s5_statement_outcome(clause: str, outcome: str) -> None:
    assert _outcome(clause) == outcome


def test_claim_outcomes_s5_patients_who_showed_an_increase_are_no_outcome() -> None:
    clause = "Patients in group A showed a significant improvement (p<0.01)."
    assert _outcome(clause) != "Patients in group A"


@pytest.mark.parametrize(
    "phrase",
    [
        "z value of Wilcoxon signed-rank test",
        "the chi-square",
        "paired t-test",
        "pre and post interventional data",
        "repeated measures analysis",
        "Kruskal-Wallis test",
    ],
)
def test_claim_outcomes_s5_statistics_are_named(phrase: str) -> None:
    assert names_statistic(phrase)


@pytest.mark.parametrize("phrase", ["BMI z-score", "pain scores", "data quality index at 6 months"])
def test_claim_outcomes_s5_measures_are_no_statistics(phrase: str) -> None:
    assert not names_statistic(phrase)


def test_claim_outcomes_s5_a_test_is_no_actor() -> None:
    clause = "The paired t-test showed an increased walking speed in the trained group."
    assert _outcome(clause) == "walking speed"
    assert _actor(clause) is None


@pytest.mark.parametrize(
    ("phrase", "items"),
    [
        ("cough, wheeze and night waking", ["cough", "wheeze", "night waking"]),
        ("anxiety, sleep quality, or mood", ["anxiety", "sleep quality", "mood"]),
        ("nausea and vomiting", []),
        ("quality of life", []),
        ("HRQOL, including itch and sleep", []),
        ("pain, mood and sleep (P<0.05)", []),
    ],
)
def test_claim_outcomes_s5_coordinated_outcomes(phrase: str, items: list[str]) -> None:
    found = coordinated_outcomes(phrase, (0, len(phrase)))
    assert [phrase[s:e] for s, e in found] == items


def test_claim_outcomes_s5_participles_in_the_outcome_are_no_direction() -> None:
    clause = "The relieving postures showed a significant increase."
    masked = without_outcome_cues(clause, "relieving postures")
    assert "relieving" not in masked and "increase" in masked
    # without a direction word of its own elsewhere, the clause keeps its words
    clause = "Treatment induced an increasing muscle mass."
    assert without_outcome_cues(clause, "increasing muscle mass") == clause


def test_claim_outcomes_s5_and_a_second_test_starts_a_new_clause() -> None:
    text = (
        "In the exercise group, the ANOVA showed a significant reduction in body weight, and "
        "the paired t-test showed a significant increase in leg strength."
    )
    bounds = clauses(text, Sentence(spacy.blank("en")(text)[:], 0, len(text), text, "RESULTS"))
    assert len(bounds) == 2
    assert "leg strength" in text[slice(*bounds[1])]


def test_claim_outcomes_s5_measure_that_showed_an_increase(extractor: Extractor) -> None:
    claims = _one_group_claims(
        extractor, "The pain-relieving positions showed significant increase with P<0.01."
    )
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("pain-relieving positions", "increased")
    ]
    assert claims[0].intervention.text != "pain-relieving positions"


def test_claim_outcomes_s5_statistic_sentence(extractor: Extractor) -> None:
    claims = _one_group_claims(
        extractor,
        "The z value of the Wilcoxon signed-rank test which is equal to -3.2 with P<0.001 "
        "denotes that there is a statistically significant reduction in wheeze after the "
        "intervention [Table 2].",
    )
    assert [(c.outcome.text, c.direction, c.significant) for c in claims] == [
        ("wheeze", "decreased", True)
    ]


def test_claim_outcomes_s5_listed_outcomes_one_claim_each(extractor: Extractor) -> None:
    claims = _one_group_claims(
        extractor,
        "The before and after data were compared and showed a significant reduction of "
        "symptoms with P<0.01 in cough, wheeze and night waking.",
    )
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("cough", "decreased"),
        ("wheeze", "decreased"),
        ("night waking", "decreased"),
    ]
    assert len({c.id for c in claims}) == 3


def test_claim_outcomes_s5_people_are_no_intervention(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Resting heart rate in volunteers",
            ("Results", "All twelve volunteers showed a lower resting heart rate (P=0.01)."),
        )
    )
    assert [(c.intervention.text, c.outcome.text) for c in record.claims] == [
        ("", "resting heart rate")
    ]


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        # a bracketed statistic between "significant" and the change noun
        (
            "The dance group showed statistically significant (P < 0.01) reduction in loneliness.",
            "loneliness",
        ),
        ("Significant (P = 0.02) enhancement in balance in comparison to controls.", "balance"),
    ],
)
def test_claim_outcomes_s5_bracket_before_the_change_noun(clause: str, outcome: str) -> None:
    assert _outcome(clause) == outcome


def test_claim_outcomes_s5_change_with_bracket_reads_its_own_direction(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Dance for older adults",
            (
                "Results",
                "The dance group showed significant (P < 0.01) reduction in loneliness and "
                "significant (P < 0.01) enhancement in balance compared with the control group.",
            ),
        )
    )
    found = {c.outcome.text: c.direction for c in record.claims}
    assert found.get("loneliness") == "decreased"
    assert found.get("balance") == "increased"
