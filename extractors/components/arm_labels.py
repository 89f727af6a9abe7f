"""An arm phrase and how a treatment phrase is cut to an arm's label.

``ArmPhrase`` (a label, its offsets, its size and treatment), ``trim`` (no lead-in or
trailing words), ``arm_phrase_at`` (the arm a span names, with the size in its brackets and
without a bracket that describes it), and the patterns the shapes of ``arm_phrases`` share
(``N_IS``, ``GROUP_LABEL``, ``COMPARATOR_WORD``, ``SPLIT_OR``, ...). Split out of
``arm_phrases``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def shifted(phrases: list[ArmPhrase], offset: int) -> list[ArmPhrase]:
    """``phrases`` with their offsets moved by ``offset`` (a sentence's into the text's)."""
    return [
        ArmPhrase(p.label, p.start + offset, p.end + offset, p.n, p.treatment, p.written)
        for p in phrases
    ]


# one plain word, no short form: "immediate", "Sequential", "inlay-retained" (not "DCB",
# "DA+DCB", "5-FU")
_PLAIN_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*")


def second_noun(phrases: list[ArmPhrase]) -> list[str] | None:
    """The noun the second of two arms writes after its first word, which the first arm may
    share ("prone" and "supine whole breast irradiation": "whole breast irradiation"): when
    the first arm is one plain word and so is the second's first; else None."""
    a, b = phrases
    first, *noun = b.label.split()
    if not noun or not _PLAIN_WORD.fullmatch(a.label) or not _PLAIN_WORD.fullmatch(first):
        return None
    return noun


def sharing_noun(phrases: list[ArmPhrase], noun: list[str]) -> list[ArmPhrase]:
    """The two arms, the first with ``noun`` after its word (a label made up, not written)."""
    a, b = phrases
    label = f"{a.label} {' '.join(noun)}"
    return [ArmPhrase(label, a.start, a.end, a.n, a.treatment, written=False), b]


# no noun to share: a group's own word, not a treatment's ("propofol or combination group
# (...)"), what makes the second side a monotherapy ("A or B alone") or joins it to more ("A
# or B plus C")
_NOT_A_SHARED_NOUN = re.compile(
    r"(?i)groups?|arms?|cohorts?|conditions?|alone|only|plus|and|or|with|without|versus|vs|"
    r"followed|by|then|combined|in|of|for|to|at|on|after|before|during|than"
)


def with_shared_head(phrases: list[ArmPhrase], text: str) -> list[ArmPhrase]:
    """ "immediate" and "sequential withdrawal" (of "treated with immediate or sequential
    withdrawal") as "immediate withdrawal" and "sequential withdrawal": the second arm's noun
    (``second_noun``), when ``text`` writes the first with it elsewhere ("in the immediate
    withdrawal group"); else ``phrases`` as they are ("placebo or active drug" stays; so does
    a noun of more than three words, one that is not plain words, or "group")."""
    if len(phrases) != 2:
        return phrases
    noun = second_noun(phrases)
    a, b = phrases
    if (
        noun is None
        or len(noun) > 3
        or not all(_PLAIN_WORD.fullmatch(word) for word in noun)
        or any(_NOT_A_SHARED_NOUN.fullmatch(word) for word in noun)
        or a.label.lower() == b.label.split()[0].lower()
        or not re.search(rf"(?i)\b{re.escape(a.label)}\s+{re.escape(noun[0])}\b", text)
    ):
        return phrases
    return sharing_noun(phrases, noun)


N_IS = re.compile(rf"\b[nN]\s*=\s*({COUNT_PATTERN})")
# an n followed by the group it counts: "(n = 60 in A and 58 in B)"
_N_OF_NAMED = re.compile(r"\s+(?:in|for|on|with|receiving)\s+[^\W\d_]")


