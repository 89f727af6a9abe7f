"""The ``evg_pico_tagger`` component: PICO spans from the trained tagger.

Reads the Doc's tokens and text (``text_of``), ``Doc._.article`` (MeSH headings),
``Doc._.long_forms`` (abbreviations) and the rule-based ``Doc._.pico_spans`` when present;
writes ``Doc._.pico_spans``, a list of ``kg.model.TextSpan`` with offsets into ``doc.text``
(``text == doc.text[start:end]``), in text order. Method: the packaged spaCy pipeline
(``extractors.pico.model``: CNN tok2vec + softmax tagger over POP / INT / OUT / O) tags the
Doc's tokens (its tok2vec reads hash features that any blank-English vocab computes alike,
and writes ``doc.tensor``), with the per-label decoding biases stored in the model's meta
(``extractors.pico.calibration``); runs of equal tags are the spans (``tag_runs``): POP runs
become "population", OUT runs "outcome", and INT runs "intervention" or, by the rules of
``extractors.pico.comparator``, "comparator". The model's static word vectors are shared
with the pipeline's vocab (``share_vectors``), where its tok2vec looks them up. A span takes
the MeSH UIs of an overlapping rule-based span of the same element, else (interventions
and comparators) those of the MeSH linker. With ``keep_rules`` (the default) the rule-based
spans already on the Doc are kept and the tagger adds the mentions they miss
(``extractors.pico.merge``).

Example: in "Adults with asthma were randomised to drug A or placebo." the tagger may give
"Adults with asthma" (population), "drug A" (intervention) and "placebo" (comparator).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extractors.components.inputs import article_of, declare_article_extension, text_of
from extractors.components.mesh_linking import INTERVENTION_CATEGORIES, MeshLinker
from extractors.pico.calibration import META_KEY, decode, log_probabilities, tagger_labels
from extractors.pico.comparator import comparator_flags
from extractors.pico.labels import ELEMENT_OF_SPAN_LABEL, INT, OUTSIDE, SPAN_LABEL_OF_LABEL
from extractors.pico.mentions import ARM_SEPARATORS, propagate_mentions
from extractors.pico.merge import merge_spans
from extractors.pico.model import DEFAULT_MODEL_DIR, load_pico_model
from kg.errors import EvgError
from kg.model import SpanLabel, TextSpan

GAP = 1
"""Longest run of "O" tags filled between two runs of the same label (``tag_runs``)."""


class PicoModelMissingError(EvgError):
    """The packaged PICO model is not installed (catch it to fall back to the rules)."""


class PicoModelVectorsError(EvgError):
    """The pipeline's vocab holds word vectors other than the PICO model's."""


def _is_word(text: str) -> bool:
    """Whether ``text`` holds at least three letters."""
    if text.isalpha():  # most words: no count needed
        return len(text) >= 3
    return sum(c.isalpha() for c in text) >= 3


def _is_blank(word: str) -> bool:
    """Whether ``word`` is only whitespace and unprintable characters: a zero-width space,
    or a control character in a text that did not come through the readers (which make
    those spaces), is a token of its own and must not end a span."""
    return not word.isprintable() and all(c.isspace() or not c.isprintable() for c in word)


def tag_runs(
    doc: Doc, tags: Sequence[str] | None = None, gap: int = GAP, *, mentions: bool = True
) -> list[tuple[str, int, int]]:
    """``(label, start, end)`` character spans of the runs of equal PICO tags in ``doc``.

    ``tags`` gives one tag per token (default: the tokens' ``tag_``). With ``mentions`` (the
    default) the other mentions of each intervention are tagged first
    (``extractors.pico.mentions``). Whitespace tokens and tokens of control characters end
    a run; a run of at most ``gap`` "O" tokens between two runs of the same label is filled
    (a softmax tagger sometimes drops one word inside a phrase); runs without a word of
    three letters are dropped; an intervention run is cut at "or"/"versus"/"vs" (two arms,
    "drug A or placebo", are two mentions, so the comparator step can tell them apart).
    Edges are not trimmed: trimming punctuation, connecting words and trailing numbers
    lowered the dev token macro F1 by 0.008 (EBM-NLP spans keep them).
    The offsets come from ``Doc.to_array`` and the words from slices of the text: no Token
    object is made (making them was a tenth of the pipeline's time).
    """
    text = text_of(doc)
    starts: list[int] = []
    ends: list[int] = []
    spaces: list[bool] = []
    if len(doc):
        columns = doc.to_array([IDX, LENGTH, IS_SPACE])
        starts = columns[:, 0].tolist()
        ends = (columns[:, 0] + columns[:, 1]).tolist()
        spaces = columns[:, 2].astype(bool).tolist()
    lowered = text.lower()
    if len(lowered) == len(text) and "Σ" not in text:
        # each character lower-cased to one, none by its context (only a capital sigma is):
        # a slice of the lower-cased text is the lower-cased slice
        words = [lowered[start:end] for start, end in zip(starts, ends, strict=True)]
        printable = lowered.isprintable()
    else:
        words = [text[start:end].lower() for start, end in zip(starts, ends, strict=True)]
        printable = False
    if printable:  # every word, a slice of the text, is printable: only spaces are blank
        space = spaces
    else:
        space = [
            blank or (not word.isprintable() and _is_blank(word))
            for blank, word in zip(spaces, words, strict=True)
        ]
    given = tags if tags is not None else [token.tag_ for token in doc]
    tags = [OUTSIDE if blank else tag or OUTSIDE for blank, tag in zip(space, given, strict=True)]
    if mentions:
        tags = propagate_mentions(words, tags)
    n = len(tags)
    for i in range(1, n):
        # a gap starts after a tagged token (tested first: the loop below changes no tag)
        if tags[i] != OUTSIDE or space[i] or tags[i - 1] == OUTSIDE:
            continue
        j = i
        while j < n and j - i < gap and tags[j] == OUTSIDE and not space[j]:
            j += 1
        if j < n and j > i and tags[i - 1] != OUTSIDE and tags[j] == tags[i - 1]:
            tags[i:j] = [tags[i - 1]] * (j - i)
    for i, tag in enumerate(tags):  # "drug A or placebo": two arms, not one
        if tag == INT and words[i] in ARM_SEPARATORS:
            tags[i] = OUTSIDE
    runs: list[tuple[str, int, int]] = []
    i = 0
    while i < n:
        j = i + 1
        while j < n and tags[j] == tags[i] and not space[j]:
            j += 1
        if tags[i] in SPAN_LABEL_OF_LABEL and any(
            _is_word(text[starts[k] : ends[k]]) for k in range(i, j)
        ):
            runs.append((tags[i], starts[i], ends[j - 1]))
        i = j
    return runs


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

    def __init__(
        self, model: Language, linker: MeshLinker | None = None, *, keep_rules: bool = True
    ) -> None:
        self.model = model
        self.keep_rules = keep_rules
        self.linker = linker or MeshLinker(None)
        self.labels = tagger_labels(model)
        self.biases: dict[str, float] = dict(model.meta.get(META_KEY) or {})

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in _batches(docs, batch_size):
            scores = log_probabilities(self.model, batch)
            for doc, logp in zip(batch, scores, strict=True):
                found = tag_runs(doc, decode(logp, self.labels, self.biases))
                tagged = self._with_mesh(doc, tag_spans(text_of(doc), found))
                rules: list[TextSpan] = list(doc._.pico_spans or []) if self.keep_rules else []
                doc._.pico_spans = merge_spans(rules, tagged)
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
                    span.mesh = self.linker.link(
                        [span.text], headings, long_forms or {}, INTERVENTION_CATEGORIES
                    )
        return spans


@Language.factory(
    "evg_pico_tagger",
    default_config={"model_path": None, "keep_rules": True},
    assigns=["doc._.pico_spans"],
)
def make_pico_tagger(
    nlp: Language, name: str, model_path: str | None, keep_rules: bool
) -> PicoTagger:
    """The tagger over the pipeline at ``model_path`` (default: the packaged model);
    ``keep_rules`` merges in the rule-based spans already on the Doc (``merge_spans``)."""
    if not Doc.has_extension("pico_spans"):
        Doc.set_extension("pico_spans", default=None)
    declare_article_extension()
    path = Path(model_path) if model_path else DEFAULT_MODEL_DIR
    model = load_pico_model(path)
    if model is None:
        raise PicoModelMissingError(f"no trained PICO model at {path}")
    share_vectors(nlp.vocab, model)
    return PicoTagger(model, keep_rules=keep_rules)


def share_vectors(vocab: Vocab, model: Language) -> None:
    """Give ``vocab`` (the pipeline's) the model's static word vectors.

    The model's tok2vec looks each token's vector up in the vocab of the Doc it reads, and
    the tagger reads the pipeline's own Docs. A vocab that has other vectors is an error.
    """
    vectors = model.vocab.vectors
    if vectors.shape[0] == 0 or vocab.vectors is vectors:
        return
    if vocab.vectors.shape[0] != 0:
        raise PicoModelVectorsError(
            "the pipeline's vocab has word vectors of its own; the PICO model needs its own"
        )
    vocab.vectors = vectors
