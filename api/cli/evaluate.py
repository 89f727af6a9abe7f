"""``evg evaluate``: quality scores against gold data in ../shared/data, each beside a baseline.

Each scorer registers its command on ``evaluate_app`` from a module of its own
(``api.cli.evaluate_*``); this module only holds the command group.
"""

from __future__ import annotations

import typer

from api.cli import app

evaluate_app = typer.Typer(
    help="Score the extractors against gold data (../shared/data), beside a baseline.",
    no_args_is_help=True,
)
app.add_typer(evaluate_app, name="evaluate")
