"""Arms and their sizes: a bracket of arms after the people an allocation verb names, what a
random design's participants received, a subject that lists arms, an arm named by words a
larger arm shares."""

from __future__ import annotations

import pytest

from extractors.components.arm_filters import usable_arms
from extractors.components.arm_labels import ArmPhrase
from extractors.components.arm_lists import listed_arms
from extractors.components.arm_names import named_arm
from extractors.components.arm_phrases import bracketed_arms, received_alternatives
from extractors.components.arms import (
    ArmMention,
    build_arms,
    interventions_of,
    mention_words,
    nested_arm,
)
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("sentence", "arms"),
    [
        (
            "We randomised 138 patients (drug A, n = 72; drug B, n = 66).",
            [("drug A", 72), ("drug B", 66)],
        ),
        (
            "We randomly assigned 240 adults with moderate asthma (budesonide, n=120; placebo, "
            "n=118).",
            [("budesonide", 120), ("placebo", 118)],
        ),
        (
            "The trial randomized sixty children (drug A: 30, drug B: 30 children).",
            [("drug A", 30), ("drug B", 30)],
        ),
        (
            "A total of 138 randomised patients (drug A, n = 72; drug B, n = 66) were analysed.",
            [("drug A", 72), ("drug B", 66)],
        ),
        (
            "In total, 138 patients were randomised (drug A [n = 72] or drug B [n = 66]).",
            [("drug A", 72), ("drug B", 66)],
        ),
        (
            "We randomised 138 patients (drug A (n = 72); drug B (n = 66)).",
            [("drug A", 72), ("drug B", 66)],
        ),
        (
            "Adults were randomized (placebo [70 patients] versus drug B [68 patients]).",
            [("placebo", 70), ("drug B", 68)],
        ),
        # the design between the verb and the bracket
        (
            "Design: Randomized, two-group (coaching, n = 128; usual care, n = 124), two-site "
            "trial.",
            [("coaching", 128), ("usual care", 124)],
        ),
        (
            "A randomized parallel-group (drug A, n = 40; placebo, n = 41) trial.",
            [("drug A", 40), ("placebo", 41)],
        ),
    ],
)
def test_bracketed_arms_after_the_people_allocated(
    sentence: str, arms: list[tuple[str, int]]
) -> None:
    assert [(p.label, p.n) for p in bracketed_arms(sentence)] == arms


@pytest.mark.parametrize(
    "sentence",
    [
        "In this randomized trial, adults received drug A (intravenous [n = 72]) or drug B (oral "
        "[n = 66]).",
        "Adults were randomised to drug A [DA; n = 72] or drug B [DB; n = 66].",
    ],
)
def test_arm_sizes_in_a_bracket_that_ends_the_arm(extractor: Extractor, sentence: str) -> None:
    record = extractor.extract(article("Drug A in lupus", (None, sentence)))
    assert [(a.label, a.n) for a in record.arms] == [("drug A", 72), ("drug B", 66)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We randomised 138 patients (mean age 54 years).",
        "We randomised 138 patients (42% women, 58% men).",
        "We randomised 138 patients (stratified by site [n = 12] and sex).",
    ],
)
def test_bracketed_arms_not_a_description_of_the_people(sentence: str) -> None:
    assert bracketed_arms(sentence) == []


def test_bracketed_arms_give_the_claims_their_comparator(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A in progressive disease",
            (
                None,
                "We randomised 138 patients (drug A, n = 72; drug B, n = 66). Patients in the "
                "drug A group were 2.2 times more likely (95% CI 1.14-4.29; p = 0.02) to stop "
                "treatment than those in the drug B group.",
            ),
        )
    )
    assert [(a.label, a.n) for a in record.arms] == [("drug A", 72), ("drug B", 66)]
    claim = record.claims[0]
    assert claim.intervention is not None and claim.intervention.text == "drug A"
    assert claim.comparator is not None and claim.comparator.text == "drug B"


