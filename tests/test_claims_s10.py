"""Claims in session 10: a no-difference statement that names the two arms by a common noun
("similar with both drugs") compares them. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 120 children with status epilepticus to drug K (n = 60) or drug L "
    "(n = 60).",
)


def _pairs(extractor: Extractor, results: str) -> list[tuple[str, str | None, str]]:
    record = extractor.extract(article("A randomised trial", _METHODS, ("Results", results)))
    return [
        (c.intervention.text, c.comparator.text if c.comparator else None, c.direction)
        for c in record.claims
    ]


@pytest.mark.parametrize(
    "results",
    [
        "Seizure recurrence was comparable with both treatments (p = 0.6).",
        "Seizure recurrence did not differ between the two drugs (p = 0.6).",
    ],
)
def test_no_difference_with_both_drugs_compares_the_arms(
    extractor: Extractor, results: str
) -> None:
    assert _pairs(extractor, results) == [("drug K", "drug L", "no difference")]


def test_a_change_with_both_drugs_compares_nothing(extractor: Extractor) -> None:
    assert _pairs(extractor, "Seizure recurrence fell with both drugs (p < 0.01).") == [
        ("", None, "decreased")
    ]
