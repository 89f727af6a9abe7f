"""evg_claims and its helpers: statements, significance, direction, cues, claim ids."""

from __future__ import annotations

import pytest
import spacy

from extractors.components.arms import ArmMention
from extractors.components.claim_wording import (
    names_no_treatment,
    without_arm_tail,
    without_value_tail,
)
from extractors.components.claims import claim_id
from extractors.components.clauses import clauses
from extractors.components.comparison import group_phrases
from extractors.components.direction_words import verb_direction
from extractors.components.sections import Sentence
from extractors.components.significance import significance
from extractors.components.statements import read_statement
from extractors.effect_estimates import find_effects
from extractors.numbers import find_p_values
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article


def _outcome(clause: str) -> str | None:
    statement = read_statement(clause, 0, len(clause))
    return clause[slice(*statement.outcome)] if statement.outcome else None


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        (
            "There was no significant difference in pain scores between groups (P=0.3).",
            "pain scores",
        ),
        ("No difference was observed between the two groups for sleep latency.", "sleep latency"),
        # an adverb of the verb after it is no part of the outcome
        (
            "Total stroke and TIA similarly occurred in the drug K and control groups (2.56 vs. "
            "2.65%/year, p = 0.82).",
            "Total stroke and TIA",
        ),
        ("Drug K did not affect mood or optimism significantly.", "mood or optimism"),
        # a lead-in of who or when is compared, then the statement
        ("Between treatment groups, the change in pain was significant (P = 0.029).", "pain"),
        (
            "Between 2005 and 2010, the mean number of visits fell from 246 to 237.",
            "mean number of visits",
        ),
        (
            "Drug A significantly reduced the frequency of seizures compared with placebo.",
            "frequency of seizures",
        ),
        ("Pain scores did not differ between the groups.", "Pain scores"),
        ("However, HbA1c was lower in the drug A group than in the placebo group.", "HbA1c"),
        (
            "The proportion of patients with remission was 40% vs 20%.",
            "proportion of patients with remission",
        ),
        ("Patients in group A had significantly shorter hospital stays.", "hospital stays"),
        ("The hazard ratio for death with drug A was 0.7 (95% CI 0.5-0.9).", "death"),
        ("Relapse occurred in 5 of 40 patients.", "Relapse"),
        ("Analyses showed that fatigue improved in both arms.", "fatigue"),
        ("However, no considerable decrease was found in triglycerides.", "triglycerides"),
        ("There was higher consumption of fat at lunch.", "consumption of fat at lunch"),
        ("All participants improved on memory and attention at week 4.", "memory and attention"),
        ("The two groups were comparable for age and sex.", "age and sex"),
        ("The three active groups were more likely to quit smoking than controls.", "quit smoking"),
        ("Patients in group A received more rescue doses than group B.", "rescue doses"),
        ("CBT was associated with a greater reduction in anxiety than usual care.", "anxiety"),
        (
            "There was no difference in the length of time that participants slept.",
            "length of time",
        ),
        # a subject that names no measure gives way to the target of a change word
        (
            "There were no differences between groups in calories ordered at lunch.",
            "calories ordered at lunch",
        ),
        (
            "They also had greater reductions in the following secondary measures: itch (p=.01).",
            "itch",
        ),
        # a transitive verb with no object: the subject changed
        ("Serum urate increased significantly versus placebo.", "Serum urate"),
        (
            "Neither drug had an effect on the proportion of nights awake (RD 0.01).",
            "proportion of nights awake",
        ),
        (
            "Children given zinc were less likely to need antibiotics than controls.",
            "need antibiotics",
        ),
        ("Drug A was noninferior to drug B in terms of wound healing.", "wound healing"),
        # more or fewer people doing something: what they did
        (
            "Significantly more patients in the drug A group continued treatment until week 12.",
            "continued treatment until week 12",
        ),
        ("Fewer patients who received drug A had a relapse (P = 0.02).", "relapse"),
    ],
)
def test_claims_statement_outcome(clause: str, outcome: str) -> None:
    assert _outcome(clause) == outcome


def test_claims_statement_actor() -> None:
    clause = "In mice, compound X significantly attenuated lung fibrosis."
    statement = read_statement(clause, 0, len(clause))
    assert statement.actor is not None
    assert clause[slice(*statement.actor)] == "compound X"
    assert _outcome(clause) == "lung fibrosis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pain was lower (p<0.05)", True),
        ("pain was lower (P = .03)", True),
        ("pain was lower (p=0.42)", False),
        ("pain was lower (p>0.05)", False),
        ("pain was lower (p<0.10)", False),  # a bound above alpha: not significant at 0.05
        ("pain was significantly lower (p<0.10)", None),  # the authors' own alpha: undecided
        ("pain was significantly lower", True),
        ("pain was not significantly lower", False),
        ("pain did not change significantly", False),
        ("no significant difference in pain", False),
        ("pain was similar", None),
        ("pain was lower", None),
    ],
)
def test_claims_significance(text: str, expected: bool | None) -> None:
    p_values = find_p_values(text)
    assert significance(p_values[0] if p_values else None, text, None) is expected


