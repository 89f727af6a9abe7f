"""Tables flattened into text: rows and cells, arms tied to columns, and claims per row."""

from __future__ import annotations

import pytest

from extractors.components.arm_labels import ArmPhrase
from extractors.components.arms import build_arms
from extractors.components.table_rows import CellValue, read_table, read_value, split_cell
from extractors.components.tables import arms_from_tables, is_baseline, tie_arms
from extractors.pipeline import Extractor
from kg.model import Claim, Record
from tests.test_pipeline_abstracts import article

_RESULTS_TABLE = (
    "Outcomes at week 12. Relapse, n (%): Drug A (n = 40) 12 (30); Placebo (n = 41) 20 (49); "
    "P 0.04. Pain score, mean (SD): Drug A (n = 40) 3.1 (1.2); Placebo (n = 41) 4.0 (1.5)."
)


def _claim(record: Record, outcome: str) -> Claim:
    found = [c for c in record.claims if c.outcome.text.lower().startswith(outcome.lower())]
    assert found, [c.outcome.text for c in record.claims]
    return found[0]


def _values(claim: Claim) -> dict[str, tuple[object, ...]]:
    return {r.arm: (r.n, r.events, r.mean, r.sd) for r in claim.results}


def test_table_rows_reads_caption_sections_rows_and_cells() -> None:
    table = read_table("Scores. Pain. Drug A: Mean 3.1; SD 1.2. Placebo: Mean 4.0; SD 1.5.", 10)
    assert table.caption == "Scores"
    assert [(r.label, r.section) for r in table.rows] == [("Drug A", "Pain"), ("Placebo", "Pain")]
    cell = table.rows[0].cells[1]
    assert (cell.heading, cell.value) == ("SD", "1.2")
    assert table.rows[0].start == 10 + len("Scores. Pain. ")


def test_table_rows_cell_split_keeps_group_size() -> None:
    cell = split_cell("Drug B (n = 52) 13/44", 0)
    assert cell is not None
    assert (cell.heading, cell.value, cell.n) == ("Drug B (n = 52)", "13/44", 52)


@pytest.mark.parametrize(
    ("value", "contexts", "size", "expected"),
    [
        ("12 (30)", ["Drug A", "Relapse, n (%)"], None, CellValue(events=12, percent=30.0)),
        ("3.1 (1.2)", ["Drug A", "Pain, mean (SD)"], None, CellValue(mean=3.1, sd=1.2)),
        ("3.1 ± 1.2", ["Drug A", "Pain"], None, CellValue(mean=3.1, sd=1.2)),
        (
            "4 (2-7)",
            ["Drug A", "Stay, median (IQR)"],
            None,
            CellValue(median=4.0, low=2.0, high=7.0, spread="iqr"),
        ),
        ("9/20", ["Drug A", "Cure"], None, CellValue(events=9, total=20)),
        ("12 (30)", ["Drug A", "Relapse"], 40, CellValue(events=12, percent=30.0)),
        ("12 (31)", ["Drug A", "Relapse"], 40, None),  # explained by nothing, fits no count
        ("12 (31)", ["Drug A", "Relapse"], None, None),
        ("0.9 (0.7-1.2)", ["Drug A", "Relapse"], None, None),  # an interval, not a median
        ("21.5", ["Drug A %", "Relapse"], None, CellValue(percent=21.5)),
        ("1.2", ["SD", "Drug A"], None, CellValue(sd=1.2)),
    ],
)
def test_table_rows_read_value(
    value: str, contexts: list[str], size: int | None, expected: CellValue | None
) -> None:
    assert read_value(value, contexts, size) == expected


def test_tables_tie_arm_named_by_elimination() -> None:
    arms = build_arms(
        [ArmPhrase("the drug A group", 0, 5, 40), ArmPhrase("the control group", 6, 9, None)], {}
    )
    table = read_table("Relapse. Drug A (n = 40): Events 12. Usual care (n = 38): Events 20.")
    tied = tie_arms(table, arms)
    assert tied.arm_of("Drug A (n = 40)") == "arm1"
    assert tied.arm_of("Usual care") == "arm2"


def test_tables_arms_from_sized_headings() -> None:
    text = "Cure: Drug A (n = 40) 12 (30); Drug B (n = 41) 9 (22); Total (n = 81) 21 (26)."
    phrases = arms_from_tables([read_table(text)], text)
    assert [(p.label, p.n) for p in phrases] == [("Drug A", 40), ("Drug B", 41)]


