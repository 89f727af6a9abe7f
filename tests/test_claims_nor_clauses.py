"""A second denial joined by "nor" is a statement of its own: "A did not reduce X (..), nor
did it reduce Y (..)", "A did not differ from B in X (..) nor did they differ in Y (..)" and
"X was not different between the groups (..) nor was Y (..)" claim Y with its own values and
no difference, as "They did not differ in Y (..)" does; "nor" is no outcome."""

from __future__ import annotations

import pytest

from extractors.components.direction_words import says_no_difference
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Adults with migraine were randomly assigned to drug K (n=100) or placebo (n=100).",
)


def _claims(extractor: Extractor, results: str) -> list[tuple[str, str, list[float | None]]]:
    record = extractor.extract(article("Drug K for migraine", _METHODS, ("Results", results)))
    return [
        (c.outcome.text, c.direction, [r.percent or r.median for r in c.results])
        for c in record.claims
    ]


@pytest.mark.parametrize(
    "results",
    [
        "Drug K did not reduce pain (30% vs. 32%, p = 0.4), nor did it reduce nausea (12% vs. "
        "15%, p = 0.5).",
        "Drug K did not reduce pain (30% vs. 32%, p = 0.4) nor did it reduce nausea (12% vs. 15%, "
        "p = 0.5).",
    ],
)
def test_nor_did_it(extractor: Extractor, results: str) -> None:
    assert _claims(extractor, results) == [
        ("pain", "no difference", [30.0, 32.0]),
        ("nausea", "no difference", [12.0, 15.0]),
    ]


def test_nor_did_they_differ_in(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Drug K did not differ from placebo in overall (54.1% vs. 49.1%, p > 0.10) or nocturnal "
        "(30.6% vs. 27.4%, p > 0.10) use of rescue medication nor did they differ in uptake of "
        "physiotherapy (26.6% vs. 21.8%, p > 0.10).",
    )
    assert claims[-1] == ("uptake of physiotherapy", "no difference", [26.6, 21.8])
    assert len(claims) == 3


def test_they_did_not_differ_in(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "They did not differ in uptake of physiotherapy (26.6% vs. 21.8%, p = 0.4)."
    )
    assert claims == [("uptake of physiotherapy", "no difference", [26.6, 21.8])]


def test_nor_was(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Time to relapse was not different between the groups (median 37.0 versus 15.5 months, "
        "P = 0.073) nor was time to the first attack (median 5.3 versus 2.8 months, P = 0.6).",
    )
    assert claims == [
        ("Time to relapse", "no difference", [37.0, 15.5]),
        ("time to the first attack", "no difference", [5.3, 2.8]),
    ]


def test_nor_did_says_no_difference() -> None:
    assert says_no_difference("nor did it reduce nausea")
    assert says_no_difference("nor did the groups differ in uptake")
    assert not says_no_difference("nor is this a limitation")


def test_nor_did_with_no_verb_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Pain at 2 hours did not differ significantly between the groups (21% vs 23%; p=0.26), "
        "nor did nausea at 2 hours (12% vs 10%; p=0.28).",
    )
    assert claims == [
        ("Pain", "no difference", [21.0, 23.0]),
        ("nausea", "no difference", [12.0, 10.0]),
    ]
