"""Deterministic IRIs for everything Evidence Graph mints, from one configurable base.

Every IRI of a record lives under ``{base}record/{slug}/`` so a record's resources are easy
to find and to retract; the article itself is ``https://identifiers.org/pubmed:NNN`` when it
has a PMID. Claim IRIs derive from the claim id, which the extractor derives from the record
id and the claim's content, so ingesting the same record twice mints the same IRIs. What
records share is outside any record: ``{base}journal/{title-slug}``, ``{base}extractor/``
(the runs), ``{base}agent/evidence-graph`` and the terms graph ``{base}graph/terms``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from kg.vocab import pubmed_iri

DEFAULT_BASE_IRI = "https://w3id.org/evidence-graph/id/"


def record_slug(record_id: str) -> str:
    """A path segment for a record id: ``pubmed:123`` -> ``pubmed-123``; others percent-encoded."""
    if record_id.startswith("pubmed:") and record_id[7:].isdigit():
        return f"pubmed-{record_id[7:]}"
    return "doc-" + quote(record_id, safe="-._~")


@dataclass(frozen=True)
class RecordIris:
    """The IRIs of one record's resources under a base IRI."""

    base: str
    record_id: str
    pmid: str | None

    @property
    def _base(self) -> str:
        """The base IRI, ending in "/" or "#"."""
        return self.base if self.base.endswith(("/", "#")) else self.base + "/"

    @property
    def root(self) -> str:
        return f"{self._base}record/{record_slug(self.record_id)}"

    @property
    def article(self) -> str:
        return pubmed_iri(self.pmid) if self.pmid else f"{self.root}/article"

    @property
    def text(self) -> str:
        """The text that evidence offsets index: the title, a blank line and the abstract's
        sections as the record composes them (``Record.text``), not the article itself."""
        return f"{self.root}/text"

    @property
    def graph(self) -> str:
        """The article graph: bibliographic data, MeSH indexing, arms and the graph manifest."""
        return f"{self.root}/graph"

    def journal(self, title: str) -> str:
        """One IRI per journal title, shared by its records: lower-cased, each run of other
        characters than letters and digits one hyphen ("J. Clin. Oncol." -> j-clin-oncol)."""
        slug = "-".join(re.findall(r"[^\W_]+", title.lower())) or "untitled"
        return f"{self._base}journal/{quote(slug, safe='-')}"

    def mesh_indexing(self, index: int) -> str:
        return f"{self.root}/mesh/{index}"

    def arm(self, arm_id: str) -> str:
        return f"{self.root}/arm/{quote(arm_id, safe='-._~')}"

    def claim(self, claim_id: str) -> str:
        return f"{self.root}/claim/{quote(claim_id, safe='-._~')}"

    def nanopub(self, claim_id: str) -> str:
        return f"{self.claim(claim_id)}/np"

    def extractor(self, name: str) -> str:
        return f"{self._base}extractor/{quote(name, safe='-._~')}"

    @property
    def agent(self) -> str:
        """Evidence Graph as the software agent that the extractor runs act for."""
        return f"{self._base}agent/evidence-graph"

    @property
    def terms_graph(self) -> str:
        """The graph every record shares for what is not its own: MeSH descriptors' labels
        and hierarchy, journals and the extractor runs (see ``RecordGraphs.shared``)."""
        return f"{self._base}graph/terms"


def publication_iri(base: str, record_id: str, pmid: str | None) -> str:
    return RecordIris(base, record_id, pmid).article
