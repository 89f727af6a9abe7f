"""Per-arm values of result statements: respectively-lists, "vs" pairs, relative changes."""

from __future__ import annotations

import pytest

from extractors.components import result_values
from extractors.components.arms import ArmMention
from extractors.components.quantities import parse_quantities
from extractors.components.result_values import assign_arms, value_groups
from extractors.pipeline import Extractor
from kg.model import Record
from tests.test_pipeline_abstracts import article

_METHODS = ("Methods", "Adults were randomly assigned to drug A (n = 40) or placebo (n = 40).")


def _values(record: Record, field: str) -> list[dict[str, object]]:
    labels = {a.id: a.label for a in record.arms}
    return [
        {labels[r.arm]: getattr(r, field) for r in c.results} for c in record.claims if c.results
    ]


def test_result_values_respectively_after_the_values(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            ("Results", "Relapse rates were 20% and 35% with placebo and drug A, respectively."),
        )
    )
    assert {"placebo": 20.0, "drug A": 35.0} in _values(record, "percent")


def test_result_values_respectively_before_the_values(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            ("Results", "Pain scores with placebo and drug A were 4.2 ± 1.1 and 3.1 ± 0.9, "
             "respectively (P = 0.01)."),
        )
    )  # fmt: skip
    assert {"placebo": 4.2, "drug A": 3.1} in _values(record, "mean")


def test_result_values_runs_each_respective(extractor: Extractor) -> None:
    """Two runs of values after the arms named once, each closed by its own "respectively":
    the first run is the claim's (one result per arm), in the order the arms were named."""
    result = (
        "Responses with placebo and drug A occurred in 39.5% and 35.4% of patients, "
        "respectively (by ultrasound), and 50.0% and 46.2% of patients, respectively (by "
        "calipers)."
    )
    record = extractor.extract(article("Drug A", _METHODS, ("Results", result)))
    assert _values(record, "percent") == [{"placebo": 39.5, "drug A": 35.4}]


@pytest.mark.parametrize(
    "sentence",
    [
        "The response rate was 40.0%, 33.3% and 66.7% in group A, group B and group C, "
        "respectively.",
        "The response rate was 40.0%, 33.3% and 66.7% in groups A, B and C, respectively.",
        "The response rate was 40.0% in group A, 33.3% in group B and 66.7% in group C.",
    ],
)
def test_result_values_of_arms_named_group_a_b_and_c(extractor: Extractor, sentence: str) -> None:
    methods = ("Methods", "Adults were randomly assigned to group A (drug K), group B (drug M) "
               "or group C (placebo).")  # fmt: skip
    record = extractor.extract(article("Drug K", methods, ("Results", sentence)))
    values = _values(record, "percent")
    assert {"group A": 40.0, "group C": 66.7} in values
    assert {"group B": 33.3, "group C": 66.7} in values


@pytest.mark.parametrize(
    "sentence",
    [
        "Vomiting was lower in the drug A group early (28.6% vs. 60%; p = 0.02) and at 6 h "
        "(17.2% vs. 45.8%; p = 0.03).",
        "Compared with placebo, vomiting was less frequent early (28.6% vs. 60%; p = 0.02) and "
        "at 6 h (17.2% vs. 45.8%; p = 0.03).",
    ],
)
def test_result_values_pairs_after_one_named_arm_of_two(
    extractor: Extractor, sentence: str
) -> None:
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert {"drug A": 28.6, "placebo": 60.0} in _values(record, "percent")


def test_result_values_each_pair_after_its_own_arm_and_bracket(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            (
                "Results",
                "Nausea was most common with drug A (30.6% versus 23.5% placebo), and rash most "
                "common with placebo (49.5% versus 2.5% drug A).",
            ),
        )
    )
    values = _values(record, "percent")
    assert {"drug A": 30.6, "placebo": 23.5} in values
    assert {"placebo": 49.5, "drug A": 2.5} in values


def test_result_values_two_predicates_of_one_subject_are_no_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            (
                "Methods",
                "Adults were randomly assigned to drug A (n = 40) or node biopsy (n = 40).",
            ),
            (
                "Results",
                "The node was identified in 73 patients (98.4%) and was positive in 26 patients "
                "(25.4%).",
            ),
        )
    )
    assert not any(len(c.results) == 2 for c in record.claims)


def test_result_values_an_arm_named_alone_in_the_bracket_after_a_value(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Drug K",
            ("Methods", "Adults were randomly assigned to drug K (n = 150) or placebo (n = 150)."),
            (
                "Results",
                "Overall, 47.6% (drug K) and 52.2% (placebo) of patients experienced drug-related "
                "adverse events, including 17 patients reporting heart failure (drug K: 10; "
                "placebo: 7).",
            ),
        )
    )
    assert {"drug K": 47.6, "placebo": 52.2} in _values(record, "percent")


