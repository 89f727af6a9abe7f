"""Faster readings that must find exactly what the plain scans find."""

from __future__ import annotations

import re

import pytest

from extractors.components.direction_words import DOWN, UP, direction_cue, verb_direction
from extractors.components.population import _people_sizes as people_sizes
from extractors.numbers import find_sample_sizes
from extractors.numbers_summary import _COUNT_PERCENT, find_count_percents
from extractors.numbers_summary import _count_percent_matches as count_percent_matches

COUNT_TEXTS = [
    "Nausea occurred in 12 (30%) with drug A and Two [11.8%] with placebo.",
    "Of 40 patients, 16 patients (35 %) and 7 [12%, 95% CI 3-20] relapsed; none (0%) died.",
    "Rates: x-ray (5%), 3-4 (20%), (15%) alone, 1.5 (2%), p/5 (3%), ten  \n  (45.5%);",
    "Twenty-one (21%) versus forty\u00a0participants (40%); 12%(7) and 8 (101%).",
    "",
    "((((5%)",
]


@pytest.mark.parametrize("text", COUNT_TEXTS)
def test_count_percent_matches_as_the_whole_scan(text: str) -> None:
    spans = [(m.span(), m.groupdict()) for m in _COUNT_PERCENT.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in count_percent_matches(text)] == spans


def test_count_percents_read_before_each_bracket() -> None:
    found = find_count_percents(COUNT_TEXTS[0])
    assert [(c.events, c.percent, c.decimals) for c in found] == [(12, 30.0, 0), (2, 11.8, 1)]


DIRECTION_TEXTS = [
    "Pain was REDUCED and sleep Improved with drug A",
    "less than 5 events but more often lower scores",
    "İNCREASED pain",  # lower-cases to two characters: the plain scan is used
    "ſcores were higher",  # a long s: (?i) reads it as "s"
    "the \u212aelvin-scale rose",
    "no change at all",
    "",
]


def _found(m: re.Match[str] | None) -> tuple[tuple[int, int], str] | None:
    return (m.span(), m.group(0)) if m else None


@pytest.mark.parametrize("text", DIRECTION_TEXTS)
def test_direction_cue_as_case_insensitive_scans(text: str) -> None:
    up, down = UP.search(text), DOWN.search(text)
    first = min((m for m in (up, down) if m), key=lambda m: m.start(), default=None)
    assert _found(direction_cue.__wrapped__(text)) == _found(first)


def test_direction_cue_keeps_the_written_case() -> None:
    cue = direction_cue("Pain was REDUCED and sleep Improved")
    assert cue is not None and cue.group(0) == "REDUCED"
    assert verb_direction("Scores were Higher with A") == "increased"


def test_people_sizes_take_the_sentence_sample_sizes() -> None:
    text = "We studied older adults with asthma (n = 63) and 40 nurses."
    sizes = find_sample_sizes(text)
    found = people_sizes(text, sizes, set())
    assert [n for _, n in found] == [63, 40]


def test_people_sizes_start_a_phrase_at_a_word() -> None:
    """Far from any phrase start, the phrase behind a bracketed count opens at a word."""
    text = "x" * 130 + " the maintenance arm for a total of 131 older patients with cancer (n = 70)"
    starts = [s for s, n in people_sizes(text, find_sample_sizes(text), set()) if n == 70]
    assert [text[s - 1] for s in starts] == [" "]


def test_people_sizes_skip_an_arms_count_after_its_result() -> None:
    text = (
        "For the primary outcome, mean adherence to the daily dose was 81.5±15.2% (n=82) in "
        'the "reminders to participants" arm and 69.9±26.1% (n=84) in the B arm.'
    )
    assert people_sizes(text, find_sample_sizes(text), set()) == []
