"""The ``evg_tables`` component: tables read row by row, their columns tied to the arms.

Reads ``Doc._.sections`` (parts headed "Table": a table flattened to text, see
``table_rows``) and ``Doc._.arms``; writes ``Doc._.tables``, a list of ``ArmTable`` (a
``table_rows.Table`` plus which column heading or row label names which arm), and completes
``Doc._.arms``. Method:
- a heading or row label names the arm whose distinctive words (``ArmMention.distinctive``)
  it shares most, alone; else, when it carries a group size that only one arm has, that
  arm; with two arms, when one is named and exactly one other name in the table carries a
  group size ("TAU (n = 133)"), that name is the other arm; when neither is named and two
  names carry sizes, the one saying placebo, control or usual care is the comparator's and
  the other the other arm's (without such a word: in the order the text gives the arms);
- an arm without n takes the group size written beside its name in the tables when every
  such size agrees, else the one of an "overall"/"total"/"all" column;
- a text without arms takes them from the first table whose column headings (or row
  labels) carry group sizes for two to six groups other than a total: "Drug A (n = 40)",
  "Placebo (n = 41)" give arms "Drug A" (n=40) and "Placebo" (n=41); else from the first
  table whose rows all have the same two to four value columns, one saying placebo, control
  or usual care ("Drug A", "Placebo").
Tables whose caption says they describe the participants at baseline are left out
(``is_baseline``): their rows are no results.

Example: a part "Table" reading "Relapse. Drug A (n = 40): Events 12 (30). Placebo (n = 41):
Events 20 (49)." gives one table whose two row labels name the arms "drug A" and "placebo".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.arm_labels import ArmPhrase
from extractors.components.arms import (
    ArmMention,
    build_arms,
    fill_analysed,
    mention_words,
    prose_sentences,
)
from extractors.components.inputs import text_of
from extractors.components.sections import declare_section_extensions
from extractors.components.table_rows import Table, read_table, size_of, without_size

TABLE_HEADING = "Table"
_DESCRIPTIVE = re.compile(r"(?i)\bcharacteristics\b|\bdemographic|\bdescription\s+of\s+the\b")
_BASELINE = re.compile(
    r"(?i)\bbaseline\b|\b(?:at|on)\s+(?:admission|entry|enrol?ment|randomi[sz]ation|inclusion)\b"
)
_FOLLOW_UP = re.compile(r"(?i)follow|\bafter\b|\bpost|\bweeks?\b|\bmonths?\b|\bchanges?\b|outcome")
_ALL = re.compile(r"(?i)^(?:overall|total|all|combined|whole|both)\b|\b(?:overall|total)$")
_MAX_ARMS = 6
_CONTROL_NAME = re.compile(
    r"(?i)\b(?:placebo|sham|controls?|usual|standard|conventional|routine|no\s+treatment)\b"
)
_SIZE_AT = re.compile(r"[(\[]?\s*\b[nN]\s*=\s*\d")
WORD = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*|%")


@dataclass(slots=True)
class ArmTable:
    """A table and the arm each of its names (headings, row labels) stands for."""

    table: Table
    names: dict[str, str] = field(default_factory=dict)
    common: dict[str, frozenset[str]] = field(default_factory=dict)

    def arm_of(self, name: str) -> str | None:
        """The arm id that a heading or row label names, else None."""
        return self.names.get(name_key(name))

    def name_words(self, arm: str) -> frozenset[str]:
        """The words that every column heading of ``arm`` shares (its name in this table)."""
        return self.common.get(arm, frozenset())


def name_key(name: str) -> str:
    """A heading or label compared without its group size, case and footnote marks."""
    return re.sub(r"[^\w%()]+", " ", without_size(name)).strip().lower()


def is_baseline(table: Table) -> bool:
    """Whether the caption says the table describes participants at baseline."""
    caption = table.caption
    if _DESCRIPTIVE.search(caption):
        return True
    return bool(_BASELINE.search(caption)) and not _FOLLOW_UP.search(caption)


def named_arm(arms: list[ArmMention], name: str) -> str | None:
    """The arm whose distinctive words ``name`` shares most, alone; else None."""
    words = mention_words(without_size(name))
    words |= {w[:-k] for w in words for k in (1, 2) if len(w) - k >= 4}  # "Placeboa": a footnote
    scores = sorted(((len(a.distinctive & words), a.id) for a in arms), reverse=True)
    if not scores or scores[0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]


def _names(table: Table) -> list[str]:
    names = []
    for row in table.rows:
        names.append(row.label)
        names.extend(cell.heading for cell in row.cells)
    return list(dict.fromkeys(n for n in names if n))


def tie_arms(table: Table, arms: list[ArmMention]) -> ArmTable:
    """The table with its names tied to ``arms`` (see the module docstring)."""
    tied = ArmTable(table)
    sized_unknown: set[str] = set()
    for name in _names(table):
        key = name_key(name)
        arm = named_arm(arms, name)
        if arm is not None:
            tied.names.setdefault(key, arm)
        elif size_of(name) is not None and not _ALL.search(key):
            sized_unknown.add(key)
    named = set(tied.names.values())
    for key in sorted(sized_unknown):
        size = size_of(next(n for n in _names(table) if name_key(n) == key))
        same = [a.id for a in arms if a.n is not None and a.n == size and a.id not in named]
        if len(same) == 1 and sum(a.n == size for a in arms) == 1:
            tied.names[key] = same[0]  # "Group 2 (n = 41)" for the only arm of 41
            named.add(same[0])
            sized_unknown.discard(key)
    if len(arms) == 2 and len(named) == 1 and len(sized_unknown) == 1:
        other = next(a.id for a in arms if a.id not in named)
        tied.names[sized_unknown.pop()] = other
    elif len(arms) == 2 and not named and len(sized_unknown) == 2:
        _tie_in_order(tied, [k for k in map(name_key, _names(table)) if k in sized_unknown], arms)
    for row in table.rows:
        for cell in row.cells:
            arm = tied.arm_of(cell.heading)
            if arm is not None:
                words = heading_words(cell.heading)
                tied.common[arm] = tied.common.get(arm, words) & words
    return tied


def _tie_in_order(tied: ArmTable, keys: list[str], arms: list[ArmMention]) -> None:
    """Two sized columns naming neither of two arms: a column saying placebo, control or
    usual care is the comparator's, the other the other arm's; else the text's order."""
    keys = list(dict.fromkeys(keys))
    control = [k for k in keys if _CONTROL_NAME.search(k)]
    if len(control) > 1 or (control and sum(a.comparator for a in arms) != 1):
        return
    keys = [k for k in keys if k not in control] + control
    order = sorted(arms, key=lambda a: a.comparator) if control else arms
    for key, arm in zip(keys, order, strict=True):
        tied.names[key] = arm.id


