"""Options shared by several commands and how they override the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.settings import Settings, get_settings

StoreOpt = Annotated[
    str | None,
    typer.Option("--store", help="On-disk store directory (default: EVG_STORE or .evg/store)."),
]
EndpointOpt = Annotated[
    str | None,
    typer.Option("--endpoint", help="A SPARQL 1.1 endpoint URL to use instead of a local store."),
]
MeshOpt = Annotated[
    list[Path] | None,
    typer.Option("--mesh", help="MeSH vocabulary file(s) (default: EVG_MESH or `evg mesh load`)."),
]


def settings_with(
    store: str | None = None, endpoint: str | None = None, mesh: list[Path] | None = None
) -> Settings:
    if store and endpoint:
        raise typer.BadParameter("give either --store or --endpoint, not both")
    update: dict[str, object] = {}
    if store or endpoint:
        update["store"] = endpoint or store
    if mesh:
        update["mesh"] = mesh
    return get_settings().model_copy(update=update)
