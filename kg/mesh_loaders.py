"""Readers for MeSH vocabulary files: each turns one file into ``Descriptor`` records.

Three formats are read, chosen by content (gzip is detected by its magic bytes, so
``.gz`` files of any format work):

- NLM's descriptor XML (``descYYYY.xml``): ``DescriptorRecordSet/DescriptorRecord`` with
  ``DescriptorUI``, ``DescriptorName/String``, ``TreeNumberList/TreeNumber`` and the terms of
  every concept (``ConceptList/Concept/TermList/Term/String``). Supplementary concept records
  (``suppYYYY.xml``, ``SupplementalRecord``) are read the same way and have no tree numbers.
  The file is streamed with ``lxml.etree.iterparse`` and a safe parser (no DTD loading, no
  entity resolution, no network); each record is cleared once read, so memory stays flat.
- A tab-separated table with a ``DescriptorUI`` and ``DescriptorName`` header and optional
  ``EntryTerms`` and ``TreeNumbers`` (``|``-separated) or ``tree_location`` columns, as in
  jaytimm's MeSH resources. Rows sharing a UI are merged.
- A CSV with ``id`` (a MeSH IRI such as ``http://id.nlm.nih.gov/mesh/D001172``) and
  ``subject`` (the heading) columns, as in invenio's MeSH subjects list: names only.

Every failure to read a file raises ``MeshIndexError`` naming the file and, where known, the
line.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import logging
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal, cast

from lxml import etree

from kg.errors import MeshIndexError

log = logging.getLogger(__name__)

MeshFormat = Literal["xml", "tsv", "csv"]

UI_PATTERN = re.compile(r"[A-Z]\d{6,9}")
"""A MeSH unique identifier: D (descriptor), C (supplementary concept) or Q (qualifier)."""

_GZIP_MAGIC = b"\x1f\x8b"
_XML_RECORD_TAGS = ("DescriptorRecord", "SupplementalRecord")


@dataclass(frozen=True, slots=True)
class Descriptor:
    """One MeSH descriptor: its UI, preferred name, tree numbers and entry terms.

    ``entry_terms`` are the other names NLM lists for it (synonyms, inverted forms, the terms
    of narrower concepts), never the preferred name itself.
    """

    ui: str
    name: str
    tree_numbers: tuple[str, ...] = ()
    entry_terms: tuple[str, ...] = ()


def read_descriptors(path: Path) -> list[Descriptor]:
    """Read every descriptor of a MeSH file, merging records that share a UI.

    Raises ``MeshIndexError`` when the file is missing, unreadable, of an unknown format,
    malformed, or holds no descriptor at all.
    """
    fmt = detect_format(path)
    readers = {"xml": _read_xml, "tsv": _read_tsv, "csv": _read_csv}
    try:
        descriptors = _merge_same_ui(readers[fmt](path))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error) as exc:
        raise MeshIndexError(f"cannot read MeSH file {path}: {exc}") from exc
    if not descriptors:
        raise MeshIndexError(f"no MeSH descriptors found in {path} (read as {fmt})")
    log.debug("read %d descriptors from %s (%s)", len(descriptors), path, fmt)
    return descriptors


def detect_format(path: Path) -> MeshFormat:
    """Tell the format of a MeSH file from its first bytes (after gzip decompression)."""
    try:
        with _open_binary(path) as fh:
            head = fh.read(4096)
    except FileNotFoundError as exc:
        raise MeshIndexError(f"MeSH file not found: {path}") from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise MeshIndexError(f"cannot read MeSH file {path}: {exc}") from exc
    text = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if not text:
        raise MeshIndexError(f"MeSH file is empty: {path}")
    if text.startswith(b"<"):
        return "xml"
    first_line = text.split(b"\n", 1)[0].decode("utf-8", errors="replace").strip()
    columns = {c.strip().strip('"') for c in re.split(r"[\t,]", first_line)}
    if "\t" in first_line and {"DescriptorUI", "DescriptorName"} <= columns:
        return "tsv"
    if "," in first_line and {"id", "subject"} <= columns:
        return "csv"
    raise MeshIndexError(
        f"unknown MeSH file format: {path} (expected NLM descriptor XML, a TSV with "
        f"DescriptorUI/DescriptorName columns, or a CSV with id/subject columns; "
        f"first line: {first_line[:80]!r})"
    )


def _open_binary(path: Path) -> IO[bytes]:
    """Open a file for binary reading, transparently decompressing gzip."""
    with path.open("rb") as probe:
        magic = probe.read(2)
    if magic == _GZIP_MAGIC:
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _open_text(path: Path) -> IO[str]:
    return io.TextIOWrapper(_open_binary(path), encoding="utf-8-sig", newline="")


def _check_ui(ui: str, path: Path, where: str) -> str:
    ui = ui.strip()
    if not UI_PATTERN.fullmatch(ui):
        raise MeshIndexError(f"{path}, {where}: not a MeSH UI: {ui!r}")
    return ui


def _split_bar(value: str | None) -> tuple[str, ...]:
    return tuple(p for p in (s.strip() for s in (value or "").split("|")) if p)


# --- NLM descriptor XML ------------------------------------------------------------------


def _read_xml(path: Path) -> Iterator[Descriptor]:
    with _open_binary(path) as fh:
        context = etree.iterparse(
            fh,
            events=("end",),
            tag=_XML_RECORD_TAGS,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            remove_comments=True,
            remove_pis=True,
        )
        try:
            for _event, element in context:
                yield _descriptor_from_xml(element, path)
                _release(element)
        except etree.XMLSyntaxError as exc:
            raise MeshIndexError(f"malformed MeSH XML in {path}: {exc}") from exc


def _descriptor_from_xml(element: etree._Element, path: Path) -> Descriptor:
    kind = "Descriptor" if element.tag == "DescriptorRecord" else "SupplementalRecord"
    where = f"line {element.sourceline}"
    ui = element.findtext(f"{kind}UI")
    name = element.findtext(f"{kind}Name/String")
    if not ui or not name or not name.strip():
        raise MeshIndexError(f"{path}, {where}: {element.tag} without {kind}UI or {kind}Name")
    name = name.strip()
    trees = tuple(t.text.strip() for t in element.iterfind("TreeNumberList/TreeNumber") if t.text)
    terms = (
        s.text.strip()
        for s in element.iterfind("ConceptList/Concept/TermList/Term/String")
        if s.text and s.text.strip()
    )
    return Descriptor(_check_ui(ui, path, where), name, trees, _unique(terms, exclude=name))


def _release(element: etree._Element) -> None:
    """Free a record already read, and the finished siblings before it."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


