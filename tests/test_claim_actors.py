"""The actor (intervention text) and outcome of result statements without per-arm values:
a change named as a noun and seen with a treatment, reporting frames, modals and "benefits
of" around the actor, relative clauses and bounds that make no claim, "favoring A"."""

from __future__ import annotations

import pytest

from extractors.components.statements import read_statement
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "A total of 120 adults with chronic insomnia were randomised to melatonin (n = 60) or "
    "sleep hygiene training (n = 60) for 12 weeks.",
)


def _claims(extractor: Extractor, results: str, methods: tuple[str, str] = _METHODS) -> list[Claim]:
    return extractor.extract(article("A randomised trial", methods, ("Results", results))).claims


def _read(clause: str) -> tuple[str | None, str | None, str]:
    found = read_statement(clause, 0, len(clause))
    outcome = clause[found.outcome[0] : found.outcome[1]] if found.outcome else None
    actor = clause[found.actor[0] : found.actor[1]] if found.actor else None
    return outcome, actor, found.pattern


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        ("Significant temperature increases were also observed.", "temperature", None),
        ("The most pronounced decrease was demonstrated within the B group.", None, None),
        ("A marked decrease in homocysteine was shown with drug K (p = 0.02).", "homocysteine",
         "drug K"),
        ("also a significant improvement in mood was observed with the use of CBT", "mood", "CBT"),
        ("A significant reduction in pain was seen with time.", "pain", None),
        ("A significant reduction in pain was seen with p < 0.05.", "pain", None),
    ],
)  # fmt: skip
def test_a_change_named_as_a_noun(clause: str, outcome: str | None, actor: str | None) -> None:
    """What changed is the noun before the change noun or after "in"; the treatment the
    change was seen with is the actor, not time nor a p value."""
    found = _read(clause)
    if outcome is None:
        assert found[0] != "most pronounced"
    else:
        assert found[:2] == (outcome, actor)


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        (
            "It was determined that drug K may slightly improve lung volume at 2 hours",
            "lung volume",
            "drug K",
        ),
        ("Drug K could reduce nocturnal awakenings", "nocturnal awakenings", "Drug K"),
        (
            "Short term benefits of ILIT for seasonal rhinitis improved symptom scores",
            "symptom scores",
            "ILIT",
        ),
        ("The use of an additional drape reduced radiation exposure", "radiation exposure",
         "an additional drape"),
        (
            "Patients treated with more intensive therapy benefited from reduced risk of stroke",
            "risk of stroke",
            "Patients treated with more intensive therapy",
        ),
        ("All had methodological limitations", "methodological limitations", None),
    ],
)  # fmt: skip
def test_the_actor_is_the_treatment_alone(clause: str, outcome: str, actor: str) -> None:
    """Not a reporting frame, a modal, "benefits of", the condition treated, a verb
    ("benefited from") nor a bare "All"."""
    assert _read(clause)[:2] == (outcome, actor)


def test_a_subject_that_reports_is_no_actor() -> None:
    assert _read("Results revealed lower heart rate in the yoga group") == (
        "heart rate",
        None,
        "reported",
    )


def test_the_group_subject_of_no_difference_is_no_outcome() -> None:
    clause = "The three groups did not show a significant difference in complication rates."
    assert _read(clause)[0] == "complication rates"


def test_evidence_favoring_an_arm() -> None:
    assert _read("Other behaviour outcomes showed similar evidence favoring drug K.") == (
        "Other behaviour outcomes",
        "drug K",
        "favoring",
    )


def test_a_change_seen_with_an_arm_names_the_arm(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, "A marked decrease in night awakenings was shown with melatonin (p = 0.02)."
    )
    assert claim.outcome.text == "night awakenings"
    assert claim.intervention.text == "melatonin"
    assert claim.direction == "decreased"


def test_a_result_reported_by_results_keeps_its_claim(extractor: Extractor) -> None:
    (claim,) = _claims(extractor, "The results showed an increase in sleep efficiency.")
    assert claim.outcome.text == "sleep efficiency"
    assert claim.intervention.text == ""
    assert claim.direction == "increased"


