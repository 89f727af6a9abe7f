"""evg_population: n, description, species and MeSH conditions (with a small invented index)."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.mesh import Descriptor, MeshIndex
from kg.model import Claim
from tests.test_pipeline_abstracts import article


@pytest.fixture(scope="module")
def mesh() -> MeshIndex:
    return MeshIndex.from_descriptors(
        [
            Descriptor(
                "D900001", "Kidney Failure, Chronic", ("C12.1",), ("Chronic Kidney Failure",)
            ),
            Descriptor(
                "D900002", "Renal Insufficiency, Chronic", ("C12.2",), ("Chronic Kidney Disease",)
            ),
            Descriptor(
                "D900003", "Arthritis, Experimental", ("C05.1",), ("Arthritis, Collagen-Induced",)
            ),
            Descriptor("D900004", "Dialysis", ("E02.1",), ()),
            Descriptor("D006801", "Humans", ("B01.1",), ()),
            Descriptor("D900005", "Asthma", ("C08.1",), ()),
            Descriptor(
                "D900006", "Depressive Disorder, Major", ("F03.1",), ("Major Depressive Disorder",)
            ),
            Descriptor("D900007", "Depression", ("F01.1",), ()),
            Descriptor("D004194", "Disease", ("C23.1",), ()),
            Descriptor("D900008", "Microsatellite Instability", ("C23.2", "G05.1"), ()),
            Descriptor("D900009", "Colorectal Neoplasms", ("C04.1",), ("Colorectal Cancer",)),
            Descriptor("D900010", "HIV Infections", ("C01.1",), ()),
            Descriptor("D900011", "Helicobacter Infections", ("C01.2",), ()),
            Descriptor("D900012", "Infections", ("C01",), ("Infection",)),
            Descriptor("D900013", "HIV-1", ("B04.1",), ("Human Immunodeficiency Virus Type 1",)),
            Descriptor("D900014", "Helicobacter pylori", ("B03.1",), ()),
            Descriptor("D900015", "Virus Diseases", ("C01.3",), ("Virus Infections",)),
            Descriptor("D900016", "Diabetes Mellitus", ("C18.1",), ()),
            Descriptor("D900017", "Diabetes Mellitus, Type 2", ("C18.1.1",), ()),
            Descriptor("D900018", "Arthritis, Psoriatic", ("C05.2",), ()),
            Descriptor("D900019", "Psoriasis", ("C17.1",), ()),
            Descriptor("D900020", "Memory Disorders", ("C10.1", "F01.1"), ()),
        ]
    )


def test_population_prefers_record_headings_named_through_an_abbreviation(mesh: MeshIndex) -> None:
    record = Extractor(mesh, pico_model=False).extract(  # the rule spans, not the tagger's
        article(
            "Drug A in chronic kidney disease",
            (
                "Methods",
                "We enrolled 63 adults with chronic kidney disease (CKD) who were on dialysis. "
                "Adults were randomly assigned to drug A (n=32) or placebo (n=31).",
            ),
            ("Results", "In CKD, potassium was lower with drug A than with placebo (p=0.01)."),
            mesh=("Renal Insufficiency, Chronic", "Dialysis", "Humans"),
        )
    )
    claim = record.claims[0]
    assert claim.population.text == "63 adults with chronic kidney disease (CKD)"
    assert claim.population.n == 63
    assert claim.population.species == "human"
    assert [(c.ui, c.label) for c in claim.population.condition] == [
        ("D900002", "Renal Insufficiency, Chronic")
    ]
    (span,) = [s for s in record.spans if s.label == "population"]
    assert span.mesh == ["D900002"]
    assert [h.ui for h in record.mesh] == ["D900002", "D900004", "D006801"]


def test_population_falls_back_to_index_lookup(mesh: MeshIndex) -> None:
    record = Extractor(mesh).extract(
        article(
            "Inhalers compared",
            ("Methods", "We randomized 120 children with asthma to inhaler A or inhaler B."),
            ("Results", "Exacerbations were fewer with inhaler A than with inhaler B (p=0.03)."),
        )
    )
    assert [(c.ui, c.label) for c in record.claims[0].population.condition] == [
        ("D900005", "Asthma")
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Inhaler A in children with asthma: a randomised trial", [("D900005", "Asthma")]),
        # a mental disorder (MeSH F03) is a condition; a mood (F01) is not
        (
            "Inhaler A in children with major depressive disorder",
            [("D900006", "Depressive Disorder, Major")],
        ),
        ("Inhaler A in children with depression", []),
        # "without": a condition the people do not have
        ("Inhaler A in healthy children without asthma", []),
        # the words after "in"/"for"/"with": a condition named before them may be an outcome
        ("Inhaler A versus inhaler B for asthma", [("D900005", "Asthma")]),
        ("Effect of inhaler A on asthma in schoolchildren", []),
        # nothing as generic as Disease
        ("Inhaler A for chronic lung disease", []),
        # a disease outranks a pathological state named as specifically beside it (MeSH C23)
        (
            "Drug A in children with microsatellite instability-high colorectal cancer",
            [("D900009", "Colorectal Neoplasms")],
        ),
        (
            "Drug A in children with microsatellite instability",
            [("D900008", "Microsatellite Instability")],
        ),
        # "<organism> infection": the organism's infections, not Infections
        ("Drug A for children with HIV-1 infection", [("D900010", "HIV Infections")]),
        # ... by its long name, past five words, or its abbreviation's (before: Infections)
        (
            "Drug A for children with human immunodeficiency virus type 1 infection",
            [("D900010", "HIV Infections")],
        ),
        (
            "Drug A for children with human immunodeficiency virus type-1 (HIV-1) infection",
            [("D900010", "HIV Infections")],
        ),
        ("Drug A for children infected with HIV-1", [("D900010", "HIV Infections")]),
        (
            "Drug A for Helicobacter pylori infection in children",
            [("D900011", "Helicobacter Infections")],
        ),
        ("Drug A for infection in children", [("D900012", "Infections")]),
        # a function's impairment: the disorder (before: none)
        ("Drug A for children with memory impairment", [("D900020", "Memory Disorders")]),
        # words that name no organism are no organism's infections
        ("Drug A for virus type 1 infection in children", [("D900012", "Infections")]),
    ],
)
def test_population_of_an_unindexed_record_takes_the_condition_of_the_titles_people(
    mesh: MeshIndex, title: str, expected: list[tuple[str, str]]
) -> None:
    """Before, a record without MeSH headings whose population text names no condition
    ("120 children") had none, though its title says who the people are."""
    record = Extractor(mesh, pico_model=False).extract(
        article(
            title,
            ("Methods", "We randomized 120 children to inhaler A or inhaler B."),
            ("Results", "Wheeze was less frequent with inhaler A than with inhaler B (p=0.03)."),
        )
    )
    condition = record.claims[0].population.condition
    assert [(c.ui, c.label) for c in condition] == expected


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        ("120 asthmatic children", [("D900005", "Asthma")]),
        ("120 type 2 diabetic children", [("D900017", "Diabetes Mellitus, Type 2")]),
        ("120 diabetic children", [("D900016", "Diabetes Mellitus")]),
        # the words' own heading first
        ("120 children with psoriatic arthritis", [("D900018", "Arthritis, Psoriatic")]),
        ("120 psoriatic children", [("D900019", "Psoriasis")]),
        ("120 non-diabetic children", []),
    ],
)
def test_population_condition_named_by_its_adjective(
    mesh: MeshIndex, people: str, expected: list[tuple[str, str]]
) -> None:
    """Before, "asthmatic" and "diabetic" named no condition: MeSH names the disease."""
    record = Extractor(mesh, pico_model=False).extract(
        article(
            "Inhalers compared",
            ("Methods", f"We randomized {people} to inhaler A or inhaler B."),
            ("Results", "Wheeze was less frequent with inhaler A than with inhaler B (p=0.03)."),
        )
    )
    condition = record.claims[0].population.condition
    assert [(c.ui, c.label) for c in condition] == expected


def test_population_animal_model_beside_patients(mesh: MeshIndex) -> None:
    record = Extractor(mesh).extract(
        article(
            "Drug B in arthritis",
            (
                "Methods",
                "Drug B was first tested in a mouse model of collagen-induced arthritis (CIA) and "
                "then in 40 patients with arthritis, randomly assigned to drug B (n=20) or "
                "placebo (n=20).",
            ),
            (
                "Results",
                "In mice, drug B significantly reduced paw swelling. Pain was lower with drug B "
                "than with placebo (p=0.02).",
            ),
            mesh=("Arthritis, Experimental", "Humans"),
        )
    )
    animal = _only(record.claims, "paw swelling")
    assert animal.population.species == "mouse"
    assert animal.population.text == "mouse model of collagen-induced arthritis (CIA)"
    assert [c.ui for c in animal.population.condition] == ["D900003"]
    assert animal.intervention.arm is None
    assert animal.intervention.text == "drug B"
    human = _only(record.claims, "pain")
    assert (human.population.species, human.population.n) == ("human", 40)
    assert human.intervention.arm == "arm1"


def test_population_rats_only_study() -> None:
    record = Extractor().extract(
        article(
            "Drug C in rats",
            ("Methods", "Thirty rats with induced colitis were randomized to drug C or vehicle."),
            ("Results", "Drug C significantly reduced colonic inflammation compared with vehicle."),
        )
    )
    (claim,) = record.claims
    assert claim.population.species == "rat"


def test_population_n_from_parenthesis() -> None:
    record = Extractor().extract(
        article(
            "Exercise and memory",
            (
                "Methods",
                "Community-dwelling older adults with memory complaints (n = 415; mean age 72 "
                "years) were randomly assigned to aerobic training or control.",
            ),
            ("Results", "Recall improved more with aerobic training than with control (p=0.04)."),
        )
    )
    population = record.claims[0].population
    assert (population.text, population.n) == (
        "Community-dwelling older adults with memory complaints",
        415,
    )


@pytest.mark.parametrize(
    ("allocation", "arms", "n"),
    [
        # each arm's size written in turn, the first with the people noun: their sum
        ("239 patients were assigned to surgery plus drug A and 235 to drug A alone.", 2, 474),
        ("Forty-four women were randomized to drug A; forty-seven to placebo.", 2, 91),
        # the trial's own count, then the arms: that count
        ("We randomized 474 patients to drug A (n = 239) or placebo (n = 235).", 2, 474),
        # an arm's count alone, where every arm has its n: the trial's is every arm's
        (
            "Patients were randomized to drug A (n = 239) or placebo (n = 235). "
            "In the drug A arm, 239 patients completed treatment.",
            2,
            474,
        ),
        ("Of 239 patients randomly assigned to drug A (n = 239) or placebo (n = 235), ...", 2, 474),
    ],
)
def test_population_n_where_each_arm_is_counted_in_turn(allocation: str, arms: int, n: int) -> None:
    record = Extractor().extract(
        article(
            "Drug A for early breast cancer",
            ("Methods", allocation),
            ("Results", "Relapse was less frequent with drug A than with the other arm (p=0.02)."),
        )
    )
    assert len([a for a in record.arms if a.n]) == arms
    assert {c.population.n for c in record.claims} == {n}


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        ("The trial was planned to enrol 300 patients; 212 patients were randomized.", 212),
        ("Originally planned for 250 patients, the study enrolled 81 patients.", 81),
        ("Targeted for 124 women, the trial was stopped after 49 women were enrolled.", 49),
        ("Of 2,150 planned participants, 338 participants were randomized.", 338),
        ("Four hundred ten of planned 775 participants were randomized.", 410),
    ],
)
def test_population_n_is_who_was_studied_not_who_was_planned(methods: str, n: int) -> None:
    record = Extractor().extract(
        article(
            "Drug A for early breast cancer",
            ("Methods", f"{methods} Patients took drug A or placebo."),
            ("Results", "Relapse was less frequent with drug A than with placebo (p=0.02)."),
        )
    )
    assert {c.population.n for c in record.claims} == {n}


def _only(claims: list[Claim], outcome: str) -> Claim:
    found = [c for c in claims if outcome in c.outcome.text.lower()]
    assert len(found) == 1, [c.outcome.text for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("methods", "text"),
    [
        (  # the count stood inside a bracket: no closing bracket of its own
            "We identified four trials (two trials, with 58 and 14 participants); one trial "
            "assessed inhaler A.",
            "14 participants",
        ),
        (  # a bracket the phrase opens but never closes
            "Eighty-five children (30 in the A group and 55 in the B group were randomized to "
            "inhaler A or inhaler B.",
            "Eighty-five children",
        ),
        (
            "We randomized 120 children with asthma (GINA step 3) to inhaler A or inhaler B.",
            "120 children with asthma (GINA step 3)",
        ),
        # "enrolled" before a people noun is no verb that ends the phrase
        ("All the 41 enrolled children completed the study.", "41 enrolled children"),
        ("All the 41 children enrolled completed the study.", "41 children"),
    ],
)
def test_population_text_ends_where_its_phrase_does(methods: str, text: str) -> None:
    """Before, the population texts were "14 participants)", "Eighty-five children (30 in
    the A group" and "41"."""
    record = Extractor(pico_model=False).extract(
        article(
            "Inhalers compared",
            ("Methods", methods),
            ("Results", "Wheeze was less frequent with inhaler A than with inhaler B (p=0.03)."),
        )
    )
    assert record.claims[0].population.text == text


