"""Arms named by a comparison that a title or a design sentence states.

Not a component: ``evg_arms`` reads these after the allocation sentences
(``from_title``, then ``from_comparison``):

- a title's "A versus B" or "Long A versus long B (LA vs. LB)" (``from_title``);
- a title, objective, methods or unlabelled sentence's "compared A with B", "compared the
  effect of A (n = 59) with B (n = 50)", "the efficacy of (0.1%) A vs B", "a trial testing A
  (INT) versus B (UC)", "A versus B" (``compared_pair``; not what studies "should compare",
  "A performed with B", "A with or without B", "the effects of addition of A to B"), or
  "patients treated with and without X" (``with_and_without``: X and "no X");
- the last source of arms, read by ``evg_arms`` after all others (``from_compared_and``):
  "comparing A and B", "compared the efficacy of A and B" (``compared_and_pair``; "prone and
  supine positioning" as two positionings; not people, times or "A and B risks").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.caseless import lowered
from extractors.components.arm_filters import usable_arms
from extractors.components.arm_labels import (
    ArmPhrase,
    second_noun,
    sharing_noun,
    shifted,
    trim,
)
from extractors.components.inputs import text_of
from extractors.components.sections import sentences_of
from extractors.numbers import SUBJECT_NOUNS_PATTERN

_VERSUS = re.compile(r"(?i)\b(?:versus|vs\b|compared\s+(?:with|to))")
_TITLE_VS = re.compile(
    r"(?i)(?P<a>[^:;,.?]+?)\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+(?P<b>[^:;,?]+?)"
    r"(?=\s+(?:for|in|on|among|after|during|at|as|to)\b|[:;,.?]|$)"
)

_TITLE_SHORT_VS = re.compile(
    r"\((?P<a>[A-Za-z][\w+/-]{0,14})\s+(?:versus|vs\.?)\s+(?P<b>[A-Za-z][\w+/-]{0,14})\)"
)


# what comes before the first arm of "A versus B" in a title: "Effect of", "Treatment with",
# "Meta-analysis comparing", "A trial that compared"
_TITLE_LEAD = re.compile(r"(?i)\b(?:of|with|comparing|compared|compares|between)\s+")


def from_title(doc: Doc) -> list[ArmPhrase]:
    for section in doc._.sections or ():
        if section.label_ != "TITLE":
            continue
        title = text_of(section.doc)[section.start_char : section.end_char]
        if not _VERSUS.search(title):
            return []
        short = _TITLE_SHORT_VS.search(title)  # "Long A versus long B (LA vs. LB)"
        if short:
            return shifted(
                [ArmPhrase(short[g], short.start(g), short.end(g), None) for g in ("a", "b")],
                section.start_char,
            )
        m = _TITLE_VS.search(title)
        if not m:
            return []
        phrases = []
        for group in ("a", "b"):
            start, end = m.start(group), m.end(group)
            of = list(_TITLE_LEAD.finditer(title[start:end]))
            if group == "a" and of:
                start += of[-1].end()
            start, end = trim(title, start, end)
            if end > start:
                phrases.append(ArmPhrase(title[start:end], start, end, None))
        return shifted(phrases, section.start_char) if len(phrases) == 2 else []
    return []


def _size(name: str) -> str:
    """A side's size in brackets, "(n = 59)", its number the group ``name``."""
    return rf"\s*\(\s*[nN]\s*=\s*(?P<{name}>\d+)\s*\)"


