"""Claims: what an unstructured abstract set out to learn ("We hypothesized that ...", "to
investigate whether ...", "The aim of this study was to ...") is no claim; what it found is,
with a lead-in such as "Consistent with our hypothesis," left out of its outcome; "the
study's findings" report a result and bring none about. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.statements import read_statement
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_FOUND = (
    "We randomized 120 adults with chronic back pain to drug K or placebo for 8 weeks. Pain "
    "scores decreased significantly more with drug K than with placebo (P = .003)."
)


def _outcomes(extractor: Extractor, body: str) -> list[str]:
    record = extractor.extract(article("Drug K for chronic pain", (None, body)))
    return [c.outcome.text for c in record.claims]


@pytest.mark.parametrize(
    "aim",
    [
        "We hypothesized that drug K would reduce pain scores and improve sleep quality.",
        "In this randomized trial we used a crossover design to investigate whether a 6-week "
        "course of drug K improves sleep quality and mood.",
        "This trial was designed to investigate whether drug K improves sleep quality.",
        "The aim of this study was to determine if drug K lowers sleep latency compared with "
        "placebo.",
        "We tested the hypothesis that drug K decreases sleep latency compared with placebo.",
        "Our objective was to see whether sleep latency decreased more with drug K than with "
        "placebo.",
    ],
)
def test_aims_make_no_claim(extractor: Extractor, aim: str) -> None:
    assert _outcomes(extractor, f"{_FOUND} {aim}") == ["Pain scores"]


@pytest.mark.parametrize(
    "design",
    [
        "We designed a randomized controlled trial that combines drug K with text messages to "
        "effectively reduce insomnia in older adults.",
        "Between 2015 and 2017, we randomly assigned 120 adults whose sleep latency was less "
        "than or equal to 30 minutes to drug K or placebo.",
        "This prospective, randomized, double-blind study sought to evaluate the role of drug K "
        "in preventing insomnia.",
        "This randomized placebo-controlled double-blinded clinical trial was carried out to "
        "assess the efficacy of drug K in preventing chemotherapy induced insomnia.",
    ],
)
def test_how_the_trial_was_set_up_makes_no_claim(extractor: Extractor, design: str) -> None:
    assert _outcomes(extractor, f"{design} {_FOUND}") == ["Pain scores"]


@pytest.mark.parametrize(
    "lead_in",
    ["Consistent with our hypothesis, ", "As expected, ", "Contrary to our expectations, "],
)
def test_a_finding_after_a_lead_in_is_a_claim(extractor: Extractor, lead_in: str) -> None:
    body = f"{_FOUND} {lead_in}sleep quality improved more with drug K than with placebo."
    assert _outcomes(extractor, body) == ["Pain scores", "sleep quality"]


@pytest.mark.parametrize(
    "clause",
    [
        "The study's results showed an increase in grip strength",
        "The trial's findings revealed lower pain scores with drug K",
    ],
)
def test_the_study_s_findings_report_a_result_and_do_not_bring_it(clause: str) -> None:
    statement = read_statement(clause, 0, len(clause))
    assert (statement.pattern, statement.actor) == ("reported", None)
