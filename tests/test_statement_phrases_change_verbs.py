"""Statement phrases: ``change_verbs`` finds what ``CHANGE_VERB.finditer`` finds, with the
same spans and groups. All texts are invented."""

from __future__ import annotations

import re

import pytest

from extractors.components.statement_phrases import CHANGE_VERB, change_verbs


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Drug K Reduced pain and did NOT affect sleep; X ROSE", 0),
        ("Pain decreased with A, but did not change with B (P = 0.4)", 5),
        ("negative affect fell", 0),
        ("Pain was improved; ſleep improved", 0),  # a long s: (?i) reads it as "s"
        ("İn both groups pain fell", 0),
        ("", 0),
    ],
)
def test_statement_phrases_change_verbs_as_the_pattern(text: str, start: int) -> None:
    def found(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
        return [(m.span(), m.groupdict()) for m in matches]

    end = len(text) - 2 if text else 0
    assert found(list(change_verbs(text, start, end))) == found(
        list(CHANGE_VERB.finditer(text, start, end))
    )


def test_a_compounds_first_word_is_no_change_verb() -> None:
    text = "Effects were alike after reduced-dose radiotherapy; drug K reduced pain"
    assert [m.group("v") for m in change_verbs(text, 0, len(text))] == ["reduced"]
    assert [m.start() for m in change_verbs(text, 0, len(text))] == [text.rindex("reduced")]
