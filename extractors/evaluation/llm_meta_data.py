"""Gold data of llm_meta_analysis: intervention-comparator-outcome triples with arm numbers.

``arm_numbers.csv`` gives, per triple, the outcome type (binary or continuous) and the numbers
a meta-analysis needs: events and group size per arm (binary) or mean, SD and group size per
arm (continuous); an empty cell means the article does not report that number (Yun et al.
2024, "Automatically Extracting Numerical Results from Randomized Controlled Trials with Large
Language Models"). Only rows of the DEV split are read.

The article text is ``abstract_and_results_xml_files/PMC<id>.xml``: a JATS ``<abstract>`` and
the ``<sec>`` elements of the results (one file has a stray end tag: the parser recovers
from such errors, never resolving entities). :func:`load_article` lays it out as the readers do
(:func:`extractors.readers.sections.compose`), with no title: the abstract's own sections
(else its paragraphs read as the plain-text reader reads them, "Label: body"), then each
results section with its heading as label and the NLM category RESULTS, each table as a
part labelled "Table" (caption, then one sentence per body row: ``row label: column heading
value; column heading value.``) and each figure caption as a part labelled "Figure".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lxml import etree

from extractors.evaluation.number_match import GoldNumber, parse_gold_number
from extractors.readers.articles import Origin, make_article
from extractors.readers.paragraphs import abstract_parts
from extractors.readers.sections import AbstractPart, make_part, normalise_space
from kg.errors import InputError
from kg.model import Article

FOLDER = "llm_meta_analysis"
OutcomeType = Literal["binary", "continuous"]
_SKIPPED_IN_TEXT = frozenset(("table-wrap", "fig", "title", "label", "caption"))
# The files are fragments (an abstract and sections) using JATS's usual namespace prefixes.
_WRAPPER_OPEN = (
    b'<article xmlns:xlink="http://www.w3.org/1999/xlink" '
    b'xmlns:mml="http://www.w3.org/1998/Math/MathML">'
)
_HEADING_NUMBER = re.compile(r"^\s*[\dIVX]+(?:\.\d+)*\.?\s+")


@dataclass(frozen=True, slots=True)
class ArmNumbers:
    """One arm's gold numbers; None where the article does not report the number."""

    events: GoldNumber | None = None
    group_size: GoldNumber | None = None
    mean: GoldNumber | None = None
    sd: GoldNumber | None = None


@dataclass(frozen=True, slots=True)
class MetaTriple:
    """One gold intervention-comparator-outcome triple of the DEV split."""

    id: str
    pmcid: str
    intervention: str
    comparator: str
    outcome: str
    outcome_type: OutcomeType
    intervention_arm: ArmNumbers
    comparator_arm: ArmNumbers
    complete: bool


def _arm(row: dict[str, str], prefix: str) -> ArmNumbers:
    def number(column: str) -> GoldNumber | None:
        return parse_gold_number(row[f"{prefix}_{column}"]) if row[f"{prefix}_{column}"] else None

    return ArmNumbers(
        events=number("events"),
        group_size=number("group_size"),
        mean=number("mean"),
        sd=number("standard_deviation"),
    )


def load_triples(data: Path) -> list[MetaTriple]:
    """The DEV triples of ``data/llm_meta_analysis/arm_numbers.csv``, in file order."""
    path = data / FOLDER / "arm_numbers.csv"
    if not path.is_file():
        raise InputError("llm_meta_analysis gold file not found", source=str(path))
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["split"].strip().upper() == "DEV"]
    triples = []
    for row in rows:
        kind = row["outcome_type"].strip().lower()
        if kind not in ("binary", "continuous"):
            raise InputError(f"unknown outcome type {kind!r}", source=str(path))
        triples.append(
            MetaTriple(
                id=row["id"],
                pmcid=row["pmcid"].strip(),
                intervention=row["intervention"],
                comparator=row["comparator"],
                outcome=row["outcome"],
                outcome_type="binary" if kind == "binary" else "continuous",
                intervention_arm=_arm(row, "intervention"),
                comparator_arm=_arm(row, "comparator"),
                complete=row["is_data_complete"].strip().upper() == "TRUE",
            )
        )
    return triples


def _all_text(element: etree._Element) -> str:
    return "".join(t for t in element.itertext() if isinstance(t, str))


