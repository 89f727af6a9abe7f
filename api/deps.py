"""``Annotated`` dependency aliases used by the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.exceptions import RequestValidationError

from api.services import Services
from api.settings import Settings
from extractors.pipeline import Extractor
from kg.claim_filters import ClaimFilter, expand
from kg.mesh import MeshIndex
from kg.model import Direction, OutcomeRole
from kg.stores.base import Store


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def get_store(request: Request) -> Store:
    return get_services(request).store


def get_extractor(request: Request) -> Extractor:
    return get_services(request).extractor


def get_app_settings(request: Request) -> Settings:
    return get_services(request).settings


StoreDep = Annotated[Store, Depends(get_store)]
ExtractorDep = Annotated[Extractor, Depends(get_extractor)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def get_mesh(request: Request) -> MeshIndex | None:
    """The MeSH index held by the extractor service (None or empty: no tree expansion)."""
    return get_extractor(request).mesh


MeshDep = Annotated[MeshIndex | None, Depends(get_mesh)]

_TEXT = {"max_length": 300}


def claim_filter(
    mesh: MeshDep,
    condition: Annotated[
        str | None,
        Query(**_TEXT, description="MeSH UI (D001172) or heading label; includes descendants"),
    ] = None,
    descendants: Annotated[
        bool, Query(description="Also match conditions below it in the MeSH trees")
    ] = True,
    intervention: Annotated[
        str | None, Query(**_TEXT, description="Substring of the intervention text")
    ] = None,
    comparator: Annotated[
        str | None, Query(**_TEXT, description="Substring of the comparator text")
    ] = None,
    outcome: Annotated[str | None, Query(**_TEXT, description="Substring of the outcome")] = None,
    outcome_role: Annotated[
        OutcomeRole | None,
        Query(description="primary or secondary, where the abstract says which"),
    ] = None,
    direction: Annotated[Direction | None, Query(description="Direction of the effect")] = None,
    significant: Annotated[bool | None, Query(description="Statistically significant")] = None,
    species: Annotated[str | None, Query(**_TEXT, description="e.g. human, mouse")] = None,
    year: Annotated[int | None, Query(ge=1000, le=3000, description="Publication year")] = None,
    year_from: Annotated[int | None, Query(ge=1000, le=3000)] = None,
    year_to: Annotated[int | None, Query(ge=1000, le=3000)] = None,
    publication_type: Annotated[
        str | None, Query(**_TEXT, description="e.g. Randomized Controlled Trial")
    ] = None,
) -> ClaimFilter:
    if year_from is not None and year_to is not None and year_from > year_to:
        raise RequestValidationError(
            [
                {
                    "type": "value_error",
                    "loc": ("query", "year_from"),
                    "msg": f"year_from ({year_from}) is after year_to ({year_to})",
                    "input": year_from,
                }
            ]
        )
    f = ClaimFilter(
        condition=condition, descendants=descendants, intervention=intervention,
        comparator=comparator, outcome=outcome, outcome_role=outcome_role, direction=direction,
        significant=significant, species=species, year=year, year_from=year_from, year_to=year_to,
        publication_type=publication_type,
    )  # fmt: skip
    return expand(f, mesh)


ClaimFilterDep = Annotated[ClaimFilter, Depends(claim_filter)]
