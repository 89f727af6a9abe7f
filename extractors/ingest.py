"""Source files -> Records -> store: the library functions behind ``evg extract``/``evg ingest``
and ``POST /extract``/``POST /records``.

A bad record is reported with its position and the batch goes on; a file-level failure
(malformed XML, not UTF-8, unsafe entities) stops that file after the records read before it
and is reported the same way. Storing is idempotent per record (see ``kg.stores``).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from extractors.pipeline import NO_ABSTRACT, Extractor
from extractors.readers import InputFormat, iter_articles
from kg.errors import EvgError, InputError
from kg.mesh import MeshIndex
from kg.model import Article, Record
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
    internal: bool = False  # a fault of the extractor's, not of the input

    def __str__(self) -> str:
        where = ", ".join(p for p in (self.source, self.position) if p)
        return f"{where}: {self.reason}" if where else self.reason


@dataclass
class IngestReport:
    records: int = 0
    quads: int = 0
    seconds: float = 0.0
    problems: list[RecordProblem] = field(default_factory=list)
    without_abstract: int = 0
    """Records stored with their title and MeSH headings but no claims: they have no abstract."""

    @property
    def records_per_s(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    @property
    def quads_per_s(self) -> float:
        return self.quads / self.seconds if self.seconds > 0 else 0.0


def _problem(err: InputError) -> RecordProblem:
    return RecordProblem(err.source, err.position, err.reason)


EXTRACT_BATCH = 8
"""Articles handed to ``Extractor.extract_many`` at once: the PICO tagger's network runs a
batch in one pass. On the 833-record bench file, one core: 1 article per call 51.2
abstracts/s and 329 MB peak RSS, 8 per call 55.4/s and 407 MB, 32 per call 56.7/s and
635 MB (the network's activations grow with the batch)."""


def extract_records(
    sources: Iterable[Source],
    extractor: Extractor,
    *,
    input_format: InputFormat | None = None,
    name: str | None = None,
    batch_size: int = EXTRACT_BATCH,
) -> Iterator[Record | RecordProblem]:
    """Records from every source, in order; problems are yielded in their place, never raised.

    Articles go through the pipeline ``batch_size`` at a time; a batch in which one article
    fails is redone one article at a time, so the failure costs only that article. That holds
    for a fault of the extractor's own too (any exception): the article becomes a problem
    that says so, and the run goes on.
    """
    for source in sources:
        batch: list[Article] = []
        try:
            for item in iter_articles(source, input_format, name=name):
                if isinstance(item, InputError):
                    yield from _extract_batch(extractor, batch)
                    batch = []
                    yield _problem(item)
                    continue
                batch.append(item)
                if len(batch) >= batch_size:
                    yield from _extract_batch(extractor, batch)
                    batch = []
            yield from _extract_batch(extractor, batch)
        except InputError as exc:
            yield from _extract_batch(extractor, batch)
            yield _problem(exc)
        except OSError as exc:
            yield from _extract_batch(extractor, batch)
            yield RecordProblem(str(source), None, f"cannot read: {exc.strerror or exc}")


def _extract_batch(
    extractor: Extractor, articles: list[Article]
) -> Iterator[Record | RecordProblem]:
    """Records for ``articles`` in one pipeline pass, or one by one when one of them fails."""
    if not articles:
        return
    try:
        records: list[Record | RecordProblem] = list(extractor.extract_many(articles))
    except Exception:  # an EvgError, or a fault of the extractor's: retried one by one
        records = [_extract_one(extractor, article) for article in articles]
    yield from records


def _extract_one(extractor: Extractor, article: Article) -> Record | RecordProblem:
    try:
        return extractor.extract(article)
    except InputError as exc:
        return _problem(exc)
    except EvgError as exc:
        return RecordProblem(article.source, article.position, str(exc))
    except Exception as exc:  # a fault of the extractor's: this article is lost, not the run
        log.debug("extraction of %s failed", article.source, exc_info=True)
        where = f"PMID {article.pmid}" if article.pmid else "this article"
        return RecordProblem(
            article.source,
            article.position,
            f"the extractor failed on {where} ({type(exc).__name__}: {exc}); the other records "
            "are kept. This is a fault of Evidence Graph's: please report it with the record.",
            internal=True,
        )


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
    """Extract every record and store it, ``batch_size`` records per store transaction.

    A record whose id an earlier record of the same run took (two files of the same name,
    a PMID twice) is stored once: the same text again is skipped, another text is a problem
    and not stored, so that no record silently replaces another of the same run.
    """
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

    for item in RunIds().admitted(extract_records(sources, extractor, input_format=input_format)):
        if isinstance(item, RecordProblem):
            report.problems.append(item)
            if on_problem is not None:
                on_problem(item)
            continue
        batch.append(
            record_to_graphs(
                item, base=base_iri, extractor_version=extractor.version, mesh=extractor.mesh
            )
        )
        report.records += 1
        if NO_ABSTRACT in item.warnings:
            report.without_abstract += 1
        if len(batch) >= batch_size:
            flush()
    flush()
    return report


class RunIds:
    """The ids one run (an ``evg ingest``, a request body) has stored, so that no record
    silently replaces another of the same run (two files of the same name, a PMID twice)."""

    def __init__(self) -> None:
        self._digests: dict[str, bytes] = {}  # id -> digest of the text stored under it

    def admitted(self, items: Iterable[Record | RecordProblem]) -> Iterator[Record | RecordProblem]:
        """``items`` with each record this run has seen under the same id left out: with the
        same text silently, with another text as a RecordProblem in its place."""
        for item in items:
            verdict = item if isinstance(item, RecordProblem) else self._admit(item)
            if verdict is True:
                yield item
            elif verdict:
                yield verdict

    def _admit(self, record: Record) -> bool | RecordProblem:
        """True: store ``record``. False: the run stored the same text under its id already
        (nothing to do). A RecordProblem: it stored another text under that id."""
        digest = hashlib.blake2b(record.text.encode("utf-8"), digest_size=16).digest()
        earlier = self._digests.get(record.id)
        if earlier is None:
            self._digests[record.id] = digest
            return True
        if earlier == digest:
            return False
        cause = (
            "the same PMID twice"
            if record.id.startswith("pubmed:")
            else "a record without a PMID takes its file's name: rename one of the files"
        )
        return RecordProblem(
            None,
            None,
            f"record {record.id}: an earlier record of this run has the same id and another "
            f"text, so this one was not stored ({cause})",
        )


def store_record(
    record: Record,
    store: Store,
    *,
    base_iri: str,
    extractor_version: str,
    mesh: MeshIndex | None = None,
) -> int:
    """Store one extracted record (replacing an earlier version); returns its quad count.
    With ``mesh``, the MeSH hierarchy above its descriptors goes to the terms graph too."""
    graphs = record_to_graphs(record, base=base_iri, extractor_version=extractor_version, mesh=mesh)
    store.replace_records([graphs])
    return len(graphs.quads)
