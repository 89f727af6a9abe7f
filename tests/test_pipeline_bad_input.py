"""Awkward input through the whole pipeline: parsed, or left out, never a wrong value."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_bad_input_no_numbers(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Talking therapy for worry",
            (
                "Methods",
                "Adults with worry were randomly assigned to talking therapy or a leaflet.",
            ),
            ("Results", "Worry fell more with talking therapy than with the leaflet."),
        )
    )
    assert all(not c.results and c.p_value is None for c in record.claims)


def test_bad_input_unicode_minus_middle_dot_and_leading_dot(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K for weight",
            (
                "Methods",
                "Thirty patients with obesity were randomly assigned to drug K (n=15) or "
                "placebo (n=15).",
            ),
            (
                "Results",
                "Weight change was −2·4 ± 1·1 kg with drug K and −0·5 ± 0·9 kg with placebo "
                "(p = .03). Waist change was lower with drug K (mean difference −1·8 cm, 95% CI "
                "−3·0 – −0·6; P<.001).",
            ),
        )
    )
    weight = next(c for c in record.claims if "weight" in c.outcome.text.lower())
    assert [(r.mean, r.sd) for r in weight.results] == [(-2.4, 1.1), (-0.5, 0.9)]
    assert weight.p_value is not None and (weight.p_value.relation, weight.p_value.value) == (
        "=",
        0.03,
    )
    assert weight.direction == "decreased" and weight.significant is True
    waist = next(c for c in record.claims if "waist" in c.outcome.text.lower())
    assert waist.effect is not None
    assert (waist.effect.value, waist.effect.ci_low, waist.effect.ci_high) == (-1.8, -3.0, -0.6)
    assert waist.p_value is not None and waist.p_value.value == 0.001
    assert record.claims[0].population.n_randomised == 30


def test_bad_input_flattened_table(extractor: Extractor) -> None:
    text = (
        "Table 2. Outcome | Drug K (n=40) | Placebo (n=40) | P. Remission, n (%) | 12 (30) | "
        "8 (20) | 0.3. Relapse | 3/40 | 9/40 | 0.06."
    )
    record = extractor.extract(
        article(
            "Drug K for colitis",
            ("Methods", "Adults with colitis were randomly assigned to drug K (n=40) or placebo."),
            ("Results", text),
        )
    )
    for claim in record.claims:
        for result in claim.results:
            assert result.n in (None, 40)
            if result.events is not None and result.n:
                assert result.events <= result.n
