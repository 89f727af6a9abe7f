"""Evidence Inference prompts as distant labels (extractors.pico.prompt_labels)."""

from __future__ import annotations

from pathlib import Path

import spacy

from extractors.pico.corpus import text_key
from extractors.pico.pretraining import evidence_inference_abstracts
from extractors.pico.prompt_labels import (
    normalise,
    phrase_spans,
    phrase_tags,
    prompt_phrases,
)

HEADER = "PromptID,PMCID,Outcome,Intervention,Comparator\n"


def write_evidence_inference(root: Path) -> dict[str, str]:
    """Three invented articles (one in the test split) with prompts; returns their texts as
    the unlabelled set holds them."""
    base = root / "evidence_inference"
    (base / "abstracts").mkdir(parents=True)
    (base / "splits").mkdir()
    (base / "splits" / "ev2_test_article_ids.txt").write_text("3\n", encoding="utf-8")
    abstracts = {
        "1": "TITLE: \nBrisk walking for knee pain\n\nABSTRACT.METHODS:\n"
        "Adults walked briskly or received usual care. Knee pain fell.\n",
        "2": "TITLE: \nZinc for colds\nABSTRACT:\nZinc lozenges shortened colds.\n",
        "3": "TITLE: \nDrug Q for gout\nABSTRACT:\nDrug Q lowered urate.\n",
    }
    for article, text in abstracts.items():
        (base / "abstracts" / f"PMC{article}.abst").write_text(text, encoding="utf-8")
    rows = [
        "1,1,Knee pain ,  Brisk walking,usual care\n",
        "2,1,pain,brisk walking,UC\n",  # "UC" is too short to match safely
        "3,2,duration of colds,Zinc lozenges,placebo\n",
        "4,3,urate,Drug Q,placebo\n",  # the test split: not read
        "5,9,x,,\n",  # an article without an abstract
    ]
    (base / "prompts.csv").write_text(HEADER + "".join(rows), encoding="utf-8")
    return {
        "1": "Brisk walking for knee pain\nAdults walked briskly or received usual care. "
        "Knee pain fell.",
        "2": "Zinc for colds\nZinc lozenges shortened colds.",
    }


def test_prompt_phrases_key_the_articles_outside_the_test_split(tmp_path: Path) -> None:
    texts = write_evidence_inference(tmp_path)
    phrases = prompt_phrases(tmp_path)
    assert set(phrases) == {text_key(texts["1"]), text_key(texts["2"])}
    # interventions and comparators first, outcomes last (they win overlaps), normalised
    assert phrases[text_key(texts["1"])] == [
        ("brisk walking", "INT"),
        ("brisk walking", "INT"),
        ("usual care", "INT"),
        ("knee pain", "OUT"),
        ("pain", "OUT"),
    ]
    assert ("placebo", "INT") in phrases[text_key(texts["2"])]
    assert prompt_phrases(tmp_path / "missing") == {}


def test_normalise_and_phrase_spans_match_whole_words_in_any_case() -> None:
    assert normalise("  Zinc\n lozenges. ") == "zinc lozenges"
    text = "Zinc\nlozenges vs zinc lozenges; zincate lozenges and zinc lozengesX."
    assert phrase_spans(text, "zinc lozenges") == [(0, 13), (17, 30)]
    assert phrase_spans("a (PRP) b", "(prp)") == [(2, 7)]
    assert phrase_spans("no match", "zinc") == []


def test_phrase_tags_cover_whole_tokens_and_later_phrases_win_overlaps() -> None:
    doc = spacy.blank("en").make_doc("Brisk walking eased knee pain; walking  helped.")
    tags = phrase_tags(
        doc, [("walking", "INT"), ("eased knee", "INT"), ("knee pain", "OUT"), ("pain", "OUT")]
    )
    by_word = dict(zip([t.text for t in doc], tags, strict=True))
    assert tags[0] == "" and tags[1] == "INT" and tags[6] == "INT"  # both "walking"s
    assert by_word["knee"] == "OUT" and by_word["pain"] == "OUT"  # the outcome comes later
    assert by_word["eased"] == "INT" and by_word[";"] == "" and by_word["helped"] == ""
    assert all(tag == "" for token, tag in zip(doc, tags, strict=True) if token.is_space)


def test_evidence_inference_heading_lines_of_both_forms_are_dropped(tmp_path: Path) -> None:
    base = tmp_path / "evidence_inference" / "abstracts"
    base.mkdir(parents=True)
    (base / "PMC5.abst").write_text(
        "TITLE.\nTea for sleep\n\n\nABSTRACT.BACKGROUND.\nSleep is short.\n"
        "ABSTRACT.SUMMARY.FINDINGS:.\nTea helped.\nABSTRACT.RESULTS:\nMore sleep.\n",
        encoding="utf-8",
    )
    assert list(evidence_inference_abstracts(tmp_path)) == [
        ("PMC5", "Tea for sleep\nSleep is short.\nTea helped.\nMore sleep.")
    ]