def test_the_direction_word_of_an_arm_is_no_direction(extractor: Extractor) -> None:
    """ "more intensive therapy" names the arm; "reduced" is the direction."""
    claims = _claims(
        extractor,
        "Patients treated with more intensive therapy benefited from reduced risk of stroke "
        "compared with control therapy.",
        ("Methods", "We pooled individual patient data from eight trials of lipid lowering."),
    )
    assert [(c.outcome.text, c.intervention.text, c.direction) for c in claims] == [
        ("risk of stroke", "more intensive therapy", "decreased")
    ]


def test_evidence_favoring_an_arm_says_no_direction(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, "Other sleep outcomes showed similar evidence favoring melatonin."
    )
    assert claim.outcome.text == "Other sleep outcomes"
    assert claim.intervention.text == "melatonin"
    assert claim.direction == "unclear"


@pytest.mark.parametrize(
    "results",
    [
        "A well-designed reminder application that increases treatment adherence could be "
        "beneficial for patients.",
        "All had methodological limitations and all were published more than ten years ago.",
    ],
)
def test_no_claim(extractor: Extractor, results: str) -> None:
    """A change verb of a relative clause, a bound ("more than ten years ago"): no result."""
    assert _claims(extractor, results) == []


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        (
            "The prognostic factors of the two groups did not show any significant difference.",
            "prognostic factors of the two groups",
            None,
        ),
        ("All subgroups benefited from the intervention.", None, None),
        (
            "the addition of drug K (38% vs. 13%, P = 0.001) significantly increased the rate of "
            "remission",
            "rate of remission",
            "drug K",
        ),
        (
            "No increase in response rate was seen with the addition of drug K to chemotherapy.",
            "response rate",
            "drug K",
        ),
    ],
)
def test_what_is_not_the_groups_nor_the_actor(
    clause: str, outcome: str | None, actor: str | None
) -> None:
    """A subject that only ends with the groups is the outcome; "benefited from" the
    treatment names no outcome; the actor of "the addition of A (..)" or "of A to B" is A."""
    assert _read(clause)[:2] == (outcome, actor)


@pytest.mark.parametrize(
    ("clause", "outcome", "actor", "pattern"),
    [
        ("For pain at rest there was evidence favoring drug K (P = 0.03).", "pain at rest",
         "drug K", "favoring"),
        ("There was some evidence favouring drug K for pain at rest (P = 0.03).", "pain at rest",
         "drug K", "favoring"),
        ("For sleep quality, there was a trend in favour of drug K.", "sleep quality", "drug K",
         "favoring"),
        ("Results for walking distance favoured drug K (P = 0.02).", "walking distance",
         "drug K", "favored"),
        ("Stiffness scores favored placebo (P = 0.04).", "Stiffness scores", "placebo",
         "favored"),
        ("Outcomes favoured drug K for the response rate (77% vs 65%)", "response rate",
         "drug K", "favored"),
    ],
)  # fmt: skip
def test_favoring_names_the_arm_that_did_better(
    clause: str, outcome: str, actor: str, pattern: str
) -> None:
    """Not only after "showed": "there was evidence favoring A", "X favoured A" (British
    spelling too); the measure is the subject, else the lead-in or "for X" after A."""
    assert _read(clause) == (outcome, actor, pattern)


