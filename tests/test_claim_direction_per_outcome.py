"""Claim directions per listed outcome ("fewer X, less Y and more Z"), within-group changes
reported for both arms, and negated arm names in claim matching."""

from __future__ import annotations

import pytest
import spacy

from extractors.components.arm_names import named_arm, negated_words
from extractors.components.arms import ArmMention
from extractors.components.clauses import clauses
from extractors.components.direction_words import verb_direction
from extractors.components.outcome_lists import coordinated_outcomes, item_comparatives
from extractors.components.sections import Sentence
from extractors.components.significance import arm_changes
from extractors.evaluation.claim_matching import best_claim, stem
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.evaluation_records import make_claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 120 adults with chronic knee pain to ginger extract (n=60) or "
    "placebo (n=60) for 12 weeks.",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(
        article("Ginger extract for knee pain", _METHODS, ("Results", results))
    ).claims


def _directions(claims: list[Claim]) -> dict[str, str]:
    return {c.outcome.text: c.direction for c in claims}


def test_listed_outcomes_take_their_own_comparatives(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ginger extract caused fewer flares, less stiffness and more walking than placebo "
        "(P<0.05).",
    )
    assert _directions(claims) == {
        "flares": "decreased",
        "stiffness": "decreased",
        "walking": "increased",
    }
    assert all(c.comparator and c.comparator.text == "placebo" for c in claims)


def test_listed_outcome_without_a_word_inherits_the_previous_one(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ginger extract gave shorter morning stiffness, more walking and stair climbing "
        "compared with placebo (all P<0.01).",
    )
    assert _directions(claims) == {
        "morning stiffness": "decreased",
        "walking": "increased",
        "stair climbing": "increased",
    }


def test_two_listed_outcomes_with_their_own_words(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Ginger extract led to fewer flares and longer walks than placebo (P=0.01)."
    )
    assert _directions(claims) == {"flares": "decreased", "walks": "increased"}


def test_item_comparatives_only_when_a_later_item_has_one() -> None:
    text = "fewer flares, stiffness and falls"
    items = coordinated_outcomes(text, (6, len(text)))
    assert [text[s:e] for s, e in items] == ["flares", "stiffness", "falls"]
    assert item_comparatives(text, items) == [None, None, None]
    text = "swelling and nausea"
    assert coordinated_outcomes(text, (0, len(text))) == []  # two plain items stay whole


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("fewer falls with the exercise programme", "decreased"),
        ("more falls with sedatives", "increased"),
        ("a greater fall in blood pressure", "decreased"),
        ("a smaller drop in haemoglobin", "increased"),
    ],
)
def test_counted_falls_are_events_not_changes(text: str, direction: str) -> None:
    assert verb_direction(text) == direction


def _one(claims: list[Claim], outcome: str) -> Claim:
    found = [c for c in claims if c.outcome.text == outcome]
    assert len(found) == 1, [(c.outcome.text, c.direction) for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("results", "direction", "significant"),
    [
        # the larger fall with ginger, a significant difference between the groups
        (
            "Stiffness fell from 6.1 to 3.2 in the ginger group, while in the placebo group it "
            "fell from 6.0 to 5.1 (between-group P = 0.01).",
            "decreased",
            True,
        ),
        (
            "Stiffness decreased by 42% with ginger extract and by 13% with placebo (P=0.02).",
            "decreased",
            True,
        ),
        # the smaller fall with ginger: stiffness higher with ginger than with placebo
        (
            "Stiffness decreased by 13% with ginger extract and by 42% with placebo (P=0.02).",
            "increased",
            True,
        ),
        (
            "Walking distance rose from 300 to 330 m with ginger extract and from 310 to 420 m "
            "with placebo (P<0.01).",
            "decreased",  # ginger gained less walking distance than placebo
            True,
        ),
        # "improved" by more with ginger: pain is a harm, so it fell more
        (
            "Pain improved by 40% with ginger extract and by 10% with placebo (P<0.01).",
            "decreased",
            True,
        ),
        # the p values test each group's own change: no comparison between them is claimed
        (
            "Stiffness fell from 6.1 to 3.2 (P<0.001) in the ginger group and from 6.0 to 5.1 "
            "(P=0.002) in the placebo group.",
            "unclear",
            None,
        ),
        (
            "Stiffness fell from 6.1 to 3.2 (P<0.001) in the ginger group and from 6.0 to 5.1 "
            "(P=0.002) in the placebo group (between-group P=0.30).",
            "no difference",
            False,
        ),
        (
            "Stiffness fell from 6.1 to 3.2 in the ginger group and from 6.0 to 5.1 in the "
            "placebo group, with no significant difference between groups.",
            "no difference",
            False,
        ),
    ],
)
def test_changes_reported_for_both_arms(
    extractor: Extractor, results: str, direction: str, significant: bool | None
) -> None:
    claims = _claims(extractor, results)
    assert len(claims) == 1, [(c.outcome.text, c.direction) for c in claims]
    claim = claims[0]
    assert claim.intervention.text == "ginger extract"
    assert claim.comparator and claim.comparator.text == "placebo"
    assert (claim.direction, claim.significant) == (direction, significant)


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("Pain improved in both groups, but more with ginger extract (p<0.01).", "decreased"),
        ("Pain improved in both groups, but more with placebo (p<0.01).", "increased"),
        ("Grip strength rose in both groups, but less with ginger extract (p=0.03).", "decreased"),
    ],
)
def test_a_change_in_both_groups_but_more_in_one(
    extractor: Extractor, results: str, direction: str
) -> None:
    claims = _claims(extractor, results)
    assert [(c.intervention.text, c.direction) for c in claims] == [("ginger extract", direction)]


