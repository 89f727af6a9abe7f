"""thinc's ``with_padded(LSTM(...))`` with a faster inference path (``bilstm``).

thinc runs an LSTM on the CPU through its Cython loop (``NumpyOps.lstm_forward_training``,
also used for inference): per time step and direction, one BLIS matrix product of a few
rows, a numpy ``+=`` of the bias, then the gates one float at a time; ``with_padded``
first pads the batch into one (steps, batch, width) array and back. On the tagger's
shapes (32 units each way, batches of 8 abstracts, the longest often 1,000 tokens) the
layer took 3.3-4.4 ms per abstract, about 40% of the tagger's network (2026-12-03).

The inference path here computes the same function from the list of per-document arrays,
with numpy: the input-to-gate products are one matrix product per direction, over the
tokens' inputs already in packed order (gathering the inputs moves a third of the data
that gathering the four gates would), packed by time step (``_Packing``, as PyTorch packs
sequences): the rows of step ``t`` are the documents still running at ``t``, longest first,
the backward direction read from each document's own end, with no padding (a padded
(steps, documents) array is mostly padding when one long abstract shares a batch with
short ones); then each time step is one matrix product of those documents' states with a
block-diagonal recurrent matrix, and a handful of whole-array operations. The
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
    lengths = numpy.asarray([len(sequence) for sequence in sequences], dtype="int64")
    if not lengths.sum():
        return cast(list[Floats2d], [numpy.zeros((0, rows), dtype="f") for _ in sequences])
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
            # each direction's rows in packed order, then its gates: a gather of the narrow
            # inputs, not of the four times wider gates
            part = x[order] @ w_x[:, :, direction, :].reshape(n_inputs, 4 * units)
            # the bias added as the gates are laid out: one pass over them, not two
            numpy.add(part.reshape(-1, 4, units), bias[:, direction, :], gates[:, :, direction])
        hidden = _recur(
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
    return cast(list[Floats2d], numpy.split(x, numpy.cumsum(lengths)[:-1].tolist()))


class _Packing:
    """Where each token's step lies in the packed order of ``_recur``.

    Sequences are columns, longest first; step ``t`` holds the ``active[t]`` columns that
    are that long, at rows ``starts[t]`` onwards. ``forward[row]`` is the token (index into
    the concatenated sequences) whose forward step is at ``row``; ``backward[row]`` the one
    whose backward step is (each sequence read from its own end).
    """

    def __init__(self, lengths: numpy.ndarray) -> None:
        order = numpy.argsort(-lengths, kind="stable")
        by_column = lengths[order]
        ends = numpy.bincount(lengths, minlength=int(by_column[0]) + 1)
        active = len(lengths) - numpy.cumsum(ends)[: int(by_column[0])]
        starts = numpy.concatenate([[0], numpy.cumsum(active)[:-1]])
        self.active: list[int] = active.tolist()
        self.starts: list[int] = starts.tolist()
        total = int(lengths.sum())
        column = numpy.repeat(numpy.arange(len(lengths)), by_column)
        step = numpy.arange(total) - numpy.repeat(numpy.cumsum(by_column) - by_column, by_column)
        row = starts[step] + column
        first = (numpy.cumsum(lengths) - lengths)[order][column]
        self.forward = numpy.empty(total, dtype="int64")
        self.forward[row] = first + step
        self.backward = numpy.empty(total, dtype="int64")
        self.backward[row] = first + by_column[column] - 1 - step


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
    packing: _Packing,
    hidden: numpy.ndarray,
    cell: numpy.ndarray,
) -> numpy.ndarray:
    """Run the recurrence of every direction at once. ``gates``: (tokens, 4 * rows)
    input-side gate values in the packed order of ``packing``, sigmoid gates halved, in
    blocks forget, input, output, cell of ``rows`` = directions x units each;
    ``recurrent``: (rows, 4 * rows), block-diagonal over the directions; ``hidden`` and
    ``cell``: (sequences, rows) initial states. Returns the hidden states, (tokens, rows),
    in the packed order.

    Each step is a dozen numpy calls on a few rows, so what a call costs besides its
    arithmetic is most of the time: the sigmoids are taken over all four blocks into a
    buffer of their own (one contiguous pass is cheaper than one over three blocks of each
    row; the cell block's values there are not used), ``out`` is passed by position (a
    keyword costs more) and the constant is a float32 (a Python float is converted on each
    call). The arithmetic, element by element, is the same: the hidden states are the same
    bits."""
    rows = recurrent.shape[0]
    out = numpy.empty((gates.shape[0], rows), dtype="f")
    buffer = numpy.empty((packing.active[0] if packing.active else 0, 4 * rows), dtype="f")
    tanh, multiply, add = numpy.tanh, numpy.multiply, numpy.add
    half = numpy.float32(0.5)
    inputs, outputs, cells = slice(rows, 2 * rows), slice(2 * rows, 3 * rows), slice(3 * rows, None)
    for size, at in zip(packing.active, packing.starts, strict=True):
        current = hidden[:size] @ recurrent
        add(current, gates[at : at + size], current)
        tanh(current, current)
        sigmoids = multiply(current, half, buffer[:size])
        add(sigmoids, half, sigmoids)
        cell = multiply(sigmoids[:, :rows], cell[:size])
        cell += multiply(sigmoids[:, inputs], current[:, cells])
        hidden = out[at : at + size]
        multiply(tanh(cell), sigmoids[:, outputs], hidden)
    return out