def test_claims_significance_from_interval_without_p() -> None:
    (effect,) = find_effects("OR 2.0 (95% CI 1.1-3.6)")
    assert significance(None, "odds were higher", effect) is True
    (effect,) = find_effects("OR 1.2 (95% CI 0.8-1.9)")
    assert significance(None, "odds were higher", effect) is False


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("drug A improved walking distance", "increased"),
        ("pain was lower with drug A", "decreased"),
        ("nausea was more frequent with drug A", "increased"),
        ("falls were less common with drug A", "decreased"),
        ("drug A aggravated synovitis", "increased"),
        ("no change", None),
        # "lower" naming a part of the body is no direction
        ("lower extremity power improved with drug A", "increased"),
        ("lower-limb strength was greater with drug A", "increased"),
        ("lower back pain was reduced with drug A", "decreased"),
        ("lower urinary tract symptoms worsened with drug A", "increased"),
        ("lower respiratory tract infections", None),
        # ... but it is a direction before any other word
        ("drug A lowered blood pressure", "decreased"),
        ("body weight was lower with drug A", "decreased"),
        ("lower body weight with drug A", "decreased"),
    ],
)
def test_claims_verb_direction(text: str, direction: str | None) -> None:
    assert verb_direction(text) == direction


def test_claims_id_is_short_sha1() -> None:
    first = claim_id("pubmed:1", 10, 50, "pain")
    assert first == claim_id("pubmed:1", 10, 50, "pain")
    assert len(first) == 16
    assert first != claim_id("pubmed:1", 10, 50, "sleep")


def _claims(*results: str) -> list[Claim]:
    return (
        Extractor()
        .extract(
            article(
                "Drug A for back pain",
                (
                    "Methods",
                    "We randomly assigned 100 adults with back pain to drug A (n=50) or "
                    "placebo (n=50).",
                ),
                ("Results", " ".join(results)),
            )
        )
        .claims
    )


def test_claims_negated_and_hedged_cues() -> None:
    (claim,) = _claims("Drug A did not reduce pain compared with placebo.")
    assert claim.negated and not claim.hedged
    assert claim.direction == "no difference"
    (claim,) = _claims("Drug A may improve function compared with placebo.")
    assert claim.hedged and not claim.negated
    assert claim.direction == "increased"


def test_claims_values_matched_before_their_numbers() -> None:
    (claim,) = _claims(
        "Pain relief was more frequent in the drug A group (45%) than in the placebo group (30%)."
    )
    assert [(r.arm, r.percent) for r in claim.results] == [("arm1", 45.0), ("arm2", 30.0)]
    assert claim.direction == "increased"


def test_claims_comparator_named_first() -> None:
    (claim,) = _claims("Pain was higher in the placebo group than in the drug A group (p=0.01).")
    assert claim.intervention.arm == "arm1"
    assert claim.direction == "decreased"


def test_claims_statistic_clause_stays_with_its_result() -> None:
    (claim,) = _claims(
        "Remission occurred in 20 (40%) of 50 patients with drug A and 10 (20%) of 50 with "
        "placebo; odds ratio 2.67 (95% CI 1.08-6.60)."
    )
    assert [(r.events, r.n, r.percent) for r in claim.results] == [(20, 50, 40.0), (10, 50, 20.0)]
    assert claim.effect is not None and claim.effect.value == 2.67


def test_claims_two_clauses_two_claims() -> None:
    claims = _claims(
        "Drug A reduced pain (p=0.01), while sleep did not differ between groups (p=0.6)."
    )
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("pain", "decreased"),
        ("sleep", "no difference"),
    ]


def test_claims_enrolment_sentences_are_no_claims() -> None:
    assert (
        _claims("A total of 96 patients were randomized and baseline characteristics were similar.")
        == []
    )


def test_claims_power_and_pre_treatment_sentences_are_no_claims() -> None:
    assert (
        _claims("The trial was powered to detect a 10% difference in relapse between arms.") == []
    )
    assert _claims("Anxiety scores did not differ between groups before the intervention.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Larger multicentre studies will be needed to confirm these benefits.",
        "However, longer trials with more participants are still needed to assess safety.",
        "Further testing in larger samples is needed to better define the dose.",
        "Further research comparing drug A with stronger analgesics is required to guide better "
        "prescribing.",
    ],
)
def test_claims_further_work_needed_is_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_claims_result_before_further_work_needed_is_kept() -> None:
    (claim,) = _claims(
        "Drug A lowered back pain scores, yet further study is needed in the elderly."
    )
    assert claim.direction == "decreased"


def test_claims_no_difference_statement_without_p_is_a_claim() -> None:
    (claim,) = _claims("The level of fatigue did not improve.")
    assert (claim.outcome.text, claim.direction) == ("level of fatigue", "no difference")
    (claim,) = _claims("Although insignificant, the rate of relapse was higher with drug A.")
    assert claim.significant is False


