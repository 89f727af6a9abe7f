"""Arm phrases in allocation sentences: finding, trimming and splitting them (pure functions).

Not a component: ``evg_arms`` uses these. These shapes are read (``evg_arms`` tries 1 and 5 first):
1. "group A (n=30) received drug X and group B (n=30) received placebo" (label + verb; the
   verb may be written once: "Group A received X, group B Y and group C placebo");
2. "randomly assigned to X (n=32) or Y (n=31)" and "the X group (n=45) and the Y group
   (n=44)" (one arm before each parenthesised n);
3. "randomized to receive A, B or C for 12 weeks" (split at "or", "versus", commas; the doses
   of "A (5 or 10 mg)" one arm each, a dose alone taking the drug it elides; items that each end
   with the group's name in brackets, "A (A group), B, C and D (D group)", split at the names);
4. "42 were assigned to A and 41 to B", "83 were included: 42 in the A group and 41 in the
   B group", "(208 received A; 201, placebo)" (a count before each arm);
5. "300 were randomised (drug A, n = 152; drug B, n = 148)", "we randomised 300 patients (drug
   A, n = 152; drug B, n = 148)" (arms and sizes in a bracket after the allocation verb or the
   people it allocates);
6. "Ten men received A or placebo in a randomised crossover design" (no allocation verb: the
   list after "received" up to the design, split as in 3; read in a sentence that allocates
   by no other shape, "In this randomized trial, 269 adults received A, B or placebo daily",
   and in any other only where nothing else gives arms);
7. "randomly allocated to groups A, B and C", "into three groups (I, II and III)" (groups named
   by letter or number: "group A", "group B", "group C").
Every phrase keeps its offsets into the text it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from extractors.caseless import LowerCaseSearch
from extractors.numbers import (
    COUNT_PATTERN,
    SUBJECT_NOUNS_PATTERN,
    WORD_NUMBER_PATTERN,
    parse_count,
)


@dataclass(frozen=True, slots=True)
class ArmPhrase:
    label: str
    start: int
    end: int
    n: int | None
    treatment: str | None = None  # what the arm received, when written after a verb
    written: bool = True  # False: a label made up from the text ("no A"), not found at start:end


TRIGGER = re.compile(  # not in a compound: "t-distributed stochastic neighbor embedding"
    r"(?i)(?<![\w-])(?:random(?:ly|i[sz]ed(?:\s+and)?)\s+)?"
    r"(?:assigned|allocated|randomi[sz]ed|divided|distributed|separated|stratified|placed|split)"
    r"(?:\s+\w+ly)?(?:\s+(?!trials?\b|stud(?:y|ies)\b|design)(?:\d[\d,]*(?:\s*:\s*\d+)*|[a-z][\w-]*)){0,6}?"
    # an aside between commas: "assigned, in a 1:1 ratio, to", "allocated, using sealed envelopes,"
    r"(?:\s*,\s*(?:in|at|with|using|by|on|under|according|after|via|through)\s[^,;()]{1,50}?,)?"
    # "(1:1)", maybe how after it: "assigned (1:1) with a minimisation algorithm to"
    r"\s*(?:\([^)]{0,30}\)(?:\s+(?:with|using|by|via|through)(?:\s+[a-z][\w-]*){1,4}?)?\s*)?"
    r"(?:(?:in|at)\s+an?\s+[\d:\s]+ratio\s+)?"
    r"(?:(?:in)?to\b(?!\s+(?:evaluate|assess|compare|determine|investigate|examine|test|"
    r"explore|be|have|receive\s+(?:either\s+)?(?:the\s+)?(?:same|study|trial)))|between\b|:)\s*"
    r"(?:(?:receive|either|(?:one|1)\s+of|the\s+following)\b\s*)*"
    r"(?:(?:the\s+)?(?:two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,2}?"
    r"(?:groups|arms|conditions|regimens|treatments|interventions)\b\s*"
    r"(?:\((?P<listed>[^)]{0,60})\)\s*)?"  # "three groups (control, A and B)"
    r"(?:(?:of|with)\s+\d+\s+(?:[a-z]+\s+)?each\b\s*,?\s*)?"  # "three groups of 20 each"
    r"(?:[:,]\s*|(?:of|receiving|to\s+receive|(?:who|that|which)\s+(?:received|were\s+given))"
    r"\s+)?)?"
)
_N_MARKER = re.compile(
    rf"\(\s*(?:[^()]*?\b[nN]\s*=\s*(?P<n>{COUNT_PATTERN})[^()]*"
    rf"|(?P<n2>{COUNT_PATTERN})\s+(?:patients|participants|subjects|women|men|children|cases|"
    r"adults|pts))\)"
)
_RECEIVED = re.compile(
    r"(?P<label>(?:the\s+)?(?:(?:[Gg]roup|[Aa]rm)\s+[A-Z0-9]\w?|[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:group|arm)))"
    r"\s*(?:\((?P<inner>[^()]*)\))?\s*(?:,\s*)?"
    r"(?:received|receiving|(?:was|were)\s+given|(?:was|were)\s+treated\s+(?:only\s+)?(?:with|by)|"
    r"underwent|took|was\s+administered|were\s+administered)\s+"
    r"(?P<treatment>(?:[^;.]|\.(?!\s|$))+?)(?=\s*(?:;|\.(?:\s|$)|,\s*(?:and|while|whereas)\s|"
    r"\s+(?:and|while|whereas)\s+(?:the\s+)?(?:(?:[Gg]roup|[Aa]rm)\s+[A-Z0-9]|"
    r"[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:group|arm))|"
    # ", group B received", ", 12 in group 2 receiving": the next arm
    r",\s*(?:\d+\s+(?:in|to)\s+)?(?:the\s+)?(?:[Gg]roup|[Aa]rm)\s+[A-Z0-9]\w?\s*"
    r"(?:\([^()]*\)\s*)?,?\s*(?:received|receiving|was|were|underwent|took)\b|$))"
)
_GROUP_LETTER = r"(?:[A-F]|[1-6]|I{1,3}|IV|VI?)(?![\w-])"  # a group's name: "A", "2", "III"
_N_IS = re.compile(rf"\b[nN]\s*=\s*({COUNT_PATTERN})")
_RECEIVED_HINT = re.compile(
    r"(?i)\b(?:group|arm)\b.*\b(?:received|receiving|given|treated|underwent|took|administered)\b"
)
# "and 14 (clusters) (were allocated) to the control group": the count of a second arm in a
# list whose verb came with the first; not "5 to 10 mg", a dose range
_COUNT_BEFORE_TO = (
    rf"\b(?:{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})\s+"
    rf"(?:(?:{SUBJECT_NOUNS_PATTERN}|clusters|sites|cent(?:re|er)s|wards)\s+)?"
    r"(?:(?:were\s+)?(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+)?"
    r"(?=(?:to|into)\s+(?!\d))"
)
_LEAD = re.compile(
    rf"^(?:{_COUNT_BEFORE_TO}|"
    r"[\s,;:]|\(?\b(?:\d|i{1,3}|iv|[a-d])\)|\b[a-z]+ly\s+(?=receiv)|\b(?:and|or|versus|vs\.?|to|into|either|"
    # "A 10 mg", "A (5 or 10 mg)": drug A, no article
    r"while|whereas|which|who|that|receives?|received|receiving|use|take|undergo|get|the|"
    r"(?-i:a|an|An|A(?!\s*[\d(]))|"
    r"one|both|of|each|compared\s+with|patients?\s+(?:included\s+)?in)\b)+",
    re.IGNORECASE,
)
_TRAIL = re.compile(
    r"(?:[\s,;:.]|\b(?:respectively|each|groups?|arms?|cohorts?)\b)+$", re.IGNORECASE
)
_SPLIT_OR = re.compile(r"\s*,?\s+\b(?:or|versus|vs\.?|compared\s+(?:with|to))\s+|\s*;\s*")
_SPLIT_AND = re.compile(r"\s*,?\s+\band\b\s+")
_CLAUSE_END = re.compile(
    r",?\s+(?:for|during|over|until|throughout|before|starting|beginning|stratified|according|"
    r"using|through|via|based\s+on|in\s+a\s+\d|with\s+a\s+\d|with\s+\d|at\s+a\s+\d|every|"
    r"each|after|from)\b"
    r"|\s*,\s*(?:with|and|who|which|where|by|as|in|at|all|both|each)\b"
    r"|,?\s+and\s+(?:were|was|then)\b"
    r"|\s*\((?![^)]*\b[nN]\s*=)[^)]*\bratio\b"
    # "to A or B in a randomised crossover design": the design, no part of the last arm
    r"|\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:random|double|single|triple|cross-?over|"
    r"counter-?balanced|placebo-controlled|blind|parallel|factorial)"
)
_TREATMENT_END = re.compile(  # when and how long, not what: "received A for 8 weeks"
    r",?\s+(?:for|during|over|until|throughout|starting|beginning|every|after|from)\b"
    r"|,\s*(?:who|which|where|while|whereas)\b|,?\s+and\s+(?:were|was|then)\b"
)
_COMMA = re.compile(r"\s*,(?!(?<=\d,)\d{3}(?!\d))\s*")  # not "40,000 IU"
_CLAUSE_START = re.compile(  # lower case only: "AT" may well be an arm
    r"(?:with|who|which|where|by|as|in|at|all|both|each|for|during|over|until|after|from|"
    # "data from 215 women, randomized to A or B, were collected": the verb of the sentence
    r"using|according|respectively|were|was|are|is|had|have)\b"
)
_EITHER = re.compile(r"(?i)\beither\s+")
_NEXT_ARM = re.compile(r",?\s*\b(?:or|and|versus|vs\.?)\s+|;\s*|,\s+")
_DOSE_ONLY = re.compile(
    r"^\d+(?:[.,]\d+)?\s*(?:mg|g|µg|μg|mcg|ug|ml|mL|IU|units?|%|mg/kg|µg/kg|mg/m2)\b"
    r"(?:\s+(?:daily|once|twice|weekly|per\s+day|a\s+day|/day|bid|tid|qd))*$"
)
_GROUP_END = re.compile(r"(?i)\b(?:groups?|arms?|cohorts?)\s*$")
_COMPARATOR_WORD = re.compile(
    r"(?i)\b(?:placebo|sham|control|usual\s+care|standard\s+care|no\s+treatment|vehicle)\b"
)
_MAX_WORDS = 14


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` of ``text`` without leading connectors and trailing group words."""
    piece = text[start:end]
    lead = _LEAD.match(piece)
    if lead:
        start += lead.end()
    piece = text[start:end]
    trail = _TRAIL.search(piece)
    if trail and trail.start() > 0:
        end = start + trail.start()
    return start, end


