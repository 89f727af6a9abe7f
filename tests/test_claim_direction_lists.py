"""Directions of sized changes ("greater body weight reductions"), outcomes given their
directions "respectively", "N times more/less likely to" statements and outcome lists whose
first item follows a statement's predicate."""

from __future__ import annotations

import pytest

from extractors.components.clauses import item_clause
from extractors.components.comparison import group_phrases
from extractors.components.direction_words import verb_direction, without_change_noun
from extractors.components.outcome_lists import (
    listed_outcomes,
    respective_directions,
    respective_effects,
)
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 300 adults with obesity to semaglutide (n=150) or metformin "
    "(n=150) for 26 weeks.",
)


def _claims(extractor: Extractor, results: str, methods: tuple[str, str] = _METHODS) -> list[Claim]:
    return extractor.extract(article("A randomised trial", methods, ("Results", results))).claims


def _directions(claims: list[Claim]) -> dict[str, str]:
    return {c.outcome.text: c.direction for c in claims}


def test_a_size_word_before_the_measure_and_its_change_noun() -> None:
    assert verb_direction("greater body weight reductions were observed with A") == "decreased"
    assert verb_direction("less pain reduction with A") == "increased"
    assert verb_direction("smaller waist circumference decreases with A") == "increased"
    # events counted, not a change's size
    assert verb_direction("more hair loss with A") == "increased"
    assert verb_direction("more frequent falls with A") == "increased"
    assert verb_direction("more patients with reductions in dose") == "increased"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (
            "The increase in serum ferritin was significantly smaller with A than with B",
            "decreased",
        ),
        ("The rise of systolic pressure was less in the A group", "decreased"),
        ("The reduction in pain scores was less with A than with B", "increased"),
        ("The decrease in HbA1c was significantly greater with A", "decreased"),
        # what was lost is the measure, not a change sized: "higher" says which way it went
        ("Losses of nitrogen in urine were higher with A than with B", "increased"),
    ],
)
def test_a_change_noun_sized_after_its_copula(text: str, direction: str) -> None:
    assert verb_direction(text) == direction


def test_the_sized_change_noun_leaves_the_outcome() -> None:
    text = "Compared with metformin, greater body weight reductions were observed"
    start = text.index("greater")
    assert text[slice(*without_change_noun(text, (start, text.index(" were"))))] == "body weight"
    text = "Body weight reductions were greater with A"
    assert without_change_noun(text, (0, text.index(" were"))) == (0, text.index(" were"))


@pytest.mark.parametrize(
    ("outcome", "kept"),
    [
        ("lower respiratory tract infections", "lower respiratory tract infections"),
        ("lower-limb spasticity", "lower-limb spasticity"),
        ("lower back pain", "lower back pain"),
        ("lower LDL cholesterol", "LDL cholesterol"),  # a direction: the measure is LDL
    ],
)
def test_lower_naming_a_part_of_the_body_stays_in_the_outcome(outcome: str, kept: str) -> None:
    text = f"{outcome} were seen with A"
    span = without_change_noun(text, (0, len(outcome)))
    assert text[slice(*span)] == kept


@pytest.mark.parametrize(
    ("outcome", "kept"),
    [
        ("fewer pressure sores", "pressure sores"),
        ("significantly shorter hospital stay", "hospital stay"),
        ("statistically significant increased nausea", "nausea"),
        ("Similar sleep latency", "sleep latency"),
        ("only walking speed", "walking speed"),
        ("any relapse", "relapse"),
        ("any of the scales", "any of the scales"),  # "of": the quantifier names the measure
        ("more than half of the doses", "more than half of the doses"),
        # an article before the comparative: a list's item ("a higher BMD, a better X, ...")
        ("a better quality of life", "quality of life"),
        ("an improved sleep score", "sleep score"),
        ("a higher than expected dropout", "a higher than expected dropout"),
    ],
)
def test_a_leading_comparative_or_quantifier_leaves_the_outcome(outcome: str, kept: str) -> None:
    text = f"{outcome} were seen with A"
    span = without_change_noun(text, (0, len(outcome)))
    assert text[slice(*span)] == kept


