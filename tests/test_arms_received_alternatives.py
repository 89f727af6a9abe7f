"""Arms of a sentence that says what the participants received, one or the other, in a random
design without an allocation verb ("Ten men received A or placebo in a randomised crossover
design")."""

from __future__ import annotations

import pytest

from extractors.components.arm_phrases import administered_alternatives, received_alternatives
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Ten healthy men received green tea extract or placebo in a randomised crossover "
            "design.",
            ["green tea extract", "placebo"],
        ),
        (
            "Twelve cyclists ingested either caffeine or a placebo, in random order, before "
            "each trial.",
            ["caffeine", "placebo"],
        ),
    ],
)
def test_received_alternatives_are_the_arms(sentence: str, labels: list[str]) -> None:
    assert [p.label for p in received_alternatives(sentence)] == labels


@pytest.mark.parametrize(
    "sentence",
    [
        "All patients received drug A and drug B after surgery.",
        "In all, 90 (95%) received drug A or drug B as allocated.",
        "Patients who had received drug A or drug B before were excluded.",
        "Most analyses dichotomize adherence (supposing that subjects received either full or "
        "no treatment), which biases the results.",
    ],
)
def test_received_alternatives_reject(sentence: str) -> None:
    assert received_alternatives(sentence) == []


def test_crossover_arms_carry_the_values_of_a_versus_pair(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Green tea extract and fat oxidation: a crossover trial",
            (
                None,
                "Ten healthy men received green tea extract or placebo in a randomised "
                "crossover design. Fat oxidation was greater with green tea extract compared "
                "to placebo (12.4 ± 1.1 g vs. 9.8 ± 1.3 g; P = 0.002).",
            ),
        )
    )
    assert [a.label for a in record.arms] == ["green tea extract", "placebo"]
    labels = {a.id: a.label for a in record.arms}
    claim = record.claims[0]
    assert claim.intervention is not None and claim.intervention.text == "green tea extract"
    assert {labels[r.arm]: (r.mean, r.sd) for r in claim.results} == {
        "green tea extract": (12.4, 1.1),
        "placebo": (9.8, 1.3),
    }


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "In this randomized crossover study, drug K (10 mg) or placebo was given at bedtime "
            "for 4 weeks.",
            ["drug K (10 mg)", "placebo"],
        ),
        (
            "Placebo, 50 mg or 100 mg caffeine was administered 30 min before each test in a "
            "random order.",
            ["Placebo", "50 mg caffeine", "100 mg caffeine"],
        ),
    ],
)
def test_administered_alternatives_are_the_arms(sentence: str, labels: list[str]) -> None:
    assert [p.label for p in administered_alternatives(sentence)] == labels


@pytest.mark.parametrize(
    "sentence",
    [
        "Drug K or placebo was administered at bedtime.",  # no random design
        "In this randomized trial, rescue drug K or drug M was given when needed.",
        "In this randomized trial, drug K or drug M was given if pain exceeded 4 points.",
    ],
)
def test_administered_alternatives_reject(sentence: str) -> None:
    assert administered_alternatives(sentence) == []


def test_administered_alternatives_give_the_record_its_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Caffeine and reaction time",
            (
                "METHODS",
                "Twelve cyclists took part. Placebo, 50 mg or 100 mg caffeine was administered "
                "30 min before each test in a random order.",
            ),
        )
    )
    assert [(a.label, a.comparator) for a in record.arms] == [
        ("Placebo", True),
        ("50 mg caffeine", False),
        ("100 mg caffeine", False),
    ]
