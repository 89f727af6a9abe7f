"""Any SPARQL 1.1 server as a store, through the SPARQL 1.1 Protocol and Graph Store Protocol.

Queries are POSTed as ``application/sparql-query`` (SELECT/ASK answered as SPARQL results
JSON, CONSTRUCT/DESCRIBE as N-Triples) and parsed by pyoxigraph; updates are POSTed as
``application/sparql-update``. A batch of records goes as update requests of at most
``max_update_bytes`` (2 MB; a single larger record goes alone), each clearing and
re-inserting whole records, so with a transactional server (Oxigraph is) every record is
always either old or new; an interrupted batch is repaired by running it again. What the
batch's records share (the terms graph) is sent once per batch, not once per record.
Custom ``headers`` (for example an ``Authorization`` token) go with every request.

Union default graph: queries here do not name a dataset unless asked, so the server decides
what the default graph is. Start Oxigraph with ``oxigraph serve --union-default-graph`` to
get the union of all graphs, as the embedded store does; other servers have their own
setting (Fuseki ``tdb2:unionDefaultGraph``; Virtuoso's default graph also holds its system
graphs). ``count_quads`` counts quads in named graphs, which is all that records write.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import IO

import httpx
import pyoxigraph as ox

from kg.errors import EvgError, QueryError, QueryTimeoutError, StoreError, UpdateForbiddenError
from kg.stores.base import DEFAULT_UPDATE_BYTES, Store, dump_format
from kg.stores.results import QueryResult
from kg.stores.sparql_text import BindingValue, query_form

log = logging.getLogger(__name__)

SPOOL_MEMORY_BYTES = 32 * 1024 * 1024
_RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.8"
_ERROR_TEXT_LIMIT = 2000


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint: ``query_url``, optional ``update_url`` (else read-only) and
    optional Graph Store Protocol ``store_url`` (used by ``dump``).

    ``timeout_s`` bounds every HTTP request; a query's own ``timeout_s`` replaces it for
    that query (and bounds reading the whole answer).
    """

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        store_url: str | None = None,
        *,
        timeout_s: float = 60.0,
        headers: Mapping[str, str] | None = None,
        max_update_bytes: int | None = DEFAULT_UPDATE_BYTES,
        allow_service: bool = False,
    ) -> None:
        self.query_url = query_url
        self.max_update_bytes = max_update_bytes
        self.allow_service = allow_service
        self.update_url = update_url
        self.store_url = store_url
        self.timeout_s = timeout_s
        self._client = httpx.Client(timeout=timeout_s, headers=dict(headers or {}))

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r})"

    # -- SPARQL -----------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, BindingValue] | None = None,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
        timeout_s: float | None = None,
    ) -> QueryResult:
        text = self.prepare_query(sparql, bindings)
        form = query_form(text)
        if form in ("construct", "describe"):
            accept = _GRAPH_ACCEPT
        elif form is None:
            accept = f"{_RESULTS_ACCEPT}, {_GRAPH_ACCEPT}"
        else:
            accept = _RESULTS_ACCEPT
        params: dict[str, list[str]] = {}
        if default_graph_uris:
            params["default-graph-uri"] = list(default_graph_uris)
        if named_graph_uris:
            params["named-graph-uri"] = list(named_graph_uris)
        limit = self.timeout_s if timeout_s is None else timeout_s
        data, content_type = self._fetch(
            "POST",
            self.query_url,
            limit,
            content=text.encode("utf-8"),
            params=params,
            headers={"Content-Type": "application/sparql-query", "Accept": accept},
        )
        media = content_type.split(";")[0].strip().lower()
        fmt: ox.QueryResultsFormat | ox.RdfFormat | None = ox.QueryResultsFormat.from_media_type(
            media
        )
        if fmt is None or fmt == ox.QueryResultsFormat.CSV:
            fmt = ox.RdfFormat.from_media_type(media)
        if fmt is None:
            data.close()
            raise StoreError(f"{self.query_url} answered with an unreadable type {content_type!r}")
        try:
            return QueryResult.from_serialized(data, fmt)
        except SyntaxError as exc:
            data.close()
            raise StoreError(f"{self.query_url} sent malformed results: {exc}") from exc

    def _execute_update(self, sparql_update: str) -> None:
        if self.update_url is None:
            raise UpdateForbiddenError(f"{self!r} has no update endpoint")
        data, _ = self._fetch(
            "POST",
            self.update_url,
            self.timeout_s,
            content=sparql_update.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"},
        )
        data.close()

    # -- inspection -------------------------------------------------------------------

    def count_quads(self) -> int:
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        (row,) = result.rows
        count = row["n"]
        assert isinstance(count, ox.Literal)
        return int(count.value)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"):
            graph = row.get("g")
            if isinstance(graph, ox.NamedNode):
                yield graph

    def dump(
        self, fmt: str | ox.RdfFormat = "nquads", output: IO[bytes] | None = None
    ) -> bytes | None:
        target = dump_format(fmt)
        if self.store_url is None:
            quads = (
                ox.Quad(row["s"], row["p"], row["o"], row["g"])  # type: ignore[arg-type]
                for row in self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
            )
            return ox.serialize(quads, output, target)
        data, _ = self._fetch(
            "GET", self.store_url, self.timeout_s, headers={"Accept": target.media_type}
        )
        with data:
            if output is None:
                return data.read()
            while chunk := data.read(1 << 20):
                output.write(chunk)
        return None

    # -- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        self._client.close()

    # -- HTTP -------------------------------------------------------------------------

    def _fetch(
        self,
        method: str,
        url: str,
        limit_s: float,
        *,
        content: bytes | None = None,
        params: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[IO[bytes], str]:
        """The response body (in a temporary file, at its start) and its content type.

        Reading the whole answer must finish within ``limit_s``.
        """
        deadline = time.monotonic() + limit_s
        data: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY_BYTES)  # noqa: SIM115
        try:
            with self._client.stream(
                method,
                url,
                content=content,
                params=params,
                headers=headers,
                timeout=limit_s,
            ) as response:
                if response.status_code >= 400:
                    response.read()
                    raise _http_error(url, response)
                for chunk in response.iter_bytes():
                    data.write(chunk)
                    if time.monotonic() > deadline:
                        raise QueryTimeoutError(f"{url} did not answer within {limit_s:g} s")
                content_type = response.headers.get("content-type", "")
        except httpx.TimeoutException as exc:
            data.close()
            raise QueryTimeoutError(f"{url} did not answer within {limit_s:g} s") from exc
        except httpx.TransportError as exc:
            data.close()
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {exc}") from exc
        except BaseException:
            data.close()
            raise
        data.seek(0)
        return data, content_type


def _http_error(url: str, response: httpx.Response) -> EvgError:
    """QueryError for a rejected request (4xx, with the server's message), StoreError for a
    failing server (5xx), UpdateForbiddenError when an update is refused (401/403)."""
    message = response.text.strip()[:_ERROR_TEXT_LIMIT] or response.reason_phrase
    status = response.status_code
    is_update = response.request.headers.get("content-type") == "application/sparql-update"
    if is_update and status in (401, 403):
        return UpdateForbiddenError(f"{url} refused the update ({status}): {message}")
    if 400 <= status < 500:
        return QueryError(f"{url} rejected the request ({status}): {message}")
    return StoreError(f"{url} failed ({status}): {message}")
