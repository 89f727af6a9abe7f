"""The comparator step: which predicted intervention spans are comparator (control) arms.

The tagger pools interventions and comparators (as EBM-NLP does); this step relabels an
intervention span as "comparator" when one of four rules holds:

1. control wording: the span names a control condition (placebo, sham, usual / standard /
   routine / conventional care or treatment, "control group", no treatment, waiting list,
   vehicle, treatment as usual, best supportive care);
2. monotherapy of a combination: another intervention span in the abstract is this span's
   text (whole words) followed by a combination word (plus, +, with, combined with, in
   combination with, together with) and more, e.g. "drug A" beside "drug A plus drug B", or
   preceded by "... added to". Not when the span is itself the add-on of some span
   ("FOLFIRI plus cetuximab" beside "cetuximab plus FOLFIRI": neither is a monotherapy arm),
   nor when the longer span follows "compare" ("to compare drug A with drug B"). "And" is
   no combination word: "between drug A and drug B" names two arms far more often than one;
3. comparison order: the span stands after "compared with", "compared to", "versus", "vs"
   or "than" (articles and brackets may stand between), as in "drug A versus drug B", or
   after the "or" of an allocation ("randomised to drug A or drug B"; not "with or
   without B"). The first mention of a name beside such a word decides for every mention:
   a name whose first such mention stands before "versus" / "compared with" ("drug A" above)
   is not a comparator when a later sentence says "drug B versus drug A";
4. the arm's own wording (``is_control_arm``): a span that ends in "alone" or "only"
   ("chemotherapy alone", "advice only"), starts with "no" or "not" ("no radiotherapy";
   not "without": "with or without X" arms are interventions more often than not in
   PICO-Corpus), names the reference product of a biosimilar trial ("reference
   trastuzumab"), is saline and nothing else ("normal saline"), is usual care with one
   more word ("routine wound care", "standard medical care"), or is observation or
   watchful waiting and nothing else ("observation", "clinical observation arm").

Rules 2 and 3 apply to every span of the same (normalised) text. Rule 3 is dropped when it
would leave no span of the abstract an intervention.

Example: in "Drug A plus drug B versus drug A alone or placebo", "drug A alone" (rule 2,
3) and "placebo" (rule 1) are comparators; "Drug A plus drug B" is an intervention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

Span = tuple[int, int]

_CONTROL = re.compile(
    r"\b(placebos?|sham|dumm(?:y|ies)|vehicle|controls?|usual[- ]care|treatment[- ]as[- ]usual"
    r"|(?:standard|routine|conventional|usual|regular)(?:[- ]of)?[- ](?:care|treatments?|"
    r"therap(?:y|ies)|practice|management|medical therapy)"
    r"|best[- ]supportive[- ]care|no[- ](?:treatment|intervention|therapy)"
    r"|wait(?:ing)?[- ]?list(?:ed)?)\b",
    re.IGNORECASE,
)
_JOINS = r"plus|with|combined with|in combination with|together with"
_COMBINATION = re.compile(
    rf"^(?:\s*(?:\+|{_JOINS}|added to)\b)|(?:\b(?:{_JOINS}|added to)\s*|\+\s*)$",
    re.IGNORECASE,
)
_JOINED = re.compile(rf"\+|\b(?:{_JOINS}|added to)\b", re.IGNORECASE)
_COMBINATION_END = re.compile(rf"(?:\b(?:{_JOINS})\s*|\+\s*)$", re.IGNORECASE)
_COMPARED = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bthan)\s*(?:\(|\bthe\s+|\ban?\s+|\bwith\s+)*$",
    re.IGNORECASE,
)
_MONO = re.compile(r"\s+(?:alone|only|monotherapy|by itself)\s*$", re.IGNORECASE)
_ARM_WORDING = re.compile(
    r"\s(?:alone|only)[\s.,;:)]*$"
    r"|^\W*(?:no|not)\b"
    r"|^\W*(?:the\s+)?reference\s+\w"
    r"|^\W*(?:(?:normal|physiologic(?:al)?|isotonic|0\.9\s?%)\s+)?saline"
    r"(?:\s+(?:solution|injections?|infusions?|placebo))?[\s.,;:)]*$"
    r"|\b(?:standard|routine|conventional|usual|regular)[- ]\w+[- ]care\b"
    r"|^\W*(?:(?:clinical|close)\s+)?(?:observation|watchful\s+waiting)"
    r"(?:\s+(?:arm|group))?[\s.,;:)]*$",
    re.IGNORECASE,
)
_LOOKBEHIND = 40


def normalise(text: str) -> str:
    """Lower-case, single spaces, without a trailing "alone"/"only"/"monotherapy"."""
    return _MONO.sub("", " ".join(text.lower().split())).strip(" .,;:()")


def is_control_wording(text: str) -> bool:
    """Rule 1: the span names a control condition."""
    return _CONTROL.search(text) is not None


def is_control_arm(text: str) -> bool:
    """Rule 4: the span's own wording makes it the control arm (module docstring)."""
    return _ARM_WORDING.search(text) is not None


def names_control(text: str) -> bool:
    """Rule 1 or rule 4: the span's own words make it a control arm."""
    return is_control_wording(text) or is_control_arm(text)


