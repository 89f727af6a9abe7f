"""The SPARQL 1.1 Service Description of /sparql (answered to a GET without a query)."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import RDF

from api.negotiation import GRAPH_OFFERS, SOLUTION_OFFERS, Offer
from kg.vocab import FORMAT_IRIS, FORMATS_NS, SD, node

#: What a service description can be written as (datasets formats make no sense here).
DESCRIPTION_OFFERS = [o for o in GRAPH_OFFERS if o.fmt not in ("trig", "nquads")]

_PREFIXES = {"sd": str(SD._NS), "formats": FORMATS_NS}


def service_description(endpoint: str, *, updates: bool, offer: Offer) -> bytes:
    """The description of the endpoint at ``endpoint`` as ``offer`` (Turtle by default)."""
    service, dataset, default_graph = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()
    a = node(RDF.type)
    triples = [
        ox.Triple(service, a, node(SD.Service)),
        ox.Triple(service, node(SD.endpoint), ox.NamedNode(endpoint)),
        ox.Triple(service, node(SD.supportedLanguage), node(SD.SPARQL11Query)),
        ox.Triple(service, node(SD.feature), node(SD.UnionDefaultGraph)),
        ox.Triple(service, node(SD.defaultDataset), dataset),
        ox.Triple(dataset, a, node(SD.Dataset)),
        ox.Triple(dataset, node(SD.defaultGraph), default_graph),
        ox.Triple(default_graph, a, node(SD.Graph)),
    ]
    if updates:
        triples.append(ox.Triple(service, node(SD.supportedLanguage), node(SD.SPARQL11Update)))
    seen = set()
    for o in SOLUTION_OFFERS + GRAPH_OFFERS:
        iri = FORMAT_IRIS.get(o.media_type)
        if iri is not None and iri not in seen:
            seen.add(iri)
            triples.append(ox.Triple(service, node(SD.resultFormat), ox.NamedNode(iri)))
    fmt = {
        "turtle": ox.RdfFormat.TURTLE,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "rdfxml": ox.RdfFormat.RDF_XML,
        "jsonld": ox.RdfFormat.JSON_LD,
    }[offer.fmt]
    return ox.serialize(triples, format=fmt, prefixes=_PREFIXES) or b""
