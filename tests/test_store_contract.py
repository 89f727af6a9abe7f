"""Contract tests that every store backend must pass: memory, on disk, and a real Oxigraph
server (``oxigraph serve --union-default-graph``) reached over the SPARQL 1.1 Protocol.

The server is started once per module and emptied (``DROP ALL``) before each test; the
remote tests skip with a clear reason only when the ``oxigraph`` binary is not installed.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from kg.errors import QueryError, QueryTimeoutError, StoreError
from kg.stores import OxigraphStore, RecordGraphs, RemoteStore, Store, open_store
from kg.stores.base import MAX_NESTING
from kg.vocab import EVG, node

EX = "https://example.org/test/"
TITLE = ox.NamedNode(EX + "title")
VALUE = ox.NamedNode(EX + "value")
HOSTILE = (
    "quote \" single ' braces { } close } hash # semicolon ; "
    'newline \n tab \t backslash \\ escaped \\u0022 \\" end'
    ' " } ; DROP ALL ; { '
)


# -- helpers --------------------------------------------------------------------------


def article(n: int) -> ox.NamedNode:
    return ox.NamedNode(f"{EX}article/{n}")


def claim_graph(n: int, j: int) -> ox.NamedNode:
    return ox.NamedNode(f"{EX}article/{n}/claim/{j}")


def make_record(n: int, claims: int = 2, *, version: str = "v1", extra: int = 0) -> RecordGraphs:
    """Article graph with the manifest and a title; ``claims`` claim graphs of 3 quads."""
    key = article(n)
    graphs = [key] + [claim_graph(n, j) for j in range(claims)]
    quads = [ox.Quad(key, node(EVG.containsGraph), g, key) for g in graphs]
    quads.append(ox.Quad(key, TITLE, ox.Literal(f"Article {n} {version}"), key))
    for j, g in enumerate(graphs[1:]):
        claim = ox.NamedNode(f"{g.value}#claim")
        quads.append(ox.Quad(claim, VALUE, ox.Literal(str(j), datatype=_XSD_INT), g))
        quads.append(ox.Quad(claim, TITLE, ox.Literal(f"claim {j} of {n} {version}"), g))
        quads.append(ox.Quad(claim, node(EVG.direction), ox.Literal("increased"), g))
    for k in range(extra):
        quads.append(ox.Quad(key, VALUE, ox.Literal(f"filler {k}"), key))
    return RecordGraphs(key=key, quads=quads)


_XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def record_quad_count(claims: int) -> int:
    return (1 + claims) + 1 + 3 * claims


def graph_set(store: Store) -> set[str]:
    return {g.value for g in store.named_graphs()}


# -- the Oxigraph server --------------------------------------------------------------


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return str(beside)
    return shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, process: subprocess.Popen[bytes], limit_s: float = 30.0) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with code {process.returncode}")
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"oxigraph serve did not answer at {url} within {limit_s} s")


@contextmanager
def running_oxigraph_server(location: Path) -> Iterator[str]:
    """Run ``oxigraph serve --union-default-graph`` on a free port; yield its base URL.

    Skips the calling test when the binary is not installed.
    """
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the `oxigraph` server binary is not installed (pip install oxigraph)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
         "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/query", process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of an Oxigraph server shared by this module's tests."""
    with running_oxigraph_server(tmp_path_factory.mktemp("oxigraph-server")) as base:
        yield base