def test_claims_an_opener_that_compares_a_measure_is_a_clause_of_its_own() -> None:
    """ "Despite higher X (..), Y did not differ": X rose, Y did not differ; "While X, Y and Z
    were ... before treatment, ...": the opener ends after its verb, not at the list's comma,
    and is a comparison before treatment (no claim)."""
    despite = _claims(
        "Despite higher analgesic doses with drug A (9.2 vs. 8.1 mg; p < 0.05), pain scores "
        "did not differ."
    )
    assert [(c.outcome.text, c.direction) for c in despite] == [
        ("analgesic doses", "increased"),
        ("pain scores", "no difference"),
    ]
    (claim,) = _claims(
        "While scores of pain, sleep and mood were not significantly different before the "
        "treatment, the drug A group showed significantly lower pain scores at 4 weeks (p < 0.001)."
    )
    assert (claim.outcome.text, claim.direction) == ("pain scores", "decreased")


@pytest.mark.parametrize(
    "text",
    [
        "Back pain fell in the drug A group (p = 0.008) while the placebo group did not show any "
        "change.",
        "Back pain decreased significantly in the drug A group while the placebo group showed no "
        "change.",
    ],
)
def test_claims_while_without_a_comma_between_two_statements_splits(text: str) -> None:
    (claim,) = _claims(text)
    assert (claim.outcome.text, claim.direction, claim.significant) == (
        "Back pain",
        "decreased",
        True,
    )


def test_claims_while_without_a_comma_in_one_statement_does_not_split() -> None:
    (claim,) = _claims("Back pain was lower with drug A while the patients were at rest (p=0.02).")
    assert (claim.outcome.text, claim.direction) == ("Back pain", "decreased")


def test_claims_a_second_measure_after_and_without_a_comma_is_a_claim_of_its_own() -> None:
    claims = _claims(
        "Pain relief was greater with drug A than with placebo (p = 0.007) and back stiffness "
        "was significantly reduced (p = 0.015)."
    )
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("Pain relief", "increased"),
        ("back stiffness", "decreased"),
    ]
    # no comparison of its own before "and": the comparison after it is both measures'
    (claim,) = _claims(
        "Pain relief was prolonged (p = 0.001) and sleep was improved (p = 0.01) with drug A "
        "compared with placebo."
    )
    assert claim.outcome.text == "Pain relief"


def test_claims_a_hedged_change_reads_its_actor_and_its_negation() -> None:
    (tended,) = _claims("Drug A tended to reduce back pain compared with placebo (p = 0.06).")
    assert (tended.outcome.text, tended.direction, tended.significant) == (
        "back pain",
        "decreased",
        False,
    )
    (negated,) = _claims("Drug A did not seem to reduce back pain compared with placebo.")
    assert (negated.outcome.text, negated.direction) == ("back pain", "no difference")


def test_claims_and_there_were_after_a_statement_is_a_claim_of_its_own() -> None:
    claims = _claims(
        "Relief was greater with drug A (HR 0.21; 95% CI 0.05-0.96; P = 0.04) and there were "
        "2/50 (4%) and 10/50 (20%) falls with drug A and placebo, respectively."
    )
    assert [c.outcome.text for c in claims] == ["Relief", "falls"]
    assert [(r.events, r.n, r.percent) for r in claims[1].results] == [
        (2, 50, 4.0),
        (10, 50, 20.0),
    ]
    # "there was no difference between the groups" names no measure: the one before's
    (claim,) = _claims(
        "Both groups showed improvements in back pain, and there was no significant difference "
        "observed between the groups."
    )
    assert (claim.outcome.text, claim.direction) == ("back pain", "no difference")


def test_claims_an_outcome_of_groups_alone_is_no_claim() -> None:
    assert _claims("No significant changes were observed in groups A and B.") == []
    assert _claims("There were no significant differences in the two groups.") == []


def test_claims_conclusions_add_only_outcomes_the_results_do_not_claim() -> None:
    record = Extractor().extract(
        article(
            "Drug A for back pain",
            ("Methods", "We randomly assigned 100 adults to drug A (n=50) or placebo (n=50)."),
            ("Results", "Pain at 4 weeks was lower with drug A than with placebo (p=0.01)."),
            (
                "Conclusions",
                "Drug A reduced back pain. Drug A also improved sleep quality compared with "
                "placebo.",
            ),
        )
    )
    assert [(c.outcome.text, c.direction) for c in record.claims] == [
        ("Pain", "decreased"),
        ("sleep quality", "increased"),
    ]


def test_claims_hazard_ratio_below_one_is_longer_survival() -> None:
    (claim,) = _claims("Overall survival favoured drug A over placebo (HR 0.62; 95% CI 0.45-0.85).")
    assert (claim.direction, claim.significant) == ("increased", True)
    (claim,) = _claims("Drug A reduced the risk of death compared with placebo (HR 0.62, p=0.01).")
    assert claim.direction == "decreased"


