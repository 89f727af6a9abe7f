"""``evg extract``: files or stdin -> Record JSON (jsonl/json) or RDF (Turtle/TriG)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import pyoxigraph as ox
import typer

from api.cli import EXIT_INPUT, EXIT_PARTIAL, app
from api.cli.options import MeshOpt, settings_with
from api.services import build_extractor
from extractors.ingest import RecordProblem, extract_records
from extractors.readers import InputFormat
from kg.rdf_mapping import record_to_graphs
from kg.vocab import PREFIXES


class OutFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    turtle = "turtle"
    trig = "trig"


class InFormat(StrEnum):
    xml = "xml"
    medline = "medline"
    pubmed_text = "pubmed-text"
    text = "text"


def _rdf(quads: list[ox.Quad], fmt: OutFormat) -> bytes:
    if fmt is OutFormat.turtle:
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Input files; '-' reads stdin.")],
    fmt: Annotated[
        OutFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutFormat.jsonl,
    input_format: Annotated[
        InFormat | None, typer.Option("--input-format", help="Override format detection.")
    ] = None,
    mesh: MeshOpt = None,
) -> None:
    """Extract claims from PubMed records and print them (Record JSON, Turtle or TriG)."""
    settings = settings_with(mesh=mesh)
    extractor = build_extractor(settings)
    out = sys.stdout
    good = bad = without_abstract = 0
    in_fmt: InputFormat | None = input_format.value if input_format else None
    sources = [sys.stdin.buffer if f == "-" else f for f in files]
    if fmt is OutFormat.json:
        out.write("[")
    for item in extract_records(
        sources, extractor, input_format=in_fmt, name="stdin" if files == ["-"] else None
    ):
        if isinstance(item, RecordProblem):
            bad += 1
            typer.echo(f"evg: {item}", err=True)
            continue
        if fmt in (OutFormat.jsonl, OutFormat.json):
            text = json.dumps(item.model_dump(mode="json"), ensure_ascii=False)
            out.write(("," if good and fmt is OutFormat.json else "") + text)
            if fmt is OutFormat.jsonl:
                out.write("\n")
        else:
            graphs = record_to_graphs(
                item,
                base=settings.base_iri,
                extractor_version=extractor.version,
                mesh=extractor.mesh,
            )
            out.flush()
            sys.stdout.buffer.write(_rdf(list(graphs.stored_quads()), fmt))
        good += 1
        if not item.sections:
            # printed (its bibliographic data is still useful) but reported: no claims
            without_abstract += 1
            typer.echo(f"evg: {item.id}: record has no abstract: no claims extracted", err=True)
    if fmt is OutFormat.json:
        out.write("]\n")
    out.flush()
    if (bad or without_abstract) and good == without_abstract:
        raise typer.Exit(EXIT_INPUT)
    if bad or without_abstract:
        raise typer.Exit(EXIT_PARTIAL)
