"""The XML prolog check that refuses DTD entity declarations before parsing."""

from __future__ import annotations

import io

import pytest

from extractors.readers import iter_articles
from extractors.readers.xml_safety import check_prolog
from kg.errors import InputError, UnsafeInputError

NLM_PROLOG = (
    b'<?xml version="1.0" encoding="utf-8"?>\n'
    b'<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2019//EN" '
    b'"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd">\n'
)


def test_xml_safety_nlm_public_doctype_passes() -> None:
    check_prolog(NLM_PROLOG + b"<PubmedArticleSet/>", complete=True)


def test_xml_safety_comment_and_attlist_subset_pass() -> None:
    head = b'<!-- <!ENTITY in a comment> --><!DOCTYPE a [<!ATTLIST a b CDATA "x">]><a/>'
    check_prolog(head, complete=True)


@pytest.mark.parametrize(
    "head",
    [
        b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
        b'<!DOCTYPE a [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p;]><a/>',
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY x "y">]><a/>'.encode(
            "utf-16"
        ),
    ],
)
def test_xml_safety_entity_declarations_refused(head: bytes) -> None:
    with pytest.raises(UnsafeInputError, match="ENTITY"):
        check_prolog(head, complete=True)


def test_xml_safety_endless_prolog_refused() -> None:
    head = b"<!DOCTYPE a [" + b"<!-- padding -->" * 5000
    with pytest.raises(UnsafeInputError, match="prolog runs past"):
        check_prolog(head, complete=False)


def test_xml_safety_refused_before_any_record_is_read() -> None:
    data = b'<!DOCTYPE PubmedArticleSet [<!ENTITY x "y">]><PubmedArticleSet>' + (
        b"<PubmedArticle><MedlineCitation><PMID>1</PMID></MedlineCitation></PubmedArticle>"
    )
    stream = iter_articles(io.BytesIO(data), name="sneaky.xml")
    with pytest.raises(UnsafeInputError) as caught:
        next(stream)
    assert caught.value.source == "sneaky.xml"


def test_xml_safety_unreadable_encoding_refused() -> None:
    head = "<?xml version='1.0'?><a/>".encode("cp500")  # EBCDIC: the scan cannot vouch for it
    with pytest.raises(InputError, match="not XML in a readable encoding"):
        check_prolog(head, complete=True)


@pytest.mark.parametrize("declaration", [b'<?xml version="1.0" encoding="UTF-8"?>\n', b""])
def test_xml_with_a_utf8_byte_order_mark_is_read(declaration: bytes) -> None:
    record = (
        b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>900000501</PMID><Article>"
        b"<ArticleTitle>An invented trial.</ArticleTitle></Article></MedlineCitation>"
        b"</PubmedArticle></PubmedArticleSet>"
    )
    data = b"\xef\xbb\xbf" + declaration + record
    check_prolog(data, complete=True)
    (article,) = list(iter_articles(io.BytesIO(data), name="bom.xml"))
    assert not isinstance(article, InputError), article
    assert article.pmid == "900000501"
