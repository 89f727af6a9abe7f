"""Arm sizes written as a list of names with counts: "271 and 278 patients received A and B,
respectively", "(TAM 64, ACT 65)". Invented sentences only."""

from __future__ import annotations

import pytest

from extractors.components.arm_size_lists import bracket_sizes, respective_sizes
from extractors.components.arms import _short_forms_of
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("In total, 271 and 278 patients received drug K-2 and drug M, respectively.",
         [("drug K-2", 271), ("drug M", 278)]),
        ("We recruited 99 adults (49 and 50 in the exercise and control groups, respectively).",
         [("exercise", 49), ("control groups", 50)]),
        ("Overall, 207 and 201 patients were enrolled to combined therapy and monotherapy, "
         "respectively.", [("combined therapy", 207), ("monotherapy", 201)]),
    ],
)  # fmt: skip
def test_counts_then_arms_respectively(text: str, pairs: list[tuple[str, int]]) -> None:
    assert respective_sizes(text) == [pairs]


@pytest.mark.parametrize(
    "text",
    [
        "Relapse occurred in 12 and 30 patients in the K and M groups, respectively.",  # events
        "Follow-up lasted 12 and 30 months in the K and M groups, respectively.",  # no allocation
        "In total, 271 and 278 patients received K, M and P, respectively.",  # 2 counts, 3 names
    ],
)
def test_no_sizes_from_other_respectively_lists(text: str) -> None:
    assert respective_sizes(text) == []


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("In all, 129 women were recruited (TK 64, MP 65) between 1994 and 1999.",
         [("TK", 64), ("MP", 65)]),
        ("In all, 169 women were recruited (TK arm 87, MP arm 82).", [("TK arm", 87),
                                                                     ("MP arm", 82)]),
        ("The safety population comprised 720 patients (K + E, 482; P + E, 238).",
         [("K + E", 482), ("P + E", 238)]),
        ("The interim analysis included 561 patients (Arm A: 284, Arm B: 277).",
         [("Arm A", 284), ("Arm B", 277)]),
    ],
)  # fmt: skip
def test_a_bracket_of_names_with_counts(text: str, pairs: list[tuple[str, int]]) -> None:
    assert bracket_sizes(text) == [pairs]


def test_a_bracket_of_events_gives_no_sizes() -> None:
    assert bracket_sizes("Deaths occurred in 32 women (Arm A 12, Arm B 20).") == []


def test_the_arms_take_their_listed_sizes(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K versus drug M",
            ("Methods", "Women were randomly assigned to drug K or drug M."),
            (
                "Results",
                "In total, 271 and 278 women received drug K and drug M, respectively. "
                "Relapse occurred in 10% with drug K and 20% with drug M (P = 0.01).",
            ),
        )
    )
    assert [(a.label, a.n) for a in record.arms] == [("drug K", 271), ("drug M", 278)]


def test_names_that_do_not_tell_the_arms_apart_give_no_sizes(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K versus drug M",
            ("Methods", "Women were randomly assigned to drug K or drug M."),
            ("Results", "In all, 549 women were recruited (drug 271, drug 278)."),
        )
    )
    assert [a.n for a in record.arms] == [None, None]


def test_a_name_the_combination_shares_names_the_arm_it_is_all_of(extractor: Extractor) -> None:
    # "TAM" is in both arms; the arm that is only tamoxifen is the one it names
    record = extractor.extract(
        article(
            "DCT",
            (
                "Background",
                "To evaluate adding doxorubicin (D) and cyclophosphamide (C) to tamoxifen (TAM) "
                "(DCT), we conducted a randomized trial.",
            ),
            (
                "Methods",
                "Patients were randomized to receive either tamoxifen for 2 years or D and C plus "
                "TAM (DCT) as adjuvant therapy. One hundred patients were recruited (TAM 49, DCT "
                "51) between 1994 and 1999.",
            ),
        )
    )
    assert [a.n for a in record.arms] == [49, 51]


@pytest.mark.parametrize(
    ("label", "shorts"),
    [
        ("Water", {"wa"}),  # "flavoured water (WA)": its long form ends with the label
        ("Tamoxifen", set()),  # "cyclophosphamide (C) to tamoxifen (ACT)": a combination
    ],
)
def test_a_long_form_that_adds_to_the_label_is_no_short_form_of_it(
    label: str, shorts: set[str]
) -> None:
    long_forms = {"WA": "flavoured water", "ACT": "and cyclophosphamide (C) to tamoxifen"}
    assert _short_forms_of(label, long_forms) == shorts
