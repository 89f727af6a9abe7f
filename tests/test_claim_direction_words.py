"""Which words set a claim's direction: not those inside a bracket when the values or the
verb say it, not those describing the actor, a benefit word ("improved") read by the numbers
when the outcome's better side is unknown, a quantity verb after "more effective in"; and a
warning where the words and the arms' values say opposite ways."""

from __future__ import annotations

import pytest

from extractors.components.comparison_direction import CONTRADICTED, without_bracketed_cues
from extractors.components.statements import without_actor_cues
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 240 adults to ropivacaine (n = 120) or bupivacaine (n = 120).",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(
        article("Ropivacaine versus bupivacaine", _METHODS, ("Results", results))
    ).claims


def _only(extractor: Extractor, results: str) -> Claim:
    claims = _claims(extractor, results)
    assert len(claims) == 1, [(c.outcome.text, c.direction) for c in claims]
    return claims[0]


def test_bracket_with_a_direction_word_is_blanked_and_keeps_offsets() -> None:
    clause = "Events occurred in 1% with A (due to worsening disease [n=1]) and 9% with B (p=0.01)."
    plain = without_bracketed_cues(clause)
    assert len(plain) == len(clause)
    assert "worsening" not in plain and "(p=0.01)" in plain
    assert without_bracketed_cues("A (lower (p") == "A (lower (p"  # left open: kept


def test_words_inside_a_statistics_bracket_do_not_overrule_the_values(
    extractor: Extractor,
) -> None:
    claim = _only(
        extractor,
        "Clinical worsening events occurred in one (1%) of 120 patients in the ropivacaine "
        "group (hospitalisation due to worsening pain) and 11 (9%) of 120 patients in the "
        "bupivacaine group (hospitalisation due to worsening pain [n=9]; OR 0.10 "
        "[0.01-0.73]; p=0.005).",
    )
    assert claim.direction == "decreased"
    assert CONTRADICTED not in claim.warnings


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("Higher doses of ropivacaine reduced opioid consumption (p<0.001).", "decreased"),
        ("Greater adherence to ropivacaine lowered opioid consumption (p=0.01).", "decreased"),
        ("Increased exposure to ropivacaine decreased heart rate (p=0.02).", "decreased"),
        ("Lower doses of ropivacaine increased heart rate (p=0.02).", "increased"),
        # people counted: "More" is the direction, "reduced" part of what they had
        (
            "More patients in the ropivacaine group had reduced mobility than in the "
            "bupivacaine group (p=0.03).",
            "increased",
        ),
    ],
)
def test_direction_words_describing_the_actor_give_way_to_the_verb(
    extractor: Extractor, results: str, direction: str
) -> None:
    assert _only(extractor, results).direction == direction


def test_hyphen_joined_direction_word_in_the_actor_names_the_actor(
    extractor: Extractor,
) -> None:
    claim = _only(
        extractor,
        "MYC-gained patients given ropivacaine had a significantly worse median "
        "time to mobilisation (3.8 vs 6.3 hours, p < 0.001) as compared to bupivacaine.",
    )
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        # "improved": better, which way the latency went the difference says
        ("Ropivacaine improved sleep latency compared with bupivacaine (MD -0.59 h, "
         "95% CI -0.90 to -0.28).", "decreased"),
        ("Ropivacaine improved sleep efficiency compared with bupivacaine (MD 4.2%, "
         "95% CI 1.1 to 7.3).", "increased"),
        ("Ropivacaine was inferior to bupivacaine in terms of operative time (MD 12.5 min, "
         "95% CI 3.1 to 21.9).", "increased"),
        # a named harm improves by falling, whatever sign its difference was given
        ("Ropivacaine improved pain compared with bupivacaine (MD 1.6, 95% CI 0.9 to 2.2).",
         "decreased"),
        # no numbers: the word as before
        ("Ropivacaine improved sleep efficiency compared with bupivacaine (p=0.01).",
         "increased"),
        # a scale whose higher scores are worse improves by falling
        ("Ropivacaine improved WOMAC scores compared with bupivacaine (p=0.01).", "decreased"),
        ("Greater improvements in DLQI were reported with ropivacaine than with bupivacaine "
         "(p=0.01).", "decreased"),
        # no numbers, a time or duration: shorter or longer, the word does not say
        ("Ropivacaine improved bleeding time compared with bupivacaine (p=0.01).", "unclear"),
        ("Ropivacaine was superior to bupivacaine in sleep onset latency (p=0.01).", "unclear"),
        ("Ropivacaine was superior to bupivacaine in duration of analgesia (p=0.01).",
         "unclear"),
        # a time to an event: later is better, as a hazard ratio of it reads
        ("Time to relapse was better with ropivacaine than with bupivacaine (p=0.01).",
         "increased"),
    ],
)  # fmt: skip
def test_a_benefit_word_is_read_by_the_difference_when_the_scale_is_unknown(
    extractor: Extractor, results: str, direction: str
) -> None:
    assert _only(extractor, results).direction == direction


