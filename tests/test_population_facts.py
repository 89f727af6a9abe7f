"""extractors.population_facts and the population fields they fill, on invented text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.pipeline import Extractor
from extractors.population_facts import (
    ParticipantCounts,
    age_group,
    participant_counts,
    participants_age_group,
    sex,
)
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "We enrolled 150 women aged 65 years or older; 120 were randomised and 110 were "
            "analysed.",
            ParticipantCounts(150, 120, 110),
        ),
        (
            "Thirty patients were randomized; 412 participants were recruited and 28 completed "
            "the study.",
            ParticipantCounts(412, 30, 28),
        ),
        (
            "In 2019, 64 adults with asthma were randomly assigned.",
            ParticipantCounts(None, 64, None),
        ),
        ("Between 2010 and 2012 were randomized.", ParticipantCounts()),
        ("Eighty six patients were randomised to A or B.", ParticipantCounts(None, 86, None)),
        ("One hundred and twenty women were enrolled.", ParticipantCounts(120, None, None)),
        ("In all, 24 749 infants were randomised.", ParticipantCounts(None, 24749, None)),
        ("In all, 24\u2009749 infants were randomised.", ParticipantCounts(None, 24749, None)),
        # a phase, a ratio, a day: no counts of people
        ("A phase 1/2 randomised controlled study was done in 63 patients.", ParticipantCounts()),
        ("A phase 2 randomized, double-blind trial enrolled adults.", ParticipantCounts()),
        ("Two randomised controlled trials were pooled.", ParticipantCounts()),
        ("Two randomized, double-blind trials enrolled adults.", ParticipantCounts()),
        ("Studies 1 and 2 enrolled 18 and 23 adults.", ParticipantCounts()),
        ("A two-by-two randomized trial.", ParticipantCounts()),
        ("The 27 randomised clusters were in Kenya.", ParticipantCounts()),
        # studies and conditions, not people; a bound after a comparison sign (before: 3, 6, 5)
        ("Eleven studies (three randomized control trials) were included.", ParticipantCounts()),
        ("Six randomized and non-randomized trials were included.", ParticipantCounts()),
        ("The task ran under one of three randomized conditions.", ParticipantCounts()),
        ("Patients with opacity grade >5 were enrolled.", ParticipantCounts()),
        ("We studied 376 randomized adult asthmatics.", ParticipantCounts(None, 376)),
        ("Overall, 105 completed the follow-up assessments.", ParticipantCounts(None, None, 105)),
        ("Type 2 diabetes patients were enrolled.", ParticipantCounts()),
        ("In this study 120 patients were enrolled.", ParticipantCounts(120)),
        ("Adults were randomised 2:1 to A or B.", ParticipantCounts()),
        ("On day 3 patients were randomised; 40 were randomised.", ParticipantCounts(None, 40)),
        (
            "We recruited 12 months after surgery and randomised 90 to A or B.",
            ParticipantCounts(None, 90),
        ),
        # bare counts that do count people
        ("Of 350 screened, 300 randomised and 280 analysed.", ParticipantCounts(None, 300, 280)),
        (
            "Of the 300 randomised patients, 280 completed the study.",
            ParticipantCounts(None, 300, 280),
        ),
        ("No numbers here at all.", ParticipantCounts()),
    ],
)
def test_population_facts_counts(text: str, counts: ParticipantCounts) -> None:
    assert participant_counts(text) == counts


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("school children with asthma", "children"),
        ("patients aged 70 years or older", "older adults"),
        ("patients aged 18 to 65 years", "adults"),
        ("patients aged under 16", "children"),
        ("patients with gout", None),
        # preterm labour and birth are the mothers' (before: infants)
        ("Ninety women with preterm labour", None),
        ("pregnant women at risk of preterm birth", None),
        ("preterm infants", "infants"),
        ("babies born before 32 weeks", "infants"),
    ],
)
def test_population_facts_age_group(text: str, group: str | None) -> None:
    assert age_group(text) == group


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("postmenopausal women with osteoporosis", "female"),
        ("men with prostate cancer", "male"),
        ("men and women with gout", None),
        ("patients with gout", None),
    ],
)
def test_population_facts_sex(text: str, found: str | None) -> None:
    assert sex(text) == found


@given(st.text(max_size=200))
def test_population_facts_never_raise(text: str) -> None:
    participant_counts(text)
    age_group(text)
    sex(text)


def test_population_facts_fill_claim_population() -> None:
    record = Extractor().extract(
        article(
            "Drug Q for knee pain in older women",
            (
                "Methods",
                "We screened 200 women and enrolled 150 women aged 65 years or older with knee "
                "pain; 120 were randomly assigned to drug Q (n=60) or placebo (n=60).",
            ),
            (
                "Results",
                "In all, 110 were analysed. Median pain was 3 (IQR 2-5) with drug Q and 5 (IQR "
                "3-7) with placebo (P=0.01).",
            ),
        )
    )
    claim = next(c for c in record.claims if "pain" in c.outcome.text.lower())
    population = claim.population
    assert (population.n_enrolled, population.n_randomised, population.n_analysed) == (
        150,
        120,
        110,
    )
    assert (population.age_group, population.sex) == ("older adults", "female")
    assert [(r.median, r.median_low, r.median_high, r.median_spread) for r in claim.results] == [
        (3.0, 2.0, 5.0, "iqr"),
        (5.0, 3.0, 7.0, "iqr"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Here, 41 adults were randomised to the yoga group, and 44 adults were randomised to "
        "the waitlist group.",
        "Nineteen children were randomized to the A group and twenty-two to the B group.",
        "We enrolled 60 patients; three patients randomized in the B arm died before dosing.",
    ],
)
def test_population_facts_one_arms_count_is_not_the_trials(text: str) -> None:
    """A count randomised to (or in) one arm is that arm's, not the trial's randomised total."""
    assert participant_counts(text).randomised is None


def test_population_facts_randomised_to_either_arm_is_the_total() -> None:
    text = "In all, 118 women were randomised to the A or the B group."
    assert participant_counts(text).randomised == 118


def test_population_facts_pregnant_women_are_adults_beside_their_newborns() -> None:
    title = "Vitamin D in pregnancy and newborn bone mass: a randomized trial"
    assert participants_age_group("212 pregnant women", title, "") == "adults"
    assert participants_age_group("pregnant adolescents", title, "") == "adolescents"
    assert participants_age_group("preterm infants", "A trial", "") == "infants"
    assert participants_age_group("", title, "") == "infants"  # no participants described


def test_population_facts_an_age_bound_in_months_is_infants() -> None:
    assert age_group("participants aged under 18 months") == "infants"
    assert age_group("aged under 3 years") == "children"
