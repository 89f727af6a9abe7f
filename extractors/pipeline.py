"""The rule-based extraction pipeline: ``Article`` in, ``Record`` out.

``Extractor`` builds one spaCy ``Language`` (``spacy.blank("en")`` plus the components of
``extractors.components``, in order, then the trained PICO tagger of ``extractors.pico``
when its model is installed) when it is constructed, never at import, and runs articles
through it with ``nlp.pipe`` in one process::

    extractor = Extractor(MeshIndex.load(path))
    record = extractor.extract(article)

The abstract's text is read with its full-width signs and digits and its Unicode hyphens
written plain ("P＜0.001" as "P<0.001", "between\u2010group" as "between-group",
``extractors.numbers.plain_signs``; one character for one, so offsets hold); the Record keeps
the text as the source wrote it, and so do the texts of its spans and evidence (each the
slice of ``Record.text`` its offsets give) and the phrases its arms and claims took from it.
An article with neither title nor abstract raises ``EmptyRecordError``; one with a title but
no abstract gives a Record without claims and the warning "no abstract: no claims
extracted".
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import (  # noqa: F401  (importing a module registers its factory)
    abbreviations,
    arms,
    before_after,
    claims,
    consistency,
    outcome_roles,
    pico_spans,
    population,
    quantities,
    sections,
    sentences,
    table_claims,
    tables,
)
from extractors.components.arms import ArmMention
from extractors.components.inputs import article_of, attach_article, declare_article_extension
from extractors.components.mesh_linking import MeshLinker
from extractors.dosing import dose_of, route_of
from extractors.numbers import plain_signs
from extractors.pico.model import model_available
from extractors.pico.tagger import PicoTagger
from kg.errors import EmptyRecordError
from kg.mesh import MeshIndex
from kg.model import Arm, Article, Record

log = logging.getLogger(__name__)

VERSION = "0.1.0"
NO_ABSTRACT = "no abstract: no claims extracted"
PIPE_NAMES = (
    "evg_sections",
    "evg_sentences",
    "evg_abbreviations",
    "evg_quantities",
    "evg_arms",
    "evg_tables",
    "evg_population",
    "evg_claims",
    "evg_table_claims",
    "evg_consistency",
    "evg_before_after",
    "evg_outcome_roles",
    "evg_pico_spans",
)
_LINKED_PIPES = (
    "evg_population",
    "evg_claims",
    "evg_before_after",
    "evg_outcome_roles",
    "evg_pico_spans",
)
PICO_TAGGER = "evg_pico_tagger"


def build_nlp(pico_model: bool = True) -> Language:
    """``spacy.blank("en")`` with the pipeline's components added in order, and the trained
    PICO tagger (``evg_pico_tagger``) after the rule-based spans when ``pico_model`` is set
    and the packaged model is installed (else the rule-based spans stand alone)."""
    nlp = spacy.blank("en")
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    if pico_model and model_available():
        nlp.add_pipe(PICO_TAGGER)
    return nlp


def _arm(mention: ArmMention) -> Arm:
    described = " ; ".join(dict.fromkeys([mention.label, *mention.interventions]))
    return Arm(
        id=mention.id,
        label=mention.label,
        n=mention.n,
        interventions=mention.interventions,
        start=mention.start,
        end=mention.end,
        comparator=mention.comparator,
        dose=dose_of(described),
        route=route_of(described),
    )


_SOURCE_TEXT = "evg_source_text"  # doc.user_data key: the text before ``plain_signs``


def _keep_source_text(record: Record, source_text: str) -> None:
    """Give ``record`` the text as its source wrote it, and its spans and evidence their
    slices of it: the rules read the text with plain signs (``plain_signs``, one character
    for one), but provenance quotes the source. The phrases the rules took from the text
    (arm labels, doses and routes, outcomes, the claims' arms and populations) are given
    their source form too, where they stand in the text as read ("all-cause mortality"
    read, "all\u2010cause mortality" written)."""
    plain = record.text
    record.text = source_text
    for span in record.spans:
        span.text = source_text[span.start : span.end]

    def source_form(phrase: str) -> str:
        at = plain.find(phrase) if phrase else -1
        return source_text[at : at + len(phrase)] if at >= 0 else phrase

    def source_form_or_none(phrase: str | None) -> str | None:
        return None if phrase is None else source_form(phrase)

    for arm in record.arms:
        at = arm.start if arm.start is not None else -1
        if at >= 0 and plain[at : at + len(arm.label)] == arm.label:
            arm.label = source_text[at : at + len(arm.label)]
        else:
            arm.label = source_form(arm.label)
        arm.interventions = [source_form(name) for name in arm.interventions]
        arm.dose = source_form_or_none(arm.dose)
        arm.route = source_form_or_none(arm.route)
    for claim in record.claims:
        evidence = claim.evidence
        evidence.text = source_text[evidence.start : evidence.end]
        claim.population.text = source_form(claim.population.text)
        claim.intervention.text = source_form(claim.intervention.text)
        if claim.comparator is not None:
            claim.comparator.text = source_form(claim.comparator.text)
        claim.outcome.text = source_form(claim.outcome.text)
        claim.outcome.timepoint = source_form_or_none(claim.outcome.timepoint)


def _has_abstract(article: Article) -> bool:
    if article.has_abstract:
        return True
    rest = article.text[article.title_span[1] :] if article.title_span[1] else article.text
    return bool(rest.strip()) and not article.sections


class Extractor:
    """Extracts Records from Articles with the rule-based pipeline (see the module docstring)."""

    version = f"evidence-graph-rules/{VERSION}"

    def __init__(self, mesh: MeshIndex | None = None, *, pico_model: bool = True) -> None:
        self.mesh = mesh
        declare_article_extension()
        self.nlp = build_nlp(pico_model)
        linker = MeshLinker(mesh)
        for name in _LINKED_PIPES:
            pipe = self.nlp.get_pipe(name)
            if isinstance(
                pipe,
                population.Population
                | claims.Claims
                | before_after.BeforeAfter
                | outcome_roles.OutcomeRoles
                | pico_spans.PicoSpans,
            ):
                pipe.linker = linker
        if self.nlp.has_pipe(PICO_TAGGER):
            tagger = self.nlp.get_pipe(PICO_TAGGER)
            if isinstance(tagger, PicoTagger):
                tagger.linker = linker
            self.version = f"evidence-graph-rules/{VERSION}+pico"
        log.debug("pipeline %s: %s", self.version, ", ".join(self.nlp.pipe_names))

    def extract(self, article: Article) -> Record:
        """The Record of one article. Raises ``EmptyRecordError`` when it has no text."""
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[Record]:
        """Records for ``articles``, in order, through ``nlp.pipe`` (one process).

        An article without title and abstract raises ``EmptyRecordError`` when its turn
        comes (the records before it have been yielded).
        """
        docs = (self._doc(article) for article in articles)
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            record = self._record(doc)
            # The components keep spaCy Spans in doc.user_data (the ``doc._`` values), and
            # each Span refers back to its Doc: without this the Doc and all it holds wait
            # for Python's cyclic garbage collector (its full passes cost about 1 ms per
            # abstract on the bench file).
            doc.user_data.clear()
            yield record

    def _doc(self, article: Article) -> Doc:
        if self.mesh is not None and article.mesh:
            article = article.model_copy(update={"mesh": self.mesh.resolve_headings(article.mesh)})
        empty = not article.text.strip() and not article.title.strip()
        if empty:
            article = article.model_copy(update={"text": ""})
        source_text = article.text
        if (plain := plain_signs(source_text)) != source_text:  # "P＜0.001": "P<0.001"
            article = article.model_copy(update={"text": plain})
        doc = self.nlp.make_doc(article.text)
        attach_article(doc, article)
        if plain != source_text:
            doc.user_data[_SOURCE_TEXT] = source_text
        return doc

    def _record(self, doc: Doc) -> Record:
        article = article_of(doc)
        if article is None:
            raise EmptyRecordError("no article attached to the document")
        if not article.text.strip() and not article.title.strip():
            raise EmptyRecordError(
                "record has neither title nor abstract",
                source=article.source,
                position=article.position,
            )
        record = Record.from_article(article)
        record.extractor = self.version
        record.arms = [_arm(a) for a in doc._.arms or []]
        record.spans = list(doc._.pico_spans or [])
        record.warnings = list(doc._.record_warnings or [])
        if _has_abstract(article):
            record.claims = [draft.claim for draft in doc._.claims or []]
        else:
            record.claims = []
            record.warnings.append(NO_ABSTRACT)
        source_text = doc.user_data.get(_SOURCE_TEXT)
        if isinstance(source_text, str):
            _keep_source_text(record, source_text)
        return record
