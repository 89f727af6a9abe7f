"""Arms listed in a Methods sentence: items that end with the group's name in brackets ("A (A
group), B (B group) or C, D and E (E group)"), groups listed after "There were three groups:",
how long the first arm lasts ("to 12 weeks of A or B"), a name's description after a comma
("to STRIVE, a home exercise programme, or usual care"; not "to CBTX or a wait-list control
group") and how long all arms last before them
("to receive for 8 weeks A or B")."""

from __future__ import annotations

import pytest

from extractors.components.arm_lists import listed_arms
from extractors.components.arm_phrases import TRIGGER
from extractors.components.arms import groups_listed
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _listed(sentence: str) -> list[tuple[str, str | None]]:
    trigger = TRIGGER.search(sentence)
    assert trigger is not None
    return [(p.label, p.treatment) for p in listed_arms(sentence, trigger.end(), len(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the last item's commas are its own
            "Procedures were assigned in a 1:1:1 ratio to lead shield only (shield group), lead "
            "shield and hanging curtain (curtain group) or lead shield, hanging curtain and an "
            "extra 60x40 cm, 0.5 mm lead drape placed over the legs (drape group).",
            [
                ("lead shield only (shield group)", None),
                ("lead shield and hanging curtain (curtain group)", None),
                (
                    "drape",
                    "lead shield, hanging curtain and an extra 60x40 cm, 0.5 mm lead drape "
                    "placed over the legs",
                ),
            ],
        ),
        (  # an item too long to be a label is named by its bracket
            "Patients were randomized to receive a combination of femoral nerve block (FNB) + "
            "infiltration of the posterior hip capsule (IPHC) + sham obturator nerve block "
            "(ONB) + sham cutaneous nerve block (CNB) (control group), or a combination of FNB "
            "+ IPHC + ONB + sham CNB (double block group), or a combination of FNB + IPHC + ONB "
            "+ CNB (triple block group).",
            [
                (
                    "control",
                    "combination of femoral nerve block (FNB) + infiltration of the posterior "
                    "hip capsule (IPHC) + sham obturator nerve block (ONB) + sham cutaneous "
                    "nerve block (CNB)",
                ),
                ("combination of FNB + IPHC + ONB + sham CNB (double block group)", None),
                ("combination of FNB + IPHC + ONB + CNB (triple block group)", None),
            ],
        ),
        (  # one more item after the last name
            "Adults were randomized to drug A (A group), drug B (B group), or placebo for 12 "
            "weeks.",
            [("drug A (A group)", None), ("drug B (B group)", None), ("placebo", None)],
        ),
    ],
)
def test_items_end_with_the_groups_name(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _listed(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the brackets name a part of an item, or the items are clauses
        "We randomized 300 patients into one of two groups: one underwent nailing (IMN group), "
        "while the other underwent locking plate (LCP group) placement.",
        "Patients were randomized into two groups where Group 1 (drug K group) included patients "
        "who received drug K and Group 2 (control group) included patients who received "
        "standard care.",
    ],
)
def test_group_names_in_clauses_are_no_item_ends(sentence: str) -> None:
    labels = [label for label, _ in _listed(sentence)]
    assert not any("(" in label and "group)" in label for label in labels), labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "There were three treatment groups: surgery; intradiscal gel injection (plus "
            "epidural steroid); intradiscal saline injection (plus epidural steroid).",
            [
                "surgery",
                "intradiscal gel injection (plus epidural steroid)",
                "intradiscal saline injection (plus epidural steroid)",
            ],
        ),
        (
            "The trial had two arms: drug A 10 mg daily and placebo.",
            ["drug A 10 mg daily", "placebo"],
        ),
        # as many as it counts, or none
        ("There were three groups: drug A and placebo.", []),
        ("Outcomes were compared in two groups: age and sex.", []),
    ],
)
def test_groups_listed_after_their_count(sentence: str, labels: list[str]) -> None:
    assert [p.label for p in groups_listed(sentence)] == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("Patients were randomized to 12 weeks of drug A or placebo.", ["drug A", "placebo"]),
        # arms that differ in how long keep it
        (
            "Patients were randomized to 6 months of drug A or 12 months of drug A.",
            ["6 months of drug A", "12 months of drug A"],
        ),
        (
            "Women were randomised to 5 years of drug T or the same treatment followed by 2 "
            "years of drug O.",
            ["5 years of drug T", "same treatment followed by 2 years of drug O"],
        ),
        # a short name, then what it is
        (
            "Patients were randomized to 12 weeks of HOMEX, a 30-minute video-guided exercise "
            "program plus a coach, or standard of care (SOC).",
            ["HOMEX", "standard of care (SOC)"],
        ),
        # after "or" an article starts the next arm, not a description of the short name
        (
            "In all, 90 adults were randomly allocated to CBTX or a wait-list control group.",
            ["CBTX", "wait-list control"],
        ),
        (
            "Patients were randomized to usual care, a brief intervention, or an extended "
            "intervention.",
            ["usual care", "brief intervention", "extended intervention"],
        ),
        # how long all arms last, before them and without commas
        ("Adults were randomised to receive for 8 weeks drug A or drug B.", ["drug A", "drug B"]),
    ],
)
def test_duration_and_description_are_no_arms(sentence: str, labels: list[str]) -> None:
    assert [label for label, _ in _listed(sentence)] == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (  # what both arms were given is no list of arms
            "Women were randomized to receive either preoperative or postoperative chemotherapy "
            "with four 21-day cycles of drug A, drug B, drug C, and drug D.",
            ["preoperative chemotherapy", "postoperative chemotherapy"],
        ),
        (
            "Patients were randomized to oral or intravenous iron for 6 weeks.",
            ["oral iron", "intravenous iron"],
        ),
        (
            "Patients were randomized to low-dose or high-dose aspirin.",
            ["low-dose aspirin", "high-dose aspirin"],
        ),
        # two treatments, the last with a word before its own
        (
            "Patients were randomized to surgery or radiation therapy.",
            ["surgery", "radiation therapy"],
        ),
        ("Patients were randomized to drug K or oral placebo.", ["drug K", "oral placebo"]),
    ],
)
def test_a_qualifying_word_takes_the_head_it_shares(sentence: str, labels: list[str]) -> None:
    assert [label for label, _ in _listed(sentence)] == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (  # what both arms get before "either", the dose of each after it
            "Patients were randomized to receive drug K at a starting dose of either 75 mg/m2 "
            "every 3 weeks or 35 mg/m2 weekly for 3 weeks.",
            ["drug K 75 mg/m2", "drug K 35 mg/m2 weekly"],
        ),
        (
            "Women were randomized to a diet for 10 weeks containing either the recommended "
            "allowance of protein or twice that allowance.",
            ["recommended allowance of protein", "twice that allowance"],
        ),
        (  # a guard: read as before
            "Children were randomized to undergo surgery with either the open technique or the "
            "closed technique.",
            ["open technique", "closed technique"],
        ),
    ],
)
def test_the_arms_start_after_either(sentence: str, labels: list[str]) -> None:
    assert [label for label, _ in _listed(sentence)] == labels


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Patients were randomly assigned to study group and control group, and received "
            "an injection of drug Y or drug A, respectively.",
            [("study", "an injection of drug Y"), ("control", "drug A")],
        ),
        (  # without "respectively" the groups only
            "Patients were randomly assigned to study group and control group, and received "
            "drug Y or drug A.",
            [("study", None), ("control", None)],
        ),
    ],
)
def test_groups_listed_then_what_each_received(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _listed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (  # how the first arm was given, between commas: no arm
            "Women were randomly assigned to drug K, 1.6 g orally administered daily, or to "
            "control groups for 3 years.",
            ["drug K", "control"],
        ),
        (  # a guard: doses of one drug are arms
            "Patients were randomized to placebo, 10 mg, or 20 mg drug K daily.",
            ["placebo", "10 mg drug K", "20 mg drug K"],
        ),
    ],
)
def test_a_dose_after_an_arm_says_how_it_was_given(sentence: str, labels: list[str]) -> None:
    assert [label for label, _ in _listed(sentence)] == labels


