"""MEDLINE text (PubMed's "MEDLINE" export, ``.nbib`` files), parsed with ``Bio.Medline``.

Fields read: PMID, TI (BTI for books), AB (run-in "BACKGROUND: ..." headings become sections),
JT, DP (year), LID/AID (the ``[doi]`` one), MH (``Arthritis, Rheumatoid/*therapy``: label,
qualifiers, ``*`` marks major on the descriptor or a qualifier; MEDLINE gives no UI), PT,
RN (``0 (Immunologic Factors)``: the name in parentheses) and OT (keywords). Lines are decoded
as UTF-8 one at a time, so records before an undecodable byte are still yielded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from Bio import Medline

from kg.errors import InputError
from kg.model import Article, MeshHeading, Substance

from .articles import make_article
from .decoding import iter_utf8_lines
from .sections import normalise_space, split_inline_labels
from .source import OpenedInput

# Bio.Medline is untyped: records are dicts of str (text fields) or list[str] (the others).
_parse_records: Callable[[Iterable[str]], Iterator[dict[str, Any]]] = Medline.parse
_DOI = re.compile(r"(\S+)\s*\[doi\]")
_YEAR = re.compile(r"\d{4}")
_REGISTRY_NAME = re.compile(r"^[^(]*?\((?P<name>.+)\)\s*$")


def _field(record: dict[str, Any], key: str) -> str:
    value = record.get(key, "")
    return " ".join(value) if isinstance(value, list) else str(value)


def _fields(record: dict[str, Any], key: str) -> list[str]:
    value = record.get(key, [])
    values = value if isinstance(value, list) else [value]
    return [text for text in (normalise_space(str(v)) for v in values) if text]


def mesh_heading(line: str) -> MeshHeading | None:
    """``"Arthritis, Rheumatoid/*therapy"`` -> label, qualifiers ["therapy"], major."""
    descriptor, *qualifiers = (normalise_space(part) for part in line.split("/"))
    label = descriptor.lstrip("*").strip()
    if not label:
        return None
    names = [q.lstrip("*").strip() for q in qualifiers]
    major = descriptor.startswith("*") or any(q.startswith("*") for q in qualifiers)
    return MeshHeading(label=label, major=major, qualifiers=[n for n in names if n])


def _substance(line: str) -> Substance | None:
    match = _REGISTRY_NAME.match(line)
    label = normalise_space(match.group("name")) if match else ""
    return Substance(label=label) if label else None


def _doi(record: dict[str, Any]) -> str | None:
    for text in (_field(record, "LID"), *_fields(record, "AID")):
        match = _DOI.search(text)
        if match:
            return match.group(1)
    return None


def _year(record: dict[str, Any]) -> int | None:
    match = _YEAR.search(_field(record, "DP"))
    return int(match.group()) if match else None


def _record_breaks(lines: Iterable[str]) -> Iterator[str]:
    """``lines`` with every record break written as ``"\\n"``, the one Bio.Medline knows.

    A line of whitespace (not a continuation line, which starts with six spaces) is a
    break, however written (``" \\r\\n"``). So is the start of a ``PMID-`` line: MEDLINE
    records are separated by a blank line, but files pasted together or edited by hand lose
    it, and each record starts with its PMID; without the break the second record's fields
    became more fields of the first (whose PMID would read "123 456").
    """
    after_break = True
    for line in lines:
        if not line.strip() and not line.startswith("      "):
            line = "\n"
        elif line.startswith("PMID-") and not after_break:
            yield "\n"
        yield line
        after_break = line == "\n"


def read_medline(opened: OpenedInput) -> Iterator[Article | InputError]:
    """Articles (or per-record InputErrors) from a MEDLINE text stream, in order."""
    origin = opened.origin
    lines = _record_breaks(iter_utf8_lines(opened.stream, origin.source))
    for number, record in enumerate(_parse_records(lines), start=1):
        pmid = normalise_space(_field(record, "PMID"))
        title = normalise_space(_field(record, "TI") or _field(record, "BTI"))
        if not pmid and not title:
            yield origin.record_error(number, "MEDLINE record has neither PMID nor TI")
            continue
        try:
            yield make_article(
                origin,
                number,
                pmid=pmid,
                title=title,
                parts=split_inline_labels(_field(record, "AB")),
                doi=_doi(record),
                journal=_field(record, "JT") or None,
                year=_year(record),
                mesh=[h for h in map(mesh_heading, _fields(record, "MH")) if h],
                publication_types=_fields(record, "PT"),
                substances=[s for s in map(_substance, _fields(record, "RN")) if s],
                keywords=_fields(record, "OT"),
            )
        except ValueError as exc:  # a field the model refuses (pydantic's ValidationError)
            yield origin.refused(number, exc)
