"""Faster readings of the claims' words that must answer exactly as the plain patterns do,
on written texts and on random ones (mixed case, the letters (?i) folds apart, brackets and
punctuation). All texts are invented."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import pytest

from extractors import caseless, outcome_roles
from extractors.caseless import holds_any
from extractors.components.arm_names import (
    _COMPARED_WITH,
    _DIGIT,
    _LABELS_THEN_VALUES,
    _NUMBER_NEXT,
    _VALUE_BEFORE,
    GROUP,
    GROUP_WORDS,
    comparison_word,
)
from extractors.components.comparison import (
    _BOUND_THAN,
    _LEVELS_THAN,
    COMPARISON,
    compares,
    group_phrases,
)
from extractors.components.direction_words import (
    _CHANGE_NOUN,
    DOWN,
    UP,
    direction_cue,
    verb_direction,
)
from tests.guard_checks import (
    check_finds_what_the_plain_pattern_finds,
    check_texts_catch_a_missing_first_character,
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


# ---------------------------------------------------------------- arm names and groups

_COMPARISON_WORDS = (
    "compared", "with", "to", "in", "comparison", "as", "opposed", "than", "versus", "vs",
    "vs.", "relative", "over", "superior", "inferior", "non-inferior", "noninferior",
    "equivalent", "A", "B", "group", "4.1", "5.0 ± 1.3", "(", ")", ":", "pain", "the",
)  # fmt: skip

COMPARISON_TEXTS = [
    "pain (4.1 ± 1.2 vs 5.0 ± 1.3) was lower with A than with B",
    "44% versus 64% of patients in the A and B groups; 4 mg vs 5 mg, 12 THAN 9",
    "lower with B (A vs. B: 5.1 vs. 4.2) COMPARED WITH C",
    "A was Non-Inferior to B, superior to C",
    "Compared with placebo, A reduced X; X was lower in İnsulin than in B",
    "more than half ſuperior to C, In comparison to D",
    "",
]


def _plain_comparison_word(clause: str, start: int = 0) -> re.Match[str] | None:
    for m in _COMPARED_WITH.finditer(clause, start):
        before = clause[: m.start()]
        if _VALUE_BEFORE.search(before[-16:]) and _NUMBER_NEXT.match(clause, m.end()):
            continue
        if before.count("(") > before.count(")") and (
            _NUMBER_NEXT.match(clause, m.end())
            or (
                _LABELS_THEN_VALUES.match(clause, m.end())
                and not _DIGIT.search(before, before.rfind("(") + 1)
            )
        ):
            continue
        return m
    return None


def test_fast_claims_comparison_word_as_the_plain_scan() -> None:
    texts = COMPARISON_TEXTS + random_texts(_COMPARISON_WORDS, 3000, seed=5)
    for text in texts:
        for start in (0, len(text) // 3):
            found = comparison_word.__wrapped__(text, start)
            assert _span(found) == _span(_plain_comparison_word(text, start)), (text, start)


_GROUP_TEXT_WORDS = (
    *GROUP_WORDS, "groups", "arms", "cohorts", "women", "the", "in", "among", "for", "A", "B",
    "II", "x", "drug", "control", "than", "with", "was", "placebo", "P", "=", "between-",
)  # fmt: skip


def test_fast_claims_every_group_match_holds_a_group_word() -> None:
    """``group_phrases`` looks for GROUP only in a part that holds one of ``GROUP_WORDS``."""
    texts = [*random_texts(_GROUP_TEXT_WORDS, 3000, seed=7), "in the A Group", "ARM II", ""]
    matched = 0
    for text in texts:
        for m in GROUP.finditer(text):
            matched += 1
            assert holds_any(m.group(0), GROUP_WORDS), m.group(0)
        if not holds_any(text, GROUP_WORDS):
            assert GROUP.search(text) is None, text
    assert matched > 1000
    assert group_phrases("Pain was lower in the A Group than in the B group") == (
        "A Group",
        "B group",
    )
    # no group word: no GROUP match, the names before and after "than" stand in
    assert group_phrases("Pain was lower with drug A than with drug B") == ("drug A", "drug B")


_COMPARES_WORDS = (
    "more", "less", "fewer", "greater", "older", "younger", "than", "or equal to", "3", "two",
    "a", "one", "high", "low", "higher", "adherence", "with", "in", "those", "compared",
    "versus", "vs.", "between", "relative to", "group", "arms", "placebo", "control", "p",
    "days", "patients",
)  # fmt: skip


def _plain_compares(clause: str) -> bool:
    bounds = {m.start("than") for m in _BOUND_THAN.finditer(clause)}
    bounds |= {m.start("than") for m in _LEVELS_THAN.finditer(clause)}
    return any(m.start() not in bounds for m in COMPARISON.finditer(clause))


def test_fast_claims_compares_as_the_plain_scan() -> None:
    texts = [
        *random_texts(_COMPARES_WORDS, 4000, seed=11),
        "stays of more than 3 days",
        "fewer with high adherence than with low adherence",
        "P less than 0.001, lower THAN placebo",
        "older than 75 years in the A group",
        "",
    ]
    answers = [compares(text) for text in texts]
    assert answers == [_plain_compares(text) for text in texts]
    assert 500 < sum(answers) < len(texts) - 500


# ---------------------------------------------------------------- outcome roles

_ROLE_WORDS = (
    "primary", "secondary", "main", "co-primary", "coprimary", "efficacy", "safety", "outcome",
    "outcomes", "end point", "end-points", "endpoint", "measure", "measures", "variable",
    "parameters", "was", "were", "included", ":", "the", "pain", "POD", "and", "of the study",
    "(", ")", "primary outcome", "secondary end points", "main outcome measure",
    "co-primary efficacy endpoints", "primary safety variable",
)  # fmt: skip


def test_fast_claims_outcome_role_cues_as_the_plain_search(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        *random_texts(_ROLE_WORDS, 1500, seed=13),
        "The PRIMARY OUTCOME was pain; secondary end points were POD and sleep.",
        "Pain was the main outcome meaſure. İt fell.",
    ]
    windows = [[(0, len(t) // 2), (len(t) // 2, len(t))] for t in texts]
    fast = [
        (outcome_roles.mentions_roles(t), outcome_roles.declarations(t, w))
        for t, w in zip(texts, windows, strict=True)
    ]
    assert sum(1 for mentions, _ in fast if mentions) > 300
    assert sum(1 for _, declared in fast if declared) > 10
    # the plain searches
    monkeypatch.setattr(outcome_roles, "lowered", lambda text: None)
    monkeypatch.setattr(caseless, "lowered", lambda text: None)
    plain = [
        (outcome_roles.mentions_roles(t), outcome_roles.declarations(t, w))
        for t, w in zip(texts, windows, strict=True)
    ]
    assert fast == plain


def test_fast_claims_outcome_role_cue_is_tried_only_at_a_first_letter() -> None:
    texts = [
        *random_texts(_ROLE_WORDS, 600, seed=14),
        "CO-PRIMARY endpoints; the Main outcome; Secondary measures; a primary variable",
        "ſecondary outcomes and coprimary end-points",
    ]
    check_finds_what_the_plain_pattern_finds(outcome_roles._CUE, texts)
    check_texts_catch_a_missing_first_character(outcome_roles._CUE, texts)


def test_fast_claims_content_words_of_long_forms_as_the_plain_search() -> None:
    long_forms = {"POD": "postoperative delirium", "HR": "heart rate", "A-B": "apple bee", "": "x"}
    for text in ["POD at day 3", "PODS", "hr and HR", "the A-B score", "A-Bc", "nothing", ""]:
        plain = set(outcome_roles._WORD.findall(text.lower().replace("-", "")))
        for short, long in long_forms.items():
            if re.search(rf"(?<!\w){re.escape(short)}(?!\w)", text):
                plain |= set(outcome_roles._WORD.findall(long.lower().replace("-", "")))
        expected = frozenset(
            w for w in plain if w not in outcome_roles._GENERIC and not w.isdigit()
        )
        assert outcome_roles.content_words(text, long_forms) == expected, text
