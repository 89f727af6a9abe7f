"""Train the PICO tagger from ``config.cfg`` and install it as package data.

``train_pico(data_dir, work_dir)`` rebuilds the corpora (``extractors.pico.corpus``),
learns static word vectors from unlabelled abstracts (``extractors.pico.vectors``) and, with
a ``[pretraining]`` block (the shipped config has one), pretrains the tok2vec on them
(``extractors.pico.masked_objective``), runs spaCy's training
loop on one CPU with the config's seed and step budget, and copies the best checkpoint (by
the token macro F1 of ``extractors.pico.metric`` on the calibration slice; string store
pruned by ``prune_strings``; decoding biases of ``extractors.pico.calibration`` tuned on the
calibration slice and stored in its ``meta.json``) to ``extractors/data/pico_model`` unless
told where else. The calibration slice is carved out of the training abstracts
(``extractors.pico.corpus``); the dev set (crowd960) is never read here except to hold it
out, so ``evg evaluate pico`` scores a set that chose nothing. Training is deterministic for
a given config, data and thread count; run it with one BLAS/OpenMP thread
(``OMP_NUM_THREADS=1``) as ``make train`` does. Pretraining and training multiply matrices
with numpy's BLAS (``NUMPY_BLAS``), as the packaged model does at run time
(``extractors.pico.model.use_numpy_blas``).

The config's ``training.before_update`` (``evg.pico_time_guard.v1``, ``max_seconds``) is a
safety stop only: when that wall-clock budget runs out the loop stops at the next step and
the best checkpoint so far is kept (the result then depends on speed). The step budget
(``training.max_steps``) is what normally ends training.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.cli.train import train as spacy_train
from spacy.training.pretrain import pretrain as spacy_pretrain
from spacy.util import load_config, registry
from thinc.api import use_ops
from thinc.config import ConfigValidationError

from extractors.pico import (
    masked_objective,  # noqa: F401  (registers the objective)
    metric,  # noqa: F401  (registers evg.pico_token_scorer.v1)
)
from extractors.pico.calibration import calibrate, tagger_labels
from extractors.pico.corpus import build_corpora, holdout_for
from extractors.pico.devset import read_dev
from extractors.pico.model import DEFAULT_MODEL_DIR
from extractors.pico.pretraining import write_raw_texts
from extractors.pico.self_training import SECTION, pseudo_label
from extractors.pico.vectors import build_vectors
from kg.errors import InputError

log = logging.getLogger(__name__)

CONFIG = Path(__file__).with_name("config.cfg")
MODEL_META = {
    "name": "evg_pico_tagger",
    "version": "0.1.0",
    "description": "PICO token tagger (POP/INT/OUT), see extractors/pico/MODEL_CARD.md",
}


NUMPY_BLAS: dict[str, Any] = {"name": "numpy", "use_blis": False}
"""thinc CPU ops whose gemm is ``numpy.dot`` (2.7x thinc's BLIS gemm on the tagger's shapes)."""


class TimeBudgetReached(Exception):
    """Raised inside the training loop when ``max_seconds`` have passed."""


def time_guard(max_seconds: float | None = None) -> Callable[[Any, dict[str, Any]], None]:
    """A ``training.before_update`` callback that stops training after ``max_seconds``."""
    started = time.monotonic()

    def guard(nlp: Any, info: dict[str, Any]) -> None:
        if max_seconds is not None and time.monotonic() - started > max_seconds:
            raise TimeBudgetReached(f"stopped at step {info.get('step')}")

    return guard


registry.callbacks.register("evg.pico_time_guard.v1", func=time_guard)


def prune_strings(model_dir: Path) -> None:
    """Keep only the tag labels in the saved pipeline's string store, no local paths in its
    config, and the name and version of ``MODEL_META`` in its meta.

    spaCy saves every string it met in training (the words of the training abstracts); the
    hash embeddings need none of them, and the shared data's words stay out of the package.
    """
    nlp = spacy.load(model_dir)
    # StringStore has no public reset; this is what spaCy uses to load a store
    nlp.vocab.strings._reset_and_load(tagger_labels(nlp))
    for key in nlp.config["paths"]:
        nlp.config["paths"][key] = None
    nlp.meta.update(MODEL_META)
    nlp.to_disk(model_dir)


class TrainingConfigError(InputError):
    """The training config cannot be read, lacks a block the training needs, or holds a value
    the pretraining objective refuses."""


def check_config(config: Path) -> None:
    """Raise ``TrainingConfigError`` unless ``config`` reads as a spaCy config with the blocks
    ``train_pico`` uses and, where it has ``[pretraining]``, an objective that builds."""
    if not config.is_file():
        raise TrainingConfigError(f"training config {config} not found")
    try:
        loaded = load_config(config)
    except (ConfigValidationError, OSError, ValueError) as exc:
        raise TrainingConfigError(
            f"training config {config} cannot be read: {_one_line(exc)}"
        ) from exc
    for path in ("system.seed", "components.tok2vec.model.embed", "components.tagger", "training"):
        block: Any = loaded
        for key in path.split("."):
            if not isinstance(block, dict) or key not in block:
                raise TrainingConfigError(f"training config {config} has no [{path}]")
            block = block[key]
    objective = loaded.get("pretraining", {}).get("objective")
    if objective:
        try:
            registry.resolve({"objective": objective})
        except (ConfigValidationError, ValueError, TypeError) as exc:
            raise TrainingConfigError(
                f"training config {config}: [pretraining.objective] is not valid: {_one_line(exc)}"
            ) from exc


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def uses_static_vectors(config: Path) -> bool:
    """Whether the config's tok2vec embeds static vectors (``include_static_vectors``)."""
    embed = load_config(config)["components"]["tok2vec"]["model"]["embed"]
    return bool(embed.get("include_static_vectors", False))


