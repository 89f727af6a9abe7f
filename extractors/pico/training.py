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

With ``[evg_self_training]`` in the config (the shipped config has it;
``extractors.pico.self_training``), that model is trained once per teacher seed under
``work/teachers/seed-N`` (``train_teachers``: ``jobs`` at a time, each in a single-threaded
worker process, so the result does not depend on ``jobs``; a ``teacher.json`` stamp records
what a finished teacher was trained from, so a rerun with ``reuse_teachers`` keeps it), the
teachers tag unlabelled abstracts, and a student (``work/student``; with ``soft``, the
``evg_soft_tagger`` of ``extractors.pico.soft_targets``) is trained on both corpora from the
first teacher's pretrained weights; the student is the model installed, under spaCy's plain
``tagger`` factory.

The config's ``training.before_update`` (``evg.pico_time_guard.v1``, ``max_seconds``) is a
safety stop only: when that wall-clock budget runs out the loop stops at the next step and
the best checkpoint so far is kept (the result then depends on speed). The step budget
(``training.max_steps``) is what normally ends training.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
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
from extractors.pico.self_training import (
    SECTION,
    SelfTraining,
    pseudo_label,
    read_settings,
    soften_labelled,
)
from extractors.pico.soft_targets import FACTORY as SOFT_FACTORY
from extractors.pico.soft_targets import plain_tagger_factory
from extractors.pico.vectors import build_vectors
from kg.errors import InputError

log = logging.getLogger(__name__)

CONFIG = Path(__file__).with_name("config.cfg")
STAMP = "teacher.json"
MESH_FILE = Path("mesh", "jaytimm_mesh2024", "mesh_descriptors_compact.tsv")
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


class TrainingDataError(InputError):
    """A file the training needs is missing from the shared data folder."""


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
    try:
        read_settings(config)
    except ValueError as exc:
        raise TrainingConfigError(f"training config {config}: {exc}") from exc
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


def _embed_setting(config: Path, name: str) -> Any:
    """A setting of the config's tok2vec embedding block, None when it is absent."""
    return load_config(config)["components"]["tok2vec"]["model"]["embed"].get(name)


def uses_static_vectors(config: Path) -> bool:
    """Whether the config's tok2vec embeds static vectors (``include_static_vectors``)."""
    return bool(_embed_setting(config, "include_static_vectors"))


def uses_lexicon(config: Path) -> bool:
    """Whether the config's tok2vec embeds MeSH categories (``lexicon_rows`` of
    ``evg.PositionHashEmbed.v1``), which training builds from ``MESH_FILE``."""
    return bool(_embed_setting(config, "lexicon_rows"))


def mesh_file(data_dir: Path) -> Path:
    """The MeSH vocabulary under ``data_dir`` the tagger's lexicon is built from."""
    path = data_dir / MESH_FILE
    if not path.is_file():
        raise TrainingDataError(f"MeSH vocabulary {path} not found (the config embeds MeSH)")
    return path


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
    plain_tagger_factory(best)
    prune_strings(best)
    biases = calibrate(best, calibration)
    log.info("decoding biases %s stored in %s", biases, best / "meta.json")
    return best


def teacher_config(config: Path, seed: int, out: Path) -> Path:
    """``config`` with ``[system] seed = seed`` and no ``[evg_self_training]``, written to
    ``out``: the config a teacher is pretrained and trained with."""
    loaded = load_config(config)
    loaded["system"]["seed"] = seed
    loaded.pop(SECTION, None)
    out.parent.mkdir(parents=True, exist_ok=True)
    loaded.to_disk(out)
    return out


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _teacher_stamp(config: Path, settings: dict[str, Any], raw: Path, pretrain: bool) -> str:
    """What a teacher was trained from: its config, settings and the contents of the
    corpora and unlabelled abstracts it read. Paths count as absolute paths, so a rerun that
    names the same folders another way (``--data ../shared/data`` or ``/work/shared/data``)
    still finds its teachers."""
    inputs = [Path(settings["paths.train"]), Path(settings["paths.dev"]), raw]
    if settings.get("paths.mesh"):
        inputs.append(Path(settings["paths.mesh"]))
    return json.dumps(
        {
            "config_sha256": _sha256(config),
            "inputs_sha256": [_sha256(path) if path.is_file() else None for path in inputs],
            "settings": {
                key: str(Path(value).resolve()) if key.startswith("paths.") and value else value
                for key, value in settings.items()
            },
            "pretrain": pretrain,
        },
        sort_keys=True,
    )


