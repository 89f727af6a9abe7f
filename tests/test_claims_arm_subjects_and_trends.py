"""A statement whose subject is an arm ("Naproxen was not significantly different from
placebo for pain relief", "Naproxen was superior to placebo (P = 0.01)"), "the difference
between A and B was not significant (P = ..)", trends as verbs ("A trended toward lower X",
"showed a trend towards greater X", "X trended lower"), a test named before the subject
without a comma, and the arms of a three-arm trial whose allocation sentence gives each arm
its size."""

from __future__ import annotations

import pytest

from extractors.components.arm_names import named_arm
from extractors.components.arm_phrases import received_alternatives
from extractors.components.arms import ArmMention, mention_words
from extractors.components.claim_wording import names_an_arm
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_THREE_ARMS = (
    "Methods",
    "Adults received ketoprofen 100 mg/day (twice the usual dose in arthritis; n = 120), "
    "placebo (n = 60), or naproxen 250 mg twice daily (n = 118). The superiority of "
    "ketoprofen versus placebo and its noninferiority versus naproxen were assessed.",
)
_CREATINE = (
    "Methods",
    "Ten men took part. Each man then consumed either 500 mg per day of creatine or placebo "
    "and at the end of 10 days performed a grip test.",
)


def _claims(extractor: Extractor, methods: tuple[str, str], results: str) -> list[Claim]:
    return extractor.extract(article("Trial", methods, ("Results", results))).claims


def _read(claim: Claim) -> tuple[str | None, str | None, str, str]:
    comparator = claim.comparator.arm if claim.comparator else None
    return claim.intervention.arm, comparator, claim.outcome.text, claim.direction


def test_a_sized_allocation_list_gives_the_three_arms(extractor: Extractor) -> None:
    record = extractor.extract(article("Trial", _THREE_ARMS))
    assert [(a.label, a.n) for a in record.arms] == [
        ("ketoprofen 100 mg/day", 120),
        ("placebo", 60),
        ("naproxen 250 mg", 118),
    ]


def test_a_list_with_a_size_no_arm_takes_is_not_taken_first(extractor: Extractor) -> None:
    methods = (
        "Patients received drug K, drug L, or drug M twice daily (active group; n = 96) or "
        "drug T 2.5 mg (n = 102) or 5 mg (n = 98) subcutaneously every 8 weeks."
    )
    assert len(received_alternatives(methods)) == 2  # three sizes, two arms read
    record = extractor.extract(article("Drug T versus drug K", ("Methods", methods)))
    assert [a.label for a in record.arms] == ["Drug T", "drug K"]  # the title's


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "Naproxen was not significantly different from placebo for pain relief (P = 0.08).",
            ("arm3", "arm2", "pain relief", "no difference"),
        ),
        (
            "Naproxen did not differ significantly from placebo in this analysis (P = 0.08).",
            ("arm3", "arm2", "", "no difference"),
        ),
        ("Naproxen was superior to placebo (P = 0.01).", ("arm3", "arm2", "", "increased")),
        (
            "The estimated difference between ketoprofen and naproxen at 4 hours was not "
            "significant (P = 0.21).",
            ("arm1", "arm3", "", "no difference"),
        ),
    ],
)
def test_an_arm_as_the_subject_names_no_outcome(
    extractor: Extractor, results: str, expected: tuple[str, str, str, str]
) -> None:
    (claim,) = _claims(extractor, _THREE_ARMS, results)
    assert _read(claim) == expected


def test_a_difference_of_no_named_arms_makes_no_claim(extractor: Extractor) -> None:
    assert _claims(extractor, _THREE_ARMS, "The difference was not significant (P = 0.21).") == []


def test_the_first_arm_named_with_its_value_the_others_respectively(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        _THREE_ARMS,
        "At week 2, 14.2% of ketoprofen-treated adults reported full relief versus 6.1% and "
        "4.9% of naproxen and placebo recipients, respectively.",
    )
    assert [(c.intervention.arm, [(r.arm, r.percent) for r in c.results]) for c in claims] == [
        ("arm1", [("arm1", 14.2), ("arm2", 4.9)]),
        ("arm3", [("arm3", 6.1), ("arm2", 4.9)]),
    ]