def test_claims_hazard_ratio_of_an_abbreviated_survival() -> None:
    (claim,) = _claims("Median OS was 33 vs 26 months with drug A and placebo (HR 0.75, P = .01).")
    assert (claim.direction, claim.effect and claim.effect.value) == ("increased", 0.75)
    (claim,) = _claims("Drug A gave worse DMFS than placebo (HR 1.61, 95% CI 1.20-2.15).")
    assert claim.direction == "decreased"


def test_claims_change_regardless_of_allocation_gives_no_direction() -> None:
    (claim,) = _claims("Pain improved significantly regardless of group allocation (p=0.003).")
    assert (claim.direction, claim.significant) == ("unclear", None)


def test_claims_listed_outcomes_carry_the_last_direction_word() -> None:
    claims = _claims(
        "Drug A showed reductions in anxiety (p = .04) and improvements in sleep quality "
        "(p = .02), mood (p = .03), and well-being (p = .01) compared with placebo."
    )
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("anxiety", "decreased"),
        ("sleep quality", "increased"),
        ("mood", "increased"),
        ("well-being", "increased"),
    ]


def test_claims_outcome_stops_before_a_named_group() -> None:
    (claim,) = _claims("Pain severity in drug A group was 3.1 vs 4.2 in placebo group (p=0.01).")
    assert claim.outcome.text == "Pain severity"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Drug A caused more nausea (P < 0.001).", "increased"),
        ("More than half of the patients responded.", None),
        ("Over 40% had more than 2 relapses.", None),
    ],
)
def test_claims_more_is_an_increase_unless_a_quantity(text: str, direction: str | None) -> None:
    assert verb_direction(text) == direction


def test_claims_despite_starts_a_new_clause() -> None:
    claims = _claims(
        "Drug A took more time to heal (53 vs 36 days, P = 0.002) despite reduced time off "
        "work (3 vs 15 days, P < 0.001)."
    )
    assert [c.direction for c in claims] == ["increased", "decreased"]


@pytest.mark.parametrize(
    ("clause", "groups"),
    [
        (
            "Intubation took longer in the WEI group (110 s) than in the LW group (63 s).",
            ("WEI group", "LW group"),
        ),
        (
            "Remission was more frequent in zinc recipients vs. placebo.",
            ("zinc recipients", "placebo"),
        ),
        (
            "Urate fell in the allopurinol patients but not in the diet group.",
            ("allopurinol patients", None),
        ),
        ("The night-shift group had shorter sleep.", ("night-shift group", None)),
        ("Relapse was 17 versus 36 per 100 (P = 0.01).", (None, None)),
        ("Pain was lower in group A than in group B.", ("group A", "group B")),
        ("The fall was larger with 5 U than that obtained with 2.5 U.", (None, None)),
        ("Pain was lower with cream than that of the control group.", ("cream",
                                                                        "control group")),
        ("Wear was more even with ceramic cups than with metal cups (p = 0.002).",
         ("ceramic cups", "metal cups")),
        ("Risk fell by 17% (95% CI 0.76-0.90) for intensive versus standard therapy.",
         ("intensive", "standard therapy")),
        ("Risk of nausea was higher with drug K as compared to drug L.", ("drug K", "drug L")),
        ("Drug K offered no improvement in overall survival versus observation.",
         (None, "observation")),
        ("Pain was lower in patients given drug K than in those given placebo.",
         (None, "placebo")),
        ("Nausea was rarer in the early group than did the late group.", ("early group",
                                                                         "late group")),
        ("Sleep was better than those seen in the sham group.", (None, "sham group")),
        ("X was higher than that in the 3-h group.", (None, "3-h group")),
        ("Clearance was faster than with placebo in achieving clearance.", (None, "placebo")),
        ("Air surfaces versus foam surfaces: it is uncertain.", (None, "foam surfaces")),
        ("Pneumothorax (four [4%] of 101 vs seven [6%] of 111).", (None, None)),
        ("Relapse was rarer than ten years ago.", (None, None)),
    ],
)  # fmt: skip
def test_claims_group_phrases_stand_in_for_unrecognised_arms(
    clause: str, groups: tuple[str | None, str | None]
) -> None:
    assert group_phrases(clause) == groups


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("There were no between-group differences in remission rates.", "remission rates"),
        (
            "Serum IL-6 levels were not statistically different between the groups.",
            "Serum IL-6 levels",
        ),
        ("Fasting glucose did not change between the groups.", "Fasting glucose"),
        (
            "No significant differences were found between the groups on measures of stress.",
            "measures of stress",
        ),
        (
            "Plaque scores did not show any significant difference between the groups.",
            "Plaque scores",
        ),
        (
            "Differences between groups were nonsignificant with regard to duration of surgery.",
            "duration of surgery",
        ),
        ("Exercise revealed no significant effect on quadriceps strength.", "quadriceps strength"),
        ("The differences for diarrhoea were not significant at the p < .05 level.", "diarrhoea"),
    ],
)
def test_claims_no_difference_phrasings(sentence: str, outcome: str) -> None:
    (claim,) = _claims(sentence)
    assert (claim.outcome.text, claim.direction) == (outcome, "no difference")


