"""The PICO tagger's fast paths give exactly what the plain code gives.

Each fast path is compared with a plain version kept here (the code it replaced), on written
and random inputs; network outputs are compared bit for bit (``numpy.array_equal``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import numpy
import pytest
from thinc.api import LSTM

from extractors.pico import lstm as lstm_module
from extractors.pico.labels import INT, OUTSIDE
from extractors.pico.lstm import _layer_weights, _Packing, lstm_inference
from extractors.pico.mentions import (
    SEPARATORS,
    _is_content,
    _is_punctuation,
    mention_phrases,
    propagate_mentions,
)
from extractors.pico.mesh_lexicon import Lexicon, _Index

# --- the LSTM's recurrence (``extractors.pico.lstm``) ------------------------------------


def _plain_recur(
    gates: numpy.ndarray,
    recurrent: numpy.ndarray,
    packing: _Packing,
    hidden: numpy.ndarray,
    cell: numpy.ndarray,
) -> numpy.ndarray:
    rows = recurrent.shape[0]
    out = numpy.empty((gates.shape[0], rows), dtype="f")
    for size, at in zip(packing.active, packing.starts, strict=True):
        current = hidden[:size] @ recurrent
        current += gates[at : at + size]
        numpy.tanh(current, out=current)
        sigmoids = current[:, : 3 * rows]
        sigmoids *= 0.5
        sigmoids += 0.5
        cell = sigmoids[:, :rows] * cell[:size]
        cell += sigmoids[:, rows : 2 * rows] * current[:, 3 * rows :]
        hidden = out[at : at + size]
        numpy.multiply(numpy.tanh(cell), sigmoids[:, 2 * rows :], out=hidden)
    return out


def _plain_lstm_inference(lstm: Any, sequences: Sequence[numpy.ndarray]) -> list[numpy.ndarray]:
    params = numpy.asarray(lstm.get_param("LSTM"), dtype="f")
    hc0 = numpy.asarray(lstm.get_param("HC0"), dtype="f")
    depth = lstm.get_dim("depth")
    dirs = lstm.get_dim("dirs")
    units = lstm.get_dim("nO") // dirs
    rows = dirs * units
    lengths = numpy.asarray([len(sequence) for sequence in sequences], dtype="int64")
    if not lengths.sum():
        return [numpy.zeros((0, rows), dtype="f") for _ in sequences]
    packing = _Packing(lengths)
    x = numpy.concatenate([numpy.asarray(sequence, dtype="f") for sequence in sequences])
    offset = 0
    for layer in range(depth):
        n_inputs = x.shape[1]
        w_x = numpy.zeros((n_inputs, 4, dirs, units), dtype="f")
        bias = numpy.zeros((4, dirs, units), dtype="f")
        recurrent = numpy.zeros((dirs, units, 4, dirs, units), dtype="f")
        for direction in range(dirs):
            (x_part, h_part, b_part), offset = _layer_weights(params, offset, units, n_inputs)
            w_x[:, :, direction, :] = x_part.reshape(4, units, n_inputs).transpose(2, 0, 1)
            bias[:, direction, :] = b_part.reshape(4, units)
            recurrent[direction, :, :, direction, :] = h_part.reshape(4, units, units).transpose(
                2, 0, 1
            )
        gates = numpy.empty((len(x), 4, dirs, units), dtype="f")
        for direction, order in enumerate((packing.forward, packing.backward)[:dirs]):
            part = x[order] @ w_x[:, :, direction, :].reshape(n_inputs, 4 * units)
            part += bias[:, direction, :].reshape(4 * units)
            gates[:, :, direction] = part.reshape(-1, 4, units)
        hidden = _plain_recur(
            gates.reshape(len(gates), 4 * rows),
            recurrent.reshape(rows, 4 * rows),
            packing,
            numpy.broadcast_to(hc0[1, layer].reshape(1, rows), (len(sequences), rows)),
            numpy.broadcast_to(hc0[0, layer].reshape(1, rows), (len(sequences), rows)),
        )
        x = numpy.empty_like(hidden)
        x[packing.forward, :units] = hidden[:, :units]
        if dirs == 2:
            x[packing.backward, units:] = hidden[:, units:]
    return list(numpy.split(x, numpy.cumsum(lengths)[:-1].tolist()))


def _random_lstm(units: int, bi: bool, depth: int, width: int, seed: int, scale: float) -> Any:
    lstm = LSTM(nO=units * (2 if bi else 1), nI=width, bi=bi, depth=depth)
    lstm.initialize(X=None)
    rng = numpy.random.default_rng(seed)
    for name in ("LSTM", "HC0"):
        shape = lstm.get_param(name).shape
        lstm.set_param(name, rng.normal(0.0, scale, shape).astype("f"))
    return lstm


@pytest.mark.parametrize(
    ("units", "bi", "depth", "lengths", "scale", "seed"),
    [
        (48, True, 1, [300, 41, 299, 1, 120, 7, 300, 64], 0.3, 0),
        (4, True, 1, [7, 3, 12, 1, 7], 0.5, 1),
        (3, False, 1, [5, 2, 8], 2.0, 2),
        (5, True, 2, [6, 11, 4, 4], 1.0, 3),
        (2, False, 3, [9, 1], 0.5, 4),
        (8, True, 1, [1], 0.5, 5),
        (8, True, 1, [0, 6, 0], 0.5, 6),
        (16, True, 1, [30] * 70, 4.0, 7),  # large weights: saturated gates, exact 0s and 1s
    ],
)
def test_lstm_inference_gives_the_plain_codes_bits(
    units: int, bi: bool, depth: int, lengths: list[int], scale: float, seed: int
) -> None:
    width = 10
    lstm = _random_lstm(units, bi, depth, width, seed, scale)
    rng = numpy.random.default_rng(seed + 100)
    sequences = [rng.normal(0.0, scale, (n, width)).astype("f") for n in lengths]
    got = lstm_inference(lstm, sequences)
    expected = _plain_lstm_inference(lstm, sequences)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g.dtype == e.dtype and g.shape == e.shape
        assert numpy.array_equal(g, e)


def test_lstm_inference_reads_special_values_as_the_plain_code() -> None:
    lstm = _random_lstm(6, True, 1, 4, 11, 1.0)
    sequences = [
        numpy.asarray(
            [[0.0, -0.0, 1e-40, -1e-40], [1e30, -1e30, 0.0, 0.0], [numpy.nan, 0, 0, 0]],
            dtype="f",
        ),
        numpy.zeros((5, 4), dtype="f"),
        numpy.full((2, 4), numpy.inf, dtype="f"),
    ]
    with numpy.errstate(all="ignore"):
        got = lstm_inference(lstm, sequences)
        expected = _plain_lstm_inference(lstm, sequences)
    for g, e in zip(got, expected, strict=True):
        assert numpy.array_equal(g, e, equal_nan=True)
        assert numpy.array_equal(numpy.signbit(g), numpy.signbit(e))


def test_recur_gives_the_plain_codes_bits_on_random_gates() -> None:
    rng = numpy.random.default_rng(21)
    for trial in range(20):
        units = int(rng.integers(1, 20))
        dirs = int(rng.integers(1, 3))
        rows = units * dirs
        lengths = rng.integers(0, 40, size=int(rng.integers(1, 12)))
        if not lengths.sum():
            continue
        packing = _Packing(lengths.astype("int64"))
        scale = float(rng.choice([0.1, 1.0, 10.0]))
        gates = rng.normal(0.0, scale, (int(lengths.sum()), 4 * rows)).astype("f")
        recurrent = rng.normal(0.0, scale, (rows, 4 * rows)).astype("f")
        hidden = rng.normal(0.0, 1.0, (len(lengths), rows)).astype("f")
        cell = rng.normal(0.0, 1.0, (len(lengths), rows)).astype("f")
        got = lstm_module._recur(gates, recurrent, packing, hidden, cell)
        expected = _plain_recur(gates, recurrent, packing, hidden, cell)
        assert numpy.array_equal(got, expected), trial


# --- the MeSH-category input (``extractors.pico.mesh_lexicon``) ---------------------------


class _PlainIndex:
    """``mesh_lexicon._Index`` as it was: per first word, the lengths of its longer names."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.longer: dict[tuple[int, ...], int] = {}
        own: dict[int, int] = {}
        sizes: dict[int, set[int]] = {}
        words = lexicon.words.tolist()
        start = 0
        for size, value in zip(lexicon.lengths.tolist(), lexicon.classes.tolist(), strict=True):
            key = tuple(words[start : start + size])
            start += size
            if not key:
                continue
            sizes.setdefault(key[0], set())
            if size == 1:
                own[key[0]] = value
            else:
                self.longer[key] = value
                sizes[key[0]].add(size)
        self.first = {
            word: (own.get(word, 0), tuple(sorted(lengths, reverse=True)))
            for word, lengths in sizes.items()
        }

    def classes(self, lowers: list[int]) -> list[int]:
        out = [0] * len(lowers)
        first, longer = self.first, self.longer
        n = len(lowers)
        i = 0
        while i < n:
            entry = first.get(lowers[i])
            if entry is None:
                i += 1
                continue
            value, sizes = entry
            matched = 1
            for size in sizes:
                if size <= n - i:
                    found = longer.get(tuple(lowers[i : i + size]))
                    if found is not None:
                        matched, value = size, found
                        break
            if value:
                out[i : i + matched] = [value] * matched
            i += matched
        return out