def train_teacher(
    config: Path, work_dir: Path, settings: dict[str, Any], raw: Path, pretrain: bool
) -> tuple[Path, Path | None]:
    """Pretrain (when ``pretrain``) and train one model with ``config`` under ``work_dir``
    (``pretrain/``, ``output/``); returns its best checkpoint and its pretrained weights.
    Writes ``teacher.json`` there when done, which ``reusable_teacher`` reads."""
    stamp = _teacher_stamp(config, settings, raw, pretrain)
    (work_dir / STAMP).unlink(missing_ok=True)
    trained = dict(settings)
    weights = None
    if pretrain:
        weights = pretrain_tok2vec(raw, work_dir / "pretrain", config, settings)
        trained["paths.init_tok2vec"] = str(weights)
    best = _train_once(config, work_dir / "output", trained, Path(settings["paths.dev"]))
    (work_dir / STAMP).write_text(stamp, encoding="utf-8")
    return best, weights


def reusable_teacher(
    config: Path, work_dir: Path, settings: dict[str, Any], raw: Path, pretrain: bool
) -> tuple[Path, Path | None] | None:
    """A finished teacher under ``work_dir`` trained with this config and these settings,
    or None."""
    stamp = work_dir / STAMP
    best, weights = work_dir / "output" / "model-best", work_dir / "pretrain" / "model-last.bin"
    if not stamp.is_file() or stamp.read_text(encoding="utf-8") != _teacher_stamp(
        config, settings, raw, pretrain
    ):
        return None
    if not (best / "meta.json").is_file() or (pretrain and not weights.is_file()):
        return None
    return best, weights if pretrain else None


def _teacher_in_subprocess(
    config: Path, work_dir: Path, settings: dict[str, Any], raw: Path, pretrain: bool
) -> tuple[Path, Path | None]:
    """``train_teacher`` in a worker process, its output in ``work_dir/train.log``."""
    work_dir.mkdir(parents=True, exist_ok=True)
    with (work_dir / "train.log").open("w", encoding="utf-8") as out:
        os.dup2(out.fileno(), 1)
        os.dup2(out.fileno(), 2)
        logging.basicConfig(level=logging.INFO, stream=sys.stderr, force=True)
        return train_teacher(config, work_dir, settings, raw, pretrain)


def train_teachers(
    config: Path,
    seeds: Sequence[int],
    teachers_dir: Path,
    settings: dict[str, Any],
    raw: Path,
    *,
    pretrain: bool,
    jobs: int = 1,
    reuse: bool = False,
) -> list[tuple[Path, Path | None]]:
    """One teacher per seed under ``teachers_dir/seed-N`` (``teacher_config``), up to
    ``jobs`` of them at once in worker processes (each single-threaded, so the results do
    not depend on ``jobs``); with ``reuse``, a teacher already finished there with the same
    config and settings is kept. Returns each teacher's best checkpoint and pretrained
    weights, in the order of ``seeds``."""
    results: dict[int, tuple[Path, Path | None]] = {}
    todo = []
    for seed in seeds:
        work_dir = teachers_dir / f"seed-{seed}"
        cfg = teacher_config(config, seed, work_dir / "config.cfg")
        found = reusable_teacher(cfg, work_dir, settings, raw, pretrain) if reuse else None
        if found is not None:
            log.info("teacher seed %d: reusing %s", seed, found[0])
            results[seed] = found
        else:
            todo.append((seed, cfg, work_dir))
    if jobs <= 1 or len(todo) <= 1:
        for seed, cfg, work_dir in todo:
            log.info("teacher seed %d: training in %s", seed, work_dir)
            results[seed] = train_teacher(cfg, work_dir, settings, raw, pretrain)
    else:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=context) as pool:
            futures = {}
            for seed, cfg, work_dir in todo:
                log.info("teacher seed %d: training, log in %s", seed, work_dir / "train.log")
                futures[seed] = pool.submit(
                    _teacher_in_subprocess, cfg, work_dir, settings, raw, pretrain
                )
            for seed, future in futures.items():
                results[seed] = future.result()
    return [results[seed] for seed in seeds]


def student_settings(
    settings: dict[str, Any], distil: SelfTraining, train_dir: Path, weights: Path | None
) -> dict[str, Any]:
    """The student's config overrides: the teachers' ``settings`` with its corpus folder
    (``train_dir``, the labelled and the tagged abstracts), the first teacher's pretrained
    ``weights``, the soft-target tagger and its own step budget when the config asks."""
    student = {**settings, "paths.train": str(train_dir)}
    if weights is not None:
        student["paths.init_tok2vec"] = str(weights)
    if distil.soft:
        student["components.tagger.factory"] = SOFT_FACTORY
    if distil.student_steps:
        student["training.max_steps"] = distil.student_steps
    return student