@pytest.mark.parametrize(
    "sentence",
    [
        "Satisfaction was high in both groups (9.6 ± 0.6 and 9.1 ± 1.8 on a 10-point scale, "
        "P = 0.21).",
        "Both patient-groups were satisfied with care (9.6 ± 0.6 and 9.1 ± 1.8, P = 0.21).",
    ],
)
def test_result_values_both_groups_then_their_values_in_the_trials_order(
    extractor: Extractor, sentence: str
) -> None:
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert {"drug A": 9.6, "placebo": 9.1} in _values(record, "mean")


def test_result_values_disease_control_is_an_outcome_not_the_control_arm(
    extractor: Extractor,
) -> None:
    methods = ("Methods", "Adults were randomly assigned to a test group or a control group.")
    sentence = (
        "The response rate (ORR) and disease control rate (DCR) in the test group were higher "
        "than those in the control group, ORR was 46.7% vs 18.5% (P < 0.001) and DCR was 79.7% "
        "vs 45.6% (P < 0.001)."
    )
    record = extractor.extract(article("Drug K", methods, ("Results", sentence)))
    assert {"test": 46.7, "control": 18.5} in _values(record, "percent")


def test_result_values_respective_values_naming_no_arm_follow_the_allocation_order(
    extractor: Extractor,
) -> None:
    methods = ("Methods", "Adults were randomly assigned to placebo (n = 40) or drug A (n = 40).")
    record = extractor.extract(
        article(
            "Drug A",
            methods,
            ("Results", "Two-year relapse-free rates were 61 and 74%, respectively (P = 0.03)."),
        )
    )
    assert {"placebo": 61.0, "drug A": 74.0} in _values(record, "percent")
    record = extractor.extract(  # "vs" naming no arm: the comparator's value last
        article("Drug A", methods, ("Results", "Relapse-free rates were 74% vs 61% (P = 0.03)."))
    )
    assert {"drug A": 74.0, "placebo": 61.0} in _values(record, "percent")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain was lower with drug A than with placebo (3.1 ± 0.9 vs 4.2 ± 1.1; P = 0.01).",
        "Compared with placebo, drug A lowered pain (3.1 ± 0.9 vs 4.2 ± 1.1; P = 0.01).",
        "Compared with placebo, drug A gave lower pain (3.1 ± 0.9 vs 4.2 ± 1.1; P = 0.01).",
        "Compared with placebo, drug A gave lower pain (4.2 ± 1.1 vs 3.1 ± 0.9; P = 0.01).",
        "Compared with placebo, drug A had less pain (4.2 ± 1.1 vs 3.1 ± 0.9; P = 0.01).",
    ],
)
def test_result_values_versus_pairs_follow_the_arms_named(
    extractor: Extractor, sentence: str
) -> None:
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert {"drug A": 3.1, "placebo": 4.2} in _values(record, "mean")


def test_result_values_relative_change_is_no_arm_value(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            ("Results", "Patients given drug A had 40% less pain than those given placebo."),
        )
    )
    assert all(r.percent != 40.0 and r.events is None for c in record.claims for r in c.results)


_DRAPE_ARMS = (
    "Methods",
    "Operators were randomised to a shield (shield group), a shield and curtain (curtain group) "
    "or a shield, curtain and drape (drape group).",
)


@pytest.mark.parametrize(
    "sentence",
    [
        # a percentage right before an arm compared with, no value of that arm after it: a
        # change relative to that arm, like the "reduction" before it
        "Exposure was lower in the drape group (20% reduction vs shield, 16% vs curtain, "
        "p = 0.02).",
        "Exposure was lower in the drape group (16% vs the curtain group; p = 0.02).",
    ],
)
def test_result_values_a_change_relative_to_an_arm_is_no_arm_value(
    extractor: Extractor, sentence: str
) -> None:
    record = extractor.extract(article("Drapes", _DRAPE_ARMS, ("Results", sentence)))
    assert all(r.percent is None for c in record.claims for r in c.results)


_ROLE_ARMS = (
    "Methods",
    "Adults were randomised to an intervention group, who received drug A, or a control "
    "group, who received usual care.",
)


def test_result_values_an_arm_after_vs_is_the_next_values(extractor: Extractor) -> None:
    # "A, 68%, vs B, 40.8%": each label before its value, the one after "vs" the next one's
    record = extractor.extract(
        article(
            "Drug A",
            _ROLE_ARMS,
            ("Results", "More participants improved in pain (intervention group, 72.1%, vs "
             "control, 42.0%; P < .001) and function (intervention group, 68%, vs control, "
             "40.8%; P < .001) favoring the intervention."),
        )
    )  # fmt: skip
    values = _values(record, "percent")
    assert {"intervention group": 68.0, "control group": 40.8} in values
    assert {"intervention group": 72.1, "control group": 42.0} in values


