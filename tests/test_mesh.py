"""Tests of the MeSH index (kg.mesh) and its file readers (kg.mesh_loaders).

Fixtures in tests/fixtures/mesh are invented miniatures of the real formats (real UI codes,
made-up entries); the tests at the end read the real vocabularies under ../shared/data.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import time
from pathlib import Path

import pytest

import kg.mesh
import kg.mesh_loaders
from kg.errors import MeshIndexError
from kg.mesh import (
    FEMALE,
    HUMANS,
    MICE,
    Descriptor,
    MeshIndex,
    default_cache_dir,
    natural_order,
    normalise_term,
)
from kg.model import MeshHeading
from tests.conftest import FIXTURES, shared_path

MESH_FIXTURES = FIXTURES / "mesh"
TSV = MESH_FIXTURES / "descriptors.tsv"
XML = MESH_FIXTURES / "desc_tiny.xml"
CSV = MESH_FIXTURES / "subjects.csv"

JOINT_DISEASES, ARTHRITIS, RA, EXPERIMENTAL = "D007592", "D001168", "D001172", "D001169"
WANDERING, JOINT_STIFFNESS, IFN_GAMMA = "D900001", "D900002", "D007371"


@pytest.fixture(scope="module")
def index() -> MeshIndex:
    return MeshIndex.load(TSV)


# --- normalisation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Arthritis,  Rheumatoid", "arthritis rheumatoid"),
        ("  ARTHRITIS , rheumatoid ", "arthritis rheumatoid"),
        ("Interferon-gamma", "interferon gamma"),
        ("Interferon–gamma", "interferon gamma"),  # en dash
        ("Interferon‑gamma", "interferon gamma"),  # non-breaking hyphen
        ("Interferon-γ", "interferon gamma"),
        ("ＩＦＮ", "ifn"),  # full-width letters (NFKC)
        ("Sjögren's Syndrome", "sjogrens syndrome"),
        ("Crohn’s disease", "crohns disease"),
        ("Cytochromes c'", "cytochromes c'"),  # a prime, not a possessive
        ("Vitamin B 1.5 mg", "vitamin b 1.5 mg"),
        ("St. John's Wort", "st johns wort"),
        ("Man (Taxonomy)", "man taxonomy"),
        ("", ""),
        # already keys, or nearly (a key is returned as it is without the steps)
        ("vitamin d3 2 mg", "vitamin d3 2 mg"),
        ("vitamin  d3", "vitamin d3"),
        (" vitamin d3", "vitamin d3"),
        ("vitamin d3\n", "vitamin d3"),
        ("vitamin D3", "vitamin d3"),
        ("vitamin_d3", "vitamin d3"),
        ("ﬁbrosis", "fibrosis"),  # a ligature (NFKC)
    ],
)
def test_mesh_normalise_term(raw: str, key: str) -> None:
    assert normalise_term(raw) == key


def test_mesh_natural_order_reverses_inverted_headings() -> None:
    assert natural_order("Arthritis, Rheumatoid") == "Rheumatoid Arthritis"
    assert natural_order("Leukemia, Myeloid, Acute") == "Acute Myeloid Leukemia"
    assert natural_order("Arthritis") is None
    assert natural_order("Acid, 5-(methyl)-2-oxo") is None  # chemical names stay as they are


# --- lookups ------------------------------------------------------------------------------


def test_mesh_lookup_heading_name(index: MeshIndex) -> None:
    assert index.lookup("Arthritis, Rheumatoid") == RA
    assert index.lookup("Arthritis") == ARTHRITIS
    assert index.lookup("Interferon-gamma") == IFN_GAMMA


def test_mesh_lookup_entry_term(index: MeshIndex) -> None:
    assert index.lookup("Rheumatoid Polyarthritis") == RA
    assert index.lookup("Immune Interferon") == IFN_GAMMA
    assert index.lookup("Homo sapiens") == HUMANS


def test_mesh_lookup_inverted_order(index: MeshIndex) -> None:
    assert index.lookup("rheumatoid arthritis") == RA
    assert index.lookup("experimental arthritis") == EXPERIMENTAL  # natural order of the name
    assert index.lookup("collagen-induced arthritis") == EXPERIMENTAL  # ... of an entry term
    assert index.lookup("Wandering Synovitis") == WANDERING


@pytest.mark.parametrize(
    "variant",
    [
        "ARTHRITIS, RHEUMATOID",
        "arthritis rheumatoid",
        "Arthritis ,Rheumatoid",
        "RHEUMATOID-ARTHRITIS",
    ],
)
def test_mesh_lookup_ignores_case_and_punctuation(index: MeshIndex, variant: str) -> None:
    assert index.lookup(variant) == RA


def test_mesh_lookup_greek_and_dash_variants(index: MeshIndex) -> None:
    assert index.lookup("interferon γ") == IFN_GAMMA
    assert index.lookup("Interferon—Gamma") == IFN_GAMMA
    assert index.lookup("gamma interferon") == IFN_GAMMA


def test_mesh_lookup_ambiguous_entry_term_is_none(index: MeshIndex) -> None:
    # "Joint Stiffness Syndrome" is an entry term of two descriptors: no guess.
    assert index.lookup("Joint Stiffness Syndrome") is None
    assert index.resolve("joint stiffness syndrome") is None


def test_mesh_lookup_preferred_name_wins_over_entry_term(index: MeshIndex) -> None:
    # "Joint Stiffness" is D900002's name and an entry term of D900001.
    assert index.lookup("Joint Stiffness") == JOINT_STIFFNESS


def test_mesh_lookup_ambiguous_preferred_names_is_none() -> None:
    twins = MeshIndex.from_descriptors(
        [Descriptor("D900010", "Glow Score"), Descriptor("D900011", "Glow-Score")]
    )
    assert twins.lookup("glow score") is None


def test_mesh_lookup_unknown_or_blank_is_none(index: MeshIndex) -> None:
    assert index.lookup("Arthritis, Imaginary") is None
    assert index.lookup("") is None
    assert index.lookup("  , - ") is None


def test_mesh_empty_index_resolves_nothing() -> None:
    empty = MeshIndex()
    assert len(empty) == 0
    assert empty.lookup("Arthritis, Rheumatoid") is None
    assert empty.resolve("Humans") is None
    assert empty.resolve(HUMANS) is None
    assert empty.label(RA) is None
    assert empty.descendants(RA) == []
    assert list(empty.terms()) == []
    heading = MeshHeading(label="Humans")
    assert empty.resolve_headings([heading]) == [heading]


# --- resolve ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "ui"),
    [
        ("Arthritis, Rheumatoid / therapy*", RA),
        ("Arthritis, Rheumatoid/drug therapy/immunology", RA),
        ("*Arthritis, Rheumatoid", RA),
        ("Interferon-gamma / therapeutic use*", IFN_GAMMA),
        ("Humans", HUMANS),
        ("D001172", RA),
        ("D999999", None),  # a well-formed UI that is not in the index
        ("Nonexistent Heading / methods", None),
    ],
)
def test_mesh_resolve_page_text_residue(index: MeshIndex, label: str, ui: str | None) -> None:
    assert index.resolve(label) == ui


def test_mesh_resolve_headings_fills_missing_ui_and_keeps_given(index: MeshIndex) -> None:
    headings = [
        MeshHeading(label="Arthritis, Rheumatoid", major=True, qualifiers=["therapy"]),
        MeshHeading(ui="D000001", label="Humans"),  # a given UI is kept, even if it differs
        MeshHeading(label="Not A Heading"),
    ]
    resolved = index.resolve_headings(headings)
    assert [h.ui for h in resolved] == [RA, "D000001", None]
    assert resolved[0].major is True and resolved[0].qualifiers == ["therapy"]
    assert headings[0].ui is None  # the input is not modified
    assert resolved[0] is not headings[0]
    assert resolved[0].qualifiers is not headings[0].qualifiers


def test_mesh_check_tag_constants() -> None:
    assert (HUMANS, MICE, FEMALE) == ("D006801", "D051379", "D005260")
    assert kg.mesh.ANIMALS == "D000818"
    assert kg.mesh.RATS == "D051381"
    assert kg.mesh.MALE == "D008297"


# --- descriptors and trees ----------------------------------------------------------------


def test_mesh_descriptor_fields(index: MeshIndex) -> None:
    assert len(index) == 8
    assert RA in index and "D999999" not in index
    assert index.label(RA) == "Arthritis, Rheumatoid"
    assert index.tree_numbers(RA) == ("C05.550.114.154", "C20.111.199")
    assert "Rheumatoid Arthritis" in index.entry_terms(RA)
    assert index.descriptor(RA) == Descriptor(
        RA,
        "Arthritis, Rheumatoid",
        ("C05.550.114.154", "C20.111.199"),
        ("Rheumatoid Arthritis", "Rheumatoid Polyarthritis", "Joint Stiffness Syndrome"),
    )
    assert index.label("D999999") is None
    assert index.tree_numbers("D999999") == ()
    assert index.entry_terms("D999999") == ()


def test_mesh_ui_for_tree(index: MeshIndex) -> None:
    assert index.ui_for_tree("C05.550.114.154") == RA
    assert index.ui_for_tree("C20.111.199") == RA
    assert index.ui_for_tree("C99") is None


def test_mesh_descendants_include_self_and_subtree(index: MeshIndex) -> None:
    assert index.descendants(ARTHRITIS) == sorted([ARTHRITIS, RA, EXPERIMENTAL, JOINT_STIFFNESS])
    assert index.descendants(RA) == sorted([RA, JOINT_STIFFNESS])
    assert index.descendants(JOINT_STIFFNESS) == [JOINT_STIFFNESS]
    assert WANDERING in index.descendants(JOINT_DISEASES)
    assert index.descendants("D999999") == []


def test_mesh_descendants_respect_tree_number_boundaries() -> None:
    # C05.550.11 is not an ancestor of C05.550.114: prefixes end at a dot.
    idx = MeshIndex.from_descriptors(
        [
            Descriptor("D900020", "Parent", ("C05.550.11",)),
            Descriptor("D900021", "Other", ("C05.550.114",)),
        ]
    )
    assert idx.descendants("D900020") == ["D900020"]
    assert idx.ancestors("D900021") == []


def test_mesh_ancestors(index: MeshIndex) -> None:
    assert index.ancestors(JOINT_STIFFNESS) == sorted([JOINT_DISEASES, ARTHRITIS, RA])
    assert index.ancestors(RA) == sorted([JOINT_DISEASES, ARTHRITIS])
    assert index.ancestors(JOINT_DISEASES) == []
    assert index.ancestors("D999999") == []


def test_mesh_is_in_category(index: MeshIndex) -> None:
    assert index.is_in_category(RA, "C")
    assert index.is_in_category(RA, "C05")
    assert index.is_in_category(RA, "C20.111.199")
    assert not index.is_in_category(RA, "C0")  # not a whole tree number
    assert not index.is_in_category(RA, "D")
    assert index.is_in_category(IFN_GAMMA, "D")
    assert not index.is_in_category(HUMANS, "C")
    assert not index.is_in_category("D999999", "C")
    assert not index.is_in_category(RA, "")


def test_mesh_terms_are_resolvable_pairs(index: MeshIndex) -> None:
    pairs = dict(index.terms())
    assert pairs["arthritis rheumatoid"] == RA
    assert pairs["rheumatoid arthritis"] == RA
    assert pairs["joint stiffness"] == JOINT_STIFFNESS
    assert "joint stiffness syndrome" not in pairs  # ambiguous
    for key, ui in pairs.items():
        assert key == normalise_term(key)
        assert index.lookup(key) == ui


# --- file formats -------------------------------------------------------------------------


def test_mesh_xml_loader_reads_descriptors_and_all_concept_terms() -> None:
    idx = MeshIndex.load(XML)
    assert len(idx) == 5
    assert idx.label(MICE) == "Mice"
    assert idx.lookup("mouse") == MICE
    assert idx.lookup("Rheumatoid Knee Flare") == RA  # a term of a narrower concept
    assert idx.lookup("rheumatoid arthritis") == RA
    assert idx.lookup("Not This Name") is None  # nested DescriptorName is not the record's
    assert "D999999" not in idx
    assert idx.tree_numbers(RA) == ("C05.550.114.154", "C20.111.199")
    assert idx.entry_terms(RA) == ("Rheumatoid Arthritis", "Rheumatoid Knee Flare")
    assert idx.tree_numbers("D900004") == ()
    assert idx.lookup("Glimmer Test, Cartilage") == "D900004"
    assert idx.lookup("females") == FEMALE


def test_mesh_xml_gzip_is_read(tmp_path: Path) -> None:
    gz = tmp_path / "desc_tiny.xml.gz"
    gz.write_bytes(gzip.compress(XML.read_bytes()))
    assert MeshIndex.load(gz).lookup("Animalia") == kg.mesh.ANIMALS


def test_mesh_xml_entities_are_not_expanded(tmp_path: Path) -> None:
    bomb = tmp_path / "entities.xml"
    bomb.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE DescriptorRecordSet [<!ENTITY x "Expanded">]>\n'
        "<DescriptorRecordSet><DescriptorRecord><DescriptorUI>D900030</DescriptorUI>"
        "<DescriptorName><String>Plain &x;</String></DescriptorName></DescriptorRecord>"
        "</DescriptorRecordSet>\n",
        encoding="utf-8",
    )
    idx = MeshIndex.load(bomb)
    assert "Expanded" not in (idx.label("D900030") or "")


def test_mesh_invenio_csv_loader() -> None:
    idx = MeshIndex.load(CSV)
    assert len(idx) == 3
    assert idx.lookup("rheumatoid arthritis") == RA
    assert idx.lookup("Nocturnal Tendon Glow") == "D900003"
    assert idx.tree_numbers(RA) == ()


def test_mesh_load_merges_several_files() -> None:
    idx = MeshIndex.load([TSV, XML, CSV])
    assert len(idx) == 8 + 4 + 1  # D001172 is in all three, D051379 in XML and CSV
    assert idx.lookup("Mus") == MICE
    assert idx.lookup("Rheumatoid Knee Flare") == RA
    assert idx.lookup("Rheumatoid Polyarthritis") == RA
    assert idx.lookup("Tendon Glow, Nocturnal") == "D900003"
    assert idx.descendants(RA) == sorted([RA, JOINT_STIFFNESS])
    assert idx.lookup("Joint Stiffness Syndrome") is None  # still ambiguous after merging


def test_mesh_merge_unites_records_of_the_same_ui() -> None:
    idx = MeshIndex.from_descriptors([Descriptor("D900040", "Old Name", ("C01",), ("Alias",))])
    idx.merge(MeshIndex.from_descriptors([Descriptor("D900040", "New Name", ("C02",))]))
    assert idx.label("D900040") == "Old Name"
    assert idx.tree_numbers("D900040") == ("C01", "C02")
    assert idx.lookup("new name") == "D900040"
    assert idx.ui_for_tree("C02") == "D900040"


def test_mesh_tsv_with_tree_location_rows_is_merged(tmp_path: Path) -> None:
    trees = tmp_path / "trees.tsv"
    trees.write_text(
        "DescriptorUI\tDescriptorName\ttree_location\tcode\n"
        "D900050\tSpark Index\tE01.100\tE\n"
        "D900050\tSpark Index\tE02.200\tE\n",
        encoding="utf-8",
    )
    idx = MeshIndex.load(trees)
    assert len(idx) == 1
    assert idx.tree_numbers("D900050") == ("E01.100", "E02.200")


# --- errors -------------------------------------------------------------------------------


def test_mesh_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(MeshIndexError, match="not found"):
        MeshIndex.load(tmp_path / "desc2099.xml")


def test_mesh_malformed_xml_raises(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text(XML.read_text(encoding="utf-8")[:1500], encoding="utf-8")
    with pytest.raises(MeshIndexError, match=r"malformed MeSH XML in .*broken\.xml"):
        MeshIndex.load(broken)


def test_mesh_truncated_gzip_raises(tmp_path: Path) -> None:
    gz = tmp_path / "desc.xml.gz"
    gz.write_bytes(gzip.compress(XML.read_bytes())[:200])
    with pytest.raises(MeshIndexError, match=r"desc\.xml\.gz"):
        MeshIndex.load(gz)


def test_mesh_xml_without_descriptors_raises(tmp_path: Path) -> None:
    other = tmp_path / "pubmed.xml"
    other.write_text("<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>", encoding="utf-8")
    with pytest.raises(MeshIndexError, match="no MeSH descriptors"):
        MeshIndex.load(other)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty"),
        ("just some text\n", "unknown MeSH file format"),
        ("DescriptorUI\tDescriptorName\nX12\tBad UI\n", "not a MeSH UI"),
        ("DescriptorUI\tDescriptorName\tEntryTerms\nD900060\n", "columns"),
        ("DescriptorUI\tDescriptorName\nD900061\t \n", "empty DescriptorName"),
        ("DescriptorUI\tDescriptorName\n", "no MeSH descriptors"),
    ],
)
def test_mesh_bad_tables_raise(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(MeshIndexError, match=message):
        MeshIndex.load(bad)


def test_mesh_load_without_files_raises() -> None:
    with pytest.raises(MeshIndexError, match="no MeSH file"):
        MeshIndex.load([])


# --- category headings from jaytimm's tree table -------------------------------------------

CARDIOVASCULAR, HEART_DISEASES, ISCHEMIA, INFARCTION = "D002318", "D006331", "D017202", "D009203"
DENTISTRY, POLISHING = "D003813", "D900201"
# Rows of an invented compact TSV (real UIs and names where MeSH has them): the category
# headings Cardiovascular Diseases (C14) and Dentistry (E06) have no tree number of theirs.
COMPACT = [
    (CARDIOVASCULAR, "Cardiovascular Diseases", "Cardiac Events", ""),
    (HEART_DISEASES, "Heart Diseases", "Cardiac Diseases", "C14.280"),
    (ISCHEMIA, "Myocardial Ischemia", "", "C14.280.647"),
    (INFARCTION, "Myocardial Infarction", "Heart Attack", "C14.280.647.500|C14.907.585.500"),
    ("D014652", "Vascular Diseases", "", "C14.907"),
    (DENTISTRY, "Dentistry", "", "H02.163"),
    (POLISHING, "Glow Polishing", "", "E06.900"),
    (HUMANS, "Humans", "", "B01.050.150.900.649.313.988.400.112.400.400"),
]
CATEGORIES = {"C14": "Cardiovascular Diseases", "E06": "Dentistry", "H02": "Health Occupations"}
HEADER = "DescriptorUI\tDescriptorName\ttree_location\tcode\tcats\tmesh1\tmesh2\ttree1\ttree2"


def table_row(ui: str, name: str, location: str, heading: str, code: str) -> str:
    """A tree table row: ``location`` is one tree number of ``ui``, ``code`` its category."""
    return "\t".join((ui, name, location, location[:1], "Cats", heading, "Sub", code, location))


def write_mesh_pair(folder: Path, table_rows: list[str] | None = None) -> Path:
    """``COMPACT`` as ``folder/mesh_descriptors_compact.tsv``, beside a tree table of its tree
    numbers (``table_rows`` instead, header included, if given); the compact file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    compact = folder / "mesh_descriptors_compact.tsv"
    lines = ["DescriptorUI\tDescriptorName\tEntryTerms\tTreeNumbers"]
    lines += ["\t".join(row) for row in COMPACT]
    compact.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if table_rows is None:
        table_rows = [HEADER]
        for ui, name, _terms, trees in COMPACT:
            for tree in filter(None, trees.split("|")):
                heading = CATEGORIES.get(tree[:3], "Other")
                table_rows.append(table_row(ui, name, tree, heading, tree[:3]))
    (folder / "mesh_tree_numbers.tsv").write_text("\n".join(table_rows) + "\n", encoding="utf-8")
    return compact


