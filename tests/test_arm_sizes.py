"""Arm sizes: a date is no count of an arm ("From May 1998 to September 2001, ..."); the
one number of "299 women were randomized to A or B" is all of them, not A's; "colchicine (41)
or placebo (39)" gives each arm its size; "(K for pain, n = 30)" names the arm its n counts."""

from __future__ import annotations

import pytest

from extractors.components.arm_filters import plausible_label
from extractors.components.arm_phrases import counted_arms
from extractors.components.arms import ArmMention, _describe, fill_sizes
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _arms(extractor: Extractor, methods: str) -> list[tuple[str, int | None]]:
    record = extractor.extract(
        article(
            "Drug K for gout",
            ("Methods", methods),
            ("Results", "Pain was lower with drug K than with placebo (P = 0.01)."),
        )
    )
    return [(a.label, a.n) for a in record.arms]


@pytest.mark.parametrize("label", ["September 2001", "Sept. 12, 2001", "may 1998"])
def test_a_date_names_no_arm(label: str) -> None:
    assert not plausible_label(label)


def test_may_as_a_word_can_name_an_arm() -> None:
    assert plausible_label("May therapy")


def test_a_date_breaks_a_run_of_counted_arms() -> None:
    text = "From December 1997 to August 2003, 100 were assigned to drug K and 101 to placebo."
    assert [(p.label, p.n) for p in counted_arms(text)] == [("drug K", 100), ("placebo", 101)]


@pytest.mark.parametrize(
    "text",
    [
        "A randomized trial among children with fever from January 5, 2018, to March 31, 2019, "
        "was conducted.",
        "Children were randomized from Jan. 5 2018 to Sept 30 2019 in two wards.",
    ],
)
def test_the_years_of_dates_with_a_day_count_no_arms(text: str) -> None:
    assert counted_arms(text) == []


def test_a_run_after_a_word_like_a_month_still_counts_arms() -> None:
    text = "Separately, 45 were assigned to drug K and 44 to placebo."
    assert [(p.label, p.n) for p in counted_arms(text)] == [("drug K", 45), ("placebo", 44)]


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "From May 1998 to September 2001, 369 adults with gout were randomised to drug K "
            "or placebo.",
            [("drug K", None), ("placebo", None)],
        ),
        (
            "Between 1990 and 1993, 299 women were randomized to oral colchicine or "
            "placebo for 3 years.",
            [("oral colchicine", None), ("placebo", None)],
        ),
        (
            "Of 80 adults with gout, 41 were assigned to drug K and 39 to placebo.",
            [("drug K", 41), ("placebo", 39)],
        ),
        (
            "Adults with gout were randomized to drug K or placebo (122 drug K, 104 placebo).",
            [("drug K", 122), ("placebo", 104)],
        ),
        # a bare count in brackets after an arm's name is its size
        (
            "Eighty adults with gout were randomized to colchicine (40) or placebo (40).",
            [("colchicine", 40), ("placebo", 40)],
        ),
        (
            "Eighty adults were randomized to oral colchicine 1 mg daily (41) or placebo (39) "
            "for 3 years.",
            [("oral colchicine 1 mg daily", 41), ("placebo", 39)],
        ),
        (
            "Adults were randomized to colchicine (41 patients) or placebo (39 patients).",
            [("colchicine", 41), ("placebo", 39)],
        ),
        # an n and then the arm it counts: each the arm named after it, not the one before
        (
            "Adults with gout were randomized to drug K or placebo (n = 60 in drug K and 58 "
            "in placebo).",
            [("drug K", 60), ("placebo", 58)],
        ),
    ],
)
def test_arm_sizes(
    extractor: Extractor, methods: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _arms(extractor, methods) == expected


def _arm(arm_id: str, name: str) -> ArmMention:
    words = frozenset({name})
    return ArmMention(arm_id, name, None, [name], words=words, distinctive=words)


def test_a_decimal_between_two_counts_keeps_them_in_one_sentence() -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    fill_sizes(arms, "Of 80, 41 were assigned to colchicine at 0.5 mg and 39 to placebo.")
    assert [a.n for a in arms] == [41, 39]


@pytest.mark.parametrize(
    "text",
    [
        "In all, 151 were analysed (n=77 for colchicine and n=74 for placebo).",
        "In all, 151 were analysed (n = 77 in the colchicine group, n = 74 in the placebo group).",
    ],
)
def test_an_n_goes_to_the_arm_named_after_it(text: str) -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    fill_sizes(arms, text)
    assert [a.n for a in arms] == [77, 74]


def test_an_n_after_an_arm_and_before_no_arm_is_that_arms() -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    fill_sizes(arms, "The colchicine group (n = 41 in total) and the placebo group (n = 39).")
    assert [a.n for a in arms] == [41, 39]


def test_a_count_opening_a_sentence_gives_the_arms_their_sizes() -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    fill_sizes(arms, "Adults were randomized. 812 were assigned to colchicine and 809 to placebo.")
    assert [a.n for a in arms] == [812, 809]


def test_the_counts_of_a_sentence_reporting_events_are_no_sizes(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Colchicine for the prevention of gout flares",
            ("Methods", "Adults with gout were randomly assigned to colchicine or placebo."),
            (
                "Results",
                "During follow-up, 25 adults in the colchicine group (3%) and 51 in the placebo "
                "group (6%) developed a flare. In all, 812 adults were randomly assigned to "
                "receive colchicine and 809 to placebo.",
            ),
        )
    )
    assert [(a.label, a.n) for a in record.arms] == [("colchicine", 812), ("placebo", 809)]