@pytest.mark.parametrize(
    ("caption", "baseline"),
    [
        ("Baseline characteristics of the participants", True),
        ("Demographic data", True),
        ("Laboratory values on admission", True),
        ("Scores at baseline and after 12 weeks", False),
        ("Adverse events", False),
    ],
)
def test_tables_baseline_captions(caption: str, baseline: bool) -> None:
    assert is_baseline(read_table(f"{caption}. Age: Drug A 40.")) is baseline


def test_table_claims_per_row_with_arm_values(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A for relapse",
            ("Methods", "Adults were randomly assigned to drug A (n = 40) or placebo (n = 41)."),
            ("Results", "Relapse was less frequent with drug A."),
            ("Table", _RESULTS_TABLE),
        )
    )
    relapse = _claim(record, "Relapse")
    assert relapse.comparator is not None
    assert _values(relapse) == {"arm1": (40, 12, None, None), "arm2": (41, 20, None, None)}
    assert relapse.p_value is not None and relapse.p_value.value == 0.04
    assert relapse.effect is not None and relapse.effect.source == "computed"
    pain = _claim(record, "Pain score")
    assert _values(pain) == {"arm1": (40, None, 3.1, 1.2), "arm2": (41, None, 4.0, 1.5)}
    for claim in (relapse, pain):
        assert record.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text


def test_table_claims_rows_naming_arms(extractor: Extractor) -> None:
    table = (
        "Scores after treatment. Pain score. Drug A: Mean 3.1; SD 1.2. Placebo: Mean 4.0; SD 1.5."
    )
    record = extractor.extract(
        article(
            "Drug A for pain",
            ("Methods", "Adults were randomly assigned to drug A (n = 40) or placebo (n = 41)."),
            ("Table", table),
        )
    )
    pain = _claim(record, "Pain score")
    assert _values(pain) == {"arm1": (40, None, 3.1, 1.2), "arm2": (41, None, 4.0, 1.5)}


def test_table_claims_arms_from_table_when_text_names_none(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Two dressings",
            ("Results", "Healing was similar."),
            ("Table", "Healing. Healed: Foam (n = 30) 21/30; Gauze (n = 32) 20/32; P 0.7."),
        )
    )
    assert [(a.label, a.n) for a in record.arms] == [("Foam", 30), ("Gauze", 32)]
    healed = _claim(record, "Healed")
    assert _values(healed) == {"arm1": (30, 21, None, None), "arm2": (32, 20, None, None)}
    assert healed.significant is False


def test_table_claims_skip_baseline_tables(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            ("Methods", "Adults were randomly assigned to drug A (n = 40) or placebo (n = 41)."),
            ("Table", "Baseline characteristics. Age, mean (SD): Drug A 51 (9); Placebo 50 (8)."),
        )
    )
    assert not [c for c in record.claims if c.outcome.text.startswith("Age")]


def test_table_claims_size_column_and_percent_only_cells(extractor: Extractor) -> None:
    table = (
        "Response at week 8. Drug A: n 40; Responders (%) 30.0. Placebo: n 41; Responders (%) 22.0."
    )
    record = extractor.extract(
        article(
            "Drug A",
            ("Methods", "Adults were randomly assigned to drug A or placebo."),
            ("Table", table),
        )
    )
    responders = _claim(record, "Responders")
    assert _values(responders) == {"arm1": (40, 12, None, None), "arm2": (41, 9, None, None)}


def test_arms_are_not_read_from_table_rows(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Two dressings",
            ("Results", "Healing was similar."),
            ("Table", "Healing. Group A (n = 30) received foam: Healed 21/30. Total: Healed 40."),
        )
    )
    assert record.arms == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12 (30%)", CellValue(events=12, percent=30.0)),
        ("3.4 (1.2)", CellValue(mean=3.4, sd=1.2)),
        ("4 (2-7)", CellValue(median=4.0, low=2.0, high=7.0, spread="iqr")),
        ("12 (30)", None),  # a count or a mean: nothing tells
    ],
)
def test_table_rows_caption_naming_several_kinds(value: str, expected: CellValue | None) -> None:
    contexts = ["Drug A", "Outcome", "", "Values are mean (SD), n (%) or median (IQR)"]
    assert read_value(value, contexts) == expected


def test_table_claims_count_and_percent_columns(extractor: Extractor) -> None:
    table = "Adverse events. Nausea: Drug A n 6; Drug A % 15.0; Placebo n 0; Placebo % 0; P 0.03."
    record = extractor.extract(
        article(
            "Drug A",
            ("Methods", "Adults were randomly assigned to drug A (n = 40) or placebo (n = 41)."),
            ("Table", table),
        )
    )
    nausea = _claim(record, "Nausea")
    assert _values(nausea) == {"arm1": (40, 6, None, None), "arm2": (41, 0, None, None)}


