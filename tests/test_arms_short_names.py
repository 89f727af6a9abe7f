"""Arms named by a short name the text gives them (a group tag, an abbreviation whose long form
is not the label), on invented abstracts."""

from __future__ import annotations

import pytest

from extractors.components.arm_labels import ArmPhrase
from extractors.components.arms import (
    ArmMention,
    build_arms,
    fill_sizes,
    name_by_abbreviations,
    name_by_letter,
    name_by_sized_bracket,
)
from extractors.components.quantities import parse_quantities
from extractors.components.result_values import assign_arms, value_groups
from extractors.pipeline import Extractor
from kg.model import Record
from tests.test_pipeline_abstracts import article


def _arm(id: str, label: str, words: set[str]) -> ArmMention:
    return ArmMention(
        id, label, None, [label], words=frozenset(words), distinctive=frozenset(words)
    )


def _results(record: Record) -> list[list[tuple[str, float | None, float | None]]]:
    return [[(r.arm, r.mean, r.percent) for r in c.results] for c in record.claims if c.results]


def test_group_tag_after_a_description_names_that_arm() -> None:
    arms = [
        _arm("arm1", "tibial nailing", {"tibial", "nailing"}),
        _arm("arm2", "locking plate", {"locking", "plate"}),
    ]
    text = "Adults had tibial nailing (TN group, n = 40) or a locking plate (group LP; n = 41)."
    name_by_abbreviations(arms, text, {})
    assert "tn" in arms[0].distinctive and "#lp" in arms[1].distinctive
    assert "tn" not in arms[1].words and "#lp" not in arms[0].words


def test_group_tag_with_a_capital_names_that_arm() -> None:
    arms = [_arm("arm1", "zinc", {"zinc"}), _arm("arm2", "iron", {"iron"})]
    text = "Adults took zinc (Group Z; n = 16) or iron (Arm F, n = 15) for 14 days."
    name_by_abbreviations(arms, text, {})
    assert "#z" in arms[0].distinctive and "#f" in arms[1].distinctive


def test_results_of_arms_named_by_capital_group_tags(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Zinc or iron in healthy adults",
            (
                "Methods",
                "Volunteers were assigned to a zinc group (Group Z; n = 16) or an iron group "
                "(Group F; n = 16) for 14 days.",
            ),
            ("Results", "Ferritin was higher in Group F than in Group Z (p = 0.003)."),
        )
    )
    arms = {a.id: a.label for a in record.arms}
    (claim,) = record.claims
    assert (arms[claim.intervention.arm or ""], claim.direction) == ("iron", "increased")


def test_two_tags_for_one_arm_name_neither() -> None:
    arms = [_arm("arm1", "life", {"life"}), _arm("arm2", "plain stent", {"plain", "stent"})]
    text = "Of these, 20 had a plain stent (group A) and 21 had a coated stent (group B)."
    name_by_abbreviations(arms, text, {})
    assert not {"#a", "#b"} & (arms[0].words | arms[1].words)


def test_second_tag_of_a_two_arm_trial_goes_to_the_other_arm() -> None:
    arms = [_arm("arm1", "early feeding", {"early"}), _arm("arm2", "late feeding", {"late"})]
    text = "Infants were fed early after surgery (EF group) or after a fast of 8 h (group F8)."
    name_by_abbreviations(arms, text, {})
    assert "ef" in arms[0].distinctive and "#f8" in arms[1].distinctive


def test_abbreviation_mostly_of_the_arm_words_names_it() -> None:
    arms = [
        _arm("arm1", "radiofrequency ablation", {"radiofrequency", "ablation"}),
        _arm("arm2", "cryoballoon ablation", {"cryoballoon", "ablation"}),
    ]
    arms[0].distinctive = frozenset({"radiofrequency"})
    arms[1].distinctive = frozenset({"cryoballoon"})
    long_forms = {"RFCA": "radiofrequency catheter ablation", "VAS": "visual analogue scale"}
    name_by_abbreviations(arms, "", long_forms)
    assert "rfca" in arms[0].distinctive
    assert "vas" not in arms[0].words | arms[1].words


