"""Gold data of PICO-Corpus (Mutinda et al., WIESP 2022): breast-cancer RCT abstracts in brat.

Each ``<id>.txt`` is the title and the abstract on one line, section labels removed; ``<id>.ann``
marks, among others, per-arm numbers (``iv-``/``cv-`` for the intervention/control arm:
``bin-abs`` event counts, ``bin-percent`` percentages, ``cont-mean``/``cont-sd``/``cont-median``)
and participant counts (``intervention-participants``, ``control-participants``,
``total-participants``).

:func:`load_document` makes the Article the extractor reads: the text up to the first sentence
end (". " before a capital) is the title, the rest one unlabelled section, laid out as the
readers do (title, blank line, abstract). :meth:`PicoDocument.to_source` maps an offset of that
Article's text back to the ``.txt`` file, where the gold offsets point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from extractors.evaluation.brat import Entity, read_ann
from kg.errors import InputError
from kg.model import Article, Section

FOLDER = "pico_corpus"
SCORED_LABELS = (
    "iv-bin-abs",
    "cv-bin-abs",
    "iv-bin-percent",
    "cv-bin-percent",
    "iv-cont-mean",
    "cv-cont-mean",
    "iv-cont-sd",
    "cv-cont-sd",
    "iv-cont-median",
    "cv-cont-median",
    "intervention-participants",
    "control-participants",
    "total-participants",
)
_TITLE_END = re.compile(r"[.?!](?=\s+[A-Z0-9(])")
_LAYOUT_GAP = "\n\n"


@dataclass(frozen=True)
class PicoDocument:
    """One abstract: the Article to extract from and its scored gold entities."""

    id: str
    article: Article
    entities: list[Entity]
    body_source_start: int  # where the abstract (after the title) starts in the .txt

    def to_source(self, offset: int) -> int:
        """The ``.txt`` offset of ``offset`` in ``article.text``."""
        title_end = self.article.title_span[1]
        if offset <= title_end:
            return offset
        return max(title_end, offset - title_end - len(_LAYOUT_GAP) + self.body_source_start)


def document_ids(data: Path) -> list[str]:
    """Ids of the abstracts that have both ``.txt`` and ``.ann``, sorted."""
    folder = data / FOLDER
    if not folder.is_dir():
        raise InputError("PICO-Corpus folder not found", source=str(folder))
    return sorted(p.stem for p in folder.glob("*.ann") if p.with_suffix(".txt").is_file())


def article_for_text(doc_id: str, raw: str, source: str) -> tuple[Article, int]:
    """The Article for a one-line title-and-abstract text, and where its abstract starts."""
    match = _TITLE_END.search(raw)
    if match is None:
        title, body_start = "", 0
    else:
        title = raw[: match.end()]
        body_start = len(raw) - len(raw[match.end() :].lstrip())
    body = raw[body_start:]
    text = f"{title}{_LAYOUT_GAP}{body}" if title else body
    start = len(title) + len(_LAYOUT_GAP) if title else 0
    article = Article(
        id=doc_id,
        title=title,
        text=text,
        title_span=(0, len(title)),
        sections=[Section(start=start, end=len(text))] if body.strip() else [],
        source=source,
        position="record 1",
    )
    return article, body_start


def load_document(data: Path, doc_id: str, labels: tuple[str, ...] = SCORED_LABELS) -> PicoDocument:
    """The abstract ``doc_id`` with its gold entities of ``labels`` (the per-arm numbers and
    participant counts of :data:`SCORED_LABELS` by default)."""
    txt = data / FOLDER / f"{doc_id}.txt"
    raw = txt.read_text(encoding="utf-8")
    article, body_start = article_for_text(doc_id, raw, str(txt))
    wanted = set(labels)
    entities = [e for e in read_ann(txt.with_suffix(".ann")) if e.label in wanted]
    return PicoDocument(doc_id, article, entities, body_start)