def test_a_group_name_and_equals_gives_that_groups_size() -> None:
    arms = [
        ArmMention("arm1", "drug K (group A)", None, ["drug K"], words=frozenset({"k", "#a"})),
        ArmMention("arm2", "drug M (group B)", None, ["drug M"], words=frozenset({"m", "#b"})),
    ]
    for arm in arms:
        arm.distinctive = arm.words
    fill_sizes(arms, "In all, 150 were randomised (group A = 72, group B = 78).")
    assert [a.n for a in arms] == [72, 78]


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        # the events a bracket breaks down follow the clause before it
        (
            "Among 2471 eligible women (1238 on colchicine and 1233 on placebo), 186 developed "
            "gout (82 on colchicine and 104 on placebo).",
            [1238, 1233],
        ),
        # the events of another clause say nothing of these counts
        ("In all, 41 underwent colchicine; 39 underwent placebo; one was excluded.", [41, 39]),
    ],
)
def test_only_the_clause_of_a_count_says_whether_it_counts_events(
    text: str, sizes: list[int]
) -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    fill_sizes(arms, text)
    assert [a.n for a in arms] == sizes


def test_a_total_beside_a_bracket_that_names_no_arm_is_no_arms_size() -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    text = "Background. 51 were randomized to colchicine (34) or placebo (17) in a 2:1 ratio."
    fill_sizes(arms, text)
    assert arms[0].n != 51


def test_group_names_and_equals_outside_an_allocation_count_events() -> None:
    arms = [
        ArmMention("arm1", "drug K (group A)", None, ["drug K"], words=frozenset({"k", "#a"})),
        ArmMention("arm2", "drug M (group B)", None, ["drug M"], words=frozenset({"m", "#b"})),
    ]
    for arm in arms:
        arm.distinctive = arm.words
    fill_sizes(arms, "Nodes were involved in 32 (28.6%) women: group A = 14 (25.5%), group B = 18.")
    assert [a.n for a in arms] == [None, None]


def test_the_clause_before_a_bracket_starts_in_its_sentence() -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    text = (
        "Treatment went on until a flare occurred. A total of 371 adults enrolled at 79 sites "
        "(182 colchicine, 189 placebo) were analysed."
    )
    fill_sizes(arms, text)
    assert [a.n for a in arms] == [182, 189]


def test_a_count_that_received_one_arm_is_that_arms_size() -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    text = (
        "Twenty-five adults received colchicine (group A, 11 men), and 25 received placebo "
        "(group B, 12 men). Gout flared in 18 adults in group B."
    )
    fill_sizes(arms, text)
    assert arms[1].n == 25


def test_a_bracket_names_the_arm_its_n_counts() -> None:
    """ "(K for pain, n = 30)" counts "K for pain" of the two arms that hold its words, not
    "K for pain and sleep"; "from" names no arm. The texts are invented."""
    arms = [
        ArmMention("arm1", "K for pain relief", None, ["K for pain relief"]),
        ArmMention("arm2", "K for relief from both pain and sleep loss", None, ["K"]),
        ArmMention("arm3", "usual care", None, ["usual care"], comparator=True),
    ]
    text = (
        "Participants were given K when pain rose (K for pain, n = 30) or when pain or sleep loss "
        "rose (K for pain and sleep, n = 32); usual care (n = 25) was given to the rest."
    )
    _describe(arms, {})
    fill_sizes(arms, text)
    assert [a.n for a in arms] == [30, 32, 25]


def test_a_hyphenated_word_before_the_n_names_its_arm() -> None:
    """ "a waitlist-control group (n=10)" is the control group's size (invented text)."""
    arms = [
        ArmMention("arm1", "experimental group", 10, ["experimental"]),
        ArmMention("arm2", "control group", None, ["control"], comparator=True),
    ]
    text = (
        "Twenty adults were assigned to an experimental group (n=10) or to a waitlist-control "
        "group (n=10)."
    )
    _describe(arms, {})
    fill_sizes(arms, text)
    assert [a.n for a in arms] == [10, 10]


