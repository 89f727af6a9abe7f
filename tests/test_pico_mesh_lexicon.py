"""The tagger's MeSH lexicon: which names it keeps, how a Doc is matched against them, and
that a saved model carries it."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import numpy
import pytest
import spacy

from extractors.pico import mesh_lexicon
from extractors.pico.architectures import position_hash_embed
from extractors.pico.mesh_lexicon import (
    MULTI_WORD,
    TREE_LETTERS,
    category_mask,
    mesh_classes,
    phrase_table,
)
from extractors.pico.training import (
    CONFIG,
    MESH_FILE,
    TrainingDataError,
    mesh_file,
    uses_lexicon,
)

# made-up descriptors in the jaytimm TSV layout
TSV = """DescriptorUI\tDescriptorName\tEntryTerms\tTreeNumbers
D900001\tZelmoxan\tZelmoxan Hydrochloride|Acid, Zelmoxanic\tD02.100.200
D900002\tPlacebos\tSham Treatment\tD26.660|E05.700
D900003\tGlobular Gout\tGout, Globular|Type 2 Globular Gout\tC05.550.114
D900004\tGout\t\tC05.550
D900005\tFrailty Care\t\t
D900006\tZelmoxan\t\tE02.319
D900007\t123\t\tD01.001
"""

C, D, E = (1 << TREE_LETTERS.index(letter) for letter in "CDE")


def lexicon_file(tmp_path: Path) -> Path:
    path = tmp_path / "mesh.tsv"
    path.write_text(TSV, encoding="utf-8")
    return path


def classes_of(model: object, text: str) -> list[int]:
    doc = spacy.blank("en").make_doc(text)
    (ids,) = model.predict([doc])  # type: ignore[attr-defined]
    assert ids.shape == (len(doc), 1)
    return [int(value) for value in ids[:, 0]]


def test_category_mask_sets_one_bit_per_tree_letter() -> None:
    assert category_mask(("C05.550", "D02.100", "C14")) == C | D
    assert category_mask(()) == 0
    assert category_mask(("", "X99")) == 0


def test_phrase_table_keeps_running_text_names_with_their_categories(tmp_path: Path) -> None:
    table = phrase_table(lexicon_file(tmp_path))
    assert len(table.words) == int(table.lengths.sum())
    assert len(table.lengths) == len(table.classes)
    model = mesh_classes(str(lexicon_file(tmp_path)))
    # a name under two descriptors gets both; a plural name also matches without its "s"
    assert classes_of(model, "zelmoxan placebo placebos") == [D | E, D | E, D | E]
    # permuted entry terms ("Acid, Zelmoxanic"), tree-less descriptors and digit-only
    # names are left out
    assert classes_of(model, "acid , zelmoxanic frailty care 123") == [0] * 6


def test_the_longest_name_wins_and_marks_every_word(tmp_path: Path) -> None:
    model = mesh_classes(str(lexicon_file(tmp_path)))
    text = "Zelmoxan hydrochloride for type 2 globular gout or gout"
    assert classes_of(model, text) == [
        D | MULTI_WORD,
        D | MULTI_WORD,
        0,
        *[C | MULTI_WORD] * 4,
        0,
        C,
    ]
    assert classes_of(model, "") == []


def test_a_word_tries_only_the_lengths_of_the_names_it_starts(tmp_path: Path) -> None:
    # "type" starts one name, of four words: a shorter run, or one cut by the end of the
    # text, is no name; "globular gout" inside it still is one
    model = mesh_classes(str(lexicon_file(tmp_path)))
    assert classes_of(model, "type 2 gout") == [0, 0, C]
    assert classes_of(model, "type 2 globular") == [0, 0, 0]
    assert classes_of(model, "type 2 globular gout") == [C | MULTI_WORD] * 4
    assert classes_of(model, "in type globular gout") == [0, 0, C | MULTI_WORD, C | MULTI_WORD]


def test_a_saved_lexicon_comes_back_without_the_mesh_file(tmp_path: Path) -> None:
    model = mesh_classes(str(lexicon_file(tmp_path)))
    empty = mesh_classes(None)
    text = "globular gout treated with zelmoxan"
    assert classes_of(empty, text) == [0] * 5
    empty.from_bytes(model.to_bytes())
    expected = [C | MULTI_WORD] * 2 + [0, 0, D | E]
    assert classes_of(empty, text) == classes_of(model, text) == expected


def test_the_embedding_reads_the_lexicon_only_when_asked(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    docs = [nlp("Zelmoxan for gout"), nlp("placebo")]
    plain = position_hash_embed(8, ["NORM"], [50], False, buckets=5)
    with_mesh = position_hash_embed(
        8, ["NORM"], [50], False, buckets=5, lexicon=str(lexicon_file(tmp_path)), lexicon_rows=40
    )
    assert "mesh_classes" not in [layer.name for layer in plain.walk()]
    assert "mesh_classes" in [layer.name for layer in with_mesh.walk()]
    with_mesh.initialize(X=docs)
    rows, backprop = with_mesh.begin_update(docs)
    assert [r.shape for r in rows] == [(3, 8), (1, 8)]
    backprop([numpy.ones_like(r) for r in rows])


def test_training_builds_the_lexicon_from_the_shared_mesh_file(tmp_path: Path) -> None:
    assert uses_lexicon(CONFIG)
    data = tmp_path / "data"
    with pytest.raises(TrainingDataError, match=re.escape(str(data / MESH_FILE))):
        mesh_file(data)
    (data / MESH_FILE).parent.mkdir(parents=True)
    (data / MESH_FILE).write_text(TSV, encoding="utf-8")
    assert mesh_file(data) == data / MESH_FILE


def test_the_lexicon_index_is_dropped_with_its_model(tmp_path: Path) -> None:
    model = mesh_classes(str(lexicon_file(tmp_path)))
    classes_of(model, "gout")
    key = id(model.attrs["words"])
    assert key in mesh_lexicon._INDEXES
    del model
    gc.collect()
    assert key not in mesh_lexicon._INDEXES
