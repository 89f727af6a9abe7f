"""Claims: an aside ", but not B," and "... with A but not with B" name A, not
B; "lesser" is a fall; "There were 42 and 35 X in the A and B groups" has the outcome X;
"A reduced X and increased Y" is two claims of A."""

from __future__ import annotations

import pytest

from extractors.components.clauses import clauses
from extractors.components.sections import Sentence
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Eighty adults with asthma were randomly assigned to drug K (n=40) or placebo (n=40).",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("Drug K for asthma", _METHODS, ("Results", results))).claims


def _arms(claim: Claim) -> tuple[str | None, str | None]:
    return (
        claim.intervention.text if claim.intervention else None,
        claim.comparator.text if claim.comparator else None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Drug K, but not placebo, significantly reduced wheeze frequency (p < 0.05).",
        "Wheeze frequency fell with drug K, but not with placebo, at 6 weeks (p < 0.05).",
        "Wheeze frequency fell with drug K but not with placebo (p < 0.05).",
    ],
)
def test_the_arm_set_aside_by_but_not_is_the_comparator(extractor: Extractor, text: str) -> None:
    (claim,) = _claims(extractor, text)
    assert claim.outcome is not None and claim.outcome.text.lower() == "wheeze frequency"
    assert _arms(claim) == ("drug K", "placebo")
    assert (claim.direction, claim.significant) == ("decreased", True)


def _sentence(text: str, part: str) -> Sentence:
    start = text.index(part)
    return Sentence(
        span=(start, start + len(part)),
        start=start,
        end=start + len(part),
        text=part,
        category="results",
    )


def test_an_aside_with_but_not_does_not_split_the_clause() -> None:
    aside = "Drug K, but not placebo, reduced wheeze."
    contrast = "Wheeze fell with drug K, but cough rose with placebo."
    text = f"{aside} {contrast}"
    assert clauses(text, _sentence(text, aside)) == [(0, len(aside))]
    assert len(clauses(text, _sentence(text, contrast))) == 2


def test_a_bare_but_after_no_change_in_a_measure_opens_a_new_statement(
    extractor: Extractor,
) -> None:
    """ "There was no change in X but Y was higher with A": two claims, X's without the
    words after "but"; a bare "but" elsewhere ("not by A but by B") splits nothing."""
    no_change, higher = _claims(
        extractor,
        "There was no change in nocturnal cough but wheeze frequency was higher with drug K "
        "(p = 0.02).",
    )
    assert no_change.outcome is not None and no_change.outcome.text == "nocturnal cough"
    assert no_change.direction == "no difference"
    assert higher.outcome is not None and higher.outcome.text == "wheeze frequency"
    assert (higher.direction, higher.significant) == ("increased", True)
    text = "Wheeze was relieved not by the inhaler but by drug K (p = 0.02)."
    assert len(clauses(text, _sentence(text, text))) == 1


def test_but_not_in_the_other_group_ending_the_sentence_is_the_same_claim(
    extractor: Extractor,
) -> None:
    """ ", but not in the placebo group (values, P)." elides the first clause's measure: one
    claim, with the bracket's values in the order the groups were named."""
    (claim,) = _claims(
        extractor,
        "Peak flow increased significantly in the drug K group, but not in the placebo group "
        "(+22.5% vs. +2.7%, P < 0.001).",
    )
    assert _arms(claim) == ("drug K", "placebo")
    assert (claim.direction, claim.significant) == ("increased", True)
    assert claim.p_value is not None and claim.p_value.value == 0.001
    assert [(r.arm, r.mean) for r in claim.results] == [("arm1", 22.5), ("arm2", 2.7)]
    # after a bracket of the first clause's own, "but not in ..." is a clause of its own
    text = "Wheeze fell in the drug K group (p = 0.01), but not in the placebo group (p = 0.31)."
    assert len(clauses(text, _sentence(text, text))) == 2


def test_a_plus_sign_before_the_second_value_still_pairs_the_values(
    extractor: Extractor,
) -> None:
    """One word of each arm's before the values tells neither's: "+3.3%" follows "vs." as
    "3.3%" would, the trial's order."""
    methods = (
        "Methods",
        "Eighty adults were randomized to the intervention (n = 40) or control (n = 40).",
    )
    results = (
        "Results",
        "The intervention arm increased peak flow compared to control (+14.2% vs. +3.3%, "
        "P = 0.002).",
    )
    (claim,) = extractor.extract(article("Coaching for asthma", methods, results)).claims
    assert [(r.arm, r.mean) for r in claim.results] == [("arm1", 14.2), ("arm2", 3.3)]


def test_the_words_after_the_cue_stop_at_but(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, "Wheeze was higher in the placebo group but not in others (p < 0.05)."
    )
    assert _arms(claim) == ("drug K", "placebo")
    assert claim.direction == "decreased"


def test_lesser_is_a_fall(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, "Wheeze was significantly lesser with drug K than with placebo (P < 0.05)."
    )
    assert _arms(claim) == ("drug K", "placebo")
    assert (claim.direction, claim.significant) == ("decreased", True)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "There were 42 and 35 asthma attacks in the drug K and placebo groups, respectively "
            "(hazard ratio 1.24, 95% CI 0.97-1.59, P = 0.08).",
            "asthma attacks",
        ),
        ("There were 9 deaths with drug K and 14 with placebo (P = 0.3).", "deaths"),
    ],
)
def test_there_were_counts_then_the_outcome(extractor: Extractor, text: str, outcome: str) -> None:
    (claim,) = _claims(extractor, text)
    assert claim.outcome is not None and claim.outcome.text == outcome
    assert claim.significant is False


