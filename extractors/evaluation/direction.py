"""Direction on Evidence Inference 2.0 abstracts: accuracy and macro F1 over three labels.

Gold: the validation prompts whose evidence lies in the abstract, with their majority label
(:mod:`~extractors.evaluation.evidence_inference_data`). Metrics: accuracy and macro F1 over
"significantly increased", "significantly decreased", "no significant difference"
(:mod:`~extractors.evaluation.metrics`; DeYoung et al. 2020 report macro F1 the same way).

Extractor: each abstract goes through ``Extractor.extract``; a prompt goes to the claim chosen
by :func:`~extractors.evaluation.claim_matching.best_claim` among the claims that state a
direction (direction not "unclear", or not significant: a claim that reads no direction says
nothing about the prompt), whose direction maps to a label:
"increased" -> significantly increased, "decreased" -> significantly decreased (the two swap
when the claim matched with its arms the other way round, and again when the gold outcome asks
about a fall of its measure: "reduction in X", or "improvement in X" for a harm X such as pain
or symptom severity, since a claim's direction is its measure's own), "no difference" or
``significant is False`` -> no significant difference. "unclear", or no matched claim, is the
prediction "unclear", which is wrong for every gold label.

Baselines, same run and same prompts:
- ``baseline_majority``: always the most frequent label of the train split's prompts;
- ``baseline_lexical``: the abstract sentence (title excluded) that overlaps the outcome most
  (Dice over content tokens); "no/not ... significant(ly)/differ(ence)", "similar",
  "comparable" or "NS" there -> no significant difference; else, when it says
  "significant(ly)" or gives a p value below 0.05, the first increase word ("increase",
  "higher", "greater", "more", "improve", "longer", ...) or decrease word ("decrease",
  "lower", "reduce", "less", "fewer", "shorter", ...) decides; otherwise no significant
  difference.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

from extractors.components.comparison_direction import is_adverse
from extractors.evaluation.arm_numbers import sentences
from extractors.evaluation.claim_matching import best_claim, content_tokens, dice, long_forms_of
from extractors.evaluation.evidence_inference_data import (
    LABELS,
    DirectionPrompt,
    load_abstract,
    load_prompts,
    train_majority_label,
)
from extractors.evaluation.metrics import accuracy, label_counts, macro_f1
from extractors.evaluation.report import Report
from extractors.numbers import find_p_values
from extractors.pipeline import Extractor
from kg.model import Record

log = logging.getLogger(__name__)

INCREASED, DECREASED, NO_DIFFERENCE = LABELS
UNCLEAR = "unclear"
SYSTEMS = ("extractor", "baseline_majority", "baseline_lexical")
_NO_DIFFERENCE = re.compile(
    r"(?i)\b(?:no|not|nor|without|neither)\b[^.;]{0,40}?\b(?:significant(?:ly)?|differ(?:ence|ed|s)?)\b"
    r"|\b(?:similar|comparable)\b|\bNS\b"
)
_SIGNIFICANT = re.compile(r"(?i)\bsignificant(?:ly)?\b")
_INCREASE = re.compile(
    r"(?i)\b(?:increas\w*|higher|greater|more|improv\w*|longer|larger|rais\w*|elevat\w*|better|gain\w*)\b"
)
_DECREASE = re.compile(
    r"(?i)\b(?:decreas\w*|lower\w*|reduc\w*|less|fewer|shorter|smaller|declin\w*|worse|drop\w*)\b"
)


def label_from_record(record: Record, prompt: DirectionPrompt) -> str:
    """The extractor's label for ``prompt`` (see the module docstring)."""
    decided = [c for c in record.claims if c.direction != "unclear" or c.significant is False]
    match = best_claim(
        decided,
        prompt.intervention,
        prompt.comparator,
        prompt.outcome,
        long_forms_of(record.text),
    )
    if match is None:
        return UNCLEAR
    claim = match.claim
    if claim.direction == "no difference" or claim.significant is False:
        return NO_DIFFERENCE
    if claim.direction == "unclear":
        return UNCLEAR
    increased = claim.direction == "increased"
    if match.swapped:
        increased = not increased
    if _asks_for_a_fall(prompt.outcome):  # "reduction in X": X falling is the reduction rising
        increased = not increased
    return INCREASED if increased else DECREASED


