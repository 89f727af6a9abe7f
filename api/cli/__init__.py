"""The ``evg`` command line: a thin shell over the library; exit codes are mapped here only.

Exit codes: 0 success; 1 bad input or nothing usable; 2 usage error (Typer); 3 finished but
some records were reported as problems; 4 store unavailable; 5 bad SPARQL or timeout; 70 an
internal error (a bug: one line on stderr, the traceback only with ``EVG_DEBUG=1``).
"""

from __future__ import annotations

import logging
import os
import sys

import typer

from kg.errors import EvgError, InputError, QueryError, StoreError

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_PARTIAL = 3
EXIT_STORE = 4
EXIT_QUERY = 5
EXIT_INTERNAL = 70  # sysexits' EX_SOFTWARE

app = typer.Typer(
    name="evg",
    help="Evidence Graph: claims from trial abstracts into an RDF graph; SPARQL, REST, CLI.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def exit_code_for(exc: EvgError) -> int:
    if isinstance(exc, InputError):
        return EXIT_INPUT
    if isinstance(exc, StoreError):
        return EXIT_STORE
    if isinstance(exc, QueryError):
        return EXIT_QUERY
    return EXIT_INPUT


def fail(exc: EvgError) -> typer.Exit:
    typer.echo(f"evg: error: {exc}", err=True)
    return typer.Exit(exit_code_for(exc))


def _register() -> None:
    from api.cli import (  # noqa: F401  (commands register)
        evaluate,
        evaluate_claims,
        evaluate_pico,
        extract,
        ingest,
        mesh,
        query,
        serve,
        train,
    )


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _register()
    try:
        app()
    except EvgError as exc:
        typer.echo(f"evg: error: {exc}", err=True)
        sys.exit(exit_code_for(exc))
    except KeyboardInterrupt:
        typer.echo("evg: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug, not bad input: one clear line instead of a traceback
        if os.environ.get("EVG_DEBUG"):
            raise
        typer.echo(
            f"evg: internal error: {type(exc).__name__}: {exc} (please report it; run again "
            "with EVG_DEBUG=1 for the traceback)",
            err=True,
        )
        sys.exit(EXIT_INTERNAL)
