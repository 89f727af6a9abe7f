"""A value followed by "among the N women assigned to A" is A's: "among" before the people of
an arm names the value's own arm; before the groups compared ("among the A and B groups") it
names none."""

from __future__ import annotations

from extractors.pipeline import Extractor
from kg.model import Record
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Women were randomly assigned to a short course of drug K (the short-course group) or to "
    "the usual long course of drug K (the usual-course group)."
)


def _values(extractor: Extractor, results: str) -> list[tuple[str, float | None]]:
    """(arm id, percent) of the one claim; arm1 the short course, arm2 the usual one."""
    record: Record = extractor.extract(
        article("Short-course drug K", ("Methods", _METHODS), ("Results", results))
    )
    assert [a.label.split()[0] for a in record.arms] == ["short", "usual"]
    [claim] = record.claims
    return sorted((r.arm, r.percent) for r in claim.results if r.arm)


def test_among_the_people_of_an_arm(extractor: Extractor) -> None:
    results = (
        "Relapse at 5 years was 7.4% among the 310 women assigned to the usual course as "
        "compared with 6.9% among the 305 women assigned to the short course (p = 0.6)."
    )
    assert _values(extractor, results) == [("arm1", 6.9), ("arm2", 7.4)]


def test_among_the_groups_compared(extractor: Extractor) -> None:
    # guard: "among the A and B groups" after a pair names no value's own arm
    results = (
        "Relapse did not differ (7.4% vs 6.9%) among the usual-course and short-course groups."
    )
    assert _values(extractor, results) == [("arm1", 7.4), ("arm2", 6.9)]