def _after_colon(text: str, start: int, end: int) -> int:
    colon = text.rfind(": ", start, end)
    return colon + 2 if colon >= 0 else start


def _phrase(
    text: str, start: int, end: int, n: int | None, treatment: str | None = None
) -> ArmPhrase | None:
    start = _after_colon(text, start, end)
    either = _EITHER.search(text, start, end)
    start, end = trim(text, either.end() if either else start, end)
    if text.count("(", start, end) > text.count(")", start, end):  # "drug A (25, 35" cut
        start, end = trim(text, start, text.rfind("(", start, end))
    if end - start < 2 or len(text[start:end].split()) > _MAX_WORDS:
        return None
    bare = _BARE_COUNT_END.search(text, start, end)
    if bare is not None and n is None and int(bare["n"]) >= 3:  # "A (41) or placebo (n = 39)"
        n, end = int(bare["n"]), bare.start()
    last = _LAST_BRACKET.search(text, start, end) if n is None else None
    size = _N_IS.search(last[0]) if last is not None and last.start() > start else None
    if last is not None and size is not None:  # "A (intravenous [n = 72])", "A [CYC; n = 72]"
        n, end = parse_count(size[1]), last.start()
    if end <= start:
        return None
    described = _DESCRIBING_BRACKET.search(text, start, end)
    if described is not None and _describes(described["inside"], text[start : described.start()]):
        cut_start, cut_end = trim(text, start, described.start())
        if cut_end > cut_start:  # "control group (results not given, usual care)": "control"
            start, end = cut_start, cut_end
    return ArmPhrase(text[start:end], start, end, n, treatment)


_DESCRIBING_BRACKET = re.compile(r"\s*\((?P<inside>[^()]*(?:\[[^\[\]]*\])?[^()]*)\)\s*$")
_DESCRIBING_VERB = re.compile(
    r"(?i)\b(?:not|no)\s|\b(?:was|were|is|are|given|received|receiving|withheld|included|including|"
    r"continued|provided|used|i\.e|e\.g)\b"
)
_IN_A_BRACKET_TOO = re.compile(  # doses and sizes: "(5 mg, 10 mg or 20 mg daily)", "(n = 30)"
    r"\d\s*(?:mg|g|µg|μg|mcg|ug|ml|mL|IU|U|units?|Gy)\b|\b[nN]\s*="
)
_PEOPLE_COUNTED = re.compile(rf"^\s*{COUNT_PATTERN}\s+(?:{SUBJECT_NOUNS_PATTERN})\b")
_ITEM_SPLIT = re.compile(r"\s*[,;]\s*")
# "group 2 (A; B)", "the control group (drug A plus drug B)": what the group named by letter
# or role received (``_named_with_treatment``), which a long bracket does not make a description
_LETTER_NAMED = re.compile(r"(?:^|\s)(?:[Gg]roup|GROUP|[Aa]rm|ARM)\s+(?:[A-Z]{1,3}|\d{1,2})\s*$")
_ROLE_NAMED = re.compile(
    r"(?i)(?:^|\s)(?:control|experimental|intervention|treatment|study|active|comparison|"
    r"placebo)(?:\s+(?:group|arm))?\s*$"
)


def _describes(inside: str, label: str) -> bool:
    """Whether a bracket that ends an arm's phrase describes the arm rather than naming it:
    it counts the arm's people ("65 patients [50%]"), holds a verb ("results not given") or
    items of three words or more between commas ("routine clinical care, by phone"), or, after
    a label other than a role or a group's letter, five words or more; and no dose or size. A
    short name stays ("TAU", "OI, control", "group A"), and what a group named by its letter
    received ("group 1 (no risk factors; surveillance)")."""
    if _IN_A_BRACKET_TOO.search(inside) or _LETTER_NAMED.search(label):
        return False
    if _PEOPLE_COUNTED.match(inside) or _DESCRIBING_VERB.search(inside):
        return True
    items = _ITEM_SPLIT.split(inside)
    if len(items) > 1 and any(len(item.split()) >= 3 for item in items):
        return True
    return len(inside.split()) >= 5 and not _ROLE_NAMED.search(label)


_LAST_BRACKET = re.compile(  # a bracket, one more inside it allowed, that ends the phrase
    r"\s*[(\[](?:[^()\[\]]|[(\[][^()\[\]]*[)\]])*[)\]]\s*$"
)
_BARE_COUNT_END = re.compile(  # an arm's size in brackets after its name, nothing else there
    r"\s*[(\[](?:[nN]\s*=\s*)?(?P<n>\d{1,6})(?:\s+(?:patients|participants|subjects|women|men|children))?"
    r"[)\]]$"
)


def received_arms(text: str) -> list[ArmPhrase]:
    """Shape 1: "group A (n=30) received X and group B received Y"."""
    if not _RECEIVED_HINT.search(text):
        return []
    arms = []
    for m in _RECEIVED.finditer(text):
        n = _size_in(m.group("inner"))
        treatment = _without_clause(m.group("treatment"))
        phrase = _phrase(text, m.start("label"), m.end("label"), n, treatment.strip())
        if phrase is not None:
            arms.append(phrase)
    return arms if len(arms) >= 2 else gapped_received(text)


def _size_in(inner: str | None) -> int | None:
    """The n a bracket after an arm's name gives ("n = 30", "drug X; n=30"), else None."""
    n_match = _N_IS.search(inner or "")
    return parse_count(n_match.group(1)) if n_match else None


def _without_clause(treatment: str) -> str:
    """What an arm received, without a clause after it ("A for 180 days": "A")."""
    clause = _TREATMENT_END.search(treatment)
    return treatment[: clause.start()] if clause and clause.start() > 0 else treatment


