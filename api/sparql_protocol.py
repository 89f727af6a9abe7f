"""The SPARQL 1.1 Protocol: reading an operation from a request, running it, answering.

An operation comes from ``GET /sparql?query=...``, a ``POST`` of an HTML form (``query=``
or ``update=``) or a ``POST`` of the text itself (``application/sparql-query`` or
``application/sparql-update``). ``default-graph-uri`` and ``named-graph-uri`` give the
query's dataset (otherwise the default graph is the union of all graphs); parameters the
protocol does not define (SPARQLWrapper's ``format`` and ``output``) are ignored.

Updates run only when an update token is configured (``EVG_UPDATE_TOKEN``) and the request
carries it as ``Authorization: Bearer <token>``; otherwise they get 403.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal
from urllib.parse import parse_qs

from fastapi.responses import Response
from starlette.datastructures import QueryParams

from api.negotiation import GRAPH_OFFERS, SOLUTION_OFFERS, Offer, negotiate
from api.settings import Settings
from kg.errors import (
    NotAcceptableError,
    QueryError,
    ResultTooLargeError,
    UnknownFormatError,
    UpdateForbiddenError,
)
from kg.stores.base import Store
from kg.stores.results import QueryResult
from kg.stores.sparql_text import is_update, query_form

QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
FORM_TYPE = "application/x-www-form-urlencoded"

_USING = ("using-graph-uri", "using-named-graph-uri")


@dataclass(frozen=True)
class Operation:
    """A query or an update read from a request, with the dataset the request gives."""

    kind: Literal["query", "update"]
    text: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def _refuse_update(settings: Settings, how: str) -> Exception:
    if settings.update_token is None:
        return UpdateForbiddenError("SPARQL updates are not accepted here (read-only endpoint)")
    return QueryError(f"an update must be POSTed (form 'update=' or {UPDATE_TYPE}), not {how}")


def from_get(params: QueryParams, settings: Settings) -> Operation | None:
    """The query of a GET request, or None when it has none (a service description)."""
    if "update" in params:
        raise _refuse_update(settings, "sent by GET")
    queries = params.getlist("query")
    if not queries:
        return None
    if len(queries) > 1:
        raise QueryError("more than one 'query' parameter")
    return Operation(
        "query",
        queries[0],
        params.getlist("default-graph-uri"),
        params.getlist("named-graph-uri"),
    )


def from_post(
    content_type: str | None, body: bytes, params: QueryParams, settings: Settings
) -> Operation:
    """The operation of a POST request (form, or the query or update as the body)."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if "query" in params or "update" in params:
        raise QueryError("a POSTed query or update goes in the body, not in the URL")
    if ctype == QUERY_TYPE:
        return Operation(
            "query",
            decode(body),
            params.getlist("default-graph-uri"),
            params.getlist("named-graph-uri"),
        )
    if ctype == UPDATE_TYPE:
        _no_using(params.keys())
        return Operation("update", decode(body))
    if ctype == FORM_TYPE:
        form = parse_qs(decode(body), keep_blank_values=True)
        queries, updates = form.get("query", []), form.get("update", [])
        if len(queries) + len(updates) != 1:
            raise QueryError("the form needs exactly one 'query' or one 'update' parameter")
        if updates:
            _no_using(form.keys())
            _no_using(params.keys())
            return Operation("update", updates[0])
        return Operation(
            "query",
            queries[0],
            params.getlist("default-graph-uri") + form.get("default-graph-uri", []),
            params.getlist("named-graph-uri") + form.get("named-graph-uri", []),
        )
    raise UnknownFormatError(
        f"POST /sparql needs Content-Type {QUERY_TYPE}, {UPDATE_TYPE} or {FORM_TYPE}"
        + (f", not {ctype}" if ctype else "")
    )


def _no_using(names: object) -> None:
    if any(name in _USING for name in names):  # type: ignore[attr-defined]
        raise QueryError("using-graph-uri and using-named-graph-uri are not supported")


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"request body is not UTF-8 (byte {exc.start})") from exc


# -- queries ------------------------------------------------------------------------------


def _offer(kind: str, accept: str | None) -> Offer:
    offers = GRAPH_OFFERS if kind in ("construct", "describe") else SOLUTION_OFFERS
    offer = negotiate(accept, offers)
    if offer is None:
        names = ", ".join(o.media_type for o in offers)
        raise NotAcceptableError(
            f"none of the accepted media types can be produced; offered: {names}"
        )
    return offer


def run_query(store: Store, settings: Settings, op: Operation, accept: str | None) -> Response:
    """Run a query under the time limit and result cap; the answer in the negotiated format.

    Blocking: call it in a worker thread.
    """
    if is_update(op.text):
        raise _refuse_update(settings, "as a query")
    form = query_form(op.text)
    offer = _offer(form, accept) if form is not None else None  # 406 before running
    result = store.query(
        op.text,
        default_graph_uris=op.default_graphs,
        named_graph_uris=op.named_graphs,
        timeout_s=settings.query_timeout_s,
    )
    try:
        capped = cap_result(result, settings.max_results)
    finally:
        result.close()
    offer = offer or _offer(capped.kind, accept)
    body = capped.serialize(offer.fmt) or b""
    return Response(body, media_type=offer.media_type, headers={"Vary": "Accept"})


def cap_result(result: QueryResult, max_results: int) -> QueryResult:
    """The result read into memory, refusing one over ``max_results`` rows or triples."""
    if result.kind == "ask":
        return result
    if result.kind == "select":
        rows = list(islice(iter(result), max_results + 1))
        _check_cap(len(rows), max_results, "rows")
        return QueryResult.from_rows(result.variables, rows)
    triples = list(islice(result.iter_triples(), max_results + 1))
    _check_cap(len(triples), max_results, "triples")
    return QueryResult.from_triples(triples)


def _check_cap(count: int, max_results: int, what: str) -> None:
    if count > max_results:
        raise ResultTooLargeError(
            f"the result has more than {max_results} {what} (EVG_MAX_RESULTS); "
            "narrow the query or page through it with LIMIT and OFFSET"
        )


# -- updates ------------------------------------------------------------------------------


def authorize_update(settings: Settings, authorization: str | None) -> None:
    """Raise UpdateForbiddenError unless the request presents the configured update token."""
    token = settings.update_token
    if token is None:
        raise UpdateForbiddenError(
            "SPARQL updates are disabled on this server (no update token is configured)"
        )
    scheme, _, presented = (authorization or "").partition(" ")
    expected = token.get_secret_value().encode()
    if scheme.lower() != "bearer" or not hmac.compare_digest(presented.strip().encode(), expected):
        raise UpdateForbiddenError("SPARQL updates need 'Authorization: Bearer <update token>'")


def run_update(store: Store, op: Operation) -> Response:
    """Run an authorised update (blocking). 204 on success."""
    store.update(op.text)
    return Response(status_code=204)
