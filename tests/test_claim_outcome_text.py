"""Claims: outcome text that names an outcome (not "Diarrhoea lasted", "Patients
of group II", "Postoperatively", "This difference", "treatments"), a sentence about the
difference before it adding its statistics to that claim, and differences of percentages
read as risk differences; an outcome keeps the "than" of its threshold ("preterm birth less than
34 weeks"), not of a comparison or a multiple. All texts are invented."""

from __future__ import annotations

import pytest

from extractors.components.statement_forms import names_people
from extractors.components.statement_phrases import without_dangling_end
from extractors.components.statements import read_statement
from extractors.effect_estimates import find_effects, find_percent_differences
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 200 adults after surgery to drug K (n = 100) or placebo (n = 100).",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("A randomised trial", _METHODS, ("Results", results))).claims


def _outcome(clause: str) -> str | None:
    statement = read_statement(clause, 0, len(clause))
    return clause[slice(*statement.outcome)] if statement.outcome else None


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        # "showed that," with a comma before a lead-in: the statement follows
        (
            "The results showed that, after treatment, pain scores were lower with drug K "
            "(p < 0.01).",
            "pain scores",
        ),
        # a time adverb opening the clause is when, not what
        ("Postoperatively, pain scores were lower with drug K than with placebo.", "pain scores"),
        ("Postoperatively pain scores were lower with drug K than with placebo.", "pain scores"),
        ("Clinically, relapse was less frequent with drug K.", "relapse"),
        # "showed decreases in X": a noun after "showed", not the verb of "treatments"
        (
            "Both treatments showed decreases in mean intraocular pressure (p<0.001).",
            "decreases in mean intraocular pressure",
        ),
        ("Drug K had reduced pain scores at week 4 (p=0.01).", "pain scores"),
        ("Drug K reduced pressure at all time points (p<0.001).", "pressure"),
        # the estimated effect on X is an effect on X
        (
            "The estimated treatment effect on quality of life was 5.7 points (p = 0.19).",
            "quality of life",
        ),
        # and the groups' difference in X is a difference in X
        (
            "The group difference in validated abstinence was small (0.8% versus 0.9%, P = 0.99).",
            "validated abstinence",
        ),
        # people compared by a state or a likelihood: the state, what they were likely to do
        ("Patients of Group II and III were more sedated compared to Group I.", "sedated"),
        (
            "Patients in the K group were 2.2 times more likely (95% CI 1.1-4.3; p = 0.02) to "
            "stop treatment than those given placebo.",
            "stop treatment",
        ),
        # counted people: what they had, were or did
        (
            "Seven patients (6.6%) developed SSI in the K group and 16 patients (12.9%) in the "
            "control group (p = 0.1).",
            "SSI",
        ),
        (
            "More patients were pain-free in the K group at 1 hour (44% vs 17%, P = .014).",
            "pain-free",
        ),
        (
            "Among the 240 participants (120 in each arm), 18 developed pneumonia (6 with K and 12 "
            "with placebo; P = .1).",
            "pneumonia",
        ),
        (
            "Two patients in the K group complained of rashes, and three patients in the placebo "
            "group complained of nausea.",
            "complained of rashes",
        ),
        ("Women were randomly assigned to one of two groups (p = 0.5).", "Women"),  # a step
        # a time lead-in, with a bracket of its own
        (
            "Twelve months after the last cycle (last visit, May 12, 2009), the rate of early "
            "menopause was 25.9% with A and 8.9% with B.",
            "rate of early menopause",
        ),
        # a clause that opens with a preposition names no subject
        ("for the≥2cm definition 35% versus 38% (p = 0.7)", None),
        ("in-hospital mortality 3% vs 5% (p = 0.2)", "in-hospital mortality"),
        # a share of people named by what they did, the people left unnamed
        (
            "The proportion who experienced night waking was 7% with drug K and 22% with placebo.",
            "proportion who experienced night waking",
        ),
        # the end point that frames the measure is no part of it, unless it names the trial
        ("There was no effect on the primary outcome of night waking.", "night waking"),
        (
            "There was no difference for the secondary end points of sleep latency (p = 0.3).",
            "sleep latency",
        ),
        ("The primary outcome of the trial was not different.", "primary outcome of the trial"),
        # "also" between the verb and "observed"
        ("Improvements were also observed for remission (64% vs 33%, p = 0.01).", "remission"),
        # a share of people in a state: the state
        (
            "In all, 84.6% of the patients were significantly improved compared to 33.3% of "
            "those given placebo.",
            "improved",
        ),
        # what was reported in a share of them: what, not where
        (
            "Dry mouth reported in 40% of patients given drug K and 12% of those given placebo "
            "was significantly more frequent (p = 0.01).",
            "Dry mouth",
        ),
        # an effect's name and value after the measure
        (
            "There was no difference in severe infections with OR 0.81; 95% CI 0.50-1.30.",
            "severe infections",
        ),
        (
            "There was no difference in the rates of wound dehiscence RR = 0.70.",
            "rates of wound dehiscence",
        ),
        # the group before a measure named with "the", without a comma
        (
            "In the K group the incidence of delirium (18% versus 40%, p = 0.03) was lower.",
            "incidence of delirium",
        ),
        # "no difference" after a verb of showing: what showed it
        ("The rate of anaemia exhibited no difference in either arm (p = 0.4).", "rate of anaemia"),
        ("Mean sleep latency displayed no significant change (p = 0.6).", "Mean sleep latency"),
        # a word of sameness before what was had is no part of it
        (
            "During week 1 both arms achieved identical remission rates (61%, P = 0.9).",
            "remission rates",
        ),
        ("Drug K and placebo had equivalent sleep outcomes.", "sleep outcomes"),
        # "concerning" frames what differed, after the groups too
        (
            "There was no significant difference between the two arms concerning nausea.",
            "nausea",
        ),
        (
            "No significant difference was found in both the arms concerning nausea and rash.",
            "nausea and rash",
        ),
        # a list of measures over the length limit stays whole: no item is cut
        (
            "Nausea, rash, time to first walk after surgery, length of hospital stay, and "
            "readmission within thirty days were not different.",
            "Nausea, rash, time to first walk after surgery, length of hospital stay, and "
            "readmission within thirty days",
        ),
        # "improved for" a group: for whom it changed, the subject what changed
        (
            "Peak flow significantly improved for the drug K group participants at 3 months.",
            "Peak flow",
        ),
        ("Drug K improved scores for sleep.", "scores for sleep"),
        # "For X, neither group / both groups ...": X is what was measured
        ("For peak flow, neither group improved significantly from week 1 to 8.", "peak flow"),
        ("For wheeze, both arms improved (p < 0.01).", "wheeze"),
        ("For women, both arms improved sleep scores.", "sleep scores"),
        # an analysis reporting what it saw is no outcome: what it saw is
        (
            "Our current analysis found a comparable efficacy and acceptability in all three "
            "treatment groups.",
            "comparable efficacy and acceptability",
        ),
        (
            "This exploratory analysis did not show any differences in night waking between "
            "the arms.",
            "night waking",
        ),
        # a count of studies is no measure
        ("Two studies reported no change.", None),
        # a time before a measure named with "the", without a comma
        (
            "After 8 weeks of treatment (W8) the lean mass rose with drug K (p = 0.01).",
            "lean mass",
        ),
        ("At week 24 the mean sleep score was higher with drug K (p = 0.02).", "mean sleep score"),
        # "reported in" a count of people: where it was reported, no object of "reported"
        (
            "The commonest adverse events were rashes, reported in 17 (11%) of 152 patients "
            "given placebo and 28 (19%) of 151 given drug K.",
            "commonest adverse events",
        ),
        # not a measure's name that holds those letters
        ("Inhibition of HR50 was smaller with drug K (p = 0.02).", "Inhibition of HR50"),
    ],
)
def test_outcome_phrase(clause: str, outcome: str | None) -> None:
    assert _outcome(clause) == outcome


