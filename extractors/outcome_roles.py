"""Primary and secondary outcomes: what an abstract declares, and which outcome a claim
reports.

Abstracts state their outcomes' roles in a few set ways:

- a declaration: "The primary outcome was X", "Secondary outcomes included X, Y and Z",
  "Primary end point: X", "The primary efficacy variable was X", "X was the primary
  outcome", "The main outcome measure was X";
- a section of a structured abstract headed "PRIMARY OUTCOME(S)" or "SECONDARY OUTCOMES"
  (not "MAIN OUTCOME MEASURES", which lists both kinds);
- the result sentence itself: "The primary end point, X, did not differ", "X (the primary
  outcome) was lower", "For the secondary outcome of X, ...", or an outcome phrase that is
  the role ("The primary outcome occurred in 30% ...").

``declarations(text, sentences, headed)`` finds the first two kinds: each ``Declared`` is one
item of a declared list ("X", "Y", "Z") with its role. ``outcome_role(outcome, evidence,
declared)`` gives a claim's role: the result sentence's own words first, else the declared item
whose content words cover the claim's outcome words best (at least half of them, counting only
words that name a thing rather than a measure: "pain score" and "anxiety score" share only
"score"); an outcome that fits a primary and a secondary item about equally well (within a
quarter of its words) has no role. ``None`` where the
abstract does not say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from extractors.bracket_lists import separators
from extractors.caseless import LowerCaseSearch, lowered
from extractors.numbers import opening_with
from kg.model import OutcomeRole as Role

_KIND = r"(?:co-?)?(?P<role>primary|secondary|main)"
_NOUN = (
    r"(?:(?:efficacy|safety|composite|clinical|study|outcome)\s+)?"
    r"(?:end[-\s]?points?|outcomes?(?:\s+measures?|\s+variables?)?|variables?|measures?|"
    r"parameters?)"
)
# tried only at a first letter of a cue (``opening_with``: every cue opens with "co-",
# "primary", "secondary" or "main")
_CUE = opening_with("cpsm", rf"(?i)\b{_KIND}\s+{_NOUN}\b")
# _CUE spells its words in lower case: searched in the lower-cased text, where it matches at
# the places it matches in the text (``extractors.caseless``): twice as fast
_CUE_FAST = LowerCaseSearch(_CUE)
# "... was/were/included/: X, Y and Z" after the cue ("The primary outcome measure of the
# study was X"); "(X and Y)" right after it
_VERB = re.compile(
    r"(?i)(?:\s+(?:of|in|for)\s+(?:the|this|our)\s+(?:study|trial|analysis))?"
    r"(?:\s+(?:assessed|measured|evaluated|examined|analy[sz]ed|considered))?"
    r"(?:\s*:|\s+(?:was|were|is|are|will\s+be|included|includes|include|will\s+include|"
    r"comprised|comprise|consisted\s+of|consist\s+of))\s+(?:the\s+|a\s+)?"
    r"|\s*\((?=[^()]{3,}\))"
)
# "X was the primary outcome", "X and Y were assessed as secondary outcomes"
_BEFORE_VERB = re.compile(
    rf"(?i)\s+(?:was|were|is|are|served\s+as|will\s+be)\s+"
    r"(?:(?:assessed|measured|considered|used|analy[sz]ed|evaluated|explored|included)\s+as\s+)?"
    rf"(?:(?:the|our|a|an)\s+)?(?:\w+\s+)?"
    rf"{_KIND}\s+{_NOUN}\s*[.;:]?\s*$"
)
_HEADING = re.compile(
    r"(?i)\b(?P<role>primary|secondary)\b.*\b(?:outcome|end\s*-?\s*point|measure)"
)
_LIST_END = re.compile(r"[.;](?:\s|$)")
_ITEM_SPLIT = re.compile(r"(?i)\s*(?:,|;|\band\b|\bor\b|\bas\s+well\s+as\b)\s*(?:and\s+)?")
_WORD = re.compile(r"[a-z0-9]+")
# words that say how something was measured, not what: two outcomes sharing only these are
# not the same outcome
_GENERIC_WORDS = """
    a an the of in on at to for with from by after before during within between among
    and or as its their his her this that these those than was were is are be been all any each per
    score scores scale rate rates level levels total mean median change changes number numbers
    time times proportion percentage percent incidence risk use occurrence frequency duration
    day days week weeks month months year years hour hours minute minutes baseline
    outcome outcomes end point points endpoint endpoints primary secondary main measure measures
    measured assessed patients patient participants subjects group groups arm arms trial study
    overall first second final postoperative post pre
    more less fewer greater higher lower better worse significant significantly any other no not
    only also both one two three there we it improvement improvements reduction reductions
    increase increases decrease decreases difference differences effect effects"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
