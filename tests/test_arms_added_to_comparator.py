"""In a two-arm trial, the regimen a treatment is added to ("adding M to the KL regimen") is
the comparator where no arm's own name says which is."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("aim", "comparator"),
    [
        ("This trial evaluates the impact of adding drug M (M) to the KL regimen.", "KL"),
        ("We tested whether the addition of drug M to KL improves the response rate.", "KL"),
        # the regimen added to names no arm by its own words: no comparator
        ("Adding drug M to chemotherapy may extend survival.", None),
    ],
)
def test_the_regimen_added_to_is_the_comparator(
    extractor: Extractor, aim: str, comparator: str | None
) -> None:
    record = extractor.extract(
        article(
            "A randomized phase II trial in breast cancer",
            ("Background", aim),
            ("Methods", "Women were randomly assigned to KL (n = 60) or KLM (n = 61)."),
        )
    )
    assert [a.label for a in record.arms] == ["KL", "KLM"]
    assert [a.label for a in record.arms if a.comparator] == ([comparator] if comparator else [])
