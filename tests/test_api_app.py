"""The HTTP API through the real app: extraction, storage, claims, publications, errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from kg.stores import open_store
from kg.stores.base import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

NO_ABSTRACT = b"""<?xml version="1.0"?>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>900000099</PMID>
<Article><ArticleTitle>A title with nothing after it.</ArticleTitle></Article>
</MedlineCitation></PubmedArticle></PubmedArticleSet>"""

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
<ArticleTitle>&lol3;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>2</PMID><Article>
<ArticleTitle>&ext;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"""


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    yield s
    s.close()


@pytest.fixture
def client(store: Store, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(store=":memory:", cache_dir=tmp_path / "cache", max_body_bytes=1_000_000)
    with TestClient(create_app(settings, store=store)) as c:
        yield c


@pytest.fixture
def loaded(client: TestClient) -> TestClient:
    body = (EXAMPLES / "example-trials.xml").read_bytes()
    response = client.post("/records", content=body, headers={"Content-Type": "application/xml"})
    assert response.status_code == 201, response.text
    return client


def count_quads(client: TestClient) -> int:
    r = client.get(
        "/sparql",
        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_api_health(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


def test_api_head_is_get_without_the_body(loaded: TestClient) -> None:
    for path in ("/health", "/claims", "/publications/900000001"):
        got, head = loaded.get(path), loaded.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.headers["content-length"] == got.headers["content-length"]
    assert loaded.head("/publications/1").status_code == 404
    assert loaded.head("/records").status_code == 405  # POST only


def test_api_router_errors_have_the_apps_shape(client: TestClient) -> None:
    missing = client.get("/nowhere")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["title"] == "Not found"
    assert missing.json()["detail"] == "GET /nowhere: not found"
    wrong = client.delete("/claims")
    assert wrong.status_code == 405
    assert wrong.json()["title"] == "Method not allowed"
    assert wrong.json()["detail"] == "DELETE /claims: method not allowed"
    assert wrong.headers["allow"] == "GET"


def test_api_openapi_docs(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/sparql", "/extract", "/records", "/claims", "/publications/{pmid}", "/health"} <= set(
        paths
    )


def test_api_extract_returns_record_json(client: TestClient) -> None:
    body = (EXAMPLES / "example-page.txt").read_bytes()
    r = client.post("/extract", content=body, headers={"Content-Type": "text/plain"})
    assert r.status_code == 200, r.text
    record = r.json()
    assert record["title"].startswith("Example: a probiotic drink")
    assert record["doi"] == "10.0000/example.2023.001"
    assert len(record["arms"]) == 2
    assert {a["n"] for a in record["arms"]} == {75}
    for claim in record["claims"]:
        ev = claim["evidence"]
        assert record["text"][ev["start"] : ev["end"]] == ev["text"]
    # nothing stored by /extract
    assert count_quads(client) == 0


def test_api_records_stores_and_is_idempotent(loaded: TestClient) -> None:
    before = count_quads(loaded)
    assert before > 0
    body = (EXAMPLES / "example-trials.xml").read_bytes()
    again = loaded.post("/records", content=body, headers={"Content-Type": "application/xml"})
    assert again.status_code == 201
    assert isinstance(again.json(), list) and len(again.json()) == 2
    assert count_quads(loaded) == before


def test_api_publication_and_its_claims(loaded: TestClient) -> None:
    r = loaded.get("/publications/900000001")
    assert r.status_code == 200
    pub = r.json()
    assert pub["pmid"] == "900000001"
    assert pub["year"] == 2024
    assert any(m["ui"] == "D003139" and m["major"] for m in pub["mesh"])
    assert pub["claims"], "the example trial's results give claims"
    assert all(c["evidence"]["text"] for c in pub["claims"])


def test_api_unknown_publication_is_404(client: TestClient) -> None:
    r = client.get("/publications/123456789")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "123456789" in r.json()["detail"]


def test_api_invalid_pmid_names_the_parameter(client: TestClient) -> None:
    r = client.get("/publications/abc")
    assert r.status_code == 422
    assert "pmid" in r.json()["detail"]


def test_api_publication_takes_every_pmid_a_record_may_have(client: TestClient) -> None:
    body = NO_ABSTRACT.replace(b"900000099", b"1234567890").replace(
        b"</ArticleTitle>",
        b"</ArticleTitle><Abstract><AbstractText>Zinc lowered the rate.</AbstractText></Abstract>",
    )
    stored = client.post("/records", content=body, headers={"Content-Type": "application/xml"})
    assert stored.status_code == 201, stored.text
    assert client.get("/publications/1234567890").json()["pmid"] == "1234567890"
    # ASCII digits only: other scripts' digits and an eleventh digit are no PMID
    for bad in ("\u0661\u0662\u0663", "12345678901"):
        r = client.get(f"/publications/{bad}")
        assert r.status_code == 422, bad


def test_api_claims_filters_and_pagination(loaded: TestClient) -> None:
    everything = loaded.get("/claims").json()
    assert everything["total"] >= 2
    zinc = loaded.get("/claims", params={"intervention": "ZINC"}).json()
    assert zinc["total"] >= 1
    assert all("zinc" in c["intervention"]["text"].lower() for c in zinc["items"])
    assert all(c["publication"]["pmid"] == "900000001" for c in zinc["items"])
    none = loaded.get("/claims", params={"outcome": 'no such outcome " } ; DROP ALL'}).json()
    assert none["total"] == 0
    page = loaded.get("/claims", params={"limit": 1, "offset": 1}).json()
    assert len(page["items"]) == 1
    assert page["items"][0]["id"] == everything["items"][1]["id"]


def test_api_claims_of_records_without_pmid(loaded: TestClient) -> None:
    body = (EXAMPLES / "example-page.txt").read_bytes()
    assert loaded.post("/records", content=body, params={"name": "probiotic"}).status_code == 201
    page = loaded.get("/claims", params={"intervention": "probiotic"})
    assert page.status_code == 200, page.text
    items = page.json()["items"]
    assert items and all(c["publication"]["pmid"] is None for c in items)
    assert {c["publication"]["id"] for c in items} == {"probiotic"}


def test_api_claims_bad_limit_is_422(client: TestClient) -> None:
    r = client.get("/claims", params={"limit": 0})
    assert r.status_code == 422
    assert "limit" in r.json()["detail"]


def test_api_claims_year_range_backwards_is_422(client: TestClient) -> None:
    r = client.get("/claims", params={"year_from": 2020, "year_to": 2010})
    assert r.status_code == 422
    assert "year_from (2020) is after year_to (2010)" in r.json()["detail"]
    assert client.get("/claims", params={"year_from": 2010, "year_to": 2010}).status_code == 200


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>5</PMID>", 400, "xml"),
        (BOMB, 400, "entit"),
        (XXE, 400, "entit"),
        ("Titre\n\nR\u00e9sum\u00e9 \u00e0 la fran\u00e7aise".encode("latin-1"), 400, "utf-8"),
        (NO_ABSTRACT, 422, "abstract"),
        (b"", 400, "empty"),
        (b"<PubmedArticleSet></PubmedArticleSet>", 400, "no records"),
    ],
)
def test_api_bad_input_gets_a_clear_4xx_and_loses_nothing(
    loaded: TestClient, body: bytes, status: int, words: str
) -> None:
    before = count_quads(loaded)
    for path in ("/extract", "/records"):
        r = loaded.post(path, content=body)
        assert r.status_code == status, r.text
        assert words in r.json()["detail"].lower()
    assert count_quads(loaded) == before
    assert loaded.get("/health").status_code == 200


def test_api_body_over_limit_is_413(loaded: TestClient) -> None:
    big = b"x" * 1_500_000
    r = loaded.post("/extract", content=big)
    assert r.status_code == 413

    def chunks() -> Iterator[bytes]:
        for _ in range(30):
            yield b"y" * 100_000

    r = loaded.post("/records", content=chunks())
    assert r.status_code == 413
    assert loaded.get("/health").status_code == 200


def test_api_batch_with_one_bad_record_keeps_the_rest(client: TestClient) -> None:
    body = b"""<?xml version="1.0"?>
<PubmedArticleSet>
<PubmedArticle><MedlineCitation><PMID>900000050</PMID><Article>
<ArticleTitle>An invented trial of humming for hiccups.</ArticleTitle>
<Abstract><AbstractText>Hiccups stopped in 12/20 hummers and 5/20 controls (p=0.03).</AbstractText>
</Abstract></Article></MedlineCitation></PubmedArticle>
<PubmedArticle><MedlineCitation><Article></Article></MedlineCitation></PubmedArticle>
</PubmedArticleSet>"""
    r = client.post("/records", content=body)
    assert r.status_code == 201, r.text
    assert [rec["pmid"] for rec in r.json()] == ["900000050"]
    problems = r.headers["Evg-Record-Problems"]
    assert "record 2" in problems
    assert client.get("/publications/900000050").status_code == 200


def _article(pmid: str, title: str) -> bytes:
    return (
        f"<PubmedArticle><MedlineCitation><PMID>{pmid}</PMID><Article><ArticleTitle>{title}"
        "</ArticleTitle><Abstract><AbstractText>Hiccups stopped in 12/20 hummers and 5/20 "
        "controls (p=0.03).</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>"
    ).encode()


def test_api_batch_with_a_pmid_that_is_no_pubmed_id_stores_the_others(
    client: TestClient,
) -> None:
    body = b"<PubmedArticleSet>%s%s%s</PubmedArticleSet>" % (
        _article("900000401", "A first invented trial."),
        _article("abc/../x y", "A second invented trial."),
        _article("900000403", "A third invented trial."),
    )
    r = client.post("/records", content=body)
    assert r.status_code == 201, r.text
    assert [rec["pmid"] for rec in r.json()] == ["900000401", "900000403"]
    problems = r.headers["Evg-Record-Problems"]
    assert "record 2" in problems and "is not a PubMed id" in problems
    for pmid in ("900000401", "900000403"):
        assert client.get(f"/publications/{pmid}").status_code == 200


def test_api_body_with_a_pmid_twice_stores_the_first_and_reports_the_second(
    client: TestClient,
) -> None:
    body = b"<PubmedArticleSet>%s%s%s</PubmedArticleSet>" % (
        _article("900000411", "A first invented trial."),
        _article("900000411", "The same PMID, another trial."),
        _article("900000411", "A first invented trial."),  # the same record again
    )
    r = client.post("/records", content=body)
    assert r.status_code == 201, r.text
    assert [rec["title"] for rec in r.json()] == ["A first invented trial."]
    assert "the same PMID twice" in r.headers["Evg-Record-Problems"]
    stored = client.get("/publications/900000411").json()
    assert "A first invented trial." in json.dumps(stored)


def test_api_bodies_without_pmid_keep_their_own_records(client: TestClient) -> None:
    first = b"Humming for hiccups.\n\nHiccups stopped in 12/20 hummers and 5/20 controls."
    second = b"Whistling for hiccups.\n\nHiccups stopped in 9/20 whistlers and 5/20 controls."
    ids = [client.post("/records", content=body).json()["id"] for body in (first, second)]
    assert ids[0] != ids[1] and all(i.startswith("request-") for i in ids)
    assert client.post("/records", content=first).json()["id"] == ids[0]  # same body, same id
    query = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a <http://purl.org/dc/terms/title> ?t }"
    r = client.get("/sparql", params={"query": query}, headers={"Accept": "application/json"})
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "2"


def test_api_control_characters_are_stored_as_spaces_and_every_xml_output_parses(
    client: TestClient,
) -> None:
    title = "Humming\x00 for\x1b hiccups."
    body = (
        f"{title}\n\nForty adults with hiccups\x02 were randomised to humming or placebo. "
        "Hiccups stopped in 12/20 hummers and 5/20 controls (p=0.03).\n"
    )
    stored = client.post("/records", content=body.encode(), params={"name": "hum"})
    assert stored.status_code == 201, stored.text
    record = stored.json()
    assert record["title"] == "Humming  for  hiccups."
    text = record["text"]
    assert not any(ord(c) < 32 and c not in "\t\n\r" for c in text)
    assert "hiccups  were" in text  # "\x02" became a space: one character for one
    query = "SELECT ?t WHERE { ?a <http://purl.org/dc/terms/title> ?t }"
    results = client.get(
        "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert results.status_code == 200
    ElementTree.fromstring(results.content)  # well-formed
    graph = client.get("/evidence/network", params={"format": "graphml"})
    assert graph.status_code == 200, graph.text
    ElementTree.fromstring(graph.content)
    refused = client.post("/records", content=body.encode(), params={"name": "a\x00b"})
    assert refused.status_code == 400 and "control characters" in refused.json()["detail"]
    for name in ("x/../../y", "a\\b"):
        refused = client.post("/records", content=body.encode(), params={"name": name})
        assert refused.status_code == 400 and "path separator" in refused.json()["detail"]


def test_api_minted_iri_with_an_escaped_id_dereferences(client: TestClient) -> None:
    body = b"Humming for hiccups.\n\nHiccups stopped in 12/20 hummers and 5/20 controls."
    assert client.post("/records", content=body, params={"name": "a b"}).status_code == 201
    query = 'SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?s), "doc-a%20b")) }'
    r = client.get("/sparql", params={"query": query}, headers={"Accept": "application/json"})
    iris = [b["s"]["value"] for b in r.json()["results"]["bindings"]]
    assert iris
    for iri in iris:
        got = client.get(urlsplit(iri).path, headers={"Accept": "text/turtle"})
        assert got.status_code == 200, (iri, got.text)
        assert iri in got.text


def test_api_text_of_a_record_dereferences_as_plain_text(loaded: TestClient) -> None:
    """The annotation's source is served as the text its selectors' offsets index."""
    client = loaded
    query = """PREFIX oa: <http://www.w3.org/ns/oa#>
    SELECT ?src ?start ?end ?exact WHERE {
      ?t oa:hasSource ?src ; oa:hasSelector ?p, ?q .
      ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact
    } LIMIT 6"""
    r = client.get("/sparql", params={"query": query}, headers={"Accept": "application/json"})
    rows = r.json()["results"]["bindings"]
    assert rows
    for row in rows:
        path = urlsplit(row["src"]["value"]).path
        got = client.get(path, headers={"Accept": "text/plain"})
        assert got.status_code == 200, got.text
        assert got.headers["content-type"].startswith("text/plain")
        start, end = int(row["start"]["value"]), int(row["end"]["value"])
        assert got.text[start:end] == row["exact"]["value"]
        assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 200
    claim_path = urlsplit(client.get("/claims").json()["items"][0]["iri"]).path
    refused = client.get(claim_path, headers={"Accept": "text/plain"})
    assert refused.status_code == 406 and "text/turtle" in refused.text
    missing = client.get(claim_path + "/nothing-here", headers={"Accept": "text/plain"})
    assert missing.status_code == 404


def test_api_name_may_not_take_a_pubmed_id(loaded: TestClient) -> None:
    before = count_quads(loaded)
    body = b"Humming for hiccups.\n\nHiccups stopped in 12/20 hummers and 5/20 controls."
    r = loaded.post("/records", content=body, params={"name": "pubmed:900000001"})
    assert r.status_code == 400, r.text
    assert "reserved" in r.json()["detail"]
    assert count_quads(loaded) == before


def test_api_fault_of_the_extractor_is_a_500_with_its_reason(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug inside the pipeline is no bad input: 500 with a reason, not a 400 or a bare 500."""
    from extractors.pipeline import Extractor

    def failing(self: Extractor, doc: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(Extractor, "_record", failing)
    body = b"PMID- 900000051\nTI  - Humming for hiccups.\nAB  - Hiccups stopped in 12/20 hummers.\n"
    r = client.post("/records", content=body)
    assert r.status_code == 500, r.text
    assert "ZeroDivisionError: division by zero" in r.json()["detail"]
    assert "fault of Evidence Graph's" in r.json()["detail"]


def test_api_fifty_megabyte_body_is_refused(store: Store, tmp_path: Path) -> None:
    settings = Settings(store=":memory:", cache_dir=tmp_path / "cache")  # default 10 MB limit
    with TestClient(create_app(settings, store=store)) as c:
        r = c.post("/records", content=b"z" * (50 * 1024 * 1024))
        assert r.status_code == 413
        assert "larger than" in r.json()["detail"]
        assert c.get("/health").status_code == 200


def test_api_claims_list_each_mesh_link_once(loaded: TestClient) -> None:
    # an arm is described in the assertion graph of every claim about it: read as a set
    items = loaded.get("/claims", params={"limit": 50}).json()["items"]
    linked = [
        group["mesh"]
        for item in items
        for group in (item["intervention"], item["comparator"])
        if group and group["mesh"]
    ]
    assert linked, "the example's zinc arm links to its MeSH heading"
    assert all(len(mesh) == len(set(mesh)) for mesh in linked)
