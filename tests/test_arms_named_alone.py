"""A result's arm written with "alone", "only" or "monotherapy" ("TAU alone") names the arm
that is no combination among those holding its words; "treatment as usual" is also named by
its usual short form "TAU" and keeps its whole name as an intervention."""

from __future__ import annotations

import pytest

from extractors.components.arms import interventions_of
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _compared(extractor: Extractor, methods: str, results: str) -> list[tuple[str, str]]:
    record = extractor.extract(
        article("Cognitive therapy for depression", ("Methods", methods), ("Results", results))
    )
    labels = {a.id: a.label for a in record.arms}
    return [
        (labels.get(c.intervention.arm or "", ""), labels.get(c.comparator.arm or "", ""))
        for c in record.claims
        if c.intervention and c.comparator
    ]


@pytest.mark.parametrize(
    "control",
    [
        "treatment as usual (TAU) (n = 58)",  # both arms hold "TAU": the one that adds nothing
        "treatment as usual (TAU; n = 58)",  # "TAU" defined nowhere the text reader sees
    ],
)
def test_tau_alone_names_the_arm_of_treatment_as_usual(extractor: Extractor, control: str) -> None:
    methods = (
        f"Adults with depression were randomly assigned to cognitive therapy plus treatment as "
        f"usual (n = 60) or {control}."
    )
    results = "Depressive symptoms fell more with cognitive therapy than with TAU alone (p = 0.01)."
    pairs = _compared(extractor, methods, results)
    assert pairs and pairs[0][1].startswith("treatment as usual"), pairs


def test_a_drug_only_names_the_arm_without_the_added_drug(extractor: Extractor) -> None:
    methods = (
        "Adults were randomly assigned to drug K plus usual care (UC) (n = 40) or usual care "
        "(UC) (n = 41)."
    )
    results = "Pain fell more with drug K than with UC only (p = 0.01)."
    assert _compared(extractor, methods, results)[:1] == [
        ("drug K plus usual care (UC)", "usual care (UC)")
    ]


def test_treatment_as_usual_keeps_its_whole_name() -> None:
    assert interventions_of("treatment as usual") == ["treatment as usual"]
    assert interventions_of("treatment with drug K") == ["drug K"]


def test_a_monotherapy_arm_is_the_control_only_beside_its_combination(
    extractor: Extractor,
) -> None:
    def comparators(methods: str) -> list[str]:
        record = extractor.extract(article("Drug K", ("Methods", methods)))
        return [a.label for a in record.arms if a.comparator]

    alone = "Adults were randomly assigned to gefitinib monotherapy or gefitinib plus pemetrexed."
    assert comparators(alone) == ["gefitinib monotherapy"]
    other = "Adults were randomly assigned to gefitinib monotherapy or cisplatin plus pemetrexed."
    assert comparators(other) == []
    # "alone" says the arm lacks what the other adds, however the other is named
    alone = "Women were randomly assigned to chemotherapy alone or combined with triptorelin."
    assert comparators(alone) == ["chemotherapy alone"]


def test_a_double_dummy_design_has_no_placebo_arm(extractor: Extractor) -> None:
    def comparators(methods: str) -> list[str]:
        record = extractor.extract(article("Drug K", ("Methods", methods)))
        return [a.label for a in record.arms if a.comparator]

    dummy = (
        "Women were randomly assigned to oral drug K and intravenous placebo or intravenous "
        "drug M and oral placebo."
    )
    assert comparators(dummy) == []
    plain = "Women were randomly assigned to oral drug K or oral placebo."
    assert comparators(plain) == ["oral placebo"]
