"""Abstract sections and the text layout every reader produces.

An abstract is a list of :class:`AbstractPart` (label, NLM category, body). :func:`compose`
writes the title, a blank line, then one part per line as ``Label: body`` (just ``body`` when
unlabelled) and returns the offsets that index that exact string. The label helpers serve the
text formats: :func:`split_inline_labels` cuts MEDLINE-style run-in headings
("BACKGROUND: ... METHODS: ...", also "Background: ... Methods: ..." for known labels) and
:func:`split_label_prefix` reads a paragraph's leading "Label: " as written on PubMed's
abstract page.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.model import Section

_SPACE_RUN = re.compile(r"[ \t\r\n\f\v]+")

# Labels whose NLM category is obvious (NLM's own assignments for the common labels).
_CATEGORY_BY_LABEL: dict[str, str] = {
    **dict.fromkeys(
        (
            "BACKGROUND",
            "INTRODUCTION",
            "CONTEXT",
            "RATIONALE",
            "BACKGROUND CONTEXT",
            "IMPORTANCE",
            "SIGNIFICANCE",
        ),
        "BACKGROUND",
    ),
    "SUMMARY OF BACKGROUND DATA": "BACKGROUND",
    **dict.fromkeys(
        (
            "OBJECTIVE",
            "OBJECTIVES",
            "AIM",
            "AIMS",
            "PURPOSE",
            "GOAL",
            "GOALS",
            "STUDY OBJECTIVE",
            "STUDY OBJECTIVES",
            "AIM OF THE STUDY",
            "PURPOSE OF THE STUDY",
            "AIMS AND OBJECTIVES",
            "HYPOTHESIS",
        ),
        "OBJECTIVE",
    ),
    **dict.fromkeys(
        (
            "METHOD",
            "METHODS",
            "METHODOLOGY",
            "MATERIALS AND METHODS",
            "MATERIAL AND METHODS",
            "METHODS AND MATERIALS",
            "PATIENTS AND METHODS",
            "SUBJECTS AND METHODS",
            "DESIGN",
            "STUDY DESIGN",
            "SETTING",
            "PARTICIPANTS",
            "PATIENTS",
            "INTERVENTION",
            "INTERVENTIONS",
            "MEASUREMENTS",
            "MAIN OUTCOME MEASURES",
            "OUTCOME MEASURES",
            # as JAMA, BMJ, the Annals and Cochrane reviews label them
            "MAIN OUTCOME MEASURE",
            "MAIN OUTCOMES AND MEASURES",
            "DESIGN, SETTING, AND PARTICIPANTS",
            "DESIGN, SETTING AND PARTICIPANTS",
            "SETTING AND PARTICIPANTS",
            "PARTICIPANTS AND SETTING",
            "DESIGN AND SETTING",
            "DESIGN AND METHODS",
            "METHODS/DESIGN",
            "EXPOSURE",
            "EXPOSURES",
            "SUBJECTS",
            "POPULATION",
            "SEARCH METHODS",
            "SELECTION CRITERIA",
            "DATA COLLECTION AND ANALYSIS",
            "DATA SOURCES",
            "STUDY SELECTION",
            "DATA EXTRACTION",
            "EVIDENCE REVIEW",
        ),
        "METHODS",
    ),
    **dict.fromkeys(
        (
            "RESULT",
            "RESULTS",
            "FINDINGS",
            "MAIN RESULTS",
            "KEY FINDINGS",
            "OBSERVATIONS",
            "MEASUREMENTS AND MAIN RESULTS",
            # PLOS Medicine's heading reports the results (see section_category)
            "METHODS AND FINDINGS",
        ),
        "RESULTS",
    ),
    **dict.fromkeys(
        (
            "CONCLUSION",
            "CONCLUSIONS",
            "INTERPRETATION",
            "DISCUSSION",
            "AUTHORS' CONCLUSIONS",
            "CONCLUSIONS AND RELEVANCE",
            "CONCLUSIONS AND IMPLICATIONS",
            "IMPLICATIONS",
        ),
        "CONCLUSIONS",
    ),
}
# Labels of a part with no NLM category that abstracts set as headings like the others
# ("Trial registration: ClinicalTrials.gov NCT...", "Funding: ..."), most often run in after
# the conclusions.
_UNCATEGORISED_LABELS = frozenset(
    (
        "TRIAL REGISTRATION",
        "TRIAL REGISTRATIONS",
        "TRIAL REGISTRATION NUMBER",
        "TRIAL REGISTRATION NUMBERS",
        "CLINICAL TRIAL REGISTRATION",
        "CLINICAL TRIALS REGISTRATION",
        "CLINICAL TRIAL REGISTRATION NUMBER",
        "CLINICAL TRIAL NUMBER",
        "TRIAL NUMBER",
        "TRIAL REGISTRY",
        "REGISTRATION",
        "REGISTRATION NUMBER",
        "PROSPERO REGISTRATION",
        "SYSTEMATIC REVIEW REGISTRATION",
        "PROTOCOL REGISTRATION",
        "FUNDING",
        "FUNDING SOURCE",
        "FUNDING SOURCES",
        "SOURCE OF FUNDING",
        "SOURCES OF FUNDING",
        "LEVEL OF EVIDENCE",
        "LEVELS OF EVIDENCE",
        "ETHICS AND DISSEMINATION",
    )
)
_NLM_CATEGORIES = frozenset(("BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"))

# A run-in heading in upper case ("RESULTS: ", "MATERIALS AND METHODS: ") at the start of the
# text or after a sentence end (optionally closed by a bracket or quote).
_INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.?!])[)\]\"']?[ \t\r\n]+)"
    r"(?P<label>[A-Z][A-Z0-9]*(?:[ /&,'-]+[A-Z0-9]+)*(?: \([A-Z0-9]+\))?)"
    r":[ \t\r\n]+"
)
# A run-in heading in mixed case ("Results: ", "Patients and methods: "), placed as above;
# it is a heading only when it is a known label (``is_known_label``): "Group A: 12
# patients" after a sentence is not.
_INLINE_KNOWN_LABEL = re.compile(
    r"(?:^|(?<=[.?!])[)\]\"']?[ \t\r\n]+)"
    r"(?P<label>[A-Z][a-z]+(?:[ /&,'-]+[A-Za-z]+){0,4})"
    r":[ \t\r\n]+"
)
# A leading "Label: " in mixed case: at most six words, no sentence punctuation.
_LABEL_PREFIX = re.compile(
    r"^(?P<label>[A-Z][A-Za-z0-9'’()-]*(?:[ /&,-]+[A-Za-z0-9'’()-]+){0,5}):[ \t]+(?=\S)"
)
_UNLABELLED = frozenset(("UNLABELLED", "UNLABELED"))
# A heading is a noun phrase; a sentence that introduces a list with a colon ends its lead-in
# on a verb, a preposition or an article ("Patients were randomised to: A; B; or C").
_LEAD_IN_END = re.compile(
    r"(?:^|\s)(?:to|of|with|and|or|in|into|for|as|by|at|on|from|the|a|an|"
    r"was|were|is|are|be|been|received|included|were\s+randomi[sz]ed)$",
    re.IGNORECASE,
)


class AbstractPart(NamedTuple):
    """One part of an abstract before layout: its label, NLM category and body text."""

    label: str | None
    category: str | None
    body: str


def normalise_space(text: str) -> str:
    """Collapse runs of ASCII whitespace to one space and trim both ends; nothing else changes."""
    if "  " in text or any(c in text for c in "\n\t\r\f\v"):
        text = _SPACE_RUN.sub(" ", text)
    return text.strip()


def category_for_label(label: str | None) -> str | None:
    """The NLM category (BACKGROUND/OBJECTIVE/METHODS/RESULTS/CONCLUSIONS) when it is obvious."""
    return _CATEGORY_BY_LABEL.get(_label_key(label)) if label else None


def is_known_label(label: str | None) -> bool:
    """Whether ``label`` is a section heading abstracts use: one with an obvious category
    ("Methods") or one of the back matter ("Trial registration", "Funding")."""
    if not label:
        return False
    key = _label_key(label)
    return key in _CATEGORY_BY_LABEL or key in _UNCATEGORISED_LABELS


def _label_key(label: str) -> str:
    """``label`` as the label tables write it: spaces normalised, upper case, no colon."""
    return normalise_space(label).upper().rstrip(":")


def make_part(label: str | None, body: str, nlm_category: str | None = None) -> AbstractPart:
    """A part with whitespace normalised, "UNLABELLED" dropped and the category settled.

    ``nlm_category`` (NLM's own, e.g. from an XML attribute) wins unless it is UNASSIGNED.
    """
    clean_label = normalise_space(label).rstrip(":").strip() if label else None
    if not clean_label or clean_label.upper() in _UNLABELLED:
        clean_label = None
    category = (nlm_category or "").strip().upper()
    if category not in _NLM_CATEGORIES:
        category = category_for_label(clean_label) or ""
    return AbstractPart(clean_label, category or None, normalise_space(body))


def split_inline_labels(text: str) -> list[AbstractPart]:
    """Split an abstract with run-in headings into parts.

    "BACKGROUND: A b. METHODS: C d." and "Background: A b. Methods: C d." give two labelled
    parts (a mixed-case heading must be a known label); text before the first heading (if
    any) is an unlabelled part; text without headings is one unlabelled part.
    """
    parts: list[AbstractPart] = []
    label: str | None = None
    start = 0
    for match in _run_in_headings(text):
        head = text[start : match.start()]
        if label is not None or head.strip():
            parts.append(make_part(label, head))
        label = match.group("label")
        start = match.end()
    parts.append(make_part(label, text[start:]))
    return [p for p in parts if p.body]


def _run_in_headings(text: str) -> list[re.Match[str]]:
    """The run-in headings of ``text`` in order: upper-case ones, and known mixed-case ones."""
    found = list(_INLINE_LABEL.finditer(text))
    if ":" in text:
        found += [m for m in _INLINE_KNOWN_LABEL.finditer(text) if is_known_label(m.group("label"))]
    return sorted(found, key=lambda m: m.start())


def split_label_prefix(paragraph: str) -> tuple[str | None, str]:
    """``("Methods", "body")`` for a paragraph written "Methods: body", else ``(None, text)``."""
    match = _LABEL_PREFIX.match(paragraph)
    if match is None:
        return None, paragraph
    label = match.group("label")
    if _LEAD_IN_END.search(label) and category_for_label(label) is None:
        return None, paragraph  # "Patients were randomised to: A; B" is a sentence
    return label, paragraph[match.end() :]


def compose(title: str, parts: list[AbstractPart]) -> tuple[str, tuple[int, int], list[Section]]:
    """Lay out ``title`` and ``parts`` as the record text; returns text, title span, sections.

    Parts with an empty body are left out; no parts (or only empty ones) give the title alone.
    """
    chunks = [title]
    length = len(title)
    sections: list[Section] = []
    for part in (p for p in parts if p.body):
        prefix = ("\n\n" if not sections else "\n") + (f"{part.label}: " if part.label else "")
        start = length + len(prefix)
        chunks.extend((prefix, part.body))
        length = start + len(part.body)
        sections.append(Section(label=part.label, category=part.category, start=start, end=length))
    return "".join(chunks), (0, len(title)), sections
