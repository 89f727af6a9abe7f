"""Turning what a reader found in one record into an :class:`~kg.model.Article`.

Every reader hands its fields to :func:`make_article`, which settles the identifier
(``pubmed:PMID``, else the input's stem, numbered ``stem-N`` from the second record on), lays
out the text (see :mod:`extractors.readers.sections`) and records where the record came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import InputError
from kg.model import PMID_DIGITS, Article, MeshHeading, Substance

from .sections import AbstractPart, compose, normalise_space

_PMID = re.compile(PMID_DIGITS)

_NOT_XML = {c: " " for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]}


def xml_chars(text: str) -> str:
    """``text`` with each character XML 1.0 cannot hold (control characters other than tab
    and line breaks, U+FFFE, U+FFFF) replaced by a space: a record keeps its offsets, and
    what is stored can be written as RDF/XML, SPARQL XML results and GraphML."""
    return text.translate(_NOT_XML)


MAX_TEXT_CHARS = 100_000
"""The longest record text read: an abstract has a few thousand characters, and the
pipeline's time grows faster than the length (900,000 characters took 4.5 minutes and 2.3 GB)."""


@dataclass(frozen=True)
class Origin:
    """Where records come from: the input's display name (``source``) and its ``stem``."""

    source: str
    stem: str

    def position(self, number: int) -> str:
        return f"record {number}"

    def record_id(self, pmid: str | None, number: int) -> str:
        if pmid:
            return f"pubmed:{pmid}"
        return self.stem if number == 1 else f"{self.stem}-{number}"

    def record_error(self, number: int, message: str) -> InputError:
        """The error a reader yields (not raises) for one bad record, so the batch goes on."""
        return InputError(message, source=self.source, position=self.position(number))

    def refused(self, number: int, exc: ValueError) -> InputError:
        """:meth:`record_error` for a record whose fields were refused (``make_article``'s
        ValueError, or pydantic's ValidationError from a field of the model)."""
        return self.record_error(number, f"record cannot be read: {exc}")


def make_article(
    origin: Origin,
    number: int,
    *,
    pmid: str | None,
    title: str,
    parts: list[AbstractPart],
    doi: str | None = None,
    journal: str | None = None,
    year: int | None = None,
    mesh: list[MeshHeading] | None = None,
    publication_types: list[str] | None = None,
    substances: list[Substance] | None = None,
    keywords: list[str] | None = None,
) -> Article:
    """The Article for record ``number`` (1-based) of ``origin``; ValueError when its PMID is
    no PubMed id or its text is over ``MAX_TEXT_CHARS`` (the readers report that record and
    go on)."""
    pmid = pmid.strip() if pmid else None
    if pmid and not _PMID.fullmatch(pmid):
        raise ValueError(f"PMID {pmid!r} is not a PubMed id (1 to 10 digits)")
    clean_title = xml_chars(normalise_space(title))
    text, title_span, sections = compose(clean_title, parts)
    text = xml_chars(text)  # one character for one: the offsets hold
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(
            f"its text is {len(text):,} characters; at most {MAX_TEXT_CHARS:,} can be read "
            "(an abstract has a few thousand)"
        )
    return Article(
        id=origin.record_id(pmid, number),
        pmid=pmid or None,
        doi=xml_chars(doi) if doi else None,
        title=clean_title,
        journal=xml_chars(normalise_space(journal)) if journal else None,
        year=year,
        text=text,
        title_span=title_span,
        sections=sections,
        mesh=mesh or [],
        publication_types=[xml_chars(t) for t in publication_types or []],
        substances=substances or [],
        keywords=[xml_chars(k) for k in keywords or []],
        source=origin.source,
        position=origin.position(number),
    )