def test_mesh_tree_table_gives_category_headings_their_codes(tmp_path: Path) -> None:
    index = MeshIndex.load(write_mesh_pair(tmp_path / "with"))
    assert index.tree_numbers(CARDIOVASCULAR) == ("C14",)
    assert index.ui_for_tree("C14") == CARDIOVASCULAR
    below = [HEART_DISEASES, ISCHEMIA, INFARCTION, "D014652"]
    assert index.descendants(CARDIOVASCULAR) == sorted([CARDIOVASCULAR, *below])
    assert index.ancestors(INFARCTION) == sorted(
        [CARDIOVASCULAR, HEART_DISEASES, ISCHEMIA, "D014652"]
    )
    assert index.is_in_category(CARDIOVASCULAR, "C")
    # a heading filed elsewhere too keeps its tree number and gets its category code
    assert index.tree_numbers(DENTISTRY) == ("H02.163", "E06")
    assert index.ancestors(POLISHING) == [DENTISTRY]
    # a heading the compact file lacks (Health Occupations) adds nothing; lookups are as before
    assert index.ui_for_tree("H02") is None
    assert index.lookup("cardiac events") == CARDIOVASCULAR


def test_mesh_without_a_tree_table_category_headings_stay_without_codes(tmp_path: Path) -> None:
    compact = write_mesh_pair(tmp_path / "with")
    alone = tmp_path / "alone" / "descriptors.tsv"
    alone.parent.mkdir()
    shutil.copy(compact, alone)
    index = MeshIndex.load(alone)
    assert index.tree_numbers(CARDIOVASCULAR) == ()
    assert index.descendants(CARDIOVASCULAR) == [CARDIOVASCULAR]
    assert index.ancestors(INFARCTION) == sorted([HEART_DISEASES, ISCHEMIA, "D014652"])


