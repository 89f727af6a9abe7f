"""Claims, each case a sentence that was read wrong before: values at baseline
in "from X to Y" and the bounds of ranges, clauses whose predicate is left out, subjects that
name no outcome ("there", "it", "this", "but not at ..."), time points read as medians."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "A total of 150 adults with knee osteoarthritis were randomly assigned to aquatic exercise "
    "(n = 75) or home stretching (n = 75) for 16 weeks.",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("A randomised trial", _METHODS, ("Results", results))).claims


@pytest.mark.parametrize(
    "results",
    [
        "In the aquatic exercise group, knee pain fell from 6.2 ± 1.1 to 3.9 ± 1.3, whereas in "
        "the home stretching group it fell from 6.1 ± 1.2 to 5.2 ± 1.4 (p < 0.001).",
        "In the aquatic exercise group, knee pain fell from 6.2 ± 1.1 at baseline to 3.9 ± 1.3 "
        "at week 16, whereas in the home stretching group it fell from a mean of 6.1 ± 1.2 to "
        "5.2 ± 1.4 (p < 0.001).",
        "Knee pain fell from 6.2 ± 1.1 to 3.9 ± 1.3 with aquatic exercise and from 6.1 ± 1.2 to "
        "5.2 ± 1.4 with home stretching (p < 0.001).",
    ],
)
def test_an_arm_value_is_the_one_after_to_not_the_baseline(
    extractor: Extractor, results: str
) -> None:
    """Before, an arm named before its values got its baseline (6.2 and 6.1) and the computed
    mean difference was 0.1 instead of -1.3."""
    (claim,) = _claims(extractor, results)
    assert [(r.arm, r.mean, r.sd) for r in claim.results] == [
        ("arm1", 3.9, 1.3),
        ("arm2", 5.2, 1.4),
    ]
    assert claim.effect is not None
    assert claim.effect.value == pytest.approx(-1.3)


def test_a_percentage_at_baseline_is_no_arm_value(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "In the aquatic exercise group the proportion of patients with pain relief rose from "
        "20% to 52%, and in the home stretching group from 21% to 36% (p = 0.01).",
    )
    assert [(r.arm, r.percent, r.events) for r in claim.results] == [
        ("arm1", 52.0, 39),
        ("arm2", 36.0, 27),
    ]


@pytest.mark.parametrize(
    "results",
    [
        "Adherence to aquatic exercise ranged from 62% to 95% across the study sites.",
        "Session attendance, ranging between 58% and 97% across sites, was similar in both groups.",
    ],
)
def test_the_bounds_of_a_range_are_no_arm_values(extractor: Extractor, results: str) -> None:
    """Before, the lower bound was the first arm's value and the upper one the second's."""
    assert not any(c.results for c in _claims(extractor, results))


def _outcomes(claims: list[Claim]) -> list[str]:
    return [c.outcome.text for c in claims]


def test_a_clause_with_its_predicate_left_out_makes_no_claim(extractor: Extractor) -> None:
    """Before, "but home stretching did" made a claim with the outcome "home stretching" and no
    intervention."""
    claims = _claims(
        extractor, "Aquatic exercise did not reduce stiffness, but home stretching did (p = 0.03)."
    )
    assert _outcomes(claims) == ["stiffness"]
    assert claims[0].intervention.text == "aquatic exercise"


@pytest.mark.parametrize(
    ("results", "outcome"),
    [
        (
            "There was no clear effect related to stiffness between the two groups (MD 0.4, "
            "95% CI -0.3 to 1.1).",
            "stiffness",
        ),
        (
            "There were 7 (9.3%) falls in the aquatic exercise group and 4 (5.3%) falls in the "
            "home stretching group (p = 0.35).",
            "falls",
        ),
        (
            "For knee replacement at one year, there was inconclusive evidence of an effect on "
            "walking distance (RR 0.81, 95% CI 0.52 to 1.27).",
            "walking distance",
        ),
        (
            "There was no statistical difference (p > 0.05) between the groups regarding the "
            "frequencies of falls (26% vs. 29%).",
            "frequencies of falls",
        ),
    ],
)
def test_there_was_is_no_outcome(extractor: Extractor, results: str, outcome: str) -> None:
    """The outcome was "There"."""
    assert _outcomes(_claims(extractor, results)) == [outcome]


def test_the_falls_after_there_were_keep_their_arm_values(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "There were 7 (9.3%) falls in the aquatic exercise group and 4 (5.3%) falls in the home "
        "stretching group (p = 0.35).",
    )
    assert [(r.arm, r.events, r.n) for r in claim.results] == [("arm1", 7, 75), ("arm2", 4, 75)]


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (  # "it": the outcome of the clause before
            "Median knee pain was 5.0 points at week 8 in all patients; it was lower by 1.2 "
            "points at week 16 with aquatic exercise (p = 0.02).",
            ["Median knee pain"],
        ),
        (  # "but not at week 16": the same outcome, no difference there
            "Knee pain was lower with aquatic exercise than with home stretching at week 8 "
            "(p = 0.04), but not at week 16 (p = 0.31).",
            ["Knee pain", "Knee pain"],
        ),
    ],
)
def test_a_pronoun_or_not_takes_the_outcome_of_the_clause_before(
    extractor: Extractor, results: str, expected: list[str]
) -> None:
    """The outcome was "it" or "not"."""
    claims = _claims(extractor, results)
    assert _outcomes(claims) == expected
    if len(claims) == 2:
        assert claims[1].direction == "no difference"
        assert claims[1].significant is False


def test_this_was_not_significant_belongs_to_the_clause_before(extractor: Extractor) -> None:
    """Before, ", but this was not statistically significant" made a second claim with the outcome
    "this"; it qualifies the first, as ", but the difference was not significant" does."""
    (claim,) = _claims(
        extractor,
        "Time to walking without aids was shorter with aquatic exercise (8.8 ± 4.9 days) than "
        "with home stretching (10.9 ± 5.2 days), but this was not statistically significant "
        "(p = 0.085).",
    )
    assert claim.outcome.text == "Time to walking without aids"
    assert claim.significant is False
    assert [(r.mean, r.sd) for r in claim.results] == [(8.8, 4.9), (10.9, 5.2)]


def test_a_week_number_is_no_median(extractor: Extractor) -> None:
    """Before, "Median ... at week 16" gave the arm a median of 16."""
    claims = _claims(
        extractor,
        "Median knee pain was 5.0 points at week 8 in all patients; it was lower by 1.2 points "
        "at week 16 with aquatic exercise (p = 0.02).",
    )
    assert all(r.median is None for c in claims for r in c.results)


@pytest.mark.parametrize(
    "results",
    [
        "Knee pain (4.1 ± 1.2 vs 5.0 ± 1.3) was lower with aquatic exercise than with home "
        "stretching (p < 0.001).",
        "Knee pain (4.1 vs 5.0 points) was lower with aquatic exercise than with home stretching "
        "(p < 0.001).",
    ],
)
def test_values_paired_by_vs_do_not_name_the_comparator(extractor: Extractor, results: str) -> None:
    """Before, the arm named after the values' "vs" ("... 5.0 ± 1.3) was lower with aquatic
    exercise") became the comparator: the pair and the direction were reversed."""
    (claim,) = _claims(extractor, results)
    assert (claim.intervention.text, claim.comparator and claim.comparator.text) == (
        "aquatic exercise",
        "home stretching",
    )
    assert claim.direction == "decreased"
    assert [r.mean for r in claim.results] == [4.1, 5.0]


