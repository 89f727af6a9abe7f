"""The ``evg_abbreviations`` component: abbreviation definitions and every use of them.

Reads the text; writes ``Doc._.abbreviations`` (a Span for each occurrence of a defined short
form, text order, with ``span._.long_form`` the Span of its definition's long form) and
``Doc._.long_forms`` (short form -> long form text). Method: Schwartz & Hearst (2003), "A
simple algorithm for identifying abbreviation definitions in biomedical text", PSB 2003, as
implemented in ``extractors.abbreviations`` (long form, then short form in parentheses;
definitions are searched within a line, so never across sections).

Example: "Adults with chronic kidney disease (CKD) ... In CKD, drug A ..." gives two CKD
spans, both with long form "chronic kidney disease".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.abbreviations import find_definitions, find_uses
from extractors.components.inputs import text_of


class Abbreviations:
    """Writes ``Doc._.abbreviations`` and ``Doc._.long_forms`` (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        definitions = find_definitions(text)
        long_spans: dict[str, Span] = {}
        for d in definitions:
            span = doc.char_span(d.long_start, d.long_end, alignment_mode="expand")
            if span is not None:
                long_spans[d.short] = span
        uses = []
        for use in find_uses(text, definitions):
            span = doc.char_span(use.start, use.end, alignment_mode="expand")
            if span is not None and use.definition.short in long_spans:
                span._.long_form = long_spans[use.definition.short]
                uses.append(span)
        doc._.abbreviations = uses
        doc._.long_forms = {d.short: d.long for d in definitions if d.short in long_spans}
        return doc


def declare_abbreviation_extensions() -> None:
    """Declare ``Doc._.abbreviations``, ``Doc._.long_forms``, ``Span._.long_form``."""
    if not Doc.has_extension("abbreviations"):
        Doc.set_extension("abbreviations", default=None)
    if not Doc.has_extension("long_forms"):
        Doc.set_extension("long_forms", default=None)
    if not Span.has_extension("long_form"):
        Span.set_extension("long_form", default=None)


@Language.factory(
    "evg_abbreviations", assigns=["doc._.abbreviations", "doc._.long_forms"], requires=[]
)
def make_abbreviations(nlp: Language, name: str) -> Abbreviations:
    declare_abbreviation_extensions()
    return Abbreviations()
