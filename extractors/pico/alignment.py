"""Character offsets of pre-tokenised text in its source string.

EBM-NLP ships some labels per token (``.tokens`` files, CoNLL). To turn them into
character spans we find each token in the document text, in order, skipping whitespace
and anything the tokeniser dropped. A token that cannot be found within a short window
gets ``None`` and the search goes on from where it was.

Example: ``align("Drug A (n=4).", ["Drug", "A", "(", "n=4", ")", "."])`` gives
``[(0, 4), (5, 6), (7, 8), (8, 11), (11, 12), (12, 13)]``.
"""

from __future__ import annotations

from collections.abc import Sequence

Offsets = tuple[int, int]

_WINDOW = 40
_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "``": '"', "''": '"'}


def align(text: str, tokens: Sequence[str]) -> list[Offsets | None]:
    """The ``(start, end)`` of each token in ``text``, or ``None`` where it is not found."""
    offsets: list[Offsets | None] = []
    cursor = 0
    for token in tokens:
        form = _BRACKETS.get(token, token)
        found = text.find(form, cursor, cursor + _WINDOW + len(form)) if form else -1
        if found < 0:
            offsets.append(None)
            continue
        offsets.append((found, found + len(form)))
        cursor = found + len(form)
    return offsets


def runs(flags: Sequence[bool], offsets: Sequence[Offsets | None]) -> list[Offsets]:
    """Character spans covering each run of consecutive flagged, aligned tokens."""
    spans: list[Offsets] = []
    start = end = -1
    for flag, where in zip(flags, offsets, strict=True):
        if flag and where is not None:
            if start < 0:
                start = where[0]
            end = where[1]
        elif start >= 0 and not (flag and where is None):
            spans.append((start, end))
            start = -1
    if start >= 0:
        spans.append((start, end))
    return spans
