"""What a Doc carries in from its source record: ``Doc._.article``.

``extractors.pipeline.Extractor`` sets ``doc._.article`` (the ``kg.model.Article``, MeSH
headings already resolved) before the pipeline runs; components read title and section
offsets, the record id and the MeSH headings from it. A Doc made from a plain string has
``doc._.article`` None and the components fall back to the text alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.model import Article


def declare_article_extension() -> None:
    """Declare ``Doc._.article`` (idempotent)."""
    if not Doc.has_extension("article"):
        Doc.set_extension("article", default=None)


def article_of(doc: Doc) -> Article | None:
    article = doc._.article
    return article if isinstance(article, Article) else None
