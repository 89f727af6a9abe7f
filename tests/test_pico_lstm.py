"""The numpy inference path of the tagger's LSTM (``extractors.pico.lstm``) against thinc's."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import LSTM, with_padded
from thinc.layers.with_padded import forward as with_padded_forward

from extractors.pico.lstm import bilstm, lstm_inference


def _initialised(lstm, n_inputs: int, seed: int):
    """``lstm`` with random weights, biases and initial states (thinc starts HC0 at zero and
    never trains it; random values check that the two initial states are read as thinc
    reads them)."""
    rng = numpy.random.default_rng(seed)
    lstm.initialize(X=None)
    for name in ("LSTM", "HC0"):
        shape = lstm.get_param(name).shape
        lstm.set_param(name, rng.normal(0.0, 0.5, shape).astype("f"))
    return lstm


def _sequences(lengths: list[int], width: int, seed: int) -> list[numpy.ndarray]:
    rng = numpy.random.default_rng(seed + 1)
    return [rng.normal(0.0, 1.0, (length, width)).astype("f") for length in lengths]


def _thinc(lstm, sequences):
    outputs, _ = with_padded_forward(with_padded(lstm), sequences, False)
    return outputs


@pytest.mark.parametrize(
    ("units", "bi", "depth", "lengths", "seed"),
    [
        (4, True, 1, [7, 3, 12, 1, 7], 0),
        (32, True, 1, [40, 55, 9], 1),
        (3, False, 1, [5, 2, 8], 2),
        (5, True, 2, [6, 11, 4, 4], 3),
        (2, False, 3, [9, 1], 4),
        (8, True, 1, [1], 5),
    ],
)
def test_inference_matches_thinc(
    units: int, bi: bool, depth: int, lengths: list[int], seed: int
) -> None:
    width = 6
    dirs = 2 if bi else 1
    lstm = _initialised(LSTM(nO=units * dirs, nI=width, bi=bi, depth=depth), width, seed)
    sequences = _sequences(lengths, width, seed)
    expected = _thinc(lstm, sequences)
    got = lstm_inference(lstm, sequences)
    assert [g.shape for g in got] == [e.shape for e in expected]
    for g, e in zip(got, expected, strict=True):
        numpy.testing.assert_allclose(g, e, rtol=1e-4, atol=1e-5)


def test_each_sequence_is_read_on_its_own() -> None:
    lstm = _initialised(LSTM(nO=8, nI=6, bi=True, depth=1), 6, 7)
    sequences = _sequences([10, 4, 0, 13], 6, 7)
    together = lstm_inference(lstm, sequences)
    assert together[2].shape == (0, 8)
    for sequence, output in zip(sequences, together, strict=True):
        if len(sequence):
            numpy.testing.assert_allclose(
                lstm_inference(lstm, [sequence])[0], output, rtol=1e-5, atol=1e-6
            )


def test_a_batch_of_empty_sequences_gives_empty_outputs() -> None:
    lstm = _initialised(LSTM(nO=8, nI=6, bi=True, depth=1), 6, 8)
    assert [o.shape for o in lstm_inference(lstm, [numpy.zeros((0, 6), dtype="f")] * 2)] == [
        (0, 8),
        (0, 8),
    ]


def test_bilstm_trains_through_thinc_and_predicts_through_numpy() -> None:
    model = bilstm(8)
    sequences = _sequences([5, 9, 2], 8, 9)
    model.initialize(X=sequences)
    lstm = model.layers[0]
    _initialised(lstm, 8, 9)
    assert model.name == "with_padded(lstm)" and lstm.name == "lstm"
    trained, backprop = model(sequences, is_train=True)
    gradients = backprop([numpy.ones_like(t) for t in trained])
    assert [g.shape for g in gradients] == [s.shape for s in sequences]
    predicted = model.predict(sequences)
    for p, e in zip(predicted, _thinc(lstm, sequences), strict=True):
        numpy.testing.assert_allclose(p, e, rtol=1e-4, atol=1e-5)
    with pytest.raises(ValueError, match="no backward pass"):
        model(sequences, is_train=False)[1](predicted)


def test_the_packaged_tagger_gives_thincs_outputs() -> None:
    from extractors.pico.model import load_pico_model

    nlp = load_pico_model()
    if nlp is None:
        pytest.skip("the packaged PICO model is not installed")
    tok2vec = nlp.get_pipe("tok2vec").model
    layer = next(node for node in tok2vec.walk() if node.name == "with_padded(lstm)")
    docs = [
        nlp.make_doc(text)
        for text in (
            "Forty adults with chronic cough were randomised to drug Q or placebo.",
            "Cough frequency fell by 30% with drug Q (p = 0.01).",
            "Q",
        )
    ]
    fast_path = layer._func
    assert fast_path.__module__ == "extractors.pico.lstm"
    fast = tok2vec.predict(docs)
    layer._func = with_padded_forward
    try:
        slow = tok2vec.predict(docs)
    finally:
        layer._func = fast_path
    for f, s in zip(fast, slow, strict=True):
        numpy.testing.assert_allclose(f, s, rtol=1e-4, atol=1e-5)
