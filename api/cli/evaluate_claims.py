"""``evg evaluate arms | pico-corpus | comparator | direction | conditions | mesh-links |
all``: claims against dev gold.

Each command reads ``--data`` (default ``../shared/data``, relative to the working directory),
runs the extractor as ``evg extract`` builds it, and prints one ``name: value`` line per figure
(the extractor's beside the baselines of the same run), a table and notes; ``--json`` prints
the same as one JSON object (``all``: a list of them). The scorers are in
``extractors.evaluation``; their docstrings define the metrics and matching rules.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from api.cli import fail
from api.cli.evaluate import evaluate_app
from api.cli.options import DEFAULT_DATA, DataOpt, MeshOpt, checked_data, settings_with
from api.services import build_extractor
from extractors.evaluation.arm_numbers import score_arm_numbers
from extractors.evaluation.comparator import score_comparator
from extractors.evaluation.conditions import score_conditions
from extractors.evaluation.direction import score_direction
from extractors.evaluation.mesh_links import score_mesh_links
from extractors.evaluation.pico_numbers import score_pico_numbers
from extractors.evaluation.report import Report
from extractors.pipeline import Extractor
from kg.errors import EvgError

Scorer = Callable[..., Report]

JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
LimitOpt = Annotated[
    int | None,
    typer.Option("--limit", min=1, help="Score only the first N items (fixed order)."),
]


def _echo(reports: list[Report], as_json: bool) -> None:
    if as_json:
        payload: object = (
            reports[0].as_dict() if len(reports) == 1 else [r.as_dict() for r in reports]
        )
        typer.echo(json.dumps(payload, indent=2))
        return
    for number, report in enumerate(reports):
        if number:
            typer.echo("")
        typer.echo("\n".join(report.lines()))
        typer.echo("")
        typer.echo(report.table())
        for note in report.notes:
            typer.echo(f"note: {note}")


def _run(
    scorers: list[Scorer], data: Path, mesh: list[Path] | None, limit: int | None, as_json: bool
) -> None:
    data = checked_data(data)
    extractor: Extractor = build_extractor(settings_with(mesh=mesh))
    try:
        reports = [scorer(data, extractor, limit=limit) for scorer in scorers]
    except EvgError as exc:
        raise fail(exc) from exc
    _echo(reports, as_json)


@evaluate_app.command("arms")
def arms(
    data: DataOpt = DEFAULT_DATA,
    as_json: JsonOpt = False,
    limit: LimitOpt = None,
    mesh: MeshOpt = None,
) -> None:
    """Per-arm numbers on llm_meta_analysis (43 DEV triples): exact match, binary/continuous."""
    _run([score_arm_numbers], data, mesh, limit, as_json)


@evaluate_app.command("pico-corpus")
def pico_corpus(
    data: DataOpt = DEFAULT_DATA,
    as_json: JsonOpt = False,
    limit: LimitOpt = None,
    mesh: MeshOpt = None,
) -> None:
    """Per-arm numbers and participant counts on PICO-Corpus: entity-level P/R/F1."""
    _run([score_pico_numbers], data, mesh, limit, as_json)


@evaluate_app.command("comparator")
def comparator(
    data: DataOpt = DEFAULT_DATA,
    as_json: JsonOpt = False,
    limit: LimitOpt = None,
    mesh: MeshOpt = None,
) -> None:
    """Comparator labelling of intervention spans on PICO-Corpus: accuracy and P/R/F1."""
    _run([score_comparator], data, mesh, limit, as_json)


@evaluate_app.command("direction")
def direction(
    data: DataOpt = DEFAULT_DATA,
    as_json: JsonOpt = False,
    limit: LimitOpt = None,
    mesh: MeshOpt = None,
    split: Annotated[
        str,
        typer.Option(
            "--split",
            help="validation (the dev set), or train for a larger sample; the test split is "
            "never read",
        ),
    ] = "validation",
) -> None:
    """Direction on Evidence Inference 2.0 validation abstracts: accuracy and macro F1."""
    if split not in ("validation", "train"):
        raise typer.BadParameter("use validation or train", param_hint="--split")
    _run([functools.partial(score_direction, split=split)], data, mesh, limit, as_json)


@evaluate_app.command("conditions")
def conditions(
    data: DataOpt = DEFAULT_DATA,
    as_json: JsonOpt = False,
    limit: LimitOpt = None,
    mesh: MeshOpt = None,
) -> None:
    """Population conditions of records without MeSH headings against NLM's: P/R, coverage."""
    _run([score_conditions], data, mesh, limit, as_json)


@evaluate_app.command("mesh-links")
def mesh_links(
    data: DataOpt = DEFAULT_DATA,
    as_json: JsonOpt = False,
    limit: LimitOpt = None,
    mesh: MeshOpt = None,
) -> None:
    """Intervention and outcome MeSH links of records without headings against NLM's."""
    _run([score_mesh_links], data, mesh, limit, as_json)


@evaluate_app.command("all")
def evaluate_all(
    data: DataOpt = DEFAULT_DATA,
    as_json: JsonOpt = False,
    limit: LimitOpt = None,
    mesh: MeshOpt = None,
) -> None:
    """The claim scorers above, one after another (--limit applies to each)."""
    scorers = [score_arm_numbers, score_pico_numbers, score_comparator, score_direction]
    _run(scorers, data, mesh, limit, as_json)
