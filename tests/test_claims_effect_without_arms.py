"""Claims: a reported effect whose clause names no arm is the trial's comparison, the arm
that is not the control against the control, in a trial of two arms; not a clause about some
of the people, nor one that names a comparison or group of its own. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 2000 adults with heart failure to drug K (n = 1000) or placebo "
    "(n = 1000).",
)


def _claims(extractor: Extractor, results: str, methods: tuple[str, str] = _METHODS) -> list[Claim]:
    return extractor.extract(article("A randomised trial", methods, ("Results", results))).claims


def _pair(claim: Claim) -> tuple[str, str | None]:
    return claim.intervention.text, claim.comparator and claim.comparator.text


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("Mortality was lower (HR 0.80, 95% CI 0.70-0.92).", "decreased"),
        (
            "Hospitalisation for heart failure was reduced (hazard ratio 0.75; 95% CI 0.65-0.87; "
            "P<0.001).",
            "decreased",
        ),
        (
            "There was no significant difference in stroke (RR 1.05, 95% CI 0.80 to 1.38).",
            "no difference",
        ),
    ],
)
def test_an_effect_that_names_no_arm_compares_the_trials_arms(
    extractor: Extractor, results: str, direction: str
) -> None:
    claims = _claims(extractor, results)
    assert [(_pair(c), c.direction) for c in claims] == [(("drug K", "placebo"), direction)]
    assert claims[0].intervention.arm is not None and claims[0].comparator is not None
    assert claims[0].comparator.arm is not None


@pytest.mark.parametrize(
    "results",
    [
        # some of the people: a subgroup
        "Among women, mortality was lower (HR 0.80, 95% CI 0.70-0.92).",
        "In the subgroup with diabetes, mortality was lower (HR 0.80, 95% CI 0.70-0.92).",
        # a comparison or group of its own
        "Mortality was lower with high adherence (HR 0.80, 95% CI 0.70-0.92).",
        "Mortality was lower in the early-start cohort (HR 0.80, 95% CI 0.70-0.92).",
    ],
)
def test_an_effect_about_other_groups_keeps_no_arms(extractor: Extractor, results: str) -> None:
    claims = _claims(extractor, results)
    assert claims and all(c.comparator is None or c.comparator.arm is None for c in claims)


def test_without_a_control_arm_the_pair_is_not_guessed(extractor: Extractor) -> None:
    methods = ("Methods", "We randomly assigned 300 adults to drug K or drug M.")
    claims = _claims(extractor, "Mortality was lower (HR 0.80, 95% CI 0.70-0.92).", methods)
    assert [_pair(c) for c in claims] == [("", None)]


@pytest.mark.parametrize(
    "results",
    [
        "There was no difference in levels of depressive symptoms.",
        "No differences in toxicity were observed.",
        "Postoperative pain scores were comparable up to 6 h.",
    ],
)
def test_no_difference_that_names_no_arm_compares_the_trials_arms(
    extractor: Extractor, results: str
) -> None:
    claims = _claims(extractor, results)
    assert [(_pair(c), c.direction) for c in claims] == [(("drug K", "placebo"), "no difference")]


@pytest.mark.parametrize(
    "results",
    [
        "No differences in toxicity were observed in women.",  # some of the people
        "Pain scores did not change over time (p = 0.3).",  # no difference of the arms
    ],
)
def test_no_difference_of_some_people_or_over_time_is_no_trial_comparison(
    extractor: Extractor, results: str
) -> None:
    assert [_pair(c) for c in _claims(extractor, results)] == [("", None)]
