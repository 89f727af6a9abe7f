"""Arms of a sentence that says what the participants received, one or the other, in a random
design without an allocation verb ("Ten men received A or placebo in a randomised crossover
design")."""

from __future__ import annotations

import pytest

from extractors.components.arm_phrases import received_alternatives
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
