"""``evg train``: rebuild the PICO corpora from ../shared/data and train the tagger.

Runs ``extractors.pico.training.train_pico`` with the repository's config
(``extractors/pico/config.cfg``) and installs the best checkpoint as the packaged model
(``extractors/data/pico_model``) unless ``--no-install``. Deterministic for a given config
and data when run on one thread (``OMP_NUM_THREADS=1``, as ``make train`` sets); with a
self-training config, ``--jobs`` trains that many teachers at once in single-threaded
worker processes (the result does not change) and ``--reuse-teachers`` keeps teachers that
an interrupted run finished.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.cli import EXIT_INPUT, app, fail
from api.cli.options import DEFAULT_DATA, DataOpt, checked_data
from extractors.pico.model import DEFAULT_MODEL_DIR
from kg.errors import EvgError


@app.command()
def train(
    data: DataOpt = DEFAULT_DATA,
    work: Annotated[Path, typer.Option("--work", help="Where corpora and checkpoints go.")] = Path(
        ".evg/pico-train"
    ),
    config: Annotated[
        Path | None,
        typer.Option("--config", help="The spaCy training config (default: the repository's)."),
    ] = None,
    pretrain: Annotated[
        bool,
        typer.Option(
            "--pretrain/--no-pretrain", help="Pretrain the tok2vec on raw abstracts first."
        ),
    ] = True,
    install: Annotated[
        bool, typer.Option("--install/--no-install", help="Install the best model as package data.")
    ] = True,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", min=1, help="Teachers trained at once, one process each (self-training)."
        ),
    ] = 1,
    reuse_teachers: Annotated[
        bool,
        typer.Option(
            "--reuse-teachers",
            help="Keep teachers already trained under --work with the same config and data.",
        ),
    ] = False,
) -> None:
    """Train the PICO span tagger from the config in the repository (one CPU thread per process)."""
    checked_data(data)
    if work.exists() and not work.is_dir():
        typer.echo(f"evg: error: work folder {work} is a file (pass --work DIR)", err=True)
        raise typer.Exit(EXIT_INPUT)
    from extractors.pico.training import CONFIG, train_pico  # spaCy's trainer loads slowly

    try:
        best = train_pico(
            data,
            work,
            config=config or CONFIG,
            model_dir=DEFAULT_MODEL_DIR if install else None,
            pretrain=pretrain,
            jobs=jobs,
            reuse_teachers=reuse_teachers,
        )
    except EvgError as exc:
        raise fail(exc) from exc
    typer.echo(f"best model: {best}" + (f" (installed as {DEFAULT_MODEL_DIR})" if install else ""))