def test_arms_that_differ_by_dose_take_the_sizes_written_after_their_doses(
    extractor: Extractor,
) -> None:
    methods = (
        "Patients were randomly assigned (1:1:1) to receive drug K 15 mg, drug K 30 mg, or "
        "placebo once daily. In all, 847 patients were randomly assigned to drug K 15 mg "
        "(n=281), drug K 30 mg (n=285), or placebo (n=281)."
    )
    assert _arms(extractor, methods) == [
        ("drug K 15 mg", 281),
        ("drug K 30 mg", 285),
        ("placebo", 281),
    ]


@pytest.mark.parametrize(
    "methods",
    [
        "We randomly assigned (1:1) patients to drug K or placebo.",
        "We planned to randomize 72 patients to drug K or placebo.",
    ],
)
def test_allocations_with_a_ratio_after_the_verb_or_in_the_infinitive(
    extractor: Extractor, methods: str
) -> None:
    assert _arms(extractor, methods) == [("drug K", None), ("placebo", None)]


def test_a_long_regimen_bracket_and_its_cycles_are_neither_a_label_nor_a_size(
    extractor: Extractor,
) -> None:
    methods = (
        "Patients were randomly assigned to radiotherapy alone, radiotherapy with oral drug K "
        "(12 4-week cycles of 150-200 mg/m2 drug K given on days 1-5), or radiotherapy with "
        "drug M."
    )
    assert _arms(extractor, methods) == [
        ("radiotherapy alone", None),
        ("radiotherapy with oral drug K", None),
        ("radiotherapy with drug M", None),
    ]
    methods = "Patients were randomly assigned to drug K (12 cycles of 150 mg/m2) or placebo."
    assert [n for _, n in _arms(extractor, methods)] == [None, None]


def test_counted_arms_with_a_bracket_then_how_long() -> None:
    text = (
        "Sixty children took part: 31 children received syrup alone and 29 children received "
        "syrup plus antibiotics (drug K, drug M and drug P) for 7 days."
    )
    assert [(p.label, p.n) for p in counted_arms(text)] == [
        ("syrup alone", 31),
        ("syrup plus antibiotics", 29),
    ]


def test_a_count_with_a_thousands_comma_is_one_count() -> None:
    arms = [
        ArmMention("arm1", "screening", None, ["screening"], words=frozenset({"screening"}),
                   distinctive=frozenset({"screening"})),
        ArmMention("arm2", "control", None, ["control"], comparator=True,
                   words=frozenset({"control"}), distinctive=frozenset({"control"})),
    ]  # fmt: skip
    fill_sizes(
        arms,
        "The cohorts included 89,931 women: 44,970 in the screening group and 44,961 in the "
        "control group.",
    )
    assert [a.n for a in arms] == [44970, 44961]


def test_a_list_comma_before_a_count_still_counts() -> None:
    arms = [
        ArmMention("arm1", "drug K", None, ["drug K"], words=frozenset({"drug", "k"}),
                   distinctive=frozenset({"k"})),
        ArmMention("arm2", "placebo", None, ["placebo"], comparator=True,
                   words=frozenset({"placebo"}), distinctive=frozenset({"placebo"})),
    ]  # fmt: skip
    fill_sizes(arms, "Of the 24, 12 were assigned to drug K and 12 to placebo.")
    assert [a.n for a in arms] == [12, 12]


def test_a_respectively_later_in_the_sentence_keeps_the_counts_of_a_split() -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    text = (
        "In all, 40 patients were randomized (22 colchicine, 18 placebo), with a mean age of "
        "55 and 57 years, respectively."
    )
    fill_sizes(arms, text)
    assert [a.n for a in arms] == [22, 18]
    # a list of counts before "respectively" still names no arm by the count before it
    listed = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    fill_sizes(listed, "Of 99 adults, 49 and 50 colchicine and placebo patients, respectively.")
    assert [a.n for a in listed] == [None, None]


def test_a_split_total_that_then_developed_something_counts_events() -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    text = (
        "After 4 years, 136 women (74 placebo, 62 colchicine) developed gout flares (2.4 and "
        "1.9 per 100 women-years, respectively)."
    )
    fill_sizes(arms, text)
    assert [a.n for a in arms] == [None, None]


def test_a_count_assigned_to_how_long_of_an_arm_is_that_arms_size() -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    fill_sizes(arms, "In all, 190 men were assigned to 2 years of colchicine and 194 to placebo.")
    assert [a.n for a in arms] == [190, 194]


