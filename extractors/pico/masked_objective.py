"""A pretraining objective for the tagger's tok2vec: predict hidden words' static vectors.

``evg.PretrainMaskedVectors.v1`` is an objective for spaCy's ``[pretraining]`` block
(``spacy pretrain``, run by ``extractors.pico.training.pretrain_tok2vec``). In each batch a
share of the tokens (``mask_rate``) is hidden: the output of the tok2vec's ``embed`` layer
is zeroed for them, so their hash embeddings, static vector and position are all gone; the
``encode`` layers (window encoder, context layer, LSTM) read the sequence, and a small head
(one Maxout layer, one linear layer) predicts each hidden token's static vector from the
encoder's output at that place. The loss is the cosine distance, over the hidden tokens that
have a vector. The encoder can only do this by reading the words around: "patients were
randomised to receive ___ or placebo" asks for a drug's vector. With ``mean_span`` above 1
the hidden tokens come in runs (``hidden_tokens``), so a whole phrase must be guessed.

spaCy's own objectives (``spacy.PretrainCharacters.v1`` and ``spacy.PretrainVectors.v1``)
replace 15% of the words and then predict something of every token, and for the 85% left
alone the token's own embedding gives the answer away; the first shipped tagger was
pretrained with the character objective and scored as one trained with static vectors
alone (``TRAINING_LOG.md``).

The static vectors are those of ``extractors.pico.vectors`` (the pipeline's vocab); the
masks come from numpy's global generator, which spaCy's pretraining seeds with the
config's seed, so a run is repeatable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import numpy
from numpy.typing import NDArray
from spacy.attrs import IS_SPACE, NORM
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.api import Linear, Maxout, Model, Ops, chain
from thinc.types import Floats2d

Predictions = tuple[Floats2d, NDArray[numpy.float32]]
"""The head's output for the hidden tokens with a vector, and those tokens' vectors."""


def masked_vectors_objective(
    maxout_pieces: int, hidden_size: int, mask_rate: float, mean_span: float = 1.0
) -> Callable[[Vocab, Model[list[Doc], list[Floats2d]]], Model[list[Doc], Predictions]]:
    """The objective factory ``[pretraining.objective]`` names; spaCy calls the function it
    returns with the pipeline's vocab and the tok2vec to pretrain. ``mean_span`` above 1
    hides runs of words instead of single words (``hidden_tokens``)."""
    if not 0.0 < mask_rate < 1.0:
        raise ValueError(f"mask_rate must lie between 0 and 1, not {mask_rate}")
    if not 1.0 <= mean_span <= MAX_SPAN:
        raise ValueError(f"mean_span must lie between 1 and {MAX_SPAN}, not {mean_span}")

    def create(vocab: Vocab, tok2vec: Model[list[Doc], list[Floats2d]]) -> Model[list[Doc], Any]:
        if vocab.vectors.shape[1] == 0:
            raise ValueError("the masked-vectors objective needs static vectors in the vocab")
        head: Model[Floats2d, Floats2d] = chain(
            Maxout(hidden_size, nP=maxout_pieces, normalize=True, dropout=0.0),
            Linear(vocab.vectors.shape[1], hidden_size),
        )
        model: Model[list[Doc], Predictions] = Model(
            "masked_vectors",
            _forward,
            init=_init,
            layers=[tok2vec, head],
            refs={"tok2vec": tok2vec, "head": head},
            attrs={
                "mask_rate": mask_rate,
                "mean_span": mean_span,
                "loss": cosine_loss,
                "vectors": vocab.vectors,
            },
        )
        return model

    return create


registry.architectures.register("evg.PretrainMaskedVectors.v1", func=masked_vectors_objective)


def _init(model: Model[list[Doc], Predictions], X: list[Doc] | None = None, Y: Any = None) -> None:
    tok2vec = model.get_ref("tok2vec")
    width = tok2vec.get_dim("nO")
    sample = model.ops.alloc2f(2, width) if not X else model.ops.flatten(tok2vec.predict(X))
    model.get_ref("head").initialize(X=sample)


MAX_SPAN = 10
"""The longest run of words ``hidden_tokens`` hides at once."""


def hidden_tokens(
    docs: list[Doc], rate: float, mean_span: float = 1.0
) -> list[NDArray[numpy.bool_]]:
    """Per Doc, which tokens are hidden (numpy's global generator); space tokens never are.

    With ``mean_span`` 1, each token with probability ``rate``. Above 1, runs of words, as
    SpanBERT masks (Joshi et al. 2020): a run starts at each token with probability
    ``rate / mean_span`` and its length is geometric with mean ``mean_span``, cut at
    ``MAX_SPAN``; runs that overlap merge, so a little less than ``rate`` of the tokens is
    hidden. A hidden run asks for a whole phrase ("received ___ ___ ___ or placebo") from
    the words around it.
    """
    masks: list[NDArray[numpy.bool_]] = []
    for doc in docs:
        space = (
            doc.to_array([IS_SPACE]).astype(bool).reshape(-1) if len(doc) else numpy.zeros(0, bool)
        )
        if mean_span == 1.0:
            hidden = numpy.random.random(len(doc)) < rate
        else:
            hidden = _runs(len(doc), rate, mean_span)
        masks.append(hidden & ~space)
    return masks


def _runs(n: int, rate: float, mean_span: float) -> NDArray[numpy.bool_]:
    """Tokens of ``n`` covered by random runs (``hidden_tokens``)."""
    starts = numpy.random.random(n) < rate / mean_span
    lengths = numpy.minimum(numpy.random.geometric(1.0 / mean_span, n), MAX_SPAN)
    reach = numpy.where(starts, numpy.arange(n) + lengths, 0)
    covered: NDArray[numpy.bool_] = numpy.maximum.accumulate(reach) > numpy.arange(n)
    return covered


def _forward(
    model: Model[list[Doc], Predictions], docs: list[Doc], is_train: bool
) -> tuple[Predictions, Callable[[Floats2d], list[Doc]]]:
    tok2vec = model.get_ref("tok2vec")
    embed, encode, head = tok2vec.get_ref("embed"), tok2vec.get_ref("encode"), model.get_ref("head")
    vectors = model.attrs["vectors"]
    embedded, embed_back = embed(docs, is_train)
    masks = hidden_tokens(docs, float(model.attrs["mask_rate"]), float(model.attrs["mean_span"]))
    keeps = [(~mask).astype("float32").reshape(-1, 1) for mask in masks]
    encoded, encode_back = encode(
        [x * keep for x, keep in zip(embedded, keeps, strict=True)], is_train
    )
    rows = [
        vectors.find(keys=doc.to_array([NORM]).reshape(-1)) if len(doc) else numpy.zeros(0, "i")
        for doc in docs
    ]
    chosen = numpy.concatenate(
        [mask & (row >= 0) for mask, row in zip(masks, rows, strict=True)]
    ).astype(bool)
    flat = numpy.asarray(model.ops.flatten(encoded)) if encoded else numpy.zeros((0, 0), "f")
    predicted, head_back = head(cast(Floats2d, flat[chosen]), is_train)
    data = numpy.asarray(vectors.data)
    targets = data[numpy.concatenate(rows)[chosen]].astype("float32")

    def backprop(d_predicted: Floats2d) -> list[Doc]:
        d_flat = numpy.zeros_like(flat)
        d_flat[chosen] = head_back(d_predicted)
        d_encoded = numpy.split(d_flat, numpy.cumsum([len(x) for x in encoded])[:-1])
        d_embedded = encode_back(cast(list[Floats2d], d_encoded))
        embed_back([d * keep for d, keep in zip(d_embedded, keeps, strict=True)])
        return docs

    return (predicted, targets), backprop


def cosine_loss(ops: Ops, docs: list[Doc], predictions: Predictions) -> tuple[float, Floats2d]:
    """Summed cosine distance of the predictions to their vectors, and its gradient averaged
    over the hidden tokens (``model.attrs["loss"]``, as spaCy's pretraining calls it)."""
    predicted, targets = predictions
    p = numpy.asarray(predicted)
    if len(p) == 0:
        return 0.0, predicted
    length = numpy.linalg.norm(p, axis=1, keepdims=True) + 1e-8
    unit_t = targets / (numpy.linalg.norm(targets, axis=1, keepdims=True) + 1e-8)
    unit_p = p / length
    cosine = (unit_p * unit_t).sum(axis=1, keepdims=True)
    gradient = -(unit_t - cosine * unit_p) / length / len(p)
    return float((1.0 - cosine).sum()), cast(Floats2d, gradient.astype("float32"))
