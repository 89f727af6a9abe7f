"""An arm named by what it lacks: "non-IT" names the arm without intrathecal therapy, not the
IT arm (its "IT" is no word of the mention, and the "no" arm's short form is "no-it", not
"it"); "other than" compares nothing ("cancer other than breast cancer"); in a double dummy
("A plus B placebo" beside "B plus A placebo") each arm is named by its active drug."""

from __future__ import annotations

from extractors.components.arm_names import comparison_word
from extractors.components.arms import mention_words
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Adults with leptomeningeal disease were randomly assigned to intrathecal therapy (IT) or "
    "no intrathecal therapy (non-IT).",
)


def test_a_non_compound_names_only_the_arm_without() -> None:
    assert mention_words("the non-IT group") >= {"no-it"}
    assert "it" not in mention_words("the non-IT group")
    assert "it" in mention_words("the IT group")
    assert {"no-music", "music"} <= mention_words("the no music group")  # two words: both


def test_values_of_both_arms_in_two_sets(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Intrathecal therapy",
            _METHODS,
            (
                "Results",
                "Neurological improvement occurred in 52% of the IT and in 61% of the non-IT "
                "group, with median time to progression of 21 weeks (IT) and 26 weeks (non-IT).",
            ),
        )
    )
    arms = {a.id: a.label for a in record.arms}
    assert list(arms.values()) == ["intrathecal therapy (IT)", "no intrathecal therapy (non-IT)"]
    got = [
        (c.outcome.text.lower(), [(arms[r.arm], r.percent or r.median) for r in c.results if r.arm])
        for c in record.claims
        if c.outcome
    ]
    assert got == [
        (
            "neurological improvement",
            [("intrathecal therapy (IT)", 52.0), ("no intrathecal therapy (non-IT)", 61.0)],
        ),
        (
            "median time to progression",
            [("intrathecal therapy (IT)", 21.0), ("no intrathecal therapy (non-IT)", 26.0)],
        ),
    ]


def test_other_than_is_no_comparison() -> None:
    assert comparison_word("death from causes other than breast cancer was 27% with A") is None
    found = comparison_word("X was lower with A than with B")
    assert found is not None and found.group(0).strip() == "than"


def test_a_double_dummy_arm_is_named_by_its_active_drug(extractor: Extractor) -> None:
    # each label names both drugs; the one before "placebo" is the other arm's dummy
    methods = (
        "Methods",
        "Women were randomized to receive anastrozole (1 mg/day) plus tamoxifen placebo or "
        "tamoxifen (20 mg/day) plus anastrozole placebo.",
    )
    record = extractor.extract(
        article(
            "Anastrozole or tamoxifen",
            methods,
            (
                "Results",
                "Recurrence occurred in 4/50 (8%) anastrozole and 24/48 (50%) tamoxifen patients.",
            ),
        )
    )
    (claim,) = record.claims
    assert [(r.arm, r.events, r.n) for r in claim.results] == [("arm1", 4, 50), ("arm2", 24, 48)]