def _lexicon(names: list[tuple[int, ...]], classes: list[int]) -> Lexicon:
    return Lexicon(
        numpy.asarray([word for name in names for word in name], dtype="uint64"),
        numpy.asarray([len(name) for name in names], dtype="uint8"),
        numpy.asarray(classes, dtype="uint32"),
    )


def test_mesh_classes_match_the_plain_index_on_written_names() -> None:
    # word hashes as small numbers: 1 2 3 is a name, 1 2 one too, 2 alone, 3 4 5 6 7 8 a
    # long one, 9 a one-word name of class 0, 9 9 a name of class 0 (it still takes both)
    names = [(1, 2, 3), (1, 2), (2,), (3, 4, 5, 6, 7, 8), (9,), (9, 9), (), (1, 5), (2,)]
    classes = [5, 6, 7, 8, 0, 0, 3, 4, 11]
    lexicon = _lexicon(names, classes)
    fast, plain = _Index(lexicon), _PlainIndex(lexicon)
    for lowers in (
        [],
        [1],
        [1, 2],
        [1, 2, 3],
        [1, 2, 3, 4, 5, 6, 7, 8],
        [3, 4, 5, 6, 7],
        [9, 9, 2, 9, 2, 1],
        [0, 1, 1, 2, 2, 1, 5, 1],
        [2**64 - 1, 1, 2, 2**63],
    ):
        assert fast.classes(lowers) == plain.classes(lowers), lowers
    assert fast.classes([1, 2, 3, 2, 9, 9, 2]) == [5, 5, 5, 11, 0, 0, 11]


