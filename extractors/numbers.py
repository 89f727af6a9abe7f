"""Numbers as trial abstracts write them: pure parsing functions, no spaCy.

Every ``find_*`` function takes a string and returns matches with character offsets into it;
none of them raises on any input. Handled forms include unicode minus (``−``), middle-dot
decimals (``0·04``), leading-dot decimals (``P = .03``), ``≤``/``≥``, en-dash ranges and
"x 10^-5" exponents. Example: ``find_p_values("lower with drug (p<0.05)")`` gives one match,
relation ``"<"``, value ``0.05``.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from extractors.caseless import lowered

_DOT = "[.·∙⋅]"
_UNSIGNED = rf"(?:\d+(?:{_DOT}\d+)?|{_DOT}\d+)"
# a sign is written against the number ("-7.0") or, right after an opening bracket, with one
# space ("(- 7.0 ± 2.1)"); a lone dash between two numbers is a range ("5 - 7"), not a sign;
# right after "vs." the number, signed or not, is glued to the abbreviation's full stop ("4.1
# vs.-6.2", "17% vs.4%"). An en dash is a sign only glued to its number, with no word, number
# or full stop before it ("(–0.33, –0.44 and –0.03%)", "95% CI –0.13 to 0.15"); between two
# numbers ("2.0–7.3", "5 – 7") it is a range
_SIGNED = rf"(?:(?<=[(\[])[-−‒]\s|(?<![\w.·])[-−‒–]?|(?<=\bvs\.)[-−‒–]?){_UNSIGNED}"
# after a name, where no number stands before it to make a range, a sign may also be spaced
# off: "mean difference - 0.3", "95% CI - 1.1 to 0.6"
_NAMED_SIGNED = rf"(?:(?<![\w.·])[-−‒]\s{_UNSIGNED}|{_SIGNED})"
# digit groups of a count set apart by a space, as many journals write them: "24 749", also
# with a no-break (U+00A0), figure (U+2007), punctuation (U+2008), thin (U+2009) or narrow
# no-break (U+202F) space (the gold readers of extractors.evaluation take the same)
SPACE_CHARS = "\u00a0\u2007\u2008\u2009\u202f"
_GROUP_SPACE = f"[ {SPACE_CHARS}]"
# "1,204", "24 749" (every group after the first exactly three digits, nothing glued before
# the first or after the last: not "2015 749", "40 40", "18 650.5" or "12 100%"), "63"
_SPACED_COUNT = rf"(?<![\d.,·])[1-9]\d{{0,2}}(?:{_GROUP_SPACE}\d{{3}})+(?![\d.,·]?\d|\s*%)"
_COUNT = rf"(?:\d{{1,3}}(?:,\d{{3}})+|{_SPACED_COUNT}|\d+)"
_DASH = "-–—‐‑"
# a unit written after a value: "%", "mg", "mmHg", "mg/dL", "µg/L"
_UNIT = r"(?:\s*(?:%|[a-zA-Zµμ/]{1,8}(?:/[a-zA-Z]{1,4})?))?"

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36, "forty-eight": 48,
    "sixty": 60, "ninety": 90,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class SampleSize:
    n: int
    start: int
    end: int
    noun: str | None  # "patients", "mice", ...; None for "n=32"


@dataclass(frozen=True, slots=True)
class Percent:
    value: float
    decimals: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Fraction:
    events: int
    total: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PValue:
    relation: str  # "<", "=", ">", "<=", ">="
    value: float
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class MeanSD:
    mean: float
    sd: float | None  # None: a plain mean ("3.1 vs 4.2 points"), see ``numbers_summary``
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimePoint:
    value: float
    unit: str  # "hour", "day", "week", "month", "year", "minute"
    start: int
    end: int

    @property
    def text(self) -> str:
        """Normalised form: "3 months", "1 year", "12 weeks"."""
        number = format_number(self.value)
        return f"{number} {self.unit}{'' if self.value == 1 else 's'}"


# a number written plainly ("12", "-0.05"), which ``parse_number`` reads as ``float`` does:
# none of its rewritings applies to it
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_GROUP_SPACE_IN_NUMBER = re.compile(rf"(?<=\d)[{SPACE_CHARS}](?=\d{{3}}(?!\d))")
_SPACED_SIGN = re.compile(r"^([-−‒–])\s+")
_GROUP_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_EXPONENT = re.compile(r"(.*?)[x×]10\^?(-?\d+)")
_READABLE = re.compile(r"-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE]-?\d{1,3})?")


def parse_number(text: str) -> float | None:
    """A float from a number as written ("0·05", ".03", "−1.2", "1,234", "2.3 × 10−5"), or None;
    a sign may stand apart from its number by any space ("-\u00a00.3", as some journals set it)."""
    if _PLAIN_NUMBER.fullmatch(text):
        value = float(text)
        return value if math.isfinite(value) else None
    s = _GROUP_SPACE_IN_NUMBER.sub("", text.strip()).replace(" ", "")
    s = _SPACED_SIGN.sub(r"\1", s)
    for minus in "−‒–":
        s = s.replace(minus, "-")
    for dot in "·∙⋅":
        s = s.replace(dot, ".")
    s = _GROUP_COMMA.sub("", s)
    exp = _EXPONENT.fullmatch(s)
    if exp:
        base = parse_number(exp.group(1)) if exp.group(1) else 1.0
        power = int(exp.group(2)) if len(exp.group(2)) <= 5 else 999
        if base is None or abs(power) > 300:
            return None
        value = base * 10.0**power
        return value if math.isfinite(value) else None
    if not _READABLE.fullmatch(s):
        return None
    value = float(s)
    return value if math.isfinite(value) else None


# the other forms of the signs and digits of numbers that PubMed text holds, each written as
# one character for one (so offsets hold): full-width "＜", "＝", "０．０５", "％" (as CJK
# journals set them), the small forms "﹤", "﹦", "≦", "≧" for "≤", "≥", and the Unicode
# hyphens U+2010 and U+2011 ("between‐group", as Wiley and PMC set it) for "-"
_SIGN_FORMS = str.maketrans(
    {"＜": "<", "﹤": "<", "＞": ">", "﹥": ">", "＝": "=", "﹦": "=", "≦": "≤", "≧": "≥",
     "．": ".", "％": "%", "\u2010": "-", "\u2011": "-",
     **{chr(0xFF10 + d): str(d) for d in range(10)}}
)  # fmt: skip
_SIGN_FORM_CHARS = re.compile("[＜﹤＞﹥＝﹦≦≧．％０-９\u2010\u2011]")


def plain_signs(text: str) -> str:
    """``text`` with the other forms of relation signs, digits, "." and "%", and the Unicode
    hyphens, written as the rules read them, one character for one: "P＜0.00001" ->
    "P<0.00001", "P ≦ ０．０５" -> "P ≤ 0.05", "between\u2010group" -> "between-group". The
    pipeline reads every abstract through it, so that no rule needs to know them."""
    return text.translate(_SIGN_FORMS) if _SIGN_FORM_CHARS.search(text) else text


def format_number(value: float) -> str:
    """The shortest plain form of a number: 3.0 -> "3", 0.05 -> "0.05"."""
    return str(int(value)) if float(value).is_integer() else repr(value)


def _decimals(number_text: str) -> int:
    m = re.search(rf"{_DOT}(\d+)", number_text)
    return len(m.group(1)) if m else 0


# "(?<![A-Za-z])[nN]", its lookbehind written after the letter, so that the pattern opens with
# it and the engine skips ahead to it (a pattern that opens with a lookbehind is tried at every
# position of the text)
_N_EQUALS = re.compile(rf"[nN](?<![A-Za-z][nN])\s*[=:]\s*(?P<n>{_COUNT})(?![\d.,]?\d|\s*/)")
_SUBJECT_NOUNS = (
    "patients|participants|subjects|individuals|people|persons|adults|children|adolescents|"
    "infants|neonates|newborns|women|men|girls|boys|volunteers|cases|eyes|teeth|knees|"
    "mice|rats|animals|rabbits|dogs|pigs|students|smokers|residents|nurses|physicians|"
    "workers|employees|athletes|veterans|survivors|outpatients|inpatients|recipients|donors|"
    "couples|families|mothers|pregnancies|dyads|pairs|users|partners|clinics|hospitals|"
    "practices|schools|communities|villages|households"
)
_WORD_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_WORD_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


def _cased(words: Iterable[str]) -> str:
    """An alternation of ``words`` as written and capitalised. Spelled out rather than (?i) so
    that the regex engine can skip ahead on the first letters: several times faster."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join([*ordered, *(w.capitalize() for w in ordered)])