@pytest.mark.parametrize(
    "sentence",
    [
        "Compared with placebo, there was a 47.2% (95% CI 19.7 to 81.1) increase in remission "
        "with drug A.",
        "Compared with placebo, there was a 24.5% (-41.8 to -2.0) decrease in relapse with drug A.",
        "The cost of drug A per patient was 40% lesser than placebo.",
    ],
)
def test_result_values_a_relative_change_after_its_interval_is_no_arm_value(
    extractor: Extractor, sentence: str
) -> None:
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert all(r.percent is None for c in record.claims for r in c.results)


@pytest.mark.parametrize(
    "sentence",
    [
        "Remission was 45% with drug A vs placebo (30%; P = 0.02).",
        "Remission was 45% with drug A vs 30% with placebo, P = 0.02.",
    ],
)
def test_result_values_an_arm_compared_with_and_then_its_value_keeps_both(
    extractor: Extractor, sentence: str
) -> None:
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert {"drug A": 45.0, "placebo": 30.0} in _values(record, "percent")


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("Four-year survival was 95.1% for both groups (HR 0.98; P = 0.9).", "percent", 95.1),
        ("Median time to relapse was 12 months (95% CI 10-14) in both arms.", "median", 12.0),
    ],
)
def test_result_values_one_value_in_both_arms_is_each_arms(
    extractor: Extractor, sentence: str, field: str, value: float
) -> None:
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert _values(record, field) == [{"drug A": value, "placebo": value}]


def test_result_values_two_measures_of_one_named_arm_are_no_comparison(
    extractor: Extractor,
) -> None:
    """ "In the drug A arm, median X was 6.9 months and median Y was 9.4 months": both are drug
    A's; the 9.4 is no placebo value set against the 6.9 (``drug A (6% vs 8%)`` is)."""
    one_arm = "In the drug A arm, median survival was 6.9 months and median TTP was 9.4 months."
    record = extractor.extract(article("Drug A", _METHODS, ("Results", one_arm)))
    assert {"drug A": 6.9, "placebo": 9.4} not in _values(record, "median")
    pair = "Drug A lowered pain scores (6% vs 8%; P = 0.03)."
    record = extractor.extract(article("Drug A", _METHODS, ("Results", pair)))
    assert {"drug A": 6.0, "placebo": 8.0} in _values(record, "percent")


def test_result_values_unnamed_pair_takes_the_trial_order(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            ("Methods", "Adults were randomly assigned to placebo (n = 40) or drug A (n = 40)."),
            ("Results", "Remission was more frequent in the first month (45% vs 20%; P = 0.02)."),
        )
    )
    assert {"drug A": 45.0, "placebo": 20.0} in _values(record, "percent")


def test_result_values_bracket_after_an_arm_is_that_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            ("Results", "Response with drug A (35.5%) did not differ from placebo."),
        )
    )
    assert {"drug A": 35.5} in _values(record, "percent")


def test_result_values_respective_pairs_follow_the_arms_named(extractor: Extractor) -> None:
    sentence = (
        "Drug A gave more remissions than placebo (42% v 21%, respectively; P = .01) and a "
        "longer time to relapse (14.1 v 9.2 weeks, respectively; P = .02)."
    )
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert {"drug A": 42.0, "placebo": 21.0} in _values(record, "percent")


def test_result_values_named_medians_take_their_arms(extractor: Extractor) -> None:
    sentence = "Median PFS was 7.4 months with drug A and 5.1 months with placebo (P = .03)."
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert {"drug A": 7.4, "placebo": 5.1} in _values(record, "median")


def test_result_values_named_groups_take_their_values(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Exercise for fatigue",
            ("Methods", "Women with fatigue took part in a trial of two programmes."),
            ("Results", "Fatigue fell more in group A (12%) than in group B (30%) (P = .01)."),
        )
    )
    assert {"group A": 12.0, "group B": 30.0} in _values(record, "percent")


def test_result_values_counts_written_before_their_arms_are_groups() -> None:
    text = "Relapse: 8 relapses with drug A vs 17 with placebo (8% vs 17%)."
    groups = value_groups(text, parse_quantities(text))
    # each count joined by its share from the bracket after (``_counts_then_shares``)
    assert [(g.events, g.percent) for g in groups] == [
        (8, 8.0),
        (17, 17.0),
    ]


def test_result_values_no_arm_named_by_no(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Music",
            ("Methods", "Adults were randomly assigned to music (n = 40) or no music (n = 40)."),
            ("Results", "Anxiety scores in the no music and music groups were 5.2 ± 1.1 and "
             "3.9 ± 1.0, respectively."),
        )
    )  # fmt: skip
    assert {"no music": 5.2, "music": 3.9} in _values(record, "mean")


@pytest.mark.parametrize(
    "sentence",
    [
        "Stay was shorter with drug A than with placebo (median 4 [IQR 2-6] vs 7 [5-9] days; "
        "P = 0.01).",
        "The median stay was shorter with drug A than with placebo (4 (2-6) vs 7 (5-9) days; "
        "P = 0.01).",
    ],
)
def test_result_values_median_pairs_follow_the_arms_named(
    extractor: Extractor, sentence: str
) -> None:
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert {"drug A": 4.0, "placebo": 7.0} in _values(record, "median")
    assert {"drug A": 6.0, "placebo": 9.0} in _values(record, "median_high")


