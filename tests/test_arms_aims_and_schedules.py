"""Arms of one drug at two intervals ("drug K every 4 or every 12 weeks": each arm named by its
interval, which tells the arms apart in "the drug K every 4 weeks group"); the comparator an
aim names ("whether A was noninferior to B": B; "relative to a reference arm of C": C), not a
conclusion's "superior to"; a group tag right after an arm's label names that arm ("a drug K
and FNB group (group L, n = 17)"), though the label's words are shared; names parted by commas
alone after a colon ("three groups: A (TT), B (DO), C (BST)") are arms, clauses are not; a
design sentence ("were initially allocated to") makes no claim."""

from __future__ import annotations

import pytest

from extractors.components.arms import ArmMention, mark_aimed_comparator
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def test_one_drug_at_two_intervals(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K every 12 versus 4 weeks",
            (
                "Methods",
                "Patients were randomized (1:1) to receive 4.0 mg of intravenous drug K every 4 or "
                "every 12 weeks with placebo for interim infusions for 1 year.",
            ),
            (
                "Results",
                "After 1 year, events occurred in 44 patients (22.0%) in the drug K every 4 weeks "
                "group and 47 patients (23.2%) in the drug K every 12 weeks group.",
            ),
        )
    )
    assert [a.label for a in record.arms] == [
        "4.0 mg of intravenous drug K every 4 weeks",
        "4.0 mg of intravenous drug K every 12 weeks",
    ]
    (claim,) = record.claims
    assert sorted((r.arm, r.percent) for r in claim.results) == [("arm1", 22.0), ("arm2", 23.2)]


def _two_arms() -> list[ArmMention]:
    arms = [
        ArmMention("arm1", "drug K every 4 weeks", None, ["drug K"], words=frozenset({"4"})),
        ArmMention("arm2", "drug K every 12 weeks", None, ["drug K"], words=frozenset({"12"})),
    ]
    arms[0].distinctive, arms[1].distinctive = frozenset({"4"}), frozenset({"12"})
    return arms


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("To examine whether drug K every 12 weeks was noninferior to drug K every 4 weeks.", 0),
        ("We tested if drug K every 4 weeks is not inferior to drug K every 12 weeks.", 1),
        ("Drug K every 12 weeks was equivalent to drug K every 4 weeks in pain control.", 0),
        ("Drug K every 12 weeks was superior to drug K every 4 weeks for pain.", None),
        ("Drug K every 12 weeks was noninferior.", None),
    ],
)
def test_the_standard_an_aim_names(text: str, comparator: int | None) -> None:
    arms = _two_arms()
    mark_aimed_comparator(arms, text)
    marked = [i for i, a in enumerate(arms) if a.comparator]
    assert marked == ([] if comparator is None else [comparator])
    if comparator is not None:
        assert "control" in arms[comparator].distinctive
        assert "intervention" in arms[1 - comparator].distinctive


def test_the_reference_arm_of_a_three_arm_trial(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Two schedules of drug K",
            (
                "Objective",
                "To estimate the response rate of two schedules of drug K combined with drug B, "
                "relative to a reference arm of weekly drug P and drug B.",
            ),
            (
                "Methods",
                "Patients were randomized to drug K weekly plus drug B (Arm A: n = 46); drug K "
                "every 3 weeks plus drug B (Arm B: n = 45); or drug P weekly plus drug B (Arm C: "
                "n = 32).",
            ),
            (
                "Results",
                "The response rate was 48, 71, and 63% for Arms A, B, and C, respectively.",
            ),
        )
    )
    assert [a.comparator for a in record.arms] == [False, False, True]
    pairs = [
        (c.intervention.arm, c.comparator.arm if c.comparator else None) for c in record.claims
    ]
    assert pairs == [("arm1", "arm3"), ("arm2", "arm3")]


def test_a_group_tag_right_after_an_arms_label_names_it(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K for knee surgery",
            (
                "Methods",
                "Patients were randomized into two groups: a drug K and FNB group (group L, "
                "n = 17), and a placebo and FNB group (group S, n = 17).",
            ),
            ("Results", "Pain scores were greater in group S than in group L (P < 0.01)."),
        )
    )
    (claim,) = record.claims
    assert (claim.intervention.arm, claim.comparator and claim.comparator.arm) == ("arm1", "arm2")
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    ("methods", "labels"),
    [
        (
            "Six hundred adults were randomized to three groups of 200 patients each: total "
            "thyroidectomy (TT), Dunhill operation (DO), bilateral subtotal thyroidectomy (BST).",
            [
                "total thyroidectomy (TT)",
                "Dunhill operation (DO)",
                "bilateral subtotal thyroidectomy (BST)",
            ],
        ),
        (  # clauses, not names: no arms from commas alone
            "We randomized 328 patients into one of two groups: one underwent nailing (IMN "
            "group), while the other underwent plating (LCP group), and then physiotherapy.",
            None,
        ),
    ],
)
def test_names_parted_by_commas_alone_after_a_colon(
    extractor: Extractor, methods: str, labels: list[str] | None
) -> None:
    record = extractor.extract(
        article("Three operations", ("Methods", methods), ("Results", "All were safe."))
    )
    got = [a.label for a in record.arms]
    if labels is None:
        assert "while the other underwent plating" not in " ".join(got)
        assert not any(label.startswith(("one underwent", "underwent")) for label in got)
    else:
        assert got == labels


def test_a_design_sentence_with_an_adverb_makes_no_claim(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Nutrition in puppies",
            (
                None,
                "Patients were initially allocated to 3 groups: 11 in group 1 receiving feed "
                "equivalent to 40% of the resting energy requirement (RER), 12 in group 2 "
                "receiving 50% of the RER, and 36 in group 3 receiving none. Hospital stays were "
                "similar (4.3 vs 5.0 days, p = 0.097).",
            ),
        )
    )
    assert all("allocated" not in c.evidence.text for c in record.claims)
