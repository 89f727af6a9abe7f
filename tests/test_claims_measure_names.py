"""Claims: an effect measure's name is never the outcome ("[RR]", "Adjusted hazard ratios
for death"): the outcome is what the measure is of, or the statement's subject when the name
stands alone. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.effect_estimates import measure_name_end
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    methods = ("Methods", "We pooled randomised trials of an antibiotic ointment for burns.")
    return extractor.extract(article("A meta-analysis", methods, ("Results", results))).claims


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Adjusted hazard ratios for death in adults", "death in adults"),
        ("RRs of death", "death"),
        ("hazard ratio (HR) of relapse", "relapse"),
        ("[RR]", ""),
        ("(aOR)", ""),
        ("pooled odds ratios", ""),
        ("mean difference of -5.09", ""),  # its value: the name alone
    ],
)
def test_measure_name_end(text: str, rest: str) -> None:
    end = measure_name_end(text, 0, len(text))
    assert end is not None and text[end:] == rest


@pytest.mark.parametrize("text", ["HR", "RR", "ORR", "HR+ tumours", "risk of death", "OR more"])
def test_measure_name_end_not_a_measure(text: str) -> None:
    # "HR" alone is as likely a heart rate, "RR" a respiratory rate
    assert measure_name_end(text, 0, len(text)) is None


def test_claims_measure_name_alone_gives_the_subject_as_outcome(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, "Complete wound closure revealed [RR]:1.62 (95% CI: 1.38-1.90, P < .001)."
    )
    assert claim.outcome.text == "Complete wound closure"
    assert claim.intervention.text == ""
    assert claim.effect is not None and claim.effect.value == 1.62


def test_claims_measure_name_before_its_outcome(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Adjusted hazard ratios for death were 0.71 (95% CI 0.55-0.92) with the ointment.",
    )
    assert claim.outcome.text == "death"
    assert claim.effect is not None
    assert (claim.effect.measure, claim.effect.value) == ("hazard ratio", 0.71)