@pytest.mark.parametrize(
    ("text", "percents"),
    [
        ("Reaching HbA1c < 7.0%: 27.3% with drug A vs 17.2% with placebo.", [27.3, 17.2]),
        ("LVEF ≥ 50% was kept by 90% vs 80% (P = .02).", [90.0, 80.0]),
        ("Rash in more than 10% of patients; nausea in 12% vs 4%.", [12.0, 4.0]),
        ("Training at 65% to 75% of heart rate reserve: adherence 80% vs 70%.", [80.0, 70.0]),
        ("Uptake by site was 0.0%-0.9%; it was 12% with A and 4% with B.", [12.0, 4.0]),
        ("Remission rose from 30% to 45% with drug A.", [45.0]),
        ("Adherence fell by 5% to 71% with drug A.", [71.0]),
        ("The CI stayed above a non-inferiority margin of negative 10%: 61% vs 63%.", [61.0, 63.0]),
        ("Excretion rose by 1,300% with A and 45% with B (P < 0.01).", [45.0]),
    ],
)
def test_result_values_bounds_are_no_arm_values(text: str, percents: list[float]) -> None:
    groups = value_groups(text, parse_quantities(text))
    assert [g.percent for g in groups] == percents


def test_result_values_median_written_as_percentage_is_no_share() -> None:
    text = "Risk: median 0.10% (range 0.0%-0.9%) with A vs 0.02% (range 0.0%-0.1%) with B."
    groups = value_groups(text, parse_quantities(text))
    assert [(g.median, g.percent) for g in groups] == [(0.1, None), (0.02, None)]


_THREE_ARMS = (
    "Methods",
    "Adults were randomly assigned to metformin (n = 100), sitagliptin (n = 100) or placebo "
    "(n = 100).",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Response rates were higher with metformin and sitagliptin than with placebo (27.3, "
        "32.6 and 17.2%).",
        "Response rates were higher with metformin and sitagliptin versus placebo (27.3% and "
        "32.6% vs 17.2%; P < 0.01).",
    ],
)
def test_result_values_bracketed_list_follows_the_arms_named(
    extractor: Extractor, sentence: str
) -> None:
    record = extractor.extract(article("Metformin", _THREE_ARMS, ("Results", sentence)))
    assert {"metformin": 27.3, "placebo": 17.2} in _values(record, "percent")
    assert {"sitagliptin": 32.6, "placebo": 17.2} in _values(record, "percent")


@pytest.mark.parametrize(
    "sentence",
    [
        "Response rates in the metformin, sitagliptin and placebo groups: 27.3%, 32.6% and "
        "17.2% (P < 0.01).",
        "Response rates (metformin vs sitagliptin vs placebo): 27.3% vs 32.6% vs 17.2% (P < 0.01).",
    ],
)
def test_result_values_list_after_a_colon_follows_the_arms_named(
    extractor: Extractor, sentence: str
) -> None:
    """Before, 27.3% went to placebo and the other values to no arm."""
    record = extractor.extract(article("Metformin", _THREE_ARMS, ("Results", sentence)))
    assert {"metformin": 27.3, "placebo": 17.2} in _values(record, "percent")
    assert {"sitagliptin": 32.6, "placebo": 17.2} in _values(record, "percent")


def test_result_values_colon_after_a_clause_is_no_list_of_arms(extractor: Extractor) -> None:
    """The arms named in a clause before the colon ("compared with placebo ... after
    metformin") are not the values' order: metformin had the fewer patients."""
    record = extractor.extract(
        article(
            "Metformin",
            ("Methods", "Adults were randomly assigned to metformin (n = 62) or placebo (n = 57)."),
            (
                "Results",
                "Significantly fewer patients compared with placebo needed insulin after taking "
                "metformin: 24 (39%) vs 47 (82%) (P < 0.001).",
            ),
        )
    )
    assert _values(record, "percent") == [{"metformin": 39.0, "placebo": 82.0}]


