"""Facts about a trial's participants stated in its text: how many were enrolled, randomised
and analysed, their age group and their sex. Pure functions, no spaCy; none raises.

Counts: "N <people> were enrolled/recruited", "N <people> participated/took part" (enrolled),
"N were randomised", "randomised N <people>", "N (were) included in the (final) analysis", "N
completed the study"; a count is written in digits ("1,204", "24 749") or words ("Eighty six"),
and a number that names a phase, a day or a type, is part of a ratio or follows a comparison
sign is none ("phase 1/2 randomised", "type 2 diabetes patients", "randomised 2:1", "grade >5
were enrolled"), as is one of trials or conditions ("three randomized control trials").
Age group: an explicit word ("children", "adolescents", "infants", "babies", "older adults",
"elderly", "adults"; not "preterm" alone, as in "preterm labour") or an age bound ("aged 65
years or older" -> older adults, "aged 18 years or older" -> adults, "under 18" -> children).
Sex: "women"/"female(s)" or "men"/"male(s)" with no mention of the other (also "pregnant",
"postmenopausal").

Example: "We enrolled 150 women aged 65 years or older; 120 were randomised and 110 were
analysed." gives enrolled 150, randomised 120, analysed 110, "older adults", "female".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.caseless import LowerCaseSearch, lowered
from extractors.numbers import (
    COUNT_PATTERN,
    WORD_NUMBER_FIRST,
    WORD_NUMBER_PATTERN,
    matches_at_words,
    opening_with,
    parse_count,
)

_PEOPLE_NOUNS = (
    r"(?:patients|participants|subjects|individuals|people|adults|children|women|men|males|"
    r"females|boys|girls|infants|adolescents|volunteers|persons|mothers|students|pupils|neonates|"
    r"athletes|workers|nurses|smokers|survivors)"
)
_PEOPLE = rf"(?:(?:[a-z][\w-]*\s+){{0,3}}?{_PEOPLE_NOUNS})?"
_N = rf"(?P<n>{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})"
_QUALIFIER = r"(?:\s+(?:with|who|from|in|aged|of)\s+[^.;()]{1,60}?)?"
_BEFORE_VERB = opening_with(  # tried only at a digit or a number's word (``opening_with``)
    rf"\d{WORD_NUMBER_FIRST}",
    rf"(?<![\w.,-]){_N}\s+(?P<people>{_PEOPLE}){_QUALIFIER}\s*(?:\([^()]*\)\s*)?"
    r"(?P<aux>were|was|had\s+been|being)?\s*"
    r"(?:(?P<enrolled>enrolled|recruited|participated|took\s+part)|(?P<randomised>randomi[sz]ed|"
    r"randomly\s+(?:assigned|allocated))|(?P<analysed>analy[sz]ed|included\s+in\s+the\s+(?:final\s+|primary\s+)?"
    r"analys[ie]s|evaluable|completed\s+the\s+(?:study|trial|follow-up)))\b",
)
_VERB_BEFORE = re.compile(
    r"(?i)\b(?:(?P<enrolled>enrolled|recruited)|(?P<randomised>randomi[sz]ed|randomly\s+"
    rf"(?:assigned|allocated)))\s+(?:a\s+total\s+of\s+)?{_N}\s+(?P<people>{_PEOPLE})"
)
_VERB_BEFORE_WORDS = ("enrolled", "recruited", "random")  # what each match opens with
# a number that names what stands before it: "phase 1/2", "day 3 patients", "type 2 diabetes
# patients", "group 2 was"; not a count ("In this study 120 patients were enrolled")
_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:phase|stage|part|step|group|arm|day|week|month|year|visit|cycle|grade|type|"
    r"level|version|figure|table)\s*\Z"
)
# a bare number glued to one before it is part of a ratio, range or fraction: "1/2", "2:1";
# after a comparison sign it is a bound ("nuclear opacity grade >5 were enrolled")
_GLUED_BEFORE = re.compile(r"\d\s*[/:\-–]\s*\Z|[<>≤≥]\s*\Z")
# after "N randomised" with no people and no "were": a count of its own ("Studies 1 and 2
# enrolled 18 and 23"), a trial's description ("two randomised, double-blind trials", "2
# randomized controlled trials") or units that are not people ("27 randomised clusters"),
# where a count of people goes on otherwise ("300 randomised, 280
# analysed", "376 randomized adult asthmatics")
_BARE_BEFORE_NOT = re.compile(
    r"\s+(?:a\s+total\s+of\s+)?\d"  # "Studies 1 and 2 enrolled 18 and 23": the verb's own count
    r"|\s*,?\s*(?:(?:double|single|triple|open|placebo|sham|multi|cross|parallel|non)[\s-]?\w*|"
    r"(?:and|or)\s+(?:non|quasi)[\s-]?\w*|control|conditions?|controlled|clinical|trials?|stud(?:y|ies)|designs?|blind\w*|masked|pilot|phase|comparative|"
    r"prospective|feasibility|equivalence|pragmatic|factorial|blocks?|sequences?|order|fashion|"
    r"manner|groups?|arms?|clusters?|sites?|cent(?:re|er)s?|schools?|practices?|villages?|"
    r"hospitals?|wards?|communities|households|stimuli)\b",
    re.IGNORECASE,
)
# after "randomised N" with no people noun: not a ratio, range, dose, time or a count of
# something else ("randomised 2:1", "recruited 12 months after surgery", "enrolled 3 sites")
_BARE_AFTER_NOT = re.compile(
    r"\s*(?:[:/×%]|[-–]\s*\d)|\s+(?:(?:to|or|and)\s+\d|(?:weeks?|days?|months?|years?|hours?|h|"
    r"minutes?|min|mg|g|kg|ml|mcg|µg|units?|times|doses?|groups?|arms?|clusters?|sites?|"
    r"cent(?:re|er)s?|hospitals?|practices?|schools?|villages?|wards?|trials?|studies|blocks?|"
    r"strata)\b)",
    re.IGNORECASE,
)
_COUNT_VERB = re.compile(
    r"(?i)\b(?:enrolled|recruited|randomi[sz]ed|randomly|analy[sz]ed|included|evaluable|"
    r"completed|participated|took\s+part)\b"
)
# what each match of _COUNT_VERB opens with: both patterns are tried only where the
# lower-cased text has one of these (``matches_at_words``), 3 times faster than their scans
_COUNT_VERB_WORDS = (
    "enrolled", "recruited", "random", "analy", "included", "evaluable", "completed",
    "participated", "took",
)  # fmt: skip


def _words(*words: str) -> re.Pattern[str]:
    """ "(?i)\\b(?:word|word|...)\\b", each word (a pattern that opens with a lower-case
    letter) written with its \\b after its first letter ("i(?<!\\wi)nfants?"), where it tests
    the same character: searched without the (?i) in the lower-cased text
    (``caseless.LowerCaseSearch``), the pattern then opens with letters, and the engine skips ahead
    to them (3 times faster)."""
    return re.compile("(?i)(?:" + "|".join(rf"{w[0]}(?<!\w{w[0]}){w[1:]}" for w in words) + r")\b")


_AGE_WORDS = (
    # "preterm" alone is no age: "women in preterm labour", "preterm birth"
    ("infants", _words("infants?", "neonates?", "newborns?", "bab(?:y|ies)", "preterms")),
    ("children", _words("children", "child", "paediatric", "pediatric", "schoolchildren")),
    ("adolescents", _words("adolescents?", "teenagers?", "youths?")),
    ("older adults", _words("elderly", r"older\s+(?:adults|people|patients|persons)")),
    ("adults", _words("adults?")),
)
_AGE_BOUND = opening_with(
    "a",
    r"(?i)\b(?:aged|age)\s+(?:(?P<min>\d{1,3})\s*(?:years?|yrs?)?\s*(?:or\s+older|or\s+over|and\s+"
    r"(?:older|over|above)|\+)|(?:over|above|>|≥|at\s+least)\s*(?P<min2>\d{1,3})|(?:under|below|<|"
    r"younger\s+than)\s*(?P<max>\d{1,3})|(?P<lo>\d{1,3})\s*(?:-|–|to)\s*(?P<hi>\d{1,3})\s*(?:years?|yrs?))",
)
_FEMALE = _words(
    "women", "woman", "females?", "girls", "mothers", "pregnant", "postmenopausal", "premenopausal"
)
# the \b before "men" and "males" keeps out "women" and "females"
_MALE = _words("men", "males?", "boys", "fathers")


_AGE_WORDS_FAST = tuple((group, LowerCaseSearch(pattern)) for group, pattern in _AGE_WORDS)
_FEMALE_FAST = LowerCaseSearch(_FEMALE)
_MALE_FAST = LowerCaseSearch(_MALE)


@dataclass(frozen=True, slots=True)
class ParticipantCounts:
    enrolled: int | None = None
    randomised: int | None = None
    analysed: int | None = None


def participant_counts(text: str) -> ParticipantCounts:
    """The first enrolled, randomised and analysed counts the text states."""
    found: dict[str, int] = {}
    verbs_before = matches_at_words(_VERB_BEFORE, text, _VERB_BEFORE_WORDS)
    matches = [m for m in verbs_before if _counts_people(text, m, after=True)]
    cursor = 0
    # look back from each verb: faster than a scan
    for verb in matches_at_words(_COUNT_VERB, text, _COUNT_VERB_WORDS):
        start = max(cursor, verb.start() - 160)
        while (m := _BEFORE_VERB.search(text, start, verb.end() + 40)) is not None:
            if _counts_people(text, m, after=False):
                matches.append(m)
                cursor = m.end()
                break
            start = m.start() + 1
    for m in sorted(matches, key=lambda m: m.start()):
        n = parse_count(m.group("n"))
        if n is None or not 0 < n < 10_000_000:
            continue
        if not m.group("people") and 1900 <= n <= 2100:  # "in 2012 were randomised": a year
            continue
        for kind in ("enrolled", "randomised", "analysed"):
            if m.groupdict().get(kind) and not (kind == "randomised" and _one_arms(text, m)):
                found.setdefault(kind, n)
    return ParticipantCounts(found.get("enrolled"), found.get("randomised"), found.get("analysed"))


# after "N (were) randomised": to or in one arm, then the clause's end, another count or what
# happened to them ("23 were randomised to the A group and 34 to the B group", "87 were
# randomised to the B group.", "Two patients randomised in the A arm died"); not "to the A or
# B group" (all of them)
_TO_ONE_ARM = re.compile(
    r"(?i)\s+(?:to|in|into)\s+(?P<arm>(?:the\s+)?(?:[\w+/-]+\s+){0,4}?(?:arm|group))\b(?!s)"
    r"(?:\s*\([^()]{0,40}\))?\s*(?:[.;]|,?\s*(?:and|while|whereas|but|died|developed|had|"
    r"experienced|showed|did|discontinued|withdrew)\b)"
)
_MORE_THAN_ONE = re.compile(r"(?i)\b(?:or|either|both|one\s+of|two|three|four|each)\b")


def _one_arms(text: str, m: re.Match[str]) -> bool:
    """Whether the count of a "randomised" match is one arm's, not the trial's: the words
    after the verb put it in one arm ("to the A group and 34 to the B group", "in the A arm
    died")."""
    after = _TO_ONE_ARM.match(text, m.end())
    return after is not None and not _MORE_THAN_ONE.search(after.group("arm"))


def _counts_people(text: str, m: re.Match[str], *, after: bool) -> bool:
    """Whether the number of a count pattern's match counts people: no label stands before it
    ("phase 3 randomised", "day 3 patients were"), and a number with no people noun is no part
    of a ratio or fraction ("phase 1/2 randomised") and is followed by what follows a count:
    after the verb ("300 were randomised", "300 randomised,"), not "2 randomised controlled
    trials"; before it ("randomised 300 to A", "randomised 49 outpatients"), not "2:1"."""
    start = m.start("n")
    if _LABEL_BEFORE.search(text, max(0, start - 12), start):
        return False
    if m.group("people"):
        return True
    if _GLUED_BEFORE.search(text, max(0, start - 4), start):
        return False
    if after:
        return _BARE_AFTER_NOT.match(text, m.end("n")) is None
    return bool(m.group("aux")) or _BARE_BEFORE_NOT.match(text, m.end()) is None


# an age bound in months, weeks or days
_INFANT_UNIT = re.compile(r"(?i)\s*(?:months?|mos?|weeks?|wks?|days?)\b")


def age_group(text: str) -> str | None:
    """The participants' age group from an explicit word, else from an age bound."""
    lower = lowered(text)
    for group, words in _AGE_WORDS_FAST:
        if words.found_in(text, lower):
            return group
    m = _AGE_BOUND.search(text)
    if m is None:
        return None
    low = m.group("min") or m.group("min2") or m.group("lo")
    high = m.group("max") or m.group("hi")
    if high is not None and _INFANT_UNIT.match(text, m.end()):
        return "infants"  # "aged under 24 months", "aged below 18 months"
    if low is not None and int(low) >= 60:
        return "older adults"
    if high is not None and int(high) <= 18:
        return "children"
    if low is not None and int(low) >= 18:
        return "adults"
    return None


# women described by a pregnancy or a birth: adults, though the abstract speaks of their babies
_MOTHERS = re.compile(
    r"(?i)\b(?:pregnant|pregnancy|pregnancies|mothers|postpartum|parturients?|(?:primi|multi)"
    r"gravidae?|(?:nulli|primi|multi)parous|lactating|breastfeeding)\b"
)


def participants_age_group(population: str, title: str, methods: str) -> str | None:
    """The participants' age group: from the population text and the title, else the
    methods. Where the population text describes pregnant women or mothers, it alone decides,
    and they are adults unless it says otherwise ("120 pregnant women" in a trial whose title
    speaks of their newborns are no infants; "pregnant adolescents" are adolescents)."""
    if _MOTHERS.search(population):
        return age_group(population) or "adults"
    return age_group(f"{population}. {title}") or age_group(methods)


def sex(text: str) -> str | None:
    """ "female" or "male" when the text names only one sex, else None."""
    lower = lowered(text)
    female, male = _FEMALE_FAST.found_in(text, lower), _MALE_FAST.found_in(text, lower)
    if female and not male:
        return "female"
    if male and not female:
        return "male"
    return None
