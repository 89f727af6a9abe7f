"""The ``evg_sections`` component: the title and the labelled abstract sections as Doc spans.

Reads ``Doc._.article`` (title span and section offsets, see ``kg.model.Article``); writes
``Doc._.sections``: a list of Spans in text order, ``span.label_`` the normalised category
(TITLE, BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS, OTHER, UNLABELLED) and
``span._.heading`` the label as written. Method: the NLM category when the record gives one,
else keyword rules on the label ("Main Outcomes and Measures" -> METHODS, "Findings" ->
RESULTS, "Conclusions and Relevance" -> CONCLUSIONS). Without an article, lines written as
"Label: body" are taken as sections, else the whole text is one UNLABELLED section.

Example: in "Results: Pain fell more with drug A than with placebo." the body after
"Results: " becomes a span labelled RESULTS with heading "Results".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.components.inputs import article_of, declare_article_extension, text_of

_NLM = {"BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"}
_RULES = (
    ("CONCLUSIONS", r"conclu|interpretation|relevance|implication|discussion|summary"),
    ("METHODS", r"method|design|setting|participant|patient|subject|intervention|measure|"
     r"procedure|material|population|selection|data|analys|sample|eligib|trial regist"),
    ("RESULTS", r"result|finding|outcome"),
    ("OBJECTIVE", r"objective|aim|purpose|goal|question|hypothes"),
    ("BACKGROUND", r"background|introduction|context|importance|rationale|premise"),
)  # fmt: skip
_SENTENCES_KEY = "evg.sentence_sections"
_LABEL_LINE = re.compile(r"^(?P<label>[A-Z][A-Za-z ,&/-]{1,40}):\s+", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class _Region:
    start: int
    end: int
    category: str
    heading: str | None


_METHODS_AND_RESULTS = re.compile(r"method.*(?:result|finding)")


def section_category(label: str | None, nlm_category: str | None) -> str:
    """The normalised category of a section from its NLM category or its label; a heading
    that joins methods and results ("Methods and Findings") is RESULTS, as it reports them."""
    if label and _METHODS_AND_RESULTS.search(label.lower()):
        return "RESULTS"
    if nlm_category and nlm_category.upper() in _NLM:
        return nlm_category.upper()
    if not label:
        return "UNLABELLED"
    lowered = label.lower()
    for category, pattern in _RULES:
        if re.search(pattern, lowered):
            return category
    return "OTHER"


def _regions_from_article(doc: Doc, text: str) -> list[_Region] | None:
    article = article_of(doc)
    if article is None:
        return None
    size = len(text)
    regions = []
    t_start, t_end = article.title_span
    if 0 <= t_start < t_end <= size:
        regions.append(_Region(t_start, t_end, "TITLE", None))
    for section in article.sections:
        start, end = max(0, section.start), min(size, section.end)
        if start < end:
            category = section_category(section.label, section.category)
            regions.append(_Region(start, end, category, section.label))
    if not article.sections and regions and regions[-1].end < size:
        rest = text[regions[-1].end :]
        lead = len(rest) - len(rest.lstrip())
        if rest.strip():
            regions.append(_Region(regions[-1].end + lead, size, "UNLABELLED", None))
    return regions


def _regions_from_text(text: str) -> list[_Region]:
    matches = list(_LABEL_LINE.finditer(text))
    if not matches:
        return [_Region(0, len(text), "UNLABELLED", None)] if text.strip() else []
    regions = []
    if text[: matches[0].start()].strip():
        regions.append(_Region(0, matches[0].start(), "UNLABELLED", None))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        label = m.group("label")
        regions.append(_Region(m.end(), end, section_category(label, None), label))
    return regions


class Sections:
    """Writes ``Doc._.sections`` (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        full = text_of(doc)
        regions = _regions_from_article(doc, full)
        if regions is None:
            regions = _regions_from_text(full)
        spans: list[Span] = []
        for region in sorted(regions, key=lambda r: r.start):
            text = full[region.start : region.end]
            end = region.start + len(text.rstrip())
            span = doc.char_span(region.start, end, label=region.category, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if spans and span.start < spans[-1].end:
                continue
            span._.heading = region.heading
            spans.append(span)
        doc._.sections = spans
        return doc


def declare_section_extensions() -> None:
    """Declare ``Doc._.sections``, ``Span._.heading`` and ``Span._.section`` (idempotent)."""
    declare_article_extension()
    if not Doc.has_extension("sections"):
        Doc.set_extension("sections", default=None)
    if not Span.has_extension("heading"):
        Span.set_extension("heading", default=None)
    if not Span.has_extension("section"):
        Span.set_extension("section", getter=section_of)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its character offsets (trailing white space left out), text and
    section category."""

    span: Span
    start: int
    end: int
    text: str
    category: str


def sentences_of(doc: Doc) -> list[Sentence]:
    """The Doc's sentences with their section categories, computed once per Doc."""
    cached = doc.user_data.get(_SENTENCES_KEY)
    if isinstance(cached, list):
        return cached
    text = text_of(doc)
    sections = [(s.start, s.end, str(s.label_)) for s in doc._.sections or ()]
    found = []
    for sent in doc.sents if doc.has_annotation("SENT_START") else ():
        category = next((c for start, end, c in sections if start <= sent.start < end), "NONE")
        start = sent.start_char
        stripped = text[start : sent.end_char].rstrip()
        found.append(Sentence(sent, start, start + len(stripped), stripped, category))
    doc.user_data[_SENTENCES_KEY] = found
    return found


def section_of(span: Span) -> str:
    """The category of the section that holds ``span`` ("RESULTS", ...), "NONE" outside all."""
    for section in span.doc._.sections or ():
        if section.start <= span.start < section.end:
            return str(section.label_)
    return "NONE"


@Language.factory("evg_sections", assigns=["doc._.sections"], requires=[])
def make_sections(nlp: Language, name: str) -> Sections:
    declare_section_extensions()
    return Sections()
