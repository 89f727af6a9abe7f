"""Claims: a comparator a whole sentence shares. "Compared with X," opening a sentence names
the comparator of each of its clauses, and a clause "..., but not Y (...)" is Y's claim with
the actor and comparator of the clause before it (reviews and studies without trial arms)."""

from __future__ import annotations

import pytest

from extractors.components.comparison import group_phrases
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    record = extractor.extract(
        article(
            "Drug K for adults at high vascular risk: a meta-analysis",
            ("Methods", "We pooled the randomised trials of drug K."),
            ("Results", results),
        )
    )
    return record.claims


def _pairs(claims: list[Claim]) -> list[tuple[str, str, str | None, str]]:
    return [
        (
            c.outcome.text,
            c.intervention.text,
            c.comparator.text if c.comparator else None,
            c.direction,
        )
        for c in claims
    ]


@pytest.mark.parametrize(
    "results",
    [
        "Compared with placebo, drug K significantly reduced the incidence of stroke (RR 0.75, "
        "95% CI 0.66 to 0.86) and myocardial infarction (RR 0.81, 95% CI 0.76 to 0.87), but "
        "not the risk of cardiovascular death (RR 0.96, 95% CI 0.86 to 1.07).",
        "Drug K significantly reduced the incidence of stroke (RR 0.75, 95% CI 0.66 to 0.86) "
        "and myocardial infarction (RR 0.81, 95% CI 0.76 to 0.87) compared with placebo, but "
        "not the risk of cardiovascular death (RR 0.96, 95% CI 0.86 to 1.07).",
    ],
)
def test_a_but_not_clause_takes_the_actor_and_comparator_before_it(
    extractor: Extractor, results: str
) -> None:
    """Before, the third claim had the intervention "" and no comparator."""
    found = [(o, i.lower(), c, d) for o, i, c, d in _pairs(_claims(extractor, results))]
    assert found == [
        ("incidence of stroke", "drug k", "placebo", "decreased"),
        ("myocardial infarction", "drug k", "placebo", "decreased"),
        ("risk of cardiovascular death", "drug k", "placebo", "no difference"),
    ]


def test_an_opening_comparison_names_the_comparator_of_every_clause(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Compared with usual care, drug K lowered systolic pressure (MD -5.1, 95% CI -7.0 to "
        "-3.2), whereas weight did not change (MD 0.2, 95% CI -0.4 to 0.8).",
    )
    assert [c.comparator.text if c.comparator else None for c in claims] == [
        "usual care",
        "usual care",
    ]


def test_a_time_before_opening_the_sentence_is_no_comparator(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, "Compared with baseline, systolic pressure fell with drug K (p = 0.01)."
    )
    assert claim.comparator is None


def test_a_clause_with_its_own_verb_after_not_takes_nothing_before_it(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Drug K lowered pain compared with placebo (p = 0.01), but not all patients "
        "responded (p = 0.2).",
    )
    assert [(c.intervention.text, c.comparator.text if c.comparator else None) for c in claims] == [
        ("Drug K", "placebo"),
        ("", None),
    ]


def test_not_after_a_than_is_the_comparator_left_out(extractor: Extractor) -> None:
    """ "better than C (...) but not B (...)": B is a comparator, no outcome of C's claim; the
    "not" item had taken the comparator C and been matched as C's no-difference claim."""
    claims = _claims(
        extractor,
        "For glare, lens A was significantly better than lens C (p < 0.001) but not lens B "
        "(p = 0.19).",
    )
    assert all(
        c.comparator is None or c.comparator.text != "lens C"
        for c in claims
        if c.direction == "no difference"
    )


def test_not_for_a_subgroup_after_a_than_keeps_the_comparison(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lens A gave significantly better glare scores than lens C for the day approach "
        "(MD 0.69, 95% CI 0.36 to 1.01) but not for the night approach (MD 0.39, 95% CI -0.39 "
        "to 1.17).",
    )
    last = claims[-1]
    assert (last.intervention.text, last.comparator and last.comparator.text) == (
        "Lens A",
        "lens C",
    )


@pytest.mark.parametrize(
    "results",
    [
        "In comparison with usual care, drug K was not associated with a change in heart rate.",
        "Drug K lowered the rate of falls in comparison with usual care (RR 0.80, 95% CI 0.70 "
        "to 0.91).",
    ],
)
def test_in_comparison_with_names_the_comparator(extractor: Extractor, results: str) -> None:
    """Before, "in comparison with" named none, as "compared with" does."""
    (claim,) = _claims(extractor, results)
    assert claim.comparator is not None and claim.comparator.text == "usual care"


@pytest.mark.parametrize(
    ("clause", "comparator"),
    [
        ("Drug K was no better than physiotherapy regarding large tears", "physiotherapy"),
        ("Yield was higher with drug K than with drug M except at the highest dose", "drug M"),
        ("Pain fell more with drug K than with placebo while sleep did not change", "placebo"),
        ("It is unclear whether drug K compared with sham massage improved mood", "sham massage"),
        ("Drug K versus usual care resulted in similar function scores", "usual care"),
        ("the odds of falls (OR drug K vs. no drug K 1.42, 95% CI 1.1 to 1.8)", "no drug K"),
        (
            "Fewer ulcers with drug K compared to a dressing combined with gauze",
            "a dressing combined with gauze",
        ),
        (
            "Relapse was lower with drug K than in those who stopped early",
            "those who stopped early",
        ),
    ],
)
def test_the_comparator_phrase_ends_at_a_clause_a_verb_or_a_value(
    clause: str, comparator: str
) -> None:
    """Before, the comparator ran on into what followed it ("physiotherapy regarding large",
    "no drug K 1.42", "a dressing combined"); a relative clause ("those who ...") stays."""
    assert group_phrases(clause)[1] == comparator


@pytest.mark.parametrize(
    "clause",
    [
        "Ferritin was lower with drug K (median 41 ng/mL versus median 77 ng/mL; P = .02)",
        "Falls were fewer in patients aged greater than or equal to 80 years (HR 0.7)",
        "Relapse was more frequent in HLA-B(+) patients compared to HLA-B(-) patients",
    ],
)
def test_a_value_a_bound_or_a_subgroup_after_the_comparison_is_no_comparator(clause: str) -> None:
    """Before: "median 77 ng/mL", "or equal to 80 years", "HLA-B"."""
    assert group_phrases(clause)[1] is None


def test_the_comparator_arm_is_kept_when_the_words_name_no_intervention_arm(
    extractor: Extractor,
) -> None:
    """Before, the comparator was the words "group C", not the arm they name."""
    record = extractor.extract(
        article(
            "Drug K or drug M for knee pain",
            (
                "Methods",
                "We randomly assigned 90 adults to group A (drug K), group B (drug M) or group "
                "C (placebo).",
            ),
            ("Results", "Pain relief was better in the active groups than in group C (p = 0.01)."),
        )
    )
    (claim,) = record.claims
    assert claim.intervention.arm is None and claim.comparator is not None
    assert claim.comparator.arm == "arm3", claim.comparator
