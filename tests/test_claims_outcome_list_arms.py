"""Statements that list several outcomes, each with its own pair of values: which outcomes
are read, and whose values each pair holds."""

from __future__ import annotations

import pytest

from extractors.components.arm_labels import ArmPhrase
from extractors.components.arms import build_arms
from extractors.components.claim_wording import arm_item, before_statistics
from extractors.components.outcome_lists import listed_outcomes
from extractors.pipeline import Extractor
from kg.model import Claim, Record
from tests.test_pipeline_abstracts import article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """With the trained tagger: the rules alone read no outcome from "had a favourable safety
    profile versus B"."""
    return Extractor()


_TWO_ARMS = "We randomly assigned 140 adults with gout to drug K or drug M."
_THREE_ARMS = "We randomly assigned 210 adults with gout to drug K, drug M or placebo."


def _record(extractor: Extractor, methods: str, results: str) -> Record:
    return extractor.extract(article("Gout trial", ("Methods", methods), ("Results", results)))


def _values(record: Record, claim: Claim) -> list[tuple[str, float | None]]:
    labels = {arm.id: arm.label for arm in record.arms}
    return [(labels[r.arm], r.percent) for r in claim.results if r.arm]


def _claim(record: Record, outcome: str) -> Claim:
    return next(c for c in record.claims if c.outcome.text == outcome)


def test_a_list_whose_first_item_is_the_outcome_less_its_direction_word() -> None:
    text = (
        "Drug K gave fewer grade 3 adverse events (41% v 85%), adverse events leading to "
        "withdrawal (6% v 30%), and serious adverse events (18% v 24%)."
    )
    outcome = (text.index("fewer"), text.index(" (41%"))
    found = listed_outcomes(text, outcome, len(text))
    assert [text[s:e] for (s, e), _ in found] == [
        "grade 3 adverse events",
        "adverse events leading to withdrawal",
        "serious adverse events",
    ]


def test_a_list_after_with_follows_a_statement_of_no_measure() -> None:
    text = (
        "Drug K had a favourable safety profile versus drug M, with fewer grade 3 adverse "
        "events (41% v 85%) and serious adverse events (18% v 24%)."
    )
    outcome = (text.index("favourable"), text.index(" versus"))
    found = listed_outcomes(text, outcome, len(text))
    assert [text[s:e] for (s, e), _ in found] == [
        "grade 3 adverse events",
        "serious adverse events",
    ]
    # a number between the outcome and "with" belongs to the outcome: no list read after it
    text = (
        "Drug K had a safer profile at 41 weeks, with fewer falls (18% v 24%) and less pain "
        "(2 v 3)."
    )
    outcome = (text.index("safer"), text.index(" at 41"))
    assert listed_outcomes(text, outcome, len(text)) == []


def test_a_thousands_comma_does_not_split_a_list() -> None:
    text = (
        "There was no difference in pain (P=0.41), sleep (P=0.52) and falls per "
        "1,000 nights (P=0.30)."
    )
    outcome = (text.index("pain"), text.index(" (P=0.41"))
    found = listed_outcomes(text, outcome, len(text))
    assert [text[s:e] for (s, e), _ in found] == [
        "pain",
        "sleep",
        "falls per 1,000 nights",
    ]


def test_a_label_before_a_semicolon_is_no_statistic() -> None:
    text = "fewer adverse events (AEs; 41% v 85%)"
    assert before_statistics(text, 0, len(text)) == len(text)
    text = "fewer adverse events (41% v 85%; difference 44%, 95% CI 30 to 58)"
    assert text[: before_statistics(text, 0, len(text))].endswith("85%")


def test_items_take_the_arms_the_clause_names_before_its_list(extractor: Extractor) -> None:
    # drug M is named first here, so each unnamed pair is M's then K's, not the trial's order
    record = _record(
        extractor,
        _TWO_ARMS,
        "Drug M had a favourable safety profile versus drug K, with fewer grade 3 adverse "
        "events (AEs; 41.0% v 85.0%; P < .001), AEs leading to withdrawal (6.0% v 30.0%), and "
        "serious AEs (18.0% v 24.0%).",
    )
    assert _values(record, _claim(record, "grade 3 adverse events")) == [
        ("drug M", 41.0),
        ("drug K", 85.0),
    ]
    assert _values(record, _claim(record, "AEs leading to withdrawal")) == [
        ("drug M", 6.0),
        ("drug K", 30.0),
    ]
    assert _values(record, _claim(record, "serious AEs")) == [("drug M", 18.0), ("drug K", 24.0)]


def test_items_take_the_arms_an_earlier_item_named(extractor: Extractor) -> None:
    record = _record(
        extractor,
        _THREE_ARMS,
        "Drug K led to more nausea (40, 22 and 10% for drug K, drug M and placebo, "
        "respectively), rash (30, 18 and 9%), and headache (19, 12 and 3%) in patients "
        "treated with drug K.",
    )
    expected = {
        "rash": {"drug K": 30.0, "drug M": 18.0, "placebo": 9.0},
        "headache": {"drug K": 19.0, "drug M": 12.0, "placebo": 3.0},
    }
    for outcome, values in expected.items():
        claims = [c for c in record.claims if c.outcome.text == outcome]
        assert claims, outcome
        read = {arm: value for c in claims for arm, value in _values(record, c)}
        assert read == values, outcome


