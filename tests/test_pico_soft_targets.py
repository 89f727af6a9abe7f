"""The soft-target tagger of distillation: its gradient, the stored probabilities and the
installed model's factory."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.pipeline import Tagger
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import load_config

from extractors.pico.soft_targets import (
    FACTORY,
    PROBS_KEY,
    SoftTagger,
    plain_tagger_factory,
    store_probs,
    stored_probs,
)

LABELS = ["INT", "O", "OUT", "POP"]


def tagged(nlp: spacy.language.Language, words: list[str], tags: list[str]) -> Doc:
    doc = Doc(nlp.vocab, words=words)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


@pytest.fixture
def nlp() -> spacy.language.Language:
    model = spacy.blank("en")
    tagger = model.add_pipe(FACTORY, name="tagger")
    for label in LABELS:
        tagger.add_label(label)
    model.initialize()
    return model


def test_probabilities_round_trip_as_float16() -> None:
    doc = spacy.blank("en")("aspirin versus placebo")
    probs = numpy.asarray([[0.7, 0.1, 0.1, 0.1], [0.0, 1.0, 0.0, 0.0], [0.5, 0.5, 0, 0]])
    store_probs(doc, probs.astype(numpy.float32))
    assert len(doc.user_data[PROBS_KEY]) == 3 * 4 * 2  # float16
    back = stored_probs(doc, 4)
    assert back is not None and back.dtype == numpy.float32
    assert numpy.allclose(back, probs, atol=1e-3)
    assert stored_probs(spacy.blank("en")("no probabilities"), 4) is None
    with pytest.raises(ValueError, match="2 rows of probabilities for 3 tokens"):
        store_probs(doc, probs[:2].astype(numpy.float32))
    with pytest.raises(ValueError, match="12 stored probabilities for 3 x 5 labels"):
        stored_probs(doc, 5)


def test_soft_documents_pull_towards_the_teachers_and_others_keep_spacys_loss(
    nlp: spacy.language.Language,
) -> None:
    tagger = nlp.get_pipe("tagger")
    assert isinstance(tagger, SoftTagger) and isinstance(tagger, Tagger)
    words = ["aspirin", "versus", "placebo"]
    gold = tagged(nlp, words, ["INT", "O", "INT"])
    soft = tagged(nlp, words, ["INT", "O", "O"])
    target = numpy.asarray(
        [[0.8, 0.1, 0.05, 0.05], [0.0, 1.0, 0.0, 0.0], [0.4, 0.6, 0.0, 0.0]], dtype=numpy.float32
    )
    store_probs(soft, target)
    examples = [Example(nlp.make_doc(d.text), d) for d in (gold, soft)]
    scores = tagger.model.predict([eg.predicted for eg in examples])
    scores = [numpy.asarray(s) for s in scores]
    _, gradients = tagger.get_loss(examples, scores)
    _, spacys = Tagger.get_loss(tagger, examples, scores)
    assert numpy.allclose(gradients[0], spacys[0])  # no stored probabilities: spaCy's
    stored = stored_probs(soft, 4)
    assert stored is not None
    assert numpy.allclose(gradients[1], scores[1] - stored)
    assert not numpy.allclose(gradients[1], spacys[1])  # token 3 is tagged O, learnt 0.4 INT


def test_a_soft_tagger_learns_and_saves_as_spacys_tagger(
    nlp: spacy.language.Language, tmp_path: Path
) -> None:
    doc = tagged(nlp, ["aspirin", "versus", "placebo"], ["INT", "O", "O"])
    store_probs(doc, numpy.asarray([[0, 0, 0, 1.0], [0, 0, 0, 1.0], [0, 0, 0, 1.0]], "float32"))
    optimizer = nlp.create_optimizer()
    for _ in range(30):
        nlp.update([Example(nlp.make_doc(doc.text), doc)], sgd=optimizer)
    assert [t.tag_ for t in nlp(doc.text)] == ["POP", "POP", "POP"]  # the soft targets win
    nlp.to_disk(tmp_path / "model")
    plain_tagger_factory(tmp_path / "model")
    assert (
        load_config(tmp_path / "model" / "config.cfg")["components"]["tagger"]["factory"]
        == "tagger"
    )
    loaded = spacy.load(tmp_path / "model")
    assert type(loaded.get_pipe("tagger")) is Tagger
    assert [t.tag_ for t in loaded(doc.text)] == ["POP", "POP", "POP"]