def config_seed(config: Path) -> int:
    """The config's ``[system] seed``."""
    return int(load_config(config)["system"]["seed"])


def has_pretraining(config: Path) -> bool:
    """Whether the config says how to pretrain the tok2vec (a ``[pretraining]`` section)."""
    return bool(load_config(config).get("pretraining"))


def shuffled_texts(raw: Path, out: Path, seed: int) -> Path:
    """``raw``'s lines in an order drawn with ``seed``, written to ``out`` (spaCy's pretraining
    reads its corpus in file order, and the unlabelled abstracts come source by source)."""
    lines = raw.read_text(encoding="utf-8").splitlines(keepends=True)
    order = numpy.random.default_rng(seed).permutation(len(lines))
    out.write_text("".join(lines[i] for i in order), encoding="utf-8")
    return out


def pretrain_tok2vec(
    raw: Path, out_dir: Path, config: Path = CONFIG, overrides: dict[str, Any] | None = None
) -> Path:
    """Pretrain the tok2vec on the unlabelled abstracts of ``raw``, shuffled with the
    config's seed (``spacy pretrain`` with the config's ``[pretraining]``, whose objective
    may be spaCy's or ``evg.PretrainMaskedVectors.v1``: predict hidden words' static
    vectors); returns the weights.
    """
    out_dir.mkdir(parents=True, exist_ok=True)  # spacy pretrain does not create it
    texts = shuffled_texts(raw, out_dir / "raw_text.jsonl", config_seed(config))
    settings = {**(overrides or {}), "paths.raw_text": str(texts)}
    loaded = load_config(config, overrides=settings, interpolate=True)
    started = time.monotonic()
    with use_ops(**NUMPY_BLAS):
        spacy_pretrain(loaded, out_dir, use_gpu=-1, silent=False)
    log.info("pretrained in %.0f s", time.monotonic() - started)
    return out_dir / "model-last.bin"


