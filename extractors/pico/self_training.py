"""Self-training and distillation: teachers' tags on unlabelled abstracts as training data.

``train_pico`` trains the teachers on the crowd labels when the config asks for it
(``[evg_self_training]``, read by ``read_settings``):

- ``documents``: how many unlabelled abstracts the teachers tag (0 or no section: no
  self-training);
- ``teacher_seeds``: the seeds of further teachers besides the config's own seed, each
  trained from its own pretraining with that seed (teachers that share a pretraining
  ensemble worse, TRAINING_LOG.md);
- ``soft``: keep the teachers' averaged probabilities on each tagged abstract, which the
  student learns (``extractors.pico.soft_targets``), instead of only their argmax;
- ``biases``: with one hard teacher, decode its tags with its calibration-slice biases;
- ``labelled_soft``: with ``soft``, the share of the teachers' averaged probabilities in the
  student's target on the crowd-labelled abstracts too (``soften_labelled``; 0, the default,
  keeps their crowd labels as they are);
- ``prompts``: with ``soft``, the weight of the Evidence Inference prompts' phrases in the
  student's target on the tagged abstracts that have them (``extractors.pico.prompt_labels``;
  0, the default, leaves the teachers' probabilities as they are).
- ``student_steps``: the student's ``[training] max_steps`` (0, the default: the config's,
  as the teachers'); a student of more tagged abstracts needs more steps to see them.

``pseudo_label`` tags the abstracts with the teachers' averaged probabilities, and a
student is trained from the first teacher's pretrained weights on the crowd-labelled
abstracts and the tagged ones together. The student is the model kept.

The unlabelled abstracts are those of ``extractors.pico.pretraining`` (no dev or public test
abstract; the same file the static vectors are learned from), less every EBM-NLP abstract:
the training abstracts already have labels, and the calibration slice, which chooses the
checkpoint and the biases, must not be read through the teachers either. They are shuffled
with the config's seed and the first ``documents`` taken, so the tagged corpus is the same
on every run.
"""

from __future__ import annotations

import json
import logging
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import load_config

from extractors.pico.calibration import (
    META_KEY,
    Scores,
    copy_doc,
    decode,
    log_probabilities,
    tagger_labels,
)
from extractors.pico.corpus import text_key
from extractors.pico.labels import NOT, OUTSIDE
from extractors.pico.model import load_pico_model
from extractors.pico.prompt_labels import phrase_tags, prompt_phrases
from extractors.pico.soft_targets import store_probs
from extractors.pico.sources import DOCS

log = logging.getLogger(__name__)

SECTION = "evg_self_training"
BATCH = 64
T = TypeVar("T")


@dataclass(frozen=True)
class SelfTraining:
    """The ``[evg_self_training]`` settings of a config (see the module docstring)."""

    documents: int = 0
    biases: bool = False
    soft: bool = False
    teacher_seeds: tuple[int, ...] = ()
    labelled_soft: float = 0.0
    prompts: float = 0.0
    student_steps: int = 0