def test_mesh_classes_match_the_plain_index_on_random_names() -> None:
    rng = numpy.random.default_rng(5)
    for trial in range(40):
        vocabulary = int(rng.integers(2, 12))
        names = [
            tuple(int(w) for w in rng.integers(0, vocabulary, size=int(rng.integers(0, 7))))
            for _ in range(int(rng.integers(1, 30)))
        ]
        classes = [int(c) for c in rng.integers(0, 4, size=len(names))]
        lexicon = _lexicon(names, classes)
        fast, plain = _Index(lexicon), _PlainIndex(lexicon)
        for _ in range(10):
            lowers = [
                int(w) for w in rng.integers(0, vocabulary + 2, size=int(rng.integers(0, 60)))
            ]
            assert fast.classes(lowers) == plain.classes(lowers), (trial, names, lowers)


# --- every mention of an intervention (``extractors.pico.mentions``) ----------------------


def _plain_is_punctuation(word: str) -> bool:
    return not any(c.isalnum() for c in word)


def _plain_mention_phrases(
    words: Sequence[str], tags: Sequence[str], label: str = INT
) -> set[tuple[str, ...]]:
    phrases: set[tuple[str, ...]] = set()
    n = len(tags)
    i = 0
    while i < n:
        if tags[i] != label:
            i += 1
            continue
        j = i
        while j < n and tags[j] == label:
            j += 1
        part: list[str] = []
        for word in [*words[i:j], None]:
            if word is not None and word not in SEPARATORS:
                part.append(word)
                continue
            start, end = 0, len(part)
            while start < end and _plain_is_punctuation(part[start]):
                start += 1
            while end > start and _plain_is_punctuation(part[end - 1]):
                end -= 1
            if any(_is_content(w) for w in part[start:end]):
                phrases.add(tuple(part[start:end]))
            part = []
        i = j
    return phrases


