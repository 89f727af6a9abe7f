"""Which extracted claim a gold (intervention, comparator, outcome) triple is about.

Texts are compared as sets of content tokens: lower-cased runs of letters and digits, with a
short list of English function words removed. Two texts overlap by the Dice coefficient of
their token sets, ``2 |A ∩ B| / (|A| + |B|)`` (Dice 1945), which, unlike the share of gold
tokens found, does not reward a claim whose text is a whole sentence.

A claim's score for a triple is ``dice(I, claim I) + dice(C, claim C) + dice(O, claim O)``; the
claim is also scored with its arms swapped (``dice(I, claim C) + dice(C, claim I) + ...``) and
the better orientation is kept, so "placebo vs drug" still matches "drug vs placebo" (the
caller then reads the arms the other way round). Only claims whose outcome overlaps the gold
outcome (Dice > 0) are candidates; the highest score wins, ties going to the earlier claim.
No candidate means the triple has no matched claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.model import Claim

_TOKEN = re.compile(r"[a-z0-9]+")
_STOPWORDS = (
    "a an and are as at be by for from group groups in into is its of on or the than that "
    "their this to vs versus was were with"
)
STOPWORDS = frozenset(_STOPWORDS.split(" "))


def content_tokens(text: str) -> frozenset[str]:
    """The lower-cased alphanumeric tokens of ``text`` that are not function words."""
    return frozenset(t for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS)


def dice(a: str | frozenset[str], b: str | frozenset[str]) -> float:
    """Dice coefficient of two texts' content-token sets (0.0 when both are empty)."""
    sa = content_tokens(a) if isinstance(a, str) else a
    sb = content_tokens(b) if isinstance(b, str) else b
    if not sa and not sb:
        return 0.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """The claim a triple matched, its score, and whether its arms are read swapped."""

    claim: Claim
    index: int
    score: float
    swapped: bool


def best_claim(
    claims: Sequence[Claim], intervention: str, comparator: str, outcome: str
) -> ClaimMatch | None:
    """The claim that overlaps the triple most (see the module docstring), or None."""
    gi, gc, go = (content_tokens(t) for t in (intervention, comparator, outcome))
    best: ClaimMatch | None = None
    for index, claim in enumerate(claims):
        outcome_overlap = dice(go, claim.outcome.text)
        if outcome_overlap <= 0.0:
            continue
        ci = content_tokens(claim.intervention.text)
        cc = content_tokens(claim.comparator.text) if claim.comparator else frozenset()
        straight = dice(gi, ci) + dice(gc, cc)
        swapped = dice(gi, cc) + dice(gc, ci)
        score = outcome_overlap + max(straight, swapped)
        if best is None or score > best.score:
            best = ClaimMatch(claim, index, score, swapped > straight)
    return best