def test_claims_mean_change_is_a_noun() -> None:
    """ "change" is no verb here; the change is how HbA1c was measured, HbA1c the outcome."""
    (claim,) = _claims(
        "The mean change in HbA1c was greater with drug A than with placebo (p=0.01)."
    )
    assert (claim.outcome.text, claim.direction) == ("HbA1c", "increased")


def test_claims_improvement_of_a_harm_is_a_decrease() -> None:
    (pain,) = _claims("Drug A showed a greater improvement in pain severity than placebo (p=0.01).")
    assert pain.direction == "decreased"
    (qol,) = _claims(
        "Drug A showed a greater improvement in quality of life than placebo (p=0.01)."
    )
    assert qol.direction == "increased"
    (timed,) = _claims("Time to relapse was better with drug A than with placebo (p=0.01).")
    assert timed.direction == "increased"


def test_claims_poorer_is_a_decrease() -> None:
    (claim,) = _claims("Drug A gave poorer renal function than placebo (p=0.03).")
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    "sentence",
    [
        "While anxiety scores did not differ at week 8, pain was lower with drug A (p = 0.01).",
        "Anxiety scores did not differ between groups, except that pain was lower with drug A "
        "(p = 0.01).",
        "Anxiety scores did not differ (p = 0.82) but pain was lower with drug A (p = 0.01).",
    ],
)
def test_claims_a_contrast_splits_no_difference_from_a_difference(sentence: str) -> None:
    claims = _claims(sentence)
    assert [(c.outcome.text, c.direction) for c in claims][-2:] == [
        ("Anxiety scores" if "While" not in sentence else "anxiety scores", "no difference"),
        ("pain", "decreased"),
    ]


def test_claims_p_of_005_is_significant_where_the_text_says_so() -> None:
    (claim,) = _claims("Pain fell significantly with drug A compared with placebo (p = 0.05).")
    assert claim.significant is True
    (claim,) = _claims("Pain fell with drug A compared with placebo (p = 0.05).")
    assert claim.significant is False


def test_claims_values_in_mention_order_give_the_direction_without_arms() -> None:
    record = Extractor(pico_model=False).extract(
        article(
            "Two ways to manage nausea",
            (
                "Results",
                "Nausea resolved in 80% of the tea group compared with 56% of the water group "
                "(P = 0.02).",
            ),
        )
    )
    (claim,) = record.claims
    assert (claim.intervention.text, claim.direction, claim.significant) == (
        "tea group",
        "increased",
        True,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain was lower with drug A than with placebo; however, the difference was not "
        "statistically significant.",
        "Pain was lower with drug A than with placebo (31% versus 40%) but the difference was "
        "not significant (P = 0.29).",
        "Pain was lower with drug A than with placebo, but this difference failed to achieve "
        "statistical significance.",
        "Pain was lower with drug A than with placebo, but did not reach statistical "
        "significance (p = 0.14).",
    ],
)
def test_claims_a_clause_referring_back_stays_with_its_statement(sentence: str) -> None:
    (claim,) = _claims(sentence)
    assert (claim.outcome.text, claim.direction, claim.significant) == (
        "Pain",
        "no difference",
        False,
    )


def test_claims_words_describe_the_group_before_than() -> None:
    (claim,) = _claims(
        "Bleeding in the placebo group was significantly less than in the drug A group (P<0.05)."
    )
    assert (claim.intervention.arm, claim.direction) == ("arm1", "increased")
    (claim,) = _claims(
        "Bleeding in the drug A group was significantly less than in the placebo group (P<0.05)."
    )
    assert (claim.intervention.arm, claim.direction) == ("arm1", "decreased")


def test_claims_and_before_a_new_change_starts_a_new_statement() -> None:
    claims = _claims(
        "Drug A resulted in lower HbA1c and higher HDL cholesterol than placebo (p<0.01)."
    )
    assert [(c.outcome.text, c.direction) for c in claims] == [
        ("HbA1c", "decreased"),
        ("HDL cholesterol", "increased"),
    ]
    assert claims[0].intervention.text == "drug A"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Pain fell in both groups (P < 0.001).", "unclear"),
        (
            "Sleep rose in both groups (P < 0.001), with greater increase with drug A (P = 0.001).",
            "increased",
        ),
        (
            "Pain fell in both groups (P<0.001), but more decrease was seen with drug A (P<0.05).",
            "decreased",
        ),
    ],
)
def test_claims_a_greater_change_in_one_group_compares_them(sentence: str, direction: str) -> None:
    (claim,) = _claims(sentence)
    assert claim.direction == direction


def test_claims_although_splits_at_the_clause_comma_not_a_list_comma() -> None:
    (claim,) = _claims(
        "Although pain was lower with drug A than with placebo on day 7, 10 and 12, these "
        "differences were not statistically significant."
    )
    assert (claim.direction, claim.significant) == ("no difference", False)


