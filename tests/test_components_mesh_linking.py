"""MeSH linking of intervention and outcome phrases: record headings first, then the index's
entry terms, with abbreviations defined in the abstract resolved (small invented index)."""

from __future__ import annotations

import pytest

from extractors.components.mesh_linking import MeshLinker
from kg.mesh import Descriptor, MeshIndex
from kg.model import MeshHeading

INDEX = MeshIndex.from_descriptors(
    [
        Descriptor("D900010", "Metformin", ("D02.1",), ("Dimethylbiguanidine",)),
        Descriptor("D900011", "Glycated Hemoglobin", ("D12.1",), ("Hemoglobin A1c", "HbA1c")),
        Descriptor("D900012", "Body Weight", ("G07.1",), ("Weight, Body",)),
        Descriptor("D900013", "Hemoglobins", ("D12.2",), ()),
    ]
)


def test_mesh_linking_record_heading_before_index() -> None:
    linker = MeshLinker(INDEX)
    headings = [MeshHeading(ui="D900013", label="Hemoglobins")]
    assert linker.link(["hemoglobins"], headings, {}) == ["D900013"]


def test_mesh_linking_index_entry_term_when_no_heading_names_it() -> None:
    linker = MeshLinker(INDEX)
    assert linker.link(["hemoglobin A1c"], [], {}) == ["D900011"]
    assert linker.link(["body weight"], [], {}) == ["D900012"]


def test_mesh_linking_resolves_abbreviations() -> None:
    linker = MeshLinker(INDEX)
    assert linker.link(["DMBG"], [], {"DMBG": "dimethylbiguanidine"}) == ["D900010"]


def test_mesh_linking_unknown_phrase_links_nothing() -> None:
    assert MeshLinker(INDEX).link(["quality of sleep"], [], {}) == []
    assert MeshLinker(None).link(["metformin"], [], {}) == []


def test_linker_lookups_are_remembered_up_to_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server extracts without end: the look-ups it remembers start again at the bound."""
    import extractors.components.mesh_linking as linking

    monkeypatch.setattr(linking, "_MAX_LOOKUPS", 3)
    linker = MeshLinker(MeshIndex.from_descriptors([Descriptor("D900005", "Asthma", (), ())]))
    for phrase in ("asthma", "a", "b", "c", "d", "asthma"):
        linker.lookup(phrase)
        assert len(linker._lookups) <= 3
    assert linker.lookup("Asthma") == "D900005"
