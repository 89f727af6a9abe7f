"""The PICO source readers take each label from its chosen crowd aggregation."""

from __future__ import annotations

import json
from pathlib import Path

from extractors.pico.labels import INT, OUT, POP
from extractors.pico.sources import (
    CROWD_SPANS,
    DOCS,
    PARTICIPANTS,
    read_crowd_spans,
    read_participant_spans,
)

TEXT = "Older adults with gout were given drug A or placebo. Pain at 4 weeks fell."


def _at(phrase: str) -> list[int]:
    start = TEXT.index(phrase)
    return [start, start + len(phrase)]


def _data(tmp_path: Path) -> Path:
    (tmp_path / DOCS).mkdir(parents=True)
    (tmp_path / DOCS / "7.txt").write_text(TEXT, encoding="utf-8")
    row = {
        "docid": "7",
        "Participants": {"dw": [_at("adults")], "HMMCrowd": [_at("Older adults with gout")]},
        "Intervention": {"dw": [_at("drug A")], "HMMCrowd": [_at("given drug A or placebo")]},
        "Outcome": {"dw": [_at("Pain at 4 weeks")], "HMMCrowd": [_at("Pain")]},
    }
    (tmp_path / CROWD_SPANS).parent.mkdir(parents=True)
    (tmp_path / CROWD_SPANS).write_text(json.dumps(row) + "\n", encoding="utf-8")
    train = tmp_path / PARTICIPANTS / "train"
    train.mkdir(parents=True)
    participants = {
        "docid": "7",
        "Participants": {
            "DawidSkene": [_at("adults")],
            "HMMCrowd": [_at("Older adults with gout")],
            "MajorityVote": [_at("gout")],
        },
    }
    (train / "PICO-annos-crowdsourcing-agg.json").write_text(
        json.dumps(participants) + "\n", encoding="utf-8"
    )
    return tmp_path


def _texts(item_spans: list[tuple[int, int]]) -> list[str]:
    return [TEXT[s:e] for s, e in item_spans]


def test_crowd_spans_take_participants_from_hmmcrowd_and_the_rest_from_dawid_skene(
    tmp_path: Path,
) -> None:
    (item,) = read_crowd_spans(_data(tmp_path))
    assert _texts(item.spans[POP]) == ["Older adults with gout"]
    assert _texts(item.spans[INT]) == ["drug A"]
    assert _texts(item.spans[OUT]) == ["Pain at 4 weeks"]


def test_participant_spans_use_the_same_aggregation(tmp_path: Path) -> None:
    (item,) = read_participant_spans(_data(tmp_path), "train")
    assert item.spans == {POP: [tuple(_at("Older adults with gout"))]}
