"""Claims: a change within each arm is no comparison of the arms, who the
participants were at baseline is no result, and people with their group name that group. All
texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.claims import WITHIN_GROUP
from extractors.components.significance import within_group_change
from extractors.components.statement_forms import names_people, people_group
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 200 adults with glaucoma to drug K (n = 100) or placebo (n = 100).",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("A randomised trial", _METHODS, ("Results", results))).claims


@pytest.mark.parametrize(
    "results",
    [
        # every arm as the subject
        "Both treatments showed decreases in mean intraocular pressure at all time points "
        "(p<0.001).",
        "Both drugs significantly lowered intraocular pressure (p<0.001).",
        # each arm's change with a p value of its own
        "There was a progressive increase in disability in the drug K group (mean change 0.6; "
        "p < 0.001) and placebo group (mean change 0.7; p < 0.001).",
        "Intraocular pressure fell with drug K (P<0.001) and with placebo (P=0.02).",
        # each arm's change "from a to b", a p value after each
        "Grip strength rose from 20 to 24 kg (P<0.001) in the drug K group and from 21 to 24 kg "
        "(P=0.002) in the placebo group.",
        # a change in both groups
        "Pain fell in both groups (P < 0.001).",
        "Both groups had significant improvements in grip strength (P<0.001).",
        # both groups as the subject after a time
        "At week 12, both groups reported an increase in mean pain score (P = .04).",
    ],
)
def test_a_change_within_each_arm_has_no_direction_between_them(
    extractor: Extractor, results: str
) -> None:
    claims = _claims(extractor, results)
    assert claims, "the claim is kept, with its warning"
    for claim in claims:
        assert (claim.direction, claim.significant, claim.p_value) == ("unclear", None, None)
        assert WITHIN_GROUP in claim.warnings


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        # the arms compared after all
        ("Pressure decreased more with drug K than with placebo (p=0.01).", "decreased"),
        ("Pain fell in both groups (P<0.001), but more with drug K (P<0.05).", "decreased"),
        (
            "Grip strength rose from 20 to 24 kg with drug K and from 21 to 22 kg with placebo "
            "(P=0.01).",
            "increased",
        ),
        ("Pain decreased similarly in both groups (p=0.6).", "no difference"),
        # an arm's own bracket that holds values, not a p value
        ("Pain fell in the drug K group (4.1 vs 2.0) and the placebo group (4.0 vs 3.5).", None),
    ],
)
def test_a_comparison_of_the_arms_is_no_within_group_change(
    extractor: Extractor, results: str, direction: str | None
) -> None:
    claims = _claims(extractor, results)
    assert all(WITHIN_GROUP not in c.warnings for c in claims)
    if direction is not None:
        assert [c.direction for c in claims] == [direction]


@pytest.mark.parametrize(
    "results",
    [
        "Pain improved in both arms (drug K -1.9 points, p = 0.04; placebo -1.7 points, "
        "p = 0.03), but with no significant difference between treatments (p = 0.65).",
        "Pain improved in both groups (p<0.01), but there was no significant difference "
        "between the groups (p = 0.65).",
    ],
)
def test_no_difference_between_the_arms_after_their_changes_compares_them(
    extractor: Extractor, results: str
) -> None:
    claims = _claims(extractor, results)
    assert [(c.outcome.text, c.direction, c.significant, c.warnings) for c in claims] == [
        ("Pain", "no difference", False, [])
    ]
    assert claims[0].p_value is not None and claims[0].p_value.value == 0.65


@pytest.mark.parametrize(
    ("results", "intervention", "comparator", "direction"),
    [
        ("Intraocular pressure fell compared with baseline (p<0.01).", "", None, "unclear"),
        (
            "Intraocular pressure was significantly lower than at baseline (p=0.003).",
            "",
            None,
            "unclear",
        ),
        (
            "Compared with baseline, intraocular pressure fell in the drug K group (p<0.01).",
            "drug K",
            None,
            "decreased",
        ),
        (
            "Intraocular pressure fell relative to pre-treatment values with drug K (p<0.01).",
            "drug K",
            None,
            "decreased",
        ),
        (
            "In both groups, intraocular pressure fell compared with baseline (p<0.01).",
            "drug K",
            "placebo",
            "unclear",
        ),
        # every arm by a common noun, as comparison reads "both drugs" (EVERY_ARM)
        (
            "Intraocular pressure fell compared with baseline with both treatments (p<0.01).",
            "drug K",
            "placebo",
            "unclear",
        ),
    ],
)
def test_a_comparison_with_baseline_is_a_within_group_change(
    extractor: Extractor, results: str, intervention: str, comparator: str | None, direction: str
) -> None:
    """Baseline is no arm: the claim is the change of the arm the clause names (or of each, or
    of no arm named), with no comparator unless it names every arm; the way the one arm named
    changed is its direction, with no p value or significance between the arms."""
    claims = _claims(extractor, results)
    assert [
        (c.intervention.text, c.comparator and c.comparator.text, c.direction, c.significant)
        for c in claims
    ] == [(intervention, comparator, direction, None)]
    assert claims[0].p_value is None
    assert WITHIN_GROUP in claims[0].warnings


@pytest.mark.parametrize(
    "results",
    [
        "Drug K participants showed a significant decrease in intraocular pressure (P = 0.003) "
        "and eye pain (P = 0.02) compared to baseline.",
        "Drug K had significantly lowered intraocular pressure (mean change -3.1 mmHg) and eye "
        "pain scores (-1.2), as compared to the baseline values (P < 0.05).",
    ],
)
def test_each_listed_change_of_one_arm_from_baseline_has_its_direction(
    extractor: Extractor, results: str
) -> None:
    claims = [c for c in _claims(extractor, results) if "baseline" not in c.outcome.text]
    assert len(claims) == 2
    for claim in claims:
        assert (claim.intervention.text, claim.comparator) == ("drug K", None)
        assert (claim.direction, claim.significant, claim.p_value) == ("decreased", None, None)
        assert WITHIN_GROUP in claim.warnings


@pytest.mark.parametrize(
    "results",
    [
        "Intraocular pressure fell in the drug K group by 3.2 mmHg (P = .02) with no change in "
        "the placebo group (P = .61).",
        "Tear film stability rose with 2.1 ± 1.5 s in the drug K group (P = .01) with no change "
        "-0.3 ± 1.1 s in the placebo group (P = .70).",
    ],
)
def test_no_change_in_one_arm_beside_the_others_change_is_no_difference(
    extractor: Extractor, results: str
) -> None:
    """One arm changed and the other did not, each tested on its own: the arms were not
    compared, so not "no difference" with the changed arm's p value."""
    assert within_group_change(results)
    (claim,) = _claims(extractor, results)
    assert (claim.direction, claim.significant, claim.p_value) == ("unclear", None, None)
    assert WITHIN_GROUP in claim.warnings


