"""extractors.abbreviations: Schwartz & Hearst definitions, uses and expansion."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.abbreviations import (
    _parenthesised,
    _window,
    best_long_form,
    drop_parenthesised,
    expand_abbreviations,
    find_definitions,
    find_uses,
    short_form_matches,
    short_forms_pattern,
)


def _pairs(text: str) -> dict[str, str]:
    return {d.short: d.long for d in find_definitions(text)}


def test_abbreviations_long_then_short() -> None:
    text = "Adults with chronic kidney disease (CKD) were studied."
    (d,) = find_definitions(text)
    assert (d.short, d.long) == ("CKD", "chronic kidney disease")
    assert text[d.long_start : d.long_end] == "chronic kidney disease"
    assert text[d.short_start : d.short_end] == "CKD"


def test_abbreviations_hyphen_greek_and_digits() -> None:
    text = "tumour necrosis factor-α (TNF-α) and Disease Activity Score 28 (DAS28) fell"
    assert _pairs(text) == {
        "TNF-α": "tumour necrosis factor-α",
        "DAS28": "Disease Activity Score 28",
    }


def test_abbreviations_skip_nested_parentheses_in_long_form() -> None:
    text = "bone marrow stromal cell (BMSC) infusion (BMSCI) was safe"
    assert _pairs(text)["BMSCI"] == "bone marrow stromal cell (BMSC) infusion"


def test_abbreviations_window_stops_after_its_words() -> None:
    # the window reads right to left and stops once it holds its words: the unmatched ")"
    # further left, which would have removed the words before it, is never reached
    text = "old notes) and many more words before rheumatoid arthritis (with flares) (RA) rose"
    window, index = _window(text, text.index(" (RA)"), 4)
    assert window == "words before rheumatoid arthritis "
    assert "".join(text[i] for i in index) == window
    assert _window("notes) on rheumatoid arthritis (RA", 30, 4)[0] == "on rheumatoid arthritis"


def test_abbreviations_short_then_long() -> None:
    assert _pairs("levels of TNF (tumour necrosis factor) rose") == {
        "TNF": "tumour necrosis factor"
    }


def test_abbreviations_reject_statistics_and_lists() -> None:
    text = "pain fell (n=32) (p<0.05) (95% CI 1-2) (ii) (e.g. sleep) (2019)"
    assert find_definitions(text) == []


def test_abbreviations_no_definition_across_lines() -> None:
    assert find_definitions("heart failure\n(HF) was common") == []


def test_abbreviations_first_definition_wins() -> None:
    text = "heart failure (HF) and high frequency (HF) were compared"
    assert _pairs(text) == {"HF": "heart failure"}


def test_abbreviations_uses_are_whole_words() -> None:
    text = "rheumatoid arthritis (RA) and RA-like disease; RAS and pRA differ. In RA, pain fell."
    definitions = find_definitions(text)
    uses = [(text[u.start : u.end], u.start) for u in find_uses(text, definitions)]
    assert [u for u, _ in uses] == ["RA", "RA", "RA"]
    assert all(u.definition.long == "rheumatoid arthritis" for u in find_uses(text, definitions))


def test_abbreviations_best_long_form_first_letter_starts_a_word() -> None:
    assert best_long_form("HA", "the chemistry of acids") is None
    assert best_long_form("HA", "heavy acids") == 0


def test_abbreviations_expand() -> None:
    long_forms = {"MSCT": "mesenchymal stem cell transplantation", "RA": "rheumatoid arthritis"}
    assert (
        expand_abbreviations("MSCT in RA (RA) patients", long_forms)
        == "mesenchymal stem cell transplantation in rheumatoid arthritis patients"
    )
    assert expand_abbreviations("nothing here", {}) == "nothing here"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_abbreviations_never_raise(text: str) -> None:
    definitions = find_definitions(text)
    for d in definitions:
        assert text[d.short_start : d.short_end] == d.short
        assert text[d.long_start : d.long_end] == d.long
    find_uses(text, definitions)


_SHORTS = ["RA", "R", "RAS", "HbA1c", "IL-6", "T2 DM", "C.I.", "a+b", "T(3)", "RA)", "(RA"]
_PIECES = [*_SHORTS, "(", ")", " ", "\n", "\u00a0", "((", "[RA]", "x", ".", "*"]


@pytest.mark.parametrize(
    ("text", "shorts", "expected"),
    [
        ("RA patients (RA) and (RAS)", ("RA",), "RA patients and (RAS)"),
        ("a (T2 DM)\n (C.I.) (x)", ("C.I.", "T2 DM"), "a (x)"),
        ("((RA)) (RA ) (T(3))", ("RA", "T(3)"), "() (RA )"),
        ("no bracket", ("RA",), "no bracket"),
    ],
)
def test_abbreviations_drop_parenthesised_short_forms(
    text: str, shorts: tuple[str, ...], expected: str
) -> None:
    assert drop_parenthesised(text, shorts) == expected


@given(
    st.lists(st.sampled_from(_PIECES), max_size=20).map("".join),
    st.sets(st.sampled_from(_SHORTS), min_size=1, max_size=4).map(lambda s: tuple(sorted(s))),
)
@settings(max_examples=500, deadline=None)
def test_abbreviations_drop_parenthesised_as_the_alternation(
    text: str, shorts: tuple[str, ...]
) -> None:
    # one bracket pattern for every record reads as the record's own alternation did
    assert drop_parenthesised(text, shorts) == _parenthesised(shorts).sub("", text)


_SHORT_FORMS = ("A", "AB", "ABC", "B", "IL-6", "T(3)", "5-FU", "α-SMA", "a.b", "CI", "I")
_FORM_PIECES = [*_SHORT_FORMS, " ", "-", "_", "x", "é", "2", "(", ")", ".", "\n", "ß", "Ⅳ"]


def test_abbreviations_short_form_matches_as_the_pattern() -> None:
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(_FORM_PIECES) for _ in range(rng.randint(0, 14)))
        shorts = tuple(sorted(rng.sample(_SHORT_FORMS, rng.randint(1, 5))))
        pattern = short_forms_pattern(shorts)
        found = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
        assert short_form_matches(text, shorts) == found, (text, shorts)
        long_forms = {s: f"<{s.lower()}>" for s in shorts}
        without = drop_parenthesised(text, shorts)
        expanded = pattern.sub(lambda m, forms=long_forms: forms[m.group(0)], without)
        assert expand_abbreviations(text, long_forms) == expanded, (text, shorts)


def test_abbreviations_short_form_matches_examples() -> None:
    text = "ABC and AB-B, IL-6x IL-6 (T(3)); A_B ABCD"
    assert short_form_matches(text, ("A", "AB", "ABC", "B", "IL-6", "T(3)")) == [
        (0, 3, "ABC"),
        (8, 10, "AB"),
        (20, 24, "IL-6"),
        (26, 30, "T(3)"),
    ]


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        # the letters of the short form open the long form's words: those words, though the
        # last word alone holds the letters too
        (
            "We compared total thyroidectomy (TT) with subtotal surgery.",
            "TT",
            "total thyroidectomy",
        ),
        (
            "by conventional laparoscopic cholecystectomy (CLC).",
            "CLC",
            "conventional laparoscopic cholecystectomy",
        ),
        (
            "to 40% of the resting energy requirement (RER), or 50%",
            "RER",
            "resting energy requirement",
        ),
        # no word for each letter: Schwartz & Hearst as before
        ("with hydroxychloroquine (HCQ) daily", "HCQ", "hydroxychloroquine"),
    ],
)
def test_abbreviations_initials_before_letters_inside_a_word(
    text: str, short: str, long: str
) -> None:
    (found,) = find_definitions(text)
    assert (found.short, found.long) == (short, long)