def test_received_alternatives_in_a_random_design_name_each_dose_arm(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Drug A in kidney disease",
            (
                None,
                "In this randomized trial, 269 adults received drug A 5 mg, drug A 10 mg or "
                "placebo daily. Higher proportions of adults reaching the target were observed "
                "with drug A 5 and 10 mg versus placebo (27.3, 32.6 and 17.2%).",
            ),
        )
    )
    # 269 is all of them, not the first arm's size
    assert [(a.label, a.n) for a in record.arms] == [
        ("drug A 5 mg", None),
        ("drug A 10 mg", None),
        ("placebo", None),
    ]
    labels = {a.id: a.label for a in record.arms}
    found = {
        (c.intervention.text if c.intervention else None, labels[r.arm], r.percent)
        for c in record.claims
        for r in c.results
    }
    assert found == {
        ("drug A 5 mg", "drug A 5 mg", 27.3),
        ("drug A 5 mg", "placebo", 17.2),
        ("drug A 10 mg", "drug A 10 mg", 32.6),
        ("drug A 10 mg", "placebo", 17.2),
    }


@pytest.mark.parametrize(
    ("sentence", "arms"),
    [
        (
            "In a randomized crossover design, 34 adults consumed a test food, a high protein "
            "product (n = 19) or a high carbohydrate product (n = 15).",
            [("high protein product", 19), ("high carbohydrate product", 15)],
        ),
        (
            "Of these, 28 received drug A (n = 16) or placebo (n = 12).",
            [("drug A", 16), ("placebo", 12)],
        ),
        (
            "Ten men received drug A or placebo twice daily in a randomised crossover design.",
            [("drug A", None), ("placebo", None)],
        ),
    ],
)
def test_received_alternatives_sizes_and_frequency(
    sentence: str, arms: list[tuple[str, int | None]]
) -> None:
    assert [(p.label, p.n) for p in received_alternatives(sentence)] == arms


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Adults were randomized to drug A 15 mg, drug A 30 mg or placebo once daily.",
            ["drug A 15 mg", "drug A 30 mg", "placebo"],
        ),
        (
            "Adults were randomized to drug A once daily or drug A twice daily.",
            ["drug A once daily", "drug A twice daily"],
        ),
    ],
)
def test_listed_arms_share_the_last_arms_frequency(sentence: str, labels: list[str]) -> None:
    start = sentence.index(" to ") + 4
    assert [p.label for p in listed_arms(sentence, start, len(sentence) - 1)] == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Adults were randomized to drug A (5 or 10 mg) or placebo for 12 weeks.",
            ["drug A 5 mg", "drug A 10 mg", "placebo"],
        ),
        (
            "Adults were randomized to placebo or drug A (50 mg, 100 mg or 200 mg/day).",
            ["placebo", "drug A 50 mg", "drug A 100 mg", "drug A 200 mg/day"],
        ),
        (
            "Adults were randomized to drug A (5 or 10 mg twice daily) or placebo.",
            ["drug A 5 mg", "drug A 10 mg", "placebo"],
        ),
        ("Adults were randomized to drug A (5 or 10) or placebo.", ["drug A (5 or 10)", "placebo"]),
        ("Adults were randomized to A (5 or 10 mg) or placebo.", ["A 5 mg", "A 10 mg", "placebo"]),
    ],
)
def test_listed_arms_doses_offered_in_a_bracket(sentence: str, labels: list[str]) -> None:
    start = sentence.index(" to ") + 4
    assert [p.label for p in listed_arms(sentence, start, len(sentence) - 1)] == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Adults were randomized to: drug A 10 mg daily for 2 weeks; 20 mg daily for 2 weeks; "
            "drug B 5 mg for 2 weeks; or placebo for 2 weeks.",
            ["drug A 10 mg daily", "drug A 20 mg daily", "drug B 5 mg", "placebo"],
        ),
        (
            "Adults were randomized to: A 10 mg daily for 2 weeks; A 20 mg daily for 2 weeks; "
            "B 5 mg for 2 weeks; or placebo for 2 weeks.",
            ["A 10 mg daily", "A 20 mg daily", "B 5 mg", "placebo"],
        ),
        (
            "Adults were randomized to drug A 3.0, 4.5, or 6.0 mg or drug B 6.0 mg.",
            ["drug A 3.0 mg", "drug A 4.5 mg", "drug A 6.0 mg", "drug B 6.0 mg"],
        ),
        (
            "Adults were randomized to 5 mg, 10 mg or 20 mg of drug A.",
            ["5 mg of drug A", "10 mg of drug A", "20 mg of drug A"],
        ),
        (  # a hyphen between the number and the unit
            "Adults were randomized to placebo, drug A 5-mg, 10-mg, or 20-mg daily.",
            ["placebo", "drug A 5-mg", "drug A 10-mg", "drug A 20-mg"],
        ),
    ],
)
def test_listed_arms_dose_takes_the_drug_it_elides(sentence: str, labels: list[str]) -> None:
    start = sentence.index(" to") + 3
    assert [p.label for p in listed_arms(sentence, start, len(sentence) - 1)] == labels


