"""Opening a reader's input: a path, ``"-"`` for stdin, or a binary stream, gzip or not.

:func:`open_input` yields the (decompressed) byte stream with its first bytes already read
for format detection, and the :class:`~extractors.readers.articles.Origin` naming it. A gzip
stream is recognised by its magic bytes whatever the name says; a corrupt or truncated one
raises :class:`~kg.errors.InputError` from the read that finds it.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, BinaryIO, Protocol

from kg.errors import InputError

from .articles import Origin

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

Source = str | Path | BinaryIO

HEAD_SIZE = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_COMPRESSED_SUFFIXES = (".gz", ".gzip")


@dataclass(frozen=True)
class OpenedInput:
    """A readable byte stream positioned at its start, its first bytes and its origin."""

    stream: BinaryIO
    head: bytes
    origin: Origin


class _ByteReader(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class _Replay(io.RawIOBase):
    """Bytes already read (``prefix``), then the rest of ``inner``.

    With ``source`` set, decompression failures in ``inner`` surface as InputError.
    """

    def __init__(self, prefix: bytes, inner: _ByteReader, source: str | None = None) -> None:
        super().__init__()
        self._prefix = memoryview(prefix)
        self._inner = inner
        self._source = source

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer, /) -> int:
        view = memoryview(buffer).cast("B")
        if self._prefix:
            count = min(len(view), len(self._prefix))
            view[:count] = self._prefix[:count]
            self._prefix = self._prefix[count:]
            return count
        data = _read(self._inner, len(view), self._source)
        view[: len(data)] = data
        return len(data)


def _read(reader: _ByteReader, size: int, source: str | None) -> bytes:
    """``reader.read(size)``; with ``source`` set, a corrupt gzip stream raises InputError."""
    try:
        return reader.read(size)
    except (OSError, EOFError, zlib.error) as exc:
        if source is None:
            raise
        raise InputError(
            f"compressed input is corrupt or truncated ({exc})", source=source
        ) from exc


def _with_head(stream: _ByteReader, source: str | None = None) -> tuple[bytes, BinaryIO]:
    """The first HEAD_SIZE bytes of ``stream`` and a buffered stream that replays them.

    Format detection needs bytes that are not whitespace: while a whole head is ASCII
    whitespace and more follows, that head is dropped and the next one read, so that an
    input is not taken for empty because it starts with over HEAD_SIZE blank bytes.
    """
    head = _read_head(stream, source)
    while len(head) == HEAD_SIZE and not head.strip():
        more = _read_head(stream, source)
        if not more:
            break
        head = more
    return head, io.BufferedReader(_Replay(head, stream, source), buffer_size=HEAD_SIZE)


def _read_head(stream: _ByteReader, source: str | None) -> bytes:
    """Up to HEAD_SIZE bytes of ``stream`` (fewer only at its end)."""
    chunks: list[bytes] = []
    remaining = HEAD_SIZE
    while remaining > 0:
        chunk = _read(stream, remaining, source)
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def display_name(source: Source, name: str | None) -> str:
    """The name records are reported under: ``name``, a path's file name, or "stdin".

    A ``name`` may not start with ``pubmed:``: a record without a PMID takes its id from the
    name, and ``pubmed:NNN`` is the id of the record with PMID NNN, which it would replace.
    Nor may it hold control characters, which no XML output can write, or a path separator.
    """
    if name:
        if name.strip().lower().startswith("pubmed:"):
            raise InputError(
                f"name {name!r} is reserved: pubmed:NNN is the id of the record with PMID NNN"
            )
        if not name.isprintable():
            raise InputError(f"name {name!r} has control characters")
        if "/" in name or "\\" in name:
            raise InputError(f"name {name!r} has a path separator (the id would be its last part)")
        return name
    if isinstance(source, str | Path):
        return "stdin" if str(source) == "-" else PurePath(source).name
    stream_name = getattr(source, "name", None)
    return PurePath(stream_name).name if isinstance(stream_name, str) else "stream"


def stem_of(display: str) -> str:
    """``"pubmed20n0014.xml.gz"`` -> ``"pubmed20n0014"``; ``"stdin"`` -> ``"stdin"``."""
    base = PurePath(display).name or display
    for suffix in _COMPRESSED_SUFFIXES:
        if base.lower().endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    return PurePath(base).stem or base


@contextmanager
def open_input(source: Source, name: str | None = None) -> Iterator[OpenedInput]:
    """Open ``source`` for reading; closes what it opened (never a caller's stream) on exit."""
    display = display_name(source, name)
    origin = Origin(source=display, stem=stem_of(display))
    with ExitStack() as stack:
        raw: BinaryIO
        if isinstance(source, str | Path):
            if str(source) == "-":
                raw = sys.stdin.buffer
            else:
                raw = stack.enter_context(Path(source).open("rb"))
        else:
            raw = source
        head, stream = _with_head(raw)
        if head.startswith(_GZIP_MAGIC):
            unzipped = gzip.GzipFile(fileobj=stream, mode="rb")
            stack.callback(unzipped.close)
            head, stream = _with_head(unzipped, origin.source)
        yield OpenedInput(stream=stream, head=head, origin=origin)
