"""Opening inputs: paths, streams, gzip, names and ids, explicit formats, empty input."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from extractors.readers import InputFormat, iter_articles
from extractors.readers.source import stem_of
from kg.errors import InputError, UnknownFormatError
from kg.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def test_source_gzip_path_is_decompressed(tmp_path: Path) -> None:
    packed = tmp_path / "set.xml.gz"
    packed.write_bytes(gzip.compress((FIXTURES / "trials.xml").read_bytes()))
    items = list(iter_articles(packed))
    assert [getattr(a, "id", None) for a in items] == [
        "pubmed:90000001",
        "pubmed:90000002",
        "pubmed:90000003",
    ]
    assert {getattr(a, "source", None) for a in items} == {"set.xml.gz"}


def test_source_gzip_with_explicit_text_format() -> None:
    stream = io.BytesIO(gzip.compress(b"A zipped title\n\nA zipped body."))
    (article,) = list(iter_articles(stream, "text", name="note.txt.gz"))
    assert isinstance(article, Article)
    assert (article.id, article.title) == ("note", "A zipped title")


def test_source_truncated_gzip_raises_input_error() -> None:
    packed = gzip.compress((FIXTURES / "trials.xml").read_bytes() * 50)
    with pytest.raises(InputError, match="compressed input is corrupt or truncated"):
        list(iter_articles(io.BytesIO(packed[: len(packed) // 2]), name="cut.xml.gz"))


def test_source_explicit_format_overrides_detection() -> None:
    data = b"TI  - Looks like MEDLINE\n\nBut is a plain note."
    (article,) = list(iter_articles(io.BytesIO(data), "text", name="odd.txt"))
    assert isinstance(article, Article)
    assert article.title == "TI - Looks like MEDLINE"


def test_source_stdin_records_are_numbered() -> None:
    data = b"TI  - First.\n\nTI  - Second.\n"
    items = list(iter_articles(io.BytesIO(data), name="stdin"))
    assert [getattr(a, "id", None) for a in items] == ["stdin", "stdin-2"]


@pytest.mark.parametrize("fmt", [None, "xml", "text"])
def test_source_empty_input_raises(fmt: InputFormat | None) -> None:
    with pytest.raises(InputError, match="empty input"):
        list(iter_articles(io.BytesIO(b""), fmt, name="empty"))


def test_source_empty_input_detected_is_unknown_format() -> None:
    with pytest.raises(UnknownFormatError):
        list(iter_articles(io.BytesIO(b"\n\n")))


@pytest.mark.parametrize("blank", [b"\n" * 70_000, b" \t\r\n" * 40_000])
def test_source_long_leading_whitespace_is_not_empty(blank: bytes) -> None:
    """Detection reads the first 64 KB; blank bytes beyond that do not make an input empty."""
    for body, title in (
        (
            b"<PubmedArticleSet>"
            + (FIXTURES / "trials.xml").read_bytes().split(b"<PubmedArticleSet>")[1],
            None,
        ),
        (b"PMID- 90000077\nTI  - A tagged title.\nAB  - A tagged abstract.\n", "A tagged title."),
        (b"A plain title\n\nA plain abstract.", "A plain title"),
    ):
        items = list(iter_articles(io.BytesIO(blank + body), name="padded"))
        assert items and all(isinstance(a, Article) for a in items), items
        if title is not None:
            assert items[0].title == title  # type: ignore[union-attr]
    with pytest.raises(UnknownFormatError, match="empty input"):
        list(iter_articles(io.BytesIO(blank * 2)))


def test_source_stem_of_names() -> None:
    assert stem_of("pubmed20n0014.xml.gz") == "pubmed20n0014"
    assert stem_of("dir/pubmed-32561603.txt") == "pubmed-32561603"
    assert stem_of("stdin") == "stdin"
    assert stem_of("export.nbib") == "export"


def test_source_caller_stream_left_open() -> None:
    stream = io.BytesIO(b"A title\n\nA body.")
    list(iter_articles(stream, name="kept.txt"))
    assert not stream.closed
