"""The one place where library errors become HTTP responses (RFC 9457 problem+json)."""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.errors import (
    EmptyRecordError,
    EvgError,
    InputError,
    NotAcceptableError,
    NotFoundError,
    PayloadTooLargeError,
    QueryError,
    QueryTimeoutError,
    ResultTooLargeError,
    StoreError,
    UnknownFormatError,
    UpdateForbiddenError,
)

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

#: Most specific first.
STATUS: list[tuple[type[EvgError], int, str]] = [
    (PayloadTooLargeError, 413, "Payload too large"),
    (EmptyRecordError, 422, "Record has no abstract"),
    (UnknownFormatError, 415, "Unsupported input"),
    (InputError, 400, "Bad input"),
    (QueryTimeoutError, 503, "Query timed out"),
    (ResultTooLargeError, 400, "Result too large"),
    (NotAcceptableError, 406, "Not acceptable"),
    (QueryError, 400, "Bad SPARQL"),
    (UpdateForbiddenError, 403, "Updates are not allowed"),
    (NotFoundError, 404, "Not found"),
    (StoreError, 503, "Store unavailable"),
    (EvgError, 500, "Internal error"),
]


def problem(status: int, title: str, detail: str, **extra: object) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON)


def status_for(exc: EvgError) -> tuple[int, str]:
    for cls, status, title in STATUS:
        if isinstance(exc, cls):
            return status, title
    return 500, "Internal error"


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into problem+json."""

    @app.exception_handler(EvgError)
    async def _evg(_: Request, exc: EvgError) -> JSONResponse:
        status, title = status_for(exc)
        if status >= 500 and not isinstance(exc, (QueryTimeoutError, StoreError)):
            log.exception("internal error", exc_info=exc)
        return problem(status, title, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "parameter": ".".join(str(p) for p in e.get("loc", ())[1:]) or None,
                "message": e.get("msg"),
            }
            for e in exc.errors()
        ]
        detail = "; ".join(f"{e['parameter']}: {e['message']}" for e in errors)
        return problem(422, "Invalid request", detail, errors=errors)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error", exc_info=exc)
        return problem(500, "Internal error", f"unexpected {type(exc).__name__}; see server log")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        """The router's own 404 and 405 in the app's shape (sentence-case title, a detail
        naming the request, and a 405's Allow header)."""
        try:
            phrase = HTTPStatus(exc.status_code).phrase
        except ValueError:
            phrase = str(exc.detail)
        detail = str(exc.detail)
        if detail == phrase:
            detail = f"{request.method} {request.url.path}: {phrase.lower()}"
        response = problem(exc.status_code, phrase.capitalize(), detail)
        response.headers.update(exc.headers or {})
        return response
