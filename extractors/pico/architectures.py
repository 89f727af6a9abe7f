"""Model architectures of the PICO tagger that spaCy does not ship.

``evg.PositionHashEmbed.v1`` is spaCy's ``MultiHashEmbed.v2`` (hash embeddings of token
attributes, optional static vectors, one Maxout layer to the output width) with one more
input: where the token stands in its document, as one of ``buckets`` equal shares of the
token sequence (``position_buckets``). A window encoder sees only a few tokens either
side; the position tells it whether a phrase is in the title and objective, the methods or
the results of an abstract, which changes how likely it is to be the population or an
outcome. Importing this module registers the architecture (``extractors.pico.model`` does,
so a saved pipeline that names it loads).

Example: in a 100-token abstract with 10 buckets, tokens 0-9 get bucket 0 and tokens 90-99
bucket 9.

``evg.ContextWindowEncoder.v1`` is spaCy's ``MaxoutWindowEncoder.v2`` followed by one more
residual Maxout layer whose input is each token's vector beside the mean of the vectors
``half_window`` tokens either side and the mean over the whole document
(``context_pool``): the window encoder's reach (``depth`` tokens either side) is shorter
than most sentences, and whether "pain" is an outcome or a condition can depend on words
20 tokens away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import numpy
from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.ml.staticvectors import StaticVectors
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Linear,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    residual,
    with_array,
)
from thinc.types import Floats2d, Ints2d, Ragged

from extractors.pico.lstm import bilstm
from extractors.pico.mesh_lexicon import mesh_classes


def position_buckets(buckets: int) -> Model[list[Doc], list[Ints2d]]:
    """Each token's bucket: ``index * buckets // len(doc)``, one uint64 column per Doc."""
    return Model("position_buckets", _position_forward, attrs={"buckets": buckets})


def _position_forward(
    model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool
) -> tuple[list[Ints2d], Callable[[list[Ints2d]], list[Doc]]]:
    buckets = int(model.attrs["buckets"])
    out: list[Ints2d] = []
    for doc in docs:
        size = max(len(doc), 1)
        ids = (numpy.arange(len(doc), dtype="uint64") * buckets // size).reshape(-1, 1)
        out.append(model.ops.asarray2i(cast(Ints2d, ids), dtype="uint64"))
    return out, lambda d_ids: []


def position_hash_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    include_static_vectors: bool,
    buckets: int = 10,
    lexicon: str | None = None,
    lexicon_rows: int = 0,
) -> Model[list[Doc], list[Floats2d]]:
    """``MultiHashEmbed.v2`` plus an embedding of the token's position bucket and, with
    ``lexicon_rows``, one of its MeSH categories (``extractors.pico.mesh_lexicon``; the
    lexicon is built from the MeSH file ``lexicon`` or comes with the saved weights)."""
    if len(rows) != len(attrs):
        raise ValueError(f"mismatched lengths: {len(rows)} rows for {len(attrs)} attrs")
    embeddings: list[Model[Ints2d, Floats2d]] = [
        HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(len(attrs))
    ]
    lexical: Model[list[Doc], Ragged] = chain(
        FeatureExtractor(list(attrs)),
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(concatenate(*embeddings)),
    )
    position: Model[list[Doc], Ragged] = chain(
        position_buckets(buckets),
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(HashEmbed(width, 4 * buckets, column=0, seed=8 + len(attrs), dropout=0.0)),
    )
    parts: list[Model[list[Doc], Ragged]] = [lexical, position]
    if lexicon_rows:
        seed = 9 + len(attrs)
        parts.append(
            chain(
                mesh_classes(lexicon),
                cast(Model[list[Ints2d], Ragged], list2ragged()),
                with_array(HashEmbed(width, lexicon_rows, column=0, seed=seed, dropout=0.0)),
            )
        )
    if include_static_vectors:
        parts.append(StaticVectors(width, dropout=0.0))
    concat_size = width * (len(embeddings) + len(parts) - 1)
    max_out: Model[Ragged, Ragged] = with_array(
        Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True)
    )
    return cast(
        Model[list[Doc], list[Floats2d]],
        chain(concatenate(*parts), max_out, ragged2list()),
    )


