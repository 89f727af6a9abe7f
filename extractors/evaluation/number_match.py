"""Gold numbers as annotators wrote them, and when a predicted value equals one.

Gold values come as text: "41.7 percent", "−6·1%", "13 388", "Twenty", "One hundred and
seventy-six", "None". :func:`parse_gold_number` reads the first number in such a text (digits,
else number words) and keeps how many decimals it was written with. :func:`same_value` is the
equality every scorer uses: a predicted value equals a gold one when it rounds to it at the
gold's precision (``round(pred, decimals) == gold``), so a computed 53.333 matches a written
"53.3" but 53.4 does not. Absent on both sides (``None``/``None``) counts as equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.numbers import SPACE_CHARS as _SPACES
from extractors.numbers import parse_number, parse_number_words

_NUMBER = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[=:;,]))(?P<sign>[-−‒–]\s?)?"
    rf"(?P<int>\d{{1,3}}(?:[ ,{_SPACES}]\d{{3}})+(?!\d)|\d+)"
    r"(?P<frac>[.·]\d+)?"
    r"|(?P<dot>(?<![\d.])[.·]\d+)"
)
_ZERO_WORDS = frozenset(("none", "no", "nil", "zero"))
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


@dataclass(frozen=True, slots=True)
class GoldNumber:
    """A number read from gold text: its value and the decimals it was written with."""

    value: float
    decimals: int


def parse_gold_number(text: str) -> GoldNumber | None:
    """The first number written in ``text`` ("41.7 percent" -> 41.7, 1 decimal), or None.

    Digits win over words; thousands separated by commas or (thin) spaces are joined; a minus
    or unicode minus directly before the digits is kept. Without digits, the leading run of
    number words is read ("Sixty-three patients" -> 63; "None" -> 0).
    """
    match = _NUMBER.search(text)
    if match is not None:
        if match.group("dot"):
            raw = "0." + match.group("dot")[1:]
            decimals = len(raw) - 2
        else:
            whole = re.sub(rf"[ ,{_SPACES}]", "", match.group("int"))
            frac = match.group("frac") or ""
            raw = whole + ("." + frac[1:] if frac else "")
            decimals = len(frac) - 1 if frac else 0
            if match.group("sign"):
                raw = "-" + raw
        value = parse_number(raw)
        return None if value is None else GoldNumber(value, decimals)
    words = _WORD.findall(text)
    if words and words[0].lower() in _ZERO_WORDS:
        return GoldNumber(0.0, 0)
    for end in range(len(words), 0, -1):
        number = parse_number_words(" ".join(words[:end]))
        if number is not None:
            return GoldNumber(float(number), 0)
    return None


def same_value(predicted: float | None, gold: GoldNumber | None) -> bool:
    """Whether ``predicted`` rounds to ``gold`` at the gold's precision (None equals None)."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return abs(round(predicted, gold.decimals) - gold.value) < 1e-9 * max(1.0, abs(gold.value))