_GIVEN = (
    r"(?:received|receiving|(?:was|were)\s+given|(?:was|were)\s+treated\s+(?:only\s+)?"
    r"(?:with|by)|underwent|took|(?:was|were)\s+administered)"
)
_GROUP_LABEL = r"(?:[Gg]roup|GROUP|[Aa]rm|ARM)\s+(?:[A-Z]{1,3}|\d{1,2})"  # "group A", "arm 2"
_NAMED_ARM = rf"(?:the\s+)?{_GROUP_LABEL}(?![\w-])"
_GAPPED_HEAD = re.compile(rf"{_NAMED_ARM}\s*(?:\([^()]*\)\s*)?,?\s*{_GIVEN}\s")
_GAPPED_NEXT = re.compile(
    rf"(?:\s*[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)(?={_NAMED_ARM})"
)
_GAPPED_ITEM = re.compile(
    rf"(?P<label>{_NAMED_ARM})\s*(?:\((?P<inner>[^()]*)\)\s*)?,?\s*(?:{_GIVEN}\s+)?"
    r"(?P<treatment>\S.*)"
)


def gapped_received(text: str) -> list[ArmPhrase]:
    """Shape 1 with the verb written once: "Group A received X, group B Y and group C
    placebo", "group 1 (n = 20) was given X; group 2, Y": each named group and what follows its
    name, up to the next group or the end of the sentence (not "for 6 weeks"); none unless two
    or more groups each have a treatment."""
    head = _GAPPED_HEAD.search(text)
    if head is None:
        return []
    stop = re.search(r"\.(?:\s|$)", text[head.end() :])
    end = head.end() + stop.start() if stop else len(text.rstrip())
    cuts = [
        (m.start(), m.end())
        for m in _GAPPED_NEXT.finditer(text, head.start(), end)
        if not _depth(text, head.start(), m.start())
    ]
    arms = []
    for start, stop_at in zip(
        [head.start(), *(b for _, b in cuts)], [*(a for a, _ in cuts), end], strict=True
    ):
        item = _GAPPED_ITEM.match(text, start, stop_at)
        if item is None:
            return []
        treatment = _without_clause(item["treatment"])
        n = _size_in(item["inner"])
        label_start, label_end = trim(text, item.start("label"), item.end("label"))
        arms.append(
            ArmPhrase(text[label_start:label_end], label_start, label_end, n, treatment.strip())
        )
    return arms if len(arms) >= 2 else []


_BRACKET_AFTER_VERB = re.compile(
    r"(?i)\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)"
    # "We randomised 138 patients (with MS) (A, n = 72; B, n = 66)", "138 randomised patients
    # (A, ...)": whom, then the bracket
    rf"(?:\s+(?:(?:{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{SUBJECT_NOUNS_PATTERN})(?:\s+(?:with|from|aged)(?:\s+[\w-]+){{1,6}}?)?)?\s*"
    # the sizes may be bracketed inside: "(drug A [n = 72] or drug B [n = 66])"
    r"[(\[](?P<inside>(?:[^()\[\]]|[(\[][^()\[\]]{1,20}[)\]]){5,300})[)\]]"
)


def _bracket_size(group: str) -> str:
    """A size as a bracket lists it ("n = 72", "72", "72 patients"), its number in ``group``."""
    return rf"(?:[nN]\s*=\s*)?(?P<{group}>{COUNT_PATTERN})(?:\s+(?:{SUBJECT_NOUNS_PATTERN}))?"


_BRACKET_ITEM = re.compile(
    r"(?P<label>[A-Za-z][^,;:=()\[\]]*?)"
    rf"(?:\s*[(\[]\s*{_bracket_size('inner')}\s*[)\]]|"  # "drug A [n = 72]"
    rf"(?:\s*[,:]\s*|\s+){_bracket_size('n')})\s*"
)
_BRACKET_GAP = re.compile(r"[;,]\s*(?:and\s+|or\s+)?|(?:and|or|versus|vs\.?)\s+")


def bracketed_arms(text: str) -> list[ArmPhrase]:
    """Shape 5: the arms and their sizes in a bracket right after the allocation verb or after
    the people it allocates, nothing else in it ("300 were randomised (drug A, n = 152; drug B,
    n = 148)", "were randomized (placebo: 40, drug A: 41 patients)", "We randomised 138
    patients (drug A, n = 72; drug B, n = 66)"); none when the bracket holds anything else."""
    for bracket in _BRACKET_AFTER_VERB.finditer(text):
        inside, offset = bracket["inside"], bracket.start("inside")
        phrases: list[ArmPhrase] = []
        at = 0
        while (item := _BRACKET_ITEM.match(inside, at)) is not None:
            n = parse_count(item["n"] or item["inner"])
            start, end = trim(text, offset + item.start("label"), offset + item.end("label"))
            if n is None or end <= start:
                break
            phrases.append(ArmPhrase(text[start:end], start, end, n))
            at = item.end()
            gap = _BRACKET_GAP.match(inside, at)
            if gap is None:
                break
            at = gap.end()
        if at == len(inside) and len(phrases) >= 2:
            return phrases
    return []


_LETTERED_ITEM = re.compile(rf"(?P<name>{_GROUP_LETTER})(?:\s*\((?P<inner>[^()]*)\))?")
_LETTERED_GAP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_LETTERED_ONE = rf"{_GROUP_LETTER}(?:\s*\([^()]*\))?"
_LETTERED = re.compile(
    r"(?:the\s+)?(?:(?P<word>[Gg]roups|GROUPS|[Aa]rms|ARMS|[Cc]ohorts|COHORTS)\s+)?"
    rf"(?P<names>{_LETTERED_ONE}(?:{_LETTERED_GAP}{_LETTERED_ONE})+)"
)
_LIST_END = re.compile(r"\s*(?:[.;:)]|$)")


_GROUP_LIST = re.compile(
    rf"\b(?:[Gg]roups?|GROUPS?|[Aa]rms?|ARMS?)\s+{_LETTERED_ONE}(?:{_LETTERED_GAP}{_LETTERED_ONE})+"
)


def group_lists(text: str) -> list[tuple[int, int, list[str]]]:
    """Where ``text`` names several groups by letter or number at once, and their names
    ("Groups A and B had less pain than group C": ``(0, 14, ["A", "B"])``)."""
    return [
        (m.start(), m.end(), [i["name"] for i in _LETTERED_ITEM.finditer(m[0], m[0].find(" "))])
        for m in _GROUP_LIST.finditer(text)
    ]


def lettered_groups(text: str, start: int, *, named: bool = False) -> list[ArmPhrase]:
    """The arms of a list of groups named by letter or number right at ``start`` ("randomly
    allocated to groups A, B and C", "into groups I, II and III", "to groups 1 (n = 30) and 2
    (n = 31)"): "group A", "group B", "group C", each with the n in the bracket after its
    name. Without the word "groups" only where ``named`` says the allocation named groups
    ("into three groups: A, B and C", "into three groups (A, B and C)") and the list ends the
    clause: "to A, B or C" names drugs A, B and C."""
    m = _LETTERED.match(text, start)
    if m is None or len({i["name"] for i in _LETTERED_ITEM.finditer(m["names"])}) < 2:
        return []
    if not m["word"] and not (named and _LIST_END.match(text, m.end())):
        return []
    word = m["word"][:-1] if m["word"] else "group"
    phrases = []
    for item in _LETTERED_ITEM.finditer(text, m.start("names"), m.end("names")):
        n = _size_in(item["inner"])
        label = f"{word} {item['name']}"
        phrases.append(ArmPhrase(label, item.start("name"), item.end("name"), n, written=False))
    return phrases


