"""Values paired by a slash and "respectively" with no arm named take the arms in the order
the trial gave them ("no difference between arms in compliance (88.5%/88.8%, respectively)"),
and a listed outcome's bracket that opens with how many were analysed ("(N = 2740;
88.5%/88.8%, respectively, P = 0.81)") holds its arms' values after that count."""

from __future__ import annotations

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Women were randomly assigned to standard therapy or standard therapy with leaflets.",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("Leaflet trial", _METHODS, ("Results", results))).claims


def _values(claim: Claim) -> list[tuple[str, float | None]]:
    return sorted((r.arm, r.percent) for r in claim.results)


def test_slash_pairs_respectively_in_the_trials_order(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "There was no difference between arms in compliance (88.5%/88.8%, respectively, P = 0.81).",
    )
    assert _values(claim) == [("arm1", 88.5), ("arm2", 88.8)]


def test_listed_outcomes_with_the_number_analysed_first(extractor: Extractor) -> None:
    compliance, persistence = _claims(
        extractor,
        "There was no difference between arms in compliance (N = 2740; 88.5%/88.8%, "
        "respectively, P = 0.81) or persistence rates (N = 2740; 40.5%/43.0%, respectively, "
        "P = 0.18).",
    )
    assert (compliance.outcome.text, persistence.outcome.text) == (
        "compliance",
        "persistence rates",
    )
    assert _values(compliance) == [("arm1", 88.5), ("arm2", 88.8)]
    assert _values(persistence) == [("arm1", 40.5), ("arm2", 43.0)]


def test_a_versus_pair_without_respectively_is_read_as_before(extractor: Extractor) -> None:
    # no "respectively": the pair is the comparison's, the intervention's value first
    (claim,) = _claims(extractor, "Compliance was 88.5% vs 88.8% (P = 0.81).")
    assert [(r.arm, r.percent) for r in claim.results] == [("arm2", 88.5), ("arm1", 88.8)]