def _kinds(text: str) -> list[tuple[float | None, float | None, float | None]]:
    return [(g.percent, g.mean, g.median) for g in value_groups(text, parse_quantities(text))]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a signed percentage is a change in a measured quantity: the arm's mean
        (
            "Total hip BMD fell with drug A (-3.6% v -0.71%; P = .04).",
            [(None, -3.6, None), (None, -0.71, None)],
        ),
        (
            "Body weight with drug A and placebo (+2.1% vs -0.5%; P = 0.02).",
            [(None, 2.1, None), (None, -0.5, None)],
        ),
        # told as a change: also the one written without a sign after it
        (
            "The change in HbA1c was -1.93% with drug A and 0.2% with placebo (P = 0.01), and 12% "
            "with drug A had hypoglycaemia.",
            [(None, -1.93, None), (None, 0.2, None), (12.0, None, None)],
        ),
        (
            "The mean change in body fat was 2.1% with drug A and 0.4% with placebo.",
            [(None, 2.1, None), (None, 0.4, None)],
        ),
        # a median's
        (
            "Median reduction in hot flash score was 49% with drug A and 55% with placebo.",
            [(None, None, 49.0), (None, None, 55.0)],
        ),
        (
            "The median percent changes in uNTx (Cr) were -73% with drug A and -79% with placebo.",
            [(None, None, -73.0), (None, None, -79.0)],
        ),
        # a change in a measured quantity after "fell by": its sign or the quantity tells it
        (
            "HbA1c fell by -1.93% with drug A vs -2.71% with placebo (p = 0.01).",
            [(None, -1.93, None), (None, -2.71, None)],
        ),
        (
            "HbA1c decreased by 1.9% with drug A and by 0.9% with placebo.",
            [(None, 1.9, None), (None, 0.9, None)],
        ),
        # ... unless its level follows: that is the arm's value
        ("HbA1c fell by 0.5% to 7.1% with drug A.", [(None, 7.1, None)]),
        # a relative change of a share of people is no arm's value
        ("Hospitalisations fell by 30% with drug A compared with placebo.", []),
        ("Pain decreased by 42% with drug A and 13% with placebo.", []),
        # the level of a quantity measured in percent: the arm's mean, a median after "median"
        (
            "HbA1c was 7.1% with drug A and 7.9% with placebo (p = 0.02).",
            [(None, 7.1, None), (None, 7.9, None)],
        ),
        (
            "Body fat was 28.4% vs 31.0% in the drug A and placebo groups, respectively.",
            [(None, 28.4, None), (None, 31.0, None)],
        ),
        (
            "Left ventricular ejection fraction was 55% with drug A versus 48% with placebo.",
            [(None, 55.0, None), (None, 48.0, None)],
        ),
        (
            "Median oxygen saturation was 96% with drug A and 93% with placebo.",
            [(None, None, 96.0), (None, None, 93.0)],
        ),
        ("FEV1 % predicted: 72% vs 65% (P = 0.03).", [(None, 72.0, None), (None, 65.0, None)]),
        ("Haematocrit rose from 30% to 36% with drug A.", [(None, 36.0, None)]),
        # ... but a clause that counts people counts people
        (
            "The proportion of patients with HbA1c below 7% was 40% with drug A and 30% with "
            "placebo.",
            [(40.0, None, None), (30.0, None, None)],
        ),
        (
            "The HbA1c target was reached by 45% with drug A vs 30% with placebo.",
            [(45.0, None, None), (30.0, None, None)],
        ),
        (
            "HbA1c fell with drug A, and nausea occurred in 12% with drug A and 5% with placebo.",
            [(12.0, None, None), (5.0, None, None)],
        ),
        (
            "Ejection fraction decreases and heart failure were reported in 5% and 1% of the "
            "drug A group.",
            [(5.0, None, None), (1.0, None, None)],
        ),
        (
            "The mean LVEF was lower with drug A in the 5-year sample (64.8% v 61.4%; P = .01).",
            [(None, 64.8, None), (None, 61.4, None)],
        ),
        (
            "HbA1c was 7.1% with drug A, and 12% of patients with drug A had hypoglycaemia.",
            [(None, 7.1, None), (12.0, None, None)],
        ),
        # a mean ± SD written with its "%" stays one
        ("The mean change was -7.9% (SD 7.3) with drug A.", [(None, -7.9, None)]),
        # shares of people
        (
            "Loss to follow-up was 8% with drug A and 15% with placebo.",
            [(8.0, None, None), (15.0, None, None)],
        ),
        (
            "Improvement was 60% with drug A and 35% with placebo.",
            [(60.0, None, None), (35.0, None, None)],
        ),
        (
            "Sepsis occurred in 8% with drug A and 15% with placebo (P = 0.04).",
            [(8.0, None, None), (15.0, None, None)],
        ),
        (
            "A change of treatment was needed in 8% with drug A and 15% with placebo.",
            [(8.0, None, None), (15.0, None, None)],
        ),
    ],
)
def test_result_values_percent_changes_of_a_measure_are_means(
    text: str, kinds: list[tuple[float | None, float | None, float | None]]
) -> None:
    assert _kinds(text) == kinds


def test_result_values_percent_change_is_the_arms_mean(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            (
                "Results",
                "The change in HbA1c was -1.93% with drug A and -2.71% with placebo (P = 0.01).",
            ),
        )
    )
    assert _values(record, "mean") == [{"drug A": -1.93, "placebo": -2.71}]
    assert _values(record, "percent") == [{"drug A": None, "placebo": None}]


