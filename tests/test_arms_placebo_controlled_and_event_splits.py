"""Arms of "the placebo-controlled trial of X" (X against placebo); results that read like
arm lists ("Patients assigned to A did better than B patients in X and Y, despite ...") name no
arms; the parts of a total of events split by arm ("399 recurrences or second cancers (SCs)
(164 A and 235 B) occurred") are events, not the arms' sizes, while the parts of those
analysed ("57 of whom (26 A and 31 B) were analysed") are."""

from __future__ import annotations

from extractors.components.arm_filters import plausible_label
from extractors.numbers_summary import find_split_counts
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_TITLE = "Analysis of the placebo‐controlled trial of drug K for extended therapy in gout"


def test_a_placebo_controlled_trial_of_one_drug(extractor: Extractor) -> None:
    record = extractor.extract(article(_TITLE, (None, "Drug K lowered urate.")))
    assert [(a.label, a.comparator) for a in record.arms] == [
        ("drug K", False),
        ("placebo", True),
    ]


def test_result_clauses_are_no_arm_labels() -> None:
    assert not plausible_label("drug K within 3 months did better than placebo patients in X")
    assert not plausible_label("despite 60% of placebo patients taking drug K")
    assert plausible_label("drug K within 3 months of stopping drug M")


def test_a_split_total_after_a_short_form() -> None:
    text = "In all, 399 flares or second attacks (SAs) (164 drug K and 235 placebo) occurred."
    assert [c.events for c in find_split_counts(text)] == [164, 235]


def test_event_parts_are_no_sizes_but_analysed_parts_are(extractor: Extractor) -> None:
    events = (
        "At follow-up, 399 flares or second attacks (SAs) (164 drug K and 235 placebo) occurred. "
        "Drug K lowered urate."
    )
    record = extractor.extract(article(_TITLE, (None, events)))
    assert [a.n for a in record.arms] == [None, None]
    analysed = (
        "Between 2013 and 2017, 58 patients were randomized, 57 of whom (26 drug K and 31 "
        "placebo) were analysed. Drug K lowered urate."
    )
    record = extractor.extract(article(_TITLE, (None, analysed)))
    assert [a.n for a in record.arms] == [26, 31]


def test_a_name_with_a_digit_in_a_trial_of_it(extractor: Extractor) -> None:
    text = (
        "IMPROVE was the first randomized placebo-controlled study of intravascular beta "
        "radiation with 32P. Rates of restenosis (50% diameter stenosis or more) were "
        "significantly lower in radiation patients at the target site (8% compared with 39%, "
        "P = 0.012) and at the target site plus adjacent segments (22% compared with 50%, "
        "P = 0.018)."
    )
    record = extractor.extract(article("Radiation against restenosis", (None, text)))
    assert [a.label for a in record.arms] == [
        "intravascular beta radiation with 32P",
        "placebo",
    ]
    # the design sentence is no claim; the threshold in brackets is no arm's value
    assert [
        (c.outcome.text, c.direction, [r.percent for r in c.results]) for c in record.claims
    ] == [
        ("Rates of restenosis at the target site", "decreased", [8.0, 39.0]),
        (
            "Rates of restenosis at the target site plus adjacent segments",
            "decreased",
            [22.0, 50.0],
        ),
    ]
