"""GET /claims: claims filtered by PICO, MeSH (with tree expansion), direction, significance,
species, year and publication type; sorted, paginated; and the same search as CSV."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from api.deps import ClaimFilterDep, SettingsDep, StoreDep
from kg.claim_filters import Sort
from kg.claim_queries import count_claims, find_claims
from kg.claim_table import all_claims, claim_rows, to_csv

router = APIRouter(prefix="/claims", tags=["claims"])

SortQuery = Annotated[Sort, Query(description="year, -year, confidence, -confidence, article")]


class ClaimPage(BaseModel):
    total: int
    limit: int
    offset: int
    sort: str
    items: list[dict[str, Any]]


def claims_csv(store: StoreDep, f: ClaimFilterDep, sort: str, max_rows: int) -> Response:
    lines = list(to_csv(claim_rows(all_claims(store, f, sort=sort, limit=max_rows))))
    return StreamingResponse(
        iter(lines),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="claims.csv"'},
    )


@router.get("", response_model=ClaimPage, responses={200: {"content": {"text/csv": {}}}})
async def list_claims(
    store: StoreDep,
    settings: SettingsDep,
    f: ClaimFilterDep,
    sort: SortQuery = "article",
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    format: Annotated[Literal["json", "csv"], Query(description="csv: one row per arm")] = "json",
) -> Any:
    if format == "csv":
        return await run_in_threadpool(claims_csv, store, f, sort, settings.max_results)
    total = await run_in_threadpool(count_claims, store, f)
    items = await run_in_threadpool(
        lambda: find_claims(store, f, limit=limit, offset=offset, sort=sort)
    )
    return ClaimPage(total=total, limit=limit, offset=offset, sort=sort, items=items)


@router.get(".csv", response_class=StreamingResponse, summary="The claim search as CSV")
async def list_claims_csv(
    store: StoreDep, settings: SettingsDep, f: ClaimFilterDep, sort: SortQuery = "article"
) -> Response:
    """One row per arm-level result: study id, PMID, year, intervention, comparator, outcome,
    timepoint, arm, n, events, mean, SD, effect measure/value/CI, p, direction, evidence."""
    return await run_in_threadpool(claims_csv, store, f, sort, settings.max_results)