_UNITS_LOWER = "|".join(sorted(_WORD_UNITS, key=len, reverse=True))
_TENS_LOWER = "|".join(_WORD_TENS)
# "Eighty six", "eighty-six", "Two hundred", "One hundred and twenty", "one hundred twenty-six"
_BELOW_HUNDRED_LOWER = rf"(?:(?:{_TENS_LOWER})(?:[-\s](?:{_UNITS_LOWER}))?|{_UNITS_LOWER})"
# "hundred", "hundred and forty-four"
_HUNDRED_TAIL = rf"[-\s]+hundred(?:[-\s]+(?:and[-\s]+)?{_BELOW_HUNDRED_LOWER}(?![\w-]))?"
# "thousand", "thousand ten", "thousand eight hundred and forty-four"
_THOUSAND_TAIL = (
    rf"[-\s]+thousand(?:[-\s]+(?:and[-\s]+)?{_BELOW_HUNDRED_LOWER}(?:{_HUNDRED_TAIL})?(?![\w-]))?"
)
_WORD_NUMBER = (
    rf"(?:(?:{_cased(_WORD_TENS)})(?:[-\s](?:{_UNITS_LOWER}))?|{_cased(_WORD_UNITS)})"
    rf"(?:{_HUNDRED_TAIL})?(?:{_THOUSAND_TAIL})?"
)
_PRECEDING_NUMBER_CHARS = set(".,·/-_")
# what the first word of a count in words (``_COUNT_WORDS``) opens with, in lower case: "six"
# for "six", "sixteen" and "sixty" (fewer words to find than the words themselves)
_WORD_NUMBER_FIRSTS = (
    "none", "one", "two", "twe", "thr", "thir", "four", "forty", "fiv", "fif", "six", "seven",
    "eight", "nine", "ten", "eleven",
)  # fmt: skip


