"""The worked example of DESIGN.md (PMID 32561603) comes out of the pipeline as users expect."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.pipeline import Extractor
from extractors.readers import iter_articles
from kg.mesh import MeshIndex
from kg.model import Article, Claim, Record
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> Record:
    seed = shared_path("seed", "pubmed-32561603.txt")
    mesh_file = shared_path("mesh", "jaytimm_mesh2024", "mesh_descriptors_compact.tsv")
    (article,) = list(iter_articles(seed))
    assert isinstance(article, Article)
    mesh = MeshIndex.load(mesh_file, cache_dir=Path(tmp_path_factory.mktemp("mesh-cache")))
    return Extractor(mesh).extract(article)


def _arm(record: Record, word: str) -> str:
    (arm,) = [a for a in record.arms if word in a.label.lower()]
    return arm.id


def _acr_claim(record: Record) -> Claim:
    (claim,) = [c for c in record.claims if "ACR20" in c.outcome.text]
    return claim


def test_worked_example_arms(record: Record) -> None:
    assert len(record.arms) == 2
    mono = next(a for a in record.arms if "monotherapy" in a.label)
    combo = next(a for a in record.arms if "plus" in a.label)
    assert mono.n == 32
    assert combo.n == 31
    assert mono.interventions == ["MSCT"]
    assert combo.interventions[0] == "MSCT"
    assert "IFN-γ" in combo.interventions[1]


def test_worked_example_acr20_claim(record: Record) -> None:
    claim = _acr_claim(record)
    mono, combo = _arm(record, "monotherapy"), _arm(record, "plus")
    assert claim.outcome.timepoint == "3 months"
    assert {(r.arm, r.percent) for r in claim.results} == {(mono, 53.3), (combo, 93.3)}
    assert claim.intervention.arm == combo
    assert claim.comparator is not None and claim.comparator.arm == mono
    assert claim.p_value is not None
    assert (claim.p_value.relation, claim.p_value.value) == ("<", 0.05)
    assert claim.direction == "increased"
    assert claim.significant is True
    assert not claim.negated and not claim.hedged
    assert record.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text


def test_worked_example_population(record: Record) -> None:
    population = _acr_claim(record).population
    assert population.n == 63
    assert population.species == "human"
    assert [c.ui for c in population.condition] == ["D001172"]
    assert population.text == (
        "63 patients with RA who responded poorly to regular clinical treatments"
    )


def test_worked_example_murine_claims(record: Record) -> None:
    murine = [c for c in record.claims if c.population.species == "mouse"]
    assert 1 <= len(murine) <= 2
    outcomes = " ".join(c.outcome.text for c in murine)
    assert "severity of CIA" in outcomes
    assert "synovitis" in outcomes
    assert all(c.intervention.arm is None for c in murine)
    assert all("murine" in c.population.text for c in murine)
    assert all(c.population.n != 63 for c in murine)
    improved = next(c for c in murine if "severity" in c.outcome.text)
    # "improved ... severity": the severity fell (the direction is the outcome's, not the
    # benefit's)
    assert (improved.direction, improved.significant) == ("decreased", True)
    assert "wild-type MSCT" in improved.intervention.text


def test_worked_example_mesh_resolved(record: Record) -> None:
    uis = {h.ui for h in record.mesh}
    assert {"D001172", "D045164", "D007371"} <= uis


def test_worked_example_percentages_do_not_fit_arm_sizes(record: Record) -> None:
    warnings = " ".join(_acr_claim(record).warnings)
    assert "53.3% of n=32" in warnings and "16/30" in warnings
    assert "93.3% of n=31" in warnings and "28/30" in warnings


def test_worked_example_spans_index_the_text(record: Record) -> None:
    labels = {s.label for s in record.spans}
    assert labels == {"population", "intervention", "comparator", "outcome"}
    for span in record.spans:
        assert record.text[span.start : span.end] == span.text
    # the trained PICO tagger lists every mention: each comparator span names the monotherapy
    # arm, and the one over the arm's label carries its MeSH UI
    comparators = [s for s in record.spans if s.label == "comparator"]
    assert comparators and all("MSCT" in s.text and "plus" not in s.text for s in comparators)
    assert any("MSCT monotherapy" in s.text and "D045164" in s.mesh for s in comparators)