@pytest.mark.parametrize(
    ("sentence", "means"),
    [
        (
            "HbA1c fell by -1.93% with drug A vs -2.71% with placebo (P = 0.01).",
            {"drug A": -1.93, "placebo": -2.71},
        ),
        (
            "HbA1c was 7.1% with drug A and 7.9% with placebo (P = 0.02).",
            {"drug A": 7.1, "placebo": 7.9},
        ),
    ],
)
def test_result_values_percent_of_a_measure_is_the_arms_mean(
    extractor: Extractor, sentence: str, means: dict[str, float]
) -> None:
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert _values(record, "mean") == [means]
    assert _values(record, "percent") == [{"drug A": None, "placebo": None}]


def test_result_values_a_pair_after_the_compared_arm_is_the_subjects_then_its(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            (
                "Results",
                "Patients on DA had higher remission than those on placebo "
                "(24/40 [60%] versus 12/40 [30%], OR = 3.5) with a mean stay of 6 versus 9 "
                "days, respectively.",
            ),
        )
    )
    assert {"drug A": 60.0, "placebo": 30.0} in _values(record, "percent")


def test_result_values_a_pair_after_the_compared_arm_of_three_gives_it_the_second(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Three arms",
            (
                "Methods",
                "Ninety adults were randomly assigned to drug A (group A, n = 30), drug C (group "
                "C, n = 30) or usual care (group B, n = 30).",
            ),
            ("Results", "Remission was greater in group A versus group B (80% versus 62%)."),
        )
    )
    # "group B (": the second; "group A", the tag right after the arm "drug A", the first
    assert _values(record, "percent") == [{"drug A": 80.0, "usual care": 62.0}]


def test_result_values_each_group_named_before_its_value_and_equals(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            (
                "Results",
                "Pain was no worse with drug A than with placebo at 6 months (drug A = 3.1 and "
                "placebo = 3.4, difference = -0.3, 95% CI = -0.9 to 0.3).",
            ),
        )
    )
    assert {"drug A": 3.1, "placebo": 3.4} in _values(record, "mean")


_SURGERY_OR_INJECTION = (
    "Methods",
    "Adults with disc herniation were randomly assigned to spinal surgery, ozone injection or "
    "oxygen injection.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "After five years, the need for further spinal surgery was 20% for patients in the ozone "
        "group and 60% for patients in the oxygen group.",
        "After five years, the need for further spinal surgery was 20% of patients in the ozone "
        "group and 60% of those in the oxygen group.",
        "After five years, the need for further spinal surgery was 20% in the ozone group and "
        "60% in the oxygen group.",
    ],
)
def test_result_values_an_arm_named_right_after_the_value_is_its(
    extractor: Extractor, sentence: str
) -> None:
    # the outcome before the first value names the surgery arm by two words: the arms named
    # right after each value are still theirs
    record = extractor.extract(
        article("Ozone for disc herniation", _SURGERY_OR_INJECTION, ("Results", sentence))
    )
    assert _values(record, "percent") == [{"ozone injection": 20.0, "oxygen injection": 60.0}]


def test_result_values_different_events_in_one_arm_each_compare_nothing(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            ("Methods", "Adults were randomly assigned to drug A (n = 30) or drug B (n = 30)."),
            (
                "Results",
                "The most frequent grade 3-4 events were neutropenia (three [10%] patients in "
                "the drug A group) and anaemia (three [10%] patients in the drug B group).",
            ),
        )
    )
    assert _values(record, "events") == []  # neutropenia with A is not anaemia with B


def test_result_values_one_event_bracketed_per_arm_still_compares(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            ("Methods", "Adults were randomly assigned to drug A (n = 30) or drug B (n = 30)."),
            (
                "Results",
                "Neutropenia was more frequent with drug A (nine [30%] in the drug A group) than "
                "with drug B (three [10%] in the drug B group).",
            ),
        )
    )
    assert {"drug A": 9, "drug B": 3} in _values(record, "events")


def test_result_values_an_arm_after_the_last_of_a_list_is_no_value_s_own() -> None:
    # the arms "monthly" and "every other month" share their drug: the list of arms after the
    # values is not read, and "in the monthly" opens that list: 0.36 is not the monthly arm's
    def arm(arm_id: str, *words: str) -> ArmMention:
        return ArmMention(arm_id, " ".join(words), None, [], words=frozenset(words),
                          distinctive=frozenset(words))  # fmt: skip

    arms = [arm("arm1", "monthly"), arm("arm2", "eom"), arm("arm3", "eom"), arm("arm4", "sham")]
    text = (
        "Mean change in lesion size was 0.26 ± 0.17, 0.27 ± 0.27, and 0.36 ± 0.21 in the "
        "monthly, EOM and sham groups, respectively."
    )
    groups = value_groups(text, parse_quantities(text))
    assert [g.mean for g in groups] == [0.26, 0.27, 0.36]
    assigned = assign_arms(text, 0, len(text), groups, arms)
    assert assigned[2].arm != "arm1"