# a dose in brackets after a side, and the noun both sides share after the second:
# "intranasal (3 mg) versus intramuscular (1 mg) glucagon"
_DOSE_BRACKET_A = r"\s*\(\s*(?P<da>\d[^()]{0,20}?)\s*\)"
_DOSE_BRACKET_B = r"\s*\(\s*(?P<db>\d[^()]{0,20}?)\s*\)(?P<head>\s+[^\W\d_][^:;,.?()%=]{1,40}?)?"
_COMPARED = re.compile(
    # not what later studies should do: "Future studies should directly compare A with B"
    r"(?i)(?<!should\s)(?<!should\sdirectly\s)(?<!would\s)(?<!could\s)(?<!will\s)"
    r"\b(?:compar(?:ed|ing|es|e)|comparison\s+of)\s+"
    # "compared the effect of A with B": the arms after "of"
    r"(?P<effect>the\s+(?:[\w-]+\s+)?(?:efficacy|safety|effects?)\s+of\s+"
    r"(?!(?:patients|those|people)\b))?"
    # what is compared, not the arms: "compares (the) (long-term) outcomes in ... with ..."
    r"(?!(?:the\s+)?(?:[\w-]+\s+)?(?:efficacy|safety|effects?|outcomes?|results?|data|rates?)\b)"
    # "compared with B in ...": one side only, its first word no arm ("compared with placebo in
    # patients with X with Y")
    r"(?!(?:with|to)\s)"
    r"(?P<a>[^:;,.?()%=]{3,90}?)(?:" + _size("na") + "|" + _DOSE_BRACKET_A + ")?"
    # not the "with" of "A performed with B", "treated with", "combined with": part of A
    r"(?:(?<!ed)\s+with|\s+(?:to|versus|vs\.?))\s+"
    r"(?!(?:or|and)\s+without\b)"  # "A with or without B": one arm with B, one without
    r"(?P<b>[^:;,.?()%=]{3,90}?)(?:" + _size("nb") + "|" + _DOSE_BRACKET_B + r")?"
    r"(?=\s+(?:in|for|on|among|after|during|at|as|to|regarding|with\s+respect)\b|[:;,.?()]|$)"
)
# "comparing A and B (in ...)", "compared the (therapeutic) efficacy (and safety) of A and
# B" (``compared_and_pair``): the last source of arms, as "and" joins much else
_EFFECT_WORD = r"(?:efficacy|efficacies|safety|effects?|effectiveness|performance|tolerability)"
_COMPARED_AND = re.compile(
    r"(?i)(?<!should\s)(?<!should\sdirectly\s)(?<!would\s)(?<!could\s)(?<!will\s)"
    r"\b(?:compar(?:ed|ing|es|e)|comparison\s+of)\s+"
    rf"(?:(?:the\s+)?(?:[\w-]+\s+)?{_EFFECT_WORD}\s+(?:and\s+{_EFFECT_WORD}\s+)?of\s+)?"
    r"(?!(?:with|to|between|across|among|against|the|these|those|two|three|different|various|"
    r"several|both|either|all|each|our|"
    r"patients|participants|outcomes?|results?|data|rates?|methods?)\b)"
    r"(?P<a>[^\W\d_][^:;,.?()%=]{2,60}?)\s+and\s+(?!(?:the\s+)?(?:without|no|not|other)\b)"
    r"(?P<b>[^\W\d_][^:;,.?()%=]{2,60}?)"
    r"(?=\s+(?:in|for|on|among|after|during|at|as|to|regarding|with\s+respect)\b|[:;,.?()]|$)"
)
_VS_SIDES = (  # "A (INT) versus B (UC)": a short name in brackets after A; A's strength first
    r"(?P<a>(?:\d+(?:\.\d+)?\s*%\s+(?=[^\W\d_]))?[^:;,.?()%=]{3,60}?)"
    r"(?:\s*\(\s*[^\W\d_][\w-]{0,11}\s*\))?\s+(?:versus|vs\.?)\s+"
    r"(?P<b>[^:;,.?()%=]{3,60}?)"
    r"(?=\s+(?:in|for|on|among|after|during|at|as|to|regarding)\b|[:;,.?()]|$)"
)
_OF_VS = re.compile(rf"(?i)\b(?:of|with|between|testing|evaluating)\s+{_VS_SIDES}")
_PROSE_VS = re.compile(rf"(?i)(?:^|[:;,]\s+){_VS_SIDES}")
COMPARISON_SECTIONS = ("TITLE", "OBJECTIVE", "METHODS", "UNLABELLED")  # where a design is stated
# each pattern of ``compared_pair`` and the words one of which its matches hold: most sentences
# hold none, and a substring test of the lower-cased text is far cheaper than the patterns'
# search (exact where no letter lower-cases apart from its (?i) match: extractors.caseless)
_COMPARISON_CUES = (
    (_COMPARED, ("compar",)),
    (_OF_VS, ("versus", "vs")),
    (_PROSE_VS, ("versus", "vs")),
)
_DIGIT = re.compile(r"\d")
# words in a side of "comparing A and B" that make it no arm: a third side, a time, a measure
_NOT_AN_ARM_AND = re.compile(
    r"(?i)\b(?:and|with|versus|vs|between|before|after|score|scores|quality|groups?|who|which|"
    # what is compared of people or arms, not an arm: "sociodemographic and cardiometabolic
    # risks", "the effects of intervention intensity and intervention style"
    r"risks?|factors?|characteristics|features|intensity|style|levels?|types?|timing|"
    rf"treated|alone-treated|{_EFFECT_WORD})\b"
)
_PEOPLE_SIDE = re.compile(
    rf"(?i)(?:[\w-]+\s+)?(?:{SUBJECT_NOUNS_PATTERN}|males|females|boys|girls|smokers|non-?smokers)"
)
_ADDITION = re.compile(r"(?i)(?:the\s+)?(?:addition\s+of|adding)\b")
_SETTING_WORD = re.compile(r"\b(?:on|for|in|among|at|during)\b")  # lower case: a setting
# a number that is a dose or strength, not a result: "10 mg", "2 years", "0.1% mometasone"
_DOSE_IN = re.compile(r"(?i)\d\s*(?:mg|g|years?)\b|^\d+(?:\.\d+)?\s*%\s+[^\W\d_]")


