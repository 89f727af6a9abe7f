"""HTTP content negotiation (RFC 9110 Accept with q-values) for SPARQL results."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Offer:
    media_type: str
    fmt: str  # the serialiser name understood by kg.stores QueryResult.serialize


SOLUTION_OFFERS = [
    Offer("application/sparql-results+json", "json"),
    Offer("application/json", "json"),
    Offer("application/sparql-results+xml", "xml"),
    Offer("application/xml", "xml"),
    Offer("text/csv", "csv"),
    Offer("text/tab-separated-values", "tsv"),
]

GRAPH_OFFERS = [
    Offer("text/turtle", "turtle"),
    Offer("application/n-triples", "ntriples"),
    Offer("application/rdf+xml", "rdfxml"),
    Offer("application/ld+json", "jsonld"),
    Offer("application/trig", "trig"),
    Offer("application/n-quads", "nquads"),
]


def _parse(accept: str) -> list[tuple[str, float, int]]:
    ranges = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media, max(0.0, min(q, 1.0)), i))
    return ranges


def _specificity(media_range: str, media_type: str) -> int:
    if media_range == media_type:
        return 3
    main, _, sub = media_range.partition("/")
    if sub == "*" and media_type.startswith(main + "/"):
        return 2
    if media_range in ("*/*", "*"):
        return 1
    return 0


def negotiate(accept: str | None, offers: list[Offer]) -> Offer | None:
    """The best offer for an Accept header, the first offer when there is none, else None."""
    if not accept or not accept.strip():
        return offers[0]
    ranges = _parse(accept)
    best: tuple[float, int, int, int] | None = None
    chosen: Offer | None = None
    for rank, offer in enumerate(offers):
        matches = [(s, q, i) for m, q, i in ranges if (s := _specificity(m, offer.media_type))]
        if not matches:
            continue
        spec, q, order = max(matches, key=lambda x: x[0])
        if q <= 0:
            continue
        key = (q, spec, -order, -rank)
        if best is None or key > best:
            best, chosen = key, offer
    return chosen
