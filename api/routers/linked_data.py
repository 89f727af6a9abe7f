"""Dereferencing minted IRIs: ``GET {base path}/...`` answers with what the graph says about
that IRI (its triples, those of the nodes minted below it, and the graph it names), as
Turtle, JSON-LD, N-Triples, RDF/XML or a small HTML page. A record's text (the
``dctypes:Text`` that evidence selectors' ``oa:hasSource`` names) is also served as
``text/plain`` itself, so a Web Annotation client can apply the selectors' offsets to it.

Mounted at the path of the base IRI setting, so when ``EVG_BASE_IRI`` points at this server
(or a redirect such as w3id.org points to it) every minted IRI resolves here.
"""

from __future__ import annotations

from urllib.parse import urlsplit
from xml.sax.saxutils import escape

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep
from api.negotiation import GRAPH_OFFERS, Offer, negotiate
from api.sparql_protocol import cap_result
from kg.errors import InputError, NotAcceptableError, NotFoundError
from kg.stores.base import BindingValue, Store
from kg.stores.results import QueryResult

HTML = Offer("text/html", "html")
TEXT = Offer("text/plain", "text")
OFFERS = [o for o in GRAPH_OFFERS if o.fmt not in ("trig", "nquads")] + [HTML, TEXT]

DESCRIBE = """CONSTRUCT { ?r ?p ?o . ?x ?xp ?xo . ?gs ?gp ?go } WHERE {
  { ?r ?p ?o }
  UNION { ?r ?rp ?x . ?x ?xp ?xo FILTER(isIRI(?x) && STRSTARTS(STR(?x), STR(?below))) }
  UNION { GRAPH ?r { ?gs ?gp ?go } }
}"""

TEXT_VALUE = """SELECT ?value WHERE {
  ?r a <http://purl.org/dc/dcmitype/Text> ;
     <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?value
} LIMIT 1"""


def base_path(base_iri: str) -> str:
    """The path under which minted IRIs live (``/evidence-graph/id`` for the default)."""
    return urlsplit(base_iri).path.rstrip("/")


def router_for(base_iri: str) -> APIRouter:
    """The dereferencing router for IRIs under ``base_iri`` (include it after the others)."""
    base = base_iri if base_iri.endswith("/") else base_iri + "/"
    prefix = base_path(base)
    router = APIRouter(prefix=prefix, tags=["linked data"])

    @router.get(
        "/{rest:path}",
        summary="Dereference a minted IRI (Turtle, JSON-LD, N-Triples, RDF/XML or HTML)",
        response_class=Response,
        responses={200: {"content": {o.media_type: {} for o in OFFERS}}},
    )
    async def dereference(
        rest: str, request: Request, store: StoreDep, settings: SettingsDep
    ) -> Response:
        offer = negotiate(request.headers.get("accept"), OFFERS)
        if offer is None:
            raise NotAcceptableError("offered: " + ", ".join(o.media_type for o in OFFERS))
        iri = base + _raw_rest(request, prefix, rest)
        try:
            bindings: dict[str, BindingValue] = {
                "r": ox.NamedNode(iri),
                "below": ox.Literal(iri + "/"),
            }
        except ValueError as exc:
            raise InputError(f"not an IRI: {iri}") from exc

        def describe() -> QueryResult:
            result = store.query(DESCRIBE, bindings=bindings, timeout_s=settings.query_timeout_s)
            try:
                return cap_result(result, settings.max_results)
            finally:
                result.close()

        if offer is TEXT:
            text = await run_in_threadpool(_text_value, store, bindings, settings.query_timeout_s)
            if text is not None:
                headers = {"Vary": "Accept"}
                return Response(text, media_type="text/plain; charset=utf-8", headers=headers)

        result = await run_in_threadpool(describe)
        if not result.triples:
            raise NotFoundError(f"nothing is known about <{iri}>")
        if offer is TEXT:
            offered = ", ".join(o.media_type for o in OFFERS if o is not TEXT)
            raise NotAcceptableError(f"only a record's text is text/plain; offered: {offered}")
        if offer is HTML:
            return HTMLResponse(_html(iri, result.triples, base), headers={"Vary": "Accept"})
        body = result.serialize(offer.fmt) or b""
        return Response(body, media_type=offer.media_type, headers={"Vary": "Accept"})

    return router


def _text_value(store: Store, bindings: dict[str, BindingValue], timeout_s: float) -> str | None:
    """The text of a ``dctypes:Text`` IRI, None for any other IRI."""
    result = store.query(TEXT_VALUE, bindings=bindings, timeout_s=timeout_s)
    try:
        rows = result.rows
    finally:
        result.close()
    value = rows[0].get("value") if rows else None
    return value.value if isinstance(value, ox.Literal) else None


def _raw_rest(request: Request, prefix: str, rest: str) -> str:
    """The path below ``prefix`` as the client sent it, percent-escapes kept: a minted IRI
    escapes what its id needs (``doc-a%20b``), and the decoded path names another IRI."""
    raw = request.scope.get("raw_path")
    if isinstance(raw, bytes):
        path = raw.decode("latin-1")
        if path.startswith(prefix + "/"):
            return path[len(prefix) + 1 :]
    return rest


def _cell(term: object, base: str) -> str:
    if isinstance(term, ox.NamedNode):
        text = escape(term.value)
        return f'<a href="{escape(term.value, {chr(34): "&quot;"})}">{text}</a>'
    if isinstance(term, ox.Literal):
        return escape(term.value)
    return escape(str(term))


def _html(iri: str, triples: list[ox.Triple], base: str) -> str:
    rows = "\n".join(
        f"<tr><td>{_cell(t.subject, base)}</td><td>{_cell(t.predicate, base)}</td>"
        f"<td>{_cell(t.object, base)}</td></tr>"
        for t in sorted(triples, key=lambda t: (str(t.subject) != f"<{iri}>", str(t)))
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(iri)}'
        f"</title></head><body><h1>{escape(iri)}</h1>"
        '<p>Also as <a href="?">Turtle or JSON-LD</a> (ask with an Accept header).</p>'
        f"<table><tr><th>subject</th><th>predicate</th><th>object</th></tr>\n{rows}\n</table>"
        "</body></html>"
    )
