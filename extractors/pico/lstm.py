"""thinc's ``with_padded(LSTM(...))`` with a faster inference path (``bilstm``).

thinc runs an LSTM on the CPU through its Cython loop (``NumpyOps.lstm_forward_training``,
also used for inference): per time step and direction, one BLIS matrix product of a few
rows, a numpy ``+=`` of the bias, then the gates one float at a time; ``with_padded``
first pads the batch into one (steps, batch, width) array and back. On the tagger's
shapes (32 units each way, batches of 8 abstracts, the longest often 1,000 tokens) the
layer took 3.3-4.4 ms per abstract, about 40% of the tagger's network (2026-12-03).

The inference path here computes the same function from the list of per-document arrays,
with numpy: the input-to-gate products of every token are one matrix product for both
directions; each document's gates are laid out by time step, the backward direction's
reversed within the document's own length; then each time step is one matrix product of
the states of the documents that are still running (longest first, so they are a prefix)
with a block-diagonal recurrent matrix, and a handful of whole-array operations. The
sigmoid gates use ``sigmoid(x) = (tanh(x / 2) + 1) / 2`` with the halving folded into the
weights, so one ``tanh`` call activates all four gates of both directions.

Training runs thinc's own forward and backward passes, so the parameters, their layout and
the saved model are thinc's; only the arithmetic order differs (float32 rounding: the
outputs agree with thinc's to about 1e-6). thinc's conventions are kept: each unit's gates
are forget, input, output, cell; the input and recurrent biases are summed; the initial
hidden state is ``HC0[1]`` and the initial cell state ``HC0[0]`` (``NumpyOps`` passes them
to its kernel in that order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

import numpy
from thinc.api import LSTM, Model
from thinc.layers.with_padded import forward as with_padded_forward
from thinc.layers.with_padded import init as with_padded_init
from thinc.types import Floats2d

Backprop = Callable[[Any], Any]


def bilstm(width: int, n_inputs: int | None = None) -> Model[list[Floats2d], list[Floats2d]]:
    """``with_padded(LSTM(nO=width, nI=n_inputs, bi=True, depth=1))`` (``n_inputs`` defaults
    to ``width``), ``width // 2`` units each way, with the inference path of the module
    docstring for lists of arrays."""
    nI = width if n_inputs is None else n_inputs
    lstm: Model[Any, Any] = LSTM(nO=width, nI=nI, bi=True, depth=1, dropout=0.0)
    return Model(
        f"with_padded({lstm.name})",
        _forward,
        init=with_padded_init,
        layers=[lstm],
        dims={name: lstm.maybe_get_dim(name) for name in lstm.dim_names},
    )


def _forward(model: Model[Any, Any], inputs: Any, is_train: bool) -> tuple[Any, Backprop]:
    if is_train or not isinstance(inputs, list):
        return cast(tuple[Any, Backprop], with_padded_forward(model, inputs, is_train))
    return lstm_inference(model.layers[0], inputs), _no_backprop


def _no_backprop(d_outputs: Any) -> Any:
    raise ValueError("the LSTM's inference path has no backward pass (call it with is_train)")


def lstm_inference(lstm: Model[Any, Any], sequences: Sequence[Floats2d]) -> list[Floats2d]:
    """thinc's LSTM layer ``lstm`` applied to each (tokens, width) array of ``sequences``,
    computed as described in the module docstring."""
    params = numpy.asarray(lstm.get_param("LSTM"), dtype="f")
    hc0 = numpy.asarray(lstm.get_param("HC0"), dtype="f")
    depth = lstm.get_dim("depth")
    dirs = lstm.get_dim("dirs")
    units = lstm.get_dim("nO") // dirs
    rows = dirs * units
    lengths = [len(sequence) for sequence in sequences]
    order = sorted(range(len(sequences)), key=lambda i: -lengths[i])
    steps = max(lengths, default=0)
    if steps == 0:
        return cast(list[Floats2d], [numpy.zeros((0, rows), dtype="f") for _ in sequences])
    ends = numpy.bincount(numpy.asarray(lengths), minlength=steps + 1)
    active = (len(sequences) - numpy.cumsum(ends)[:steps]).tolist()
    inputs = [numpy.asarray(sequence, dtype="f") for sequence in sequences]
    offset = 0
    for layer in range(depth):
        n_inputs = inputs[0].shape[1]
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
        token_gates = (
            numpy.concatenate(inputs) @ w_x.reshape(n_inputs, 4 * rows) + bias.reshape(4 * rows)
        ).reshape(-1, 4, dirs, units)
        gates = numpy.empty((steps, len(sequences), 4, dirs, units), dtype="f")
        starts = numpy.cumsum([0, *lengths]).tolist()
        for column, i in enumerate(order):
            mine = token_gates[starts[i] : starts[i + 1]]
            gates[: lengths[i], column, :, 0] = mine[:, :, 0]
            if dirs == 2:
                gates[: lengths[i], column, :, 1] = mine[::-1, :, 1]
        hidden = _recur(
            gates.reshape(steps, len(sequences), 4 * rows),
            recurrent.reshape(rows, 4 * rows),
            active,
            numpy.broadcast_to(hc0[1, layer].reshape(1, rows), (len(sequences), rows)),
            numpy.broadcast_to(hc0[0, layer].reshape(1, rows), (len(sequences), rows)),
        )
        outputs = [numpy.empty((0, rows), dtype="f")] * len(sequences)
        for column, i in enumerate(order):
            output = numpy.empty((lengths[i], rows), dtype="f")
            output[:, :units] = hidden[: lengths[i], column, :units]
            if dirs == 2 and lengths[i]:
                output[:, units:] = hidden[lengths[i] - 1 :: -1, column, units:]
            outputs[i] = output
        inputs = outputs
    return cast(list[Floats2d], inputs)


def _layer_weights(
    params: numpy.ndarray, offset: int, units: int, n_inputs: int
) -> tuple[tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray], int]:
    """One direction's input weights (4 * units, n_inputs), recurrent weights (4 * units,
    units) and summed bias in thinc's layout (``_split_weights``), the three sigmoid gates
    halved; and the offset after them."""
    sizes = (4 * units * n_inputs, 4 * units, 4 * units * units, 4 * units)
    parts = []
    for size in sizes:
        parts.append(params[offset : offset + size])
        offset += size
    w_x = parts[0].reshape(4 * units, n_inputs).copy()
    w_h = parts[2].reshape(4 * units, units).copy()
    bias = parts[1] + parts[3]
    for array in (w_x, w_h, bias):
        array[: 3 * units] *= 0.5
    return (w_x, w_h, bias), offset


def _recur(
    gates: numpy.ndarray,
    recurrent: numpy.ndarray,
    active: list[int],
    hidden: numpy.ndarray,
    cell: numpy.ndarray,
) -> numpy.ndarray:
    """Run the recurrence of every direction at once. ``gates``: (steps, batch, 4 * rows)
    input-side gate values, sigmoid gates halved, in blocks forget, input, output, cell of
    ``rows`` = directions x units each; ``recurrent``: (rows, 4 * rows), block-diagonal over
    the directions; ``active[t]``: how many sequences (the first ones) have a step ``t``;
    ``hidden`` and ``cell``: (batch, rows) initial states. Returns the hidden states,
    (steps, batch, rows); rows after a sequence's end are not written."""
    rows = recurrent.shape[0]
    out = numpy.empty((gates.shape[0], gates.shape[1], rows), dtype="f")
    for step, size in enumerate(active):
        current = hidden[:size] @ recurrent
        current += gates[step, :size]
        numpy.tanh(current, out=current)
        sigmoids = current[:, : 3 * rows]
        sigmoids *= 0.5
        sigmoids += 0.5
        cell = sigmoids[:, :rows] * cell[:size]
        cell += sigmoids[:, rows : 2 * rows] * current[:, 3 * rows :]
        numpy.multiply(numpy.tanh(cell), sigmoids[:, 2 * rows :], out=out[step, :size])
        hidden = out[step]
    return out
