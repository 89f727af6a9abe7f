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


def test_plural_measure_with_a_list_of_values_is_no_one_effect() -> None:
    text = "lower, with standardized mean differences of -0.61 and -0.44, respectively"
    assert find_effects(text) == []
    assert find_effects("odds ratios of 1.8, 2.4 and 3.1, respectively") == []
    (effect,) = find_effects("the pooled odds ratios were 1.8 (95% CI 1.1-2.9)")
    assert effect.value == 1.8


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
