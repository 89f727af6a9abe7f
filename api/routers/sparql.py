"""SPARQL 1.1 Protocol query endpoint at /sparql (read-only: updates get 403)."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep
from api.negotiation import GRAPH_OFFERS, SOLUTION_OFFERS, negotiate
from kg.errors import QueryError, UpdateForbiddenError

router = APIRouter(tags=["sparql"])

_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*|#[^\n]*\n\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


def _run(
    store: StoreDep,
    settings: SettingsDep,
    query: str,
    accept: str | None,
    default_graphs: list[str],
    named_graphs: list[str],
) -> Response:
    if _UPDATE.match(query):
        raise UpdateForbiddenError("SPARQL updates are not accepted at /sparql (read-only)")
    result = store.query(
        query,
        default_graph_uris=default_graphs,
        named_graph_uris=named_graphs,
        timeout_s=settings.query_timeout_s,
    )
    offers = GRAPH_OFFERS if result.kind == "construct" else SOLUTION_OFFERS
    offer = negotiate(accept, offers)
    if offer is None:
        names = ", ".join(o.media_type for o in offers)
        return Response(
            f"none of the accepted media types can be produced; offered: {names}",
            status_code=406,
            media_type="text/plain",
        )
    body = result.serialize(offer.fmt)
    return Response(body, media_type=offer.media_type)


@router.get("/sparql", summary="SPARQL 1.1 query (GET)")
def sparql_get(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    query: Annotated[str | None, Query(description="The SPARQL query")] = None,
    default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri")] = [],  # noqa: B006
    named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri")] = [],  # noqa: B006
) -> Response:
    params = request.query_params
    if "update" in params:
        raise UpdateForbiddenError("SPARQL updates are not accepted at /sparql (read-only)")
    if query is None:
        raise QueryError("missing 'query' parameter")
    if len(params.getlist("query")) > 1:
        raise QueryError("more than one 'query' parameter")
    return _run(
        store, settings, query, request.headers.get("accept"), default_graph_uri, named_graph_uri
    )


@router.post("/sparql", summary="SPARQL 1.1 query (POST form or application/sparql-query)")
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    graphs = request.query_params
    default_graphs = graphs.getlist("default-graph-uri")
    named_graphs = graphs.getlist("named-graph-uri")
    if ctype == "application/sparql-update":
        raise UpdateForbiddenError("SPARQL updates are not accepted at /sparql (read-only)")
    if ctype == "application/sparql-query":
        query = _decode(body)
    elif ctype == "application/x-www-form-urlencoded":
        form = parse_qs(_decode(body), keep_blank_values=True)
        if "update" in form:
            raise UpdateForbiddenError("SPARQL updates are not accepted at /sparql (read-only)")
        queries = form.get("query", [])
        if len(queries) != 1:
            raise QueryError("expected exactly one 'query' parameter in the form")
        query = queries[0]
        default_graphs += form.get("default-graph-uri", [])
        named_graphs += form.get("named-graph-uri", [])
    else:
        return Response(
            "POST /sparql needs Content-Type application/sparql-query or "
            "application/x-www-form-urlencoded",
            status_code=415,
            media_type="text/plain",
        )
    return await run_in_threadpool(
        _run, store, settings, query, request.headers.get("accept"), default_graphs, named_graphs
    )


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"request body is not UTF-8 (byte {exc.start})") from exc