def test_no_change_in_either_arm_is_no_difference() -> None:
    assert not within_group_change("Pressure rose at week 4, with no change in either group later.")


def test_but_not_in_the_other_arm_compared_with_baseline_is_each_arms_change(
    extractor: Extractor,
) -> None:
    """ "but not after placebo (p = 0.39), compared with baseline": no difference between the
    arms was tested, only each arm's change (the clause before shares the baseline): drug K's
    fall its direction, placebo's clause none of its own."""
    claims = _claims(
        extractor,
        "Pressure was significantly lower after drug K (p < 0.001), but not after placebo "
        "(p = 0.39), compared with baseline.",
    )
    assert [
        (c.outcome.text, c.intervention.text, c.comparator, c.direction, c.significant)
        for c in claims
    ] == [
        ("Pressure", "drug K", None, "decreased", None),
        ("Pressure", "placebo", None, "unclear", None),
    ]
    assert all(WITHIN_GROUP in c.warnings for c in claims)


@pytest.mark.parametrize(
    "results",
    [
        "Compared with baseline, pressure fell more with drug K than with placebo (p=0.01).",
        "The fall in pressure from baseline differed between the groups (p=0.01).",
        "Pressure fell compared with baseline, with no difference between the groups (p=0.4).",
        # arms compared in brackets
        "Pressure was lower than baseline with drug K (18 mmHg, compared with 22 mmHg with "
        "placebo; p=0.01).",
        # the sentence's other clause compares the arms
        "Compared with baseline, the drug K group lowered pressure by 3 mmHg (95% CI 1 to 5) "
        "and raised heart rate by 2 beats/min (95% CI 1 to 3) more than the placebo group.",
        # no change in either arm: no difference between them
        "Pressure did not change compared with baseline in either group (p=0.6).",
    ],
)
def test_a_comparison_of_the_arms_beside_baseline_stays_one(
    extractor: Extractor, results: str
) -> None:
    claims = _claims(extractor, results)
    assert claims and all(WITHIN_GROUP not in c.warnings for c in claims)
    assert all(c.comparator is not None for c in claims)


def test_within_group_change_needs_a_different_arm_before_each_p_value() -> None:
    assert within_group_change("X rose in group A (p<0.01) and in group B (p=0.02)")
    assert not within_group_change("X rose in group A (p<0.01) and at 6 months (p=0.02)")
    assert not within_group_change("X was higher in group A (p<0.01) than in group B (p=0.02)")
    assert not within_group_change("X rose in group A (p<0.01), between-group p=0.3")


