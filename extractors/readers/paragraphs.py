"""Paragraph-structured abstracts, as in PubMed page text and plain text.

:func:`paragraphs` cuts text at blank lines; :func:`abstract_parts` reads each paragraph's
leading "Label: " (mixed case, as PubMed's page writes it) or run-in upper-case headings
(MEDLINE style), and appends unlabelled paragraphs to the part before them, so an abstract
without labels is one unlabelled part. A line inside a paragraph that opens with a known
section label ("Methods: ", "RESULTS: ", "Trial registration: ") starts a part too:
abstracts pasted with one section per line and no blank lines between them keep their
sections. So does a line that is a known label alone ("RESULTS", "Methods:"): it heads the
line after it.
"""

from __future__ import annotations

from .sections import (
    AbstractPart,
    is_known_label,
    make_part,
    split_inline_labels,
    split_label_prefix,
)

_ABSTRACT_HEADINGS = frozenset(("ABSTRACT", "SUMMARY"))


def paragraphs(text: str) -> list[list[str]]:
    """Runs of non-blank lines (trailing whitespace removed), in order."""
    found: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line.rstrip())
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def abstract_parts(paras: list[list[str]]) -> list[AbstractPart]:
    """Abstract parts from paragraphs (each a list of lines)."""
    parts: list[AbstractPart] = []
    lined = _section_lines(paras)
    for text in (" ".join(line.strip() for line in lines) for lines in lined):
        label, body = split_label_prefix(text.strip())
        pieces = split_inline_labels(body)  # run-in headings after the first
        if label:
            if pieces and pieces[0].label is None:
                pieces[0] = make_part(label, pieces[0].body)
            else:
                pieces.insert(0, make_part(label, ""))
        if pieces and pieces[0].label is None and parts:
            last = parts.pop()
            pieces[0] = make_part(last.label, f"{last.body} {pieces[0].body}", last.category)
        parts.extend(pieces)
    return parts


def _section_lines(paras: list[list[str]]) -> list[list[str]]:
    """``paras`` cut where a section starts inside a paragraph.

    A line that opens with a known section label ("Methods: ...", "Trial registration: ...")
    starts a paragraph of its own; an unknown one ("Group A: ...") may be a wrapped line. A
    line that is only a known label ("RESULTS", "Methods:", as PDFs and some pages set them,
    on a line or in a paragraph of their own) is joined to the line after it as "Label:
    line"; a heading with nothing after it is left out, and so is a line "Abstract" or
    "Summary" alone.
    """
    found: list[list[str]] = []
    pending: str | None = None
    for lines in paras:
        current: list[str] = []
        for line in lines:
            text = line.strip()
            label = text.rstrip(":").strip()
            if label.upper() in _ABSTRACT_HEADINGS:
                continue  # "Abstract" over the abstract heads nothing of its own
            if len(label) <= 40 and is_known_label(label):
                pending = label
                if current:
                    found.append(current)
                    current = []
                continue
            if pending:
                line, pending = f"{pending}: {text}", None
            elif current and is_known_label(split_label_prefix(text)[0]):
                found.append(current)
                current = []
            current.append(line)
        if current:
            found.append(current)
    return found
