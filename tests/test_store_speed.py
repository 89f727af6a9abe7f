"""Opt-in timing of record replacement per backend (``EVG_STORE_BENCH=1 pytest -s ...``).

1,000 synthetic records of 100 quads (an article graph and 4 claim graphs each), stored
once (new records) and again (replacing them), in one batch and in batches of 100. Each
remote run gets a fresh server: ``DROP ALL`` leaves range tombstones in RocksDB that slow
later scans until compaction, which would skew the next run.
"""

from __future__ import annotations

import logging
import os
import time
from contextlib import ExitStack
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.stores import OxigraphStore, RecordGraphs, Store, open_store
from kg.vocab import EVG, node
from tests.test_store_contract import running_oxigraph_server

pytestmark = pytest.mark.skipif(
    os.environ.get("EVG_STORE_BENCH") != "1", reason="timing run; set EVG_STORE_BENCH=1"
)
log = logging.getLogger(__name__)

RECORDS, QUADS, CLAIMS = 1000, 100, 4


def synthetic_records(tag: str) -> list[RecordGraphs]:
    records = []
    for n in range(RECORDS):
        key = ox.NamedNode(f"https://example.org/bench/article/{n}")
        graphs = [key] + [ox.NamedNode(f"{key.value}/claim/{j}") for j in range(CLAIMS)]
        quads = [ox.Quad(key, node(EVG.containsGraph), g, key) for g in graphs]
        k = 0
        while len(quads) < QUADS:
            g = graphs[k % len(graphs)]
            subject = ox.NamedNode(f"{g.value}#s{k % 9}")
            predicate = ox.NamedNode(f"https://example.org/bench/p{k % 13}")
            quads.append(ox.Quad(subject, predicate, ox.Literal(f"value {k} {tag}"), g))
            k += 1
        records.append(RecordGraphs(key=key, quads=quads))
    return records


def timed(store: Store, batch: list[RecordGraphs], size: int) -> float:
    started = time.perf_counter()
    for start in range(0, len(batch), size):
        store.replace_records(batch[start : start + size])
    return time.perf_counter() - started


@pytest.mark.parametrize("backend", ["memory", "disk", "remote"])
@pytest.mark.parametrize("batch_size", [RECORDS, 100])
def test_store_speed_replace_records(backend: str, batch_size: int, tmp_path: Path) -> None:
    first, second = synthetic_records("v1"), synthetic_records("v2")
    with ExitStack() as stack:
        store: Store
        if backend == "remote":
            base = stack.enter_context(running_oxigraph_server(tmp_path / "server"))
            store = stack.enter_context(open_store(base, timeout_s=600))
        else:
            path = tmp_path / "store" if backend == "disk" else None
            store = stack.enter_context(OxigraphStore(path))
        new = timed(store, first, batch_size)
        assert store.count_quads() == RECORDS * QUADS
        again = timed(store, second, batch_size)
        assert store.count_quads() == RECORDS * QUADS
    line = (
        f"{backend:6} batches of {batch_size:4}: {RECORDS} new records x {QUADS} quads "
        f"{new:6.2f} s; replacing them {again:6.2f} s"
    )
    log.warning(line)
