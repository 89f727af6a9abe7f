"""Claims: significance said in words, without a p value or beside one, and a trend beside a
statement that the arms did not differ. The house reading (``comparison_direction``): a
difference said not to be significant is "no difference", significant False, whatever the
values or the comparative word; a trend alone ("tended to be lower", p = 0.08) keeps its
direction with significant False. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article


def _claim(extractor: Extractor, results: str) -> Claim:
    record = extractor.extract(
        article(
            "Early versus delayed surgery for hip fracture",
            ("Methods", "We randomised 200 patients to early surgery or delayed surgery."),
            ("Results", results),
        )
    )
    (claim,) = record.claims
    assert claim.intervention.text == "early surgery"
    assert claim.comparator is not None and claim.comparator.text == "delayed surgery"
    return claim


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ("Mortality at 30 days was lower with early surgery (12/100) than with delayed surgery "
         "(20/100), a difference that was not significant.", ("no difference", False)),
        ("Mortality at 30 days tended to be lower with early surgery than with delayed surgery "
         "(12% vs 20%) but did not differ significantly (p = 0.06).", ("no difference", False)),
        ("Mortality at 30 days tended to be lower with early surgery than with delayed surgery "
         "(12% vs 20%; p = 0.06).", ("decreased", False)),
    ],
)  # fmt: skip
def test_said_not_significant(
    extractor: Extractor, results: str, expected: tuple[str, bool]
) -> None:
    claim = _claim(extractor, results)
    assert (claim.direction, claim.significant) == expected
    assert [r.percent or 100.0 * (r.events or 0) / (r.n or 1) for r in claim.results] == [
        12.0,
        20.0,
    ]


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        # a bound above alpha: the difference is reported as not significant (and, as for
        # p = 0.08, read as no difference)
        ("Mortality at 30 days was somewhat lower with early surgery than with delayed surgery "
         "(12% vs 20%; P < 0.08).", ("no difference", False)),
        # unless the words call it significant (a wider alpha of the authors'): not decided
        ("Mortality at 30 days was significantly lower with early surgery than with delayed "
         "surgery (12% vs 20%; P < 0.1).", ("decreased", None)),
        ("Mortality at 30 days was lower with early surgery than with delayed surgery "
         "(12% vs 20%; P < 0.01).", ("decreased", True)),
    ],
)  # fmt: skip
def test_a_p_value_below_a_bound(
    extractor: Extractor, results: str, expected: tuple[str, bool | None]
) -> None:
    claim = _claim(extractor, results)
    assert (claim.direction, claim.significant) == expected
