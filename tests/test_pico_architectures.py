"""The tagger's own layers: position buckets and their embedding, the context summaries, the
recurrent encoder."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.util import registry

from extractors.pico.architectures import (
    context_pool,
    context_window_encoder,
    position_buckets,
    position_hash_embed,
    recurrent_window_encoder,
)


def test_position_buckets_split_the_tokens_into_equal_shares() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc(" ".join(["word"] * 20))
    (ids,) = position_buckets(4).predict([doc])
    assert ids.shape == (20, 1)
    assert list(ids[:, 0]) == [0] * 5 + [1] * 5 + [2] * 5 + [3] * 5


def test_position_hash_embed_gives_one_row_per_token_and_trains() -> None:
    nlp = spacy.blank("en")
    docs = [nlp("Adults with gout were randomised to zelmoxan or placebo."), nlp("Placebo")]
    model = position_hash_embed(8, ["NORM", "SHAPE"], [50, 20], False, buckets=5)
    model.initialize(X=docs)
    rows, backprop = model.begin_update(docs)
    assert [r.shape for r in rows] == [(len(docs[0]), 8), (1, 8)]
    backprop([numpy.ones_like(r) for r in rows])
    # the same word at the start and at the end of a text embeds differently
    doc = nlp.make_doc("placebo " + "and " * 18 + "placebo")
    (out,) = model.predict([doc])
    assert not numpy.allclose(out[0], out[-1])


def test_architecture_is_registered_for_saved_models() -> None:
    assert registry.architectures.get("evg.PositionHashEmbed.v1") is position_hash_embed


def test_context_pool_gives_each_token_its_window_mean_and_the_document_mean() -> None:
    x = numpy.arange(10, dtype="f").reshape(5, 2)
    (y,) = context_pool(1).predict([x])
    assert y.shape == (5, 6)
    assert numpy.allclose(y[:, :2], x)
    assert numpy.allclose(y[0, 2:4], x[0:2].mean(axis=0))  # the window is cut at the start
    assert numpy.allclose(y[2, 2:4], x[1:4].mean(axis=0))
    assert numpy.allclose(y[:, 4:], x.mean(axis=0))
    (empty,) = context_pool(3).predict([numpy.zeros((0, 2), dtype="f")])
    assert empty.shape == (0, 6)


def test_context_pool_gradient_matches_finite_differences() -> None:
    rng = numpy.random.default_rng(7)
    inputs = [rng.normal(size=(6, 3)), rng.normal(size=(1, 3))]
    model = context_pool(2)
    outputs, backprop = model.begin_update(inputs)
    weights = [rng.normal(size=y.shape) for y in outputs]
    grads = backprop(weights)

    def loss(xs: list[numpy.ndarray]) -> float:
        return float(sum((y * w).sum() for y, w in zip(model.predict(xs), weights, strict=True)))

    eps = 1e-6
    for d, x in enumerate(inputs):
        for i in range(x.shape[0]):
            for j in range(x.shape[1]):
                plus = [a.copy() for a in inputs]
                minus = [a.copy() for a in inputs]
                plus[d][i, j] += eps
                minus[d][i, j] -= eps
                numeric = (loss(plus) - loss(minus)) / (2 * eps)
                assert abs(numeric - grads[d][i, j]) < 1e-5


def test_context_window_encoder_keeps_the_width_and_sees_far_tokens() -> None:
    model = context_window_encoder(8, 1, 3, 2, half_window=20)
    rng = numpy.random.default_rng(3)
    x = rng.normal(size=(30, 8)).astype("f")
    model.initialize(X=[x])
    (y,) = model.predict([x])
    assert y.shape == (30, 8)
    changed = x.copy()
    changed[29] += 5.0  # 29 tokens away: beyond the window encoder's reach of 2
    (z,) = model.predict([changed])
    assert not numpy.allclose(y[0], z[0])
    assert registry.architectures.get("evg.ContextWindowEncoder.v1") is context_window_encoder


def test_context_window_encoder_stacks_context_layers() -> None:
    one = context_window_encoder(8, 1, 3, 1, half_window=4)
    two = context_window_encoder(8, 1, 3, 1, half_window=4, context_layers=2)
    assert len(two.layers) == len(one.layers) + 1
    x = numpy.random.default_rng(5).normal(size=(12, 8)).astype("f")
    two.initialize(X=[x])
    (y,) = two.predict([x])
    assert y.shape == (12, 8)


def test_context_window_encoder_without_context_layers_is_the_window_encoder() -> None:
    model = context_window_encoder(8, 1, 3, 2, context_layers=0)
    x = numpy.random.default_rng(2).normal(size=(30, 8)).astype("f")
    model.initialize(X=[x])
    changed = x.copy()
    changed[29] += 5.0  # beyond the reach of two window layers
    assert numpy.allclose(model.predict([x])[0][0], model.predict([changed])[0][0])


def test_recurrent_window_encoder_reads_the_whole_sequence_in_order() -> None:
    model = recurrent_window_encoder(8, 1, 3, 1, lstm_layers=1)
    rng = numpy.random.default_rng(11)
    x = rng.normal(size=(40, 8)).astype("f")
    model.initialize(X=[x, x[:3]])
    y, short = model.predict([x, x[:3]])
    assert y.shape == (40, 8) and short.shape == (3, 8)
    changed = x.copy()
    changed[6] += 5.0  # beyond the window encoder's reach of 1: the backward LSTM carries it
    (z,) = model.predict([changed])
    assert not numpy.allclose(y[0], z[0])
    (empty,) = model.predict([numpy.zeros((0, 8), dtype="f")])
    assert empty.shape == (0, 8)
    outputs, backprop = model.begin_update([x])
    (d_x,) = backprop([numpy.ones_like(outputs[0])])
    assert d_x.shape == x.shape and numpy.abs(d_x[-1]).sum() > 0
    assert registry.architectures.get("evg.RecurrentWindowEncoder.v1") is recurrent_window_encoder


def test_a_wider_lstm_is_projected_back_to_the_width() -> None:
    """``lstm_width`` 16 on width 8: 8 units each way, a linear layer back to 8; training runs
    thinc's LSTM, prediction the numpy one, and they agree."""
    model = recurrent_window_encoder(8, 1, 3, 1, lstm_layers=1, lstm_width=16)
    rng = numpy.random.default_rng(12)
    xs = [rng.normal(size=(n, 8)).astype("f") for n in (30, 0, 5)]
    model.initialize(X=xs)
    predicted = model.predict(xs)
    trained, backprop = model.begin_update(xs)
    assert [y.shape for y in predicted] == [(30, 8), (0, 8), (5, 8)]
    for a, b in zip(predicted, trained, strict=True):
        assert numpy.allclose(a, b, atol=1e-5)
    lstm = next(node for node in model.walk() if node.name == "lstm")
    assert lstm.get_dim("nO") == 16 and lstm.get_dim("nI") == 8
    d_xs = backprop([numpy.ones_like(y) for y in trained])
    assert d_xs[0].shape == (30, 8) and numpy.abs(d_xs[0]).sum() > 0


def test_recurrent_window_encoder_needs_an_even_width() -> None:
    with pytest.raises(ValueError, match="even"):
        recurrent_window_encoder(7, 1, 3, 1)
    with pytest.raises(ValueError, match="even"):
        recurrent_window_encoder(8, 1, 3, 1, lstm_width=9)
