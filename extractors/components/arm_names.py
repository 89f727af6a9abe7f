"""Which arm a phrase of a result statement names, and where a comparison names one.

An arm name with a negation ("the non-tourniquet group", "without a cuff", "cuff-free")
names the arm without it (``named_arm``). ``GROUP`` finds a group named by a group word or
by people in it ("in the A group", "among A patients"), and ``comparison_word`` the
"compared with", "than" or "versus" after which a comparator may be named. Split out of
``comparison``.
"""

from __future__ import annotations

import functools
import re

from extractors.caseless import LowerCaseSearch
from extractors.components.arms import ROLE_WORDS, ArmMention, mention_words, nested_arm

_NEGATED_WORD = re.compile(
    r"(?i)\b(?:without|no|non|free\s+of|lacking)[\s-]+(?:(?:a|an|the|any)\s+)?"
    r"(?P<words>[^\W\d_][\w]*(?:[\s-]+[^\W\d_][\w]*){0,2})|\b(?P<free>[^\W\d_][\w]*)-free\b"
)

_NEGATION_ENDS = {
    "in", "with", "and", "or", "of", "the", "for", "at", "to", "on", "was", "were", "had", "is",
    "are", "group", "groups", "arm", "arms", "patients", "than", "compared", "vs", "versus",
}  # fmt: skip

_NOT_NEGATED = {"significant", "difference", "differences", "change", "changes", "effect"}


def negated_words(text: str) -> set[str]:
    """The words ``text`` names as absent: "without (a) thigh cuff", "non-cuff", "no music",
    "cuff-free" -> {"thigh", "cuff"}, {"cuff"}, {"music"}, {"cuff"}."""
    found: set[str] = set()
    for m in _NEGATED_WORD.finditer(text):
        if m.group("free"):
            found.add(m.group("free").lower())
            continue
        for word in re.split(r"[\s-]+", m.group("words").lower()):
            if word in _NEGATION_ENDS:
                break
            found.add(word)
    return found - _NOT_NEGATED


def named_arm(arms: list[ArmMention], phrase: str) -> ArmMention | None:
    """The one arm whose distinctive words ``phrase`` uses most, or None on a tied match; on
    none, the arm it names by words a larger arm shares (``nested_arm``).
    Negation counts: "the non-tourniquet group" names the arm "without tourniquet", not the
    one with it, and "the tourniquet group" the arm with it when another is without it."""
    words = mention_words(phrase)
    negated = negated_words(phrase) if arms else set()
    if negated or any(_NEGATED_WORD.search(a.label) for a in arms):
        arm_negated = [negated_words(" ".join([a.label, *a.interventions])) for a in arms]
        absent = set().union(*arm_negated)
        plain = words - negated
        scores = [
            len(a.distinctive & plain)
            + 2 * len(negated & own)
            + len(plain & (a.words - own) & absent)
            for a, own in zip(arms, arm_negated, strict=True)
        ]
    else:
        scores = [len(a.distinctive & words) for a in arms]
    scored = sorted(((score, i) for i, score in enumerate(scores)), reverse=True)
    if scored and scored[0][0] == 0:  # "the CD4 arm" beside "CD4 plus preventive therapy"
        return nested_arm(arms, words) or spelled_out(arms, words)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return arms[scored[0][1]]


def spelled_out(arms: list[ArmMention], words: set[str], least: int = 1) -> ArmMention | None:
    """The arm a phrase names by all its words when no word of it is its own: of the arms
    whose words the phrase all uses, the one with the most, if only one has that many ("the
    lipegfilgrastim 6.0-mg group" beside "lipegfilgrastim 3.0 mg", "lipegfilgrastim 6.0 mg"
    and "pegfilgrastim 6.0 mg": the drug and the dose); else None."""
    named = [a.words - ROLE_WORDS for a in arms]  # "plus": not written for "A plus B"
    spelled = sorted(
        ((len(own), i) for i, own in enumerate(named) if len(own) >= least and own <= words),
        reverse=True,
    )
    if not spelled or (len(spelled) > 1 and spelled[1][0] == spelled[0][0]):
        return None
    return arms[spelled[0][1]]


