"""Claims, each case a sentence that was read wrong before: changes within an
arm, passives, negated passives, arms ordered by outcome words, relative changes, counted
people, value lists, declared statistics ("Mean (SD)"), counts in words."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "A total of 120 adults with chronic insomnia were randomised to melatonin (n = 60) or "
    "sleep hygiene training (n = 60) for 12 weeks.",
)
_THREE_ARM_METHODS = (
    "Methods",
    "We randomly assigned 300 adults with knee osteoarthritis to low-dose drug K (10 mg, "
    "n = 100), high-dose drug K (20 mg, n = 100) or placebo (n = 100) for 24 weeks.",
)


def _claims(extractor: Extractor, results: str, methods: tuple[str, str] = _METHODS) -> list[Claim]:
    return extractor.extract(article("A randomised trial", methods, ("Results", results))).claims


@pytest.mark.parametrize(
    "results",
    [
        "Sleep onset latency decreased by 12.4 min (SD 8.1) with melatonin versus 3.1 min "
        "(SD 7.9) with sleep hygiene training.",
        "Sleep onset latency fell by 42% with melatonin vs 13% with sleep hygiene training "
        "(P < 0.001).",
        "Sleep onset latency was reduced by 12.4 (SD 8.1) min with melatonin compared with 3.1 "
        "(SD 7.9) min with sleep hygiene training (P < 0.001).",
    ],
)
def test_changes_on_both_sides_of_versus_are_no_arm_values(
    extractor: Extractor, results: str
) -> None:
    """Both values are falls from baseline; the Record's arm values are values at the time
    point, so neither arm gets one (before, the value after "versus" was the second arm's
    mean and the first arm had none)."""
    (claim,) = _claims(extractor, results)
    assert claim.intervention.text == "melatonin"
    assert claim.direction == "decreased"
    assert claim.results == []


def test_values_after_was_and_versus_stay_arm_values(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Sleep onset latency was 12.4 min (SD 8.1) with melatonin versus 3.1 min (SD 7.9) with "
        "sleep hygiene training.",
    )
    assert [(r.mean, r.sd) for r in claim.results] == [(12.4, 8.1), (3.1, 7.9)]


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("Night waking was significantly reduced by melatonin (P = 0.02).", "decreased"),
        ("Total sleep time was increased by melatonin (P = 0.01).", "increased"),
        # the agent is the comparator: the claim keeps the trial's order, direction reversed
        ("Night waking was decreased by sleep hygiene training (P = 0.02).", "increased"),
    ],
)
def test_a_passives_agent_is_the_arm_described(
    extractor: Extractor, results: str, direction: str
) -> None:
    (claim,) = _claims(extractor, results)
    assert claim.intervention.text == "melatonin"
    assert claim.comparator is not None and claim.comparator.text == "sleep hygiene training"
    assert (claim.direction, claim.significant) == (direction, True)


@pytest.mark.parametrize(
    "results",
    [
        "Night waking was reduced by 30% (P = 0.02).",
        "Night waking was reduced by a mean of 1.2 episodes (P = 0.02).",
        "Night waking was reduced by about half (P = 0.02).",
    ],
)
def test_an_amount_after_by_names_no_arm(extractor: Extractor, results: str) -> None:
    (claim,) = _claims(extractor, results)
    assert claim.intervention.text == ""
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    ("results", "intervention"),
    [
        ("Night waking was not reduced by melatonin.", "melatonin"),
        ("Night waking was not reduced in the melatonin group.", "melatonin"),
        ("Daytime sleepiness was not improved.", ""),
        ("Sleep latencies were not changed by melatonin.", ""),
        ("Total sleep time was not increased by melatonin.", "melatonin"),
    ],
)
def test_a_negated_passive_change_says_no_difference(
    extractor: Extractor, results: str, intervention: str
) -> None:
    """As "did not reduce" does: before, "was not reduced by A" made no claim and "was not
    reduced in the A group" a fall."""
    (claim,) = _claims(extractor, results)
    assert claim.intervention.text == intervention
    assert (claim.direction, claim.negated) == ("no difference", True)