@pytest.mark.parametrize(
    ("methods", "text", "n"),
    [
        (  # an adverb whose participle ended the phrase goes with it
            "In all, 96 of the 104 children previously enrolled were eligible for analysis.",
            "104 children",
            104,
        ),
        (  # the people are named after "Participants were"
            "Participants were parents of first- to third-grade students (N = 1,140) "
            "attending four schools.",
            "parents of first- to third-grade students (N = 1,140) attending four schools",
            1140,
        ),
        (  # each group's count listed in turn: their sum
            "We included 41 children in the A group and 44 children in the B group.",
            "41 children in the A group and 44 children in the B group",
            85,
        ),
        (  # the people named, then their count, then who they were: the description
            "Participants (n = 6012) were adults living in Scotland who drank beer weekly. "
            "They were randomly assigned to inhaler A or inhaler B.",
            "adults living in Scotland who drank beer weekly",
            6012,
        ),
        (  # ... but not a figure about them
            "Participants (n = 88) were on average 53 years old.",
            "Participants",
            88,
        ),
        (  # a bracketed count with a share is a subgroup's, and "phase 2" counts no one
            "This phase 2 study included children, with more boys than girls (n = 5, 83.3%).",
            "",
            None,
        ),
    ],
)
def test_population_text_and_n_of_plainly_written_samples(
    methods: str, text: str, n: int | None
) -> None:
    """Before: "104 children previously"; "Participants" (twice); n = 41; "2 study" (n = 2)."""
    record = Extractor(pico_model=False).extract(
        article(
            "Inhalers compared",
            ("Methods", methods),
            ("Results", "Wheeze was less frequent with inhaler A than with inhaler B (p=0.03)."),
        )
    )
    population = record.claims[0].population
    assert (population.text, population.n) == (text, n)