GROUP = re.compile(
    r"(?i)\b(?:the\s+)?(?P<name>(?:(?!(?:than|versus|vs|compared|with|in|of|and|or|the|to|"
    r"was|were|had|has|between|both)\b)[\w+\-/.’']+\s+){1,4}?)(?:group|arm|cohort)s?\b"
    r"|\b(?:in|among|for)\s+(?:the\s+)?(?P<people>(?:(?!(?:than|versus|vs|compared|with|of|and|"
    r"or|the|both|all|each)\b)[\w+\-/.’']+\s+){1,3}?)(?:patients|participants|subjects|"
    r"recipients|users|children|women|men)\b|"
    r"(?<![\w-])(?P<label>(?i:group|arm)\s+(?:[A-Z]{1,3}|[IVX]{1,3}|\d{1,2}))(?![\w-])"
    r"(?!\s*[<>=≤≥])"  # not "between-group P = 0.01"
)
# a word of every ``GROUP`` match (lower-cased): a text with none of them names no group
GROUP_WORDS = (
    "group", "arm", "cohort", "patients", "participants", "subjects", "recipients", "users",
    "children", "men",
)  # fmt: skip


def group_name(m: re.Match[str]) -> str:
    """The group a ``GROUP`` match names, without "in/among/for (the)" or "the" before it."""
    whole = m.group(0).strip()
    return re.sub(r"(?i)^(?:in|among|for)\s+(?:the\s+)?|^the\s+", "", whole)


_COMPARED_WITH = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+opposed\s+to|"
    r"(?<!\bother\s)than|versus|"  # not "cancer other than breast cancer"
    r"vs\.?|relative\s+to|over|(?:superior|inferior|non-?inferior|equivalent)\s+to|"
    r"(?:different|differ(?:ed|s)?(?:\s+\w+ly)?)\s+from)\s+"  # "did not differ from B"
)
# what a comparison word compares with when it is a time, no arm: "(compared with) that
# observed before", "baseline", "pre-treatment values"
BEFORE_START = re.compile(
    r"(?i)(?:(?:that|those|the\s+values?|levels?)\s+(?:\w+\s+){0,2}?)?(?:before|prior\s+to|"
    r"(?:at\s+)?baseline|pre-?(?:treatment|intervention|operative)|the\s+start)\b"
)
# a sentence that opens with what every clause of it compares with ("Compared with placebo,
# A reduced X (...), but not Y (...)"); not a time before ("Compared with baseline, ...")
OPENING_COMPARISON = re.compile(
    r"(?i)\s*(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|"
    r"vs\.?)\s+(?!(?:the\s+)?(?:baseline|pre-?\w*|before|prior|previous)\b)[^,;()]{1,60},"
)
_NUMBER_NEXT = re.compile(r"[-−+]?\s*\d")
_VALUE_BEFORE = re.compile(r"\d\s*(?:%|[a-zA-Zµμ]{1,6}(?:/[a-zA-Z]{1,5})?)?\s*$")


# in a bracket, names and a colon before the values: "(A vs. B: 5.1 vs. 4.2)" labels them
_LABELS_THEN_VALUES = re.compile(r"[^():;]{1,60}?:\s*[-−+]?\s*\d")
_DIGIT = re.compile(r"\d")


# _COMPARED_WITH spells its words in lower case: searched in the lower-cased clause, where it
# matches at the places it matches in the clause (``extractors.caseless``), three times faster
_COMPARED_WITH_FAST = LowerCaseSearch(_COMPARED_WITH)


# a pure function of the clause and ``start``, asked of one clause several times by the claims
# (6,236 calls for 3,953 different questions on the RCT file); bounded, a match is immutable
@functools.lru_cache(maxsize=1024)
def comparison_word(clause: str, start: int = 0) -> re.Match[str] | None:
    """The first "compared with", "than", "vs", ... of ``clause`` from ``start`` that may name
    an arm: not one that pairs two values in brackets ("pain (4.1 ± 1.2 vs 5.0 ± 1.3) was
    lower with A than with B": the arm after that "vs" is no comparator) or outside them ("44%
    versus 64% of patients had X in the A and B groups, respectively"), nor one between the
    names that label the values after a colon ("lower with B (A vs. B: 5.1 vs. 4.2)")."""
    for m in _COMPARED_WITH_FAST.finditer(clause, start):
        before = clause[: m.start()]
        if _VALUE_BEFORE.search(clause, max(0, m.start() - 16), m.start()) and _NUMBER_NEXT.match(
            clause, m.end()
        ):
            continue  # "44% versus 64% of patients had X in the A and B groups": values
        if before.count("(") > before.count(")") and (
            _NUMBER_NEXT.match(clause, m.end())
            or (
                _LABELS_THEN_VALUES.match(clause, m.end())
                and not _DIGIT.search(before, before.rfind("(") + 1)
            )
        ):
            continue
        return m
    return None