@pytest.mark.parametrize(
    "results",
    [
        "Sleep efficiency was higher with melatonin than with sleep hygiene training "
        "(85.2% vs 80.1%; P = 0.01).",
        "Sleep efficiency at 12 weeks was higher in the melatonin group than in the sleep "
        "hygiene training group (85.2% vs 80.1%).",
    ],
)
def test_an_outcome_word_shared_with_an_arm_does_not_order_the_arms(
    extractor: Extractor, results: str
) -> None:
    """The outcome's "Sleep" names the arm "sleep hygiene training" by one word; the arms
    are ordered where each is named most fully (before, 85.2% went to sleep hygiene). Sleep
    efficiency is measured in percent: each value is the arm's mean."""
    (claim,) = _claims(extractor, results)
    assert [(r.arm, r.mean) for r in claim.results] == [("arm1", 85.2), ("arm2", 80.1)]
    assert claim.direction == "increased"


def test_a_relative_change_of_a_named_measure_is_no_arm_value(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Melatonin reduced the risk of night waking by 30% compared with sleep hygiene "
        "training (hazard ratio 0.70; 95% CI 0.55-0.89; P = 0.004).",
    )
    assert claim.results == []  # before: 30% was the sleep hygiene arm's percentage
    assert claim.effect is not None and claim.effect.value == 0.7
    assert (claim.outcome.text, claim.direction) == ("risk of night waking", "decreased")


@pytest.mark.parametrize(
    ("results", "outcome", "direction"),
    [
        (
            "Melatonin was associated with a 30% reduction in the risk of night waking "
            "(hazard ratio 0.70; 95% CI 0.55-0.89).",
            "risk of night waking",
            "decreased",
        ),
        (
            "Melatonin was associated with a substantial improvement in daytime functioning "
            "(P = 0.002).",
            "daytime functioning",
            "increased",
        ),
        (
            "There was a trend towards fewer awakenings with melatonin (P = 0.07).",
            "awakenings",
            "decreased",
        ),
    ],
)
def test_the_outcome_follows_the_change_word(
    extractor: Extractor, results: str, outcome: str, direction: str
) -> None:
    """Before, the outcomes were "30% reduction", "substantial improvement" and "There"."""
    (claim,) = _claims(extractor, results)
    assert (claim.outcome.text, claim.direction) == (outcome, direction)


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        # "sleep" in the outcome is no naming of the arm "sleep hygiene training"
        (
            "Melatonin was associated with a substantial improvement in sleep quality (P = 0.002).",
            "increased",
        ),
        # "more in the B group": B is the group the words describe
        (
            "Sleep quality improved more in the sleep hygiene training group (P = 0.002).",
            "decreased",
        ),
        ("Sleep quality improved more in the melatonin group (P = 0.002).", "increased"),
    ],
)
def test_the_group_a_direction_word_describes(
    extractor: Extractor, results: str, direction: str
) -> None:
    (claim,) = _claims(extractor, results)
    assert claim.intervention.text == "melatonin"
    assert (claim.direction, claim.significant) == (direction, True)


@pytest.mark.parametrize(
    ("results", "outcome", "values", "direction"),
    [
        (
            "At 12 weeks, 40 of 58 (69%) melatonin patients and 28 of 57 (49%) sleep hygiene "
            "patients were responders (RR 1.40, 95% CI 1.04-1.89).",
            "responders",
            [("arm1", 40), ("arm2", 28)],
            "increased",
        ),
        (
            "12 of 60 patients given melatonin and 20 of 60 given sleep hygiene training had a "
            "relapse (P = 0.04).",
            "relapse",
            [("arm1", 12), ("arm2", 20)],
            "decreased",
        ),
    ],
)
def test_counted_people_per_group_and_what_they_were_or_had(
    extractor: Extractor,
    results: str,
    outcome: str,
    values: list[tuple[str, int]],
    direction: str,
) -> None:
    """Before, these sentences made no claim."""
    (claim,) = _claims(extractor, results)
    assert claim.outcome.text == outcome
    assert claim.intervention.text == "melatonin"
    assert [(r.arm, r.events) for r in claim.results] == values
    assert (claim.direction, claim.significant) == (direction, True)