@pytest.mark.parametrize(
    "lead",
    ["Although", "During 5 years of follow-up, although"],
)
def test_claims_although_a_measure_occurred_alike_then_another_differs(lead: str) -> None:
    claims = _claims(
        f"{lead} relapse similarly occurred in both groups (2.6 vs. 2.7%), fractures were less "
        "frequent in the drug A group (0.2 vs. 0.6%, p = 0.005)."
    )
    read = {c.outcome.text: [r.percent for r in c.results] for c in claims}
    assert read == {"relapse": [2.6, 2.7], "fractures": [0.2, 0.6]}


def test_claims_without_differences_between_groups() -> None:
    (claim,) = _claims(
        "Both groups had small improvements in grip strength, without differences between groups."
    )
    assert claim.direction == "no difference"


def test_claims_comparison_before_treatment_is_no_claim_even_with_p() -> None:
    assert (
        _claims("Adherence did not differ between groups before the intervention (P>0.05).") == []
    )
    (claim,) = _claims("Adherence was higher with drug A after the intervention (P=0.01).")
    assert claim.direction == "increased"


def test_claims_a_bracketed_restatement_is_not_a_second_value() -> None:
    record = Extractor(pico_model=False).extract(
        article(
            "Analgesia trial",
            (
                "Results",
                "Analgesia in the tea group lasted 0.5 ± 0.2 h (30 ± 12 min) and in the water "
                "group 19.4 ± 8.6 h (P < 0.001).",
            ),
        )
    )
    (claim,) = record.claims
    assert (claim.intervention.text, claim.direction) == ("tea group", "decreased")


def test_claims_a_statement_with_an_interval_is_a_result_despite_baseline_words() -> None:
    (claim,) = _claims(
        "Drug A was noninferior to placebo in terms of pain (95% CI -1.2, 1.1; adjusted for "
        "baseline)."
    )
    assert (claim.outcome.text, claim.direction) == ("pain", "no difference")


def test_claims_confidence_grows_with_filled_slots() -> None:
    (rich,) = _claims("Pain at 4 weeks was 30% with drug A vs 50% with placebo (p=0.01).")
    (poor,) = _claims("Pain was lower with drug A than with placebo.")
    assert rich.confidence > poor.confidence


@pytest.mark.parametrize(
    "result",
    [
        "The rate of exacerbations was lower with drug A than with placebo (p=0.01).",
        "Weight gain was lower with drug A than with placebo (p=0.01).",
        "The share of patients on a proton pump inhibitor was lower with drug A than with "
        "placebo (p=0.01).",
    ],
)
def test_claims_direction_word_in_a_measure_name_is_no_cue(result: str) -> None:
    # "exacerbation", "gain", "inhibitor" name the measure; "lower" gives the direction
    (claim,) = _claims(result)
    assert (claim.direction, claim.significant) == ("decreased", True)


def test_claims_direction_words_before_the_sign_of_a_difference() -> None:
    # a difference's sign depends on which arm it subtracts from which; the words do not
    (claim,) = _claims(
        "Walking time was shorter with drug A than with placebo (mean difference 31 s; p=0.01)."
    )
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    "result",
    [
        "Pain scores were lower with drug A in comparison with placebo (p=0.01).",
        "Pain scores were lower with drug A as opposed to placebo (p=0.01).",
        # the ratio is of the opposite event (remission), the words speak of relapse
        "The risk of relapse was reduced with drug A compared with placebo "
        "(odds ratio 1.8 for remission; p=0.01).",
    ],
)
def test_claims_direction_words_before_values_and_ratios(result: str) -> None:
    (claim,) = _claims(result)
    assert claim.comparator is not None and claim.comparator.text == "placebo"
    assert (claim.direction, claim.significant) == ("decreased", True)


@pytest.mark.parametrize(
    ("clause", "outcome", "actor"),
    [
        # a word that only starts like a preposition is an object, not "in"/"to"/"over"
        ("Drug A significantly reduced total cholesterol (p<0.01).", "total cholesterol", "Drug A"),
        ("Drug A increased insulin sensitivity.", "insulin sensitivity", "Drug A"),
        ("Drug A reduced overall mortality.", "overall mortality", "Drug A"),
        ("Drug A reduced early relapse.", "early relapse", "Drug A"),
        # an adverb and a preposition after the verb: the subject is what changed
        ("Sleep time increased significantly both after drug A and placebo.", "Sleep time", None),
        ("Serum sodium decreased transiently in group A.", "Serum sodium", None),
        ("Walking speed increased more rapidly with drug A (p=0.01).", "Walking speed", None),
        ("Crying decreased significantly following drug A (P=0.002).", "Crying", None),
        ("Serum zinc increased significantly only in the zinc group.", "Serum zinc", None),
    ],
)
def test_claims_what_follows_a_change_verb_decides_its_object(
    clause: str, outcome: str, actor: str | None
) -> None:
    statement = read_statement(clause, 0, len(clause))
    assert _outcome(clause) == outcome
    assert (clause[slice(*statement.actor)] if statement.actor else None) == actor