def test_a_drug_named_a_is_no_article() -> None:
    assert interventions_of("A 10 mg daily") == ["A 10 mg daily"]
    assert interventions_of("a placebo") == ["placebo"]


@pytest.mark.parametrize(
    "subject", ["Group II and III", "Groups II and III", "Group II and Group III"]
)
def test_each_group_a_subject_lists_is_compared_with_the_comparator(
    extractor: Extractor, subject: str
) -> None:
    record = extractor.extract(
        article(
            "Premedication in children",
            (
                None,
                "Sixty children were randomly allocated to three groups. Group I received drug "
                "A, Group II received drug A with drug B, and Group III received drug A with "
                f"drug C. Patients of {subject} were more sedated compared to Group I up to "
                "120 min.",
            ),
        )
    )
    pairs = [
        (c.intervention.text if c.intervention else None, c.comparator and c.comparator.text)
        for c in record.claims
    ]
    assert pairs == [("Group II", "Group I"), ("Group III", "Group I")]


def _built(labels: list[str]) -> list[ArmMention]:
    return build_arms([ArmPhrase(label, 0, len(label), None) for label in labels], {})


def test_nested_arm_named_by_the_words_a_larger_arm_shares() -> None:
    arms = _built(["standard care", "home testing", "home testing plus preventive therapy"])
    assert not arms[1].distinctive
    named = nested_arm(arms, mention_words("in the home testing arm"))
    assert named is not None and named.label == "home testing"
    assert nested_arm(arms, mention_words("in the standard care arm")) is None


def test_nested_arm_not_a_factorial_trials_factor() -> None:
    arms = _built(
        [
            "radiotherapy alone",
            "radiotherapy with concurrent drug K",
            "radiotherapy and adjuvant drug K",
            "radiotherapy with concurrent and adjuvant drug K",
        ]
    )
    assert nested_arm(arms, mention_words("with concurrent drug K")) is None
    assert nested_arm(arms, mention_words("with adjuvant drug K")) is None


def test_named_arm_spelled_out_by_words_other_arms_share() -> None:
    arms = _built(
        [
            "lipegfilgrastim 3.0 mg",
            "lipegfilgrastim 4.5 mg",
            "lipegfilgrastim 6.0 mg",
            "pegfilgrastim 6.0 mg",
        ]
    )
    assert not arms[2].distinctive
    named = named_arm(arms, "the lipegfilgrastim 6.0-mg group")
    assert named is not None and named.label == "lipegfilgrastim 6.0 mg"
    assert named_arm(arms, "the 6.0-mg groups") is None  # two arms have that dose
    assert named_arm(arms, "the lipegfilgrastim groups") is None


