"""A clause that gives the arms' values set after set makes one claim per set: where or when
each set was measured qualifies the outcome, or each set names its own outcome."""

from __future__ import annotations

import pytest

from extractors.components.repeated_sets import arm_sets
from extractors.components.result_values import ValueGroup
from extractors.pipeline import Extractor
from kg.model import Record
from tests.test_pipeline_abstracts import article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


_METHODS = "We randomly assigned 180 older women with osteopenia to zoledronate or placebo."


def _record(extractor: Extractor, results: str, methods: str = _METHODS) -> Record:
    return extractor.extract(article("Bone trial", ("Methods", methods), ("Results", results)))


def _read(record: Record) -> list[tuple[str, list[tuple[str, float | None]]]]:
    """Each claim's outcome with its arms' values (percent, else mean), in text order."""
    labels = {arm.id: arm.label for arm in record.arms}
    return [
        (
            c.outcome.text,
            [
                (labels[r.arm], r.percent if r.percent is not None else r.mean)
                for r in c.results
                if r.arm
            ],
        )
        for c in record.claims
    ]


def test_sites_after_a_preposition_qualify_the_outcome(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "Loss of bone density in the zoledronate group compared with the placebo group was "
        "smaller at the lumbar spine (-0.4% zoledronate vs -2.1% placebo; p<0.001), total hip "
        "(-0.3% zoledronate vs -1.6% placebo; p=0.002), and distal radius (-1.1% vs -1.9%; "
        "p=0.04).",
    )
    assert _read(record) == [
        ("Loss of bone density at the lumbar spine", [("zoledronate", -0.4), ("placebo", -2.1)]),
        ("Loss of bone density at total hip", [("zoledronate", -0.3), ("placebo", -1.6)]),
        ("Loss of bone density at distal radius", [("zoledronate", -1.1), ("placebo", -1.9)]),
    ]
    assert [c.p_value.value if c.p_value else None for c in record.claims] == [0.001, 0.002, 0.04]


def test_a_later_label_that_names_a_measure_is_its_own_outcome(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "There was no difference in the fracture rates with zoledronate (14%) and placebo "
        "(16%; P = .52) or in the number of women with a fall at one year with zoledronate "
        "(31%) and placebo (33%; P = .64).",
    )
    assert _read(record) == [
        ("fracture rates", [("zoledronate", 14.0), ("placebo", 16.0)]),
        (
            "number of women with a fall at one year",
            [("zoledronate", 31.0), ("placebo", 33.0)],
        ),
    ]
    assert {c.direction for c in record.claims} == {"no difference"}


def test_outcomes_listed_before_respective_sets(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "Hip fracture and vertebral fracture at three years did not differ (zoledronate vs. "
        "placebo: 3% vs. 4% and 7% vs. 9% respectively).",
    )
    assert _read(record) == [
        ("Hip fracture", [("zoledronate", 3.0), ("placebo", 4.0)]),
        ("vertebral fracture at three years", [("zoledronate", 7.0), ("placebo", 9.0)]),
    ]
    assert {c.direction for c in record.claims} == {"no difference"}


def test_time_points_written_after_each_set(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "Back pain was reported by 41 (46%) of 89 women assigned to zoledronate and 44 (49%) "
        "of 90 women assigned to placebo at 6 months, and by 30 (35%) of 86 women and 38 "
        "(44%) of 87 women, respectively, at 12 months (p=0.31).",
    )
    assert [(c.outcome.text, c.outcome.timepoint) for c in record.claims] == [
        ("Back pain at 6 months", "6 months"),
        ("Back pain at 12 months", "12 months"),
    ]
    events = [[(r.events, r.n) for r in c.results] for c in record.claims]
    assert events == [[(41, 89), (44, 90)], [(30, 86), (38, 87)]]


def test_a_list_of_outcomes_after_were(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "The most common adverse events were fever (zoledronate, 31.0%; placebo, 4.4%), "
        "myalgia (zoledronate, 22.0%; placebo, 3.3%), and headache (zoledronate, 12.1%; "
        "placebo, 8.9%).",
    )
    assert _read(record) == [
        ("fever", [("zoledronate", 31.0), ("placebo", 4.4)]),
        ("myalgia", [("zoledronate", 22.0), ("placebo", 3.3)]),
        ("headache", [("zoledronate", 12.1), ("placebo", 8.9)]),
    ]


def test_labels_open_the_brackets(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "Markers of bone turnover fell more with zoledronate than with placebo (CTX -59% vs "
        "-8%, p<0.001; P1NP -55% vs -6%, p<0.001).",
    )
    assert _read(record) == [
        ("CTX", [("zoledronate", -59.0), ("placebo", -8.0)]),
        ("P1NP", [("zoledronate", -55.0), ("placebo", -6.0)]),
    ]


def test_a_second_statement_between_the_sets_is_no_label(extractor: Extractor) -> None:
    """The text before the second set says a change of its own ("calcium levels rose"): its
    values are no set of the first outcome "at the last visit"."""
    record = _record(
        extractor,
        "Hip pain was less frequent with zoledronate at the first visit (4.0% vs 9.0%) and at "
        "the last visit (3.0% vs 8.0%). Bone turnover scores were lower with zoledronate at "
        "one year (2.3 ± 0.8 vs. 2.9 ± 0.6; P = 0.04), and calcium levels rose during "
        "treatment, at the last visit (9.9 ± 0.4 vs. 9.4 ± 0.3 mg/dL, P < 0.001).",
    )
    outcomes = [c.outcome.text for c in record.claims]
    assert outcomes[:2] == ["Hip pain at the first visit", "Hip pain at the last visit"]
    assert not any(o.startswith("Bone turnover scores at the last visit") for o in outcomes)


def test_values_without_arm_names_take_the_arms_of_the_set_before() -> None:
    def group(start: int, arm: str | None) -> ValueGroup:
        return ValueGroup(start, start + 2, percent=1.0, arm=arm)

    groups = [group(0, "a"), group(5, "b"), group(10, None), group(15, None)]
    assert [[g.arm for g in run] for run in arm_sets(groups)] == [["a", "b"], ["a", "b"]]
    assert arm_sets([group(0, "a"), group(5, "b"), group(10, "a")]) == []  # no whole set
    assert arm_sets([group(0, "a"), group(5, "b"), group(10, "a"), group(15, None)]) == []


def test_sets_headed_by_their_outcome_and_a_colon(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "Fracture healing was better with zoledronate (union: 64.3% vs. 33.3%, p = 0.01; "
        "bridging: 92.1% vs. 75.0%, p = 0.02).",
    )
    assert _read(record) == [
        ("union", [("zoledronate", 64.3), ("placebo", 33.3)]),
        ("bridging", [("zoledronate", 92.1), ("placebo", 75.0)]),
    ]
    assert [c.p_value.value if c.p_value else None for c in record.claims] == [0.01, 0.02]


def test_listed_outcomes_whose_brackets_open_with_their_statistics(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "Women given zoledronate had an advantage in time to fracture (HR 0.87, P = 0.67; "
        "median 223 vs. 112 days, respectively) and in union (22 vs. 8 %, respectively) vs. "
        "placebo.",
    )
    medians = [[(r.arm, r.median) for r in c.results] for c in record.claims][:1]
    assert medians == [[("arm1", 223.0), ("arm2", 112.0)]]
