"""``Annotated`` dependency aliases used by the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.services import Services
from api.settings import Settings
from extractors.pipeline import Extractor
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
