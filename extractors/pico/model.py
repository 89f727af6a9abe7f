"""Where the packaged PICO pipeline lives, and loading it (no network, nothing at import).

The trained pipeline is package data: ``extractors/data/pico_model`` (a spaCy pipeline
directory: ``config.cfg``, ``meta.json``, ``tokenizer``, ``vocab``, ``tok2vec``, ``ner``).
``load_pico_model()`` returns it, or None when it is not installed.
"""

from __future__ import annotations

import logging
from pathlib import Path

import spacy
from spacy.language import Language

from extractors.pico import metric  # noqa: F401  (the model's scorer must be registered)

log = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "pico_model"


def model_available(path: Path = DEFAULT_MODEL_DIR) -> bool:
    """Whether a trained pipeline is installed at ``path``."""
    return (path / "config.cfg").is_file() and (path / "meta.json").is_file()


def load_pico_model(path: Path = DEFAULT_MODEL_DIR) -> Language | None:
    """The trained tagger pipeline at ``path`` (tok2vec + ner), or None when absent."""
    if not model_available(path):
        log.info("no PICO model at %s", path)
        return None
    return spacy.load(path)