def test_a_favoured_arm_is_the_intervention(extractor: Extractor) -> None:
    (claim,) = _claims(extractor, "Night awakenings favoured melatonin (P = 0.02).")
    assert (claim.outcome.text, claim.intervention.text) == ("Night awakenings", "melatonin")


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        ("The effect of drug K on pain was larger in women (P = 0.01).", "pain", "drug K"),
        ("An increase in dose reduced pain scores (P = 0.02).", "pain scores",
         "An increase in dose"),
        ("The improvement in pain increased over time (P = 0.02).", "pain", None),
        ("The change in reduced glutathione was greater with drug K.", "reduced glutathione",
         None),
    ],
)  # fmt: skip
def test_a_change_that_opens_the_clause_is_not_its_predicate(
    clause: str, outcome: str, actor: str | None
) -> None:
    """ "The effect of A on Y": Y changed, A acted; a change followed by a verb with an
    object is the subject ("An increase in dose reduced Y"), without one it is cut there."""
    assert _read(clause)[:2] == (outcome, actor)


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        ("Exacerbation rates in the two arms were similar in women and men (P = 0.40).",
         "Exacerbation rates"),
        ("Mean scores of both groups were comparable for the first week.",
         "Mean scores of both groups"),
    ],
)  # fmt: skip
def test_a_measure_that_ends_with_arms_is_no_group_subject(clause: str, outcome: str) -> None:
    """Only a capitalised name ("the ICU groups") or words after a number ("the three
    active groups") stand for a group's name: a measure of the groups is the outcome, and no
    actor."""
    assert _read(clause)[:2] == (outcome, None)


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        ("Drug K was not associated with differences in serial IL-6 levels.",
         "serial IL-6 levels", "Drug K"),
        ("However, drug K has a notably lower rate of side effects relative to placebo.",
         "rate of side effects", "drug K"),
        ("Drug K has no effect on pain scores.", "pain scores", "Drug K"),
        ("Drug K had a more significant decrease in the rate of wound infection than placebo.",
         "rate of wound infection", "Drug K"),
    ],
)  # fmt: skip
def test_the_subject_of_has_or_not_associated_is_the_actor(
    clause: str, outcome: str, actor: str
) -> None:
    """ "A has (a lower) X" as "A had X"; "A was not associated with X" as "A was associated
    with X"; "had a more significant decrease in X": X, not the change's size alone."""
    assert _read(clause)[:2] == (outcome, actor)


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        ("Pain scores showed a significant decrease in group A (P = 0.03).", "Pain scores"),
        ("They also had greater reductions in the following secondary measures: itch (p=.01).",
         "itch"),
    ],
)  # fmt: skip
def test_a_change_in_a_group_is_no_outcome(clause: str, outcome: str) -> None:
    """What a change is in is no outcome when it is a group, people, a quantifier or a list
    announced ("the following measures: X")."""
    assert _read(clause)[0] == outcome


@pytest.mark.parametrize(
    "clause",
    [
        "The surgical method, rather than the analgesia, may have higher impact on pain.",
        "Children with rapid growth tend to be younger, have a smaller BMI (all P < 0.05).",
    ],
)
def test_has_after_a_modal_or_a_list_names_no_actor(clause: str) -> None:
    assert _read(clause)[1] is None


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        ("It seems likely that drug K reduced night awakenings (P = 0.04).",
         "night awakenings", "drug K"),
        ("It appears that drug K reduced pain scores (P = 0.03).", "pain scores", "drug K"),
        ("Thus, it is clear that drug K lowered blood pressure.", "blood pressure", "drug K"),
        ("We conclude that drug K reduces pain.", "pain", "drug K"),
    ],
)  # fmt: skip
def test_a_hedging_or_reporting_frame_is_not_the_actor(
    clause: str, outcome: str, actor: str
) -> None:
    """ "It seems likely that", "It appears that", "it is clear that", "We conclude that"
    frame the statement like "We found that": the actor is what follows."""
    assert _read(clause)[:2] == (outcome, actor)


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        ("The benefit of drug K was greatest in women (P = 0.02).", None, "drug K"),
        ("The effects of drug K were more pronounced in older patients.", None, "drug K"),
        ("No significant effect of drug K was observed on the incidence of liver injury.",
         "incidence of liver injury", "drug K"),
        ("The benefit of drug K on walking distance was greatest in women.", "walking distance",
         "drug K"),
        ("No systematic effects of drug K were found for serum lipids.", "serum lipids",
         "drug K"),
    ],
)  # fmt: skip
def test_what_benefits_is_the_actor_and_a_subgroup_no_outcome(
    clause: str, outcome: str | None, actor: str
) -> None:
    """ "The benefit/effect of A": A acted; the outcome is what it acted on ("on X", "was
    observed on X"), and a subgroup ("in women") is neither."""
    assert _read(clause)[:2] == (outcome, actor)


_POOLED = ("Methods", "We pooled individual patient data from eight trials of melatonin.")


