"""PubMed abstract-page text reader: the seed's layout, with invented and real content."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractors.readers import Source, iter_articles
from kg.model import Article
from tests.conftest import shared_path

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def _article(source: Source, name: str | None = None) -> Article:
    (item,) = list(iter_articles(source, name=name))
    assert isinstance(item, Article), item
    return item


def test_pagetext_header_fields() -> None:
    article = _article(FIXTURES / "page.txt")
    assert article.title == (
        "Compression stockings after knee arthroscopy: an invented randomised comparison"
    )
    assert (article.pmid, article.id) == ("90000201", "pubmed:90000201")
    assert article.journal == "Invented Orthop J"
    assert article.year == 2022
    assert article.doi == "10.9999/ioj.2022.0042"
    assert article.text[slice(*article.title_span)] == article.title


def test_pagetext_labelled_sections() -> None:
    article = _article(FIXTURES / "page.txt")
    assert [(s.label, s.category) for s in article.sections] == [
        ("Background", "BACKGROUND"),
        ("Methods", "METHODS"),
        ("Results", "RESULTS"),
        ("Conclusions", "CONCLUSIONS"),
    ]
    bodies = [article.text[s.start : s.end] for s in article.sections]
    assert bodies[0] == "Leg swelling after knee arthroscopy is common."
    assert bodies[2] == "Calf swelling at day 7 was lower with stockings (12% vs 30%; p=0.01)."
    assert article.text == "\n".join(
        [
            article.title,
            "",
            *(f"{s.label}: {body}" for s, body in zip(article.sections, bodies, strict=True)),
        ]
    )


def test_pagetext_blocks_and_keywords() -> None:
    article = _article(FIXTURES / "page.txt")
    assert article.keywords == ["arthroscopy", "compression stockings", "oedema"]
    assert article.publication_types == ["Randomized Controlled Trial", "Journal Article"]
    assert [s.label for s in article.substances] == ["Invented Elastic Fibre"]
    assert [(m.label, m.major, m.qualifiers) for m in article.mesh] == [
        ("Adult", False, []),
        ("Arthroscopy", True, ["adverse effects"]),
        ("Edema", True, ["prevention & control"]),
        ("Knee Joint", False, ["surgery"]),
        ("Stockings, Compression", True, []),
        ("Leg", True, ["blood supply", "pathology"]),
    ]
    assert all(m.ui is None for m in article.mesh)


def test_pagetext_without_pmid_uses_stem() -> None:
    text = (FIXTURES / "page.txt").read_text(encoding="utf-8").replace("PMID: 90000201\n", "")
    article = _article(io.BytesIO(text.encode()), name="saved-page.txt")
    assert (article.pmid, article.id) == (None, "saved-page")
    assert len(article.sections) == 4


def test_pagetext_seed_worked_example() -> None:
    article = _article(shared_path("seed", "pubmed-32561603.txt"))
    assert article.id == "pubmed-32561603" and article.pmid is None
    assert article.title.startswith("Combination of human umbilical cord mesenchymal stem")
    assert article.doi == "10.1136/annrheumdis-2020-217798"
    assert article.year == 2020
    assert article.journal == "Ann Rheum Dis"
    assert [s.label for s in article.sections] == [
        "Objectives",
        "Methods",
        "Results",
        "Conclusions",
    ]
    for section in article.sections:
        body = article.text[section.start : section.end]
        assert f"\n{section.label}: {body}" in article.text
    assert len(article.mesh) == 15
    ra = next(m for m in article.mesh if m.label == "Arthritis, Rheumatoid")
    assert ra.major and ra.qualifiers == ["therapy"]
    assert len(article.publication_types) == 3
    assert len(article.substances) == 4
    assert article.keywords == ["arthritis, rheumatoid", "inflammation", "therapeutics"]


@pytest.mark.parametrize(
    ("line", "pmid"),
    [
        ("PMID: 90000201", "90000201"),
        ("PMID: 90000201 PMCID: PMC0000001 DOI: 10.9999/x.1", "90000201"),
        ("PMID: 90000201; DOI: 10.9999/x.1", "90000201"),
        ("PMID: 12 34", None),  # not PMID 12
        ("PMID: 12abc", None),
    ],
)
def test_pagetext_pmid_line(line: str, pmid: str | None) -> None:
    text = (FIXTURES / "page.txt").read_text(encoding="utf-8").replace("PMID: 90000201", line)
    assert "PMID: 90000201" in (FIXTURES / "page.txt").read_text(encoding="utf-8")
    assert _article(io.BytesIO(text.encode()), name="page.txt").pmid == pmid