@pytest.fixture(params=["memory", "disk", "remote"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Each backend in turn, empty."""
    backend: Store
    if request.param == "memory":
        backend = OxigraphStore(None)
    elif request.param == "disk":
        backend = OxigraphStore(tmp_path / "store")
    else:
        base = request.getfixturevalue("oxigraph_server")
        backend = open_store(base)
        backend.update("DROP ALL")
    with backend:
        yield backend


# -- records --------------------------------------------------------------------------


def test_store_replace_records_adds_quads(store: Store) -> None:
    store.replace_records([make_record(1, claims=2)])
    assert store.count_quads() == record_quad_count(2)
    assert graph_set(store) == {article(1).value, claim_graph(1, 0).value, claim_graph(1, 1).value}


def test_store_replace_same_record_twice_changes_nothing(store: Store) -> None:
    store.replace_records([make_record(1), make_record(2)])
    before = store.count_quads()
    graphs = graph_set(store)
    store.replace_records([make_record(1)])
    store.replace_records([make_record(1), make_record(2)])
    assert store.count_quads() == before
    assert graph_set(store) == graphs


def test_store_replace_with_new_version_replaces_values(store: Store) -> None:
    store.replace_records([make_record(1, version="v1")])
    store.replace_records([make_record(1, version="v2")])
    titles = {row["t"].value for row in store.query(f"SELECT ?t WHERE {{ ?s <{TITLE.value}> ?t }}")}
    assert titles == {"Article 1 v2", "claim 0 of 1 v2", "claim 1 of 1 v2"}


def test_store_replace_with_fewer_claim_graphs_removes_stale_ones(store: Store) -> None:
    store.replace_records([make_record(1, claims=4)])
    store.replace_records([make_record(1, claims=1)])
    assert store.count_quads() == record_quad_count(1)
    assert graph_set(store) == {article(1).value, claim_graph(1, 0).value}


def test_store_replace_with_more_claim_graphs(store: Store) -> None:
    store.replace_records([make_record(1, claims=1)])
    store.replace_records([make_record(1, claims=3)])
    assert store.count_quads() == record_quad_count(3)


def test_store_remove_record(store: Store) -> None:
    store.replace_records([make_record(1, claims=3), make_record(2, claims=1)])
    store.remove_record(article(1))
    assert store.count_quads() == record_quad_count(1)
    assert graph_set(store) == {article(2).value, claim_graph(2, 0).value}
    store.remove_record(article(1))  # removing again is a no-op
    assert store.count_quads() == record_quad_count(1)


def test_store_records_do_not_interfere(store: Store) -> None:
    store.replace_records([make_record(1, claims=2), make_record(2, claims=2)])
    store.replace_records([make_record(1, claims=1, version="v2")])
    assert store.count_quads() == record_quad_count(1) + record_quad_count(2)
    ask = store.query(f'ASK {{ GRAPH <{article(2).value}> {{ ?s ?p "Article 2 v1" }} }}')
    assert ask.boolean is True
    store.remove_record(article(1))
    assert store.count_quads() == record_quad_count(2)


def test_store_last_record_wins_within_a_batch(store: Store) -> None:
    store.replace_records([make_record(1, claims=3), make_record(1, claims=1, version="v2")])
    assert store.count_quads() == record_quad_count(1)


def test_store_batch_of_200_records(store: Store) -> None:
    batch = [make_record(n, claims=n % 4) for n in range(200)]
    store.replace_records(batch)
    expected = sum(record_quad_count(n % 4) for n in range(200))
    assert store.count_quads() == expected
    store.replace_records(batch)
    assert store.count_quads() == expected
    assert len(graph_set(store)) == sum(1 + n % 4 for n in range(200))


def test_store_small_update_requests_keep_records_whole(store: Store) -> None:
    store.max_update_bytes = 1500  # a few records per request; one record is ~1.3 kB
    batch = [make_record(n, claims=3, extra=n % 3) for n in range(30)]
    store.replace_records(batch)
    expected = sum(record_quad_count(3) + n % 3 for n in range(30))
    assert store.count_quads() == expected
    store.replace_records([make_record(n, claims=1, version="v2") for n in range(30)])
    assert store.count_quads() == 30 * record_quad_count(1)
    store.max_update_bytes = 10  # every record alone, each larger than the limit
    store.replace_records(batch[:5])
    again = 25 * record_quad_count(1) + sum(record_quad_count(3) + n % 3 for n in range(5))
    assert store.count_quads() == again


def test_store_records_with_blank_nodes_replace_cleanly(store: Store) -> None:
    def with_blank(version: str) -> RecordGraphs:
        record = make_record(1, claims=1, version=version)
        blank = ox.BlankNode()
        g = claim_graph(1, 0)
        record.quads.append(ox.Quad(ox.NamedNode(g.value + "#claim"), VALUE, blank, g))
        record.quads.append(ox.Quad(blank, TITLE, ox.Literal(f"arm {version}"), g))
        return record

    store.replace_records([with_blank("v1")])
    count = store.count_quads()
    store.replace_records([with_blank("v2")])
    assert store.count_quads() == count == record_quad_count(1) + 2
    query = f"SELECT ?t WHERE {{ ?c <{VALUE.value}> ?arm . ?arm <{TITLE.value}> ?t }}"
    assert [row["t"].value for row in store.query(query)] == ["arm v2"]


def test_store_refuses_record_with_graph_missing_from_manifest(store: Store) -> None:
    record = make_record(1)
    stray = ox.NamedNode(EX + "stray")
    record.quads.append(ox.Quad(stray, TITLE, ox.Literal("x"), stray))
    with pytest.raises(ValueError, match="not listed in its manifest"):
        store.replace_records([record])
    assert store.count_quads() == 0


def test_store_refuses_quads_in_the_default_graph(store: Store) -> None:
    record = make_record(1)
    record.quads.append(ox.Quad(article(1), TITLE, ox.Literal("x")))
    with pytest.raises(ValueError, match="named graph"):
        store.replace_records([record])


def test_store_replaces_graphs_left_without_manifest(store: Store) -> None:
    """A graph of the new record that exists already (written by hand) is replaced too."""
    g = claim_graph(1, 0)
    store.update(f'INSERT DATA {{ GRAPH <{g.value}> {{ <{EX}x> <{EX}y> "stale" }} }}')
    store.replace_records([make_record(1, claims=1)])
    assert store.count_quads() == record_quad_count(1)


# -- queries --------------------------------------------------------------------------


def test_store_union_default_graph_sees_named_graphs(store: Store) -> None:
    store.replace_records([make_record(1, claims=2)])
    rows = store.query(f"SELECT ?s ?t WHERE {{ ?s <{TITLE.value}> ?t }}").rows
    assert len(rows) == 3


def test_store_select_rows_and_variables(store: Store) -> None:
    store.replace_records([make_record(1, claims=2)])
    result = store.query(
        f"SELECT ?claim ?v ?unbound WHERE {{ ?claim <{VALUE.value}> ?v }} ORDER BY ?v"
    )
    assert result.kind == "select"
    assert result.variables == ["claim", "v", "unbound"]
    rows = result.rows
    assert [int(row["v"].value) for row in rows] == [0, 1]
    assert all("unbound" not in row for row in rows)
    assert isinstance(rows[0]["claim"], ox.NamedNode)


def test_store_select_serialisations(store: Store) -> None:
    store.replace_records([make_record(1, claims=2)])
    query = f"SELECT ?s ?t WHERE {{ ?s <{TITLE.value}> ?t }} ORDER BY ?t"

    doc = json.loads(store.query(query).serialize("json") or b"")
    assert doc["head"]["vars"] == ["s", "t"]
    assert len(doc["results"]["bindings"]) == 3

    text = (store.query(query).serialize("csv") or b"").decode()
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["s", "t"] and len(table) == 4

    tsv = (store.query(query).serialize("text/tab-separated-values") or b"").decode()
    assert tsv.splitlines()[0] == "?s\t?t"

    root = ET.fromstring(store.query(query).serialize("xml") or b"")
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert len(root.findall(f"{ns}results/{ns}result")) == 3

    out = io.BytesIO()
    assert store.query(query).serialize("json", out) is None
    assert json.loads(out.getvalue())["head"]["vars"] == ["s", "t"]


def test_store_kept_rows_serialise_again(store: Store) -> None:
    store.replace_records([make_record(1, claims=1)])
    result = store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    rows = result.rows
    first = json.loads(result.serialize("json") or b"")
    second = json.loads(result.serialize("json") or b"")
    assert len(first["results"]["bindings"]) == len(rows) == record_quad_count(1)
    assert first == second


def test_store_ask(store: Store) -> None:
    store.replace_records([make_record(1)])
    yes = store.query(f"ASK {{ ?s <{TITLE.value}> ?t }}")
    assert yes.kind == "ask" and yes.boolean is True
    assert store.query(f"ASK {{ ?s <{EX}nothing> ?t }}").boolean is False
    assert json.loads(yes.serialize("json") or b"")["boolean"] is True
    assert b"<boolean>true</boolean>" in (yes.serialize("xml") or b"")


def test_store_construct_serialisations(store: Store) -> None:
    store.replace_records([make_record(1, claims=2)])
    query = f"CONSTRUCT {{ ?s <{TITLE.value}> ?t }} WHERE {{ ?s <{TITLE.value}> ?t }}"
    result = store.query(query)
    assert result.kind == "construct"
    assert len(result.triples) == 3
    for fmt, rdf_format in [
        ("turtle", ox.RdfFormat.TURTLE),
        ("ntriples", ox.RdfFormat.N_TRIPLES),
        ("rdfxml", ox.RdfFormat.RDF_XML),
        ("jsonld", ox.RdfFormat.JSON_LD),
        ("application/trig", ox.RdfFormat.TRIG),
        ("nquads", ox.RdfFormat.N_QUADS),
    ]:
        data = store.query(query).serialize(fmt) or b""
        assert len(list(ox.parse(data, rdf_format))) == 3, fmt


def test_store_describe_is_a_graph_result(store: Store) -> None:
    store.replace_records([make_record(1)])
    result = store.query(f"DESCRIBE <{article(1).value}>")
    assert result.kind == "construct"
    assert len(result.triples) >= 1


def test_store_result_is_single_pass(store: Store) -> None:
    store.replace_records([make_record(1)])
    result = store.query("SELECT * WHERE { ?s ?p ?o }")
    assert len(list(result)) == record_quad_count(2)
    with pytest.raises(RuntimeError, match="already consumed"):
        result.serialize("json")


def test_store_bindings_select_one_subject(store: Store) -> None:
    store.replace_records([make_record(1), make_record(2)])
    rows = store.query(
        f"SELECT ?t WHERE {{ ?s <{TITLE.value}> ?t }}", bindings={"s": article(2)}
    ).rows
    assert [row["t"].value for row in rows] == ["Article 2 v1"]


def test_store_bindings_with_hostile_literal_match_only_as_a_literal(store: Store) -> None:
    hostile = ox.Literal(HOSTILE)
    key = article(9)
    record = make_record(9, claims=0)
    record.quads.append(ox.Quad(ox.NamedNode(EX + "target"), TITLE, hostile, key))
    store.replace_records([record, make_record(1)])
    before = store.count_quads()

    query = f"SELECT ?s WHERE {{ ?s <{TITLE.value}> ?t }}"
    rows = store.query(query, bindings={"t": hostile}).rows
    assert [row["s"].value for row in rows] == [EX + "target"]
    assert "t" not in store.query(query, bindings={"t": hostile}).variables

    for payload in [
        HOSTILE + "x",
        '" } ; DROP ALL ; {',
        '") } ?s ?p ?o . VALUES (?zz) { ("',
        '"} UNION { ?s ?p ?o } #',
        "}}}}",
        '"""',
        "'''",
        "\\",
        "\x00\x7f\u2028 # { <http://evil/> }",
    ]:
        result = store.query(query, bindings={"t": ox.Literal(payload)})
        assert result.rows == [], payload
    assert store.count_quads() == before


def test_store_bindings_hostile_iri_is_rejected_by_pyoxigraph() -> None:
    with pytest.raises(ValueError):
        ox.NamedNode("http://x/> } ; DROP ALL ; <")


def test_store_syntax_error_raises_query_error_with_message(store: Store) -> None:
    with pytest.raises(QueryError) as excinfo:
        store.query("SELECT ?s WHERE { ?s ?p ")
    assert str(excinfo.value)
    assert not isinstance(excinfo.value, QueryTimeoutError)
    with pytest.raises(QueryError):
        store.update("INSERT DATA { <http://x> <http://y> ")


def test_store_refuses_service_by_default(store: Store) -> None:
    with pytest.raises(QueryError, match="SERVICE"):
        store.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="SERVICE"):
        store.query("select * { optional { service silent <http://x/> { ?s ?p ?o } } }")
    assert store.query('ASK { BIND("SERVICE" AS ?x) }').boolean is True
    with pytest.raises(QueryError, match="SERVICE"):
        store.update("INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    store.replace_records([make_record(1, version="SERVICE <http://x/> { }")])


def test_store_refuses_brackets_nested_deeper_than_its_limit(store: Store) -> None:
    # Oxigraph's parser crashed the whole process (a segmentation fault) at ~3,000 levels.
    deep = MAX_NESTING + 1
    with pytest.raises(QueryError, match=f"nests brackets {deep} deep"):
        store.query("SELECT * WHERE " + "{" * deep + " ?s ?p ?o " + "}" * deep)
    with pytest.raises(QueryError, match="nests brackets"):
        store.query("ASK { FILTER(" + "(" * deep + "1" + ")" * deep + ") }")
    with pytest.raises(QueryError, match="nests brackets"):
        store.update("INSERT DATA { " + "{" * deep + " } ")
    nested = "SELECT * WHERE " + "{" * 40 + " ?s ?p ?o " + "}" * 40
    assert store.query(nested).rows == []


@pytest.mark.parametrize("on_disk", [False, True])
def test_store_query_from_gives_the_query_its_own_dataset(tmp_path: Path, on_disk: bool) -> None:
    """The embedded store only: a remote endpoint applies its own dataset rules (``oxigraph
    serve --union-default-graph`` ignores ``FROM``, as pyoxigraph's union option did here)."""
    with OxigraphStore(tmp_path / "store" if on_disk else None) as store:
        _check_query_from(store)


def _check_query_from(store: Store) -> None:
    store.replace_records([make_record(1, claims=2), make_record(2, claims=1)])
    one, two = article(1).value, article(2).value
    query = f"SELECT ?t FROM <{one}> WHERE {{ ?s <{TITLE.value}> ?t }}"
    assert [row["t"].value for row in store.query(query).rows] == ["Article 1 v1"]
    # the protocol's dataset wins over the query's own
    rows = store.query(query, default_graph_uris=[two]).rows
    assert [row["t"].value for row in rows] == ["Article 2 v1"]
    # FROM NAMED alone leaves the default graph empty
    named = f"FROM NAMED <{one}> WHERE {{ ?s <{TITLE.value}> ?t }}"
    assert store.query(f"ASK {named}").boolean is False
    graphs = f"SELECT ?g FROM NAMED <{one}> WHERE {{ GRAPH ?g {{ ?s <{TITLE.value}> ?t }} }}"
    assert [row["g"].value for row in store.query(graphs).rows] == [one]
    # without FROM the default graph stays the union of all graphs
    union = f"SELECT ?t WHERE {{ ?s <{TITLE.value}> ?t }}"
    assert len(store.query(union).rows) == 5


def test_store_default_graph_uris_restrict_the_default_graph(store: Store) -> None:
    store.replace_records([make_record(1, claims=2), make_record(2, claims=1)])
    query = f"SELECT ?t WHERE {{ ?s <{TITLE.value}> ?t }}"
    rows = store.query(query, default_graph_uris=[claim_graph(1, 1).value]).rows
    assert [row["t"].value for row in rows] == ["claim 1 of 1 v1"]
    two = store.query(query, default_graph_uris=[article(1).value, article(2).value]).rows
    assert sorted(row["t"].value for row in two) == ["Article 1 v1", "Article 2 v1"]


def test_store_named_graph_uris_limit_graph_patterns(store: Store) -> None:
    store.replace_records([make_record(1, claims=2)])
    query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s <{TITLE.value}> ?t }} }}"
    rows = store.query(query, named_graph_uris=[claim_graph(1, 0).value]).rows
    assert [row["g"].value for row in rows] == [claim_graph(1, 0).value]
    assert (
        store.query(f"ASK {{ ?s <{TITLE.value}> ?t }}", named_graph_uris=[article(1).value]).boolean
        is False
    )


