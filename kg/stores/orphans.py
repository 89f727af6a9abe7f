"""The SPARQL update that drops what records shared once no stored record uses it.

The terms graph (``RecordGraphs.shared``) is never cleared with a record, since other
records may state the same terms. Two kinds of node in it are about records, though, and
go stale when the records go:

- a journal (``fabio:Journal``) keeps, as ``dcterms:title``, the title as each of its
  records writes it (the article's ``evg:journalTitle``). A title that no stored article
  of the journal writes any more is dropped, and a journal with no article at all goes
  whole. An article stored before ``evg:journalTitle`` existed names no title of its own,
  so a journal that has one keeps all its titles.
- an extractor run (``prov:Activity``) goes when no assertion is ``prov:wasGeneratedBy``
  it (its last record was re-extracted by another version, or removed), and the agent
  goes when no run is associated with it.

MeSH descriptors' labels and hierarchy stay: they are vocabulary, true whoever names them.
Every pattern names its graph (``GRAPH ?g``), so the update means the same on any SPARQL
1.1 server, whatever its default graph is.
"""

from __future__ import annotations

from rdflib import DCTERMS, PROV, RDF

from kg.stores.sparql_text import sparql_term
from kg.vocab import EVG, FABIO, node


def _iri(term: str) -> str:
    return sparql_term(node(term))


_TYPE, _TITLE, _PART_OF = _iri(RDF.type), _iri(DCTERMS.title), _iri(DCTERMS.isPartOf)
_JOURNAL, _JOURNAL_TITLE = _iri(FABIO.Journal), _iri(EVG.journalTitle)
_ACTIVITY, _GENERATED_BY = _iri(PROV.Activity), _iri(PROV.wasGeneratedBy)
_ASSOCIATED, _EXTRACTOR = _iri(PROV.wasAssociatedWith), _iri(EVG.Extractor)

PRUNE_ORPHANS = " ;\n".join(
    [
        # journals that no stored article is part of
        f"DELETE {{ GRAPH ?t {{ ?j ?p ?o }} }} WHERE {{ GRAPH ?t {{ ?j {_TYPE} {_JOURNAL} ; "
        f"?p ?o }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?a {_PART_OF} ?j }} }} }}",
        # titles that no stored article of the journal writes
        f"DELETE {{ GRAPH ?t {{ ?j {_TITLE} ?title }} }} WHERE {{ GRAPH ?t {{ ?j {_TYPE} "
        f"{_JOURNAL} ; {_TITLE} ?title }} "
        f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?a {_PART_OF} ?j ; {_JOURNAL_TITLE} ?title }} }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?b {_PART_OF} ?j }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?b {_JOURNAL_TITLE} ?any }} }} }} }}",
        # extractor runs that generated no stored assertion
        f"DELETE {{ GRAPH ?t {{ ?run ?p ?o }} }} WHERE {{ GRAPH ?t {{ ?run {_TYPE} "
        f"{_ACTIVITY} ; {_ASSOCIATED} ?agent ; ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?x {_GENERATED_BY} ?run }} }} }}",
        # the agent, once no run acts for it
        f"DELETE {{ GRAPH ?t {{ ?agent ?p ?o }} }} WHERE {{ GRAPH ?t {{ ?agent {_TYPE} "
        f"{_EXTRACTOR} ; ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?run {_ASSOCIATED} ?agent }} }} }}",
    ]
)
"""One update request (four operations, in order) that drops stale journals, journal
titles, extractor runs and the agent from whatever graph holds them."""