# The base therapy of a combination is the comparator arm ("drug A" beside "drug A plus drug
# B"); the add-on is not ("drug B"), except when written "drug B added to drug A".
_ADDED_TO = re.compile(r"\s*added\s+to\b", re.IGNORECASE)
_ADDED_TO_END = re.compile(r"\badded\s+to\s*$", re.IGNORECASE)
_COMPARE_VERB = re.compile(r"\bcompar(?:e|es|ed|ing)\s+(?:the\s+)?$", re.IGNORECASE)


def _is_add_on(name: str, other: str) -> bool:
    """Whether ``other`` is some base therapy with ``name`` added ("FOLFIRI plus cetuximab")."""
    if not other.endswith(name) or other == name:
        return False
    return _COMBINATION_END.search(other[: -len(name)]) is not None


def _is_monotherapy(name: str, others: Iterable[str]) -> bool:
    """Rule 2: ``name`` is the base of a combination that ``others`` name, and no add-on."""
    longer = [other for other in others if other != name and name in other]
    if not longer or any(_is_add_on(name, other) for other in longer):
        return False
    for other in longer:
        at = _whole_word(name, other)
        if at < 0:
            continue
        before, after = other[:at], other[at + len(name) :]
        if (after.strip() and _COMBINATION.search(after) and not _ADDED_TO.match(after)) or (
            before.strip() and _ADDED_TO_END.search(before)
        ):
            return True
    return False


def _whole_word(name: str, other: str) -> int:
    """Where ``name`` first stands in ``other`` as whole words, or -1."""
    at = other.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not other[at - 1].isalnum()) and (
            end == len(other) or not other[end].isalnum()
        ):
            return at
        at = other.find(name, at + 1)
    return -1


# Rule 3: a name before "versus" leads; one after "versus" or after the "or" of an
# allocation sentence ("randomised to A or B", not "with or without") follows.
_LEADS = re.compile(
    r"^[\s.,;:)]*(?:\([^()]{0,40}\)\s*)?(?:versus|vs\.?|compared\s+(?:with|to))\b", re.IGNORECASE
)
_OR_BEFORE_ARM = r"\bor\s+(?:to\s+)?(?:receive\s+)?(?:the\s+|an?\s+)?$"  # "or (to receive) the "
_OR_END = re.compile(_OR_BEFORE_ARM, re.IGNORECASE)
_ALLOCATED_OR = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\b[^.;]*"
    r"(?<!\bwith\s)" + _OR_BEFORE_ARM,
    re.IGNORECASE,
)
_ARMS_BRACKET = re.compile(r"\b(?:groups|arms)\s*\(", re.IGNORECASE)
_SENTENCE_REACH = 200
_OR_REACH = 24  # "or to receive the " and a space or two
_COMPARISON_WORDS = ("compared", "versus", "vs", "than")


def _allocated_second(text: str, start: int) -> bool:
    """Whether the span at ``start`` is the arm after "or" in "randomised to A or B"."""
    before = text[max(0, start - _SENTENCE_REACH) : start]
    if "or" not in before[-_OR_REACH:].lower() or _OR_END.search(before) is None:
        return False
    found = _ALLOCATED_OR.search(before)
    if found is None:
        return False
    between = _ARMS_BRACKET.sub(" ", found.group())  # "two groups (A or B)" lists the arms
    depth = between.count("(") + between.count("[") - between.count(")") - between.count("]")
    return depth <= 0  # not "(oral drug A or oral drug B)" inside one arm's brackets


def _compared_names(text: str, spans: Sequence[Span], names: Sequence[str]) -> set[str]:
    """Rule 3: the names whose first mention beside a comparison word follows it."""
    follows: dict[str, bool] = {}
    for (start, end), name in sorted(zip(spans, names, strict=True)):
        if not name or name in follows:
            continue
        before = text[max(0, start - _LOOKBEHIND) : start]
        lowered = before.lower()
        compared = any(w in lowered for w in _COMPARISON_WORDS) and _COMPARED.search(before)
        if compared or _allocated_second(text, start):
            follows[name] = True
        elif _LEADS.search(text[end : end + _LOOKBEHIND]):
            follows[name] = False
    return {name for name, after in follows.items() if after}


def comparator_flags(text: str, spans: Sequence[Span]) -> list[bool]:
    """For each intervention span ``(start, end)`` of ``text``, whether it is a comparator."""
    names = [normalise(text[s:e]) for s, e in spans]
    control = [names_control(text[s:e]) for s, e in spans]
    combinations = {  # "to compare drug A with drug B" names no combination
        name
        for (start, _), name in zip(spans, names, strict=True)
        if _JOINED.search(name)
        and not _COMPARE_VERB.search(text[max(0, start - _LOOKBEHIND) : start])
    }
    mono = {n for n in set(names) if n and _is_monotherapy(n, combinations)}
    compared = _compared_names(text, spans, names)
    flags = [c or n in mono or n in compared for c, n in zip(control, names, strict=True)]
    if spans and all(flags):
        flags = [c or n in mono for c, n in zip(control, names, strict=True)]
    return flags