@pytest.mark.parametrize(
    ("phrase", "people"),
    [
        ("Patients", True),
        ("Patients of Group II and III", True),
        ("the children in the placebo arm", True),
        ("pregnant women", True),
        ("number of patients", False),
        ("patients with sepsis", False),
        ("Patients satisfaction", False),
    ],
)
def test_names_people(phrase: str, people: bool) -> None:
    assert names_people(phrase) is people


@pytest.mark.parametrize(
    ("results", "outcome"),
    [
        (
            "Nausea lasted 3.1 days with drug K and 4.2 days with placebo (P = 0.01).",
            "Nausea duration",
        ),
        ("Sedation lasted longer with drug K than with placebo (P = 0.16).", "Sedation duration"),
    ],
)
def test_what_lasted_is_a_duration(extractor: Extractor, results: str, outcome: str) -> None:
    assert [c.outcome.text for c in _claims(extractor, results)] == [outcome]


@pytest.mark.parametrize(
    ("results", "outcome"),
    [
        (
            "The change from baseline in HbA1c at week 24 was -1.1% with drug K and -0.6% with "
            "placebo (p<0.001).",
            "HbA1c",
        ),
        (
            "The mean change in body weight was -2.9 kg with drug K and -0.9 kg with placebo "
            "(p<0.001).",
            "body weight",
        ),
        (
            "Mean change from baseline in systolic blood pressure did not differ between the "
            "groups (p=0.21).",
            "systolic blood pressure",
        ),
        (
            "The adjusted mean change from baseline to week 12 in pain score was greater with "
            "drug K than with placebo (p=0.01).",
            "pain score",
        ),
        # the outcome ends after the measure, not at the first "in the" of the change's lead
        (
            "Changes from baseline in the mean pain scores in the drug K group were greater "
            "than in the placebo group (P < .05).",
            "mean pain scores",
        ),
        (
            "Alterations from baseline of the mean sleep scores in the drug K group were "
            "greater than for the placebo group (P < .05).",
            "mean sleep scores",
        ),
        (
            "Greater improvements from baseline in pain scores were reported with drug K "
            "compared with placebo (P<0.01).",
            "pain scores",
        ),
    ],
)
def test_a_change_from_baseline_is_how_the_outcome_was_measured(
    extractor: Extractor, results: str, outcome: str
) -> None:
    """The change (from baseline) is how X was measured; X is the outcome a reviewer looks
    for."""
    claims = _claims(extractor, results)
    assert [(c.outcome.text, c.intervention.text) for c in claims] == [(outcome, "drug K")]


def test_a_relative_clause_that_lasted_is_no_duration(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Pain relief, which lasted 6 h, was greater with drug K than with placebo "
        "(P = 0.01)."
    )  # fmt: skip
    assert [c.outcome.text for c in claims] == ["Pain relief"]


def test_a_claim_about_people_only_is_not_made(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Patients receiving drug K significantly outperformed those receiving placebo (P < 0.001).",
    )
    assert [c.outcome.text for c in claims if names_people(c.outcome.text)] == []


