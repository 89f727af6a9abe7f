"""Paragraph-structured abstracts, as in PubMed page text and plain text.

:func:`paragraphs` cuts text at blank lines; :func:`abstract_parts` reads each paragraph's
leading "Label: " (mixed case, as PubMed's page writes it) or run-in upper-case headings
(MEDLINE style), and appends unlabelled paragraphs to the part before them, so an abstract
without labels is one unlabelled part.
"""

from __future__ import annotations

from .sections import AbstractPart, make_part, split_inline_labels, split_label_prefix


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


def abstract_parts(texts: list[str]) -> list[AbstractPart]:
    """Abstract parts from paragraph texts (one string per paragraph)."""
    parts: list[AbstractPart] = []
    for text in texts:
        label, body = split_label_prefix(text.strip())
        pieces = [make_part(label, body)] if label else split_inline_labels(body)
        if pieces and pieces[0].label is None and parts:
            last = parts.pop()
            pieces[0] = make_part(last.label, f"{last.body} {pieces[0].body}", last.category)
        parts.extend(pieces)
    return parts
