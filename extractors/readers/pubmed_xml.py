"""PubMed XML: ``PubmedArticleSet`` from efetch, and NLM's baseline/update files.

Records are streamed with ``lxml.etree.iterparse`` on ``PubmedArticle`` (and
``PubmedBookArticle``, read minimally from its ``BookDocument``); each is cleared once read
and earlier siblings are dropped, so memory stays flat on a 30,000-record baseline file. The
parser resolves no entities, loads no DTD and never touches the network; the prolog is
checked first (:mod:`extractors.readers.xml_safety`).

A record with neither a PMID nor a title is yielded as an InputError and the file goes on; so
is a record with a syntax error (a mismatched tag, bytes that are not UTF-8), the reading
going on at the next record (:mod:`extractors.readers.xml_resume`). A syntax error between
two records is yielded too, and costs neither. One in the prolog or after the last record's
start, where no record follows (a file cut off in its last record), raises an InputError
after the records before it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from html.entities import name2codepoint

from lxml import etree

from kg.errors import InputError, UnknownFormatError, UnsafeInputError
from kg.model import Article, MeshHeading, Substance

from .articles import Origin, make_article
from .sections import AbstractPart, make_part, normalise_space
from .source import HEAD_SIZE, OpenedInput
from .xml_resume import RecordStarts, resume_prefix
from .xml_safety import check_prolog

log = logging.getLogger(__name__)

_RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle")
_SET_TAGS = frozenset(("PubmedArticleSet", "PubmedBookArticleSet"))
_YEAR = re.compile(r"\d{4}")
_ENCODING_ERRORS = ("encoding", "utf-8", "not proper")
_UNSAFE_ERRORS = ("amplification", "entity reference loop")


def _inner_text(element: etree._Element) -> str:
    """All text inside ``element`` (inline markup such as <i>, <sup> dropped, tail excluded)."""
    if len(element) == 0:  # a leaf, the common case: no serialisation needed
        return element.text or ""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return normalise_space(_inner_text(element))


def _abstract_parts(abstract: etree._Element | None) -> list[AbstractPart]:
    if abstract is None:
        return []
    return [
        make_part(part.get("Label"), _inner_text(part), part.get("NlmCategory"))
        for part in abstract.iterfind("AbstractText")
    ]


def _year(date: etree._Element | None) -> int | None:
    if date is None:
        return None
    found = _YEAR.search(date.findtext("Year") or date.findtext("MedlineDate") or "")
    return int(found.group()) if found else None


def _doi(id_list: etree._Element | None, article: etree._Element | None) -> str | None:
    if id_list is not None:
        for article_id in id_list.iterfind("ArticleId"):
            if article_id.get("IdType") == "doi" and article_id.text:
                return article_id.text.strip()
    if article is not None:
        for location in article.iterfind("ELocationID"):
            if location.get("EIdType") == "doi" and location.text:
                return location.text.strip()
    return None


def _mesh_heading(heading: etree._Element) -> MeshHeading | None:
    label = ""
    ui: str | None = None
    major = False
    qualifiers: list[str] = []
    for child in heading:
        if child.tag == "DescriptorName":
            label, ui = _text(child), child.get("UI")
        elif child.tag == "QualifierName":
            name = _text(child)
            if name:
                qualifiers.append(name)
        else:
            continue
        major = major or child.get("MajorTopicYN") == "Y"
    if not label:
        return None
    return MeshHeading(ui=ui, label=label, major=major, qualifiers=qualifiers)


def _mesh(citation: etree._Element) -> list[MeshHeading]:
    headings = map(_mesh_heading, citation.iterfind("MeshHeadingList/MeshHeading"))
    return [heading for heading in headings if heading is not None]


def _substances(citation: etree._Element) -> list[Substance]:
    names = citation.iterfind("ChemicalList/Chemical/NameOfSubstance")
    labelled = ((name.get("UI"), _text(name)) for name in names)
    return [Substance(ui=ui, label=label) for ui, label in labelled if label]


def _texts(element: etree._Element, path: str) -> list[str]:
    return [text for text in map(_text, element.iterfind(path)) if text]


def _journal_article(record: etree._Element, origin: Origin, number: int) -> Article | InputError:
    citation = record.find("MedlineCitation")
    if citation is None:
        return origin.record_error(number, "PubmedArticle without MedlineCitation")
    article = citation.find("Article")
    pmid = _text(citation.find("PMID"))
    title = ""
    if article is not None:
        title = _text(article.find("ArticleTitle")) or _text(article.find("VernacularTitle"))
    if not pmid and not title:
        return origin.record_error(number, "record has neither a PMID nor a title")
    journal = article.find("Journal") if article is not None else None
    year = _year(journal.find("JournalIssue/PubDate")) if journal is not None else None
    if year is None and article is not None:
        year = _year(article.find("ArticleDate"))
    return make_article(
        origin,
        number,
        pmid=pmid,
        title=title,
        parts=_abstract_parts(article.find("Abstract") if article is not None else None),
        doi=_doi(record.find("PubmedData/ArticleIdList"), article),
        journal=_text(journal.find("Title")) if journal is not None else None,
        year=year,
        mesh=_mesh(citation),
        publication_types=_texts(article, "PublicationTypeList/PublicationType")
        if article is not None
        else [],
        substances=_substances(citation),
        keywords=_texts(citation, "KeywordList/Keyword"),
    )


def _book_article(record: etree._Element, origin: Origin, number: int) -> Article | InputError:
    document = record.find("BookDocument")
    if document is None:
        return origin.record_error(number, "PubmedBookArticle without BookDocument")
    pmid = _text(document.find("PMID"))
    title = _text(document.find("ArticleTitle")) or _text(document.find("Book/BookTitle"))
    if not pmid and not title:
        return origin.record_error(number, "record has neither a PMID nor a title")
    return make_article(
        origin,
        number,
        pmid=pmid,
        title=title,
        parts=_abstract_parts(document.find("Abstract")),
        doi=_doi(record.find("PubmedBookData/ArticleIdList"), None),
        year=_year(document.find("Book/PubDate")),
        publication_types=_texts(document, "PublicationType"),
        keywords=_texts(document, "KeywordList/Keyword"),
    )


def _inline_entities(record: etree._Element) -> None:
    """Replace entity references left unresolved (a DOCTYPE whose DTD was not loaded makes
    libxml2 keep ``&nbsp;`` as a node) by their HTML character, or by ``&name;`` literally."""
    for entity in list(record.iter(etree.Entity)):
        parent = entity.getparent()
        if parent is None:
            continue
        reference = entity.text or ""  # "&nbsp;"
        code = name2codepoint.get(reference.strip("&;"))
        text = (chr(code) if code is not None else reference) + (entity.tail or "")
        previous = entity.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
        parent.remove(entity)


def _read_record(record: etree._Element, origin: Origin, number: int) -> Article | InputError:
    _inline_entities(record)
    try:
        if record.tag == "PubmedBookArticle":
            return _book_article(record, origin, number)
        return _journal_article(record, origin, number)
    except ValueError as exc:  # a field the model refuses (pydantic's ValidationError)
        log.debug("record %d of %s refused: %s", number, origin.source, exc)
        return origin.refused(number, exc)


def _syntax_error(
    exc: etree.XMLSyntaxError, origin: Origin, records: int, *, line: bool = True
) -> InputError:
    """The InputError for ``exc``; ``line`` says whether lxml's line number is the file's
    (not after a resumption, where it counts from the record the reading went on at)."""
    message, lineno = str(exc.msg or exc), exc.lineno
    last = getattr(exc.error_log, "last_error", None)
    if not lineno and last is not None:  # lxml's generic "no element found": libxml2 says more
        message, lineno = str(last.message), int(last.line)
    position = f"line {lineno}, after record {records}" if line else f"after record {records}"
    lowered = message.lower()
    if any(word in lowered for word in _UNSAFE_ERRORS):
        reason = f"XML entity expansion refused: {message}"
        return UnsafeInputError(reason, source=origin.source, position=position)
    if "unsupported encoding" in lowered:
        reason = f"XML declares an encoding that cannot be read: {message}"
    elif any(word in lowered for word in _ENCODING_ERRORS):
        reason = f"not UTF-8 text (nor the encoding the XML declares): {message}"
    else:
        reason = f"malformed XML: {message}"
    return InputError(reason, source=origin.source, position=position)


def _between_records(error: InputError) -> InputError:
    """``error``, a syntax error found to lie between two records, which cost neither."""
    reason = f"{error.reason}, between two records; the reading went on at the next record"
    return InputError(reason, source=error.source, position=error.position)


_CHUNK = 1 << 16


def _parser() -> etree.XMLPullParser:
    return etree.XMLPullParser(
        events=("end",),
        tag=_RECORD_TAGS,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def read_pubmed_xml(opened: OpenedInput) -> Iterator[Article | InputError]:
    """Articles (or per-record InputErrors) from a PubMed XML stream, in document order.

    A syntax error inside a record makes that record an InputError and the reading goes on
    at the next record (:mod:`extractors.readers.xml_resume`); one between two records is an
    InputError of its own (not counted as a record), the next record read as usual. One
    where no record follows (in the prolog, after the last record, or a file cut off in its
    last record) ends the file: the records before it come out, then the error is raised.
    """
    origin = opened.origin
    check_prolog(opened.head, complete=len(opened.head) < HEAD_SIZE, source=origin.source)
    prefix = resume_prefix(opened.head)
    starts = RecordStarts()
    number = 0
    resumed = False
    suspect: InputError | None = None  # the last syntax error, until its place is known
    suspect_after = 0  # the records read when it came

    def parsed(parser: etree.XMLPullParser) -> Iterator[Article | InputError]:
        nonlocal number, suspect
        for _, record in parser.read_events():
            if not isinstance(record, etree._Element):  # only "end" events are asked for
                continue
            if suspect is not None:  # a record was read after it: it lay between records
                yield _between_records(suspect)
                suspect = None
            number += 1
            starts.read()
            yield _read_record(record, origin, number)
            record.clear(keep_tail=True)  # type: ignore[call-arg]  # lxml has it; the stubs lack it
            parent = record.getparent()
            if parent is not None:
                while record.getprevious() is not None:
                    del parent[0]

    # The stream is fed in chunks and each chunk's finished records are read before the
    # next, so the records before a syntax error come out whatever lxml's own buffering
    # (lxml 6.2's iterparse raised before yielding the records of the chunk with the error).
    # At the end (close) no events are read after an error: libxml2 may close a truncated
    # record itself, and a half record must not pass as a whole one.
    pending: bytes | None = None
    while True:
        parser = _parser()
        try:
            if pending is not None and prefix is not None:
                for data in (prefix, pending):
                    try:
                        parser.feed(data)
                    finally:
                        yield from parsed(parser)
            while chunk := opened.stream.read(_CHUNK):
                starts.feed(chunk)
                try:
                    parser.feed(chunk)
                finally:
                    yield from parsed(parser)
            root = parser.close()
        except etree.XMLSyntaxError as exc:
            error = _syntax_error(exc, origin, number, line=not resumed)
            if isinstance(error, UnsafeInputError) or prefix is None:
                raise error from exc
            if suspect is not None and number == suspect_after:  # the record failed again
                pending = starts.resume(opened.stream, _CHUNK)
                if pending is None:
                    raise suspect from exc
                number += 1
                where = f" ({suspect.position})" if suspect.position else ""
                yield origin.record_error(
                    number, f"{suspect.reason}{where}; the reading went on at the next record"
                )
                suspect = None
            else:  # in the first record not yet read, or before it: read that record again
                pending = starts.restart(opened.stream, _CHUNK)
                if pending is None:
                    raise error from exc
                suspect, suspect_after = error, number
            resumed = True
            continue
        break
    yield from parsed(parser)
    if number == 0 and root is not None and root.tag not in _SET_TAGS:
        raise UnknownFormatError(
            f"XML root <{root.tag}> is not a PubMed article set", source=origin.source
        )
    log.debug("%s: %d records", origin.source, number)
