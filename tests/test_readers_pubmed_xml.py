"""PubMed XML reader: fields, text layout, per-record problems and file-level failures."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from extractors.readers import Source, iter_articles
from kg.errors import InputError, UnsafeInputError
from kg.model import Article
from tests.conftest import shared_path

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def _articles(source: Source, name: str | None = None) -> list[Article]:
    items = list(iter_articles(source, name=name))
    assert all(isinstance(item, Article) for item in items), items
    return [item for item in items if isinstance(item, Article)]


def _assert_layout(article: Article) -> None:
    start, end = article.title_span
    assert article.text[start:end] == article.title
    for section in article.sections:
        body = article.text[section.start : section.end]
        assert body and body == body.strip()
        prefix = f"{section.label}: " if section.label else ""
        assert article.text[section.start - len(prefix) : section.start] == prefix


def test_pubmed_xml_reads_three_records_in_order() -> None:
    articles = _articles(FIXTURES / "trials.xml")
    assert [a.id for a in articles] == ["pubmed:90000001", "pubmed:90000002", "pubmed:90000003"]
    assert [a.position for a in articles] == ["record 1", "record 2", "record 3"]
    assert {a.source for a in articles} == {"trials.xml"}
    for article in articles:
        _assert_layout(article)


def test_pubmed_xml_structured_abstract_sections_and_markup() -> None:
    article = _articles(FIXTURES / "trials.xml")[0]
    assert article.title == (
        "Walking boots versus plaster casts after ankle fracture: a pilot randomised trial."
    )
    assert [(s.label, s.category) for s in article.sections] == [
        ("BACKGROUND", "BACKGROUND"),
        ("Patients and methods", "METHODS"),
        ("RESULTS", "RESULTS"),
        ("TAKE-HOME MESSAGE", None),
    ]
    methods = article.sections[1]
    assert article.text[methods.start : methods.end] == (
        "We allocated 40 adults to a boot or a cast; Fracturella minor swabs were taken at "
        "week 2 and serum Ca2+ at week 6."
    )
    results = article.sections[2]
    assert article.text[results.start : results.end].endswith("(p<0.05).")
    assert article.text.startswith(article.title + "\n\nBACKGROUND: Casts are")
    assert "\nPatients and methods: We allocated" in article.text
    assert article.has_abstract


def test_pubmed_xml_bibliographic_fields() -> None:
    first, second, _ = _articles(FIXTURES / "trials.xml")
    assert first.pmid == "90000001"
    assert first.doi == "10.9999/jit.2021.001"  # ArticleIdList wins over ELocationID
    assert first.journal == "Journal of Invented Trials"
    assert first.year == 2021
    assert first.publication_types == ["Randomized Controlled Trial", "Journal Article"]
    assert [(s.ui, s.label) for s in first.substances] == [("D000900", "Anti-Bacterial Agents")]
    assert first.keywords == ["ankle", "walking boot"]
    assert second.doi == "10.9999/amm.1998.77"  # from ELocationID
    assert second.year == 1998  # first year of a MedlineDate


def test_pubmed_xml_no_abstract_gives_title_only() -> None:
    article = _articles(FIXTURES / "trials.xml")[1]
    assert article.sections == []
    assert article.text == "A letter on splints."
    assert not article.has_abstract


def test_pubmed_xml_mesh_major_from_qualifier() -> None:
    first, _, third = _articles(FIXTURES / "trials.xml")
    assert [(m.ui, m.label, m.major) for m in first.mesh] == [
        ("D006801", "Humans", False),
        ("D004551", "Ankle Fractures", True),
    ]
    pain, cold, aged = third.mesh
    assert (pain.ui, pain.label, pain.major) == ("D010146", "Pain", True)
    assert pain.qualifiers == ["therapy", "etiology"]
    assert cold.major and cold.qualifiers == []
    assert not aged.major
    # an unlabelled abstract: one section without a label, whitespace collapsed
    (section,) = third.sections
    assert section.label is None and section.category is None
    assert third.text[section.start : section.end] == (
        "Sixty volunteers with sore knees used cold packs or warm towels for one week. "
        "Pain fell more with cold packs."
    )
    assert third.text == third.title + "\n\n" + third.text[section.start :]


def test_pubmed_xml_bad_record_is_yielded_and_batch_goes_on() -> None:
    items = list(iter_articles(FIXTURES / "record_problems.xml"))
    assert len(items) == 4
    assert isinstance(items[0], Article) and items[0].id == "pubmed:90000011"
    problem = items[1]
    assert isinstance(problem, InputError)
    assert problem.position == "record 2" and problem.source == "record_problems.xml"
    assert "PMID" in problem.reason
    third = items[2]
    assert isinstance(third, Article)
    assert third.pmid is None and third.id == "record_problems-3"
    book = items[3]
    assert isinstance(book, Article)
    assert (book.id, book.title, book.year) == ("pubmed:90000014", "A chapter on bandages.", 2010)
    assert [s.label for s in book.sections] == ["SUMMARY"]


def test_pubmed_xml_truncated_yields_good_records_then_raises() -> None:
    data = (FIXTURES / "trials.xml").read_bytes()
    cut = data.index(b"Cold packs for knee pain")
    stream = iter_articles(io.BytesIO(data[:cut]), name="cut.xml")
    first, second = next(stream), next(stream)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert [first.id, second.id] == ["pubmed:90000001", "pubmed:90000002"]
    with pytest.raises(InputError) as caught:
        next(stream)
    assert caught.value.source == "cut.xml"
    assert caught.value.position is not None and "after record 2" in caught.value.position
    assert "line" in caught.value.position
    assert "malformed XML" in caught.value.reason
    assert isinstance(caught.value.__cause__, Exception)


def test_pubmed_xml_billion_laughs_refused_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(UnsafeInputError) as caught:
        list(iter_articles(FIXTURES / "billion_laughs.xml"))
    assert time.perf_counter() - started < 1.0
    assert "ENTITY" in str(caught.value)
    assert caught.value.position == "line 3"  # the first <!ENTITY


def test_pubmed_xml_external_entity_refused() -> None:
    with pytest.raises(UnsafeInputError, match="entit"):
        list(iter_articles(FIXTURES / "external_entity.xml"))


def test_pubmed_xml_latin1_bytes_refused_after_good_records() -> None:
    data = (FIXTURES / "trials.xml").read_bytes().replace(b"Cold packs", b"Caf\xe9 packs")
    stream = iter_articles(io.BytesIO(data), name="latin.xml")
    first = next(stream)
    assert isinstance(first, Article) and first.id == "pubmed:90000001"
    with pytest.raises(InputError, match="UTF-8"):
        list(stream)


def test_pubmed_xml_declared_encoding_is_honoured() -> None:
    data = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><PubmedArticleSet><PubmedArticle>'
        "<MedlineCitation><PMID>90000041</PMID><Article><ArticleTitle>Caf\xe9 au lait"
        "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
    ).encode("latin-1")
    (article,) = _articles(io.BytesIO(data))
    assert article.title == "Café au lait"


def test_pubmed_xml_other_xml_is_unknown_format() -> None:
    with pytest.raises(InputError, match="not a PubMed article set"):
        list(iter_articles(io.BytesIO(b"<html><body>hello</body></html>")))


def test_pubmed_xml_real_rct_subset() -> None:
    path = shared_path("pubmed", "rct_subsets", "pubmed20n0014_rct.xml")
    articles = _articles(path)
    assert len(articles) == 186
    assert sum(a.has_abstract for a in articles) == 153
    assert all(a.pmid and a.id == f"pubmed:{a.pmid}" for a in articles)
    assert all(m.ui and m.ui.startswith("D") for a in articles for m in a.mesh)
    for article in articles:
        _assert_layout(article)


def test_pubmed_xml_real_structured_abstracts_have_categories() -> None:
    path = shared_path("pubmed", "rct_subsets", "pubmed21n1298_rct_or_randomi.xml")
    articles = _articles(path)
    assert len(articles) == 833
    structured = [a for a in articles if any(s.label for s in a.sections)]
    assert len(structured) >= 550
    assert all(s.category for a in structured for s in a.sections if s.label == "RESULTS")
    for article in articles:
        _assert_layout(article)


def test_pubmed_xml_real_efetch_samples() -> None:
    folder = shared_path("pubmed", "efetch_samples")
    for path in sorted(folder.glob("*.xml")):
        articles = _articles(path)
        assert articles, path
        assert all(a.title and a.pmid for a in articles)


@pytest.mark.slow
def test_pubmed_xml_real_baseline_30k_streams() -> None:
    path = shared_path("pubmed", "medline_baseline_update", "pubmed20n0014.xml.gz")
    started = time.perf_counter()
    count = with_abstract = 0
    for item in iter_articles(path):
        assert isinstance(item, Article)
        count += 1
        with_abstract += item.has_abstract
    seconds = time.perf_counter() - started
    assert count == 30_000
    assert with_abstract == 14_832
    assert count / seconds > 1_000, f"{count / seconds:.0f} records/s"


def test_pubmed_xml_undefined_entity_is_reported_by_name() -> None:
    data = (FIXTURES / "record_problems.xml").read_bytes().replace(b"First", b"First&nbsp;")
    first, *rest = list(iter_articles(io.BytesIO(data), name="nbsp.xml"))
    assert isinstance(first, InputError) and first.position == "record 1"
    assert "Entity 'nbsp' not defined" in first.reason
    assert "(line 4, after record 0)" in first.reason
    assert len(rest) == 3  # the reading went on (record 2 is a problem of its own)


def _set(*records: bytes) -> bytes:
    return b'<?xml version="1.0"?>\n<PubmedArticleSet>\n%s\n</PubmedArticleSet>\n' % b"\n".join(
        records
    )


def _record(pmid: int, title: bytes = b"An invented trial.", pad: int = 0) -> bytes:
    return (
        b"<PubmedArticle><MedlineCitation><PMID>%d</PMID><Article><ArticleTitle>%s"
        b"</ArticleTitle><Abstract><AbstractText>Adults took a tablet.%s</AbstractText>"
        b"</Abstract></Article></MedlineCitation></PubmedArticle>" % (pmid, title, b" x" * pad)
    )


@pytest.mark.parametrize(
    "broken",
    [b"A <i>mismatched</b> tag.", b"Bytes that are not UTF-8: caf\xe9.", b"An <unclosed tag."],
)
def test_pubmed_xml_malformed_record_is_a_problem_and_the_reading_goes_on(broken: bytes) -> None:
    data = _set(_record(90000301), _record(90000302, broken), _record(90000303))
    first, problem, third = list(iter_articles(io.BytesIO(data), name="onebad.xml"))
    assert isinstance(first, Article) and first.pmid == "90000301"
    assert isinstance(problem, InputError) and problem.position == "record 2"
    assert "the reading went on at the next record" in problem.reason
    assert isinstance(third, Article) and third.pmid == "90000303"


@pytest.mark.parametrize("chunk", [7, 64, 1000, 1 << 16])
def test_pubmed_xml_goes_on_after_bad_records_at_any_chunk_boundary(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("extractors.readers.pubmed_xml._CHUNK", chunk)
    bad = {0, 7, 8, 40, 118}
    records = [
        _record(90001000 + n, b"A <i>bad</b> title." if n in bad else b"A title.", pad=n % 13)
        for n in range(120)
    ]
    items = list(iter_articles(io.BytesIO(_set(*records)), name="many.xml"))
    assert len(items) == 120
    problems = [n for n, item in enumerate(items) if isinstance(item, InputError)]
    assert problems == sorted(bad)
    pmids = [item.pmid for item in items if isinstance(item, Article)]
    assert pmids == [str(90001000 + n) for n in range(120) if n not in bad]
    positions = [item.position for item in items]
    assert positions == [f"record {n + 1}" for n in range(120)]


def test_pubmed_xml_html_entity_under_public_doctype_is_inlined() -> None:
    # with NLM's DOCTYPE (DTD not loaded) libxml2 keeps unknown entities as nodes
    data = (FIXTURES / "trials.xml").read_bytes()
    data = data.replace(b"Cold packs", b"Cold&nbsp;packs").replace(b"older", b"&madeup;older")
    third = _articles(io.BytesIO(data))[2]
    assert third.title == "Cold\u00a0packs for knee pain in &madeup;older adults."


def test_pubmed_xml_bad_last_record_is_raised_after_the_others() -> None:
    data = _set(_record(90000311), _record(90000312), _record(90000313, b"<i>bad</b>"))
    stream = iter_articles(io.BytesIO(data), name="lastbad.xml")
    assert [next(stream).pmid, next(stream).pmid] == ["90000311", "90000312"]  # type: ignore[union-attr]
    with pytest.raises(InputError, match="malformed XML") as caught:
        next(stream)
    assert caught.value.position == "line 5, after record 2"


@pytest.mark.parametrize("chunk", [7, 64, 1 << 16])
@pytest.mark.parametrize("junk", [b"<Stray>& oops</Stray>", b"</Stray>", b"<Stray attr=>"])
def test_pubmed_xml_error_between_records_costs_no_record(
    chunk: int, junk: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("extractors.readers.pubmed_xml._CHUNK", chunk)
    data = _set(_record(90000321), junk + _record(90000322), _record(90000323))
    items = list(iter_articles(io.BytesIO(data), name="between.xml"))
    assert [item.pmid for item in items if isinstance(item, Article)] == [
        "90000321",
        "90000322",
        "90000323",
    ]
    problem = items[1]
    assert isinstance(problem, InputError) and problem.position == "line 4, after record 1"
    assert "between two records" in problem.reason
    assert [item.position for item in items if isinstance(item, InputError)] == [problem.position]


def test_pubmed_xml_error_before_the_first_record_costs_no_record() -> None:
    data = _set(b"</Stray>" + _record(90000331), _record(90000332))
    problem, *articles = list(iter_articles(io.BytesIO(data), name="lead.xml"))
    assert isinstance(problem, InputError) and "between two records" in problem.reason
    assert [a.pmid for a in articles if isinstance(a, Article)] == ["90000331", "90000332"]


def test_pubmed_xml_error_after_the_last_record_is_raised_after_the_records() -> None:
    data = _set(_record(90000341), _record(90000342) + b"</Stray>")
    stream = iter_articles(io.BytesIO(data), name="trailer.xml")
    assert [next(stream).pmid, next(stream).pmid] == ["90000341", "90000342"]  # type: ignore[union-attr]
    with pytest.raises(InputError, match="malformed XML"):
        next(stream)
