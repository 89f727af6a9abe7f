"""Tables flattened into text: rows, cells and what each cell's number is (pure functions).

Not a component: ``evg_tables`` and ``evg_table_claims`` use these. A table part reads
``caption. row label: column heading value; column heading value. row label. ...`` (the
layout of ``extractors.evaluation.llm_meta_data.flatten_table``): a row with cells gives a
``TableRow``; a row with a label only ("Sedatives.") heads the rows after it (``section``);
a row without a label whose cells hold no numbers ("": Mean; SD") names the columns of the
rows after it more precisely (``subheadings``).

A cell's number is read from its end (:data:`_VALUE`): "12/40", "12 of 40", "12/40 (30)",
"45.2 ± 3.1", "12 (30%)", "30% (12)", "45.2 (3.1)", "4 (2-6)", "14.2" with footnote marks
allowed after it. What a
bracketed pair means comes from the words around it, nearest first (the cell's heading,
then the row label and section, then the caption): "median"/"IQR"/"range" make a median
with its spread, "mean"/"SD"/"±" a mean (SD), "n (%)"/"no."/"number"/"%" a count with its
percentage. A pair that none of these words explains is a count with its percentage only
when the count is whole and, with a group size known, fits it; else it is left out, since a
wrong number costs more than a missing one.

Example: in "Relapse: Drug A (n = 40) 12 (30); Placebo (n = 41) 20 (49); P 0.04." the row
label is "Relapse", the first cell's heading "Drug A (n = 40)", its group size 40 and its
value 12 events (30%).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.numbers import parse_number

_NUM = r"[-−–]?\s?\d+(?:[.·]\d+)?"
_MARKS = r"(?:\s?[*†‡§¶#]+|[a-z]{1,4}\b|\s?\(n\))?"
_VALUE = re.compile(
    rf"(?:^|(?<=[\s:]))(?P<value>"
    rf"(?P<mean>{_NUM})\s*(?:±|\+/-|\+-)\s*(?P<sd>\d+(?:[.·]\d+)?)"
    rf"|(?P<events>\d+)\s*(?:/|\bof\b)\s*(?P<total>\d+)"
    rf"(?:\s*[(\[]\s*(?P<fpct>\d+(?:[.·]\d+)?)\s*%?\s*[)\]])?"
    rf"|(?P<first>{_NUM})\s*(?P<first_pct>%)?\s*[(\[]\s*(?P<second>{_NUM})\s*%?\s*"
    rf"(?:(?:[-–—,;]|to)\s*(?P<third>{_NUM})\s*%?\s*)?[)\]]"
    rf"|(?P<single>{_NUM})\s*(?P<pct>%)?"
    rf"){_MARKS}\s*$"
)
_N_IN_HEADING = re.compile(r"[(\[]?\s*\b[nN]\s*=\s*(?P<n>\d{1,6})\s*[)\]]?")
_ROW_END = re.compile(r"\.(?:\s+|$)")
MEDIAN_WORDS = re.compile(r"(?i)\bmedian\b|\biqr\b|interquartile|\branges?\b|percentile|quartile")
MEAN_WORDS = re.compile(r"(?i)\bmeans?\b|±|\bsd\b|\bs\.d\.|\bstandard deviation")
COUNT_WORDS = re.compile(
    r"(?i)\bn\s*[(\[]\s*%\s*[)\]]|\bno\.?\s*[(\[]\s*%|\bnumber\b|%|\bpercent|\bproportion|"
    r"\bincidence\b|\brates?\b"
)
_P_HEADING = re.compile(r"(?i)^\s*(?:p|p[- ]?values?|p\s*[a-z]?|significance)\W*$")
_SE_WORDS = re.compile(r"(?i)\bse\b|\bsem\b|standard error|\bci\b|confidence|odds|ratio|\bhr\b")


@dataclass(frozen=True, slots=True)
class CellValue:
    """What one cell reports (None: not reported there)."""

    events: int | None = None
    total: int | None = None
    percent: float | None = None
    mean: float | None = None
    sd: float | None = None
    median: float | None = None
    low: float | None = None
    high: float | None = None
    spread: str | None = None
    n: int | None = None


@dataclass(frozen=True, slots=True)
class TableCell:
    """A cell: its column heading (with its group size, if written) and its value text."""

    heading: str
    value: str
    start: int
    end: int
    n: int | None = None


@dataclass(slots=True)
class TableRow:
    """A body row: its label, the label-only row above it, and its cells in order."""

    label: str
    section: str | None
    start: int
    end: int
    cells: list[TableCell] = field(default_factory=list)
    n: int | None = None


@dataclass(slots=True)
class Table:
    """A flattened table: caption and body rows, offsets into the text it was read from."""

    caption: str
    start: int
    end: int
    rows: list[TableRow] = field(default_factory=list)


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    return parse_number(re.sub(r"\s", "", text).replace("−", "-").replace("–", "-"))


def size_of(heading: str) -> int | None:
    """The group size written in a heading ("Drug A (n = 40)" -> 40), else None."""
    m = _N_IN_HEADING.search(heading)
    return int(m.group("n")) if m else None


def without_size(heading: str) -> str:
    """The heading without its "(n = N)" and without footnote marks at its end."""
    return re.sub(r"[\s*†‡§¶#¤,;:]+$", "", _N_IN_HEADING.sub(" ", heading)).strip()


def split_cell(text: str, start: int) -> TableCell | None:
    """A cell "heading value" split at its value (None when it ends in no number)."""
    m = _VALUE.search(text)
    if m is None:
        return None
    heading = text[: m.start()].strip()
    value = m.group("value")
    return TableCell(heading, value, start + m.start(), start + m.end(), size_of(heading))


def is_p_heading(heading: str) -> bool:
    """Whether a column heading names a p value ("P", "P value", "p-value")."""
    return bool(_P_HEADING.match(heading))


def read_table(text: str, offset: int = 0) -> Table:
    """The rows of one flattened table part (see the module docstring)."""
    pieces = []
    position = 0
    for m in _ROW_END.finditer(text):
        pieces.append((position, m.start()))
        position = m.end()
    if position < len(text):
        pieces.append((position, len(text.rstrip(". "))))
    table = Table("", offset, offset + len(text))
    section: str | None = None
    subheadings: list[str] = []
    for index, (s, e) in enumerate(pieces):
        piece = text[s:e]
        colon = piece.find(": ")
        if index == 0 and (colon < 0 or not table.caption):
            table.caption = piece
            if colon < 0:
                continue
        if colon < 0 and not piece.startswith(":"):
            section = piece.strip()
            continue
        label = piece[: max(colon, 0)].strip()
        body_start = s + (colon + 2 if colon >= 0 else 1)
        cells_text = text[body_start:e]
        if not label and not re.search(r"\d", cells_text):
            subheadings = [c.strip() for c in cells_text.split("; ")]
            continue
        row = TableRow(label, section, offset + s, offset + e, n=size_of(label))
        position = body_start
        for i, chunk in enumerate(cells_text.split("; ")):
            cell = split_cell(chunk, offset + position)
            position += len(chunk) + 2
            if cell is None:
                continue
            if i < len(subheadings) and subheadings[i].startswith(cell.heading):
                cell = TableCell(subheadings[i], cell.value, cell.start, cell.end, cell.n)
            row.cells.append(cell)
        if row.cells:
            table.rows.append(row)
    return table


def _kinds(contexts: list[str]) -> tuple[str | None, set[str]]:
    """The kind of value the nearest context names alone, and the kinds that contexts
    naming several ("mean (SD) or n (%)") allow."""
    allowed: set[str] = set()
    for context in contexts:
        found = {
            kind
            for kind, words in (
                ("median", MEDIAN_WORDS),
                ("mean", MEAN_WORDS),
                ("count", COUNT_WORDS),
            )
            if words.search(context)
        }
        if len(found) == 1:
            return found.pop(), allowed
        allowed |= found
    return None, allowed


def _whole(value: float | None) -> int | None:
    if value is None or value < 0 or value != int(value):
        return None
    return int(value)


def _fits(events: int, percent: float, total: int) -> bool:
    return total > 0 and abs(100.0 * events / total - percent) <= 0.5 + 1e-9


def read_value(value: str, contexts: list[str], size: int | None = None) -> CellValue | None:
    """What a cell's value text reports, read with its ``contexts`` (heading, row, caption:
    nearest first) and the group size ``size`` when known (see the module docstring)."""
    m = _VALUE.search(value)
    if m is None:
        return None
    kind, allowed = _kinds(contexts)
    if m.group("mean") is not None:
        if any(_SE_WORDS.search(c) for c in contexts[:1]):
            return None
        return CellValue(mean=_number(m.group("mean")), sd=_number(m.group("sd")))
    if m.group("events") is not None:
        events, total = int(m.group("events")), int(m.group("total"))
        if total == 0 or events > total:
            return None
        percent = _number(m.group("fpct"))
        return CellValue(events=events, total=total, percent=percent)
    if m.group("first") is not None:
        return _pair(m, value, kind or _guess(m, value, allowed, size), contexts, size)
    single = _number(m.group("single"))
    if single is None:
        return None
    return _single(single, m.group("pct") is not None, contexts)


def _guess(m: re.Match[str], value: str, allowed: set[str], size: int | None) -> str | None:
    """The kind of a bracketed pair under a context that allows several kinds."""
    first, second = _number(m.group("first")), _number(m.group("second"))
    if not allowed or first is None or second is None:
        return None
    if m.group("third") is not None:
        return "median" if "median" in allowed else None
    count = _whole(first)
    fits = "%" in value or (size is not None and count is not None and _fits(count, second, size))
    if "count" in allowed and count is not None and 0 <= second <= 100 and fits:
        return "count"
    if "mean" in allowed and (count is None or "count" not in allowed):
        return "mean"
    return None


def _pair(
    m: re.Match[str], value: str, kind: str | None, contexts: list[str], size: int | None
) -> CellValue | None:
    first, second = _number(m.group("first")), _number(m.group("second"))
    third = _number(m.group("third"))
    if first is None or second is None:
        return None
    if third is not None:
        if kind != "median":
            return None
        spread = "range" if any(re.search(r"(?i)range", c) for c in contexts) else "iqr"
        return CellValue(median=first, low=second, high=third, spread=spread)
    if m.group("first_pct"):  # "30.0% (12)": the percentage first, the count in brackets
        events = _whole(second)
        return CellValue(events=events, percent=first) if events is not None else None
    if kind == "mean" and not any(_SE_WORDS.search(c) for c in contexts[:2]):
        return CellValue(mean=first, sd=second)
    count = _whole(first)
    if count is None or not 0 <= second <= 100 or kind in ("mean", "median"):
        return None
    fits = size is not None and _fits(count, second, size)
    if kind == "count" or (kind is None and (fits or "%" in value[m.end("second") :])):
        return CellValue(events=count, percent=second)
    return None


def _single(value: float, percent_sign: bool, contexts: list[str]) -> CellValue | None:
    heading = without_size(contexts[0]) if contexts else ""
    stat = re.sub(r"[^\w%]+", " ", heading).strip().lower()
    last = stat.split(" ")[-1] if stat else ""
    if percent_sign or last in ("%", "percent", "percentage") or stat.endswith("%"):
        return CellValue(percent=value) if 0 <= value <= 100 else None
    if last in ("mean", "average", "χ", "x̄"):
        return CellValue(mean=value)
    if last in ("sd",) and value >= 0:
        return CellValue(sd=value)
    if last == "median":
        return CellValue(median=value)
    if last in ("n", "no", "number", "patients", "participants") and _whole(value) is not None:
        return CellValue(n=_whole(value))
    in_percent = any(re.search(r"\(\s*%\s*\)", c) for c in contexts[1:])
    if in_percent and 0 <= value <= 100:
        return CellValue(percent=value)
    return None
