"""GET /health."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from api.deps import ExtractorDep, SettingsDep, StoreDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    store: str
    extractor: str
    mesh_descriptors: int


@router.get("/health", response_model=Health)
def health(store: StoreDep, extractor: ExtractorDep, settings: SettingsDep) -> Health:
    store.query("ASK { }")
    return Health(
        status="ok",
        store=type(store).__name__,
        extractor=extractor.version,
        mesh_descriptors=len(extractor.mesh) if extractor.mesh is not None else 0,
    )
