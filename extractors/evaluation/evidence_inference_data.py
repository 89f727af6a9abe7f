"""Gold data of Evidence Inference 2.0 (DeYoung et al. 2020): prompts and their labels.

``prompts.csv`` gives per article (PMCID) prompts of intervention, comparator and outcome;
``annotations_v2.csv`` gives each annotator's label ("significantly increased",
"significantly decreased", "no significant difference"; "significantly increase" is read as
"significantly increased"), whether the label is valid, and the evidence text. The corpus's
"In Abstract" column is unknown here, so evidence lies in the abstract when its text, with
whitespace collapsed and lower-cased, occurs in the abstract's.

A prompt is scored when its article is in the validation split
(``splits/ev2_validation_article_ids.txt``; or the train split on request; the test split is
never read), its abstract is in
``abstracts/``, and at least one valid annotation's evidence lies in the abstract. Its gold
label is the majority over its valid annotations, ties going to the label seen first.
Prompts are ordered by PromptID, so ``limit`` takes a fixed subset.

``abstracts/PMC<id>.abst`` holds a ``TITLE`` heading line and ``ABSTRACT.<LABEL>`` heading
lines (ending ":" or "."), each followed by its text (the title is its first paragraph; text
after it with no heading is an unlabelled part); :func:`load_abstract` lays them out as the
readers do.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extractors.readers.articles import Origin, make_article
from extractors.readers.sections import AbstractPart, make_part, normalise_space
from kg.errors import InputError
from kg.model import Article

FOLDER = "evidence_inference"
LABELS = ("significantly increased", "significantly decreased", "no significant difference")
_HEADING = re.compile(r"^(?P<head>TITLE|ABSTRACT(?:\.(?P<label>[^\n]+?))?)[.:]\s*$")
_LABEL_FIXES = {"significantly increase": "significantly increased"}


@dataclass(frozen=True, slots=True)
class DirectionPrompt:
    """A scored prompt: its article, intervention, comparator, outcome and gold label."""

    prompt_id: int
    pmcid: str
    intervention: str
    comparator: str
    outcome: str
    label: str


def normalise_label(label: str) -> str:
    """A corpus label in one of :data:`LABELS` form (or as given when unknown)."""
    clean = " ".join(label.lower().split())
    return _LABEL_FIXES.get(clean, clean)


def _folded(text: str) -> str:
    return " ".join(text.split()).lower()


def split_ids(data: Path, split: str) -> set[str]:
    """PMCIDs of a split ("train" or "validation"; the test split is refused)."""
    if split not in ("train", "validation"):
        raise ValueError("only the train and validation splits are read")
    path = data / FOLDER / "splits" / f"ev2_{split}_article_ids.txt"
    if not path.is_file():
        raise InputError("Evidence Inference split file not found", source=str(path))
    return set(path.read_text(encoding="utf-8").split())


def parse_abstract(text: str) -> tuple[str, list[AbstractPart]]:
    """The title and the labelled parts of an ``.abst`` file's text."""
    title: list[str] = []
    parts: list[tuple[str | None, list[str]]] = []
    current: list[str] | None = None
    for line in text.splitlines():
        heading = _HEADING.match(line.strip())
        if heading is not None:
            if heading.group("head") == "TITLE":
                current = title
            else:
                label = heading.group("label")
                parts.append((None if label in (None, "ABSTRACT") else label, []))
                current = parts[-1][1]
        elif current is title and title and not line.strip():
            parts.append((None, []))  # the title is one paragraph; text after it, unlabelled
            current = parts[-1][1]
        elif current is not None:
            current.append(line)
    return normalise_space(" ".join(title)), [
        p for p in (make_part(label, " ".join(body)) for label, body in parts) if p.body
    ]


def abstract_path(data: Path, pmcid: str) -> Path:
    return data / FOLDER / "abstracts" / f"PMC{pmcid}.abst"


def load_abstract(data: Path, pmcid: str) -> Article:
    """The abstract of ``PMC<pmcid>`` as an Article."""
    path = abstract_path(data, pmcid)
    title, parts = parse_abstract(path.read_text(encoding="utf-8"))
    return make_article(Origin(str(path), f"PMC{pmcid}"), 1, pmid=None, title=title, parts=parts)


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise InputError("Evidence Inference file not found", source=str(path))
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def majority(labels: Iterable[str]) -> str:
    """The most frequent label, ties going to the one seen first."""
    return Counter(labels).most_common(1)[0][0]


def prompt_labels(data: Path, pmcids: set[str]) -> dict[int, list[tuple[str, str]]]:
    """Per PromptID of the given articles: (label, evidence text) of each valid annotation."""
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for row in _read_csv(data / FOLDER / "annotations_v2.csv"):
        if row["PMCID"] in pmcids and row["Valid Label"].strip() == "True":
            found[int(row["PromptID"])].append((normalise_label(row["Label"]), row["Annotations"]))
    return found


def load_prompts(
    data: Path, *, limit: int | None = None, split: str = "validation"
) -> list[DirectionPrompt]:
    """The scored prompts of a split ("validation", or "train" for a larger sample of the
    same kind; never "test"), see the module docstring, by PromptID."""
    pmcids = split_ids(data, split)
    annotations = prompt_labels(data, pmcids)
    folded: dict[str, str] = {}
    prompts = []
    rows = sorted(_read_csv(data / FOLDER / "prompts.csv"), key=lambda r: int(r["PromptID"]))
    for row in rows:
        prompt_id, pmcid = int(row["PromptID"]), row["PMCID"]
        if pmcid not in pmcids or prompt_id not in annotations:
            continue
        if pmcid not in folded:
            path = abstract_path(data, pmcid)
            folded[pmcid] = _folded(load_abstract(data, pmcid).text) if path.is_file() else ""
        labels = annotations[prompt_id]
        if not folded[pmcid] or not any(
            ev.strip() and _folded(ev) in folded[pmcid] for _, ev in labels
        ):
            continue
        prompts.append(
            DirectionPrompt(
                prompt_id=prompt_id,
                pmcid=pmcid,
                intervention=row["Intervention"],
                comparator=row["Comparator"],
                outcome=row["Outcome"],
                label=majority(label for label, _ in labels),
            )
        )
        if limit is not None and len(prompts) >= limit:
            break
    return prompts


def train_majority_label(data: Path) -> str:
    """The most frequent gold label over train-split prompts (their majority labels)."""
    per_prompt = prompt_labels(data, split_ids(data, "train"))
    return majority(majority(label for label, _ in labels) for labels in per_prompt.values())
