"""The ``evg_pico_tagger`` component: PICO spans from the trained tagger.

Reads the Doc's tokens and text (``text_of``), ``Doc._.article`` (MeSH headings),
``Doc._.long_forms`` (abbreviations) and the rule-based ``Doc._.pico_spans`` when present;
writes ``Doc._.pico_spans``, a list of ``kg.model.TextSpan`` with offsets into ``doc.text``
(``text == doc.text[start:end]``), in text order. Method: the packaged spaCy pipeline
(``extractors.pico.model``: CNN tok2vec + transition-based NER over POP / INT / OUT) tags a
copy of the Doc's tokens; POP spans become "population", OUT spans "outcome", and INT spans
"intervention" or, by the rules of ``extractors.pico.comparator``, "comparator". A span takes
the MeSH UIs of an overlapping rule-based span of the same element, else (interventions and
comparators) those of the MeSH linker.

Example: in "Adults with asthma were randomised to drug A or placebo." the tagger may give
"Adults with asthma" (population), "drug A" (intervention) and "placebo" (comparator).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.inputs import article_of, text_of
from extractors.components.mesh_linking import MeshLinker
from extractors.pico.comparator import comparator_flags
from extractors.pico.labels import ELEMENT_OF_SPAN_LABEL, INT, SPAN_LABEL_OF_LABEL
from extractors.pico.model import DEFAULT_MODEL_DIR, load_pico_model
from kg.errors import EvgError
from kg.model import SpanLabel, TextSpan


class PicoModelMissingError(EvgError):
    """The packaged PICO model is not installed (catch it to fall back to the rules)."""


def tag_spans(text: str, ents: Iterable[tuple[str, int, int]]) -> list[TextSpan]:
    """TextSpans of ``text`` for ``(label, start, end)`` entities, comparators relabelled."""
    found = [(label, start, end) for label, start, end in ents if 0 <= start < end <= len(text)]
    interventions = [(start, end) for label, start, end in found if label == INT]
    flags = iter(comparator_flags(text, interventions))
    spans: list[TextSpan] = []
    for label, start, end in found:
        span_label: SpanLabel = SPAN_LABEL_OF_LABEL[label]
        if label == INT and next(flags):
            span_label = "comparator"
        spans.append(TextSpan(label=span_label, start=start, end=end, text=text[start:end]))
    return sorted(spans, key=lambda s: (s.start, s.end, s.label))


def _batches(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    batch: list[Doc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class PicoTagger:
    """Writes ``Doc._.pico_spans`` from the trained tagger (see the module docstring)."""

    def __init__(self, model: Language, linker: MeshLinker | None = None) -> None:
        self.model = model
        self.linker = linker or MeshLinker(None)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in _batches(docs, batch_size):
            copies = [
                Doc(
                    self.model.vocab,
                    words=[t.text for t in d],
                    spaces=[bool(t.whitespace_) for t in d],
                )
                for d in batch
            ]
            for doc, tagged in zip(batch, self.model.pipe(copies), strict=True):
                ents = [(e.label_, e.start_char, e.end_char) for e in tagged.ents]
                doc._.pico_spans = self._with_mesh(doc, tag_spans(text_of(doc), ents))
                yield doc

    def _with_mesh(self, doc: Doc, spans: list[TextSpan]) -> list[TextSpan]:
        rules: list[TextSpan] = list(doc._.pico_spans or [])
        article = article_of(doc)
        headings = article.mesh if article else []
        long_forms = doc._.get("long_forms") if Doc.has_extension("long_forms") else None
        for span in spans:
            element = ELEMENT_OF_SPAN_LABEL[span.label]
            for rule in rules:
                if (
                    rule.mesh
                    and ELEMENT_OF_SPAN_LABEL[rule.label] == element
                    and rule.start < span.end
                    and span.start < rule.end
                ):
                    span.mesh = list(rule.mesh)
                    break
            else:
                if element == "I":
                    span.mesh = self.linker.link([span.text], headings, long_forms or {})
        return spans


@Language.factory(
    "evg_pico_tagger",
    default_config={"model_path": None},
    assigns=["doc._.pico_spans"],
)
def make_pico_tagger(nlp: Language, name: str, model_path: str | None) -> PicoTagger:
    """The tagger over the pipeline at ``model_path`` (default: the packaged model)."""
    if not Doc.has_extension("pico_spans"):
        Doc.set_extension("pico_spans", default=None)
    path = Path(model_path) if model_path else DEFAULT_MODEL_DIR
    model = load_pico_model(path)
    if model is None:
        raise PicoModelMissingError(f"no trained PICO model at {path}")
    return PicoTagger(model)