# --- TSV (jaytimm) ------------------------------------------------------------------------


def _read_tsv(path: Path) -> Iterator[Descriptor]:
    with _open_text(path) as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = [h.strip() for h in next(reader)]
        col = {name: i for i, name in enumerate(header)}
        ui_col, name_col = col["DescriptorUI"], col["DescriptorName"]
        terms_col, trees_col = col.get("EntryTerms"), col.get("TreeNumbers")
        location_col = col.get("tree_location")
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            where = f"line {reader.line_num}"
            if len(row) < len(header):
                raise MeshIndexError(
                    f"{path}, {where}: {len(row)} columns where the header has {len(header)}"
                )
            name = row[name_col].strip()
            if not name:
                raise MeshIndexError(f"{path}, {where}: empty DescriptorName")
            trees = _split_bar(row[trees_col]) if trees_col is not None else ()
            if location_col is not None and row[location_col].strip():
                trees += (row[location_col].strip(),)
            terms = _split_bar(row[terms_col]) if terms_col is not None else ()
            ui = _check_ui(row[ui_col], path, where)
            yield Descriptor(ui, name, trees, _unique(terms, exclude=name))


# --- CSV (invenio) ------------------------------------------------------------------------


def _read_csv(path: Path) -> Iterator[Descriptor]:
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            where = f"line {reader.line_num}"
            iri, name = (row.get("id") or "").strip(), (row.get("subject") or "").strip()
            if not iri and not name:
                continue
            if not name:
                raise MeshIndexError(f"{path}, {where}: empty subject")
            yield Descriptor(_check_ui(iri.rsplit("/", 1)[-1], path, where), name)


# --- merging ------------------------------------------------------------------------------


def _unique(values: Iterable[str], exclude: str = "") -> tuple[str, ...]:
    """Values in first-seen order, without duplicates and without ``exclude``."""
    seen = {exclude}
    out = []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return tuple(out)


def merge_descriptor(a: Descriptor, b: Descriptor) -> Descriptor:
    """One descriptor from two records of the same UI: ``a``'s name wins, the rest unite.

    A differing name in ``b`` (a renamed heading in another MeSH year) becomes an entry term.
    """
    if a == b:
        return a
    return Descriptor(
        a.ui,
        a.name,
        _unique((*a.tree_numbers, *b.tree_numbers)),
        _unique((*a.entry_terms, b.name, *b.entry_terms), exclude=a.name),
    )


def _merge_same_ui(descriptors: Iterable[Descriptor]) -> list[Descriptor]:
    by_ui: dict[str, Descriptor] = {}
    for d in descriptors:
        known = by_ui.get(d.ui)
        by_ui[d.ui] = d if known is None else merge_descriptor(known, d)
    return list(by_ui.values())
