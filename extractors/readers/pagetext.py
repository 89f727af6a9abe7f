"""PubMed's abstract page as text (what copying the page or saving it as text gives).

Layout, as in ``shared/data/seed/pubmed-32561603.txt``: the title paragraph; the citation
line ``Ann Rheum Dis. 2020 Oct;79(10):1298-1304. doi: 10.1136/... Epub ...`` (journal = the
part before the first ". ", the year, the DOI without its final '.'); optional author,
affiliation and ``PMID:`` / ``PMCID:`` / ``DOI:`` lines; the line ``Abstract``; paragraphs
``Label: body``; a ``Keywords: a; b; c.`` line; then blocks ``Publication types``, ``MeSH
terms`` and ``Substances`` of bullet lines (``  • Arthritis, Rheumatoid / therapy*``: ' / '
separates qualifiers, '*' marks major). Other trailing blocks (``Comment in``, ``Similar
articles``, ``Grants and funding``, ``LinkOut``, ...) are ignored. One record per input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.errors import InputError
from kg.model import Article, MeshHeading, Substance

from .articles import make_article
from .decoding import decode_utf8
from .paragraphs import abstract_parts, paragraphs
from .sections import normalise_space
from .source import OpenedInput

_BULLET = "•"
_CITATION = re.compile(r"^(?:\d+\.\s+)?(?P<journal>.+?)\.\s+(?P<year>(?:1[89]|20)\d\d)\b")
_CITATION_DOI = re.compile(r"\bdoi:\s*(?P<doi>10\.\S+?)\.?(?:\s|$)", re.IGNORECASE)
_ID_LINE = re.compile(r"^(?P<key>PMID|PMCID|DOI):\s*(?P<value>\S+)")
_PMID_LINE = re.compile(r"^PMID:\s*(?P<pmid>[0-9]+)[;,.]?(?:\s+(?=[A-Za-z])|\s*$)")
"""``PMID: 123``, alone or before ``PMCID:`` / ``DOI:`` on the line; "PMID: 12 34" is none."""
_KEYWORDS = re.compile(r"^Keywords:\s*", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright\b)", re.IGNORECASE)
_BLOCKS = frozenset(
    (
        "publication types",
        "mesh terms",
        "substances",
        "supplementary concepts",
        "grants and funding",
        "comment in",
        "comment on",
        "erratum in",
        "update of",
        "updated by",
        "similar articles",
        "cited by",
        "references",
        "linkout - more resources",
        "linkout",
        "related information",
        "associated data",
        "conflict of interest statement",
        "figures",
        "full text links",
    )
)


def _is_bullet(line: str) -> bool:
    return line.lstrip().startswith(_BULLET)


def _bullet_text(line: str) -> str:
    return normalise_space(line.lstrip().removeprefix(_BULLET))


def _mesh_heading(item: str) -> MeshHeading | None:
    """``"Arthritis, Rheumatoid / therapy*"`` -> label, qualifiers ["therapy"], major."""
    descriptor, *qualifiers = (part.strip() for part in item.split(" / "))
    label = descriptor.strip("*").strip()
    if not label:
        return None
    marked = [descriptor, *qualifiers]
    major = any(part.endswith("*") or part.startswith("*") for part in marked)
    names = [q.strip("*").strip() for q in qualifiers]
    return MeshHeading(label=label, major=major, qualifiers=[n for n in names if n])


def _is_block_header(paras: list[list[str]], index: int) -> bool:
    para = paras[index]
    head = para[0].strip()
    if _is_bullet(head):
        return False
    if head.lower() in _BLOCKS:
        return True
    followed_by_bullets = len(para) > 1 and _is_bullet(para[1])
    if len(para) == 1 and index + 1 < len(paras):
        followed_by_bullets = _is_bullet(paras[index + 1][0])
    return followed_by_bullets and len(head) <= 60


def _is_id_paragraph(para: list[str]) -> bool:
    return all(_ID_LINE.match(line.strip()) for line in para)


class _Page:
    """What one page's paragraphs say, gathered in one pass."""

    def __init__(self, paras: list[list[str]]) -> None:
        self.title = ""
        self.journal: str | None = None
        self.year: int | None = None
        self.doi: str | None = None
        self.pmid: str | None = None
        self.body: list[list[str]] = []  # the abstract's paragraphs, as lines
        self.keywords: list[str] = []
        self.blocks: dict[str, list[str]] = {}
        for line in (line.strip() for para in paras for line in para):
            found = _ID_LINE.match(line)
            pmid = _PMID_LINE.match(line)
            if pmid:
                self.pmid = self.pmid or pmid.group("pmid")
            elif found and found.group("key") == "DOI":
                self.doi = self.doi or found.group("value").rstrip(".")
        body_start = self._read_head(paras)
        self._read_rest(paras, body_start)

    def _read_citation(self, para: list[str]) -> bool:
        line = " ".join(line.strip() for line in para)
        match = _CITATION.match(line)
        if match is None:
            return False
        self.journal = match.group("journal").strip()
        self.year = int(match.group("year"))
        doi = _CITATION_DOI.search(line)
        if doi:
            self.doi = doi.group("doi").rstrip(".")
        return True

    def _read_head(self, paras: list[list[str]]) -> int:
        """Title and citation; returns where the abstract's paragraphs start."""
        abstract_at = next(
            (i for i, para in enumerate(paras) if [s.strip() for s in para] == ["Abstract"]), -1
        )
        head = paras[: abstract_at if abstract_at >= 0 else min(2, len(paras))]
        order = [i for i in (1, 0, *range(2, len(head))) if i < len(head)]
        citation_at = next((i for i in order if self._read_citation(head[i])), -1)
        title_at = 1 if citation_at == 0 and len(paras) > 1 else 0
        if paras:
            self.title = " ".join(line.strip() for line in paras[title_at])
        if abstract_at >= 0:
            return abstract_at + 1
        return max(title_at, citation_at) + 1

    def _read_rest(self, paras: list[list[str]], start: int) -> None:
        index = start
        while index < len(paras) and not self._ends_body(paras, index):
            if not _COPYRIGHT.match(paras[index][0].strip()):
                self.body.append(paras[index])
            index += 1
        current: list[str] | None = None
        for para_index in range(index, len(paras)):
            para = paras[para_index]
            first = para[0].strip()
            if _KEYWORDS.match(first):
                self._read_keywords(para)
                current = None
            elif _is_block_header(paras, para_index):
                current = self.blocks.setdefault(first.lower(), [])
                current.extend(_bullet_text(line) for line in para[1:] if _is_bullet(line))
            elif current is not None and _is_bullet(first):
                current.extend(_bullet_text(line) for line in para if _is_bullet(line))
            else:
                current = None

    def _ends_body(self, paras: list[list[str]], index: int) -> bool:
        first = paras[index][0].strip()
        return (
            bool(_KEYWORDS.match(first))
            or _is_id_paragraph(paras[index])
            or _is_bullet(first)
            or _is_block_header(paras, index)
        )

    def _read_keywords(self, para: list[str]) -> None:
        line = _KEYWORDS.sub("", " ".join(line.strip() for line in para)).strip()
        line = line.removesuffix(".")
        self.keywords.extend(k for k in (normalise_space(k) for k in line.split(";")) if k)


def read_page_text(opened: OpenedInput) -> Iterator[Article | InputError]:
    """The one Article on a PubMed abstract page saved as text."""
    origin = opened.origin
    page = _Page(paragraphs(decode_utf8(opened.stream.read(), origin.source)))
    if not page.title and not page.pmid:
        yield origin.record_error(1, "page text has neither a title nor a PMID")
        return
    try:
        yield make_article(
            origin,
            1,
            pmid=page.pmid,
            title=page.title,
            parts=abstract_parts(page.body),
            doi=page.doi,
            journal=page.journal,
            year=page.year,
            mesh=[h for h in map(_mesh_heading, page.blocks.get("mesh terms", [])) if h],
            publication_types=page.blocks.get("publication types", []),
            substances=[Substance(label=s) for s in page.blocks.get("substances", [])],
            keywords=page.keywords,
        )
    except ValueError as exc:  # a PMID of other digits than 0-9, a field the model refuses
        yield origin.refused(1, exc)