def test_population_from_a_title_question_ends_at_the_question_mark() -> None:
    """Before, the population was "children aged 2-5 years? A randomised trial"."""
    record = Extractor(pico_model=False).extract(
        article(
            "Does inhaler A work in children aged 2-5 years? A randomised trial",
            ("Results", "Wheeze was less frequent with inhaler A than with inhaler B (p=0.03)."),
        )
    )
    assert record.claims[0].population.text == "children aged 2-5 years"


@pytest.mark.parametrize(
    ("results", "text", "n"),
    [
        (  # one count per included trial: no trial's count is the review's n
            "We included two randomised trials: one with 150 adults and one with 120 children. "
            "Mortality did not differ between zinc and placebo (RR 0.90, 95% CI 0.60 to 1.30).",
            "",
            None,
        ),
        (  # the stated total, not the subset of studies that recruited older adults
            "Nine trials were identified with a total of 1,234 patients. Twelve studies (263 "
            "patients) recruited only older adults. Mortality did not differ between zinc and "
            "placebo (RR 0.90, 95% CI 0.60 to 1.30).",
            "1,234 patients",
            1234,
        ),
        (  # one comparison's evidence (studies, people) is no total
            "Mortality did not differ between zinc and placebo (RR 0.90, 95% CI 0.60 to 1.30; 3 "
            "studies, 420 participants; low-certainty evidence).",
            "",
            None,
        ),
        (  # ... nor is a later comparison's, though a count of studies stands before it
            "Pain did not differ between zinc and placebo (MD -3.0, 95% CI -6.9 to 0.9, 10 "
            "trials, 1922 participants) and nor did function (SMD -0.2, 95% CI -0.4 to 0.0, 10 "
            "trials, 1939 participants).",
            "",
            None,
        ),
        (  # the count beside the number of included studies is the total
            "After screening 812 records, 11 trials comprising 1,530 participants were included. "
            "Mortality did not differ between zinc and placebo (RR 0.90, 95% CI 0.60 to 1.30; 4 "
            "studies, 420 participants).",
            "1,530 participants",
            1530,
        ),
    ],
)
def test_population_n_of_a_review_is_the_total_of_its_studies(
    results: str, text: str, n: int | None
) -> None:
    """Before: 150 ("one with 150 adults"), 263 (the sentence says "recruited"), 420, 1922."""
    record = Extractor(pico_model=False).extract(
        article("Zinc for acute hepatitis: a systematic review", ("Results", results))
    )
    population = record.claims[0].population
    assert (population.text, population.n) == (text, n)