def _holds_result(side: str) -> bool:
    """Whether a side of a comparison holds a number that is no dose or strength: a result,
    not an arm ("A (12%) versus B"; not "10 mg A", "0.1% mometasone")."""
    return bool(_DIGIT.search(side)) and not _DOSE_IN.search(side)


def _two_sides(phrases: list[ArmPhrase]) -> bool:
    """Whether a comparison gave two sides that differ (not "A versus a")."""
    return len(phrases) == 2 and phrases[0].label.lower() != phrases[1].label.lower()


_INNER_LEAD = re.compile(r"(?i)\b(?:testing|evaluating)\s+")


def _last_lead(text: str, start: int, end: int) -> int | None:
    """Where the words after the last "testing"/"evaluating" in ``text[start:end]`` start."""
    last = None
    for m in _INNER_LEAD.finditer(text, start, end):
        last = m.end()
    return last


def compared_pair(text: str) -> list[ArmPhrase]:
    """The two arms of "compared A with B", "the efficacy of A vs B", "A versus B" in a
    sentence that says what the trial compares; none when a side holds no letters or a
    number (a result, not an arm)."""
    lower = lowered(text)
    for pattern, cues in _COMPARISON_CUES:
        if lower is not None and not any(cue in lower for cue in cues):
            continue  # the pattern needs one of its cues, whatever its case
        for m in pattern.finditer(text):
            phrases = []
            for group in ("a", "b"):
                start, end = m.start(group), m.end(group)
                if group == "a" and (lead := _last_lead(text, start, end)) is not None:
                    start = lead  # "of a randomized trial testing A versus B": A
                start, end = trim(text, start, end)
                piece = text[start:end]
                if end <= start or not re.search(r"[A-Za-z]{3}", piece):
                    break
                if _holds_result(piece):
                    break
                if m.groupdict().get("effect") and (
                    _SETTING_WORD.search(piece) or _ADDITION.match(piece)
                ):
                    # "comparing the effects of A and B on X for Y With Z", "the effects of
                    # addition of A or B to C": no two arms
                    break
                size = m.groupdict().get("n" + group)  # "compared A (n = 59) with B (n = 50)"
                phrases.append(ArmPhrase(piece, start, end, int(size) if size else None))
            if _two_sides(phrases):
                return _with_shared_head(m, phrases)
    return []


# a word that modifies a noun: "intranasal", "intravenous", "surgical", "conservative"
_MODIFIER = re.compile(r"(?i)[a-z-]{2,}(?:al|ar|ous|ic|ary|ive)$")


