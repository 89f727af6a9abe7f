"""``evg mesh``: load a MeSH vocabulary (cached, used by default afterwards) and look up terms."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from api.cli import app, fail
from api.services import cache_dir, load_mesh, register_mesh_files
from api.settings import get_settings
from kg.errors import EvgError, MeshIndexError
from kg.mesh import MeshIndex

mesh_app = typer.Typer(help="MeSH vocabulary: load, look up.", no_args_is_help=True)
app.add_typer(mesh_app, name="mesh")


@mesh_app.command("load")
def load(
    files: Annotated[list[Path], typer.Argument(help="descYYYY.xml[.gz] or the jaytimm TSV")],
) -> None:
    """Build (and cache) the MeSH index from FILES and make it the default vocabulary."""
    settings = get_settings()
    started = time.perf_counter()
    try:
        missing = [f for f in files if not f.exists()]
        if missing:
            raise MeshIndexError(f"no such file: {missing[0]}")
        index = MeshIndex.load(files, cache_dir=cache_dir(settings))
    except EvgError as exc:
        raise fail(exc) from exc
    register_mesh_files(settings, files)
    typer.echo(
        f"loaded {len(index):,} MeSH descriptors in {time.perf_counter() - started:.1f} s; "
        f"cached in {cache_dir(settings)} and used by default from now on"
    )


@mesh_app.command("lookup")
def lookup(
    terms: Annotated[list[str], typer.Argument(help="Heading names or entry terms")],
) -> None:
    """Resolve names to MeSH UIs with the default vocabulary."""
    try:
        index = load_mesh(get_settings())
    except EvgError as exc:
        raise fail(exc) from exc
    for term in terms:
        ui = index.lookup(term)
        label = index.label(ui) if ui else None
        typer.echo(f"{term}\t{ui or '-'}\t{label or ''}")
