"""Claims in session 6 (b): "NS" naming the trial's normal saline arm is no "not significant"
in the claims."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Eighty adults having hip surgery were randomly assigned to ketamine (n=40) or normal "
    "saline (NS, n=40) before induction.",
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(pico_model=False)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(
        article("Ketamine before hip surgery", _METHODS, ("Results", results))
    ).claims


@pytest.mark.parametrize(
    "results",
    [
        "Cough occurred in 7/40 patients after ketamine and 19/40 after NS.",
        "Cough occurred in 7/40 patients given ketamine and 19/40 given NS.",
    ],
)
def test_ns_arm_without_p_is_no_not_significant(extractor: Extractor, results: str) -> None:
    cough = [c for c in _claims(extractor, results) if "cough" in c.outcome.text.lower()]
    assert cough
    assert all(c.direction == "decreased" and c.significant is not False for c in cough)


def test_not_significant_still_read_next_to_the_ns_arm(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Cough occurred in 7/40 patients after ketamine and 9/40 after NS (not significant).",
    )
    cough = [c for c in claims if "cough" in c.outcome.text.lower()]
    assert cough and all(c.direction == "no difference" for c in cough)
