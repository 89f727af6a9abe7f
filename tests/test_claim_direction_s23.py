"""Directions of sized changes ("greater body weight reductions"), outcomes given their
directions "respectively", "N times more/less likely to" statements and outcome lists whose
first item follows a statement's predicate."""

from __future__ import annotations

from extractors.components.outcome_lists import respective_directions
from extractors.components.statements import verb_direction, without_change_noun
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


def test_the_sized_change_noun_leaves_the_outcome() -> None:
    text = "Compared with metformin, greater body weight reductions were observed"
    start = text.index("greater")
    assert text[slice(*without_change_noun(text, (start, text.index(" were"))))] == "body weight"
    text = "Body weight reductions were greater with A"
    assert without_change_noun(text, (0, text.index(" were"))) == (0, text.index(" were"))


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
