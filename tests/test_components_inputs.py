"""``extractors.components.inputs``: the article a Doc carries."""

from __future__ import annotations

import spacy

from extractors.components.inputs import (
    article_of,
    attach_article,
    declare_article_extension,
    text_of,
)
from kg.model import Article


def _article(text: str) -> Article:
    return Article(id="pmid:1", pmid="1", title="A trial", text=text)


def test_inputs_attached_article_is_read_back() -> None:
    declare_article_extension()
    nlp = spacy.blank("en")
    article = _article("Aspirin lowered pain.")
    doc = nlp.make_doc(article.text)
    attach_article(doc, article)
    assert article_of(doc) is article
    assert doc._.article is article
    assert text_of(doc) == "Aspirin lowered pain."


def test_inputs_article_set_as_extension_alone_is_read() -> None:
    declare_article_extension()
    doc = spacy.blank("en").make_doc("Placebo did nothing.")
    assert article_of(doc) is None
    article = _article("Placebo did nothing.")
    doc._.article = article
    assert article_of(doc) is article
