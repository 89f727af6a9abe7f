"""Effects a list's tail gives its outcomes "respectively": Cohen's d and Hedges' g (also the
bare letter) as standardized mean differences, and a plural measure's list of values, which
is no one effect of the whole clause. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.outcome_lists import respective_effects
from extractors.effect_estimates import find_effects
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 120 students to mindfulness training (n = 60) or a waiting list "
    "(n = 60).",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("A randomised trial", _METHODS, ("Results", results))).claims


@pytest.mark.parametrize("name", ["d", "Cohen's d", "Cohen d", "Hedges' g", "g"])
def test_respective_effects_standardized(name: str) -> None:
    text = f"X (P = 0.01) and Y (P = 0.02), with {name} of 0.5 and 0.3, respectively."
    at = text.index(", with")
    assert [(e.measure, e.value) for e in respective_effects(text, at, len(text), 2)] == [
        ("standardized mean difference", 0.5),
        ("standardized mean difference", 0.3),
    ]


def test_respective_effects_not_a_unit() -> None:
    text = "X (P = 0.01) and Y (P = 0.02), weighing 12 and 15 g, respectively."
    assert respective_effects(text, text.index(", weighing"), len(text), 2) == []


def test_plural_measure_with_a_list_of_values_gives_one_effect_each() -> None:
    text = "lower, with standardized mean differences of -0.61 and -0.44, respectively"
    assert [(e.measure, e.value, e.interval) for e in find_effects(text)] == [
        ("standardized mean difference", -0.61, None),
        ("standardized mean difference", -0.44, None),
    ]
    listed = find_effects("odds ratios of 1.8, 2.4 and 3.1, respectively")
    assert [e.value for e in listed] == [1.8, 2.4, 3.1]
    # no "respectively": what the values are of is not said, and no one of them is read
    assert find_effects("odds ratios of 1.8 and 2.4 in the two trials") == []
    (effect,) = find_effects("the pooled odds ratios were 1.8 (95% CI 1.1-2.9)")
    assert effect.value == 1.8


def test_claims_listed_values_respectively_split_two_measures(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Compared with the waiting list, mindfulness training reduced anxiety and insomnia, "
        "with adjusted odds ratios of 0.40 and 0.60, respectively.",
    )
    effects = {c.outcome.text: c.effect and (c.effect.measure, c.effect.value) for c in claims}
    assert effects == {"anxiety": ("odds ratio", 0.4), "insomnia": ("odds ratio", 0.6)}


def test_claims_listed_values_of_one_outcome_are_no_effect_of_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Compared with the waiting list, mindfulness training reduced anxiety, with odds ratios "
        "of 0.40 and 0.60 at 6 and 12 months, respectively.",
    )
    assert [c.outcome.text for c in claims] == ["anxiety"]
    assert claims[0].effect is None


def test_claims_effects_by_d_respectively(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Compared with the waiting list, mindfulness training reduced anxiety (P < 0.01) and "
        "depression (P = 0.03), with d of 0.5 and 0.3, respectively.",
    )
    effects = {c.outcome.text: c.effect and (c.effect.measure, c.effect.value) for c in claims}
    assert effects == {
        "anxiety": ("standardized mean difference", 0.5),
        "depression": ("standardized mean difference", 0.3),
    }


def test_claims_effects_with_intervals_respectively_after_a_list(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Compared with the waiting list, mindfulness training reduced the risk of panic attacks "
        "(P < 0.01) and insomnia (P = 0.03), with odds ratios of 0.50 (95% CI 0.30-0.80) and "
        "0.60 (95% CI 0.40-0.90), respectively.",
    )
    effects = {c.outcome.text: c.effect and (c.effect.value, c.effect.ci_low) for c in claims}
    assert effects == {"risk of panic attacks": (0.5, 0.3), "insomnia": (0.6, 0.4)}


def test_claims_effects_respectively_split_two_measures(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "The risks of anxiety disorder and panic disorder were higher in the waiting list group, "
        "with adjusted ORs of 5.10 (95% CI: 1.20-21.70, p = .002) and 4.20 (95% CI: 1.80-9.80, "
        "p = .004), respectively.",
    )
    found = {
        c.outcome.text: (c.effect and c.effect.value, c.p_value and c.p_value.value) for c in claims
    }
    assert found == {"risks of anxiety disorder": (5.1, 0.002), "panic disorder": (4.2, 0.004)}


def test_claims_one_effect_keeps_the_pair_whole(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Nausea and vomiting were less frequent with mindfulness training than with the waiting "
        "list (OR 0.50, 95% CI 0.30-0.80).",
    )
    assert claim.outcome.text == "Nausea and vomiting"
    assert claim.effect is not None and claim.effect.value == 0.5


def test_claims_listed_values_of_no_outcome_read_give_no_claim(extractor: Extractor) -> None:
    # the outcomes stand in the measure's name, which the statement does not read as two
    # outcomes: the values go to none, and the sentence is no result of its own
    claims = _claims(
        extractor,
        "Adjusted odds ratios (aOR) for anxiety and insomnia were 0.40 and 0.60 respectively.",
    )
    assert [c.outcome.text for c in claims if c.effect is None and c.p_value is None] == []
