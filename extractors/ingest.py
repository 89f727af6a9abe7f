"""Source files -> Records -> store: the library functions behind ``evg extract``/``evg ingest``
and ``POST /extract``/``POST /records``.

A bad record is reported with its position and the batch goes on; a file-level failure
(malformed XML, not UTF-8, unsafe entities) stops that file after the records read before it
and is reported the same way. Storing is idempotent per record (see ``kg.stores``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from extractors.pipeline import Extractor
from extractors.readers import InputFormat, iter_articles
from kg.errors import EvgError, InputError
from kg.model import Record
from kg.rdf_mapping import record_to_graphs
from kg.stores.base import RecordGraphs, Store

log = logging.getLogger(__name__)

Source = str | Path | BinaryIO


@dataclass(frozen=True)
class RecordProblem:
    """A record (or a whole file from some point on) that could not be extracted or stored."""

    source: str | None
    position: str | None
    reason: str

    def __str__(self) -> str:
        where = ", ".join(p for p in (self.source, self.position) if p)
        return f"{where}: {self.reason}" if where else self.reason


@dataclass
class IngestReport:
    records: int = 0
    quads: int = 0
    seconds: float = 0.0
    problems: list[RecordProblem] = field(default_factory=list)

    @property
    def records_per_s(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    @property
    def quads_per_s(self) -> float:
        return self.quads / self.seconds if self.seconds > 0 else 0.0


def _problem(err: InputError) -> RecordProblem:
    return RecordProblem(err.source, err.position, err.reason)


def extract_records(
    sources: Iterable[Source],
    extractor: Extractor,
    *,
    input_format: InputFormat | None = None,
    name: str | None = None,
) -> Iterator[Record | RecordProblem]:
    """Records from every source, in order; problems are yielded in their place, never raised."""
    for source in sources:
        try:
            for item in iter_articles(source, input_format, name=name):
                if isinstance(item, InputError):
                    yield _problem(item)
                    continue
                try:
                    yield extractor.extract(item)
                except InputError as exc:
                    yield _problem(exc)
                except EvgError as exc:
                    yield RecordProblem(item.source, item.position, str(exc))
        except InputError as exc:
            yield _problem(exc)
        except OSError as exc:
            yield RecordProblem(str(source), None, f"cannot read: {exc.strerror or exc}")


def ingest(
    sources: Iterable[Source],
    extractor: Extractor,
    store: Store,
    *,
    base_iri: str,
    input_format: InputFormat | None = None,
    batch_size: int = 200,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_problem: Callable[[RecordProblem], None] | None = None,
) -> IngestReport:
    """Extract every record and store it, ``batch_size`` records per store transaction."""
    report = IngestReport()
    started = time.perf_counter()
    batch: list[RecordGraphs] = []

    def flush() -> None:
        if batch:
            store.replace_records(batch)
            report.quads += sum(len(rg.quads) for rg in batch)
            batch.clear()
        report.seconds = time.perf_counter() - started
        if on_progress is not None:
            on_progress(report)

    for item in extract_records(sources, extractor, input_format=input_format):
        if isinstance(item, RecordProblem):
            report.problems.append(item)
            if on_problem is not None:
                on_problem(item)
            continue
        batch.append(record_to_graphs(item, base=base_iri, extractor_version=extractor.version))
        report.records += 1
        if len(batch) >= batch_size:
            flush()
    flush()
    return report


def store_record(record: Record, store: Store, *, base_iri: str, extractor_version: str) -> int:
    """Store one extracted record (replacing an earlier version); returns its quad count."""
    graphs = record_to_graphs(record, base=base_iri, extractor_version=extractor_version)
    store.replace_records([graphs])
    return len(graphs.quads)