def _plain_propagate(words: Sequence[str], tags: Sequence[str], label: str = INT) -> list[str]:
    out = list(tags)
    phrases = _plain_mention_phrases(words, tags, label)
    if not phrases:
        return out
    firsts = {phrase[0] for phrase in phrases}
    starts: dict[str, list[int]] = {}
    for index, word in enumerate(words):
        if word in firsts:
            starts.setdefault(word, []).append(index)
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        size = len(phrase)
        for k in starts.get(phrase[0], []):
            if (
                k + size <= len(words)
                and tuple(words[k : k + size]) == phrase
                and all(tag == OUTSIDE for tag in out[k : k + size])
            ):
                out[k : k + size] = [label] * size
    return out


def test_is_punctuation_is_the_plain_test_for_every_character() -> None:
    characters = [chr(c) for c in range(sys.maxunicode + 1)]
    assert [_is_punctuation(c) for c in characters] == [
        _plain_is_punctuation(c) for c in characters
    ]
    for word in ("", "_", "__", "-_-", "a_", "_1", "(", "'s", "²", "Ⅷ", "İ", "ı", "ſ", "..."):
        assert _is_punctuation(word) == _plain_is_punctuation(word), word


_WORDS = [
    *("drug", "a", "or", "placebo", "metformin", "500", "mg", "and", ",", "(", ")", "per"),
    *("day", "with", "zinc", "sulfate", "vs", "-", "the", "insulin", "_", "²", ""),
]


def test_propagate_mentions_matches_the_plain_code_on_written_tags() -> None:
    words = [*("metformin", "500", "mg", "or", "placebo", ",", "then", "metformin", "500"),
             *("mg", ";", "placebo", "and", "metformin")]  # fmt: skip
    tags = ["INT", "INT", "INT", "INT", "INT", "O", "O", "O", "O", "O", "O", "O", "POP", "O"]
    assert propagate_mentions(words, tags) == _plain_propagate(words, tags)
    # "metformin 500 mg" and "placebo" again; the last "metformin" starts no phrase that fits
    assert propagate_mentions(words, tags) == [
        *["INT"] * 5,
        *["O", "O"],
        *["INT"] * 3,
        "O",
        "INT",
        "POP",
        "O",
    ]
    overlapping = ["zinc", "zinc", "zinc", "zinc", "zinc"]
    for tags in (["INT", "INT", "O", "O", "O"], ["INT", "O", "O", "O", "O"]):
        assert propagate_mentions(overlapping, tags) == _plain_propagate(overlapping, tags)
    assert propagate_mentions([], []) == _plain_propagate([], []) == []


def test_mentions_match_the_plain_code_on_random_tags() -> None:
    rng = numpy.random.default_rng(8)
    for trial in range(400):
        n = int(rng.integers(0, 40))
        words = [_WORDS[int(i)] for i in rng.integers(0, len(_WORDS), size=n)]
        tags = [
            ("INT", "O", "OUT", "POP")[int(i)]
            for i in rng.choice(4, size=n, p=[0.4, 0.4, 0.1, 0.1])
        ]
        assert mention_phrases(words, tags) == _plain_mention_phrases(words, tags), trial
        assert propagate_mentions(words, tags) == _plain_propagate(words, tags), trial
        assert propagate_mentions(words, tags, "OUT") == _plain_propagate(words, tags, "OUT")
        assert propagate_mentions(tuple(words), tuple(tags)) == _plain_propagate(words, tags)
