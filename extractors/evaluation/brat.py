"""brat standoff annotations (``.ann``): the text-bound entities.

A text-bound annotation is one line ``T<id> TAB <label> <start> <end>[;<start> <end>...] TAB
<text>`` (brat's standoff format, https://brat.nlplab.org/standoff.html): offsets are character
offsets into the ``.txt`` file, end exclusive, and a discontinuous entity lists several
fragments separated by ``;``. Only ``T`` lines are read; relations (``R``), events (``E``),
attributes (``A``/``M``), normalisations (``N``) and notes (``#``) are skipped, as are
malformed lines (logged).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

_OFFSETS = re.compile(r"^(?P<label>\S+) (?P<frags>\d+ \d+(?:;\d+ \d+)*)$")


@dataclass(frozen=True, slots=True)
class Entity:
    """A text-bound annotation; ``start``/``end`` span its fragments (first start, last end)."""

    id: str
    label: str
    fragments: tuple[tuple[int, int], ...]
    text: str

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


def parse_ann(content: str, *, source: str = "<ann>") -> list[Entity]:
    """The text-bound entities of an ``.ann`` file's content, in file order."""
    entities = []
    for number, line in enumerate(content.splitlines(), 1):
        if not line.startswith("T"):
            continue
        fields = line.split("\t", 2)
        match = _OFFSETS.match(fields[1]) if len(fields) == 3 else None
        if match is None:
            log.warning("%s line %d: not a text-bound annotation: %r", source, number, line)
            continue
        fragments = tuple(
            (int(a), int(b))
            for a, b in (frag.split(" ") for frag in match.group("frags").split(";"))
        )
        entities.append(Entity(fields[0], match.group("label"), fragments, fields[2]))
    return entities


def read_ann(path: Path) -> list[Entity]:
    """The text-bound entities of the ``.ann`` file at ``path``."""
    return parse_ann(path.read_text(encoding="utf-8"), source=str(path))