def test_a_subgroup_where_the_benefit_was_greatest_makes_no_claim(extractor: Extractor) -> None:
    """No arms named: the benefit's actor is no outcome, and "women" neither."""
    claims = _claims(
        extractor, "The benefit of melatonin was greatest in women (P = 0.02).", _POOLED
    )
    assert claims == []


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        ("Length of stay differed between groups, in favour of the drug K group (P = 0.04).",
         "Length of stay", "drug K group"),
        ("Relapse rates differed, favoring the intervention (P = 0.03).", "Relapse rates",
         "intervention"),
        ("Pain scores fell in both groups, with a difference favouring drug K (P = 0.01).",
         "Pain scores", "drug K"),
        ("The difference in mood was significant, favoring drug K: -1.2 (95% CI -2.3 to -0.1).",
         "mood", "drug K"),
    ],
)  # fmt: skip
def test_a_favoring_tail_names_the_arm_that_did_better(
    clause: str, outcome: str, actor: str
) -> None:
    """ ", favoring A", ", in favour of the A group", ", with a difference favouring A" at
    the clause's end: A did better, the actor (not what follows a colon)."""
    assert _read(clause)[:2] == (outcome, actor)


def test_a_favored_intervention_is_the_claims_intervention(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, "Night awakenings differed, favoring melatonin (P = 0.03).", _POOLED
    )
    assert (claim.outcome.text, claim.intervention.text) == ("Night awakenings", "melatonin")
    assert claim.direction == "unclear"  # "differed": which way is not said


def test_the_group_before_than_is_the_intervention_when_no_arm_is_known(
    extractor: Extractor,
) -> None:
    """No trial arm recognised and no word "group": the name after "with" right before
    "than" is the intervention, as the one after "than" is the comparator."""
    (claim,) = _claims(
        extractor,
        "Night awakenings were fewer with melatonin than with placebo (P = 0.01).",
        _POOLED,
    )
    assert (claim.intervention.text, claim.comparator and claim.comparator.text) == (
        "melatonin",
        "placebo",
    )
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    ("clause", "actor"),
    [
        ("We hypothesize that the zinc app will reduce drinking days.", "the zinc app"),
        ("This trial did not prove that the side lunge improves back pain.", "the side lunge"),
        (
            "Four small trials including 300 adults (150 given K) substantiated that drug K "
            "lowered relapse (RR 0.7).",
            "drug K",
        ),
    ],
)
def test_actor_after_what_was_reported_of_it(clause: str, actor: str) -> None:
    assert _read(clause)[1] == actor


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        (
            "Zinc supplements did not affect the gut microbiome.",
            "gut microbiome",
            "Zinc supplements",
        ),
        ("Drug K did not significantly alter relapse (p = 0.4).", "relapse", "Drug K"),
        ("Negative affect decreased with drug K (p = 0.04).", "Negative affect", None),
    ],
)
def test_a_negated_affect_names_the_actor(clause: str, outcome: str, actor: str | None) -> None:
    assert _read(clause)[:2] == (outcome, actor)


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        ("Drug K could prolong the latency period (p = 0.01).", "latency period", "Drug K"),
        (
            "Zinc can significantly enhance grip strength by 3% (95% CI 1 to 5).",
            "grip strength",
            "Zinc",
        ),
        ("Zinc did not alleviate itch.", "itch", "Zinc"),
        # a hedge before the verb: "tended to", "appeared to", "did not seem to", "has been
        # shown to"
        ("Zinc tended to reduce itch (p = 0.06).", "itch", "Zinc"),
        ("Zinc appeared to improve grip strength.", "grip strength", "Zinc"),
        ("Zinc did not seem to increase grip strength.", "grip strength", "Zinc"),
        ("Zinc has been shown to lower relapse.", "relapse", "Zinc"),
    ],
)
def test_a_change_verb_after_a_modal_or_negation_names_the_actor(
    clause: str, outcome: str, actor: str
) -> None:
    assert _read(clause)[:2] == (outcome, actor)


@pytest.mark.parametrize(
    "clause",
    [
        "We found significant differences in itch scores (P = .002)",
        "While we found significant differences in itch scores (P = .002)",
        "Although we observed a significant decrease in itch scores (P = .002)",
    ],
)
def test_we_found_after_an_opener_is_a_lead_in(clause: str) -> None:
    assert _read(clause)[0] == "itch scores"


@pytest.mark.parametrize(
    "clause",
    [
        "A significant difference between the two groups was found in itch scores (60% vs 9%)",
        # no article, as some abstracts write it
        "After 6 months, significant difference between the two groups was recorded on itch "
        "scores (60% vs 9%)",
    ],
)
def test_a_difference_between_the_groups_names_its_measure(clause: str) -> None:
    assert _read(clause)[0] == "itch scores"