def test_values_of_a_dose_arm_spelled_out_by_shared_words(extractor: Extractor) -> None:
    # each value names its dose arm by the drug and the dose, no word its own
    record = extractor.extract(
        article(
            "Drug K doses against drug M",
            (
                "Methods",
                "Patients were randomized to receive drug K 1.5, 3.0, or 4.5 mg or drug M 4.5 mg.",
            ),
            (
                "Results",
                "Mean time to recovery was 2.4 days in the drug K 4.5-mg group and 3.1 days in "
                "the drug M 4.5-mg group, with no significant difference.",
            ),
        )
    )
    assert [a.label for a in record.arms] == [
        "drug K 1.5 mg",
        "drug K 3.0 mg",
        "drug K 4.5 mg",
        "drug M 4.5 mg",
    ]
    assert [(r.arm, r.mean) for c in record.claims for r in c.results] == [
        ("arm3", 2.4),
        ("arm4", 3.1),
    ]


def test_one_shared_word_spells_out_no_arm(extractor: Extractor) -> None:
    # "ketorin plus irradiation" is not the arm of ketorin alone, though it names ketorin
    record = extractor.extract(
        article(
            "Ketorin with or without radiotherapy",
            ("Methods", "Women were randomized to ketorin plus radiotherapy or ketorin alone."),
            (
                "Results",
                "Local recurrence differed (1 percent in the group given ketorin plus irradiation "
                "and 4 percent in the group given ketorin alone, P<0.001).",
            ),
        )
    )
    assert [a.label for a in record.arms] == ["ketorin plus radiotherapy", "ketorin alone"]
    assert ("arm2", 1.0) not in [(r.arm, r.percent) for c in record.claims for r in c.results]


def test_named_arm_spelled_out_without_the_words_of_its_make_up() -> None:
    # the combination arm also holds "plus", "combined" and "combination", which "drug P
    # plus drug L" does not all write: its own drugs spell it out
    arms = _built(["drug L (2.5 mg/d)", "drug P", "drug P plus drug L"])
    assert not arms[2].distinctive - {"plus", "combined", "combination"}
    named = named_arm(arms, "More patients on drug P plus drug L")
    assert named is not None and named.label == "drug P plus drug L"
    alone = named_arm(arms, "patients given drug P")
    assert alone is not None and alone.label == "drug P"


def test_named_arm_by_the_group_name_its_label_ends_with() -> None:
    arms = _built(
        [
            "shield-only protection (shield group)",
            "shield and a lead curtain (shield+curtain group)",
            "shield+curtain+drape",
        ]
    )
    shield = named_arm(arms, "shield")
    assert shield is not None and shield.id == "arm1"
    curtain = named_arm(arms, "shield+curtain")
    assert curtain is not None and curtain.id == "arm2"
    assert named_arm(arms, "curtain") is None  # two arms have a curtain, neither is named so
    assert named_arm(arms, "shield-based devices") is None  # a class of them all, no arm
    # group tags read for the wrong arms: "group B" is no surer than before
    lettered = _built(["group B", "group D"])
    lettered[0].words = frozenset({"#b", "b", "#c", "c", "drug"})
    lettered[1].words = frozenset({"#b", "b", "#d", "d", "other"})
    lettered[0].distinctive = frozenset({"#c", "c", "drug"})
    lettered[1].distinctive = frozenset({"#d", "d", "other"})
    assert named_arm(lettered, "group B") is None


