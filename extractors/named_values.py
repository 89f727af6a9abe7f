"""Values written after the name of their statistic, with their unit and no spread: "median
TTP was 8.2 months for drug A and 8.3 months for drug B", "mean scores were 3.1 points with A
and 4.2 points with B". Pure functions, no spaCy.

A lead names the statistic: "median" (not of follow-up or age) or a time-to-event outcome
("survival", "time to progression", "PFS", "OS", "TTP", median PFS as "mPFS", ...), whose times
abstracts report as medians by convention, gives medians, unless "mean" or "average" names it
("mean PFS"); "mean" or "average" gives means (neither of follow-up or age). From
the lead to the end of its sentence or the first p value (or of its bracket, for a lead inside
one: "(median 68 years)"), every number written with a unit is a value; a number without
one takes the unit of the next when the two are joined by "and", "vs", "v", "versus", "or",
"to" or a comma ("6 and 12 months", "1.6, 0.8 and 0.6 points"), also with
its own interval between ("8.1 (95% CI 6.0-9.9) vs 7.1 months"). After a time-to-event lead
only times count (days to years). A number is not a value when it is a time point or a duration
("at 12 months", "for 6 weeks", "2-year", "months of follow-up", "at week 8", "visit 3"), a
difference told by a comparative after it ("4.0 points lower with A", "3.1 months longer"), a
count after "the" ("than the 240 in the placebo group"), an age, inside a bracket's range or
interval ("(range, 2 to 9 months)", read elsewhere), or a percentage (read as such).

Values written after the name of their group, two or more in one bracket, are means too:
"(internet = 12.33 and face-to-face = 11.43, difference = 0.89)" gives 12.33 and 11.43, not
the difference (a statistic's name, like "d", "OR", "CI" or "SD", names no group); whole
numbers alone are the groups' sizes ("57 infants (EI = 27, SC = 30)").

Example: ``find_named_values("median OS was 14 months with A and 11 months with B")`` gives
two medians, 14 and 11.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from string import ascii_lowercase

from extractors.bracket_lists import bracket_end, without_brackets
from extractors.caseless import lowered
from extractors.numbers import (
    CURRENCY_PATTERN,
    OWN_INTERVAL_PATTERN,
    matches_at,
    parse_number,
    word_starts,
)

_DOT = "[.·∙⋅]"
# not a group's number ("(median OS: group 1, 32 months; group 2, 54 months)") nor an ordinal
# ("at the 270th day")
_NUMBER = (
    rf"(?<![\w.·,/-])(?<![Gg]roup\s)(?<![Aa]rm\s)[-−]?\d+(?:{_DOT}\d+)?"
    r"(?![\w.·,/]\d|\d|(?:st|nd|rd|th)\b)"
)
_TIME_UNIT = r"(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b\.?"
_OTHER_UNIT = (
    r"(?:points?|(?!(?:in|on|at|of|for|and|or|vs|v|to|the|with|by|per|was|were|is|are|as)\b)"
    r"[a-zA-Zµμ]{1,4}(?:/[a-zA-Z0-9]{1,4})?(?:\^?[23²³])?|hours?|h|min(?:utes)?|"
    r"kg|cm|mm|ml|mL|euros?|dollars?|USD|EUR|degrees?)\b"
)
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|v\.?|versus|to)\s+)"
# a currency before the number is its unit: "a mean cost of £35.41 compared with £51.12"
_CURRENCY = CURRENCY_PATTERN
_RUN = re.compile(
    rf"(?P<run>(?:{_CURRENCY}?{_NUMBER}{OWN_INTERVAL_PATTERN}{_JOIN})*)(?P<cur>{_CURRENCY})?"
    rf"(?P<last>{_NUMBER})\s*"
    rf"(?P<unit>{_TIME_UNIT}|{_OTHER_UNIT}|(?=(?:in|for|with|on|among)\s)|(?(cur)|(?!)))"
)
_RUN_NUMBER = re.compile(_NUMBER)
_MEDIAN_LEAD_TAIL = r"s?\b(?!\s+(?:follow|age\b|aged\b|observation|duration\s+of\s+follow))"
_MEDIAN_LEAD = re.compile(rf"(?i)\bmedian{_MEDIAN_LEAD_TAIL}")
_TIME_WORDS = (
    "survival",
    r"time\s+to\s+[\w-]+",
    # "time from discharge to (first) exacerbation", "time from randomisation to death"
    r"time\s+from\s+[\w-]+(?:\s+[\w-]+)?\s+to\s+[\w-]+",
    r"time-to-[\w-]+",
    r"duration\s+of\s+(?:response|remission|benefit|disease\s+control)",
    r"response\s+duration",
)
_TIME_ABBREVIATIONS = ("OS", "PFS", "DFS", "EFS", "RFS", "TTP", "TTF", "TtPD", "TTR", "DOR", "DoR")
_TIME_LEAD = re.compile(
    rf"(?i)\b(?:{'|'.join(_TIME_WORDS)})\b|\b(?:{'|'.join(_TIME_ABBREVIATIONS)})\b"
)
# not "mean age", "mean follow-up": who the people are and how long they were followed
_MEAN_LEAD_TAIL = r"\b(?!\s+(?:follow|age\b|aged\b))"
_MEAN_LEAD = re.compile(rf"(?i)\b(?:mean|average){_MEAN_LEAD_TAIL}")


def _word_at_start(word: str) -> str:
    """``\\b`` and ``word`` (a regex that opens with lower-case letters), the ``\\b`` written as
    a lookbehind after those letters ("median(?<!\\wmedian)"), where it tests the same
    character, so that the pattern opens with letters and the engine skips ahead to them."""
    head = word[: len(word) - len(word.lstrip(ascii_lowercase))]
    return rf"{head}(?<!\w{head}){word[len(head) :]}"


# The leads as searched in the lower-cased text (``extractors.caseless.lowered``): the same
# places as the (?i) patterns above, each opening with its letters, not with a \b (a pattern
# that opens with \b is tried at every position of the text): 2 to 5 times faster
_MEDIAN_LEAD_LOWER = re.compile(_word_at_start("median") + _MEDIAN_LEAD_TAIL)
_TIME_LEAD_LOWER = re.compile(
    rf"(?:{'|'.join(_word_at_start(w) for w in _TIME_WORDS)})\b"
    rf"|(?:{'|'.join(_word_at_start(a.lower()) for a in _TIME_ABBREVIATIONS)})\b"
)
# "mPFS", "mOS": median PFS and OS (case-sensitive: "mos" is months; a pattern of its own, as
# one more branch of _TIME_LEAD's case-insensitive one costs more than this whole search);
# "\bm(?:OS|PFS|...)\b", its \b written after the name as above
_MEDIAN_TIME_LEAD = re.compile(
    "|".join(
        rf"m{a}(?<!\wm{a})"
        for a in ("OS", "PFS", "DFS", "EFS", "RFS", "TTP", "TTF", "TTR", "DOR", "DoR")
    ).join(("(?:", r")\b"))
)
# where a match of _TIME_LEAD_LOWER can start: its alternatives' first letters (``matches_at``
# tries it only there, where its alternation is tried at most letters of the text)
_TIME_LEAD_FIRSTS = (
    "survival", "time", "duration", "response", "os", "pfs", "dfs", "efs", "rfs", "ttp", "ttf",
    "ttr", "dor",
)  # fmt: skip
_MEAN_LEAD_LOWER = re.compile(
    rf"(?:{_word_at_start('mean')}|{_word_at_start('average')}){_MEAN_LEAD_TAIL}"
)
_STOP = re.compile(r"\.(?=\s+[A-Z(\[]|\s*$)|\b[Pp]\s*[=<>≤≥]|\b(?:HR|hazard)\b")
_REACH = 160


def _stop(text: str, start: int, end: int) -> int | None:
    """Where the run of values a lead names ends (``_STOP``), not at a p value or hazard ratio
    inside a value's own bracket, right after it ("8.2 months (90% CI, 5.9-8.9; p = 0.188) in
    arm A vs 8.3 months"), which is that value's; at one in any other bracket ("(P = 0.43)"
    after an interval, "Median PFS (HR; 95% CI vs placebo)")."""
    for m in _STOP.finditer(text, start, end):
        bracket = max(text.rfind("(", start, m.start()), text.rfind("[", start, m.start()))
        if (
            m.group(0)[0] != "."
            and bracket >= 0
            and not any(c in text[bracket : m.start()] for c in ")]")
            and _VALUE_BEFORE_BRACKET.search(text, max(start, bracket - 16), bracket)
        ):
            continue
        return m.start()
    return None


# a value and its unit right before a bracket: "8.2 months (", "88% ("
_VALUE_BEFORE_BRACKET = re.compile(
    r"(?<![A-Za-z-])\d+(?:[.,·]\d+)?(?:\s*%|\s*[a-zA-Zµμ]{1,8})?\s*$"  # not "T-DM1 ("
)


_NOT_BEFORE = re.compile(
    r"(?i)\b(?:at|after|within|for|over|during|by|until|every|each|per|since|beyond|first|"
    r"last|past|following|aged?|ages|older|younger|up\s+to|than|interval|CI|range|IQR|"
    r"the|these|those|all|weeks?|wks?|months?|days?|years?|visits?|cycles?|hours?|sessions?|"
    r"phases?|grades?|stages?)\s*$|[<>≤≥]\s*=?\s*$"  # a bound: "for >6 months"
    # a statistic between the arms: "(difference 12.9 weeks; ...)", "mean difference of 2.1"
    r"|(?i:\bdifferences?(?:\s+(?:of|was|were|is))?\s*[:=]?\s*)$"
)
# the upper bound of an interval named within the few words before: "95% Confidence Interval
# (CI) -5.5 to +34.3 weeks"
_INTERVAL_BOUND = re.compile(
    r"(?i)\b(?:CI|interval|range)\b[^;]{0,30}?[-−+]?\d[\d.,·]*\s*(?:to|[-–—])\s*[-−+]?$"
)
_NOT_AFTER = re.compile(
    r"(?i)(?:\s*[-‐‑]|\s+(?:of\s+)?(?:follow|age\b|old\b|after\b|post|later\b|from\s+"
    r"(?:randomi|diagnosis|surgery|start)|since\b|of\s+(?:treatment|therapy|age)|interval)"
    # a difference told by a comparative: "4.0 points lower with A", "3.1 months longer"
    r"|\s+(?:lower|higher|greater|less|more|fewer|smaller|larger|shorter|longer|better|worse)\b)"
)
_OPEN_SPREAD = re.compile(r"(?i)[(\[]\s*(?:range|IQR|interquartile|95|CI)[^()\[\]]*$")


@dataclass(frozen=True, slots=True)
class NamedValue:
    """A value after the name of its statistic: ``kind`` is "median" or "mean"."""

    kind: str
    value: float
    start: int
    end: int


def _leads(text: str) -> list[tuple[int, str]]:
    lower = lowered(text)
    if lower is None:
        leads = [(m.end(), "median") for m in _MEDIAN_LEAD.finditer(text)]
        leads += [(m.end(), "time") for m in _TIME_LEAD.finditer(text)]
        leads += [(m.end(), "mean") for m in _MEAN_LEAD.finditer(text)]
    else:
        leads = [(m.end(), "median") for m in _MEDIAN_LEAD_LOWER.finditer(lower)]
        times = matches_at(_TIME_LEAD_LOWER, lower, word_starts(lower, _TIME_LEAD_FIRSTS))
        leads += [(m.end(), "time") for m in times]
        leads += [(m.end(), "mean") for m in _MEAN_LEAD_LOWER.finditer(lower)]
    leads += [(m.end(), "time") for m in _MEDIAN_TIME_LEAD.finditer(text)]
    leads.sort()
    for index in range(1, len(leads)):
        (before, kind_before), (end, kind) = leads[index - 1], leads[index]
        if kind == "time" and kind_before == "mean" and _MEAN_OF_TIME.fullmatch(text, before, end):
            leads[index] = (end, "mean")  # "Mean PFS was 5.4 vs 6.3 months": means of a time
    return leads


# between "mean" and the time-to-event outcome it names: a few words ("mean overall survival")
_MEAN_OF_TIME = re.compile(r"(?:\s+[\w-]+){1,4}")


# a time that is how long something was given or done: "improved with 52 weeks of
# trastuzumab", "after 6 months of treatment"
_TIME_END = re.compile(rf"(?i){_TIME_UNIT}$")
_DURATION_OF = re.compile(r"(?i)\s+of\s+(?!follow)[^\W\d_]")


def _excluded(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 20) : start]
    if _NOT_BEFORE.search(before) or _NOT_AFTER.match(text, end):
        return True
    if _DURATION_OF.match(text, end) and _TIME_END.search(text[start:end]):
        return True
    if _INTERVAL_BOUND.search(text, max(0, start - 60), start):
        return True
    opened = text.rfind("(", max(0, start - 40), start), text.rfind("[", max(0, start - 40), start)
    bracket = max(opened)
    if bracket >= 0 and ")" not in text[bracket:start] and "]" not in text[bracket:start]:
        return bool(_OPEN_SPREAD.search(text, bracket, start))
    return False


def _in_bracket(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies in a bracket opened after ``start`` (a value's own interval)."""
    return text.count("(", start, at) + text.count("[", start, at) > text.count(
        ")", start, at
    ) + text.count("]", start, at)