def _with_shared_head(m: re.Match[str], phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """Both sides of a comparison with the noun written once, after the second, and their
    doses in brackets: "intranasal (3 mg) versus intramuscular (1 mg) glucagon" and "oral
    versus intravenous iron" -> "intranasal glucagon 3 mg", "intramuscular glucagon 1 mg";
    "oral iron", "intravenous iron". Only where the first side is one modifying word and the
    second opens with one."""
    a, b = phrases
    groups = m.groupdict()
    head = (groups.get("head") or "").strip()
    words = b.label.split()
    if not head and len(words) >= 2 and _MODIFIER.fullmatch(words[0]):
        head = " ".join(words[1:])
        words = words[:1]
    if not head or len(a.label.split()) != 1 or not _MODIFIER.fullmatch(a.label):
        return phrases
    if len(words) != 1 or not _MODIFIER.fullmatch(words[0]):
        return phrases
    doses = [f" {groups[g]}" if groups.get(g) else "" for g in ("da", "db")]
    return [
        ArmPhrase(f"{a.label} {head}{doses[0]}", a.start, a.end, a.n, written=False),
        ArmPhrase(f"{words[0]} {head}{doses[1]}", b.start, b.end, b.n, written=False),
    ]


_WITH_AND_WITHOUT = re.compile(
    r"(?i)(?P<head>\b[^\W\d_][\w-]*|\))\s+with\s+and\s+without\s+(?:an?\s+|the\s+)?"
    r"(?P<x>[^\W\d_][^,;:.()]{0,40}?)"
    r"(?=\s+(?:in|for|at|on|during|from|between|after)\b|\s*[,;:.()]|\s*$)"
)
# "patients with and without diabetes", "adults aged 65 years with or without X": people, not
# treatments
_PEOPLE_HEAD = re.compile(
    rf"(?i)^(?:{SUBJECT_NOUNS_PATTERN}|those|ones|elderly|groups?|population|cohorts?|years|"
    r"months|weeks|days|old|aged)$"
)


# "received A either with (n = 85) or without (n = 79) X": two arms, sized or after "either"
_EITHER_WITH_OR_WITHOUT = re.compile(
    rf"(?i)\b(?:either\s+with(?:{_size('nw')})?|with{_size('nw2')})\s+or\s+without"
    rf"(?:{_size('nwo')})?\s+(?:an?\s+|the\s+)?"
    r"(?P<x>[^\W\d_][^,;:.()]{0,40}?)"
    r"(?=\s+(?:in|for|at|on|during|from|between|after|as|to|until|over)\b|\s*[,;:.()]|\s*$)"
)


def with_and_without(text: str) -> list[ArmPhrase]:
    """The arms "X" and "no X" of "patients treated with and without X" ("This study compares
    outcomes in patients treated with and without paclitaxel", "adults undergoing knee
    replacement with and without a tourniquet", "Foley catheter with and without oxytocin");
    not "patients with and without diabetes" nor "adults aged 65 years with and without X",
    people, not treatments; not "A with or without B", which a list of arms reads as one arm
    with B and one without ("exercise with or without another intervention" describes),
    unless each side has its size or "either" opens it ("either with (n = 85) or without (n =
    79) X")."""
    if "without" not in text:
        return []
    either = _EITHER_WITH_OR_WITHOUT.search(text)
    if either:  # "either with (n = 85) or without (n = 79) X"
        sizes = [either["nw"] or either["nw2"], either["nwo"]]
        x = either["x"]
        n_with, n_without = (int(n) if n else None for n in sizes)
        return [
            ArmPhrase(x, either.start("x"), either.end("x"), n_with),
            ArmPhrase(f"no {x}", either.start("x"), either.end("x"), n_without, written=False),
        ]
    for m in _WITH_AND_WITHOUT.finditer(text):
        if _PEOPLE_HEAD.match(m["head"]) or "respectively" in text[m.end() :]:
            continue  # "A and B performed X with and without Y, respectively": a design
        x = ArmPhrase(m["x"], m.start("x"), m.end("x"), None)
        return [x, ArmPhrase(f"no {m['x']}", m.start("x"), m.end("x"), None, written=False)]
    return []


def from_comparison(doc: Doc) -> list[ArmPhrase]:
    for sent in sentences_of(doc):
        if sent.category not in COMPARISON_SECTIONS:
            continue
        # "with and without X" first: "compares A in adults undergoing B with and without X"
        # is no comparison of A with "and without X"
        phrases = usable_arms(with_and_without(sent.text)) or usable_arms(compared_pair(sent.text))
        if phrases:
            return shifted(phrases, sent.start)
    return []


def compared_and_pair(text: str) -> list[ArmPhrase]:
    """The two arms of "comparing A and B" or "compared the efficacy of A and B" in a
    sentence that says what the trial compares; none when a side names people ("men and
    women"), a time ("before and after X"), a measure, an effect word or a third side."""
    if "compar" not in text.lower():
        return []
    for m in _COMPARED_AND.finditer(text):
        phrases = []
        for group in ("a", "b"):
            start, end = trim(text, m.start(group), m.end(group))
            piece = text[start:end]
            if end <= start or _NOT_AN_ARM_AND.search(piece) or _PEOPLE_SIDE.fullmatch(piece):
                break
            if _holds_result(piece):
                break
            phrases.append(ArmPhrase(piece, start, end, None))
        if _two_sides(phrases):
            return _and_shared_head(phrases)
    return []


def _and_shared_head(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """ "prone" and "supine whole breast irradiation" as "prone whole breast irradiation" and
    "supine whole breast irradiation": the noun written once, after the second side
    (``arm_labels.second_noun``)."""
    noun = second_noun(phrases)
    return sharing_noun(phrases, noun) if noun is not None else phrases


def from_compared_and(doc: Doc) -> list[ArmPhrase]:
    """``compared_and_pair`` of the first sentence of a title, objective or methods that has
    one."""
    for sent in sentences_of(doc):
        if sent.category in COMPARISON_SECTIONS and (
            phrases := usable_arms(compared_and_pair(sent.text))
        ):
            return shifted(phrases, sent.start)
    return []
