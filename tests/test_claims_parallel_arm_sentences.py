"""One arm's value in each of two sentences in a row, for the same outcome: the second
sentence's claim takes both arms ("Of 84 patients assigned to A, eight (10%) had X. In
contrast, of 83 patients assigned to B, 30 (36%) had X (P < 0.001)."); and the arms' values
of one outcome split from it: a share before what the people reported ("10% reported X,
compared with 37% at B"), values after a semicolon that take the outcome of the clause
before ("X were seen with both; 15/51 (29%) on arm A and 17/56 (31%) on arm B")."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = ("Methods", "Adults were randomized to drug K (n = 84) or placebo (n = 83).")


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("Fever trial", _METHODS, ("Results", results))).claims


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Of 84 patients assigned to drug K, eight (10%) had a fever episode.",
            "In contrast, of 83 patients assigned to placebo, 30 (36%) had a fever episode "
            "(P < 0.001).",
        ),
        (
            "Of 83 patients assigned to placebo, 30 (36%) had a fever episode.",
            "In contrast, of 84 patients assigned to drug K, eight (10%) had a fever episode "
            "(P < 0.001).",
        ),
    ],
)
def test_two_sentences_each_with_one_arm(extractor: Extractor, first: str, second: str) -> None:
    (claim,) = _claims(extractor, f"{first} {second}")
    assert claim.intervention.arm == "arm1" and claim.comparator is not None
    assert claim.comparator.arm == "arm2"
    assert [(r.arm, r.events, r.percent) for r in claim.results] == [
        ("arm1", 8, 10.0),
        ("arm2", 30, 36.0),
    ]
    assert (claim.direction, claim.significant) == ("decreased", True)
    assert claim.evidence.text.startswith("Of 8")


def test_another_outcome_in_the_second_sentence_is_not_joined(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Of 84 patients assigned to drug K, eight (10%) had a fever episode. Of 83 patients "
        "assigned to placebo, 30 (36%) had a rash (P < 0.001).",
    )
    assert all(c.comparator is None for c in claims)


def test_a_share_then_what_they_reported(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Salon trial",
            (
                "Methods",
                "Salons were randomized to a health message program (experimental salons) or "
                "usual practice (control salons).",
            ),
            (
                "Results",
                "Among women at control salons, 10% reported exposure to health messages, "
                "compared with 37% at experimental salons (OR 5.4, 95% CI 3.7-7.9).",
            ),
        )
    )
    (claim,) = record.claims
    assert (claim.outcome.text, claim.direction) == ("exposure to health messages", "increased")
    assert claim.intervention.arm == "arm1"
    assert [(r.arm, r.percent) for r in claim.results] == [("arm2", 10.0), ("arm1", 37.0)]


def test_values_after_a_semicolon_take_the_clause_before_s_outcome(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Schedules",
            (
                "Methods",
                "Adults were randomized to drug K every 2 weeks (arm A) or every 4 weeks (arm B).",
            ),
            (
                "Results",
                "Partial responses were seen with both schedules; 15/51 (29%) on arm A and 17/56 "
                "(31%) on arm B.",
            ),
        )
    )
    valued = [c for c in record.claims if c.results]
    assert [(c.outcome.text, [(r.arm, r.events, r.n) for r in c.results]) for c in valued] == [
        ("Partial responses", [("arm1", 15, 51), ("arm2", 17, 56)])
    ]


def test_numbered_arms_labelling_values_after_a_colon(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Three arms",
            (
                "Methods",
                "Women were randomized to drug K alone (Arm 1), drug K plus drug M (Arm 2) or drug "
                "M alone (Arm 3).",
            ),
            ("Results", "Mean Ki67 fractions were: Arm 1, 69%; Arm 2, 96%; Arm 3, 92%."),
        )
    )
    assert {c.outcome.text for c in record.claims} == {"Mean Ki67 fractions"}
    values = {(r.arm, r.percent) for c in record.claims for r in c.results}
    assert values == {("arm1", 69.0), ("arm2", 96.0), ("arm3", 92.0)}


def test_did_not_vary_is_no_difference(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Airways",
            ("Methods", "Adults were randomized to device K (n = 40) or device M (n = 40)."),
            (
                "Results",
                "Leak pressure did not vary significantly between groups after insufflation.",
            ),
        )
    )
    (claim,) = record.claims
    assert (claim.outcome.text, claim.direction) == ("Leak pressure", "no difference")