def test_a_hyphenated_abbreviation_names_its_arm_by_the_words_a_mention_has() -> None:
    # "treated with AC-DOC" is read as the words "ac" and "doc", and so must the short form be
    arms = [
        _arm("arm1", "dose-dense drug K", {"dose", "dense", "drug", "k"}),
        _arm("arm2", "sequential drug A/drug C/drug K", {"sequential", "drug", "a", "c", "k"}),
    ]
    arms[0].distinctive = frozenset({"dose", "dense"})
    arms[1].distinctive = frozenset({"sequential", "a", "c"})
    long_forms = {"AC-DOC": "sequential drug A/drug C followed by drug K"}
    name_by_abbreviations(arms, "", long_forms)
    assert {"ac", "doc"} <= arms[1].distinctive
    text = (
        "Neutropenia occurred in 39.8% of patients receiving ddK and in 69.3% treated with AC-DOC."
    )
    groups = assign_arms(text, 0, len(text), value_groups(text, parse_quantities(text)), arms)
    assert [(g.arm, g.value()) for g in groups] == [("arm1", 39.8), ("arm2", 69.3)]


def test_a_respectively_list_gives_no_n_by_the_number_before_an_arm() -> None:
    arms = [_arm("arm1", "nailing", {"nailing"}), _arm("arm2", "plating", {"plating"})]
    fill_sizes(
        arms,
        "Data were complete for 52 and 54 patients in the nailing group and the plating "
        "group, respectively.",
    )
    assert [a.n for a in arms] == [None, None]
    fill_sizes(arms, "Of these, 52 were assigned to nailing and 54 to plating.")
    assert [a.n for a in arms] == [52, 54]


def test_results_of_arms_named_by_group_tags(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Intramedullary nailing versus locked plating of tibial fractures",
            (
                "Methods",
                "Eighty adults were randomized into two groups: one had intramedullary nailing "
                "(IMN group), while the other had a locking plate (LCP group).",
            ),
            (
                "Results",
                "The knee score at 1 year was higher in the IMN group (88.2 ± 6.1) than in the "
                "LCP group (81.5 ± 7.9; P = 0.01).",
            ),
        )
    )
    assert [(a.label, a.id) for a in record.arms] == [
        ("Intramedullary nailing", "arm1"),
        ("locked plating of tibial fractures", "arm2"),
    ]
    assert [("arm1", 88.2, None), ("arm2", 81.5, None)] in _results(record)


def test_results_of_arms_named_by_an_abbreviation_defined_before(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Two ablation methods for atrial flutter",
            (
                "Background",
                "Radiofrequency catheter ablation (RFCA) and cryoballoon catheter ablation (CBCA) "
                "are used for atrial flutter.",
            ),
            (
                "Methods",
                "Seventy adults were randomly assigned to radiofrequency ablation (n = 35) or "
                "cryoballoon ablation (n = 35).",
            ),
            (
                "Results",
                "Flutter recurred in 23% in the CBCA group and in 9% in the RFCA group (P = 0.04).",
            ),
        )
    )
    assert [("arm2", None, 23.0), ("arm1", None, 9.0)] in _results(record)


def _values(text: str) -> list[float | None]:
    return [g.value() for g in value_groups(text, parse_quantities(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Stiffness decreased by 38% with tai chi and by 11% with stretching (P = 0.02).",
        "Stiffness decreased by 38% with tai chi and 11% with stretching (P = 0.02).",
        "Grip strength improved significantly by a mean of 4.2 ± 1.1 kg in the tai chi group "
        "and by 1.3 ± 0.9 kg in the stretching group.",
        "The score fell by an average 2.6 points with tai chi and 0.4 points with stretching.",
        "Tai chi gave a reduction of 21% in falls, stretching one of 6%.",
        "Tai chi reduced total cholesterol by about 8% and low-density lipoprotein (LDL)-"
        "cholesterol by about 9%.",
    ],
)
def test_changes_within_arms_are_no_arm_values(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Stiffness decreased by 38%, from 50% to 31%, with tai chi (P = 0.02).",
            [31.0],  # 50% is the value at baseline ("from X to Y"), not the arm's
        ),
        ("Falls were reduced: 12% with tai chi vs 20% with stretching.", [12.0, 20.0]),
        ("Falls were reduced by 40% by tai chi (12% v 20% with stretching).", [12.0, 20.0]),
        (
            "Stiffness decreased by 38% with tai chi and was 44% with stretching.",
            [44.0],
        ),
    ],
)
def test_values_after_a_change_with_their_own_word_stay(text: str, values: list[float]) -> None:
    assert _values(text) == values