def marked_arms(text: str, start: int, *, need_group_word: bool) -> list[ArmPhrase]:
    """Shape 2: an arm phrase before each parenthesised n, from ``start`` on; doses take the
    drug named after the last one's n ("30 mg (n=20) or 60 mg (n=20) drug X") or a
    neighbour's."""
    arms: list[ArmPhrase] = []
    drugs: list[str] = []  # "30 mg (n=20) or 60 mg (n=20) drug X": the name after a dose's n
    cursor = start
    for m in _N_MARKER.finditer(text, start):
        n = parse_count(m.group("n") or m.group("n2"))
        seg_start, seg_end = cursor, m.start()
        cursor = m.end()
        if arms:  # text after the previous arm's n: cut at the first "or"/"and"/","
            first = _NEXT_ARM.search(text, seg_start, seg_end)
            if first and _depth(text, seg_start, first.start()) == 0:
                name = _NAME_AFTER_DOSE.fullmatch(text, seg_start, first.start())
                if name and _DOSE_ONLY.match(arms[-1].label):
                    drugs.append(name.group(1))
                seg_start = first.end()
        named = _NAMED_TAIL.search(text, seg_start, seg_end)
        if named:  # "for surgery with A, and Group 2 (n = 40)": the arm is "Group 2"
            seg_start = named.start()
        words = list(re.finditer(r"\S+", text[seg_start:seg_end]))
        if len(words) > _MAX_WORDS or need_group_word:
            connectors = list(
                re.finditer(
                    r"(?:,|;|\band\b|\bor\b|\bof\b|\bin\b|\bwere\b|\bwas\b)\s",
                    text[seg_start:seg_end],
                )
            )
            if connectors:
                seg_start += connectors[-1].end()
        if need_group_word and not _GROUP_END.search(text[seg_start:seg_end]):
            continue
        phrase = _phrase(text, seg_start, seg_end, n)
        if phrase is not None:
            arms.append(phrase)
    if drugs:
        arms = [
            ArmPhrase(f"{a.label} {drugs[0]}", a.start, a.end, a.n, written=False)
            if _DOSE_ONLY.match(a.label)
            else a
            for a in arms
        ]
    return _fill_doses(arms) if len(arms) >= 2 else []


_NAMED_TAIL = re.compile(r"\b(?:[Gg]roup|GROUP|[Aa]rm|ARM)\s+(?:[A-Z]|\d{1,2}|I{1,3}|IV)\s*$")
_NAME_AFTER_DOSE = re.compile(r"\s*([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s*")


_VERSUS_GAP = re.compile(r"\s*(?:versus|vs\.?|compared\s+(?:with|to))\s+")
_TRIAL_WORD = re.compile(r"(?i)\brandomi[sz]|\bRCT\b|\btrial\b")
_LABEL_STOP = re.compile(r"[,;:]")
# "data from 9572 patients undergoing anatomical (n = 4734) vs. functional (n = 4838) testing":
# the arm starts after what the people underwent
_LABEL_LEAD = re.compile(
    r"\b(?:of|in|from|with|for|to|on|between|undergoing|underwent|receiving|received|given)\s"
)


def marked_versus(text: str) -> list[ArmPhrase]:
    """Shape 2 with no allocation verb, the two arms joined by "versus" in a sentence that
    names the trial ("In this randomized controlled trial, MBCT + TAU (n = 43) versus TAU (n =
    51), we ..."): the words after the last comma (or "of", "in", "undergoing" and the like)
    before the first n and those between "versus" and the second n, each at most eight words;
    none where no trial is named ("men (n = 20) versus women (n = 22)")."""
    if "(" not in text or not _TRIAL_WORD.search(text):
        return []
    markers = list(_N_MARKER.finditer(text))
    for first, second in pairwise(markers):
        gap = _VERSUS_GAP.match(text, first.end())
        if gap is None or _LABEL_STOP.search(text, gap.end(), second.start()):
            continue
        stops = [m.end() for m in _LABEL_STOP.finditer(text, 0, first.start())]
        stops += [
            m.end() for m in _LABEL_LEAD.finditer(text, stops[-1] if stops else 0, first.start())
        ]
        start = max(stops, default=0)
        if _depth(text, start, first.start()) or len(text[start : first.start()].split()) > 8:
            continue
        if len(text[gap.end() : second.start()].split()) > 8:
            continue
        one = _phrase(text, start, first.start(), parse_count(first["n"] or first["n2"]))
        other = _phrase(text, gap.end(), second.start(), parse_count(second["n"] or second["n2"]))
        if one is not None and other is not None:
            return [one, other]
    return []


_TO_RECEIVE = re.compile(r"\b(?:to|into)\s+(?:receive\s+)?(?:either\s+)?")


def marked_after_to(text: str) -> list[ArmPhrase]:
    """Shape 2 after the last "to (receive)" before the first parenthesised n, outside
    brackets, when no trigger was read ("we assigned 636 women who had ... to receive A (317
    women) or B (319 women)")."""
    first = _N_MARKER.search(text)
    if first is None:
        return []
    ends = [m.end() for m in _TO_RECEIVE.finditer(text, 0, first.start())]
    ends = [end for end in ends if not _depth(text, 0, end)]
    return marked_arms(text, ends[-1], need_group_word=False) if ends else []


_RECEIVED_ALTERNATIVES = re.compile(  # not "patients who had received A or B"
    # \b first: the lookbehinds are then tried only at the start of a word
    r"(?i)\b(?<!\bwho\s)(?<!\bthat\s)(?<!\bhad\s)(?<!\bhave\s)"
    r"(?:received|were\s+given|took|ingested|consumed)\s+(?:either\s+)?"
)
_ALTERNATIVE_WORDS = 6
_DESIGN_AFTER = re.compile(  # "... or placebo in a randomised crossover design"
    r"(?i)\s*,?\s+(?:in|using|according\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:random|double|single|triple|cross-?over|counter-?balanced|placebo-controlled|blind)"
)


def received_alternatives(text: str) -> list[ArmPhrase]:
    """Shape 6, the last resort of ``evg_arms``: what a sentence says the participants
    received, one or the other ("Ten men received green tea extract or placebo in a randomised
    crossover design"): the list after the verb up to the design, split at "or", "versus" and
    commas; where two or more items have their size in brackets, only those ("consumed a test
    food, a high protein product (n = 19) or a high carbohydrate product (n = 15)": the first
    item says what the others are); none without an "or" or "versus" between arms, none where
    an arm would be more than a few words, none with a percentage, which reports adherence
    ("942 (89%) received A or B as allocated", "87% A versus 91% B received ..."), none inside
    brackets, an aside ("(supposing that subjects received either full or no treatment)")."""
    verb = None if "%" in text else _RECEIVED_ALTERNATIVES.search(text)
    if verb is None or _depth(text, 0, verb.start()):
        return []  # "(supposing that subjects received either full or no treatment)": an aside
    design = _DESIGN_AFTER.search(text, verb.end())
    end = design.start() if design else len(text.rstrip())
    if not any(
        _depth(text, verb.end(), m.start()) == 0 for m in _SPLIT_OR.finditer(text, verb.end(), end)
    ):
        return []
    phrases = listed_arms(text, verb.end(), end)
    if any(len(p.label.split()) > _ALTERNATIVE_WORDS for p in phrases):
        return []
    sized = [p for p in phrases if p.n is not None]
    return sized if len(sized) >= 2 else phrases


_BARE_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
_UNIT_AND_REST = re.compile(
    r"^\d+(?:[.,]\d+)?\s*((?P<unit>mg|g|µg|μg|mcg|ug|ml|mL|IU|U|units?|mg/kg|µg/kg|mg/m2)\b.*)$"
)
_NAME_AND_NUMBER = re.compile(r"^[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s+\d+(?:[.,]\d+)?$")
_DOSE_THEN_NAME = re.compile(  # "10 mg drug A": the drug, as the group "of drug A" would be
    r"^\d+(?:[.,]\d+)?\s*(?:mg|g|µg|μg|mcg|ug|IU|mg/kg|µg/kg|mg/m2)\s+"
    r"(?!(?:daily|once|twice|weekly|nightly|per|a\s+day|bid|tid|qd|orally|iv)\b)"
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)$"
)


