"""End to end on real PubMed data from ../shared/data: file -> graph -> SPARQL answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.services import build_extractor
from api.settings import Settings
from extractors.ingest import ingest
from kg.stores import open_store
from kg.vocab import sparql_prologue
from tests.conftest import shared_path


def _count(store, body: str) -> int:  # type: ignore[no-untyped-def]
    rows = list(store.query(sparql_prologue() + body))
    return int(rows[0]["n"].value)


def test_e2e_rct_subset_ingests_all_186_idempotently(tmp_path: Path) -> None:
    source = shared_path("pubmed", "rct_subsets", "pubmed20n0014_rct.xml")
    settings = Settings(store=str(tmp_path / "store"), cache_dir=tmp_path / "cache")
    extractor = build_extractor(settings)
    with open_store(settings.store) as store:
        report = ingest([source], extractor, store, base_iri=settings.base_iri)
        assert report.records == 186 and not report.problems
        pmids = "SELECT (COUNT(?p) AS ?n) WHERE { ?a bibo:pmid ?p }"
        assert _count(store, pmids) == 186
        quads = store.count_quads()
        ingest([source], extractor, store, base_iri=settings.base_iri)
        assert _count(store, pmids) == 186
        assert store.count_quads() == quads


def test_e2e_seed_claims_answer_sparql(tmp_path: Path) -> None:
    seed = shared_path("seed", "pubmed-32561603.txt")
    mesh = shared_path("mesh", "jaytimm_mesh2024", "mesh_descriptors_compact.tsv")
    settings = Settings(store=":memory:", mesh=[mesh], cache_dir=tmp_path / "cache")
    with open_store(settings.store) as store:
        ingest([seed], build_extractor(settings), store, base_iri=settings.base_iri)
        rows = list(
            store.query(
                sparql_prologue()
                + """
            SELECT ?outcome ?p ?direction WHERE {
              ?claim a evg:Claim ; pico:outcomeGroup/rdfs:label ?outcome ;
                     evg:direction ?direction ;
                     evg:pValue/obo:STATO_0000129 ?p ;
                     pico:population/pico:condition <http://id.nlm.nih.gov/mesh/D001172> .
              FILTER(CONTAINS(?outcome, "ACR20")) }"""
            )
        )
        assert rows, "the ACR20 claim is linked to rheumatoid arthritis and has a p-value"
        assert rows[0]["direction"].value == "increased"
        assert float(rows[0]["p"].value) == pytest.approx(0.05)
