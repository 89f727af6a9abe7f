"""The MeSH index: heading names and entry terms to descriptor UIs, and tree expansion.

``MeshIndex.load`` reads NLM descriptor XML, jaytimm's descriptor TSV or invenio's subjects
CSV (see ``kg.mesh_loaders``), merges several files, and keeps each built file index in a
cache directory so that the next load takes a fraction of a second. Lookups go through
``normalise_term``; they return ``None`` rather than guess: an empty index resolves nothing,
and a term naming several descriptors resolves only when exactly one of them has it as its
preferred name.

Example::

    index = MeshIndex.load(path, cache_dir=default_cache_dir())
    index.lookup("rheumatoid arthritis")  # "D001172"
    index.descendants("D001168")  # Arthritis and every heading under it
"""

from __future__ import annotations

import logging
import os
import re
import time
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeAlias

from kg.errors import MeshIndexError
from kg.mesh_cache import (
    CacheStamp,
    cache_file_for,
    default_cache_dir,
    read_cache,
    source_stamp,
    write_cache,
)
from kg.mesh_loaders import (
    UI_PATTERN,
    Descriptor,
    add_category_codes,
    category_table,
    merge_descriptor,
    read_category_headings,
    read_descriptors,
)
from kg.model import MeshHeading
from kg.spelling import american

__all__ = [
    "ANIMALS",
    "CACHE_FORMAT_VERSION",
    "FEMALE",
    "HUMANS",
    "MALE",
    "MICE",
    "RATS",
    "Descriptor",
    "MeshIndex",
    "default_cache_dir",
    "natural_order",
    "normalise_term",
]

log = logging.getLogger(__name__)

# Check tags: descriptors NLM adds to most records, named so that no other module spells them.
HUMANS = "D006801"
ANIMALS = "D000818"
MICE = "D051379"
RATS = "D051381"
MALE = "D008297"
FEMALE = "D005260"

CACHE_FORMAT_VERSION = 1
"""Version of the cached index layout *and* of ``normalise_term``: bump it when either changes."""

StrPath: TypeAlias = str | os.PathLike[str]
_Record: TypeAlias = tuple[str, tuple[str, ...], tuple[str, ...]]  # name, trees, entry terms

# --- normalisation ------------------------------------------------------------------------

_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρστυφχψω",
        (
            *("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"),
            *("iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"),
            *("rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"),
        ),
        strict=True,
    )
)
_APOSTROPHES = "’‘ʼ′`´"  # typographic variants of ', unified to it
_SEPARATORS = ',;:/\\()[]{}"“”„_+−'  # plus every Unicode dash (category Pd), see below
_TRANSLATION = str.maketrans(
    {
        **{c: "'" for c in _APOSTROPHES},
        **{c: " " for c in _SEPARATORS},
        **_GREEK,
    }
)
_NON_DECIMAL_POINT = re.compile(r"(?<!\d)\.|\.(?!\d)")
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])'s\b")
_UI = UI_PATTERN
# a key as ``normalise_term`` leaves it: lower-case ASCII letters and digits, words one space
# apart (the n-grams of ``extractors.components.mesh_linking`` are mostly such keys)
_PLAIN_KEY = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


def normalise_term(term: str) -> str:
    """The lookup key of a MeSH name or a phrase from text.

    1. Unicode NFKC (full-width and compatibility forms become plain ones), then casefold.
    2. Diacritics dropped ("Sjögren" = "Sjogren"), lower-case Greek letters spelled out
       ("IFN-γ" = "IFN-gamma").
    3. Apostrophe variants become ``'``, and a possessive ``'s`` loses it ("Crohn's" =
       "Crohns"); other apostrophes stay, as they are primes in chemical names
       ("Cytochromes c'" is not "Cytochromes c"). Hyphens and every other dash, commas,
       semicolons, colons, slashes, brackets, quotes, underscores and plus signs become spaces
       ("Interferon-gamma" = "interferon gamma"); a full stop too, unless it is a decimal
       point between digits.
    4. Runs of whitespace collapse to one space; leading and trailing space is removed.

    Word order is kept: inverted headings ("Arthritis, Rheumatoid") are matched through
    ``natural_order``, which the index applies to every name and entry term it holds.

    >>> normalise_term("Arthritis,  Rheumatoid")
    'arthritis rheumatoid'
    >>> normalise_term("IFN-γ")
    'ifn gamma'
    """
    if _PLAIN_KEY.fullmatch(term):  # every step below leaves it as it is
        return term
    text = unicodedata.normalize("NFKC", term).casefold()
    if not text.isascii():
        decomposed = unicodedata.normalize("NFD", text)
        text = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
        text = unicodedata.normalize("NFC", text)
        text = "".join(" " if unicodedata.category(c) == "Pd" else c for c in text)
    text = text.translate(_TRANSLATION).replace("-", " ")
    if "'" in text:
        text = _POSSESSIVE.sub("s", text)
    if "." in text:
        text = _NON_DECIMAL_POINT.sub(" ", text)
    return " ".join(text.split())


