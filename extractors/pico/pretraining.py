"""Unlabelled abstracts for pretraining the tagger's tok2vec (``spacy pretrain``).

``write_raw_texts(data_dir, path, holdout)`` writes JSON lines ``{"text": ...}`` from:

- ebm_nlp/docs (title and abstract);
- evidence_inference/abstracts (heading lines such as ``TITLE:``, ``TITLE.``,
  ``ABSTRACT.METHODS:`` or ``ABSTRACT.SUMMARY.FINDINGS.`` dropped), except the articles of
  its test split;
- the PubMed XML files under pubmed/ (the 1977-79 baseline and the RCT subsets), through the
  project's PubMed reader.

Every abstract the ``Holdout`` holds (the dev set, public test splits) is left out, by id
and by text, so pretraining never reads a dev or test abstract either. Texts are kept in a
fixed order, so the file is the same on every run.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from extractors.pico.corpus import Holdout, text_key
from extractors.pico.sources import DOCS
from extractors.readers import iter_articles
from kg.model import Article

log = logging.getLogger(__name__)

EVIDENCE_INFERENCE = Path("evidence_inference")
PUBMED_XML = (
    Path("pubmed/medline_baseline_update/pubmed20n0014.xml.gz"),
    Path("pubmed/rct_subsets/pubmed20n0014_rct.xml"),
    Path("pubmed/rct_subsets/pubmed21n1298_rct_or_randomi.xml"),
)
_HEADING = re.compile(r"^(?:TITLE|ABSTRACT(?:[.:][^\n]*)?)[:.]\s*$", re.MULTILINE)
_MIN_CHARS = 200


def _ebm_docs(data_dir: Path) -> Iterator[tuple[str, str]]:
    for path in sorted((data_dir / DOCS).glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8")


def evidence_inference_abstracts(data_dir: Path) -> Iterator[tuple[str, str]]:
    """(article id, text) of each Evidence Inference abstract outside its test split, with its
    heading lines dropped: a line that starts with "TITLE" or "ABSTRACT" and ends with ":" or
    "." ("TITLE:", "TITLE.", "ABSTRACT.RESULTS.", "ABSTRACT.SUMMARY.FINDINGS:"). Until
    2026-12-04 only the colon form was dropped, which kept the headings of 2,262 of the 3,085
    files."""
    root = data_dir / EVIDENCE_INFERENCE
    test = root / "splits" / "ev2_test_article_ids.txt"
    held = set(test.read_text(encoding="utf-8").split()) if test.exists() else set()
    for path in sorted((root / "abstracts").glob("*.abst")):
        if path.stem.removeprefix("PMC") in held or path.stem in held:
            continue
        text = _HEADING.sub("", path.read_text(encoding="utf-8"))
        yield path.stem, "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _pubmed(data_dir: Path) -> Iterator[tuple[str, str]]:
    for relative in PUBMED_XML:
        path = data_dir / relative
        if not path.exists():
            continue
        for article in iter_articles(path, "xml"):
            if isinstance(article, Article) and article.has_abstract:
                yield article.pmid or article.id, article.text


def write_raw_texts(data_dir: Path, path: Path, holdout: Holdout) -> int:
    """Write the pretraining texts to ``path`` (JSON lines); returns how many."""
    seen: set[str] = set()
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for source in (_ebm_docs, evidence_inference_abstracts, _pubmed):
            for doc_id, text in source(data_dir):
                key = text_key(text)
                if len(text) < _MIN_CHARS or key in seen or holdout.holds(doc_id, text):
                    continue
                seen.add(key)
                out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
                count += 1
    log.info("%d pretraining texts in %s", count, path)
    return count