def test_dosed_arms_after_either_take_their_values(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Two schedules of drug K in cancer",
            (
                "METHODS",
                "Patients were randomized to receive drug K at a starting dose of either "
                "75 mg/m2 every 3 weeks or 35 mg/m2 weekly.",
            ),
            (
                "RESULTS",
                "The response rate was 35% with 75 mg/m2 versus 20% with 35 mg/m2 weekly "
                "(P = 0.04).",
            ),
        )
    )
    assert [a.label for a in record.arms] == ["drug K 75 mg/m2", "drug K 35 mg/m2 weekly"]
    claim = next(c for c in record.claims if c.outcome.text == "response rate")
    assert [(r.arm, r.percent) for r in claim.results] == [("arm1", 35.0), ("arm2", 20.0)]


def test_three_groups_listed_take_their_values(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Gel injection versus surgery for sciatica",
            (
                "Methods",
                "Adults on a waiting list for spine surgery took part. There were three "
                "treatment groups: surgery; intradiscal gel injection (plus epidural steroid); "
                "intradiscal saline injection (plus epidural steroid).",
            ),
            (
                "Results",
                "After two years, repeat surgery was needed in 25 % of patients in the gel "
                "group and 55 % of patients in the saline group.",
            ),
        )
    )
    labels = {a.id: a.label for a in record.arms}
    assert [a.label for a in record.arms][::2] == [
        "surgery",
        "intradiscal saline injection (plus epidural steroid)",
    ]
    values = {labels[r.arm].split()[1]: r.percent for c in record.claims for r in c.results}
    assert values == {"gel": 25.0, "saline": 55.0}