def test_claims_a_group_named_after_the_cue_and_an_adverb_is_described() -> None:
    (claim,) = _claims("Bleeding increased significantly in the placebo group (P<0.05).")
    assert (claim.intervention.arm, claim.direction) == ("arm1", "decreased")


def test_claims_outcome_words_name_no_arm() -> None:
    # "control" belongs to the outcome "glucose control", not to the control arm
    record = Extractor().extract(
        article(
            "Coaching for diabetes",
            (
                "Methods",
                "We randomly assigned 80 adults with diabetes to coaching (n=40) or "
                "control (n=40).",
            ),
            (
                "Results",
                "A significant reduction in nurse time for glucose control was found in the "
                "coaching group (17 versus 36 minutes; P<0.001).",
            ),
        )
    )
    (claim,) = record.claims
    assert claim.intervention.text == "coaching"
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("No serious adverse events occurred in either group.", "serious adverse events"),
        ("There were no deaths in either group.", "deaths"),
        ("No wound infection was observed in any of the groups.", "wound infection"),
    ],
)
def test_claims_no_event_in_either_group_is_no_difference(sentence: str, outcome: str) -> None:
    (claim,) = _claims(sentence)
    assert (claim.outcome.text, claim.direction) == (outcome, "no difference")


def test_claims_an_adverb_before_the_verb_is_not_part_of_the_outcome() -> None:
    assert _outcome("Serum zinc significantly increased only in the zinc group.") == "Serum zinc"
    assert _outcome("The sodium level also increased only in the salt group.") == "sodium level"


def test_claims_bare_event_counts_are_results() -> None:
    claims = _claims(
        "Follow-up lasted one year.",
        "Fewer relapses occurred with drug A: 8 relapses with drug A and 17 with placebo "
        "(P = 0.04).",
    )
    (claim,) = claims
    assert [(r.arm, r.n, r.events) for r in claim.results] == [("arm1", 50, 8), ("arm2", 50, 17)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Drug A was stopped in 12% of patients, whereas placebo was stopped in 30% (P = 0.04).",
        "The relapse rate was 12% with drug A, while it was 30% with placebo.",
    ],
)
def test_claims_whereas_between_two_groups_is_one_comparison(sentence: str) -> None:
    (claim,) = _claims(sentence)
    assert [(r.arm, r.percent) for r in claim.results] == [("arm1", 12.0), ("arm2", 30.0)]
    assert (claim.intervention.arm, claim.comparator and claim.comparator.arm) == ("arm1", "arm2")
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain fell from 6.1 to 2.0 with drug A, whereas it fell from 6.0 to 5.1 with placebo.",
        "X and Y were 3.1 and 5.2, respectively, with drug A, whereas X and Y were 2.0 and 4.1, "
        "respectively, with placebo.",
        "Pain fell with drug A (P = 0.01), whereas sleep was 12% shorter with placebo.",
    ],
)
def test_claims_whereas_without_one_value_per_group_splits(sentence: str) -> None:
    span = spacy.blank("en")(sentence)[:]
    sent = Sentence(span, 0, len(sentence), sentence, "RESULTS")
    assert len(clauses(sentence, sent)) == 2


def test_claims_listed_outcome_values_stop_at_the_statistics() -> None:
    claims = _claims(
        "Compared with placebo, more patients in the drug A group met the pain goal (20/50 "
        "[40%] vs 10/50 [20%]; difference 20%, 95% CI 3-37; p=0.03), and fewer patients "
        "stopped early (4/50 [8%] vs 12/50 [24%]; 16%, 2-30; p=0.03)."
    )
    assert [(c.outcome.text, [(r.arm, r.events) for r in c.results]) for c in claims] == [
        ("met the pain goal", [("arm1", 20), ("arm2", 10)]),
        ("stopped early", [("arm1", 4), ("arm2", 12)]),
    ]


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        (
            "There were fewer relapses with drug A than with placebo (12% vs 25%, p=0.03).",
            "relapses",
        ),
        ("There was a greater reduction in pain with drug A than with placebo (p=0.01).", "pain"),
    ],
)
def test_claims_outcome_stops_before_a_named_arm(result: str, outcome: str) -> None:
    (claim,) = _claims(result)
    assert claim.outcome is not None and claim.outcome.text == outcome
    assert claim.intervention is not None and claim.intervention.text == "drug A"


