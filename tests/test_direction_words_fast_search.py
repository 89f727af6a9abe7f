"""Direction words: ``says_no_difference`` and ``says_not_significant`` answer as searching
``NO_DIFFERENCE`` and ``NOT_SIGNIFICANT`` does. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.direction_words import (
    NO_DIFFERENCE,
    NOT_SIGNIFICANT,
    says_no_difference,
    says_not_significant,
)


@pytest.mark.parametrize(
    "text",
    [
        "Pain did not differ between the groups (P = 0.4)",
        "There was No Significant difference in pain",
        "Pain was similar with A and B",
        "Pain fell more with A (p = 0.01)",
        "The difference was NS (p = 0.2)",
        "Pain fell in the NS group",
        "Pain fell with normal saline (NS)",
        "Pain was 12% vs 15% (NS)",
        "Pain fell (n.s.)",
        "Pain fell, but ns",
        "There was no ſignificant change",  # a long s: (?i) reads it as "s"
        "İn both groups there was no difference",
        "the equivalent of 10 mg morphine",
        "Pain remained unchanged",
        "",
    ],
)
def test_direction_words_fast_search_answers_as_the_pattern(text: str) -> None:
    assert says_no_difference(text) == (NO_DIFFERENCE.search(text) is not None)
    assert says_not_significant(text) == (NOT_SIGNIFICANT.search(text) is not None)
