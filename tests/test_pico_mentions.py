"""Tagging the other mentions of a tagged intervention (extractors.pico.mentions)."""

from __future__ import annotations

import spacy

from extractors.pico.mentions import mention_phrases, propagate_mentions
from extractors.pico.tagger import tag_runs


def _words_tags(pairs: str) -> tuple[list[str], list[str]]:
    """``"word/TAG word ..."`` (a bare word is outside) as lower-cased words and tags."""
    words, tags = [], []
    for item in pairs.split():
        word, _, tag = item.partition("/")
        words.append(word.lower())
        tags.append(tag or "O")
    return words, tags


def test_phrases_are_cut_at_arm_separators_and_trimmed_of_punctuation() -> None:
    words, tags = _words_tags(
        "took Zinc/INT sulfate/INT 20/INT mg/INT ,/INT or/INT placebo/INT ./INT daily"
    )
    assert mention_phrases(words, tags) == {("zinc", "sulfate", "20", "mg"), ("placebo",)}


def test_phrases_need_a_word_of_three_letters() -> None:
    words, tags = _words_tags("dose 5/INT mg/INT and/INT B/INT then")
    assert mention_phrases(words, tags) == set()


def test_later_mentions_outside_become_interventions() -> None:
    words, tags = _words_tags(
        "Zinc/INT for/INT colds ./O Children took zinc/INT or/INT placebo/INT ./O "
        "Colds were shorter with zinc than with placebo ; placebo/OUT effects were small ."
    )
    out = propagate_mentions(words, tags)
    tagged = [w for w, t in zip(words, out, strict=True) if t == "INT"]
    # "Zinc for" is one part ("for" is no separator); "zinc" and "placebo" are parts too.
    assert tagged == ["zinc", "for", "zinc", "or", "placebo", "zinc", "placebo"]
    # a token of another label keeps it
    assert out[words.index("effects") - 1] == "OUT"
    # the input is left as it was
    assert tags.count("INT") == 5


def test_only_whole_outside_occurrences_are_tagged() -> None:
    words, tags = _words_tags(
        "low/INT dose/INT aspirin/INT ./O low dose/POP aspirin ./O low dose aspirin"
    )
    out = propagate_mentions(words, tags)
    assert out[4:7] == ["O", "POP", "O"]  # partly held by another label: left alone
    assert out[8:11] == ["INT", "INT", "INT"]


def test_other_labels_are_not_propagated() -> None:
    words, tags = _words_tags("Adults/POP with/POP gout/POP ./O gout flares")
    assert propagate_mentions(words, tags) == tags


def test_tag_runs_tags_other_mentions_unless_asked_not_to() -> None:
    text = "Melatonin for sleep . Sleep was longer with melatonin ."
    doc = spacy.blank("en")(text)
    tags = ["INT", "O", "OUT", "O", "O", "O", "O", "O", "O", "O"]
    later = text.rindex("melatonin")
    assert tag_runs(doc, tags, mentions=False) == [("INT", 0, 9), ("OUT", 14, 19)]
    assert tag_runs(doc, tags) == [
        ("INT", 0, 9),
        ("OUT", 14, 19),
        ("INT", later, later + len("melatonin")),
    ]


def test_parts_of_words_that_name_no_arm_are_not_propagated() -> None:
    words, tags = _words_tags("Tea/INT twice/INT ,/INT per/INT day/INT ./O Once per day , not tea")
    assert mention_phrases(words, tags) == {("tea", "twice")}
    out = propagate_mentions(words, tags)
    assert out[7:10] == ["O", "O", "O"]  # "per day" is left alone