@pytest.mark.parametrize(
    ("phrase", "kept"),
    [
        ("union rate of the C-only group", "union rate"),
        ("duration of readmission between the two groups", "duration of readmission"),
        ("deaths following surgery in any of the three groups", "deaths following surgery"),
        ("OS in favor of the PPV arm", "OS"),
        ("success rate for the US-guided group and the conventional group", "success rate"),
        ("therapeutic effect of group C", "therapeutic effect"),
        ("pain relief in groups II and III", "pain relief"),
        # guards: a word that starts with "group", a body part's arm, and a group word with no
        # outcome word before it
        ("HbA1c of group-level interest", "HbA1c of group-level interest"),
        ("swelling of the affected arm", "swelling of the affected arm"),
        ("skin parameters of the aged upper arm", "skin parameters of the aged upper arm"),
        ("patients of the control group", "patients of the control group"),
    ],
)
def test_claims_outcome_stops_before_a_group_named_in_its_own_words(phrase: str, kept: str) -> None:
    arms = [
        ArmMention(id="arm1", label="drug A", n=None, interventions=["drug A"]),
        ArmMention(id="arm2", label="placebo", n=None, interventions=["placebo"]),
    ]
    start, end = without_arm_tail(phrase, (0, len(phrase)), arms)
    assert phrase[start:end] == kept


def test_claims_outcome_keeps_a_with_phrase_that_names_no_arm() -> None:
    arms = [
        ArmMention(id="arm1", label="drug A", n=None, interventions=["drug A"]),
        ArmMention(id="arm2", label="placebo", n=None, interventions=["placebo"]),
    ]
    text = "relapse in patients with sepsis"
    assert without_arm_tail(text, (0, len(text)), arms) == (0, len(text))
    text = "relapse in patients with drug A"
    assert without_arm_tail(text, (0, len(text)), arms) == (0, len("relapse in patients"))


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        (  # the arm's short name, not its whole label
            "Significantly more patients had clinical benefit with drug K versus placebo (72% vs "
            "43%, P = .033).",
            "clinical benefit",
        ),
        ("The response rate for drug K was higher than for placebo (72% vs 43%).", "response rate"),
        # words of no arm stay
        ("Relapse with sepsis was less frequent with drug K (12% vs 43%).", "Relapse with sepsis"),
    ],
)
def test_claims_outcome_stops_before_an_arms_short_name(
    extractor: Extractor, result: str, outcome: str
) -> None:
    record = extractor.extract(
        article(
            "Drug K for asthma",
            ("Methods", "Adults were randomized to 300 mg of subcutaneous drug K or placebo."),
            ("Results", result),
        )
    )
    assert [c.outcome.text for c in record.claims] == [outcome]


def test_claims_there_were_counts_names_the_counted_outcome() -> None:
    (claim,) = _claims("There were 9 deaths with drug A and 14 with placebo (p=0.04).")
    assert claim.outcome is not None and claim.outcome.text == "deaths"
    assert claim.significant is True


@pytest.mark.parametrize(
    "phrase",
    [
        "the four groups",
        "either arm",
        "any treatment group",
        "similar across the study groups",
        "Two trials",
        "A pooled analysis of cohort studies",
        "Further trials are",
        "it does",
        "It also",
        "We designed a pilot trial that uses text messages",
        "This first randomized trial comparing two gels",
        "The present findings add to evidence that zinc",
        "These three groups also",
    ],
)
def test_names_no_treatment_a_group_count_a_study_or_a_cut_clause(phrase: str) -> None:
    assert names_no_treatment(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "drug K",
        "the ketamine group",
        "treatment groups",
        "the trial group",
        "Oral zinc supplements",
    ],
)
def test_names_no_treatment_keeps_a_named_treatment(phrase: str) -> None:
    assert not names_no_treatment(phrase)


@pytest.mark.parametrize(
    "result",
    [
        "Sleep latency was similar among the four groups (p = 0.40).",
        "Two trials reported lower sleep latency with melatonin (MD -5.1, 95% CI -8.0 to -2.2).",
        "Subgroup analyses showed a larger reduction in relapse in older women (p = 0.02).",
    ],
)
def test_claims_intervention_is_empty_rather_than_no_treatment(result: str) -> None:
    claims = (
        Extractor(pico_model=False).extract(article("A zinc study", ("Results", result))).claims
    )
    assert claims and all(c.intervention.text == "" for c in claims)


@pytest.mark.parametrize(
    ("phrase", "outcome"),
    [
        ("five-year survival rate of 68.6 per cent", "five-year survival rate"),
        ("median OS of 18.5", "median OS"),
        ("rate of flares, 21%", "rate of flares"),
        ("improvement of 84%", "improvement"),
        # the arms' values, listed
        ("5-year relapse-free rates of 61.5% and 70.2%, respectively", "5-year relapse-free rates"),
        ("mean scores of 2.4, 3.1 and 3.9", "mean scores"),
        ("response rates of 45% vs 30%", "response rates"),
        # a threshold, an age, a distance or a count stays
        ("patients achieving HbA1c of 7.0%", "patients achieving HbA1c of 7.0%"),
        ("over-all survival of 68.6%", "over-all survival"),
        ("pain above the age of 2", "pain above the age of 2"),
        ("walking on distances of 4m", "walking on distances of 4m"),
        ("healing in 4 of 5", "healing in 4 of 5"),
    ],
)
def test_an_outcome_without_the_value_its_phrase_ends_with(phrase: str, outcome: str) -> None:
    start, end = without_value_tail(phrase, (0, len(phrase)))
    assert phrase[start:end] == outcome
