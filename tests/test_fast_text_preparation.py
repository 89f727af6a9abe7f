"""Faster scans of text preparation (``evg_sentences``, ``extractors.abbreviations``) that must
find exactly what the plain scans find: a label in capitals tried only at a capital letter
(``opening_with``), and the last stop before a bracket found from the end of its window."""

from __future__ import annotations

import random

from extractors import abbreviations
from extractors.abbreviations import _last_stop_end, find_definitions
from extractors.components import sentences
from extractors.components.sentences import sentence_starts
from tests.guard_checks import (
    check_finds_what_the_plain_pattern_finds,
    check_texts_catch_a_missing_first_character,
    random_texts,
)

PIECES = [
    "RESULTS", "Results", "METHODS", "AIMS", "DISCUSSION/CONCLUSION", "TRIAL DESIGN", "BACKGROUND",
    "TRIAL\u00a0REGISTRATION", "Trial registration", "ZQ", "XY", "OUTCOMES", "NCT01", ":", ": ",
    ":\n", " ", "  ", ".", ". ", "?", "!", ";", "/", "&", "12%", "and", "was done", "(", ")",
    "\n", "-", " - ", "İ", "ı", "ſ", "\u212a", "é", "x",
]  # fmt: skip
TEXTS = [
    "Pain fell by 12% DISCUSSION/CONCLUSION: The drug helps. 19 TRIAL DESIGN: Multi-centre.",
    "It was done AIMS: To test. xx RESULTS: Pain fell; and ZQ XY METHODS: We ran it. A. B"
    " OUTCOMES: none, a BACKGROUND: x, b TRIAL\u00a0REGISTRATION: NCT01, c INTERVENTIONS: y",
]
RANDOM = random_texts(TEXTS, PIECES, 2500, seed=61)


def test_capital_label_finds_what_the_plain_pattern_finds() -> None:
    check_finds_what_the_plain_pattern_finds(sentences._CAPITAL_LABEL, ["", *TEXTS, *RANDOM])
    check_texts_catch_a_missing_first_character(sentences._CAPITAL_LABEL, TEXTS + RANDOM[:300])


def test_sentences_still_start_at_labels_and_stops() -> None:
    text = TEXTS[0]
    starts = sentence_starts(text, 0, len(text))
    assert [text[at : at + 12] for at in starts] == [
        "Pain fell by",
        "DISCUSSION/C",
        "19 TRIAL DES",
        "TRIAL DESIGN",
    ]
    text = "It was done AIMS: To test. xx RESULTS: Pain fell; and ZQ XY METHODS: We ran it."
    starts = sentence_starts(text, 0, len(text))
    assert [text[at : at + 7] for at in starts] == [
        "It was ",
        "AIMS: T",
        "RESULTS",
        "ZQ XY M",
    ]


def _plain_last_stop_end(text: str, start: int, end: int) -> int | None:
    stops = list(abbreviations._WINDOW_STOP.finditer(text, start, end))
    return stops[-1].end() if stops else None


def test_last_stop_end_as_the_scan_of_the_window() -> None:
    rng = random.Random(62)
    alphabet = ".)(\n;:!? \t\u2009\u00a0\u2028ab1"
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _last_stop_end(text, start, end) == _plain_last_stop_end(text, start, end), (
            text,
            start,
            end,
        )
    for text in TEXTS:
        for end in range(len(text) + 1):
            start = max(0, end - 40)
            assert _last_stop_end(text, start, end) == _plain_last_stop_end(text, start, end)


def test_definitions_still_found_after_the_last_stop() -> None:
    text = (
        "(CKD) first. Adults with chronic kidney disease (CKD); then tumour necrosis factor"
        " (TNF) and the. Glomerular filtration rate (GFR) fell: body mass index (BMI)."
    )
    found = [(d.short, d.long) for d in find_definitions(text)]
    assert found == [
        ("CKD", "chronic kidney disease"),
        ("TNF", "tumour necrosis factor"),
        ("GFR", "Glomerular filtration rate"),
        ("BMI", "body mass index"),
    ]
