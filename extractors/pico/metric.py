"""The EBM-NLP token-level metric, and a spaCy scorer built on it.

Per element (P, I, O), a token is positive where it carries that element; precision,
recall and F1 count tokens over the whole set (micro within an element), and the macro
average is the mean of the three F1s (Nye et al. 2018, "A Corpus with Multi-Level
Annotations of Patients, Interventions and Outcomes", token-level evaluation).

Example: gold ``[P, P, None, I]`` and predicted ``[P, None, None, I]`` give P precision 1.0,
recall 0.5, F1 0.667; I precision, recall and F1 1.0; O has no tokens and scores 0.0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.training import Example
from spacy.util import registry

from extractors.evaluation.metrics import Counts
from extractors.pico.labels import ELEMENT_OF_LABEL, ELEMENTS, NOT, Element


@dataclass
class TokenScores:
    """Token counts per element; ``add`` one document at a time."""

    counts: dict[Element, Counts] = field(
        default_factory=lambda: {element: Counts() for element in ELEMENTS}
    )

    def add(
        self,
        gold: Sequence[Element | None],
        predicted: Sequence[frozenset[Element] | Element | None],
    ) -> None:
        """Count one document: ``predicted`` may give several elements per token."""
        for want, got in zip(gold, predicted, strict=True):
            got_set = got if isinstance(got, frozenset) else frozenset([got] if got else [])
            for element in ELEMENTS:
                counts = self.counts[element]
                if want == element and element in got_set:
                    counts.tp += 1
                elif want == element:
                    counts.fn += 1
                elif element in got_set:
                    counts.fp += 1

    @property
    def macro_f1(self) -> float:
        return sum(c.f1 for c in self.counts.values()) / len(self.counts)

    def as_dict(self) -> dict[str, float]:
        """``{"P_p": ..., "P_r": ..., "P_f": ..., ..., "macro_f": ...}``."""
        out: dict[str, float] = {}
        for element, counts in self.counts.items():
            out[f"{element}_p"] = counts.precision
            out[f"{element}_r"] = counts.recall
            out[f"{element}_f"] = counts.f1
        out["macro_f"] = self.macro_f1
        return out


def score_token_tags(examples: Iterable[Example], **_: Any) -> dict[str, float]:
    """EBM-NLP token scores of ``examples`` (predicted vs reference tags), as ``tok_*``.

    Reference tokens without a tag or with a negative one ("!INT") are skipped.
    """
    scores = TokenScores()
    for example in examples:
        predicted = [ELEMENT_OF_LABEL.get(token.tag_) for token in example.predicted]
        gold: list[Element | None] = []
        aligned: list[Element | None] = []
        x2y = example.alignment.y2x
        cursor = 0
        for token, length in zip(example.reference, x2y.lengths, strict=True):
            where = [int(i) for i in x2y.data[cursor : cursor + int(length)]]
            cursor += int(length)
            if not token.tag_ or token.tag_.startswith(NOT):
                continue
            gold.append(ELEMENT_OF_LABEL.get(token.tag_))
            aligned.append(next((predicted[i] for i in where if predicted[i]), None))
        scores.add(gold, aligned)
    return {f"tok_{key}": value for key, value in scores.as_dict().items()}


def make_token_scorer() -> Any:
    """The ``evg.pico_token_scorer.v1`` scorer: ``score_token_tags``."""
    return score_token_tags


registry.scorers.register("evg.pico_token_scorer.v1", func=make_token_scorer)
