"""Where result statements lie: the sentences after an unstructured abstract's background,
their clauses, and the cue text of one item of an outcome list.

Not a component: ``evg_claims`` uses these pure functions. Clauses split at "; ", ", while",
", whereas", ", but", " despite" outside brackets; a clause that opens with a statistic
("; OR 2.1 ...") stays with the one before.

Example: "Pain fell with drug A (P=0.01), whereas sleep did not change." gives two clauses.
"""

from __future__ import annotations

import re

from extractors.components.sections import Sentence
from extractors.components.statements import DOWN, UP, direction_cue

_CLAUSE_SPLIT = re.compile(r";\s+|,\s*(?:while|whereas|but)\s+|\s+(?:whereas|despite)\s+")
_STATISTIC_START = re.compile(
    r"(?i)\s*(?:[(\[]|p\s*[<>=≤≥]|(?:adjusted\s+)?(?:odds|risk|hazard|rate)\s+ratio|"
    r"relative\s+risk|(?:weighted\s+|standardi[sz]ed\s+)?mean\s+difference|risk\s+difference|"
    r"(?-i:a?(?:OR|RR|HR|MD|WMD|SMD|RD|IRR|ARR|NNT))\b|\d+(?:\.\d+)?\s*%\s*(?:CI|confidence)|"
    r"95\s*%|I\s*[2²]\s*[=:])"
)
_METHODS_CUE = re.compile(
    r"(?i)\b(?:randomi[sz]|assigned|allocated|enrolled|recruited|we\s+(?:conducted|performed|"
    r"studied|evaluated|compared|examined|assessed|investigated|analy[sz]ed|included|treated)|"
    r"(?:patients|participants|subjects)\s+(?:were|with)|was\s+conducted|were\s+included|"
    r"a\s+total\s+of)"
)


def item_clause(shared: str, piece: str, tail: str) -> str:
    """The cue text of one listed outcome: the statement up to the first item's bracket, the
    item, and what follows the last item ("A (..) and B (..) were smaller in group X"); an
    item with its own direction word ("and a lower rate of X") drops those of the others."""
    if direction_cue(piece):
        shared = DOWN.sub(" ", UP.sub(" ", shared))
        tail = DOWN.sub(" ", UP.sub(" ", tail))
    return f"{shared} {piece} {tail}"


def after_background(sentences: list[Sentence]) -> list[Sentence]:
    """An unstructured abstract's sentences from the first one about methods on (or from the
    second sentence when none reads as methods): background sentences make no claims."""
    for i, sent in enumerate(sentences):
        if _METHODS_CUE.search(sent.text):
            return sentences[i:]
    return sentences[1:]


def clauses(text: str, sent: Sentence) -> list[tuple[int, int]]:
    """Clause bounds; a clause that opens with a statistic ("; OR 2.1 ...") stays with the last."""
    start, end = sent.start, sent.start + len(sent.text.rstrip())
    bounds: list[tuple[int, int]] = []
    cursor = start
    for m in _CLAUSE_SPLIT.finditer(text, start, end):
        depth = text.count("(", start, m.start()) - text.count(")", start, m.start())
        if depth <= 0 and not _STATISTIC_START.match(text, m.end(), end):
            bounds.append((cursor, m.start()))
            cursor = m.end()
    bounds.append((cursor, end))
    return [(s, e) for s, e in bounds if text[s:e].strip()]