def test_people_with_arm_values_leave_the_outcome_unnamed(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "A change was seen in 30 patients in the drug K group (30%) and in 12 patients in the "
        "placebo group (12%) (p = 0.01).",
    )
    assert claim.outcome.text == ""
    assert [(r.arm, r.percent) for r in claim.results] == [("arm1", 30.0), ("arm2", 12.0)]


def test_a_change_in_both_arms_names_both_arms(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Both treatments showed decreases in mean intraocular pressure at all time points "
        "(p<0.001).",
    )
    assert claim.outcome.text == "mean intraocular pressure"
    # not an empty intervention text: the trial's arms (tests/test_claims_within_group_...)
    assert claim.comparator is not None
    assert (claim.intervention.text, claim.comparator.text) == ("drug K", "placebo")


_NAUSEA = (
    "One hour after surgery, 30 of 100 (30%) patients in the drug K group had nausea "
    "compared with 45 of 100 (45%) in the placebo group."
)


def test_this_difference_adds_its_statistics_to_the_claim_before(extractor: Extractor) -> None:
    follow = "This difference was statistically significant (relative risk 0.67; 95% CI " \
        "0.46-0.97; P = 0.03)."  # fmt: skip
    (claim,) = _claims(extractor, f"{_NAUSEA} {follow}")
    assert claim.outcome.text == "nausea"
    assert (claim.intervention.text, claim.comparator and claim.comparator.text) == (
        "drug K",
        "placebo",
    )
    assert claim.p_value is not None and claim.p_value.value == 0.03
    assert claim.significant is True and claim.direction == "decreased"
    assert claim.effect is not None
    assert (claim.effect.measure, claim.effect.value, claim.effect.source) == (
        "risk ratio",
        0.67,
        "reported",
    )
    assert claim.evidence.text.endswith(follow)


def test_a_difference_that_was_not_significant_is_no_difference(extractor: Extractor) -> None:
    (claim,) = _claims(extractor, f"{_NAUSEA} The difference was not significant (P = 0.07).")
    assert (claim.significant, claim.direction) == (False, "no difference")
    assert claim.p_value is not None and claim.p_value.value == 0.07


def test_a_clause_giving_the_difference_adds_it_to_the_claim_before(
    extractor: Extractor,
) -> None:
    (claim,) = _claims(
        extractor,
        "Response was 61.5% with drug K and 60.2% with placebo; treatment difference (95% CI) "
        "was 1.3% (-11.4, 13.9).",
    )
    assert claim.outcome.text == "Response"
    assert claim.effect is not None
    assert (claim.effect.measure, claim.effect.value, claim.effect.source) == (
        "risk difference",
        0.013,
        "reported",
    )
    assert (claim.significant, claim.direction) == (False, "no difference")


@pytest.mark.parametrize(
    "follow",
    [
        "The effect was significant for vomiting too (P = 0.02).",
        "The difference was also significant on vomiting (P = 0.02).",
    ],
)
def test_the_effect_on_another_measure_is_no_statistic_of_the_claim_before(
    extractor: Extractor, follow: str
) -> None:
    claims = _claims(extractor, f"{_NAUSEA} {follow}")
    assert claims[0].p_value is None


@pytest.mark.parametrize(
    "follow",
    [
        "The difference was significant in favour of drug K (P = 0.03).",
        "The difference was significant in the per-protocol analysis (P = 0.03).",
    ],
)
def test_significance_in_an_analysis_or_for_an_arm_is_the_claim_befores(
    extractor: Extractor, follow: str
) -> None:
    (claim,) = _claims(extractor, f"{_NAUSEA} {follow}")
    assert claim.p_value is not None and claim.p_value.value == 0.03


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("(difference -18%; 95% CI -30% to -6%; p=0.004)", -0.18, -0.3, -0.06),
        ("(risk difference 6.4%, 95% CI 1.1 to 11.7)", 0.064, 0.011, 0.117),
        ("an absolute difference of 12 percentage points (95% CI 4 to 20)", 0.12, 0.04, 0.2),
        ("RD 5% (95% CI 0.01 to 0.09)", 0.05, 0.01, 0.09),  # the interval as a proportion
        ("the difference was −26.5% (95% CI, −40.1% to −12.9%)", -0.265, -0.401, -0.129),
    ],
)
def test_percent_differences_are_proportions(
    text: str, value: float, low: float, high: float
) -> None:
    (effect,) = find_percent_differences(text)
    assert effect.measure == "risk difference"
    assert effect.interval is not None
    assert (effect.value, effect.interval.low, effect.interval.high) == (value, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "mean difference 5% (95% CI 1 to 9)",  # a mean of a measure in percent
        "a difference of 41% in favour of A",  # no interval: maybe no estimate at all
        "RD 5%, p = 0.2",  # an abbreviation without an interval
    ],
)
def test_no_percent_difference(text: str) -> None:
    assert find_percent_differences(text) == []


def test_a_named_risk_difference_needs_no_interval() -> None:
    (effect,) = find_percent_differences("risk difference, 5.2%")
    assert (effect.value, effect.interval, effect.named) == (0.052, None, True)
    assert find_effects("risk difference, 5.2%") == []  # not read twice


def test_a_difference_of_proportions_is_the_reported_risk_difference(
    extractor: Extractor,
) -> None:
    (claim,) = _claims(
        extractor,
        "Relapse occurred in 12 of 100 patients in the drug K group and 30 of 100 in the "
        "placebo group (difference -18%; 95% CI -30% to -6%; p=0.004).",
    )
    assert claim.effect is not None
    effect = claim.effect
    assert (effect.measure, effect.value, effect.ci_low, effect.ci_high, effect.source) == (
        "risk difference",
        -0.18,
        -0.3,
        -0.06,
        "reported",
    )
    assert claim.warnings == []


