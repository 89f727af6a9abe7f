"""What the CLI and the app build from settings: the store, the MeSH index and the extractor.

Built on demand (never at import) and held by the app's lifespan or a CLI command.
"""

from __future__ import annotations

import gc
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from api.settings import Settings
from extractors.pipeline import Extractor
from kg.mesh import MeshIndex, default_cache_dir
from kg.stores import open_store
from kg.stores.base import Store

log = logging.getLogger(__name__)

_DEFAULT_MESH_FILE = "default-mesh.json"


def cache_dir(settings: Settings) -> Path:
    return settings.cache_dir or default_cache_dir()


def registered_mesh_files(settings: Settings) -> list[Path]:
    """MeSH files given in settings, else those registered with ``evg mesh load``."""
    if settings.mesh:
        return list(settings.mesh)
    marker = cache_dir(settings) / _DEFAULT_MESH_FILE
    try:
        return [Path(p) for p in json.loads(marker.read_text())["files"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def register_mesh_files(settings: Settings, files: list[Path]) -> None:
    """Make ``files`` the MeSH vocabulary used when EVG_MESH is not set."""
    directory = cache_dir(settings)
    directory.mkdir(parents=True, exist_ok=True)
    payload = {"files": [str(f.resolve()) for f in files]}
    (directory / _DEFAULT_MESH_FILE).write_text(json.dumps(payload))


def load_mesh(settings: Settings) -> MeshIndex:
    """The MeSH index from the configured files (cached on disk), or an empty index."""
    files = [f for f in registered_mesh_files(settings) if f.exists()]
    if not files:
        log.info("no MeSH vocabulary configured: MeSH UIs are kept only where the input gives them")
        return MeshIndex()
    return MeshIndex.load(files, cache_dir=cache_dir(settings))


def build_extractor(settings: Settings) -> Extractor:
    """The extractor with the MeSH index of ``settings``, built once per process.

    Its objects (the MeSH index, the spaCy pipelines and the PICO model: about 180,000
    tracked objects) live as long as the process, so they are moved out of the cyclic
    garbage collector's reach (``gc.freeze``); else each of its full passes walks them all
    again (about 0.2 s each, two or three per 400 abstracts).
    """
    extractor = Extractor(load_mesh(settings))
    gc.freeze()
    return extractor


@dataclass
class Services:
    settings: Settings
    store: Store
    _extractor: Extractor | None = field(default=None, repr=False)

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = build_extractor(self.settings)
        return self._extractor

    def close(self) -> None:
        self.store.close()


def open_services(settings: Settings, *, store: Store | None = None) -> Services:
    if store is None:
        store = open_store(settings.store)
    return Services(settings=settings, store=store)
