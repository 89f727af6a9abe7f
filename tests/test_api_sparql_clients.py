"""/sparql and /store on a running server (uvicorn on loopback), driven by SPARQLWrapper,
rdflib's SPARQLStore and plain HTTP: formats, datasets, the W3C protocol 4xx cases,
the service description, token-guarded updates."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper

from api.app import create_app
from api.settings import Settings
from kg.stores import open_store
from tests.live_server import serving

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TOKEN = "test-update-token"
EVG = "PREFIX evg: <https://w3id.org/evidence-graph/vocab#>\n"
CLAIMS = EVG + "SELECT ?claim ?direction WHERE { ?claim a evg:Claim ; evg:direction ?direction }"
GRAPHS = EVG + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a evg:recordId ?id } } ORDER BY ?g"
SD = "http://www.w3.org/ns/sparql-service-description#"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = open_store(":memory:")
    settings = Settings(
        store=":memory:", cache_dir=tmp_path_factory.mktemp("cache"), update_token=TOKEN
    )
    with serving(create_app(settings, store=store)) as base:
        body = (EXAMPLES / "example-trials.xml").read_bytes()
        assert httpx.post(f"{base}/records", content=body, timeout=60).status_code == 201
        yield base
    store.close()


@pytest.fixture(scope="module")
def article_graph(server: str) -> str:
    r = httpx.get(f"{server}/sparql", params={"query": GRAPHS})
    graph: str = r.json()["results"]["bindings"][0]["g"]["value"]
    return graph


def wrapper(server: str, query: str, fmt: str, method: str = "GET") -> Any:
    sw = SPARQLWrapper(f"{server}/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    return sw.query().convert()


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_api_sparql_clients_sparqlwrapper_select_formats(server: str, method: str) -> None:
    as_json = wrapper(server, CLAIMS, JSON, method)
    n = len(as_json["results"]["bindings"])
    assert n > 0
    xml_doc = wrapper(server, CLAIMS, XML, method)
    assert len(xml_doc.getElementsByTagName("result")) == n
    csv_rows = list(csv.reader(io.StringIO(wrapper(server, CLAIMS, CSV, method).decode())))
    assert csv_rows[0] == ["claim", "direction"] and len(csv_rows) == n + 1
    tsv_rows = wrapper(server, CLAIMS, TSV, method).decode().strip().split("\n")
    assert tsv_rows[0].split("\t") == ["?claim", "?direction"] and len(tsv_rows) == n + 1


def test_api_sparql_clients_sparqlwrapper_ask_and_construct(server: str) -> None:
    assert wrapper(server, EVG + "ASK { ?c a evg:Claim }", JSON)["boolean"] is True
    graph = wrapper(
        server, EVG + "CONSTRUCT { ?c evg:direction ?d } WHERE { ?c evg:direction ?d }", TURTLE
    )
    parsed = rdflib.Graph().parse(data=graph, format="turtle")
    assert len(parsed) > 0


def test_api_sparql_clients_sparqlwrapper_update_with_token(server: str) -> None:
    sw = SPARQLWrapper(f"{server}/sparql")
    sw.setMethod("POST")
    sw.setQuery("INSERT DATA { GRAPH <urn:evg:test:sw> { <urn:evg:s> <urn:evg:p> 1 } }")
    sw.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    sw.query()
    ask = {"query": "ASK { GRAPH <urn:evg:test:sw> { <urn:evg:s> <urn:evg:p> 1 } }"}
    assert httpx.get(f"{server}/sparql", params=ask).json()["boolean"] is True
    wrong = httpx.post(
        f"{server}/sparql",
        content=b"DROP ALL",
        headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer nope"},
    )
    assert wrong.status_code == 403
    assert wrong.headers["content-type"] == "application/problem+json"
    form = httpx.post(
        f"{server}/sparql",
        data={"update": "DROP GRAPH <urn:evg:test:sw>"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert form.status_code == 204
    assert httpx.get(f"{server}/sparql", params=ask).json()["boolean"] is False


def test_api_sparql_clients_rdflib_sparqlstore(server: str) -> None:
    store = SPARQLStore(f"{server}/sparql", returnFormat="json")
    dataset = rdflib.Dataset(store=store, default_union=True)
    rows = list(dataset.query(CLAIMS))
    assert rows and all(str(r[1]) for r in rows)  # type: ignore[index]
    assert bool(dataset.query(EVG + "ASK { ?c a evg:Claim }"))


def test_api_sparql_clients_dataset_parameters(server: str, article_graph: str) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def n(params: dict[str, Any]) -> int:
        r = httpx.get(f"{server}/sparql", params={"query": count, **params})
        return int(r.json()["results"]["bindings"][0]["n"]["value"])

    union, one = n({}), n({"default-graph-uri": article_graph})
    assert 0 < one < union
    assert n({"named-graph-uri": article_graph}) == 0  # named only: an empty default graph
    named = httpx.post(
        f"{server}/sparql",
        data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
              "named-graph-uri": article_graph},
    )  # fmt: skip
    assert [b["g"]["value"] for b in named.json()["results"]["bindings"]] == [article_graph]
    direct = httpx.post(
        f"{server}/sparql",
        params={"default-graph-uri": article_graph},
        content=count.encode(),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert int(direct.json()["results"]["bindings"][0]["n"]["value"]) == one


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
        ("application/ld+json", "json-ld"),
        ("application/trig", "trig"),
    ],
)
def test_api_sparql_clients_construct_formats(server: str, accept: str, rdflib_format: str) -> None:
    query = EVG + "CONSTRUCT { ?c evg:direction ?d } WHERE { ?c evg:direction ?d }"
    r = httpx.get(f"{server}/sparql", params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    parsed = rdflib.Dataset().parse(data=r.content, format=rdflib_format)
    assert len(list(parsed.quads())) > 0


@pytest.mark.parametrize(
    ("method", "kwargs", "status"),
    [
        ("GET", {"params": [("query", "ASK {}"), ("query", "ASK {}")]}, 400),
        ("POST", {"content": b"ASK {}"}, 415),  # no content type
        ("POST", {"content": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
        (
            "POST",
            {
                "content": b"query=ASK%20%7B%7D",
                "headers": {"Content-Type": "application/sparql-update"},
            },
            403,
        ),
        ("GET", {"params": {"update": "CLEAR ALL"}}, 400),  # update by GET
        ("GET", {"params": {"query": "SELECT ?x WHERE { ?x ?y }"}}, 400),  # syntax error
        (
            "PUT",
            {"content": b"ASK {}", "headers": {"Content-Type": "application/sparql-query"}},
            405,
        ),
        (
            "POST",
            {
                "content": "ASK { <urn:é> ?p ?o }".encode("latin-1"),
                "headers": {"Content-Type": "application/sparql-query"},
            },
            400,
        ),
        ("POST", {"data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400),
    ],
)
def test_api_sparql_clients_w3c_protocol_errors(
    server: str, method: str, kwargs: dict[str, Any], status: int
) -> None:
    r = httpx.request(method, f"{server}/sparql", **kwargs)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["status"] == status and r.json()["detail"]


def test_api_sparql_clients_unknown_parameters_ignored(server: str) -> None:
    r = httpx.get(f"{server}/sparql", params={"query": CLAIMS, "format": "json", "output": "xml"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/sparql-results+json")


def test_api_sparql_clients_service_description(server: str) -> None:
    r = httpx.get(f"{server}/sparql")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    endpoints = set(g.objects(None, rdflib.URIRef(SD + "endpoint")))
    assert endpoints == {rdflib.URIRef(f"{server}/sparql")}
    languages = set(g.objects(None, rdflib.URIRef(SD + "supportedLanguage")))
    assert rdflib.URIRef(SD + "SPARQL11Update") in languages  # the token is configured
    as_jsonld = httpx.get(f"{server}/sparql", headers={"Accept": "application/ld+json"})
    assert json.loads(as_jsonld.content)
    results_only = httpx.get(
        f"{server}/sparql", headers={"Accept": "application/sparql-results+json"}
    )
    assert results_only.status_code == 400  # wanted results, gave no query


def test_api_sparql_clients_graph_store_read(server: str, article_graph: str) -> None:
    r = httpx.get(f"{server}/store", params={"graph": article_graph})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    one = rdflib.Graph().parse(data=r.text, format="turtle")
    assert len(one) > 0
    nt = httpx.get(
        f"{server}/store", params={"default": ""}, headers={"Accept": "application/n-triples"}
    )
    assert nt.status_code == 200
    assert len(rdflib.Graph().parse(data=nt.text, format="nt")) > len(one)
    missing = httpx.get(f"{server}/store", params={"graph": "urn:evg:no-such-graph"})
    assert missing.status_code == 404
    assert httpx.get(f"{server}/store").status_code == 400
    assert httpx.get(f"{server}/store", params={"graph": "not an iri"}).status_code == 400
