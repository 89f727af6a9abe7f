"""Stale journals, journal titles and extractor runs leave the terms graph with their
last record (kg.stores.orphans), in the embedded store and through a SPARQL endpoint."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.iris import RecordIris
from kg.model import Record
from kg.rdf_mapping import record_to_graphs
from kg.stores import RecordGraphs, Store, open_store
from tests.test_rdf_mapping import BASE, make_record
from tests.test_rdf_mesh_hierarchy import _store

JOURNALS = """SELECT ?j ?title WHERE { GRAPH ?g {
  ?j a <http://purl.org/spar/fabio/Journal> ; <http://purl.org/dc/terms/title> ?title } }"""
RUNS = """SELECT ?run WHERE { GRAPH ?g { ?run a <http://www.w3.org/ns/prov#Activity> } }"""
AGENTS = (
    """SELECT ?a WHERE { GRAPH ?g { ?a a <https://w3id.org/evidence-graph/vocab#Extractor> } }"""
)


def _record(n: int, journal: str) -> Record:
    return make_record().model_copy(
        update={"id": f"pubmed:{n}", "pmid": str(n), "journal": journal}
    )


def _graphs(record: Record, version: str = "v1") -> RecordGraphs:
    return record_to_graphs(record, base=BASE, extractor_version=version)


def _column(store: Store, query: str, name: str) -> set[str]:
    return {str(row[name].value) for row in store.query(query).rows}


@pytest.mark.parametrize("kind", ["memory", "remote"])
def test_a_journal_title_goes_with_the_last_record_that_writes_it(kind: str) -> None:
    one, two = _record(1, "Journal of Examples"), _record(2, "JOURNAL OF EXAMPLES")
    assert RecordIris(BASE, one.id, one.pmid).journal(one.journal or "") == RecordIris(
        BASE, two.id, two.pmid
    ).journal(two.journal or "")
    with _store(kind) as store:
        store.replace_records([_graphs(one), _graphs(two)])
        assert _column(store, JOURNALS, "title") == {"Journal of Examples", "JOURNAL OF EXAMPLES"}
        store.remove_record(_graphs(two).key)
        assert _column(store, JOURNALS, "title") == {"Journal of Examples"}
        # the record again under another journal: the old journal has no article left
        store.replace_records([_graphs(one.model_copy(update={"journal": "Other Journal"}))])
        assert _column(store, JOURNALS, "title") == {"Other Journal"}
        assert len(_column(store, JOURNALS, "j")) == 1
        store.remove_record(_graphs(one).key)
        assert _column(store, JOURNALS, "j") == set()


@pytest.mark.parametrize("kind", ["memory", "remote"])
def test_an_extractor_run_goes_when_no_stored_claim_comes_from_it(kind: str) -> None:
    one, two = _record(1, "J"), _record(2, "J")
    with _store(kind) as store:
        store.replace_records([_graphs(one, "v1"), _graphs(two, "v1")])
        (old_run,) = _column(store, RUNS, "run")
        store.replace_records([_graphs(one, "v2")])
        assert len(_column(store, RUNS, "run")) == 2  # record 2 still comes from v1
        store.replace_records([_graphs(two, "v2")])
        runs = _column(store, RUNS, "run")
        assert len(runs) == 1 and old_run not in runs
        assert len(_column(store, AGENTS, "a")) == 1
        for record in (one, two):
            store.remove_record(_graphs(record).key)
        assert _column(store, RUNS, "run") == set()
        assert _column(store, AGENTS, "a") == set()
        # only MeSH vocabulary may stay (this record names Humans and Fatigue)
        subjects = _column(store, "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", "s")
        assert all(s.startswith("http://id.nlm.nih.gov/mesh/") for s in subjects), subjects


def test_a_store_written_before_journal_titles_keeps_the_journal_title() -> None:
    """An article stored without ``evg:journalTitle`` (before that property) keeps its
    journal's titles: nothing says which spelling is its own."""
    graphs = _graphs(_record(1, "Journal of Examples"))
    title = ox.NamedNode("https://w3id.org/evidence-graph/vocab#journalTitle")
    old = RecordGraphs(graphs.key, [q for q in graphs.quads if q.predicate != title], graphs.shared)
    with open_store(":memory:") as store:
        store.replace_records([old, _graphs(_record(2, "JOURNAL OF EXAMPLES"))])
        store.remove_record(_graphs(_record(2, "x")).key)
        assert _column(store, JOURNALS, "title") == {"Journal of Examples", "JOURNAL OF EXAMPLES"}
