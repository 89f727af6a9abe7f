"""Claims: a no-difference statement that names the two arms by a common noun
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
    # no direction between them, but the arms named, not an empty intervention text
    assert _pairs(extractor, "Seizure recurrence fell with both drugs (p < 0.01).") == [
        ("drug K", "drug L", "unclear")
    ]


_PATCH_METHODS = (
    "Methods",
    "We randomly assigned 80 adults after knee surgery to a patch group (n = 40) or a placebo "
    "group (n = 40).",
)


def _results(extractor: Extractor, results: str) -> list[tuple[str | None, list[tuple]]]:
    record = extractor.extract(article("A trial", _PATCH_METHODS, ("Results", results)))
    return [
        (c.outcome.timepoint, sorted((r.arm, r.mean or r.percent) for r in c.results))
        for c in record.claims
    ]


@pytest.mark.parametrize(
    "results",
    [
        "Pain was significantly lower with the patch at 6 hours (2.2 ± 1.7 vs 3.2 ± 2.3, "
        "p = 0.03) and at 12 hours (1.6 ± 0.8 vs 2.2 ± 0.7, p = 0.001).",
        "Pain was significantly lower with the patch than with placebo at 6 hours (2.2 ± 1.7 "
        "vs 3.2 ± 2.3, p = 0.03), at 12 hours (1.6 ± 0.8 vs 2.2 ± 0.7, p = 0.001) and at 24 "
        "hours (0.7 ± 0.9 vs 1.9 ± 1.4, p < 0.001).",
    ],
)
def test_each_time_point_with_its_own_values_is_a_claim(extractor: Extractor, results: str) -> None:
    found = _results(extractor, results)
    expected = [
        ("6 hours", [("arm1", 2.2), ("arm2", 3.2)]),
        ("12 hours", [("arm1", 1.6), ("arm2", 2.2)]),
        ("24 hours", [("arm1", 0.7), ("arm2", 1.9)]),
    ]
    assert found == expected[: len(found)] and len(found) >= 2


def test_values_after_their_labels_belong_to_those_labels(extractor: Extractor) -> None:
    # the label before each value names it, though "placebo group:" also follows the first
    results = (
        "Pain at 6 hours was lower (drug K group: 2.2 ± 1.7, placebo group: 3.2 ± 2.3; p = 0.03)."
    )
    assert _results(extractor, results) == [("6 hours", [("arm1", 2.2), ("arm2", 3.2)])]