# "internet = 12.33": a group's name, "=" and a number with no "%" (one word of a statistic
# in the name is no group: "difference = 0.89", "d = 0.11", "95% CI = -1.1 to 2.9")
_GROUP_VALUE = re.compile(
    r"(?P<name>(?<![\w-])(?:(?!(?i:and|or|vs|versus|with|in)\b(?!-))[^\W\d_][\w-]*\s*){1,3}?)=\s*"
    r"(?P<num>[-−]?\d+(?:[.·]\d+)?)(?![\d.·]|\s*%|\s*(?:to|-)\s*\d)"
)
_GROUP_VALUE_GAP = re.compile(r"(?i)\s*(?:,|;|\band\b|\bvs\.?|\bversus\b)\s*(?:and\s+)?")
_STATISTIC_NAMES = frozenset({
    "p", "d", "g", "n", "t", "f", "r", "z", "u", "b", "or", "rr", "hr", "ci", "sd", "se", "sem",
    "iqr", "md", "smd", "wmd", "es", "df", "auc", "icc", "kappa", "beta", "rho", "chi", "i2",
    "difference", "differences", "ratio", "mean", "median", "range", "effect", "size", "cohen",
    "hedges", "age", "interval", "confidence", "value", "score", "change", "reduction", "increase",
})  # fmt: skip