_MARGIN = 0.25  # how much better one role's item must cover the outcome than the other's


@dataclass(frozen=True, slots=True)
class Declared:
    """One item of a declared outcome list: its role, offsets and content words."""

    role: Role
    start: int
    end: int
    words: frozenset[str]


def content_words(text: str, long_forms: Mapping[str, str] | None = None) -> frozenset[str]:
    """The words of ``text`` that name what was measured (hyphens dropped, lower-cased), with
    the words of the long forms of its abbreviations ("POD" -> "postoperative delirium")."""
    words = set(_WORD.findall(text.lower().replace("-", "")))
    for short, long in (long_forms or {}).items():
        # the pattern finds only the short form as written: none where ``text`` holds none
        if short in text and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", text):
            words |= set(_WORD.findall(long.lower().replace("-", "")))
    return frozenset(w for w in words if w not in _GENERIC and not w.isdigit())


def mentions_roles(text: str) -> bool:
    """Whether ``text`` names a primary, secondary or main outcome at all."""
    return _CUE_FAST.found(text)


def _role(word: str) -> Role:
    return "secondary" if word.lower() == "secondary" else "primary"


def _items(
    text: str, start: int, end: int, role: Role, long_forms: Mapping[str, str] | None
) -> list[Declared]:
    """The items of the list ``text[start:end]``, split at commas, semicolons and "and"
    outside brackets."""
    found: list[Declared] = []
    cuts: list[tuple[int, int]] = []
    item_start = start
    for cut_start, cut_end in separators(text, start, end, _ITEM_SPLIT, ",; ao"):
        cuts.append((item_start, cut_start))
        item_start = cut_end
    cuts.append((item_start, end))
    for s, e in cuts:
        s, e = s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())
        words = content_words(text[s:e], long_forms)
        if words:
            found.append(Declared(role, s, e, words))
    return found


def declarations(
    text: str,
    sentences: Iterable[tuple[int, int]],
    headed: Iterable[tuple[str, int, int]] = (),
    long_forms: Mapping[str, str] | None = None,
) -> list[Declared]:
    """The declared outcome items of an abstract: from its sentences (offsets into ``text``)
    and from its sections headed by a role (``(heading, start, end)``)."""
    found: list[Declared] = []
    for heading, start, end in headed:
        m = _HEADING.search(heading)
        if m is not None:
            stop = _LIST_END.search(text, start, end)
            found += _items(
                text, start, stop.start() if stop else end, _role(m["role"]), long_forms
            )
    lower = lowered(text)  # _CUE searched in each sentence of it (``_CUE_FAST``)
    for start, end in sentences:
        if not _CUE_FAST.found_in(text, lower, start, end):
            continue
        for cue, verb, list_end in _cue_lists(text, start, end):
            if cue["role"].lower() == "main" and verb.group().strip() == ":":
                continue  # "Main outcome measures: X, Y" lists both kinds
            found += _items(text, verb.end(), list_end, _role(cue["role"]), long_forms)
        before = _BEFORE_VERB.search(text, start, end)
        if before is not None:
            # the list is the clause before the verb: "...; X and Y were secondary outcomes"
            head_start = max(start, *(text.rfind(c, start, before.start()) + 1 for c in ";:"))
            found += _items(text, head_start, before.start(), _role(before["role"]), long_forms)
    return found


def _cue_lists(text: str, start: int, end: int) -> list[tuple[re.Match[str], re.Match[str], int]]:
    """Each role cue of the sentence ``text[start:end]`` followed by its verb ("The primary
    outcome was", "Secondary end points:", "(" ...), with where the list after the verb
    ends: at the closing bracket, else at the sentence's end, a semicolon or the next cue
    ("..., and the secondary outcomes were ...")."""
    found = []
    for cue in _CUE.finditer(text, start, end):
        verb = _VERB.match(text, cue.end(), end)
        if verb is None:
            continue
        if verb.group().lstrip().startswith("("):
            list_end = text.find(")", verb.end(), end)  # the lookahead saw it
            list_end = list_end if list_end >= 0 else end
        else:
            stop = _LIST_END.search(text, verb.end(), end)
            list_end = stop.start() if stop else end
            following = _CUE.search(text, verb.end(), list_end)
            if following is not None:
                list_end = following.start()
        found.append((cue, verb, list_end))
    return found


