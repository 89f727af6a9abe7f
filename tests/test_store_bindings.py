"""Unit tests for the SPARQL scanner and VALUES injection (kg.stores.sparql_text).

Each rewritten query is also run by Oxigraph, so "valid SPARQL" is checked by a real parser.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.stores.sparql_text import (
    bind_values,
    query_facts,
    query_form,
    readable_syntax_error,
    tokens,
)

EX = "http://example.org/"
S1, S2 = ox.NamedNode(EX + "s1"), ox.NamedNode(EX + "s2")
P = ox.NamedNode(EX + "p")


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    store.extend(
        [
            ox.Quad(S1, P, ox.Literal("one"), ox.NamedNode(EX + "g")),
            ox.Quad(S2, P, ox.Literal("two"), ox.NamedNode(EX + "g")),
            ox.Quad(
                S2, P, ox.Literal("3", datatype=ox.NamedNode(EX + "t")), ox.NamedNode(EX + "g")
            ),
        ]
    )
    return store


def run(store: ox.Store, query: str, **bindings: ox.NamedNode | ox.Literal) -> list[str]:
    result = store.query(bind_values(query, bindings), use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return sorted(str(term) for solution in result for term in solution if term is not None)


def test_store_bindings_inject_after_where_brace() -> None:
    text = bind_values("SELECT ?o WHERE { ?s ?p ?o }", {"s": S1})
    assert text == f"SELECT ?o WHERE {{ VALUES (?s) {{ (<{EX}s1>) }}  ?s ?p ?o }}"


def test_store_bindings_variable_not_in_select_list(store: ox.Store) -> None:
    assert run(store, "SELECT ?o WHERE { ?s ?p ?o }", s=S1) == ['"one"']


def test_store_bindings_filter_sees_bound_value(store: ox.Store) -> None:
    query = "SELECT ?s WHERE { ?s ?p ?o FILTER(?o = ?want) }"
    assert run(store, query, want=ox.Literal("two")) == [f"<{EX}s2>"]


def test_store_bindings_skip_braces_and_where_in_strings_iris_and_comments(store: ox.Store) -> None:
    query = (
        "PREFIX where: <http://example.org/WHERE#>\n"
        "# WHERE { a comment with braces }\n"
        'SELECT ?o (CONCAT("WHERE { }", \'}\', """{ WHERE""") AS ?x) ?where\n'
        "FROM <http://example.org/g>\n"
        "WHERE { ?s ?p ?o . OPTIONAL { ?s where:where ?where } }"
    )
    text = bind_values(query, {"s": S2})
    assert text.index("VALUES") > text.index("FROM")
    assert len(run(store, query, s=S2)) == 4  # two rows: ?o and ?x each


def test_store_bindings_less_than_operator_is_not_an_iri(store: ox.Store) -> None:
    query = "SELECT ?s (IF(1 < 2, 1, 0) AS ?n) WHERE { ?s ?p ?o }"
    assert run(store, query, o=ox.Literal("one")) == [
        '"1"^^<http://www.w3.org/2001/XMLSchema#integer>',
        f"<{EX}s1>",
    ]


def test_store_bindings_query_without_where_keyword(store: ox.Store) -> None:
    assert run(store, "SELECT ?o { ?s ?p ?o }", s=S1) == ['"one"']
    result = store.query(bind_values("ASK { ?s ?p ?o }", {"o": ox.Literal("nope")}))
    assert isinstance(result, ox.QueryBoolean) and not result


def test_store_bindings_subquery_stays_whole(store: ox.Store) -> None:
    query = "SELECT ?s ?o WHERE { SELECT ?s ?o WHERE { ?s ?p ?o } }"
    assert run(store, query, s=S1) == ['"one"', f"<{EX}s1>"]


def test_store_bindings_construct_where_short_form(store: ox.Store) -> None:
    text = bind_values("CONSTRUCT WHERE { ?s ?p ?o }", {"s": S1})
    result = store.query(text, use_default_graph_as_union=True)
    assert isinstance(result, ox.QueryTriples)
    assert [str(t.object) for t in result] == ['"one"']


def test_store_bindings_construct_template_is_not_the_pattern(store: ox.Store) -> None:
    text = bind_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": S1})
    assert text.startswith("CONSTRUCT { ?s ?p ?o } WHERE { VALUES")


def test_store_bindings_typed_and_language_literals(store: ox.Store) -> None:
    typed = ox.Literal("3", datatype=ox.NamedNode(EX + "t"))
    assert run(store, "SELECT ?s WHERE { ?s ?p ?o }", o=typed) == [f"<{EX}s2>"]
    assert run(store, "SELECT ?s WHERE { ?s ?p ?o }", o=ox.Literal("one", language="en")) == []


def test_store_bindings_several_variables(store: ox.Store) -> None:
    query = "SELECT ?o WHERE { ?s ?p ?o }"
    assert run(store, query, s=S2, p=P) == ['"3"^^<http://example.org/t>', '"two"']


def test_store_bindings_reject_bad_names_and_terms() -> None:
    with pytest.raises(QueryError, match="variable name"):
        bind_values("SELECT * WHERE { ?s ?p ?o }", {"s } ; DROP ALL": S1})
    with pytest.raises(QueryError, match="NamedNode or Literal"):
        bind_values("SELECT * WHERE { ?s ?p ?o }", {"s": ox.BlankNode()})  # type: ignore[dict-item]
    with pytest.raises(QueryError, match="no WHERE group"):
        bind_values(f"DESCRIBE <{EX}s1>", {"s": S1})
    with pytest.raises(QueryError, match="need a query"):
        bind_values("DROP ALL", {"s": S1})


def test_store_bindings_none_leaves_query_unchanged() -> None:
    assert bind_values("SELECT * {}", {}) == "SELECT * {}"


def test_store_query_form() -> None:
    assert query_form("PREFIX ex: <http://x/select>\n# ASK\nselect * {}") == "select"
    assert query_form("ASK {}") == "ask"
    assert query_form("CONSTRUCT WHERE { ?s ?p ?o }") == "construct"
    assert query_form("DESCRIBE <http://x>") == "describe"
    assert query_form("INSERT DATA { <http://x> <http://y> 'select' }") is None


def test_store_tokens_track_depth() -> None:
    toks = [(t.text, t.depth) for t in tokens("SELECT * WHERE { { ?s ?p '}' } }")]
    assert toks == [("SELECT", 0), ("WHERE", 0), ("{", 0), ("{", 1), ("}", 1), ("}", 0)]


def test_query_facts_nesting_counts_brackets_outside_strings_iris_and_comments() -> None:
    assert query_facts("SELECT * { ?s ?p ?o }").nesting == 1
    assert query_facts("ASK { FILTER((1 + (2)) > 0) } # ((((((").nesting == 4
    assert query_facts('SELECT * { ?s ?p "{{{((([[[" , <http://x/(> , """)))""" }').nesting == 1
    assert query_facts("SELECT * { ?s ?p ( 1 [ ?q 2 ] ) }").nesting == 3
    assert query_facts("").nesting == 0


def test_query_facts_dataset_finds_from_only_as_a_keyword() -> None:
    assert query_facts("SELECT * FROM <http://g/1> { ?s ?p ?o }").dataset
    assert query_facts("prefix ex: <http://g/> select * from named ex:one { ?s ?p ?o }").dataset
    assert not query_facts("SELECT ?from { ?s <http://x/FROM> ?from }").dataset
    assert not query_facts('SELECT * { ?s ex:from "FROM" } # FROM <http://g/1>').dataset


def test_readable_syntax_error_takes_off_the_prologue_and_names_an_undeclared_prefix() -> None:
    with pytest.raises(SyntaxError) as caught:
        ox.Store().query("PREFIX a: <http://a/>\nSELECT * WHERE { ?s nowhere:p ?o }")
    message = readable_syntax_error(str(caught.value), lines_before=1)
    assert message.startswith("error at 1:") and message.endswith(
        "a prefix that is not declared (PREFIX p: <...>)"
    )
    assert readable_syntax_error("error at 3:4: expected X", lines_before=1) == (
        "error at 2:4: expected X"
    )
    assert readable_syntax_error("error at 1:4: expected X", lines_before=1) == (
        "error at 1:4: expected X"
    )