@pytest.mark.parametrize(
    "results",
    [
        "A total of 58 patients in the melatonin group versus 57 in the sleep hygiene training "
        "group were analysed.",
        "Overall, 40 of 58 patients given melatonin were responders.",
    ],
)
def test_counted_people_make_no_outcome_of_a_study_step_or_one_group(
    extractor: Extractor, results: str
) -> None:
    """A count per group is needed, and "were analysed" says how the trial ran."""
    assert _claims(extractor, results) == []


def test_a_list_of_values_then_the_same_number_of_arms_pairs_them_in_order(
    extractor: Extractor,
) -> None:
    """As "respectively" would; before, the values named no arm and there was no claim."""
    claims = _claims(
        extractor,
        "Response rates were 42%, 51% and 30% with low-dose drug K, high-dose drug K and placebo.",
        _THREE_ARM_METHODS,
    )
    assert [(c.intervention.text, [(r.arm, r.percent) for r in c.results]) for c in claims] == [
        ("low-dose drug K", [("arm1", 42.0), ("arm3", 30.0)]),
        ("high-dose drug K", [("arm2", 51.0), ("arm3", 30.0)]),
    ]


def test_superior_to_names_the_comparator(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "The high dose was not superior to the low dose for pain (mean difference -0.3; 95% CI "
        "-0.7 to 0.1).",
        _THREE_ARM_METHODS,
    )
    assert claim.intervention.text == "high-dose drug K"
    assert claim.comparator is not None and claim.comparator.text == "low-dose drug K"
    assert claim.direction == "no difference"


def test_counted_people_in_words_name_no_actor(extractor: Extractor) -> None:
    """The subject names both arms; before, "sleep hygiene training" (more words) was read as
    the actor and the first count, "Thirty-two of 60", as 60 events."""
    (claim,) = _claims(
        extractor,
        "Thirty-two of 60 patients (53.3%) given melatonin and 18 of 60 (30.0%) given sleep "
        "hygiene training reported improved sleep (p = .01).",
    )
    assert claim.intervention.text == "melatonin"
    assert [(r.arm, r.events, r.n) for r in claim.results] == [("arm1", 32, 60), ("arm2", 18, 60)]
    assert (claim.direction, claim.significant) == ("increased", True)


@pytest.mark.parametrize(
    ("results", "intervention", "direction"),
    [
        (
            "Melatonin and sleep hygiene training gave similar sleep efficiency.",
            "arm1",
            "no difference",
        ),
        # both arms improved: no comparison between them, no arm named
        (
            "Both melatonin and sleep hygiene training improved sleep efficiency (P < 0.01).",
            None,
            "increased",
        ),
    ],
)
def test_a_subject_naming_both_arms(
    extractor: Extractor, results: str, intervention: str | None, direction: str
) -> None:
    (claim,) = _claims(extractor, results)
    assert (claim.intervention.arm, claim.direction) == (intervention, direction)


@pytest.mark.parametrize(
    ("results", "outcome", "means"),
    [
        (
            "Mean (SD) total sleep time was 6.3 (1.0) hours with melatonin and 5.6 (0.9) hours "
            "with sleep hygiene training.",
            "total sleep time",
            [6.3, 5.6],
        ),
        (
            "Mean (SD) total sleep time increased from 5.1 (0.9) to 6.3 (1.0) hours with "
            "melatonin and from 5.2 (0.8) to 5.6 (0.9) hours with sleep hygiene training.",
            "total sleep time",
            [6.3, 5.6],
        ),
    ],
)
def test_a_declared_statistic_is_no_outcome(
    extractor: Extractor, results: str, outcome: str, means: list[float]
) -> None:
    """Before, the outcome was "Mean", and with "from ... to ..." two claims set baseline
    values against follow-up values."""
    (claim,) = _claims(extractor, results)
    assert claim.outcome.text == outcome
    assert [r.mean for r in claim.results] == means
    assert claim.direction == "increased"


def test_one_groups_count_then_the_others(extractor: Extractor) -> None:
    """Before, no claim."""
    (claim,) = _claims(
        extractor,
        "In the melatonin group, 5 patients (8.3%) discontinued treatment because of adverse "
        "events, compared with 2 (3.3%) in the sleep hygiene training group.",
    )
    assert claim.outcome.text == "discontinued treatment because of adverse events"
    assert [(r.arm, r.events) for r in claim.results] == [("arm1", 5), ("arm2", 2)]