def test_an_unnamed_difference_of_means_is_no_risk_difference(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Weight fell more with drug K (4.1 ± 1.2 kg) than with placebo (2.0 ± 1.1 kg) "
        "(difference 3%, 95% CI 1% to 5%; p=0.01).",
    )
    assert claim.effect is None or claim.effect.measure != "risk difference"


def test_a_list_of_changes_shares_the_predicate_that_names_the_arms(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "An increase in walking distance (p<0.001), grip strength (p<0.01) and sleep quality "
        "(p<0.01), and a decrease in pain (p<0.01) was observed in the drug K group compared to "
        "the placebo group.",
    )
    assert [
        (c.outcome.text, c.intervention.arm, c.comparator and c.comparator.arm) for c in claims
    ] == [
        ("walking distance", "arm1", "arm2"),
        ("grip strength", "arm1", "arm2"),
        ("sleep quality", "arm1", "arm2"),
        ("pain", "arm1", "arm2"),
    ]


def test_an_unnamed_difference_of_a_measure_in_percent_is_no_risk_difference(
    extractor: Extractor,
) -> None:
    (claim,) = _claims(
        extractor,
        "HbA1c was 7.1% with drug K and 7.6% with placebo; treatment difference (95% CI) "
        "was -0.5% (-0.8, -0.2).",
    )
    assert claim.effect is None or claim.effect.measure != "risk difference"


@pytest.mark.parametrize(
    "clause",
    [
        "This study showed that after one month of K or placebo there was no significant "
        "improvement in flow mediated dilation (p = 0.80).",
        "After one month there was no significant improvement in flow mediated dilation "
        "(p = 0.80).",
    ],
)
def test_a_time_without_a_comma_before_there_was_is_no_outcome(clause: str) -> None:
    assert _outcome(clause) == "flow mediated dilation"


def test_people_treated_with_an_intervention_name_it(extractor: Extractor) -> None:
    # no arms recognised: the people's own words name the intervention
    results = (
        "Children treated with drug K had a shorter duration of fever in comparison with the "
        "control group (mean 11.7 days vs 14.4; p = 0.037)."
    )
    (claim,) = extractor.extract(article("A trial", ("Results", results))).claims
    assert claim.intervention is not None and claim.intervention.text == "drug K"
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        # words that frame the outcome are no part of it
        (
            "There was no difference between the groups in terms of wound healing (P=0.4).",
            "wound healing",
        ),
        (
            "There was no significant difference regarding to serum sodium (P = 0.7).",
            "serum sodium",
        ),
        (
            "No difference was seen with regard to age, sex and weight (P > 0.05).",
            "age, sex and weight",
        ),
        # a subgroup before "there was" stays unread as an outcome
        (
            "With regard to the incisors, there was no difference in plaque index (P = 0.5).",
            "plaque index",
        ),
        # a share of people named by what they did keeps its relative clause
        (
            "The proportion of patients who had achieved remission at week 12 was higher with "
            "drug K (p < 0.01).",
            "proportion of patients who had achieved remission",
        ),
        (
            "The percentage of women who were still smoking (12% vs 30%) was lower with drug K.",
            "percentage of women who were still smoking",
        ),
    ],
)
def test_outcome_frames_and_shares_of_people(clause: str, outcome: str) -> None:
    assert _outcome(clause) == outcome


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        # a clause before the comma says how or when the result was read, not what
        (
            "Adjusting for baseline weight, the mean number of clinic visits was lower with "
            "drug K (p = 0.03).",
            "mean number of clinic visits",
        ),
        (
            "When all falls were graded by severity, serious fall rates were similar between "
            "groups (P = .51).",
            "serious fall rates",
        ),
        (
            "Controlling for mood, height, age, and sex, the sleep scores were higher with "
            "drug K (p = 0.01).",
            "sleep scores",
        ),
        ("As the dose of K rose, fasting glucose fell (P = 0.02).", "fasting glucose"),
        # not before a count of people, which the clause's words name no measure for
        (
            "When only adherence was scored, 40 (45%) of 89 adults in the K group were "
            "adherent compared with 20 (22%) of 90 in the placebo group (p<0.01).",
            "When only adherence",
        ),
        # the authors reporting what they saw: what changed is the outcome
        (
            "We observed a significant decrease in itch scores in the K group (p < 0.01).",
            "itch scores",
        ),
        (
            "We also found similar improvements in gait speed and balance in both arms.",
            "gait speed and balance",
        ),
    ],
)
def test_a_leading_clause_is_no_outcome(clause: str, outcome: str) -> None:
    assert _outcome(clause) == outcome


