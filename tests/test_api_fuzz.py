"""Fuzz the OpenAPI description with schemathesis (bounded examples): no operation may
answer 5xx. Runs against a live server over a store holding the example records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")

from hypothesis import HealthCheck, given, settings  # noqa: E402

from api.app import create_app  # noqa: E402
from api.settings import Settings  # noqa: E402
from kg.rdf_mapping import record_to_graphs  # noqa: E402
from kg.stores import open_store  # noqa: E402
from tests.live_server import serving  # noqa: E402
from tests.test_api_review import TRIALS  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    store = open_store(":memory:")
    app_settings = Settings(
        store=":memory:",
        cache_dir=tmp_path_factory.mktemp("cache"),
        mesh=[FIXTURES / "mesh" / "descriptors.tsv"],
        query_timeout_s=5,
        max_body_bytes=100_000,
    )
    store.replace_records(
        [record_to_graphs(r, base=app_settings.base_iri, extractor_version="t") for r in TRIALS]
    )
    with serving(create_app(app_settings, store=store)) as base:
        yield schemathesis.openapi.from_url(f"{base}/openapi.json")
    store.close()


def test_api_fuzz_no_server_errors(api_schema: Any) -> None:
    """Up to 15 generated requests per operation; collect every 5xx, then fail on any."""
    failures: list[str] = []
    statuses: list[int] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=15,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def check(case: Any) -> None:
            response = case.call(timeout=30)
            statuses.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.text[:300]}")

        check()
    assert not failures, "\n".join(failures[:10])
    assert len(statuses) >= 3 * len(operations) and 200 in statuses