def test_each_of_three_arms_valued_against_the_comparator(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Household testing",
            (
                None,
                "In a three-arm cluster-randomised trial, 2,243 index patients were randomised "
                "to standard care, home testing, or home testing plus preventive therapy. "
                "Testing uptake was 34.7% in the standard care arm, 40.2% in the home testing "
                "arm (RR 1.16, CI 0.99-1.36, p = 0.060) and 39.9% in the home testing plus "
                "preventive therapy arm (RR = 1.15, CI 0.99-1.35, p = 0.075).",
            ),
        )
    )
    labels = {a.id: a.label for a in record.arms}
    found = [
        (
            c.intervention.text if c.intervention else None,
            c.comparator.text if c.comparator else None,
            sorted((labels[r.arm], r.percent) for r in c.results),
        )
        for c in record.claims
    ]
    assert found == [
        ("home testing", "standard care", [("home testing", 40.2), ("standard care", 34.7)]),
        (
            "home testing plus preventive therapy",
            "standard care",
            [("home testing plus preventive therapy", 39.9), ("standard care", 34.7)],
        ),
    ]


@pytest.mark.parametrize(
    ("listed", "labels"),
    [
        ("drug A 5 or 10 mg or placebo", ["drug A 5 mg", "drug A 10 mg", "placebo"]),
        ("5 mg or 10 mg drug A or placebo", ["5 mg drug A", "10 mg drug A", "placebo"]),
        ("placebo, 5 mg or 10 mg daily", ["placebo", "5 mg", "10 mg"]),
    ],
)
def test_listed_doses_share_the_drug_and_unit(listed: str, labels: list[str]) -> None:
    sentence = f"Adults were randomized to {listed}."
    start = sentence.index(" to ") + 4
    assert [p.label for p in listed_arms(sentence, start, len(sentence) - 1)] == labels


@pytest.mark.parametrize(
    ("listed", "labels"),
    [
        (
            "the hands-free, motion-sensing game group; the task group with real materials; and "
            "the control group, all for 8 weeks",
            ["hands-free, motion-sensing game", "task group with real materials", "control"],
        ),
        (
            "diet (group 1); diet and exercise (group 2); and diet, exercise, and sleep (group 3)",
            [
                "diet (group 1)",
                "diet and exercise (group 2)",
                "diet, exercise, and sleep (group 3)",
            ],
        ),
        ("drug A; drug B, drug C or placebo", ["drug A", "drug B", "drug C", "placebo"]),
    ],
)
def test_listed_arms_parted_by_semicolons_keep_their_commas(listed: str, labels: list[str]) -> None:
    sentence = f"Children were randomized to {listed}."
    start = sentence.index(" to ") + 4
    assert [p.label for p in listed_arms(sentence, start, len(sentence) - 1)] == labels


@pytest.mark.parametrize(
    "result",
    [
        "Pain scores were lower with ketamine and midazolam than with placebo (p < 0.01).",
        "Pain scores were lower in the ketamine and midazolam groups compared to the placebo "
        "group.",
        "Both ketamine and midazolam reduced pain scores compared with placebo (p < 0.01).",
    ],
)
def test_each_arm_listed_before_the_comparison_is_compared_with_it(
    extractor: Extractor, result: str
) -> None:
    record = extractor.extract(
        article(
            "Premedication in children",
            (
                None,
                "Sixty children were randomly allocated to ketamine, midazolam or placebo. "
                + result,
            ),
        )
    )
    pairs = [
        (c.intervention.text if c.intervention else None, c.comparator and c.comparator.text)
        for c in record.claims
    ]
    assert pairs == [("ketamine", "placebo"), ("midazolam", "placebo")]