registry.architectures.register("evg.PositionHashEmbed.v1", func=position_hash_embed)


def context_pool(half_window: int) -> Model[list[Floats2d], list[Floats2d]]:
    """Each token's vector beside two summaries of its surroundings: the mean of the tokens
    within ``half_window`` either side and the mean of the whole document, so a
    ``(n, w)`` input gives ``(n, 3w)``. A window encoder of depth 8 sees 8 tokens either
    side; these give it the rest of the sentence and what the abstract is about."""
    return Model("context_pool", _context_forward, attrs={"half_window": half_window})


def _box_sums(values: numpy.ndarray, half_window: int) -> numpy.ndarray:
    """Row ``i``: the sum of rows ``max(0, i - k)`` to ``min(n - 1, i + k)``."""
    n = values.shape[0]
    cumulative = numpy.zeros((n + 1, values.shape[1]), dtype=values.dtype)
    numpy.cumsum(values, axis=0, out=cumulative[1:])
    index = numpy.arange(n)
    high = numpy.minimum(n, index + half_window + 1)
    low = numpy.maximum(0, index - half_window)
    sums: numpy.ndarray = cumulative[high] - cumulative[low]
    return sums


def _context_forward(
    model: Model[list[Floats2d], list[Floats2d]], inputs: list[Floats2d], is_train: bool
) -> tuple[list[Floats2d], Callable[[list[Floats2d]], list[Floats2d]]]:
    k = int(model.attrs["half_window"])
    outputs: list[Floats2d] = []
    counts: list[numpy.ndarray] = []
    for x in inputs:
        array = numpy.asarray(x)
        n, width = array.shape
        if n == 0:
            outputs.append(model.ops.alloc2f(0, width * 3))
            counts.append(numpy.zeros((0, 1), dtype=array.dtype))
            continue
        index = numpy.arange(n)
        count = (numpy.minimum(n, index + k + 1) - numpy.maximum(0, index - k)).astype(array.dtype)
        count = count.reshape(-1, 1)
        window = _box_sums(array, k) / count
        whole = numpy.broadcast_to(array.mean(axis=0, keepdims=True), (n, width))
        outputs.append(cast(Floats2d, numpy.hstack([array, window, whole])))
        counts.append(count)

    def backprop(d_outputs: list[Floats2d]) -> list[Floats2d]:
        d_inputs: list[Floats2d] = []
        for d_y, count in zip(d_outputs, counts, strict=True):
            grad = numpy.asarray(d_y)
            n = grad.shape[0]
            width = grad.shape[1] // 3
            if n == 0:
                d_inputs.append(model.ops.alloc2f(0, width))
                continue
            d_x = grad[:, :width] + _box_sums(grad[:, width : 2 * width] / count, k)
            d_x = d_x + grad[:, 2 * width :].sum(axis=0, keepdims=True) / n
            d_inputs.append(cast(Floats2d, d_x))
        return d_inputs

    return outputs, backprop


def context_window_encoder(
    width: int,
    window_size: int,
    maxout_pieces: int,
    depth: int,
    half_window: int = 24,
    context_layers: int = 1,
) -> Model[list[Floats2d], list[Floats2d]]:
    """spaCy's ``MaxoutWindowEncoder.v2`` then ``context_layers`` residual Maxout layers,
    each over every token, the mean of its ``half_window`` neighbours either side and the
    document mean (``context_pool``)."""
    mixes: list[Model[list[Floats2d], list[Floats2d]]] = [
        residual(
            chain(
                context_pool(half_window),
                with_array(Maxout(width, width * 3, nP=maxout_pieces, dropout=0.0, normalize=True)),
            )
        )
        for _ in range(context_layers)
    ]
    window: Model[list[Floats2d], list[Floats2d]] = MaxoutWindowEncoder(
        width, window_size, maxout_pieces, depth
    )
    if not mixes:
        return window
    model: Model[list[Floats2d], list[Floats2d]] = chain(window, *mixes)
    model.set_dim("nO", width)
    return model


