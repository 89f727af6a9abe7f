"""Review-tool REST endpoints through the real app: /claims filters, sorting, CSV; the
evidence network; meta-analysis; /export; dereferencing minted IRIs on a live server."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import httpx
import networkx as nx
import pytest
import rdflib
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from kg.meta_analysis import meta_analyse
from kg.model import (
    ArmRef,
    ArmResult,
    Claim,
    ConceptRef,
    Effect,
    Evidence,
    Outcome,
    Population,
    Record,
)
from kg.rdf_mapping import record_to_graphs
from kg.stores import open_store
from kg.stores.base import Store
from tests.live_server import free_port, serving

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
RA, EXPERIMENTAL = ("D001172", "Arthritis, Rheumatoid"), ("D001169", "Arthritis, Experimental")


def trial(n: int, year: int, condition: tuple[str, str], drug: str, rr: tuple[float, ...],
          species: str = "human", comparator: str = "placebo") -> Record:  # fmt: skip
    """An invented two-arm trial with one claim (risk ratio with CI) on 'ACR20 response'."""
    text = f"Trial {n}. {drug} versus {comparator} improved ACR20 response at 3 months."
    value, low, high = rr
    claim = Claim(
        id=f"c{n}",
        population=Population(text="adults", n=100, species=species,
                              condition=[ConceptRef(ui=condition[0], label=condition[1])]),
        intervention=ArmRef(arm="a1", text=drug),
        comparator=ArmRef(arm="a2", text=comparator),
        outcome=Outcome(text="ACR20 response", timepoint="3 months"),
        results=[ArmResult(arm="a1", n=50, events=30 + n), ArmResult(arm="a2", n=50, events=20)],
        effect=Effect(measure="risk ratio", value=value, ci_low=low, ci_high=high),
        direction="increased" if low > 1 else "no difference",
        significant=low > 1,
        evidence=Evidence(start=0, end=len(text), text=text),
        confidence=0.5 + n / 100,
    )  # fmt: skip
    return Record(id=f"pubmed:90000010{n}", pmid=f"90000010{n}", title=f"Invented trial {n}",
                  year=year, text=text, publication_types=["Randomized Controlled Trial"],
                  claims=[claim])  # fmt: skip


TRIALS = [
    trial(1, 2019, RA, "drug A", (1.5, 1.1, 2.0)),
    trial(2, 2021, RA, "drug A", (1.2, 0.9, 1.6)),
    trial(3, 2023, EXPERIMENTAL, "drug A", (2.0, 1.2, 3.3), species="mouse"),
    trial(4, 2022, RA, "drug B", (1.1, 0.8, 1.5), comparator="drug A"),
]


def load(store: Store, base: str) -> None:
    store.replace_records([record_to_graphs(r, base=base, extractor_version="t") for r in TRIALS])


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = open_store(":memory:")
    settings = Settings(store=":memory:", cache_dir=tmp_path_factory.mktemp("cache"),
                        mesh=[FIXTURES / "mesh" / "descriptors.tsv"])  # fmt: skip
    load(store, settings.base_iri)
    with TestClient(create_app(settings, store=store)) as c:
        yield c
    store.close()


def ids(r: httpx.Response) -> list[str]:
    assert r.status_code == 200, r.text
    return [i["publication"]["pmid"] for i in r.json()["items"]]


def test_api_review_condition_expands_mesh_tree(client: TestClient) -> None:
    # Arthritis (D001168) has both RA and Experimental arthritis below it.
    assert sorted(ids(client.get("/claims", params={"condition": "D001168"}))) == [
        "900000101", "900000102", "900000103", "900000104"]  # fmt: skip
    assert len(ids(client.get("/claims", params={"condition": "Rheumatoid Arthritis"}))) == 3
    only = client.get("/claims", params={"condition": "D001168", "descendants": "false"})
    assert ids(only) == []


def test_api_review_filters(client: TestClient) -> None:
    def pmids(**params: object) -> set[str]:
        return set(ids(client.get("/claims", params=params)))

    assert pmids(intervention="DRUG b") == {"900000104"}
    assert pmids(comparator="placebo") == {"900000101", "900000102", "900000103"}
    assert pmids(outcome="acr20", significant="true") == {"900000101", "900000103"}
    assert pmids(direction="no difference") == {"900000102", "900000104"}
    assert pmids(species="Mouse") == {"900000103"}
    assert pmids(year=2021) == {"900000102"}
    assert pmids(year_from=2021, year_to=2022) == {"900000102", "900000104"}
    assert len(pmids(publication_type="randomized controlled trial")) == 4
    assert pmids(publication_type="Review") == set()


def test_api_review_sort_and_pagination(client: TestClient) -> None:
    newest = client.get("/claims", params={"sort": "-year", "limit": 2})
    assert newest.json()["total"] == 4 and ids(newest) == ["900000103", "900000104"]
    second = client.get("/claims", params={"sort": "-year", "limit": 2, "offset": 2})
    assert ids(second) == ["900000102", "900000101"]
    assert ids(client.get("/claims", params={"sort": "confidence", "limit": 1})) == ["900000101"]


def test_api_review_validation_errors_name_the_parameter(client: TestClient) -> None:
    r = client.get("/claims", params={"sort": "sideways", "limit": 0})
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    assert {e["parameter"] for e in r.json()["errors"]} == {"sort", "limit"}


def test_api_review_claims_csv_one_row_per_arm(client: TestClient) -> None:
    params = {"intervention": "drug A"}
    for r in (
        client.get("/claims.csv", params=params),
        client.get("/claims", params={**params, "format": "csv"}),
    ):
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert len(rows) == 6  # 3 claims x 2 arms (in trial 4 drug A is the comparator)
        first = next(x for x in rows if x["pmid"] == "900000101" and x["arm"] == "a1")
        assert first["arm_role"] == "intervention" and first["n"] == "50"
        assert first["events"] == "31" and first["effect_measure"] == "risk ratio"
        assert first["ci_low"] == "1.1" and first["year"] == "2019"


def test_api_review_network(client: TestClient) -> None:
    data = client.get("/evidence/network", params={"condition": "D001168"}).json()
    edges = {(e["source"], e["target"]): e["trials"] for e in data["edges"]}
    assert edges == {("drug a", "placebo"): 3, ("drug a", "drug b"): 1}
    graphml = client.get("/evidence/network", params={"format": "graphml"})
    g = nx.read_graphml(io.BytesIO(graphml.content))
    assert g.number_of_nodes() == 3 and g.edges["drug a", "placebo"]["trials"] == 3


def test_api_review_meta_analysis(client: TestClient) -> None:
    params = {"intervention": "drug A", "comparator": "placebo", "outcome": "ACR20"}
    r = client.get("/meta-analysis", params=params).json()
    assert r["measure"] == "risk ratio" and r["k"] == 3
    assert r["fixed_effect"]["value"] == pytest.approx(1.4157, abs=1e-3)
    assert r["random_effects"]["value"] == pytest.approx(1.4472, abs=1e-3)
    assert r["heterogeneity"]["i2"] == pytest.approx(0.3759, abs=1e-3)
    assert r["heterogeneity"]["tau2"] >= 0
    two = client.get("/meta-analysis", params={**params, "condition": "D001172"}).json()
    assert two["k"] == 2 and two["random_effects"]["ci_low"] < two["fixed_effect"]["ci_low"]
    svg = client.get("/meta-analysis", params={**params, "format": "svg"})
    assert svg.headers["content-type"].startswith("image/svg+xml")
    root = ET.fromstring(svg.content)
    assert root.tag.endswith("svg") and len(root.findall(".//{*}polygon")) == 2
    missing = client.get("/meta-analysis", params={"outcome": "x"})
    assert missing.status_code == 422 and missing.json()["errors"][0]["parameter"] == "intervention"


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle", "jsonld"])
def test_api_review_export_rdf(client: TestClient, fmt: str) -> None:
    rdflib_format = {"trig": "trig", "nquads": "nquads", "turtle": "turtle", "jsonld": "json-ld"}
    everything = client.get("/export", params={"format": fmt})
    assert everything.status_code == 200
    whole = rdflib.Dataset().parse(data=everything.content, format=rdflib_format[fmt])
    part = client.get("/export", params={"format": fmt, "species": "mouse"})
    some = rdflib.Dataset().parse(data=part.content, format=rdflib_format[fmt])
    assert 0 < len(list(some.quads())) < len(list(whole.quads()))
    assert b"900000103" in part.content and b"900000101" not in part.content


def test_api_review_export_csv_and_ris(client: TestClient) -> None:
    ris = client.get("/export", params={"format": "ris", "year_from": 2022}).text
    assert ris.count("TY  - JOUR") == 2 and "AN  - 900000104" in ris
    rows = list(csv.DictReader(io.StringIO(client.get("/export", params={"format": "csv"}).text)))
    assert len(rows) == 8


def test_api_review_minted_iris_dereference(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}/id/"
    store = open_store(":memory:")
    load(store, base)
    settings = Settings(store=":memory:", cache_dir=tmp_path, base_iri=base)
    with serving(create_app(settings, store=store), port=port):
        claim = client_claim_iri(f"http://127.0.0.1:{port}")
        assert claim.startswith(base)
        turtle = httpx.get(claim, headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200
        g = rdflib.Graph().parse(data=turtle.text, format="turtle")
        assert (rdflib.URIRef(claim), None, None) in g
        jsonld = httpx.get(claim, headers={"Accept": "application/ld+json"})
        assert jsonld.headers["content-type"].startswith("application/ld+json")
        assert json.loads(jsonld.content)
        html = httpx.get(claim, headers={"Accept": "text/html,*/*;q=0.8"})
        assert html.headers["content-type"].startswith("text/html") and claim in html.text
        graph = httpx.get(claim + "/np/assertion", headers={"Accept": "application/n-triples"})
        assert graph.status_code == 200 and claim in graph.text
        missing = httpx.get(base + "record/nothing-here")
        assert missing.status_code == 404
        assert missing.headers["content-type"] == "application/problem+json"
    store.close()


def client_claim_iri(server: str) -> str:
    r = httpx.get(f"{server}/claims", params={"limit": 1})
    iri: str = r.json()["items"][0]["iri"]
    return iri


def test_api_review_meta_analysis_clips_tau2_at_zero() -> None:
    same = [
        {"iri": f"c{i}", "confidence": 0.5, "publication": {"id": f"s{i}"},
         "effect": {"measure": "mean difference", "value": v, "ci_low": v - 1, "ci_high": v + 1}}
        for i, v in enumerate([0.50, 0.52, 0.49])
    ]  # fmt: skip
    result = meta_analyse(same)
    assert result.tau2 == 0.0 and result.i2 == 0.0
    assert result.fixed is not None and result.random is not None
    assert result.fixed.value == pytest.approx(result.random.value)