@pytest.mark.parametrize(
    "results",
    [
        "After 12 weeks, 12 (20%) of 60 patients relapsed in the melatonin group and 21 (35%) of "
        "60 in the sleep hygiene training group.",
        "12 of 60 patients (20%) relapsed in the melatonin group, and 21 of 60 (35%) in the sleep "
        "hygiene training group.",
    ],
)
def test_one_groups_count_and_verb_then_the_others_count(
    extractor: Extractor, results: str
) -> None:
    (claim,) = _claims(extractor, results)
    assert claim.outcome.text == "relapsed"
    assert [(r.arm, r.events) for r in claim.results] == [("arm1", 12), ("arm2", 21)]


def test_counted_people_whose_verb_ends_the_clause(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Twelve patients (20%) in the melatonin group and 21 (35%) in the sleep hygiene training "
        "group relapsed.",
    )
    assert claim.outcome.text == "relapsed"
    assert [(r.arm, r.events) for r in claim.results] == [("arm1", 12), ("arm2", 21)]
    assert not _claims(
        extractor,
        "Twelve patients (20%) in the melatonin group and 21 (35%) in the sleep hygiene training "
        "group were randomised late.",
    )


@pytest.mark.parametrize(
    ("results", "outcome"),
    [
        (
            "Four (7%) and 15 (25%) relapses were observed in the melatonin and sleep hygiene "
            "training groups, respectively (p=0.008).",
            "relapses",
        ),
        (
            "Four (7%) and 15 (25%) grade 3 infections occurred in the melatonin and sleep hygiene "
            "training groups, respectively.",
            "grade 3 infections",
        ),
        (
            "Four (7%) of 60 patients in the melatonin group and 15 (25%) of 60 patients in the "
            "sleep hygiene training group underwent surgery (p=0.008).",
            "underwent surgery",
        ),
    ],
)
def test_counts_opening_a_clause_are_no_outcome(
    extractor: Extractor, results: str, outcome: str
) -> None:
    (claim,) = _claims(extractor, results)  # before, "Four" and "respectively", two claims
    assert claim.outcome.text == outcome
    assert [(r.arm, r.events) for r in claim.results] == [("arm1", 4), ("arm2", 15)]


def test_counts_compared_after_a_clause_counting_people(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "More patients in the melatonin group needed rescue medication (21 vs. 8; p = 0.01).",
    )
    assert [(r.arm, r.events) for r in claim.results] == [("arm1", 21), ("arm2", 8)]


def test_the_outcome_ends_before_by_a_mean_of(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Compared with sleep hygiene training, melatonin reduced sleep onset latency by a mean "
        "of 9.3 minutes (95% CI, 6.4 to 12.2; P < .001).",
    )
    assert claim.outcome.text == "sleep onset latency"
    assert (claim.direction, claim.significant) == ("decreased", True)


def test_values_after_a_colon_take_the_arm_named_before_each(extractor: Extractor) -> None:
    """The outcome's "Sleep" before the colon tied "melatonin" for the first value, and the
    value went to the arm named after it (sleep hygiene training)."""
    (claim,) = _claims(
        extractor, "Sleep efficiency: melatonin 85.2% vs sleep hygiene training 80.1%, P = 0.01."
    )
    assert [(r.arm, r.mean) for r in claim.results] == [("arm1", 85.2), ("arm2", 80.1)]
    assert (claim.direction, claim.significant) == ("increased", True)


@pytest.mark.parametrize(
    ("results", "outcome", "intervention"),
    [
        (
            "Melatonin did not significantly change total sleep time relative to sleep hygiene "
            "training.",
            "total sleep time",
            "melatonin",
        ),
        ("Total sleep time did not change significantly over time.", "Total sleep time", None),
        ("Total sleep time did not change in either group.", "Total sleep time", None),
    ],
)
def test_change_with_an_object_is_transitive(
    extractor: Extractor, results: str, outcome: str, intervention: str | None
) -> None:
    """Before, "change" was always read as "X changed": the outcome was "Melatonin"."""
    (claim,) = _claims(extractor, results)
    assert claim.outcome.text == outcome
    assert claim.direction == "no difference"
    if intervention is not None:
        assert claim.intervention.text == intervention
