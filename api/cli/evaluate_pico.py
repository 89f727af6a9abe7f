"""``evg evaluate pico``: PICO spans on the crowd960 dev set, the trained tagger beside the rules.

Systems: ``tagger`` (the trained tagger's spans alone), ``extractor`` (``Record.spans`` of
the pipeline with the packaged tagger: rule spans plus the tagger's other mentions) and
``rules`` (``Record.spans`` of the rule-only pipeline, the baseline), all in one run.

Prints one ``name: value`` line per figure (``pico.<system>.<element>_<p|r|f>``,
``pico.<system>.macro_f``), a table and notes, or ``--json``. The metric and the alignment of
predictions to the dev tokens are defined in ``extractors.pico.evaluate``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from api.cli import EXIT_INPUT, fail
from api.cli.evaluate import evaluate_app
from api.cli.evaluate_claims import JsonOpt, LimitOpt
from api.cli.options import DEFAULT_DATA, DataOpt, MeshOpt, checked_data, settings_with
from api.services import load_mesh
from extractors.pico.evaluate import (
    Predictor,
    evaluate_pico,
    extractor_predictor,
    tagger_predictor,
)
from extractors.pico.model import DEFAULT_MODEL_DIR, model_available
from extractors.pipeline import Extractor
from kg.errors import EvgError

ModelOpt = Annotated[
    Path,
    typer.Option("--model", help="The trained pipeline (default: the packaged model)."),
]


@evaluate_app.command("pico")
def pico(
    data: DataOpt = DEFAULT_DATA,
    model: ModelOpt = DEFAULT_MODEL_DIR,
    as_json: JsonOpt = False,
    limit: LimitOpt = None,
    mesh: MeshOpt = None,
) -> None:
    """Token-level P/R/F1 per PICO element and macro F1 on crowd960: tagger beside rules."""
    checked_data(data)
    available = model_available(model)
    packaged = model.resolve() == DEFAULT_MODEL_DIR.resolve()  # by any path to it
    if not available and not packaged:
        typer.echo(f"evg: error: no trained PICO model at {model} (pass --model DIR)", err=True)
        raise typer.Exit(EXIT_INPUT)
    index = load_mesh(settings_with(mesh=mesh))
    predictors: dict[str, Predictor] = {}
    try:
        if available:
            predictors["tagger"] = tagger_predictor(model)
            if packaged:
                predictors["extractor"] = extractor_predictor(Extractor(index))
        else:
            typer.echo(f"evg: no trained PICO model at {model}: scoring the rules only", err=True)
        predictors["rules"] = extractor_predictor(Extractor(index, pico_model=False))
        report = evaluate_pico(data, predictors, limit=limit)
    except EvgError as exc:
        raise fail(exc) from exc
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
        return
    typer.echo("\n".join(report.lines()))
    typer.echo("")
    typer.echo(report.table())
    for note in report.notes:
        typer.echo(f"note: {note}")