_REDUCTION_IN = re.compile(
    r"(?i)^\W*(?:the\s+)?(?:(?:mean|greater|larger|significant)\s+)*(?:reductions?|decreases?|"
    r"declines?|falls?|drops?|losses?)\s+(?:in|of)\b"
)
_IMPROVEMENT_IN = re.compile(
    r"(?i)^\W*(?:the\s+)?(?:(?:mean|greater|larger|significant)\s+)*improvements?\s+(?:in|of)\s+"
)


def _asks_for_a_fall(outcome: str) -> bool:
    """Whether a gold outcome asks about a fall of its measure ("reduction in pain",
    "improvement in depression severity"): the extractor's direction is the measure's own."""
    if _REDUCTION_IN.match(outcome):
        return True
    improvement = _IMPROVEMENT_IN.match(outcome)
    return improvement is not None and is_adverse(outcome[improvement.end() :])


def label_lexical(abstract: str, prompt: DirectionPrompt) -> str:
    """The lexical-cue baseline's label (see the module docstring)."""
    outcome = content_tokens(prompt.outcome)
    scored = [(dice(outcome, s), s) for s in sentences(abstract)]
    overlap, sentence = max(scored, key=lambda pair: pair[0], default=(0.0, ""))
    if overlap <= 0 or _NO_DIFFERENCE.search(sentence):
        return NO_DIFFERENCE
    significant = _SIGNIFICANT.search(sentence) or any(
        p.value < 0.05 or (p.relation in ("<", "<=") and p.value <= 0.05)
        for p in find_p_values(sentence)
    )
    if not significant:
        return NO_DIFFERENCE
    up, down = _INCREASE.search(sentence), _DECREASE.search(sentence)
    if up and (not down or up.start() < down.start()):
        return INCREASED
    if down:
        return DECREASED
    return NO_DIFFERENCE


def score_direction(
    data: Path, extractor: Extractor, *, limit: int | None = None, split: str = "validation"
) -> Report:
    """Accuracy and macro F1 of the extractor and the baselines on a split's prompts (the
    validation split by default; "train" for a larger sample, never used to fit anything)."""
    started = time.perf_counter()
    prompts = load_prompts(data, limit=limit, split=split)
    majority_label = train_majority_label(data)
    pmcids = list(dict.fromkeys(p.pmcid for p in prompts))
    articles = [load_abstract(data, pmcid) for pmcid in pmcids]
    records = dict(zip(pmcids, extractor.extract_many(articles), strict=True))
    abstracts = {
        a_id: a.text[a.sections[0].start :] if a.sections else ""
        for a_id, a in zip(pmcids, articles, strict=True)
    }
    gold = [p.label for p in prompts]
    predicted = {
        "extractor": [label_from_record(records[p.pmcid], p) for p in prompts],
        "baseline_majority": [majority_label] * len(prompts),
        "baseline_lexical": [label_lexical(abstracts[p.pmcid], p) for p in prompts],
    }
    for prompt, label in zip(prompts, predicted["extractor"], strict=True):
        log.debug("prompt %d: gold %s, extractor %s", prompt.prompt_id, prompt.label, label)

    report = Report("direction")
    report.add("gold", "prompts", len(prompts))
    report.add("gold", "articles", len(pmcids))
    report.header = [
        "system",
        "accuracy",
        "macro F1",
        "F1 increased",
        "F1 decreased",
        "F1 no diff.",
        "unclear",
    ]
    for system in SYSTEMS:
        guesses = predicted[system]
        report.add(system, "accuracy", accuracy(gold, guesses))
        report.add(system, "macro_f1", macro_f1(gold, guesses, LABELS))
        counts = label_counts(gold, guesses, LABELS)
        report.rows.append(
            [
                system,
                f"{accuracy(gold, guesses):.3f}",
                f"{macro_f1(gold, guesses, LABELS):.3f}",
                *(f"{counts[label].f1:.3f}" for label in LABELS),
                str(guesses.count(UNCLEAR)),
            ]
        )
    report.add("extractor", "unclear_or_unmatched", predicted["extractor"].count(UNCLEAR))
    report.notes.append(f"{split} split; majority label from the train split: {majority_label}")
    report.seconds = time.perf_counter() - started
    return report
