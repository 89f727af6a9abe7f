"""evg_arms: arm phrases, sizes, interventions and the comparator, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.components.arm_comparisons import compared_pair
from extractors.components.arm_filters import plausible_label
from extractors.components.arms import (
    ArmMention,
    interventions_of,
    mention_words,
    named_groups,
)
from extractors.components.inputs import attach_article, declare_article_extension
from extractors.pipeline import build_nlp
from extractors.readers.sections import AbstractPart, compose
from kg.model import Article


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def _arms(nlp: Language, text: str) -> list[ArmMention]:
    arms: list[ArmMention] = nlp(text)._.arms
    return arms


def _summary(arms: list[ArmMention]) -> list[tuple[str, int | None, list[str], bool]]:
    return [(a.label, a.n, a.interventions, a.comparator) for a in arms]


def test_arms_marked_by_n_with_monotherapy_comparator(nlp: Language) -> None:
    text = (
        "Methods: Adults were randomly assigned to a drug A monotherapy group (n=40) or a drug A "
        "plus drug B group (n=41), with 6 months of follow-up."
    )
    arms = _arms(nlp, text)
    assert _summary(arms) == [
        ("drug A monotherapy", 40, ["drug A"], True),
        ("drug A plus drug B", 41, ["drug A", "drug B"], False),
    ]
    assert [a.id for a in arms] == ["arm1", "arm2"]
    assert all(text[a.start : a.end] == a.label for a in arms if a.start is not None)
    assert "monotherapy" in arms[0].distinctive
    assert {"plus", "combined"} <= arms[1].distinctive


def test_arms_listed_with_placebo_and_doses(nlp: Language) -> None:
    text = "Methods: We randomized 90 adults to placebo, 10 mg of tolvarin, or 20 mg of tolvarin."
    assert _summary(_arms(nlp, text)) == [
        ("placebo", None, ["placebo"], True),
        ("10 mg of tolvarin", None, ["10 mg of tolvarin"], False),
        ("20 mg of tolvarin", None, ["20 mg of tolvarin"], False),
    ]


def test_arms_dose_only_phrase_borrows_the_drug_name(nlp: Language) -> None:
    text = "Methods: Patients were randomly allocated to placebo or zentamab 5 mg or 10 mg daily."
    labels = [a.label for a in _arms(nlp, text)]
    # "daily" is said of all three, not of the last arm only
    assert labels == ["placebo", "zentamab 5 mg", "zentamab 10 mg"]


def test_arms_group_received(nlp: Language) -> None:
    text = (
        "Methods: Sixty children were divided into two groups: group A (n=30) received oral zinc "
        "and group B (n=30) received placebo."
    )
    arms = _arms(nlp, text)
    assert _summary(arms) == [
        ("group A", 30, ["oral zinc"], False),
        ("group B", 30, ["placebo"], True),
    ]
    assert "#a" in arms[0].distinctive


def test_arms_groups_with_n_outside_an_allocation_sentence(nlp: Language) -> None:
    text = (
        "Results: The exercise group (n=45) and the control group (n=44) were similar at baseline."
    )
    assert _summary(_arms(nlp, text)) == [
        ("exercise", 45, ["exercise"], False),
        ("control", 44, ["control"], True),
    ]


def test_arms_strict_subset_is_the_comparator(nlp: Language) -> None:
    text = "Methods: Patients were randomised to aspirin with clopidogrel (n=50) or aspirin (n=50)."
    assert [a.comparator for a in _arms(nlp, text)] == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Adults were randomly assigned to zoltrin plus standard care (n=30) or "
        "standard care alone (n=31).",
        "Methods: Adults were randomly assigned to usual care plus a walking plan (n=30) or "
        "usual care (n=31).",
        "Methods: Adults were randomly assigned to placebo plus zoltrin (n=30) or placebo "
        "only (n=31).",
    ],
)
def test_arms_control_named_in_both_arms(nlp: Language, text: str) -> None:
    assert [a.comparator for a in _arms(nlp, text)] == [False, True]


def test_arms_four_groups_after_a_colon(nlp: Language) -> None:
    text = (
        "Methods: Adults were randomly assigned to one of the four groups: AT, RT, CT, or control."
    )
    arms = _arms(nlp, text)
    assert [a.label for a in arms] == ["AT", "RT", "CT", "control"]
    assert [a.comparator for a in arms] == [False, False, False, True]
    assert "at" in arms[0].distinctive  # an acronym is kept even when it spells a stopword


def test_arms_list_ends_at_a_trailing_clause(nlp: Language) -> None:
    text = (
        "Methods: Children were divided into a study (SG) and a control (CG) group, with 27 "
        "children each."
    )
    assert [a.label for a in _arms(nlp, text)] == ["study (SG)", "control (CG)"]


def test_arms_ratio_with_spaces(nlp: Language) -> None:
    text = (
        "Methods: Men were randomly assigned 1 : 1 to receive drug C (group A) or drug D (group B)."
    )
    arms = _arms(nlp, text)
    assert [a.label for a in arms] == ["drug C (group A)", "drug D (group B)"]
    assert "#b" in arms[1].distinctive


def test_arms_none_without_allocation(nlp: Language) -> None:
    assert _arms(nlp, "Results: Pain fell in most patients after surgery.") == []


def test_arms_interventions_split() -> None:
    assert interventions_of("drug A combined with drug B treatment") == ["drug A", "drug B"]
    assert interventions_of("insulin + metformin") == ["insulin", "metformin"]
    assert interventions_of("surgery during both insertion and withdrawal") == [
        "surgery during both insertion and withdrawal"
    ]


def test_arms_mention_words_keep_numbers_whole() -> None:
    words = mention_words("the 20 mg group had a ratio of 1.10")
    assert "20" in words
    assert "10" not in words


def test_arms_mention_words_are_the_callers_own() -> None:
    # mention_words is memoised by text: a caller that changes its set changes no other's
    words = mention_words("the group B arm")
    words.add("changed")
    assert mention_words("the group B arm") == {"#b", "b"}


def test_arms_thousands_in_allocation_and_bracketed_or() -> None:
    from extractors.components.arm_phrases import TRIGGER, listed_arms

    text = (
        "The trial randomised 1,204 adults with gout to receive drug Q (10, 20, or 40 mg "
        "by weight), drug R or placebo."
    )
    trigger = TRIGGER.search(text)
    assert trigger is not None
    labels = [p.label for p in listed_arms(text, trigger.end(), len(text) - 1)]
    assert labels == ["drug Q (10, 20, or 40 mg by weight)", "drug R", "placebo"]


def test_arms_generic_intervention_and_control_groups() -> None:
    from extractors.components.arm_phrases import generic_arms

    text = "Scores rose in the intervention group (P=0.01) but not in the control group."
    assert [p.label for p in generic_arms(text)] == ["intervention group", "control group"]
    assert generic_arms("Scores rose in the intervention group.") == []


def test_arms_size_filled_from_a_later_n() -> None:
    from extractors.components.arm_phrases import ArmPhrase
    from extractors.components.arms import build_arms, fill_sizes

    arms = build_arms([ArmPhrase("zelmarin", 0, 8, None), ArmPhrase("placebo", 12, 19, None)], {})
    fill_sizes(arms, "The safety population (zelmarin, n = 115; placebo, n = 112) was analysed.")
    assert [(a.label, a.n) for a in arms] == [("zelmarin", 115), ("placebo", 112)]


def test_arms_take_the_abbreviations_that_spell_them(nlp: Language) -> None:
    text = (
        "Methods: Children were randomly assigned to a red apple juice group (n = 30) or a water "
        "group (n = 31). Red apple juice (RAJ) and flavoured water (FW) were given twice daily."
    )
    arms = _arms(nlp, text)
    assert [a.n for a in arms] == [30, 31]
    assert "raj" in arms[0].distinctive
    assert "fw" in arms[1].distinctive


def test_arms_durations_do_not_name_an_arm(nlp: Language) -> None:
    text = "Methods: Adults were randomly assigned to 8-week treatment with placebo or drug A."
    arms = _arms(nlp, text)
    assert not {"8", "week"} & arms[0].distinctive
    assert "placebo" in arms[0].distinctive


@pytest.mark.parametrize(
    "sentence",
    [
        "Eighty adults were randomized (41 to drug A and 39 to placebo).",
        "Eighty adults (41 drug A, 39 placebo) were enrolled.",
    ],
)
def test_arms_size_written_before_the_arm(nlp: Language, sentence: str) -> None:
    text = f"Methods: Adults were randomly assigned to drug A or placebo. {sentence}"
    assert [(a.label, a.n) for a in _arms(nlp, text)] == [("drug A", 41), ("placebo", 39)]


def test_arms_size_in_patients_abbreviated(nlp: Language) -> None:
    text = "Methods: Adults were randomly assigned to drug A (41 pts) or placebo (39 pts)."
    assert [a.n for a in _arms(nlp, text)] == [41, 39]


def test_arms_the_comparator_is_the_control_group(nlp: Language) -> None:
    text = "Methods: Adults were randomly assigned to drug A (n = 40) or usual care (n = 41)."
    arms = _arms(nlp, text)
    assert arms[1].comparator
    assert "control" in arms[1].distinctive


def test_arms_the_other_arm_of_two_is_the_intervention_group(nlp: Language) -> None:
    text = "Methods: Adults were randomly assigned to drug A (n = 40) or placebo (n = 41)."
    arms = _arms(nlp, text)
    assert "intervention" in arms[0].distinctive
    assert "control" in arms[1].distinctive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pain fell in group A (40%) more than in group B (20%).", ["group A", "group B"]),
        ("Arm 1 did better than arm 2; arm 1 had fewer events.", ["Arm 1", "arm 2"]),
        ("Group I, Group II and Group III were compared.", ["Group I", "Group II", "Group III"]),
        ("Only group A was described.", []),
        ("Grade 3 and grade 4 events in group A and group 2.", []),
        ("Events of stage group 1 and stage group 2", []),
        # any letter: "group H" (homeopathy) beside "group C" (control)
        ("Pain fell in group H (-1.3) and rose in group C (+3.4).", ["group H", "group C"]),
        # not the P of a p value, nor blood group O
        ("Rates were 12% in group H and 15% in group C P < 0.01.", ["group H", "group C"]),
        ("Pain fell in group H, not in blood group O.", []),
    ],
)
def test_arms_named_groups(text: str, expected: list[str]) -> None:
    assert [p.label for p in named_groups(text)] == expected


def test_arms_named_groups_are_the_last_resort(nlp: Language) -> None:
    text = (
        "Exercise for fatigue: a trial.\n\nWomen with fatigue took part. "
        "Fatigue fell more in group A (12%) than in group B (30%) (P = .01)."
    )
    assert [a.label for a in _arms(nlp, text)] == ["group A", "group B"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This trial compared drug A with placebo in adults.", ["drug A", "placebo"]),
        (
            "We assessed the benefit of herb X vs usual care in older women.",
            ["herb X", "usual care"],
        ),
        ("Herb X versus usual care for fatigue: a randomised trial", ["Herb X", "usual care"]),
        # what is compared, then the arms after "of"
        ("It compared the efficacy of herb X with that of herb Y.", ["herb X", "herb Y"]),
        ("It compared the outcomes of patients in two centres with registry data.", []),
        ("Pain was 44% vs 17% in the two groups.", []),
        ("Scores were 3.1 versus 4.2 points.", []),
    ],
)
def test_arms_compared_pair(text: str, expected: list[str]) -> None:
    assert [p.label for p in compared_pair(text)] == expected


def test_arms_from_what_the_trial_compared(nlp: Language) -> None:
    text = (
        "Herb X for fatigue.\n\nThis trial compared herb X with usual care in older women. "
        "Fatigue fell in 40% with herb X and in 20% with usual care (P = .01)."
    )
    assert [a.label for a in _arms(nlp, text)] == ["herb X", "usual care"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ninety adults were enrolled; 46 in the zentamab group and 44 in the placebo group.",
            [("zentamab", 46), ("placebo", 44)],
        ),
        (
            "Of 120 adults screened, 61 were randomly assigned to drug A, and 59 to usual care.",
            [("drug A", 61), ("usual care", 59)],
        ),
        (
            "Sixty-one patients received the exercise programme and 58 received leaflets.",
            [("exercise programme", 61), ("leaflets", 58)],
        ),
        (
            "A total of 95 adults were evaluable (n = 48, tolvarin; n = 47, placebo).",
            [("tolvarin", 48), ("placebo", 47)],
        ),
        (
            "Of the 300 women, 150 were overdue for a visit (70 reminder, 80 control).",
            [("reminder", 70), ("control", 80)],
        ),
    ],
)
def test_arms_counted_before_each_arm(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(a.label, a.n) for a in _arms(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Deaths occurred in 12 in the zentamab group and 15 in the placebo group.",
        "Eight patients withdrew; five in the zentamab group and three in the placebo group.",
        "Visits were made at 6 months, 12 months and 24 months.",
    ],
)
def test_arms_counted_not_from_events_or_times(nlp: Language, text: str) -> None:
    assert _arms(nlp, text) == []


def test_arms_marked_after_to_receive_without_a_trigger(nlp: Language) -> None:
    text = (
        "Methods: We randomly assigned 200 adults who were 60 years of age or older and who had "
        "stage I disease (according to local criteria), treated by surgery, to receive drug A "
        "plus drug B (101 adults) or drug A alone (99 adults)."
    )
    assert [(a.label, a.n) for a in _arms(nlp, text)] == [
        ("drug A plus drug B", 101),
        ("drug A alone", 99),
    ]


@pytest.mark.parametrize(
    "label",
    [
        "N = 18",
        "respect",
        "with each other",
        "69 patients",
        "characteristics of the two groups at baseline",
        "Are There Advantages",
        "evaluate changes",
        "55.2% at 12 months",
        "Controlled Trial to Compare Usual Practice",
        "drug A had significant declines in pain (p = 0.04)",
        "no change in pain was found",
        "skin biopsies were frozen",  # a clause: a finite verb outside brackets
        "walking and cycling are feasible",
        "they will be sent to a wait list",
    ],
)
def test_arms_implausible_labels(label: str) -> None:
    assert not plausible_label(label)


@pytest.mark.parametrize(
    "label",
    [
        "group II",
        "30 mg",
        "MM",
        "zoltrin 0.1%",
        "5% zoltrin cream",
        "standard trial letter",
        "E",
        "advice (which was given by a nurse)",  # the verb describes, in brackets
        "usual care that will offer drug K at 6 months",  # the verb of a relative clause
    ],
)
def test_arms_plausible_labels(label: str) -> None:
    assert plausible_label(label)


def test_arms_fragments_are_no_arms(nlp: Language) -> None:
    text = (
        "Methods: The characteristics of the two groups at baseline and (n=30) the respect "
        "(n=31) were noted. Results: The exercise group (n=45) and the control group (n=44) "
        "were similar."
    )
    assert [a.label for a in _arms(nlp, text)] == ["exercise", "control"]


def test_arms_with_or_without(nlp: Language) -> None:
    text = "Methods: Patients were randomized to zoltrin with or without mavorex (n=40 each)."
    arms = _arms(nlp, text)
    assert _summary(arms) == [
        ("zoltrin with mavorex", 40, ["zoltrin", "mavorex"], False),
        ("zoltrin without mavorex", None, ["zoltrin"], True),
    ]
    assert "mavorex" in arms[0].distinctive
    assert "mavorex" not in arms[1].words and "alone" in arms[1].distinctive


def test_arms_or_not(nlp: Language) -> None:
    text = "Methods: Women were randomly assigned to receive pelvic radiotherapy or not."
    arms = _arms(nlp, text)
    assert [(a.label, a.comparator) for a in arms] == [
        ("pelvic radiotherapy", False),
        ("no pelvic radiotherapy", True),
    ]
    assert "no" in arms[1].distinctive


def test_arms_lose_dangling_words(nlp: Language) -> None:
    text = "Methods: Adults were randomized to zoltrin (n=30) or placebo on day 2 of (n=31) cycles."
    assert [a.label for a in _arms(nlp, text)] == ["zoltrin", "placebo on day 2"]


def test_arms_no_arm_named_by_no(nlp: Language) -> None:
    arms = _arms(nlp, "Methods: Adults were randomly assigned to music (n=40) or no music (n=40).")
    assert "music" in arms[0].distinctive and "music" not in arms[1].words
    assert {"no", "no-music"} <= arms[1].distinctive
    assert "no-music" in mention_words("the no-music group")


def test_arms_made_up_labels_have_no_offsets(nlp: Language) -> None:
    arms = _arms(
        nlp, "Methods: Women were randomly assigned to receive pelvic radiotherapy or not."
    )
    assert (arms[0].start is not None, arms[1].start, arms[1].end) == (True, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Methods: Adults were randomized to genotype- or phenotype-guided dosing.",
            ["genotype-guided dosing", "phenotype-guided dosing"],
        ),
        (
            "Methods: Adults were randomized to low–, medium– or high-intensity cycling.",
            ["low–intensity cycling", "medium–intensity cycling", "high-intensity cycling"],
        ),
    ],
)
def test_arms_open_hyphen_completed_by_the_next_arm(
    nlp: Language, text: str, expected: list[str]
) -> None:
    arms = _arms(nlp, text)
    assert [a.label for a in arms] == expected
    assert arms[0].start is None and arms[-1].start is not None  # made up vs written


def test_arms_sex_split_in_brackets_is_no_arm(nlp: Language) -> None:
    text = "Methods: Forty adults (22 male and 18 female) were randomly assigned to yoga or rest."
    assert [a.label for a in _arms(nlp, text)] == ["yoga", "rest"]


def test_arms_doses_take_the_drug_named_after_the_last_n(nlp: Language) -> None:
    text = (
        "Methods: Sixty adults were randomized to 5 mg (n=20) or 15 mg (n=20) zentamab "
        "or placebo (n=20), given daily."
    )
    assert [(a.label, a.n) for a in _arms(nlp, text)] == [
        ("5 mg zentamab", 20),
        ("15 mg zentamab", 20),
        ("placebo", 20),
    ]


def test_arms_named_by_role_take_what_they_received(nlp: Language) -> None:
    text = (
        "Methods: Adults were randomly assigned into two groups of control and case. "
        "The control group was treated only by usual care, whereas the case group was "
        "treated by tai chi plus usual care."
    )
    assert _summary(_arms(nlp, text)) == [
        ("control", None, ["usual care"], True),
        ("case", None, ["tai chi", "usual care"], False),
    ]


def test_arms_by_letter_take_what_they_received(nlp: Language) -> None:
    text = (
        "Methods: Sixty adults were randomly assigned to group A or group B. "
        "Group A received zentamab, while group B received placebo."
    )
    assert _summary(_arms(nlp, text)) == [
        ("group A", None, ["zentamab"], False),
        ("group B", None, ["placebo"], True),
    ]


def test_arms_from_the_short_forms_a_title_compares(nlp: Language) -> None:
    declare_article_extension()
    title = "Oral zentamab versus extended-release, inhaled tolvarin (OZ vs. ER-IT) in asthma"
    text, span, parts = compose(
        title, [AbstractPart("Methods", "METHODS", "Adults with asthma were enrolled.")]
    )
    doc = nlp.make_doc(text)
    attach_article(doc, Article(id="t", title=title, text=text, title_span=span, sections=parts))
    assert [a.label for a in nlp(doc)._.arms] == ["OZ", "ER-IT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a cluster trial, 13 clusters were allocated to the intervention group (n=24 749) "
            "and 14 to the control group (n=25 985).",
            [("intervention", 24749), ("control", 25985)],
        ),
        (
            "In a cluster trial, 8 clusters were allocated to drug A (n=12\u2009345) and 8 to "
            "drug B (n=11\u2009876).",
            [("drug A", 12345), ("drug B", 11876)],
        ),
        (
            "Forty-one were assigned to drug A (n=41) and forty to placebo (n=40).",
            [("drug A", 41), ("placebo", 40)],
        ),
        (  # a dose range keeps its first number
            "Adults were randomly assigned to 5 to 10 mg drug X (n=30) or placebo (n=31).",
            [("5 to 10 mg drug X", 30), ("placebo", 31)],
        ),
    ],
)
def test_arms_later_arm_of_a_list_loses_its_count(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(a.label, a.n) for a in _arms(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A total of 2,480 patients were screened and 300 were randomised (drug A, n = 152; "
            "drug B, n = 148). In the cluster trial, 8 clusters were allocated to drug A (n=12 "
            "345) and 8 to drug B (n=11 876).",
            [("drug A", 152), ("drug B", 148)],
        ),
        (
            "Patients were randomized (placebo: 40, drug A: 41 patients) and followed for a year.",
            [("placebo", 40), ("drug A", 41)],
        ),
    ],
)
def test_arms_and_sizes_in_a_bracket_after_the_allocation(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(a.label, a.n) for a in _arms(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Women were randomised (mean age 45 years, 60% nulliparous) to drug A or placebo.",
        "Women were randomised (1:1) to drug A or placebo.",
        "Women were randomised (drug A, n = 152) or not.",
    ],
)
def test_arms_bracket_after_the_allocation_must_hold_only_arms(text: str) -> None:
    from extractors.components.arm_phrases import bracketed_arms

    assert bracketed_arms(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Methods: Adults were randomly assigned to ketamine or saline.", [False, True]),
        (
            "Methods: Adults were randomly assigned to ketamine (n=30) or saline solution (n=30).",
            [False, True],
        ),
        ("Methods: Group A received ketamine and group B received saline.", [False, True]),
        ("Methods: Adults were randomly assigned to hypertonic saline or saline.", [False, True]),
        # sterile or distilled water as the inert control, whichever is named first
        ("Methods: Adults were randomly assigned to sterile water or ketamine.", [True, False]),
        (
            "Methods: Adults were randomly assigned to ketamine or distilled water injections.",
            [False, True],
        ),
        # saline as the vehicle of the drug, or given with it: no control
        (
            "Methods: Adults were randomly assigned to ketamine in saline or morphine.",
            [False, False],
        ),
        (
            "Methods: Adults were randomly assigned to ketamine with saline or morphine.",
            [False, False],
        ),
        (
            "Methods: Adults were randomly assigned to ketamine in sterile water or morphine.",
            [False, False],
        ),
    ],
)
def test_arms_saline_or_sterile_water_alone_is_the_comparator(
    nlp: Language, text: str, expected: list[bool]
) -> None:
    assert [a.comparator for a in _arms(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Of 138 adults, 72 were randomised to zentamab (intravenous [n = 72]) and 66 to "
        "methylprednisolone.",
        "Of 138 adults, 72 were randomised to zentamab (n = 72) and 66 to methylprednisolone "
        "(n = 66).",
    ],
)
def test_arms_counted_before_each_arm_with_a_size_bracket(nlp: Language, text: str) -> None:
    arms = [(a.label, a.n) for a in _arms(nlp, text)]
    assert arms == [("zentamab", 72), ("methylprednisolone", 66)]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Methods: Adults were randomly assigned, in a 1:1 ratio, to zentamab or placebo.",
            ["zentamab", "placebo"],
        ),
        (
            "Methods: Adults were randomly assigned, in a double-blind manner, to zentamab, "
            "tolvarin or placebo.",
            ["zentamab", "tolvarin", "placebo"],
        ),
        (
            "Methods: Adults were randomised, with stratification by centre, into two groups: "
            "zentamab or placebo.",
            ["zentamab", "placebo"],
        ),
    ],
)
def test_arms_after_an_aside_between_the_verb_and_to(
    nlp: Language, text: str, labels: list[str]
) -> None:
    assert [a.label for a in _arms(nlp, text)] == labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Methods: Adults were randomly assigned to a text-message programme and treatment "
            "as usual (TM + TAU; n = 150) or TAU alone (n = 148).",
            [False, True],
        ),
        ("Methods: Adults were randomly assigned to CBT or TAU.", [False, True]),
        # the protein is no control
        ("Methods: Mice were given anti-tau antibody or placebo.", [False, True]),
    ],
)
def test_arms_treatment_as_usual_abbreviated_is_the_comparator(
    nlp: Language, text: str, expected: list[bool]
) -> None:
    assert [a.comparator for a in _arms(nlp, text)] == expected


def test_arms_results_is_no_word_that_names_an_arm() -> None:
    assert "results" not in mention_words("children whose test results were known")
    assert {"disclosure", "genetic", "test"} <= mention_words("disclosure of genetic test results")
