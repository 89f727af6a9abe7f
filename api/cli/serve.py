"""``evg serve``: the HTTP API (SPARQL, REST, OpenAPI at /docs) with uvicorn."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

import typer
import uvicorn

from api.app import create_app
from api.cli import app
from api.cli.options import EndpointOpt, MeshOpt, StoreOpt, settings_with

EXAMPLE_QUERY = (
    "PREFIX evg: <https://w3id.org/evidence-graph/vocab#> "
    "SELECT ?claim ?direction WHERE { ?claim a evg:Claim ; evg:direction ?direction } LIMIT 10"
)


@app.command()
def serve(
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    mesh: MeshOpt = None,
    host: Annotated[str | None, typer.Option(help="Bind address (default 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000)")] = None,
) -> None:
    """Serve the HTTP API over the store."""
    settings = settings_with(store, endpoint, mesh)
    if host:
        settings = settings.model_copy(update={"host": host})
    if port:
        settings = settings.model_copy(update={"port": port})
    url = f"http://{settings.host}:{settings.port}"
    typer.echo(f"Evidence Graph serving {settings.store} at {url}  (OpenAPI: {url}/docs)")
    typer.echo(f"Example: curl '{url}/sparql?query={quote(EXAMPLE_QUERY)}'")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
