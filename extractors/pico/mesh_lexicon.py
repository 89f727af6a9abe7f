"""MeSH categories of the phrase a token stands in, as one more input of the PICO tagger.

The tagger's hash embeddings and static vectors know the words of a few thousand training
abstracts and 4.8 M words of unlabelled text; a drug, disease or procedure named rarely
there looks like any other rare word. MeSH names about 30,000 descriptors and their entry
terms, each filed under tree categories (C diseases, D chemicals and drugs, E techniques and
procedures, F psychiatry and psychology, M persons, ...). ``mesh_classes`` matches every
Doc against those names (lower-cased, the longest name of at most ``MAX_WORDS`` words first,
left to right) and gives each token the categories of the name it is part of, as one
integer: one bit per tree letter of ``TREE_LETTERS``, plus ``MULTI_WORD`` when the name has
more than one word; 0 where no name matches.

Example: in "metformin versus placebo in type 2 diabetes", "metformin" gets the D bit,
"placebo" the D and E bits (the descriptor Placebos; a final "s" is also matched without
it) and "type 2 diabetes" the C bit and ``MULTI_WORD`` on each of its three tokens.

The names are kept in the layer as hashes of their words (spaCy's ``hash_string`` of each
lower-cased token, the ``LOWER`` attribute of a Doc) in ``attrs``, which thinc saves with the
weights: a saved model carries its lexicon and needs no MeSH file, and no MeSH string is
stored in it. ``phrase_table`` builds it from any file ``kg.mesh_loaders`` reads.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from itertools import compress
from pathlib import Path
from typing import NamedTuple, cast

import numpy
import spacy
from numpy.typing import NDArray
from spacy.attrs import LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc
from thinc.api import Model
from thinc.types import Ints2d

from kg.errors import EvgError
from kg.mesh_loaders import read_descriptors

MAX_WORDS = 5
TREE_LETTERS = "ABCDEFGHIJKLMNVZ"
MULTI_WORD = 1 << len(TREE_LETTERS)

Words = NDArray[numpy.uint64]
Lengths = NDArray[numpy.uint8]
Classes = NDArray[numpy.uint32]


class Lexicon(NamedTuple):
    """Names as word hashes, one run of ``lengths[i]`` words in ``words`` per name, and
    each name's class (its category mask, with ``MULTI_WORD`` for names of several words)."""

    words: Words
    lengths: Lengths
    classes: Classes


def category_mask(tree_numbers: tuple[str, ...]) -> int:
    """One bit per tree letter of ``TREE_LETTERS`` that a tree number starts with."""
    mask = 0
    for number in tree_numbers:
        position = TREE_LETTERS.find(number[:1]) if number else -1
        if position >= 0:
            mask |= 1 << position
    return mask


def _names(name: str, entry_terms: tuple[str, ...]) -> list[str]:
    # "Acid, Ascorbic"-style permuted entry terms never occur in running text
    return [term for term in (name, *entry_terms) if term and ", " not in term]


def phrase_table(path: Path) -> Lexicon:
    """The names of the MeSH file at ``path`` as word hashes, sorted by those, and each
    name's class.

    Names of more than ``MAX_WORDS`` words, one-word names without a letter and descriptors
    without tree numbers are left out; a name filed under several descriptors gets the
    union of their categories. A name whose last word ends in a single "s" is also kept
    without that "s" (MeSH files many headings in the plural: "Placebos", "Infants").
    """
    tokenizer = spacy.blank("en")
    masks: dict[tuple[int, ...], int] = {}
    for descriptor in read_descriptors(path):
        mask = category_mask(descriptor.tree_numbers)
        if not mask:
            continue
        for term in _names(descriptor.name, descriptor.entry_terms):
            words = [token.lower_ for token in tokenizer.make_doc(term)]
            if not 0 < len(words) <= MAX_WORDS:
                continue
            if len(words) == 1 and not any(ch.isalpha() for ch in words[0]):
                continue
            variants = [words]
            last = words[-1]
            if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
                variants.append([*words[:-1], last[:-1]])
            for variant in variants:
                key = tuple(hash_string(word) for word in variant)
                masks[key] = masks.get(key, 0) | mask
    keys = sorted(masks)
    return Lexicon(
        numpy.asarray([word for key in keys for word in key], dtype="uint64"),
        numpy.asarray([len(key) for key in keys], dtype="uint8"),
        numpy.asarray(
            [masks[key] | (MULTI_WORD if len(key) > 1 else 0) for key in keys], dtype="uint32"
        ),
    )