def test_a_list_whose_first_item_is_compared_with_an_arm() -> None:
    text = (
        "Drug K gave higher response rates compared with drug M (33% v 19%; P = .001) and "
        "significantly longer time to progression (23.0 v 16.9 weeks; P = .006)."
    )
    outcome = (text.index("response"), text.index(" compared"))
    found = listed_outcomes(text, outcome, len(text))
    assert [text[s:e] for (s, e), _ in found] == ["response rates", "time to progression"]
    # items without a comparative of their own are more arms compared, not measures
    text = (
        "Drug K had lower odds of adverse events compared to drug M (OR 0.42, 95% CI 0.24 to "
        "0.74), drug P (OR 0.38, 95% CI 0.24 to 0.62) and drug Q (OR 0.21, 95% CI 0.14 to 0.33)."
    )
    outcome = (text.index("adverse"), text.index(" compared"))
    assert listed_outcomes(text, outcome, len(text)) == []


def test_a_predicate_after_the_list_is_no_arm_of_the_last_item(extractor: Extractor) -> None:
    record = _record(
        extractor,
        "We randomly assigned 62 women to drug K or placebo.",
        "The incidence of grade 3 AEs (68% vs. 32%), serious AEs (48% vs. 13%), and dose "
        "reductions (74% vs. 32%) were higher in the drug K arm.",
    )
    assert _values(record, _claim(record, "dose reductions")) == [
        ("drug K", 74.0),
        ("placebo", 32.0),
    ]
    # an arm named right after the last item's bracket is that item's own
    record = _record(
        extractor,
        "We randomly assigned 62 women to drug K (group 1) or placebo (group 2).",
        "Hormone receptor (HR) status was negative in 12 cases (40%) in group 1 and 20 cases "
        "(65%) in group 2.",
    )
    assert any(("placebo (group 2)", 65.0) in _values(record, claim) for claim in record.claims)


def test_a_list_after_the_superiority_of_an_arm() -> None:
    text = (
        "The superiority of drug K to drug M was confirmed for time to relapse (median, 9.4 v "
        "6.0 months; P < .001), time to withdrawal (median, 9 v 5.7 months; P < .001), and "
        "response rate (32% v 21%, P = .002)."
    )
    outcome = (text.index("superiority"), text.index(" was"))
    found = listed_outcomes(text, outcome, len(text))
    assert [text[s:e] for (s, e), _ in found] == [
        "time to relapse",
        "time to withdrawal",
        "response rate",
    ]


def test_a_list_after_the_most_common_events_were() -> None:
    text = (
        "The most common grade 3-4 adverse events were anaemia (six [9%] of 68 women with drug "
        "K vs four [1%] of 70 with drug M), neutropenia (16 [24%] vs ten [14%]), and fever "
        "(five [7%] vs one [1%])."
    )
    outcome = (text.index("most"), text.index(" were"))
    found = listed_outcomes(text, outcome, len(text))
    assert [text[s:e] for (s, e), _ in found] == ["anaemia", "neutropenia", "fever"]


def test_a_grade_range_does_not_split_a_list_item() -> None:
    text = (
        "There was no difference in mortality (19% vs 21%, P = .7) or grade 3 or worse "
        "bleeding (8% vs 9%, P = .8)."
    )
    outcome = (text.index("mortality"), text.index(" (19%"))
    found = listed_outcomes(text, outcome, len(text))
    assert [text[s:e] for (s, e), _ in found] == ["mortality", "grade 3 or worse bleeding"]


def test_a_bracket_defining_the_outcome_is_no_listed_item(extractor: Extractor) -> None:
    results = (
        "Response to treatment (a reduction of at least 30% in the itch score) in the drug K "
        "group was 85% (95% CI 70-94%) and in the drug M group, it was 55% (95% CI 38-71%)."
    )
    record = _record(extractor, _TWO_ARMS, results)
    (claim,) = record.claims
    assert (claim.outcome.text, claim.direction) == ("Response to treatment", "increased")
    assert _values(record, claim) == [("drug K", 85.0), ("drug M", 55.0)]


def test_an_item_named_with_an_arm_is_an_outcome(extractor: Extractor) -> None:
    record = _record(
        extractor,
        _TWO_ARMS,
        "Severe flares (68% vs. 32%), serious events (48% vs. 13%), and drug K dose "
        "reductions (52% vs. 13%) were more common with drug K.",
    )
    claims = {c.outcome.text: _values(record, c) for c in record.claims}
    assert claims == {
        "Severe flares": [("drug K", 68.0), ("drug M", 32.0)],
        "serious events": [("drug K", 48.0), ("drug M", 13.0)],
        "drug K dose reductions": [("drug K", 52.0), ("drug M", 13.0)],
    }


def test_an_item_that_names_an_arm_after_a_link_word_or_only_people_is_the_arms() -> None:
    arms = build_arms(
        [ArmPhrase(label, 0, len(label), None) for label in ("drug K", "placebo")], {}
    )
    assert arm_item(arms, "comparison with placebo at doses of 300 mg")
    assert arm_item(arms, "the placebo recipients")
    assert not arm_item(arms, "drug K dose reductions")
