"""SPARQL behind ``GET /claims`` and ``GET /publications/{pmid}``.

Filter values reach SPARQL only as bound terms (``Store.query(bindings=...)``); the only
numbers formatted into query text are validated integers (limit, offset) and IRIs that the
store itself returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.claim_reading import (
    claim_json,
    evidence_offsets,
    index_triples,
    lexical,
    publication_json,
)
from kg.stores.base import BindingValue, Store
from kg.vocab import mesh_iri, pubmed_iri, sparql_prologue

_MESH_UI = re.compile(r"^[DC]\d{6,9}$")


@dataclass(frozen=True)
class ClaimFilter:
    """Filters of ``GET /claims``; text filters match case-insensitively as substrings."""

    condition: str | None = None  # MeSH UI (D001172) or label ("Arthritis, Rheumatoid")
    intervention: str | None = None
    outcome: str | None = None


def _where(f: ClaimFilter) -> tuple[str, dict[str, BindingValue]]:
    patterns = ["?claim a evg:Claim ; dcterms:source ?article ."]
    bindings: dict[str, BindingValue] = {}
    if f.condition:
        patterns.append("?claim pico:population/pico:condition ?cond .")
        if _MESH_UI.match(f.condition.strip()):
            bindings["cond"] = ox.NamedNode(mesh_iri(f.condition.strip()))
        else:
            patterns.append(
                "?cond rdfs:label ?condLabel . "
                "FILTER(LCASE(STR(?condLabel)) = LCASE(STR(?condNeedle)))"
            )
            bindings["condNeedle"] = ox.Literal(f.condition.strip())
    if f.intervention:
        patterns.append(
            "?claim pico:interventionGroup/evg:interventionText ?it . "
            "FILTER(CONTAINS(LCASE(STR(?it)), LCASE(STR(?intNeedle))))"
        )
        bindings["intNeedle"] = ox.Literal(f.intervention.strip())
    if f.outcome:
        patterns.append(
            "?claim pico:outcomeGroup/rdfs:label ?ot . "
            "FILTER(CONTAINS(LCASE(STR(?ot)), LCASE(STR(?outNeedle))))"
        )
        bindings["outNeedle"] = ox.Literal(f.outcome.strip())
    return "\n  ".join(patterns), bindings


def _values(var: str, iris: list[str]) -> str:
    """A VALUES block of IRIs the store returned, serialised by pyoxigraph."""
    return f"VALUES ?{var} {{ {' '.join(str(ox.NamedNode(i)) for i in iris)} }}"


def count_claims(store: Store, f: ClaimFilter) -> int:
    where, bindings = _where(f)
    q = f"{sparql_prologue()}SELECT (COUNT(DISTINCT ?claim) AS ?n) WHERE {{\n  {where}\n}}"
    for row in store.query(q, bindings=bindings):
        return int(lexical(row["n"]))
    return 0


def find_claims(store: Store, f: ClaimFilter, *, limit: int, offset: int) -> list[dict[str, Any]]:
    """One page of claims matching ``f``, ordered by article then claim IRI."""
    where, bindings = _where(f)
    q = (
        f"{sparql_prologue()}SELECT DISTINCT ?claim ?article WHERE {{\n  {where}\n}}\n"
        f"ORDER BY ?article ?claim LIMIT {int(limit)} OFFSET {int(offset)}"
    )
    page = [(lexical(r["claim"]), lexical(r["article"])) for r in store.query(q, bindings=bindings)]
    if not page:
        return []
    claims = claims_by_iri(store, [c for c, _ in page])
    pubs = _article_summaries(store, sorted({a for _, a in page}))
    out = []
    for claim_iri, article in page:
        item = claims.get(claim_iri)
        if item is not None:
            out.append({**item, "publication": pubs.get(article, {"iri": article})})
    return out


def claims_by_iri(store: Store, claim_iris: list[str]) -> dict[str, dict[str, Any]]:
    """Claim JSON for each claim IRI, from its nanopublication's assertion and provenance."""
    if not claim_iris:
        return {}
    q = (
        f"{sparql_prologue()}SELECT ?s ?p ?o WHERE {{\n  {_values('claim', claim_iris)}\n"
        "  ?np np:hasAssertion ?ag ; np:hasProvenance ?pg .\n"
        "  GRAPH ?ag { ?claim a evg:Claim }\n"
        "  { GRAPH ?ag { ?s ?p ?o } } UNION { GRAPH ?pg { ?s ?p ?o } }\n}"
    )
    rows = [(r["s"], r["p"], r["o"]) for r in store.query(q)]
    t = index_triples(rows)
    offsets = evidence_offsets(t)
    return {c: claim_json(t, c, offsets.get(c)) for c in claim_iris if c in t}


def _article_summaries(store: Store, articles: list[str]) -> dict[str, dict[str, Any]]:
    q = (
        f"{sparql_prologue()}SELECT ?article ?id ?pmid ?title WHERE {{\n"
        f"  {_values('article', articles)}\n"
        "  ?article evg:recordId ?id ; dcterms:title ?title .\n"
        "  OPTIONAL { ?article bibo:pmid ?pmid }\n}"
    )
    out: dict[str, dict[str, Any]] = {}
    for r in store.query(q):
        pmid = r.get("pmid")
        out[lexical(r["article"])] = {
            "iri": lexical(r["article"]),
            "id": lexical(r["id"]),
            "pmid": lexical(pmid) if pmid is not None else None,
            "title": lexical(r["title"]),
        }
    return out


def get_publication(store: Store, pmid: str) -> dict[str, Any] | None:
    """The stored record with PMID ``pmid`` and all its claims, or None when unknown."""
    article = pubmed_iri(pmid)
    q = (
        f"{sparql_prologue()}SELECT ?s ?p ?o WHERE {{\n"
        "  GRAPH ?g { ?article evg:recordId ?id . ?s ?p ?o }\n}"
    )
    rows = [
        (r["s"], r["p"], r["o"])
        for r in store.query(q, bindings={"article": ox.NamedNode(article)})
    ]
    if not rows:
        return None
    pub = publication_json(index_triples(rows), article)
    q_claims = (
        f"{sparql_prologue()}SELECT DISTINCT ?claim WHERE {{\n"
        "  ?claim a evg:Claim ; dcterms:source ?article .\n} ORDER BY ?claim"
    )
    claim_iris = [
        lexical(r["claim"])
        for r in store.query(q_claims, bindings={"article": ox.NamedNode(article)})
    ]
    by_iri = claims_by_iri(store, claim_iris)
    pub["claims"] = [by_iri[c] for c in claim_iris if c in by_iri]
    return pub
