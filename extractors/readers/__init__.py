"""Record readers: PubMed XML, MEDLINE text, PubMed page text and plain text -> Articles.

``iter_articles(source)`` opens a path, ``"-"`` (stdin) or a binary stream, gunzips it when
it is gzip, detects the format from its first bytes (or takes ``input_format``) and yields one
:class:`~kg.model.Article` per record. A bad record is *yielded* as an
:class:`~kg.errors.InputError` carrying ``source`` and ``position`` so a batch goes on; a
file-level failure (malformed or truncated XML, bytes that are not UTF-8, DTD entities, empty
input) is *raised* as an InputError (UnsafeInputError for entities) after the records read
before it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from kg.errors import InputError
from kg.model import Article

from .detect import InputFormat, detect_format
from .medline import read_medline
from .pagetext import read_page_text
from .plaintext import read_plain_text
from .pubmed_xml import read_pubmed_xml
from .source import OpenedInput, Source, open_input

__all__ = ["InputFormat", "Source", "detect_format", "iter_articles"]

log = logging.getLogger(__name__)

Reader = Callable[[OpenedInput], Iterator[Article | InputError]]

_READERS: dict[InputFormat, Reader] = {
    "xml": read_pubmed_xml,
    "medline": read_medline,
    "pubmed-text": read_page_text,
    "text": read_plain_text,
}


def iter_articles(
    source: Source, input_format: InputFormat | None = None, *, name: str | None = None
) -> Iterator[Article | InputError]:
    """Articles from ``source``, one per record, with per-record problems yielded in place.

    ``source`` is a path, ``"-"`` for stdin, or a binary stream; ``name`` is the display name
    (and id stem) to use instead of the path's. ``input_format`` overrides detection.
    """
    with open_input(source, name) as opened:
        if input_format is None:
            input_format = detect_format(opened.head, opened.origin.source)
        elif not opened.head.strip():
            raise InputError("empty input: nothing to read", source=opened.origin.source)
        log.debug("reading %s as %s", opened.origin.source, input_format)
        yield from _READERS[input_format](opened)
