"""Two arms' values, each with its own unbracketed interval, paired by "vs" after a clause that
names both arms ("between the K and M groups (2.1%, 95% CI -0.8 to 5.1 vs 3.7%, 95% CI 1.5
to 5.9)"): the first value is the arm named first, as with bare "(2.1% vs 3.7%)"; a mean
change named before such percentages makes each a mean, not a share of people, even with a
threshold earlier in the sentence ("for those with T-scores of less than -2.0, mean change of
X ..."). Arms listed after what they are and a dash ("to one of two aromatase inhibitors-drug
K or drug M", also an em dash or " - ") are named without that description."""

from __future__ import annotations

import pytest

from extractors.measured_percents import measured_percents
from extractors.numbers import find_percents
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Postmenopausal women were randomly assigned to drug K 25 mg versus drug M 1 mg, daily.",
)


@pytest.mark.parametrize(
    "results",
    [
        "Mean change of spine bone density did not differ significantly between the drug K and "
        "drug M groups (2.11%, 95% CI -0.84 to 5.06 vs 3.72%, 95% CI 1.54 to 5.89; p=0.26).",
        "For those who started with T-scores of less than -2.0, mean change of spine bone density "
        "at 2 years did not differ significantly between the drug K and drug M groups (2.11%, "
        "95% CI -0.84 to 5.06 vs 3.72%, 95% CI 1.54 to 5.89; p=0.26).",
    ],
)
def test_values_with_their_intervals_in_the_order_of_the_arms(
    extractor: Extractor, results: str
) -> None:
    record = extractor.extract(article("Bone density", _METHODS, ("Results", results)))
    (claim,) = record.claims
    assert [(r.arm, r.mean, r.percent) for r in claim.results] == [
        ("arm1", 2.11, None),
        ("arm2", 3.72, None),
    ]


def test_a_mean_change_makes_the_percentages_means() -> None:
    text = "mean change of spine bone density was 2.1% (95% CI 0.3 to 4.0) with K and 3.7% with M"
    assert sorted(measured_percents(text, find_percents(text)).values()) == ["mean", "mean"]
    shares = "the proportion of women with a mean change of 5% or more was 21% vs 30%"
    assert [p.value for p in find_percents(shares)] == [5.0, 21.0, 30.0]
    assert len(measured_percents(shares, find_percents(shares))) < 3


@pytest.mark.parametrize(
    "methods",
    [
        "Women were assigned to one of two adjuvant oral aromatase inhibitors-drug K or drug M.",
        "Women were assigned to one of two adjuvant oral aromatase inhibitors—drug K or drug M.",
        "Women were assigned to two adjuvant drugs - drug K or drug M.",
    ],
)
def test_arms_after_what_they_are_and_a_dash(extractor: Extractor, methods: str) -> None:
    record = extractor.extract(
        article("Aromatase inhibitors", ("Methods", methods), ("Results", "Both were safe."))
    )
    assert [a.label for a in record.arms] == ["drug K", "drug M"]


def test_a_dose_of_a_compound_vaccine_keeps_its_name(extractor: Extractor) -> None:
    methods = (
        "Children were randomized to one dose of vaccine K, two doses of measles-mumps vaccine, "
        "or two doses of measles-rubella vaccine."
    )
    record = extractor.extract(
        article("Vaccines", ("Methods", methods), ("Results", "All were safe."))
    )
    assert [a.label for a in record.arms][1:] == [
        "two doses of measles-mumps vaccine",
        "two doses of measles-rubella vaccine",
    ]
