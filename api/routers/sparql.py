"""SPARQL 1.1 Protocol endpoint at /sparql: queries by GET or POST, updates by POST with
the update token, and the service description on a GET without a query."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api import sparql_protocol as protocol
from api.deps import SettingsDep, StoreDep
from api.negotiation import negotiate
from api.service_description import DESCRIPTION_OFFERS, service_description
from kg.errors import QueryError

router = APIRouter(prefix="/sparql", tags=["sparql"])

_TEXT = {"schema": {"type": "string"}}
_POST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            protocol.QUERY_TYPE: _TEXT,
            protocol.UPDATE_TYPE: _TEXT,
            protocol.FORM_TYPE: {
                "schema": {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string"},
                        "update": {"type": "string"},
                        "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                        "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                    },
                }
            },
        },
    }
}


@router.get(
    "",
    summary="SPARQL 1.1 query (GET); without a query, the service description",
    response_class=Response,
)
async def sparql_get(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    query: Annotated[str | None, Query(description="The SPARQL query")] = None,
    default_graph_uri: Annotated[
        list[str] | None, Query(alias="default-graph-uri", description="Default graph IRIs")
    ] = None,
    named_graph_uri: Annotated[
        list[str] | None, Query(alias="named-graph-uri", description="Named graph IRIs")
    ] = None,
) -> Response:
    op = protocol.from_get(request.query_params, settings)
    accept = request.headers.get("accept")
    if op is None:
        offer = negotiate(accept, DESCRIPTION_OFFERS)
        if offer is None:
            raise QueryError("missing 'query' parameter")
        endpoint = str(request.url.remove_query_params(list(request.query_params.keys())))
        body = service_description(endpoint, updates=settings.update_token is not None, offer=offer)
        return Response(body, media_type=offer.media_type, headers={"Vary": "Accept"})
    return await run_in_threadpool(protocol.run_query, store, settings, op, accept)


@router.post(
    "",
    summary="SPARQL 1.1 query or update (POST form, sparql-query or sparql-update body)",
    response_class=Response,
    openapi_extra=_POST_BODY,
)
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    body = await request.body()
    op = protocol.from_post(
        request.headers.get("content-type"), body, request.query_params, settings
    )
    if op.kind == "update":
        protocol.authorize_update(settings, request.headers.get("authorization"))
        return await run_in_threadpool(protocol.run_update, store, op)
    accept = request.headers.get("accept")
    return await run_in_threadpool(protocol.run_query, store, settings, op, accept)
