"""A tagger that learns the teachers' probabilities where a training document carries them.

Knowledge distillation for ``extractors.pico.self_training``: the teachers' averaged
probabilities over the labels are stored per pseudo-labelled document (``store_probs``,
float16, in the DocBin's ``user_data`` under ``PROBS_KEY``). The ``evg_soft_tagger`` factory
builds a spaCy ``Tagger`` whose loss gradient on such a document is the student's
probabilities minus the teachers' (the gradient of the cross-entropy against soft targets,
as spaCy's own gradient is against one-hot targets: in training ``spacy.Tagger.v2``'s
output is a softmax even with ``normalize = false``, which only skips it at inference);
documents without probabilities (the crowd-labelled ones) keep spaCy's loss. The reported
loss value is spaCy's, against the pseudo-labelled tags. At inference the soft tagger is
spaCy's tagger: the installed model names the plain ``tagger`` factory
(``plain_tagger_factory``), so loading it needs nothing from this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy
from numpy.typing import NDArray
from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.pipeline.tagger import DEFAULT_TAGGER_MODEL
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import load_config
from thinc.api import Model

PROBS_KEY = "evg_probs"
FACTORY = "evg_soft_tagger"


def store_probs(doc: Doc, probs: NDArray[numpy.float32]) -> None:
    """Keep ``probs`` (one row per token of ``doc``) in ``doc.user_data``, as float16."""
    if probs.shape[0] != len(doc):
        raise ValueError(f"{probs.shape[0]} rows of probabilities for {len(doc)} tokens")
    doc.user_data[PROBS_KEY] = numpy.ascontiguousarray(probs, dtype=numpy.float16).tobytes()


def stored_probs(doc: Doc, n_labels: int) -> NDArray[numpy.float32] | None:
    """The probabilities ``store_probs`` kept in ``doc``, or None when it has none."""
    raw = doc.user_data.get(PROBS_KEY)
    if raw is None:
        return None
    probs = numpy.frombuffer(raw, dtype=numpy.float16).astype(numpy.float32)
    if probs.size != len(doc) * n_labels:
        raise ValueError(f"{probs.size} stored probabilities for {len(doc)} x {n_labels} labels")
    return probs.reshape(len(doc), n_labels)


class SoftTagger(Tagger):  # type: ignore[misc]
    """spaCy's tagger, trained towards stored soft targets where a document has them."""

    def get_loss(self, examples: Iterable[Example], scores: list[Any]) -> tuple[float, list[Any]]:
        examples = list(examples)
        loss, d_scores = super().get_loss(examples, scores)
        gradients = list(d_scores)
        n_labels = len(self.labels)
        for i, example in enumerate(examples):
            target = stored_probs(example.reference, n_labels)
            if target is not None:
                gradients[i] = scores[i] - self.model.ops.asarray(target)
        return loss, gradients


@Language.factory(
    FACTORY,
    assigns=["token.tag"],
    default_config={
        "model": DEFAULT_TAGGER_MODEL,
        "overwrite": False,
        "neg_prefix": "!",
        "label_smoothing": 0.0,
        "scorer": {"@scorers": "spacy.tagger_scorer.v1"},
    },
    default_score_weights={"tag_acc": 1.0},
)
def make_soft_tagger(
    nlp: Language,
    name: str,
    model: Model[list[Doc], list[Any]],
    overwrite: bool,
    scorer: Callable[..., Any] | None,
    neg_prefix: str,
    label_smoothing: float,
) -> SoftTagger:
    """The ``evg_soft_tagger`` factory: ``SoftTagger`` with spaCy's tagger settings."""
    return SoftTagger(
        nlp.vocab,
        model,
        name=name,
        overwrite=overwrite,
        scorer=scorer,
        neg_prefix=neg_prefix,
        label_smoothing=label_smoothing,
    )


def plain_tagger_factory(model_dir: Path) -> None:
    """Rename the saved pipeline's soft tagger to spaCy's ``tagger`` factory (same weights
    and settings; the soft loss only matters in training)."""
    path = model_dir / "config.cfg"
    config = load_config(path)
    soft = [c for c in config["components"].values() if c.get("factory") == FACTORY]
    for component in soft:
        component["factory"] = "tagger"
    if soft:
        config.to_disk(path)