def own_size(inner: str) -> re.Match[str] | None:
    """The "n =" of a bracket after an arm's name ("n = 30", "drug X; n=30"), else None; not
    an n followed by the group it counts ("(n = 60 in A and 58 in B)": A's, whatever arm the
    bracket follows)."""
    size = N_IS.search(inner)
    return None if size is None or _N_OF_NAMED.match(inner, size.end()) else size


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
    # "into three groups as A group, B group and C group": "as" introduces the arms
    r"one|both|of|each|compared\s+with|patients?\s+(?:included\s+)?in|(?-i:as))\b)+",
    re.IGNORECASE,
)

_TRAIL = re.compile(
    r"(?:[\s,;:.]|\b(?:respectively|each|groups?|arms?|cohorts?)\b)+$", re.IGNORECASE
)

SPLIT_OR = re.compile(r"\s*,?\s+\b(?:or|versus|vs\.?|compared\s+(?:with|to))\s+|\s*;\s*")

_EITHER = re.compile(r"(?i)\beither\s+")

GROUP_END = re.compile(r"(?i)\b(?:groups?|arms?|cohorts?)\s*$")

COMPARATOR_WORD = re.compile(
    r"(?i)\b(?:placebo|sham|control|usual\s+care|standard\s+care|no\s+treatment|vehicle)\b"
)

MAX_WORDS = 14


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
    if colon >= 0:
        return colon + 2
    intro = _LIST_INTRO.match(text, start, end)  # "one of two aromatase inhibitors-A": A
    return intro.end() if intro else start


# "(to one of) two adjuvant aromatase inhibitors—exemestane or anastrozole": what the arms
# are (not "two doses of measles-mumps vaccine": what the doses are of), then a dash (or the
# hyphen an em dash became) and the first arm
_LIST_INTRO = re.compile(
    r"(?i)\s*(?:one\s+of\s+)?(?:the\s+)?(?:two|three|four|five|[2-5])\s+"
    r"(?:(?!of\b)[^,;:()]){0,60}?[^\Ws]s"
    r"(?:\s*[–—]\s*|\s+-\s+|-)(?=[^\W\d_])"
)


def arm_phrase_at(
    text: str, start: int, end: int, n: int | None, treatment: str | None = None
) -> ArmPhrase | None:
    """The arm named by ``text[start:end]`` (of size ``n``, if known): after a colon and
    "either", trimmed (``trim``), its size taken from a bare bracketed count at its end ("A
    (41)") or an "n =" in its last bracket ("A [CYC; n = 72]"), without a bracket that
    describes it ("control group (results not given, usual care)": "control group"), and
    without a last bracket that makes it longer than ``MAX_WORDS`` words ("A (12 4-week cycles
    of ... on days 1-5)": "A"; not one that names the group, "(...; the A group)"); None when it
    is too short or still too long."""
    start = _after_colon(text, start, end)
    either = _EITHER.search(text, start, end)
    start, end = trim(text, either.end() if either else start, end)
    if text.count("(", start, end) > text.count(")", start, end):  # "drug A (25, 35" cut
        start, end = trim(text, start, text.rfind("(", start, end))
    if len(text[start:end].split()) > MAX_WORDS:  # "A (12 4-week cycles of ... on days 1-5)": A
        closing = _LAST_BRACKET.search(text, start, end)
        if closing is not None and not _GROUP_WORD.search(closing[0]):  # not "(...; the A group)"
            end = max(start, closing.start())
    if end - start < 2 or len(text[start:end].split()) > MAX_WORDS:
        return None
    bare = _BARE_COUNT_END.search(text, start, end)
    if bare is not None and n is None and int(bare["n"]) >= 3:  # "A (41) or placebo (n = 39)"
        n, end = int(bare["n"]), bare.start()
    last = _LAST_BRACKET.search(text, start, end) if n is None else None
    size = N_IS.search(last[0]) if last is not None and last.start() > start else None
    if last is not None and size is not None:  # "A (intravenous [n = 72])", "A [CYC; n = 72]"
        n, end = parse_count(size[1]) if own_size(last[0]) else None, last.start()
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

