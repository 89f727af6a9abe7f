"""PICO training steps that run in seconds: tok2vec pretraining on a few invented texts."""

from __future__ import annotations

import json
from pathlib import Path

from extractors.pico.training import CONFIG, has_pretraining, pretrain_tok2vec, uses_static_vectors

# spaCy's character objective; the shipped config has no [pretraining] (it trains from
# scratch with static vectors), a config that adds this section pretrains first
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


def test_training_shipped_config_trains_from_scratch_with_static_vectors() -> None:
    assert not has_pretraining(CONFIG)
    assert uses_static_vectors(CONFIG)


def test_training_pretrain_writes_weights_into_a_new_folder(tmp_path: Path) -> None:
    raw = tmp_path / "raw_text.jsonl"
    texts = [f"Patients with gout number {i} were given drug A or placebo daily." for i in range(8)]
    raw.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    config = tmp_path / "pretrain.cfg"
    shipped = CONFIG.read_text(encoding="utf-8").replace(
        "include_static_vectors = true", "include_static_vectors = false"
    )
    config.write_text(shipped + PRETRAINING, encoding="utf-8")
    assert has_pretraining(config)
    weights = pretrain_tok2vec(raw, tmp_path / "work" / "pretrain", config, {})
    assert weights == tmp_path / "work" / "pretrain" / "model-last.bin"
    assert weights.stat().st_size > 0
