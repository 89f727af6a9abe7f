"""Where the packaged PICO pipeline lives, and loading it (no network, nothing at import).

The trained pipeline is package data: ``extractors/data/pico_model`` (a spaCy pipeline
directory: ``config.cfg``, ``meta.json``, ``tokenizer``, ``vocab``, ``tok2vec``, ``tagger``).
``load_pico_model()`` returns it, or None when it is not installed, and raises
``PicoModelUnreadableError`` when its files cannot be read as a pipeline.
"""

from __future__ import annotations

import logging
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from extractors.pico import (  # noqa: F401  (registered functions a saved model names)
    architectures,
    metric,
)
from kg.errors import EvgError

log = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "pico_model"


class PicoModelUnreadableError(EvgError):
    """A PICO model folder whose files are not a loadable spaCy pipeline."""


def model_available(path: Path = DEFAULT_MODEL_DIR) -> bool:
    """Whether a trained pipeline is installed at ``path``."""
    return (path / "config.cfg").is_file() and (path / "meta.json").is_file()


def load_pico_model(path: Path = DEFAULT_MODEL_DIR) -> Language | None:
    """The trained tagger pipeline at ``path`` (tok2vec + tagger), or None when absent.

    Its layers run their matrix products through numpy's BLAS (``use_numpy_blas``), on
    one BLAS thread (``one_blas_thread``).
    """
    if not model_available(path):
        log.info("no PICO model at %s", path)
        return None
    try:
        model = spacy.load(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:  # srsly, thinc and spaCy errors
        raise PicoModelUnreadableError(
            f"the PICO model at {path} cannot be loaded ({type(exc).__name__}: {exc})"
        ) from exc
    use_numpy_blas(model)
    one_blas_thread()
    return model


def one_blas_thread() -> None:
    """Limit the BLAS library that numpy loaded (OpenBLAS in the numpy wheels) to one thread.

    The tagger's products are small (a batch of abstracts, a few thousand rows by 192):
    OpenBLAS's extra threads cost more in hand-offs and spinning than they save, and on a
    busy or single-core machine they starve the process. Measured on the 2-core
    development machine with other jobs running, the whole pipeline went from 10.7 to
    49.0 abstracts/s. The limit holds for the whole process (numpy's BLAS is one library):
    ``OMP_NUM_THREADS`` / ``OPENBLAS_NUM_THREADS`` set by the caller are overridden.
    """
    threadpool_limits(limits=1, user_api="blas")


def use_numpy_blas(model: Language) -> None:
    """Make every layer of ``model`` multiply matrices with ``numpy.dot``.

    thinc's default CPU ops use the BLIS library's gemm; numpy's BLAS (OpenBLAS in the
    numpy wheels) ran the tagger's products (about 19,000 x 192 by 192, float32) 2.7 times
    faster on the development machine, one thread each, which took the tagger from about
    5 ms to 2 ms per abstract. Other operations are unchanged, so tags can differ only
    by float rounding.
    """
    ops = NumpyOps(use_blis=False)
    for _, pipe in model.pipeline:
        layers = getattr(pipe, "model", None)
        if layers is not None:
            for node in layers.walk():
                node.ops = ops
