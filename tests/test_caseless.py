"""``extractors.caseless``: lower-cased searches that find what ``(?i)`` finds."""

from __future__ import annotations

import re

from extractors.caseless import LowerCaseSearch, holds_any, lowered


def test_caseless_lowered_only_where_letters_lower_case_one_for_one() -> None:
    assert lowered("Median OS") == "median os"
    for letter in ("İ", "ı", "ſ"):
        assert lowered(f"Ba{letter}eline") is None


def test_caseless_holds_any_leaves_the_pattern_to_decide_where_lowered_cannot() -> None:
    assert holds_any("At BASELINE, X was higher", ("baseline",))
    assert not holds_any("X was lower with A", ("baseline", "before"))
    assert holds_any("At Baſeline, X was higher", ("baseline",))  # (?i) reads "ſ" as "s"


def test_caseless_search_finds_what_the_case_insensitive_pattern_finds() -> None:
    search = LowerCaseSearch(re.compile(r"(?i)randomi[sz]ed"))
    for text in ("Randomised, 40", "RANDOMIZED", "RandomiſED", "none here"):
        plain = search.pattern.search(text)
        fast = search.search(text)
        assert (fast.span() if fast else None) == (plain.span() if plain else None)
        assert search.found(text) is (plain is not None)
        assert search.found_in(text, lowered(text)) is (plain is not None)


def test_caseless_search_takes_pos_and_endpos_as_the_pattern_does() -> None:
    search = LowerCaseSearch(re.compile(r"(?i)\b(?:than|vs\.?|versus)\b"))
    texts = ["A than B", "a VS. b Versus c THAN", "thanks vs", "A vs B; İ than", "Vſ. than", ""]
    for text in texts:
        for pos in range(len(text) + 1):
            for endpos in (None, *range(pos, len(text) + 1)):
                end = len(text) if endpos is None else endpos
                plain = search.pattern
                first = plain.search(text, pos, end)
                fast = search.search(text, pos, endpos)
                assert (fast.span() if fast else None) == (first.span() if first else None)
                assert search.found(text, pos, endpos) is (first is not None)
                assert search.found_in(text, lowered(text), pos, endpos) is (first is not None)
                assert [m.span() for m in search.finditer(text, pos, endpos)] == [
                    m.span() for m in plain.finditer(text, pos, end)
                ], (text, pos, endpos)
