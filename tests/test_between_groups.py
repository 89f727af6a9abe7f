"""The pair a clause compares "between A and B" (``between_pair``). All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.between_groups import between_pair
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("clause", "pair"),
    [
        (
            "there was little or no difference between zinc and placebo in achieving remission",
            ("zinc", "placebo"),
        ),
        (
            "There was no difference in relapse (RR 0.9, 95% CI 0.7 to 1.2) between early "
            "surgery and delayed surgery.",
            ("early surgery", "delayed surgery"),
        ),
        # a control named first: the other is the intervention
        (
            "no difference between the sham device and 10% lidocaine gel",
            ("10% lidocaine gel", "sham device"),
        ),
    ],
)
def test_between_pair_names_the_compared_treatments(clause: str, pair: tuple[str, str]) -> None:
    assert between_pair(clause) == pair


@pytest.mark.parametrize(
    "clause",
    [
        "There was no difference between the two groups in relapse.",
        "Relapse did not differ between men and women.",
        "Scores did not differ between 2015 and 2019.",
        "The association between coffee intake and relapse did not differ by sex.",
        "Relapse rates were similar between patients with and without diabetes.",
        "Relapse was lower with zinc (p = 0.02) than with placebo.",
    ],
)
def test_between_pair_none_without_two_treatments(clause: str) -> None:
    assert between_pair(clause) is None


def test_a_claim_between_two_treatments_names_them_without_trial_arms() -> None:
    result = (
        "There was no significant difference between tai chi and brisk walking in sleep "
        "quality (p = 0.41)."
    )
    (claim,) = Extractor(pico_model=False).extract(article("A review", ("Results", result))).claims
    assert claim.intervention.text == "tai chi"
    assert claim.comparator is not None and claim.comparator.text == "brisk walking"


def test_a_claim_between_two_named_arms_of_three_compares_those_arms() -> None:
    methods = (
        "Methods",
        "We randomly assigned 300 adults with acne to oral zinc 20 mg (n = 100), oral zinc 60 mg "
        "(n = 100) or placebo (n = 100).",
    )
    result = "There was no significant difference between zinc 60 mg and placebo in relapse."
    record = Extractor(pico_model=False).extract(article("A trial", methods, ("Results", result)))
    (claim,) = record.claims
    assert (claim.intervention.text, claim.intervention.arm) == ("oral zinc 60 mg", "arm2")
    assert claim.comparator is not None and claim.comparator.arm == "arm3"