def self_training(config: Path) -> tuple[int, bool]:
    """How many unlabelled abstracts the teacher tags for the student and whether with its
    decoding biases (the config's ``[evg_self_training] documents`` and ``biases``; no
    self-training, 0, without that section)."""
    section = load_config(config).get(SECTION, {})
    return int(section.get("documents", 0)), bool(section.get("biases", False))


def _train_once(config: Path, output: Path, settings: dict[str, Any], calibration: Path) -> Path:
    """spaCy's training loop into ``output``; the best checkpoint pruned and calibrated."""
    started = time.monotonic()
    try:
        with use_ops(**NUMPY_BLAS):
            spacy_train(config, output, overrides=settings, use_gpu=-1)
    except TimeBudgetReached as stop:
        log.warning("time budget reached: %s", stop)
    log.info("trained in %.0f s", time.monotonic() - started)
    best = output / "model-best"
    prune_strings(best)
    biases = calibrate(best, calibration)
    log.info("decoding biases %s stored in %s", biases, best / "meta.json")
    return best


def train_pico(
    data_dir: Path,
    work_dir: Path,
    *,
    model_dir: Path | None = DEFAULT_MODEL_DIR,
    config: Path = CONFIG,
    overrides: dict[str, Any] | None = None,
    rebuild: bool = True,
    pretrain: bool = True,
) -> Path:
    """Build the corpora under ``work_dir``, train, and return the best checkpoint's path.

    The unlabelled abstracts of ``extractors.pico.pretraining`` (no dev or public test
    abstract) feed the static vectors (``extractors.pico.vectors``, when the config embeds
    them) and, with ``pretrain`` and a ``[pretraining]`` section in the config, the tok2vec
    pretraining (``pretrain_tok2vec``) that training starts from (a config without that
    section trains from scratch). With an ``[evg_self_training]`` section the best model is
    the teacher of a second training (``extractors.pico.self_training``), whose best
    checkpoint is kept instead. The best checkpoint is copied to ``model_dir`` (package data
    by default; None skips it).
    """
    check_config(config)
    corpus_dir = work_dir / "corpus"
    if rebuild or not (corpus_dir / "calibration.spacy").exists():
        build_corpora(data_dir, corpus_dir)
    settings: dict[str, Any] = {
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "calibration.spacy"),
    }
    vectors = uses_static_vectors(config)
    documents, biased = self_training(config)
    if pretrain and not has_pretraining(config):
        log.info("no [pretraining] in %s: training starts without pretraining", config)
        pretrain = False
    raw = work_dir / "raw_text.jsonl"  # the unlabelled abstracts, written when one step reads them
    if vectors or pretrain or documents:
        write_raw_texts(data_dir, raw, holdout_for(data_dir, read_dev(data_dir)))
        if vectors:
            started = time.monotonic()
            settings["paths.vectors"] = str(build_vectors(raw, work_dir / "vectors"))
            log.info("static vectors in %.0f s", time.monotonic() - started)
        if pretrain:
            weights = pretrain_tok2vec(raw, work_dir / "pretrain", config, settings)
            settings["paths.init_tok2vec"] = str(weights)
    settings.update(overrides or {})
    best = _train_once(config, work_dir / "output", settings, corpus_dir / "calibration.spacy")
    if documents:
        train_dir = work_dir / "self_training"
        shutil.rmtree(train_dir, ignore_errors=True)
        train_dir.mkdir(parents=True)
        shutil.copyfile(settings["paths.train"], train_dir / "gold.spacy")
        pseudo = train_dir / "pseudo.spacy"
        pseudo_label(best, raw, data_dir, pseudo, documents, config_seed(config), biased=biased)
        student = {**settings, "paths.train": str(train_dir)}
        best = _train_once(config, work_dir / "student", student, corpus_dir / "calibration.spacy")
    if model_dir is not None:
        if model_dir.exists():
            shutil.rmtree(model_dir)
        shutil.copytree(best, model_dir)
        log.info("installed %s as %s", best, model_dir)
    return best
