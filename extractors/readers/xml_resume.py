"""Going on after a malformed record of a PubMed XML file.

lxml's pull parser stops for good at the first syntax error (a mismatched tag, bytes that
are not UTF-8), which would lose every record after a bad one. :class:`RecordStarts` follows
the bytes fed to the parser and where each record's start tag (``<PubmedArticle>``,
``<PubmedBookArticle>``) lies, keeping only the bytes from the first record not yet read.
After an error in that record, :meth:`RecordStarts.resume` gives the bytes from the next
record's start tag on, which a new parser reads after :func:`resume_prefix` (the file's own
prolog and root start tag, so the encoding and DOCTYPE are the file's).

The parser's error does not say at which byte it is, so after an error the reading first
goes on at the first record not yet read (:meth:`RecordStarts.restart`). When that record
is read, the error lay between two records (text after a record's end tag), which costs no
record; when the same record fails again, the error was in it, and the reading goes on at
the record after it (:meth:`RecordStarts.resume`).

The start tags are found by a byte pattern, so one inside a comment or CDATA section would
count as a record; PubMed XML has neither.
"""

from __future__ import annotations

import re
from typing import BinaryIO

_START = re.compile(rb"<Pubmed(?:Book)?Article[\s>/]")
_ROOT = re.compile(rb"<Pubmed(?:Book)?ArticleSet[\s>]")
_OVERLAP = 32  # a start tag split between two chunks is found at the next one


def resume_prefix(head: bytes) -> bytes | None:
    """The file's bytes up to the end of its root start tag, or None when they are not in
    ``head`` (an encoding the byte pattern cannot see, such as UTF-16)."""
    root = _ROOT.search(head)
    if root is None:
        return None
    end = head.find(b">", root.start())
    return head[: end + 1] if end >= 0 else None


class RecordStarts:
    """The bytes fed so far from the first record not yet read, and its records' starts."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._offset = 0  # where ``_buffer`` starts in the stream
        self._starts: list[int] = []  # start tags of records not yet read, in the stream
        self._last = -1  # the last start tag found (read or not)

    def feed(self, chunk: bytes) -> None:
        """Follow ``chunk``, the next bytes the parser is given."""
        keep = self._starts[0] if self._starts else self._offset + len(self._buffer) - _OVERLAP
        if keep > self._offset:
            del self._buffer[: keep - self._offset]
            self._offset = keep
        scan_from = max(0, len(self._buffer) - _OVERLAP)
        self._buffer += chunk
        for found in _START.finditer(self._buffer, scan_from):
            start = self._offset + found.start()
            if start > self._last:
                self._starts.append(start)
                self._last = start

    def read(self) -> None:
        """The parser has finished the first record not yet read."""
        if self._starts:
            del self._starts[0]

    @property
    def in_record(self) -> bool:
        """Whether a record has started that the parser has not finished."""
        return bool(self._starts)

    def restart(self, stream: BinaryIO, chunk_size: int) -> bytes | None:
        """After a syntax error: the bytes from the first record's start tag not yet read on
        (the rest of ``stream`` follows them), or None when no record follows. Reads
        ``stream`` as far as that start tag when the error came before it was fed."""
        while not self._starts:
            chunk = stream.read(chunk_size)
            if not chunk:
                return None
            self.feed(chunk)
        start = self._starts[0]
        del self._buffer[: start - self._offset]
        self._offset = start
        return bytes(self._buffer)

    def resume(self, stream: BinaryIO, chunk_size: int) -> bytes | None:
        """After a syntax error in the first record not yet read: the bytes from the next
        record's start tag on (the rest of ``stream`` follows them), or None when no record
        follows. Reads ``stream`` as far as that start tag."""
        while len(self._starts) < 2:
            chunk = stream.read(chunk_size)
            if not chunk:
                return None
            self.feed(chunk)
        del self._starts[0]
        start = self._starts[0]
        del self._buffer[: start - self._offset]
        self._offset = start
        return bytes(self._buffer)
