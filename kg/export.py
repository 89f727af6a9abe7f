"""Exports of the graph: RDF of everything or of the records behind a claim search, and
RIS citations of the matching articles.

A filtered RDF export holds whole named graphs: each matching claim's nanopublication
(head, assertion, provenance, publication info) and its article's graph.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

import pyoxigraph as ox

from kg.claim_filters import ClaimFilter, where
from kg.claim_reading import lexical
from kg.stores.base import Store
from kg.vocab import PREFIXES, sparql_prologue

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def is_filtered(f: ClaimFilter) -> bool:
    return any(v not in (None, True, ()) for v in f.__dict__.values())


def record_graphs(store: Store, f: ClaimFilter, timeout_s: float | None = None) -> list[str]:
    """Named graphs of the claims matching ``f``: their nanopublications and articles."""
    pattern, bindings = where(f)
    q = (
        f"{sparql_prologue()}SELECT DISTINCT ?g WHERE {{\n  {pattern}\n"
        "  GRAPH ?ag { ?claim a evg:Claim } ?np np:hasAssertion ?ag .\n"
        "  { ?np np:hasAssertion|np:hasProvenance|np:hasPublicationInfo ?g }\n"
        "  UNION { GRAPH ?g { ?np np:hasAssertion ?ag } }\n"
        "  UNION { GRAPH ?g { ?article evg:recordId ?id } }\n} ORDER BY ?g"
    )
    rows = store.query(q, bindings=bindings, timeout_s=timeout_s)
    return [lexical(r["g"]) for r in rows if "g" in r]


def write_rdf(store: Store, fmt: str, output: IO[bytes], f: ClaimFilter, timeout_s: float) -> None:
    """The whole dataset, or the record graphs matching ``f``, as ``fmt`` (see RDF_FORMATS).

    Turtle and JSON-LD hold triples only: the graph names are dropped.
    """
    target = RDF_FORMATS[fmt]
    if not is_filtered(f):
        if target.supports_datasets:
            store.dump(target, output)
            return
        result = store.query("CONSTRUCT WHERE { ?s ?p ?o }", timeout_s=timeout_s)
        result.serialize(target, output)
        return
    graphs = record_graphs(store, f, timeout_s)
    quads: list[ox.Quad] = []
    if graphs:
        values = " ".join(str(ox.NamedNode(g)) for g in graphs)
        q = f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        for r in store.query(q, timeout_s=timeout_s):
            graph = r["g"]
            assert isinstance(graph, ox.NamedNode)
            quads.append(ox.Quad(r["s"], r["p"], r["o"], graph))  # type: ignore[arg-type]
    if target.supports_datasets:
        ox.serialize(quads, output, target, prefixes=PREFIXES)
    else:
        ox.serialize((q.triple for q in quads), output, target, prefixes=PREFIXES)


def articles(store: Store, f: ClaimFilter) -> list[dict[str, str]]:
    """Bibliographic fields of the articles with a claim matching ``f`` (all when unfiltered)."""
    pattern, bindings = where(f) if is_filtered(f) else ("?article evg:recordId ?anyId .", {})
    found = store.query(
        f"{sparql_prologue()}SELECT DISTINCT ?article WHERE {{ {pattern} }} ORDER BY ?article",
        bindings=bindings,
    )
    iris = [str(ox.NamedNode(lexical(r["article"]))) for r in found]
    if not iris:
        return []
    q = (
        f"{sparql_prologue()}SELECT ?article ?title ?year ?pmid ?doi ?journal ?abstract WHERE {{\n"
        f"  VALUES ?article {{ {' '.join(iris)} }}\n"
        "  ?article dcterms:title ?title .\n"
        "  OPTIONAL { ?article fabio:hasPublicationYear ?year }\n"
        "  OPTIONAL { ?article bibo:pmid ?pmid } OPTIONAL { ?article bibo:doi ?doi }\n"
        "  OPTIONAL { ?article dcterms:isPartOf/dcterms:title ?journal }\n"
        "  OPTIONAL { { ?text prov:wasDerivedFrom ?article ; a dctypes:Text ;\n"
        "                     rdf:value ?abstract }\n"
        "             UNION { ?article evg:abstractText ?abstract } }\n} ORDER BY ?article"
    )
    out: dict[str, dict[str, str]] = {}
    for r in store.query(q):
        out.setdefault(lexical(r["article"]), {k: lexical(v) for k, v in r.items()})
    return list(out.values())


def ris(records: list[dict[str, str]]) -> Iterator[str]:
    """RIS citations (one ``TY  - JOUR`` ... ``ER  -`` block per article)."""
    for a in records:
        lines = ["TY  - JOUR", f"TI  - {_one_line(a['title'])}"]
        for tag, key in (("T2", "journal"), ("PY", "year"), ("AN", "pmid"), ("DO", "doi")):
            if a.get(key):
                lines.append(f"{tag}  - {_one_line(a[key])}")
        lines.append(f"UR  - {a['article']}")
        if a.get("abstract"):
            lines.append(f"AB  - {_one_line(a['abstract'])}")
        lines.append("ER  - ")
        yield "\r\n".join(lines) + "\r\n\r\n"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())