def test_there_were_a_count_of_people_in_an_arm_is_its_size() -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    fill_sizes(arms, "There were 43 patients in the colchicine group and 59 in the placebo group.")
    assert [a.n for a in arms] == [43, 59]
    # a count of events after "There were" is none
    events = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    fill_sizes(events, "There were 28 flares on placebo and 44 on colchicine (HR 1.6).")
    assert events[1].n is None


def test_a_sentence_of_the_arms_sizes_makes_no_claim(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drapes",
            ("Methods", "We randomised 102 adults to a reusable drape or a disposable drape."),
            (
                "Results",
                "There were 43 patients in the Reusable Group and 59 patients in the Disposable "
                "Group. Infection occurred in 5 patients in the reusable group and 0 patients "
                "in the disposable group (P = 0.012).",
            ),
        )
    )
    assert [a.n for a in record.arms] == [43, 59]
    assert [c.outcome.text for c in record.claims] == ["Infection"]


def test_a_count_on_an_arm_is_that_arms_size(extractor: Extractor) -> None:
    methods = (
        "Women were randomized to tamoxifen without goserelin or tamoxifen with goserelin. In "
        "all, 345 women were enrolled: 171 on tamoxifen alone and 174 on tamoxifen plus "
        "goserelin."
    )
    assert [n for _, n in _arms(extractor, methods)] == [171, 174]


def test_a_short_name_with_a_hyphen_before_its_n(extractor: Extractor) -> None:
    methods = (
        "Patients were randomly assigned to receive capecitabine 825 mg/m2 twice daily or S-1 "
        "40 mg twice daily. A total of 142 patients were randomized to either capecitabine (N = "
        "73) or S-1 (N = 69)."
    )
    assert [n for _, n in _arms(extractor, methods)] == [73, 69]


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        ("Adults were randomized into two groups (30 patients in each group).", [30, 30]),
        ("A total of 40 patients with 20 in each group were included.", [20, 20]),
        ("Forty women were recruited, 20 in each group.", [20, 20]),
        ("There were 16 patients in each group.", [16, 16]),
        # events, not sizes
        ("Two patients in each group had serious adverse events.", [None, None]),
        ("Of 60 patients, 14 discontinued (seven in each group).", [None, None]),
        # a total that is not this many arms' sizes: a third group the arms lack
        ("The analysis included 33 patients with 11 in each group.", [None, None]),
        # how many a trial needs, not how many it had
        ("A minimum of 26 assessable patients in each group was required.", [None, None]),
    ],
)
def test_a_count_in_each_group_is_every_arms_size(text: str, sizes: list[int | None]) -> None:
    arms = [_arm("arm1", "colchicine"), _arm("arm2", "placebo")]
    fill_sizes(arms, text)
    assert [a.n for a in arms] == sizes


@pytest.mark.parametrize(
    "text",
    [
        # a name with commas that its short form follows
        "In all, 224 patients were randomly assigned: 112 to drug K, drug M, and drug L "
        "(KML), and 112 to standard therapy (ST).",
        # a lead-in with an event word says when they were assigned
        "After initial response to induction chemotherapy, 224 patients were randomly "
        "assigned: 112 to drug K (KML), and 112 to standard therapy (ST).",
    ],
)
def test_counted_arms_named_at_length(text: str) -> None:
    assert [p.n for p in counted_arms(text)] == [112, 112]


def test_counts_after_an_event_word_are_still_no_arms() -> None:
    text = "After randomization, 12 patients in the drug K group and 9 in the placebo group died."
    assert counted_arms(text) == []


def test_counted_arms_with_their_share_of_all_randomised() -> None:
    text = (
        "Sixty-nine (49.3%) were assigned to drug K (group A) and 71 (50.7%) to drug M (group B)."
    )
    assert [(p.label, p.n) for p in counted_arms(text)] == [
        ("drug K (group A)", 69),
        ("drug M (group B)", 71),
    ]
    # shares of what the patients underwent are no allocation
    text = "In all, 38 (41.3%) patients underwent mastectomy, while 54 (58.7%) lumpectomy."
    assert counted_arms(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A total of 206 women were evaluable (mean age, 49 years; range, 25-69 years) 103 in "
        "the drug K group (mean age, 50 years; range, 25-69 years) and 103 in the placebo "
        "group (mean age, 50 years; range, 30-67 years).",
        "A total of 206 women were evaluable: 103 in the drug K group (median age 50 years) "
        "and 103 in the placebo group (median age 52 years).",
    ],
)
def test_a_bracket_about_who_is_in_a_counted_group(text: str) -> None:
    assert [(p.label, p.n) for p in counted_arms(text)] == [
        ("drug K", 103),
        ("placebo", 103),
    ]