def test_a_change_in_brackets_after_its_noun_is_no_arm_value(extractor: Extractor) -> None:
    """Before, "a mean loss of body weight (- 1.2 kg)" gave the arm a mean of 1.2 (and the
    outcome "there")."""
    claims = _claims(
        extractor,
        "Body weight rose with aquatic exercise, whereas there was a mean loss of body weight "
        "(- 1.2 kg) in the home stretching group (p = 0.08).",
    )
    assert all(r.mean is None for c in claims for r in c.results)
    assert "there" not in [o.lower() for o in _outcomes(claims)]


@pytest.mark.parametrize(
    ("results", "outcomes"),
    [
        (
            "Aquatic exercise reduced knee pain by 32% and stiffness by 21%, and increased "
            "walking speed by 12%, compared with home stretching.",
            [
                ("knee pain", "decreased"),
                ("stiffness", "decreased"),
                ("walking speed", "increased"),
            ],
        ),
        (
            "Compared with home stretching, aquatic exercise reduced knee pain by 1.2 points, "
            "stiffness by 0.8 points and fatigue by 0.5 points (all p < 0.05).",
            [("knee pain", "decreased"), ("stiffness", "decreased"), ("fatigue", "decreased")],
        ),
    ],
)
def test_each_measure_changed_by_an_amount_is_an_outcome(
    extractor: Extractor, results: str, outcomes: list[tuple[str, str]]
) -> None:
    """Before, "reduced X by 32% and Y by 21%" claimed X only."""
    claims = _claims(extractor, results)
    assert [(c.outcome.text, c.direction) for c in claims] == outcomes
    assert all(c.intervention.text == "aquatic exercise" for c in claims)
    assert all(c.results == [] for c in claims)  # changes, no arm values


