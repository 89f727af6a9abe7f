"""Sets of values in one bracket, each headed by its measure and each value by its group
("(median OS: group 1, 32 months; group 2, 54 months; P = 0.03; median PFS: group 1, 18 months;
group 2, 27 months; P = 0.04)"): one claim per measure, each group its value, and a group's
number is never a value ("group 1" is no median of 1 month)."""

from __future__ import annotations

from extractors.named_values import find_named_values
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_BRACKET = (
    "(median OS: group 1, 32 months; group 2, 54 months; P = 0.03; median PFS: group 1, "
    "18 months; group 2, 27 months; P = 0.04)"
)


def test_a_group_number_is_no_value() -> None:
    assert [v.value for v in find_named_values(_BRACKET)] == [32.0, 54.0, 18.0, 27.0]
    assert [v.value for v in find_named_values("median survival in arm 2 was 14 months")] == [14.0]


def test_one_claim_per_headed_set(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug M added to drug K",
            (
                "Methods",
                "Patients were randomized to drug K (group 1, n=178) or drug K plus drug M "
                "(group 2, n=62).",
            ),
            ("Results", f"Median OS and PFS were longer in group 2 {_BRACKET}."),
        )
    )
    got = [
        (c.outcome.text, c.intervention.arm, [(r.arm, r.median) for r in c.results])
        for c in record.claims
    ]
    assert got == [
        ("median OS", "arm2", [("arm1", 32.0), ("arm2", 54.0)]),
        ("median PFS", "arm2", [("arm1", 18.0), ("arm2", 27.0)]),
    ]
    assert [c.p_value.value if c.p_value else None for c in record.claims] == [0.03, 0.04]
