"""Record -> RDF with a MeSH index: the hierarchy above the record's descriptors in the
terms graph, in NLM's MeSH RDF terms, and what the API reads back beside it."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from api.cli import _register, app
from extractors.ingest import ingest, store_record
from extractors.pipeline import Extractor
from kg.claim_filters import ClaimFilter, expand
from kg.claim_queries import count_claims, get_publication
from kg.export import write_rdf
from kg.iris import RecordIris
from kg.mesh import Descriptor, MeshIndex
from kg.model import ConceptRef, MeshHeading, Record
from kg.rdf_mapping import record_to_graphs
from kg.stores import OxigraphStore, RemoteStore, Store, open_store
from kg.vocab import mesh_iri, sparql_prologue
from tests.test_api_review import EXPERIMENTAL, RA, trial
from tests.test_mesh import CARDIOVASCULAR, HEART_DISEASES, INFARCTION, write_mesh_pair
from tests.test_rdf_mapping import BASE, make_record

# Tree numbers as in MeSH 2024; "Fatigue" sits under a tree number the index lacks.
INDEX = MeshIndex.from_descriptors(
    [
        Descriptor("D009140", "Musculoskeletal Diseases", ("C05",)),
        Descriptor("D007592", "Joint Diseases", ("C05.550",)),
        Descriptor("D001168", "Arthritis", ("C05.550.114",)),
        Descriptor("D001169", "Arthritis, Experimental", ("C05.550.114.099",)),
        Descriptor("D001172", "Arthritis, Rheumatoid", ("C05.550.114.154", "C05.799.114")),
        Descriptor("D012216", "Rheumatic Diseases", ("C05.799",)),
        Descriptor("D005221", "Fatigue", ("C23.888.369",)),
        Descriptor("D006801", "Humans", ()),
        Descriptor("D014481", "United States", ("Z01.107.567.875",)),
        Descriptor("D009656", "North America", ("Z01.107.567",)),
        Descriptor("D019345", "Tea", ("J02.200.800", "G07.203.200.800 ")),
    ]
)
TERMS = f"{BASE}graph/terms"
FIXTURE_MESH = Path(__file__).resolve().parent / "fixtures" / "mesh" / "descriptors.tsv"
MEDLINE = b"""PMID- 900000401
TI  - Drug A for rheumatoid arthritis.
AB  - Adults with rheumatoid arthritis were randomly assigned to drug A or placebo. Pain fell
      more with drug A than with placebo (p=0.01).