def test_lower_naming_a_part_of_the_body_stays_in_listed_outcomes(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A in myeloma",
            ("Methods", "Adults were randomised to drug A or placebo."),
            (
                "Results",
                "Pneumonia (23 [15%] vs 12 [8%]) and lower respiratory tract infection "
                "(18 [12%] vs 14 [9%]) were more common with drug A than with placebo.",
            ),
        )
    )
    outcomes = {c.outcome.text: c.direction for c in record.claims}
    assert outcomes.get("lower respiratory tract infection") == "increased", outcomes


def test_a_sized_list_keeps_its_last_change_noun() -> None:
    # "less" sizes the first item; "weight gain" is the second measure, whole
    text = "There were less hypoglycemic events and weight gain with A than with B"
    span = (text.index("hypoglycemic"), text.index(" with A"))
    assert without_change_noun(text, span) == span


def test_greater_reductions_of_a_measure_are_its_decrease(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Compared with metformin, greater body weight reductions were observed with "
        "semaglutide (p<0.001).",
    )
    assert _directions(claims) == {"body weight": "decreased"}
    assert claims[0].intervention.text == "semaglutide"


def test_measures_given_their_directions_respectively(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "The incidence of nausea and hypoglycaemia were, respectively, higher and lower with "
        "semaglutide relative to metformin.",
    )
    assert _directions(claims) == {"incidence of nausea": "increased", "hypoglycaemia": "decreased"}
    assert all(c.comparator and c.comparator.text == "metformin" for c in claims)
    claims = _claims(
        extractor,
        "Nausea and hypoglycaemia were higher and lower with semaglutide than with metformin "
        "(P = 0.01 and P = 0.03, respectively).",
    )
    assert _directions(claims) == {"Nausea": "increased", "hypoglycaemia": "decreased"}
    assert [c.p_value.value for c in claims if c.p_value] == [0.01, 0.03]


def test_one_direction_for_two_measures_is_no_respective_list() -> None:
    text = "Pain and sleep quality were lower and higher with A than with B, respectively."
    found = respective_directions(text, (0, text.index(" were")), len(text))
    assert [(text[s:e], word) for (s, e), word in found] == [
        ("Pain", "lower"),
        ("sleep quality", "higher"),
    ]
    text = "Pain and sleep quality were lower with A than with B, respectively."
    assert respective_directions(text, (0, text.index(" were")), len(text)) == []
    text = "Nausea, vomiting and pain were higher and lower with A, respectively."
    assert respective_directions(text, (0, text.index(" were")), len(text)) == []


_MS_METHODS = (
    "Methods",
    "We randomised 138 patients with progressive multiple sclerosis to cyclophosphamide "
    "(n = 72) or methylprednisolone (n = 66).",
)
_LIKELY = (
    "Patients in the cyclophosphamide group were 2.2 times more likely (95% CI 1.14-4.29; "
    "p = 0.02) to discontinue treatment than those in the methylprednisolone group and 2.7 "
    "times less likely (HR = 0.37, 95% CI: 0.17-0.84; p = 0.03) to experience disability "
    "progression."
)


def test_times_more_and_less_likely_are_two_claims(extractor: Extractor) -> None:
    claims = _claims(extractor, _LIKELY, _MS_METHODS)
    assert _directions(claims) == {
        "discontinue treatment": "increased",
        "experience disability progression": "decreased",
    }
    assert [c.p_value.value for c in claims if c.p_value] == [0.02, 0.03]
    assert claims[0].effect is None or claims[0].effect.measure != "hazard ratio"
    assert claims[1].effect is not None and claims[1].effect.value == 0.37
    for claim in claims:
        assert claim.intervention.text == "cyclophosphamide"
        assert claim.comparator is not None and claim.comparator.text == "methylprednisolone"


