"""GET /export: the whole graph or the records behind a claim search, as TriG, Turtle,
JSON-LD, N-Quads, claims CSV or RIS citations."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.deps import ClaimFilterDep, SettingsDep, StoreDep
from kg.claim_table import all_claims, claim_rows, to_csv
from kg.export import articles, ris, write_rdf

router = APIRouter(prefix="/export", tags=["export"])

MEDIA = {
    "trig": "application/trig",
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
    "nquads": "application/n-quads",
    "csv": "text/csv; charset=utf-8",
    "ris": "application/x-research-info-systems",
}
EXTENSION = {"trig": "trig", "turtle": "ttl", "jsonld": "jsonld", "nquads": "nq"}
CHUNK = 64 * 1024


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        spool.seek(0)
        while chunk := spool.read(CHUNK):
            yield chunk
    finally:
        spool.close()


@router.get(
    "",
    summary="Stream the graph, or the records matching the claim filters",
    response_class=StreamingResponse,
    responses={200: {"content": {m: {} for m in MEDIA.values()}}},
)
async def export(
    store: StoreDep,
    settings: SettingsDep,
    f: ClaimFilterDep,
    format: Annotated[
        Literal["trig", "turtle", "jsonld", "nquads", "csv", "ris"], Query()
    ] = "trig",
) -> Response:
    name = f"evidence-graph.{EXTENSION.get(format, format)}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if format == "csv":
        rows = await run_in_threadpool(
            lambda: list(to_csv(claim_rows(all_claims(store, f, limit=settings.max_results))))
        )
        return StreamingResponse(iter(rows), media_type=MEDIA[format], headers=headers)
    if format == "ris":
        citations = await run_in_threadpool(lambda: list(ris(articles(store, f))))
        return StreamingResponse(iter(citations), media_type=MEDIA[format], headers=headers)

    def write() -> IO[bytes]:
        spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115
        try:
            write_rdf(store, format, spool, f, settings.query_timeout_s)
        except BaseException:
            spool.close()
            raise
        return spool

    spool = await run_in_threadpool(write)
    return StreamingResponse(_chunks(spool), media_type=MEDIA[format], headers=headers)
