"""``evg ingest``: files -> extracted claims -> the store, idempotent per record."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from api.cli import EXIT_INPUT, EXIT_PARTIAL, app, fail
from api.cli.extract import InFormat
from api.cli.options import EndpointOpt, MeshOpt, StoreOpt, settings_with
from api.services import build_extractor
from extractors.ingest import IngestReport, RecordProblem
from extractors.ingest import ingest as run_ingest
from extractors.readers import InputFormat
from kg.errors import EvgError
from kg.stores import open_store


@app.command()
def ingest(
    files: Annotated[list[str], typer.Argument(help="Input files; '-' reads stdin.")],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    input_format: Annotated[
        InFormat | None, typer.Option("--input-format", help="Override format detection.")
    ] = None,
    mesh: MeshOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract claims from PubMed records and store them (re-ingesting replaces a record)."""
    settings = settings_with(store, endpoint, mesh)
    err = Console(stderr=True)
    try:
        extractor = build_extractor(settings)
        target = open_store(settings.store)
    except EvgError as exc:
        raise fail(exc) from exc
    in_fmt: InputFormat | None = input_format.value if input_format else None
    sources = ["-" if f == "-" else f for f in files]
    progress = Progress(
        TextColumn("ingest"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed:,} records  {task.fields[rate]:,.0f} records/s"),
        TextColumn("{task.fields[problems]} problems"),
        TimeElapsedColumn(),
        console=err,
        disable=quiet,
        transient=False,
    )

    def on_problem(p: RecordProblem) -> None:
        progress.console.print(f"[yellow]evg: {p}[/yellow]", highlight=False)

    try:
        with progress, target:
            task = progress.add_task("ingest", total=None, rate=0.0, problems=0)

            def on_progress(r: IngestReport) -> None:
                progress.update(
                    task, completed=r.records, rate=r.records_per_s, problems=len(r.problems)
                )

            report = run_ingest(
                sources,
                extractor,
                target,
                base_iri=settings.base_iri,
                input_format=in_fmt,
                batch_size=settings.batch_size,
                on_progress=on_progress,
                on_problem=on_problem,
            )
    except EvgError as exc:
        raise fail(exc) from exc
    bare = (
        f"{report.without_abstract:,} without an abstract, so without claims; "
        if report.without_abstract
        else ""
    )
    err.print(
        f"stored {report.records:,} records ({report.quads:,} quads) in {report.seconds:.1f} s: "
        f"{report.records_per_s:,.0f} records/s, {report.quads_per_s:,.0f} quads/s; "
        f"{bare}{len(report.problems)} problems; store {settings.store}",
        highlight=False,
    )
    if report.problems and not report.records:
        raise typer.Exit(EXIT_INPUT)
    if report.problems:
        raise typer.Exit(EXIT_PARTIAL)