@pytest.mark.parametrize(
    "results",
    [
        "Pain fell more with drug K (p = 0.01). Larger trials are needed to confirm these "
        "gains in other clinics.",
        "Pain fell more with drug K (p = 0.01). Further research is still required before "
        "drug K can improve routine care.",
    ],
)
def test_research_still_needed_makes_no_claim(extractor: Extractor, results: str) -> None:
    assert [c.outcome.text for c in _claims(extractor, results)] == ["Pain"]


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        # a section label left in the sentence is no outcome
        ("Conclusions: Pain scores were lower with drug K (p=0.01).", "Pain scores"),
        # "presented" as "had": what follows is the outcome, past a bracketed statistic
        (
            "Results: The EMS group presented increased (p < 0.05) performance in the chair "
            "stand test (13.8 ± 5.0 vs. 10.2 ± 3.3 reps).",
            "performance",
        ),
        # a label written with a dash, or the dash left of one glued to the sentence before
        ("Interpretation - Relapse rates remained lower with drug K.", "Relapse rates"),
        ("- Relapse rates remained lower with drug K.", "Relapse rates"),
        # "findings were similar for Y": Y
        ("Findings were similar for gait speed (HR 1.20, 95% CI 1.00 to 1.45).", "gait speed"),
        ("Similar results were observed for remission (54% vs 56%, p = .18).", "remission"),
        # a label with its bracket, then a count before what it counts
        (
            "RESULTS (last analysis in 2012): After a median follow-up of 9 years, 12 (3.4%) "
            "relapses were observed in arm 1 and 16 (4.4%) in arm 2.",
            "relapses",
        ),
    ],
)
def test_a_label_or_findings_is_no_outcome(clause: str, outcome: str) -> None:
    assert _outcome(clause) == outcome


def test_findings_that_name_no_measure_make_no_claim(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Handgrip strength was higher with drug K (HR 1.30, 95% CI 1.10 to 1.60). Findings "
        "were similar for other efficacy outcomes (HR 1.25, 95% CI 1.05 to 1.50).",
    )
    assert [c.outcome.text for c in claims] == ["Handgrip strength"]


def test_findings_with_the_arms_values_keep_them_unnamed(extractor: Extractor) -> None:
    (claim,) = _claims(extractor, "Results were 30% with drug K and 45% with placebo (p = 0.03).")
    assert claim.outcome.text == ""
    assert [r.percent for r in claim.results] == [30.0, 45.0]


def test_a_count_before_its_denominator_is_no_outcome() -> None:
    assert _outcome("12 (80%) of 15 relapses were observed in arm 1 (p<0.01).") is None


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        # the "than" of a threshold is the outcome's own
        (
            "The rate of preterm birth less than 34 weeks was lower with A (13% vs 39%).",
            "rate of preterm birth less than 34 weeks",
        ),
        ("More patients with A reached an HbA1c goal of less than 7.5% (34% vs 17%).", None),
        ("Patients had HbA1c values greater than or equal to 6.5% (37% vs 0%).", None),
        # what was had, a threshold's comparative first
        (
            "Forty percent of patients had greater than 50% pain relief (p < 0.01).",
            "greater than 50% pain relief",
        ),
        # a comparison, not a threshold: the outcome ends before "than"
        ("Pain was lower with A than with B (p = 0.01).", "Pain"),
        ("Scores were higher than 3 weeks before (p = 0.01).", "Scores"),
    ],
)
def test_an_outcome_keeps_its_threshold(clause: str, outcome: str | None) -> None:
    found = _outcome(clause)
    if outcome is None:  # the threshold ends the outcome phrase read, whatever its head
        assert found is not None and found.endswith(("7.5%", "6.5%"))
    else:
        assert found == outcome


def test_a_multiple_is_no_threshold() -> None:
    found = _outcome("A raised enzyme activity more than 10-fold (p < 0.01).")
    assert found is not None and "than" not in found


def test_a_lead_in_with_a_thousands_separator() -> None:
    clause = (
        "In 1,075 participants with no aura at baseline, the 4-year cumulative incidence rate of "
        "aura was significantly lower with drug K (66%) than with placebo (72%) (P = 0.02)."
    )
    assert _outcome(clause) == "4-year cumulative incidence rate of aura"


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        (
            "At a median follow-up of 64 months, 399 recurrences or new cancers (164 drug K and "
            "235 placebo) occurred.",
            "recurrences or new cancers",
        ),
        (
            "Six months after surgery, 50 serious adverse events occurred with drug K.",
            "serious adverse events",
        ),
        ("24 h urine volume was higher with drug K (p = 0.01).", "24 h urine volume"),
        ("14C-ATP release was similar with drug K and placebo.", "14C-ATP release"),
    ],
)
def test_a_count_opening_the_subject_is_not_the_outcome(clause: str, outcome: str) -> None:
    assert _outcome(clause) == outcome


def test_a_total_split_by_arm_gives_each_arm_its_count(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "At a median follow-up of 64 months, 399 recurrences (164 drug K and 235 placebo) "
        "occurred.",
    )
    assert claim.outcome.text == "recurrences"
    assert [(r.arm, r.events) for r in claim.results] == [("arm1", 164), ("arm2", 235)]


def test_an_outcome_in_quotes_is_the_word_not_its_quotes(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, 'There were 60 "failures" in the drug K arm, and 62 in the placebo arm (p=0.72).'
    )
    assert claim.outcome.text == "failures"
    assert [(r.arm, r.events) for r in claim.results] == [("arm1", 60), ("arm2", 62)]


def test_a_cost_in_a_currency_ends_the_outcome(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Drug K had a mean cost of UK£35.41 per patient compared with £51.12 for placebo, "
        "difference £15.71 (95% CI 11.8-19.6; P < 0.001).",
    )
    assert claim.outcome.text == "mean cost"
    assert [(r.arm, r.mean) for r in claim.results] == [("arm1", 35.41), ("arm2", 51.12)]
    assert claim.direction == "decreased"


def test_an_outcome_leaves_out_the_value_written_into_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Patients given drug K had a median hospital stay of 18.5 (95% CI 11.8-21.3) days "
        "compared to 11.3 (95% CI 9.9-15.5) days with placebo (p = 0.037).",
    )
    assert [c.outcome.text for c in claims] == ["median hospital stay"]


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        ("The two groups differed with respect to pain scores (p = 0.01).", "pain scores"),
        ("The groups did not differ with regard to wound healing (p = 0.3).", "wound healing"),
        ("Patients did not differ regarding nausea (p = 0.4).", "nausea"),
    ],
)
def test_groups_differing_with_respect_to_an_outcome(clause: str, outcome: str) -> None:
    assert _outcome(clause) == outcome


