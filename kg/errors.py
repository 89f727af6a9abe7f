"""The project's exception hierarchy: one root, each class saying when to catch it.

HTTP status codes are mapped in one place (``api.errors``) and CLI exit codes in one
place (``api.cli``); library code only raises these.
"""

from __future__ import annotations


class EvgError(Exception):
    """Root of every error Evidence Graph raises on purpose. Catch it at interface edges."""


class InputError(EvgError):
    """The input cannot be read as a record: malformed, truncated, unsafe or wrongly encoded.

    ``position`` is where the problem was found (record index, line or byte) when known.
    """

    def __init__(self, message: str, *, source: str | None = None, position: str | None = None):
        self.source = source
        self.position = position
        where = ", ".join(p for p in (source, position) if p)
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message


class UnsafeInputError(InputError):
    """The input tries a DTD entity expansion, an external entity or a network fetch."""


class EmptyRecordError(InputError):
    """A record has no abstract (or no text) to extract claims from."""


class UnknownFormatError(InputError):
    """The input format could not be detected or is not one Evidence Graph reads."""


class PayloadTooLargeError(InputError):
    """The input is larger than the configured limit."""


class StoreError(EvgError):
    """The store could not be opened, read or written (I/O, lock, remote endpoint down)."""


class QueryError(EvgError):
    """A SPARQL query or update is invalid; the message is the parser's."""


class QueryTimeoutError(QueryError):
    """A SPARQL query ran past the configured time limit."""


class UpdateForbiddenError(EvgError):
    """A SPARQL update was sent where updates are not allowed."""


class NotFoundError(EvgError):
    """A requested resource (publication, graph) does not exist in the store."""


class MeshIndexError(EvgError):
    """A MeSH vocabulary file cannot be loaded."""


class NotAcceptableError(EvgError):
    """None of the media types a client accepts can be produced for its request."""


class ResultTooLargeError(EvgError):
    """A query result has more rows (or triples) than the configured cap allows."""