# the name a group is given after "group"/"arm": letters and a number ("P2.5", "D20") or two
# short names joined ("P+D") (``GROUP_NAME_SUFFIXED``), letters ("A", "PD"), or a number ("2")
GROUP_NAME_SUFFIXED = r"[A-Z]{1,3}(?:\d{1,3}(?:\.\d{1,2})?|\+[A-Z]{1,3})"
GROUP_NAME = rf"(?:{GROUP_NAME_SUFFIXED}|[A-Z]{{1,3}}|\d{{1,2}})"

# "group 2 (A; B)", "the control group (drug A plus drug B)": what the group named by letter
# or role received (``_named_with_treatment``), which a long bracket does not make a description
_LETTER_NAMED = re.compile(rf"(?:^|\s)(?:[Gg]roup|GROUP|[Aa]rm|ARM)\s+{GROUP_NAME}\s*$")

_ROLE_NAMED = re.compile(
    r"(?i)(?:^|\s)(?:control|experimental|intervention|treatment|study|active|comparison|"
    r"placebo)(?:\s+(?:group|arm))?\s*$"
)


# a trial registry's number or name: what the bracket holds is the trial's record, not the arm
_REGISTRATION = re.compile(
    r"(?i)\b(?:NCT\d{6,}|ISRCTN\s*\d+|ACTRN\s*\d+|ChiCTR[\w-]*\d|EudraCT|DRKS\d+|"
    r"CTRI/\d|UMIN\d+|IRCT\d+|clinicaltrials\.gov|trial\s+regist\w*|registered\b)"
)


def _describes(inside: str, label: str) -> bool:
    """Whether a bracket that ends an arm's phrase describes the arm rather than naming it:
    it counts the arm's people ("65 patients [50%]"), holds a verb ("results not given") or
    items of three words or more between commas ("routine clinical care, by phone"), or, after
    a label other than a role or a group's letter, five words or more; and no dose or size. A
    short name stays ("TAU", "OI, control", "group A"), and what a group named by its letter
    received ("group 1 (no risk factors; surveillance)"). A bracket with a trial registry's
    number ("(NCT00409071 clinicaltrials.gov)") describes the trial."""
    if _REGISTRATION.search(inside):
        return True  # "matching placebo (NCT00409071 clinicaltrials.gov)": the trial's record
    if _IN_A_BRACKET_TOO.search(inside) or _LETTER_NAMED.search(label):
        return False
    if _PEOPLE_COUNTED.match(inside) or _DESCRIBING_VERB.search(inside):
        return True
    items = _ITEM_SPLIT.split(inside)
    if len(items) > 1 and any(len(item.split()) >= 3 for item in items):
        return True
    return len(inside.split()) >= 5 and not _ROLE_NAMED.search(label)


_GROUP_WORD = re.compile(r"(?i)\b(?:groups?|arms?|cohorts?)\b")
_LAST_BRACKET = re.compile(  # a bracket, one more inside it allowed, that ends the phrase
    r"\s*[(\[](?:[^()\[\]]|[(\[][^()\[\]]*[)\]])*[)\]]\s*$"
)

_BARE_COUNT_END = re.compile(  # an arm's size in brackets after its name, nothing else there
    r"\s*[(\[](?:[nN]\s*=\s*)?(?P<n>\d{1,6})(?:\s+(?:patients|participants|subjects|women|men|children))?"
    r"[)\]]$"
)

GROUP_LABEL = rf"(?:[Gg]roup|GROUP|[Aa]rm|ARM)\s+{GROUP_NAME}"  # "group A", "arm 2", "group P2.5"


def depth(text: str, start: int, at: int) -> int:
    piece = text[start:at]
    return max(0, piece.count("(") - piece.count(")")) + max(0, piece.count("[") - piece.count("]"))
