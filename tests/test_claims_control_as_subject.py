"""A statement whose subject is the trial's control ("More patients in the placebo group
required X", "Patients in the placebo group had higher X", "Placebo patients reported more X")
is the intervention against the control, the words read the other way round; not a lead-in
that only names the control ("Based on 252 events in the placebo group, this corresponds to
61 more events with A"). "In the treatment group" names the arm that is not the control."""

from __future__ import annotations

import pytest

from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_METHODS = ("Methods", "Adults were randomized to dexamethasone (n = 30) or placebo (n = 30).")


def _claim(extractor: Extractor, results: str) -> tuple[str | None, str | None, str]:
    record = extractor.extract(article("Dexamethasone", _METHODS, ("Results", results)))
    (claim,) = record.claims
    return (
        claim.intervention.arm,
        claim.comparator.arm if claim.comparator else None,
        claim.direction,
    )


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("More patients in the placebo group required rescue antiemetics (p = 0.01).", "decreased"),
        (
            "More patients in the placebo group required rescue antiemetics (21 vs. 8; p = 0.01).",
            "decreased",
        ),
        ("Patients in the placebo group had higher pain scores (p = 0.01).", "decreased"),
        ("Placebo patients reported more nausea (40% vs 20%, p = 0.01).", "decreased"),
        ("Fewer patients in the placebo group were pain-free (p = 0.01).", "increased"),
        (
            "More patients in the dexamethasone group required rescue antiemetics (p = 0.01).",
            "increased",
        ),
        ("Compared with placebo, pain was lower with dexamethasone (p = 0.01).", "decreased"),
        # any past tense after the group, not only "required", "had", "reported" ...
        (
            "More patients in the placebo group returned to the ward (30% vs 16%; p = 0.01).",
            "decreased",
        ),
        (
            "More patients in the placebo arm came back for unplanned visits (30% vs 16%; "
            "p = 0.01).",
            "decreased",
        ),
    ],
)
def test_the_control_as_subject(extractor: Extractor, results: str, direction: str) -> None:
    assert _claim(extractor, results) == ("arm1", "arm2", direction)


def test_a_lead_in_naming_the_control_is_no_subject(extractor: Extractor) -> None:
    results = (
        "Based on 252 events per 1000 participants in the placebo group, this corresponds to 61 "
        "more events per 1000 participants treated with dexamethasone."
    )
    assert _claim(extractor, results)[2] == "increased"


@pytest.mark.parametrize(
    ("results", "outcome"),
    [
        (
            "Based on 252 events per 1000 participants in the placebo group, this corresponds to "
            "61 more wound infections (95% CI 10 more to 119 more) per 1000 participants treated "
            "with dexamethasone.",
            "wound infections",
        ),
        (
            "Based on 300 episodes per 1000 participants given placebo, this translates into an "
            "estimated 40 fewer episodes of vomiting for every 1000 patients treated with "
            "dexamethasone.",
            "episodes of vomiting",
        ),
    ],
)
def test_a_restated_absolute_effect_names_what_it_counts(
    extractor: Extractor, results: str, outcome: str
) -> None:
    record = extractor.extract(article("Dexamethasone", _METHODS, ("Results", results)))
    assert record.claims[-1].outcome.text == outcome


def test_the_treatment_group_is_the_arm_that_is_not_the_control(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Seromas",
            (
                "Methods",
                "Women were randomized to a treatment group (n=19) or a control group (n=21).",
            ),
            (
                "Results",
                "In the treatment group seromas resolved after one or two aspirations in 71 % of "
                "patients, while in the control group 90 % of patients required three or more "
                "aspirations.",
            ),
        )
    )
    assert [(r.arm, r.percent) for c in record.claims for r in c.results] == [
        ("arm1", 71.0),
        ("arm2", 90.0),
    ]


def test_the_control_value_first_before_versus_keeps_the_roles(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drain care",
            (
                "Methods",
                "Adults were randomized to standard drain care or a chlorhexidine dressing.",
            ),
            (
                "Results",
                "Cultures at week 2 were positive for 79.7% of the control group versus 54.9% of "
                "the chlorhexidine group (p = 0.001).",
            ),
        )
    )
    (claim,) = record.claims
    control = next(a.id for a in record.arms if a.comparator)
    assert claim.comparator is not None and claim.comparator.arm == control
    assert claim.intervention.arm != control and claim.direction == "decreased"
