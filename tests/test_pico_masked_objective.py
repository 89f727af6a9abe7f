"""The masked-vectors pretraining objective of the PICO tagger's tok2vec
(``extractors.pico.masked_objective``) on invented sentences and a vocab of made-up vectors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import Tok2Vec
from spacy.tokens import Doc
from spacy.util import load_config, load_model_from_config
from spacy.vectors import Vectors
from thinc.api import Adam, fix_random_seed

from extractors.pico.masked_objective import cosine_loss, hidden_tokens, masked_vectors_objective
from extractors.pico.training import CONFIG, pretrain_tok2vec

WORDS = ["patients", "with", "gout", "received", "drug", "a", "or", "placebo", "daily", "."]
TEXT = "Patients with gout received drug A or placebo daily ."
# the shipped config embeds MeSH categories: a small MeSH file of the test fixtures
MESH = {"paths.mesh": str(Path(__file__).parent / "fixtures" / "mesh" / "descriptors.tsv")}


def _pipeline() -> Language:
    """The shipped config's (untrained) pipeline, with an 8-wide vector for each of WORDS."""
    nlp = load_model_from_config(load_config(CONFIG, overrides=MESH), auto_fill=True)
    table = numpy.random.default_rng(3).standard_normal((len(WORDS), 8)).astype("float32")
    keys = [nlp.vocab.strings.add(w) for w in WORDS]
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=table, keys=keys, attr="NORM")
    return nlp


def _tok2vec(nlp: Language) -> Any:
    pipe = nlp.get_pipe("tok2vec")
    assert isinstance(pipe, Tok2Vec)
    return pipe.model


def _objective(nlp: Language, rate: float) -> Any:
    tok2vec = _tok2vec(nlp)
    docs = [nlp.make_doc(TEXT)]
    tok2vec.initialize(X=docs)
    model = masked_vectors_objective(3, 16, rate)(nlp.vocab, tok2vec)
    model.initialize(X=docs)
    return model


def test_hidden_tokens_skip_whitespace_and_follow_the_seed() -> None:
    doc = Doc(
        spacy.blank("en").vocab, words=["a", "\n", "b", "c"], spaces=[True, False, True, False]
    )
    numpy.random.seed(5)
    first = hidden_tokens([doc] * 50, 0.9)
    numpy.random.seed(5)
    again = hidden_tokens([doc] * 50, 0.9)
    assert all((a == b).all() for a, b in zip(first, again, strict=True))
    assert not any(mask[1] for mask in first)  # the newline token is never hidden
    assert 0.8 < numpy.mean([mask[[0, 2, 3]].mean() for mask in first]) < 1.0


def test_hidden_runs_cover_the_rate_in_runs_and_follow_the_seed() -> None:
    words = [f"w{i}" for i in range(2000)]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * len(words))
    numpy.random.seed(11)
    runs = hidden_tokens([doc], 0.3, mean_span=3.0)[0]
    numpy.random.seed(11)
    assert (hidden_tokens([doc], 0.3, mean_span=3.0)[0] == runs).all()
    assert 0.2 < runs.mean() < 0.3  # overlapping runs merge: a little under the rate
    assert _mean_run_length(runs) > 2.5  # runs, not single words
    numpy.random.seed(11)
    assert _mean_run_length(hidden_tokens([doc], 0.3)[0]) < 1.6  # mean_span 1: single words


def _mean_run_length(mask: Any) -> float:
    """The mean length of the runs of hidden tokens in ``mask``."""
    starts = numpy.flatnonzero(numpy.diff(numpy.concatenate([[0], mask.astype(int)])) > 0)
    return float(mask.sum() / len(starts))


def test_mean_span_outside_its_range_is_refused() -> None:
    with pytest.raises(ValueError, match=r"mean_span must lie between 1 and 10, not 0\.5"):
        masked_vectors_objective(3, 16, 0.3, mean_span=0.5)


