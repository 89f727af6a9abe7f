"""Faster readings of the claims' words that must answer exactly as the plain patterns do,
on written texts and on random ones (mixed case, the letters (?i) folds apart, brackets and
punctuation). All texts are invented."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import pytest

from extractors.components.direction_words import (
    _CHANGE_NOUN,
    DOWN,
    UP,
    direction_cue,
    verb_direction,
)

_ODD = ("İ", "ı", "ſ", "\u212a", "É", "ß")  # fold apart, Kelvin sign, non-ASCII letters
_FILLERS = (" ", " ", " ", "  ", "\n", ", ", "; ", "-", " (", ") ", ".", " 12 ", "3.5%", "")


def random_texts(words: Sequence[str], count: int, seed: int) -> list[str]:
    """``count`` texts of ``words`` in random case and order, some with an odd letter."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 14)):
            word = rng.choice(words)
            roll = rng.random()
            if roll < 0.15:
                word = word.upper()
            elif roll < 0.3:
                word = word.capitalize()
            elif roll < 0.36 and word:
                at = rng.randrange(len(word))
                word = word[:at] + rng.choice(_ODD) + word[at + 1 :]
            parts += [word, rng.choice(_FILLERS)]
        texts.append("".join(parts))
    return texts


def _span(m: re.Match[str] | None) -> tuple[str, tuple[int, int], str] | None:
    return (m.re.pattern, m.span(), m.group(0)) if m else None


# ---------------------------------------------------------------- direction words

_DIRECTION_WORDS = (
    "improved", "improvement", "improvements", "increase", "increased", "higher", "greater",
    "better", "enhanced", "elevate", "elevating", "raised", "rose", "gained", "prolonged",
    "superior", "superiority", "exceeded", "aggravates", "worsened", "exacerbating", "longer",
    "larger", "more", "than", "half", "one", "a third", "twice", "frequent", "commonly",
    "often", "likely", "effective", "reduced", "reduction", "decrease", "lower", "lowered",
    "limb", "back", "extremity", "urinary", "fewer", "declined", "diminished", "attenuated",
    "shorter", "inferior", "poorer", "suppressed", "suppress", "alleviated", "relieved",
    "prevent", "prevents", "prevention", "lessened", "dropped", "fell", "smaller", "inhibit",
    "inhibition", "ameliorated", "less", "lesser", "pain", "the", "in", "group", "with", "x",
    "reductions", "increases", "size", "gi", "pole", "motor neuron", "rise", "loss",
)  # fmt: skip

DIRECTION_TEXTS = [
    "Pain was REDUCED and sleep Improved with drug A",
    "less than 5 events but more often lower scores",
    "lower limb pain rose, and lower-back pain fell",
    "superior to B; suppressed X",
    "İNCREASED pain fell",  # lower-cases to two characters: the plain patterns are searched
    "ſcores were higher, then ſmaller",  # a long s: (?i) reads it as "s"
    "the \u212aelvin-scale rose",
    "a greater reduction in X, then an increase",
    "no change at all",
    "",
]


def _plain_cue(text: str) -> re.Match[str] | None:
    up, down = UP.search(text), DOWN.search(text)
    if up and down:
        return up if up.start() < down.start() else down
    return up or down


def _plain_verb_direction(text: str) -> str | None:
    change = _CHANGE_NOUN.search(text)
    up, down = UP.search(text), DOWN.search(text)
    first = min((m.start() for m in (up, down) if m), default=len(text))
    if change and change.start() <= first:
        rising = bool(change.group("up") or change.group("up2"))
        if (change.group("size") or change.group("size2")).lower() in ("smaller", "less", "lower"):
            rising = not rising
        return "increased" if rising else "decreased"
    if up and (not down or up.start() < down.start()):
        return "increased"
    return "decreased" if down else None


@pytest.mark.parametrize("text", DIRECTION_TEXTS)
def test_fast_claims_direction_cue_is_the_first_up_or_down_match(text: str) -> None:
    assert _span(direction_cue.__wrapped__(text)) == _span(_plain_cue(text))
    assert verb_direction(text) == _plain_verb_direction(text)


def test_fast_claims_direction_cue_on_random_texts() -> None:
    for text in random_texts(_DIRECTION_WORDS, 3000, seed=2):
        assert _span(direction_cue.__wrapped__(text)) == _span(_plain_cue(text)), text
        assert verb_direction(text) == _plain_verb_direction(text), text


def test_fast_claims_up_and_down_never_match_at_one_place() -> None:
    """What the one search of both relies on: UP and DOWN never match at the same place."""
    for text in random_texts(_DIRECTION_WORDS, 1500, seed=3):
        both = [at for at in range(len(text) + 1) if UP.match(text, at) and DOWN.match(text, at)]
        assert not both, text