def _text(element: etree._Element) -> str:
    """The element's text without nested tables, figures, headings and captions."""
    pieces = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and etree.QName(child).localname not in _SKIPPED_IN_TEXT:
            pieces.append(_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == name]


def _heading(sec: etree._Element) -> str | None:
    titles = _children(sec, "title")
    if not titles:
        return None
    heading = _HEADING_NUMBER.sub("", normalise_space(_all_text(titles[0])))
    return heading.rstrip(":").strip() or None


def _table_cells(row: etree._Element) -> list[str]:
    cells = []
    for cell in row:
        if not isinstance(cell.tag, str) or etree.QName(cell).localname not in ("td", "th"):
            continue
        span = int(cell.get("colspan", "1") or "1") if (cell.get("colspan") or "1").isdigit() else 1
        cells.extend([normalise_space(_all_text(cell))] * max(1, min(span, 50)))
    return cells


def flatten_table(table_wrap: etree._Element) -> str:
    """A table as sentences: caption, then ``label: heading value; heading value.`` per row."""
    caption = " ".join(normalise_space(_all_text(c)) for c in table_wrap.iter("caption"))
    head_rows = [_table_cells(r) for head in table_wrap.iter("thead") for r in head.iter("tr")]
    body_rows = [_table_cells(r) for body in table_wrap.iter("tbody") for r in body.iter("tr")]
    width = max((len(r) for r in head_rows + body_rows), default=0)
    headings = []
    for column in range(width):
        parts: list[str] = []
        for row in head_rows:
            cell = row[column] if column < len(row) else ""
            if cell and cell not in parts:
                parts.append(cell)
        headings.append(" ".join(parts))
    sentences = [caption.rstrip(".") + "." if caption else ""]
    for row in body_rows:
        if len(set(row)) <= 1 or not any(row[1:]):
            sentences.append(f"{row[0]}." if row and row[0] else "")
            continue
        values = [
            f"{headings[i]} {cell}".strip() if i < len(headings) else cell
            for i, cell in enumerate(row[1:], 1)
            if cell
        ]
        sentences.append(f"{row[0]}: {'; '.join(values)}.")
    return " ".join(s for s in sentences if s)


def _section_parts(sec: etree._Element, category: str | None) -> list[AbstractPart]:
    heading = _heading(sec)
    parts = []
    body = " ".join(_text(p) for p in _children(sec, "p"))
    if body.strip():
        parts.append(make_part(heading, body, category))
    for child in sec:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "sec":
            parts.extend(_section_parts(child, category))
        elif name in ("p", "table-wrap", "fig"):
            for wrap in child.iter("table-wrap"):
                parts.append(make_part("Table", flatten_table(wrap), category))
            for fig in child.iter("fig"):
                caption = " ".join(_all_text(c) for c in fig.iter("caption"))
                parts.append(make_part("Figure", caption, category))
    return [p for p in parts if p.body]


def article_parts(xml: bytes, *, source: str) -> list[AbstractPart]:
    """The abstract's parts, then the results sections' (see the module docstring)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
    try:
        root = etree.fromstring(_WRAPPER_OPEN + xml + b"</article>", parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"malformed XML: {exc}", source=source) from exc
    if root is None:
        raise InputError("no XML elements", source=source)
    parts: list[AbstractPart] = []
    for child in root:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "abstract":
            secs = _children(child, "sec")
            if secs:
                for sec in secs:
                    parts.extend(_section_parts(sec, None))
            else:
                parts.extend(abstract_parts([[_text(p)] for p in _children(child, "p")]))
        elif name == "sec":
            parts.extend(_section_parts(child, "RESULTS"))
    return [p for p in parts if p.body]


def load_article(data: Path, pmcid: str) -> Article:
    """The abstract-and-results text of ``PMC<pmcid>`` as an Article (see the module docstring)."""
    path = data / FOLDER / "abstract_and_results_xml_files" / f"PMC{pmcid}.xml"
    if not path.is_file():
        raise InputError("llm_meta_analysis article not found", source=str(path))
    parts = article_parts(path.read_bytes(), source=str(path))
    return make_article(Origin(str(path), f"PMC{pmcid}"), 1, pmid=None, title="", parts=parts)