@pytest.mark.parametrize(
    "text",
    [
        "The placebo group also improved from baseline to 12 weeks (6.52 ± 1.13 to 7.00 ± 1.09, "
        "p = 0.014).",
        "Scores in the placebo group went 6.52 ± 1.13 to 7.00 ± 1.09 over 12 weeks.",
    ],
)
def test_result_values_a_mean_and_sd_to_another_is_one_arms_baseline(text: str) -> None:
    # a mean with its SD bounds no range: the first is the baseline, not another arm's value
    assert [g.mean for g in value_groups(text, parse_quantities(text))] == [7.0]


def test_result_values_a_dose_naming_an_arm_is_no_value(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            ("Methods", "Men were randomly allocated to placebo, 100 mg drug A or 200 mg drug A."),
            (
                "Results",
                "Changes from baseline of the mean function scores in the 100 mg and 200 mg "
                "groups were greater than for the placebo group (all P < .05).",
            ),
        )
    )
    assert record.claims
    assert _values(record, "mean") == []  # "200 mg" is the arm's dose, not its mean


def test_result_values_a_share_of_both_arms_is_neither_arms_own(extractor: Extractor) -> None:
    sentence = (
        "Remission was seen in 10% of patients in both the drug A (5/48) and the placebo group "
        "(5/50) (P = 0.96)."
    )
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert {"drug A": 5, "placebo": 5} in _values(record, "events")


@pytest.mark.parametrize(
    ("after", "name"),
    [
        (" for SP (odds ratio 0.1)", "SP"),
        (" in the drug A group and", "drug A group"),
        # the first drug of a combination names no arm of its own
        (" for CQ/SP (OR versus CQ, 0.14)", None),
        (" in the A+B group", None),
    ],
)
def test_result_values_arm_right_after_is_no_part_of_a_combination(
    after: str, name: str | None
) -> None:
    """Before, "13.9% for CQ/SP" was taken for the CQ arm's value (a trial of CQ, SP and
    CQ/SP), which moved CQ's own 60.3% off its claim."""
    m = result_values._ARM_RIGHT_AFTER.match(after)
    assert (m.group("name") if m else None) == name


def _events_by_arm(
    extractor: Extractor, sentence: str
) -> list[dict[str, tuple[int | None, int | None, float | None]]]:
    """Each claim's (events, n, percent) by arm label, for a results sentence of the trial."""
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    labels = {a.id: a.label for a in record.arms}
    return [{labels[r.arm]: (r.events, r.n, r.percent) for r in c.results} for c in record.claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Remission occurred in 48 of 95 women with drug A (50.5%; 95% CI, 40.7%-60.4%) "
            "compared with 0 of 47 women in the placebo group (0%; 95% CI, 0%-7.6%).",
            {"drug A": (48, 95, 50.5), "placebo": (0, 47, 0.0)},
        ),
        (
            "Remission occurred in 20 of 40 patients given drug A (50%) and none of 40 patients "
            "given placebo (0%).",
            {"drug A": (20, 40, 50.0), "placebo": (0, 40, 0.0)},
        ),
    ],
)
def test_result_values_a_count_and_its_percentage_after_the_people_are_one_value(
    extractor: Extractor, sentence: str, expected: dict[str, tuple[int, int, float]]
) -> None:
    assert expected in _events_by_arm(extractor, sentence)


def test_result_values_the_bound_of_a_range_after_a_percentage_is_no_arm_value(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            ("Results", "Healing rates were 43% (35-50%) for drug A and 33% "
             "(23-42%) for placebo. Improvement rates were 84% (CI: 95% 67-97%) for drug A "
             "and 74% (CI: 95% 61-93%) for placebo."),
        )
    )  # fmt: skip
    assert {"drug A": 43.0, "placebo": 33.0} in _values(record, "percent")
    assert {"drug A": 84.0, "placebo": 74.0} in _values(record, "percent")


def test_result_values_two_percentages_joined_by_a_slash_are_a_pair(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            ("Results", "The most common adverse events with drug A versus placebo were "
             "diarrhoea (10.8%/0%), fatigue (10.8%/5.4%) and stomatitis (12.6%/1.8%)."),
        )
    )  # fmt: skip
    assert {"drug A": 10.8, "placebo": 0.0} in _values(record, "percent")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There were 8 deaths among 40 patients (20%) with drug A and 12 deaths among 40 "
            "patients (30%) with placebo.",
            {"drug A": (8, 40, 20.0), "placebo": (12, 40, 30.0)},
        ),
        (
            "Relapse occurred in 8 of the 40 patients (20%) given drug A and 12 of the 40 "
            "patients (30%) given placebo.",
            {"drug A": (8, 40, 20.0), "placebo": (12, 40, 30.0)},
        ),
    ],
)
def test_result_values_events_among_a_counted_group_are_its_events(
    extractor: Extractor, sentence: str, expected: dict[str, tuple[int, int, float]]
) -> None:
    # the count before "among"/"of" is the events, the count with the percentage the total
    assert expected in _events_by_arm(extractor, sentence)