MI_ROW = (INFARCTION, "Myocardial Infarction", "C14.280.647.500", "Cardiovascular Diseases")


@pytest.mark.parametrize(
    "rows",
    [
        [HEADER, table_row(*MI_ROW, "C15")],
        [HEADER, table_row(*MI_ROW, "C14.280")],
        [HEADER, table_row(*MI_ROW, "C14").rsplit("\t", 3)[0]],
        [
            HEADER,
            table_row(*MI_ROW, "C14"),
            table_row(
                "D999999", "Cardiovascular Diseases", "C14", "Cardiovascular Diseases", "C14"
            ),
        ],
        [
            HEADER,
            table_row(*MI_ROW, "C14"),
            table_row(
                CARDIOVASCULAR, "Cardiovascular Diseases", "C14", "Cardiovascular Diseases", "C14"
            ),
            table_row(
                "D999999", "Cardiovascular Diseases", "C14", "Cardiovascular Diseases", "C14"
            ),
        ],
        [
            "DescriptorUI\tDescriptorName\ttree_location",
            f"{INFARCTION}\tMyocardial Infarction\tC14",
        ],
        [],
        ["\x00\xff garbage \t\t\t"],
    ],
    ids=[
        *("code-not-above", "not-a-code", "short-row", "other-ui", "two-uis", "no-columns"),
        *("empty", "garbage"),
    ],
)
def test_mesh_tree_table_rows_that_do_not_fit_add_nothing(tmp_path: Path, rows: list[str]) -> None:
    index = MeshIndex.load(write_mesh_pair(tmp_path, rows))
    assert index.tree_numbers(CARDIOVASCULAR) == ()
    assert len(index) == len(COMPACT)


