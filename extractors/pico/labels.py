"""The PICO tagger's entity labels and how they map to Record span labels.

The model tags each token with one of three labels, as EBM-NLP does: ``POP``
(participants), ``INT`` (interventions and comparators pooled) and ``OUT`` (outcomes), or
``O`` (outside). The comparator step
(``extractors.pico.comparator``) later splits ``INT`` into "intervention" and "comparator".
"""

from __future__ import annotations

from typing import Final, Literal

from kg.model import SpanLabel

POP: Final = "POP"
INT: Final = "INT"
OUT: Final = "OUT"
LABELS: Final[tuple[str, ...]] = (POP, INT, OUT)
OUTSIDE: Final = "O"
"""The tag of a token outside every PICO span."""
NOT: Final = "!"
"""Prefix of a negative training tag ("!INT": anything but INT), spaCy's ``neg_prefix``."""

Element = Literal["P", "I", "O"]
ELEMENTS: Final[tuple[Element, ...]] = ("P", "I", "O")
"""The three elements scored by the EBM-NLP metric."""

ELEMENT_OF_LABEL: Final[dict[str, Element]] = {POP: "P", INT: "I", OUT: "O"}
ELEMENT_OF_SPAN_LABEL: Final[dict[SpanLabel, Element]] = {
    "population": "P",
    "intervention": "I",
    "comparator": "I",
    "outcome": "O",
}
SPAN_LABEL_OF_LABEL: Final[dict[str, SpanLabel]] = {
    POP: "population",
    INT: "intervention",
    OUT: "outcome",
}
