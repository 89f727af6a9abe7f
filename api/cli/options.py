"""Options shared by several commands and how they override the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.cli import EXIT_INPUT
from api.settings import Settings, get_settings
from kg.stores import is_server_url

StoreOpt = Annotated[
    str | None,
    typer.Option("--store", help="On-disk store directory (default: EVG_STORE or .evg/store)."),
]
EndpointOpt = Annotated[
    str | None,
    typer.Option("--endpoint", help="A SPARQL 1.1 endpoint URL to use instead of a local store."),
]
DataOpt = Annotated[
    Path,
    typer.Option("--data", help="The shared data folder (default: ../shared/data)."),
]
DEFAULT_DATA = Path("../shared/data")
MeshOpt = Annotated[
    list[Path] | None,
    typer.Option("--mesh", help="MeSH vocabulary file(s) (default: EVG_MESH or `evg mesh load`)."),
]


def settings_with(
    store: str | None = None, endpoint: str | None = None, mesh: list[Path] | None = None
) -> Settings:
    if store and endpoint:
        raise typer.BadParameter("give either --store or --endpoint, not both")
    if store is not None and not store.strip():
        raise typer.BadParameter("--store is empty: give a store folder")
    if endpoint is not None and not is_server_url(endpoint):
        raise typer.BadParameter(f"--endpoint must be an http(s) URL, not {endpoint!r}")
    update: dict[str, object] = {}
    if store or endpoint:
        update["store"] = endpoint or store
    if mesh:
        update["mesh"] = mesh
    return get_settings().model_copy(update=update)


def checked_data(data: Path) -> Path:
    """``data`` when it is a folder; else the CLI's error (exit 1) naming it."""
    if not data.is_dir():
        why = "is a file, not a folder" if data.exists() else "not found"
        typer.echo(f"evg: error: shared data folder {data} {why} (pass --data DIR)", err=True)
        raise typer.Exit(EXIT_INPUT)
    return data