def test_how_long_follow_up_lasted_in_each_arm_is_no_result(extractor: Extractor) -> None:
    results = (
        "The two groups differed with respect to median follow-up durations, which were 48 "
        "months (range, 25-83 months) with drug K and 35 months (range, 21-59 months) with "
        "placebo. Median follow-up was 40 months, and relapse was 10% with drug K and 20% with "
        "placebo."
    )
    claims = _claims(extractor, results)
    assert [[r.percent for r in c.results] for c in claims] == [[10.0, 20.0]]


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        (
            "The trial found no significant effect of drug K on mortality (OR 1.07, 95% CI "
            "0.58-1.97).",
            "mortality",
            "drug K",
        ),
        (
            "This study did not find a statistically significant effect of a small gift (in the "
            "form of a voucher) on survey response rates (OR 1.85, 95% CI 0.91-3.77).",
            "survey response rates",
            "small gift",
        ),
    ],
)
def test_a_study_that_found_no_effect_of_a_on_y(clause: str, outcome: str, actor: str) -> None:
    statement = read_statement(clause, 0, len(clause))
    assert statement.outcome is not None and statement.actor is not None
    assert (clause[slice(*statement.outcome)], clause[slice(*statement.actor)]) == (outcome, actor)


def test_no_difference_by_subgroup_makes_no_claim(extractor: Extractor) -> None:
    results = (
        "Pain was lower with drug K than with placebo (P = 0.01). Subgroup analyses revealed no "
        "differences related to surgical technique (P = 0.64), anaesthetic strategy (P = 0.53) "
        "or presence of multimodal analgesia (P = 0.57)."
    )
    assert [c.outcome.text for c in _claims(extractor, results)] == ["Pain"]


def test_an_outcome_ends_before_a_joining_word_left_by_a_cut(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Drug K did not improve the quality of colon cleansing but appeared to decrease cramping.",
    )
    assert [c.outcome.text for c in claims] == ["quality of colon cleansing"]


@pytest.mark.parametrize(
    ("outcome", "kept"),
    [
        ("serum concentrations which", "serum concentrations"),
        ("Three of 11 patients at the close of", "Three of 11 patients at the close"),
        ("median LOS, and", "median LOS"),
        ("which", ""),
        ("stress not only", "stress"),
        # guards: a letter or a word of the outcome itself stays
        ("Scores of HADS-A", "Scores of HADS-A"),
        ("vitamin A", "vitamin A"),
        ("time to first rescue analgesia", "time to first rescue analgesia"),
    ],
)
def test_without_dangling_end(outcome: str, kept: str) -> None:
    assert without_dangling_end(outcome) == kept


def test_values_that_go_with_the_outcomes_listed_are_no_arms(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "The mean length of stay and the mean time to discharge were 4.9 and 6.3 days, "
        "respectively, and there were no significant differences between the two arms.",
    )
    assert [c.results for c in claims] == [[]]


