"""A record's graphs, their manifest, and the SPARQL that replaces records in a store.

Every backend replaces records the same way (:meth:`kg.stores.base.Store.replace_records`):
one ``SELECT`` finds, per record, the graphs to clear (those listed in the stored manifest
of its key, plus any graph of the new version that already holds quads); then update
requests each clear and re-insert a group of whole records. The update text is plain
SPARQL 1.1 with every term written by pyoxigraph, so it works on any SPARQL 1.1 server.

Measured on Oxigraph 0.5 (1,000 records of 100 quads in 5 graphs, on disk):
- clearing with one ``DELETE ... WHERE { VALUES ?g {...} GRAPH ?g {...} }`` takes 1.5 s
  where 5,000 ``DROP GRAPH`` in one transaction take 6 s, so only graphs that the new
  version no longer has are dropped (to leave the list of named graphs);
- finding existing graphs with ``FILTER EXISTS { GRAPH ?g { ?s ?p ?o } }`` takes 0.05 s
  where ``GRAPH ?g { }`` over the same ``VALUES`` takes 0.5 s;
- requests of about 2 MB replace the batch in 3.9 s; one 10 MB transaction takes 6.8 s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain

import pyoxigraph as ox

from kg.stores.sparql_text import sparql_term
from kg.vocab import EVG, node

#: Graphs per ``VALUES`` block in the manifest query and in ``DELETE`` statements.
GRAPHS_PER_STATEMENT = 2000


@dataclass(slots=True)
class RecordGraphs:
    """The RDF of one record: every quad in a named graph, listed in the record's manifest.

    ``key`` is the record's article graph. It holds ``<key> evg:containsGraph <g>`` for
    every graph ``g`` of the record, the key itself included; that manifest is how a later
    version of the record finds what to replace.
    """

    key: ox.NamedNode
    quads: list[ox.Quad] = field(default_factory=list)
    #: Quads of the graph that records share (MeSH labels and hierarchy, journals, runs; see
    #: ``kg.iris.RecordIris.terms_graph``): added with the record, never cleared with it, and
    #: stored once however many records state them. In each record's graphs the same
    #: triple would be matched once per graph by queries over the union of the graphs.
    shared: list[ox.Quad] = field(default_factory=list)

    def stored_quads(self) -> Iterator[ox.Quad]:
        """Every quad that storing the record writes: its own, then its shared ones."""
        yield from self.quads
        yield from self.shared

    def graph_names(self) -> set[ox.NamedNode]:
        """The graphs the quads are in."""
        names: set[ox.NamedNode] = set()
        for quad in self.quads:
            if not isinstance(quad.graph_name, ox.NamedNode):
                raise ValueError(f"record {self.key}: quad {quad} is not in a named graph (an IRI)")
            names.add(quad.graph_name)
        return names

    def manifest(self) -> set[ox.NamedNode]:
        """The graphs that the key's manifest lists."""
        contains = node(EVG.containsGraph)
        return {
            q.object
            for q in self.quads
            if q.graph_name == self.key
            and q.subject == self.key
            and q.predicate == contains
            and isinstance(q.object, ox.NamedNode)
        }

    def validate(self) -> set[ox.NamedNode]:
        """Check the manifest lists every graph of the record; return the graph names.

        A graph missing from the manifest would survive the next replacement of the
        record, so it is refused here rather than left to go stale.
        """
        names = self.graph_names()
        missing = names - self.manifest()
        if self.key not in names:
            missing.add(self.key)
        if missing:
            listed = ", ".join(sorted(str(g) for g in missing))
            raise ValueError(
                f"record {self.key}: graphs not listed in its manifest "
                f"(<key> evg:containsGraph <g> in the key graph): {listed}"
            )
        return names


def unique_by_key(batch: Iterable[RecordGraphs]) -> list[RecordGraphs]:
    """The batch with one record per key (the last one wins, as if stored in order)."""
    by_key: dict[ox.NamedNode, RecordGraphs] = {}
    for record in batch:
        by_key.pop(record.key, None)
        by_key[record.key] = record
    return list(by_key.values())


@dataclass(slots=True)
class Replacement:
    """What storing one record changes: the stored graphs to clear first (``clear``) and
    the graphs the new version has (``names``); cleared graphs not in ``names`` are dropped."""

    record: RecordGraphs
    names: set[ox.NamedNode]
    clear: set[ox.NamedNode] = field(default_factory=set)


