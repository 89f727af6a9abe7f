"""The ``evg_pico_spans`` component: population, intervention, comparator and outcome spans.

Reads ``Doc._.population``, ``Doc._.animal_population``, ``Doc._.arms``, ``Doc._.claims``,
``Doc._.article`` and ``Doc._.long_forms``; writes ``Doc._.pico_spans``, a list of
``kg.model.TextSpan`` with offsets into ``doc.text`` (``text == doc.text[start:end]``), in
text order, without duplicates. Method: the population texts (with their condition UIs);
each arm's label as "comparator" for the comparator arm and "intervention" otherwise, an
arm-less claim's actor as "intervention" (UIs from the record's headings named in the phrase,
abbreviations expanded, else an index look-up); each claim's outcome phrase as "outcome".

Example: for "Adults were randomized to drug A (n=40) or placebo (n=41)." the spans are
"drug A" (intervention) and "placebo" (comparator).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.inputs import article_of, text_of
from extractors.components.mesh_linking import INTERVENTION_CATEGORIES, MeshLinker
from kg.model import SpanLabel, TextSpan


class PicoSpans:
    """Writes ``Doc._.pico_spans`` (see the module docstring)."""

    def __init__(self) -> None:
        self.linker = MeshLinker(None)

    def __call__(self, doc: Doc) -> Doc:
        article = article_of(doc)
        headings = article.mesh if article else []
        long_forms = doc._.long_forms or {}
        spans: dict[tuple[str, int, int], TextSpan] = {}
        text = text_of(doc)

        def add(label: SpanLabel, start: int | None, end: int | None, mesh: list[str]) -> None:
            if start is None or end is None or not 0 <= start < end <= len(text):
                return
            spans.setdefault(
                (label, start, end),
                TextSpan(label=label, start=start, end=end, text=text[start:end], mesh=mesh),
            )

        for population in (doc._.population, doc._.animal_population):
            if population is not None:
                uis = [ui for ui, _ in population.conditions if ui]
                add("population", population.start, population.end, uis)
        for arm in doc._.arms or []:
            mesh = self.linker.link(
                arm.interventions or [arm.label], headings, long_forms, INTERVENTION_CATEGORIES
            )
            add("comparator" if arm.comparator else "intervention", arm.start, arm.end, mesh)
        for draft in doc._.claims or []:
            if draft.actor_span is not None and draft.claim.intervention.arm is None:
                start, end = draft.actor_span
                add("intervention", start, end, draft.claim.intervention.mesh)
            if draft.outcome_span is not None:
                start, end = draft.outcome_span
                add("outcome", start, end, draft.claim.outcome.mesh)
        doc._.pico_spans = sorted(spans.values(), key=lambda s: (s.start, s.end, s.label))
        return doc


@Language.factory(
    "evg_pico_spans",
    assigns=["doc._.pico_spans"],
    requires=["doc._.population", "doc._.arms", "doc._.claims"],
)
def make_pico_spans(nlp: Language, name: str) -> PicoSpans:
    if not Doc.has_extension("pico_spans"):
        Doc.set_extension("pico_spans", default=None)
    return PicoSpans()
