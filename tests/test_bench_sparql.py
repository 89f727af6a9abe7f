"""bench/sparql_latency.py: its percentile summary on invented numbers, and a smoke run of
its latency and load functions against our API over an in-memory store (uvicorn on loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from bench import sparql_latency as bench
from kg.stores import open_store
from tests.live_server import serving

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_percentiles_interpolate_between_closest_ranks() -> None:
    # 1..10: p50 at rank 4.5 -> 5.5; p95 at rank 8.55 -> 9 + 0.55 * (10 - 9) = 9.55
    stats = bench.summarize([7, 1, 10, 3, 5, 2, 9, 4, 8, 6])
    assert stats.n == 10
    assert stats.p50 == pytest.approx(5.5)
    assert stats.p95 == pytest.approx(9.55)
    # 10, 20, 30, 40: p50 at rank 1.5 -> 25; p95 at rank 2.85 -> 30 + 0.85 * 10 = 38.5
    assert bench.percentile([40.0, 10.0, 30.0, 20.0], 50) == pytest.approx(25.0)
    assert bench.percentile([40.0, 10.0, 30.0, 20.0], 95) == pytest.approx(38.5)
    assert bench.summarize([3.0]) == bench.Summary(1, 3.0, 3.0)
    with pytest.raises(ValueError):
        bench.percentile([], 50)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = open_store(":memory:")
    settings = Settings(store=":memory:", cache_dir=tmp_path_factory.mktemp("cache"))
    with serving(create_app(settings, store=store)) as base:
        body = (EXAMPLES / "example-trials.xml").read_bytes()
        assert httpx.post(f"{base}/records", content=body, timeout=60).status_code == 201
        yield base
    store.close()


def test_latency_smoke_on_the_readme_queries(server: str) -> None:
    queries = bench.representative_queries(None)
    with httpx.Client(timeout=30) as client:
        for qid in ("q3", "q4", "q5"):
            samples, rows = bench.measure_latency(
                client, f"{server}/sparql", queries[qid], warmups=1, runs=4
            )
            assert len(samples) == 4
            assert all(ms > 0 for ms in samples)
            assert rows >= 0
            stats = bench.summarize(samples)
            assert 0 < stats.p50 <= stats.p95
        every_claim = bench.PREFIXES + "SELECT ?claim WHERE { ?claim a evg:Claim }"
        _, claims = bench.measure_latency(client, f"{server}/sparql", every_claim, runs=1)
    assert claims > 0  # the example trials do have claims


def test_throughput_smoke_on_claims(server: str) -> None:
    call = bench.Call(f"{server}/claims", params={"limit": "5"})
    assert bench.throughput([call], clients=2, seconds=0.3) > 0