@pytest.mark.parametrize(
    "results",
    [
        # guards: the arms named, or their sizes counted, say the values are the arms'
        "Response rates were 64% and 71% with drug K and placebo, respectively.",
        "Pain and fatigue, analysed in 92 and 88 patients, were 4.9 and 6.3 points, "
        "respectively (P = 0.4).",
    ],
)
def test_respective_values_of_the_arms_keep_their_arms(extractor: Extractor, results: str) -> None:
    claims = _claims(extractor, results)
    assert any(len(c.results) == 2 for c in claims)


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        # a subject read without a verb ends at a number, not at the number of a name
        (
            "Interleukin-6 concentrations in the drug K group show a trend that is almost "
            "significant (P = 0.062).",
            "Interleukin-6 concentrations",
        ),
        ("Pain 3 days after surgery in the drug K group (P = 0.2).", "Pain"),
    ],
)
def test_a_subject_without_a_verb_keeps_the_number_of_its_name(clause: str, outcome: str) -> None:
    assert _outcome(clause) == outcome


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        # lead-ins before the finding: the authors' "we noted" after a lead-in of when, and
        # "According to the results," (where the finding is, not what was measured)
        pytest.param(
            "At a median follow-up of 28 months, we noted a 40% decrease in the risk of relapse "
            "with drug K (p = 0.001).",
            "risk of relapse",
            id="we-noted-after-a-lead-in",
        ),
        pytest.param(
            "According to the results, significantly higher sleep quality was recorded with "
            "drug K than with placebo.",
            "sleep quality",
            id="according-to-the-results",
        ),
        # a topic names the measure where the clause's own subject names none, not where the
        # clause names its own
        pytest.param(
            "Concerning the sleep latency, no significant differences between drug K and "
            "placebo were observed.",
            "sleep latency",
            id="topic-concerning",
        ),
        pytest.param(
            "With respect to night waking, no significant difference was seen between the two "
            "groups (P = 0.4).",
            "night waking",
            id="topic-with-respect-to",
        ),
        pytest.param(
            "Concerning quality of life, significant improvements in the sleep diary score were "
            "found with drug K.",
            "sleep diary score",
            id="topic-and-a-measure-of-its-own",
        ),
        # a clause of when or how after the measure is not part of it ("when compared" ended
        # one already)
        pytest.param(
            "Drug K improved sleep quality when used as maintenance after a first response "
            "(P = 0.01).",
            "sleep quality",
            id="when",
        ),
        pytest.param(
            "Drug K improved sleep quality while preserving daytime alertness.",
            "sleep quality",
            id="while",
        ),
        pytest.param(
            "Drug K reduced side effects such as nausea and headache compared with placebo.",
            "side effects",
            id="such-as",
        ),
        # "increases" after a word that makes it a noun is no verb; "to increase" is one
        pytest.param(
            "Drug K led to significant increases in bone density over 24 months (p < 0.01).",
            "bone density",
            id="noun-increases",
        ),
        pytest.param(
            "Drug K produced marked decreases in night waking compared with placebo.",
            "night waking",
            id="noun-decreases",
        ),
        pytest.param(  # "resulted in no ... reduction in X": X, as after "a"
            "The addition of drug K resulted in no significant reduction in the incidence of "
            "night waking.",
            "incidence of night waking",
            id="resulted-in-no-reduction",
        ),
        pytest.param(
            "Total sleep duration tended to increase with drug K (p = 0.04).",
            "Total sleep duration",
            id="verb-to-increase",
        ),
        # what the data showed, "that" left out
        pytest.param(
            "Exploratory analyses revealed the survival advantage with drug K was seen in older "
            "patients (HR 0.53; 95% CI 0.30-0.90).",
            "survival advantage",
            id="analyses-revealed",
        ),
        pytest.param(
            "Although non-significant, diary data indicated sleep quality was better with drug K.",
            "sleep quality",
            id="hedge-then-data-indicated",
        ),
        pytest.param(
            "Drug K improved sleep quality without increasing daytime sleepiness.",
            "sleep quality",
            id="without-a-gerund",
        ),
        pytest.param(
            "Drug K lowered the risk of falls without a corresponding increase in fractures.",
            "risk of falls",
            id="without-a-change",
        ),
        pytest.param(  # "without" that is part of the measure stays
            "Drug K improved survival without progression (P = 0.02).",
            "survival without progression",
            id="without-in-the-measure",
        ),
        pytest.param(
            "Sleep quality was higher when compared with placebo (P = 0.02).",
            "Sleep quality",
            id="when-compared",
        ),
        # the amount of a change is no part of the outcome
        pytest.param(
            "Drug K produced a 33% reduction in night waking (P = 0.01).",
            "night waking",
            id="percent-reduction",
        ),
        pytest.param(
            "Drug K resulted in a 3.2 points decrease in wheeze score.",
            "wheeze score",
            id="points-decrease",
        ),
        pytest.param(
            "Drug K produced a reduction in night waking (P = 0.01).",
            "night waking",
            id="reduction-without-amount",
        ),
        # where the finding stood out is no part of the outcome
        pytest.param(
            "Drug K did not reduce night waking, especially in the first week.",
            "night waking",
            id="comma-especially",
        ),
        pytest.param(
            "The addition of drug K increased the incidence of night waking, even with a low dose.",
            "incidence of night waking",
            id="comma-even-with",
        ),
        # a modal's "be" and the main clause after "although ..., " end the outcome
        pytest.param(
            "No effect of drug K on night waking could be observed.",
            "night waking",
            id="could-be-observed",
        ),
        pytest.param(
            "No significant effect of drug K could be seen on night waking.",
            "night waking",
            id="could-be-seen-on",
        ),
        pytest.param(
            "Only the night waking score (P = 0.03) was significantly different between drug K "
            "and placebo.",
            "night waking score",
            id="only-the",
        ),
        pytest.param(
            "Although drug K resulted in an increase in the rate of night waking, we could not "
            "show a reduction in admissions.",
            "rate of night waking",
            id="although-then-we",
        ),
        # the amount's interval in brackets before the change noun: the outcome follows them
        pytest.param(
            "Drug K produced a significant 21% (95% CI 0.70-0.88, P < 0.01) reduction in night "
            "waking.",
            "night waking",
            id="percent-bracket-reduction",
        ),
        pytest.param(
            "Drug K gave a 4.10 point (95% CI 1.2 to 7.0) change in the wheeze score.",
            "wheeze score",
            id="points-bracket-change",
        ),
        # "tended to have" with its comparative: what the group had; "poorer" is its direction
        pytest.param(
            "The drug K group tended to have poorer sleep quality compared with the placebo group.",
            "sleep quality",
            id="tended-to-have-poorer",
        ),
        pytest.param(
            "Patients given drug K had a poorer response than those given placebo (P = 0.03).",
            "response",
            id="had-a-poorer",
        ),
        # a subject that only names groups: what was measured follows the group compared with
        pytest.param(
            "The early and the late groups did not differ significantly from the untreated group "
            "in the amount of rescue medication used.",
            "amount of rescue medication used",
            id="groups-subject-then-target",
        ),
        # "With A," before the finding: the arm, not the outcome
        pytest.param(
            "With drug K, sleep latency decreased significantly compared with placebo (P = 0.01).",
            "sleep latency",
            id="with-a-lead-in",
        ),
        # "not significant" said before the finding, with no verb of its own
        pytest.param(
            "Although not significant, sleep latency was shorter with drug K than with placebo.",
            "sleep latency",
            id="although-not-significant",
        ),
        pytest.param(
            "However, while non-significant, there was a trend for lower night waking with drug "
            "K than with placebo.",
            "night waking",
            id="while-non-significant-there-was",
        ),
        # "Median (IQR [range])": how the values are written
        pytest.param(
            "Median (IQR [range]) sleep latency with drug K (12 (8-20 [4-45]) min) and placebo "
            "(14 (9-22 [5-50]) min) did not differ (P = 0.4).",
            "sleep latency",
            id="median-iqr-range",
        ),
    ],
)
def test_the_one_outcome_of_a_clause(extractor: Extractor, clause: str, outcome: str) -> None:
    (claim,) = _claims(extractor, clause)
    assert claim.outcome is not None and claim.outcome.text == outcome