def test_population_review_known_by_its_publication_type_not_a_trial_typed_as_review() -> None:
    results = (
        "Mortality did not differ between zinc and placebo (RR 0.90, 95% CI 0.60 to 1.30; 3 "
        "studies, 420 participants)."
    )
    review = article("Zinc for acute hepatitis", ("Results", results))
    review = review.model_copy(update={"publication_types": ["Journal Article", "Review"]})
    trial = article("Zinc for acute hepatitis: a randomized controlled trial", ("Results", results))
    trial = trial.model_copy(update={"publication_types": ["Journal Article", "Review"]})
    extractor = Extractor(pico_model=False)
    assert extractor.extract(review).claims[0].population.n is None
    assert extractor.extract(trial).claims[0].population.n == 420


def test_population_n_is_no_sum_of_some_arms_only() -> None:
    """The arms' sum stands for the trial's n only when every arm has its size; before, the
    control arm's 38 was the n of a trial whose other arm's size went unread."""
    record = Extractor(pico_model=False).extract(
        article(
            "Training program for carers",
            (
                "Methods",
                "Carers were randomly assigned to immediate training or to a waitlist control "
                "group (n = 38).",
            ),
            (
                "Results",
                "Confidence rose more with immediate training than in the waitlist "
                "control group (p = 0.01).",
            ),
        )
    )
    assert [a.n for a in record.arms].count(None) == 1
    assert {c.population.n for c in record.claims} == {None}