def test_a_benefit_word_keeps_a_ratio_against_survival(extractor: Extractor) -> None:
    # the ratio's reference arm may be either: "improved survival" says it rose
    claim = _only(
        extractor,
        "Ropivacaine improved 5-year overall survival compared with bupivacaine (HR 3.38, "
        "95% CI 1.07-11.56, P = 0.044).",
    )
    assert claim.direction == "increased"


@pytest.mark.parametrize(
    "results",
    [
        "Ropivacaine was more effective than bupivacaine in reducing opioid use (p=0.01).",
        "Ropivacaine had a better effect in lowering heart rate than bupivacaine (p=0.02).",
        "Ropivacaine was superior to bupivacaine in decreasing opioid use (p=0.03).",
    ],
)
def test_a_quantity_verb_after_a_benefit_word_gives_the_direction(
    extractor: Extractor, results: str
) -> None:
    assert _only(extractor, results).direction == "decreased"


@pytest.mark.parametrize(
    ("results", "direction", "values"),
    [
        # the values as written (in the order the clause names the arms), the words' way
        ("Wound infection was lower in the ropivacaine group than in the bupivacaine group "
         "(30% vs 12%, p=0.01).", "decreased", {"arm1": 30.0, "arm2": 12.0}),
        ("Wound infection was lower in the ropivacaine group (30%) than in the bupivacaine "
         "group (12%; p=0.01).", "decreased", {"arm1": 30.0, "arm2": 12.0}),
    ],
)  # fmt: skip
def test_words_against_the_values_are_kept_with_a_warning(
    extractor: Extractor, results: str, direction: str, values: dict[str, float]
) -> None:
    claim = _only(extractor, results)
    assert claim.direction == direction
    assert {r.arm: r.percent for r in claim.results} == values
    assert CONTRADICTED in claim.warnings


@pytest.mark.parametrize(
    "results",
    [
        "Wound infection was lower in the ropivacaine group than in the bupivacaine group "
        "(12% vs 30%, p=0.01).",
        # values that name no arm, one arm named after the word: the words place them
        "Itching (15% vs 40%) was less frequent in patients given bupivacaine (p=0.04).",
        # each arm's change: sizes, not the arms' values
        "Pain decreased by 12% with ropivacaine and by 3% with bupivacaine (p=0.01).",
    ],
)
def test_no_warning_where_words_and_values_agree(extractor: Extractor, results: str) -> None:
    for claim in _claims(extractor, results):
        assert CONTRADICTED not in claim.warnings


def test_actor_words_are_blanked_for_each_listed_outcome(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "MYC-gained patients given ropivacaine had a significantly worse median time to "
        "mobilisation (3.8 vs 6.3 hours, p < 0.001) and median time to discharge (10.8 vs "
        "20.6 days, p = 0.006) as compared to bupivacaine.",
    )
    assert {c.outcome.text: c.direction for c in claims} == {
        "median time to mobilisation": "decreased",
        "median time to discharge": "decreased",
    }


def test_a_counted_quantity_in_the_actor_keeps_its_direction_word() -> None:
    # "A higher rate of X" counts: its word says which way the quantity went, the verb after
    # it does not replace it (a direction word describing the actor itself would give way)
    clause = "A higher rate of A use reduced pain"
    assert without_actor_cues(clause, (0, len("A higher rate of A use"))) == clause
    blanked = without_actor_cues("Higher doses of A reduced pain", (0, len("Higher doses of A")))
    assert "Higher" not in blanked and "reduced" in blanked


@pytest.mark.parametrize(
    "result", ["Drug K did not prolong survival in older adults.", "Drug K does not enhance sleep."]
)
def test_a_negated_change_verb_is_no_difference(result: str) -> None:
    methods = ("Methods", "We randomly assigned 100 adults to drug K (n = 50) or placebo (n = 50).")
    record = Extractor(pico_model=False).extract(article("A trial", methods, ("Results", result)))
    assert [(c.intervention.text, c.direction) for c in record.claims] == [
        ("drug K", "no difference")
    ]


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        (
            "The median rescue dose, in its equivalent of oral morphine, was lower with "
            "ropivacaine (12 mg vs 20 mg, p = 0.002).",
            "decreased",
        ),
        (
            "Ropivacaine at a dose equivalent to 2 mg/kg increased the duration of analgesia "
            "compared with bupivacaine (p = 0.01).",
            "increased",
        ),
        (
            "Time to first rescue dose was equivalent with ropivacaine and bupivacaine.",
            "no difference",
        ),
    ],
)
def test_equivalent_as_an_amount_says_no_difference_only_as_alike(
    extractor: Extractor, results: str, direction: str
) -> None:
    """ "its equivalent of X", "equivalent to 2 mg/kg": an amount, not arms alike."""
    assert _only(extractor, results).direction == direction


