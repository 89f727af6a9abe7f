"""GET /evidence/network: the intervention comparison network (JSON or GraphML)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from api.deps import ClaimFilterDep, SettingsDep, StoreDep
from kg.claim_table import all_claims
from kg.network import comparison_network, network_graphml, network_json

router = APIRouter(prefix="/evidence", tags=["evidence"])

GRAPHML = "application/graphml+xml"


@router.get(
    "/network",
    summary="Interventions (nodes) and head-to-head comparisons (edges weighted by trials)",
    responses={200: {"content": {"application/json": {}, GRAPHML: {}}}},
)
async def network(
    store: StoreDep,
    settings: SettingsDep,
    f: ClaimFilterDep,
    format: Annotated[Literal["json", "graphml"], Query()] = "json",
) -> Response:
    def build() -> Any:
        return comparison_network(all_claims(store, f, limit=settings.max_results))

    graph = await run_in_threadpool(build)
    if format == "graphml":
        return Response(network_graphml(graph), media_type=GRAPHML)
    return JSONResponse(network_json(graph))
