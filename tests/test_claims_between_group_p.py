"""Claims: which of a clause's p values tests the difference between the groups
(``comparison.between_group_p``). All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.significance import between_group_p, p_against_baseline
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
        # two p values in one bracket: the words after the second are the second's own
        ("X fell by 4 with A (p<0.01; p = 0.2 for the difference between groups) and by 3 "
         "with B", "p = 0.2"),
        ("X fell with A and with B (p < 0.001 vs baseline; between-group p = 0.08)", "p = 0.08"),
        ("X fell with A and B (p<0.001, P for interaction = 0.04)", "P for interaction"),
        # joined by "and", two p values share the words after the second
        ("X was lower with A in both trials (P = 0.002 and P = 0.03 for interaction, "
         "respectively)", "P = 0.002"),
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


@pytest.mark.parametrize(
    ("clause", "starts", "baseline"),
    [
        ("X fell with A (p < 0.001 vs baseline; between-group p = 0.08)", "p < 0.001", True),
        ("X fell with A (p < 0.001 vs baseline; between-group p = 0.08)", "p = 0.08", False),
        ("X fell with A (P<0.01 for the change from baseline)", "P<0.01", True),
        ("X fell with A and B (within-group p < 0.01 for both)", "p < 0.01", True),
        ("X fell more with A than with B (p = 0.03)", "p = 0.03", False),
        # another p value's words, after a semicolon, are not this one's
        ("X fell more with A than with B (p = 0.03; p<0.01 vs baseline)", "p = 0.03", False),
    ],
)
def test_a_p_value_of_the_change_from_baseline(clause: str, starts: str, baseline: bool) -> None:
    assert p_against_baseline(clause, clause.index(starts)) is baseline


def test_no_p_value_there_is_no_test_of_baseline() -> None:
    assert not p_against_baseline("vs baseline", 0)
    assert not p_against_baseline("", 5)


def _only_claim(extractor: Extractor, results: str) -> tuple[str, bool | None, float | None]:
    record = extractor.extract(
        article(
            "A randomised trial",
            ("Methods", "We randomised 180 adults to diet counselling or usual care."),
            ("Results", results),
        )
    )
    (claim,) = record.claims
    assert claim.comparator is not None and claim.comparator.text == "usual care"
    return claim.direction, claim.significant, claim.p_value and claim.p_value.value


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        # the first p value tests the arm's own change, the second the difference: the arms'
        # claim takes the second (it had taken p < 0.01, "decreased", significant)
        ("Body weight fell by 4.1 kg with diet counselling (p<0.01; p = 0.2 for the "
         "difference between groups) and by 2.9 kg with usual care.",
         ("no difference", False, 0.2)),
        ("Systolic blood pressure decreased from 142 to 131 mmHg with diet counselling and "
         "from 141 to 136 mmHg with usual care (p < 0.001 vs baseline; between-group p = 0.08).",
         ("no difference", False, 0.08)),
        # a p value against baseline is never the arms': the one after "lower than" is
        ("Body weight fell with diet counselling (p<0.001 vs baseline) and was lower than with "
         "usual care (p = 0.03).",
         ("decreased", True, 0.03)),
    ],
)  # fmt: skip
def test_each_p_value_goes_to_the_comparison_it_names(
    extractor: Extractor, results: str, expected: tuple[str, bool, float]
) -> None:
    assert _only_claim(extractor, results) == expected
