"""Claims about cells ("in vitro", cell lines, cultured cells) are kept apart from the trial's
people, as animal claims are: their own population with species "in vitro" and no human arm.
"In vitro fertilisation" is a treatment of people. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.population import animal_species
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 80 adults with stable angina to drug K (n = 40) or placebo (n = 40) "
    "for 8 weeks.",
)


@pytest.mark.parametrize(
    "cells",
    [
        "In vitro, drug K inhibited platelet aggregation by 45% compared with vehicle (p < 0.01).",
        "Drug K reduced the viability of two cell lines compared with vehicle (p = 0.02).",
        "In cultured cardiomyocytes, drug K lowered calcium uptake compared with vehicle "
        "(p = 0.03).",
    ],
)
def test_cell_claims_have_their_own_population(extractor: Extractor, cells: str) -> None:
    results = "Angina attacks were fewer with drug K than with placebo (p = 0.01). " + cells
    claims = extractor.extract(article("A trial", _METHODS, ("Results", results))).claims
    human = [c for c in claims if c.population.species == "human"]
    cell = [c for c in claims if c.population.species == "in vitro"]
    assert [c.outcome.text for c in human] == ["Angina attacks"]
    assert human[0].intervention.arm == "arm1"
    assert len(cell) == 1 and cell[0].intervention.arm is None
    assert cell[0].population.n is None


@pytest.mark.parametrize(
    ("text", "species"),
    [
        ("In vitro, drug K lowered uptake.", "in vitro"),
        ("Two cell lines were exposed to drug K.", "in vitro"),
        ("In mice and in vitro, drug K lowered uptake.", "mouse"),
        ("Women undergoing in vitro fertilisation received drug K.", None),
        ("Oocytes after in vitro maturation were counted.", None),
    ],
)
def test_in_vitro_species(text: str, species: str | None) -> None:
    assert animal_species(text) == species


def test_an_ivf_trial_stays_human(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "An IVF trial",
            (
                "Methods",
                "We randomly assigned 200 women undergoing in vitro fertilization to drug K "
                "(n = 100) or placebo (n = 100).",
            ),
            (
                "Results",
                "Clinical pregnancy was more frequent with drug K than with placebo (41% vs "
                "28%, p = 0.04).",
            ),
        )
    )
    assert record.claims and all(c.population.species == "human" for c in record.claims)


def test_an_in_vitro_aside_leaves_the_trial_human(extractor: Extractor) -> None:
    # "players" is no word the population reads as people; the in vitro background sentence
    # must not make the trial a cell study
    record = extractor.extract(
        article(
            "A trial in rowers",
            ("Objective", "Drug K lowers cytokine release in vitro."),
            (
                "Methods",
                "Thirty rowers were randomly divided into a drug K group (n = 15) or a "
                "placebo group (n = 15).",
            ),
            (
                "Results",
                "Interleukin-6 was lower in the drug K group than in the placebo group (p = 0.02).",
            ),
        )
    )
    claims = [c for c in record.claims if c.outcome.text == "Interleukin-6"]
    assert claims and claims[0].population.species != "in vitro"
    assert claims[0].intervention.arm is not None


def test_mouse_and_cell_claims_keep_their_own_species(extractor: Extractor) -> None:
    results = (
        "Angina attacks were fewer with drug K than with placebo (p = 0.01). In mice, drug K "
        "lowered infarct size compared with vehicle (p = 0.02). In vitro, drug K inhibited "
        "platelet aggregation compared with vehicle (p < 0.01)."
    )
    claims = extractor.extract(article("A trial", _METHODS, ("Results", results))).claims
    species = {c.outcome.text: c.population.species for c in claims}
    assert species == {
        "Angina attacks": "human",
        "infarct size": "mouse",
        "platelet aggregation": "in vitro",
    }
