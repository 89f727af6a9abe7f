"""The held-out dev set: ``ebm_nlp/crowd_pio_conll/crowd960.txt``.

960 abstracts with EBM-NLP 2.0 crowd labels in CoNLL (token, POS, _, label), one label per
token: ``I-PAR``, ``I-INT``, ``I-OUT`` or ``O``; documents start with
``-DOCSTART- (PMID)``. Each document's tokens are aligned to its EBM-NLP text
(ebm_nlp/docs/PMID.txt) so that predictions, made on the text, can be scored on these tokens;
where there is no such text the tokens joined by spaces stand in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractors.pico.alignment import Offsets, align
from extractors.pico.labels import Element
from extractors.pico.sources import EBM, doc_text
from kg.errors import InputError

CROWD960 = EBM / "crowd_pio_conll" / "crowd960.txt"

_DOCSTART = re.compile(r"-DOCSTART-\s*\((\S+)\)")
_ELEMENT_OF_TAG: dict[str, Element] = {"PAR": "P", "INT": "I", "OUT": "O"}


@dataclass
class DevDoc:
    """One dev abstract: its text, gold tokens with their offsets in it, and gold elements."""

    doc_id: str
    text: str
    tokens: list[str]
    offsets: list[Offsets | None]
    gold: list[Element | None]


def _element(tag: str) -> Element | None:
    return _ELEMENT_OF_TAG.get(tag.rpartition("-")[2]) if tag != "O" else None


def _conll_docs(path: Path) -> Iterator[tuple[str, list[str], list[Element | None]]]:
    doc_id: str | None = None
    tokens: list[str] = []
    gold: list[Element | None] = []
    if not path.is_file():
        raise InputError(f"dev set {path} not found (is --data the shared data folder?)")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            match = _DOCSTART.match(line)
            if match:
                if doc_id is not None:
                    yield doc_id, tokens, gold
                doc_id, tokens, gold = match.group(1), [], []
                continue
            parts = line.split()
            if len(parts) >= 2 and doc_id is not None:
                tokens.append(parts[0])
                gold.append(_element(parts[-1]))
    if doc_id is not None:
        yield doc_id, tokens, gold


def read_dev(data_dir: Path, limit: int | None = None) -> list[DevDoc]:
    """The dev documents (the first ``limit`` of them when given), in file order."""
    docs: list[DevDoc] = []
    for doc_id, tokens, gold in _conll_docs(data_dir / CROWD960):
        text = doc_text(data_dir, doc_id)
        offsets = align(text, tokens) if text is not None else []
        if text is None or sum(o is None for o in offsets) > len(tokens) // 20:
            text = " ".join(tokens)
            offsets = align(text, tokens)
        docs.append(DevDoc(doc_id, text, tokens, offsets, gold))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def dev_ids(data_dir: Path) -> set[str]:
    """The document ids (PMIDs) of the dev set."""
    return {doc_id for doc_id, _, _ in _conll_docs(data_dir / CROWD960)}