def test_mesh_tree_table_heading_of_its_own_ui_gets_the_code(tmp_path: Path) -> None:
    own = table_row(
        CARDIOVASCULAR, "Cardiovascular Diseases", "C14", "Cardiovascular Diseases", "C14"
    )
    index = MeshIndex.load(write_mesh_pair(tmp_path, [HEADER, table_row(*MI_ROW, "C14"), own]))
    assert index.tree_numbers(CARDIOVASCULAR) == ("C14",)


def test_mesh_tree_table_unreadable_adds_nothing(tmp_path: Path) -> None:
    compact = write_mesh_pair(tmp_path)
    (tmp_path / "mesh_tree_numbers.tsv").write_bytes(b"\x1f\x8b not really gzip")
    assert MeshIndex.load(compact).tree_numbers(CARDIOVASCULAR) == ()


# --- cache --------------------------------------------------------------------------------


def _forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(path: Path) -> list[Descriptor]:
        raise AssertionError(f"parsed {path} although a valid cache exists")

    monkeypatch.setattr("kg.mesh.read_descriptors", fail)


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    real = kg.mesh_loaders.read_descriptors

    def counting(path: Path) -> list[Descriptor]:
        parsed.append(path)
        return real(path)

    monkeypatch.setattr("kg.mesh.read_descriptors", counting)
    return parsed


