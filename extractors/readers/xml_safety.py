"""Refusing unsafe XML before it reaches the parser.

The XML reader's parser already resolves no entities, loads no DTD and fetches nothing. On
top of that, :func:`check_prolog` scans the prolog (everything before the root element) and
refuses a DOCTYPE whose internal subset declares ``<!ENTITY`` (the "billion laughs" bomb, an
external entity such as ``SYSTEM "file:///etc/passwd"``, parameter entities), as OWASP
advises for parsers that take untrusted XML. NLM's public DOCTYPE line has no internal subset
and passes.
"""

from __future__ import annotations

from kg.errors import InputError, UnsafeInputError

_ENTITY = "<!ENTITY"


def _scan_text(head: bytes) -> str:
    """The head as text for scanning markup; byte-transparent for ASCII-compatible encodings
    (a UTF-8 byte order mark is dropped: as Latin-1 it would read as text before the root)."""
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:].decode("latin-1")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if head.startswith(b"<\x00"):
        return head.decode("utf-16-le", errors="replace")
    if head.startswith(b"\x00<"):
        return head.decode("utf-16-be", errors="replace")
    return head.decode("latin-1")


def _doctype_end(text: str, start: int) -> int:
    """Index of the ``>`` closing the DOCTYPE at ``start``, or -1 when it is not in ``text``."""
    quote = ""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == ">" and depth <= 0:
            return index
    return -1


def _is_tag_start(text: str, index: int) -> bool:
    following = text[index + 1 : index + 2]
    return text.startswith("<", index) and (following.isalpha() or following in ("_", ":"))


def _refuse(text: str, index: int, source: str | None, why: str) -> UnsafeInputError:
    line = text.count("\n", 0, index) + 1
    return UnsafeInputError(why, source=source, position=f"line {line}")


def _prolog_end(text: str, doctypes: list[tuple[int, int]]) -> int:
    """Where the root element starts, or -1 when the prolog does not end within ``text``.

    The spans of DOCTYPE declarations met on the way are appended to ``doctypes``.
    """
    index = 0
    length = len(text)
    while index < length:
        if text[index] in "\ufeff \t\r\n":
            index += 1
        elif text.startswith("<?", index):
            end = text.find("?>", index + 2)
            if end < 0:
                return -1
            index = end + 2
        elif text.startswith("<!--", index):
            end = text.find("-->", index + 4)
            if end < 0:
                return -1
            index = end + 3
        elif text.startswith("<!DOCTYPE", index):
            end = _doctype_end(text, index + len("<!DOCTYPE"))
            doctypes.append((index, end + 1 if end >= 0 else length))
            if end < 0:
                return -1
            index = end + 1
        else:
            return index  # the root element, or text the parser will reject
    return -1


def check_prolog(head: bytes, *, complete: bool, source: str | None = None) -> None:
    """Raise UnsafeInputError when a DOCTYPE in ``head`` declares entities.

    ``complete`` says whether ``head`` is the whole input; when it is not and the prolog runs
    past it, the input is refused too (a real PubMed prolog is a few hundred bytes).
    """
    text = _scan_text(head)
    doctypes: list[tuple[int, int]] = []
    end = _prolog_end(text, doctypes)
    for start, stop in doctypes:
        found = text.find(_ENTITY, start, stop)
        if found >= 0:
            raise _refuse(
                text, found, source, "XML DTD declares entities (<!ENTITY>); expansion refused"
            )
    if end >= 0 and not _is_tag_start(text, end):
        raise InputError(
            "not XML in a readable encoding: no root element after the prolog",
            source=source,
            position=f"line {text.count(chr(10), 0, end) + 1}",
        )
    if end < 0 and not complete:
        raise _refuse(
            text, len(text), source, f"XML prolog runs past the first {len(head)} bytes; refused"
        )
