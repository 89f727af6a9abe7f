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
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import numpy
from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.staticvectors import StaticVectors
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d, Ragged


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
) -> Model[list[Doc], list[Floats2d]]:
    """``MultiHashEmbed.v2`` plus an embedding of the token's position bucket."""
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
