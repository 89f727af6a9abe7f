"""Claims: "NS" naming the trial's normal saline arm is no "not significant"
in the claims, and within-arm changes of two groups split at "; " are compared as one
statement ("In the A group X fell from a to b; in the B group it rose from c to d")."""

from __future__ import annotations

import pytest

from extractors.components.arms import ArmMention
from extractors.components.clauses import joined_changes
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Eighty adults having hip surgery were randomly assigned to ketamine (n=40) or normal "
    "saline (NS, n=40) before induction.",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(
        article("Ketamine before hip surgery", _METHODS, ("Results", results))
    ).claims


@pytest.mark.parametrize(
    "results",
    [
        "Cough occurred in 7/40 patients after ketamine and 19/40 after NS.",
        "Cough occurred in 7/40 patients given ketamine and 19/40 given NS.",
    ],
)
def test_ns_arm_without_p_is_no_not_significant(extractor: Extractor, results: str) -> None:
    cough = [c for c in _claims(extractor, results) if "cough" in c.outcome.text.lower()]
    assert cough
    assert all(c.direction == "decreased" and c.significant is not False for c in cough)


def test_not_significant_still_read_next_to_the_ns_arm(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Cough occurred in 7/40 patients after ketamine and 9/40 after NS (not significant).",
    )
    cough = [c for c in claims if "cough" in c.outcome.text.lower()]
    assert cough and all(c.direction == "no difference" for c in cough)


@pytest.mark.parametrize(
    "results",
    [
        "In the ketamine group, HbA1c fell from 8.1 to 7.2; in the normal saline group it rose "
        "from 8.0 to 8.3.",
        "Pain scores fell from 6.1 to 3.2 with ketamine; with normal saline they fell from 6.0 "
        "to 5.1 (between-group P=0.02).",
    ],
)
def test_changes_of_two_arms_split_at_semicolon_are_compared(
    extractor: Extractor, results: str
) -> None:
    claims = _claims(extractor, results)
    assert claims
    assert all(c.direction == "decreased" for c in claims)
    # no junk outcome from the second arm's half ("in the normal saline group it")
    assert all("group" not in c.outcome.text and " it" not in c.outcome.text for c in claims)


def _bounds(text: str, cut: str) -> list[tuple[int, int]]:
    at = text.index(cut)
    return [(0, at), (at + len(cut), len(text))]


_ARMS = [
    ArmMention("arm1", "drug A", 30, ["drug A"], words=frozenset({"drug", "a"})),
    ArmMention("arm2", "placebo", 30, ["placebo"], words=frozenset({"placebo"}), comparator=True),
]


def test_joined_changes_at_semicolon() -> None:
    text = (
        "In the drug A group, weight fell from 91 to 86; in the placebo group it rose from 90 "
        "to 92."
    )
    assert joined_changes(text, _bounds(text, "; "), _ARMS) == [(0, len(text))]
    # groups named in their own words, no arms read
    text = (
        "In the low-dose group, weight fell from 91 to 86; in the high-dose group it fell from "
        "90 to 80."
    )
    assert joined_changes(text, _bounds(text, "; ")) == [(0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        # the same group twice: two statements
        "In the drug A group, weight fell from 91 to 86; it rose from 86 to 88 in the drug A "
        "group after stopping.",
        # different measures
        "In the drug A group, weight fell from 91 to 86; in the placebo group sleep rose from 5 "
        "to 6.",
        # the first has its own statistic
        "In the drug A group, weight fell from 91 to 86 (P<0.01); in the placebo group it rose "
        "from 90 to 92.",
    ],
)
def test_semicolon_changes_not_joined(text: str) -> None:
    bounds = _bounds(text, "; ")
    assert joined_changes(text, bounds, _ARMS) == bounds


def test_joined_changes_odd_input() -> None:
    assert joined_changes("", []) == []
    assert joined_changes(";", [(0, 0), (1, 1)], _ARMS) == [(0, 0), (1, 1)]