def natural_order(term: str) -> str | None:
    """The uninverted form of an inverted MeSH heading, or ``None`` if it is not inverted.

    MeSH writes many headings noun first: "Arthritis, Rheumatoid", "Leukemia, Myeloid, Acute".
    Reversing the comma-separated parts gives the order used in running text ("Rheumatoid
    Arthritis", "Acute Myeloid Leukemia"). Chemical names with brackets are left alone, and
    so are terms with more than three parts.
    """
    if "," not in term or any(c in term for c in "()[]"):
        return None
    parts = [p.strip() for p in term.split(",")]
    if len(parts) > 3 or not all(parts):
        return None
    return " ".join(reversed(parts))


# --- the index ----------------------------------------------------------------------------


class MeshIndex:
    """MeSH descriptors with a term index for lookups and tree numbers for expansion.

    ``MeshIndex()`` is an empty index: every lookup returns ``None``. Build one with ``load``
    (files) or ``from_descriptors`` (records already in memory); ``merge`` adds another index.

    Term keys are ``normalise_term`` forms of three kinds of strings: the preferred name, and as
    variants the name's natural order, each entry term and its natural order. A key resolves
    when it is the preferred name of exactly one descriptor, or, failing that, a variant of
    exactly one; otherwise it is ambiguous and resolves to ``None``.
    """

    def __init__(self) -> None:
        self._records: dict[str, _Record] = {}
        # normalised key -> space-separated UIs (one UI unless the key is ambiguous)
        self._names: dict[str, str] = {}
        self._variants: dict[str, str] = {}
        self._tree_ui: dict[str, str] | None = None
        self._sorted_trees: list[str] | None = None
        self._first_word_lengths: dict[str, int] | None = None
        self._first_word_pairs: frozenset[str] | None = None

    # construction ------------------------------------------------------------------------

    @classmethod
    def from_descriptors(cls, descriptors: Iterable[Descriptor]) -> MeshIndex:
        """An index of the given descriptors (records of the same UI are merged)."""
        index = cls()
        names: dict[str, set[str]] = {}
        variants: dict[str, set[str]] = {}
        for d in descriptors:
            known = index._records.get(d.ui)
            if known is not None:
                d = merge_descriptor(Descriptor(d.ui, *known), d)
            index._records[d.ui] = (d.name, d.tree_numbers, d.entry_terms)
            names.setdefault(normalise_term(d.name), set()).add(d.ui)
            for term in (d.name, *d.entry_terms):
                forms = (term, natural_order(term)) if term != d.name else (natural_order(term),)
                for form in forms:
                    key = normalise_term(form) if form else ""
                    if key:
                        variants.setdefault(key, set()).add(d.ui)
        names.pop("", None)
        index._names = {k: " ".join(sorted(v)) for k, v in names.items()}
        index._variants = {k: " ".join(sorted(v)) for k, v in variants.items()}
        return index

    @classmethod
    def load(cls, paths: StrPath | Iterable[StrPath], cache_dir: Path | None = None) -> MeshIndex:
        """Load one MeSH file or several (merged), through the cache in ``cache_dir`` if given.

        The cache holds one pickle per source file, valid for the file's absolute path, size
        and modification time (and those of the tree table beside a TSV, see ``_load_file``)
        and for ``CACHE_FORMAT_VERSION``; a stale or corrupt cache is
        rebuilt without complaint and replaced atomically. Raises ``MeshIndexError`` when a
        file cannot be read as MeSH.
        """
        sources = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
        if not sources:
            raise MeshIndexError("no MeSH file given")
        index = cls()
        for source in sources:
            index.merge(_load_file(Path(source), cache_dir))
        return index

    def merge(self, other: MeshIndex) -> None:
        """Add another index's descriptors and terms to this one (in place)."""
        if not self._records:
            self._records = dict(other._records)
            self._names, self._variants = dict(other._names), dict(other._variants)
        else:
            for ui, rec in other._records.items():
                mine = self._records.get(ui)
                if mine is None:
                    self._records[ui] = rec
                else:
                    d = merge_descriptor(Descriptor(ui, *mine), Descriptor(ui, *rec))
                    self._records[ui] = (d.name, d.tree_numbers, d.entry_terms)
            _merge_keys(self._names, other._names)
            _merge_keys(self._variants, other._variants)
        self._tree_ui = self._sorted_trees = None
        self._first_word_lengths = None
        self._first_word_pairs = None

    # term lookup -------------------------------------------------------------------------

    def first_word_lengths(self) -> dict[str, int]:
        """The first word of every name and entry term key (``normalise_term`` form) to the
        most words of a key it starts, for callers that try many phrases: a phrase that starts
        with none of them, or has more words than its first word's keys, names nothing."""
        if self._first_word_lengths is None:
            lengths: dict[str, int] = {}
            for keys in (self._names, self._variants):
                for key in keys:
                    words = key.split(" ")
                    if len(words) > lengths.get(words[0], 0):
                        lengths[words[0]] = len(words)
            self._first_word_lengths = lengths
        return self._first_word_lengths

    def first_word_pairs(self) -> frozenset[str]:
        """The first two words ("w1 w2") of every name and entry term key of two words or more
        (``normalise_term`` form), for callers that try many phrases: a phrase of two words or
        more that starts with none of them names nothing."""
        if self._first_word_pairs is None:
            self._first_word_pairs = frozenset(
                " ".join(key.split(" ", 2)[:2])
                for keys in (self._names, self._variants)
                for key in keys
                if " " in key
            )
        return self._first_word_pairs

    def lookup(self, name: str) -> str | None:
        """The UI of a heading name or entry term, or ``None`` if unknown or ambiguous. A name
        in British spelling is also looked up in American ("anaemia": Anemia)."""
        key = normalise_term(name) if name else ""
        if not key:
            return None
        uis = self._names.get(key) or self._variants.get(key)
        if uis is None and (us := american(key)) != key:
            uis = self._names.get(us) or self._variants.get(us)
        if uis is None or " " in uis:
            return None
        return uis

    def resolve(self, label: str) -> str | None:
        """Like ``lookup``, but also reads heading labels as records write them.

        Accepts a UI ("D001172"), and drops qualifiers and major-topic stars:
        "Arthritis, Rheumatoid / therapy*", "Anti-Bacterial Agents/*administration & dosage"
        and "*Helicobacter pylori" resolve by their heading.
        """
        heading = label.split("/", 1)[0].strip().strip("*").strip()
        if _UI.fullmatch(heading):
            return heading if heading in self._records else None
        return self.lookup(heading)

    def resolve_headings(self, headings: list[MeshHeading]) -> list[MeshHeading]:
        """Copies of ``headings`` with ``ui`` filled where it was ``None`` and resolvable."""
        out = []
        for heading in headings:
            ui = None if heading.ui is not None else self.resolve(heading.label)
            update = {"ui": ui} if ui else None
            out.append(heading.model_copy(update=update, deep=True))
        return out

    def terms(self) -> Iterator[tuple[str, str]]:
        """Every ``(normalised_term, ui)`` pair that ``lookup`` resolves, for phrase matchers."""
        for key, uis in self._names.items():
            if " " not in uis:
                yield key, uis
        for key, uis in self._variants.items():
            if key not in self._names and " " not in uis:
                yield key, uis

    # descriptors -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, ui: object) -> bool:
        return ui in self._records

    def descriptor(self, ui: str) -> Descriptor | None:
        """The whole descriptor record of a UI, or ``None``."""
        rec = self._records.get(ui)
        return Descriptor(ui, *rec) if rec else None

    def label(self, ui: str) -> str | None:
        """The preferred name of a UI, or ``None``."""
        rec = self._records.get(ui)
        return rec[0] if rec else None

    def tree_numbers(self, ui: str) -> tuple[str, ...]:
        rec = self._records.get(ui)
        return rec[1] if rec else ()

    def entry_terms(self, ui: str) -> tuple[str, ...]:
        rec = self._records.get(ui)
        return rec[2] if rec else ()

    # tree expansion ----------------------------------------------------------------------

    def has_trees(self) -> bool:
        """Whether the vocabulary gives tree numbers (invenio's subject list does not)."""
        return bool(self._trees()[1])

    def ui_for_tree(self, tree: str) -> str | None:
        """The descriptor at a tree number ("C05.550.114.154" -> "D001172"), or ``None``."""
        return self._trees()[0].get(tree.strip())

    def descendants(self, ui: str) -> list[str]:
        """``ui`` and every UI below it in any of its trees, sorted; ``[]`` if unknown."""
        if ui not in self._records:
            return []
        tree_ui, ordered = self._trees()
        found = {ui}
        for tree in self.tree_numbers(ui):
            prefix = tree + "."
            i = bisect_left(ordered, prefix)
            while i < len(ordered) and ordered[i].startswith(prefix):
                found.add(tree_ui[ordered[i]])
                i += 1
        return sorted(found)

    def ancestors(self, ui: str) -> list[str]:
        """Every UI above ``ui`` in any of its trees (``ui`` itself excluded), sorted."""
        tree_ui = self._trees()[0]
        found = set()
        for tree in self.tree_numbers(ui):
            parts = tree.split(".")
            for i in range(1, len(parts)):
                parent = tree_ui.get(".".join(parts[:i]))
                if parent is not None:
                    found.add(parent)
        found.discard(ui)
        return sorted(found)

    def is_in_category(self, ui: str, category: str) -> bool:
        """Whether a tree number of ``ui`` lies in ``category``.

        ``category`` is a tree category letter ("C" = Diseases, "D" = Chemicals and Drugs) or
        any tree number ("C05" = Musculoskeletal Diseases, the number itself included).
        """
        prefix = category.strip()
        if not prefix:
            return False
        return any(
            t == prefix or t.startswith(prefix + ".") or (len(prefix) == 1 and t[:1] == prefix)
            for t in self.tree_numbers(ui)
        )

    def _trees(self) -> tuple[dict[str, str], list[str]]:
        """Tree number -> UI, and all tree numbers sorted; built on first use."""
        if self._tree_ui is None or self._sorted_trees is None:
            tree_ui: dict[str, str] = {}
            for ui, (_name, trees, _terms) in self._records.items():
                for tree in trees:
                    tree_ui.setdefault(tree, ui)
            self._tree_ui, self._sorted_trees = tree_ui, sorted(tree_ui)
        return self._tree_ui, self._sorted_trees

    def __repr__(self) -> str:
        return f"MeshIndex({len(self)} descriptors, {len(self._names) + len(self._variants)} keys)"