@pytest.mark.parametrize(
    "results",
    [
        "We did not find differences in time to first rescue dose between ropivacaine and "
        "bupivacaine.",
        "We did not observe any differences in motor block between ropivacaine and bupivacaine.",
    ],
)
def test_did_not_find_differences_is_no_difference(extractor: Extractor, results: str) -> None:
    assert _only(extractor, results).direction == "no difference"


@pytest.mark.parametrize(
    "results",
    [
        "Dose reductions (20% vs. 5%) were more common with ropivacaine.",
        "Serious adverse events (48% vs. 13%) and dose reductions (20% vs. 5%) were more common "
        "with ropivacaine.",
        "Dose-reductions were needed more often with ropivacaine (20% vs. 5%, p = 0.01).",
    ],
)
def test_dose_reductions_are_events_not_a_decrease(extractor: Extractor, results: str) -> None:
    claim = next(c for c in _claims(extractor, results) if "reductions" in c.outcome.text)
    assert claim.direction == "increased"
    assert claim.intervention.arm == "arm1"
    assert [r.percent for r in claim.results] == [20.0, 5.0]


@pytest.mark.parametrize(
    "results",
    [
        # the compound names a subgroup or a time; "fewer" and "lower" are the clause's words
        "In higher-risk patients, relapses were fewer with ropivacaine (p = 0.01).",
        "During longer-term follow-up, relapses were lower with ropivacaine (p = 0.01).",
    ],
)
def test_a_compounds_first_word_is_no_direction_word(extractor: Extractor, results: str) -> None:
    claim = _only(extractor, results)
    assert (claim.intervention.text, claim.outcome.text) == ("ropivacaine", "relapses")
    assert claim.direction == "decreased"


def test_equivalent_units_are_an_amount_not_alike(extractor: Extractor) -> None:
    claim = _only(
        extractor,
        "Patients given ropivacaine required less opioid than those given bupivacaine (109 "
        "versus 246 fentanyl equivalent units; p < 0.001).",
    )
    assert claim.direction == "decreased"
    assert claim.significant is True


def test_morphine_equivalents_are_an_amount_not_alike(extractor: Extractor) -> None:
    claim = _only(
        extractor,
        "Patients in the ropivacaine group required less opioid (9.16±10.15mg and 14.97±14.38mg "
        "morphine equivalent, P=0.037).",
    )
    assert claim.direction == "decreased"


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("The bupivacaine group had the highest pain score compared with the ropivacaine "
         "group (P < .001).", "increased"),
        ("The bupivacaine group had the lowest pain score compared with the ropivacaine "
         "group (P < .001).", "decreased"),
    ],
)  # fmt: skip
def test_a_superlative_against_the_arm_compared_with(
    extractor: Extractor, results: str, direction: str
) -> None:
    claim = _only(extractor, results)
    assert claim.intervention.text == "bupivacaine" and claim.comparator is not None
    assert (claim.comparator.text, claim.direction) == ("ropivacaine", direction)


def test_a_superlative_with_nothing_compared_gives_no_direction(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ropivacaine achieved the highest block success rates in day-case surgery (P < .001).",
    )
    assert all(c.direction == "unclear" for c in claims)


def test_a_superlative_naming_a_group_is_no_direction(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Patients in the lowest quintile of block height had the highest pain scores compared "
        "with those in the other quintiles (P < .001).",
    )
    assert all(c.direction != "decreased" for c in claims)


def test_a_borderline_improvement_names_what_improved(extractor: Extractor) -> None:
    first, second = _claims(
        extractor,
        "Patients who received ropivacaine experienced a borderline statistically significant "
        "improvement in the motor score (P = .052) and a significant improvement in the "
        "sensory score (P = .046) vs bupivacaine.",
    )
    assert (first.outcome.text, first.significant) == ("motor score", False)
    assert (second.outcome.text, second.significant) == ("sensory score", True)


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("The share of women with pain scores of 3% or less was higher with ropivacaine "
         "(40% vs 20%, p = 0.01).", "increased"),
        ("Grade 3 or higher hypotension was less common with ropivacaine (20% vs 40%, "
         "p = 0.02).", "decreased"),
    ],
)  # fmt: skip
def test_a_threshold_is_no_direction_nor_an_arms_value(
    extractor: Extractor, results: str, direction: str
) -> None:
    claim = _only(extractor, results)
    assert claim.direction == direction
    assert sorted(r.percent or 0 for r in claim.results) == [20.0, 40.0]


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("Hypotension similarly occurred in both groups (2.6% vs. 2.7%).", "no difference"),
        ("Hypotension occurred similarly in the two arms (2.6% vs. 2.7%).", "no difference"),
        # a connective, not a finding
        ("Similarly, hypotension was less frequent with ropivacaine (2.6% vs. 5.7%, p = 0.01).",
         "decreased"),
    ],
)  # fmt: skip
def test_similarly_in_both_groups_is_no_difference(
    extractor: Extractor, results: str, direction: str
) -> None:
    assert _only(extractor, results).direction == direction