def test_store_query_with_timeout_returns_full_result(store: Store) -> None:
    store.replace_records([make_record(1, claims=2)])
    result = store.query("SELECT * WHERE { ?s ?p ?o }", timeout_s=30)
    assert len(result.rows) == record_quad_count(2)
    assert store.query("ASK { ?s ?p ?o }", timeout_s=30).boolean is True
    construct = store.query("CONSTRUCT WHERE { ?s ?p ?o }", timeout_s=30)
    assert len(construct.triples) == record_quad_count(2)


def test_store_query_past_its_time_limit_raises(store: Store) -> None:
    triples = " ".join(f"<{EX}s{i}> <{EX}p> {i} ." for i in range(300))
    store.update(f"INSERT DATA {{ GRAPH <{EX}big> {{ {triples} }} }}")
    cross = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"  # 2.7e7 rows
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError):
        store.query(cross, timeout_s=0.3).serialize("json")
    assert time.monotonic() - started < 10


def test_store_dump_round_trips(store: Store) -> None:
    store.replace_records([make_record(1), make_record(2, claims=1)])
    nquads = store.dump("nquads") or b""
    assert len(list(ox.parse(nquads, ox.RdfFormat.N_QUADS))) == store.count_quads()
    trig = store.dump("trig") or b""
    assert len(list(ox.parse(trig, ox.RdfFormat.TRIG))) == store.count_quads()
    out = io.BytesIO()
    assert store.dump("nquads", out) is None
    assert len(list(ox.parse(out.getvalue(), ox.RdfFormat.N_QUADS))) == store.count_quads()


