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


def test_comparator_two_arms_joined_by_and_are_no_combination() -> None:
    text = "Brivotin helped; between brivotin and lumacor it differed; lumacor was safe."
    spans = _spans(text, "Brivotin", "brivotin and lumacor", "lumacor")
    assert comparator_flags(text, spans) == [False, False, False]


def test_comparator_an_add_on_in_either_order_is_no_monotherapy() -> None:
    text = "Folnex plus cetrumab or folnex plus vadomab; cetrumab plus folnex was safe."
    spans = _spans(text, "Folnex plus cetrumab", "folnex plus vadomab", "cetrumab plus folnex")
    extra = _spans(text, "cetrumab")  # the first mention, inside the first span
    assert comparator_flags(text, spans + extra) == [False, False, False, False]


def test_comparator_monotherapy_matches_whole_words() -> None:
    text = "Pegrastim with lumacor was given; grastim levels were low."
    spans = _spans(text, "Pegrastim with lumacor", "grastim")
    assert comparator_flags(text, spans) == [False, False]
    text = "Pegrastim with lumacor was given; pegrastim levels were low."
    spans = _spans(text, "Pegrastim with lumacor", "pegrastim")
    assert comparator_flags(text, spans) == [False, True]


def test_comparator_compare_a_with_b_names_no_combination() -> None:
    text = "Trials compare acupuncture with bladder training; acupuncture helped."
    spans = _spans(text, "acupuncture with bladder training", "acupuncture")
    assert comparator_flags(text, spans) == [False, False]


def test_comparator_the_first_comparison_of_a_name_decides() -> None:
    text = "Brivotin versus lumacor for gout. Pain fell more with lumacor versus brivotin."
    spans = _spans(text, "Brivotin", "lumacor", "lumacor", "brivotin")
    assert comparator_flags(text, spans) == [False, True, True, False]


def test_comparator_the_second_arm_of_an_allocation() -> None:
    text = "Adults were randomised to receive brivotin (n = 20) or lumacor (n = 21)."
    assert comparator_flags(text, _spans(text, "brivotin", "lumacor")) == [False, True]
    text = "Adults were randomly assigned to brivotin or to lumacor. Brivotin or lumacor?"
    spans = _spans(text, "brivotin", "lumacor", "Brivotin", "lumacor")
    assert comparator_flags(text, spans) == [False, True, False, True]
    text = "Adults were randomised to radiotherapy with or without lumacor."
    assert comparator_flags(text, _spans(text, "radiotherapy", "without lumacor")) == [False] * 2
    text = "Adults took brivotin or lumacor as they chose."  # no allocation
    assert comparator_flags(text, _spans(text, "brivotin", "lumacor")) == [False, False]


def test_comparator_observation_arm() -> None:
    for text in ("observation", "Observation.", "clinical observation arm", "watchful waiting"):
        assert is_control_arm(text), text
    for text in ("observation of wounds", "direct observation therapy"):
        assert not is_control_arm(text), text


def test_comparator_an_or_inside_one_arms_brackets_is_no_allocation() -> None:
    text = "Adults were randomised to stay on a drug (brivotin or lumacor) or to stop."
    assert comparator_flags(text, _spans(text, "brivotin", "lumacor")) == [False, False]
    text = "Adults were randomised into two groups (brivotin or lumacor)."
    assert comparator_flags(text, _spans(text, "brivotin", "lumacor")) == [False, True]
