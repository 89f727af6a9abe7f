"""Each arm's values for the same outcomes in a sentence or clause of its own, opened by the
arm's name: "In the A arm, median PFS was 7.4 months and median OS was 11.1 months. In the B
arm, ..." gives one claim per outcome both name, with both arms' values."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Women with brain metastases were randomized to radiotherapy plus drug K (n = 50) or "
    "radiotherapy (n = 50).",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("Drug K trial", _METHODS, ("Results", results))).claims


def _values(claim: Claim) -> list[tuple[str, float | None, float | None]]:
    return [(r.arm, r.median, r.percent) for r in claim.results]


@pytest.mark.parametrize(
    "results",
    [
        "In the radiotherapy arm, median PFS was 7.4 months and median OS was 11.1 months. "
        "In the radiotherapy plus drug K arm, median PFS was 9.9 months and median OS was "
        "10.4 months.",
        "In the radiotherapy plus drug K arm, median PFS was 9.9 months and median OS was "
        "10.4 months. In contrast, in the radiotherapy arm, median PFS was 7.4 months and "
        "median OS was 11.1 months.",
        "In the radiotherapy plus drug K group, median PFS was 9.9 months, and median OS was "
        "10.4 months; in the radiotherapy group, median PFS was 7.4 months (range, 2-12 "
        "months), and median OS was 11.1 months.",
    ],
)
def test_each_arm_in_its_own_sentence_or_clause(extractor: Extractor, results: str) -> None:
    pfs, os_ = _claims(extractor, results)
    assert (pfs.outcome.text, os_.outcome.text) == ("median PFS", "median OS")
    for claim in (pfs, os_):
        assert claim.intervention.arm == "arm1" and claim.comparator is not None
        assert claim.comparator.arm == "arm2"
        assert claim.significant is None and claim.p_value is None
        assert claim.evidence.text == results
    assert _values(pfs) == [("arm1", 9.9, None), ("arm2", 7.4, None)]
    assert _values(os_) == [("arm1", 10.4, None), ("arm2", 11.1, None)]
    assert (pfs.direction, os_.direction) == ("increased", "decreased")


def test_shares_and_counts_of_outcomes_both_name(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "In the radiotherapy plus drug K group, the response rate was 40%, the sensitivity "
        "91.2 percent, and lymphedema occurred in 7 patients (14%). In the radiotherapy "
        "group, the response rate was 20% (95% CI, 10% to 30%) and lymphedema occurred in "
        "12 patients (24%).",
    )
    assert [c.outcome.text for c in claims] == ["response rate", "lymphedema"]
    assert [(r.arm, r.events, r.percent) for r in claims[1].results] == [
        ("arm1", 7, 14.0),
        ("arm2", 12, 24.0),
    ]


@pytest.mark.parametrize(
    "results",
    [
        # who the participants are, not a result
        "In the radiotherapy plus drug K arm, median age was 54 years. In the radiotherapy "
        "arm, median age was 56 years.",
        # one arm only
        "In the radiotherapy plus drug K arm, median PFS was 9.9 months.",
        # not the same outcome
        "In the radiotherapy plus drug K arm, median PFS was 9.9 months. In the radiotherapy "
        "arm, the response rate was 20%.",
        # the same arm twice
        "In the radiotherapy plus drug K arm, median PFS was 9.9 months. In the radiotherapy "
        "plus drug K arm, median PFS was 7.4 months in women over 60 years.",
    ],
)
def test_no_claim_without_two_arms_of_one_outcome(extractor: Extractor, results: str) -> None:
    assert _claims(extractor, results) == []


def test_a_sentence_with_more_than_values_is_left_to_the_statements(
    extractor: Extractor,
) -> None:
    (claim,) = _claims(
        extractor,
        "In the radiotherapy plus drug K arm, median PFS was 9.9 months, which was longer "
        "than in the radiotherapy arm (7.4 months; P = 0.03).",
    )
    assert claim.p_value is not None and claim.significant is True


def test_a_bracket_inside_the_first_outcome(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "In the radiotherapy plus drug K arm, the objective response (CR + PR) rate was 23% "
        "(95% CI, 13% to 37%), and median OS was 10.4 months. In the radiotherapy arm, the "
        "objective response rate was 14% and median OS was 11.1 months.",
    )
    assert [c.outcome.text for c in claims] == [
        "objective response (CR + PR) rate",
        "median OS",
    ]
    assert [(r.arm, r.percent) for r in claims[0].results] == [("arm1", 23.0), ("arm2", 14.0)]


def test_samples_of_an_arm_open_its_unit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "In radiotherapy plus drug K samples, the necrosis rate was 4.2% and the fibrosis (F) "
        "rate was 12.5%. In radiotherapy samples, the necrosis rate was 9.8%, and the F rate "
        "was 20.6%.",
    )
    assert [c.outcome.text for c in claims] == ["necrosis rate", "fibrosis (F) rate"]
    assert [[(r.arm, r.percent) for r in c.results] for c in claims] == [
        [("arm1", 4.2), ("arm2", 9.8)],
        [("arm1", 12.5), ("arm2", 20.6)],
    ]


@pytest.mark.parametrize(
    "results",
    [
        # each value after its own measure: both the named arm's, none the other arm's
        "In the radiotherapy plus drug K arm, the most common adverse events were rash (68%) "
        "and cough (61%).",
        "In the radiotherapy plus drug K arm, headache (12%), nausea (9%) and rash (7%) were "
        "reported.",
        # a second measure with its short form in brackets
        "In the radiotherapy plus drug K arm, the necrosis rate was 4.2% and the fibrosis (F) "
        "rate was 12.5%.",
    ],
)
def test_one_arms_values_of_several_measures_give_the_other_arm_none(
    extractor: Extractor, results: str
) -> None:
    assert _claims(extractor, results) == []
