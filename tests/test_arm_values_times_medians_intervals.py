"""Per-arm values: times each arm had ("lasted 3.1 days in the zinc group"),
medians compared without a word naming the arms, the reach of a "median (IQR)" or "mean (SD)"
statement, and credible and uncertainty intervals, which are no confidence intervals. All texts
are invented."""

from __future__ import annotations

import pytest

from extractors.effect_estimates import find_effects
from extractors.named_values import find_named_values
from extractors.numbers import find_percents
from extractors.numbers_summary import find_arm_values, find_bracket_mean_sds, find_medians
from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article


def _claims(extractor: Extractor, methods: str, *results: str) -> list[Claim]:
    parts = [("Results", r) for r in results]
    return extractor.extract(article("A randomised trial", ("Methods", methods), *parts)).claims


def _values(claim: Claim) -> list[tuple[str, float | None, float | None]]:
    return [(r.arm, r.mean, r.median) for r in claim.results]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Diarrhoea lasted 3.1 days in the zinc group and 4.2 days in the placebo group",
            [3.1, 4.2],
        ),
        ("the stay was 5 days in group A and 7 days in group B", [5.0, 7.0]),
        # "after"/"within" before each arm's time: how long each arm took
        ("relief came after 2.5 hours with drug A versus 4.0 hours with placebo", [2.5, 4.0]),
        (
            "Extubation occurred after 3.2 minutes in the A group and after 8.9 minutes in the B "
            "group",
            [3.2, 8.9],
        ),
        ("resolved within 2 days in the zinc group and 4 days in the placebo group", [2.0, 4.0]),
        ("at 6 months in group A and 12 months in group B", []),  # when
        ("scores were 3.4 with drug A and after 4.0 with placebo", []),  # no time
        ("treated for 6 weeks in group A and 12 weeks in group B", []),  # how long treated
        ("seen on 3 days in group A and 5 days in group B", []),
    ],
)
def test_arm_values_times_an_arm_had(text: str, values: list[float]) -> None:
    assert [v.value for v in find_arm_values(text)] == values


def test_arm_values_duration_in_each_group_is_the_arms_value(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "We randomly assigned 200 children to zinc or placebo for 10 days.",
        "Diarrhoea lasted 3.1 days in the zinc group and 4.2 days in the placebo group (P = 0.01).",
    )
    assert len(claims) == 1
    claim = claims[0]
    assert claim.intervention is not None and claim.intervention.text == "zinc"
    assert _values(claim) == [("arm1", 3.1, None), ("arm2", 4.2, None)]
    assert (claim.direction, claim.significant) == ("decreased", True)


def test_arm_values_time_after_which_each_arm_did_is_the_arms_value(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Eighty adults were randomised to sugammadex or neostigmine.",
        "Patients were discharged from the recovery room after 2.5 hours with sugammadex versus "
        "4.0 hours with neostigmine (P < 0.001).",
    )
    assert [_values(c) for c in claims] == [[("arm1", 2.5, None), ("arm2", 4.0, None)]]
    assert (claims[0].direction, claims[0].significant) == ("decreased", True)


@pytest.mark.parametrize(
    ("text", "medians"),
    [
        # a header naming one measure's statistic governs its own sentence only
        (
            "The median (IQR) age was 75.0 (69.7-81.1) years. Heart failure was rarer with "
            "drug K (0.41 (0.13-1.35)).",
            [75.0],
        ),
        ("The median [IQR] stay was 4 [2-6] vs. 7 [5-9] days. Pain fell by 3.2 (2.1-4.3).", [4, 7]),
        # beyond its sentence, in its section, the arms' spreads compared as it set them
        (
            "The median [IQR] pain score was lower with A (A group 1 [0 to 2] vs. B group 2 [1 "
            "to 3]; P = 0.02). Sleep did not differ (A group 182 [176 to 189] vs. B group 174.5 "
            "[158 to 175]). Nausea was rarer (HR 0.69 [0.32-1.52]), and vomiting (0.41 "
            "[0.13-1.35]).",
            [1, 2, 182, 174.5],
        ),
        # a statement of how the data are given: the rest of its section and the next one
        ("Data are median (IQR). Stay was 3 (1-5) vs 6 (3-8) days.", [3, 6]),
        (
            "Methods: We randomised 80 adults. Data are expressed as median [interquartile "
            "range]. Pain was scored daily.\n\nResults: Stay was 3 [1-5] vs 6 [3-8] days.",
            [3, 6],
        ),
        (
            "Methods: Data are medians (range).\nResults: Stay was 3 (1-5) vs 6 (3-8) days."
            "\nConclusions: Drug K.\nTrial registration: 12 (10-14).",
            [3, 6],
        ),
    ],
)
def test_median_header_governs_what_it_states(text: str, medians: list[float]) -> None:
    assert [m.median for m in find_medians(text)] == medians


