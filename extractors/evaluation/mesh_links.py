"""MeSH links of the claims' interventions and outcomes in records not yet indexed for MeSH,
against NLM's own headings.

A record with MeSH headings links a claim's intervention or outcome to the headings its text
names. Most records of a PubMed update file have none yet: their texts are looked up in the
vocabulary, the whole text and, since 2026-12-05, the names inside it
(``MeshLinker.names_within``: "intravenous rituximab" gives Rituximab). The gold is the
indexing NLM did later, on the records of ``extractors.evaluation.conditions`` (the
MeSH-indexed RCT file and the EBM-NLP dev split): each record with an abstract and a claim is
extracted **with its headings removed**, and the distinct UIs linked to its claims'
interventions and comparators, and to their outcomes, are scored against all its headings
(check tags such as Humans left out; NLM indexes what an abstract is about, so a correct link
to a minor topic it did not index counts as wrong here, and precision is a lower bound):

- **precision exact**: linked UIs that are one of the record's headings, over all linked UIs;
  **precision related**: those that are a heading, or an ancestor or a descendant of one;
- **coverage**: the claims' texts (interventions and comparators, or outcomes) given any UI,
  over the claims' non-empty texts;
- **recall related**: records with some linked UI related to a heading, over the records.

Systems, the same run: ``extractor``; ``baseline_whole_text`` (the look-up of the whole text
alone, ``MeshLinker.names_inside`` off, as before). Needs a MeSH vocabulary with tree numbers.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from extractors.components.mesh_linking import CHECK_TAGS, MeshLinker
from extractors.evaluation.conditions import (
    GOLD_FILE,
    Gold,
    ebm_nlp_articles,
    rct_file_articles,
    related,
    share,
)
from extractors.evaluation.report import Report
from extractors.pipeline import Extractor
from kg.errors import InputError
from kg.mesh import MeshIndex
from kg.model import ArmRef, Record

SYSTEMS = ("extractor", "baseline_whole_text")
ROLES = ("intervention", "outcome")


@dataclass
class Tally:
    """What one system links, for one role, over the scored records."""

    records: int = 0
    texts: int = 0
    linked_texts: int = 0
    predicted: int = 0
    exact: int = 0
    related: int = 0
    recalled_related: int = 0


@dataclass
class Tallies:
    by_role: dict[str, Tally] = field(default_factory=lambda: {r: Tally() for r in ROLES})


def not_a_check_tag(index: MeshIndex, ui: str) -> bool:
    """Whether heading ``ui`` is a topic, not a check tag such as Humans or Adult."""
    return (index.label(ui) or "").lower() not in CHECK_TAGS


def _arm_refs(record: Record) -> list[ArmRef]:
    """The interventions and comparators of ``record``'s claims."""
    found: list[ArmRef] = []
    for claim in record.claims:
        found.append(claim.intervention)
        if claim.comparator is not None:
            found.append(claim.comparator)
    return found


def _texts_and_uis(record: Record, role: str) -> tuple[int, int, list[str]]:
    """(non-empty texts, texts with a UI, distinct UIs) of ``record``'s claims for ``role``."""
    if role == "outcome":
        pairs = [(c.outcome.text, c.outcome.mesh) for c in record.claims]
    else:
        pairs = [(ref.text, ref.mesh) for ref in _arm_refs(record)]
    pairs = [(text, mesh) for text, mesh in pairs if text.strip()]
    uis: list[str] = []
    for _, mesh in pairs:
        uis.extend(ui for ui in mesh if ui not in uis)
    return len(pairs), sum(bool(mesh) for _, mesh in pairs), uis


def tally_system(extractor: Extractor, index: MeshIndex, articles: list[Gold]) -> Tallies:
    tallies = Tallies()
    records = extractor.extract_many(a for a, _ in articles)
    for (_, gold), record in zip(articles, records, strict=True):
        if not record.claims:
            continue
        for role, t in tallies.by_role.items():
            texts, linked, uis = _texts_and_uis(record, role)
            t.records += 1
            t.texts += texts
            t.linked_texts += linked
            t.predicted += len(uis)
            t.exact += sum(ui in gold for ui in uis)
            near = [ui for ui in uis if any(related(index, ui, g) for g in gold)]
            t.related += len(near)
            t.recalled_related += bool(near)
    return tallies


def _linkers(extractor: Extractor) -> list[MeshLinker]:
    """Every MeSH linker of the pipeline's components."""
    found: list[MeshLinker] = []
    for _, pipe in extractor.nlp.pipeline:
        linker = getattr(pipe, "linker", None)
        if isinstance(linker, MeshLinker) and linker not in found:
            found.append(linker)
    return found


def report_of(tallies: dict[str, Tallies], records: int) -> Report:
    report = Report("mesh_links")
    report.add("gold", "records_with_headings", records)
    report.header = [
        "system",
        "role",
        "records",
        "coverage",
        "precision exact",
        "precision related",
        "recall related",
    ]
    for system, found in tallies.items():
        for role, t in found.by_role.items():
            figures = {
                "records": t.records,
                "coverage": share(t.linked_texts, t.texts),
                "precision_exact": share(t.exact, t.predicted),
                "precision_related": share(t.related, t.predicted),
                "recall_related": share(t.recalled_related, t.records),
            }
            for name, value in figures.items():
                report.add(system, f"{role}.{name}", value)
            report.rows.append(
                [system, role, str(t.records)]
                + [f"{v:.3f}" for k, v in figures.items() if k != "records"]
            )
    report.notes.append(
        f"gold: {GOLD_FILE} and the EBM-NLP dev split's abstracts, each extracted without its "
        "MeSH headings; scored: the distinct UIs linked to the claims' interventions and "
        "comparators, and to their outcomes, against all the record's headings"
    )
    report.notes.append(
        "coverage: claims' non-empty texts given a UI; related: a heading or an "
        "ancestor/descendant of one"
    )
    return report


def score_mesh_links(data: Path, extractor: Extractor, *, limit: int | None = None) -> Report:
    """Intervention and outcome MeSH links of records without headings, beside the whole-text
    baseline."""
    started = time.perf_counter()
    index = extractor.mesh
    if index is None or not index.has_trees():
        raise InputError("evaluate mesh-links needs a MeSH vocabulary with tree numbers (--mesh)")
    sources = [
        rct_file_articles(data, index, not_a_check_tag),
        ebm_nlp_articles(data, index, not_a_check_tag),
    ]
    articles = [a for found in sources for a in (found[:limit] if limit else found)]
    linkers = _linkers(extractor)
    tallies: dict[str, Tallies] = {}
    try:
        for system in SYSTEMS:
            for linker in linkers:
                linker.names_inside = system == "extractor"
            tallies[system] = tally_system(extractor, index, articles)
    finally:
        for linker in linkers:
            linker.names_inside = True
    report = report_of(tallies, len(articles))
    report.seconds = time.perf_counter() - started
    return report