def test_times_less_likely_with_the_groups_in_their_own_words(extractor: Extractor) -> None:
    methods = ("Methods", "We randomised 138 patients (cyclophosphamide, n = 72; "
               "methylprednisolone, n = 66).")  # fmt: skip
    claims = _claims(extractor, _LIKELY, methods)
    assert _directions(claims) == {
        "discontinue treatment": "increased",
        "experience disability progression": "decreased",
    }
    assert claims[0].intervention.text in ("cyclophosphamide group", "cyclophosphamide")


_MEMANTINE = (
    "Methods",
    "We randomised 400 patients with dementia to memantine (n = 200) or placebo (n = 200).",
)


def _p_values(claims: list[Claim]) -> dict[str, float | None]:
    return {c.outcome.text: c.p_value.value if c.p_value else None for c in claims}


def test_a_list_after_a_statement_about_people(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Patients receiving memantine significantly outperformed those receiving placebo in "
        "measures of cognition (P < 0.001), function (P = 0.02), and behaviour (P = 0.01).",
        _MEMANTINE,
    )
    assert _p_values(claims) == {"cognition": 0.001, "function": 0.02, "behaviour": 0.01}
    assert all(c.comparator and c.comparator.text == "placebo" for c in claims)


def test_a_list_after_a_difference_favouring_an_arm(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "The intervention showed a group difference favoring memantine for mood (mean "
        "difference = 2.1, 95% CI = 0.5 to 3.7, P = .01), sleep (mean difference = 1.8, 95% CI "
        "= 0.2 to 3.4, P = .03), and appetite (mean difference = -1.2, 95% CI = -2.3 to -0.1, "
        "P = .04).",
        _MEMANTINE,
    )
    assert _p_values(claims) == {"mood": 0.01, "sleep": 0.03, "appetite": 0.04}
    effects = {c.outcome.text: c.effect and (c.effect.value, c.effect.ci_low) for c in claims}
    assert effects == {"mood": (2.1, 0.5), "sleep": (1.8, 0.2), "appetite": (-1.2, -2.3)}


def test_a_list_after_the_first_measure_and_its_predicate(extractor: Extractor) -> None:
    methods = (
        "Methods",
        "Twenty healthy men were randomised to green tea extract (n = 10) or placebo (n = 10).",
    )
    claims = _claims(
        extractor,
        "Fat oxidation was greater with green tea extract compared to placebo (12.4 ± 1.1 g vs. "
        "9.8 ± 1.3 g; P = 0.002), free fatty acids (0.9 ± 0.1 mmol/L vs. 0.6 ± 0.1 mmol/L; "
        "P < 0.001), and energy expenditure (310 ± 12 kcal vs. 288 ± 10 kcal; P = 0.04).",
        methods,
    )
    assert _p_values(claims) == {
        "Fat oxidation": 0.002,
        "free fatty acids": 0.001,
        "energy expenditure": 0.04,
    }
    assert set(_directions(claims).values()) == {"increased"}
    for claim in claims:
        assert claim.intervention.text == "green tea extract"
        assert claim.comparator is not None and claim.comparator.text == "placebo"


@pytest.mark.parametrize(
    "text",
    [
        "Pain was lower with A in women (P=0.01) and men (P=0.02).",
        "Pain was lower with A (3.1), B (3.5) and C (4.2).",
        "Pain was lower with A than with B (P=0.01), at 6 months (P=0.02) and at 12 months "
        "(P=0.03).",
        "Itch was lower with cream B (2.1 points) than with cream C (3.4 points).",
        "Pain was lower with A than with B at week 8 (p = 0.04), but not at week 16 (p = 0.31).",
        "Pain was lower with A than with B (p = 0.04), but not itch (p = 0.31).",
        "Pain was lower with A compared to both B (P=0.002) and healthy controls (P=0.049).",
        "Attrition was higher among those who: smoked daily (OR = 1.44, CI 1.01, 2.06) or had "
        "missed a visit (OR = 1.70, CI 1.20, 2.42).",
        "Pain relief was longer with the ketamine (mean = 44 min; 95% CI, 40, 48) and lidocaine "
        "block (mean = 41 min; 95% CI, 39, 44) as compared to saline (mean = 3 min; 95% CI, 2, "
        "4) (P < 0.001).",
    ],
)
def test_subgroups_arms_and_times_are_no_loose_lists(text: str) -> None:
    outcome = (0, text.index(" was"))
    assert listed_outcomes(text, outcome, len(text)) == []


