"""Claims: the quick word tests before ``NOT_RESULT`` and ``AT_BASELINE`` answer as the
searches do, for each form they find. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.claim_guards import (
    AT_BASELINE,
    HETEROGENEITY_OUTCOME,
    NOT_RESULT,
    at_baseline,
    effect_modifiers_only,
    not_result,
)
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    "clause",
    [
        "Patients were randomised to A or B",
        "80 patients were enrolled",
        "X was higher at baseline",
        "All patients completed the study",
        "Two were lost to follow-up",
        "Three withdrew consent",
        "Five dropped out",
        "The trial was powered for X",
        "The sample size was 80",
        "to detect a 20% difference in X",
        "X before the intervention",
        "pre-treatment X was 5",
        "However, larger trials are needed to confirm this",
        "Further research is warranted",
        "X was lower with A than with B",
        "Sixty (50%) assigned to A and 60 (50%) to B",
        "942 (89%) received A as allocated",
        "The K Trial randomly assigned 300 women to A versus B",
        "Patients wеrе randomised",  # Cyrillic "е": no match either way
        "Pain fell; A ſample size of 80",  # a long s: (?i) reads it as "s"
    ],
)
def test_claims_guard_not_result_answers_as_the_search(clause: str) -> None:
    assert not_result(clause) == (NOT_RESULT.search(clause) is not None)


@pytest.mark.parametrize(
    "clause",
    [
        "At baseline, X was higher in the A group",
        "At randomisation, X was higher in the A group",
        "At the time of enrolment, X was higher",
        "At study entry X was higher",
        "Baseline HbA1c was higher in the A group",
        "The mean baseline score was 5",
        "X at baseline was 10 mm in all groups",
        "The median number of flushes at enrolment was 4.5 in the A arm and 5 in the B arm",
        "X at study entry were similar",
        "Baseline-adjusted X was lower with A",
        "X fell from baseline with A",
        "X was lower with A",
        "At Baſeline, X was higher",  # a long s: (?i) reads it as "s"
    ],
)
def test_claims_guard_at_baseline_answers_as_the_search(clause: str) -> None:
    assert at_baseline(clause) == (AT_BASELINE.search(clause) is not None)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("We hypothesize that drug K will lower pain scores", True),
        ("We hypothesised that drug K reduces pain", True),
        # not read: only an "-ly" adverb may stand between "we" and the verb
        ("We therefore hypothesised that drug K reduces pain", False),
        ("the hypothesis that drug K lowers pain was tested", True),
        ("to investigate whether drug K improves sleep", True),
        ("The trial is designed to test if drug K is noninferior", True),
        ("The aim of this study was to compare pain with drug K and placebo", True),
        ("Our objective was to see whether pain decreased", True),
        ("The purposes of the pilot trial were to assess feasibility", True),
        ("to ascertain whether drug K is safe", True),
        ("The present study will summarize the evidence on drug K", True),
        ("the findings point to a need for better-designed trials to reduce pain", True),
        ("these results highlight the urgent need for trials of drug K", True),
        # a sample size's assumption, an intervention's aim
        ("Primary endpoint was leucopenia, assuming a risk reduction of 50% from 50% to 25%", True),
        ("Group A received counseling to reduce fat intake to a target of 15% of calories", True),
        # a test of interaction between factors
        ("The interaction between drug K and exercise was not significant", True),
        ("Pain fell more with drug K, with an interaction with age (p = 0.01)", False),
        # results
        ("Fewer patients had a need for rescue analgesia with drug K", False),
        ("Consistent with our hypothesis, pain decreased with drug K", False),
        ("Pain was significantly lower with drug K", False),
        ("Pain was significantly lower with drug K than placebo", False),
        ("The null hypothesis was rejected", False),
        ("More patients reached the HbA1c target of 7% with drug K", False),
    ],
)
def test_claims_guard_aims_are_not_results(clause: str, expected: bool) -> None:
    """An aim, a hypothesis or a plan is no result, and the quick word test answers as the
    search does."""
    assert not_result(clause) is expected
    assert (NOT_RESULT.search(clause) is not None) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("median follow-up was approximately 23 months in both arms.", True),
        ("The median duration of follow-up was 4.5 years", True),
        ("Median follow-up time was 36 months", True),
        ("Mean follow-up was 36 months in both groups", True),
        # a result after the follow-up, and a result of follow-up length: kept
        ("After a median follow-up of 5 years, gout flares were fewer with drug K", False),
        ("Median follow-up was 14 months, and DFS was longer with drug K", False),
    ],
)
def test_claims_guard_a_clause_of_the_follow_up_alone_is_no_result(
    clause: str, expected: bool
) -> None:
    assert not_result(clause) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The median number of flushes at enrolment was 4.5 in the A arm and 5 in the B arm", True),
        ("Pain at randomization was similar in the two arms", True),
        ("Pain at 6 weeks was lower in the A arm than at enrolment", False),
        ("Pain after enrolment was lower in the A arm", False),
    ],
)
def test_claims_guard_a_value_at_enrolment_is_at_baseline(clause: str, expected: bool) -> None:
    assert at_baseline(clause) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "Subgroup analyses revealed no differences related to block technique (P = 0.64), "
            "anaesthetic strategy (P = 0.53) or presence of multimodal analgesia (P = 0.57)",
            True,
        ),
        ("There was no significant treatment-by-age interaction (P = 0.4)", True),
        ("No interaction effects between dose and gene expression were observed", True),
        # a subgroup's own result, and a comparison of the arms: kept
        ("Subgroup analyses showed lower pain with drug K in women (P = 0.01)", False),
        ("There was no difference in pain between the groups (P = 0.4)", False),
    ],
)
def test_claims_guard_no_difference_by_subgroup_is_no_result(clause: str, expected: bool) -> None:
    assert effect_modifiers_only(clause) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The trial aimed to be at a power of 80% to detect a 36% increase in the HR", True),
        ("With 90% power to detect a 10% difference in relapse", True),
        ("Muscle power was higher with drug K (P = 0.01)", False),
        # who stayed in the trial
        ("Two patients in the CDT group failed to keep follow-up", True),
        ("Drug K failed to keep pain scores low (P = 0.2)", False),
    ],
)
def test_claims_guard_the_trials_power_and_follow_up_are_no_result(
    clause: str, expected: bool
) -> None:
    assert not_result(clause) is expected


def test_claims_guard_the_heterogeneity_of_pooled_trials_is_no_outcome(
    extractor: Extractor,
) -> None:
    """ "..., with low heterogeneity (I2 = 0%)" after a pooled result says how much the trials
    differed: the pooled result's claim, and none for the heterogeneity."""
    record = extractor.extract(
        article(
            "Drug K for asthma: a meta-analysis",
            (
                "Results",
                "Drug K lowered wheeze (RR 0.80, 95% CI 0.70-0.90), with low "
                "heterogeneity (I2 = 0%, P = 0.53).",
            ),
        )
    )
    assert [c.outcome.text for c in record.claims if c.outcome] == ["wheeze"]
    assert HETEROGENEITY_OUTCOME.fullmatch("Heterogeneity")
    assert not HETEROGENEITY_OUTCOME.fullmatch("heterogeneity of wheeze severity")
