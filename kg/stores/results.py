"""The result of a SPARQL query, whatever the backend: rows, a boolean or triples.

A :class:`QueryResult` wraps either a live pyoxigraph result (streamed from the store as it
is consumed) or a serialised result (from a remote endpoint, or from a query that ran under
a time limit in a worker thread), parsed lazily by pyoxigraph. Serialising a live
``SELECT`` streams it: 10^6 rows are never held as Python objects.

A result is single-pass, like the iterator it wraps: iterate it once, or serialise it once.
``rows``/``triples`` materialise it and keep the list, after which it can be serialised as
often as wanted. pyoxigraph's iterators are bound to the thread that created them (using
one from another thread aborts the process), so a result must be consumed on one thread;
crossing threads raises :class:`kg.errors.StoreError` instead.
"""

from __future__ import annotations

import io
import json
import shutil
import threading
from collections.abc import Iterator
from typing import IO, Literal

import pyoxigraph as ox

from kg.errors import StoreError
from kg.vocab import PREFIXES

ResultKind = Literal["select", "ask", "construct"]
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = dict[str, Term]
Format = str | ox.QueryResultsFormat | ox.RdfFormat

_XSD_STRING = ox.Literal("").datatype  # xsd:string, the datatype of plain literals

#: Short names accepted by :meth:`QueryResult.serialize` (besides media types, file
#: extensions and pyoxigraph format objects).
RESULTS_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "n-triples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "rdf/xml": ox.RdfFormat.RDF_XML,
    "xml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json-ld": ox.RdfFormat.JSON_LD,
    "json": ox.RdfFormat.JSON_LD,
    "n3": ox.RdfFormat.N3,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "n-quads": ox.RdfFormat.N_QUADS,
}


def result_format(kind: ResultKind, fmt: Format) -> ox.QueryResultsFormat | ox.RdfFormat:
    """The pyoxigraph format for ``fmt`` (a short name, extension or media type) for a
    result of ``kind``; ValueError if that kind of result cannot be written so."""
    if kind == "construct":
        if isinstance(fmt, ox.RdfFormat):
            return fmt
        if isinstance(fmt, str):
            key = fmt.strip().lower()
            found = (
                GRAPH_FORMATS.get(key)
                or ox.RdfFormat.from_media_type(key)
                or ox.RdfFormat.from_extension(key)
            )
            if found is not None:
                return found
        raise ValueError(f"cannot write CONSTRUCT/DESCRIBE results as {fmt}")
    if isinstance(fmt, ox.QueryResultsFormat):
        return fmt
    if isinstance(fmt, str):
        key = fmt.strip().lower()
        results = (
            RESULTS_FORMATS.get(key)
            or ox.QueryResultsFormat.from_media_type(key)
            or ox.QueryResultsFormat.from_extension(key)
        )
        if results is not None:
            return results
    raise ValueError(f"cannot write {kind.upper()} results as {fmt}")


