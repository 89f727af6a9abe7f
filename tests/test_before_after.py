"""evg_before_after: the two "arms" of a one-group before/after study; the population's total
n stated as "a trial of 19 males" or "Nineteen subjects participated" (invented abstracts)."""

from __future__ import annotations

import pytest

from extractors.components.before_after import intervention_name, is_before_after
from extractors.pipeline import Extractor
from extractors.population_facts import participant_counts
from kg.model import Record
from kg.rdf_mapping import record_to_graphs
from tests.test_pipeline_abstracts import article


def _pre_post() -> Record:
    return Extractor(pico_model=False).extract(
        article(
            "Effect of a walking programme on blood pressure in older women",
            (
                "Methods",
                "In this pre-post study, 24 women completed a 12-week walking programme. Blood "
                "pressure was measured before and after the programme.",
            ),
            (
                "Results",
                "Systolic blood pressure decreased significantly after the programme (p<0.01). "
                "Resting heart rate was lower after the programme (p=0.03).",
            ),
        )
    )


def test_before_after_one_group_study_gets_two_arms_with_n() -> None:
    record = _pre_post()
    after, before = record.arms
    assert (after.label, after.n) == ("after walking programme", 24)
    assert (before.label, before.n) == ("before walking programme", 24)
    assert after.id != before.id
    assert "walking programme" in after.interventions[0]
    assert record.claims
    for claim in record.claims:
        assert claim.intervention.arm == after.id
        assert claim.comparator is not None and claim.comparator.arm == before.id
        assert claim.comparator.text == before.label
        assert claim.population.n == 24
    assert not record.warnings  # the same 24 twice are no arm sizes that should add up
    Record.model_validate(record.model_dump())
    graphs = record_to_graphs(record, base="https://example.org/", extractor_version="test")
    assert graphs  # the RDF mapping takes the new arms


def test_before_after_uses_analysed_n_and_baseline_in_a_single_arm_study(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Drug A for chronic cough: an open-label single-arm study",
            (
                "Methods",
                "Thirty adults with chronic cough were enrolled in this single-arm study; 27 "
                "completed the study.",
            ),
            ("Results", "Cough frequency fell significantly from baseline with drug A (p<0.001)."),
        )
    )
    assert [(a.label.split()[0], a.n) for a in record.arms] == [("after", 27), ("before", 27)]
    claim = record.claims[0]
    assert claim.intervention.arm == record.arms[0].id
    assert claim.comparator is not None and claim.comparator.arm == record.arms[1].id


def test_before_after_leaves_a_two_arm_rct_with_change_from_baseline(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Drug A versus placebo for knee pain",
            (
                "Methods",
                "Sixty adults were randomly assigned to drug A (n=30) or placebo (n=30). Pain "
                "was measured before and after treatment.",
            ),
            (
                "Results",
                "The change from baseline in pain was greater with drug A than with placebo "
                "(p=0.02).",
            ),
        )
    )
    assert [a.label for a in record.arms] == ["drug A", "placebo"]
    assert not any(a.label.startswith(("after ", "before ")) for a in record.arms)


@pytest.mark.parametrize(
    "text",
    [
        "Patients were randomized to two groups. Pain scores were compared pre and post treatment.",
        "Scores were measured before and after training in the intervention and control groups.",
        "Pain was measured before and after surgery in cases and in healthy controls.",
        "Scores were assessed pre- and post-intervention in the usual care arm.",
        "Sensitivity and specificity were measured before and after exercise.",
        "Drug A was given before and after each session.",  # timing, not a measurement
        "Glucose fell from baseline.",  # a change from baseline without a one-group cue
        "Pressure was measured before and after surgery in the diabetic group and in the "
        "non-diabetic group.",
        "Left ventricular pressures (pre- and post-a) were recorded.",  # the a wave, no design
        "Glucose was measured before and after the two oral agents.",
        "",
    ],
)
def test_before_after_design_needs_one_group_and_a_measured_comparison(text: str) -> None:
    assert not is_before_after(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pre and post interventional data were compared.",
        "Scores were measured before and after the intervention.",
        "Quality of life was assessed at pretest and again at posttest.",
        "In this non-randomized study, scores were compared pre- and post-training.",
        "An uncontrolled pilot study. Weight fell from baseline at 12 weeks.",
        "There was no control group; anxiety scores were measured before and after the course.",
    ],
)
def test_before_after_design_cues(text: str) -> None:
    assert is_before_after(text)


def test_before_after_empty_and_odd_text_do_not_raise(extractor: Extractor) -> None:
    assert not is_before_after("")
    assert intervention_name([], "") == "intervention"
    doc = extractor.nlp("")
    assert not doc._.arms
    record = extractor.extract(article("Pre and post", ("Results", "before and after .")))
    assert isinstance(record, Record)


def test_before_after_intervention_name_falls_back_to_the_cue(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "",
            (
                "Methods",
                "Nurses completed a questionnaire pre- and post-training.",
            ),
            ("Results", "Knowledge scores increased significantly (p<0.001)."),
        )
    )
    assert [a.label for a in record.arms] == ["after training", "before training"]


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        ("A quasi-experimental trial of 19 males with back pain was done.", 19),
        ("A pre-post study of 24 women was conducted.", 24),
        ("Nineteen subjects participated in the study.", 19),
        ("Twenty-two patients were enrolled.", 22),
        ("Twelve healthy females took part.", 12),
    ],
)
def test_population_total_n_of_a_one_group_study(
    extractor: Extractor, methods: str, n: int
) -> None:
    record = extractor.extract(
        article(
            "Exercise and back pain",
            ("Methods", methods + " Pain was measured before and after the intervention."),
            ("Results", "Pain decreased significantly after the intervention (p<0.01)."),
        )
    )
    assert record.claims
    assert record.claims[0].population.n == n
    assert [a.n for a in record.arms] == [n, n]


def test_population_counts_participated_and_took_part_as_enrolled() -> None:
    assert participant_counts("Nineteen subjects participated in the study.").enrolled == 19
    assert participant_counts("Thirty-one participants took part.").enrolled == 31
    counts = participant_counts("Forty males were enrolled; 35 completed the study.")
    assert (counts.enrolled, counts.analysed) == (40, 35)
    assert participant_counts("24 women were randomised.").randomised == 24
