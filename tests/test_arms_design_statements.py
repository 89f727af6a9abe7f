"""Arms named by a design statement: "Randomization (1:1) was to A or B", "the efficacy of
0.1% A (MA) versus B (BB) cream", "compared the effect of A (n = 59) with B (n = 50)", "a
3-arm (A, B, control) randomized trial"; and what names no two arms: what later studies should
compare, "A performed with B", "A with or without B", "the effects of addition of A to B",
"the effects of A on X for Y With Z"."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _arms(extractor: Extractor, methods: str) -> list[tuple[str, int | None]]:
    record = extractor.extract(
        article("A trial in adults", ("Methods", methods), ("Results", "Nothing differed."))
    )
    return [(a.label, a.n) for a in record.arms]


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Randomization (1:1) was to drug K or placebo, applied twice daily from day 1.",
            [("drug K", None), ("placebo", None)],
        ),
        (  # a strength before the first arm
            "A 2-arm, double-blinded randomized trial was conducted to evaluate the efficacy of "
            "0.1% drug K (DK) versus Basic Base (BB) cream in preventing dermatitis.",
            [("0.1% drug K", None), ("Basic Base", None)],
        ),
        (
            "This randomized controlled trial compared the effect of group visits (n = 59) with "
            "one individual medical visit (n = 50) (care as usual).",
            [("group visits", 59), ("individual medical visit", 50)],
        ),
        (
            "This report examined the effect of a 6-month, 3-arm (supervised exercise, "
            "home-based exercise, control) randomized controlled trial on quality of life.",
            [("supervised exercise", None), ("home-based exercise", None), ("control", None)],
        ),
    ],
)
def test_arms_of_design_statements(
    extractor: Extractor, methods: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _arms(extractor, methods) == expected


@pytest.mark.parametrize(
    "methods",
    [
        "Future studies should directly compare the efficacy of weight lifting with other "
        "modalities of exercise.",
        "We report a comparison of the efficacy of nerve block performed with different "
        "concentrations of drug K on analgesia.",
        "The aim of this randomized controlled trial was to compare the efficacy of drug K with "
        "or without a basal infusion of drug M.",
        "This study compares the effects of addition of drug K or drug M to low-dose drug B.",
        "A multisite trial comparing the effects of intervention intensity and intervention "
        "style on outcomes for young children with autism.",
    ],
)
def test_no_arms_from_other_comparisons(extractor: Extractor, methods: str) -> None:
    assert _arms(extractor, methods) == []