def _fill_doses(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """Give dose-only phrases ("20 mg") the drug name of a neighbour ("drug X 10 mg", "10 mg
    drug X"), bare numbers the unit and drug of the next dose ("100 or 200 mg drug A") and a
    drug with a bare number the unit of the next dose ("drug A 5 or 10 mg": "drug A 5 mg";
    "drug A 3, 4.5 or 6 mg": "drug A 3 mg", "drug A 4.5 mg", "drug A 6 mg")."""
    filled = []
    for i, p in enumerate(phrases):
        label = p.label
        later = next((o.label for o in phrases[i + 1 :] if not _BARE_NUMBER.match(o.label)), "")
        unit = _UNIT_AND_REST.match(later) if _BARE_NUMBER.match(label) else None
        named_number = _NAME_AND_NUMBER.match(label)
        next_unit = _UNIT_AND_REST.match(later)
        if unit:  # "100 or 200 mg drug A": "100 mg drug A"; "A 3, 4.5 or 6 mg": "A 4.5 mg"
            label = f"{label} {unit.group(1)}"
            if _DOSE_ONLY.match(label):
                label = _with_drug(label, phrases[i + 1 :], phrases[:i][::-1])
        elif named_number and next_unit:  # "drug A 5 or 10 mg": "drug A 5 mg"
            label = f"{label} {next_unit.group('unit')}"
        elif _DOSE_ONLY.match(label):
            label = _with_drug(label, phrases[i + 1 :], phrases[:i][::-1])
        filled.append(
            ArmPhrase(label, p.start, p.end, p.n, p.treatment, p.written and label == p.label)
        )
    return filled


_OF_DRUG = re.compile(r"\s(of\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)$")
_DRUG_THEN_DOSE = re.compile(r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+\d")


def _with_drug(dose: str, later: list[ArmPhrase], earlier: list[ArmPhrase]) -> str:
    """A dose-only phrase with the drug it elides: one written after the next doses ("5 mg or
    10 mg drug A", "10 or 20 mg of drug A"), else that of the nearest phrase before that names
    one ("drug A 10 mg; 20 mg; drug B 5 mg": "drug A 20 mg"), else of one after."""
    for other in later:
        after = _OF_DRUG.search(other.label) or _DOSE_THEN_NAME.match(other.label)
        if after:
            return f"{dose} {after.group(1)}"
        if _DRUG_THEN_DOSE.match(other.label):
            break
    for other in earlier + later:
        before, of = _DRUG_THEN_DOSE.match(other.label), _OF_DRUG.search(other.label)
        if before:
            return f"{before.group(1)} {dose}"
        if of:
            return f"{dose} {of.group(1)}"
    return dose


_ASIDE_FIRST = re.compile(  # "to receive, for 2 weeks, A or B": when or how, then the arms
    r"\s*,?\s*(?:for|during|over|in|at|with|after|from|by|on|under)\s[^,;:()\[\]]{1,40}?,\s*"
    # how long, no commas: "to receive for 8 weeks A or B"
    rf"|\s*(?:for|during|over)\s+(?:{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})[-\s]"
    r"(?:days?|weeks?|months?|years?)\s+(?!(?:or|and|versus|vs)\b)"
)


def listed_arms(text: str, start: int, end: int) -> list[ArmPhrase]:
    """Shape 3: arms listed after an allocation trigger, split at "or"/"versus"/commas; a list
    with two or more semicolons is split at them only, its items keeping their commas and ",
    and" ("to A; B, C, and D; or E": three arms); an aside before the first arm is none
    ("to receive, for 2 weeks, A 10 mg; A 20 mg; or placebo")."""
    aside = _ASIDE_FIRST.match(text, start, end)
    start = aside.end() if aside else start
    tagged = _tagged_arms(text, start, end)
    if tagged:
        return tagged
    separators = [
        m for m in _SPLIT_OR.finditer(text, start, end) if _depth(text, start, m.start()) == 0
    ]
    semicolons = [m for m in separators if ";" in m.group(0)]
    by_semicolons = len(semicolons) >= 2
    if separators:
        after = semicolons[-1].end() if by_semicolons else separators[0].end()
        later = _clause_end(text, after, end, by_semicolons)
        end = later if later is not None else end
    parts = _split(text, start, end, _SPLIT_OR)
    if len(parts) < 2:
        parts = _split(text, start, end, _SPLIT_AND)
        labels = [text[s:e] for s, e in parts]
        if len(parts) != 2 or not any(
            _GROUP_END.search(lab) or _COMPARATOR_WORD.search(lab) for lab in labels
        ):
            return []
    pieces: list[ArmPhrase] = []
    for s, e in parts:
        whole = by_semicolons or named_by_acronym(text, s, e)
        for cs, ce in [(s, e)] if whole else _split(text, s, e, _COMMA):
            if _CLAUSE_START.match(text, cs, ce):  # ", with 27 children each": no more arms
                pieces = _dose_alternatives(_named_with_treatment(pieces))
                return _fill_doses(pieces) if len(pieces) >= 2 else []
            if (
                pieces
                and _ACRONYM_ONLY.match(_DURATION_OF.sub("", pieces[-1].label))
                and _APPOSITION.match(text, cs)
            ):
                continue  # "to STRIVE, a home exercise programme, or usual care": what it is
            clause = _clause_end(text, cs, ce, whole)
            phrase = _phrase(text, cs, clause if clause is not None else ce, None)
            if phrase is not None:
                pieces.append(phrase)
    pieces = _dose_alternatives(_named_with_treatment(pieces))
    return _fill_doses(_shared_frequency(_without_duration(pieces))) if len(pieces) >= 2 else []


_CLOSING_ACRONYM = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9&+-]{1,11})\)\s*$")
_ACRONYM_SKIPS = frozenset({"and", "or", "of", "the", "with", "for", "in", "on", "to", "a", "an"})
_ITEM_WORD = re.compile(r"[^\W\d_]+")


