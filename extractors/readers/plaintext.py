"""Plain text: the first paragraph (up to the first blank line) is the title, the rest is
the abstract; a text without a blank line has its first line for the title. Paragraphs
opening with "Label: " become labelled sections (run-in upper-case headings such as
"METHODS: " too, and lines inside a paragraph that open with a known label); other
paragraphs join the section before them, so an abstract without labels is one unlabelled
section. One record per input.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.errors import InputError
from kg.model import Article

from .articles import make_article
from .decoding import decode_utf8
from .paragraphs import abstract_parts, paragraphs
from .sections import AbstractPart
from .source import OpenedInput


def title_and_parts(text: str) -> tuple[str, list[AbstractPart]] | None:
    """The title and the abstract's parts of a plain text, laid out as the module docstring
    says; None for a text without a line that is not blank."""
    found = paragraphs(text)
    if len(found) == 1 and len(found[0]) > 1:  # no blank line: the first line is the title
        found = [found[0][:1], found[0][1:]]
    if not found:
        return None
    return " ".join(found[0]), abstract_parts(found[1:])


def read_plain_text(opened: OpenedInput) -> Iterator[Article | InputError]:
    """The one Article in a plain-text input."""
    origin = opened.origin
    layout = title_and_parts(decode_utf8(opened.stream.read(), origin.source))
    if layout is None:
        yield origin.record_error(1, "text has no title")
        return
    title, parts = layout
    try:
        yield make_article(origin, 1, pmid=None, title=title, parts=parts)
    except ValueError as exc:  # a text over the length limit
        yield origin.refused(1, exc)