def opening_with(first: str, pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled behind a look-ahead for its first character, one of ``first`` (the
    inside of a character class, "\\d(,;" say): the same matches, for a ``pattern`` whose every
    match opens with one of them. Where the pattern opens with a look-behind, a \\b, an optional
    part or an alternation of many branches, the engine tries all of it at every position of
    the text; the look-ahead fails at once at most of them: 2 to 4 times faster. A leading
    "(?i)" stays first and applies to the look-ahead too."""
    flags = "(?i)" if pattern.startswith("(?i)") else ""
    return re.compile(f"{flags}(?=[{first}]){pattern.removeprefix(flags)}")


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, for a ``pattern`` that matches no empty string
    and whose every match in ``text`` starts at one of ``starts``: the pattern is tried only
    there (a pattern that opens with a lookbehind, a \\b or a case-insensitive word is tried
    at every position of the text)."""
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(set(starts)):
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


def word_starts(text: str, words: Iterable[str]) -> Iterator[int]:
    """Where each of ``words`` stands in ``text``, every place (overlapping ones too)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)


def matches_at_words(
    pattern: re.Pattern[str], text: str, words: Iterable[str]
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, for a ``pattern`` (case-insensitive, say) whose
    every match starts with one of ``words`` (lower case) in any case: tried only where the
    lower-cased text has one of them (``matches_at``); a text that does not lower-case letter
    for letter (``caseless.lowered``) is scanned whole."""
    lower = lowered(text)
    if lower is None:
        return list(pattern.finditer(text))
    return matches_at(pattern, text, word_starts(lower, words))


# Memoised for the last text only: three readers of the same abstract ask for it in turn
# (sample sizes, fractions, counts before arms); the places depend on the text alone
@functools.lru_cache(maxsize=1)
def word_number_starts(text: str) -> tuple[int, ...] | None:
    """Where a count in words may start in ``text`` (one of its first words after no word
    character), in order; None where ``text`` does not lower-case letter for letter."""
    lower = lowered(text)
    if lower is None:
        return None
    return tuple(
        sorted(
            {
                at
                for at in word_starts(lower, _WORD_NUMBER_FIRSTS)
                if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")  # \b before
            }
        )
    )


def word_number_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives for a ``pattern`` that opens with ``\\b`` and a
    count in words (``WORD_NUMBER_PATTERN``, or "none"), tried only where the lower-cased text
    has one of its first words after no word character (``matches_at``). (A text that does not
    lower-case letter for letter is scanned whole.)"""
    starts = word_number_starts(text)
    return list(pattern.finditer(text)) if starts is None else matches_at(pattern, text, starts)


# For other modules' patterns: a whole count in digits, a count in words, a noun of people,
# a decimal point, a number without and with its sign, a unit after a value, a dash.
COUNT_PATTERN = _COUNT
WORD_NUMBER_PATTERN = _WORD_NUMBER
SUBJECT_NOUNS_PATTERN = _SUBJECT_NOUNS
DOT_PATTERN = _DOT
UNSIGNED_PATTERN = _UNSIGNED
SIGNED_PATTERN = _SIGNED
NAMED_SIGNED_PATTERN = _NAMED_SIGNED
UNIT_PATTERN = _UNIT
DASH_CHARS = _DASH  # the dashes of a range
# what a match of ``SIGNED_PATTERN`` (and of ``NAMED_SIGNED_PATTERN``) opens with: a digit, a
# decimal point or a sign (for ``opening_with``)
SIGNED_FIRST = r"\d.·∙⋅\-−‒–"
# what a match of ``WORD_NUMBER_PATTERN`` opens with: the first letters of its words, in both
# cases ("eEfFnNoOsStT")
WORD_NUMBER_FIRST = "".join(sorted({w[0] + w[0].upper() for w in (*_WORD_UNITS, *_WORD_TENS)}))


def _glued(text: str, start: int, extra: str = "") -> bool:
    """Whether the match at ``start`` continues a word or number ("x12", "1.12", "a/12")."""
    if start == 0:
        return False
    before = text[start - 1]
    return before.isalnum() or before in _PRECEDING_NUMBER_CHARS or before in extra


def parse_count(text: str) -> int | None:
    """A whole count written in digits ("1,204") or in words ("Fifty-eight"), else None."""
    if text[:1].isdigit():
        value = parse_number(text)
        return int(value) if value is not None and value == int(value) else None
    return parse_number_words(text)


def parse_number_words(text: str) -> int | None:
    """An integer written in words: "sixty-three" -> 63, "Two hundred and forty" -> 240,
    "Four thousand eight hundred and forty-four" -> 4844, "Three thousand ten" -> 3010."""
    thousands, current = 0, 0
    for word in re.split(r"[-\s]+", text.lower().strip()):
        if word == "and":
            continue
        if word in _WORD_UNITS:
            current += _WORD_UNITS[word]
        elif word in _WORD_TENS:
            current += _WORD_TENS[word]
        elif word == "hundred" and current and current < 100:
            current *= 100
        elif word == "thousand" and current and not thousands:
            thousands, current = current * 1000, 0
        else:
            return None
    return (thousands + current) or None


# up to three words between the count and its noun ("48 type 2 diabetic patients": the type's
# number is one of them)
_N_NOUN_TAIL = (
    rf"\s+(?P<mid>(?:(?:[A-Za-z][\w'-]*|(?<=[Tt]ype\s)[12])\s+){{0,3}}?)"
    rf"(?P<noun>{_SUBJECT_NOUNS})\b"
)
# ``_SPACED_COUNT`` after its first digit, its lookbehind testing the character before that
# digit: "(?<![\d.,·])[1-9]" as "\d(?<![\d.,·]\d)(?<=[1-9])"
_SPACED_COUNT_AFTER_DIGIT = (
    rf"(?<![\d.,·]\d)(?<=[1-9])\d{{0,2}}(?:{_GROUP_SPACE}\d{{3}})+(?![\d.,·]?\d|\s*%)"
)
# for other modules' patterns: ``COUNT_PATTERN`` after its first digit ("\d" and this)
COUNT_AFTER_DIGIT_PATTERN = rf"(?:\d{{0,2}}(?:,\d{{3}})+|{_SPACED_COUNT_AFTER_DIGIT}|\d*)"
# Two patterns, each starting on one kind of character, so the engine can skip ahead: the
# first "(?P<n>{_SPACED_COUNT}|\d[\d,]*)", its digit taken first (a pattern that opens with a
# lookbehind is tried at every position of the text: 3 times slower)
_N_NOUNS = (
    re.compile(rf"(?P<n>\d(?:{_SPACED_COUNT_AFTER_DIGIT}|[\d,]*)){_N_NOUN_TAIL}"),
    re.compile(rf"\b(?P<n>{_WORD_NUMBER}){_N_NOUN_TAIL}"),
)
_NOT_ADJECTIVE = {
    "of", "in", "with", "and", "or", "per", "for", "to", "at", "from", "by", "on", "the", "a",
    "hours", "days", "weeks", "months", "years", "mg", "ml", "kg", "times", "sessions",
    "doses", "cycles", "visits", "groups", "arms", "centres", "centers", "sites", "countries",
    "more", "fewer", "less", "than", "versus", "vs", "were", "was", "had",
}  # fmt: skip


# a number that names what stands before it, no count: "Phase 2 study included patients",
# "type 2 diabetes patients", "at week 12 patients reported" (but "over the next year 30
# patients", "over 12 weeks 30 patients", "In this trial 21 children", "In the A group 30
# patients": counts)
_LABEL_BEFORE = re.compile(
    r"(?i)(?:\b(?:phase|stage|type|grade|class|cycle|visit|status|level|category|ASA)"
    # the second of two labels: "ASA physical status 1 and 2 women"
    r"(?:\s+(?:[IVX]{1,4}|\d{1,2})\s*(?:,|and|or|to|[-–])\s*?)?"
    r"|\b(?:at|on|from|by|until|to|in|after|before|of|during)\s+(?:day|week|month|year))\s+\Z"
)
# a year after its month: "from October 2016 to January 2018 analyzed patients"
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2},?)?\s+\Z"
)


def _labels(text: str, start: int) -> bool:
    """Whether the number at ``start`` names what stands before it (``_LABEL_BEFORE``), or is
    the year of a month written before it."""
    return (
        _LABEL_BEFORE.search(text, max(0, start - 24), start) is not None
        or _MONTH_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def _n_equals_matches(text: str) -> list[re.Match[str]]:
    """What ``_N_EQUALS.finditer(text)`` gives: each match holds only white space between its
    "n" and its "=" or ":", so the pattern is tried only at an "n" before the run of white
    space before each of those signs (``matches_at``), not at every "n" of the text (4 times
    faster)."""
    starts = []
    for at in word_starts(text, "=:"):
        before = run_start(text, at, str.isspace)
        if before > 0 and text[before - 1] in "nN":
            starts.append(before - 1)
    return matches_at(_N_EQUALS, text, starts)


def find_sample_sizes(text: str) -> list[SampleSize]:
    """Sample sizes: "n=32", "(n = 31)", "N=120", "63 patients", "120 eligible adults"; not a
    number that names a phase, type or group ("Phase 2 study included patients")."""
    found: list[SampleSize] = []
    for m in _n_equals_matches(text):
        n = parse_number(m.group("n"))
        if n is not None and 0 < n < 10_000_000:
            found.append(SampleSize(int(n), m.start(), m.end(), None))
    digits, words = _N_NOUNS
    for m in [*digits.finditer(text), *word_number_matches(words, text)]:
        if _glued(text, m.start()) or _labels(text, m.start()):
            continue
        if any(w.lower() in _NOT_ADJECTIVE for w in m.group("mid").split()):
            continue
        raw = m.group("n")
        n = parse_number(raw) if raw[0].isdigit() else parse_number_words(raw)
        if n is not None and 0 < n < 10_000_000:
            found.append(SampleSize(int(n), m.start(), m.end(), m.group("noun").lower()))
    return sorted(found, key=lambda s: s.start)


_CI_NAME = (
    r"(?:(?<![A-Za-z])(?:CI|C\.I\.|CrI|UI)(?![A-Za-z])"
    r"|(?i:(?:Bayesian\s+)?credible|confidence|uncertainty|compatibility|prediction)\s+"
    r"(?i:intervals?))"
)
CI_NAME_PATTERN = _CI_NAME  # for other modules' patterns
# a currency written before an amount: "£35.41", "UK£35.41", "US$ 120"
CURRENCY_PATTERN = r"(?:(?:UK|US|AU|CA|A|C)?[£$€¥]\s?)"
# a value's own interval, in brackets right after it: "8.1 months (95% CI 6.0-9.9)", "(95%
# CrI ..)", "[UI ..]"; for patterns that skip it between two values compared
OWN_INTERVAL_PATTERN = (
    rf"(?:\s*[(\[]\s*(?:\d{{2}}(?:{_DOT}\d+)?\s*%\s*)?{_CI_NAME}[^()\[\];]*[)\]]\s*)?"
)


_BRACKET_CLOSE = {"(": ")", "[": "]"}


_REL = {"<": "<", ">": ">", "=": "=", "<=": "<=", "≤": "<=", "⩽": "<=", "=<": "<=",
        ">=": ">=", "≥": ">=", "⩾": ">=", "=>": ">=", "of": "=", "was": "=", "is": "="}  # fmt: skip
# what may stand between "p" and its relation: "-value(s)", then a qualifier: a word of the
# comparison run into it ("P trend", "p-interaction", "Pinteraction"), up to six words after
# "for"/"of"/"between"/"across"/"among"/"comparing" ("p between groups", "P for the interaction
# between group and time", "P-value for trend") or a bracket of words ("p (between-group)",
# "P (log-rank)"); a qualifier holds no digit or relation, so "p value of 0.12" is still "of".
# A p "for non-inferiority" or "for equivalence" tests no difference and is not read
_P_WORD = r"(?:[A-Za-z][\w'’-]*|[x×*])"
_P_LABEL_TAIL = (
    r"(?:\s*[-‐]?\s*[vV]alues?)?"
    r"(?:\s*[-‐_]?\s*(?:trend|interaction|heterogeneity|diff(?:erence)?|int)\b"
    r"|\s*[-‐]?\s*(?:for|of|between|across|among|comparing)"
    rf"(?!\s+(?:the\s+)?(?:non-?inferiority|equivalence)\b)(?:\s+{_P_WORD}){{1,6}}?"
    r"|\s*\((?!non-?inferiority|equivalence)(?:[A-Za-z][\w'’ ,/-]{0,30})\))?"
)
P_LABEL = r"(?<![A-Za-z0-9])[pP]" + _P_LABEL_TAIL
# "respectively": values given in the order their groups or measures were named
RESPECTIVELY = re.compile(r"(?i)\brespectively\b")
_P_VALUE = re.compile(
    # P_LABEL, its lookbehind written after the "p" (as for _N_EQUALS)
    r"[pP](?<![A-Za-z0-9][pP])" + _P_LABEL_TAIL + r"\s*(?P<rel><=|>=|=<|=>|[<>=≤≥⩽⩾]|of|was|is)\s*"
    # "0,003": a decimal comma (a p value has no thousands), as European journals write it
    rf"(?P<num>0,\d+(?![\d.·]|,\d)|{_UNSIGNED}(?:\s*[x×]\s*10\s*\^?\s*[-−‒–]?\s*\d+|[eE][-−]?\d+)?)"
)


def find_p_values(text: str) -> list[PValue]:
    """P values with their relation: "p<0.05", "P = .03", "p<.001", "P=0·04", "P ≤ 0.01", also
    with a decimal comma ("p = 0,003"); the full-width signs of "P＜0.001" are read once the text
    has been through ``plain_signs``, as the pipeline's is."""
    found = []
    for m in _P_VALUE.finditer(text):
        value = parse_number(m.group("num").replace(",", "."))
        if value is None or not 0 <= value <= 1:
            continue
        found.append(PValue(_REL[m.group("rel")], value, m.start(), m.end()))
    return found


_PERCENT = re.compile(rf"(?P<num>{_SIGNED})\s*%(?!\s*{_CI_NAME})")


def run_start(text: str, end: int, holds: Callable[[str], bool]) -> int:
    """Where the run of characters that ``holds`` accepts and that ends at ``end`` begins
    (``end`` itself when the character before it is not accepted)."""
    begin = end
    while begin > 0 and holds(text[begin - 1]):
        begin -= 1
    return begin


def _digits_spaces_or(extra: str) -> Callable[[str], bool]:
    """A test for ``run_start``: a digit, white space or one of the characters of ``extra``."""
    allowed = frozenset(extra)
    return lambda char: char in allowed or char.isdecimal() or char.isspace()


def _runs_before_percent(text: str, holds: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """For each "%" of ``text``: where the run of characters ``holds`` accepts before it
    begins, and where the "%" stands."""
    sign = text.find("%")
    while sign >= 0:
        yield run_start(text, sign, holds), sign
        sign = text.find("%", sign + 1)


# what a number with its "%" holds before the "%": digits, signs, dots, white space
_IN_PERCENT = _digits_spaces_or("-−‒–.·∙⋅")


def _percent_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_PERCENT``, as its ``finditer`` gives them: each ends with a "%" and
    holds before it only digits, signs, dots and white space; so the pattern is tried only on
    that run before each "%" (trying the number at every position of the text was slow)."""
    found = []
    for begin, sign in _runs_before_percent(text, _IN_PERCENT):
        for start in range(begin, sign):
            m = _PERCENT.match(text, start)
            if m is not None:
                found.append(m)
                break
    return found


# "41.7 percent", "12 per cent" (the style of some journals); not "95 percent confidence"
_PERCENT_WORD = rf"(?:percent|per\s+cent)\b(?!\s*{_CI_NAME})"
_PERCENT_IN_WORDS = re.compile(rf"(?P<num>{_SIGNED})\s*{_PERCENT_WORD}")


def matches_before(
    pattern: re.Pattern[str], text: str, ends: Iterable[int], holds: Callable[[str], bool]
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, for a ``pattern`` whose every match holds from its
    start up to one of ``ends`` only characters that ``holds`` accepts: tried only on the run
    of those before each end (``matches_at``)."""
    starts = (at for end in ends for at in range(run_start(text, end, holds), end + 1))
    return matches_at(pattern, text, starts)


def _words_matches(
    pattern: re.Pattern[str], text: str, holds: Callable[[str], bool]
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives for a pattern whose matches open with a number and
    end with "percent" or "per cent", holding before it only characters that ``holds``
    accepts: tried only on the run of those before each "per" (``matches_before``)."""
    return matches_before(pattern, text, word_starts(text, ("per",)), holds)


def _says_percent(text: str) -> bool:
    """A quick test that ``_PERCENT_WORD`` can match: "percent" and "per  cent" hold "cent"."""
    return "cent" in text


# a percentage whose number is in words: "Sixty-three percent of patients"
_WORDS_PERCENT = re.compile(rf"\b(?P<words>{_WORD_NUMBER})\s+{_PERCENT_WORD}")


def find_percents(text: str) -> list[Percent]:
    """Percentages that are not the level of an interval: "53.3%", "−4 %", "41.7 percent",
    "Sixty-three percent"; not "95% CI", "95 percent confidence interval"."""
    found = []
    matches = _percent_matches(text)
    if _says_percent(text):
        in_words = _words_matches(_PERCENT_IN_WORDS, text, _IN_PERCENT)
        matches = sorted([*matches, *in_words], key=lambda m: m.start())
        for w in word_number_matches(_WORDS_PERCENT, text):
            number = parse_number_words(w.group("words"))
            if number is not None and number <= 100:
                found.append(Percent(float(number), 0, w.start(), w.end()))
    for m in matches:
        value = parse_number(m.group("num"))
        start = m.start()
        thousands = _THOUSANDS_BEFORE.search(text, max(0, start - 12), start)
        if thousands is not None and _THREE_DIGITS.fullmatch(m.group("num")):
            # "(1,300%; P < 0.01)": one number written with a thousands separator
            value = parse_number(thousands.group("lead").replace(",", "") + m.group("num"))
            start = thousands.start()
        if value is not None and -10000 <= value <= 10000:
            found.append(Percent(value, _decimals(m.group("num")), start, m.end()))
    return sorted(found, key=lambda p: p.start)


# the digits and thousands separators before a percentage's last three digits: "1,300%"
_THOUSANDS_BEFORE = re.compile(r"(?<![\d.,·])(?P<lead>\d{1,3}(?:,\d{3})*),$")
_THREE_DIGITS = re.compile(r"\d{3}")


_SHARED_TO_PERCENT = (
    rf"(?P<num>{_SIGNED})(?=(?:\s*,\s*(?:and\s+)?|\s*(?:,\s*)?(?:vs\.?|v\.?|versus|and|or|/)\s*)"
    rf"(?:{_SIGNED}\s*(?:,\s*(?:and\s+)?|\s*(?:vs\.?|v\.?|versus|and|or|/)\s*))*"
    rf"{_SIGNED}\s*%"
)
_SHARED_PERCENT = re.compile(rf"{_SHARED_TO_PERCENT}(?!\s*{_CI_NAME}))")
# "69.3 and 72.6 percent"
_SHARED_PERCENT_IN_WORDS = re.compile(
    _SHARED_TO_PERCENT.removesuffix(r"\s*%") + rf"\s+{_PERCENT_WORD})"
)
# the same without the last check, that no interval's name follows the "%", which
# ``_shared_percent_matches`` makes once for each "%"
_SHARED_PERCENT_TO = re.compile(rf"{_SHARED_TO_PERCENT})")
_CI_NAME_AFTER = re.compile(rf"\s*{_CI_NAME}")
# what the numbers sharing a "%" and their connectors hold: digits, signs, dots, white
# space, ",", "/" and the letters of "vs", "v.", "versus", "and", "or"
_IN_SHARED_PERCENTS = _digits_spaces_or("-−‒–.·∙⋅,/vsersuandor")
_RANGE_BEFORE = re.compile(
    r"(?i)(?:\b(?:between|from|ranged?|ranging|of|arms?|groups?|grades?|stages?|cycles?|days?|"
    r"weeks?|months?|years?|phases?|types?|levels?|cohorts?|n)|[=<>≤≥/]"
    # a colon after a short name or a digit ("P: 0.02, 30%", "group A: 1 and 40%", "2:1"),
    # or after "range"; not after a word ("rates: 89.6 and 76.6% for A")
    r"|(?<![a-z]{3}):|(?<=range):)\s*$"
)


def _shared_percent_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_SHARED_PERCENT``, as its ``finditer`` gives them: the numbers and
    connectors from a match to its "%" hold no "%" and only the characters above, so the
    pattern is tried only on the run of those before each "%" not followed by "CI"."""
    found: list[re.Match[str]] = []
    for begin, sign in _runs_before_percent(text, _IN_SHARED_PERCENTS):
        if begin < sign and not _CI_NAME_AFTER.match(text, sign + 1):
            found += _SHARED_PERCENT_TO.finditer(text, begin, sign + 1)
    return found


_FRACTION_NEXT = re.compile(r"\s*/\s*\d[\d,]*\s*[,;(]")
# a count, a comma and its own percentage, alone in a bracket: "(9, 50.0%)" (after the
# bracket's opening; ``numbers_summary.find_count_percents`` reads them as counts)
COUNT_THEN_PERCENT_PATTERN = rf"(?P<n>\d{{1,7}})\s*,\s*(?P<p>{_UNSIGNED})\s*%\s*(?=[)\];])"
_COUNT_THEN_PERCENT = re.compile(COUNT_THEN_PERCENT_PATTERN)
_BRACKET_BEFORE = re.compile(r"[(\[]\s*$")
# two numbers joined by ", and": no list of two (that takes no comma) but two clauses
_CLAUSE_JOIN = re.compile(rf"\s*,\s*(?:and|or)\s+{_SIGNED}\s*%")
_ITEM_BEFORE = re.compile(r"\d\s*,\s*$")  # "12, 15, and 20%": 15 is a third item's
_THOUSANDS_AFTER = re.compile(r",\d{3}(?![\d.·])")


def find_shared_percents(text: str) -> list[Percent]:
    """Numbers that share the "%" of a later one they are compared or listed with: "74.1
    versus 70.7%", "89.6 and 76.6%", "12, 15 and 20%", "69.3 and 72.6 percent"; not a range
    ("between 10 and 20%"), not a label's number ("arm 1 and 40%", "grade 3 and 12%"), not a
    number written with its own "%", not the events of a fraction ("5/75, 6.7%") nor a count
    alone in a bracket with its percentage ("(9, 50.0%)")."""
    found = []
    matches = _shared_percent_matches(text)
    if _says_percent(text):
        matches = sorted(
            [*matches, *_words_matches(_SHARED_PERCENT_IN_WORDS, text, _IN_SHARED_PERCENTS)],
            key=lambda m: m.start(),
        )
    for m in matches:
        if _RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _FRACTION_NEXT.match(text, m.end("num")):
            continue  # "(5/75, 6.7%)": 5 of 75, and the percentage is written after
        if _THOUSANDS_AFTER.match(text, m.end("num")):
            continue  # "1,300%": one number, no list
        if _COUNT_THEN_PERCENT.match(text, m.start()) and _BRACKET_BEFORE.search(
            text, max(0, m.start() - 4), m.start()
        ):
            continue  # "(9, 50.0%)": 9 people, 50.0% of the arm
        if _CLAUSE_JOIN.match(text, m.end("num")) and not _ITEM_BEFORE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue  # "benefit 1, and 87% versus 53%": a serial comma needs three items
        value = parse_number(m.group("num"))
        if value is not None and 0 <= value <= 100:
            found.append(Percent(value, _decimals(m.group("num")), m.start(), m.end()))
    return found


_COUNT_WORDS = rf"(?:{_cased(['none'])}|{_WORD_NUMBER})"  # "none", "Thirty-two", "two hundred"
# "16 of the 30 women": "the" only before a count of people, not "one of the two groups"
_OF_THE = rf"the\s+(?={_COUNT}\s+(?:[a-z-]+\s+)?(?:{_SUBJECT_NOUNS})\b)"
_FRACTION_TAIL = (
    rf"(?:\s*/\s*|\s+(?:of|out\s+of)\s+(?:{_OF_THE})?|"
    rf"\s*[(\[][^()\[\]]{{1,14}}[)\]]\s*(?:of|out\s+of)\s+)"
    rf"(?P<b>{_COUNT})(?![\w./·]|-\d)"
)
_FRACTIONS = (
    re.compile(rf"(?P<a>\d[\d,]*){_FRACTION_TAIL}"),
    re.compile(rf"\b(?P<a>{_COUNT_WORDS}){_FRACTION_TAIL}"),
)


_GRADE_BEFORE = re.compile(r"(?i)\b(?:grades?|stages?|phases?|levels?|types?)\s*$")


def find_fractions(text: str) -> list[Fraction]:
    """Event counts over a denominator: "16/30", "16 of 30", "16 out of 30", "45 (41%) of 111",
    "one (1%) of 111", "Thirty-two of 60" (events <= total)."""
    found = []
    digits, words = _FRACTIONS
    for m in [*digits.finditer(text), *word_number_matches(words, text)]:
        if _glued(text, m.start()) or _GRADE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "grade 3/4": a range of grades, no count of events
        raw = m.group("a").lower()
        word = 0 if raw == "none" else None if raw[:1].isdigit() else parse_number_words(raw)
        a = float(word) if word is not None else parse_number(raw)
        b = parse_number(m.group("b"))
        if a is not None and b is not None and 0 <= a <= b and b > 0:
            found.append(Fraction(int(a), int(b), m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


_MEAN = rf"(?<![\d,])(?P<mean>(?<![\w.·])\d{{1,3}}(?:,\d{{3}})+(?:{_DOT}\d+)?|{_SIGNED})"
_SD = rf"(?P<sd>\d{{1,3}}(?:,\d{{3}})+(?:{_DOT}\d+)?|{_UNSIGNED})"
_PLUS_MINUS = r"(?:±|∓|\+/[-−]|[-−]/\+|\+-)"
_MEAN_SD = re.compile(rf"{_MEAN}\s*{_PLUS_MINUS}\s*{_SD}")
_SD_NAME = r"(?:SDs?|S\.D\.?|s\.d\.?|sd|[Ss]td\.?(?:\s*[Dd]ev\.?)?|[Ss]tandard\s+[Dd]eviations?)"
# "12.3 (SD 4.5)", "12.3 mg (s.d. = 4.5 mg)", "12.3 (± 4.5)", "12.3 (SD ± 4.5, n = 40)": the
# bracket closes after the SD, or a comma or semicolon goes on to something else in it
_LABELLED_SD = opening_with(
    SIGNED_FIRST,
    rf"{_MEAN}{_UNIT}\s*[(\[]\s*(?:{_SD_NAME}\s*[:=,]?\s*{_PLUS_MINUS}?|{_PLUS_MINUS})\s*"
    rf"{_SD}(?![\d.·]){_UNIT}(?:\s*[)\]]|(?=\s*[,;]))",
)


def _mean_sds(pattern: re.Pattern[str], text: str) -> list[MeanSD]:
    return _mean_sds_of(pattern.finditer(text))


def _mean_sds_of(matches: Iterable[re.Match[str]]) -> list[MeanSD]:
    found = []
    for m in matches:
        mean, sd = parse_number(m.group("mean")), parse_number(m.group("sd"))
        if mean is not None and sd is not None:
            found.append(MeanSD(mean, sd, m.start(), m.end()))
    return found


# What every _LABELLED_SD / _MEAN_SD match holds (a quick test before the slow scans)
_LABELLED_SD_OPENING = re.compile(
    r"[(\[]\s*(?:SD|S\.D|s\.d|sd|[Ss]td|[Ss]tandard|±|∓|\+/|[-−]/\+|\+-)"
)
_PLUS_MINUS_MARKS = ("±", "∓", "+/", "/+", "+-")
# what a mean and the space after it hold before its "±": digits, signs, dots, thousands'
# commas, white space
_IN_MEAN = _digits_spaces_or("-−‒–.·∙⋅,")


def _mean_sd_matches(text: str) -> list[re.Match[str]]:
    """What ``_MEAN_SD.finditer(text)`` gives, tried only on the run of a mean's characters
    before each "±" (or "+/-", "-/+", "+-"; ``matches_before``)."""
    marks = word_starts(text, _PLUS_MINUS_MARKS)
    # "-/+" is found by its "/+": the mark starts at the sign before
    return matches_before(
        _MEAN_SD, text, (max(0, at - (text[at] == "/")) for at in marks), _IN_MEAN
    )


# "M = 4.78, SD = 3.56", "mean 12.3, SD 4.5" (the APA style): the mean named too, the SD
# right after it
_NAMED_MEAN_SD = re.compile(
    rf"\b(?:M|[Mm]ean)\s*[=:]?\s*{_MEAN}{_UNIT}\s*[,;]\s*{_SD_NAME}\s*[=:]?\s*{_SD}(?![\d.·])"
)


def find_named_mean_sds(text: str) -> list[MeanSD]:
    """Means and SDs each named: "(M = 4.78, SD = 3.56)", "mean 12.3, SD 4.5"; the span starts
    at the mean's name."""
    # every match opens with "M", "Mean" or "mean": tried only there
    return _mean_sds_of(matches_at(_NAMED_MEAN_SD, text, word_starts(text, ("M", "mean"))))


def find_labelled_sds(text: str) -> list[MeanSD]:
    """Means with the SD named in brackets after them: "12.3 (SD 4.5)", "12.3 (SD=4.5)",
    "12.3 (s.d. = 4.5)", "12.3 (standard deviation, 4.5)", "12.3 mg (SD 4.5 mg)", "12.3 (±
    4.5)", "12.3 (SD 4.5, n = 40)" (the "n" left to ``find_sample_sizes``)."""
    if not _LABELLED_SD_OPENING.search(text):
        return []
    return _mean_sds(_LABELLED_SD, text)


# "74.2 SD 20.6 vs 60.3 SD 20.5", "(control 3.0 SD 2.0; A 4.1 SD 1.9)": the SD named between
# the two numbers, no bracket; the SD ends the value ("1 SD 12 weeks later" is no mean ± SD)
_BARE_SD = re.compile(
    rf"{_MEAN}\s+(?:SD|S\.D\.)\s*[=:]?\s*{_SD}(?![\d.·%])"
    r"(?=\s*(?:[,;)\]]|(?:vs\.?|versus|v\.|in|and)\s|\.?\s*$))"
)


def find_bare_sds(text: str) -> list[MeanSD]:
    """Means with "SD" written between them and their SD, no bracket: "74.2 SD 20.6 vs 60.3 SD
    20.5"; the SD must end a value (a comma, semicolon, closing bracket, "vs", "in", "and" or
    the end after it)."""
    if " SD" not in text and " S.D." not in text:
        return []
    return _mean_sds(_BARE_SD, text)


def find_mean_sds(text: str) -> list[MeanSD]:
    """Mean ± SD pairs: "5.2 ± 1.3", "−0.4 +/- 0.2", "443.0-/+123.1", the SD named in
    brackets (``find_labelled_sds``): "117.6 (SD=19.0)", both named
    (``find_named_mean_sds``): "M = 4.78, SD = 3.56", and the SD named between them
    (``find_bare_sds``): "74.2 SD 20.6"."""
    found = _mean_sds_of(_mean_sd_matches(text))
    for more in (find_labelled_sds(text), find_named_mean_sds(text), find_bare_sds(text)):
        taken = [(m.start, m.end) for m in found]
        found += [m for m in more if not any(s < m.end and m.start < e for s, e in taken)]
    return sorted(found, key=lambda m: m.start)


_UNITS = {
    "minute": "minute", "min": "minute", "minutes": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "h": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "d": "day",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "mo": "month", "mos": "month",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
}  # fmt: skip
_TP_NUMBER = (
    rf"\d+(?:{_DOT}\d+)?|(?i:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
)
# a unit's word with no word character or apostrophe before it, tested by a lookbehind after
# each word (the words open the pattern, so the engine skips ahead to their letters)
_TP_UNIT_WORD = re.compile(
    "|".join(rf"{w}(?<![\w'’]{w})" for w in _cased(_UNITS).split("|")).join(("(?:", r")(?![\w'’])"))
)
_TP_NUMBER_BEFORE = re.compile(rf"(?<![\w.·-])(?P<num>{_TP_NUMBER})(?:\s*[{_DASH}]\s*|\s+)$")
_TP_NUMBER_AFTER = re.compile(r"\s+(?P<num>\d+)(?![\w.])")
_AGE_BEFORE = re.compile(r"(?i)\b(?:aged?|ages|older than|younger than)\s*(?:\d+\s*(?:to|-)\s*)?$")
_AGE_AFTER = re.compile(r"(?i)^(?:[-\s]*old|\s+of\s+age|\s+gestation|[-\s]*walk|'|’)")
# a difference in time between the arms, no time point: "7.5 weeks shorter", "2 days longer"
_COMPARED_AFTER = re.compile(r"(?i)\s+(?:shorter|longer|earlier|sooner|faster|slower)\b")


def find_timepoints(text: str) -> list[TimePoint]:
    """Time points: "3 months", "3-month", "at 12 weeks", "1-year", "week 12"; not ages nor
    differences in time ("7.5 weeks shorter with A").

    Found from the unit words, which are rarer than the places a number could start.
    """
    found = []
    for u in _TP_UNIT_WORD.finditer(text):
        raw_unit = u.group(0).lower()
        start, end = u.start(), u.end()
        before = _TP_NUMBER_BEFORE.search(text, max(0, start - 16), start)
        if before:
            raw_num, start = before.group("num"), before.start()
        elif raw_unit in ("day", "week", "month", "year"):
            after = _TP_NUMBER_AFTER.match(text, end)
            if not after or int(after.group("num")) > 104:
                continue
            raw_num, end = after.group("num"), after.end()
        else:
            continue
        if _AGE_BEFORE.search(text, max(0, start - 20), start):
            continue
        if _AGE_AFTER.match(text[end : end + 12]) or _COMPARED_AFTER.match(text, end):
            continue
        value = _NUMBER_WORDS.get(raw_num.lower())
        number = float(value) if value is not None else parse_number(raw_num)
        if number is None or number <= 0:
            continue
        found.append(TimePoint(number, _UNITS[raw_unit], start, end))
    return found