def named_by_acronym(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a list closed by a bracketed acronym that spells all its
    items, one programme's name ("Psychoeducation, Paced Respiration, and Relaxation
    (PEPRR)": P-E, P, R, R), not a list of arms; not "A, B and Relaxation (RLX)", whose
    acronym spells the last item only. Each word of the list from the first item on, but
    "and", "of" and the like, gives the acronym its first letter and maybe more of its
    letters, in order."""
    piece = text[start:end]
    m = _CLOSING_ACRONYM.search(piece) if "," in piece else None
    if m is None:
        return False
    items = piece[: m.start()]
    first = items.find(",")
    if first < 0:
        return False
    head = [w for w in _ITEM_WORD.findall(items[:first]) if w.lower() not in _ACRONYM_SKIPS]
    rest = [w for w in _ITEM_WORD.findall(items[first:]) if w.lower() not in _ACRONYM_SKIPS]
    letters = m["short"].lower()
    # the first item's name may be its last words only: "8 weeks of Psychoeducation"
    return any(_spells(letters, [w.lower() for w in head[i:] + rest]) for i in range(len(head)))


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are, in order, each word's first letter, each followed by none or
    more later letters of that word."""
    if not words:
        return not letters
    word = words[0]
    if len(letters) < len(words) or letters[0] != word[0]:
        return False
    at, used = 1, 1
    while True:
        if _spells(letters[used:], words[1:]):
            return True
        found = word.find(letters[used], at) if used < len(letters) else -1
        if found < 0:
            return False
        at, used = found + 1, used + 1


_DURATION_OF = re.compile(  # "12 weeks of A", "1-12 weeks of A": how long, then the arm
    r"^\d+(?:\s*[-–]\s*\d+)?[-\s\xa0](?:days?|weeks?|months?|years?)\s+of\s+(?=\S)"
)
_TIME_OR_NUMBER = re.compile(
    r"(?i)\b\d+(?:[.,]\d+)?[-\s\xa0]?(?:days?|weeks?|months?|years?)\b|^\d+(?:[.,]\d+)?$"
)


def _without_duration(pieces: list[ArmPhrase]) -> list[ArmPhrase]:
    """Without how long the first arm lasts when it alone says ("to 12 weeks of A or B": "A";
    not "to 6 months of A or 12 months of A" nor "to 6 or 12 months of A", whose arms differ in
    how long)."""
    m = _DURATION_OF.match(pieces[0].label) if pieces else None
    if m is None or any(_TIME_OR_NUMBER.search(p.label) for p in pieces[1:]):
        return pieces
    first = pieces[0]
    label = first.label[m.end() :]
    return [
        ArmPhrase(label, first.start + m.end(), first.end, first.n, first.treatment, first.written),
        *pieces[1:],
    ]


_ITEM_TAG = re.compile(r"\((?:the\s+)?(?P<tag>[^()]{0,40}?\b(?:group|arm))\)")
_TAG_GAP = re.compile(r"\s*(?:[,;]\s*)?(?:(?:or|and|versus|vs\.?)\s+)?")
# an item that holds a clause, no arm: "where group 1 (A group) included patients who ..."
_TAG_CLAUSE = re.compile(
    r"(?i)\b(?:where|which|who|whom|while|whereas|included?|received|underwent|"
    r"were|was)\b"
)
# what may follow a group's name that ends an item: punctuation, the next item, how long or the
# clause after the list; not "(LCP group) placement", where the bracket names a part of the item
_TAG_FOLLOWER = re.compile(
    rf"\s*(?:[.,;:)\]]|$|(?:or|and|versus|vs\.?|\d+|{WORD_NUMBER_PATTERN})\b)|{_CLAUSE_END.pattern}"
)
_AFTER_TAGS = re.compile(r"\s*(?:,\s*)?(?:or|versus|vs\.?)\s+|\s*;\s*")


def _tagged_arms(text: str, start: int, end: int) -> list[ArmPhrase]:
    """A list whose items each end with the group's name in brackets, read item by item up to
    each name: "to shield only (shield group), shield and curtain (curtain group) or shield,
    curtain and a drape over the legs (drape group)" (the last item's commas are its own); an
    item too long to be a label is named by its bracket ("a combination of A + B + sham C +
    sham D (control group)": "control", which received the combination); one more item after
    the last name ("..., or placebo") follows up to its clause's end. None unless two or more
    items end with a name, each right after the last."""
    tags = [
        m
        for m in _ITEM_TAG.finditer(text, start, end)
        if not _depth(text, start, m.start()) and not _N_IS.search(m["tag"])
    ]
    if len(tags) < 2:
        return []
    phrases: list[ArmPhrase] = []
    at = start
    for tag in tags:
        if at > start and not text[at : tag.start()].strip(" ,;"):
            return []
        if _TAG_CLAUSE.search(text, at, tag.start()) or not _TAG_FOLLOWER.match(text, tag.end()):
            return []  # "one underwent A (A group), while the other ...", "(B group) placement"
        gap = _TAG_GAP.match(text, at) if at > start else None
        item_start = gap.end() if gap else at
        phrase = _phrase(text, item_start, tag.end(), None)
        if phrase is None:
            label_start, label_end = trim(text, tag.start("tag"), tag.end("tag"))
            received, _ = trim(text, item_start, tag.start())
            treatment = text[received : tag.start()].strip()
            if label_end <= label_start or not treatment:
                return []
            phrase = ArmPhrase(text[label_start:label_end], label_start, label_end, None, treatment)
        phrases.append(phrase)
        at = tag.end()
    more = _AFTER_TAGS.match(text, at, end)
    if more:
        clause = _clause_end(text, more.end(), end, False)
        stop = re.search(r"\.(?:\s|$)", text[more.end() : end])
        last = min(
            clause if clause is not None else end, more.end() + stop.start() if stop else end
        )
        phrase = _phrase(text, more.end(), last, None)
        if phrase is not None:
            phrases.append(phrase)
    return phrases


_ACRONYM_ONLY = re.compile(r"^[A-Z][A-Z0-9-]+$")  # an intervention's short name: "STRIVE"
_APPOSITION = re.compile(r"an?\s")  # lower case only: "A" may be an arm


_GROUP_WITH_TREATMENT = re.compile(  # "group A (drug K)", "arm 2 (placebo)"
    rf"^(?P<label>{_GROUP_LABEL})\s*\((?P<treatment>[^()]+)\)$"
)


def _named_with_treatment(pieces: list[ArmPhrase]) -> list[ArmPhrase]:
    """A group named by letter or number with what it received in brackets ("to group A
    (drug K and drug L), group B (drug K) or group C (placebo)") is that group, which received
    what the bracket says."""
    out = []
    for p in pieces:
        m = _GROUP_WITH_TREATMENT.match(p.label) if p.treatment is None else None
        if m is None:
            out.append(p)
            continue
        end = p.start + m.end("label")
        out.append(ArmPhrase(m["label"], p.start, end, p.n, m["treatment"].strip(), p.written))
    return out


_DOSE_UNIT = r"(?:mg|g|µg|μg|mcg|ug|ml|mL|IU|U|units?)(?:/(?:kg|m2|day|d))*"
_ONE_DOSE = rf"\d+(?:[.,]\d+)?(?:\s*{_DOSE_UNIT})?"
_DOSES_IN_BRACKET = re.compile(  # "drug A (5 or 10 mg)", "drug A (5 mg, 10 mg or 20 mg daily)"
    rf"^(?P<drug>[A-Za-z][^()\[\]]*?)\s*\((?P<doses>{_ONE_DOSE}(?:(?:\s*,\s*(?:or\s+)?|\s+or\s+)"
    rf"{_ONE_DOSE})+)(?<=[A-Za-z0-9])\s*(?:(?:once|twice)\s+)?(?:daily|a\s+day|per\s+day)?\)$"
)
_DOSE_ITEM = re.compile(rf"(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>{_DOSE_UNIT})?")


def _dose_alternatives(pieces: list[ArmPhrase]) -> list[ArmPhrase]:
    """An arm that offers doses in a bracket is one arm per dose ("drug A (5 or 10 mg) or
    placebo": "drug A 5 mg", "drug A 10 mg", as "drug A 5 or 10 mg or placebo" gives them);
    a dose without a unit takes the last one's, a frequency they share is left out."""
    out: list[ArmPhrase] = []
    for p in pieces:
        m = _DOSES_IN_BRACKET.match(p.label) if p.n is None else None
        doses = list(_DOSE_ITEM.finditer(m["doses"])) if m else []
        unit = doses[-1]["unit"] if doses else None
        if m is None or unit is None or len({d["number"] for d in doses}) < len(doses):
            out.append(p)
            continue
        for dose in doses:
            label = f"{m['drug']} {dose['number']} {dose['unit'] or unit}"
            out.append(ArmPhrase(label, p.start, p.end, None, p.treatment, written=False))
    return out


_COMMA_AND = re.compile(r"\s*,\s*and")


def _clause_end(text: str, start: int, end: int, commas_inside: bool) -> int | None:
    """Where the clause after an arm starts (``_CLAUSE_END``), not at ", and" in an item of a
    list parted by semicolons."""
    for m in _CLAUSE_END.finditer(text, start, end):
        if not (commas_inside and _COMMA_AND.fullmatch(m.group(0))):
            return m.start()
    return None


_FREQUENCY_END = re.compile(
    r"(?i)\s+(?:(?:once|twice|thrice|three\s+times)\s+)?(?:daily|nightly|a\s+day|per\s+day)$"
)
_FREQUENCY = re.compile(r"(?i)\b(?:daily|nightly|once|twice|thrice|weekly|a\s+day|per\s+day)\b")


def _shared_frequency(pieces: list[ArmPhrase]) -> list[ArmPhrase]:
    """Without the frequency that ends the last arm when no other arm has one, which it gives
    them all ("A, B or placebo once daily": "placebo"; not "A once daily or A twice daily")."""
    if len(pieces) < 2:
        return pieces
    last = pieces[-1]
    m = _FREQUENCY_END.search(last.label)
    if m is None or m.start() == 0 or any(_FREQUENCY.search(p.label) for p in pieces[:-1]):
        return pieces
    end = last.start + m.start()
    label = last.label[: m.start()]
    return [*pieces[:-1], ArmPhrase(label, last.start, end, last.n, last.treatment, last.written)]


def _split(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    parts = []
    cursor = start
    depth_free = [
        m for m in pattern.finditer(text, start, end) if _depth(text, start, m.start()) == 0
    ]
    for m in depth_free:
        parts.append((cursor, m.start()))
        cursor = m.end()
    parts.append((cursor, end))
    return [(s, e) for s, e in parts if text[s:e].strip()]


def _depth(text: str, start: int, at: int) -> int:
    piece = text[start:at]
    return max(0, piece.count("(") - piece.count(")")) + max(0, piece.count("[") - piece.count("]"))


_GENERIC_ARMS = (
    re.compile(r"(?i)\b(?:intervention|experimental|treatment|study|active)\s+(?:group|arm)\b"),
    re.compile(r"(?i)\b(?:control|placebo|usual[- ]care|comparison|sham)\s+(?:group|arm)\b"),
)


def generic_arms(text: str) -> list[ArmPhrase]:
    """The last resort: "the intervention group" and "the control group" when the text names
    both (first mentions), n unknown."""
    found = [pattern.search(text) for pattern in _GENERIC_ARMS]
    return (
        [ArmPhrase(m.group(0), m.start(), m.end(), None) for m in found if m] if all(found) else []
    )


_SIZE_LAST = rf"[nN]\s*=\s*{COUNT_PATTERN}\s*[)\]]"  # "n = 72)": the size that ends a bracket
_COUNTED_ITEM = re.compile(
    rf"(?<![\w.,/=·-])(?:[nN]\s*=\s*)?(?P<n>{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})"
    rf"(?![\w%/·]|[.,]\d)\s*,?\s+(?:(?:{SUBJECT_NOUNS_PATTERN})\s+)?(?:(?:were|was)\s+)?"
    r"(?:randomly\s+)?(?:(?P<verb>(?:assigned|allocated|randomi[sz]ed)\s+(?:to|into|in)|"
    r"received|receiving|were\s+given|underwent|in|into|to)\s+)?(?:(?:receive|the|a|an)\s+)*"
    r"(?P<label>[A-Za-z][^,;:()\[\]]{0,80}?)"
    # "72 to A (intravenous [n = 72]) and 66 to B": a bracket that gives the arm's size
    rf"(?:\s*\((?:[^()\[\];]*?\[\s*{_SIZE_LAST}\s*\)|[^()\[\];]*?\b{_SIZE_LAST}))?"
    rf"(?=\s*[,;:)\]]|\s+and\s+(?:\d|{WORD_NUMBER_PATTERN}|the\s)|\s*\.(?:\s|$)|\s*$)"
)
_COUNTED_GAP = re.compile(r"\s*[,;]?\s*(?:(?:and|while|whereas)\s+)?")
_COUNTED_CONTEXT = re.compile(
    r"(?i)\b(?:assign|allocat|randomi[sz]|includ|enrol|recruit|received|receiving|given|"
    r"treated|underwent|there\s+were|consist)"
)
_NOT_ALLOCATION = re.compile(
    r"(?i)\b(?:withdr|discontinu|died|deaths?\b|events?\b|lost\s+to|dropped|excluded|"
    r"relapse|recurr|progress|respon|expected|occurred|developed|experienced|observed|reported)"
)
# searched in the lower-cased text: about twice as fast (extractors.caseless)
_NOT_ALLOCATION_FAST = LowerCaseSearch(_NOT_ALLOCATION)
_NOT_COUNTED_LABEL = re.compile(
    r"(?i)^(?:of|per|or|and|than|more|less|times|doses?|cycles?|sessions?|visits?|"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?)\b|mg|g|ml|kg|cm|mm|%)\b"
)