@pytest.mark.parametrize(
    ("allocation", "result", "expected"),
    [
        (
            "randomly allocated to ketamine, midazolam or placebo.",
            "Pain scores were lower with ketamine than with midazolam and placebo (p < 0.01).",
            [("ketamine", "midazolam"), ("ketamine", "placebo")],
        ),
        (
            "randomly allocated to groups A, B and C.",
            "Pain scores were lower in group A than in groups B and C (p < 0.01).",
            [("group A", "group B"), ("group A", "group C")],
        ),
    ],
)
def test_an_arm_is_compared_with_each_arm_listed_after_the_comparison(
    extractor: Extractor, allocation: str, result: str, expected: list[tuple[str, str]]
) -> None:
    record = extractor.extract(
        article("Premedication in children", (None, f"Sixty children were {allocation} {result}"))
    )
    pairs = [
        (c.intervention.text if c.intervention else None, c.comparator and c.comparator.text)
        for c in record.claims
    ]
    assert pairs == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients with breast cancer received drug A (n = 228) or drug B (n = 223) with or "
        "without chemotherapy for 12 weeks.",
        "A total of 869 patients received drug A after surgery, which was randomly followed by "
        "radiotherapy (n = 439) or observation (n = 430).",
    ],
)
def test_received_alternatives_without_a_random_design_before_them_are_no_arms(
    extractor: Extractor, sentence: str
) -> None:
    # the title's arms, not the list after "received" (read only where nothing else is)
    record = extractor.extract(article("Drug A versus drug B: a trial", ("METHODS", sentence)))
    assert [a.label for a in record.arms] == ["Drug A", "drug B"]


def test_a_one_letter_arm_keeps_its_size() -> None:
    sentence = (
        "Patients were randomized (1:2) to receive either WP (N = 19) for 12 cycles or E "
        "(N = 31) every 3 weeks."
    )
    start = sentence.index(" to ") + 4
    assert [(p.label, p.n) for p in listed_arms(sentence, start, len(sentence) - 1)] == [
        ("WP", 19),
        ("E", 31),
    ]


@pytest.mark.parametrize(
    ("listed", "labels"),
    [
        (
            ", for 2 weeks, drug A 10 mg; drug A 20 mg; drug B 5 mg; or placebo",
            ["drug A 10 mg", "drug A 20 mg", "drug B 5 mg", "placebo"],
        ),
        (", in a double-blind fashion, drug A, drug B or placebo", ["drug A", "drug B", "placebo"]),
        (", for 12 weeks, drug A or placebo", ["drug A", "placebo"]),
    ],
)
def test_listed_arms_after_an_aside_keep_the_first_arm(listed: str, labels: list[str]) -> None:
    sentence = f"Adults were randomised to receive{listed}."
    start = sentence.index(" receive") + 8
    assert [p.label for p in listed_arms(sentence, start, len(sentence) - 1)] == labels


@pytest.mark.parametrize(
    ("listed", "labels"),
    [
        ("10 Hz or 40 Hz stimulation in a crossover design", ["10 Hz", "40 Hz stimulation"]),
        ("drug A or placebo in a double-blind fashion", ["drug A", "placebo"]),
        (
            "drug A, drug B or placebo in a randomised parallel-group design",
            ["drug A", "drug B", "placebo"],
        ),
    ],
)
def test_listed_arms_end_before_the_design(listed: str, labels: list[str]) -> None:
    sentence = f"Adults were randomised to {listed}."
    start = sentence.index(" to ") + 4
    assert [p.label for p in listed_arms(sentence, start, len(sentence) - 1)] == labels


@pytest.mark.parametrize(
    ("listed", "labels"),
    [
        (
            "either 8 weeks of Coaching, Breathing, and Mindfulness (CBM) or usual care (UC)",
            ["Coaching, Breathing, and Mindfulness (CBM)", "usual care (UC)"],
        ),
        (
            "Psychoeducation, Paced Respiration, and Relaxation (PEPRR) or usual care",
            ["Psychoeducation, Paced Respiration, and Relaxation (PEPRR)", "usual care"],
        ),
        # the acronym spells the last item only: three arms
        ("yoga, diet, and Relaxation (RLX) or usual care", ["yoga", "diet", "Relaxation (RLX)"]),
    ],
)
def test_listed_arms_closed_by_an_acronym_of_them_all_are_one_programme(
    listed: str, labels: list[str]
) -> None:
    sentence = f"Carers were randomly assigned to receive {listed}."
    start = sentence.index(" receive ") + 9
    assert [p.label for p in listed_arms(sentence, start, len(sentence) - 1)][:3] == labels


