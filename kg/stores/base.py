"""The store interface that every backend implements, and the record replacement they share.

A store holds records as named graphs and answers SPARQL over the union of all graphs.
Backends: :class:`kg.stores.oxigraph.OxigraphStore` (embedded, on disk or in memory) and
:class:`kg.stores.remote.RemoteStore` (any SPARQL 1.1 server); :func:`kg.stores.open_store`
picks one from a location.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from types import TracebackType
from typing import IO, Self

import pyoxigraph as ox

from kg.errors import QueryError
from kg.stores.orphans import PRUNE_ORPHANS
from kg.stores.records import (
    RecordGraphs,
    Replacement,
    clear_statements,
    graphs_to_clear_query,
    pack_requests,
    replacement_requests,
    unique_by_key,
)
from kg.stores.results import QueryResult, Term
from kg.stores.sparql_text import (
    EMPTY_QUERY,
    BindingValue,
    QueryFacts,
    bind_values,
    is_blank,
    query_facts,
)

__all__ = ["BindingValue", "RecordGraphs", "Store", "Term", "dump_format"]

log = logging.getLogger(__name__)

DEFAULT_UPDATE_BYTES = 2 * 1024 * 1024
MAX_NESTING = 256
"""The deepest nesting of braces, parentheses and brackets a query or update may have:
Oxigraph's parser recurses once per level and crashes the process (a segmentation fault)
at a few thousand; real queries nest a few dozen at most."""

_SERVICE_DISABLED = (
    "SERVICE (federated query) is disabled for this store; "
    "open it with allow_service=True to enable it"
)

DUMP_FORMATS: dict[str, ox.RdfFormat] = {
    "nquads": ox.RdfFormat.N_QUADS,
    "n-quads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}


def dump_format(fmt: str | ox.RdfFormat) -> ox.RdfFormat:
    """The dataset format for ``fmt`` (``nquads``, ``trig``, a media type or extension)."""
    found = fmt if isinstance(fmt, ox.RdfFormat) else None
    if isinstance(fmt, str):
        key = fmt.strip().lower()
        found = (
            DUMP_FORMATS.get(key)
            or ox.RdfFormat.from_media_type(key)
            or ox.RdfFormat.from_extension(key)
        )
    if found is None or not found.supports_datasets:
        raise ValueError(f"cannot dump a dataset as {fmt}; use N-Quads or TriG")
    return found


class Store(ABC):
    """An RDF dataset of records, queried with SPARQL over the union of its graphs.

    Stores are context managers; ``close()`` releases files, locks and connections.
    Errors: :class:`kg.errors.StoreError` (cannot open/read/write),
    :class:`kg.errors.QueryError` (invalid SPARQL, with the parser's message),
    :class:`kg.errors.QueryTimeoutError` (past ``timeout_s``).
    """

    #: Largest SPARQL update request this store sends, in bytes (None: one request per
    #: batch). Records are never split across requests; each request is one transaction.
    #: 2 MB (about 200 records of 100 quads) replaces stored records 1.7x faster than one
    #: 10 MB transaction on Oxigraph, on disk and over HTTP alike.
    max_update_bytes: int | None = DEFAULT_UPDATE_BYTES

    #: Whether queries may use ``SERVICE`` (see :meth:`prepare_query`).
    allow_service: bool = False

    # -- records ----------------------------------------------------------------------

    def replace_records(self, batch: Sequence[RecordGraphs]) -> None:
        """Store each record of ``batch``, replacing every graph of its previous version.

        One SPARQL query finds the graphs to clear (those in the stored manifests of the
        batch's keys, and graphs of the new records that already hold quads); then each
        record's old graphs are cleared, graphs its new version no longer has are dropped,
        and its new quads added, in one transaction per group of records (see
        ``max_update_bytes``). Storing the same record twice changes nothing. A key given
        twice in one batch: the last record wins. Raises ValueError for a record whose
        quads are not all in named graphs listed in its manifest. Where a record was
        replaced, one more update drops the journals, journal titles and extractor runs
        that no stored record uses any more (``kg.stores.orphans``).
        """
        plans = [Replacement(r, r.validate()) for r in unique_by_key(batch)]
        if not plans:
            return
        self._find_graphs_to_clear(plans)
        log.debug(
            "replacing %d records (%d already stored), %d graphs to clear",
            len(plans),
            sum(1 for p in plans if p.clear),
            sum(len(p.clear) for p in plans),
        )
        self._write(plans)
        if any(p.clear for p in plans):
            self._execute_update(PRUNE_ORPHANS)

    def remove_record(self, key: ox.NamedNode) -> None:
        """Remove the record whose article graph is ``key`` (all graphs in its manifest),
        then the journals, journal titles and extractor runs no stored record uses."""
        plan = Replacement(RecordGraphs(key), {key})
        self._find_graphs_to_clear([plan])
        statements = clear_statements(plan.clear, plan.clear)
        for request in pack_requests(statements, self.max_update_bytes):
            self._execute_update(request)
        self._execute_update(PRUNE_ORPHANS)

    def _find_graphs_to_clear(self, plans: Sequence[Replacement]) -> None:
        """Fill each plan's ``clear`` with one SPARQL query."""
        by_key = {p.record.key: p for p in plans}
        for row in self.query(graphs_to_clear_query(plans)):
            key, graph = row.get("key"), row.get("g")
            if isinstance(key, ox.NamedNode) and isinstance(graph, ox.NamedNode):
                by_key[key].clear.add(graph)

    def _write(self, plans: Sequence[Replacement]) -> None:
        """Clear, drop and insert as the plans say, in requests of ``max_update_bytes``."""
        for request in replacement_requests(plans, self.max_update_bytes):
            self._execute_update(request)

    # -- SPARQL -----------------------------------------------------------------------

    def prepare_query(self, sparql: str, bindings: Mapping[str, BindingValue] | None) -> str:
        """The query text to run: ``bindings`` joined in, ``SERVICE`` refused unless allowed.

        Oxigraph evaluates ``SERVICE <url>`` by calling that URL from this host, which
        would let anyone who can send a query make the server fetch arbitrary URLs.
        """
        return self.prepared_query(sparql, bindings)[0]

    def prepared_query(
        self, sparql: str, bindings: Mapping[str, BindingValue] | None
    ) -> tuple[str, QueryFacts]:
        """:meth:`prepare_query`'s text and the facts its checks read (one scan of it)."""
        if is_blank(sparql):  # Oxigraph would say "error at 1:1: expected [_]"
            raise QueryError(EMPTY_QUERY)
        text = bind_values(sparql, bindings) if bindings else sparql
        facts = query_facts(text)
        self._check(facts)
        return text, facts

    def _check(self, facts: QueryFacts) -> None:
        if facts.nesting > MAX_NESTING:
            raise QueryError(
                f"the query nests brackets {facts.nesting} deep; "
                f"at most {MAX_NESTING} levels are allowed"
            )
        if facts.service and not self.allow_service:
            raise QueryError(_SERVICE_DISABLED)

    @abstractmethod
    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, BindingValue] | None = None,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
        timeout_s: float | None = None,
    ) -> QueryResult:
        """Run a SPARQL query.

        The default graph is the union of all graphs unless ``default_graph_uris`` or
        ``named_graph_uris`` give the dataset (as in the SPARQL 1.1 Protocol: giving only
        named graphs leaves an empty default graph) or the query gives its own with ``FROM``
        / ``FROM NAMED`` (the protocol's dataset wins). ``bindings`` are joined at the top of
        the WHERE group (see :mod:`kg.stores.sparql_text`), never formatted into the text.
        """

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL 1.1 update. Whether updates are allowed is the caller's decision;
        ``SERVICE`` is refused unless the store allows it (see :meth:`prepare_query`)."""
        self._check(query_facts(sparql_update))
        self._execute_update(sparql_update)

    @abstractmethod
    def _execute_update(self, sparql_update: str) -> None:
        """Send an update as it is (the store's own writes come straight here)."""

    # -- inspection -------------------------------------------------------------------

    @abstractmethod
    def count_quads(self) -> int:
        """Number of quads in the store."""

    @abstractmethod
    def named_graphs(self) -> Iterator[ox.NamedNode]:
        """The named graphs (IRIs) in the store."""

    @abstractmethod
    def dump(
        self, fmt: str | ox.RdfFormat = "nquads", output: IO[bytes] | None = None
    ) -> bytes | None:
        """The whole dataset as N-Quads or TriG: bytes, or None when written to ``output``."""

    # -- lifetime ---------------------------------------------------------------------

    @abstractmethod
    def close(self) -> None:
        """Release the store (files, locks, connections). Idempotent."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
