"""The embedded store: Oxigraph through pyoxigraph, on disk or in memory.

SPARQL runs in Oxigraph's engine (never rdflib's). Records that are not stored yet go in
through one ``Store.extend`` (one transaction), with the quads that records share (the
terms graph: MeSH hierarchy, journals) once per batch and only those not stored yet;
records that replace stored ones go as SPARQL updates of at most ``max_update_bytes``
(clear, drop, ``INSERT DATA``), each applied atomically by Oxigraph, so no reader ever sees
a record half-replaced. Pass ``max_update_bytes=None`` to make each batch a single
transaction (1.7x slower when replacing 1,000 records of 100 quads on disk: 6.8 s instead
of 3.9 s).

Time limits: pyoxigraph has no per-query timeout or cancellation. A query with
``timeout_s`` runs in a worker thread (pyoxigraph releases the GIL) that evaluates it and
writes the whole result to a temporary file (memory up to 32 MB, then disk); the caller
waits at most ``timeout_s`` and gets :class:`~kg.errors.QueryTimeoutError` otherwise. While
results stream out of Oxigraph the worker stops at the next output after the deadline
(every 8 KB of SELECT results, every CONSTRUCT triple); a query that computes for long
without output (a big sort, GROUP BY, or a join whose CONSTRUCT triples are mostly
duplicates) cannot be interrupted and keeps its worker until Oxigraph finishes. At most
``query_threads`` timed queries evaluate at once; runaway queries make the ones behind
them wait (and time out) rather than pile up. Worker threads are daemons, so they never
hold up interpreter exit.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from itertools import chain
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import QueryError, QueryTimeoutError, StoreError
from kg.stores.base import DEFAULT_UPDATE_BYTES, Store, dump_format
from kg.stores.records import Replacement
from kg.stores.results import QueryResult
from kg.stores.sparql_text import BindingValue, readable_syntax_error
from kg.vocab import PREFIXES

log = logging.getLogger(__name__)

#: Results of a timed query are kept in memory up to this size, then in a temporary file.
SPOOL_MEMORY_BYTES = 32 * 1024 * 1024

_Outcome = tuple[bool | None, IO[bytes] | None, ox.QueryResultsFormat | ox.RdfFormat | None]


#: Quads written to an on-disk store between explicit flushes of its memtables.
FLUSH_EVERY_QUADS = 100_000


class OxigraphStore(Store):
    """Oxigraph on disk at ``path`` (created if missing), or in memory when ``path`` is None.

    An on-disk store is locked by the process that opens it; opening it again (from this
    or another process) raises :class:`~kg.errors.StoreError`.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        query_threads: int = 4,
        max_update_bytes: int | None = DEFAULT_UPDATE_BYTES,
        allow_service: bool = False,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.max_update_bytes = max_update_bytes
        self.allow_service = allow_service
        self._slots = threading.BoundedSemaphore(query_threads)
        self._written = 0
        try:
            if self.path is not None:
                self.path.mkdir(parents=True, exist_ok=True)
            self._store: ox.Store | None = ox.Store(str(self.path)) if self.path else ox.Store()
        except OSError as exc:
            raise _open_error(self.path, exc) from exc
        log.debug("opened Oxigraph store at %s", self.path or "memory")

    def __repr__(self) -> str:
        return f"OxigraphStore({str(self.path) if self.path else None!r})"

    @property
    def pyoxigraph_store(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store`` (for bulk tools such as ``bulk_load``)."""
        if self._store is None:
            raise StoreError(f"{self!r} is closed")
        return self._store

    # -- records ----------------------------------------------------------------------

    def _write(self, plans: Sequence[Replacement]) -> None:
        new = [p for p in plans if not p.clear]
        if new:
            store = self.pyoxigraph_store
            try:
                # what records share (MeSH terms, journals) once, and only what is not stored
                shared = dict.fromkeys(q for p in new for q in p.record.shared)
                unstored = [q for q in shared if q not in store]
                store.extend(chain((q for p in new for q in p.record.quads), unstored))
            except OSError as exc:
                raise StoreError(f"cannot write to {self!r}: {exc}") from exc
        stored = [p for p in plans if p.clear]
        if stored:
            super()._write(stored)
        self._written += sum(len(p.record.quads) for p in plans)
        if self.path is not None and self._written >= FLUSH_EVERY_QUADS:
            # RocksDB keeps writes in memtables until flushed: without this, ingesting the
            # 30,000-record baseline file grows past 2 GB RSS; with it, RSS stays flat.
            self._written = 0
            try:
                self.pyoxigraph_store.flush()
            except OSError as exc:
                raise StoreError(f"cannot flush {self!r}: {exc}") from exc

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
        store = self.pyoxigraph_store
        text, facts = self.prepared_query(sparql, bindings)
        options = _dataset_options(default_graph_uris, named_graph_uris, facts.dataset)
        if timeout_s is None:
            try:
                return QueryResult.from_pyoxigraph(store.query(text, **options))
            except SyntaxError as exc:
                raise QueryError(readable_syntax_error(str(exc))) from exc
            except OSError as exc:
                raise StoreError(f"query failed on {self!r}: {exc}") from exc
        return self._query_in_worker(store, text, options, timeout_s)

    def _query_in_worker(
        self, store: ox.Store, text: str, options: dict[str, Any], timeout_s: float
    ) -> QueryResult:
        cancel = threading.Event()
        future: Future[_Outcome] = Future()
        worker = threading.Thread(
            target=self._run_worker,
            args=(future, store, text, options, cancel),
            name="evg-query",
            daemon=True,  # a query Oxigraph cannot interrupt must not hold up exit
        )
        worker.start()
        try:
            boolean, data, fmt = future.result(timeout=timeout_s)
        except FutureTimeout:
            cancel.set()
            future.cancel()  # if still waiting for a free worker slot
            future.add_done_callback(_discard_outcome)
            raise QueryTimeoutError(f"query ran past the {timeout_s:g} s limit") from None
        except SyntaxError as exc:
            raise QueryError(readable_syntax_error(str(exc))) from exc
        except OSError as exc:
            raise StoreError(f"query failed on {self!r}: {exc}") from exc
        if boolean is not None:
            return QueryResult("ask", boolean=boolean)
        assert data is not None and fmt is not None
        return QueryResult.from_serialized(data, fmt)

    def _run_worker(
        self,
        future: Future[_Outcome],
        store: ox.Store,
        text: str,
        options: dict[str, Any],
        cancel: threading.Event,
    ) -> None:
        with self._slots:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(_evaluate_to_file(store, text, options, cancel))
            except BaseException as exc:
                future.set_exception(exc)

    def _execute_update(self, sparql_update: str) -> None:
        try:
            self.pyoxigraph_store.update(sparql_update)
        except SyntaxError as exc:
            raise QueryError(readable_syntax_error(str(exc))) from exc
        except OSError as exc:
            raise StoreError(f"update failed on {self!r}: {exc}") from exc

    # -- inspection -------------------------------------------------------------------

    def count_quads(self) -> int:
        return len(self.pyoxigraph_store)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for graph in self.pyoxigraph_store.named_graphs():
            if isinstance(graph, ox.NamedNode):
                yield graph

    def dump(
        self, fmt: str | ox.RdfFormat = "nquads", output: IO[bytes] | None = None
    ) -> bytes | None:
        target = dump_format(fmt)
        try:
            return self.pyoxigraph_store.dump(output, target, prefixes=PREFIXES)
        except OSError as exc:
            raise StoreError(f"cannot dump {self!r}: {exc}") from exc

    # -- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        """Release the store and its lock. Live query results keep it open until dropped."""
        if self._store is not None:
            if self.path is not None:
                try:
                    self._store.flush()
                except OSError as exc:
                    log.warning("flushing %r failed: %s", self, exc)
            self._store = None
            log.debug("closed %r", self)


def _open_error(path: Path | None, exc: OSError) -> StoreError:
    message = str(exc)
    if "lock" in message.lower():
        return StoreError(
            f"the store at {path} is in use (locked) by another process or another open "
            f"store in this process; close it first or use that store's server ({message})"
        )
    return StoreError(f"cannot open the store at {path}: {message}")


def _dataset_options(
    default_graph_uris: Sequence[str], named_graph_uris: Sequence[str], own_dataset: bool = False
) -> dict[str, Any]:
    """pyoxigraph query options: the protocol's explicit dataset; else the query's own
    (``FROM`` / ``FROM NAMED``, ``own_dataset``), which the union default graph would
    override; else the union default graph."""
    if not default_graph_uris and not named_graph_uris:
        return {} if own_dataset else {"use_default_graph_as_union": True}
    try:
        default: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [
            ox.NamedNode(u) for u in default_graph_uris
        ]
        named: list[ox.NamedNode | ox.BlankNode] = [ox.NamedNode(u) for u in named_graph_uris]
    except ValueError as exc:
        raise QueryError(f"invalid graph IRI in the dataset: {exc}") from exc
    return {"default_graph": default, "named_graphs": named}


class _CancellableWriter:
    """A binary sink that fails once ``cancel`` is set, stopping pyoxigraph's serialiser."""

    def __init__(self, sink: IO[bytes], cancel: threading.Event) -> None:
        self._sink = sink
        self._cancel = cancel

    def write(self, data: bytes) -> int:
        if self._cancel.is_set():
            raise OSError("query cancelled after its time limit")
        return self._sink.write(data)

    def flush(self) -> None:
        self._sink.flush()


def _evaluate_to_file(
    store: ox.Store, text: str, options: dict[str, Any], cancel: threading.Event
) -> _Outcome:
    """Run a query and write its whole result to a temporary file (in a worker thread).

    The pyoxigraph result never leaves this thread, not even through a traceback: it is
    bound to the thread that created it.
    """
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | None = None
    data: IO[bytes] | None = None
    try:
        result = store.query(text, **options)
        if isinstance(result, ox.QueryBoolean):
            return bool(result), None, None
        data = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY_BYTES)  # noqa: SIM115
        sink = _CancellableWriter(data, cancel)
        if isinstance(result, ox.QuerySolutions):
            result.serialize(sink, ox.QueryResultsFormat.JSON)  # type: ignore[arg-type]
            return None, data, ox.QueryResultsFormat.JSON
        ox.serialize(_until(cancel, result), sink, ox.RdfFormat.N_TRIPLES)  # type: ignore[arg-type]
        return None, data, ox.RdfFormat.N_TRIPLES
    except BaseException:
        if data is not None:
            data.close()
        raise
    finally:
        del result


def _until(cancel: threading.Event, triples: ox.QueryTriples) -> Iterator[ox.Triple]:
    """The triples, stopping with OSError once ``cancel`` is set."""
    for triple in triples:
        if cancel.is_set():
            raise OSError("query cancelled after its time limit")
        yield triple


def _discard_outcome(future: Future[_Outcome]) -> None:
    """Close the file of a query that finished after its caller gave up on it."""
    if future.cancelled() or future.exception() is not None:
        return
    _, data, _ = future.result()
    if data is not None:
        data.close()
