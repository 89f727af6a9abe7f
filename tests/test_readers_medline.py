"""MEDLINE / .nbib reader: fields, inline section labels, MeSH syntax, decoding."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractors.readers import Source, iter_articles
from extractors.readers.medline import mesh_heading
from kg.errors import InputError
from kg.model import Article
from tests.conftest import shared_path

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def _articles(source: Source, name: str | None = None) -> list[Article]:
    items = list(iter_articles(source, name=name))
    assert all(isinstance(item, Article) for item in items), items
    return [item for item in items if isinstance(item, Article)]


def test_medline_reads_all_records() -> None:
    articles = _articles(FIXTURES / "trials.nbib")
    assert [a.id for a in articles] == ["pubmed:90000101", "pubmed:90000102", "pubmed:90000103"]
    assert [a.position for a in articles] == ["record 1", "record 2", "record 3"]


def test_medline_fields() -> None:
    first, second, third = _articles(FIXTURES / "trials.nbib")
    assert first.title == (
        "Honey dressings versus saline gauze for shallow leg ulcers: an invented randomised trial."
    )
    assert first.doi == "10.9999/ulcer.2019.14"
    assert first.year == 2019
    assert first.journal == "Journal of invented wound care"
    assert first.publication_types == ["Journal Article", "Randomized Controlled Trial"]
    assert [(s.ui, s.label) for s in first.substances] == [
        (None, "Honey Extracts"),
        (None, "Muramidase"),
    ]
    assert first.keywords == ["honey", "leg ulcer"]
    assert (second.doi, second.year, second.sections) == (None, 2001, [])
    assert second.text == "A note without an abstract."
    assert third.year == 2010


def test_medline_inline_labels_become_sections() -> None:
    article = _articles(FIXTURES / "trials.nbib")[0]
    assert [(s.label, s.category) for s in article.sections] == [
        ("BACKGROUND", "BACKGROUND"),
        ("MATERIALS AND METHODS", "METHODS"),
        ("RESULTS", "RESULTS"),
        ("CONCLUSIONS", "CONCLUSIONS"),
    ]
    bodies = [article.text[s.start : s.end] for s in article.sections]
    assert bodies[0] == "Shallow leg ulcers heal slowly with saline gauze."
    assert bodies[1].startswith("Fifty adults were randomly given")
    assert bodies[2].endswith("(p=0.03).")
    assert article.text.endswith("\nCONCLUSIONS: Honey dressings may speed healing.")


def test_medline_unlabelled_abstract_is_one_section() -> None:
    article = _articles(FIXTURES / "trials.nbib")[2]
    (section,) = article.sections
    assert section.label is None
    assert article.text[section.start : section.end] == (
        "Office staff in twelve invented firms stretched twice a day or did nothing. "
        "Neck pain fell in the stretching firms."
    )


def test_medline_mesh_headings() -> None:
    article = _articles(FIXTURES / "trials.nbib")[0]
    assert [(m.ui, m.label, m.major, m.qualifiers) for m in article.mesh] == [
        (None, "Aged", False, []),
        (None, "Leg Ulcer", True, ["therapy"]),
        (None, "Bandages", True, []),
        (None, "Drug Therapy, Combination", True, ["adverse effects", "methods"]),
        (None, "Wound Healing", False, ["drug effects"]),
    ]


def test_medline_mesh_heading_syntax() -> None:
    heading = mesh_heading("Arthritis, Rheumatoid/*therapy")
    assert heading is not None
    assert (heading.label, heading.major, heading.qualifiers) == (
        "Arthritis, Rheumatoid",
        True,
        ["therapy"],
    )
    assert mesh_heading("*Software") is not None
    assert mesh_heading("") is None


def test_medline_not_utf8_raises_after_good_records() -> None:
    data = (FIXTURES / "trials.nbib").read_bytes().replace(b"Stretching", b"Stretch\xe9")
    offset = data.index(b"\xe9")
    stream = iter_articles(io.BytesIO(data), name="latin.nbib")
    good = [next(stream), next(stream)]
    assert [getattr(item, "id", None) for item in good] == ["pubmed:90000101", "pubmed:90000102"]
    with pytest.raises(InputError, match="not UTF-8") as caught:
        next(stream)
    assert caught.value.reason == f"not UTF-8 text: invalid byte 0xE9 at offset {offset}"
    line = data.count(b"\n", 0, offset) + 1
    assert caught.value.position == f"line {line}"
    assert isinstance(caught.value.__cause__, UnicodeDecodeError)


def test_medline_record_without_pmid_or_title_is_yielded_as_error() -> None:
    data = b"PMID- 90000111\nTI  - Kept.\n\nSTAT- MEDLINE\nPT  - Letter\n\nTI  - Also kept.\n"
    items = list(iter_articles(io.BytesIO(data), "medline", name="pasted.nbib"))
    assert isinstance(items[0], Article) and items[0].id == "pubmed:90000111"
    assert isinstance(items[1], InputError)
    assert (items[1].source, items[1].position) == ("pasted.nbib", "record 2")
    assert isinstance(items[2], Article) and items[2].id == "pasted-3"


def test_medline_real_nbib_parses_every_record() -> None:
    path = shared_path("pubmed", "medline_text", "p1m-ortho__citations.nbib")
    items = list(iter_articles(path))
    assert len(items) == 200
    articles = [item for item in items if isinstance(item, Article)]
    assert len(articles) == 200
    assert all(a.pmid and a.title and a.year for a in articles)
    assert sum(a.has_abstract for a in articles) == 186
    assert sum(1 for a in articles if a.mesh) > 100
    for article in articles:
        for section in article.sections:
            body = article.text[section.start : section.end]
            assert body and body == body.strip()


def test_medline_real_biopython_samples() -> None:
    folder = shared_path("pubmed", "medline_text")
    counts = {p.name: len(_articles(p)) for p in sorted(folder.glob("biopython__*.txt"))}
    assert counts == {
        "biopython__pubmed_result1.txt": 1,
        "biopython__pubmed_result2.txt": 4,
        "biopython__pubmed_result3.txt": 1,
    }


@pytest.mark.parametrize("pmid", ["abc", "12 34", "-1", "9e9", "12345678901"])
def test_medline_pmid_that_is_no_pubmed_id_is_that_records_problem(pmid: str) -> None:
    text = (
        f"PMID- {pmid}\nTI  - An invented trial.\nAB  - Adults took a tablet.\n\n"
        "PMID- 90000402\nTI  - Another invented trial.\nAB  - Adults took a tablet.\n"
    )
    first, second = list(iter_articles(io.BytesIO(text.encode()), name="odd.nbib"))
    assert isinstance(first, InputError) and "is not a PubMed id" in str(first)
    assert "record 1" in str(first)
    assert isinstance(second, Article) and second.id == "pubmed:90000402"


def test_medline_records_without_a_blank_line_between_them_are_apart() -> None:
    text = (
        "PMID- 90000501\nTI  - A first invented trial.\nAB  - Adults took a tablet.\n"
        "PMID- 90000502\r\nTI  - A second invented trial.\r\nAB  - Children took a syrup.\r\n"
        " \r\nPMID- 90000503\nTI  - A third invented trial.\nAB  - Adults took a drop.\n"
        "      \n        \n  \t\nPMID- 90000504\nTI  - A fourth invented trial.\n"
    )
    articles = _articles(io.BytesIO(text.encode()), name="pasted.nbib")
    assert [(a.id, a.title) for a in articles] == [
        ("pubmed:90000501", "A first invented trial."),
        ("pubmed:90000502", "A second invented trial."),
        ("pubmed:90000503", "A third invented trial."),
        ("pubmed:90000504", "A fourth invented trial."),
    ]
    assert [a.position for a in articles] == ["record 1", "record 2", "record 3", "record 4"]
    assert articles[2].text.endswith("Adults took a drop.")