def test_times_listed_after_a_measure_are_no_outcomes(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Drug K significantly improved mouth opening on 1st, 3rd, and 7th postoperative days "
        "compared with placebo (P < 0.05).",
    )
    assert claim.outcome is not None
    assert claim.outcome.text == "mouth opening on 1st, 3rd, and 7th postoperative days"


@pytest.mark.parametrize(
    ("results", "outcomes"),
    [
        # the amount and direction before the measure are the effect's, not the measure's
        (
            "Patients given drug K had a 2.10 times higher risk of falls (95% CI 1.30-3.40, "
            "p = 0.003), and they had a 75% higher risk of fracture (95% CI 1.20-2.60, "
            "p = 0.004).",
            ["risk of falls", "risk of fracture"],
        ),
        # each measure after its amount; the first with its interval before it
        (
            "Drug K gave a significant 21% (95% CI 0.70-0.88, P < 0.01) reduction in night "
            "waking, 15% reduction in wheeze (95% CI 0.75-0.95, P = 0.01) and 30% reduction in "
            "admissions (95% CI 0.50-0.90, P = 0.02).",
            ["night waking", "wheeze", "admissions"],
        ),
        # "did" after "than" is no verb of the people compared
        (
            "Fewer adults in the drug K group died from any cause (12 deaths) than did those "
            "given placebo (25 deaths; p = 0.03).",
            ["died from any cause"],
        ),
    ],
)
def test_outcomes_without_the_effects_amount(
    extractor: Extractor, results: str, outcomes: list[str]
) -> None:
    assert [c.outcome.text for c in _claims(extractor, results)] == outcomes


def test_a_hedged_verb_opens_no_listed_outcome(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Drug K significantly improved night waking (2.1 ± 1.0 vs. 3.4 ± 1.2, p = 0.01) and "
        "wheeze (1.0 ± 0.5 vs. 1.6 ± 0.7, p = 0.03), and tended to lower cough scores (4.2 ± "
        "1.5 vs. 4.9 ± 1.6, p = 0.06) versus placebo.",
    )
    assert [c.outcome.text for c in claims] == ["night waking", "wheeze", "cough scores"]
    assert claims[-1].direction == "decreased"


def test_as_well_as_opens_no_listed_outcome(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Compared with placebo, drug K significantly decreased night waking (MD -3.03, 95% CI "
        "-3.38 to -2.68), as well as lower wheeze scores (MD -1.3, 95% CI -1.9 to -0.7).",
    )
    assert [c.outcome.text for c in claims] == ["night waking", "wheeze scores"]


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        # the present tense of "resulted in" / "led to" with a change after it
        (
            "Drug K results in lower night waking than placebo.",
            "night waking",
            "Drug K",
        ),
        (
            "Morning dosing of drug K leads to a significant reduction in wheeze scores.",
            "reduction in wheeze scores",
            "Morning dosing of drug K",
        ),
        # "was shown / found to have" what the actor had; "significant" before the comparative
        (
            "Drug K was shown to have statistically significant lower relapse rate (OR 0.31; "
            "95% CI 0.10-0.94; p = 0.04).",
            "relapse rate",
            "Drug K",
        ),
        (
            "Drug K was found to have a shorter sleep latency than placebo.",
            "sleep latency",
            "Drug K",
        ),
    ],
)
def test_what_an_actor_results_in_or_was_shown_to_have(
    clause: str, outcome: str, actor: str
) -> None:
    statement = read_statement(clause, 0, len(clause))
    assert statement.outcome is not None and statement.actor is not None
    assert (clause[slice(*statement.outcome)], clause[slice(*statement.actor)]) == (outcome, actor)


@pytest.mark.parametrize(
    "clause",
    [
        # "results in" as a noun and its place, not a verb
        "Corresponding results in patients aged over 60 years were 12.1 versus 10.4 months.",
        "Regular exercise is vital for children to achieve favourable results in the "
        "reduction of night waking.",
    ],
)
def test_results_in_as_a_noun_is_no_actors_verb(clause: str) -> None:
    assert read_statement(clause, 0, len(clause)).pattern != "had"


def test_a_time_after_a_comma_ends_the_outcome(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Drug K showed a significant trend for reduction in night waking, over the treatment "
        "and follow-up periods, compared with placebo (p < 0.001).",
    )
    assert claim.outcome.text == "night waking"


def test_a_long_list_of_measures_gives_a_claim_for_each(extractor: Extractor) -> None:
    """Over the outcome's length limit, a list of measures is still read whole: its last item
    has a claim too."""
    claims = _claims(
        extractor,
        "Nausea, rash, time to first walk after surgery, length of hospital stay, and "
        "readmission within thirty days were not different between drug K and placebo.",
    )
    assert [c.outcome.text for c in claims if c.outcome] == [
        "Nausea",
        "rash",
        "time to first walk after surgery",
        "length of hospital stay",
        "readmission within thirty days",
    ]
    assert {c.direction for c in claims} == {"no difference"}


def test_neither_group_improving_significantly_is_no_difference(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, "For peak flow, neither group improved significantly from week 1 to week 8."
    )
    assert claim.outcome is not None and claim.outcome.text == "peak flow"
    assert (claim.direction, claim.significant) == ("no difference", False)
