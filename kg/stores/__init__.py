"""Stores for the knowledge graph: embedded Oxigraph (disk or memory) or a SPARQL 1.1 server.

>>> with open_store(None) as store:
...     store.count_quads()
0
"""

from __future__ import annotations

from pathlib import Path

from kg.stores.base import BindingValue, RecordGraphs, Store, Term
from kg.stores.oxigraph import OxigraphStore
from kg.stores.remote import RemoteStore
from kg.stores.results import QueryResult

__all__ = [
    "BindingValue",
    "OxigraphStore",
    "QueryResult",
    "RecordGraphs",
    "RemoteStore",
    "Store",
    "Term",
    "is_server_url",
    "local_store_path",
    "open_store",
    "oxigraph_server_urls",
]

MEMORY = ":memory:"


def oxigraph_server_urls(url: str) -> tuple[str, str, str]:
    """Query, update and Graph Store URLs of an Oxigraph server from its base URL or its
    ``.../query`` URL: ``http://host:7878`` -> ``.../query``, ``.../update``, ``.../store``."""
    base = url.rstrip("/")
    if base.endswith("/query"):
        base = base.removesuffix("/query")
    return f"{base}/query", f"{base}/update", f"{base}/store"


def is_server_url(location: str | Path) -> bool:
    """Whether ``location`` names a SPARQL server (an ``http(s)://`` URL), not a folder."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def local_store_path(location: str | Path | None) -> Path | None:
    """The folder of the on-disk store ``location`` names (see :func:`open_store`), or None
    for an in-memory store or a server."""
    if location is None or location == MEMORY or is_server_url(location):
        return None
    return Path(location)


def open_store(location: str | Path | None, *, timeout_s: float = 60.0) -> Store:
    """The store at ``location``: None or ``":memory:"`` for a new in-memory store, an
    ``http(s)://`` URL for an Oxigraph server (base URL or ``.../query``), anything else
    for an on-disk Oxigraph store at that path (created if missing).

    For another SPARQL server, whose URLs differ, build :class:`RemoteStore` directly.
    """
    if isinstance(location, str) and is_server_url(location):
        query_url, update_url, store_url = oxigraph_server_urls(location)
        return RemoteStore(query_url, update_url, store_url, timeout_s=timeout_s)
    return OxigraphStore(local_store_path(location))
