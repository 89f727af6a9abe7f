"""The pipeline frees each Doc once its Record is made, without the cyclic collector, and
the process-wide extractor is kept out of that collector's passes."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from spacy.tokens import Doc

from api.services import build_extractor
from api.settings import Settings
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _trial(name: str) -> Any:
    return article(
        f"Drug {name} for knee pain",
        (
            "Methods",
            f"Sixty adults with knee pain were randomly assigned to drug {name} (n=30) or "
            "placebo (n=30).",
        ),
        (
            "Results",
            f"Pain fell in 18/30 with drug {name} and in 9/30 with placebo (P = 0.02).",
        ),
    )


def test_extract_many_frees_each_doc_by_reference_counting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extractor = Extractor()
    refs: list[weakref.ref[Doc]] = []
    pipe = extractor.nlp.pipe

    def recording(docs: Any, **kwargs: Any) -> Iterator[Doc]:
        for doc in pipe(docs, **kwargs):
            refs.append(weakref.ref(doc))
            yield doc

    monkeypatch.setattr(extractor.nlp, "pipe", recording)
    gc.collect()
    gc.disable()
    try:
        records = list(extractor.extract_many([_trial("A"), _trial("B")]))
        alive = [ref() is not None for ref in refs]
    finally:
        gc.enable()
    assert len(records) == 2 and len(refs) == 2
    assert any(claim.results for claim in records[0].claims)  # the spans were there to free
    assert alive == [False, False]


def test_build_extractor_freezes_what_it_loaded() -> None:
    gc.unfreeze()
    try:
        extractor = build_extractor(Settings(store=":memory:", mesh=[]))
        assert gc.get_freeze_count() > 10_000
        assert extractor.extract(_trial("C")).claims
    finally:
        gc.unfreeze()