def test_arm_names_with_and_without_doses() -> None:
    arm = ArmMention(
        id="arm1",
        label="naproxen 250 mg twice daily",
        n=None,
        interventions=["naproxen 250 mg twice daily"],
    )
    supplement = ArmMention(
        id="arm2",
        label="vitamin D supplementation",
        n=None,
        interventions=["vitamin D supplementation"],
    )
    assert names_an_arm("Naproxen", [arm, supplement])
    assert names_an_arm("the naproxen 250 mg twice daily group", [arm, supplement])
    assert not names_an_arm("Vitamin D", [arm, supplement])  # what was measured


def test_the_creatine_arms_end_before_the_next_clause(extractor: Extractor) -> None:
    record = extractor.extract(article("Trial", _CREATINE))
    assert [a.label for a in record.arms] == ["500 mg per day of creatine", "placebo"]


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "The creatine group trended toward lower pain scores than the placebo group "
            "(p = 0.13).",
            ("arm1", "arm2", "pain scores", "decreased"),
        ),
        (
            "The creatine group showed a trend towards greater change in grip strength (p = 0.13).",
            ("arm1", "arm2", "grip strength", "increased"),
        ),
        (
            "Pain scores trended lower in the creatine group (p = 0.13).",
            ("arm1", "arm2", "Pain scores", "decreased"),
        ),
        (
            "For the grip test the creatine treatment trended towards greater change from "
            "baseline strength (creatine: 40.1 ± 120.2 N placebo: -10.3 ± 99.1 N) but failed "
            "to reach statistical significance (t = 1.2, p = 0.13).",
            ("arm1", "arm2", "change from baseline strength", "no difference"),
        ),
    ],
)
def test_trends_as_verbs(
    extractor: Extractor, results: str, expected: tuple[str, str, str, str]
) -> None:
    (claim,) = _claims(extractor, _CREATINE, results)
    assert _read(claim) == expected


@pytest.mark.parametrize(
    "results",
    [
        "In the RAP group 6.9% patients developed stroke versus 6.1% in the FP group (NS).",
        "6.9% patients in the RAP group developed stroke versus 6.1% in the FP group (NS).",
    ],
)
def test_a_share_of_people_without_of(extractor: Extractor, results: str) -> None:
    methods = (
        "Methods",
        "Adults were randomized to rate-adaptive pacing (RAP; n = 100) or fixed pacing (FP; "
        "n = 98).",
    )
    (claim,) = _claims(extractor, methods, results)
    assert _read(claim) == ("arm1", "arm2", "stroke", "no difference")
    assert [(r.arm, r.percent) for r in claim.results] == [("arm1", 6.9), ("arm2", 6.1)]


def test_linked_to_a_reduction_reads_as_associated_with(extractor: Extractor) -> None:
    methods = ("Methods", "Women were randomized to a lidocaine block (n = 40) or saline (n = 40).")
    (claim,) = _claims(
        extractor,
        methods,
        "We found that the lidocaine block was linked to a significant reduction in pain score "
        "at 1 hour (MD -2.1, 95% CI -3.0 to -1.2, p < 0.001).",
    )
    assert _read(claim) == ("arm1", "arm2", "pain score", "decreased")


_TWO_DRUGS = ("Methods", "Adults were randomized to drug K (n = 300) or drug M (n = 300).")


def test_delayed_the_time_to_is_a_verb_and_by_how_much_no_value(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        _TWO_DRUGS,
        "Drug K delayed the time to pain progression by about 1 month compared with drug M "
        "(drug K, 16.0 months; drug M, 14.9 months; P = .09).",
    )
    assert _read(claim) == ("arm1", "arm2", "time to pain progression", "no difference")
    assert [(r.arm, r.median) for r in claim.results] == [("arm1", 16.0), ("arm2", 14.9)]
    (claim,) = _claims(
        extractor,
        _TWO_DRUGS,
        "Drug K significantly delayed the onset of pain compared with drug M (P = 0.02).",
    )
    assert _read(claim) == ("arm1", "arm2", "onset of pain", "increased")


def test_delayed_as_an_adjective_is_no_direction(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        _TWO_DRUGS,
        "The rate of delayed graft function was lower with drug K (10% vs 20%, P = 0.02).",
    )
    assert _read(claim) == ("arm1", "arm2", "rate of delayed graft function", "decreased")


def test_an_outcome_ends_before_but_and_the_next_predicate(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        _TWO_DRUGS,
        "Drug K reduced itch but had little influence on sleep quality (P = 0.03).",
    )
    assert claims[0].outcome.text == "itch"


