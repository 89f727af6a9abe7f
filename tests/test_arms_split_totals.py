"""Arms named only where a count of people is split by arm in a bracket ("Of 47 eligible (25
drug K, 22 drug L)"), taken when nothing else names the arms; the split's counts are the
arms' sizes, never a result."""

from __future__ import annotations

import pytest

from extractors.components.arm_split_totals import split_total_arms
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("text", "arms"),
    [
        (
            "A randomized study of drug K against drug L. Of 51 patients eligible for response "
            "(26 drug K, 25 drug L), four responded.",
            [("drug K", 26), ("drug L", 25)],
        ),
        (
            "Randomized: adding M to the KL regimen. We show data from 90 patients (44 KL and 46 "
            "KLM patients). KLM was toxic.",
            [("KL", 44), ("KLM", 46)],
        ),
        (
            "A randomised trial of PX, QY or placebo. In all, 33 (PX: n = 12; QY: n = 11; "
            "placebo: n = 10) were analysed.",
            [("PX", 12), ("QY", 11), ("placebo", 10)],
        ),
        (
            "A randomized trial of steel or titanium plates. At 2 years, 61 patients were seen "
            "(30 in the steel and 31 in the titanium group).",
            [("steel", 30), ("titanium", 31)],
        ),
    ],
)
def test_a_split_count_of_people_names_the_arms(text: str, arms: list[tuple[str, int]]) -> None:
    assert [(p.label, p.n) for p in split_total_arms(text)] == arms


@pytest.mark.parametrize(
    "text",
    [
        # who the people are
        "In this randomized trial of drug K, 9 patients (5 male and 4 female) were included.",
        # a count of deaths, not of people
        "A randomized trial of drug K. With 70 deaths (31 drug K and 39 controls), drug K won.",
        # the parts do not add up to the count before them
        "A randomized trial of drug K or drug L: 50 patients (26 drug K, 25 drug L).",
        # names written nowhere else
        "A randomized trial. Of 51 patients (26 regimen Q, 25 regimen R), four responded.",
        # not said to be randomised
        "Of 51 patients eligible for response (26 drug K, 25 drug L), four responded.",
    ],
)
def test_no_arms_from_other_brackets(text: str) -> None:
    assert split_total_arms(text) == []


def test_split_sizes_are_no_result(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "A randomised phase II study in relapsing disease",
            (
                "Results",
                "We report data from 52 women (27 drug K and 25 drug L women). Remission was "
                "more frequent with drug K than with drug L (48.1% vs 28.0%, p = 0.04).",
            ),
        )
    )
    assert [(a.label, a.n) for a in record.arms] == [("drug K", 27), ("drug L", 25)]
    labels = {a.id: a.label for a in record.arms}
    [claim] = record.claims
    assert claim.outcome is not None and claim.outcome.text == "Remission"
    assert [(labels[r.arm], r.percent) for r in claim.results if r.arm] == [
        ("drug K", 48.1),
        ("drug L", 28.0),
    ]


def test_a_size_in_a_bracket_is_not_an_arms_events(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "A randomised phase II study in relapsing disease",
            ("Methods", "Women were randomly assigned to drug K (n = 27) or drug L (n = 25)."),
            (
                "Results",
                "Of 52 eligible women (27 drug K, 25 drug L), complete responses were more "
                "frequent with drug K (11% vs 4%, p = 0.04).",
            ),
        )
    )
    [claim] = record.claims
    # 27 and 25 are the arms' sizes: the events are the shares' (3 of 27, 1 of 25)
    assert [(r.percent, r.events) for r in claim.results] == [(11.0, 3), (4.0, 1)]