def find_group_values(text: str) -> list[NamedValue]:
    """The means of two or more groups written "name = value" one after another in a bracket
    ("(internet = 12.33 and face-to-face = 11.43, difference = 0.89)"), in order; not whole
    numbers alone, the groups' sizes ("Fifty-seven infants (EI = 27, SC = 30)")."""
    found: list[NamedValue] = []
    run: list[re.Match[str]] = []
    for m in [*group_value_matches(text), None]:
        joined = (
            m is not None
            and bool(run)
            and _GROUP_VALUE_GAP.fullmatch(text, run[-1].end(), m.start()) is not None
        )
        if m is not None and not _statistic(m.group("name")) and (joined or not run):
            run.append(m)
            continue
        if (
            len(run) >= 2
            and _in_bracket(text, max(0, run[0].start() - 200), run[0].start())
            and any(re.search(r"[.·]", r.group("num")) for r in run)
        ):
            for r in run:
                value = parse_number(r.group("num").replace("−", "-"))
                if value is not None:
                    found.append(NamedValue("mean", value, r.start("num"), r.end("num")))
        run = [m] if m is not None and not _statistic(m.group("name")) else []
    return found


def group_value_matches(text: str) -> list[re.Match[str]]:
    """What ``_GROUP_VALUE.finditer(text)`` finds, tried only where a match can start: at a
    word of the run of word characters, "-" and spaces right before each "=" (a name holds
    no other character), where the pattern tried every position of the text (7 ms per
    abstract)."""
    found: list[re.Match[str]] = []
    floor = 0  # no match starts before: the last match's end, or past an "=" that gave none
    eq = text.find("=")
    while eq >= 0:
        start = eq
        while start > floor and _NAME_CHAR.match(text, start - 1):
            start -= 1
        match = next(
            (
                m
                for p in range(start, eq)
                if _NAME_START.match(text, p) and (m := _GROUP_VALUE.match(text, p)) is not None
            ),
            None,
        )
        if match is not None:
            found.append(match)
        floor = match.end() if match is not None else eq + 1
        eq = text.find("=", floor)
    return found