# -- backend-specific -----------------------------------------------------------------


def test_store_on_disk_persists_after_close(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with OxigraphStore(path) as first:
        first.replace_records([make_record(n) for n in range(5)])
        count = first.count_quads()
    with OxigraphStore(path) as again:
        assert again.count_quads() == count
        again.replace_records([make_record(0)])
        assert again.count_quads() == count


def test_store_on_disk_locked_in_this_process(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "store"), pytest.raises(StoreError, match="in use"):
        OxigraphStore(tmp_path / "store")


def test_store_on_disk_locked_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with OxigraphStore(path):
        code = (
            "import sys\n"
            "from kg.errors import StoreError\n"
            "from kg.stores import OxigraphStore\n"
            "try:\n"
            f"    OxigraphStore({str(path)!r})\n"
            "except StoreError as exc:\n"
            "    print(exc)\n"
            "    sys.exit(3)\n"
        )
        repo = Path(__file__).resolve().parent.parent
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, timeout=60
        )
    assert done.returncode == 3, done.stderr
    assert "in use" in done.stdout


def test_store_closed_store_raises(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count_quads()


def test_store_result_used_on_another_thread_raises(tmp_path: Path) -> None:
    import threading

    with OxigraphStore(None) as store:
        store.replace_records([make_record(1)])
        result = store.query("SELECT * WHERE { ?s ?p ?o }")
        errors: list[BaseException] = []

        def consume() -> None:
            try:
                list(result)
            except StoreError as exc:
                errors.append(exc)

        worker = threading.Thread(target=consume)
        worker.start()
        worker.join()
        assert len(errors) == 1
        assert len(result.rows) == record_quad_count(2)  # still readable on its own thread


def test_store_timed_result_can_be_read_on_another_thread() -> None:
    import threading

    with OxigraphStore(None) as store:
        store.replace_records([make_record(1)])
        result = store.query("SELECT * WHERE { ?s ?p ?o }", timeout_s=10)
        out: list[bytes | None] = []
        worker = threading.Thread(target=lambda: out.append(result.serialize("csv")))
        worker.start()
        worker.join()
        assert out and out[0] is not None
        assert set(out[0].split(b"\r\n")[0].split(b",")) == {b"s", b"p", b"o"}


def test_store_remote_unreachable_raises_store_error() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    with RemoteStore(url, timeout_s=5) as store, pytest.raises(StoreError, match="cannot reach"):
        store.query("ASK {}")


def test_store_remote_without_update_url_is_read_only(oxigraph_server: str) -> None:
    from kg.errors import UpdateForbiddenError

    with RemoteStore(f"{oxigraph_server}/query") as store:
        assert store.query("ASK {}").boolean is True
        with pytest.raises(UpdateForbiddenError):
            store.update("DROP ALL")


def test_store_remote_dump_without_graph_store_url(oxigraph_server: str) -> None:
    with open_store(oxigraph_server) as full:
        full.update("DROP ALL")
        full.replace_records([make_record(1)])
    with RemoteStore(f"{oxigraph_server}/query") as store:
        quads = list(ox.parse(store.dump("nquads") or b"", ox.RdfFormat.N_QUADS))
        assert len(quads) == record_quad_count(2)


def test_store_allow_service_federates(oxigraph_server: str) -> None:
    with open_store(oxigraph_server) as remote:
        remote.update("DROP ALL")
        remote.replace_records([make_record(1)])
    query = f"SELECT ?t WHERE {{ SERVICE <{oxigraph_server}/query> {{ ?s <{TITLE.value}> ?t }} }}"
    with OxigraphStore(None, allow_service=True) as local:
        assert len(local.query(query).rows) == 3


def test_store_open_store_picks_backend(tmp_path: Path) -> None:
    with open_store(None) as memory:
        assert isinstance(memory, OxigraphStore) and memory.path is None
    with open_store(":memory:") as memory:
        assert isinstance(memory, OxigraphStore) and memory.path is None
    with open_store(tmp_path / "s") as disk:
        assert isinstance(disk, OxigraphStore) and disk.path == tmp_path / "s"
    with open_store(str(tmp_path / "t")) as disk:
        assert isinstance(disk, OxigraphStore)
    for url in ["http://localhost:7878", "http://localhost:7878/", "http://localhost:7878/query"]:
        with open_store(url) as remote:
            assert isinstance(remote, RemoteStore)
            assert remote.query_url == "http://localhost:7878/query"
            assert remote.update_url == "http://localhost:7878/update"
            assert remote.store_url == "http://localhost:7878/store"