def test_a_listed_item_does_not_join_the_group_named_before_it() -> None:
    shared = "Fat oxidation was greater with green tea extract compared to placebo "
    first = item_clause(shared, shared + "(12.4 g vs. 9.8 g; P = 0.002)", "")
    assert first.count("Fat oxidation") == 1
    second = item_clause(shared, "free fatty acids (0.9 vs. 0.6 mmol/L; P < 0.001)", "")
    assert group_phrases(second)[1] == "placebo"


def test_effects_given_to_listed_outcomes_respectively(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Patients receiving memantine significantly outperformed those receiving placebo in "
        "measures of cognition (P < 0.001), function (P = 0.02), and behaviour (P = 0.01), "
        "with standardised mean differences of 0.36, 0.21, and 0.25, respectively.",
        _MEMANTINE,
    )
    effects = {c.outcome.text: c.effect and (c.effect.measure, c.effect.value) for c in claims}
    assert effects == {
        "cognition": ("standardized mean difference", 0.36),
        "function": ("standardized mean difference", 0.21),
        "behaviour": ("standardized mean difference", 0.25),
    }
    assert set(_directions(claims).values()) == {"increased"}


def test_respective_effects_need_one_per_item() -> None:
    text = "X (P = 0.01) and Y (P = 0.02), with odds ratios of 1.5 and 2.1, respectively."
    at = text.index(", with")
    assert [(e.measure, e.value) for e in respective_effects(text, at, len(text), 2)] == [
        ("odds ratio", 1.5),
        ("odds ratio", 2.1),
    ]
    assert respective_effects(text, at, len(text), 3) == []
    assert respective_effects("X (P = 0.01) and Y (P = 0.02).", 29, 30, 2) == []
    text = "X (P = 0.01) and Y (P = 0.02), or 1.5 and 2.1, respectively."  # "or": no OR
    assert respective_effects(text, text.index(", or"), len(text), 2) == []


def test_a_listed_outcome_with_its_own_verb_takes_that_verb(extractor: Extractor) -> None:
    """ "can reduce X, increase Y and improve Z": each predicate its own direction, not the
    first one's."""
    directions = _directions(
        _claims(
            extractor,
            "Semaglutide can reduce body weight, increase insulin sensitivity and improve "
            "physical function compared with metformin.",
        )
    )
    assert [d for o, d in directions.items() if "weight" in o] == ["decreased"]
    assert [d for o, d in directions.items() if "sensitivity" in o] == ["increased"]
    assert [d for o, d in directions.items() if "function" in o] == ["increased"]


@pytest.mark.parametrize(
    ("phrase", "outcome"),
    [
        ("significant side effects", "side effects"),
        ("statistically significant association", "association"),
        ("significantly prolonged OS", "prolonged OS"),
        # a threshold that defines the outcome, a difference, a number: kept
        ("clinically significant weight loss", "clinically significant weight loss"),
        ("significant differences in pain", "significant differences in pain"),
        ("significant 17%", "significant 17%"),
    ],
)
def test_significant_before_an_outcome_is_no_part_of_it(phrase: str, outcome: str) -> None:
    assert phrase[slice(*without_change_noun(phrase, (0, len(phrase))))] == outcome


@pytest.mark.parametrize(
    ("phrase", "outcome"),
    [
        # the "with" a second item repeats after "associated with"
        ("and with greater intentions to exercise", "intentions to exercise"),
        ("with fewer night wakings", "night wakings"),
        # no change word after it: kept
        ("with drug K", "with drug K"),
    ],
)
def test_a_repeated_with_and_its_change_word_are_no_part_of_the_outcome(
    phrase: str, outcome: str
) -> None:
    assert phrase[slice(*without_change_noun(phrase, (0, len(phrase))))] == outcome
