"""brat standoff parsing on an invented snippet."""

from __future__ import annotations

import logging

import pytest

from extractors.evaluation.brat import parse_ann

SNIPPET = (
    "T1\tintervention 10 22\tnightly walks\n"
    "T2\tiv-bin-abs 40 45\tNine;\n"
    "T3\tcv-cont-mean 50 53;60 64\t4.1 12.0\n"
    "R1\tRel Arg1:T1 Arg2:T2\n"
    "#1\tAnnotatorNotes T1\tinvented\n"
    "A1\tNegated T1\n"
    "T4\tbroken line without offsets\n"
    "T5\ttotal-participants 0 6\tSixty\tpatients\n"
)


def test_brat_parses_text_bound_entities() -> None:
    entities = parse_ann(SNIPPET)
    assert [e.id for e in entities] == ["T1", "T2", "T3", "T5"]
    first = entities[0]
    assert (first.label, first.start, first.end, first.text) == (
        "intervention",
        10,
        22,
        "nightly walks",
    )
    assert entities[1].text == "Nine;"


def test_brat_discontinuous_entity_keeps_fragments() -> None:
    entity = parse_ann(SNIPPET)[2]
    assert entity.fragments == ((50, 53), (60, 64))
    assert (entity.start, entity.end) == (50, 64)


def test_brat_text_may_hold_tabs() -> None:
    assert parse_ann(SNIPPET)[3].text == "Sixty\tpatients"


def test_brat_malformed_line_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="extractors.evaluation.brat"):
        parse_ann(SNIPPET, source="invented.ann")
    assert "invented.ann line 7" in caplog.text
