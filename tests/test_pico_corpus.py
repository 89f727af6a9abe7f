"""PICO corpora: token labels from character spans, and the dev set kept out of training."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractors.pico.alignment import align, runs
from extractors.pico.corpus import (
    Holdout,
    holdout_for,
    in_calibration_slice,
    merge_sources,
    split_calibration,
    text_key,
    token_tags,
    training_items,
)
from extractors.pico.devset import dev_ids, read_dev
from extractors.pico.sources import AnnotatedText
from tests.conftest import shared_path

TEXT = "Older adults with gout took drug A or placebo; pain at 4 weeks was lower."


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _tagged(doc: Doc) -> list[tuple[str, str]]:
    return [(t.text, t.tag_) for t in doc if t.tag_ != "O"]


def test_corpus_token_tags_from_spans() -> None:
    item = AnnotatedText(
        "1",
        TEXT,
        "invented",
        {
            "POP": [_span(TEXT, "Older adults with gout")],
            "INT": [_span(TEXT, "drug A"), _span(TEXT, "placebo")],
            "OUT": [_span(TEXT, "pain at 4 weeks")],
        },
    )
    doc = token_tags(spacy.blank("en"), item)
    assert _tagged(doc) == [
        ("Older", "POP"),
        ("adults", "POP"),
        ("with", "POP"),
        ("gout", "POP"),
        ("drug", "INT"),
        ("A", "INT"),
        ("placebo", "INT"),
        ("pain", "OUT"),
        ("at", "OUT"),
        ("4", "OUT"),
        ("weeks", "OUT"),
    ]


def test_corpus_token_tags_partial_annotation() -> None:
    only_int = AnnotatedText("1", TEXT, "invented", {"INT": [_span(TEXT, "drug A")]})
    doc = token_tags(spacy.blank("en"), only_int)
    assert [t.tag_ for t in doc[5:8]] == ["INT", "INT", "!INT"]  # "!INT": anything but INT
    two = AnnotatedText("1", TEXT, "invented", {"INT": [], "POP": []})
    assert {t.tag_ for t in token_tags(spacy.blank("en"), two)} == {""}  # missing


def test_corpus_overlapping_spans_take_one_label() -> None:
    item = AnnotatedText(
        "1",
        TEXT,
        "invented",
        {
            "POP": [_span(TEXT, "Older adults with gout took drug A")],
            "INT": [_span(TEXT, "drug A")],
        },
    )
    item.spans["OUT"] = []
    doc = token_tags(spacy.blank("en"), item)
    assert [t.tag_ for t in doc[:7]] == ["POP"] * 5 + ["INT"] * 2


def test_alignment_finds_tokens_and_runs() -> None:
    offsets = align("Drug A (n=4).", ["Drug", "A", "(", "n=4", ")", "."])
    assert offsets == [(0, 4), (5, 6), (7, 8), (8, 11), (11, 12), (12, 13)]
    assert runs([True, True, False, True, False, False], offsets) == [(0, 6), (8, 11)]


def test_holdout_matches_by_id_and_by_text() -> None:
    holdout = Holdout()
    holdout.add("42", "A trial of things. " * 20)
    assert holdout.holds("42", "anything")
    assert holdout.holds("7", "a TRIAL of things " * 20)
    assert not holdout.holds("7", "Another abstract entirely.")
    assert text_key("A-b c!") == "abc"


def test_corpus_keeps_every_dev_abstract_out_of_training() -> None:
    data = shared_path("ebm_nlp", "crowd_pio_conll", "crowd960.txt").parents[2]
    dev = read_dev(data)
    ids = dev_ids(data)
    assert len(ids) == 960
    items, dropped = training_items(data, holdout_for(data, dev))
    assert items
    assert not {item.doc_id for item in items} & ids
    dev_keys = {text_key(doc.text) for doc in dev} | {text_key(" ".join(d.tokens)) for d in dev}
    assert not {text_key(item.text) for item in items} & dev_keys
    assert dropped["crowd_pio_spans"] >= 916  # the dev abstracts the crowd spans also cover


def _full(doc_id: str, text: str, source: str = "crowd_pio_spans") -> AnnotatedText:
    return AnnotatedText(doc_id, text, source, {"POP": [], "INT": [], "OUT": []})


def test_corpus_calibration_slice_is_a_stable_hash_share() -> None:
    ids = [str(10_000_000 + i) for i in range(2000)]
    chosen = [i for i in ids if in_calibration_slice(i)]
    assert chosen == [i for i in ids if in_calibration_slice(i)]  # same on every call
    assert 0.07 < len(chosen) / len(ids) < 0.12


def test_corpus_calibration_slice_leaves_training_by_id_and_text() -> None:
    ids = [str(20_000_000 + i) for i in range(400)]
    inside = next(i for i in ids if in_calibration_slice(i))
    outside = next(i for i in ids if not in_calibration_slice(i))
    text = "A trial of things in people. " * 10
    items = [
        _full(inside, text),
        _full(outside, "Another abstract, not in the slice. " * 10),
        _full("EM-1", text, "evidencemap"),  # the same text under another id
        AnnotatedText(inside + "0", "Only interventions. " * 10, "interventions_expert"),
    ]
    training, calibration = split_calibration(items)
    assert [item.doc_id for item in calibration] == [inside]
    assert inside not in {item.doc_id for item in training}
    assert "EM-1" not in {item.doc_id for item in training}
    assert outside in {item.doc_id for item in training}


def test_corpus_calibration_slice_is_apart_from_training_and_dev() -> None:
    data = shared_path("ebm_nlp", "crowd_pio_conll", "crowd960.txt").parents[2]
    dev = read_dev(data)
    items, _ = training_items(data, holdout_for(data, dev))
    training, calibration = split_calibration(items)
    assert 250 <= len(calibration) <= 350
    slice_ids = {item.doc_id for item in calibration}
    assert not slice_ids & {item.doc_id for item in training}
    assert not slice_ids & dev_ids(data)
    slice_keys = {text_key(item.text) for item in calibration}
    assert not slice_keys & {text_key(item.text) for item in training}


def test_corpus_interventions_come_from_the_experts_where_they_annotate() -> None:
    crowd = _full("7", TEXT)
    crowd.spans.update(
        POP=[_span(TEXT, "Older adults with gout")],
        INT=[_span(TEXT, "drug A or placebo")],
        OUT=[_span(TEXT, "pain at 4 weeks")],
    )
    expert = AnnotatedText("7", TEXT, "interventions_expert", {"INT": [_span(TEXT, "drug A")]})
    other = AnnotatedText("8", TEXT, "crowd_pio_spans", {"INT": [_span(TEXT, "placebo")]})
    merged = {item.doc_id: item for item in merge_sources([crowd, expert, other])}
    assert merged["7"].spans["INT"] == [_span(TEXT, "drug A")]
    assert merged["7"].spans["POP"] == crowd.spans["POP"]
    assert merged["7"].spans["OUT"] == crowd.spans["OUT"]
    assert merged["8"].spans["INT"] == [_span(TEXT, "placebo")]  # no expert labels: crowd