# the result sentence's own words: "The primary end point, X, ...", "X (the primary outcome)",
# "For the secondary outcome of X, ..."
_ROLE_BEFORE = re.compile(
    rf"(?i)\b{_KIND}\s+{_NOUN}\s*(?:,|:|\(|\bof\b|\bwas\b|\bwere\b)?\s*(?:the\s+)?$"
)
_ROLE_AFTER = re.compile(
    rf"(?i)^\s*(?:,|\(|\[)\s*(?:the|a|an|our)?\s*(?:\w+\s+)?{_KIND}\s+{_NOUN}\b"
)


def outcome_role(
    outcome: str,
    evidence: str,
    declared: Sequence[Declared],
    long_forms: Mapping[str, str] | None = None,
) -> Role | None:
    """The role of a claim's outcome (``outcome``, found in the sentence ``evidence``): the
    sentence's own words, else the declared items (see the module docstring)."""
    own = _CUE.search(outcome)
    if own is not None:
        return _role(own["role"])
    at = evidence.lower().find(outcome.lower()) if outcome else -1
    if at >= 0:
        end = at + len(outcome)
        cue = _ROLE_BEFORE.search(evidence, max(0, at - 60), at) or _ROLE_AFTER.match(
            evidence[end : end + 60]
        )
        if cue is not None:
            return _role(cue["role"])
    words = content_words(outcome, long_forms)
    if not words:
        return None
    best: dict[Role, tuple[float, int]] = {}
    for item in declared:
        shared = len(words & item.words)
        if shared == 0 or shared / len(words) < 0.5:
            continue
        fit = (shared / len(words), shared)
        if fit > best.get(item.role, (0.0, 0)):
            best[item.role] = fit
    if len(best) == 2 and abs(best["primary"][0] - best["secondary"][0]) < _MARGIN:
        return None  # "pain" against "pain score" (primary) and "pain at rest" (secondary)
    if not best:
        return None
    winner: Role = max(best, key=best.__getitem__)
    return winner


_SINGULAR = re.compile(
    r"(?i)(?:end[-\s]?point|outcome(?:\s+measure|\s+variable)?|variable|measure|parameter)$"
)
_SINGULAR_VERB = re.compile(r"(?i)(?:\s*:|\s+(?:was|is|will\s+be))\s+(?:the\s+|a\s+)?$")
# "The primary outcome, X, did not differ": an outcome phrase that is only the role
_ROLE_ONLY = re.compile(rf"(?i)^(?:the\s+|our\s+|an?\s+)?{_KIND}\s+{_NOUN}$")
# where a declared outcome's name ends: "X, defined as ...", "X, measured by ..."
_NAME_END = re.compile(
    r"(?i)\s*,?\s+(?:defined|measured|assessed|evaluated|determined|calculated|as\s+measured|"
    r"as\s+assessed|using|according\s+to)\b|\s*,\s+(?:which|that|i\.e\.)"
)
# "The primary outcome was assessed in ...", "was met by ...": no name follows
_NOT_A_NAME = re.compile(
    r"(?i)^(?:\w+ed|not|similar|comparable|significantly|higher|lower|better|worse|reached|met|"
    r"achieved|observed|available)\b"
)


def named_outcomes(text: str, sentences: Iterable[tuple[int, int]]) -> dict[Role, str]:
    """The outcome each role's only singular declaration names ("The primary outcome was X",
    "Secondary end point: Y"), cut before "defined as", "measured by" or a relative clause;
    a role declared by several different names, or by a list ("The primary outcomes were
    ..."), gets none."""
    names: dict[Role, set[str]] = {}
    for start, end in sentences:
        for cue, verb, list_end in _cue_lists(text, start, end):
            if (
                cue["role"].lower() == "main"
                or not _SINGULAR.search(cue.group())
                or not _SINGULAR_VERB.search(verb.group())
            ):
                continue  # a list, or a bracket ("primary outcomes (X and Y)"): no one name
            name = text[verb.end() : list_end]
            cut = _NAME_END.search(name)
            name = name[: cut.start()] if cut else name
            name = name.strip(" ,;:")
            if name and not _NOT_A_NAME.match(name) and len(name) <= 200:
                names.setdefault(_role(cue["role"]), set()).add(name)
    return {role: next(iter(found)) for role, found in names.items() if len(found) == 1}


def names_only_a_role(outcome: str) -> bool:
    """Whether the outcome phrase is only its role ("the primary outcome", "primary end
    point"), in the singular."""
    outcome = outcome.strip()
    return bool(_ROLE_ONLY.match(outcome)) and bool(_SINGULAR.search(outcome))
