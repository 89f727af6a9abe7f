"""A drug alone against the drug plus another, each given for a stated time: "to drug K for 5
years or up to menopause or drug K for 5 years plus drug L" has two arms (the "or" of a second
limit to how long K lasts parts no arms), the second named with drug L too, and drug K alone is
the comparator, the monotherapy arm of the combination, though only the first says how long it
lasts; "the K and K/L groups" name both arms, the "control" the comparator is also called
notwithstanding; two sets of values paired by "versus", each with its p value, then the arms
("X was a versus b (P = ..) and Y was c versus d (P = ..) in the K and K/L groups,
respectively") give each set the arms in that order. "L alone" names the arm of L alone, not
one that adds L to K, though that one has no words of its own."""

from __future__ import annotations

import pytest

from extractors.components.arms import ArmMention, nested_arm
from extractors.pipeline import Extractor
from kg.model import Record
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Premenopausal women were randomly assigned to receive drug K 20 mg/day for 5 years or up "
    "to menopause or drug K 20 mg/day for 5 years plus drug L 3.6 mg monthly for 2 years.",
)


def _record(extractor: Extractor, methods: tuple[str, str], results: str) -> Record:
    return extractor.extract(article("Drug L added to drug K", methods, ("Results", results)))


def test_a_second_limit_to_how_long_parts_no_arms(extractor: Extractor) -> None:
    record = _record(extractor, _METHODS, "Both regimens were well tolerated.")
    assert [a.label for a in record.arms] == [
        "drug K 20 mg/day",
        "drug K 20 mg/day for 5 years plus drug L 3.6 mg monthly",
    ]
    assert [a.comparator for a in record.arms] == [True, False]
    assert record.arms[1].interventions == ["drug K 20 mg/day", "drug L 3.6 mg monthly"]


@pytest.mark.parametrize(
    ("methods", "labels"),
    [
        (  # "or up to" after no duration: an arm of its own
            "Couples were randomized to usual care, or usual care and up to six counselling "
            "sessions, or up to three lessons in pelvic floor training.",
            [
                "usual care",
                "usual care and up to six counselling sessions",
                "up to three lessons in pelvic floor training",
            ],
        ),
        (  # "until" after a duration: how long, no arm
            "Patients were randomized to drug K for 6 cycles or until progression, or drug M.",
            ["drug K", "drug M"],
        ),
    ],
)
def test_up_to_and_until(extractor: Extractor, methods: str, labels: list[str]) -> None:
    record = _record(extractor, ("Methods", methods), "Both were well tolerated.")
    assert [a.label for a in record.arms] == labels


@pytest.mark.parametrize(
    "results",
    [
        "DFS was 43.0 ± 3.6 months versus 49.9 ± 4.2 months (P = 0.13) and overall survival was "
        "51.1 ± 3.8 months versus 53.1 ± 4.2 months (P = 0.50) in the K and K/L groups, "
        "respectively.",
        "DFS was 43.0 ± 3.6 months versus 49.9 ± 4.2 months and overall survival was 51.1 ± 3.8 "
        "months versus 53.1 ± 4.2 months in the K and K/L groups, respectively.",
    ],
)
def test_sets_with_p_values_then_the_arms(extractor: Extractor, results: str) -> None:
    record = _record(extractor, _METHODS, results)
    got = [
        (c.outcome.text, c.intervention.arm, c.comparator.arm if c.comparator else None)
        for c in record.claims
    ]
    assert got == [("DFS", "arm2", "arm1"), ("overall survival", "arm2", "arm1")]
    values = [[(r.arm, r.mean, r.sd) for r in c.results] for c in record.claims]
    assert values == [
        [("arm1", 43.0, 3.6), ("arm2", 49.9, 4.2)],
        [("arm1", 51.1, 3.8), ("arm2", 53.1, 4.2)],
    ]


def test_two_pairs_without_respectively_stay_two_statements(extractor: Extractor) -> None:
    record = _record(
        extractor,
        _METHODS,
        "DFS was 43.0 ± 3.6 versus 49.9 ± 4.2 months (P = 0.13) and overall survival was "
        "51.1 ± 3.8 versus 53.1 ± 4.2 months (P = 0.50).",
    )
    assert [c.outcome.text for c in record.claims] == ["DFS", "overall survival"]
    assert all(len(c.results) == 2 for c in record.claims)


def _mention(arm_id: str, label: str, words: set[str], distinctive: set[str]) -> ArmMention:
    mention = ArmMention(arm_id, label, None, [label], words=frozenset(words))
    mention.distinctive = frozenset(distinctive)
    return mention


def test_the_inner_arm_though_it_is_also_called_control() -> None:
    alone = _mention(
        "arm1", "drug K", {"drug", "k", "control", "controls"}, {"control", "controls"}
    )
    both = _mention("arm2", "drug K plus drug L", {"drug", "k", "l", "plus"}, {"l", "plus"})
    assert nested_arm([alone, both], {"k"}) is alone


def test_alone_names_the_arm_of_no_combination_when_the_other_has_no_words_of_its_own() -> None:
    # "compared to L alone" beside "K plus L" (no words of its own: K and "plus" are another
    # arm's too) and "K plus M": the arm of L alone
    k_m = _mention("arm1", "drug K plus drug M", {"k", "m", "plus", "combination"}, {"m"})
    k_l = _mention("arm2", "drug K plus drug L", {"k", "l", "plus", "alone", "combination"}, set())
    alone = _mention("arm3", "drug L alone", {"l", "alone", "control"}, {"control"})
    assert nested_arm([k_m, k_l, alone], {"l", "alone"}) is alone
