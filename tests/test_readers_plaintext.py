"""Plain-text reader: title paragraph, then labelled or unlabelled abstract paragraphs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractors.readers import Source, iter_articles
from extractors.readers.articles import MAX_TEXT_CHARS
from kg.errors import InputError
from kg.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def _article(source: Source, name: str | None = None) -> Article:
    (item,) = list(iter_articles(source, name=name))
    assert isinstance(item, Article), item
    return item


def test_plaintext_labelled_paragraphs() -> None:
    article = _article(FIXTURES / "abstract.txt")
    assert article.id == "abstract" and article.pmid is None
    assert article.title == "Morning versus evening dosing of an invented blood pressure tablet"
    assert [(s.label, s.category) for s in article.sections] == [
        ("Objective", "OBJECTIVE"),
        ("Methods", "METHODS"),
        ("Results", "RESULTS"),
        ("Conclusions", "CONCLUSIONS"),
    ]
    methods = article.sections[1]
    assert article.text[methods.start : methods.end] == (
        "Ninety adults took the tablet in the morning or the evening for eight weeks. "
        "Blood pressure was read at home."
    )


def test_plaintext_unlabelled_is_one_section() -> None:
    article = _article(FIXTURES / "unlabelled.txt")
    (section,) = article.sections
    assert section.label is None
    assert article.text == (
        "An invented abstract without any labels\n\n"
        "Thirty volunteers tried two kinds of invented insoles for a month. "
        "Foot pain scores fell with both kinds."
    )
    assert article.text[section.start : section.end] == article.text[41:]


def test_plaintext_title_only() -> None:
    article = _article(io.BytesIO(b"Just a title\n"), name="note.txt")
    assert (article.text, article.sections, article.has_abstract) == ("Just a title", [], False)


def test_plaintext_utf8_bom_and_non_ascii_kept() -> None:
    data = "\ufeffIFN-γ in mice\n\nResults: Δ was 3·2 units.\n".encode()
    article = _article(io.BytesIO(data), name="bom.txt")
    assert article.title == "IFN-γ in mice"
    assert article.text[article.sections[0].start :] == "Δ was 3·2 units."


def test_plaintext_latin1_refused() -> None:
    data = "Caf\xe9 trial\n\nSome text.".encode("latin-1")
    with pytest.raises(InputError, match=r"not UTF-8 text: invalid byte 0xE9 at offset 3"):
        list(iter_articles(io.BytesIO(data), name="latin.txt"))


def test_plaintext_stdin_id(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin = io.TextIOWrapper(io.BytesIO(b"A pasted title\n\nA pasted body."))
    monkeypatch.setattr("sys.stdin", fake_stdin)
    article = _article("-")
    assert (article.id, article.source) == ("stdin", "stdin")


def test_plaintext_over_the_length_limit_is_a_record_problem() -> None:
    words = "Adults took an invented tablet or placebo for eight weeks. " * 2000
    assert len(words) > MAX_TEXT_CHARS
    (item,) = list(iter_articles(io.BytesIO(f"A title\n\n{words}".encode()), name="long"))
    assert isinstance(item, InputError)
    assert f"at most {MAX_TEXT_CHARS:,} can be read" in str(item)
    short = words[: MAX_TEXT_CHARS // 2]
    assert _article(io.BytesIO(f"A title\n\n{short}".encode()), name="short").text


def test_plaintext_without_a_blank_line_has_its_first_line_for_title() -> None:
    text = b"An invented tablet for gout\nAdults took the tablet or placebo.\nPain fell.\n"
    article = _article(io.BytesIO(text), name="pasted")
    assert article.title == "An invented tablet for gout"
    (section,) = article.sections
    body = article.text[section.start : section.end]
    assert body == "Adults took the tablet or placebo. Pain fell."
    one_line = _article(io.BytesIO(b"Only a title, on one line\n"), name="one")
    assert one_line.title == "Only a title, on one line" and not one_line.sections


@pytest.mark.parametrize(
    "abstract",
    [
        # one section per line, no blank lines between them
        "BACKGROUND: Colds are common.\nMETHODS: Adults took a lozenge or a dummy.\n"
        "RESULTS: Colds lasted 4 days with the lozenge and 6 with the dummy.\n"
        "CONCLUSIONS: The lozenge helped.",
        "Background: Colds are common.\nMethods: Adults took a lozenge or a dummy.\n"
        "Results: Colds lasted 4 days with the lozenge and 6 with the dummy.\n"
        "Conclusions: The lozenge helped.",
        # run-in headings in one paragraph
        "BACKGROUND: Colds are common. METHODS: Adults took a lozenge or a dummy. "
        "RESULTS: Colds lasted 4 days with the lozenge and 6 with the dummy. "
        "CONCLUSIONS: The lozenge helped.",
        "Background: Colds are common. Methods: Adults took a lozenge or a dummy. "
        "Results: Colds lasted 4 days with the lozenge and 6 with the dummy. "
        "Conclusions: The lozenge helped.",
        # headings on lines of their own, with or without a colon or a blank line after
        "BACKGROUND\nColds are common.\nMETHODS\nAdults took a lozenge or a dummy.\n"
        "RESULTS\nColds lasted 4 days with the lozenge\nand 6 with the dummy.\n"
        "CONCLUSIONS\nThe lozenge helped.",
        "Background:\n\nColds are common.\n\nMethods:\n\nAdults took a lozenge or a dummy.\n\n"
        "Results\n\nColds lasted 4 days with the lozenge and 6 with the dummy.\n\n"
        "Conclusions\nThe lozenge helped.",
    ],
)
def test_plaintext_sections_without_blank_lines_between_them(abstract: str) -> None:
    data = f"An invented lozenge trial\n\n{abstract}\n".encode()
    article = _article(io.BytesIO(data), name="lozenge.txt")
    assert [s.category for s in article.sections] == [
        "BACKGROUND",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]
    results = article.sections[2]
    assert article.text[results.start : results.end] == (
        "Colds lasted 4 days with the lozenge and 6 with the dummy."
    )


def test_plaintext_wrapped_line_with_a_colon_is_not_a_section() -> None:
    data = (
        b"An invented wrapped abstract\n\nMethods: Two groups were formed.\n"
        b"Group A: twelve adults took the lozenge.\nResults: Both groups got better.\n"
    )
    article = _article(io.BytesIO(data), name="wrapped.txt")
    assert [s.label for s in article.sections] == ["Methods", "Results"]
    methods = article.sections[0]
    assert article.text[methods.start : methods.end] == (
        "Two groups were formed. Group A: twelve adults took the lozenge."
    )


def test_plaintext_a_heading_with_nothing_after_it_is_left_out() -> None:
    data = b"An invented trial\n\nABSTRACT\nMethods\nAdults took a lozenge.\nResults\n"
    article = _article(io.BytesIO(data), name="cut.txt")
    assert [s.label for s in article.sections] == ["Methods"]
    assert article.text == "An invented trial\n\nMethods: Adults took a lozenge."


def test_plaintext_run_in_headings_of_a_jama_style_abstract() -> None:
    data = (
        b"An invented trial\n\nImportance: Colds are common. Objective: To test a lozenge. "
        b"Design, Setting, and Participants: A trial in 40 adults. Main Outcomes and "
        b"Measures: Cold length. Results: Colds lasted 4 days with the lozenge and 6 with "
        b"the dummy (p = 0.01). Conclusions and Relevance: The lozenge helped.\n"
    )
    article = _article(io.BytesIO(data), name="jama.txt")
    assert [s.category for s in article.sections] == [
        "BACKGROUND",
        "OBJECTIVE",
        "METHODS",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]
    conclusions = article.sections[-1]
    assert article.text[conclusions.start : conclusions.end] == "The lozenge helped."


def test_plaintext_back_matter_lines_are_sections_of_their_own() -> None:
    data = (
        b"An invented trial\n\nResults: Colds lasted 4 days with the lozenge.\n"
        b"Conclusions: The lozenge helped.\nTrial registration: NCT00000000.\n"
        b"Funding\nAn invented charity.\n"
    )
    article = _article(io.BytesIO(data), name="back.txt")
    assert [(s.label, s.category) for s in article.sections] == [
        ("Results", "RESULTS"),
        ("Conclusions", "CONCLUSIONS"),
        ("Trial registration", None),
        ("Funding", None),
    ]
    conclusions = article.sections[1]
    assert article.text[conclusions.start : conclusions.end] == "The lozenge helped."
