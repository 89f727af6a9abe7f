"""Every ```sparql block of README.md runs against a store built from examples/ (through
the real extraction pipeline) plus one invented record with MeSH conditions; each must
parse and return rows."""

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


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = open_store(":memory:")
    settings = Settings(store=":memory:", cache_dir=tmp_path_factory.mktemp("cache"))
    with TestClient(create_app(settings, store=s)) as c:
        for name in ("example-trials.xml", "example-page.txt"):
            assert c.post("/records", content=(REPO / "examples" / name).read_bytes()).is_success
    # The examples carry no MeSH-coded conditions and no conflicting findings: add two trials.
    s.replace_records(
        [record_to_graphs(r, base=settings.base_iri, extractor_version="t") for r in TRIALS[:3]]
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
