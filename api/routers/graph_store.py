"""SPARQL 1.1 Graph Store HTTP Protocol, read access: ``GET /store?graph=IRI`` or ``?default``.

``?default`` is the default graph as /sparql sees it: the union of all graphs.
"""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep
from api.negotiation import GRAPH_OFFERS, Offer, negotiate
from api.settings import Settings
from api.sparql_protocol import cap_result
from kg.errors import InputError, NotAcceptableError, NotFoundError
from kg.stores.base import Store

router = APIRouter(prefix="/store", tags=["graph store"])

_GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
_HAS_GRAPH = "ASK { GRAPH ?g { ?s ?p ?o } }"
_DEFAULT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def _read(store: Store, settings: Settings, graph: str | None, offer: Offer) -> Response:
    bindings = None
    if graph is not None:
        try:
            bindings = {"g": ox.NamedNode(graph)}
        except ValueError as exc:
            raise InputError(f"graph: not an absolute IRI: {exc}") from exc
        if not store.query(_HAS_GRAPH, bindings=bindings).boolean:
            raise NotFoundError(f"no graph <{graph}> in the store")
    result = store.query(
        _GRAPH if graph is not None else _DEFAULT,
        bindings=bindings,
        timeout_s=settings.query_timeout_s,
    )
    try:
        capped = cap_result(result, settings.max_results)
    finally:
        result.close()
    body = capped.serialize(offer.fmt) or b""
    return Response(body, media_type=offer.media_type, headers={"Vary": "Accept"})


@router.get(
    "", summary="A graph of the store (Graph Store Protocol, read)", response_class=Response
)
async def get_graph(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    graph: Annotated[str | None, Query(description="IRI of a named graph")] = None,
    default: Annotated[
        str | None, Query(description="Present (empty) for the default graph")
    ] = None,
) -> Response:
    if (graph is None) == (default is None):
        raise InputError("give exactly one of ?graph=IRI and ?default")
    offer = negotiate(request.headers.get("accept"), GRAPH_OFFERS)
    if offer is None:
        names = ", ".join(o.media_type for o in GRAPH_OFFERS)
        raise NotAcceptableError(f"none of the accepted media types can be produced: {names}")
    return await run_in_threadpool(_read, store, settings, graph, offer)