def test_significant_changes_within_both_groups_give_no_direction_between_them(
    extractor: Extractor,
) -> None:
    claims = _claims(extractor, "Stiffness decreased significantly in both groups.")
    assert [(c.direction, c.significant) for c in claims] == [("unclear", None)]


def test_a_change_from_before_treatment_is_a_result(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Stiffness scores fell from 5.5 before treatment to 1.2 with ginger extract, while the "
        "corresponding scores with placebo fell from 4.9 to 3.9.",
    )
    claim = _one(claims, "Stiffness scores")
    assert claim.direction == "decreased"


_ARMS = [
    ArmMention("arm1", "insole A", 20, ["insole A"], distinctive=frozenset({"insole"})),
    ArmMention("arm2", "control shoe", 20, ["control shoe"], distinctive=frozenset({"shoe"})),
]


def test_differences_against_arms_are_no_changes_within_them() -> None:
    assert (
        arm_changes("Pressure fell by 51% compared with the control shoe and by 43% with", _ARMS)
        is None
    )
    clause = "Pressure fell by 51% with insole A and by 43% with the control shoe."
    found = arm_changes(clause, _ARMS)
    assert found is not None and found.changes == {"arm1": -51.0, "arm2": -43.0}
    assert found.between is None


_CUFF_METHODS = (
    "Methods",
    "Sixty adults undergoing ankle surgery were randomised to surgery with a thigh cuff or "
    "without a thigh cuff.",
)


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("Ankle swelling was greater in the non-cuff group (p = 0.003).", "decreased"),
        ("Ankle swelling was greater in the cuff group (p = 0.003).", "increased"),
        ("Blood loss was lower in the cuff-free group (p = 0.01).", "increased"),
        ("Blood loss was lower in the group without a cuff (p = 0.01).", "increased"),
    ],
)
def test_a_negated_arm_name_names_the_arm_without_it(
    extractor: Extractor, results: str, direction: str
) -> None:
    record = extractor.extract(
        article("Thigh cuffs in ankle surgery", _CUFF_METHODS, ("Results", results))
    )
    (claim,) = record.claims
    assert claim.intervention.text == "surgery with a thigh cuff"
    assert claim.comparator and claim.comparator.text == "without a thigh cuff"
    assert claim.direction == direction


def test_named_arm_reads_negation() -> None:
    with_cuff = ArmMention(
        "arm1", "with tourniquet", 25, ["tourniquet"], words=frozenset({"tourniquet"})
    )
    without = ArmMention(
        "arm2",
        "without tourniquet",
        25,
        [],
        words=frozenset({"tourniquet", "without"}),
        distinctive=frozenset({"without"}),
    )
    arms = [with_cuff, without]
    assert named_arm(arms, "in the non-tourniquet group") is without
    assert named_arm(arms, "the tourniquet-free arm") is without
    assert named_arm(arms, "in the tourniquet group") is with_cuff
    assert negated_words("without a thigh cuff in the group") == {"thigh", "cuff"}