@pytest.mark.parametrize(
    "results",
    [
        "Patients in the drug K group were older (p=0.03) and more often male (p=0.04).",
        "At randomisation, mean intraocular pressure was higher in the drug K group than in the "
        "placebo group (25 vs 23 mmHg, p=0.02).",
        "Baseline intraocular pressure was higher with drug K than with placebo (p=0.02).",
        "Mean age was higher in the drug K group (p=0.02).",
        "Demographic characteristics differed between the groups (p=0.04).",
    ],
)
def test_who_the_participants_were_at_baseline_is_no_result(
    extractor: Extractor, results: str
) -> None:
    assert _claims(extractor, results) == []


@pytest.mark.parametrize(
    ("results", "outcome"),
    [
        (
            "Weight at 12 months was lower with drug K than with placebo (81 vs 85 kg, p=0.01).",
            "Weight",
        ),
        (
            "At baseline and at 12 months, heart rate was lower with drug K than with placebo "
            "(p=0.01).",
            "heart rate",
        ),
        (
            "Baseline-adjusted pressure was lower with drug K than with placebo (p=0.01).",
            "Baseline-adjusted pressure",
        ),
    ],
)
def test_a_result_beside_baseline_words_is_a_result(
    extractor: Extractor, results: str, outcome: str
) -> None:
    claims = _claims(extractor, results)
    assert [c.direction for c in claims if outcome in c.outcome.text] == ["decreased"]


def test_a_subgroup_by_baseline_is_a_result_and_only_listed_demographics_are_dropped(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Patients with high pressure at baseline had more visual field loss with placebo than "
        "with drug K (p=0.01). No differences in demographics, visual acuity, or pressure were "
        "found between drug K and placebo.",
    )
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("visual field loss", "decreased"),
        ("visual acuity", "no difference"),
        ("pressure", "no difference"),
    ]


@pytest.mark.parametrize(
    ("phrase", "group"),
    [
        ("Patients in the melatonin group", "melatonin group"),
        ("All 20 women receiving placebo", "placebo"),
        ("Older patients randomised to the exercise arm", "exercise arm"),
        ("All nineteen subjects", None),
        ("Patients with sepsis in the A group", None),
    ],
)
def test_people_group_is_the_group_words_after_people(phrase: str, group: str | None) -> None:
    assert people_group(phrase) == group
    assert names_people(phrase) == (group is not None or phrase == "All nineteen subjects")


def test_people_with_their_group_name_it_where_no_arm_is_known(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "A review",
            (
                "Results",
                "Older patients receiving 12 weeks of melatonin improved memory scores "
                "(p < 0.001). All twelve volunteers improved sleep scores (p < 0.01).",
            ),
        )
    )
    assert [(c.outcome.text, c.intervention.text) for c in record.claims] == [
        ("memory scores", "12 weeks of melatonin"),
        ("sleep scores", ""),
    ]


def test_an_arm_as_the_subject_names_no_outcome(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Drug K was non-inferior to placebo. The drug K group had less pain (20% vs 35%, p=0.02).",
    )
    assert [(c.outcome.text, c.direction) for c in claims] == [("pain", "decreased")]


@pytest.mark.parametrize(
    "results",
    [
        "Both treatments showed decreases in mean intraocular pressure at all time points "
        "(p<0.001).",
        "Both drugs significantly lowered intraocular pressure (p<0.001).",
        "Pain fell in both groups (P < 0.001).",
        "Both groups had significant improvements in grip strength (P<0.001).",
    ],
)
def test_a_change_within_each_arm_names_both_arms(extractor: Extractor, results: str) -> None:
    # not an empty intervention text: the trial's two arms, in the order a comparison of
    # them would give
    claims = _claims(extractor, results)
    assert claims
    for claim in claims:
        assert WITHIN_GROUP in claim.warnings
        assert claim.comparator is not None
        assert (claim.intervention.text, claim.comparator.text) == ("drug K", "placebo")


@pytest.mark.parametrize(
    "results",
    [
        "Intraocular pressure was lower at T2 compared to T0 in the drug K group (p = 0.01).",
        "Intraocular pressure was lower at P3 compared to P1 in the drug K group (p = 0.01).",
        "Compared to the run-in period, intraocular pressure fell in the drug K group (p = 0.01).",
    ],
)
def test_a_time_point_after_the_comparison_is_a_change_within_the_arm(
    extractor: Extractor, results: str
) -> None:
    """A time point by its label ("T0", "P1") or the run-in is the same people earlier, as
    baseline is: the arm's own change, no comparator (before, placebo was its comparator)."""
    (claim,) = _claims(extractor, results)
    assert claim.intervention.text == "drug K" and claim.comparator is None
    assert WITHIN_GROUP in claim.warnings
