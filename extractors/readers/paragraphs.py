"""Paragraph-structured abstracts, as in PubMed page text and plain text.

:func:`paragraphs` cuts text at blank lines; :func:`abstract_parts` reads each paragraph's
leading "Label: " (mixed case, as PubMed's page writes it) or run-in upper-case headings
(MEDLINE style), and appends unlabelled paragraphs to the part before them, so an abstract
without labels is one unlabelled part. A line inside a paragraph that opens with a known
section label ("Methods: ", "RESULTS: ") starts a part too: abstracts pasted with one
section per line and no blank lines between them keep their sections. So does a line that is
a known label alone ("RESULTS", "Methods:"): it heads the line after it.
"""

from __future__ import annotations

from .sections import (
    AbstractPart,
    category_for_label,
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
    lined = _label_lines(_bare_headings(paras))
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


def _label_lines(paras: list[list[str]]) -> list[list[str]]:
    """``paras`` with each paragraph also cut before every later line that opens with a
    known section label; an unknown one ("Group A: ...") may be a wrapped line."""
    found: list[list[str]] = []
    for lines in paras:
        current: list[str] = []
        for line in lines:
            if current and category_for_label(split_label_prefix(line.strip())[0]):
                found.append(current)
                current = []
            current.append(line)
        if current:
            found.append(current)
    return found


def _bare_headings(paras: list[list[str]]) -> list[list[str]]:
    """``paras`` with each line that is only a known section label ("RESULTS", "Methods:",
    as PDFs and some pages set them, on a line or in a paragraph of their own) joined to the
    line after it as "Label: line"; a heading with nothing after it is left out, and so is
    a line "Abstract" or "Summary" alone."""
    found: list[list[str]] = []
    pending: str | None = None
    for lines in paras:
        current: list[str] = []
        for line in lines:
            label = line.strip().rstrip(":").strip()
            if label.upper() in _ABSTRACT_HEADINGS:
                continue  # "Abstract" over the abstract heads nothing of its own
            if len(label) <= 40 and category_for_label(label) is not None:
                pending = label
                if current:
                    found.append(current)
                    current = []
                continue
            current.append(f"{pending}: {line.strip()}" if pending else line)
            pending = None
        if current:
            found.append(current)
    return found
