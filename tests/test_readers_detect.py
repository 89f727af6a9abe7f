"""Format detection from the first bytes of an input."""

from __future__ import annotations

import gzip

import pytest

from extractors.readers import detect_format
from kg.errors import UnknownFormatError
from tests.conftest import shared_path


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (gzip.compress(b"<PubmedArticleSet/>"), "xml"),
        (b'<?xml version="1.0"?><PubmedArticleSet/>', "xml"),
        (b"\xef\xbb\xbf  \n<PubmedArticleSet/>", "xml"),
        ("<a/>".encode("utf-16"), "xml"),
        (b"\nPMID- 90000001\nOWN - NLM\n", "medline"),
        (b"TI  - A title\nAB  - An abstract.\n", "medline"),
        (b"A title\n\nAbstract\n\nMethods: done.\n", "pubmed-text"),
        (b"A title\n\nJ Invented. 2020 Jan;1(1):1-2. doi: 10.9999/x.1.\n\nBody.", "pubmed-text"),
        (b"A title\n\nBody.\n\nMeSH terms\n\n  \xe2\x80\xa2 Humans\n", "pubmed-text"),
        (b"A plain title\n\nA plain body mentioning BMI - a measure.\n", "text"),
        (b"COPD - a review\n\nBody.", "text"),
        (b"[Effect of an invented tablet on gout].\n\nBody.", "text"),
        (b"[1] An invented numbered title\n\nBody.", "text"),
        (b"{Braces} in a title\n\nBody.", "text"),
    ],
)
def test_detect_formats(head: bytes, expected: str) -> None:
    assert detect_format(head) == expected


def test_detect_name_breaks_a_tie_for_medline() -> None:
    head = b"Exported from a reference manager\nPMID- 90000001\nTI  - A title\n"
    assert detect_format(head) == "text"
    assert detect_format(head, "export.nbib") == "medline"


@pytest.mark.parametrize("head", [b"", b"  \n\t", b"\xef\xbb\xbf"])
def test_detect_empty_input_raises(head: bytes) -> None:
    with pytest.raises(UnknownFormatError, match="empty input"):
        detect_format(head, "empty.txt")


@pytest.mark.parametrize(
    "head",
    [
        b'{"id": "pubmed:1", "title": "T", "text": "T"}\n{"id": "pubmed:2"',
        b'[\n  {\n    "id": "pubmed:1",\n',
        b"[]\n",
    ],
)
def test_detect_json_is_refused_with_a_reason(head: bytes) -> None:
    with pytest.raises(UnknownFormatError, match="the input is JSON"):
        detect_format(head, "records.jsonl")


def test_detect_real_files() -> None:
    seed = shared_path("seed", "pubmed-32561603.txt")
    nbib = shared_path("pubmed", "medline_text", "p1m-ortho__citations.nbib")
    xml = shared_path("pubmed", "rct_subsets", "pubmed20n0014_rct.xml")
    assert detect_format(seed.read_bytes()[:65536]) == "pubmed-text"
    assert detect_format(nbib.read_bytes()[:65536]) == "medline"
    assert detect_format(xml.read_bytes()[:65536]) == "xml"