def heading_words(heading: str) -> frozenset[str]:
    """The lower-cased words of a heading without its group size."""
    return frozenset(w.lower() for w in WORD.findall(without_size(heading)))


def _fill_sizes(tables: list[ArmTable], arms: list[ArmMention]) -> None:
    for arm in arms:
        if arm.n is not None:
            continue
        sizes: list[tuple[int, bool]] = []
        for tied in tables:
            for name in _names(tied.table):
                n = size_of(name)
                if n is not None and tied.arm_of(name) == arm.id:
                    sizes.append((n, bool(re.search(r"(?i)\b(?:overall|total|all)\b", name))))
        distinct = {n for n, _ in sizes}
        overall = {n for n, whole in sizes if whole}
        if len(distinct) == 1:
            arm.n = distinct.pop()
        elif len(overall) == 1:
            arm.n = overall.pop()


def arms_from_tables(tables: list[Table], text: str) -> list[ArmPhrase]:
    """Arm phrases from the first table naming two to six sized groups (module docstring)."""
    for table in tables:
        for names in (
            [c.heading for row in table.rows for c in row.cells],
            [row.label for row in table.rows],
        ):
            groups: dict[str, int] = {}
            for name in names:
                n = size_of(name)
                size_at = _SIZE_AT.search(name)
                label = without_size(name[: size_at.start()]) if size_at else ""
                if n is None or not label or _ALL.search(label) or re.search(r"\d", label):
                    continue
                groups.setdefault(label, n)
            if 2 <= len(groups) <= _MAX_ARMS:
                phrases = []
                for label, n in groups.items():
                    start = text.find(label, table.start, table.end)
                    start = start if start >= 0 else table.start
                    phrases.append(ArmPhrase(label, start, start + len(label), n))
                return phrases
    for table in tables:
        found = _control_columns(table, text)
        if found is not None:
            return found
    return []


def _control_columns(table: Table, text: str) -> list[ArmPhrase] | None:
    """Arm phrases from a table whose every row has the same two to four unsized value
    columns, one of them saying placebo, control or usual care ("Placebo", "Drug A")."""
    columns: list[str] | None = None
    for row in table.rows:
        headings = [h for h in (c.heading for c in row.cells) if h and not _ALL.search(name_key(h))]
        headings = [h for h in headings if not re.fullmatch(r"(?i)p(?:[- ]?values?)?\W*", h)]
        if columns is None:
            columns = headings
        elif headings != columns:
            return None
    if not columns or not 2 <= len(columns) <= 4 or len(set(columns)) != len(columns):
        return None
    if sum(bool(_CONTROL_NAME.search(c)) for c in columns) != 1:
        return None
    if any(re.search(r"\d", c) for c in columns):
        return None
    phrases = []
    for label in columns:
        start = text.find(label, table.start, table.end)
        start = start if start >= 0 else table.start
        phrases.append(ArmPhrase(label, start, start + len(label), None))
    return phrases


class Tables:
    """Writes ``Doc._.tables`` and completes ``Doc._.arms`` (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        tables = [
            read_table(text[s.start_char : s.end_char], s.start_char)
            for s in doc._.sections or ()
            if s._.heading == TABLE_HEADING
        ]
        arms: list[ArmMention] = list(doc._.arms or [])
        if tables and not arms:
            phrases = arms_from_tables(tables, text)
            if phrases:
                arms = build_arms(phrases, doc._.long_forms or {})
                for sent in prose_sentences(doc):
                    fill_analysed(arms, sent.text)
                doc._.arms = arms
        tied = [tie_arms(t, arms) for t in tables]
        _fill_sizes(tied, arms)
        doc._.tables = [t for t in tied if not is_baseline(t.table)]
        return doc


@Language.factory(
    "evg_tables",
    assigns=["doc._.tables", "doc._.arms"],
    requires=["doc._.sections", "doc._.arms", "doc._.long_forms"],
)
def make_tables(nlp: Language, name: str) -> Tables:
    declare_section_extensions()
    if not Doc.has_extension("tables"):
        Doc.set_extension("tables", default=None)
    return Tables()
