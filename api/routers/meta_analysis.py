"""GET /meta-analysis: pool the claims of an intervention-comparator-outcome question."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from api.deps import MeshDep, SettingsDep, StoreDep
from kg.claim_filters import ClaimFilter, expand
from kg.claim_table import all_claims
from kg.forest_plot import forest_svg
from kg.meta_analysis import MetaAnalysis, meta_analyse
from kg.model import EffectMeasure

router = APIRouter(prefix="/meta-analysis", tags=["meta-analysis"])

Text = Annotated[str, Query(min_length=1, max_length=300)]


@router.get(
    "",
    summary="Fixed-effect and DerSimonian-Laird pooling, I², tau²; table or forest plot",
    responses={200: {"content": {"application/json": {}, "image/svg+xml": {}}}},
)
async def meta_analysis(
    store: StoreDep,
    settings: SettingsDep,
    mesh: MeshDep,
    intervention: Text,
    outcome: Text,
    comparator: Annotated[str | None, Query(max_length=300)] = None,
    condition: Annotated[str | None, Query(max_length=300)] = None,
    measure: Annotated[EffectMeasure | None, Query(description="Default: most common")] = None,
    format: Annotated[Literal["json", "svg"], Query()] = "json",
) -> Response:
    f = expand(
        ClaimFilter(
            intervention=intervention, comparator=comparator, outcome=outcome, condition=condition
        ),
        mesh,
    )

    def run() -> MetaAnalysis:
        return meta_analyse(all_claims(store, f, limit=settings.max_results), measure)

    result = await run_in_threadpool(run)
    if format == "svg":
        return Response(forest_svg(result), media_type="image/svg+xml")
    return JSONResponse(result.as_json())
