"""Evidence Inference prompts as distant labels on the teachers' tagged abstracts.

Evidence Inference 2.0 (``evidence_inference/prompts.csv``) names, for each question asked
of an article, its intervention, comparator and outcome in the annotators' words, often
copied from the article. Among the unlabelled abstracts that the teachers tag
(``extractors.pico.self_training.pseudo_label``) are the Evidence Inference abstracts
outside its test split. Where one of its article's phrases occurs in such an abstract,
case aside and as whole words, its tokens get a label: INT for an intervention or a
comparator, OUT for an outcome (an outcome phrase wins where the two overlap). The
student's soft target on those tokens becomes ``weight`` x that label + (1 - ``weight``) x
the teachers' averaged probabilities (``extractors.pico.self_training.labelled_target``,
the teachers' share being 1 - ``weight``). The teachers miss many such phrases (devices,
procedures, programmes: "laryngeal mask airway", "summative assessments"): people know
there what the teachers guess.

Every occurrence of a phrase is labelled, not only the first. Phrases shorter than three
characters are skipped. The test split's abstracts are not in the unlabelled set, and their
prompts are not read.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import numpy
from spacy.tokens import Doc

from extractors.pico.corpus import text_key
from extractors.pico.labels import INT, OUT
from extractors.pico.pretraining import EVIDENCE_INFERENCE, evidence_inference_abstracts

PROMPTS = EVIDENCE_INFERENCE / "prompts.csv"
# the prompt columns and their labels, in the order applied (later ones win an overlap)
FIELDS = (("Intervention", INT), ("Comparator", INT), ("Outcome", OUT))
MIN_CHARS = 3

Phrases = list[tuple[str, str]]


def normalise(phrase: str) -> str:
    """Lower-cased, single spaces, without edge punctuation or spaces."""
    return " ".join(phrase.split()).lower().strip(" .,;:")


def prompt_phrases(data_dir: Path) -> dict[str, Phrases]:
    """Per Evidence Inference abstract outside the test split (by ``text_key`` of its text
    as the unlabelled set holds it), its prompts' (phrase, label) pairs, in ``FIELDS``
    order; an empty dict when the data has no prompts file."""
    path = data_dir / PROMPTS
    if not path.is_file():
        return {}
    by_article: dict[str, Phrases] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as rows:
        prompts = list(csv.DictReader(rows))
    for field, label in FIELDS:
        for row in prompts:
            phrase = normalise(row.get(field) or "")
            if len(phrase) >= MIN_CHARS:
                by_article[(row.get("PMCID") or "").strip()].append((phrase, label))
    out: dict[str, Phrases] = {}
    for article_id, text in evidence_inference_abstracts(data_dir):
        phrases = by_article.get(article_id.removeprefix("PMC"))
        if phrases:
            out[text_key(text)] = phrases
    return out


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Character spans of ``phrase`` (normalised) in ``text``, case and the kind of white
    space aside, as whole words (no letter or digit right before or after)."""
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    spans = []
    for match in re.finditer(pattern, text, re.IGNORECASE):
        start, end = match.span()
        if (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            spans.append((start, end))
    return spans


def phrase_tags(doc: Doc, phrases: Phrases) -> list[str]:
    """Per token of ``doc``, the label of the last phrase that covers it whole, or ""."""
    tags = [""] * len(doc)
    starts = [token.idx for token in doc]
    for phrase, label in phrases:
        for start, end in phrase_spans(doc.text, phrase):
            i = int(numpy.searchsorted(starts, start))
            while i < len(doc) and doc[i].idx + len(doc[i]) <= end:
                if not doc[i].is_space:
                    tags[i] = label
                i += 1
    return tags