registry.architectures.register("evg.ContextWindowEncoder.v1", func=context_window_encoder)


def unless_all_empty(
    layer: Model[list[Floats2d], list[Floats2d]],
) -> Model[list[Floats2d], list[Floats2d]]:
    """``layer``, except that a batch whose documents all have no tokens gives empty outputs
    without calling it (thinc's LSTM cannot pad a batch of empty sequences)."""
    return Model(
        "unless_all_empty",
        _unless_all_empty_forward,
        init=_unless_all_empty_init,
        layers=[layer],
        dims={"nO": None},
    )


def _unless_all_empty_init(
    model: Model[list[Floats2d], list[Floats2d]],
    X: list[Floats2d] | None = None,
    Y: list[Floats2d] | None = None,
) -> None:
    layer = model.layers[0]
    layer.initialize(X=X, Y=Y)
    model.set_dim("nO", layer.get_dim("nO"))


def _unless_all_empty_forward(
    model: Model[list[Floats2d], list[Floats2d]], inputs: list[Floats2d], is_train: bool
) -> tuple[list[Floats2d], Callable[[list[Floats2d]], list[Floats2d]]]:
    layer = model.layers[0]
    if any(len(x) for x in inputs):
        outputs, backprop = layer(inputs, is_train)
        return outputs, backprop
    width = model.get_dim("nO")
    empty = [model.ops.alloc2f(0, width) for _ in inputs]
    return empty, lambda d_outputs: [model.ops.alloc2f(*x.shape) for x in inputs]


def recurrent_window_encoder(
    width: int,
    window_size: int,
    maxout_pieces: int,
    depth: int,
    lstm_layers: int = 1,
    half_window: int = 24,
    context_layers: int = 0,
    lstm_width: int | None = None,
) -> Model[list[Floats2d], list[Floats2d]]:
    """``evg.ContextWindowEncoder.v1`` (``context_layers`` may be 0) followed by
    ``lstm_layers`` residual bidirectional LSTM layers (thinc's ``LSTM``, ``lstm_width // 2``
    units each way, inference through ``extractors.pico.lstm``; ``lstm_width`` defaults to
    ``width``, and a wider LSTM's output is projected back to ``width`` by one linear
    layer). The window encoder and the context means see a bag of the wider context; the LSTM
    reads it in order, so "patients with X who received Y" can tell the population from the
    intervention beyond the window's reach."""
    units = width if lstm_width is None else lstm_width
    if units % 2:
        raise ValueError(f"the width must be even for a bidirectional LSTM, not {units}")
    recurrent: list[Model[list[Floats2d], list[Floats2d]]] = [
        residual(unless_all_empty(_recurrent_block(width, units))) for _ in range(lstm_layers)
    ]
    model: Model[list[Floats2d], list[Floats2d]] = chain(
        context_window_encoder(
            width, window_size, maxout_pieces, depth, half_window, context_layers
        ),
        *recurrent,
    )
    model.set_dim("nO", width)
    return model


def _recurrent_block(width: int, units: int) -> Model[list[Floats2d], list[Floats2d]]:
    """A bidirectional LSTM of ``units // 2`` units each way from ``width`` inputs, its
    output projected back to ``width`` when ``units`` differs."""
    if units == width:
        return bilstm(width)
    return chain(bilstm(units, n_inputs=width), with_array(Linear(width, units)))


registry.architectures.register("evg.RecurrentWindowEncoder.v1", func=recurrent_window_encoder)
