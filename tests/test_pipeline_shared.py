"""The pipeline over real PubMed records: never raises, offsets always index Record.text."""

from __future__ import annotations

import logging
import time

import pytest
import spacy

from extractors.pipeline import Extractor
from extractors.readers import iter_articles
from kg.model import Article
from tests.conftest import shared_path

log = logging.getLogger(__name__)

RCT_FILE = ("pubmed", "rct_subsets", "pubmed21n1298_rct_or_randomi.xml")


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    found = [a for a in iter_articles(shared_path(*RCT_FILE)) if isinstance(a, Article)]
    assert len(found) == 833
    return found


def test_pipeline_shared_rct_records_never_raise(articles: list[Article]) -> None:
    records = list(Extractor().extract_many(articles))
    assert [r.id for r in records] == [a.id for a in articles]
    for record in records:
        for span in record.spans:
            assert record.text[span.start : span.end] == span.text, record.id
        for claim in record.claims:
            ev = claim.evidence
            assert record.text[ev.start : ev.end] == ev.text, record.id
            assert 0 <= claim.confidence <= 1
        for arm in record.arms:
            if arm.start is not None and arm.end is not None:
                assert record.text[arm.start : arm.end] == arm.label or arm.label.endswith(
                    record.text[arm.start : arm.end]
                ), record.id
    assert sum(len(r.claims) for r in records) > 1000
    assert sum(1 for r in records if r.arms) > 200


@pytest.mark.slow
def test_pipeline_shared_speed(articles: list[Article]) -> None:
    """Abstracts per CPU second on one core, beside spaCy's blank English tokenizer on the same
    texts in the same run (CPU time, so other processes on the machine matter less)."""
    extractor = Extractor()
    texts = [a.text for a in articles]
    blank = spacy.blank("en")
    start = time.process_time()
    for _ in blank.pipe(texts):
        pass
    tokenizer_rate = len(texts) / (time.process_time() - start)
    rates = []
    for _ in range(2):  # a cold pass (new vocabulary entries) and a warm one
        start = time.process_time()
        for _ in extractor.extract_many(articles):
            pass
        rates.append(len(texts) / (time.process_time() - start))
    log.warning(
        "pipeline %.0f abstracts/s cold, %.0f warm; spacy.blank('en') tokenizer only %.0f/s "
        "(same %d texts, CPU time)",
        *rates,
        tokenizer_rate,
        len(texts),
    )
    assert rates[0] > tokenizer_rate / 20