class _Index:
    """The layer's phrases as dicts: longer names, and per word its one-word name's classes
    (0 when it is none) and, per word that can follow it in a longer name, the lengths of
    the longer names those two words start, longest first, so that only those lengths are
    looked up (most words that start a longer name are not followed by a second word of one:
    "of", "blood")."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.longer: dict[tuple[int, ...], int] = {}
        own: dict[int, int] = {}
        sizes: dict[int, dict[int, set[int]]] = {}
        words = lexicon.words.tolist()
        start = 0
        for size, value in zip(lexicon.lengths.tolist(), lexicon.classes.tolist(), strict=True):
            key = tuple(words[start : start + size])
            start += size
            if not key:
                continue
            after = sizes.setdefault(key[0], {})
            if size == 1:
                own[key[0]] = value
            else:
                self.longer[key] = value
                after.setdefault(key[1], set()).add(size)
        self.first: dict[int, tuple[int, dict[int, tuple[int, ...]]]] = {
            word: (
                own.get(word, 0),
                {second: tuple(sorted(lengths, reverse=True)) for second, lengths in after.items()},
            )
            for word, after in sizes.items()
        }

    def classes(self, lowers: list[int]) -> list[int]:
        """Each word's classes: those of the longest name starting there, over its words."""
        n = len(lowers)
        out = [0] * n
        longer = self.longer
        # each word's entry, looked up in C; most words start no name and are passed over
        entries = list(map(self.first.get, lowers))
        following = 0  # the first word after the last name found
        for i in compress(range(n), entries):
            if i < following:  # inside that name
                continue
            value, after = entries[i]  # type: ignore[misc]  # compress passed no None
            matched = 1
            if i + 1 < n and (sizes := after.get(lowers[i + 1])) is not None:
                for size in sizes:
                    if size <= n - i:
                        found = longer.get(tuple(lowers[i : i + size]))
                        if found is not None:
                            matched, value = size, found
                            break
            if value:
                out[i : i + matched] = [value] * matched
            following = i + matched
        return out


# built once per word array (thinc replaces the arrays when a saved model is loaded); an
# entry is dropped when its array is freed, so an id here always names a live array
_INDEXES: dict[int, _Index] = {}


def _index(model: Model[list[Doc], list[Ints2d]]) -> _Index:
    words = cast(Words, model.attrs["words"])
    index = _INDEXES.get(id(words))
    if index is None:
        index = _Index(Lexicon(words, model.attrs["lengths"], model.attrs["classes"]))
        _INDEXES[id(words)] = index
        weakref.finalize(words, _INDEXES.pop, id(words), None)
    return index


def mesh_classes(path: str | None = None) -> Model[list[Doc], list[Ints2d]]:
    """Each token's MeSH categories (module docstring), one uint64 column per Doc.

    ``path`` is a MeSH file to build the lexicon from; None leaves it empty, for a saved
    model whose weights bring their own. Initialising the layer for training with an empty
    lexicon is an error (``EmptyLexiconError``): every token would get 0.
    """
    if path:
        lexicon = phrase_table(Path(path))
    else:
        lexicon = Lexicon(
            numpy.zeros(0, dtype="uint64"), numpy.zeros(0, dtype="uint8"), numpy.zeros(0, "uint32")
        )
    return Model("mesh_classes", _forward, init=_init, attrs=lexicon._asdict())


class EmptyLexiconError(EvgError):
    """A MeSH-category layer set up for training without a lexicon (not a ValueError,
    which spaCy's pretraining would replace with a message of its own)."""


def _init(model: Model[list[Doc], list[Ints2d]], X: object = None, Y: object = None) -> None:
    if not len(model.attrs["lengths"]):
        raise EmptyLexiconError(
            "the MeSH-category input (lexicon_rows) has no lexicon: give the config's "
            "paths.mesh a MeSH file (evg train passes the shared one)"
        )


def _forward(
    model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool
) -> tuple[list[Ints2d], Callable[[list[Ints2d]], list[Doc]]]:
    index = _index(model)
    out: list[Ints2d] = []
    for doc in docs:
        lowers = doc.to_array(LOWER).tolist() if len(doc) else []
        ids = numpy.asarray(index.classes(lowers), dtype="uint64").reshape(-1, 1)
        out.append(model.ops.asarray2i(cast(Ints2d, ids), dtype="uint64"))
    return out, lambda d_ids: []
