"""POST /extract (input -> Record JSON) and POST /records (extract and store)."""

from __future__ import annotations

import hashlib
import io
import json
from typing import Annotated, Literal, cast

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from api.deps import ExtractorDep, SettingsDep, StoreDep
from extractors.ingest import RecordProblem, RunIds, extract_records, store_record
from extractors.pipeline import Extractor
from extractors.readers import InputFormat
from kg.errors import EmptyRecordError, EvgError, InputError
from kg.model import Record

router = APIRouter(tags=["records"])

FormatParam = Annotated[
    Literal["xml", "medline", "pubmed-text", "text"] | None,
    Query(alias="input_format", description="Override format detection"),
]
NameParam = Annotated[
    str | None,
    Query(
        description=(
            "Record id when the input has no PMID (default 'request-' and the first 12 hex "
            "digits of the body's SHA-256, so the same body keeps its id and another body "
            "gets another); later records of the body without a PMID add '-2', '-3', ... "
            "A name may not start with 'pubmed:'."
        )
    ),
]

_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/xml": {"schema": {"type": "string"}},
            "text/plain": {"schema": {"type": "string"}},
            "application/x-medline": {"schema": {"type": "string"}},
        },
        "description": "PubMed XML, MEDLINE/.nbib text, PubMed page text or plain text.",
    }
}


def _extract(
    body: bytes, extractor: Extractor, fmt: str | None, name: str
) -> tuple[list[Record], list[RecordProblem]]:
    """Records of the body, and the problems of records that could not be read.

    Nothing readable at all raises (400/422); a body with some bad records returns the good
    ones and lists the bad ones in the ``Evg-Record-Problems`` response header.
    """
    if not body.strip():
        raise InputError("empty request body: send a PubMed record (XML, MEDLINE or text)")
    records: list[Record] = []
    problems: list[RecordProblem] = []
    in_fmt = cast(InputFormat | None, fmt)
    items = extract_records([io.BytesIO(body)], extractor, input_format=in_fmt, name=name)
    for item in RunIds().admitted(items):
        if isinstance(item, RecordProblem):
            problems.append(item)
        else:
            records.append(item)
    if not records and not problems:
        raise InputError("the input holds no records")
    if problems and not records:
        first = problems[0]
        if first.internal:
            raise EvgError(first.reason)  # 500: the input may be fine
        cls = EmptyRecordError if "no abstract" in first.reason else InputError
        raise cls(first.reason, position=first.position)
    return records, problems


def default_name(body: bytes) -> str:
    """The id stem of a body's records without a PMID when the request names none: two
    different bodies never replace each other's records, the same body replaces its own."""
    return f"request-{hashlib.sha256(body).hexdigest()[:12]}"


def _headers(problems: list[RecordProblem]) -> dict[str, str]:
    if not problems:
        return {}
    return {"Evg-Record-Problems": json.dumps([str(p) for p in problems], ensure_ascii=True)}


def _no_abstract(records: list[Record]) -> None:
    if len(records) == 1 and not records[0].sections:
        raise EmptyRecordError(f"record {records[0].id} has no abstract: no claims to extract")


async def _read(
    request: Request, extractor: Extractor, input_format: str | None, name: str | None
) -> tuple[list[Record], list[RecordProblem]]:
    """The request body's records, extracted off the event loop; 4xx when none is usable."""
    body = await request.body()
    records, problems = await run_in_threadpool(
        _extract, body, extractor, input_format, name or default_name(body)
    )
    _no_abstract(records)
    return records, problems


def _payload(records: list[Record], problems: list[RecordProblem]) -> object:
    """One Record object for a one-record body, else an array (also when some were bad)."""
    dumped = [r.model_dump(mode="json") for r in records]
    return dumped[0] if len(dumped) == 1 and not problems else dumped


@router.post(
    "/extract",
    summary="Extract claims from a record (any input format) without storing",
    openapi_extra=_BODY_DOC,
)
async def extract(
    request: Request,
    extractor: ExtractorDep,
    input_format: FormatParam = None,
    name: NameParam = None,
) -> JSONResponse:
    records, problems = await _read(request, extractor, input_format, name)
    return JSONResponse(_payload(records, problems), headers=_headers(problems))


@router.post(
    "/records",
    status_code=201,
    summary="Extract claims and store them (replacing an earlier version of the record)",
    openapi_extra=_BODY_DOC,
)
async def create_records(
    request: Request,
    extractor: ExtractorDep,
    store: StoreDep,
    settings: SettingsDep,
    input_format: FormatParam = None,
    name: NameParam = None,
) -> JSONResponse:
    records, problems = await _read(request, extractor, input_format, name)

    def save() -> None:
        for record in records:
            store_record(
                record,
                store,
                base_iri=settings.base_iri,
                extractor_version=extractor.version,
                mesh=extractor.mesh,
            )

    await run_in_threadpool(save)
    return JSONResponse(_payload(records, problems), status_code=201, headers=_headers(problems))
