"""Counts of events written before numbered groups ("9 relapses in group 1 and 14 in group
2"), after an outcome with its short form ("9 relapses (RLs) were observed in ..."), and the
rates a clause then gives "resulting in" them."""

from __future__ import annotations

import pytest

from extractors.numbers_summary import find_arm_counts
from extractors.pipeline import Extractor
from kg.model import Record
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Nine relapses were observed in group 1 and 14 in group 2.", [9, 14]),
        ("Wound infections: 12 occurred in arm 1, and 20 in arm 2.", [12, 20]),
        ("There were 12 wound infections (WIs) in cohort 1 and 20 in cohort 2.", [12, 20]),
        # an outcome that opens with "in-" is no preposition
        ("We saw 4 in-stent restenoses in group A and 9 in group B.", [4, 9]),
    ],
)
def test_counts_before_numbered_groups(sentence: str, counts: list[int]) -> None:
    assert [c.events for c in find_arm_counts(sentence)] == counts


def test_a_number_after_a_group_word_alone_is_no_label() -> None:
    # "group" numbered only right before the clause goes on: "in group 12.5" is no label
    sentence = "Pain was seen in 3 patients in group 12.5 mg and 5 in group 25 mg."
    assert find_arm_counts(sentence) == []


_METHODS = (
    "Women were randomly assigned to drug K (n = 210, group 1) or observation (n = 205, group 2)."
)


def _record(extractor: Extractor, results: str) -> Record:
    return extractor.extract(
        article("Drug K after surgery", ("Methods", _METHODS), ("Results", results))
    )


def _read(record: Record) -> list[tuple[str, list[tuple[str | None, int | None, float | None]]]]:
    return [
        (c.outcome.text, [(r.arm, r.events, r.percent) for r in c.results])
        for c in record.claims
        if c.outcome is not None
    ]


def test_counts_by_numbered_group_then_rates_resulting_in(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "After 6 years, 9 local relapses (LRs) were observed in group 1 and 14 in group 2, "
        "resulting in a 6-year relapse-free survival (RFS) of 95.1% and 92.3%, respectively "
        "(p = 0.04).",
    )
    assert _read(record) == [
        ("local relapses", [("arm1", 9, None), ("arm2", 14, None)]),
        (
            "6-year relapse-free survival (RFS)",
            [("arm1", None, 95.1), ("arm2", None, 92.3)],
        ),
    ]


def test_a_short_form_before_its_values_still_ends_a_listed_outcome(extractor: Extractor) -> None:
    # guard: "X (ABBR) (values), Y (ABBR) (values)" lists outcomes, each without its short form
    record = _record(
        extractor,
        "Drug K lowered the pain score (PS) (2.1 vs 3.4, p = 0.01) and the fatigue score (FS) "
        "(1.5 vs 2.9, p = 0.02) compared with observation.",
    )
    assert [c.outcome.text for c in record.claims if c.outcome] == ["pain score", "fatigue score"]
