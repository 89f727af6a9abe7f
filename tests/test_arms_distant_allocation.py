"""An allocation whose arms come long after its verb ("we assigned 130 women with X and no
serious Y to A, B, or matching placebo"; "The K Trial randomly assigned ... to A (by ...)
versus no A"); such a design sentence makes no claim, nor do "received A as allocated" and an
allocation that opens with its count ("Sixty (50%) assigned to A and 60 (50%) to B")."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _arms(extractor: Extractor, methods: str, title: str = "A trial in early cancer") -> list:
    record = extractor.extract(article(title, ("Methods", methods)))
    return [(a.label, a.comparator) for a in record.arms]


def test_three_arms_long_after_the_verb(extractor: Extractor) -> None:
    methods = (
        "In a factorial, randomized, double-blind trial, we assigned 120 adult women with early "
        "breast cancer and no serious heart disease to the ARB drug K, the beta-blocker drug L, "
        "or matching placebo during adjuvant therapy."
    )
    assert _arms(extractor, methods) == [
        ("ARB drug K", False),
        ("beta-blocker drug L", False),
        ("matching placebo", True),
    ]


def test_one_versus_parts_two_arms_whole(extractor: Extractor) -> None:
    methods = (
        "The KLM Trial randomly assigned premenopausal women with early-stage cancer who were "
        "taking drug T with or without chemotherapy to ovarian ablation or suppression (by "
        "surgery, irradiation, or drug G) versus no ovarian ablation or suppression."
    )
    assert _arms(extractor, methods) == [
        ("ovarian ablation or suppression", False),
        ("no ovarian ablation or suppression", True),
    ]


@pytest.mark.parametrize(
    "methods",
    [
        # a bare "A or B" far from its verb is left to other sentences
        "We randomly assigned 300 women whose tumour was less than 2 cm in diameter either to "
        "node biopsy with full dissection (the dissection group) or to node biopsy followed by "
        "dissection only if the node held cancer (the biopsy group).",
        # two allocations in one sentence
        "The trial randomised children with severe disease and low oxygen to drug K or drug L "
        "and children with milder disease to drug K, drug L or watchful waiting.",
    ],
)
def test_no_arms_from_other_distant_lists(extractor: Extractor, methods: str) -> None:
    assert _arms(extractor, methods) == []


def test_the_design_and_adherence_make_no_claim(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "A trial in early cancer",
            (
                "Methods",
                "The KLM Trial randomly assigned premenopausal women who were taking drug T with "
                "or without chemotherapy to ovarian suppression (by surgery or drug G) versus no "
                "ovarian suppression.",
            ),
            (
                "Results",
                "A total of 901 (88%) received ovarian suppression as allocated. Relapse was "
                "less frequent with ovarian suppression than with no ovarian suppression (HR = "
                "0.80, 95% CI 0.66 to 0.97; P = .02).",
            ),
        )
    )
    assert [c.evidence.text[:7] for c in record.claims] == ["Relapse"]


def test_an_allocation_opening_with_its_count_makes_no_claim(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "A randomized trial of two dyes",
            ("Methods", "A randomized trial enrolled 120 women."),
            (
                "Results",
                "Fifty-eight (48.3%) assigned to dye K (group A) and 62 (51.7%) to dye L (group "
                "B). The node was found in 41 women (70.7%) in group A and 40 (64.5%) in group B "
                "(p = 0.47).",
            ),
        )
    )
    assert [c.evidence.text[:8] for c in record.claims] == ["The node"]