def test_targets_are_the_vectors_of_the_hidden_words() -> None:
    nlp = _pipeline()
    model = _objective(nlp, 0.999999)
    doc = nlp.make_doc(TEXT + " Unknownword")
    numpy.random.seed(0)
    predicted, targets = model.predict([doc])
    expected = numpy.stack([nlp.vocab.vectors[nlp.vocab.strings[t.norm_]] for t in doc[:-1]])
    assert predicted.shape == targets.shape == (len(doc) - 1, 8)  # no vector: no target
    assert numpy.allclose(targets, expected)


def test_cosine_loss_gradient_matches_finite_differences() -> None:
    rng = numpy.random.default_rng(1)
    predicted = rng.standard_normal((3, 4)).astype("float64")
    targets = rng.standard_normal((3, 4)).astype("float32")
    loss, gradient = cosine_loss(None, [], (predicted, targets))  # type: ignore[arg-type]
    assert loss == pytest.approx(
        sum(
            1 - p @ t / numpy.linalg.norm(p) / numpy.linalg.norm(t)
            for p, t in zip(predicted, targets, strict=True)
        ),
        rel=1e-5,
    )
    step = 1e-6
    for i, j in [(0, 0), (1, 2), (2, 3)]:
        moved = predicted.copy()
        moved[i, j] += step
        numeric = (cosine_loss(None, [], (moved, targets))[0] - loss) / step  # type: ignore[arg-type]
        assert gradient[i, j] * len(predicted) == pytest.approx(numeric, rel=1e-3, abs=1e-5)


def test_updates_lower_the_loss_on_one_batch() -> None:
    fix_random_seed(11)
    nlp = _pipeline()
    model = _objective(nlp, 0.5)
    docs = [nlp.make_doc(TEXT)] * 4
    optimizer = Adam(0.01)
    losses = []
    for _ in range(40):
        predictions, backprop = model.begin_update(docs)
        loss, gradient = cosine_loss(model.ops, docs, predictions)
        backprop(gradient)
        model.finish_update(optimizer)
        losses.append(loss / max(len(predictions[0]), 1))
    assert numpy.mean(losses[-5:]) < 0.5 * numpy.mean(losses[:5])


def test_spacy_pretraining_with_the_objective_writes_loadable_weights(tmp_path: Path) -> None:
    raw = tmp_path / "raw_text.jsonl"
    texts = [f"Patients with gout number {i} received drug A or placebo daily ." for i in range(8)]
    raw.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    vectors = tmp_path / "vectors"
    _pipeline().to_disk(vectors)
    config = tmp_path / "pretrain.cfg"
    config.write_text(
        CONFIG.read_text(encoding="utf-8")
        .replace("max_epochs = 3", "max_epochs = 1")
        .replace("hidden_size = 128", "hidden_size = 16"),
        encoding="utf-8",
    )
    settings = {"paths.vectors": str(vectors), **MESH}
    weights = pretrain_tok2vec(raw, tmp_path / "pretrain", config, settings)
    nlp = _pipeline()
    tok2vec = _tok2vec(nlp)
    tok2vec.initialize(X=[nlp.make_doc(TEXT)])
    tok2vec.from_bytes(weights.read_bytes())
    assert tok2vec.predict([nlp.make_doc(TEXT)])[0].shape == (10, 64)


def test_a_hidden_word_is_predicted_from_its_context_alone() -> None:
    nlp = _pipeline()
    model = _objective(nlp, 0.5)
    first = nlp.make_doc(TEXT)
    second = nlp.make_doc(TEXT.replace("drug", "gout"))  # the same but the fifth word

    def predictions(seed: int) -> tuple[Any, Any]:
        numpy.random.seed(seed)
        one, _ = model.predict([first])
        numpy.random.seed(seed)
        two, _ = model.predict([second])
        return one, two

    hidden = next(s for s in range(100) if _hidden_at(s, first)[4])
    one, two = predictions(hidden)
    assert numpy.allclose(one, two, atol=1e-6)  # only the hidden word differs
    shown = next(
        s for s in range(100) if not _hidden_at(s, first)[4] and _hidden_at(s, first).any()
    )
    one, two = predictions(shown)
    assert not numpy.allclose(one, two, atol=1e-3)  # its neighbours see the changed word


def _hidden_at(seed: int, doc: Doc) -> Any:
    numpy.random.seed(seed)
    return hidden_tokens([doc], 0.5)[0]