def test_mesh_cache_is_written_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, cache = tmp_path / "descriptors.tsv", tmp_path / "cache"
    shutil.copy(TSV, source)
    first = MeshIndex.load(source, cache_dir=cache)
    files = list(cache.iterdir())
    assert len(files) == 1 and files[0].suffix == ".pickle"  # no temp file left behind
    _forbid_parsing(monkeypatch)
    second = MeshIndex.load(source, cache_dir=cache)
    assert len(second) == len(first)
    assert dict(second.terms()) == dict(first.terms())
    assert second.descendants(ARTHRITIS) == first.descendants(ARTHRITIS)


def test_mesh_cache_is_rebuilt_when_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, cache = tmp_path / "descriptors.tsv", tmp_path / "cache"
    shutil.copy(TSV, source)
    assert MeshIndex.load(source, cache_dir=cache).lookup("Glow Spot") is None
    with source.open("a", encoding="utf-8") as fh:
        fh.write("D900070\tGlow Spot\t\tC99.001\n")
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    parsed = _count_parses(monkeypatch)
    assert MeshIndex.load(source, cache_dir=cache).lookup("Glow Spot") == "D900070"
    assert parsed == [source]
    assert MeshIndex.load(source, cache_dir=cache).lookup("Glow Spot") == "D900070"
    assert parsed == [source]  # the rebuilt cache is used again
    assert len(list(cache.iterdir())) == 1