@pytest.mark.parametrize(
    "text",
    [
        "Drug K significantly reduced wheeze (from 4.3 to 2.9 per week) and increased peak flow "
        "(from 310 to 350 l/min).",
        "Compared with placebo, drug K reduced wheeze and improved peak flow (both P < 0.05).",
        # a change named as a noun after "and": the actor's too
        "Compared with placebo, drug K showed a significant decrease in wheeze and an increase "
        "in peak flow.",
        # "and also had higher Y" after the first measure's bracket: a second claim
        "Patients given drug K had significantly lower wheeze than those given placebo (2.1 vs "
        "3.4, p < 0.05) and also had higher peak flow (350 vs 310, p < 0.05).",
    ],
)
def test_a_second_verb_after_and_is_a_second_claim_of_the_same_actor(
    extractor: Extractor, text: str
) -> None:
    claims = _claims(extractor, text)
    assert [(c.outcome.text if c.outcome else None, c.direction) for c in claims] == [
        ("wheeze", "decreased"),
        ("peak flow", "increased"),
    ]
    assert all(_arms(c) == ("drug K", "placebo") for c in claims)


def test_with_no_difference_after_a_bracket_opens_a_clause_without_a_comma(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Patients given drug K had more wheeze episodes than controls (13% v 6%; P = .012) with no "
        "difference in hospital admissions (4% v 3%).",
    )
    read = [(c.outcome.text, c.direction, [r.percent for r in c.results]) for c in claims]
    assert read == [
        ("wheeze episodes", "increased", [13.0, 6.0]),
        ("hospital admissions", "no difference", [4.0, 3.0]),
    ]


def test_two_measures_each_with_its_pair_of_values_are_two_claims(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Median time to relapse with drug K was 4.5 months versus 6.8 months with placebo and "
        "median survival was 19.7 months versus 23.6 months.",
    )
    read = [(c.outcome.text, [r.median for r in c.results]) for c in claims]
    assert read == [("Median time to relapse", [4.5, 6.8]), ("median survival", [19.7, 23.6])]
    (claim,) = _claims(extractor, "Wheeze and cough were 30% and 20% with drug K (P = 0.04).")
    assert claim.outcome.text.startswith("Wheeze and cough")  # one statement: no pair each


def test_with_no_significant_difference_opens_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Patients were more likely to be symptom-free with drug K (relative risk [RR], 1.5; 95% "
        "CI, 1.1-2.0), with no significant differences in rescue inhaler use, clinic visits, and "
        "admission.",
    )
    effects = {c.outcome.text: c.effect and c.effect.value for c in claims}
    assert effects["be symptom-free"] == 1.5
    listed = ["rescue inhaler use", "clinic visits", "admission"]
    assert {o: effects.get(o, "missing") for o in listed} == dict.fromkeys(listed)
    assert all(c.direction == "no difference" for c in claims if c.outcome.text in listed)


def test_with_no_significant_difference_compares_the_arms_of_the_clause_before(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "In the drug K group, patients were more likely to be symptom-free (RR 1.5; 95% CI, "
        "1.1-2.0), with no significant differences in inhaler use, clinic visits, and admission.",
    )
    assert [(c.outcome.text, _arms(c)) for c in claims] == [
        ("be symptom-free", ("drug K", "placebo")),
        ("inhaler use", ("drug K", "placebo")),
        ("clinic visits", ("drug K", "placebo")),
        ("admission", ("drug K", "placebo")),
    ]
    # a clause before that compares no arms gives none
    claims = _claims(
        extractor,
        "Symptoms eased over the study, with no significant differences in inhaler use, clinic "
        "visits, and admission.",
    )
    assert {_arms(c) for c in claims} == {("", None)}


def test_measures_changed_by_amounts_with_a_short_form_are_claims_each(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Drug K significantly reduced total eosinophils by about 8% and exhaled nitric oxide "
        "(FeNO)-levels by about 9%, and increased peak flow by 11%.",
    )
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("total eosinophils", "decreased"),
        ("exhaled nitric oxide (FeNO)-levels", "decreased"),
        ("peak flow", "increased"),
    ]


def test_versus_between_two_values_names_no_comparator(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "44% versus 64% of patients still had wheeze in the drug K and placebo groups, "
        "respectively.",
    )
    assert _arms(claim) == ("drug K", "placebo")
    assert claim.direction == "decreased"
    assert [r.percent for r in claim.results] == [44.0, 64.0]


def test_values_each_followed_by_its_arm_around_versus_are_the_arms_values(
    extractor: Extractor,
) -> None:
    """ "38.6% zinc versus 26.5% placebo": each value named by the arm after it (not a dose
    like "0.01% atropine", which no "versus" sits beside)."""
    record = extractor.extract(
        article(
            "Zinc for asthma",
            ("Methods", "Eighty adults with asthma were randomly assigned to zinc or placebo."),
            (
                "Results",
                "Peak flow response was higher with zinc (38.6% zinc versus 26.5% placebo).",
            ),
        )
    )
    (claim,) = record.claims
    assert _arms(claim) == ("zinc", "placebo")
    assert [r.percent for r in claim.results] == [38.6, 26.5]
