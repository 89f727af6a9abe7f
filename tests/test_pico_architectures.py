"""The tagger's own embedding layer: position buckets and their embedding."""

from __future__ import annotations

import numpy
import spacy
from spacy.util import registry

from extractors.pico.architectures import position_buckets, position_hash_embed


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
