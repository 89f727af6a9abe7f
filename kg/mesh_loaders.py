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

jaytimm's compact descriptor TSV gives the category headings of the trees (C14
Cardiovascular Diseases, F03 Mental Disorders and the like) no tree number. Its sibling
``mesh_tree_numbers.tsv`` names each of them by its code in the ``tree1`` and ``mesh1``
columns; ``category_table`` finds that file beside a source, ``read_category_headings`` reads it
and ``add_category_codes`` gives the headings their codes.
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

CATEGORY_TABLE = "mesh_tree_numbers.tsv"
"""jaytimm's table of tree numbers, read beside a TSV for the category headings' codes."""

_CATEGORY_CODE = re.compile(r"[A-Z]\d{2}")
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


# --- category headings (jaytimm's tree table) ----------------------------------------------


def category_table(source: Path) -> Path | None:
    """The ``mesh_tree_numbers.tsv`` beside a TSV source, or ``None`` if there is none.

    Only a tab-separated source (``.tsv`` or ``.tsv.gz``) other than the table itself has one.
    """
    if not source.name.endswith((".tsv", ".tsv.gz")):
        return None
    table = source.with_name(CATEGORY_TABLE)
    if table == source or not table.is_file():
        return None
    return table


@dataclass(frozen=True, slots=True)
class CategoryHeading:
    """A category heading's codes ("C14"), and its UI where the tree table has rows of it."""

    codes: tuple[str, ...]
    ui: str | None = None


def read_category_headings(path: Path) -> dict[str, CategoryHeading]:
    """The category headings named in jaytimm's tree table, by name.

    Accepts rows whose ``tree1`` is a category code (a letter and two digits, "C14") of which
    the row's ``tree_location`` is the code itself or a tree number below it, and whose
    ``mesh1`` names the heading ("Cardiovascular Diseases"); a name may have several codes.
    Where rows of the heading itself exist (their ``DescriptorName`` is its name), their
    ``DescriptorUI`` is the heading's UI; a heading whose rows disagree on it is left out. The
    table is optional, so a file that cannot be read or lacks these columns gives ``{}`` and
    a warning, never an error.
    """
    codes: dict[str, dict[str, None]] = {}  # heading name -> its codes, in order
    uis: dict[str, set[str]] = {}
    try:
        with _open_text(path) as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            col = {name.strip(): i for i, name in enumerate(next(reader, []))}
            needed = ("DescriptorUI", "DescriptorName", "tree_location", "tree1", "mesh1")
            if not all(name in col for name in needed):
                log.warning("%s lacks a column of %s; no category codes read", path, needed)
                return {}
            ui_col, name_col, location_col, code_col, heading_col = (col[n] for n in needed)
            for row in reader:
                if len(row) < len(col):
                    continue
                code, heading = row[code_col].strip(), row[heading_col].strip()
                if heading and _is_category_code(code, row[location_col].strip()):
                    codes.setdefault(heading, {})[code] = None
                uis.setdefault(row[name_col].strip(), set()).add(row[ui_col].strip())
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error) as exc:
        log.warning("cannot read MeSH tree table %s (%s); no category codes read", path, exc)
        return {}
    headings = {}
    for name, found in codes.items():
        own = uis.get(name, set())
        if len(own) > 1:
            log.warning("%s: category heading %r has several UIs; left out", path, name)
            continue
        headings[name] = CategoryHeading(tuple(found), next(iter(own), None))
    return headings


def _is_category_code(code: str, location: str) -> bool:
    """Whether ``code`` is a category code ("C14") at or above ``location`` ("C14.280")."""
    return bool(_CATEGORY_CODE.fullmatch(code)) and (
        location == code or location.startswith(code + ".")
    )


def add_category_codes(
    descriptors: list[Descriptor], headings: dict[str, CategoryHeading]
) -> list[Descriptor]:
    """``descriptors`` with each category heading given the codes it lacks.

    A heading is matched by its exact preferred name ("Cardiovascular Diseases" gets C14),
    only where one descriptor has that name and its UI is the heading's UI in the table (if
    the table gives one); other descriptors are returned as they are.
    """
    named: dict[str, list[int]] = {}
    for i, d in enumerate(descriptors):
        if d.name in headings:
            named.setdefault(d.name, []).append(i)
    out = list(descriptors)
    for name, (i, *others) in named.items():
        d, heading = out[i], headings[name]
        if others or heading.ui not in (None, d.ui):
            log.warning("MeSH category heading %r does not match one descriptor; no code", name)
            continue
        trees = _unique((*d.tree_numbers, *heading.codes))
        if trees != d.tree_numbers:
            out[i] = Descriptor(d.ui, d.name, trees, d.entry_terms)
    return out


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