@pytest.mark.parametrize(
    ("text", "means"),
    [
        ("Mean (SD) age was 54 (8) years. Of these, 12 (30) were women.", [(54, 8)]),
        (
            "Mean (SD) pain was 3.2 (1.1) vs 4.5 (1.3). Sleep was 6.1 (0.9) vs 5.2 (1.0). Of "
            "these, 12 (30) were women.",
            [(3.2, 1.1), (4.5, 1.3), (6.1, 0.9), (5.2, 1.0)],
        ),
        (
            "Methods: Values are mean (SD).\nResults: Pain 3.2 (1.1) vs 4.5 (1.3).",
            [(3.2, 1.1), (4.5, 1.3)],
        ),
    ],
)
def test_mean_sd_header_governs_what_it_states(text: str, means: list[tuple[float, float]]) -> None:
    assert [(m.mean, m.sd) for m in find_bracket_mean_sds(text)] == means


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("OR 0.75 (95% CI 0.61-0.93)", "confidence"),
        ("OR 0.75 (95% CrI 0.61-0.93)", "credible"),
        ("odds ratio 0.75, 95% credible interval 0.61 to 0.93", "credible"),
        ("RR 0.75 (95% Bayesian credible interval 0.61-0.93)", "credible"),
        ("HR 0.80 (95% prediction interval 0.61-1.05)", "prediction"),
        ("OR 0.81 (95% UI 0.66-0.98)", "uncertainty"),
        ("odds ratio 0.81, 95% uncertainty interval 0.66 to 0.98", "uncertainty"),
        ("OR 0.81 (95% compatibility interval 0.66-0.98)", "confidence"),
    ],
)
def test_intervals_credible_and_prediction_are_told_apart(text: str, kind: str) -> None:
    effects = find_effects(text)
    assert len(effects) == 1 and effects[0].interval is not None
    assert effects[0].interval.kind == kind


def test_intervals_prediction_interval_is_no_percentage() -> None:
    assert find_percents("(95% prediction interval 0.4 to 1.4)") == []


def test_credible_interval_is_no_ci_of_the_claims_effect(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "We randomly assigned 300 adults with sepsis to drug K or placebo.",
        "Mortality was lower with drug K than with placebo (odds ratio 0.75, 95% CrI 0.61-0.93). "
        "Length of stay was shorter with drug K (mean difference -1.2 days, 95% CI -2.0 to -0.4).",
    )
    mortality, stay = claims
    assert mortality.effect is not None
    assert (mortality.effect.value, mortality.effect.ci_low, mortality.effect.ci_high) == (
        0.75,
        None,
        None,
    )
    assert any("credible interval 0.61 to 0.93" in w for w in mortality.warnings)
    assert mortality.significant is None  # a credible interval is no test
    assert stay.effect is not None and (stay.effect.ci_low, stay.effect.ci_high) == (-2.0, -0.4)
    assert stay.significant is True and not stay.warnings


def test_uncertainty_interval_is_no_ci_of_the_claims_effect(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "We randomly assigned 40 districts to an accelerated or a standard vaccination schedule.",
        "Hospital admissions were lower with the accelerated schedule (OR 0.81, 95% UI 0.66-0.98).",
    )
    admissions = claims[0]
    assert admissions.effect is not None
    assert (admissions.effect.value, admissions.effect.ci_low, admissions.effect.ci_high) == (
        0.81,
        None,
        None,
    )
    assert any("uncertainty interval 0.66 to 0.98" in w for w in admissions.warnings)
    assert admissions.significant is None  # an uncertainty interval is no test


_ONCOLOGY = "We randomly assigned 400 patients with gastric cancer to gemcitabine or capecitabine."


@pytest.mark.parametrize(
    "results",
    [
        # each value's own interval between the two
        "Median survival was 8.1 months (95% CI, 6.0 to 9.9) versus 7.1 months (95% CI, 5.9 to "
        "8.4).",
        "Median survival was 8.1 (95% CI 6.0-9.9) vs. 7.1 months (95% CI 5.9-8.4).",
        "Median survival was 8.1 months (95% UI 6.0 to 9.9) versus 7.1 months (95% UI 5.9 to 8.4).",
        # two or more pairs in one clause naming no arm: each pair in the trial's order
        "Median survival was 8.1 vs. 7.1 months (HR 0.85, 95% CI 0.70-1.03) and median "
        "progression-free survival was 4.0 vs. 3.1 months (HR 0.80, 95% CI 0.66-0.97).",
        "Median survival was 8.1 vs. 7.1 months (HR 0.85, 95% CI 0.70-1.03), and response rates "
        "were 30% vs. 20%.",
    ],
)
def test_medians_compared_without_naming_the_arms(extractor: Extractor, results: str) -> None:
    claim = _claims(extractor, _ONCOLOGY, results)[0]
    assert claim.outcome.text == "Median survival"
    assert _values(claim) == [("arm1", None, 8.1), ("arm2", None, 7.1)]


def test_medians_one_pair_after_median() -> None:
    text = "median (4.6 versus 4.8 months), 6-month (40% versus 43%) PFS did not differ"
    assert [m.median for m in find_medians(text)] == [4.6, 4.8]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Median survival was 8.1 (95% CI 6.0-9.9) vs. 7.1 months (95% CI 5.9-8.4) (HR 0.85).",
            [8.1, 7.1],
        ),
        (
            "Median PFS was 5.2 (95% CI, 4.1 to 6.3) and 3.9 months (95% CI, 3.0 to 4.8), "
            "respectively.",
            [5.2, 3.9],
        ),
        # a credible or uncertainty interval is a value's own interval as a CI is
        ("Median survival was 8.1 (95% CrI 6.0-9.9) vs. 7.1 months (95% CrI 5.9-8.4).", [8.1, 7.1]),
        ("Median survival was 8.1 (95% UI 6.0-9.9) vs. 7.1 months (95% UI 5.9-8.4).", [8.1, 7.1]),
        ("median time to relief was 2 to 9 months", []),  # a range
    ],
)
def test_named_values_with_their_own_interval(text: str, values: list[float]) -> None:
    assert [v.value for v in find_named_values(text)] == values
