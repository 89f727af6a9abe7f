"""Claims: which of a clause's p values tests the difference between the groups
(``comparison.between_group_p``). All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.comparison import between_group_p
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("clause", "starts"),
    [
        ("X fell with A (p<0.001) and with B (p=0.002), between-group P = 0.30", "P = 0.30"),
        ("X fell with A (p<0.01) and B (p<0.01), p = 0.2 for the difference between groups",
         "p = 0.2"),
        # the words, a time point and their significance, right before the p value's bracket
        ("X fell with A (p<0.001) and B (p=0.002); the difference between the two groups at "
         "12 weeks was not significant (p = 0.4)", "p = 0.4"),
        ("X fell with A (p<0.001) and B (p<0.01), with a difference between groups that was "
         "significant (P = 0.03)", "P = 0.03"),
    ],
)  # fmt: skip
def test_the_between_group_p_value(clause: str, starts: str) -> None:
    at = between_group_p(clause)
    assert at is not None and clause[at:].startswith(starts)


@pytest.mark.parametrize(
    "clause",
    [
        # the words name another outcome's comparison, further back than the bracket
        "Insertion was easier with A (p=0.001) with no significant differences between the "
        "groups regarding the rate of success at the first attempt (p=0.524)",
        "X fell with A (p<0.001) and with B (p=0.002)",
        "",
    ],
)
def test_no_between_group_p_value(clause: str) -> None:
    assert between_group_p(clause) is None


def test_each_arms_change_then_the_between_group_p_value(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "A randomised trial",
            ("Methods", "We randomised 200 adults to drug K (n = 100) or placebo (n = 100)."),
            (
                "Results",
                "Stiffness fell from 5.1 to 3.2 with drug K (p < 0.001) and from 5.0 to 3.9 with "
                "placebo (p = 0.002) with a difference between the two groups at 12 weeks that "
                "was significant (p = 0.03).",
            ),
        )
    )
    (claim,) = record.claims
    assert claim.p_value is not None and claim.p_value.value == 0.03
    assert (claim.direction, claim.significant) == ("decreased", True)