def test_it_was_not_significant_in_reducing_names_its_own_outcome(extractor: Extractor) -> None:
    """Before, the second claim's outcome was "it"."""
    claims = _claims(
        extractor,
        "Aquatic exercise significantly reduced knee pain (P < 0.05), but it was not "
        "significant in reducing stiffness (P > 0.05).",
    )
    assert [(c.outcome.text, c.significant) for c in claims] == [
        ("knee pain", True),
        ("stiffness", False),
    ]
    assert claims[0].direction == "decreased"


def test_a_long_but_not_aside_is_no_clause_of_its_own(extractor: Extractor) -> None:
    """Before, an aside of more than 60 characters split the sentence: the claim had the
    outcome "not the adverse effects of ..." and said they were reduced."""
    (claim,) = _claims(
        extractor,
        "This study showed that knee pain and analgesic use, but not the adverse effects of the "
        "exercise programme during the first 24 weeks after enrolment in the trial, were "
        "significantly reduced by aquatic exercise.",
    )
    assert claim.outcome.text == "knee pain and analgesic use"
    assert claim.intervention.text == "aquatic exercise"
    assert claim.direction == "decreased"


@pytest.mark.parametrize("tail", ["the difference was", "this was"])
def test_a_qualifying_tail_is_not_read_for_the_outcome(extractor: Extractor, tail: str) -> None:
    """Before, its "was" made the subject ("Patients") the outcome, or the tail an outcome of
    its own."""
    (claim,) = _claims(
        extractor,
        "Patients in the aquatic exercise group had a shorter time to walking without aids "
        "(8.8 ± 4.9 days) than the home stretching group (10.9 ± 5.2 days), but "
        f"{tail} not statistically significant (p = 0.085).",
    )
    assert claim.outcome.text == "time to walking without aids"
    assert claim.significant is False
    assert [(r.mean, r.sd) for r in claim.results] == [(8.8, 4.9), (10.9, 5.2)]


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("Knee pain fell with aquatic exercise (p = 0.002).", "decreased"),
        ("Walking speed rose in the home stretching group (p = 0.02).", "decreased"),
    ],
)
def test_fell_and_rose_name_the_arm_after_them(
    extractor: Extractor, results: str, direction: str
) -> None:
    """Before, "fell with aquatic exercise" named no arm ("fell" and "rose" are no "-ed"
    forms); the pair keeps the trial's order and the direction turns for the comparator."""
    (claim,) = _claims(extractor, results)
    assert claim.intervention.text == "aquatic exercise"
    assert claim.comparator is not None and claim.comparator.text == "home stretching"
    assert claim.direction == direction


def test_a_listed_but_not_item_is_named_without_not(extractor: Extractor) -> None:
    """Before, the third outcome was "not the risk of falls"."""
    claims = _claims(
        extractor,
        "Aquatic exercise significantly reduced knee pain (RR 0.75, 95% CI 0.66 to 0.86, "
        "p < 0.001) and stiffness (RR 0.81, 95% CI 0.76 to 0.87, p < 0.001), but not the risk "
        "of falls (RR 0.96, 95% CI 0.77 to 1.19, p = 0.70), compared with home stretching.",
    )
    assert [(c.outcome.text, c.direction, c.significant) for c in claims] == [
        ("knee pain", "decreased", True),
        ("stiffness", "decreased", True),
        ("risk of falls", "no difference", False),
    ]


def test_the_events_of_a_fraction_before_its_percentage_are_no_percentage(
    extractor: Extractor,
) -> None:
    """Before, "(5/75, 6.7%)" gave the arm 5.0% (the 5 shared the "%" of 6.7)."""
    (claim,) = _claims(
        extractor,
        "Fewer participants withdrew from aquatic exercise (5/75, 6.7%) than from home "
        "stretching (11/75, 14.7%), although the difference was not significant (p = 0.11).",
    )
    assert [(r.events, r.n, r.percent) for r in claim.results] == [
        (5, 75, 6.7),
        (11, 75, 14.7),
    ]


