"""Arm-level numbers on llm_meta_analysis: exact match per intervention-comparator-outcome.

Metric (Yun et al. 2024, "Automatically Extracting Numerical Results from Randomized
Controlled Trials with Large Language Models"): a binary triple is an exact match when the
events and the group size of both arms equal the gold; a continuous triple when the mean, the
SD and the group size of both arms do. A number the gold leaves empty (not reported in the
article) must be predicted as absent. Rates are over all DEV triples of the type; a triple
with no matched claim is a miss. Equality is :func:`~extractors.evaluation.number_match.same_value`
(rounded to the gold's decimals).

Extractor: each article is laid out by :mod:`~extractors.evaluation.llm_meta_data` and run
through ``Extractor.extract``; each triple goes to the claim chosen by
:func:`~extractors.evaluation.claim_matching.best_claim`, or, when that claim reports no
per-arm numbers, to the best claim that does if it scores as high (a tie is otherwise
broken by text order, which says nothing about the triple); an arm's numbers are the claim's
``ArmResult`` for that arm (intervention/comparator swapped when the claim matched that way
round), its group size the result's ``n``, else the record's ``Arm.n``.

Baselines, in the same run:
- ``baseline_empty``: predicts every number absent. It scores the triples whose gold is all
  empty, which the extractor must also get by predicting nothing.
- ``baseline_positional``: takes the sentence of the text that overlaps the outcome most
  (Dice, as in ``claim_matching``) among those with a count over a denominator (binary) or a
  mean ± SD (continuous); the first such value is the intervention arm's, the second the
  comparator's; continuous group sizes are the first two "n = N" of that sentence.

Also reported: field accuracy, the share of gold fields (per arm: events and group size, or
mean, SD and group size) reproduced, which shows which number fails most.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path

from extractors.evaluation.claim_matching import best_claim, content_tokens, dice
from extractors.evaluation.llm_meta_data import ArmNumbers, MetaTriple, load_article, load_triples
from extractors.evaluation.number_match import same_value
from extractors.evaluation.report import Report
from extractors.numbers import find_fractions, find_mean_sds, find_sample_sizes
from extractors.pipeline import Extractor
from kg.model import ArmResult, Record

log = logging.getLogger(__name__)

FIELDS = {"binary": ("events", "group_size"), "continuous": ("mean", "sd", "group_size")}
SYSTEMS = ("extractor", "baseline_empty", "baseline_positional")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[])|\n+")


@dataclass(frozen=True, slots=True)
class ArmGuess:
    """One arm's predicted numbers (None: not predicted)."""

    events: float | None = None
    group_size: float | None = None
    mean: float | None = None
    sd: float | None = None


@dataclass(frozen=True, slots=True)
class TripleGuess:
    """A prediction for a triple; ``matched`` is False when no claim was found for it."""

    intervention: ArmGuess
    comparator: ArmGuess
    matched: bool = True


def field_hits(triple: MetaTriple, guess: TripleGuess) -> dict[str, tuple[int, int]]:
    """Per field name: (arms whose value equals the gold, arms scored); 0 hits if unmatched."""
    hits = {}
    for name in FIELDS[triple.outcome_type]:
        pairs = (
            (triple.intervention_arm, guess.intervention),
            (triple.comparator_arm, guess.comparator),
        )
        good = sum(
            guess.matched and same_value(getattr(g, name), getattr(t, name)) for t, g in pairs
        )
        hits[name] = (good, 2)
    return hits


def is_exact_match(triple: MetaTriple, guess: TripleGuess) -> bool:
    """Every field of both arms equals the gold (see the module docstring)."""
    return all(good == total for good, total in field_hits(triple, guess).values())


def _arm_guess(result: ArmResult | None, arm_n: int | None) -> ArmGuess:
    if result is None:
        return ArmGuess(group_size=arm_n)
    n = result.n if result.n is not None else arm_n
    return ArmGuess(events=result.events, group_size=n, mean=result.mean, sd=result.sd)


def guess_from_record(record: Record, triple: MetaTriple) -> TripleGuess:
    """The matched claim's per-arm numbers for ``triple`` (unmatched when no claim fits)."""
    match = best_claim(record.claims, triple.intervention, triple.comparator, triple.outcome)
    if match is not None and not match.claim.results:
        numbered = [c for c in record.claims if c.results]
        tied = best_claim(numbered, triple.intervention, triple.comparator, triple.outcome)
        if tied is not None and tied.score >= match.score:
            match = tied  # as close to the triple, and it reports per-arm numbers
    if match is None:
        return TripleGuess(ArmGuess(), ArmGuess(), matched=False)
    claim = match.claim
    arm_ids = [claim.intervention.arm, claim.comparator.arm if claim.comparator else None]
    if match.swapped:
        arm_ids.reverse()
    arm_n = {arm.id: arm.n for arm in record.arms}
    guesses = []
    for arm_id in arm_ids:
        result = next((r for r in claim.results if arm_id and r.arm == arm_id), None)
        guesses.append(_arm_guess(result, arm_n.get(arm_id) if arm_id else None))
    return TripleGuess(guesses[0], guesses[1])


