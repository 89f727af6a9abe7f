"""GET /claims: claims filtered by condition, intervention and outcome, paginated."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from api.deps import StoreDep
from kg.claim_queries import ClaimFilter, count_claims, find_claims

router = APIRouter(tags=["claims"])


class ClaimPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


@router.get("/claims", response_model=ClaimPage)
def list_claims(
    store: StoreDep,
    condition: Annotated[
        str | None, Query(max_length=300, description="MeSH UI (D001172) or heading label")
    ] = None,
    intervention: Annotated[
        str | None, Query(max_length=300, description="Substring of the intervention text")
    ] = None,
    outcome: Annotated[
        str | None, Query(max_length=300, description="Substring of the outcome text")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> ClaimPage:
    f = ClaimFilter(condition=condition, intervention=intervention, outcome=outcome)
    return ClaimPage(
        total=count_claims(store, f),
        limit=limit,
        offset=offset,
        items=find_claims(store, f, limit=limit, offset=offset),
    )