def _share(section: dict[str, Any], key: str) -> float:
    value = section.get(key, 0.0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValueError(f"[{SECTION}] {key} must be a number from 0 to 1, not {value!r}")
    return float(value)


def read_settings(config: Path) -> SelfTraining:
    """The config's ``[evg_self_training]`` settings; ValueError names a value that cannot be
    used (a negative count, a repeated seed, biases with soft targets or several teachers,
    teacher settings with nothing to tag, a labelled share or prompt weight outside 0-1 or
    without soft)."""
    loaded = load_config(config)
    section: dict[str, Any] = loaded.get(SECTION, {})
    known = {
        *("documents", "biases", "soft", "teacher_seeds", "labelled_soft", "prompts"),
        "student_steps",
    }
    unknown = set(section) - known
    if unknown:
        raise ValueError(f"[{SECTION}] has unknown settings: {', '.join(sorted(unknown))}")
    documents = section.get("documents", 0)
    if not isinstance(documents, int) or isinstance(documents, bool) or documents < 0:
        raise ValueError(f"[{SECTION}] documents must be a whole number >= 0, not {documents!r}")
    steps = section.get("student_steps", 0)
    if not isinstance(steps, int) or isinstance(steps, bool) or steps < 0:
        raise ValueError(f"[{SECTION}] student_steps must be a whole number >= 0, not {steps!r}")
    seeds = section.get("teacher_seeds", [])
    if not isinstance(seeds, list) or not all(
        isinstance(s, int) and not isinstance(s, bool) for s in seeds
    ):
        raise ValueError(f"[{SECTION}] teacher_seeds must be a list of whole numbers")
    own = loaded["system"]["seed"]
    if len(set(seeds)) != len(seeds) or own in seeds:
        raise ValueError(f"[{SECTION}] teacher_seeds repeat a seed (the config's own is {own})")
    settings = SelfTraining(
        documents=documents,
        biases=bool(section.get("biases", False)),
        soft=bool(section.get("soft", False)),
        teacher_seeds=tuple(seeds),
        labelled_soft=_share(section, "labelled_soft"),
        prompts=_share(section, "prompts"),
        student_steps=steps,
    )
    for key in ("labelled_soft", "prompts"):
        if getattr(settings, key) and not settings.soft:
            raise ValueError(f"[{SECTION}] {key} needs soft = true")
    if settings.biases and (settings.soft or settings.teacher_seeds):
        raise ValueError(f"[{SECTION}] biases apply to one hard teacher only")
    if not documents and (
        settings.soft or settings.biases or settings.teacher_seeds or settings.student_steps
    ):
        raise ValueError(f"[{SECTION}] has teacher settings but documents = 0 (nothing to tag)")
    return settings


def unlabelled_texts(raw_text: Path, data_dir: Path) -> list[str]:
    """The texts of ``raw_text`` (JSON lines) that are no EBM-NLP abstract."""
    ebm = {text_key(p.read_text(encoding="utf-8")) for p in (data_dir / DOCS).glob("*.txt")}
    texts = []
    with raw_text.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if text_key(text) not in ebm:
                texts.append(text)
    return texts


def _load_teachers(teacher_dirs: Sequence[Path]) -> tuple[list[Language], list[str]]:
    teachers = []
    for path in teacher_dirs:
        teacher = load_pico_model(path)
        if teacher is None:
            raise FileNotFoundError(f"no teacher model in {path}")
        teachers.append(teacher)
    labels = tagger_labels(teachers[0])
    if any(tagger_labels(t) != labels for t in teachers[1:]):
        raise ValueError("the teachers' tag sets differ")
    return teachers, labels


def _mean_probabilities(
    teachers: Sequence[Language], items: Sequence[T], make: Callable[[Language, T], Doc]
) -> list[Scores]:
    """Per item (``make`` turns it into a Doc of a teacher's vocab), each token's label
    probabilities averaged over the teachers."""
    per_teacher = []
    for teacher in teachers:
        docs = [make(teacher, item) for item in items]
        per_teacher.append([numpy.exp(logp) for logp in log_probabilities(teacher, docs)])
    return [numpy.mean(column, axis=0) for column in zip(*per_teacher, strict=True)]


def pseudo_label(
    teacher_dirs: Sequence[Path],
    raw_text: Path,
    data_dir: Path,
    out: Path,
    documents: int,
    seed: int,
    *,
    biased: bool = False,
    soft: bool = False,
    prompts: float = 0.0,
) -> Counter[str]:
    """Tag ``documents`` unlabelled abstracts into the DocBin ``out`` with the argmax of the
    teachers' averaged probabilities (after the first teacher's decoding biases when
    ``biased``), keeping those probabilities on each document when ``soft``; returns the tag
    counts. Abstracts without a token are skipped. With ``prompts`` > 0 the probabilities
    of the tokens that an Evidence Inference prompt names are first mixed with its label at
    that weight (``extractors.pico.prompt_labels``)."""
    texts = unlabelled_texts(raw_text, data_dir)
    random.seed(seed)
    random.shuffle(texts)
    texts = texts[:documents]
    teachers, labels = _load_teachers(teacher_dirs)
    biases = dict(teachers[0].meta.get(META_KEY) or {}) if biased else {}
    phrases = prompt_phrases(data_dir) if prompts else {}
    blank = spacy.blank("en")
    corpus = DocBin(attrs=["TAG"], store_user_data=soft)
    counts: Counter[str] = Counter()
    prompted: Counter[str] = Counter()
    for i in range(0, len(texts), BATCH):
        batch = texts[i : i + BATCH]
        probabilities = _mean_probabilities(teachers, batch, Language.make_doc)
        for text, probs in zip(batch, probabilities, strict=True):
            tagged = blank.make_doc(text)
            if not len(tagged):
                continue
            found = phrases.get(text_key(text))
            if found:
                prompt_tags = phrase_tags(tagged, found)
                probs = labelled_target(probs, prompt_tags, labels, 1.0 - prompts)
                prompted["abstracts"] += 1
                prompted["tokens"] += sum(1 for tag in prompt_tags if tag)
            with numpy.errstate(divide="ignore"):
                tags = decode(numpy.log(probs), labels, biases)
            for token, tag in zip(tagged, tags, strict=True):
                token.tag_ = OUTSIDE if token.is_space else tag
                counts[token.tag_] += 1
            if soft:
                store_probs(tagged, probs)
            corpus.add(tagged)
    out.parent.mkdir(parents=True, exist_ok=True)
    corpus.to_disk(out)
    log.info(
        "%d abstracts tagged by %d teacher(s) into %s: %s", len(texts), len(teachers), out, counts
    )
    if prompts:
        log.info("prompt phrases (weight %s): %s", prompts, dict(prompted))
    return counts


def labelled_target(
    probs: Scores, tags: Sequence[str], labels: Sequence[str], share: float
) -> Scores:
    """The student's target on a labelled document (crowd labels, or the labels of Evidence
    Inference prompt phrases): per token, ``share`` of the teachers' probabilities ``probs``
    and the rest the one-hot label. A token without a label takes the teachers'
    probabilities alone, and a negative label (``!INT``) takes them with that label's share
    moved to the others."""
    target = numpy.array(probs, dtype=numpy.float32)
    for i, tag in enumerate(tags):
        if tag in labels:
            target[i] *= share
            target[i, labels.index(tag)] += 1.0 - share
        elif tag.startswith(NOT) and tag[len(NOT) :] in labels:
            excluded = labels.index(tag[len(NOT) :])
            target[i, excluded] = 0.0
            total = target[i].sum()
            if total > 0:
                target[i] /= total
            else:  # the teachers were sure of the excluded label: the others share evenly
                target[i] = 1.0 / (len(labels) - 1)
                target[i, excluded] = 0.0
    return target


def soften_labelled(teacher_dirs: Sequence[Path], corpus: Path, out: Path, share: float) -> int:
    """Copy the labelled DocBin ``corpus`` to ``out`` with a soft target on each document
    (``labelled_target``, stored as ``store_probs`` does); returns the documents written."""
    teachers, labels = _load_teachers(teacher_dirs)
    docs = list(DocBin().from_disk(corpus).get_docs(teachers[0].vocab))
    softened = DocBin(store_user_data=True)
    for i in range(0, len(docs), BATCH):
        batch = docs[i : i + BATCH]
        probabilities = _mean_probabilities(teachers, batch, copy_doc)
        for doc, probs in zip(batch, probabilities, strict=True):
            tags = [token.tag_ for token in doc]
            store_probs(doc, labelled_target(probs, tags, labels, share))
            softened.add(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    softened.to_disk(out)
    log.info("%d labelled abstracts given %.2f of the teachers' probabilities", len(docs), share)
    return len(docs)