def test_tables_tie_arm_by_its_group_size() -> None:
    arms = build_arms([ArmPhrase("drug A", 0, 6, 40), ArmPhrase("placebo", 7, 14, 41)], {})
    table = read_table("Cure. Cured: Group 1 (n = 40) 12 (30); Group 2 (n = 41) 9 (22).")
    tied = tie_arms(table, arms)
    assert (tied.arm_of("Group 1 (n = 40)"), tied.arm_of("Group 2 (n = 41)")) == ("arm1", "arm2")


def test_table_claims_complete_a_statement_from_the_agreeing_row(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            ("Methods", "Adults were randomly assigned to drug A or placebo."),
            ("Results", "Remission was more frequent with drug A (47.5%) than placebo (25.0%)."),
            (
                "Table",
                "Outcomes. Remission: Drug A 19/40; Placebo 10/40. Relapse: Drug A 4/40; "
                "Placebo 9/40.",
            ),
        )
    )
    statement = next(c for c in record.claims if c.evidence.text.startswith("Remission was"))
    assert {r.arm: (r.n, r.events, r.percent) for r in statement.results} == {
        "arm1": (40, 19, 47.5),
        "arm2": (40, 10, 25.0),
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30.0% (12)", CellValue(events=12, percent=30.0)),
        ("12 (30%)", CellValue(events=12, percent=30.0)),
        ("12 of 40", CellValue(events=12, total=40)),
        ("12 of 40 (30)", CellValue(events=12, total=40, percent=30.0)),
    ],
)
def test_table_rows_count_forms_without_context(value: str, expected: CellValue) -> None:
    assert read_value(value, ["Drug A", "Cure"]) == expected


def test_table_claims_repeated_arm_rows_start_a_new_block(extractor: Extractor) -> None:
    table = (
        "Scores. Drug A: Pain Mean 3.1; Pain SD 1.2. Placebo: Pain Mean 4.0; Pain SD 1.5. "
        "Drug A: Pain Mean 2.0; Pain SD 0.8. Placebo: Pain Mean 3.5; Pain SD 1.1."
    )
    record = extractor.extract(
        article(
            "Drug A",
            ("Methods", "Adults were randomly assigned to drug A (n = 40) or placebo (n = 41)."),
            ("Table", table),
        )
    )
    pain = [_values(c) for c in record.claims if c.outcome.text == "Pain"]
    assert pain == [
        {"arm1": (40, None, 3.1, 1.2), "arm2": (41, None, 4.0, 1.5)},
        {"arm1": (40, None, 2.0, 0.8), "arm2": (41, None, 3.5, 1.1)},
    ]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("Cure. Cured: Group 1 (n = 40) 12 (30); Group 2 (n = 41) 9 (22).", ("arm1", "arm2")),
        ("Cure. Cured: Controls (n = 41) 9 (22); Group 2 (n = 40) 12 (30).", ("arm2", "arm1")),
    ],
)
def test_tables_tie_two_unnamed_sized_columns(table: str, expected: tuple[str, str]) -> None:
    arms = build_arms([ArmPhrase("drug A", 0, 6, None), ArmPhrase("placebo", 7, 14, None)], {})
    tied = tie_arms(read_table(table), arms)
    first, second = (c.heading for c in tied.table.rows[0].cells[:2])
    assert (tied.arm_of(first), tied.arm_of(second)) == expected


def test_tables_arms_from_unsized_columns_with_a_control() -> None:
    text = "Cure. Cured: Foam 21/30; Placebo 12/32; P 0.02. Pain: Foam 3 (10); Placebo 5 (16)."
    phrases = arms_from_tables([read_table(text)], text)
    assert [(p.label, p.n) for p in phrases] == [("Foam", None), ("Placebo", None)]
    assert arms_from_tables([read_table("Cure. Cured: Foam 21/30; Gauze 12/32.")], "") == []


def test_table_claims_complete_a_statement_from_another_statement_s_counts(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        article(
            "Drug A",
            ("Methods", "Adults were randomly assigned to drug A or placebo."),
            (
                "Results",
                "At 6 months, relapse was rarer with drug A (22%) than with placebo (46%). "
                "Fewer patients relapsed with drug A than with placebo (11/50 vs 28/61, p = 0.01).",
            ),
        )
    )
    statement = next(c for c in record.claims if c.evidence.text.startswith("At 6 months"))
    assert {r.arm: (r.n, r.events, r.percent) for r in statement.results} == {
        "arm1": (50, 11, 22.0),
        "arm2": (61, 28, 46.0),
    }
