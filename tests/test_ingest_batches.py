"""extract_records hands articles to the pipeline in batches; one bad article costs only itself."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractors.ingest import RecordProblem, extract_records, ingest
from extractors.pipeline import Extractor
from kg.model import Record
from kg.stores import open_store

BASE = "https://example.org/evg/"

MEDLINE = b"""PMID- 101
TI  - Drug A for gout.
AB  - Adults with gout were randomly assigned to drug A or placebo. Pain fell more with drug A
      than with placebo (p=0.01).

PMID- 102
DP  - 2020

PMID- 103
TI  - Drug B for asthma.
AB  - Children with asthma were randomly assigned to drug B or placebo.

PMID- 104
TI  - Drug C for migraine.
AB  - Adults with migraine were randomly assigned to drug C or placebo.
"""


def _run(extractor: Extractor, batch_size: int) -> list[Record | RecordProblem]:
    return list(
        extract_records(
            [io.BytesIO(MEDLINE)], extractor, input_format="medline", batch_size=batch_size
        )
    )


@pytest.mark.parametrize("batch_size", [1, 2, 3, 32])
def test_batches_keep_order_and_report_the_empty_record_in_its_place(
    extractor: Extractor, batch_size: int
) -> None:
    out = _run(extractor, batch_size)
    assert [type(item).__name__ for item in out] == [
        "Record",
        "RecordProblem",
        "Record",
        "Record",
    ]
    assert [item.id for item in out if isinstance(item, Record)] == [
        "pubmed:101",
        "pubmed:103",
        "pubmed:104",
    ]
    problem = out[1]
    assert isinstance(problem, RecordProblem)
    assert "neither title nor abstract" in problem.reason


def test_batched_records_equal_one_at_a_time(extractor: Extractor) -> None:
    one = [r.model_dump() for r in _run(extractor, 1) if isinstance(r, Record)]
    many = [r.model_dump() for r in _run(extractor, 32) if isinstance(r, Record)]
    assert one == many


def test_a_fault_of_the_extractor_costs_only_its_article(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected exception inside the pipeline (a bug, not bad input) is reported as that
    article's problem, and the records before and after it are kept."""
    record = extractor._record

    def failing(doc):  # type: ignore[no-untyped-def]
        if "asthma" in doc.text:
            raise ZeroDivisionError("division by zero")
        return record(doc)

    monkeypatch.setattr(extractor, "_record", failing)
    out = _run(extractor, 32)
    assert [item.id for item in out if isinstance(item, Record)] == [
        "pubmed:101",
        "pubmed:104",
    ]
    reasons = [item.reason for item in out if isinstance(item, RecordProblem)]
    assert "neither title nor abstract" in reasons[0]
    assert "the extractor failed on PMID 103 (ZeroDivisionError: division by zero)" in reasons[1]


def test_ingest_stores_one_record_per_id_and_reports_a_clash(
    extractor: Extractor, tmp_path: Path
) -> None:
    first, second = tmp_path / "a" / "trial.txt", tmp_path / "b" / "trial.txt"
    for path, drug in ((first, "A"), (second, "B")):
        path.parent.mkdir()
        path.write_text(f"Drug {drug} for gout.\n\nAdults took drug {drug} or placebo.\n")
    twice = tmp_path / "twice.nbib"
    twice.write_bytes(MEDLINE[: MEDLINE.index(b"PMID- 102")] * 2)  # pubmed:101, same text
    with open_store(":memory:") as store:
        report = ingest([first, second, twice], extractor, store, base_iri=BASE)
        titles = store.query("SELECT ?t WHERE { ?a <http://purl.org/dc/terms/title> ?t }")
        assert sorted(row["t"].value for row in titles.rows) == [
            "Drug A for gout.",
            "Drug A for gout.",
        ]
    assert report.records == 2  # trial (drug A) and pubmed:101 once
    (problem,) = report.problems
    assert "record trial: an earlier record of this run has the same id" in str(problem)
    assert "rename one of the files" in str(problem)