def test_changes_name_the_compared_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Tai chi for knee stiffness",
            (
                "Methods",
                "Sixty adults with knee stiffness were randomly assigned to tai chi or stretching.",
            ),
            (
                "Results",
                "Stiffness decreased by 38% with tai chi and by 11% with stretching (P = 0.02).",
            ),
        )
    )
    (claim,) = [c for c in record.claims if "tiffness" in c.outcome.text]
    assert claim.results == []
    assert claim.intervention.arm == "arm1" and claim.comparator is not None
    assert (claim.comparator.arm, claim.direction) == ("arm2", "decreased")


def _melatonin(results: str) -> Record:
    return Extractor(pico_model=False).extract(
        article(
            "Melatonin versus placebo for sleep after surgery",
            ("Methods", "Ninety adults were randomly assigned to melatonin or placebo."),
            ("Results", results),
        )
    )


@pytest.mark.parametrize(
    ("results", "direction"),
    [
        ("Sleep latency was significantly lower with melatonin (P < 0.01).", "decreased"),
        ("Sleep latency was significantly longer with placebo (P < 0.01).", "decreased"),
        ("Sleep latency was higher among those given melatonin (P = 0.02).", "increased"),
    ],
)
def test_arm_named_after_the_direction_word_is_compared(results: str, direction: str) -> None:
    (claim,) = _melatonin(results).claims
    assert claim.intervention.arm == "arm1" and claim.comparator is not None
    assert (claim.comparator.arm, claim.direction) == ("arm2", direction)


def test_counts_before_the_allocation_are_no_arms(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Tiotropium versus salbutamol for airway disease",
            (
                "Methods",
                "Ninety adults (50 with asthma, 40 with chronic bronchitis) were randomized and "
                "included in the study.",
            ),
        )
    )
    assert [a.label for a in record.arms] == ["Tiotropium", "salbutamol"]


def test_abbreviation_of_an_inflected_long_form_names_the_arm() -> None:
    # "a shortage of invasive ventilators (IV)": the arm "invasive ventilation" is "IV"
    arms = build_arms(
        [
            ArmPhrase("high-flow oxygen", 0, 16, None),
            ArmPhrase("invasive ventilation", 20, 40, None),
        ],
        {"IV": "invasive ventilators", "HFO": "high-flow oxygen"},
    )
    assert "iv" in arms[1].distinctive and "iv" not in arms[0].words
    assert "hfo" in arms[0].distinctive


def test_abbreviation_mostly_of_inflected_arm_words_names_it() -> None:
    arms = [
        _arm("arm1", "balloon catheter", {"balloon", "catheter"}),
        _arm("arm2", "oral misoprostol", {"oral", "misoprostol"}),
    ]
    name_by_abbreviations(arms, "", {"DBC": "double balloon catheters"})
    assert "dbc" in arms[0].distinctive and "dbc" not in arms[1].words


def test_the_parts_of_a_hyphenated_short_form_spelled_by_an_arm_name_it(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Temperature-Controlled Radiofrequency Tonsil Ablation versus CO2-Laser Cryptolysis",
            (
                "Background",
                "We compared temperature-controlled radiofrequency (TC-RF) tonsil ablation with "
                "CO2-laser cryptolysis (CO2-LC) in chronic tonsillitis.",
            ),
            (
                "Results",
                "The amount of bleeding in the LC group was significantly less than in the RF "
                "group (P<0.05).",
            ),
        )
    )
    (claim,) = record.claims
    pair = (claim.intervention.arm, claim.comparator.arm if claim.comparator else None)
    assert (pair, claim.direction) in (
        (("arm2", "arm1"), "decreased"),
        (("arm1", "arm2"), "increased"),
    )


def test_a_short_name_right_before_its_size_gives_that_arm_its_n() -> None:
    arms = [
        _arm("arm1", "2-weekly schedule (P2)", {"2-weekly", "p2"}),
        _arm("arm2", "4-weekly schedule (P4)", {"4-weekly", "p4"}),
    ]
    fill_sizes(arms, "In all, 351 patients were randomized to P2 (n = 174) versus P4 (n = 177).")
    assert [a.n for a in arms] == [174, 177]