def counted_arms(text: str) -> list[ArmPhrase]:
    """Shape 4: a count before each arm, two or more in a row ("42 were assigned to drug A
    and 41 to placebo", "42 in the drug A group and 41 in the placebo group", "(208 received
    drug A; 201, placebo)"). Read only in a sentence that allocates, includes or treats and
    counts no events; an item needs a verb ("assigned to", "received", "in the .. group")
    unless it follows one that had it or the counts are in brackets."""
    if _NOT_ALLOCATION_FAST.found(text):
        return []
    runs: list[list[re.Match[str]]] = []
    for m in _COUNTED_ITEM.finditer(text):
        if _DATE.match(m.group("label")) or _MONTH_BEFORE.search(
            text, max(0, m.start() - 24), m.start()
        ):
            # "From May 1998 to September 2001, 45 to A and 44 to B", "from January 5, 2018,
            # to March 31, 2019, was conducted": a date is a break, never an arm's count
            runs.append([])
            continue
        previous = runs[-1][-1] if runs and runs[-1] else None
        if previous is not None and _COUNTED_GAP.fullmatch(text, previous.end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    if all(len(run) < 2 for run in runs):  # a lone count makes no arms
        return []
    context = bool(_COUNTED_CONTEXT.search(text))
    for run in runs:
        phrases = _counted_run(text, run, context)
        if len(usable_arms(phrases)) >= 2:  # not "(8 male and 8 female)"
            return phrases
    return []


def _counted_run(text: str, run: list[re.Match[str]], context: bool) -> list[ArmPhrase]:
    bracketed = bool(run) and _depth(text, 0, run[0].start()) > 0
    if not bracketed:  # "Of 90 enrolled, 45 were assigned to A and 45 to B": from the first verb
        run = run[next((i for i, m in enumerate(run) if m["verb"]), len(run)) :]
    if len(run) < 2:
        return []
    phrases: list[ArmPhrase] = []
    for index, m in enumerate(run):
        verb = (m.group("verb") or "").lower()
        label = m.group("label")
        if _NOT_COUNTED_LABEL.match(label):
            return []
        if verb in ("in", "into") and not _GROUP_END.search(label):
            return []
        if not verb and not bracketed and (index == 0 or not run[0].group("verb")):
            return []
        n = parse_count(m.group("n"))
        phrase = _phrase(text, m.start("label"), m.end("label"), n)
        if n is None or n < 1 or phrase is None:
            return []
        phrases.append(phrase)
    labels = {p.label.lower() for p in phrases}
    if len(labels) < len(phrases):
        return []
    named = any(_COMPARATOR_WORD.search(m["label"]) or _GROUP_END.search(m["label"]) for m in run)
    return phrases if context or named else []


_NOT_NAMING = frozenset({  # words that name no treatment and no group
    "a", "an", "the", "and", "or", "nor", "with", "without", "of", "in", "on", "at", "to", "for",
    "by", "from", "as", "into", "than", "vs", "versus", "each", "other", "others", "both",
    "either", "neither", "same", "vice", "versa", "respect", "regard", "regards", "according",
    "all", "any", "not", "no", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "who", "which", "that", "this", "these", "those", "there", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "should",
    "will", "would", "patients", "patient", "participants", "subjects", "children", "women", "men",
    "adults", "people", "persons", "cases", "rats", "mice", "animals", "eyes", "individuals",
    "male", "males", "female", "females", "boys", "girls",
    "groups", "group", "arms", "arm", "cohorts", "cohort", "respectively", "total", "mg", "g",
    "kg", "ml", "mm", "cm", "iu", "µg", "μg", "mcg", "units", "unit", "day", "days", "week",
    "weeks", "wk", "month", "months", "year", "years", "hour", "hours", "min", "minutes", "daily",
    "once", "twice", "per", "completed", "included", "enrolled", "evaluated", "analysed",
    "analyzed", "randomized", "randomised", "allocated", "assigned", "received",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DATE = re.compile(  # "September 2001", "Sept. 12, 2001": "1998 to September 2001" counts no arm
    r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?"
    r"(?:19|20)\d\d\b"
)
# a month (and day) right before a count: the count is the date's year ("March 31, 2019")
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+$"
)


def after_a_month(text: str, at: int) -> bool:
    """Whether the number at ``at`` is a date's year: a month, maybe with its day, is right
    before it ("to March 31, 2019", "in Sept 2019"); "Separately, 45" is no date."""
    return _MONTH_BEFORE.search(text, max(0, at - 24), at) is not None


_NOT_AN_ARM = re.compile(
    r"(?i)^(?:to\s+)?(?:evaluate|assess|determine|investigate|examine|compare|explore|measure|"
    r"delineate|improve|identify|describe|analy[sz]e|estimate|are|is|does|do|can|should|"
    r"which|what|how|why)\b"
    r"|\bcharacteristics\b|\bdemographics?\b|\bbaseline\s+(?:data|values|variables)\b"
    r"|\b(?:randomi[sz]ed|controlled|control|clinical|pilot|multicent\w+|blind\w*|crossover)"
    r"\s+trials?\b|(?-i:[Tt]rials?(?=[A-Z]))|^trials?$"
    r"|\b(?:versus|vs\.?)\s|\b[pP]\s*[=<>≤≥]\s*0?[.·]\d"
    r"|\b(?:had|showed|was|were)\s+(?:significant|similar|higher|lower|greater|better|worse)"
    r"|\b(?:was|were)\s+(?:found|observed|seen|noted|reported)\b"
    r"|\b(?:did|does|do)\s+not\s+(?:show|differ|find|improve|reduce|increase|change|affect)"
    r"|^[\d.,]+\s*%\s*(?:$|(?:in|at|of|and|versus|vs)\s)|^0\d\d\b"
    r"|" + _DATE.pattern.removeprefix("(?i)")
)
_NAMED_GROUP_LABEL = re.compile(r"(?i)\b(?:group|arm|cohort)\s+[A-Z0-9]{1,4}\b")
_DOSE = re.compile(
    r"^\d+(?:[.,]\d+)?\s*(?:mg|g|grams?|µg|μg|mcg|ug|ml|mL|IU|units?|mmol)(?:/[\w.]+)*"
    r"(?:\s+(?:daily|once|twice|weekly|per\s+day|a\s+day|bid|tid|qd))*$"
)


_HOW_LONG = re.compile(  # "10-d", "14 days", "6 months": how long an arm is treated
    r"^\d+(?:[.,]\d+)?[-\s\xa0]?(?:d|days?|wk|weeks?|mo|months?|h|hours?|y|years?)\b(?!\s*/)"
)


def _names(word: str) -> bool:
    if word.isupper() and word not in ("IU", "N", "I"):  # an acronym or letter: "MM", "E"
        return True
    return len(word) > 1 and word.lower().strip("'’-") not in _NOT_NAMING


def plausible_label(label: str) -> bool:
    """Whether a phrase can name an arm: it holds a word that names something (not only
    function words, counts, units or people: "N = 18", "respect", "69 patients"), a group's
    name ("group II") or a dose ("20 mg"), and it is no aim ("evaluate changes"), question
    ("Are there advantages"), description of the groups ("characteristics of the groups at
    baseline"), trial design ("a randomized controlled trial"), result ("p = 0.04",
    "55.2% at 12 months", "no change was found") or date ("September 2001")."""
    if _NOT_AN_ARM.search(label):
        return False
    if _NAMED_GROUP_LABEL.search(label) or _DOSE.match(label):
        return True
    return any(_names(w) for w in _WORD.findall(label))


def usable_arms(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """The phrases that can name arms, without dangling words at their end ("drug A on day 2
    of"), "A with" and "without B" read as "A with B" and "A without B" ("knee replacement
    with or without a tourniquet"), "A-" completed by the next "B-directed X" as "A-directed
    X" ("genotype- or phenotype-directed treatment"), "A or not" as "A" and "no A", "placebo
    and B" beside "A" as two arms (``_comparator_split``); none when fewer than two are left or
    more than one had to go."""
    phrases = _with_or_without(_hyphens_completed([_without_dangling(p) for p in phrases]))
    phrases = _comparator_split(phrases)
    phrases = [
        ArmPhrase(f"no {phrases[i - 1].label}", p.start, p.end, p.n, written=False)
        if i and _NOT.match(p.label)
        else p
        for i, p in enumerate(phrases)
    ]
    durations = sum(bool(_HOW_LONG.match(p.label)) for p in phrases)
    # "to 10-d or 14-d antibiotic therapy": arms that differ in how long
    kept = [
        p
        for p in phrases
        if plausible_label(p.label) or (durations >= 2 and _HOW_LONG.match(p.label))
    ]
    return kept if len(kept) >= 2 and len(phrases) - len(kept) <= 1 else []


_NOT = re.compile(r"(?i)^(?:not|none)$")
_AND = re.compile(r"\s+and\s+")
_PURE_COMPARATOR = re.compile(
    r"(?i)(?:(?:a|an|the|matching|identical)\s+)?(?:placebos?|sham(?:\s+[\w-]+)?|vehicle|"
    r"(?:usual|standard)\s+care|no\s+(?:treatment|intervention)|wait(?:ing)?[- ]?list)"
    r"(?:\s+(?:group|arm|control))?"
)


def _comparator_split(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """ "A versus placebo and B": "placebo and B" is two arms when one side is only a
    comparator and the other is no comparator and shares no word with the other arms ("A plus
    C versus placebo and C" keeps its combination), and no other arm is only a comparator ("A or
    placebo and B or placebo" is a factorial trial)."""
    if len(phrases) < 2 or any(_PURE_COMPARATOR.fullmatch(p.label) for p in phrases):
        return phrases  # "A or placebo and B or placebo": a factorial trial's two factors
    out: list[ArmPhrase] = []
    for p in phrases:
        parts = _AND.split(p.label)
        if p.treatment or not p.written or len(parts) != 2:
            out.append(p)
            continue
        pure = [bool(_PURE_COMPARATOR.fullmatch(part)) for part in parts]
        others = {w for o in phrases if o is not p for w in _WORD.findall(o.label.lower())}
        other_side = parts[1] if pure[0] else parts[0]
        if (
            pure.count(True) != 1
            or _COMPARATOR_WORD.search(other_side)
            or others & {w for w in _WORD.findall(other_side.lower()) if w not in _NOT_NAMING}
        ):
            out.append(p)
            continue
        cut = _AND.search(p.label)
        if cut is None:
            out.append(p)
            continue
        first_end, second_start = p.start + cut.start(), p.start + cut.end()
        out.append(ArmPhrase(parts[0], p.start, first_end, None))
        out.append(ArmPhrase(parts[1], second_start, p.end, None))
    return out


_DANGLING = re.compile(  # lower case only: "group A", "AT" are names
    r"(?:\s+(?:and|or|of|the|to|by|for|in|at|on|from|between|than|either|as|a|an))+$"
)


def _without_dangling(phrase: ArmPhrase) -> ArmPhrase:
    m = _DANGLING.search(phrase.label)
    if m is None or m.start() == 0:
        return phrase
    label = phrase.label[: m.start()]
    end = phrase.end - (len(phrase.label) - len(label))
    return ArmPhrase(label, phrase.start, max(phrase.start, end), phrase.n, phrase.treatment)


_ENDS_WITH = re.compile(r"(?i)\s+with$")
_STARTS_WITHOUT = re.compile(r"(?i)^without\s+")


def _with_or_without(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    out = list(phrases)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        ends, starts = _ENDS_WITH.search(first.label), _STARTS_WITHOUT.match(second.label)
        if ends and starts:
            base, rest = first.label[: ends.start()], second.label[starts.end() :]
            out[i] = ArmPhrase(
                f"{base} with {rest}", first.start, first.end, first.n, written=False
            )
            out[i + 1] = ArmPhrase(
                f"{base} {second.label}", second.start, second.end, second.n, base, False
            )
    return out


_OPEN_HYPHEN = re.compile(r"\s*[-‐‑–—]$")
_FIRST_WORD_HYPHEN = re.compile(r"^[^\W\d_][\w.]*[-‐‑–—](?=[^\W\d_])")


def _hyphens_completed(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """ "genotype-" before "phenotype-directed treatment" is "genotype-directed treatment";
    an open hyphen that no later phrase completes is dropped ("nitric oxide–")."""
    out = list(phrases)
    for i, phrase in enumerate(out):
        dash = _OPEN_HYPHEN.search(phrase.label)
        if dash is None or dash.start() == 0:
            continue
        base = phrase.label[: dash.start()]
        later = next((p for p in out[i + 1 :] if not _OPEN_HYPHEN.search(p.label)), None)
        head = _FIRST_WORD_HYPHEN.match(later.label) if later is not None else None
        if later is not None and head is not None:
            label = base + phrase.label[dash.start() :].strip() + later.label[head.end() :]
            out[i] = ArmPhrase(label, phrase.start, phrase.end, phrase.n, phrase.treatment, False)
        else:
            end = phrase.start + len(base)
            out[i] = ArmPhrase(base, phrase.start, end, phrase.n, phrase.treatment, phrase.written)
    return out