def sentences(text: str) -> list[str]:
    """Sentences cut at end punctuation before a capital or bracket, and at line breaks."""
    return [s for s in (p.strip() for p in _SENTENCE_END.split(text)) if s]


def guess_positional(text: str, triple: MetaTriple) -> TripleGuess:
    """The positional baseline's prediction (see the module docstring)."""
    outcome = content_tokens(triple.outcome)
    best: tuple[float, str] | None = None
    for sentence in sentences(text):
        has_values = (
            find_fractions(sentence) if triple.outcome_type == "binary" else find_mean_sds(sentence)
        )
        if not has_values:
            continue
        overlap = dice(outcome, sentence)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, sentence)
    if best is None:
        return TripleGuess(ArmGuess(), ArmGuess())
    sentence = best[1]
    if triple.outcome_type == "binary":
        fractions = find_fractions(sentence)[:2]
        arms = [ArmGuess(events=f.events, group_size=f.total) for f in fractions]
    else:
        ns = [s.n for s in find_sample_sizes(sentence) if s.noun is None][:2]
        arms = [
            ArmGuess(mean=m.mean, sd=m.sd, group_size=ns[i] if i < len(ns) else None)
            for i, m in enumerate(find_mean_sds(sentence)[:2])
        ]
    arms += [ArmGuess()] * (2 - len(arms))
    return TripleGuess(arms[0], arms[1])


def _describe(triple: MetaTriple, guess: TripleGuess) -> str:
    def show(gold: ArmNumbers, arm: ArmGuess) -> str:
        names = FIELDS[triple.outcome_type]
        return ", ".join(
            f"{n}={getattr(arm, n)}/{g.value if (g := getattr(gold, n)) else None}" for n in names
        )

    state = "matched" if guess.matched else "no claim"
    arms = (
        f"I[{show(triple.intervention_arm, guess.intervention)}] "
        f"C[{show(triple.comparator_arm, guess.comparator)}]"
    )
    return f"triple {triple.id} ({triple.outcome_type}, {state}): {arms}"


def score_arm_numbers(data: Path, extractor: Extractor, *, limit: int | None = None) -> Report:
    """Exact-match rates of the extractor and the baselines on the DEV triples."""
    started = time.perf_counter()
    triples = load_triples(data)[:limit] if limit else load_triples(data)
    records: dict[str, Record] = {}
    texts: dict[str, str] = {}
    for pmcid in dict.fromkeys(t.pmcid for t in triples):
        article = load_article(data, pmcid)
        texts[pmcid] = article.text
        records[pmcid] = extractor.extract(article)
    guesses: dict[str, list[TripleGuess]] = {s: [] for s in SYSTEMS}
    for triple in triples:
        guess = guess_from_record(records[triple.pmcid], triple)
        log.debug("%s", _describe(triple, guess))
        guesses["extractor"].append(guess)
        guesses["baseline_empty"].append(TripleGuess(ArmGuess(), ArmGuess()))
        guesses["baseline_positional"].append(guess_positional(texts[triple.pmcid], triple))

    report = Report("arms")
    kinds = ("binary", "continuous")
    totals = {k: sum(t.outcome_type == k for t in triples) for k in kinds}
    report.add("gold", "binary_triples", totals["binary"])
    report.add("gold", "continuous_triples", totals["continuous"])
    report.header = [
        "system",
        "binary EM",
        "continuous EM",
        "field acc.",
        "events",
        "group size",
        "mean",
        "sd",
    ]
    for system in SYSTEMS:
        exact = {k: 0 for k in kinds}
        per_field: dict[str, list[int]] = {}
        for triple, guess in zip(triples, guesses[system], strict=True):
            exact[triple.outcome_type] += is_exact_match(triple, guess)
            for name, (good, total) in field_hits(triple, guess).items():
                acc = per_field.setdefault(name, [0, 0])
                acc[0] += good
                acc[1] += total
        rates = {k: exact[k] / totals[k] if totals[k] else 0.0 for k in kinds}
        hits = sum(v[0] for v in per_field.values())
        scored = sum(v[1] for v in per_field.values())
        report.add(system, "binary_exact_match", rates["binary"])
        report.add(system, "continuous_exact_match", rates["continuous"])
        report.add(system, "field_accuracy", hits / scored if scored else 0.0)
        if system == "extractor":
            report.add(system, "matched_triples", sum(g.matched for g in guesses[system]))
        cells = [
            f"{per_field[n][0]}/{per_field[n][1]}" if n in per_field else "-"
            for n in ("events", "group_size", "mean", "sd")
        ]
        report.rows.append(
            [
                system,
                f"{rates['binary']:.3f} ({exact['binary']}/{totals['binary']})",
                f"{rates['continuous']:.3f} ({exact['continuous']}/{totals['continuous']})",
                f"{hits / scored if scored else 0.0:.3f}",
                *cells,
            ]
        )
    report.notes.append(
        "exact match needs every field of both arms, empty gold cells predicted as absent; "
        "GPT-4's published figures: 0.655 binary, about 0.47-0.49 continuous"
    )
    report.seconds = time.perf_counter() - started
    return report