def test_mesh_cache_is_rebuilt_when_the_tree_table_comes_or_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compact, cache = write_mesh_pair(tmp_path / "mesh"), tmp_path / "cache"
    table = compact.with_name("mesh_tree_numbers.tsv")
    kept = table.rename(tmp_path / "table.tsv")
    assert MeshIndex.load(compact, cache_dir=cache).tree_numbers(CARDIOVASCULAR) == ()
    kept.rename(table)
    parsed = _count_parses(monkeypatch)
    assert MeshIndex.load(compact, cache_dir=cache).tree_numbers(CARDIOVASCULAR) == ("C14",)
    assert MeshIndex.load(compact, cache_dir=cache).tree_numbers(CARDIOVASCULAR) == ("C14",)
    assert parsed == [compact]  # rebuilt once, then read from the cache
    table.unlink()
    assert MeshIndex.load(compact, cache_dir=cache).tree_numbers(CARDIOVASCULAR) == ()
    assert parsed == [compact, compact]


@pytest.mark.parametrize(
    "garbage",
    [b"", b"not a pickle at all", b"\x80\x05\x95\x10\x00", b"cos\nsystem\n(S'true'\ntR."],
)
def test_mesh_corrupt_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, garbage: bytes
) -> None:
    cache = tmp_path / "cache"
    MeshIndex.load(TSV, cache_dir=cache)
    (cache_file,) = cache.iterdir()
    cache_file.write_bytes(garbage)
    parsed = _count_parses(monkeypatch)
    assert MeshIndex.load(TSV, cache_dir=cache).lookup("rheumatoid arthritis") == RA
    assert len(parsed) == 1
    assert cache_file.read_bytes() != garbage


