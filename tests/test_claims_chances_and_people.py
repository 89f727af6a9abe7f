"""Claims about chances and about what people did: "A were no more likely to X than B" says
no difference; "more likely" is no hedge; "intervention (vs control) care partners were more
likely to X" and "intervention patients more often did X" have the outcome X; a clause that
shares the subject of the one before ("..., but were no more likely to Y (..)") claims Y only,
not the list before it again; "31 of 190 (16%) fetuses were in the anterior position in the A
group compared with 20 of 195 in B" has the outcome "anterior position"; "Intervention dyads
(n = 69)" and "Control dyads (n = 63)" are the trial's arms; a ratio's interval with the null
value as a bound ("1.0-1.7") does not say whether the difference is significant."""

from __future__ import annotations

import pytest

from extractors.components.arm_phrases import generic_arms
from extractors.components.direction_words import HEDGED, NEGATED, says_no_difference
from extractors.pipeline import Extractor
from kg.model import Claim, Record
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Ninety adults after hip surgery were randomly assigned to drug K (n=45) or placebo (n=45).",
)


def _record(extractor: Extractor, results: str, methods: tuple[str, str] = _METHODS) -> Record:
    return extractor.extract(article("Drug K after hip surgery", methods, ("Results", results)))


def _outcomes(claims: list[Claim]) -> list[str]:
    return [c.outcome.text for c in claims if c.outcome is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Patients given drug K were no more likely to vomit than those given placebo "
        "(12% vs 10%; p = 0.60).",
        "Patients given drug K were no more likely to vomit than those given placebo.",
        "Vomiting was no more frequent with drug K than with placebo.",
    ],
)
def test_no_more_likely_is_no_difference(extractor: Extractor, text: str) -> None:
    (claim,) = _record(extractor, text).claims
    assert claim.outcome is not None and claim.outcome.text.lower() in ("vomit", "vomiting")
    assert claim.direction == "no difference"
    assert claim.intervention is not None and claim.intervention.text == "drug K"


def test_the_no_more_words() -> None:
    assert says_no_difference("they were no more likely to fall")
    assert says_no_difference("cells were no more resistant to the toxin than cells kept cold")
    assert NEGATED.search("A were no more likely to fall than B")
    assert not says_no_difference("no more than two doses were given")
    assert not says_no_difference("patients were more likely to fall")


def test_more_likely_is_no_hedge(extractor: Extractor) -> None:
    assert not HEDGED.search("patients were more likely to vomit")
    assert not HEDGED.search("patients were 2.1 times less likely to vomit")
    assert HEDGED.search("this is likely to reflect chance")
    (claim,) = _record(
        extractor,
        "Patients given drug K were more likely to vomit than those given placebo "
        "(20% vs 5%; p = 0.01).",
    ).claims
    assert claim.hedged is False
    assert (claim.direction, claim.significant) == ("increased", True)


def test_a_clause_sharing_the_subject_claims_its_own_outcome_once(extractor: Extractor) -> None:
    claims = _record(
        extractor,
        "Patients given drug K were more likely to walk unaided (60% vs 30%; p = 0.01), to "
        "climb stairs (50% vs 20%; p = 0.01) and to drive (40% vs 10%; p = 0.02), but were no "
        "more likely to return to work (15% vs 12%; p = 0.62).",
    ).claims
    assert _outcomes(claims) == ["walk unaided", "to climb stairs", "to drive", "return to work"]
    last = claims[-1]
    assert (last.direction, last.significant) == ("no difference", False)
    assert [r.percent for r in last.results] == [15.0, 12.0]


_GENERIC_METHODS = (
    "Methods",
    "In a pilot randomized trial, intervention dyads (n = 50) completed a planning checklist "
    "before the visit. Control dyads (n = 48) received usual care.",
)


def test_people_of_each_role_with_their_n_are_the_arms() -> None:
    text = _GENERIC_METHODS[1]
    assert [(p.label, p.n) for p in generic_arms(text)] == [
        ("intervention dyads", None),
        ("Control dyads", None),
    ]
    # without a count in a bracket, "intervention patients" names people, not an arm
    assert generic_arms("Intervention patients and control patients were interviewed.") == []


def test_people_by_role_compared_on_their_chances(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "At 8 weeks, intervention (vs control) care partners were more likely to use the "
        "online portal (70.2% vs 4.2%; p < 0.001).",
        _GENERIC_METHODS,
    )
    assert [(a.label, a.n) for a in record.arms] == [
        ("intervention dyads", 50),
        ("Control dyads", 48),
    ]
    (claim,) = record.claims
    assert claim.outcome is not None and claim.outcome.text == "use the online portal"
    assert [(r.arm, r.percent) for r in claim.results] == [("arm1", 70.2), ("arm2", 4.2)]
    assert (claim.direction, claim.significant, claim.hedged) == ("increased", True, False)


def test_people_who_did_something_more_often(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "Intervention patients more often read their visit notes (48.3% vs 9.1%; p < 0.001).",
        _GENERIC_METHODS,
    )
    (claim,) = record.claims
    assert claim.outcome is not None and claim.outcome.text == "read their visit notes"
    assert [(r.arm, r.percent) for r in claim.results] == [("arm1", 48.3), ("arm2", 9.1)]
    assert claim.direction == "increased"


def test_an_interval_bounded_by_the_null_value_leaves_significance_open(
    extractor: Extractor,
) -> None:
    (claim,) = _record(
        extractor,
        "Patients given drug K were more likely to vomit (relative risk 1.3; 95% CI 1.0-1.7).",
    ).claims
    assert claim.significant is None
    assert claim.direction == "increased"
    (clear,) = _record(
        extractor,
        "Patients given drug K were more likely to vomit (relative risk 1.3; 95% CI 0.9-1.7).",
    ).claims
    assert (clear.significant, clear.direction) == (False, "no difference")


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "At one hour, 31 of 190 (16%) fetuses were in the anterior position in the drug K "
            "group compared with 20 of 195 (10%) in the placebo group.",
            "anterior position",
        ),
        (
            "At 6 weeks, 31 of 190 (16%) women were pain-free in the drug K group compared with "
            "20 of 195 (10%) in the placebo group.",
            "pain-free",
        ),
    ],
)
def test_what_counted_people_were(extractor: Extractor, text: str, outcome: str) -> None:
    (claim,) = _record(extractor, text).claims
    assert claim.outcome is not None and claim.outcome.text == outcome
    assert [(r.arm, r.events, r.n) for r in claim.results] == [("arm1", 31, 190), ("arm2", 20, 195)]


def test_counted_people_who_were_allocated_make_no_claim(extractor: Extractor) -> None:
    text = "Of these, 45 of 90 (50%) patients were randomized to drug K compared with 45 of 90 to "
    assert _record(extractor, text + "placebo.").claims == []


def test_a_lead_in_that_counts_the_people_analysed(extractor: Extractor) -> None:
    (claim,) = _record(
        extractor,
        "Of 88 patients randomized and analysed, compared with placebo, more patients given "
        "drug K walked unaided (62% vs 31%; p = 0.004).",
    ).claims
    assert claim.outcome is not None and claim.outcome.text == "walked unaided"
    assert [(r.arm, r.percent) for r in claim.results] == [("arm1", 62.0), ("arm2", 31.0)]