def test_a_programme_named_by_an_acronym_is_one_intervention() -> None:
    label = "Coaching, Breathing, and Mindfulness (CBM)"
    assert interventions_of(label) == [label]
    assert interventions_of("drug A and drug B") == ["drug A", "drug B"]


@pytest.mark.parametrize(
    ("listed", "labels"),
    [
        # a bracket that describes the arm (a comma, a verb, five words or more) is no part of it
        (
            "the intervention group or the control group (results withheld, usual care)",
            ["intervention", "control"],
        ),
        (
            "drug A plus usual care (61 patients [49%]) or usual care alone (63 patients [51%])",
            ["drug A plus usual care", "usual care alone"],
        ),
        ("exercise or advice (which was given by a nurse)", ["exercise", "advice"]),
        # a short name, a dose or a group's name stays
        ("treatment as usual (TAU) or yoga (YG)", ["treatment as usual (TAU)", "yoga (YG)"]),
        ("drug A (5 mg, 10 mg) or placebo", ["drug A 5 mg", "drug A 10 mg", "placebo"]),
        (
            "diet (group 1) or diet and exercise (group 2)",
            ["diet (group 1)", "diet and exercise (group 2)"],
        ),
        (
            "oral (OI, control) or intravenous (IVI, treatment) iron",
            ["oral (OI, control)", "intravenous (IVI, treatment) iron"],
        ),
        (
            "treatment with drug K (K) or without (no-K)",
            ["treatment with drug K (K)", "without (no-K)"],
        ),
        (
            "experimental (elastic orthosis and manual lymphatic drainage) or control (posture)",
            ["experimental (elastic orthosis and manual lymphatic drainage)", "control (posture)"],
        ),
        # the trial's registry record
        (
            "drug K or matching placebo (NCT01234567 clinicaltrials.gov)",
            ["drug K", "matching placebo"],
        ),
        ("drug K or placebo (ISRCTN 12345678)", ["drug K", "placebo"]),
        # what a group named by role or letter received
        (
            "the experimental group (nasal surgery + pharyngeal surgery) or the control group "
            "(nasal surgery)",
            [
                "experimental group (nasal surgery + pharyngeal surgery)",
                "control group (nasal surgery)",
            ],
        ),
    ],
)
def test_listed_arms_leave_out_a_bracket_that_describes_them(
    listed: str, labels: list[str]
) -> None:
    sentence = f"Adults were randomized to {listed}."
    start = sentence.index(" to ") + 4
    assert [p.label for p in listed_arms(sentence, start, len(sentence) - 1)] == labels


def test_listed_arms_end_at_the_verb_of_the_sentence() -> None:
    sentence = "Data from 215 women, randomized to sensor monitoring or finger-prick testing, were "
    sentence += "collected from 31 hospitals."
    start = sentence.index(" to ") + 4
    labels = [p.label for p in listed_arms(sentence, start, len(sentence) - 1)]
    assert labels == ["sensor monitoring", "finger-prick testing"]


def test_arms_that_differ_in_how_long_are_arms() -> None:
    sentence = "Neonates with sepsis were randomized to either 10-d or 14-d antibiotic therapy."
    start = sentence.index(" to ") + 4
    phrases = usable_arms(listed_arms(sentence, start, len(sentence) - 1))
    assert [p.label for p in phrases] == ["10-d", "14-d antibiotic therapy"]
    # one duration among other arms is when or how often, no arm
    sentence = "Adults were randomized to tACS or sham stimulation, 5 days/week for 2 weeks."
    start = sentence.index(" to ") + 4
    labels = [p.label for p in usable_arms(listed_arms(sentence, start, len(sentence) - 1))]
    assert labels == ["tACS", "sham stimulation"]