@pytest.mark.parametrize(
    ("results", "direction", "significant"),
    [
        # the p value between the groups, not the first one, tells significance
        (
            "Grip strength rose from 20 to 24 kg (P=0.01) in the ginger group only "
            "(between-group difference P=0.31).",
            "no difference",
            False,
        ),
        # both groups improved: no comparison between them is claimed
        (
            "Both groups had significant improvements in grip strength (P<0.001).",
            "unclear",
            None,
        ),
        # each group's own change tested, whatever the groups are called
        (
            "Grip strength rose from 20 to 24 kg (P<0.001) in the morning group and from 21 to "
            "24 kg (P=0.002) in the evening group.",
            "unclear",
            None,
        ),
    ],
)
def test_between_group_significance(
    extractor: Extractor, results: str, direction: str, significant: bool | None
) -> None:
    claims = _claims(extractor, results)
    assert [(c.direction, c.significant) for c in claims] == [(direction, significant)]


def test_a_clause_without_a_subject_shares_the_one_before(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "At 12 weeks, the ginger group was not found to be superior in stiffness (score 41 vs. "
        "45, p=0.08), but was superior in walking speed (score 85 vs. 78, p=0.01).",
    )
    assert [(c.outcome.text, c.direction, c.significant) for c in claims] == [
        ("stiffness", "no difference", False),
        ("walking speed", "increased", True),
    ]
    claims = _claims(
        extractor,
        "Stiffness did not differ between the groups at 6 weeks, but was significantly lower "
        "in the ginger group at 12 weeks (p=0.01).",
    )
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("Stiffness", "no difference"),
        ("Stiffness", "decreased"),
    ]


def test_and_a_new_subject_after_a_complete_statement_is_a_new_clause(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Flare rates were 20% and 45% in patients given ginger extract and placebo, "
        "respectively (P = 0.01), and the relapse rates were 15% and 30%, respectively "
        "(P = 0.04).",
    )
    assert [(c.outcome.text, c.direction, [r.percent for r in c.results]) for c in claims] == [
        ("Flare rates", "decreased", [20.0, 45.0]),
        ("relapse rates", "decreased", [15.0, 30.0]),
    ]
    # without a statistic or "respectively" of its own, the first part keeps the second's
    text = "X in A and B were 9 and 6%, and the Y rates were 8 and 4%, respectively."
    sent = Sentence(spacy.blank("en")(text)[:], 0, len(text), text, "RESULTS")
    assert clauses(text, sent) == [(0, len(text))]


def test_and_a_subject_without_a_determiner_after_a_complete_statement_is_a_new_clause(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Flare rates were lower with ginger extract than with placebo (20% vs 45%, p=0.01), and "
        "relapse rates were 15% vs 30% (p=0.04).",
    )
    assert [
        (c.outcome.text, c.direction, [r.percent for r in c.results], c.p_value and c.p_value.value)
        for c in claims
    ] == [
        ("Flare rates", "decreased", [20.0, 45.0], 0.01),
        ("relapse rates", "decreased", [15.0, 30.0], 0.04),
    ]
    # a list of measures before one verb is one statement, with or without brackets
    for text in (
        "Pain (p=0.01), fatigue (p=0.02), and sleep quality were improved with A.",
        "X was lower with A (p=0.01), and in B was 5.",
        # a "respectively" after it gives the groups of both
        "Flare rates were 30% vs 43% (P=0.3), and relapse rates were 22% vs 32% with ginger "
        "extract and placebo, respectively.",
    ):
        sent = Sentence(spacy.blank("en")(text)[:], 0, len(text), text, "RESULTS")
        assert clauses(text, sent) == [(0, len(text))]


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        # "superior"/"more effective" for a harm: less of it
        ("Ginger extract was superior to placebo for knee swelling (P < 0.05).", "decreased"),
        ("Ginger extract was more effective than placebo for pain (P < 0.05).", "decreased"),
        ("Ginger extract was superior to placebo in walking speed (P < 0.05).", "increased"),
    ],
)
def test_superior_for_a_harm_is_less_of_it(
    extractor: Extractor, results: str, direction: str
) -> None:
    assert [c.direction for c in _claims(extractor, results)] == [direction]


@pytest.mark.parametrize(
    ("a", "b"),
    [("recovered", "recovery"), ("discontinued", "discontinuation"), ("improvements", "improved")],
)
def test_outcome_word_forms_share_a_stem(a: str, b: str) -> None:
    assert stem(a) == stem(b)
    assert stem("pain") == "pain" and stem("rates") == "rates"  # short words stay whole


def test_an_outcome_in_another_word_form_is_matched() -> None:
    claims = [
        make_claim("ginger extract", "placebo", "flare rate", direction="decreased"),
        make_claim("ginger extract", "placebo", "recovery rate", direction="increased"),
    ]
    match = best_claim(claims, "ginger extract", "placebo", "children who recovered")
    assert match is not None and match.claim.outcome.text == "recovery rate"
