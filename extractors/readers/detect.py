"""Telling the input formats apart from their first bytes.

- ``xml``: gzip magic (the baseline files are gzipped XML), or ``<`` first after a
  byte-order mark and whitespace.
- ``medline``: MEDLINE/.nbib tag lines, ``PMID- `` or a tag padded to four columns then
  ``- `` (``TI  - ``, ``AB  - ``).
- ``pubmed-text``: the text of a PubMed abstract page: a line ``Abstract`` alone, a citation
  line with ``doi: 10.`` near the top, or a ``MeSH terms`` block.
- ``text``: anything else (title paragraph, then the abstract).

JSON (a JSON object on the first line, or an array of objects: Record JSON from ``evg
extract``) is refused with a message saying so, rather than read as a text.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from typing import Literal

from kg.errors import UnknownFormatError

InputFormat = Literal["xml", "medline", "pubmed-text", "text"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MEDLINE_TAG = re.compile(r"([A-Z][A-Z0-9]{1,3})( *)- ")
_CITATION = re.compile(r"\b(?:1[89]|20)\d\d\b.*\bdoi: 10\.\S+", re.IGNORECASE)
_PAGE_HEADINGS = frozenset(("abstract", "mesh terms"))
_MEDLINE_SUFFIXES = frozenset((".nbib", ".medline"))
_JSON_ARRAY = re.compile(r"\[\s*(?:\{\s*\"|\]\s*$)")


def _head_text(head: bytes) -> str:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")
    return head.decode("utf-8", errors="replace")


def _is_medline_tag(line: str) -> bool:
    match = _MEDLINE_TAG.match(line)
    return match is not None and len(match.group(1)) + len(match.group(2)) == 4


def _looks_medline(lines: list[str], name: str | None) -> bool:
    tagged = [line for line in lines[:40] if _is_medline_tag(line)]
    if not tagged:
        return False
    if lines[0] is tagged[0] and (lines[0].startswith("PMID- ") or len(tagged) >= 2):
        return True
    return name is not None and PurePath(name).suffix.lower() in _MEDLINE_SUFFIXES


def _looks_page_text(lines: list[str]) -> bool:
    if any(line.strip().lower() in _PAGE_HEADINGS for line in lines):
        return True
    return any(_CITATION.search(line) for line in lines[:12])


def _looks_json(text: str) -> bool:
    """A JSON object on the first line, or a JSON array of objects (``evg extract -f json``);
    a bracketed translated title ("[Effect of ...]") is text."""
    if _JSON_ARRAY.match(text):
        return True
    if not text.startswith("{"):
        return False
    try:
        return isinstance(json.loads(text.split("\n", 1)[0]), dict)
    except ValueError:
        return False


def detect_format(head: bytes, name: str | None = None) -> InputFormat:
    """The format of an input from its first bytes (and, as a tie-breaker, its name).

    Raises UnknownFormatError when the input is empty (nothing but whitespace) or JSON.
    """
    if head.startswith(b"\x1f\x8b"):
        return "xml"
    text = _head_text(head).lstrip("\ufeff \t\r\n")
    if not text.strip("\x00"):
        raise UnknownFormatError("empty input: nothing but whitespace", source=name)
    if text.startswith("<"):
        return "xml"
    if _looks_json(text):
        raise UnknownFormatError(
            "the input is JSON (Record JSON from `evg extract`?); records are read from "
            "PubMed XML, MEDLINE/.nbib, PubMed page text or plain text",
            source=name,
        )
    lines = [line for line in text.splitlines() if line.strip()]
    if _looks_medline(lines, name):
        return "medline"
    if _looks_page_text(lines):
        return "pubmed-text"
    return "text"
