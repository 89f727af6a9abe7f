"""PICO training steps that run in seconds: tok2vec pretraining and the self-training
teacher's tags on a few invented texts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin
from typer.testing import CliRunner

from api.cli import EXIT_INPUT, _register, app
from extractors.pico.model import DEFAULT_MODEL_DIR, model_available
from extractors.pico.self_training import pseudo_label
from extractors.pico.sources import DOCS
from extractors.pico.training import (
    CONFIG,
    TrainingConfigError,
    check_config,
    has_pretraining,
    pretrain_tok2vec,
    self_training,
    shuffled_texts,
    uses_static_vectors,
)

# spaCy's character objective instead of the shipped config's masked vectors
PRETRAINING = """
[pretraining]
max_epochs = 1
dropout = 0.2
n_save_every = null
n_save_epoch = null
component = "tok2vec"
layer = ""
corpus = "corpora.pretrain"

[pretraining.batcher]
@batchers = "spacy.batch_by_words.v1"
size = 3000
discard_oversize = false
tolerance = 0.2
get_length = null

[pretraining.objective]
@architectures = "spacy.PretrainCharacters.v1"
maxout_pieces = 3
hidden_size = 128
n_characters = 4

[pretraining.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001
"""


def without_pretraining(config: str) -> str:
    """The config's text less its [pretraining] blocks."""
    start = config.index("\n[pretraining]\n")
    return config[:start] + config[config.index("\n[initialize]\n", start) :]


def test_training_shipped_config_pretrains_and_uses_static_vectors(tmp_path: Path) -> None:
    assert has_pretraining(CONFIG)
    assert uses_static_vectors(CONFIG)
    plain = tmp_path / "plain.cfg"
    plain.write_text(without_pretraining(CONFIG.read_text(encoding="utf-8")), encoding="utf-8")
    assert not has_pretraining(plain)


def test_training_pretrain_writes_weights_into_a_new_folder(tmp_path: Path) -> None:
    raw = tmp_path / "raw_text.jsonl"
    texts = [f"Patients with gout number {i} were given drug A or placebo daily." for i in range(8)]
    raw.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    config = tmp_path / "pretrain.cfg"
    shipped = without_pretraining(CONFIG.read_text(encoding="utf-8")).replace(
        "include_static_vectors = true", "include_static_vectors = false"
    )
    config.write_text(shipped + PRETRAINING, encoding="utf-8")
    assert has_pretraining(config)
    weights = pretrain_tok2vec(raw, tmp_path / "work" / "pretrain", config, {})
    assert weights == tmp_path / "work" / "pretrain" / "model-last.bin"
    assert weights.stat().st_size > 0


def test_pretraining_texts_are_shuffled_the_same_way_for_a_seed(tmp_path: Path) -> None:
    raw = tmp_path / "raw_text.jsonl"
    lines = [json.dumps({"text": f"Abstract {i} about gout."}) + "\n" for i in range(30)]
    raw.write_text("".join(lines), encoding="utf-8")
    first = shuffled_texts(raw, tmp_path / "a.jsonl", seed=3).read_text(encoding="utf-8")
    again = shuffled_texts(raw, tmp_path / "b.jsonl", seed=3).read_text(encoding="utf-8")
    other = shuffled_texts(raw, tmp_path / "c.jsonl", seed=4).read_text(encoding="utf-8")
    assert first == again != other
    assert first.splitlines(keepends=True) != lines
    assert sorted(first.splitlines(keepends=True)) == sorted(lines)


def test_self_training_settings_come_from_the_config(tmp_path: Path) -> None:
    config = tmp_path / "st.cfg"
    config.write_text(
        CONFIG.read_text(encoding="utf-8").replace(
            "[training]\n", "[evg_self_training]\ndocuments = 12\nbiases = true\n\n[training]\n", 1
        ),
        encoding="utf-8",
    )
    assert self_training(config) == (12, True)
    plain = tmp_path / "plain.cfg"
    plain.write_text(
        "\n".join(
            line
            for line in config.read_text(encoding="utf-8").splitlines()
            if "evg_self_training" not in line and not line.startswith(("documents", "biases"))
        ),
        encoding="utf-8",
    )
    assert self_training(plain) == (0, False)


@pytest.mark.skipif(not model_available(), reason="the packaged PICO model is not installed")
def test_pseudo_labels_skip_ebm_nlp_abstracts_and_repeat(tmp_path: Path) -> None:
    texts = [
        f"Trial {i}. We randomly assigned {20 + i} adults with gout to drug A or placebo. "
        "Flares were fewer with drug A than with placebo."
        for i in range(6)
    ]
    raw = tmp_path / "raw_text.jsonl"
    raw.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    docs = tmp_path / "data" / DOCS
    docs.mkdir(parents=True)
    (docs / "1.txt").write_text(texts[0], encoding="utf-8")  # an EBM-NLP abstract: left out
    first, second = tmp_path / "a.spacy", tmp_path / "b.spacy"
    counts = pseudo_label(DEFAULT_MODEL_DIR, raw, tmp_path / "data", first, 10, seed=7)
    pseudo_label(DEFAULT_MODEL_DIR, raw, tmp_path / "data", second, 10, seed=7)
    tagged = list(DocBin().from_disk(first).get_docs(spacy.blank("en").vocab))
    assert len(tagged) == 5 and texts[0] not in {d.text for d in tagged}
    assert set(counts) <= {"INT", "O", "OUT", "POP"} and counts["INT"] > 0
    assert first.read_bytes() == second.read_bytes()


def test_check_config_accepts_the_shipped_config_and_names_what_is_wrong(tmp_path: Path) -> None:
    check_config(CONFIG)
    shipped = CONFIG.read_text(encoding="utf-8")
    cases = {
        "missing.cfg": (None, "not found"),
        "garbage.cfg": ("no sections here [[\n", "cannot be read"),
        "seedless.cfg": (shipped.replace("seed = 20240\n", "", 1), "has no [system.seed]"),
        "mask.cfg": (
            shipped.replace("mask_rate = 0.3", "mask_rate = 1.5"),
            "mask_rate must lie between 0 and 1, not 1.5",
        ),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        if text is not None:
            path.write_text(text, encoding="utf-8")
        with pytest.raises(TrainingConfigError, match=re.escape(message)):
            check_config(path)


def test_evg_train_reports_a_bad_config_before_any_work(tmp_path: Path) -> None:
    config = tmp_path / "mask.cfg"
    config.write_text(
        CONFIG.read_text(encoding="utf-8").replace("mask_rate = 0.3", "mask_rate = 0"),
        encoding="utf-8",
    )
    _register()
    (tmp_path / "data").mkdir()
    work = tmp_path / "work"
    result = CliRunner().invoke(
        app,
        ["train", "--data", str(tmp_path / "data"), "--work", str(work), "--config", str(config)],
    )
    assert result.exit_code == EXIT_INPUT
    assert "evg: error: training config" in result.output and "mask_rate" in result.output
    assert not work.exists()  # no corpus was built