MH  - Arthritis, Rheumatoid/*drug therapy
MH  - Humans
"""
HIERARCHY_OF_RA = "ASK { mesh:D001172 meshv:broaderDescriptor+ mesh:D009140 }"
_register()


def ra_record(n: int = 1) -> Record:
    return trial(n, 2020, RA, "drug A", (1.5, 1.1, 2.0))


def store_of(*graphs: list[ox.Quad]) -> ox.Store:
    store = ox.Store()
    for quads in graphs:
        store.extend(quads)
    return store


def tree(number: str) -> str:
    return f"<{mesh_iri(number)}>"


def ask(store: ox.Store, body: str) -> bool:
    return bool(store.query(sparql_prologue() + body, use_default_graph_as_union=True))


def values(store: ox.Store, body: str) -> list[str]:
    """The first variable's values of a SELECT over the union of the graphs."""
    result = store.query(sparql_prologue() + body, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return sorted(row[0].value for row in result)


def test_rdf_mesh_hierarchy_above_a_condition_is_in_the_terms_graph() -> None:
    graphs = record_to_graphs(ra_record(), base=BASE, extractor_version="t", mesh=INDEX)
    store = store_of(graphs.quads, graphs.shared)
    # the claim's condition reaches every descriptor above it, along each of its trees
    for above in ("D001168", "D007592", "D009140", "D012216"):
        assert ask(store, f"ASK {{ ?c pico:condition/meshv:broaderDescriptor+ mesh:{above} }}")
    assert ask(store, "ASK { mesh:D001172 meshv:broaderDescriptor mesh:D001168, mesh:D012216 }")
    assert not ask(store, "ASK { mesh:D001172 meshv:broaderDescriptor mesh:D007592 }")
    assert not ask(store, "ASK { ?d meshv:broaderDescriptor mesh:D001172 }")  # nothing below
    # tree numbers as NLM writes them (full IRIs: Oxigraph 0.5 cannot parse mesh:C05.550.114)
    t114, t550, t05 = tree("C05.550.114"), tree("C05.550"), tree("C05")
    assert ask(
        store,
        f"""ASK {{ mesh:D001172 a meshv:TopicalDescriptor ; meshv:treeNumber ?t .
        ?t a meshv:TreeNumber ; rdfs:label "C05.550.114.154" ; meshv:parentTreeNumber {t114} .
        {t114} meshv:parentTreeNumber {t550} . {t550} meshv:parentTreeNumber {t05} .
        mesh:D009140 meshv:treeNumber {t05} .
        FILTER NOT EXISTS {{ {t05} meshv:parentTreeNumber ?above }} }}""",
    )
    # ancestors have their preferred names
    assert ask(store, 'ASK { mesh:D007592 rdfs:label "Joint Diseases" }')
    # all of it in the terms graph; the record's own graphs are as without an index
    plain = record_to_graphs(ra_record(), base=BASE, extractor_version="t")
    assert graphs.quads == plain.quads
    assert set(plain.shared) < set(graphs.shared)
    assert {q.graph_name.value for q in graphs.shared} == {TERMS}
    assert len(graphs.shared) == len(set(graphs.shared))


def test_rdf_mesh_hierarchy_is_left_out_without_an_index() -> None:
    plain = record_to_graphs(ra_record(), base=BASE, extractor_version="t")
    for mesh in (None, MeshIndex()):
        graphs = record_to_graphs(ra_record(), base=BASE, extractor_version="t", mesh=mesh)
        assert graphs.shared == plain.shared and graphs.quads == plain.quads


def test_rdf_mesh_hierarchy_labels_types_and_odd_entries() -> None:
    record = make_record()  # headings Humans and an unresolved one; condition Fatigue
    record.mesh.append(MeshHeading(ui="D014481", label="United States"))
    record.mesh.append(MeshHeading(ui="D999999", label="Not In The Index"))
    record.claims[0].population.condition.append(ConceptRef(ui="C000123", label="A substance"))
    record.claims[0].intervention.mesh = ["D019345"]
    record.claims[0].outcome.mesh = ["D001172"]
    record.claims[0].population.condition[0].label = "Tiredness"  # the record's own label
    graphs = record_to_graphs(record, base=BASE, extractor_version="t", mesh=INDEX)
    store = store_of(graphs.quads, graphs.shared)
    # a label the record gives is the only one; descriptors it names without one get NLM's
    assert values(store, "SELECT ?l { mesh:D005221 rdfs:label ?l }") == ["Tiredness"]
    assert ask(store, 'ASK { mesh:D019345 rdfs:label "Tea" . mesh:D001172 rdfs:label ?ra }')
    assert ask(store, "ASK { mesh:D001172 meshv:broaderDescriptor+ mesh:D009140 }")
    # Geographicals are typed as NLM types them; a descriptor without trees is still typed
    assert ask(store, "ASK { mesh:D014481 a meshv:GeographicalDescriptor }")
    assert ask(store, "ASK { mesh:D009656 a meshv:GeographicalDescriptor }")
    assert ask(store, "ASK { mesh:D006801 a meshv:TopicalDescriptor }")
    assert not ask(store, "ASK { mesh:D006801 meshv:treeNumber ?t }")
    # a parent tree number that the index lacks ends the walk up
    fatigue = tree("C23.888.369")
    assert ask(store, f"ASK {{ mesh:D005221 meshv:treeNumber {fatigue} }}")
    assert not ask(store, f"ASK {{ {fatigue} meshv:parentTreeNumber ?p }}")
    assert not ask(store, "ASK { mesh:D005221 meshv:broaderDescriptor ?p }")
    # a tree number not of MeSH's form is left out, and nothing raised
    trees = values(store, "SELECT ?t { mesh:D019345 meshv:treeNumber ?t }")
    assert trees == [mesh_iri("J02.200.800")]
    # UIs the index does not know, and supplementary concepts, get nothing
    for ui in ("D999999", "C000123"):
        assert not ask(store, f"ASK {{ mesh:{ui} a ?type }}")


def test_rdf_mesh_hierarchy_stored_twice_changes_nothing() -> None:
    store = open_store(":memory:")
    records = [ra_record(1), trial(3, 2023, EXPERIMENTAL, "drug A", (2.0, 1.2, 3.3))]
    batch = [record_to_graphs(r, base=BASE, extractor_version="t", mesh=INDEX) for r in records]
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    distinct = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
    store.replace_records(batch)
    first = store.query(count).rows[0]["n"].value
    store.replace_records(batch)
    store.replace_records(batch[:1])
    assert store.query(count).rows[0]["n"].value == first
    assert store.query(distinct).rows[0]["n"].value == first
    # both records' conditions are under arthritis, whose own triples are stored once
    rows = store.query(
        sparql_prologue()
        + "SELECT ?c { ?p pico:condition ?c . ?c meshv:broaderDescriptor* mesh:D001168 }"
    ).rows
    assert sorted(r["c"].value[-7:] for r in rows) == ["D001169", "D001172"]


def test_rdf_mesh_hierarchy_is_not_read_as_the_records_own() -> None:
    record = ra_record()
    record.mesh = [MeshHeading(ui="D001172", label="Arthritis, Rheumatoid", major=True)]
    store = open_store(":memory:")
    store.replace_records([record_to_graphs(record, base=BASE, extractor_version="t", mesh=INDEX)])
    publication = get_publication(store, record.pmid or "")
    assert publication is not None
    assert [(m["ui"], m["label"]) for m in publication["mesh"]] == [RA]
    (claim,) = publication["claims"]
    assert claim["population"]["condition"] == [{"ui": RA[0], "label": RA[1]}]
    # the term alone matches the claim's own condition only, not its ancestors'
    assert count_claims(store, ClaimFilter(condition="D001172", descendants=False)) == 1
    assert count_claims(store, ClaimFilter(condition="D001168", descendants=False)) == 0
    assert count_claims(store, ClaimFilter(condition="Arthritis", descendants=False)) == 0
    # a filtered export holds the record's graphs, not the terms graph
    out = io.BytesIO()
    write_rdf(store, "nquads", out, ClaimFilter(condition="D001172"), timeout_s=10)
    assert b"vocab#Claim>" in out.getvalue() and b"broaderDescriptor" not in out.getvalue()


@pytest.mark.parametrize("index", [INDEX, None], ids=["index", "no index"])
def test_condition_filter_expands_through_the_hierarchy_in_the_graph(
    index: MeshIndex | None,
) -> None:
    """Without a MeSH index to expand a condition, ``GET /claims?condition=`` walks the
    hierarchy that records mapped with one brought into the graph, and finds what the
    index finds: arthritis (D001168) reaches rheumatoid and experimental arthritis."""
    trials = [ra_record(1), trial(2, 2021, EXPERIMENTAL, "drug B", (2, 1, 3))]
    trials.append(trial(3, 2022, ("D005221", "Fatigue"), "drug C", (1.2, 0.9, 1.6)))
    store = open_store(":memory:")
    batch = [record_to_graphs(r, base=BASE, extractor_version="t", mesh=INDEX) for r in trials]
    store.replace_records(batch)

    def count(condition: str, descendants: bool = True) -> int:
        return count_claims(store, expand(ClaimFilter(condition, descendants=descendants), index))

    assert count("D001168") == count("arthritis") == count("ARTHRITIS") == 2
    assert count("D009140") == count("Musculoskeletal Diseases") == 2
    assert count("D001172") == count("Arthritis, Rheumatoid") == 1
    assert count("D005221") == count("fatigue") == 1
    assert count("D001168", descendants=False) == count("Arthritis", descendants=False) == 0
    assert count("D001172", descendants=False) == 1
    # a condition nothing names: an empty result, as for any filter
    assert count("D000001") == count("Nonexistent Disease") == 0


def test_condition_filter_without_a_hierarchy_matches_the_term_alone() -> None:
    store = open_store(":memory:")
    store.replace_records([record_to_graphs(ra_record(), base=BASE, extractor_version="t")])
    assert count_claims(store, ClaimFilter(condition="D001172")) == 1
    assert count_claims(store, ClaimFilter(condition="arthritis, rheumatoid")) == 1
    assert count_claims(store, ClaimFilter(condition="D001168")) == 0


def test_ingest_and_store_record_write_the_hierarchy_of_the_extractors_index(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extractor, "mesh", INDEX)
    with open_store(":memory:") as store:
        ingest([io.BytesIO(MEDLINE)], extractor, store, base_iri=BASE, input_format="medline")
        assert store.query(sparql_prologue() + HIERARCHY_OF_RA).boolean
    with open_store(":memory:") as store:
        store_record(ra_record(), store, base_iri=BASE, extractor_version="t", mesh=INDEX)
        assert store.query(sparql_prologue() + HIERARCHY_OF_RA).boolean


def test_cli_extract_rdf_has_the_hierarchy_of_its_mesh_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from api.settings import get_settings

    monkeypatch.setenv("EVG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("EVG_MESH", raising=False)
    get_settings.cache_clear()
    source = tmp_path / "trial.nbib"
    source.write_bytes(MEDLINE)
    args = ["extract", "--format", "trig", str(source)]
    result = CliRunner().invoke(app, [*args[:3], "--mesh", str(FIXTURE_MESH), *args[3:]])
    assert result.exit_code == 0, result.output
    store = store_of(list(ox.parse(result.stdout_bytes, format=ox.RdfFormat.TRIG)))
    assert ask(store, "ASK { mesh:D001172 meshv:broaderDescriptor/meshv:broaderDescriptor ?d }")
    plain = CliRunner().invoke(app, args)
    assert b"broaderDescriptor" not in plain.stdout_bytes


class _Recorder:
    """A pyoxigraph store that records the quads written to it."""

    def __init__(self, store: ox.Store) -> None:
        self.store, self.written = store, list[ox.Quad]()

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        quads = list(quads)
        self.written += quads
        self.store.extend(quads)

    def __contains__(self, quad: ox.Quad) -> bool:
        return quad in self.store

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def test_oxigraph_store_writes_what_records_share_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Records of a batch share most of their hierarchy (and their journal, the run): the
    embedded store writes each shared quad once, and none that it holds already."""
    store = open_store(":memory:")
    assert isinstance(store, OxigraphStore)
    recorder = _Recorder(store.pyoxigraph_store)
    monkeypatch.setattr(store, "_store", recorder)
    trials = [ra_record(1), ra_record(2), trial(3, 2023, EXPERIMENTAL, "drug A", (2, 1, 3))]
    batch = [record_to_graphs(r, base=BASE, extractor_version="t", mesh=INDEX) for r in trials]
    store.replace_records(batch[:2])
    assert len(recorder.written) == len(set(recorder.written))
    assert set(recorder.written) == {q for g in batch[:2] for q in g.stored_quads()}
    recorder.written.clear()
    store.replace_records(batch[2:])
    assert set(recorder.written) == set(batch[2].stored_quads()) - set(batch[0].shared)
    assert len(recorder.written) < len(list(batch[2].stored_quads()))
    assert len(recorder.store) == len({q for g in batch for q in g.stored_quads()})


class _Endpoint:
    """A SPARQL 1.1 endpoint over an in-memory pyoxigraph store, as an httpx transport: it
    answers queries as SPARQL JSON, applies updates, and keeps the update bodies."""

    def __init__(self) -> None:
        self.store, self.updates = ox.Store(), list[bytes]()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        text = request.content.decode("utf-8")
        if request.headers["content-type"] == "application/sparql-update":
            self.updates.append(request.content)
            self.store.update(text)
            return httpx.Response(204)
        result = self.store.query(text, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        body = result.serialize(format=ox.QueryResultsFormat.JSON)
        return httpx.Response(
            200, content=body, headers={"content-type": "application/sparql-results+json"}
        )


def test_remote_store_sends_what_records_share_once() -> None:
    """The remote store sends each quad that a batch's records share once, in the request
    of the first record that states it, however many requests the batch takes; the
    endpoint ends up holding every quad of every record all the same."""
    endpoint = _Endpoint()
    store = RemoteStore("http://sparql.invalid/query", "http://sparql.invalid/update")
    store._client = httpx.Client(transport=httpx.MockTransport(endpoint))
    store.max_update_bytes = 4000  # a request per record or so
    trials = [ra_record(1), ra_record(2), trial(3, 2023, EXPERIMENTAL, "drug A", (2, 1, 3))]
    batch = [record_to_graphs(r, base=BASE, extractor_version="t", mesh=INDEX) for r in trials]
    store.replace_records(batch)
    assert len(endpoint.updates) >= 3
    sent = b"\n".join(endpoint.updates).decode("utf-8")
    shared = {q for g in batch for q in g.shared}
    assert len(shared) > 20
    for quad in shared:
        line = f"{quad.subject} {quad.predicate} {quad.object} ."
        assert sent.count(line) == 1, line
    # (decimals come back from an update in Oxigraph's canonical form: compare counts)
    assert len(endpoint.store) == len({q for g in batch for q in g.stored_quads()})
    assert set(endpoint.store.quads_for_pattern(None, None, None, ox.NamedNode(TERMS))) == shared


def _store(kind: str) -> Store:
    if kind == "memory":
        return open_store(":memory:")
    remote = RemoteStore("http://sparql.invalid/query", "http://sparql.invalid/update")
    remote._client = httpx.Client(transport=httpx.MockTransport(_Endpoint()))
    return remote


_MENTIONS = """SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
  FILTER(?s = ?article || ?o = ?article || STRSTARTS(STR(?s), STR(?root))
         || STRSTARTS(STR(?o), STR(?root)) || STRSTARTS(STR(?g), STR(?root))) }"""
"""Quads in any graph that name the record (its article, or an IRI under its root)."""


@pytest.mark.parametrize("kind", ["memory", "remote"])
def test_removing_or_replacing_a_record_leaves_only_shared_terms(kind: str) -> None:
    """A record removed, or replaced by a version with fewer claims, leaves no quad that
    names what it minted; the terms graph keeps what the other records share (MeSH labels
    and hierarchy, journal, run) and nothing of the record's own."""
    trials = [ra_record(1), ra_record(2), trial(3, 2023, EXPERIMENTAL, "drug A", (2, 1, 3))]
    batch = [record_to_graphs(r, base=BASE, extractor_version="t", mesh=INDEX) for r in trials]
    iris = [RecordIris(BASE, r.id, r.pmid) for r in trials]
    with _store(kind) as store:
        store.replace_records(batch)

        def mentions(root: str, article: str) -> int:
            bindings = {"root": ox.Literal(root), "article": ox.NamedNode(article)}
            return int(str(store.query(_MENTIONS, bindings=bindings).rows[0]["n"].value))

        assert min(mentions(i.root + "/", i.article) for i in iris) > 20
        store.remove_record(batch[0].key)
        assert mentions(iris[0].root + "/", iris[0].article) == 0
        assert not {g.value for g in store.named_graphs()} & {str(g) for g in batch[0].manifest()}
        # record 3 again without its claim: its nanopublication goes, its article stays
        fewer = trials[2].model_copy(update={"claims": []})
        store.replace_records(
            [record_to_graphs(fewer, base=BASE, extractor_version="t", mesh=INDEX)]
        )
        assert mentions(iris[2].root + "/", iris[2].article) > 0
        assert mentions(iris[2].claim(trials[2].claims[0].id), BASE + "none") == 0
        # what is left in the terms graph is shared vocabulary only
        left = store.query(
            "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }",
            bindings={"g": ox.NamedNode(TERMS)},
        ).rows
        subjects = {str(r["s"].value) for r in left}
        assert mesh_iri("D001172") in subjects and mesh_iri("D001169") in subjects
        shared_roots = (mesh_iri(""), f"{BASE}journal/", f"{BASE}extractor/", f"{BASE}agent/")
        assert all(s.startswith(shared_roots) for s in subjects), subjects


def test_rdf_mesh_hierarchy_reaches_the_category_heading_of_the_tree_table(
    tmp_path: Path,
) -> None:
    # a compact TSV gives Cardiovascular Diseases no tree number; the tree table beside it, C14
    mesh = MeshIndex.load(write_mesh_pair(tmp_path))
    record = trial(1, 2020, (INFARCTION, "Myocardial Infarction"), "drug A", (1.5, 1.1, 2.0))
    graphs = record_to_graphs(record, base=BASE, extractor_version="t", mesh=mesh)
    store = store_of(graphs.quads, graphs.shared)
    path = f"?p pico:condition ?c . ?c meshv:broaderDescriptor* mesh:{CARDIOVASCULAR}"
    assert values(store, f"SELECT ?c {{ {path} }}") == [mesh_iri(INFARCTION)]
    assert ask(
        store, f"ASK {{ mesh:{HEART_DISEASES} meshv:broaderDescriptor mesh:{CARDIOVASCULAR} }}"
    )
    assert ask(store, f"ASK {{ mesh:{CARDIOVASCULAR} meshv:treeNumber {tree('C14')} }}")
    assert ask(store, f"ASK {{ {tree('C14.280')} meshv:parentTreeNumber {tree('C14')} }}")
