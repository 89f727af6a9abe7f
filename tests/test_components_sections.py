"""evg_sections and evg_sentences: section spans and rule-based sentence boundaries."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from extractors.components import sections, sentences  # noqa: F401  (registers the factories)
from extractors.components.inputs import attach_article, declare_article_extension
from extractors.components.sections import section_category, sentences_of
from extractors.readers.sections import AbstractPart, compose
from kg.model import Article


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("evg_sections")
    nlp.add_pipe("evg_sentences")
    return nlp


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    "text",
    [
        "Pain fell by 1.5 points. Sleep did not change.",
        "Pain fell (p<0.05). Sleep did not change.",
        "Pain fell, e.g. at night. Sleep did not change.",
        "Pain fell vs. placebo. Sleep did not change.",
        "Smith et al. reported less pain. Sleep did not change.",
        "Pain fell (n=32. All were adults). Sleep did not change.",
        "Pain fell (P<.001). Sleep did not change.",
    ],
)
def test_sentences_do_not_split_inside_tokens_or_abbreviations(nlp: Language, text: str) -> None:
    assert _sentences(nlp, text)[-1] == "Sleep did not change."
    assert len(_sentences(nlp, text)) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("There were 186 treated pts. There were 60 failures.", 2),
        ("Infusions ran over 75 min. Plasma glucose rose.", 2),
        ("Follow-up lasted 5 yrs. Twelve patients died.", 2),
        ("Follow-up lasted 5 yrs. 12 patients died.", 1),  # a number after: no capital
        ("Smith et al. reported less pain in pts. with gout.", 1),
    ],
)
def test_sentences_end_after_a_short_unit_before_a_capital(
    nlp: Language, text: str, count: int
) -> None:
    assert len(_sentences(nlp, text)) == count


def test_sentences_split_at_a_stop_glued_after_a_bracket_or_number(nlp: Language) -> None:
    # the tokenizer keeps "877).The" one token: the sentence starts at the token after it
    split = _sentences(nlp, "Of 117 patients (n = 877).The primary outcome was similar.")
    assert len(split) == 2
    assert split[1].endswith("primary outcome was similar.")
    assert len(_sentences(nlp, "Mortality was 12%.In the other group it was 20%.")) == 2
    assert len(_sentences(nlp, "The dose was 2.5 mg daily.")) == 1


def test_sentences_split_before_digits_and_brackets(nlp: Language) -> None:
    text = "Pain fell. 12 adults withdrew. (All were men.) Done."
    assert _sentences(nlp, text) == [
        "Pain fell.",
        "12 adults withdrew.",
        "(All were men.)",
        "Done.",
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Nurses rated each chart.Results: Ratings agreed in 80%.",
            "Results: Ratings agreed in 80%.",
        ),
        ("Should they refer or not.Methods - We mailed 40 forms.", "Methods - We mailed 40 forms."),
        (
            "Itch fell more with 10% DISCUSSION/CONCLUSION: The gel works.",
            "DISCUSSION/CONCLUSION: The gel works.",
        ),
        ("Costs were lower.Trial registration: NCT0000.", "Trial registration: NCT0000."),
        ("Costs were lower.Trial registration NCT0000.", "Trial registration NCT0000."),
    ],
)
def test_sentences_split_before_a_label_written_into_the_text(
    nlp: Language, text: str, second: str
) -> None:
    assert _sentences(nlp, text)[1:] == [second]


@pytest.mark.parametrize(
    "text",
    [
        "Levels rose in the e.g.Results column.",
        "Of 40 adults in RESULTS TRIAL: 17 left.",
        "Pain fell.Sleep: no change.",
    ],
)
def test_sentences_keep_words_that_are_no_label(nlp: Language, text: str) -> None:
    assert len(_sentences(nlp, text)) == 1


def test_sentences_never_cross_sections_or_title(nlp: Language) -> None:
    declare_article_extension()
    title = "Drug A for pain"
    text, span, parts = compose(
        title,
        [
            AbstractPart("Methods", "METHODS", "We gave drug A to adults"),
            AbstractPart("Results", "RESULTS", "pain fell"),
        ],
    )
    article = Article(id="t", title=title, text=text, title_span=span, sections=parts)
    doc = nlp.make_doc(text)
    attach_article(doc, article)
    doc = nlp(doc)
    found = [(s.text, s.category) for s in sentences_of(doc)]
    assert found == [
        ("Drug A for pain", "TITLE"),
        ("Methods:", "NONE"),
        ("We gave drug A to adults", "METHODS"),
        ("Results:", "NONE"),
        ("pain fell", "RESULTS"),
    ]
    assert [s.label_ for s in doc._.sections] == ["TITLE", "METHODS", "RESULTS"]
    assert doc._.sections[1]._.heading == "Methods"


def test_sections_from_plain_label_lines(nlp: Language) -> None:
    doc = nlp("Background: Pain hurts.\nFindings: Drug A helped.")
    assert [(s.label_, s.text) for s in doc._.sections] == [
        ("BACKGROUND", "Pain hurts."),
        ("RESULTS", "Drug A helped."),
    ]


def test_sections_unlabelled_text(nlp: Language) -> None:
    doc = nlp("Drug A helped. Pain fell.")
    assert [s.label_ for s in doc._.sections] == ["UNLABELLED"]


@pytest.mark.parametrize(
    ("label", "nlm", "category"),
    [
        ("Main Outcomes and Measures", None, "METHODS"),
        ("Conclusions and Relevance", None, "CONCLUSIONS"),
        ("Findings", None, "RESULTS"),
        ("Methods and Findings", "METHODS", "RESULTS"),
        ("Methodology/Principal Findings", None, "RESULTS"),
        ("Methods and results", None, "RESULTS"),
        ("Materials and Methods", None, "METHODS"),
        ("Aims", None, "OBJECTIVE"),
        ("Whatever", "RESULTS", "RESULTS"),
        ("Trial registration", "UNASSIGNED", "METHODS"),
        (None, None, "UNLABELLED"),
    ],
)
def test_sections_category(label: str | None, nlm: str | None, category: str) -> None:
    assert section_category(label, nlm) == category