def test_a_short_name_further_before_a_size_gives_no_n() -> None:
    arms = [
        _arm("arm1", "2-weekly schedule (P2)", {"2-weekly", "p2"}),
        _arm("arm2", "4-weekly schedule (P4)", {"4-weekly", "p4"}),
    ]
    fill_sizes(arms, "Of those on P2 who relapsed early (n = 30), most had stage III disease.")
    assert [a.n for a in arms] == [None, None]


def _order_record(extractor: Extractor, methods: str, results: str) -> Record:
    return extractor.extract(
        article("Axillary treatment", ("Methods", methods), ("Results", results))
    )


def test_arms_called_a_and_b_without_a_definition_are_named_in_order(
    extractor: Extractor,
) -> None:
    record = _order_record(
        extractor,
        "Women were randomized to axillary dissection (540 women) or axillary irradiation "
        "(530 women).",
        "There was no significant difference in axillary recurrence between the two arms "
        "(0.9% in arm A and 1.4% in arm B).",
    )
    assert _results(record) == [[("arm1", None, 0.9), ("arm2", None, 1.4)]]


def test_arms_whose_letters_the_text_defines_are_not_named_in_order(
    extractor: Extractor,
) -> None:
    record = _order_record(
        extractor,
        "Women were randomized to axillary dissection (arm B) or axillary irradiation (arm A).",
        "There was no significant difference in axillary recurrence between the two arms "
        "(0.9% in arm A and 1.4% in arm B).",
    )
    assert [a.label for a in record.arms][:1] == ["axillary dissection (arm B)"]
    assert _results(record) == [[("arm2", None, 0.9), ("arm1", None, 1.4)]]


def test_one_capital_letter_after_an_arm_names_it() -> None:
    arms = [
        _arm("arm1", "0.2% fluticasone cream", {"fluticasone", "cream", "num0p2pc"}),
        _arm("arm2", "Bland Emollient", {"bland", "emollient"}),
    ]
    text = "Women applied 0.2% fluticasone cream (FC) or Bland Emollient (B) cream twice daily."
    name_by_letter(arms, text)
    assert "b" in arms[1].distinctive and "b" not in arms[0].words
    # a letter that opens no word of its arm's name, or one another arm has, names no arm
    others = [
        _arm("arm1", "fluticasone", {"fluticasone", "b"}),
        _arm("arm2", "Bland emollient", {"bland", "emollient"}),
    ]
    name_by_letter(others, "They used fluticasone (A) or Bland emollient (B) daily.")
    assert "a" not in others[0].words and "b" not in others[1].words


def test_an_arm_called_by_its_letter_takes_its_value(extractor: Extractor) -> None:
    record = _order_record(
        extractor,
        "A two-arm randomized trial was conducted to evaluate the efficacy of 0.2% fluticasone "
        "cream (FC) versus Bland Emollient (B) cream in preventing skin breakdown in women "
        "given radiotherapy. Randomization (1:1) was to FC or B.",
        "The rate of skin breakdown was 41.0% in the whole cohort, with a significantly lower "
        "incidence in the FC arm than in the B arm (30.5% vs 52.5%; P = .02).",
    )
    assert _results(record) == [[("arm1", None, 30.5), ("arm2", None, 52.5)]]


def test_the_short_name_written_with_an_arms_size_names_it() -> None:
    text = "Adults took drug K for 3 years (DKYR, n=164) or drug M every week (MWE, n = 169)."
    arms = [
        ArmMention("arm1", "drug K for 3 years", 164, ["drug K"], 12, 30, words=frozenset({"k"})),
        ArmMention("arm2", "drug M every week", 169, ["drug M"], 48, 65, words=frozenset({"m"})),
    ]
    assert text[arms[0].end :].startswith(" (DKYR") and text[arms[1].end :].startswith(" (MWE")
    name_by_sized_bracket(arms, text)
    assert "dkyr" in arms[0].distinctive and "mwe" in arms[1].distinctive


def test_an_arm_named_with_its_size_takes_its_value(extractor: Extractor) -> None:
    record = _order_record(
        extractor,
        "We randomised 333 women to drug K (given i. m., monthly) plus drug L for 3 years "
        "(KL-3, n=164), or drug M, drug N and drug P every 21 days, without any hormone "
        "(MNP, n=169).",
        "Disease-free survival at 7 years was 72% with MNP, and 76% with KL-3 (P=0.13).",
    )
    assert sorted(_results(record)[0]) == [("arm1", None, 76.0), ("arm2", None, 72.0)]
