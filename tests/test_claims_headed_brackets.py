"""Two arm values in a bracket that opens with their statistic ("(mean (SD), 6.2 (0.98) and
6.3 (1.57) days)") are the arms' in the trial's order, as values paired by "vs" are; and
"Secondary endpoints, including X (..), Y (..) and Z (..) were comparable" lists the
outcomes X, Y and Z, not "Secondary endpoints, including X"; a value labelled by an arm's
short form ("TEL: 20.3%") is that arm's, though the short form is a word of other arms' too
("TEL-SUPP"); "The primary end point, X, was ..." has the outcome X, and "fewer patients
compared with controls underwent X" the outcome "underwent X"."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from kg.model import Claim
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "Women receiving chemotherapy were randomly assigned to biosimilar K (n=120) or reference "
    "filgrastim (n=118).",
)


def _claims(extractor: Extractor, results: str) -> list[Claim]:
    return extractor.extract(article("Biosimilar K", _METHODS, ("Results", results))).claims


@pytest.mark.parametrize(
    "bracket",
    [
        "mean (SD), 5.1 (1.2) and 5.4 (1.6) days",
        "mean (SD): 5.1 (1.2) and 5.4 (1.6) days",
        "median (IQR), 5.1 (4.0-6.2) and 5.4 (4.1-6.9) days",
        "mean ± SD, 5.1 ± 1.2 and 5.4 ± 1.6 days",
    ],
)
def test_values_after_their_statistic_in_one_bracket(extractor: Extractor, bracket: str) -> None:
    (claim,) = _claims(extractor, f"Time to recovery ({bracket}) was comparable.")
    assert [r.arm for r in claim.results] == ["arm1", "arm2"]
    values = [r.mean if r.mean is not None else r.median for r in claim.results]
    assert values == [5.1, 5.4]


def test_two_values_in_a_bracket_without_a_statistic_name_no_arm(extractor: Extractor) -> None:
    # "(5.1 and 5.4 days)" may be two times of one arm: no order to read
    claims = _claims(extractor, "Time to recovery (5.1 and 5.4 days) was comparable.")
    assert all(not c.results for c in claims)


def test_the_measures_an_endpoint_list_includes(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Secondary endpoints, including severe neutropenia (88% and 84% for biosimilar K and "
        "reference filgrastim, respectively), time to nadir (mean (SD), 5.1 (1.2) and 5.4 "
        "(1.6) days), and duration of recovery (mean (SD), 2.0 (0.8) and 1.8 (0.9) days) "
        "were comparable.",
    )
    got = [(c.outcome.text, [r.arm for r in c.results], c.direction) for c in claims if c.outcome]
    assert got == [
        ("severe neutropenia", ["arm1", "arm2"], "no difference"),
        ("time to nadir", ["arm1", "arm2"], "no difference"),
        ("duration of recovery", ["arm1", "arm2"], "no difference"),
    ]


def test_values_labelled_by_short_forms_nested_in_each_other(extractor: Extractor) -> None:
    # "TEL" is a word of the "TEL-SUPP" and "TEL-SUPP-AR" arms too: the label is the short form
    methods = (
        "Methods",
        "Women were randomized to four arms: no call (control), simple telephone reminder "
        "(TEL), telephone support (TEL-SUPP), or telephone support plus anticipated regret "
        "(TEL-SUPP-AR).",
    )
    record = extractor.extract(
        article(
            "Telephone reminders",
            methods,
            (
                "Results",
                "More women made an appointment (control: 7.9%, TEL: 19.5%, TEL-SUPP: 13.2%, "
                "TEL-SUPP-AR: 15.8%, p = .006).",
            ),
        )
    )
    labels = {a.id: a.label for a in record.arms}
    got = sorted((labels[r.arm], r.percent) for c in record.claims for r in c.results if r.arm)
    assert set(got) == {
        ("no call (control)", 7.9),
        ("simple telephone reminder (TEL)", 19.5),
        ("telephone support (TEL-SUPP)", 13.2),
        ("telephone support plus anticipated regret (TEL-SUPP-AR)", 15.8),
    }


def test_the_primary_end_point_named_in_apposition(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "The primary end point, total oral morphine equivalents in the first 48 hours, was not "
        "significantly different between the biosimilar K group (median = 64 mg) and the "
        "reference filgrastim group (median = 51 mg; p = 0.55).",
    )
    assert claim.outcome is not None
    assert (claim.outcome.text, claim.outcome.role) == (
        "total oral morphine equivalents",
        "primary",
    )
    assert [(r.arm, r.median) for r in claim.results] == [("arm1", 64.0), ("arm2", 51.0)]


def test_fewer_people_compared_with_the_controls_did_something(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Significantly fewer patients compared with controls underwent endoscopy: 14 (12%) vs "
        "33 (28%) (relative risk, 0.42; 95% CI, 0.24-0.75; P = .003).",
    )
    assert claim.outcome is not None and claim.outcome.text == "underwent endoscopy"
    assert claim.direction == "decreased"


@pytest.mark.parametrize("statistic", ["(SD)", "(standard deviation (SD))"])
def test_mean_sd_header_then_values_respectively(extractor: Extractor, statistic: str) -> None:
    """ "Mean (SD) X in A and B groups was 1.2 days (0.93) and 1.4 days (1.10), respectively":
    each arm's mean and SD, the outcome X; the bracketed means are not read again without
    their SDs."""
    (claim,) = _claims(
        extractor,
        f"Mean {statistic} duration of severe neutropenia in biosimilar K and reference "
        "filgrastim groups was 1.2 days (0.93) and 1.4 days (1.10), respectively.",
    )
    assert claim.outcome is not None and claim.outcome.text == "duration of severe neutropenia"
    assert [(r.arm, r.mean, r.sd) for r in claim.results] == [
        ("arm1", 1.2, 0.93),
        ("arm2", 1.4, 1.1),
    ]
