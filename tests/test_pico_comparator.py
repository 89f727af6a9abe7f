"""The comparator step on invented sentences."""

from __future__ import annotations

from extractors.pico.comparator import (
    comparator_flags,
    is_control_arm,
    is_control_wording,
    normalise,
)
from extractors.pico.merge import merge_spans
from kg.model import SpanLabel, TextSpan


def _spans(text: str, *phrases: str) -> list[tuple[int, int]]:
    spans = []
    cursor = 0
    for phrase in phrases:
        start = text.index(phrase, cursor)
        spans.append((start, start + len(phrase)))
        cursor = start + len(phrase)
    return spans


def test_comparator_control_wording() -> None:
    for text in ("placebo", "sham acupuncture", "usual care", "standard of care", "control group"):
        assert is_control_wording(text), text
    for text in ("zelmoxan", "exercise training", "controlled-release tablets"):
        assert not is_control_wording(text), text


def test_comparator_placebo_and_usual_care() -> None:
    text = "Nurses gave zelmoxan or a matching placebo; a third group received usual care."
    spans = _spans(text, "zelmoxan", "placebo", "usual care")
    assert comparator_flags(text, spans) == [False, True, True]


def test_comparator_monotherapy_of_a_combination() -> None:
    text = "Patients took brivotin plus lumacor or brivotin alone for ten weeks."
    spans = _spans(text, "brivotin plus lumacor", "brivotin alone")
    assert comparator_flags(text, spans) == [False, True]


def test_comparator_the_add_on_of_a_combination_is_no_comparator() -> None:
    text = "Brivotin combined with lumacor was given; lumacor levels and brivotin doses varied."
    spans = _spans(text, "Brivotin combined with lumacor", "lumacor", "brivotin")
    assert comparator_flags(text, spans) == [False, False, True]
    text = "Lumacor added to brivotin, or brivotin, for ten weeks."
    spans = _spans(text, "Lumacor added to brivotin", "brivotin")
    assert comparator_flags(text, spans) == [False, True]


def test_comparator_after_compared_with_applies_to_every_mention() -> None:
    text = "Yoga was compared with stretching. Stretching lowered pain less than yoga did."
    spans = _spans(text, "Yoga", "stretching", "Stretching")
    assert comparator_flags(text, spans) == [False, True, True]


def test_comparator_symmetric_versus_keeps_an_intervention() -> None:
    text = "Drug X versus drug Y, then drug Y versus drug X."
    spans = _spans(text, "Drug X", "drug Y", "drug Y", "drug X")
    flags = comparator_flags(text, spans)
    assert not all(flags)


def test_comparator_normalise() -> None:
    assert normalise("  Brivotin   ALONE ") == "brivotin"


def test_comparator_arm_wording() -> None:
    for text in (
        "brivotin alone.",
        "dietary advice only",
        "no adjuvant radiotherapy",
        "reference zelmoxan",
        "Normal saline.",
        "0.9% saline solution",
        "routine wound care,",
        "standard medical care",
    ):
        assert is_control_arm(text), text
    for text in (
        "without radiotherapy",
        "only brivotin",
        "hypertonic saline",
        "brivotin monotherapy",
        "standard chemotherapy",
        "nothing",
        "notable zelmoxan",
    ):
        assert not is_control_arm(text), text
    text = "Adults received lumacor with brivotin or brivotin only; others had no treatment."
    spans = _spans(text, "lumacor with brivotin", "brivotin only", "no treatment")
    assert comparator_flags(text, spans) == [False, True, True]


def _span(text: str, phrase: str, label: SpanLabel) -> TextSpan:
    start = text.index(phrase)
    return TextSpan(label=label, start=start, end=start + len(phrase), text=phrase)


def test_rule_arms_relabel_tagger_spans_unless_their_words_name_a_control() -> None:
    text = "Group A took brivotin; group B (controls) took lumacor alone; placebo was not used."
    arms = [
        _span(text, "brivotin", "comparator"),
        _span(text, "group B (controls) took lumacor alone", "intervention"),
    ]
    tagged = [
        _span(text, "brivotin", "intervention"),
        _span(text, "lumacor alone", "intervention"),
        _span(text, "placebo", "comparator"),
    ]
    merged = merge_spans(arms, tagged)
    assert [(s.text, s.label) for s in merged] == [
        ("brivotin", "comparator"),  # the arm's label
        ("lumacor alone", "comparator"),  # its own words outweigh the arm's "intervention"
        ("placebo", "comparator"),
    ]


def test_rule_arms_that_name_no_comparator_leave_the_comparator_step_labels() -> None:
    text = "Brivotin versus lumacor in adults; brivotin was given orally."
    arms = [  # two active arms: the design sentence does not say which is the control
        _span(text, "Brivotin", "intervention"),
        _span(text, "lumacor", "intervention"),
    ]
    tagged = [
        _span(text, "Brivotin", "intervention"),
        _span(text, "lumacor", "comparator"),  # the comparator step's "versus" rule
    ]
    merged = merge_spans(arms, tagged)
    assert [(s.text, s.label) for s in merged] == [
        ("Brivotin", "intervention"),
        ("lumacor", "comparator"),
    ]
    arms[1] = _span(text, "lumacor", "comparator")  # an arm that is a comparator: arms decide
    tagged = [_span(text, "Brivotin", "comparator"), _span(text, "lumacor", "intervention")]
    merged = merge_spans(arms, tagged)
    assert [(s.text, s.label) for s in merged] == [
        ("Brivotin", "intervention"),
        ("lumacor", "comparator"),
    ]
