"""``evg query``: run SPARQL against the store; print a table, JSON or CSV."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.table import Table

from api.cli import app, fail
from api.cli.options import EndpointOpt, StoreOpt, settings_with
from kg.errors import EvgError, InputError, QueryError, QueryTimeoutError, StoreError
from kg.stores import local_store_path, open_store
from kg.stores.sparql_text import EMPTY_QUERY, is_blank, is_update, readable_syntax_error
from kg.vocab import sparql_prologue


class QueryFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _query_text(query: str) -> str:
    if query == "-":
        return sys.stdin.read()
    if query.startswith("@"):
        try:
            return Path(query[1:]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read query file {query[1:]}: {exc}") from exc
    return query


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="SPARQL query, '@file.rq', or '-' for stdin.")],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
    prefixes: Annotated[
        bool, typer.Option(help="Prepend the project's PREFIX declarations (evg:, pico:, ...).")
    ] = True,
) -> None:
    """Run a SPARQL 1.1 query over the union of all graphs."""
    settings = settings_with(store, endpoint)
    try:
        text = _query_text(sparql)
        _check_is_a_query(text)
        prologue = sparql_prologue() if prefixes else ""
        _check_store_exists(settings.store)
        with open_store(settings.store) as target:
            try:
                result = target.query(prologue + text, timeout_s=settings.query_timeout_s)
            except QueryError as exc:  # its line numbers count the prologue's lines
                if isinstance(exc, QueryTimeoutError):
                    raise
                message = readable_syntax_error(str(exc), prologue.count("\n"))
                raise QueryError(message) from exc
            if fmt is QueryFormat.json:
                sys.stdout.buffer.write((result.serialize("json") or b"") + b"\n")
            elif fmt is QueryFormat.csv and result.kind == "construct":
                _triples_csv(result.triples)
            elif fmt is QueryFormat.csv or result.kind == "construct":
                fmt_name = "csv" if result.kind != "construct" else "turtle"
                sys.stdout.buffer.write(result.serialize(fmt_name) or b"")
            elif result.kind == "ask":
                typer.echo("true" if result.boolean else "false")
            else:
                table = Table(*result.variables, show_lines=False)
                for row in result:
                    table.add_row(*(_cell(row.get(v)) for v in result.variables))
                Console().print(table)
    except EvgError as exc:
        raise fail(exc) from exc


def _check_store_exists(location: str) -> None:
    """A query does not create a store: a local store folder must be there already."""
    folder = local_store_path(location)
    if folder is not None and not folder.exists():
        raise StoreError(f"no store at {location} (evg ingest creates one)")


def _check_is_a_query(text: str) -> None:
    if is_blank(text):
        raise InputError(EMPTY_QUERY)
    if is_update(text):
        raise InputError(
            "evg query runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE), not updates; "
            "the store changes through evg ingest"
        )


def _triples_csv(triples: Iterable[ox.Triple]) -> None:
    """A graph as CSV: one row per triple (subject, predicate, object; values as in a
    SELECT's CSV, IRIs and literals' lexical forms)."""
    writer = csv.writer(sys.stdout, lineterminator="\r\n")
    writer.writerow(["subject", "predicate", "object"])
    for triple in triples:
        writer.writerow([_cell(triple.subject), _cell(triple.predicate), _cell(triple.object)])


def _cell(term: object) -> str:
    if term is None:
        return ""
    value = getattr(term, "value", term)
    return str(value)
