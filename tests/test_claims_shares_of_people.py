"""A share of people whose verb is the outcome, set against the arms' shares ("In total, 54.8%
of patients responded (43.8% with A and 66.7% with B)", "50.4% of the women in the A group
died compared with 54.0% in the B group"): the verb is the outcome, the overall share no
arm's; after a verb of having its object is ("37 patients in the A group developed a SSI,
compared to 7 in B": "SSI"; "27 of 36 became urate-negative compared to seven of 39":
"urate-negative"); people who "attended more clinic visits" than others are measured by the
visits; counted people who "were randomly assigned" make no claim; two groups' shares before
what they did ("73% of placebo and 71% of drug K patients correctly perceived their risk and 22%
of placebo and 24% of drug K patients were very concerned") make one claim per statement."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Record
from tests.test_pipeline_abstracts import article


def _claims(extractor: Extractor, result: str) -> list[tuple[str, dict[str, float | None]]]:
    record = extractor.extract(
        article(
            "Drug K",
            ("Methods", "Adults were randomized to drug K or placebo."),
            ("Results", result),
        )
    )
    labels = {a.id: a.label for a in record.arms}
    return [
        (c.outcome.text, {labels[r.arm]: r.percent for r in c.results if r.arm})
        for c in record.claims
    ]


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (
            "In total, 54.8% of patients responded (43.8% with drug K and 66.7% with placebo).",
            [("responded", {"drug K": 43.8, "placebo": 66.7})],
        ),
        (
            "Overall, 54.8% of patients responded: 43.8% with drug K and 66.7% with placebo.",
            [("responded", {"drug K": 43.8, "placebo": 66.7})],
        ),
        (
            "After 20 years, 50.4% of the women in the drug K group died compared with 54.0% in "
            "the placebo group.",
            [("died", {"drug K": 50.4, "placebo": 54.0})],
        ),
        (
            "In total, 59% of adults in the drug K group achieved the highest score compared to "
            "17% in the placebo group (p = 0.001).",
            [("highest score", {"drug K": 59.0, "placebo": 17.0})],
        ),
        (  # "became": what they became is the outcome; the other count in words
            "After drug K, 27 of 36 (75%) adults became urate-negative compared to seven of 39 "
            "(17.9%) in the placebo arm (p=0.001).",
            [("urate-negative", {"drug K": 75.0, "placebo": 17.9})],
        ),
        (  # a verb of doing with a comparative: its object is the outcome, not the people
            "Adults in the placebo group attended more clinic visits than adults given drug K "
            "(4.3% versus 2.1%, p < .001).",
            [("clinic visits", {"drug K": 2.1, "placebo": 4.3})],
        ),
    ],
)
def test_shares_of_people_and_their_verb(
    extractor: Extractor, result: str, expected: list[tuple[str, dict[str, float | None]]]
) -> None:
    assert _claims(extractor, result) == expected


def test_a_study_step_is_no_outcome(extractor: Extractor) -> None:
    result = "Overall, 54.8% of patients were randomized, 43.8% with drug K and 66.7% with placebo."
    assert _claims(extractor, result) == []


def test_counted_people_randomly_assigned_are_no_result(extractor: Extractor) -> None:
    """The people's breakdown and a step of the trial, its adverb aside: no claim."""
    result = (
        "In total, 304 patients (161 [53%] men and 143 [47%] women) were randomly assigned to "
        "the drug K group (n=151) or the placebo group (n=153)."
    )
    assert _claims(extractor, result) == []


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (
            "At follow-up, 73% of placebo and 71% of drug K patients correctly perceived their "
            "risk and 22% of placebo and 24% of drug K patients were very concerned about it.",
            [
                ("perceived their risk", {"placebo": 73.0, "drug K": 71.0}),
                ("very concerned about it", {"placebo": 22.0, "drug K": 24.0}),
            ],
        ),
        (
            "12% of placebo and 25% of drug K patients had quit smoking.",
            [("quit smoking", {"placebo": 12.0, "drug K": 25.0})],
        ),
    ],
)
def test_two_groups_shares_before_what_they_did(
    extractor: Extractor, result: str, expected: list[tuple[str, dict[str, float | None]]]
) -> None:
    assert _claims(extractor, result) == expected


def test_counts_of_the_people_of_each_arm(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K",
            ("Methods", "Adults were randomized to drug K or placebo."),
            (
                "Results",
                "Thirty-nine of the 221 adults in the drug K arm and 17 of the 220 adults in "
                "the placebo arm had a relapse (P = 0.003).",
            ),
        )
    )
    (claim,) = record.claims
    assert [(r.arm, r.events, r.n) for r in claim.results] == [("arm1", 39, 221), ("arm2", 17, 220)]


def _record(extractor: Extractor, result: str) -> Record:
    return extractor.extract(
        article(
            "Drug K",
            ("Methods", "Adults were randomized to drug K or placebo."),
            ("Results", result),
        )
    )


def test_counts_of_events_per_arm_are_no_arm_sizes(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "Relapse occurred in 2 adults in the drug K group and 3 adults in the placebo group "
        "(P = .12).",
    )
    assert [a.n for a in record.arms] == [None, None]
    (claim,) = record.claims
    assert [(r.events, r.n) for r in claim.results] == [(2, None), (3, None)]


def test_counts_then_their_shares_in_one_bracket(extractor: Extractor) -> None:
    (claim,) = _record(
        extractor,
        "Relapse occurred in 1 adult in the drug K group and 3 adults in the placebo group "
        "(1.5% vs 4.4%, P = .12).",
    ).claims
    assert [(r.arm, r.events, r.percent) for r in claim.results] == [
        ("arm1", 1, 1.5),
        ("arm2", 3, 4.4),
    ]


def test_shares_that_do_not_agree_with_the_counts_on_zero_are_not_joined(
    extractor: Extractor,
) -> None:
    (claim,) = _record(
        extractor,
        "Relapse occurred in 0 adults in the drug K group and 3 adults in the placebo group "
        "(1.5% vs 4.4%, P = .12).",
    ).claims
    assert not any(r.events is not None and r.percent is not None for r in claim.results)


def test_what_people_did_to_their_own_measure_is_read_by_the_shares(
    extractor: Extractor,
) -> None:
    (claim,) = _record(
        extractor,
        "Nine adults in the placebo group (45%) vs. 1 (5%) in the drug K group increased "
        "their analgesic consumption (p=0.0076).",
    ).claims
    assert claim.intervention.arm == "arm1" and claim.direction == "decreased"