def graphs_to_clear_query(records: Sequence[Replacement]) -> str:
    """One SELECT of ``?key ?g``: the graphs listed in the stored manifest of each key, and
    the graphs of each new record that already hold quads."""
    contains = sparql_term(node(EVG.containsGraph))
    keys = " ".join(sparql_term(r.record.key) for r in records)
    pairs = " ".join(
        f"({sparql_term(r.record.key)} {sparql_term(g)})"
        for r in records
        for g in sorted(r.names, key=str)
    )
    return (
        "SELECT DISTINCT ?key ?g WHERE {\n"
        f"  {{ VALUES ?key {{ {keys} }} GRAPH ?key {{ ?key {contains} ?g }} }}\n"
        f"  UNION {{ VALUES (?key ?g) {{ {pairs} }}\n"
        "          FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }\n"
        "}"
    )


def clear_statements(clear: Iterable[ox.NamedNode], drop: set[ox.NamedNode]) -> Iterator[str]:
    """SPARQL update operations that empty the graphs ``clear`` and drop the graphs ``drop``
    (so that they leave the list of named graphs too)."""
    ordered = sorted(clear, key=str)
    for start in range(0, len(ordered), GRAPHS_PER_STATEMENT):
        chunk = " ".join(sparql_term(g) for g in ordered[start : start + GRAPHS_PER_STATEMENT])
        yield (
            "DELETE { GRAPH ?g { ?s ?p ?o } } "
            f"WHERE {{ VALUES ?g {{ {chunk} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        )
    for graph in sorted(drop, key=str):
        yield f"DROP SILENT GRAPH {sparql_term(graph)}"


def insert_data_body(record: RecordGraphs, quads: Iterable[ox.Quad] | None = None) -> str:
    """``GRAPH <g> { s p o . ... }`` blocks of ``quads`` (default: all that storing the
    record writes, its shared quads too), for an ``INSERT DATA``."""
    by_graph: dict[ox.NamedNode, list[str]] = {}
    for q in record.stored_quads() if quads is None else quads:
        subj, obj, graph = q.subject, q.object, q.graph_name
        if isinstance(subj, ox.Triple) or isinstance(obj, ox.Triple):
            raise ValueError(f"record {record.key}: quoted triples are not supported")
        if not isinstance(graph, ox.NamedNode):
            raise ValueError(f"record {record.key}: quad {q} is not in a named graph")
        line = f"{sparql_term(subj)} {sparql_term(q.predicate)} {sparql_term(obj)} ."
        by_graph.setdefault(graph, []).append(line)
    return "\n".join(
        f"GRAPH {sparql_term(g)} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items()
    )


def pack_requests(statements: Iterable[str], max_bytes: int | None) -> Iterator[str]:
    """Join update operations with ``;`` into requests of at most ``max_bytes`` each
    (one request when ``max_bytes`` is None; an oversized operation goes alone)."""
    parts: list[str] = []
    size = 0
    for statement in statements:
        n = len(statement.encode("utf-8")) + 3
        if parts and max_bytes is not None and size + n > max_bytes:
            yield " ;\n".join(parts)
            parts, size = [], 0
        parts.append(statement)
        size += n
    if parts:
        yield " ;\n".join(parts)


def replacement_requests(
    replacements: Sequence[Replacement], max_bytes: int | None
) -> Iterator[str]:
    """SPARQL update requests that replace records, each at most ``max_bytes`` (UTF-8)
    unless one record alone is larger; None: a single request.

    A record is never split: its clearing and its ``INSERT DATA`` are in the same request,
    which Oxigraph (and any transactional SPARQL server) applies atomically, so a reader
    sees each record either old or new, never absent or half-written, and an interrupted
    batch leaves every record old or new.

    What records share (the terms graph's MeSH hierarchy, journals, the run) goes once per
    batch, with the first record that states it: the requests go in order and the batch
    stops at the first that fails, so no record is stored before what it shares. (Each
    record carrying its own copy sent the hierarchy again for every record naming it.)
    """
    group: list[tuple[Replacement, str]] = []
    size = 0
    sent: set[ox.Quad] = set()
    for plan in replacements:
        shared = [q for q in plan.record.shared if q not in sent]
        sent.update(shared)
        body = insert_data_body(plan.record, chain(plan.record.quads, shared))
        n = len(body.encode("utf-8")) + sum(2 * len(g.value) + 24 for g in plan.clear)
        if group and max_bytes is not None and size + n > max_bytes:
            yield _request(group)
            group, size = [], 0
        group.append((plan, body))
        size += n
    if group:
        yield _request(group)


def _request(group: Sequence[tuple[Replacement, str]]) -> str:
    clear: set[ox.NamedNode] = set()
    drop: set[ox.NamedNode] = set()
    for plan, _ in group:
        clear |= plan.clear
        drop |= plan.clear - plan.names
    inserts = "INSERT DATA {\n" + "\n".join(body for _, body in group) + "\n}"
    return " ;\n".join([*clear_statements(clear, drop), inserts])