def train_pico(
    data_dir: Path,
    work_dir: Path,
    *,
    model_dir: Path | None = DEFAULT_MODEL_DIR,
    config: Path = CONFIG,
    overrides: dict[str, Any] | None = None,
    rebuild: bool = True,
    pretrain: bool = True,
    jobs: int = 1,
    reuse_teachers: bool = False,
) -> Path:
    """Build the corpora under ``work_dir``, train, and return the best checkpoint's path.

    The unlabelled abstracts of ``extractors.pico.pretraining`` (no dev or public test
    abstract) feed the static vectors (``extractors.pico.vectors``, when the config embeds
    them) and, with ``pretrain`` and a ``[pretraining]`` section in the config, the tok2vec
    pretraining (``pretrain_tok2vec``) that training starts from (a config without that
    section trains from scratch). With an ``[evg_self_training]`` section
    (``extractors.pico.self_training``) the model is trained once per teacher seed
    (``train_teachers``, ``jobs`` at a time, under ``work_dir/teachers``; with
    ``reuse_teachers`` finished ones are kept), the teachers tag the unlabelled abstracts,
    and a student trained from the first teacher's pretrained weights on both corpora
    (``work_dir/student``) is the model kept. The best checkpoint is copied to
    ``model_dir`` (package data by default; None skips it).
    """
    check_config(config)
    lexicon = mesh_file(data_dir) if uses_lexicon(config) else None
    corpus_dir = work_dir / "corpus"
    if rebuild or not (corpus_dir / "calibration.spacy").exists():
        build_corpora(data_dir, corpus_dir)
    settings: dict[str, Any] = {
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "calibration.spacy"),
    }
    if lexicon is not None:
        settings["paths.mesh"] = str(lexicon)
    vectors = uses_static_vectors(config)
    distil = read_settings(config)
    if pretrain and not has_pretraining(config):
        log.info("no [pretraining] in %s: training starts without pretraining", config)
        pretrain = False
    raw = work_dir / "raw_text.jsonl"  # the unlabelled abstracts, written when one step reads them
    if vectors or pretrain or distil.documents:
        write_raw_texts(data_dir, raw, holdout_for(data_dir, read_dev(data_dir)))
        if vectors:
            started = time.monotonic()
            settings["paths.vectors"] = str(build_vectors(raw, work_dir / "vectors"))
            log.info("static vectors in %.0f s", time.monotonic() - started)
    settings.update(overrides or {})
    if not distil.documents:
        best, _ = train_teacher(config, work_dir, settings, raw, pretrain)
    else:
        best = _distil(
            config, work_dir, data_dir, settings, raw, distil, pretrain, jobs, reuse_teachers
        )
    if model_dir is not None:
        if model_dir.exists():
            shutil.rmtree(model_dir)
        shutil.copytree(best, model_dir)
        log.info("installed %s as %s", best, model_dir)
    return best


def _distil(
    config: Path,
    work_dir: Path,
    data_dir: Path,
    settings: dict[str, Any],
    raw: Path,
    distil: SelfTraining,
    pretrain: bool,
    jobs: int,
    reuse: bool,
) -> Path:
    """Teachers, their tags on the unlabelled abstracts, and the student's best checkpoint."""
    seed = config_seed(config)
    seeds = [seed, *distil.teacher_seeds]
    teachers = train_teachers(
        config,
        seeds,
        work_dir / "teachers",
        settings,
        raw,
        pretrain=pretrain,
        jobs=jobs,
        reuse=reuse,
    )
    teacher_dirs = [best for best, _ in teachers]
    train_dir = work_dir / "student_corpus"
    shutil.rmtree(train_dir, ignore_errors=True)
    train_dir.mkdir(parents=True)
    if distil.labelled_soft:
        train = Path(settings["paths.train"])
        soften_labelled(teacher_dirs, train, train_dir / "train.spacy", distil.labelled_soft)
    else:
        shutil.copyfile(settings["paths.train"], train_dir / "train.spacy")
    pseudo_label(
        teacher_dirs,
        raw,
        data_dir,
        train_dir / "pseudo.spacy",
        distil.documents,
        seed,
        biased=distil.biases,
        soft=distil.soft,
        prompts=distil.prompts,
    )
    student = student_settings(settings, distil, train_dir, teachers[0][1])
    return _train_once(config, work_dir / "student", student, Path(settings["paths.dev"]))
