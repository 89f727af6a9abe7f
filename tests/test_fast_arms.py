"""Faster scans of the arm readers (``evg_arms`` and the modules only it uses) that must find
exactly what the plain patterns find: each pattern that opens with a look-behind, a \\b or an
optional part is tried only at its first characters (``extractors.numbers.opening_with``)."""

from __future__ import annotations

import re

import pytest

from extractors.components import arm_phrases, arm_respective, arms
from extractors.components.arm_phrases import counted_arms, received_alternatives
from tests.guard_checks import (
    check_finds_what_the_plain_pattern_finds,
    check_texts_catch_a_missing_first_character,
    each,
    random_texts,
    same_scans,
)

PIECES = [
    "group", "Group", "GROUP", "groups", "arm", "Arm", "ARM", "arms", "cohort", "Cohort", "A",
    "B", "C", "D", "1", "2", "II", "IV", "(", ")", "[", "]", "n = 30", "N=31", "30", " 12 ", " ",
    ", ", "; ", ": ", ". ", " and ", " or ", " to ", " in ", " into ", " with ", " the ",
    "received", "RECEIVED", "were given", "took", "underwent", "administered", "randomised",
    "randomly assigned", "Randomized", "allocated", "assigned", "divided", "placed", "split",
    "stratified", "distributed", "separated", "twelve", "Twelve", "eight", "Eight", "one",
    "One", "five", "Fifteen", "seven", "Seventy", "nine", "Nineteen", "ten", "Three", "two",
    "patients", "women", "respectively", "placebo", "drug A", "who", "had", "ingested",
    "consumed", "were treated with", "were exposed to", "either", "İ", "ı", "ſ", "\u212a",
    "é", "_", "-", "x", "/", "=", ".",
]  # fmt: skip
TEXTS = [
    # _NAMED_GROUP, _GROUP_LIST, _RECEIVED_HINT, arm_respective._RECEIVED
    "group A, Group B, GROUP 2, arm C, Arm 3, ARM IV, cohort D, Cohort 1 and grade 2 group B.",
    "groups A and B, Groups 1, 2 and 3, GROUPS I and II, arms A or B, Arms 1 and 2, ARMS C"
    " and D, the arm A (n = 3) and B.",
    "group A received X; Arm B took Y and the GROUP C underwent Z while arm D was given W.",
    "The groups A, B and C received X, Y and Z, respectively; Groups 1 and 2 underwent"
    " P and Q, respectively; GROUPS I and II were given R and S, respectively; arms A and B"
    " received T and U, respectively; Arms C and D received V and W respectively; ARMS 3"
    " and 4 received a and b, respectively; the arms 5 and 6 received c and d, respectively.",
    # _N_BEFORE_ARM
    "12 to A. 13 received B (14 to C, 15 in the D group; 16 were randomized to E: 17 to F and"
    " 18 to G with 19 to H, 20 patients assigned to I. There were 21 women in the J group;"
    " there were 22 in group K, with 23 to drug L.",
    # TRIGGER, _BRACKET_AFTER_VERB, _RECEIVED_ALTERNATIVES
    "Patients were randomly assigned to A or B, Randomised to C, allocated to D, divided into"
    " two groups, distributed into E, separated into F, stratified to G, placed into H and"
    " split into I; ALLOCATED TO J.",
    "We randomised 138 patients (A, n = 72; B, n = 66) and assigned 60 (C, n = 30; D, n = 30);"
    " Allocated (E, n = 3; F, n = 4), RANDOMIZED (G: 40, H: 41 patients).",
    "Ten men received A or B; they took C or D; others ingested E or F, consumed G or H, were"
    " treated with I or J, were exposed to K or L, WERE GIVEN M or N.",
    # _COUNTED_ITEM: a count opening with a digit, "n", "N" and each word number's letter
    "42 were assigned to drug A and 41 to placebo; n = 30 received A and N = 31 received B.",
    "Eight were assigned to A and eleven to B; Five received C and four received D; Nine"
    " were assigned to E and one to F; Six received G and seven received H; Ten were"
    " assigned to I and two to J; Fifteen were assigned to K, One to L, Seventeen to M,"
    " Eleven to N, Twelve to O, Three to P and Nineteen to Q.",
]
RANDOM = random_texts(TEXTS, PIECES, 2500, seed=41)

GUARDED = {
    "arms._NAMED_GROUP": arms._NAMED_GROUP,
    "arms._N_BEFORE_ARM": arms._N_BEFORE_ARM,
    "arm_phrases.TRIGGER": arm_phrases.TRIGGER,
    "arm_phrases._RECEIVED_HINT": arm_phrases._RECEIVED_HINT,
    "arm_phrases._BRACKET_AFTER_VERB": arm_phrases._BRACKET_AFTER_VERB,
    "arm_phrases._GROUP_LIST": arm_phrases._GROUP_LIST,
    "arm_phrases._COUNTED_ITEM": arm_phrases._COUNTED_ITEM,
    "arm_respective._RECEIVED": arm_respective._RECEIVED,
}


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_guarded_patterns_find_what_the_plain_ones_find(name: str) -> None:
    check_finds_what_the_plain_pattern_finds(GUARDED[name], ["", *TEXTS, *RANDOM])


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_the_texts_catch_a_guard_that_leaves_a_first_character_out(name: str) -> None:
    check_texts_catch_a_missing_first_character(GUARDED[name], TEXTS + RANDOM[:300])


def test_received_alternatives_tried_at_a_verb_s_first_letter() -> None:
    """Its look-ahead stands after the \\b (tests/test_fast_rule_scans.py keeps the \\b first)."""
    fast = arm_phrases._RECEIVED_ALTERNATIVES
    assert fast.pattern.startswith(r"(?i)\b(?=[rwtic])")
    plain = re.compile(fast.pattern.replace("(?=[rwtic])", "", 1))

    def check(text: str) -> None:
        assert same_scans(fast, plain, text)

    each(["", *TEXTS, *RANDOM], check)
    for missing in "rwtic":
        wrong = re.compile(fast.pattern.replace("rwtic", "rwtic".replace(missing, ""), 1))
        assert not all(same_scans(wrong, plain, text) for text in TEXTS), missing


def test_arm_readers_still_read() -> None:
    assert [(p.label, p.n) for p in counted_arms(TEXTS[8].split(";")[0])] == [
        ("drug A", 42),
        ("placebo", 41),
    ]
    assert [p.label for p in received_alternatives("Ten men RECEIVED either tea or placebo.")] == [
        "tea",
        "placebo",
    ]
    bracketed = arm_phrases.bracketed_arms(
        "We randomised 138 patients (drug A, n = 72; drug B, n = 66)."
    )
    assert [(p.label, p.n) for p in bracketed] == [("drug A", 72), ("drug B", 66)]
    assert [p.label for p in arms.named_groups("Group A had X; in group B and cohort C, Y.")] == [
        "Group A",
        "group B",
        "cohort C",
    ]
