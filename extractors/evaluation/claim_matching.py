"""Which extracted claim a gold (intervention, comparator, outcome) triple is about.

Texts are compared as sets of content tokens: lower-cased runs of letters and digits, with a
short list of English function words removed. Two texts overlap by the Dice coefficient of
their token sets, ``2 |A ∩ B| / (|A| + |B|)`` (Dice 1945), which, unlike the share of gold
tokens found, does not reward a claim whose text is a whole sentence.

Outcome tokens are compared by a light stem (``stem``: "recovered" and "recovery" are both
"recover", "discontinued" and "discontinuation" both "discontinu"; words of five letters or
fewer stay whole); arm tokens are not, since "implanted" against "non-implanted" must stay
apart.

Abbreviations the abstract defines ("duration of analgesia (DOA)") are expanded in both the
claim's and the triple's texts first (Schwartz & Hearst, :mod:`extractors.abbreviations`), so
"Mean DOA" matches "duration of analgesia".

A claim's score for a triple is ``2 dice(O, claim O) + share(O in evidence) + dice(I, claim I)
+ dice(C, claim C)``: the outcome counts twice (a triple is about its outcome first), and the
share of the gold outcome's tokens found in the claim's evidence sentence counts too (an
outcome phrase cut short, "They also had greater reductions in ...", still counts through its
sentence). The claim is also scored with its arms swapped (``dice(I, claim C) + dice(C, claim
I)``) and the better score is kept, so "placebo vs drug" still matches "drug vs placebo". The
caller reads the arms the other way round when the claim's arms share more of the words that
tell the gold arms apart that way ("synbiotic + mineral oil" against "mineral oil alone":
"synbiotic" and "alone"), else by role words ("intervention group" is the treated arm,
"control"/"placebo"/"usual care" the other, even against a gold comparator "no intervention"),
else by the better Dice orientation. Only claims whose outcome or
evidence sentence overlaps the gold outcome are candidates; the highest score wins, ties going
to the earlier claim. No candidate means the triple has no matched claim.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from extractors.abbreviations import expand_abbreviations, find_definitions
from kg.model import Claim

_TOKEN = re.compile(r"[a-z0-9]+")
_STOPWORDS = (
    "a an and are as at be by for from group groups in into is its of on or the than that "
    "their this to vs versus was were with"
)
STOPWORDS = frozenset(_STOPWORDS.split(" "))
_TREATED = frozenset({"intervention", "experimental", "treatment", "treated", "active", "study"})
_CONTROLS = frozenset(
    {"control", "controls", "placebo", "usual", "standard", "sham", "conventional", "untreated"}
)
ROLE_WORDS = _TREATED | _CONTROLS
"""Words naming an arm's role rather than what it received."""
OUTCOME_WEIGHT = 2.0
"""Weight of the outcome overlap: a triple is about its outcome first, its arms second."""
EVIDENCE_WEIGHT = 1.0
"""Weight of the share of gold outcome tokens found in a claim's evidence sentence."""


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


def long_forms_of(text: str) -> dict[str, str]:
    """The abbreviations ``text`` defines: short form -> long form (the first definition)."""
    found: dict[str, str] = {}
    for definition in find_definitions(text):
        found.setdefault(definition.short, definition.long)
    return found


_SUFFIX = re.compile(r"(?:ations?|ments?|ings?|ies|ied|ion|ions|ed|es|e|s|y)$")


def stem(token: str) -> str:
    """A light stem, so that word forms of one measure match ("recovered", "recovery" ->
    "recover"; "discontinued", "discontinuation" -> "discontinu"); tokens of five letters or
    fewer (abbreviations, "pain") stay as they are."""
    if len(token) <= 5 or not token.isalpha():
        return token
    stemmed = _SUFFIX.sub("", token)
    if stemmed.endswith("e"):  # "improvements" -> "improve" -> "improv", as "improved"
        stemmed = stemmed[:-1]
    return stemmed if len(stemmed) >= 4 else token


def _tokens(text: str, long_forms: Mapping[str, str]) -> frozenset[str]:
    return content_tokens(expand_abbreviations(text, long_forms) if long_forms else text)


def _stems(tokens: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(t) for t in tokens)


def best_claim(
    claims: Sequence[Claim],
    intervention: str,
    comparator: str,
    outcome: str,
    long_forms: Mapping[str, str] | None = None,
) -> ClaimMatch | None:
    """The claim that overlaps the triple most (see the module docstring), or None;
    ``long_forms`` are the abstract's abbreviations (:func:`long_forms_of`)."""
    forms = long_forms or {}
    gi, gc, go = (_tokens(t, forms) for t in (intervention, comparator, outcome))
    go_stems = _stems(go)
    best: ClaimMatch | None = None
    for index, claim in enumerate(claims):
        outcome_overlap = dice(go_stems, _stems(_tokens(claim.outcome.text, forms)))
        in_evidence = (
            len(go_stems & _stems(_tokens(claim.evidence.text, forms))) / len(go_stems)
            if go_stems
            else 0.0
        )
        if outcome_overlap <= 0.0 and in_evidence <= 0.0:
            continue
        ci = _tokens(claim.intervention.text, forms)
        cc = _tokens(claim.comparator.text, forms) if claim.comparator else frozenset()
        straight = dice(gi, ci) + dice(gc, cc)
        swapped = dice(gi, cc) + dice(gc, ci)
        outcome_score = OUTCOME_WEIGHT * outcome_overlap + EVIDENCE_WEIGHT * in_evidence
        score = outcome_score + max(straight, swapped)
        if best is None or score > best.score:
            best = ClaimMatch(claim, index, score, _swapped(gi, gc, ci, cc, straight, swapped))
    return best


def _swapped(
    gi: frozenset[str],
    gc: frozenset[str],
    ci: frozenset[str],
    cc: frozenset[str],
    straight: float,
    swapped: float,
) -> bool:
    """Whether the claim's arms read the other way round: by the words that tell the gold
    arms apart ("synbiotic + mineral oil" against "mineral oil alone": "synbiotic" and
    "alone"), else by the Dice scores."""
    own_i, own_c = (gi - gc) - ROLE_WORDS, (gc - gi) - ROLE_WORDS
    as_given = len(ci & own_i) + len(cc & own_c)
    reversed_ = len(ci & own_c) + len(cc & own_i)
    if as_given != reversed_:
        return reversed_ > as_given
    # role words: "intervention group" is the treated arm, "control group" the other, even
    # when the gold comparator is written "no intervention"
    treated_first = len(ci & _TREATED) + len(cc & _CONTROLS)
    control_first = len(ci & _CONTROLS) + len(cc & _TREATED)
    if gi & _CONTROLS and not gc & _CONTROLS:  # the gold intervention is the control arm
        treated_first, control_first = control_first, treated_first
    if treated_first != control_first:
        return control_first > treated_first
    return bool(cc) and swapped > straight  # one arm sharing only common words: as given
