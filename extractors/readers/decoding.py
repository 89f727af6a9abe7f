"""Strict UTF-8 decoding for the text formats (MEDLINE, PubMed page text, plain text).

A UTF-8 byte-order mark is allowed and dropped; any other undecodable byte raises
:class:`~kg.errors.InputError` saying which byte, at which offset and on which line, so a
Latin-1 or UTF-16 file is refused with a clear message instead of being misread.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from kg.errors import InputError

_BOM = b"\xef\xbb\xbf"


def _not_utf8(exc: UnicodeDecodeError, offset: int, line: int, source: str | None) -> InputError:
    byte = exc.object[exc.start] if exc.start < len(exc.object) else 0
    return InputError(
        f"not UTF-8 text: invalid byte 0x{byte:02X} at offset {offset}",
        source=source,
        position=f"line {line}",
    )


def decode_utf8(data: bytes, source: str | None = None) -> str:
    """The whole of ``data`` as text, or InputError at the first invalid byte."""
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        raise _not_utf8(exc, offset, data.count(b"\n", 0, offset) + 1, source) from exc


def iter_utf8_lines(stream: BinaryIO, source: str | None = None) -> Iterator[str]:
    """The lines of ``stream`` as text (line ends kept), decoded one at a time.

    Lines before an invalid byte are yielded first, so a streaming reader keeps the records
    it completed before the error.
    """
    offset = 0
    for number, raw in enumerate(stream, start=1):
        line = raw[len(_BOM) :] if number == 1 and raw.startswith(_BOM) else raw
        skipped = len(raw) - len(line)
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _not_utf8(exc, offset + skipped + exc.start, number, source) from exc
        yield text
        offset += len(raw)