def test_a_direction_word_inside_the_outcome_names_the_measure(extractor: Extractor) -> None:
    """Before, "reduction" inside the outcome made the claim "decreased" though 61% > 39%."""
    (claim,) = _claims(
        extractor,
        "The proportion of patients achieving a 30% reduction in pain was 61% (46/75) with "
        "aquatic exercise versus 39% (29/75) with home stretching (risk ratio 1.59, 95% CI "
        "1.13 to 2.23).",
    )
    assert claim.outcome.text == "proportion of patients achieving a 30% reduction in pain"
    assert claim.direction == "increased"


_THREE_ARM_METHODS = (
    "Methods",
    "We randomly assigned 300 adults with knee osteoarthritis to low-dose drug K (10 mg, "
    "n = 100), high-dose drug K (20 mg, n = 100) or placebo (n = 100) for 24 weeks.",
)


def test_compared_with_the_comparator_first_then_the_arm_after_the_cue(
    extractor: Extractor,
) -> None:
    """Before, in a three-arm trial, "Compared with placebo, ... higher with high-dose drug
    K" had no intervention (the arm after the cue was read in two-arm trials only, and the
    text after "Compared with" named two arms)."""
    (claim,) = extractor.extract(
        article(
            "A randomised trial",
            _THREE_ARM_METHODS,
            (
                "Results",
                "Compared with placebo, the odds of pain response were higher with high-dose "
                "drug K (OR 2.53, 95% CI 1.41 to 4.54).",
            ),
        )
    ).claims
    assert (claim.intervention.text, claim.comparator and claim.comparator.text) == (
        "high-dose drug K",
        "placebo",
    )
    assert claim.direction == "increased"


def test_withdrew_is_what_fewer_participants_did(extractor: Extractor) -> None:
    """Before, the outcome was "Fewer participants withdrew from aquatic exercise"
    ("withdrew" was no past verb the people-verb reading knew, and "from" no arm preposition)."""
    (claim,) = _claims(
        extractor,
        "Fewer participants withdrew from aquatic exercise (5/75, 6.7%) than from home "
        "stretching (11/75, 14.7%), although the difference was not significant (p = 0.11).",
    )
    assert claim.outcome.text == "withdrew"
    assert (claim.intervention.text, claim.comparator and claim.comparator.text) == (
        "aquatic exercise",
        "home stretching",
    )


@pytest.mark.parametrize(
    "results",
    [
        "Compared with placebo, pain was lower with low-dose drug K (p = 0.03) and with "
        "high-dose drug K (p = 0.001).",
        "Pain was lower with low-dose drug K (p = 0.03) and with high-dose drug K (p = 0.001) "
        "than with placebo.",
    ],
)
def test_each_arm_with_its_own_statistics_is_a_claim(extractor: Extractor, results: str) -> None:
    """Before, one claim (low dose, or high dose with the low dose's p value)."""
    claims = extractor.extract(
        article("A randomised trial", _THREE_ARM_METHODS, ("Results", results))
    ).claims
    assert [
        (c.intervention.text, c.comparator and c.comparator.text, c.p_value and c.p_value.value)
        for c in claims
    ] == [("low-dose drug K", "placebo", 0.03), ("high-dose drug K", "placebo", 0.001)]
    assert all(c.direction == "decreased" and c.outcome.text.lower() == "pain" for c in claims)
    assert len({c.id for c in claims}) == 2


def test_a_leading_list_of_values_and_arms_then_the_comparator(extractor: Extractor) -> None:
    """Before, "45% and 52% with low-dose and high-dose drug K versus 30% with placebo" gave
    one claim without an intervention, and only placebo's value."""
    claims = extractor.extract(
        article(
            "A randomised trial",
            _THREE_ARM_METHODS,
            (
                "Results",
                "Pain response rates were 45% and 52% with low-dose and high-dose drug K versus "
                "30% with placebo (p = 0.002).",
            ),
        )
    ).claims
    assert [(c.intervention.text, [(r.arm, r.percent) for r in c.results]) for c in claims] == [
        ("low-dose drug K", [("arm1", 45.0), ("arm3", 30.0)]),
        ("high-dose drug K", [("arm2", 52.0), ("arm3", 30.0)]),
    ]


