"""Population conditions of records not yet indexed for MeSH, against NLM's own headings.

Most records of a PubMed update file carry no MeSH headings yet, so the population's
condition must come from the text (``extractors.components.population``). The gold is the
indexing NLM did later: ``pubmed/rct_subsets/pubmed20n0014_rct.xml`` (186 RCT records with
MeSH UIs). Each record with an abstract, at least one claim and at least one condition
heading (MeSH C or F03, by the vocabulary's tree numbers) is extracted **with its headings
removed**, as an unindexed record arrives, and the condition UIs of its first claim's
population are scored against its condition headings:

- **precision exact**: predicted UIs that are one of the record's condition headings, over all
  predicted UIs; **precision related**: those that are a heading, or an ancestor or a
  descendant of one in the MeSH trees ("Neoplasms" for "Breast Neoplasms" counts there);
- **coverage**: records given any condition, over records scored;
- **recall exact / related**: records where some predicted UI is (related to) a heading.

Systems, the same run: ``extractor`` (the population text, else the title's people, else the
title's words after "in"/"for"/"with"); ``baseline_population_text`` (the population text
alone, the component's ``title_lookups`` off). Needs a MeSH vocabulary with tree numbers.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extractors.components.mesh_linking import is_condition
from extractors.components.population import Population
from extractors.evaluation.report import Report
from extractors.pipeline import Extractor
from extractors.readers import iter_articles
from kg.errors import InputError
from kg.mesh import MeshIndex
from kg.model import Article, MeshHeading

Gold = tuple[Article, set[str]]
# which of a record's headings are gold: (index, UI) -> bool
Keep = Callable[[MeshIndex, str], bool]

GOLD_FILE = Path("pubmed/rct_subsets/pubmed20n0014_rct.xml")
EBM_NLP = Path("ebm_nlp")
SYSTEMS = ("extractor", "baseline_population_text")


@dataclass
class Tally:
    """What one system predicts over the scored records."""

    records: int = 0
    predicted: int = 0
    exact: int = 0
    related: int = 0
    covered: int = 0
    recalled_exact: int = 0
    recalled_related: int = 0


def related(index: MeshIndex, a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` or an ancestor or descendant of it in some MeSH tree."""
    return a == b or a in index.ancestors(b) or b in index.ancestors(a)


def _with_gold(
    article: Article, headings: list[MeshHeading], index: MeshIndex, keep: Keep = is_condition
) -> Gold | None:
    """``article`` without headings beside the UIs of its ``headings`` that ``keep`` keeps
    (conditions); None when it has no abstract or no such heading."""
    if not article.sections:
        return None
    gold = {h.ui for h in index.resolve_headings(headings) if h.ui}
    gold = {ui for ui in gold if keep(index, ui)}
    return (article.model_copy(update={"mesh": []}), gold) if gold else None


def _readable(path: Path) -> Path:
    if not path.is_file():
        raise InputError("gold file missing", source=str(path))
    return path


def rct_file_articles(data: Path, index: MeshIndex, keep: Keep = is_condition) -> list[Gold]:
    """The MeSH-indexed RCT file's articles (see the module docstring)."""
    found = (
        _with_gold(item, item.mesh, index, keep)
        for item in iter_articles(_readable(data / GOLD_FILE))
        if not isinstance(item, InputError)
    )
    return [g for g in found if g is not None]


def ebm_nlp_articles(data: Path, index: MeshIndex, keep: Keep = is_condition) -> list[Gold]:
    """The EBM-NLP abstracts of the dev split (``id_splits/dev.txt``) with their MeSH headings
    (``mesh/PMID.txt``: one label per line, "*" for major, "/" before qualifiers)."""
    root = data / EBM_NLP
    found: list[Gold] = []
    for pmid in _readable(root / "id_splits" / "dev.txt").read_text().split():
        doc, listed = root / "docs" / f"{pmid}.txt", root / "mesh" / f"{pmid}.txt"
        if not (doc.is_file() and listed.is_file()):
            continue
        labels = [line.split("/")[0].strip().strip("*") for line in listed.read_text().splitlines()]
        headings = [MeshHeading(label=label) for label in labels if label]
        for item in iter_articles(doc):
            gold = None if isinstance(item, InputError) else _with_gold(item, headings, index, keep)
            if gold is not None:
                found.append(gold)
    return found


def tally_system(extractor: Extractor, index: MeshIndex, articles: list[Gold]) -> Tally:
    """Score the first claim's population conditions of each article that gives a claim."""
    tally = Tally()
    records = extractor.extract_many(a for a, _ in articles)
    for (_, gold), record in zip(articles, records, strict=True):
        if not record.claims:
            continue
        tally.records += 1
        uis = [c.ui for c in record.claims[0].population.condition if c.ui]
        tally.predicted += len(uis)
        exact = [ui for ui in uis if ui in gold]
        near = [ui for ui in uis if any(related(index, ui, g) for g in gold)]
        tally.exact += len(exact)
        tally.related += len(near)
        tally.covered += bool(uis)
        tally.recalled_exact += bool(exact)
        tally.recalled_related += bool(near)
    return tally


def share(part: int, whole: int) -> float:
    """``part`` over ``whole``, 0 for an empty whole."""
    return part / whole if whole else 0.0


def report_of(tallies: dict[str, Tally], candidates: dict[str, int]) -> Report:
    """The Report of each system's tally; ``candidates``: the articles of each gold source."""
    report = Report("conditions")
    for source, count in candidates.items():
        report.add("gold", f"{source}_records_with_condition_headings", count)
    report.header = [
        "system",
        "records",
        "coverage",
        "precision exact",
        "precision related",
        "recall exact",
        "recall related",
    ]
    for system, t in tallies.items():
        figures = {
            "records": t.records,
            "coverage": share(t.covered, t.records),
            "precision_exact": share(t.exact, t.predicted),
            "precision_related": share(t.related, t.predicted),
            "recall_exact": share(t.recalled_exact, t.records),
            "recall_related": share(t.recalled_related, t.records),
        }
        for name, value in figures.items():
            report.add(system, name, value)
        report.rows.append(
            [system, str(t.records)] + [f"{v:.3f}" for k, v in figures.items() if k != "records"]
        )
    report.notes.append(
        f"gold: {GOLD_FILE} and the EBM-NLP dev split's abstracts, each extracted without its "
        "MeSH headings; scored: the first claim's population conditions against the record's "
        "C/F03 headings"
    )
    report.notes.append(
        "related: the UI is a heading or an ancestor/descendant of one in the MeSH trees"
    )
    return report


def score_conditions(data: Path, extractor: Extractor, *, limit: int | None = None) -> Report:
    """Population conditions of records without headings, beside the population-text baseline."""
    started = time.perf_counter()
    index = extractor.mesh
    if index is None or not index.has_trees():
        raise InputError("evaluate conditions needs a MeSH vocabulary with tree numbers (--mesh)")
    sources = {
        "rct_file": rct_file_articles(data, index),
        "ebm_nlp_dev": ebm_nlp_articles(data, index),
    }
    articles = [a for found in sources.values() for a in (found[:limit] if limit else found)]
    population = extractor.nlp.get_pipe("evg_population")
    if not isinstance(population, Population):
        raise InputError("the pipeline has no population component")
    tallies: dict[str, Tally] = {}
    try:
        for system in SYSTEMS:
            population.title_lookups = system == "extractor"
            tallies[system] = tally_system(extractor, index, articles)
    finally:
        population.title_lookups = True
    report = report_of(tallies, {name: len(found) for name, found in sources.items()})
    report.seconds = time.perf_counter() - started
    return report
