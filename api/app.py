"""The FastAPI application factory. The store and pipeline live in the app's lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import errors
from api.body_limit import BodyLimitMiddleware
from api.head_requests import HeadAsGetMiddleware
from api.routers import (
    claims,
    evidence,
    export,
    graph_store,
    health,
    linked_data,
    meta_analysis,
    publications,
    records,
    sparql,
)
from api.services import open_services
from api.settings import Settings, get_settings
from kg.stores.base import Store

VERSION = "0.1.0"


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """Build the app. ``store`` injects an already-open store (tests); it is not closed."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services = open_services(settings, store=store)
        app.state.services = services
        _ = services.extractor  # load the pipeline and MeSH index before serving
        try:
            yield
        finally:
            if store is None:
                services.close()

    app = FastAPI(
        title="Evidence Graph",
        version=VERSION,
        description=(
            "Claims from clinical-trial abstracts in an RDF knowledge graph: "
            "SPARQL 1.1 at /sparql, extraction at /extract, claims at /claims."
        ),
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(HeadAsGetMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "HEAD", "OPTIONS"],
            allow_headers=["Accept", "Authorization", "Content-Type"],
            expose_headers=["Content-Type", "Vary", "Evg-Record-Problems"],
            max_age=600,
        )
    errors.install(app)
    for module in (
        health, sparql, graph_store, records, claims, publications, evidence, meta_analysis,
        export,
    ):  # fmt: skip
        app.include_router(module.router)
    app.include_router(linked_data.router_for(settings.base_iri))  # last: may catch all paths
    return app
