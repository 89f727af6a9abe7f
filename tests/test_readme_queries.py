"""Every ```sparql block of README.md runs against a store built from examples/ (through
the real extraction pipeline) plus invented records with MeSH conditions, all with the
small MeSH vocabulary of tests/fixtures/mesh; each must parse and return rows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from kg.rdf_mapping import record_to_graphs
from kg.stores import open_store
from kg.stores.base import Store
from tests.test_api_review import TRIALS

REPO = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```sparql\n(.*?)```", re.DOTALL)
QUERIES = BLOCK.findall((REPO / "README.md").read_text(encoding="utf-8"))
MESH_FIXTURE = REPO / "tests" / "fixtures" / "mesh" / "descriptors.tsv"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = open_store(":memory:")
    settings = Settings(
        store=":memory:", cache_dir=tmp_path_factory.mktemp("cache"), mesh=[MESH_FIXTURE]
    )
    with TestClient(create_app(settings, store=s)) as c:
        for name in ("example-trials.xml", "example-page.txt"):
            assert c.post("/records", content=(REPO / "examples" / name).read_bytes()).is_success
        mesh = c.app.state.services.extractor.mesh  # type: ignore[attr-defined]
    # The examples carry no MeSH-coded conditions and no conflicting findings: add two trials.
    s.replace_records(
        [
            record_to_graphs(r, base=settings.base_iri, extractor_version="t", mesh=mesh)
            for r in TRIALS[:3]
        ]
    )
    yield s
    s.close()


def test_readme_has_six_or_more_queries() -> None:
    assert len(QUERIES) >= 6


@pytest.mark.parametrize("query", QUERIES, ids=[f"query{i}" for i in range(len(QUERIES))])
def test_readme_query_runs_and_answers(store: Store, query: str) -> None:
    rows = store.query(query, timeout_s=10).rows
    assert rows, f"no rows for README query:\n{query}"


@pytest.mark.parametrize("query", QUERIES, ids=[f"query{i}" for i in range(len(QUERIES))])
def test_readme_query_rows_are_not_repeated(store: Store, query: str) -> None:
    """The union of the graphs reads as a set only if no triple is in two graphs: a MeSH
    label or an arm's text repeated in every assertion graph gave each row once per copy."""
    rows = [tuple(sorted((k, str(v)) for k, v in row.items())) for row in store.query(query).rows]
    assert len(rows) == len(set(rows)), query


def test_no_triple_is_stored_in_two_graphs(store: Store) -> None:
    counts = store.query("SELECT (COUNT(*) AS ?all) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0]["all"]
    distinct = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    ).rows[0]["n"]
    assert int(str(counts.value)) == int(str(distinct.value)) > 500


def test_readme_condition_query_finds_claims_about_narrower_conditions(store: Store) -> None:
    """The README's condition query names arthritis alone: the claims about rheumatoid and
    experimental arthritis are found through the hierarchy that storing with a MeSH index
    writes (``meshv:broaderDescriptor*``), as they would be on any SPARQL server."""
    (query,) = [q for q in QUERIES if "meshv:broaderDescriptor*" in q]
    assert "D001172" not in query and "D001169" not in query
    rows = store.query(query).rows
    assert sorted({str(r["condition"].value) for r in rows}) == [
        "Arthritis, Experimental",
        "Arthritis, Rheumatoid",
    ]


def test_records_posted_to_the_api_bring_the_hierarchy_of_their_descriptors(store: Store) -> None:
    """example-trials.xml is indexed with Humans (D006801), which the fixture vocabulary places
    in tree B01: POST /records stored it with its tree number."""
    assert store.query(
        "ASK { <http://id.nlm.nih.gov/mesh/D006801> "
        "<http://id.nlm.nih.gov/mesh/vocab#treeNumber> "
        "<http://id.nlm.nih.gov/mesh/B01.050.150.900.649.313.988.400.112.400.400> }"
    ).boolean


def test_readme_provenance_query_selects_each_quote_from_its_source(store: Store) -> None:
    """The offsets of each claim's Web Annotation index the text that its target names as
    ``oa:hasSource``: SUBSTR over that text's ``rdf:value`` gives back the ``oa:exact``
    quote, for the claims the pipeline extracted from examples/ and the invented trials."""
    (query,) = [q for q in QUERIES if "?selected" in q]
    rows = store.query(query).rows
    assert len(rows) >= 3
    for row in rows:
        assert str(row["selected"].value) == str(row["sentence"].value), row["claim"]