def test_result_values_a_count_with_its_percentage_alone_stays_the_events(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            _METHODS,
            ("Results", "At 12 months, 8 patients (20%) given drug A and 12 patients (30%) "
             "given placebo had relapsed."),
        )
    )  # fmt: skip
    labels = {a.id: a.label for a in record.arms}
    found = [{labels[r.arm]: (r.events, r.percent) for r in c.results} for c in record.claims]
    assert {"drug A": (8, 20.0), "placebo": (12, 30.0)} in found


@pytest.mark.parametrize(
    "tail",
    [
        "between the drug A group and the placebo group (P = 0.01).",
        "in favour of the drug A group (P = 0.01).",
        ", favouring the drug A group (P = 0.01).",
    ],
)
def test_result_values_arms_compared_after_a_list_are_no_values_own(
    extractor: Extractor, tail: str
) -> None:
    """After a list's last value, "between A and B" / "in favour of A" name the arms compared,
    not that value's arm: each pair keeps the trial's order (and the list both its items)."""
    sentence = (
        "There was a significant difference in mobility (5.2 ± 1.0 vs 4.1 ± 1.2) and self-care "
        f"(6.3 ± 1.1 vs 5.5 ± 1.3) {tail}"
    ).replace(" ,", ",")
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    values = _values(record, "mean")
    assert {"drug A": 5.2, "placebo": 4.1} in values
    assert {"drug A": 6.3, "placebo": 5.5} in values
    assert all("group" not in c.outcome.text for c in record.claims)


def test_result_values_arm_names_opening_the_bracket_before_a_colon(
    extractor: Extractor,
) -> None:
    """ "lower in the A group (B vs. A: 5.1 vs. 4.2)": the names before the colon give the
    values' arms in order, and their "vs." is no "than" of the clause's direction words."""
    methods = (
        "Methods",
        "Adults were randomly assigned to melatonin (n = 40) or placebo (n = 40).",
    )
    sentence = (
        "Sleep latency was lower in the melatonin group (placebo vs. melatonin: 25.1 vs. 18.2 "
        "min; P = 0.03)."
    )
    record = extractor.extract(article("Melatonin", methods, ("Results", sentence)))
    assert {"placebo": 25.1, "melatonin": 18.2} in _values(record, "mean")
    (claim,) = record.claims
    assert (claim.intervention.text, claim.direction) == ("melatonin", "decreased")


def test_result_values_a_percentage_with_its_count_in_the_bracket_after() -> None:
    text = "Relapse: 7.8% (10 events) with drug A versus 16.6% (21 patients) with placebo."
    groups = value_groups(text, parse_quantities(text))
    assert [(g.events, g.percent) for g in groups] == [(10, 7.8), (21, 16.6)]


def test_result_values_a_zero_count_does_not_join_a_share_above_zero() -> None:
    text = "Relapse: 7.8% (0 events) with drug A versus 16.6% (21 patients) with placebo."
    groups = value_groups(text, parse_quantities(text))
    assert [(g.events, g.percent) for g in groups][:1] == [(None, 7.8)]


@pytest.mark.parametrize(
    "lead",
    [
        "After a median follow-up of",
        "The median duration of follow-up was",
        "At median follow-up,",
        "After mean followup of",
    ],
)
def test_result_values_the_median_follow_up_is_no_arms_value(lead: str) -> None:
    text = f"{lead} 40 months (IQR 31-52), gout flared less with drug K (12/60 vs 24/61)."
    groups = value_groups(text, parse_quantities(text))
    assert [(g.median, g.events) for g in groups] == [(None, 12), (None, 24)]


def test_result_values_a_median_after_follow_up_words_that_are_no_lead_stays() -> None:
    text = "Time to flare after follow-up visits was a median 40 days (IQR 31-52) with drug K."
    groups = value_groups(text, parse_quantities(text))
    assert [g.median for g in groups] == [40.0]


def test_result_values_means_each_followed_by_its_arm_in_brackets(extractor: Extractor) -> None:
    sentence = "Mean stay was 20.2 (placebo) vs 24.2 days (drug A), HR 1.68 (95% CI 0.79-3.55)."
    record = extractor.extract(article("Drug A", _METHODS, ("Results", sentence)))
    assert _values(record, "mean") == [{"placebo": 20.2, "drug A": 24.2}]


def test_result_values_a_change_alone_in_its_bracket_is_no_arms_share() -> None:
    text = "A modest reduction (28%) in urine urate was seen with drug K, but none with placebo."
    assert value_groups(text, parse_quantities(text)) == []
    # an outcome named with a change noun keeps the arms' shares after it
    text = "Breast density reduction (60% vs. 9%) was more common with drug K."
    assert [g.percent for g in value_groups(text, parse_quantities(text))] == [60.0, 9.0]
