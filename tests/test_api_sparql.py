"""SPARQL 1.1 Protocol at /sparql: query forms, result formats, errors, read-only."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from kg.stores import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PREFIX = "PREFIX evg: <https://w3id.org/evidence-graph/vocab#>\n"
CLAIMS = PREFIX + "SELECT ?claim ?direction WHERE { ?claim a evg:Claim ; evg:direction ?direction }"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = open_store(":memory:")
    settings = Settings(store=":memory:", cache_dir=tmp_path_factory.mktemp("cache"))
    with TestClient(create_app(settings, store=store)) as c:
        body = (EXAMPLES / "example-trials.xml").read_bytes()
        assert c.post("/records", content=body).status_code == 201
        yield c
    store.close()


def test_api_sparql_get_json(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": CLAIMS})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    bindings = r.json()["results"]["bindings"]
    assert bindings and all(b["direction"]["value"] for b in bindings)


def test_api_sparql_post_form_and_direct(client: TestClient) -> None:
    form = client.post("/sparql", data={"query": CLAIMS}, headers={"Accept": "text/csv"})
    assert form.status_code == 200
    rows = list(csv.reader(io.StringIO(form.text)))
    assert rows[0] == ["claim", "direction"] and len(rows) > 1
    direct = client.post(
        "/sparql",
        content=CLAIMS.encode(),
        headers={
            "Content-Type": "application/sparql-query",
            "Accept": "application/sparql-results+xml",
        },
    )
    assert direct.status_code == 200
    ElementTree.fromstring(direct.content)


def test_api_sparql_ask_and_construct(client: TestClient) -> None:
    ask = client.get("/sparql", params={"query": PREFIX + "ASK { ?c a evg:Claim }"})
    assert ask.json()["boolean"] is True
    construct = client.get(
        "/sparql",
        params={
            "query": PREFIX + "CONSTRUCT { ?c evg:direction ?d } WHERE { ?c evg:direction ?d }"
        },
        headers={"Accept": "text/turtle"},
    )
    assert construct.status_code == 200
    assert construct.headers["content-type"].startswith("text/turtle")
    assert b"direction" in construct.content


def test_api_sparql_accept_q_values(client: TestClient) -> None:
    r = client.get(
        "/sparql",
        params={"query": CLAIMS},
        headers={"Accept": "application/sparql-results+json;q=0.5, text/csv;q=0.9"},
    )
    assert r.headers["content-type"].startswith("text/csv")


def test_api_sparql_not_acceptable_is_406(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": CLAIMS}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_api_sparql_syntax_error_is_400_with_message(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400
    assert r.json()["detail"]


@pytest.mark.parametrize("query", ["", "  \n", "# only a comment\n"])
def test_api_sparql_empty_query_says_so(client: TestClient, query: str) -> None:
    for r in (
        client.get("/sparql", params={"query": query}),
        client.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query"}),
    ):
        assert r.status_code == 400
        assert r.json()["detail"] == "the query is empty: it has only whitespace and comments"
    # a comment after a query is no empty query, nor is a # inside an IRI
    ok = client.get("/sparql", params={"query": "ASK { ?s <http://x/#p> ?o } # done"})
    assert ok.status_code == 200


@pytest.mark.parametrize(
    "send",
    [
        lambda c: c.post(
            "/sparql", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}
        ),
        lambda c: c.post("/sparql", data={"update": "DROP ALL"}),
        lambda c: c.get(
            "/sparql", params={"query": "PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }"}
        ),
        lambda c: c.get("/sparql", params={"update": "CLEAR ALL"}),
    ],
)
def test_api_sparql_updates_are_refused_403(client: TestClient, send) -> None:  # type: ignore[no-untyped-def]
    r = send(client)
    assert r.status_code == 403
    assert client.get("/sparql", params={"query": PREFIX + "ASK { ?c a evg:Claim }"}).json()[
        "boolean"
    ]


def test_api_sparql_protocol_errors(client: TestClient) -> None:
    assert client.get("/sparql", headers={"Accept": "application/json"}).status_code == 400
    assert client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D").status_code == 400
    assert (
        client.post(
            "/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"}
        ).status_code
        == 415
    )


def test_api_sparql_ignores_unknown_parameters(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": CLAIMS, "format": "json", "output": "json"})
    assert r.status_code == 200


def guarded(**overrides: object) -> TestClient:
    """A client of an app over a store of many triples, with the given settings."""
    store = open_store(":memory:")
    quads = " ".join(f"<urn:s{i}> <urn:p> {i} ." for i in range(300))
    store.update(f"INSERT DATA {{ GRAPH <urn:g> {{ {quads} }} }}")
    return TestClient(create_app(Settings(store=":memory:", **overrides), store=store))  # type: ignore[arg-type]


def test_api_sparql_timeout_is_503(tmp_path: Path) -> None:
    with guarded(query_timeout_s=0.2, cache_dir=tmp_path) as c:
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
        assert r.status_code == 503
        assert "0.2 s" in r.json()["detail"]


def test_api_sparql_result_cap(tmp_path: Path) -> None:
    with guarded(max_results=100, cache_dir=tmp_path) as c:
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert r.status_code == 400 and "LIMIT" in r.json()["detail"]
        ok = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 100"})
        assert ok.status_code == 200 and len(ok.json()["results"]["bindings"]) == 100
        graph = c.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
        assert graph.status_code == 400


def test_api_sparql_body_cap(tmp_path: Path) -> None:
    with guarded(max_body_bytes=1000, cache_dir=tmp_path) as c:
        query = "ASK {}" + " " * 2000
        r = c.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
        assert r.status_code == 413


def test_api_sparql_updates_need_the_configured_token(tmp_path: Path) -> None:
    insert = b"INSERT DATA { GRAPH <urn:t> { <urn:a> <urn:b> <urn:c> } }"
    headers = {"Content-Type": "application/sparql-update"}
    with guarded(cache_dir=tmp_path) as c:  # no token configured: read-only
        r = c.post("/sparql", content=insert, headers={**headers, "Authorization": "Bearer x"})
        assert r.status_code == 403
    with guarded(update_token="s3cret", cache_dir=tmp_path) as c:
        assert c.post("/sparql", content=insert, headers=headers).status_code == 403
        r = c.post("/sparql", content=insert, headers={**headers, "Authorization": "Bearer s3"})
        assert r.status_code == 403
        ok = c.post(
            "/sparql", content=insert, headers={**headers, "Authorization": "Bearer s3cret"}
        )
        assert ok.status_code == 204
        assert c.get("/sparql", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}).json()[
            "boolean"
        ]


def test_api_sparql_cors(tmp_path: Path) -> None:
    with guarded(cors_origins="https://review.example", cache_dir=tmp_path) as c:
        pre = c.options(
            "/sparql",
            headers={
                "Origin": "https://review.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "Content-Type",
            },
        )
        assert pre.status_code == 200
        assert pre.headers["access-control-allow-origin"] == "https://review.example"
        r = c.get(
            "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://other.example"}
        )
        assert "access-control-allow-origin" not in r.headers