def _merge_keys(mine: dict[str, str], theirs: dict[str, str]) -> None:
    for key, uis in theirs.items():
        known = mine.get(key)
        if known is None or known == uis:
            mine[key] = uis
        else:
            mine[key] = " ".join(sorted(set(known.split()) | set(uis.split())))


# --- loading through the cache --------------------------------------------------------


def _load_file(path: Path, cache_dir: Path | None) -> MeshIndex:
    """One file's index, from the cache when it is valid for the file as it is now.

    A TSV with jaytimm's ``mesh_tree_numbers.tsv`` beside it gets its category headings'
    codes from that table (``kg.mesh_loaders.category_table``); the table's stamp is then
    part of the cache's, so adding, changing or removing it rebuilds the index.
    """
    source, own_stamp = source_stamp(path, CACHE_FORMAT_VERSION)
    stamp: CacheStamp = own_stamp
    table = category_table(source)
    if table is not None:
        try:
            stamp = (*stamp, *source_stamp(table, CACHE_FORMAT_VERSION)[1][1:])
        except MeshIndexError:
            table = None  # removed since it was found
    cache_file = cache_file_for(cache_dir, source) if cache_dir is not None else None
    if cache_file is not None:
        cached = read_cache(cache_file, stamp, parts=3)
        if cached is not None:
            index = MeshIndex()
            index._records, index._names, index._variants = cached
            return index
    started = time.perf_counter()
    descriptors = read_descriptors(source)
    if table is not None:
        descriptors = add_category_codes(descriptors, read_category_headings(table))
    index = MeshIndex.from_descriptors(descriptors)
    elapsed = time.perf_counter() - started
    log.info("built MeSH index of %s: %d descriptors in %.2f s", source, len(index), elapsed)
    if cache_file is not None:
        write_cache(cache_file, stamp, (index._records, index._names, index._variants))
    return index
