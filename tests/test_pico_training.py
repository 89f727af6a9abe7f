"""PICO training steps that run in seconds: tok2vec pretraining on a few invented texts."""

from __future__ import annotations

import json
from pathlib import Path

from extractors.pico.training import CONFIG, has_pretraining, pretrain_tok2vec


def test_training_pretrain_writes_weights_into_a_new_folder(tmp_path: Path) -> None:
    raw = tmp_path / "raw_text.jsonl"
    texts = [f"Patients with gout number {i} were given drug A or placebo daily." for i in range(8)]
    raw.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    assert has_pretraining(CONFIG)
    weights = pretrain_tok2vec(
        raw, tmp_path / "work" / "pretrain", CONFIG, {"pretraining.max_epochs": 1}
    )
    assert weights == tmp_path / "work" / "pretrain" / "model-last.bin"
    assert weights.stat().st_size > 0
