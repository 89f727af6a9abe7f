"""A small lexical scanner for SPARQL query text, and value binding through ``VALUES``.

User values never enter SPARQL by string formatting. :func:`bind_values` injects a
``VALUES (?a ?b) { (term term) }`` block as the first element of the query's top-level
``WHERE`` group, with each term written by pyoxigraph (``str(term)`` is N-Triples syntax,
which SPARQL accepts: quotes, backslashes and line breaks come out escaped), so a value can
only ever be one RDF term.

Semantics (the same as rdflib's ``initBindings`` placed at the top of the group): the
bindings are joined with the whole ``WHERE`` group, so they constrain every triple pattern
and every ``FILTER`` of that group sees them; unlike pyoxigraph's ``substitutions`` the
variable does not need to be in the ``SELECT`` list. Two consequences of plain SPARQL:
a bound variable may not be assigned again by ``BIND(... AS ?x)`` in the same group (a
syntax error), and a variable that occurs only inside a sub-query is a different
variable (sub-queries are scoped), so binding it has no effect there.

The scanner skips IRIs ``<...>``, strings (``'...'``, ``"..."`` and their triple-quoted
forms, with backslash escapes), comments, variables and prefixed names, and tracks brace
depth, which is all that finding the query form and the ``WHERE`` group needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

import pyoxigraph as ox

from kg.errors import QueryError

QueryForm = Literal["select", "ask", "construct", "describe"]
BindingValue = ox.NamedNode | ox.Literal

_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[A-Za-z_][\w\-]*(?::[\w\-.%\\:]*)?|:[\w\-.%\\:]*|[?$]\w+|@[A-Za-z][\w\-]*")
_OPENERS = frozenset("{([")
_CLOSERS = frozenset("})]")
_FORMS: dict[str, QueryForm] = {
    "SELECT": "select",
    "ASK": "ask",
    "CONSTRUCT": "construct",
    "DESCRIBE": "describe",
}


@dataclass(frozen=True, slots=True)
class Token:
    """A significant token: a bare keyword (upper-cased) or a brace, with its position."""

    text: str
    start: int
    end: int
    depth: int


def tokens(query: str) -> Iterator[Token]:
    """Keywords, braces and brackets of ``query`` in order, skipping everything that can
    hide them.

    ``depth`` is the brace depth before the token (a ``{`` at top level has depth 0).
    """
    i, n, depth = 0, len(query), 0
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c == "#":
            eol = query.find("\n", i)
            i = n if eol < 0 else eol + 1
        elif c in "\"'":
            i = _skip_string(query, i)
        elif c == "<":
            m = _IRIREF.match(query, i)
            i = m.end() if m else i + 1  # not an IRI: the less-than operator
        elif c == "{":
            yield Token("{", i, i + 1, depth)
            depth += 1
            i += 1
        elif c == "}":
            depth -= 1
            yield Token("}", i, i + 1, depth)
            i += 1
        elif c in "()[]":
            yield Token(c, i, i + 1, depth)
            i += 1
        else:
            m = _WORD.match(query, i)
            if m is None:
                i += 1
                continue
            word = m.group()
            if word[0] not in "?$@:" and ":" not in word:
                yield Token(word.upper(), i, m.end(), depth)
            i = m.end()


def _skip_string(query: str, i: int) -> int:
    """Index just past the string literal starting at ``i`` (or the end if unterminated)."""
    quote = query[i]
    delim = quote * 3 if query.startswith(quote * 3, i) else quote
    j = i + len(delim)
    while j < len(query):
        if query[j] == "\\":
            j += 2
        elif query.startswith(delim, j):
            return j + len(delim)
        elif len(delim) == 1 and query[j] in "\r\n":
            return j  # a single-quoted string cannot span lines; let the parser report it
        else:
            j += 1
    return len(query)


_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*|#[^\n]*\n\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


def is_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL update: its first keyword after the prologue (PREFIX,
    BASE, comments) is an update operation's."""
    return _UPDATE.match(text) is not None


def query_form(query: str) -> QueryForm | None:
    """The query form (``select``, ``ask``, ``construct``, ``describe``), or None (an update)."""
    for tok in tokens(query):
        if tok.depth == 0 and tok.text in _FORMS:
            return _FORMS[tok.text]
    return None


@dataclass(frozen=True, slots=True)
class QueryFacts:
    """What the stores check in a query or update before running it, from one scan."""

    nesting: int  # the deepest nesting of braces, parentheses and square brackets
    service: bool  # a SERVICE clause (a federated call to another endpoint)
    dataset: bool  # its own dataset (FROM <g> or FROM NAMED <g>)


def query_facts(query: str) -> QueryFacts:
    """The :class:`QueryFacts` of ``query``, in one pass of :func:`tokens`."""
    deepest = level = 0
    service = dataset = False
    for tok in tokens(query):
        if tok.text in _OPENERS:
            level += 1
            deepest = max(deepest, level)
        elif tok.text in _CLOSERS:
            level -= 1
        elif tok.text == "SERVICE":
            service = True
        elif tok.text == "FROM" and tok.depth == 0:
            dataset = True
    return QueryFacts(deepest, service, dataset)


EMPTY_QUERY = "the query is empty: it has only whitespace and comments"


def is_blank(query: str) -> bool:
    """Whether ``query`` holds nothing but whitespace and comments (a ``#`` that starts a
    line's text cannot be inside an IRI or a string: those start on an earlier line)."""
    return all(not line.strip() or line.lstrip().startswith("#") for line in query.splitlines())


_UNDECLARED = re.compile(r"expected one of Prefix not found.*", re.DOTALL)
_POSITION = re.compile(r"^error at (\d+):(\d+)")


def readable_syntax_error(message: str, lines_before: int = 0) -> str:
    """Oxigraph's syntax error ``message`` shortened for people: an undeclared prefix says
    so instead of listing every character class it expected, and ``lines_before`` lines
    that the caller put before the user's text (a PREFIX prologue) are taken off the line
    number."""
    message = _UNDECLARED.sub("a prefix that is not declared (PREFIX p: <...>)", message)
    found = _POSITION.match(message)
    if found and lines_before and int(found.group(1)) > lines_before:
        line = int(found.group(1)) - lines_before
        message = f"error at {line}:{found.group(2)}{message[found.end() :]}"
    return message


def sparql_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    """SPARQL text for one term, written by pyoxigraph (N-Triples syntax)."""
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return str(term)
    raise TypeError(f"cannot write {type(term).__name__} as a SPARQL term")


def values_block(bindings: Mapping[str, BindingValue]) -> str:
    """``VALUES (?a ?b) { (term term) }`` for one row of bindings."""
    names, terms = [], []
    for name, term in bindings.items():
        try:
            names.append(str(ox.Variable(name.removeprefix("?").removeprefix("$"))))
        except ValueError as exc:
            raise QueryError(f"invalid variable name for a binding: {name!r}") from exc
        if not isinstance(term, ox.NamedNode | ox.Literal):
            raise QueryError(
                f"binding ?{name} must be a pyoxigraph NamedNode or Literal, "
                f"not {type(term).__name__}"
            )
        terms.append(str(term))
    return f" VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }} "


def bind_values(query: str, bindings: Mapping[str, BindingValue]) -> str:
    """``query`` with ``bindings`` joined at the top of its WHERE group (see module doc)."""
    if not bindings:
        return query
    block = values_block(bindings)
    toks = list(tokens(query))
    form_at = next((k for k, t in enumerate(toks) if t.depth == 0 and t.text in _FORMS), None)
    if form_at is None:
        raise QueryError("bindings need a query (SELECT, ASK, CONSTRUCT or DESCRIBE)")
    after_form = toks[form_at + 1 :]
    where_at = next(
        (k for k, t in enumerate(after_form) if t.depth == 0 and t.text == "WHERE"), None
    )
    if where_at is None and toks[form_at].text == "CONSTRUCT":
        raise QueryError("a CONSTRUCT query needs a WHERE clause")
    search = after_form if where_at is None else after_form[where_at + 1 :]
    open_at = next((k for k, t in enumerate(search) if t.text == "{" and t.depth == 0), None)
    if open_at is None:
        raise QueryError("the query has no WHERE group to bind values into")
    brace = search[open_at]
    close = _matching_close(search, open_at)
    first_inside = search[open_at + 1] if open_at + 1 < len(search) else None
    if toks[form_at].text == "CONSTRUCT" and where_at == 0:
        # CONSTRUCT WHERE { T } allows no VALUES: rewrite as CONSTRUCT { T } WHERE { ... T }.
        body = query[brace.end : close.start]
        head = query[: after_form[0].start]
        return f"{head}{{{body}}} WHERE {{{block}{body}}}{query[close.end :]}"
    if first_inside is not None and first_inside.text == "SELECT":
        # A sub-query must be the whole group: nest it beside the VALUES block.
        return (
            f"{query[: brace.end]}{block}{{{query[brace.end : close.start]}}}{query[close.start :]}"
        )
    return f"{query[: brace.end]}{block}{query[brace.end :]}"


def _matching_close(toks: list[Token], open_at: int) -> Token:
    depth = toks[open_at].depth
    for tok in toks[open_at + 1 :]:
        if tok.text == "}" and tok.depth == depth:
            return tok
    raise QueryError("unbalanced braces in the query's WHERE group")