class QueryResult:
    """Rows (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE). See module doc.

    Build one with :meth:`from_pyoxigraph` or :meth:`from_serialized`.
    """

    def __init__(
        self,
        kind: ResultKind,
        *,
        live: ox.QuerySolutions | ox.QueryTriples | None = None,
        boolean: bool | None = None,
        data: IO[bytes] | None = None,
        data_format: ox.QueryResultsFormat | ox.RdfFormat | None = None,
        variables: list[str] | None = None,
    ) -> None:
        self.kind: ResultKind = kind
        self._live = live
        self._boolean = boolean
        self._data = data
        self._data_format = data_format
        self._thread: int | None = threading.get_ident() if live is not None else None
        self._consumed = False
        self._rows: list[Row] | None = None
        self._triples: list[ox.Triple] | None = None
        if isinstance(live, ox.QuerySolutions):
            variables = [v.value for v in live.variables]
        self._variables = variables or []

    # -- construction -----------------------------------------------------------------

    @classmethod
    def from_pyoxigraph(
        cls, result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
    ) -> QueryResult:
        """Wrap a live pyoxigraph result (consumed lazily, on this thread only)."""
        if isinstance(result, ox.QueryBoolean):
            return cls("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            return cls("select", live=result)
        return cls("construct", live=result)

    @classmethod
    def from_serialized(
        cls, data: IO[bytes], fmt: ox.QueryResultsFormat | ox.RdfFormat
    ) -> QueryResult:
        """Wrap serialised results (a seekable binary file), parsed lazily by pyoxigraph.

        ``fmt`` is a SPARQL results format (SELECT/ASK) or an RDF graph format
        (CONSTRUCT/DESCRIBE). Such a result may be consumed on any one thread.
        """
        data.seek(0)
        if isinstance(fmt, ox.RdfFormat):
            return cls("construct", data=data, data_format=fmt)
        head = ox.parse_query_results(data, fmt)
        if isinstance(head, ox.QueryBoolean):
            data.close()
            return cls("ask", boolean=bool(head))
        variables = [v.value for v in head.variables]
        del head  # parsed again, lazily, on the thread that consumes the result
        return cls("select", data=data, data_format=fmt, variables=variables)

    @classmethod
    def from_rows(cls, variables: list[str], rows: list[Row]) -> QueryResult:
        """A SELECT result over rows already read (may be serialised more than once)."""
        result = cls("select", variables=list(variables))
        result._rows = rows
        return result

    @classmethod
    def from_triples(cls, triples: list[ox.Triple]) -> QueryResult:
        """A CONSTRUCT/DESCRIBE result over triples already read."""
        result = cls("construct")
        result._triples = triples
        return result

    # -- access -----------------------------------------------------------------------

    @property
    def variables(self) -> list[str]:
        """The projected variable names (without '?') of a SELECT; empty otherwise."""
        return list(self._variables or [])

    @property
    def boolean(self) -> bool:
        """The answer of an ASK query."""
        if self._boolean is None:
            raise TypeError(f"a {self.kind.upper()} result has no boolean; only ASK has")
        return self._boolean

    def __iter__(self) -> Iterator[Row]:
        """The rows of a SELECT, each a dict of bound variables (lazy, single pass)."""
        if self.kind != "select":
            raise TypeError(f"a {self.kind.upper()} result has no rows")
        if self._rows is not None:
            return iter(self._rows)
        return self._iter_rows()

    @property
    def rows(self) -> list[Row]:
        """All rows of a SELECT, materialised and kept."""
        if self._rows is None:
            self._rows = list(iter(self))
        return self._rows

    def iter_triples(self) -> Iterator[ox.Triple]:
        """The triples of a CONSTRUCT/DESCRIBE (lazy, single pass)."""
        if self.kind != "construct":
            raise TypeError(f"a {self.kind.upper()} result has no triples")
        if self._triples is not None:
            return iter(self._triples)
        return self._iter_live_triples()

    @property
    def triples(self) -> list[ox.Triple]:
        """All triples of a CONSTRUCT/DESCRIBE, materialised and kept."""
        if self._triples is None:
            self._triples = list(self.iter_triples())
        return self._triples

    def close(self) -> None:
        """Release the serialised data behind the result (a temporary file), if any."""
        if self._data is not None:
            self._data.close()

    # -- serialisation ----------------------------------------------------------------

    def serialize(self, fmt: Format, output: IO[bytes] | None = None) -> bytes | None:
        """Write the result as ``fmt``: SPARQL results JSON/XML/CSV/TSV for SELECT and ASK,
        Turtle/N-Triples/RDF-XML/JSON-LD/N3 (or TriG/N-Quads, as the default graph) for
        CONSTRUCT/DESCRIBE.

        ``fmt`` is a short name (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``,
        ``ntriples``, ``rdfxml``, ``jsonld``), a media type, a file extension or a pyoxigraph
        format. Returns bytes, or None when written to ``output`` (a binary file).
        """
        target = result_format(self.kind, fmt)
        sink: IO[bytes] = io.BytesIO() if output is None else output
        try:
            if isinstance(target, ox.RdfFormat) and target.supports_datasets:
                quads = (ox.Quad(t.subject, t.predicate, t.object) for t in self.iter_triples())
                ox.serialize(quads, sink, target, prefixes=PREFIXES)
            elif isinstance(target, ox.RdfFormat):
                ox.serialize(self.iter_triples(), sink, target, prefixes=PREFIXES)
            elif self.kind == "ask":
                _boolean_results(self.boolean).serialize(sink, target)
            else:
                self._serialize_rows(target, sink)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"the query failed while its results were written: {exc}") from exc
        return sink.getvalue() if output is None and isinstance(sink, io.BytesIO) else None

    def _serialize_rows(self, target: ox.QueryResultsFormat, sink: IO[bytes]) -> None:
        if self._rows is not None:
            _rows_results(self.variables, self._rows).serialize(sink, target)
            return
        if self._data is not None and self._data_format == target and self._live is None:
            self._take()
            self._data.seek(0)
            shutil.copyfileobj(self._data, sink)
            return
        live = self._take()
        assert isinstance(live, ox.QuerySolutions)
        live.serialize(sink, target)

    # -- internals --------------------------------------------------------------------

    def _take(self) -> ox.QuerySolutions | ox.QueryTriples | ox.QuadParser | None:
        """Claim the single pass over the underlying result, on the right thread.

        Returns the pyoxigraph iterator to read, parsing serialised data now (so that the
        parser belongs to the consuming thread).
        """
        if self._consumed:
            raise RuntimeError(
                "this query result was already consumed; keep `rows`/`triples` "
                "to read it more than once, or run the query again"
            )
        if self._thread is not None and self._thread != threading.get_ident():
            raise StoreError(
                "a query result must be consumed on the thread that ran the query "
                "(pyoxigraph results are bound to their thread); pass timeout_s to get "
                "a result that any thread can read"
            )
        self._consumed = True
        if self._live is not None or self._data is None:
            return self._live
        self._data.seek(0)
        if isinstance(self._data_format, ox.RdfFormat):
            return ox.parse(self._data, self._data_format)
        assert self._data_format is not None
        parsed = ox.parse_query_results(self._data, self._data_format)
        assert isinstance(parsed, ox.QuerySolutions)
        return parsed

    def _iter_rows(self) -> Iterator[Row]:
        solutions = self._take()
        assert isinstance(solutions, ox.QuerySolutions)
        names = self.variables
        try:
            for solution in solutions:
                yield {
                    name: term
                    for name, term in zip(names, solution, strict=True)
                    if term is not None
                }
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"the query failed while its results were read: {exc}") from exc

    def _iter_live_triples(self) -> Iterator[ox.Triple]:
        source = self._take()
        try:
            if isinstance(source, ox.QueryTriples):
                yield from source
            else:
                assert isinstance(source, ox.QuadParser)
                for quad in source:
                    yield quad.triple
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"the query failed while its results were read: {exc}") from exc


def _boolean_results(value: bool) -> ox.QueryBoolean:
    parsed = ox.parse_query_results(
        json.dumps({"head": {}, "boolean": value}), ox.QueryResultsFormat.JSON
    )
    assert isinstance(parsed, ox.QueryBoolean)
    return parsed


def _rows_results(variables: list[str], rows: list[Row]) -> ox.QuerySolutions:
    """pyoxigraph solutions for kept rows (via SPARQL results JSON), to serialise them."""
    doc = {
        "head": {"vars": variables},
        "results": {
            "bindings": [{name: _json_term(term) for name, term in row.items()} for row in rows]
        },
    }
    parsed = ox.parse_query_results(json.dumps(doc), ox.QueryResultsFormat.JSON)
    assert isinstance(parsed, ox.QuerySolutions)
    return parsed


def _json_term(term: Term) -> dict[str, object]:
    """One term in the SPARQL 1.1 results JSON format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }
