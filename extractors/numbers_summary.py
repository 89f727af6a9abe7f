"""Summary statistics as trial abstracts write them: means with SDs in brackets, medians with
their IQR or range, counts with their percentage, and per-arm counts of events or of those
who completed or were analysed. Pure functions, no spaCy. Numbers are read with the
patterns of ``extractors.numbers`` (one signed number: "-7.0", and "(- 7.0" after a bracket).

Like ``extractors.numbers``, every ``find_*`` takes a string, returns matches with offsets
into it and never raises. A bracketed pair is ambiguous ("12.3 (4.5)" may be a mean and SD,
"16 (53.3%)" a count and percentage, "5 (2-8)" a median and range), so each reading needs its
marker: a "%" for counts, "SD"/"±" written in the bracket or "mean (SD)" written before for
means, "median" or "IQR"/"range"/"interquartile" for medians.

Example: ``find_medians("median 6 days (IQR 4–9)")`` gives median 6, low 4, high 9, "iqr".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from extractors.caseless import lowered
from extractors.numbers import (
    COUNT_AFTER_DIGIT_PATTERN,
    COUNT_PATTERN,
    COUNT_THEN_PERCENT_PATTERN,
    DOT_PATTERN,
    SIGNED_FIRST,
    SIGNED_PATTERN,
    SUBJECT_NOUNS_PATTERN,
    UNIT_PATTERN,
    UNSIGNED_PATTERN,
    WORD_NUMBER_PATTERN,
    find_labelled_sds,
    matches_at,
    matches_at_words,
    opening_with,
    parse_count,
    parse_number,
    parse_number_words,
    run_start,
    word_number_starts,
)

_DOT = DOT_PATTERN
_UNSIGNED = UNSIGNED_PATTERN
# the shared signed number ("-7.0", "(- 7.0"), not the second part of "3/7"
_SIGNED = rf"(?<!/){SIGNED_PATTERN}"
_DASH = "-–—‐‑"
_UNIT = UNIT_PATTERN
_PLAIN_UNIT = r"(?:\s*(?:%|[a-zA-Zµμ]{1,7}(?:/[a-zA-Z]{1,5})?\b))?"  # "129 min/week"


@dataclass(frozen=True, slots=True)
class CountPercent:
    """ "16 (53.3%)": a count with its percentage; the denominator is not written."""

    events: int
    percent: float
    decimals: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class BracketMeanSD:
    """ "12.3 (4.5)" after "mean (SD)", or "12.3 (SD 4.5)"."""

    mean: float
    sd: float
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Median:
    """ "median 6 (IQR 4–9)", "6 (range 1-12)": ``spread`` is "iqr", "range" or None."""

    median: float
    low: float | None
    high: float | None
    spread: str | None
    start: int
    end: int


# what a count of events counts (``_COUNTED_NOUNS`` also counts people)
_EVENT_NOUNS = r"cases|events|deaths|relapses|recurrences|infections|episodes|complications"
_COUNT_PERCENT = re.compile(
    rf"(?<![\w.·/%-])(?P<n>\d{{1,7}}|[A-Za-z]+(?:-[A-Za-z]+)?)"
    rf"(?:\s+(?:patients|participants|subjects|women|men|children|pts|persons|people|"
    rf"{_EVENT_NOUNS}))?"
    rf"\s*[(\[]\s*(?P<p>{_UNSIGNED})\s*%\s*[)\],;]"
)


def _decimals(number_text: str) -> int:
    m = re.search(rf"{_DOT}(\d+)", number_text)
    return len(m.group(1)) if m else 0


# the bracket every count percentage ends with: "(53.3%)", "[12%", "(35 %,"
_PERCENT_BRACKET = re.compile(rf"[(\[]\s*{_UNSIGNED}\s*%\s*[)\],;]")


def _count_percent_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_COUNT_PERCENT``, as its ``finditer`` gives them: each one ends with
    a bracketed percentage, and before the bracket it holds only words, digits, hyphens and
    white space; so the pattern is tried only on that run before each bracketed percentage
    (scanning every word of the text for a count was the slow part)."""
    found = []
    for bracket in _PERCENT_BRACKET.finditer(text):
        begin = run_start(text, bracket.start(), _may_precede_bracket)
        m = _COUNT_PERCENT.search(text, begin, bracket.end())
        if m is not None:
            found.append(m)
    return found


def _may_precede_bracket(char: str) -> bool:
    """Whether ``char`` can stand in a count percentage before its bracket."""
    return char.isdecimal() or char.isspace() or char == "-" or (char.isascii() and char.isalpha())


# a count and its percentage after a comma, alone in a bracket: "(9, 50.0%)"
COUNT_COMMA_PERCENT = re.compile(r"[(\[]\s*" + COUNT_THEN_PERCENT_PATTERN)


def find_count_percents(text: str) -> list[CountPercent]:
    """Counts with a bracketed percentage: "16 (53.3%)", "7 [12%]", "Two (11.8%)", "16
    patients (35 %)", "(9, 50.0%)" (percentage at most 100, zero only with a zero count)."""
    found = []
    matches = _count_percent_matches(text)
    if "%" in text:
        matches = sorted(
            [*matches, *COUNT_COMMA_PERCENT.finditer(text)], key=lambda m: m.start("n")
        )
    for m in matches:
        written = m.group("n")
        count = int(written) if written.isdigit() else parse_number_words(written)
        if count is None:
            continue
        events = count
        percent = parse_number(m.group("p"))
        if percent is None or percent > 100 or (percent == 0) != (events == 0):
            continue
        found.append(CountPercent(events, percent, _decimals(m.group("p")), m.start("n"), m.end()))
    return found


_PLAIN_BRACKET = re.compile(
    rf"(?P<mean>{_SIGNED})(?:\s*[a-zA-Zµμ]{{1,6}}(?:/[a-zA-Z]{{1,4}})?)?\s*[(\[]\s*"
    rf"(?P<sd>{_UNSIGNED})\s*[)\]]"
)
_MEAN_SD_HEADER = re.compile(  # "mean (SD)", "Mean (standard deviation (SD))"
    r"(?i)\bmeans?\s*[(\[]\s*(?:SD|S\.D\.|standard\s+deviation(?:\s*[(\[]\s*SD\s*[)\]])?)\s*[)\]]"
)


@dataclass(frozen=True, slots=True)
class PlainValue:
    """ "3.1 vs 4.2 points": one of two plain values compared, no SD written."""

    value: float
    start: int
    end: int


# an arm's name in brackets after its value: "20.2 (metformin) vs 24.2 months (placebo)"; not a
# statistic's label
_ARM_TAG = r"\s*\((?!\s*(?:SD|SEM?|IQR|range|CI|mean|median|ns|NS)\b)[A-Za-z][^()\d;,=<>]{0,30}\)"
# a name of an arm right before its value: "EA", "drug-K", "SEA" (no statistic's label)
_PAIR_NAME = r"(?!(?:[pPnN]|SD|SEM?|IQR|CI|HR|OR|RR|mean|median|range)\b)[A-Za-z][\w+-]{0,15}"
_DOSE_AFTER_NUMBER = re.compile(r"(?i)\d\s*(?:mg|g|µg|μg|mcg|ml|iu|u|units?|gy)\b")
_NAME_BEFORE = re.compile(rf"(?:^|[\s(\[;:,]){_PAIR_NAME}\s+$")
_PLAIN_PAIR_MEANS = (  # each match opens with its first number (``opening_with``)
    opening_with(
        SIGNED_FIRST,
        rf"(?<![\w.·/-])(?P<a>{_SIGNED}){_PLAIN_UNIT}(?:{_ARM_TAG})?\s*(?:vs\.?|v\.?|versus)\s+"
        # the second's name before it, as the first's before that: "(SEA 2.8 vs. EA 2.6, P = .86)"
        rf"(?:(?P<name>{_PAIR_NAME})\s+)?"
        rf"(?P<b>{_SIGNED}){_PLAIN_UNIT}(?:{_ARM_TAG}|(?!\s*[(\[\w.·/%±-]))",
    ),
    opening_with(
        SIGNED_FIRST,
        rf"(?<![\w.·/-])(?P<a>{_SIGNED}){_PLAIN_UNIT}\s*(?:,|and)\s+"
        # a p value may stand before "respectively": "0.5 and 1.6 days (p=0.008) respectively"
        rf"(?P<b>{_SIGNED}){_PLAIN_UNIT}\s*(?:[(\[][^()\[\]]{{1,40}}[)\]]\s*)?,?\s*respectively\b",
    ),
)
_PERCENT_WORD = re.compile(r"(?i)\bper\s?cent")
_SCORE_WORD = re.compile(r"(?i)\bscores?\b|\bscales?\b|\b(?:VAS|NRS)\b")
_COUNTED_PEOPLE = re.compile(
    r"(?i)\b(?:fewer|more|number\s+of|proportion\s+of)\s+(?:[\w-]+\s+)?(?:patients|participants|"
    r"subjects|women|men|children|people|cases)\b"
)
_LIST_BEFORE = re.compile(r"\d\s*,\s*$")
_NUMBERED_LABEL = re.compile(
    r"(?i)\b(?:cycles?|days?|weeks?|months?|years?|visits?|sessions?|doses?|phases?)\s+\d+\s*,\s*$"
)
_LIST_AFTER = re.compile(r"\s*,\s*[-−]?\d|\s*,?\s+and\s+[-−]?\d")
_CONNECTOR = re.compile(r"(?i)\b(?:vs|v|versus|and|respectively)\b\.?")
_UNIT_WORD = re.compile(r"\d\s*[a-zA-Zµμ]")
_COUNT_NOUN = re.compile(
    r"(?i)\b(?:events?|patients?|cases?|deaths?|participants?|subjects?|women|men|children|"
    r"people|persons?|infants?|episodes?)\b"
)
_NOT_PLAIN_BEFORE = re.compile(
    r"(?i)(?:\b[Pp]\s*[=<>≤≥]|\b(?:HR|OR|RR|CI|ratio|I2|I²|aged?|ages|at|after|by|within|for|"
    r"over|between|from|to|of)\b)\s*[\w\s]{0,3}$"
)


# A "vs" pair holds "vs", "v." or "versus" or a "v" before white space; a "respectively"
# pair holds "respectively": texts without them need not be scanned for the pairs
_VERSUS_HINT = re.compile(r"v(?:s|\.|ersus|\s)")


def _plain_pair_patterns(text: str) -> list[re.Pattern[str]]:
    """The patterns of ``_PLAIN_PAIR_MEANS`` that can match in ``text``."""
    versus, respectively = _PLAIN_PAIR_MEANS
    patterns = [versus] if _VERSUS_HINT.search(text) else []
    return [*patterns, respectively] if "respectively" in text else patterns


def _scores(text: str, sentence_start: int, at: int) -> bool:
    """Whether a pair of whole numbers with no unit are the scores of a scale ("pain scores
    were lower ... (1 vs 3, P = .006)"), not counts: its sentence names a score or scale
    before it and counts no people ("fewer patients reported pain >= 3 on the rating scale
    (13 vs 31)" counts them)."""
    return (
        _SCORE_WORD.search(text, sentence_start, at) is not None
        and _COUNTED_PEOPLE.search(text, sentence_start, at) is None
    )


def _not_plain(text: str, m: re.Match[str]) -> bool:
    """A pair that is a percentage, a count, a list item, a statistic or a median's."""
    if "%" in m.group(0) or _PERCENT_WORD.search(m.group(0)):
        return True
    if _NOT_PLAIN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return True
    listed = _LIST_BEFORE.search(text, max(0, m.start() - 8), m.start())
    if listed and _NUMBERED_LABEL.search(text, max(0, m.start() - 24), m.start()):
        listed = None  # "cycle 1, 3.2 vs. 3.5": the pair's label, no list
    if listed or _LIST_AFTER.match(text, m.end()):
        return True
    whole = all(re.fullmatch(r"\d+", m.group(n)) for n in ("a", "b"))
    units = _CONNECTOR.sub(" ", m.group(0))
    sentence_start = max(sentence_bounds(text, m.start(), m.start())[0], m.start() - 150)
    if whole and _COUNT_NOUN.search(units):
        return True  # "298 events versus 332 events": counts
    if whole and not _UNIT_WORD.search(units) and not _scores(text, sentence_start, m.start()):
        return True  # "13 vs 31": counts
    return bool(_MEDIAN_WORD.search(text, sentence_start, m.start()))


_ARM_VALUE = re.compile(
    rf"(?<![\w.·/,-])(?P<v>{_SIGNED})(?![\w.·/%]|,\d)"
    r"(?:\s*(?P<u>(?!(?:in|on|of|for|with|among|and|or|vs|to|the|a|an|was|were)\b)"
    r"[a-zA-Zµμ]{1,8}(?:/[a-zA-Z]{1,4})?))?"
    r"\s+(?P<prep>in|with|for|among|on)\s+(?P<arm>[^\d,;:()\[\]]{1,60}?)"
    r"(?=\s*[,;:()\[\]]|\s*\.(?:\s|$)|\s*$|\s+(?:and|vs\.?|versus|v\.?|compared|whereas|"
    r"while|but|than|respectively)\b)"
)
_ARM_VALUE_GAP = re.compile(
    r"(?i)\s*,?\s*(?:(?:and|vs\.?|versus|v\.?|compared\s+(?:with|to)|whereas|while|but)\s+)?"
    r"(?:(?:of|to|by|after|within)\s+)?"
)
_TIME_UNIT = re.compile(r"(?i)(?:days?|weeks?|months?|years?|hours?|h|min|minutes?)$")
_NOT_VALUE_UNIT = re.compile(r"(?i)per(?:cent)?|pc|times|fold")
_MEASURE_UNIT = re.compile(
    r"(?i)points?|[mµμn]?g|kg|gm|m?l|[cm]?m|mmhg|kcal|cal|iu|u|bpm|euros?|dollars?|usd|eur|"
    r"(?:[mµμn]?g|m?mol|iu|u)/[a-z]{1,4}"
)
# a time is a duration an arm had ("lasted 3.1 days in the zinc group"), not when a time
# preposition makes it the time of something else ("treated for 6 weeks in group A")
_TIME_BEFORE = re.compile(r"(?i)\b(?:for|during|until|till|before|since|on|up\s+to)\s*$")
# "after"/"within" before each arm's time says how long the arm took ("discharged after 2.5
# hours with A versus 4.0 hours with B", "after 3.2 min in group A and after 8.9 min in group
# B"): the arm's value, where "after 12 weeks" alone is a time point
_DURATION_BEFORE = re.compile(r"(?i)\b(?:after|within)\s*$")
_GROUP_WORD = re.compile(r"(?i)\b(?:groups?|arms?|cohorts?|patients|participants|subjects|those)\b")
_NOT_ARM_VALUE_BEFORE = re.compile(
    r"(?i)(?:\b[Pp]\s*[=<>≤≥]|\b(?:HR|OR|RR|CI|ratio|I2|I²|aged?|ages|at|after|within|over|"
    r"between|from)\b)\s*[\w\s]{0,3}$"
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` begins and ends: at ". " or a line
    break (sections are laid out one a line), so never in the section before or after."""
    dot = text.rfind(". ", 0, start)
    begin = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return begin, min(stops) if stops else len(text)


def _runs(
    matches: Iterable[re.Match[str]], gap: re.Pattern[str], text: str
) -> list[list[re.Match[str]]]:
    """The ``matches`` (of one pattern, in order) in runs of two or more, each joined to the one
    before by nothing but ``gap`` ("9.1 points in A compared with 0.3 points in B")."""
    runs: list[list[re.Match[str]]] = []
    for m in matches:
        previous = runs[-1][-1] if runs else None
        if previous is not None and gap.fullmatch(text, previous.end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [run for run in runs if len(run) >= 2]


# what every _ARM_VALUE match holds from the last digit of its value: the unit, the
# preposition and a space after it; none of it a digit, so that each match of this one opens
# at a value's last digit
_ARM_VALUE_TAIL = re.compile(
    r"\d(?:\s*[a-zA-Zµμ]{1,8}(?:/[a-zA-Z]{1,4})?)?\s+(?:in|with|for|among|on)\s"
)


def _in_signed_number(char: str) -> bool:
    """Whether ``char`` can stand in a signed number (``SIGNED_PATTERN``) before its last digit."""
    return char.isdecimal() or char.isspace() or char in "-−‒–.·∙⋅"


def _arm_value_matches(text: str) -> list[re.Match[str]]:
    """What ``_ARM_VALUE.finditer(text)`` gives, tried only on the run of a signed number's
    characters up to the last digit of each ``_ARM_VALUE_TAIL`` match (``matches_at``), not
    at every position of the text (several times faster)."""
    starts = (
        at
        for tail in _ARM_VALUE_TAIL.finditer(text)
        for at in range(run_start(text, tail.start(), _in_signed_number), tail.start() + 1)
    )
    return matches_at(_ARM_VALUE, text, starts)


def find_arm_values(text: str) -> list[PlainValue]:
    """Plain values each written before the arm it belongs to, two or more in a row, with
    the same unit: "9.1 points in the exercise group compared with 0.3 points in the control
    group", "3.4 with drug A and 4.0 with placebo", times an arm had ("lasted 3.1 days in the
    zinc group and 4.2 days in the placebo group"). Not when a whole number has no unit of
    measurement ("27 in group A and 30 in group B", "20 segments for A": counts), when a
    value is a percentage, or follows "P =", "HR", "aged" or a time preposition ("at 6 months
    in A and 12 months in B", "for 6 weeks in A and 12 weeks in B": times of something else;
    "fell by 12 mg/dL with A and 3 mg/dL with B" is read; "after 2.5 hours with A versus 4.0
    hours with B" is the time each arm took);
    after "for", only a group's name ("for the placebo group"), not an outcome's."""
    found: list[PlainValue] = []
    for run in _runs(_arm_value_matches(text), _ARM_VALUE_GAP, text):
        units = {(m.group("u") or "").lower() for m in run}
        unit = units.pop() if len(units) == 1 else None
        if unit is None or any(p.fullmatch(unit) for p in (_COUNT_NOUN, _NOT_VALUE_UNIT)):
            continue
        time = _TIME_UNIT.fullmatch(unit) is not None
        if time and _TIME_BEFORE.search(text, max(0, run[0].start() - 12), run[0].start()):
            continue
        gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(run)]
        if not time and any(_DURATION_BEFORE.search(gap) for gap in gaps):
            continue  # "after" joins only the times each arm took
        duration = time and _DURATION_BEFORE.search(
            text, max(0, run[0].start() - 8), run[0].start()
        )
        whole = all(re.fullmatch(r"\d+", m.group("v")) for m in run)
        if whole and not (time or _MEASURE_UNIT.fullmatch(unit)):
            continue  # "27 in group A and 30 in group B", "20 segments for A": counts
        if any(m.group("prep") == "for" and not _GROUP_WORD.search(m.group("arm")) for m in run):
            continue  # "45.4 for any fracture, 15.2 for hip fracture": one value per outcome
        first = run[0]
        if not duration and _NOT_ARM_VALUE_BEFORE.search(
            text, max(0, first.start() - 12), first.start()
        ):
            continue
        if _LIST_BEFORE.search(text, max(0, first.start() - 8), first.start()):
            continue
        for m in run:
            value = parse_number(m.group("v"))
            if value is not None:
                found.append(
                    PlainValue(value, m.start("v"), m.end("u") if m.group("u") else m.end("v"))
                )
    return found


def find_plain_value_pairs(text: str) -> list[PlainValue]:
    """Two plain values compared: "3.1 vs 4.2 points", "2.7 and 2.8 months, respectively";
    none with a "%" or "percent" (read as percentages), none after "P =", "HR", "aged" or a
    time preposition ("at 6 and 12 months, respectively"), none in a longer list, no two
    whole numbers without a unit or with a count noun ("13 vs 31 patients": counts), none
    after "median" in the sentence (``find_medians`` reads those). A short name may stand
    before each value of a "vs" pair ("SEA 2.8 vs. EA 2.6"), not a statistic's label nor
    doses ("A 25 mg versus B 1 mg"). Also values written each before its arm
    (``find_arm_values``)."""
    found: list[PlainValue] = []
    for pattern in _plain_pair_patterns(text):
        for m in pattern.finditer(text):
            if _not_plain(text, m):
                continue
            if m.groupdict().get("name") and (
                not _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
                or _DOSE_AFTER_NUMBER.search(m.group(0))
            ):
                continue  # no name before the first value; "A 25 mg versus B 1 mg": doses
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            for name in ("a", "b"):
                value = parse_number(m.group(name))
                if value is not None:
                    found.append(PlainValue(value, m.start(name), m.end(name)))
    for arm_value in find_arm_values(text):
        if not any(f.start < arm_value.end and arm_value.start < f.end for f in found):
            found.append(arm_value)
    return sorted(found, key=lambda f: f.start)


# a statement of how the numbers are given: "Data are (expressed as) median (IQR).", "Values
# were presented as mean (SD)", "Continuous variables are shown as medians (range)"
_PRESENTED = re.compile(
    r"(?i)(?:\b(?:data|values|results|figures|numbers|variables)\s+(?:are|were|is)|"
    r"\b(?:presented|expressed|shown|given|reported|summari[sz]ed|displayed|described)\s+as)"
    r"\s+(?:(?:presented|expressed|shown|given|reported|summari[sz]ed|displayed|described)\s+"
    r"as\s+)?(?:the\s+)?$"
)
_SENTENCE_END = re.compile(r"(?<!\bvs)(?<!\bv)(?<!\be\.g)(?<!\bi\.e)\.(?:\s|$)")
_NEXT_SECTION = re.compile(r"\n\s*\S")  # past blank lines


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def header_scope(text: str, header: re.Match[str]) -> tuple[int, int]:
    """Where a "median (IQR)" or "mean (SD)" ``header`` governs the bare values written after
    it: a statement of how the data are given ("Data are median (IQR).", "Values were
    presented as mean (SD)") the rest of its section and the next one (a Methods statement
    governs the Results); a header that names the statistic of one measure ("The median (IQR)
    stay was 4 (2-6) vs 7 (5-9) days") the rest of its sentence only. Sections are laid out
    one a line."""
    start = header.end()
    line_end = _line_end(text, start)
    if not _PRESENTED.search(text, max(0, header.start() - 60), header.start()):
        stop = _SENTENCE_END.search(text, start, line_end)
        return start, stop.start() if stop else line_end
    following = _NEXT_SECTION.search(text, line_end)
    return start, _line_end(text, following.end()) if following else line_end


# a spread said to be a standard error, not an SD: "mean ± SEM", "means (SE)", "Mean
# (±standard error)", "± SE", "plus or minus standard error" (the header), or "4.4 SE" after a
# "±" (the value's own word)
_SE_WORD = r"(?:SEM|SE|S\.E\.(?:M\.)?|[Ss]tandard\s+[Ee]rrors?(?:\s+of\s+(?:the\s+)?means?)?)"
_PLUS_MINUS_SIGN = r"(?:±|\+/-|\+-)"
_PLUS_MINUS = rf"(?:{_PLUS_MINUS_SIGN}|plus\s+or\s+minus)"
_SE_HEADER = re.compile(
    rf"\b[Mm]eans?\s*(?:[(\[]\s*)?{_PLUS_MINUS}?\s*{_SE_WORD}\b|{_PLUS_MINUS}\s*{_SE_WORD}\b"
)
_SE_AFTER_VALUE = re.compile(rf"{_PLUS_MINUS_SIGN}\s*\d[\d.,·]*\s*{_SE_WORD}\b")


def standard_error_scopes(text: str) -> list[tuple[int, int]]:
    """Where the "±" spreads of ``text`` are standard errors, not SDs: after a statement of
    how the data are given ("Data are presented as mean ± SEM.") the rest of its section and
    the next (``header_scope``); a header in a sentence ("Nausea scores (mean ± SE) were 35.4
    ± 4.4 ...", "... were 35.4 ± 4.4 (mean ± SEM) ...") that whole sentence; a spread
    followed by its own "SE" ("35.4 ± 4.4 SE") itself. A mean ± SE is no mean ± SD: its
    spread is no arm's SD (Cochrane Handbook, 6.5.2.2: SD = SE × √n, a number the abstract
    does not give)."""
    if "SE" not in text and "tandard" not in text and "S.E" not in text:
        return []
    scopes = []
    for header in _SE_HEADER.finditer(text):
        if _PRESENTED.search(text, max(0, header.start() - 60), header.start()):
            scopes.append(header_scope(text, header))
        else:
            scopes.append(sentence_bounds(text, header.start(), header.end()))
    scopes += [(m.start(), m.end()) for m in _SE_AFTER_VALUE.finditer(text)]
    return scopes


# between two spreads compared, each after its arm's name: " vs. Control group "
_COMPARED_GAP = re.compile(
    r"(?i)\s*[,;]?\s*(?:vs\.?|versus|v\.?|compared\s+with)\s+[^\d()\[\];.]{0,40}"
)


def governing_header(
    text: str, headers: list[re.Match[str]], value: re.Match[str], compared: bool
) -> re.Match[str] | None:
    """The last of ``headers`` that governs ``value``: in its scope (``header_scope``), or,
    for a value of two compared by "vs" (``compared``), anywhere after it in its section
    ("the median [IQR] pain score (A 1 [0 to 2] vs. B 1 [1 to 3]) ... QoR-40 score (A 182 [176
    to 189] vs. B 174 [158 to 175])": the style the abstract set for the arms' values; not a
    lone "heart failure (0.41 [0.13-1.35])" after "HR 0.69 [0.32-1.52]")."""
    for header in reversed(headers):
        start, end = header_scope(text, header)
        if start <= value.start() < end or (
            compared and start <= value.start() < _line_end(text, start)
        ):
            return header
    return None


def compared_values(text: str, values: list[re.Match[str]]) -> set[int]:
    """The indexes of ``values`` that are one of two compared by "vs" ("1 [0 to 2] vs. Control
    group 1 [1 to 3]")."""
    found: set[int] = set()
    for i in range(len(values) - 1):
        if _COMPARED_GAP.fullmatch(text, values[i].end(), values[i + 1].start()):
            found |= {i, i + 1}
    return found


def find_bracket_mean_sds(text: str) -> list[BracketMeanSD]:
    """Means with the SD in brackets: "12.3 (SD 4.5)", "12.3 (s.d. = 4.5)", "12.3 (± 4.5)"
    anywhere (``extractors.numbers.find_labelled_sds``); "12.3 (4.5)" only where a "mean
    (SD)" header governs it (``governing_header``)."""
    found = [
        BracketMeanSD(m.mean, m.sd, m.start, m.end)
        for m in find_labelled_sds(text)
        if m.sd is not None
    ]
    headers = matches_at_words(_MEAN_SD_HEADER, text, ("mean",))
    if not headers:
        return found
    taken = [(f.start, f.end) for f in found]
    brackets = list(_PLAIN_BRACKET.finditer(text, headers[0].end()))
    compared = compared_values(text, brackets)
    for i, m in enumerate(brackets):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if governing_header(text, headers, m, i in compared) is None:
            continue
        mean, sd = parse_number(m.group("mean")), parse_number(m.group("sd"))
        if mean is not None and sd is not None:
            found.append(BracketMeanSD(mean, sd, m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


_SPREAD_WORD = r"(?P<word>IQR|interquartile\s+range|inter-quartile\s+range|range|Q1\s*[-–,]\s*Q3)"
# every match opens with "median" or a number: the engine tries the rest only there
_MEDIAN = opening_with(
    f"mM{SIGNED_FIRST}",
    rf"(?i:(?P<lead>\bmedians?\b(?:\s+(?:of|was|were|is|=|:))?\s*)?)"
    rf"(?P<median>{_SIGNED}){_UNIT}\s*[(\[]\s*(?:(?i:{_SPREAD_WORD})\s*[:=,]?\s*)?"
    rf"(?P<low>{_SIGNED}){_UNIT}\s*(?:to|[{_DASH}]|,|;)\s*(?P<high>{_SIGNED}){_UNIT}\s*[)\]]",
)
_MEDIAN_WORDS = ("median", "iqr", "range", "interquartile", "q1")
# "median" opens each match of these two and of _PLAIN_PAIR a number (``opening_with``); the
# whole text is scanned only where the lower-cased text has "median" (``matches_at_words``)
_MEDIAN_HEADER = opening_with(
    "m", r"(?i)\bmedians?\s*[(\[]\s*(?P<word>IQR|interquartile\s+range|range)\s*[)\]]"
)


_MEDIAN_WORD = opening_with(
    "m", r"(?i)\bmedians?\b(?!\s+(?:follow|age\b|aged\b|observation\s+time))"
)
_PAIR_REACH = 120
# a stop that ends a clause, not the one of "vs." or "v."
_STOP = r"(?<!\bvs)(?<!\bv)[.;](?:\s|$)"
_CLAUSE_END = re.compile(_STOP + r"|\bmean\b|\b[Pp]\s*[=<>≤]|\b(?:HR|OR|RR|CI)\b")
_PLAIN_PAIR = opening_with(  # signed: "median log-fold change ... (-0.80 v -0.42)"
    SIGNED_FIRST,
    rf"(?<![\w.·/-])(?P<a>{_SIGNED}){_PLAIN_UNIT}\s*(?:vs\.?|v\.?|versus|and|compared\s+with)\s+"
    rf"(?P<b>{_SIGNED}){_PLAIN_UNIT}(?!\s*[(\[\w.·/%-])",
)


_MEDIAN_CLAUSE_END = re.compile(_STOP + r"|\bmeans?\b|\b(?:HR|OR|RR|CI)\b")


_RANGE_BEFORE = re.compile(rf"\d\s*(?:[{_DASH}]|to)\s*$")


def _median_said(text: str, start: int) -> int | None:
    """Where the "median" is written that a bare "4 (2-6)" at ``start`` is read under: the
    last one within ``_PAIR_REACH`` before it in the same clause, no "mean" (nor an effect's
    "HR", "CI", ...) between ("the median stay was shorter with A than with B (4 (2-6) vs 7
    (5-9) days)", "median 4 [IQR 2-6] vs 7 [5-9] days"); else None, also for the upper bound
    of a spread that has a range after it ("2.1 (1.7-2.8 [1.1-6.0])")."""
    if _RANGE_BEFORE.search(text, max(0, start - 12), start):
        return None
    leads = list(_MEDIAN_WORD.finditer(text, max(0, start - _PAIR_REACH), start))
    lead = leads[-1] if leads else None
    if lead is None or _MEDIAN_CLAUSE_END.search(text, lead.end(), start):
        return None
    return lead.start()


_MEDIAN_LABEL = re.compile(
    r"(?i)\bmedians?\s*(?:[(\[]\s*|,\s*)(?P<word>IQR|interquartile\s+range|range)\b"
)
_LABEL_REACH = 60


def _median_labelled_after(text: str, end: int) -> str | None:
    """The spread ("iqr", "range") of the "median [IQR]" label written after a bare "4.0
    [2.0-6.0]" ending at ``end``, in the same clause ("(4.0 [2.0-6.0] vs 7.0 [5.0-9.0] days,
    median [IQR])"), else None."""
    label = _MEDIAN_LABEL.search(text, end, min(len(text), end + _LABEL_REACH))
    if label is None or _MEDIAN_CLAUSE_END.search(text, end, label.start()):
        return None
    return "range" if label.group("word").lower() == "range" else "iqr"


def _past_number(text: str, at: int) -> int:
    """``at``, moved past the rest of a number it falls in ("23|.6 months" -> "23.6|")."""
    at = min(len(text), at)
    while at < len(text) and (
        text[at].isdigit()
        or (
            text[at] in ".,·"
            and at + 1 < len(text)
            and text[at + 1].isdigit()
            and at > 0
            and text[at - 1].isdigit()
        )
    ):
        at += 1
    return at


def find_medians(text: str) -> list[Median]:
    """Medians with their spread: "median 6 (IQR 4–9)", "6 days (range 1 to 12)", and "6
    (4–9)" after "median", where a "median (IQR)" header governs it (``governing_header``), or
    in a clause that says "median" before it ("median 4 [IQR 2-6] vs 7 [5-9] days": the
    second takes the spread of the first) or labels it after ("4 [2-6] vs 7 [5-9] days,
    median [IQR]"); low <= median <= high. Also the first two plain values paired by
    "vs"/"and" after "median" in the same clause ("median TTP was 8.1 v 7.1 months", "median
    survival 18 and 7 months, respectively"), without a spread; the pairs after it are not
    medians ("median (4.6 versus 4.8 months), 6-month (40% versus 43%) PFS")."""
    lowered = text.lower()
    if not any(word in lowered for word in _MEDIAN_WORDS):  # one of them is needed: fast exit
        return []
    headers = matches_at_words(_MEDIAN_HEADER, text, ("median",))
    matches = list(_MEDIAN.finditer(text))
    compared = compared_values(text, matches) if headers else set()
    found: list[Median] = []
    for index, m in enumerate(matches):
        word = m.group("word")
        header = governing_header(text, headers, m, index in compared) if headers else None
        after_header = header is not None
        stated = bool(m.group("lead") or word or after_header)  # "median" right before it
        said = None if stated else _median_said(text, m.start())
        labelled = None if stated or said is not None else _median_labelled_after(text, m.end())
        if not (stated or said is not None or labelled):
            continue
        median, low, high = (parse_number(m.group(g)) for g in ("median", "low", "high"))
        if median is None or low is None or high is None or not low <= median <= high:
            continue
        label = (word or (header.group("word") if header and after_header else "")).lower()
        spread = labelled or ("range" if label == "range" else "iqr" if label else None)
        if said is not None and found and found[-1].end > said:  # "vs 7 [5-9]": as before
            spread = found[-1].spread
        found.append(Median(median, low, high, spread, m.start(), m.end()))
    taken = [(f.start, f.end) for f in found]
    for lead in matches_at_words(_MEDIAN_WORD, text, ("median",)):
        stop = _CLAUSE_END.search(text, lead.end(), lead.end() + _PAIR_REACH)
        limit = stop.start() if stop else _past_number(text, lead.end() + _PAIR_REACH)
        pair = _PLAIN_PAIR.search(text, lead.end(), limit)  # one "median", one pair
        if pair is None or any(s < pair.end() and pair.start() < e for s, e in taken):
            continue
        for name in ("a", "b"):
            value = parse_number(pair.group(name))
            if value is not None:
                found.append(Median(value, None, None, None, pair.start(name), pair.end(name)))
        taken.append((pair.start(), pair.end()))
    return sorted(found, key=lambda f: f.start)


@dataclass(frozen=True, slots=True)
class ArmCount:
    """ "27 relapses in the A group and 31 in the B group": one arm's count of events."""

    events: int
    start: int
    end: int


_ARM_COUNT_AFTER_N = (
    r"(?![\w%/·]|[.,]\d|\s*[(\[])"
    # the noun maybe in quotes: '60 "failures" in the A arm'
    r"(?P<noun>(?:\s+[\"“]?(?!(?:in|with|on|among|receiving|and|or|vs|versus|of|the)\b(?!-))"
    r"[a-zA-Z][\w-]*[\"”]?(?:\s+of\s+[a-zA-Z][\w-]*)?){0,3}?"
    r"(?:(?<=[a-zA-Z])\s+\([A-Za-z][\w-]{0,11}\))?)"  # its short form: "10 relapses (RLs) in A"
    r"(?:\s+(?:occurred|occurring|were\s+(?:seen|observed|reported|recorded|noted)))?"
    # "of" only before a group: "107 patients of the control group"
    r"\s+(?P<prep>in|with|on|among|receiving|"
    r"of(?=\s+the\s+[^\d,;:()\[\]]{1,40}?\s+(?:group|arm)s?\b))\s+(?P<arm>[^\d,;:()\[\]]{1,60}?"
    # a group numbered: "10 relapses in group 1 and 31 in group 2"
    r"(?:(?:(?<=\b[Gg]roup)|(?<=\b[Aa]rm)|(?<=\b[Cc]ohort))\s+\d{1,2}(?![\d.,]\d))?)"
    r"(?=\s*[,;:()\[\]]|\s*\.(?:\s|$)|\s*$|\s+(?:and|vs\.?|versus|v\.?|compared|whereas|"
    r"while|but|than|respectively|developed|had|were|was|experienced)\b)"
)
_ARM_COUNT = re.compile(
    rf"(?<![\w.,/=·-])(?P<n>{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})" + _ARM_COUNT_AFTER_N
)
# _ARM_COUNT where its count is in digits, opening with the first digit, the lookbehind
# written after it (a pattern that opens with a lookbehind is tried at every position)
_ARM_COUNT_DIGITS = re.compile(
    rf"(?P<n>\d(?<![\w.,/=·-]\d){COUNT_AFTER_DIGIT_PATTERN})" + _ARM_COUNT_AFTER_N
)


def _arm_count_matches(text: str) -> list[re.Match[str]]:
    """What ``_ARM_COUNT.finditer(text)`` gives: at each step the first match in digits
    (``_ARM_COUNT_DIGITS``) or, where it comes first, in words, the pattern tried only where a
    count in words may start (``word_number_starts``); a match opens with a digit or a letter,
    never both. Several times faster than trying every position."""
    starts = word_number_starts(text)
    if starts is None:
        return list(_ARM_COUNT.finditer(text))
    found: list[re.Match[str]] = []
    pos, index = 0, 0
    while True:
        digits = _ARM_COUNT_DIGITS.search(text, pos)
        limit = digits.start() if digits is not None else len(text)
        words = None
        while index < len(starts) and starts[index] < limit:
            if starts[index] >= pos:
                words = _ARM_COUNT.match(text, starts[index])
                if words is not None:
                    break
            index += 1
        m = words or digits
        if m is None:
            return found
        found.append(m)
        pos = m.end()


_COUNT_GAP = re.compile(
    r"(?i)\s*,?\s*(?:(?:and|vs\.?|versus|v\.?|compared\s+(?:with|to)|whereas|while|but)\s+"
    r"(?:(?:in|among)\s+)?)?"  # "... in the A group and in 37 patients in the B group"
    r"(?:(?:only|just)\s+)?"
)
_NOT_EVENT_NOUN = re.compile(
    r"(?i)\b(?:years?|months?|weeks?|days?|hours?|minutes?|mg|g|kg|ml|cm|mm|times|fold|"
    r"cycles?|doses?|sessions?|visits?|centres?|centers?|sites?|hospitals?|points?|percent|"
    r"euros?|dollars?|practices)\b"
)
# the words of a sentence that counts each arm's people, not events: its counts are sizes
SIZE_WORDS = re.compile(
    r"(?i)\b(?:randomi[sz]ed|assigned|allocated|enrolled|included|recruited|analy[sz]ed|"
    r"evaluable|assessable|available|completed|completers?|received|treated|eligible|"
    r"distributed|leaving|withdr\w*|started|comprised|assessed)\b"
)


def find_arm_counts(text: str) -> list[ArmCount]:
    """Counts of events each written before the arm they belong to, two or more in a row:
    "27 local relapses in the A group and 31 in the B group", "12 deaths with drug A vs 20
    with placebo". Not a count of a unit ("6 months in A"), not one followed by its
    percentage (``find_count_percents`` reads those), not in a sentence that allocates,
    includes or analyses people ("46 were randomised to A and 44 to B", "120 patients in
    group A and 118 in group B completed the study"): those are group sizes."""
    found: list[ArmCount] = []
    for run in _runs(_arm_count_matches(text), _COUNT_GAP, text):
        if any(_NOT_EVENT_NOUN.search(m.group("noun")) for m in run):
            continue
        begin, stop = sentence_bounds(text, run[0].start(), run[-1].end())
        if SIZE_WORDS.search(text, begin, stop):
            continue
        for m in run:
            n = parse_count(m.group("n"))
            if n is not None:
                found.append(ArmCount(n, m.start("n"), m.end("noun") or m.end("n")))
    return found


def find_compared_counts(text: str) -> list[ArmCount]:
    """Two whole numbers compared by "vs" that count people or events, in a sentence that says
    so before them: "More patients in the placebo group required rescue medication (21 vs. 8;
    p = 0.01)", "increased the number of serious adverse events (35 versus 18; P=0.020)", "(8
    vs 1 patients)", "(2 vs 8 cumulative cases)", "X was more frequent with A (eight v one)",
    or a ratio of risks or odds follows them ("(147 vs 200, odds ratio 0.72)"). Not numbers
    with a unit or a "%" ("3 vs 5 months"), nor a list."""
    found: list[ArmCount] = []
    for m in _COMPARED_COUNTS.finditer(text):
        begin, _ = sentence_bounds(text, m.start(), m.end())
        if not (
            m["noun"]
            or _COUNT_CUE.search(text, max(begin, m.start() - 200), m.start())
            or _COUNTS_RATIO_AFTER.match(text, m.end())
        ):
            continue
        a, b = parse_count(m["a"]), 0 if m["b"].lower() == "none" else parse_count(m["b"])
        if a is None or b is None:
            continue
        found.append(ArmCount(a, m.start("a"), m.end("a")))
        found.append(ArmCount(b, m.start("b"), m.end("b")))
    return found


def find_bracket_counts(text: str) -> list[ArmCount]:
    """Counts of events that open a bracket after their arm, two or more in one sentence:
    "fewer deaths with A (six deaths, 0.009% per year) than with placebo (16 deaths, ...)",
    "less often with A (20 events) than with B (31 events)". Not people ("(20 patients)": a
    size), not one bracket alone."""
    if "(" not in text:
        return []
    by_sentence: dict[int, list[re.Match[str]]] = {}
    for m in _BRACKET_COUNT.finditer(text):
        begin, _ = sentence_bounds(text, m.start(), m.end())
        by_sentence.setdefault(begin, []).append(m)
    found: list[ArmCount] = []
    for run in by_sentence.values():
        counts = [(parse_count(m["n"]), m) for m in run]
        if len(run) >= 2 and all(n is not None for n, _ in counts):
            found.extend(ArmCount(n, m.start("n"), m.end()) for n, m in counts if n is not None)
    return found


def find_split_counts(text: str) -> list[ArmCount]:
    """A total count split by arm in the bracket right after it, each part a count and the
    arm's name, the parts adding up to the total: "399 recurrences (164 letrozole and 235
    placebo) occurred", "136 women (74 placebo, 62 tamoxifen) developed X". Not parts that
    do not add up ("20 patients (12 men and 6 women)" is no split of 20 by arm), nor a
    count followed by a unit ("(5 mg and 10 mg)")."""
    found: list[ArmCount] = []
    for m in _SPLIT_COUNTS.finditer(text) if "(" in text else ():
        total, a, b = (parse_count(m[g]) for g in ("total", "a", "b"))
        if total is None or a is None or b is None or a + b != total:
            continue
        if _UNIT_NAME.match(m["na"]) or _UNIT_NAME.match(m["nb"]):
            continue
        found.append(ArmCount(a, m.start("a"), m.end("a")))
        found.append(ArmCount(b, m.start("b"), m.end("b")))
    return found


_SPLIT_COUNTS = re.compile(
    # the noun's short form may come first: "399 recurrences or CLBCs (CLBCs) (164 A and 235 B)"
    r"(?<![\w.,])(?P<total>\d{1,3}(?:,\d{3})*|\d+)\s+(?:[A-Za-z][\w-]*\s+){1,6}?"
    r"(?:\([A-Za-z][\w-]{0,11}\)\s+)?\(\s*"
    r"(?P<a>\d{1,5})\s+(?P<na>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*(?:,|and|vs\.?|versus)\s*"
    r"(?P<b>\d{1,5})\s+(?P<nb>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*\)"
)
_UNIT_NAME = re.compile(
    r"(?i)(?:mg|g|kg|ml|mcg|µg|iu|units?|days?|weeks?|months?|years?|hours?|min|cycles?|doses?)\b"
)


_COUNTED_NOUNS = (
    r"(?:patients|participants|subjects|women|men|children|infants|people|" + _EVENT_NOUNS + ")"
)
_BRACKET_COUNT = re.compile(
    rf"(?<=\()\s*(?P<n>\d[\d,]*|{WORD_NUMBER_PATTERN})\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:{_EVENT_NOUNS}|fractures)(?=\s*[,;)])",
    re.IGNORECASE,
)
_COMPARED_COUNTS = re.compile(  # opening a bracket, or counting its noun; "(eight v one)"
    rf"(?:(?<=\()|(?<=\(\s))(?P<a>\d{{1,5}}|{WORD_NUMBER_PATTERN})\s*(?:vs\.?|versus|v\.?)\s*"
    # the noun maybe after a word of how it was counted: "(2 vs 8 cumulative cases)"
    rf"(?P<b>\d{{1,5}}|{WORD_NUMBER_PATTERN}|none)"
    rf"(?:\s+(?:(?:cumulative|total|new|separate|confirmed)\s+)?(?P<noun>{_COUNTED_NOUNS}))?"
    r"(?=\s*[;,)])",
    re.IGNORECASE,
)
# a ratio of risks or odds right after the pair, in its bracket: the pair counts events ("(147
# vs 200, odds ratio 0.72, ...)"); not a hazard ratio, which may follow two times
_COUNTS_RATIO_AFTER = re.compile(
    r"\s*[,;]\s*(?:(?i:(?:adjusted\s+)?(?:odds|risk|rate)\s+ratio|relative\s+risk)|"
    r"a?(?:OR|RR|IRR))\b"
)
# events counted beside those a bracket may count ("fewer ER-positive cancers (1 vs 10)")
_COUNTED_EVENTS = (
    r"(?:cancers|tumou?rs|fractures|strokes|falls|seizures|exacerbations|admissions|"
    r"hospitali[sz]ations)"
)
_COUNT_CUE = re.compile(
    rf"(?i)\b(?:more|fewer|less|number\s+of|numbers\s+of|differences?\s+in)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_COUNTED_NOUNS}|{_COUNTED_EVENTS})\b"
    # "X was more frequent in the A arm (8 v 1)": how often X occurred, counted
    r"|\b(?:more|less)\s+(?:frequent(?:ly)?|common(?:ly)?|often)\b"
)


@dataclass(frozen=True, slots=True)
class AnalysedCount:
    """ "19 and 23 completed", "analysed 45 in group A and 43 in group B": how many of one
    arm completed the trial or were analysed; ``arm`` is the text naming the arm, if any."""

    n: int
    start: int
    end: int
    arm: str | None


_ANALYSED_VERB = (
    r"(?:completed|finished|analy[sz]ed|evaluable|assessable|analy[sz]able|"
    r"(?:evaluated|assessed)(?!\s+for\s+eligibility)|"
    r"(?:included|retained|available)\s+(?:in|for)\s+(?:the\s+)?"
    r"(?:final\s+|primary\s+|per[-\s]protocol\s+|intention[-\s]to[-\s]treat\s+|efficacy\s+)?"
    r"(?:analys[ie]s|evaluation|follow[-\s]up))\b"
)
_ANALYSED_HINT = re.compile(r"(?i)complet|finish|analy|evaluabl|assess|evaluat")


def _says_analysed(text: str) -> bool:
    """Whether ``_ANALYSED_HINT`` is found in ``text``: its words looked up in the lower-cased
    text (``caseless.lowered``), 6 times faster than the case-insensitive search."""
    lower = lowered(text)
    if lower is None:
        return _ANALYSED_HINT.search(text) is not None
    return (
        "complet" in lower
        or "finish" in lower
        or "analy" in lower
        or "evaluabl" in lower
        or "assess" in lower
        or "evaluat" in lower
    )


_PEOPLE = rf"(?:\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{SUBJECT_NOUNS_PATTERN}))"
_COUNT_ITEM = rf"(?:{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})"
# "19 and 23 students completed", "of whom 40 and 38 were analysed", "40 and 38 evaluable
# patients": a list of counts, then the people, then completing or being analysed
_ANALYSED_LIST = re.compile(
    rf"(?<![\w.,/=·-])(?P<list>{_COUNT_ITEM}(?:\s*,\s*{_COUNT_ITEM})*\s*,?\s*(?:and|vs\.?|versus)"
    rf"\s+{_COUNT_ITEM})(?![\w%/·]|[.,]\d)"
    rf"(?:(?:\s+(?P<adjective>evaluable|assessable|analy[sz]able))?{_PEOPLE})?"
    r"(?:\s+in\s+(?:the\s+|each\s+|both\s+)?(?:two\s+|three\s+|respective\s+)?(?:groups?|arms?))?"
    r"(?:\s*,?\s*respectively\s*,?)?"
    rf"(?(adjective)|\s+(?:(?:who|that)\s+)?(?:(?:were|was|had|have|been)\s+)*"
    rf"(?:(?:successfully|fully|finally|eventually)\s+)?{_ANALYSED_VERB})"
)
_LIST_NUMBER = re.compile(rf"{_COUNT_ITEM}")
# "45 in group A", "43 patients receiving placebo": a count written before its arm
_ANALYSED_ITEM = re.compile(
    rf"(?<![\w.,/=·-])(?P<n>{_COUNT_ITEM})(?![\w%/·]|[.,]\d){_PEOPLE}?"
    r"\s+(?:in|from|with|on|receiving|of)\s+(?P<arm>[^\d,;:()\[\]]{1,60}?)"
    r"(?=\s*[,;:()\[\]]|\s*\.(?:\s|$)|\s*$|\s+(?:and|vs\.?|versus|compared|whereas|while|but|"
    r"respectively|were|was|who|had|have|did|completed|finished|analy[sz]ed|included)\b)"
)
_ITEM_GAP = re.compile(r"(?i)\s*[,;]?\s*(?:(?:and|while|whereas|vs\.?|versus)\s+)?")
_VERB_AFTER = re.compile(
    rf"(?i)\s*\)?\s*,?\s*(?:respectively\s*,?\s*)?(?:(?:who|that)\s+)?"
    rf"(?:(?:were|was|had|have|been)\s+)*(?:(?:successfully|fully|finally)\s+)?{_ANALYSED_VERB}"
)
_VERB_BEFORE = re.compile(
    rf"(?i)(?:{_ANALYSED_VERB}|\banalys[ie]s\s+(?:included|comprised))[^\d;.]{{0,40}}$"
)
_NOT_LIST_BEFORE = re.compile(
    r"(?i)\b(?:between|from|since|until|aged?|ages|during|days?|weeks?|months?|years?|visits?|"
    r"cycles?|sessions?|doses?|phases?|stages?|grades?|waves?|groups?|arms?|sites?)\s*$"
)
_HUNDRED_AND = re.compile(r"(?i)hundred[-\s]+and\b")
_NOT_ANALYSED = re.compile(
    r"(?i)\b(?:not|never|failed|unable|without|randomi[sz]ed|assigned|allocated|enrolled|"
    r"recruited|withdr\w*|lost|excluded|discontinu\w*|dropped)\b"
)


def find_analysed_counts(text: str) -> list[AnalysedCount]:
    """How many of each arm completed the trial or were analysed: a list of counts before
    "completed"/"were analysed"/"evaluable" ("19 and 23 students completed the programme",
    "of whom 40 and 38 were analysed", "40 and 38 evaluable patients"; ``arm`` None, the
    caller maps them to the arms in order), or counts each written before its arm, next to
    such a verb ("analysed 45 in group A and 43 in group B", "40 patients in group A and 38
    in group B completed the study"). Not counts that did not complete, withdrew or were
    lost or excluded, and not counts randomised or assigned."""
    if not _says_analysed(text):
        return []
    found: list[AnalysedCount] = []
    for m in _ANALYSED_LIST.finditer(text):
        if _NOT_ANALYSED.search(m.group(0)) or _NOT_LIST_BEFORE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue
        numbers = list(_LIST_NUMBER.finditer(text, m.start("list"), m.end("list")))
        counts = [parse_count(n.group(0)) for n in numbers]
        if len(numbers) < 2 or _HUNDRED_AND.search(m.group("list")):
            continue  # "One hundred and eleven patients": one count
        for n, count in zip(numbers, counts, strict=True):
            if count is not None and count > 0:
                found.append(AnalysedCount(count, n.start(), n.end(), None))
    for run in _runs(_ANALYSED_ITEM.finditer(text), _ITEM_GAP, text):
        first, last = run[0], run[-1]
        before = _VERB_BEFORE.search(text, max(0, first.start() - 60), first.start())
        after = _VERB_AFTER.match(text, last.end())
        if before is not None:
            between = text[before.start() : first.start()]
        elif after is not None:
            between = text[last.end() : after.end()]
        else:
            continue
        if _NOT_ANALYSED.search(between) or any(_NOT_ANALYSED.search(m.group(0)) for m in run):
            continue
        for m in run:
            count = parse_count(m.group("n"))
            if count is not None and count > 0 and not any(f.start == m.start("n") for f in found):
                found.append(AnalysedCount(count, m.start("n"), m.end("arm"), m.group("arm")))
    return sorted(found, key=lambda f: f.start)
