"""Facts about a trial's participants stated in its text: how many were enrolled, randomised
and analysed, their age group and their sex. Pure functions, no spaCy; none raises.

Counts: "N <people> were enrolled/recruited", "N <people> participated/took part" (enrolled),
"N were randomised", "randomised N <people>", "N (were) included in the (final) analysis", "N
completed the study". Age group: an explicit word ("children", "adolescents", "infants", "older
adults", "elderly", "adults") or an age bound ("aged 65 years or older" -> older adults, "aged 18
years or older" -> adults, "under 18" -> children). Sex: "women"/"female(s)" or "men"/"male(s)"
with no mention of the other (also "pregnant", "postmenopausal").

Example: "We enrolled 150 women aged 65 years or older; 120 were randomised and 110 were
analysed." gives enrolled 150, randomised 120, analysed 110, "older adults", "female".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.numbers import parse_number, parse_number_words

_PEOPLE = (
    r"(?:(?:[a-z][\w-]*\s+){0,3}?(?:patients|participants|subjects|individuals|people|adults|"
    r"children|women|men|males|females|boys|girls|infants|adolescents|volunteers|persons|mothers|"
    r"students|pupils|neonates|athletes|workers|nurses|smokers|survivors))?"
)
_N = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|[A-Za-z]+(?:-[a-z]+)?)"
_QUALIFIER = r"(?:\s+(?:with|who|from|in|aged|of)\s+[^.;()]{1,60}?)?"
_BEFORE_VERB = re.compile(
    rf"(?<![\w.,]){_N}\s+(?P<people>{_PEOPLE}){_QUALIFIER}\s*(?:\([^()]*\)\s*)?"
    r"(?:were|was|had\s+been|being)?\s*"
    r"(?:(?P<enrolled>enrolled|recruited|participated|took\s+part)|(?P<randomised>randomi[sz]ed|"
    r"randomly\s+(?:assigned|allocated))|(?P<analysed>analy[sz]ed|included\s+in\s+the\s+(?:final\s+|primary\s+)?"
    r"analys[ie]s|evaluable|completed\s+the\s+(?:study|trial|follow-up)))\b"
)
_VERB_BEFORE = re.compile(
    r"(?i)\b(?:(?P<enrolled>enrolled|recruited)|(?P<randomised>randomi[sz]ed|randomly\s+"
    rf"(?:assigned|allocated)))\s+(?:a\s+total\s+of\s+)?{_N}\s+(?P<people>{_PEOPLE})"
)
_COUNT_VERB = re.compile(
    r"(?i)\b(?:enrolled|recruited|randomi[sz]ed|randomly|analy[sz]ed|included|evaluable|"
    r"completed|participated|took\s+part)\b"
)
_AGE_WORDS = (
    ("infants", re.compile(r"(?i)\b(?:infants?|neonates?|newborns?|preterm)\b")),
    ("children", re.compile(r"(?i)\b(?:children|child|paediatric|pediatric|schoolchildren)\b")),
    ("adolescents", re.compile(r"(?i)\b(?:adolescents?|teenagers?|youths?)\b")),
    ("older adults", re.compile(r"(?i)\b(?:elderly|older\s+(?:adults|people|patients|persons))\b")),
    ("adults", re.compile(r"(?i)\badults?\b")),
)
_AGE_BOUND = re.compile(
    r"(?i)\b(?:aged|age)\s+(?:(?P<min>\d{1,3})\s*(?:years?|yrs?)?\s*(?:or\s+older|or\s+over|and\s+"
    r"(?:older|over|above)|\+)|(?:over|above|>|≥|at\s+least)\s*(?P<min2>\d{1,3})|(?:under|below|<|"
    r"younger\s+than)\s*(?P<max>\d{1,3})|(?P<lo>\d{1,3})\s*(?:-|–|to)\s*(?P<hi>\d{1,3})\s*(?:years?|yrs?))"
)
_FEMALE = re.compile(
    r"(?i)\b(?:women|woman|females?|girls|mothers|pregnant|postmenopausal|premenopausal)\b"
)
_MALE = re.compile(r"(?i)\b(?:(?<!wo)men|(?<!fe)males?|boys|fathers)\b")


@dataclass(frozen=True, slots=True)
class ParticipantCounts:
    enrolled: int | None = None
    randomised: int | None = None
    analysed: int | None = None


def _count(raw: str) -> int | None:
    if raw[0].isdigit():
        value = parse_number(raw)
        return int(value) if value is not None and value.is_integer() else None
    return parse_number_words(raw)


def participant_counts(text: str) -> ParticipantCounts:
    """The first enrolled, randomised and analysed counts the text states."""
    found: dict[str, int] = {}
    matches = list(_VERB_BEFORE.finditer(text))
    cursor = 0
    for verb in _COUNT_VERB.finditer(text):  # look back from each verb: faster than a scan
        m = _BEFORE_VERB.search(text, max(cursor, verb.start() - 160), verb.end() + 40)
        if m is not None:
            matches.append(m)
            cursor = m.end()
    for m in sorted(matches, key=lambda m: m.start()):
        n = _count(m.group("n"))
        if n is None or not 0 < n < 10_000_000:
            continue
        if not m.group("people") and 1900 <= n <= 2100:  # "in 2012 were randomised": a year
            continue
        for kind in ("enrolled", "randomised", "analysed"):
            if m.groupdict().get(kind):
                found.setdefault(kind, n)
    return ParticipantCounts(found.get("enrolled"), found.get("randomised"), found.get("analysed"))


def age_group(text: str) -> str | None:
    """The participants' age group from an explicit word, else from an age bound."""
    for group, pattern in _AGE_WORDS:
        if pattern.search(text):
            return group
    m = _AGE_BOUND.search(text)
    if m is None:
        return None
    low = m.group("min") or m.group("min2") or m.group("lo")
    high = m.group("max") or m.group("hi")
    if low is not None and int(low) >= 60:
        return "older adults"
    if high is not None and int(high) <= 18:
        return "children"
    if low is not None and int(low) >= 18:
        return "adults"
    return None


def sex(text: str) -> str | None:
    """ "female" or "male" when the text names only one sex, else None."""
    female, male = _FEMALE.search(text), _MALE.search(text)
    if female and not male:
        return "female"
    if male and not female:
        return "male"
    return None
