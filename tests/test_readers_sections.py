"""Section labels, categories and the text layout shared by every reader."""

from __future__ import annotations

import pytest

from extractors.readers.sections import (
    AbstractPart,
    category_for_label,
    compose,
    is_known_label,
    make_part,
    normalise_space,
    split_inline_labels,
    split_label_prefix,
)


def test_sections_compose_layout_and_offsets() -> None:
    parts = [make_part("Aims", "Find  out.\n"), make_part(None, "Then more."), make_part("X", " ")]
    text, title_span, sections = compose("A title", parts)
    assert text == "A title\n\nAims: Find out.\nThen more."
    assert title_span == (0, 7)
    assert [(s.label, s.category, text[s.start : s.end]) for s in sections] == [
        ("Aims", "OBJECTIVE", "Find out."),
        (None, None, "Then more."),
    ]


def test_sections_compose_without_abstract() -> None:
    assert compose("Only a title", []) == ("Only a title", (0, 12), [])


def test_sections_category_from_label_or_nlm() -> None:
    assert category_for_label("Materials and Methods") == "METHODS"
    assert category_for_label("CONCLUSION") == "CONCLUSIONS"
    assert category_for_label("Trial registration") is None
    # the headings of JAMA, BMJ, PLOS Medicine and Cochrane abstracts
    assert category_for_label("Importance") == "BACKGROUND"
    assert category_for_label("Design, Setting, and Participants") == "METHODS"
    assert category_for_label("Main Outcomes and Measures") == "METHODS"
    assert category_for_label("Methods and findings") == "RESULTS"
    assert category_for_label("Conclusions and Relevance") == "CONCLUSIONS"
    assert category_for_label("Selection criteria") == "METHODS"
    assert make_part("Findings", "x", "UNASSIGNED").category == "RESULTS"
    assert make_part("Setting", "x", "METHODS").category == "METHODS"
    assert make_part("UNLABELLED", "x") == AbstractPart(None, None, "x")


def test_sections_split_inline_labels() -> None:
    parts = split_inline_labels(
        "Intro text. BACKGROUND: One. METHODS/DESIGN: Two (n=3). CONCLUSIONS: The end."
    )
    assert parts == [
        AbstractPart(None, None, "Intro text."),
        AbstractPart("BACKGROUND", "BACKGROUND", "One."),
        AbstractPart("METHODS/DESIGN", "METHODS", "Two (n=3)."),
        AbstractPart("CONCLUSIONS", "CONCLUSIONS", "The end."),
    ]
    # an upper-case word mid-sentence is not a heading
    assert split_inline_labels("We used CT: it was fast.") == [
        AbstractPart(None, None, "We used CT: it was fast.")
    ]


def test_sections_split_inline_labels_in_mixed_case() -> None:
    parts = split_inline_labels(
        "Background: Cough is common. Patients and methods: We randomised 40 adults "
        "(group A: 20). Results: Cough fell (p = 0.01). Conclusion: It works."
    )
    assert [(p.label, p.category, p.body) for p in parts] == [
        ("Background", "BACKGROUND", "Cough is common."),
        ("Patients and methods", "METHODS", "We randomised 40 adults (group A: 20)."),
        ("Results", "RESULTS", "Cough fell (p = 0.01)."),
        ("Conclusion", "CONCLUSIONS", "It works."),
    ]
    # after a sentence, a mixed-case lead-in that is no known label is text
    text = "Two groups were formed. Group A: 20 adults. Registry ward: 4 beds."
    assert split_inline_labels(text) == [AbstractPart(None, None, text)]


def test_sections_back_matter_run_in_after_the_conclusions_is_its_own_part() -> None:
    parts = split_inline_labels(
        "Conclusions: The lozenge helped. Trial registration: ClinicalTrials.gov "
        "NCT00000000. Funding: An invented charity. LEVEL OF EVIDENCE: II."
    )
    assert [(p.label, p.category, p.body) for p in parts] == [
        ("Conclusions", "CONCLUSIONS", "The lozenge helped."),
        ("Trial registration", None, "ClinicalTrials.gov NCT00000000."),
        ("Funding", None, "An invented charity."),
        ("LEVEL OF EVIDENCE", None, "II."),
    ]
    assert is_known_label("Trial Registration:") and is_known_label("FUNDING")
    assert not is_known_label("Group A") and not is_known_label(None)


def test_sections_split_label_prefix() -> None:
    assert split_label_prefix("Trial registration: NCT00000000.") == (
        "Trial registration",
        "NCT00000000.",
    )
    assert split_label_prefix("Patients were seen at 9:30 daily.") == (
        None,
        "Patients were seen at 9:30 daily.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients were randomised to: drug A; drug B; or placebo.",
        "Children were allocated to: zinc or placebo.",
        "Outcomes included: pain and function.",
        "The groups received: A, B and C.",
    ],
)
def test_sections_a_sentence_introducing_a_list_is_no_heading(sentence: str) -> None:
    assert split_label_prefix(sentence) == (None, sentence)


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Patients and methods: 40 adults.", "Patients and methods"),
        ("Main outcome measures: pain.", "Main outcome measures"),
        ("Setting: two hospitals.", "Setting"),
    ],
)
def test_sections_noun_phrase_headings_stay_headings(paragraph: str, label: str) -> None:
    assert split_label_prefix(paragraph)[0] == label


def test_sections_normalise_space_keeps_other_characters() -> None:
    assert normalise_space("  a\n\t b\u00a0c  ") == "a b\u00a0c"