def test_mesh_unwritable_cache_dir_still_loads(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    assert MeshIndex.load(TSV, cache_dir=blocker / "cache").lookup("Humans") == HUMANS


def test_mesh_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EVG_CACHE_DIR", str(tmp_path / "evg"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "evg"
    monkeypatch.delenv("EVG_CACHE_DIR")
    assert default_cache_dir() == tmp_path / "xdg" / "evidence-graph"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "evidence-graph"


# --- the real vocabularies in ../shared/data ----------------------------------------------


@pytest.fixture(scope="module")
def real_tsv() -> Path:
    return shared_path("mesh", "jaytimm_mesh2024", "mesh_descriptors_compact.tsv")


@pytest.fixture(scope="module")
def real_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mesh-cache")


@pytest.fixture(scope="module")
def real_index(real_tsv: Path, real_cache: Path) -> MeshIndex:
    return MeshIndex.load(real_tsv, cache_dir=real_cache)


@pytest.mark.parametrize(
    ("name", "ui"),
    [
        ("Arthritis, Rheumatoid", "D001172"),
        ("rheumatoid arthritis", "D001172"),
        ("Mesenchymal Stem Cell Transplantation", "D045164"),
        ("Interferon-gamma", "D007371"),
        ("interferon gamma", "D007371"),
        ("Humans", HUMANS),
        ("Mice", MICE),
        ("Arthritis, Experimental", "D001169"),
    ],
)
def test_mesh_real_tsv_lookups(real_index: MeshIndex, name: str, ui: str) -> None:
    assert real_index.lookup(name) == ui


def test_mesh_real_tsv_collagen_induced_arthritis_is_experimental(real_index: MeshIndex) -> None:
    experimental = real_index.lookup("Arthritis, Experimental")
    assert experimental is not None
    assert "Arthritis, Collagen-Induced" in real_index.entry_terms(experimental)
    assert real_index.lookup("collagen-induced arthritis") == experimental


def test_mesh_real_tsv_trees(real_index: MeshIndex) -> None:
    assert real_index.is_in_category("D001172", "C")
    arthritis = real_index.lookup("Arthritis")
    assert arthritis is not None
    assert {"D001172", "D001169"} <= set(real_index.descendants(arthritis))
    assert arthritis in real_index.ancestors("D001172")


def test_mesh_real_seed_mesh_terms_all_resolve(real_index: MeshIndex) -> None:
    page = shared_path("seed", "pubmed-32561603.txt").read_text(encoding="utf-8")
    section = page.split("MeSH terms", 1)[1].split("Substances", 1)[0]
    labels = [m.group(1).strip() for m in re.finditer(r"^\s*[•*-]\s+(.+)$", section, re.M)]
    assert len(labels) == 15
    unresolved = [label for label in labels if real_index.resolve(label) is None]
    assert unresolved == []
    assert real_index.resolve("Arthritis, Rheumatoid / therapy*") == "D001172"


def test_mesh_real_cached_load_is_fast(real_tsv: Path, real_cache: Path) -> None:
    MeshIndex.load(real_tsv, cache_dir=real_cache)  # make sure the cache exists
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        idx = MeshIndex.load(real_tsv, cache_dir=real_cache)
        timings.append(time.perf_counter() - started)
    assert len(idx) > 30_000
    assert min(timings) < 0.5, f"cached loads took {timings}"


def test_mesh_real_invenio_csv_merges_with_tsv(real_tsv: Path, real_cache: Path) -> None:
    csv_path = shared_path("mesh", "invenio_mesh_lite_2026", "subjects_mesh.csv")
    alone = MeshIndex.load(csv_path, cache_dir=real_cache)
    assert alone.lookup("Arthritis, Rheumatoid") == "D001172"
    merged = MeshIndex.load([real_tsv, csv_path], cache_dir=real_cache)
    assert len(merged) >= len(alone)
    assert merged.lookup("rheumatoid arthritis") == "D001172"


def test_mesh_real_category_headings_have_their_codes(real_index: MeshIndex) -> None:
    # the compact file gives Cardiovascular Diseases no tree number; the tree table beside it
    # names it as C14
    assert real_index.tree_numbers(CARDIOVASCULAR) == ("C14",)
    assert HEART_DISEASES in real_index.descendants(CARDIOVASCULAR)
    assert CARDIOVASCULAR in real_index.ancestors(INFARCTION)
    assert real_index.lookup("Mental Disorders") in real_index.ancestors(
        real_index.lookup("Depressive Disorder, Major") or ""
    )
