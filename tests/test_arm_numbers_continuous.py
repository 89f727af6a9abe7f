"""Per-arm continuous numbers: the SD named in brackets, the shared signed number, and the
number analysed per arm for means and medians. Invented sentences only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.components.arm_results import complete_results
from extractors.components.arms import ArmMention, fill_analysed
from extractors.components.quantities import parse_quantities
from extractors.evaluation.arm_numbers import ArmGuess, _arm_guess, guess_from_record
from extractors.evaluation.llm_meta_data import ArmNumbers, MetaTriple
from extractors.evaluation.number_match import GoldNumber
from extractors.numbers import find_labelled_sds, find_mean_sds
from extractors.numbers_summary import (
    find_analysed_counts,
    find_bracket_mean_sds,
    find_medians,
    find_plain_value_pairs,
)
from extractors.pipeline import Extractor
from kg.model import ArmResult
from tests.evaluation_records import make_claim, make_record
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "scores of 61.25 (SD=11.02) and 70.5 (SD=9.84), respectively",
            [(61.25, 11.02), (70.5, 9.84)],
        ),
        ("weight 81.3 kg (SD 12.4 kg)", [(81.3, 12.4)]),
        ("pain 4.2 (s.d. = 1.7)", [(4.2, 1.7)]),
        ("pain 4.2 (S.D. 1.7)", [(4.2, 1.7)]),
        ("pain 4.2 (standard deviation, 1.7)", [(4.2, 1.7)]),
        ("pain 4.2 (Std. Dev. 1.7)", [(4.2, 1.7)]),
        ("pain 4.2 (SD: 1.7)", [(4.2, 1.7)]),
        ("pain 4.2 (SD ± 1.7)", [(4.2, 1.7)]),
        ("pain 4.2 (± 1.7)", [(4.2, 1.7)]),
        ("pain 4.2 [SD 1.7]", [(4.2, 1.7)]),
        ("pain 4.2 (SD 1.7, n = 38)", [(4.2, 1.7)]),
        ("cost 2,450 (SD 310)", [(2450.0, 310.0)]),
        ("change (- 3.5 (SD 1.2))", [(-3.5, 1.2)]),
        ("change −3·5 (SD 1·2)", [(-3.5, 1.2)]),
    ],
)
def test_arm_numbers_s5_sd_named_in_brackets(text: str, pairs: list[tuple[float, float]]) -> None:
    assert [(m.mean, m.sd) for m in find_mean_sds(text)] == pairs
    assert [(m.mean, m.sd) for m in find_bracket_mean_sds(text)] == pairs


@pytest.mark.parametrize(
    "text",
    [
        "pain 4.2 (SE 1.7)",  # a standard error, not an SD
        "height 0.3 (SDS 1.1)",  # a standard deviation score is a unit
        "pain 4.2 (SD 1.7-2.5)",  # not one SD
        "pain 4.2 (1.7)",  # no marker and no "mean (SD)" header
    ],
)
def test_arm_numbers_s5_sd_named_in_brackets_rejects(text: str) -> None:
    assert find_mean_sds(text) == []


def test_arm_numbers_s5_sd_in_brackets_n_is_read_beside_it() -> None:
    q = parse_quantities("pain 4.2 (SD 1.7, n = 38) versus 5.0 (SD 1.9, n = 36)")
    assert [(m.mean, m.sd) for m in q.mean_sds] == [(4.2, 1.7), (5.0, 1.9)]
    assert [s.n for s in q.sample_sizes] == [38, 36]


_VALUE = st.floats(min_value=-5000, max_value=5000, allow_nan=False).map(lambda v: round(v, 2))
_SPREAD = st.floats(min_value=0, max_value=500, allow_nan=False).map(lambda v: round(v, 2))
_LABEL = st.sampled_from(["SD=", "SD ", "SD: ", "s.d. = ", "standard deviation, ", "± ", "SD ± "])
_UNIT = st.sampled_from(["", " mg", " points", "%", " mmHg"])


@given(_VALUE, _SPREAD, _LABEL, _UNIT)
def test_arm_numbers_s5_labelled_sd_round_trip(
    mean: float, sd: float, label: str, unit: str
) -> None:
    text = f"score {mean}{unit} ({label}{sd}{unit}) at 6 weeks"
    assert [(m.mean, m.sd) for m in find_mean_sds(text)] == [(mean, sd)]


@given(_VALUE, _SPREAD, _VALUE, _SPREAD, st.sampled_from(["SD=", "SD ", "s.d. "]))
def test_arm_numbers_s5_two_labelled_sds_respectively(
    a: float, sa: float, b: float, sb: float, label: str
) -> None:
    text = f"with mean scores of {a} ({label}{sa}) and {b} ({label}{sb}), respectively."
    assert [(m.mean, m.sd) for m in find_mean_sds(text)] == [(a, sa), (b, sb)]


@given(st.text(alphabet="0123456789.,·−-±()[] SDsdtandrviEo=:;%mgn", max_size=80))
def test_arm_numbers_s5_labelled_sds_never_raise_nor_misread(text: str) -> None:
    for m in find_labelled_sds(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.sd is not None and m.sd >= 0
        written = text[m.start : m.end]
        assert "(" in written or "[" in written


@given(st.text())
def test_arm_numbers_s5_parsers_never_raise(text: str) -> None:
    for finder in (find_labelled_sds, find_mean_sds, find_analysed_counts):
        for found in finder(text):
            assert 0 <= found.start < found.end <= len(text)


# one signed number for both parser modules: a sign right after a bracket may have a space
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("median change was (- 4 (IQR -6 to -1))", -4.0),
        ("median 3 (- 2 to 5)", 3.0),
    ],
)
def test_arm_numbers_s5_shared_signed_number_in_medians(text: str, value: float) -> None:
    assert [m.median for m in find_medians(text)][:1] == [value]
    if "(- 2" in text:
        assert find_medians(text)[0].low == -2.0


def test_arm_numbers_s5_shared_signed_number_in_plain_pairs() -> None:
    found = find_plain_value_pairs("a fall of (- 2.1 vs 0.4 points)")
    assert [f.value for f in found][:1] == [-2.1]
    assert [m.mean for m in find_mean_sds("weight change (- 7.0 ± 2.1 g)")] == [-7.0]
    assert find_mean_sds("weight change 5 - 7.0 ± 2.1 g")[0].mean == 7.0  # a range, no sign
    assert [f.value for f in find_plain_value_pairs("scores 3/4.0 vs 5.0 points")] == []


# the number analysed per arm
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "In the yoga and stretching groups, 30 and 31 adults were enrolled and 27 and 29 "
            "adults completed the course, respectively.",
            [(27, None), (29, None)],
        ),
        ("Of these, 52 and 49 were analysed.", [(52, None), (49, None)]),
        ("Outcomes were available for 40 and 38 evaluable patients.", [(40, None), (38, None)]),
        (
            "We analysed 45 patients in the lamp group and 43 in the dark group.",
            [(45, "the lamp group"), (43, "the dark group")],
        ),
        (
            "Overall 88 were analysed, 45 in the lamp group and 43 in the dark group.",
            [(45, "the lamp group"), (43, "the dark group")],
        ),
        (
            "Forty patients in the lamp group and 38 in the dark group completed the study.",
            [(40, "the lamp group"), (38, "the dark group")],
        ),
    ],
)
def test_arm_numbers_s5_analysed_counts(text: str, found: list[tuple[int, str | None]]) -> None:
    assert [(f.n, f.arm) for f in find_analysed_counts(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "In all, 30 and 31 adults were randomised to yoga and stretching.",
        "Three and five patients did not complete the study.",
        "Four and 6 patients were not analysed.",
        "Five patients in the lamp group and 3 in the dark group withdrew.",
        "Eight in the lamp group and 6 in the dark group were lost to follow-up.",
        "A total of 310 and 320 patients were assessed for eligibility.",
        "Scores at 6 and 12 months were analysed by ANOVA.",
        "The 12 questionnaires were completed in 20 minutes.",
    ],
)
def test_arm_numbers_s5_analysed_counts_rejects(text: str) -> None:
    assert find_analysed_counts(text) == []


def _arms() -> list[ArmMention]:
    return [
        ArmMention("arm1", "yoga group", 30, ["yoga"], distinctive=frozenset({"yoga"})),
        ArmMention(
            "arm2", "stretching group", 31, ["stretching"], distinctive=frozenset({"stretching"})
        ),
    ]


def test_arm_numbers_s5_fill_analysed_by_the_arms_named() -> None:
    arms = _arms()
    fill_analysed(arms, "In the stretching and yoga groups, 29 and 27 completed, respectively.")
    assert [(a.n, a.analysed) for a in arms] == [(30, 27), (31, 29)]


def test_arm_numbers_s5_fill_analysed_in_trial_order_only_when_it_fits() -> None:
    arms = _arms()
    fill_analysed(arms, "Of these, 27 and 29 were analysed.")
    assert [a.analysed for a in arms] == [27, 29]
    arms = _arms()
    fill_analysed(arms, "Of these, 35 and 29 were analysed.")  # more than randomised to yoga
    assert [a.analysed for a in arms] == [None, None]


def test_arm_numbers_s5_means_take_the_number_analysed_counts_do_not() -> None:
    arms = _arms()
    arms[0].analysed, arms[1].analysed = 27, 29
    results = complete_results(
        [
            ArmResult(arm="arm1", mean=3.0, sd=1.0),
            ArmResult(arm="arm2", median=4.0),
            ArmResult(arm="arm1", percent=50.0),
            ArmResult(arm="arm2", mean=3.0, sd=1.0, n=25),
        ],
        arms,
    )
    assert [r.n for r in results] == [27, 29, 30, 25]
    assert results[2].events == 15


def test_arm_numbers_s5_evaluator_takes_the_results_n_first() -> None:
    assert _arm_guess(ArmResult(arm="arm1", mean=3.0, n=27), 30) == ArmGuess(
        group_size=27, mean=3.0
    )
    assert _arm_guess(ArmResult(arm="arm1", mean=3.0), 30).group_size == 30


def test_arm_numbers_s5_pipeline_means_with_sd_and_analysed_n() -> None:
    record = Extractor(pico_model=False).extract(
        article(
            "Yoga or stretching for back pain",
            (
                "Methods",
                "Adults with back pain were randomly assigned to a yoga group (n=30) or a "
                "stretching group (n=31).",
            ),
            (
                "Results",
                "In the yoga and stretching groups, 27 and 29 adults completed the course, "
                "respectively. At 12 weeks both groups showed improvement in their disability "
                "scores, with mean scores of 8.25 (SD=3.10) and 10.75 (SD=3.55), respectively.",
            ),
        )
    )
    assert [a.n for a in record.arms] == [30, 31]
    claim = next(c for c in record.claims if c.results and "disability" in c.evidence.text)
    by_arm = {r.arm: (r.mean, r.sd, r.n) for r in claim.results}
    assert by_arm == {"arm1": (8.25, 3.10, 27), "arm2": (10.75, 3.55, 29)}


@pytest.mark.parametrize(
    "text",
    [
        "Patients treated between 1995 and 2004 were included in the analysis.",
        "One hundred and twelve patients were evaluable for safety.",
        "Two hundred and forty two adults completed the survey.",
    ],
)
def test_arm_numbers_s5_analysed_counts_not_years_nor_one_count(text: str) -> None:
    assert find_analysed_counts(text) == []


def test_arm_numbers_s5_analysed_counts_not_days() -> None:
    assert find_analysed_counts("Stool samples from day 1 and 28 were analysed by PCR.") == []


def _continuous_triple() -> MetaTriple:
    return MetaTriple(
        id="9",
        pmcid="0",
        intervention="yoga",
        comparator="stretching",
        outcome="disability score",
        outcome_type="continuous",
        intervention_arm=ArmNumbers(mean=GoldNumber(8.25, 2), group_size=GoldNumber(27, 0)),
        comparator_arm=ArmNumbers(mean=GoldNumber(10.75, 2), group_size=GoldNumber(29, 0)),
        complete=False,
    )


def test_arm_numbers_s5_evaluator_breaks_a_tie_for_the_claim_with_numbers() -> None:
    results = [ArmResult(arm="arm1", mean=8.25, n=27), ArmResult(arm="arm2", mean=10.75, n=29)]
    bare = make_claim("yoga", "stretching", "disability score")
    numbered = make_claim("yoga", "stretching", "disability score", results=results)
    guess = guess_from_record(make_record([bare, numbered]), _continuous_triple())
    assert guess.intervention == ArmGuess(group_size=27, mean=8.25)


def test_arm_numbers_s5_evaluator_keeps_the_closer_claim_without_numbers() -> None:
    results = [ArmResult(arm="arm1", mean=1.0, n=27), ArmResult(arm="arm2", mean=2.0, n=29)]
    bare = make_claim("yoga", "stretching", "disability score")
    other = make_claim("yoga", "stretching", "walking speed score", results=results)
    guess = guess_from_record(make_record([bare, other]), _continuous_triple())
    assert guess.intervention.mean is None


def test_whole_numbers_with_a_rate_unit_are_a_plain_pair() -> None:
    text = "Walking rose more with the app at 6 weeks (186 vs. 112 min/week; P < .01)."
    assert [f.value for f in find_plain_value_pairs(text)] == [186.0, 112.0]
    # without a unit two whole numbers stay counts
    assert find_plain_value_pairs("Falls were fewer with the app (186 vs. 112; P < .01).") == []


def test_whole_numbers_after_a_score_are_a_plain_pair() -> None:
    text = "Itch scores were lower with cream K at 1 week (2 vs 5, P = .01)."
    assert [f.value for f in find_plain_value_pairs(text)] == [2.0, 5.0]
    # people counted on a scale stay counts
    text = "Fewer patients reported itch of 3 or more on the rating scale (13 vs 31, P = .01)."
    assert find_plain_value_pairs(text) == []


def test_plain_values_each_after_its_arms_name(extractor: Extractor) -> None:
    """Before, "(SA 2.9 vs. RA 2.4, P = .61)" gave no values: a name stood between "vs." and
    the second value."""
    record = extractor.extract(
        article(
            "Real or sham acupressure for nausea: a randomised trial",
            ("Methods", "Women were randomised to real acupressure (RA) or sham acupressure (SA)."),
            (
                "Results",
                "At day 5 no mean differences in nausea score were found between groups (SA 2.9 "
                "vs. RA 2.4, P = .61).",
            ),
        )
    )
    labels = {a.id: a.label for a in record.arms}
    [claim] = record.claims
    assert sorted((labels[r.arm], r.mean) for r in claim.results if r.arm) == [
        ("real acupressure (RA)", 2.4),
        ("sham acupressure (SA)", 2.9),
    ]