_NAME_CHAR = re.compile(r"[\w\s-]")
_NAME_START = re.compile(r"(?<![\w-])[^\W\d_]")  # as _GROUP_VALUE's name starts


def _statistic(name: str) -> bool:
    return any(w.lower() in _STATISTIC_NAMES for w in re.split(r"[\s-]+", name))


def _enclosing_bracket_end(text: str, at: int, limit: int) -> int:
    """Where the bracket a lead at ``at`` stands in closes ("(median 68 years)": its values
    are the bracket's, not "gemcitabine 1200 mg" after it), else ``limit``."""
    opening = max(text.rfind("(", max(0, at - 40), at), text.rfind("[", max(0, at - 40), at))
    if opening < 0 or any(c in text[opening:at] for c in ")]"):
        return limit
    return min(bracket_end(text, opening), limit)


def find_named_values(text: str) -> list[NamedValue]:
    """Medians and means named before their values (see the module docstring), in order."""
    found: dict[int, NamedValue] = {v.start: v for v in find_group_values(text)}
    leads = _leads(text)
    for index, (lead_end, kind) in enumerate(leads):
        stop = _stop(text, lead_end, lead_end + _REACH)
        limit = stop if stop is not None else min(len(text), lead_end + _REACH)
        limit = min(limit, _enclosing_bracket_end(text, lead_end, limit))
        for later_end, later_kind in leads[index + 1 :]:
            if later_end < limit and (later_kind == "mean") != (kind == "mean"):
                limit = later_end  # "median OS ... mean score": each lead keeps its own
                break
        for run in _RUN.finditer(text, lead_end, limit):
            is_time = re.fullmatch(_TIME_UNIT, run.group("unit"), re.IGNORECASE) is not None
            if kind == "time" and not is_time:
                continue
            numbers = [
                n
                for n in _RUN_NUMBER.finditer(text, run.start(), run.end("last"))
                if not _in_bracket(text, run.start(), n.start())
            ]
            unit_end = run.end("unit") if run.group("unit") else run.end("last")
            if _excluded(text, numbers[0].start(), unit_end) or _excluded(
                text, numbers[-1].start(), unit_end
            ):
                continue
            if (
                len(numbers) > 1
                and re.search(r"\bto\b", without_brackets(run.group("run")))
                and not re.search(
                    r"(?i)\bfrom\s*$", text[max(0, numbers[0].start() - 8) : numbers[0].start()]
                )
            ):
                continue  # "2 to 9 months" is a range; "from 7.0 to 9.8 months" two values
            for number in numbers:
                value = parse_number(number.group().replace("−", "-"))
                if value is None or number.start() in found:
                    continue
                end = unit_end if number is numbers[-1] else number.end()
                found[number.start()] = NamedValue(
                    "mean" if kind == "mean" else "median", value, number.start(), end
                )
    return sorted(found.values(), key=lambda v: v.start)
