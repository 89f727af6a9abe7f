"""On-disk cache of built MeSH indexes, one pickle per source file.

A cache file holds a stamp and the index's plain parts (dicts of strings and tuples). The
stamp is the format version, the source's absolute path, size and modification time in
nanoseconds, then the same three of any companion file the index is built from: a cache
whose stamp differs from the files as they are now is stale. Stale, truncated or otherwise
unreadable caches are reported as missing, so the caller rebuilds them; writes go to a
temporary file that replaces the cache atomically, so a reader never sees half a file.
Unpickling admits built-in types only, so a cache cannot name code to run.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, TypeAlias

from kg.errors import MeshIndexError

log = logging.getLogger(__name__)

# version, absolute path, size, mtime_ns; then path, size and mtime_ns of each companion file
CacheStamp: TypeAlias = tuple[int | str, ...]

# What unpickling a damaged file may raise (the pickle docs name the last four).
_READ_ERRORS = (
    OSError,
    pickle.UnpicklingError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    EOFError,
    ImportError,
    IndexError,
)


def default_cache_dir() -> Path:
    """Where Evidence Graph keeps caches.

    ``$EVG_CACHE_DIR``, else ``$XDG_CACHE_HOME/evidence-graph``, else
    ``~/.cache/evidence-graph``. Nothing is created here; writers create it when needed.
    """
    if explicit := os.environ.get("EVG_CACHE_DIR"):
        return Path(explicit).expanduser()
    if xdg := os.environ.get("XDG_CACHE_HOME"):
        return Path(xdg).expanduser() / "evidence-graph"
    return Path.home() / ".cache" / "evidence-graph"


def source_stamp(path: Path, version: int) -> tuple[Path, tuple[int, str, int, int]]:
    """The absolute path of a source file and its stamp; ``MeshIndexError`` if it is missing."""
    source = path.expanduser().absolute()
    try:
        stat = source.stat()
    except FileNotFoundError as exc:
        raise MeshIndexError(f"MeSH file not found: {source}") from exc
    except OSError as exc:
        raise MeshIndexError(f"cannot read MeSH file {source}: {exc}") from exc
    return source, (version, str(source), stat.st_size, stat.st_mtime_ns)


def cache_file_for(cache_dir: Path, source: Path) -> Path:
    """The cache file of a source: named by a hash of its absolute path."""
    digest = hashlib.sha256(str(source).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return cache_dir / f"mesh-{digest}.pickle"


class _PlainUnpickler(pickle.Unpickler):
    """Unpickles built-in containers and strings only."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"unexpected object in MeSH cache: {module}.{name}")


def read_cache(
    cache_file: Path, stamp: CacheStamp, parts: int
) -> tuple[dict[str, Any], ...] | None:
    """The ``parts`` dicts cached for ``stamp``, or ``None`` if absent, stale or unreadable."""
    if not cache_file.exists():
        return None
    try:
        with cache_file.open("rb") as fh:
            payload = _PlainUnpickler(fh).load()
        if not isinstance(payload, tuple) or len(payload) != parts + 1:
            raise ValueError("not a MeSH index cache")
        if payload[0] != stamp:
            log.info("MeSH cache %s is stale; rebuilding", cache_file)
            return None
        if not all(isinstance(part, dict) for part in payload[1:]):
            raise ValueError("cache parts are not mappings")
    except _READ_ERRORS as exc:
        log.info("MeSH cache %s is unreadable (%s); rebuilding", cache_file, exc)
        return None
    log.debug("MeSH index of %s read from cache %s", stamp[1], cache_file)
    return tuple(payload[1:])


def write_cache(cache_file: Path, stamp: CacheStamp, parts: tuple[dict[str, Any], ...]) -> None:
    """Store ``parts`` for ``stamp`` atomically; a failure to write is logged, not raised."""
    tmp_name: str | None = None
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            dir=cache_file.parent, prefix=cache_file.name + ".", suffix=".tmp"
        )
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((stamp, *parts), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp_name, cache_file)
        tmp_name = None
    except OSError as exc:
        log.warning("cannot write MeSH cache %s: %s", cache_file, exc)
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
