"""What a Doc carries in from its source record: ``Doc._.article``.

``extractors.pipeline.Extractor`` sets ``doc._.article`` (the ``kg.model.Article``, MeSH
headings already resolved) before the pipeline runs; components read title and section
offsets, the record id and the MeSH headings from it. A Doc made from a plain string has
``doc._.article`` None and the components fall back to the text alone. ``text_of(doc)`` is
``doc.text`` computed once.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.model import Article

_TEXT_KEY = "evg.text"
# the article again, under a key of ours: ``article_of`` is called some 15 times per abstract,
# and each ``doc._`` read builds spaCy's Underscore object
_ARTICLE_KEY = "evg.article"


def declare_article_extension() -> None:
    """Declare ``Doc._.article`` (idempotent)."""
    if not Doc.has_extension("article"):
        Doc.set_extension("article", default=None)


def attach_article(doc: Doc, article: Article) -> None:
    """Set ``doc._.article``; ``doc`` must have been made from ``article.text``."""
    doc._.article = article
    doc.user_data[_ARTICLE_KEY] = article
    doc.user_data[_TEXT_KEY] = article.text


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy rebuilds it from the tokens on each access)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if isinstance(cached, str):
        return cached
    text = doc.text
    doc.user_data[_TEXT_KEY] = text
    return text


def article_of(doc: Doc) -> Article | None:
    """``doc._.article`` where it is an Article, else None."""
    article = doc.user_data.get(_ARTICLE_KEY)
    if article is None:  # set as ``doc._.article`` alone, not by ``attach_article``
        article = doc._.article
    return article if isinstance(article, Article) else None