_WITH_OR_WITHOUT = (
    "Methods",
    "A total of 160 women received chemotherapy either with (n = 80) or without (n = 80) drug "
    "K for up to six cycles.",
)


def test_either_with_or_without_gives_two_sized_arms(extractor: Extractor) -> None:
    record = extractor.extract(article("Trial", _WITH_OR_WITHOUT))
    assert [(a.label, a.n, a.comparator) for a in record.arms] == [
        ("drug K", 80, False),
        ("no drug K", 80, True),
    ]


@pytest.mark.parametrize(
    ("values", "drug_k"),
    [("40% versus 12%", [12.0, 1.0]), ("12% versus 40%", [12.0, 1.0])],
)
def test_the_other_arm_described_in_a_comparison_opening_the_sentence(
    extractor: Extractor, values: str, drug_k: list[float]
) -> None:
    other = "1% versus 10%" if values.startswith("12") else "10% versus 1%"
    claims = _claims(
        extractor,
        _WITH_OR_WITHOUT,
        "Compared with those receiving chemotherapy alone, women treated with drug K had "
        f"significantly fewer cardiac events ({values}, P < 0.001) and a lower incidence of heart "
        f"failure ({other}, P < 0.05).",
    )
    assert [_read(c)[3] for c in claims] == ["decreased", "decreased"]
    assert [r.percent for c in claims for r in c.results if r.arm == "arm1"] == drug_k


def test_compared_with_that_before_names_no_comparator(extractor: Extractor) -> None:
    methods = ("Methods", "Adults took 100 g of yogurt a day, either with or without drug K.")
    (claim,) = _claims(
        extractor,
        methods,
        "Fecal fat after yogurt intake was significantly increased compared with that before "
        "yogurt intake in the drug K group but not the control group lacking drug K.",
    )
    assert _read(claim)[::3] == ("arm1", "increased")


def test_lacking_names_the_arm_without_it(extractor: Extractor) -> None:
    record = extractor.extract(article("Trial", _WITH_OR_WITHOUT))
    arms = [
        ArmMention(
            id=a.id,
            label=a.label,
            n=a.n,
            interventions=list(a.interventions),
            words=frozenset(mention_words(a.label)),
            distinctive=frozenset(mention_words(a.label)),
        )
        for a in record.arms
    ]
    assert named_arm(arms, "the control group lacking drug K") is arms[1]


_SIZED = ("Methods", "Women were randomized to drug K (n = 100) or chemotherapy (n = 100).")


@pytest.mark.parametrize(
    "results",
    [
        "Relapse occurred in 23 patients in the drug K group and 37 in the chemotherapy group.",
        "Relapse occurred in 23 patients in the drug K group and 37 patients of the "
        "chemotherapy group.",
        "Relapse occurred in 23 patients in the drug K group and in 37 patients in the "
        "chemotherapy group (P = 0.04).",
    ],
)
def test_counts_per_arm_over_the_arms_sizes_give_a_direction(
    extractor: Extractor, results: str
) -> None:
    (claim,) = _claims(extractor, _SIZED, results)
    assert _read(claim) == ("arm1", "arm2", "Relapse", "decreased")
    assert [(r.arm, r.events, r.n) for r in claim.results] == [
        ("arm1", 23, 100),
        ("arm2", 37, 100),
    ]


def test_the_people_an_outcome_was_assessed_in_are_no_counts(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        _SIZED,
        "The primary outcome was assessed in the per-protocol population: 92 patients in the "
        "drug K group and 93 in the chemotherapy group.",
    )
    assert all(not c.results for c in claims)


def test_a_count_of_the_whole_arm_gives_no_direction(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        _SIZED,
        "Pain was recorded in 100 patients in the drug K group and 100 patients in the "
        "chemotherapy group.",
    )
    assert all(c.direction == "unclear" for c in claims)


@pytest.mark.parametrize(
    ("results", "outcome"),
    [
        (
            "Arterial and venous pO2, pCO2 and pH showed no differences between the groups.",
            "Arterial and venous pO2, pCO2 and pH",
        ),
        (
            "Lung function tests showed no significant differences between the two groups.",
            "Lung function tests",
        ),
    ],
)
def test_x_showed_no_differences_between_the_groups(
    extractor: Extractor, results: str, outcome: str
) -> None:
    (claim,) = _claims(extractor, _TWO_DRUGS, results)
    assert (claim.outcome.text, claim.direction) == (outcome, "no difference")