def test_a_value_that_names_its_own_arm_keeps_it(extractor: Extractor) -> None:
    """Before, "reduced in the aquatic exercise group (14.1% in home stretching vs. 2.9% in
    aquatic exercise)" gave 14.1% to aquatic exercise (the bracket follows its name)."""
    (claim,) = _claims(
        extractor,
        "Severe pain was significantly reduced in the aquatic exercise group (14.1% in home "
        "stretching vs. 2.9% in aquatic exercise, P = 0.016).",
    )
    assert sorted((r.arm, r.percent) for r in claim.results) == [("arm1", 2.9), ("arm2", 14.1)]
    expected = {"aquatic exercise": "decreased", "home stretching": "increased"}
    assert claim.direction == expected[claim.intervention.text]


def test_this_opening_a_sentence_names_the_last_outcome_of_the_one_before(
    extractor: Extractor,
) -> None:
    """Before, the second claim's outcome was "This"; then, for a while, there was none."""
    claims = _claims(
        extractor,
        "Knee pain was significantly lower with aquatic exercise than with home stretching (4.1 "
        "vs 5.0 points, p = 0.01). This was especially seen in women (3.8 vs 5.2 points, "
        "p = 0.004).",
    )
    assert [(c.outcome.text, [r.mean for r in c.results]) for c in claims] == [
        ("Knee pain", [4.1, 5.0]),
        ("Knee pain", [3.8, 5.2]),
    ]


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (  # the writer put the second arm's value first
            "Acute dermatitis (36% vs 69%; P < .001) was lower in patients randomized to home "
            "stretching.",
            [("arm1", 69.0), ("arm2", 36.0)],
        ),
        (
            "Acute dermatitis (36% vs 69%; P < .001) was lower with aquatic exercise.",
            [("arm1", 36.0), ("arm2", 69.0)],
        ),
        (
            "Falls (20% vs 12%) were more frequent with home stretching.",
            [("arm1", 12.0), ("arm2", 20.0)],
        ),
    ],
)
def test_values_that_name_no_arm_go_as_the_words_say(
    extractor: Extractor, results: str, expected: list[tuple[str, float]]
) -> None:
    """Before, the first of two unnamed values was always the first arm's: "(36% vs 69%) was
    lower in patients randomized to home stretching" gave home stretching 69%."""
    (claim,) = _claims(extractor, results)
    assert sorted((r.arm, r.percent) for r in claim.results) == expected
    lower = min(claim.results, key=lambda r: r.percent or 0.0).arm
    assert (claim.direction == "decreased") == (claim.intervention.arm == lower)


def test_differences_after_a_clause_are_that_clauses_outcome(extractor: Extractor) -> None:
    """Before, "no mean differences" named no outcome and the claim's outcome was empty."""
    claims = _claims(
        extractor,
        "At week 16, both groups reported a rise in mean stiffness score, but no mean "
        "differences were found between groups (3.1 vs. 3.3, P = .71).",
    )
    assert [(c.outcome.text, c.direction) for c in claims if c.significant is False] == [
        ("mean stiffness score", "no difference")
    ]


@pytest.mark.parametrize(
    "results",
    [
        "Regarding walking distance, aquatic exercise and home stretching showed similar results.",
        # two methods the trial did not allocate, so the clauses part at "and"
        "Regarding walking distance, GAIT-S and STEP-V showed similar results.",
    ],
)
def test_similar_results_of_two_are_no_difference(extractor: Extractor, results: str) -> None:
    claims = _claims(extractor, results)
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("walking distance", "no difference")
    ]


def test_similar_findings_of_one_arm_repeat_the_clause_before(extractor: Extractor) -> None:
    """ "B showed similar findings" after "A reduced X": like A's result, no lack of one."""
    claims = _claims(
        extractor,
        "Aquatic exercise reduced knee pain more than home stretching (SMD -0.90, 95% CI -1.2 "
        "to -0.6); cycling showed similar findings (SMD -0.50, 95% CI -0.8 to -0.2).",
    )
    assert "no difference" not in [c.direction for c in claims]


@pytest.mark.parametrize(
    "results",
    [
        "There was no significant difference at baseline between the groups (p > 0.05).",
        "There was no difference between the two groups in the baseline knee pain scores "
        "(p > 0.05).",
        "Median baseline knee pain was 6.2 and 6.1 in the aquatic exercise and home stretching "
        "groups, respectively.",
    ],
)
def test_an_outcome_at_baseline_makes_no_claim(extractor: Extractor, results: str) -> None:
    assert _claims(extractor, results) == []


def test_a_change_of_a_baseline_score_is_a_claim(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "The aquatic exercise group increased their baseline walking score from 6.9 to 7.8 "
        "(p < 0.001).",
    )
    assert claim.outcome is not None and "walking score" in claim.outcome.text
