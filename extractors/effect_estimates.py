"""Effect estimates and their intervals as trial abstracts write them: pure parsing, no spaCy.

``find_intervals`` (confidence, credible, uncertainty and prediction intervals, with their
level), ``find_effects`` (a named measure, OR/RR/HR/MD/SMD/RD and their long names, with
its value and interval: "HR 0.72 (95% CI 0.60-0.86)"), ``find_percent_differences``
("absolute difference of 12 percentage points") and ``find_times_ratios`` ("2.2 times more
likely (95% CI 1.14-4.29)"); ``effect_measure`` and ``measure_name_end`` read a measure's
name. Like ``numbers``, from which it was split, every function takes a string, returns
matches with character offsets into it and never raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from extractors.bracket_lists import bracket_end
from extractors.caseless import lowered
from extractors.numbers import (
    CI_NAME_PATTERN,
    DASH_CHARS,
    DOT_PATTERN,
    NAMED_SIGNED_PATTERN,
    SIGNED_PATTERN,
    UNSIGNED_PATTERN,
    matches_at,
    matches_before,
    parse_number,
    word_starts,
)

_DOT = DOT_PATTERN
_UNSIGNED = UNSIGNED_PATTERN
_SIGNED = SIGNED_PATTERN
_NAMED_SIGNED = NAMED_SIGNED_PATTERN
_DASH = DASH_CHARS
_CI_NAME = CI_NAME_PATTERN


@dataclass(frozen=True, slots=True)
class Interval:
    level: float | None  # 0.95 for "95% CI"; None when the level is not written
    low: float
    high: float
    start: int
    end: int
    # "confidence" ("CI", also "compatibility interval"), "credible" ("CrI", "Bayesian
    # credible interval"), "uncertainty" ("UI", "uncertainty interval": a modelling study's
    # or Bayesian analysis's) or "prediction": only a confidence interval is an effect's CI,
    # which meta-analysis pools
    kind: str = "confidence"


@dataclass(frozen=True, slots=True)
class EffectSize:
    measure: str  # one of kg.model.EffectMeasure
    value: float
    interval: Interval | None
    start: int
    end: int
    # False for a difference the text does not name ("difference -18%"): a risk difference
    # only beside per-arm proportions (``find_percent_differences``)
    named: bool = True


# "C.I", "CrI", "UI", "interval": each alternative opens with its letter (not "[Ii]ntervals?"),
# so that the engine skips ahead to those letters: 3 times faster
_CI_HINT = re.compile(r"C\.?I\b|CrI\b|UI\b|Intervals?\b|intervals?\b")

_CI_NAME_BEFORE = re.compile(
    r"(?i)(?:(?:Bayesian\s+)?credible|confidence|uncertainty|compatibility|prediction)\s+$"
)

_CREDIBLE = re.compile(r"(?i)\bcredible\b|(?-i:CrI)")

_PREDICTION = re.compile(r"(?i)\bprediction\b")

_UNCERTAINTY = re.compile(r"(?i)\buncertainty\b|(?-i:\bUI\b)")

_CI_LEVEL_BEFORE = re.compile(rf"\d{{2}}(?:{_DOT}\d+)?\s*%\s*$")

# what an interval is of, between its name and its bounds: "for the difference", "of the mean
# difference between groups"
_CI_OF_DIFFERENCE = (
    r"(?:\s+(?i:for|of|in)\s+(?i:the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?i:differences?)"
    r"(?:\s+(?i:in)\s+(?i:means|medians|proportions|rates|risks?))?"
    r"(?:\s+(?i:between)\s+(?i:the\s+)?(?:(?i:two|treatment)\s+)?(?i:groups|arms))?)?"
)

# a lower bound whose minus sign is glued to the interval's name ("95%CI-6.9 to 3.2"): only
# before "to", "," or ";", since in "95%CI-0.5-0.9" the dash may as well part the name
_GLUED_LOW = rf"(?<=[A-Za-z])[-−‒]{_UNSIGNED}(?=\s*%?\s*(?:to\b|[,;…]))"

_CI = re.compile(
    rf"(?:(?P<level>\d{{2}}(?:{_DOT}\d+)?)\s*%\s*)?{_CI_NAME}"
    rf"(?:\s*[\[({{](?:\d{{2}}\s*%\s*)?[A-Za-z. ]{{1,6}}[\])}}])?{_CI_OF_DIFFERENCE}"
    rf"\s*(?:[:=,]|of|was|is)?\s*(?P<open>[\[(])?\s*(?P<lo>{_GLUED_LOW}|{_NAMED_SIGNED})\s*%?\s*"
    rf"(?:to|[{_DASH}]|,|;|…|\.\.\.?)\s*(?P<hi>{_NAMED_SIGNED})\s*%?(?(open)\s*[\])])"
)

# a bare interval in its bracket, which may go on with the p value ("[0.16, 0.49; P < 0.001]")
_BARE_CI = re.compile(
    rf"\s*[(\[]\s*(?P<lo>{_SIGNED})\s*(?:to|[{_DASH}]|,|;)\s*(?P<hi>{_SIGNED})"
    r"(?:\s*[)\]]|(?=\s*[;,]\s*[pP](?![A-Za-z])))"
)

# an interval given its level but not its name, in a bracket after it: "95% (0.26-1.54)";
# only the usual levels, and only right after an effect's value (``interval_after``)
_LEVEL_ONLY_CI = re.compile(
    rf"(?P<level>9[05]|99)\s*%\s*(?P<open>[(\[])\s*(?P<lo>{_NAMED_SIGNED})\s*"
    rf"(?:to|[{_DASH}]|,|;)\s*(?P<hi>{_NAMED_SIGNED})\s*[)\]]"
)


def _interval(m: re.Match[str]) -> Interval | None:
    low, high = parse_number(m.group("lo")), parse_number(m.group("hi"))
    if low is None or high is None or low > high:
        return None
    level_text = m.groupdict().get("level")
    level = parse_number(level_text) if level_text else None
    if level is not None and not 50 <= level < 100:
        return None
    named = m.group(0)[: m.start("lo") - m.start()]
    kind = (
        "credible"
        if _CREDIBLE.search(named)
        else "prediction"
        if _PREDICTION.search(named)
        else "uncertainty"
        if _UNCERTAINTY.search(named)
        else "confidence"
    )
    return Interval(None if level is None else level / 100, low, high, m.start(), m.end(), kind)


def find_intervals(text: str) -> list[Interval]:
    """Intervals: "95% CI 1.2-3.4", "95% CI, 1.2 to 3.4", "[−1.0 to 2]", also with the name's
    abbreviation in brackets and what it is of ("95% confidence interval (CI) for the
    difference, 1.1 to 9.3", "95% CI of the mean difference between groups 1.1-9.3",
    "95% CI for the difference in proportions 2 to 7"); also credible, uncertainty and
    prediction intervals ("95% CrI 0.61-0.93", "95% UI 0.55-0.91", "95% prediction interval
    0.4 to 1.4"), each with its ``kind``."""
    found: list[Interval] = []
    for hint in _CI_HINT.finditer(text):
        name_start = hint.start()
        if hint.group(0)[0] in "Ii":
            before = _CI_NAME_BEFORE.search(text, max(0, name_start - 20), name_start)
            if before is None:
                continue
            name_start = before.start()
        level = _CI_LEVEL_BEFORE.search(text, max(0, name_start - 12), name_start)
        m = _CI.match(text, level.start() if level else name_start)
        interval = _interval(m) if m else None
        if interval is not None and (not found or interval.start >= found[-1].end):
            found.append(interval)
    unnamed = list(_level_only_intervals(text))
    if unnamed:
        found = sorted(
            [
                *found,
                *(
                    u
                    for u in unnamed
                    if not any(f.start < u.end and u.start < f.end for f in found)
                ),
            ],
            key=lambda i: i.start,
        )
    return found


_VALUE_BEFORE_LEVEL = re.compile(rf"(?P<val>{_SIGNED})\s*[;,]\s*$")


def _level_only_intervals(text: str) -> Iterator[Interval]:
    """Intervals given their level but not their name, right after the estimate they hold:
    "0.66; 95% (0.25-1.76)" (a percentage with a range, "95% (90-98)", has no estimate before
    it, and one outside its bracket is no interval of it)."""
    for m in _LEVEL_ONLY_CI.finditer(text):
        before = _VALUE_BEFORE_LEVEL.search(text, max(0, m.start() - 20), m.start())
        value = parse_number(before.group("val")) if before else None
        interval = _interval(m)
        if value is not None and interval is not None and interval.low <= value <= interval.high:
            yield interval


_EFFECT_LONG = {
    "odds ratio": "odds ratio",
    "risk ratio": "risk ratio",
    "relative risk": "risk ratio",
    "hazard ratio": "hazard ratio",
    "mean difference": "mean difference",
    "weighted mean difference": "mean difference",
    "risk difference": "risk difference",
    "absolute risk difference": "risk difference",
    "standardized mean difference": "standardized mean difference",
    "standardised mean difference": "standardized mean difference",
}

_EFFECT_SHORT = {
    "OR": "odds ratio",
    "RR": "risk ratio",
    "HR": "hazard ratio",
    "MD": "mean difference",
    "WMD": "mean difference",
    "RD": "risk difference",
    "SMD": "standardized mean difference",
}


def effect_measure(name: str) -> str | None:
    """The measure an effect's written name stands for, singular or plural ("odds ratios",
    "relative risk", "SMDs"), or None."""
    words = " ".join(name.split())
    singular = words[:-1] if words.endswith("s") else words
    return _EFFECT_LONG.get(singular.lower()) or _EFFECT_SHORT.get(singular)


_SHORT_NAMES = "|".join(sorted(_EFFECT_SHORT, key=len, reverse=True))

# a measure's name as a phrase opens with it: "Adjusted odds ratios (aOR)", "pooled HR",
# "[RR]", "multivariable adjusted hazard ratios", then what it is of: "for death", "of X"
_MEASURE_NAME = re.compile(
    r"(?i:(?:(?:pooled|overall|summary|crude|unadjusted|adjusted|multivariable|multivariate|"
    r"multivariable-adjusted|multivariate-adjusted)\s+)*)"
    rf"(?:(?i:{'|'.join(sorted(_EFFECT_LONG, key=len, reverse=True))})s?"
    rf"(?:\s*[\[(][aA]?(?:{_SHORT_NAMES})s?[\])])?|[\[(][aA]?(?:{_SHORT_NAMES})s?[\])]"
    rf"|(?P<bare>[aA]?(?:{_SHORT_NAMES})s?))(?![\w-])(?P<of>\s+(?i:for|of|in)\s+)?"
)


def measure_name_end(text: str, start: int, end: int) -> int | None:
    """Where what follows the name of an effect measure that opens ``text[start:end]`` begins
    ("Adjusted hazard ratios for death in X": at "death"; "RRs of death": at "death"), ``end``
    when the phrase is the name alone ("[RR]", "odds ratio", "mean difference of -5.09": its
    value), None when it opens with no name. An abbreviation outside brackets counts only
    before what it is of: "HR" alone is as likely a heart rate."""
    m = _MEASURE_NAME.match(text, start, end)
    if m is None or (m.group("of") is None and (m.end() < end or m.group("bare"))):
        return None
    return m.end() if re.search("[A-Za-z]", text[m.end() : end]) else end


# "aOR", "aHR", "aRR", also "AOR", "AHR" (adjusted); not "ARR", an absolute risk reduction
_ADJUSTED = r"(?:a|A(?=OR|HR))?"

# after an abbreviation: a plural ("RRs", "aHRs") or the "adj" of adjusted run into it
# ("HRadj", "ORadj", written as a subscript)
_SHORT_TAIL = r"(?:s|adj)?"

_EFFECT = re.compile(
    r"(?<![\w-])(?:(?P<long>(?i:(?:adjusted\s+)?(?:"
    + "|".join(sorted(_EFFECT_LONG, key=len, reverse=True))
    + r")s?))|(?<=[\[(])(?P<boxed>"  # "[RR]: 1.59", "Risk Rate (RR): 1.16": alone in a bracket
    + _ADJUSTED
    + "(?:"
    + "|".join(sorted(_EFFECT_SHORT, key=len, reverse=True))
    + r"))[\])]|(?P<short>"
    + _ADJUSTED
    + "(?:"
    + "|".join(sorted(_EFFECT_SHORT, key=len, reverse=True))
    + ")"
    + _SHORT_TAIL
    + r"))(?![\w-])(?:\s*[\[(](?P<label>[^\])]{1,30})[\])])?"
    # what it is of, up to its verb, to an "of" whose value a bracket follows ("mean
    # difference in the total score of 2.03 (95% CI ...)"; not "for use of 2 or more drugs")
    # or to a value that a bracket, comma or semicolon follows ("HR for death 0.71 (95% CI
    # ...)", "odds ratio in women, 0.62; 95% CI ...")
    r"(?:\s+(?:for|of|in)\s+[^.;()=<>]{1,80}?"
    rf"(?=\s+(?:was|were|is)\b|\s+of\s+{_SIGNED}\s*[(\[,;]|,?\s+{_SIGNED}\s*[(\[,;]))?"
    # the groups compared, between the name and the value: "odds ratio aspirin vs. no
    # aspirin 1.07" (read only with an interval after the value)
    r"(?P<versus>\s+(?:(?:for|of)\s+)?[^\W\d][^\d.,;:()\[\]=<>]{0,40}?\s(?:vs\.?|versus)\s+"
    r"[^\W\d][^\d,;:()\[\]=<>]{0,40}?(?=\s*[:=,]?\s*[-−‒]?\d))?"
    r"\s*(?:[:=,]|of|was|is|were)?\s*(?:\+\s?)?"  # "mean difference +1.6 lines"
    r"(?:[βΒ]\s*[:=]?\s*)?"  # the model's coefficient: "adjusted mean difference: β 18.5"
    rf"(?P<val>{_NAMED_SIGNED})(?!\d|[.·]\d|\s*%)"  # "difference 5.2%" is no effect of 5
)

# where a match of _EFFECT can start: at the first word of a long name (in the lower-cased
# text), at an abbreviation or at the "a" or "A" of adjusted before it
_EFFECT_FIRST_WORDS = ("adjusted", *{name.split()[0] for name in _EFFECT_LONG})


def _effect_matches(text: str) -> list[re.Match[str]]:
    """What ``_EFFECT.finditer(text)`` gives, tried only where a match can start
    (``matches_at``): 6 to 10 times faster than trying every position."""
    lower = lowered(text)
    if lower is None:
        return list(_EFFECT.finditer(text))
    short = [at for s in word_starts(text, _EFFECT_SHORT) for at in (s, s - 1) if at >= 0]
    return matches_at(_EFFECT, text, [*word_starts(lower, _EFFECT_FIRST_WORDS), *short])


# a p value right after an abbreviated effect's value in its bracket: "(MD = 0.07; P < 0.05)"
_P_NEXT = re.compile(r"\s*[;,]\s*[pP](?:\s*[-‐]?\s*[vV]alues?)?\s*(?:[<>=≤≥]|of\b|was\b)")

# a rate per minute rather than a ratio: "(HR = 72; P = 0.03)" (heart rate), "RR 18" (breaths)
_RATE_NAMES = {"HR", "RR"}

_RATE_FROM = 10.0

# what may stand between an effect's value and its interval: a unit or two ("days"), also
# the value's standard error or its unit in brackets ("mean difference -1.1 (0.8); 95% CI
# ...", "mean difference: -16.08 (mg/dl) [95% CI ...]")
_CI_LEAD = re.compile(
    rf"(?:\s*\(\s*(?:{_UNSIGNED}|(?!CI\b)[A-Za-zµμ][A-Za-zµμ/%.\d]{{0,9}})\s*\))?"
    r"(?:\s*[A-Za-zµμ/%]{1,8}\.?(?=[\s,;(\[])){0,2}[\s,;:(\[]*"
)

# the level of an interval named in the effect's own bracket: "hazard ratio (95% CI), 1.61
# (1.20-2.15)", "OR [95% confidence interval] 2.1 [1.2-3.4]"
_LABEL_LEVEL = re.compile(rf"(?P<level>\d{{2}}(?:{_DOT}\d+)?)\s*%\s*{_CI_NAME}")


def interval_after(text: str, at: int) -> Interval | None:
    """The interval written right after an effect's value ending at ``at``: "(95% CI 1.2-3.4)",
    "; 95% CI: ...", "; 95% (1.2-3.4)" (the name left out), within 20 characters of lead-in,
    else a bare bracketed "(1.2-3.4)", also with the p value in its bracket "[1.2, 3.4; P <
    0.01]"."""
    lead = _CI_LEAD.match(text, at)
    start = lead.end() if lead else at
    ci = _CI.match(text, start) or _LEVEL_ONLY_CI.match(text, start) if start - at <= 20 else None
    if ci is None:
        ci = _BARE_CI.match(text, at)
    return _interval(ci) if ci is not None else None


def find_effects(text: str) -> list[EffectSize]:
    """Reported effect measures with their interval: "OR 2.1 (95% CI 1.2-3.4)", "HR, 0.7; 95%
    CI...", "[RR]:1.59 (95% CI: 1.40-1.81)", "mean difference - 0.3; 95% CI - 1.1 to 0.6".

    Abbreviated names (OR, RR, HR, MD, RD, SMD, also "aOR", "AHR", "(RR):") count only when
    an interval follows, so that "HR 72" (heart rate) is not read as a hazard ratio, or as a
    statistic of a bracket with a p value after the value (``_stated_with_p``; an HR or RR of
    10 or more is a rate per minute even so, and with a bare bracketed interval: "HR 72
    (60-84)" is a range). An interval written bare after the value takes the level the name's
    own bracket gives ("hazard ratio [95% CI], 1.61 [1.20-2.15]"). A long name may be plural
    ("Adjusted odds ratios ... were 2.67 (95% CI ...)"), a positive value signed ("+1.6").
    """
    found = []
    for m in _effect_matches(text):
        value = parse_number(m.group("val"))
        if value is None:
            continue
        if m.group("long"):
            name = " ".join(m.group("long").lower().split()).removeprefix("adjusted ")
            measure = _EFFECT_LONG[name.removesuffix("s")]
        else:
            measure = _EFFECT_SHORT[_unadjusted(m.group("short") or m.group("boxed"))]
        interval = _labelled(interval_after(text, m.end()), m.group("label"))
        if interval is None and (
            m.group("versus") or (not m.group("long") and not _stated_with_p(text, m, value))
        ):
            continue
        if m.group("boxed") and _RATE_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "rate ratio (RR) 0.8": no measure of the Record's (DESIGN.md)
        if interval is not None and interval.level is None and _a_rate(m, value):
            continue  # "HR 72 (60-84)": a heart rate and its range
        if interval is None and _listed_values(text, m):
            # "odds ratios of 1.8 and 2.4, respectively": one for each outcome, no one effect
            found += _respective_values(text, m, measure)
            continue
        if measure.endswith("ratio") and value <= 0:
            continue
        end = interval.end if interval else m.end()
        found.append(EffectSize(measure, value, interval, m.start(), end))
        if interval is not None and _plural(m):
            found += _listed_with_intervals(text, measure, m.end(), interval)
    return _with_carried(text, found)


def _plural(m: re.Match[str]) -> bool:
    """Whether the effect's name of ``m`` is plural: "odds ratios", "HRs", "aORs"."""
    name = m.group("long") or m.group("short") or ""
    return name.endswith("s")


# what joins one value with its interval to the next of a plural name's list: "and", ", and",
# ";" or ",", after the group the value was of ("1.03 (0.89-1.18) in heterozygotes and 0.91
# (0.72-1.16) in homozygotes")
_NEXT_LISTED = re.compile(
    r"(?:\s+(?:in|for|among|with|at)\s+[^\W\d][^\d,;()\[\]<>=]{0,40}?)?"
    rf"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?P<val>{_NAMED_SIGNED})(?!\d|[.·]\d|\s*%)"
)

_CLOSE_REACH = 60  # how far the bracket an interval opened may go on after it


def _closed(text: str, value_end: int, interval_end: int) -> int:
    """Where the brackets opened between a value and the end of its interval close ("(95% CI
    1.1-2.6, p < .001)": after the p value), ``interval_end`` when none is left open or it does
    not close within ``_CLOSE_REACH`` characters."""
    between = text[value_end:interval_end]
    depth = sum(between.count(c) for c in "([") - sum(between.count(c) for c in ")]")
    at = interval_end
    while depth > 0 and at < min(len(text), interval_end + _CLOSE_REACH):
        if text[at] in "([":
            return interval_end
        if text[at] in ")]":
            depth -= 1
        at += 1
    return at if depth == 0 else interval_end


def _listed_with_intervals(
    text: str, measure: str, value_end: int, interval: Interval
) -> list[EffectSize]:
    """The further values of a plural name's list, each with its own interval: "adjusted HRs of
    5.3 (95% CI 1.1-26.5, p < .001) and 4.6 (95% CI 1.9-11.1), respectively", "HRs 3.8 [95% CI
    1.8-8.0], 1.9 [95% CI 1.0-3.4], and 5.2 [95% CI 2.6-10.5]", "HRs were 1.03 (95% CI
    0.89-1.18) in heterozygotes and 0.91 (0.72-1.16) in homozygotes"; the level of the first
    interval goes to one written bare. A value without an interval, or outside it, ends the
    list."""
    listed: list[EffectSize] = []
    after = _closed(text, value_end, interval.end)
    while (m := _NEXT_LISTED.match(text, after)) is not None:
        value = parse_number(m.group("val"))
        own = interval_after(text, m.end())
        if value is None or own is None or own.kind != interval.kind:
            break
        if not own.low <= value <= own.high:
            break  # "0.91 (0.72-1.16)", not "2 groups (1-3)" nor a range
        if own.level is None:
            own = replace(own, level=interval.level)
        listed.append(EffectSize(measure, value, own, m.start("val"), own.end))
        after = _closed(text, m.end(), own.end)
    return listed


# a bracket that opens with a value and its own bare interval: "[2.64 (1.77-3.96)]", "(1.51
# [1.12-2.04]; P = .04)"
_VALUE_THEN_BRACKET = re.compile(rf"[(\[]\s*(?P<val>{_SIGNED})\s*(?=[(\[])")

_AFTER_CARRIED = re.compile(r"\s*[)\];,]")

_CARRY_REACH = 250


def _with_carried(text: str, found: list[EffectSize]) -> list[EffectSize]:
    """``found`` and the effects that later outcomes of the sentence give in the measure of
    the one before, each a value with its interval in a bracket of its own: "herpes zoster
    [risk ratio, 1.75 (95% CI 1.09-2.80)], bradycardia [2.64 (1.77-3.96)]", "DMFS (hazard
    ratio [95% CI], 1.61 [1.20-2.15]; P = .026) and OS (1.51 [1.12-2.04]; P = .05)". Only up
    to the sentence's end or the next named effect, only a value inside its interval, and
    only a bracket that ends or goes on to a p value after the interval (not "(14.2
    [12.1-16.3] months)", a median)."""
    carried: list[EffectSize] = []
    for index, effect in enumerate(found):
        if effect.interval is None:
            continue
        limit = min(len(text), effect.end + _CARRY_REACH)
        if index + 1 < len(found):
            limit = min(limit, found[index + 1].start)
        stop = text.find(". ", effect.end, limit)
        limit = stop if stop >= 0 else limit
        for m in _VALUE_THEN_BRACKET.finditer(text, effect.end, limit):
            value = parse_number(m.group("val"))
            bare = _BARE_CI.match(text, m.end())
            interval = _interval(bare) if bare is not None else None
            if value is None or interval is None or not interval.low <= value <= interval.high:
                continue
            if interval.end > limit or not _AFTER_CARRIED.match(text, interval.end):
                continue
            level = effect.interval.level if interval.level is None else interval.level
            interval = replace(interval, level=level)
            carried.append(EffectSize(effect.measure, value, interval, m.start() + 1, interval.end))
    return sorted([*found, *carried], key=lambda e: e.start) if carried else found


def _unadjusted(short: str) -> str:
    """An abbreviated measure's name without its "a" or "A" of adjusted, its "adj" or its
    plural "s": "aOR", "AHR", "HRadj", "RRs" -> "OR", "HR", "HR", "RR"; "RD" as it is."""
    name = short[1:] if short[0] in "aA" else short
    return name.removesuffix("adj").removesuffix("s")


_BRACKET_REACH = 200  # how far back a bracket that holds a statistic may open


def in_statistics_bracket(text: str, at: int) -> bool:
    """Whether ``at`` starts a statistic in a bracket: right after its opening ("(MD = ..."),
    or after a comma or semicolon in a bracket still open there ("(p < .001, d = ...")."""
    before = text[max(0, at - _BRACKET_REACH) : at].rstrip()
    if before.endswith(("(", "[")):
        return True
    if not before.endswith((",", ";")):
        return False
    depth = 0
    for char in reversed(before):
        if char in ")]":
            depth += 1
        elif char in "([":
            if depth == 0:
                return True
            depth -= 1
    return False


def _labelled(interval: Interval | None, label: str | None) -> Interval | None:
    """An interval written bare after the value takes the level its effect's bracket names
    ("hazard ratio (95% CI), 1.61 (1.20-2.15)": 0.95)."""
    found = _LABEL_LEVEL.search(label) if label and interval and interval.level is None else None
    level = parse_number(found.group("level")) if found else None
    if interval is None or level is None or not 50 <= level < 100:
        return interval
    return replace(interval, level=level / 100)


def _stated_with_p(text: str, m: re.Match[str], value: float) -> bool:
    """Whether an abbreviated effect without an interval is a statistic of its bracket: its
    name opens the bracket or follows a comma or semicolon in it, and a p value follows the
    value ("(MD = 0.07; P < 0.05)", "(OR: 2.1, p = 0.01)", "(33 vs 26 months, HR 0.75, P =
    0.011)"); not "(HR = 72; P = 0.03)", a heart rate."""
    if m.group("short") is None or not in_statistics_bracket(text, m.start()):
        return False
    if _a_rate(m, value):
        return False
    return _P_NEXT.match(text, m.end()) is not None


# a rate's name before an abbreviation in round brackets: "incidence rate ratio (RR)",
# "relative rate (RR)", "risk rate (RR)": rate ratios are no measure of the Record's
_RATE_NAME_BEFORE = re.compile(r"(?i)\brates?(?:\s+ratios?)?\s*\($")

# another value after a plural name's first: ", 0.44", " and 0.44", " & 0.44"
_NEXT_VALUE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?P<val>{_NAMED_SIGNED})")

_RESPECTIVELY_NEXT = re.compile(r"\s*,?\s*respectively\b")


def _respective_values(text: str, m: re.Match[str], measure: str) -> list[EffectSize]:
    """The values a plural name lists without intervals, one effect each, when "respectively"
    ends the list ("Adjusted odds ratios (aOR) for X and Y were 2.67 and 7.27 respectively":
    2.67 and 7.27, in the order of the outcomes they go with); [] when it does not, or a value
    is no number or no ratio (not above 0)."""
    spans = [(m.start("val"), m.end("val"))]
    while (next_value := _NEXT_VALUE.match(text, spans[-1][1])) is not None:
        spans.append((next_value.start("val"), next_value.end("val")))
    if not _RESPECTIVELY_NEXT.match(text, spans[-1][1]):
        return []
    values = [parse_number(text[s:e]) for s, e in spans]
    if any(v is None or (measure.endswith("ratio") and v <= 0) for v in values):
        return []
    return [
        EffectSize(measure, v, None, s, e)
        for v, (s, e) in zip(values, spans, strict=True)
        if v is not None
    ]


def _listed_values(text: str, m: re.Match[str]) -> bool:
    """Whether a plural name is followed by a list of values, one for each of several
    outcomes ("standardized mean differences of -0.61 and -0.44, respectively")."""
    long = m.group("long")
    return bool(long) and long.endswith("s") and _NEXT_VALUE.match(text, m.end()) is not None


def _a_rate(m: re.Match[str], value: float) -> bool:
    """Whether an abbreviated "HR" or "RR" of ``m`` is a rate per minute by its size ("HR 72")."""
    short = m.group("short") or m.group("boxed")
    return short is not None and _unadjusted(short) in _RATE_NAMES and abs(value) >= _RATE_FROM


# a difference the text does not name, with the words that may qualify it: "difference",
# "treatment difference", "adjusted between-group difference"; and the words such a phrase can
# open with (lower case; for ``matches_at_words``)
UNNAMED_DIFFERENCE_PATTERN = (
    r"(?i:(?:(?:adjusted|absolute|treatment|between-groups?|estimated)\s+)*differences?)"
)
UNNAMED_DIFFERENCE_FIRST_WORDS = (
    "adjusted", "absolute", "treatment", "between-group", "estimated", "difference",
)  # fmt: skip

_PERCENT_DIFFERENCE = re.compile(
    r"(?<![\w-])(?<![Mm]ean\s)(?:(?P<risk>(?i:(?:adjusted\s+)?(?:absolute\s+)?(?:risk|rate)\s+differences?)|"
    rf"RD)|(?P<plain>{UNNAMED_DIFFERENCE_PATTERN}))(?![\w-])(?:\s*[\[(][^\])]{{1,20}}[\])])?"
    r"\s*(?:[:=,]|of|was|is|were)?\s*"
    rf"(?P<val>{_SIGNED})\s*(?:%|(?i:percent(?:age)?\s+points?|pp\b|percent\b))"
)

# where a match of _PERCENT_DIFFERENCE can start: at its first word (in the lower-cased
# text) or at "RD"
_PERCENT_DIFFERENCE_FIRST_WORDS = ("risk", "rate", *UNNAMED_DIFFERENCE_FIRST_WORDS)


def _percent_difference_matches(text: str) -> list[re.Match[str]]:
    """What ``_PERCENT_DIFFERENCE.finditer(text)`` gives, tried only where a match can start
    (``matches_at``)."""
    lower = lowered(text)
    if lower is None:
        return list(_PERCENT_DIFFERENCE.finditer(text))
    starts = [*word_starts(lower, _PERCENT_DIFFERENCE_FIRST_WORDS), *word_starts(text, ["RD"])]
    return matches_at(_PERCENT_DIFFERENCE, text, starts)


# a difference of percentages told by its direction: "5.2 percentage points higher", "a
# 3-percentage-point reduction", "4.1 pp lower"; the sign is the direction's
_POINTS = r"(?:(?i:percentage|percent)[\s-]+points?|pp)"

_POINTS_COMPARED = re.compile(
    rf"(?<![\w.·-])(?P<val>{_UNSIGNED})\s*-?\s*{_POINTS}(?![\w-])[\s-]*"
    r"(?i:(?P<up>higher|greater|larger|more|increase|gain|improvement)|"
    r"(?P<down>lower|smaller|less|fewer|reduction|decrease|decline|drop))(?![\w-])"
)

# a share of people named before it: the difference is one of proportions, a risk difference
# ("the proportion in remission was 5.2 percentage points higher"; not "HbA1c was 0.4
# percentage points lower")
_SHARE_BEFORE = re.compile(
    r"(?i)\b(?:proportions?|percentages?\s+of\s+(?:patients|participants|subjects|people|"
    r"women|men|children|infants)|rates?|risks?|incidences?|prevalences?|probabilit(?:y|ies)|"
    r"likelihood)\b[^.;]*$"
)


def _in_points(char: str) -> bool:
    """Whether ``char`` can stand in a _POINTS_COMPARED match before its "percent" or "pp"."""
    return char.isdecimal() or char.isspace() or char in "-.·∙⋅"


def _points_compared_matches(text: str) -> list[re.Match[str]]:
    """What ``_POINTS_COMPARED.finditer(text)`` gives, tried only on the run of a number's
    characters before each "pp" and "percent" (the latter in any case; ``matches_before``)."""
    lower = lowered(text)
    if lower is None:
        return list(_POINTS_COMPARED.finditer(text))
    ends = [*word_starts(text, ("pp",)), *word_starts(lower, ("percent",))]
    return matches_before(_POINTS_COMPARED, text, ends, _in_points)


def _points_compared(text: str) -> Iterator[EffectSize]:
    """Risk differences told by their direction with an interval in the first bracket after
    (within 80 characters): "was 5.2 percentage points higher with A than with B (95% CI 1.1
    to 9.3)" -> 0.052 (0.011 to 0.093); "4 percentage points lower (95% CI 1 to 7)" -> -0.04
    (-0.07 to -0.01), an interval written without the sign taking the value's. ``named``
    where a share of people is named before it in the sentence (``_SHARE_BEFORE``)."""
    for m in _points_compared_matches(text):
        points = parse_number(m.group("val"))
        lead = _TO_BRACKET.match(text, m.end())
        if points is None or points > 100 or lead is None:
            continue
        interval = _bracket_interval(text, lead.start("open"))
        if interval is None or interval.kind != "confidence":
            continue
        if m.group("down") is not None:
            points = -points
            if interval.low <= -points <= interval.high:  # "lower (95% CI 1 to 7)"
                interval = replace(interval, low=-interval.high, high=-interval.low)
        if not interval.low <= points <= interval.high:
            continue
        scaled = replace(interval, low=_per_hundred(interval.low), high=_per_hundred(interval.high))
        sentence_start = max(text.rfind(". ", 0, m.start()) + 1, m.start() - 150, 0)
        named = _SHARE_BEFORE.search(text, sentence_start, m.start()) is not None
        yield EffectSize(
            "risk difference", _per_hundred(points), scaled, m.start(), interval.end, named
        )


def _per_hundred(points: float) -> float:
    """Percentage points as a proportion, without binary noise: 1.1 -> 0.011."""
    return round(points / 100, 10)


def find_percent_differences(text: str) -> list[EffectSize]:
    """Differences of percentages, as risk differences stored as proportions (the unit of
    ``kg.effects.risk_difference``): "risk difference 6.4%" -> 0.064, "RD -18% (95% CI -30% to
    -6%)" -> -0.18 (-0.30 to -0.06), "absolute difference of 12 percentage points".

    "risk difference", "rate difference" (of percentages: of proportions) and "RD" name the
    measure (RD only with an interval, as in ``find_effects``); a bare "difference" (also
    "treatment", "absolute", "adjusted" or "between-group difference") counts only with an
    interval and is ``named=False``: it is a risk difference only beside per-arm proportions
    ("difference 0.4%" of HbA1c is none). An interval written in the same unit is scaled with
    the value; one that holds the value only as a proportion is kept as it is; any other is
    dropped. Not "mean difference 5%". Also percentage points told by their direction ("5.2
    percentage points higher with A (95% CI 1.1 to 9.3)", ``_points_compared``).
    """
    found = list(_points_compared(text))
    for m in _percent_difference_matches(text):
        points = parse_number(m.group("val"))
        if points is None or not -100 <= points <= 100:
            continue
        named = m.group("risk") is not None
        interval = interval_after(text, m.end())
        if interval is None and (not named or m.group("risk") == "RD"):
            continue
        value = _per_hundred(points)
        scaled = interval
        if interval is not None:
            if interval.low <= points <= interval.high:
                scaled = Interval(
                    interval.level, _per_hundred(interval.low), _per_hundred(interval.high),
                    interval.start, interval.end, interval.kind,
                )  # fmt: skip
            elif not interval.low <= value <= interval.high:
                scaled = None
        end = interval.end if interval else m.end()
        if not any(f.start < end and m.start() < f.end for f in found):
            found.append(EffectSize("risk difference", value, scaled, m.start(), end, named))
    return sorted(found, key=lambda f: f.start)


# "2.2 times more likely", "3 times as likely", "2.78-fold increased risk", "11.2 times higher
# odds": a ratio written in words, with the measure it names ("risk", "odds", "hazard")
_TIMES_RATIO = re.compile(
    rf"(?<![\w.·-])(?P<val>{_UNSIGNED})\s*-?\s*(?:times|fold)\s+"
    r"(?:(?:more|as)\s+likely|(?:higher|greater|increased|raised|elevated)\s+"
    r"(?P<name>risk|odds|hazard)s?)(?![\w-])"
)

_TIMES_MEASURE = {"risk": "risk ratio", "odds": "odds ratio", "hazard": "hazard ratio"}

# what may stand between the wording and its bracket: "to discontinue treatment", "of SCD"
_TO_BRACKET = re.compile(rf"(?:[^()\[\]{{}};:.%<>=]|{_DOT}\d){{0,80}}?\s*(?P<open>[(\[])")


def _bracket_interval(text: str, open_at: int) -> Interval | None:
    """The interval a bracket opening at ``open_at`` holds: a named one anywhere in it ("(95%
    CI 1.14-4.29; p = 0.02)", "[p < 0.01; 95% CI 1.56, 6.98]") or a bare one at its start
    ("(1.14-4.29)", "([1.14-4.29]; p = 0.02)"); None when it also names an effect ("(HR =
    2.21; 95% CI ...)": that effect is the one reported)."""
    close = bracket_end(text, open_at)
    inner = text[open_at + 1 : close]
    if _EFFECT.search(inner):
        return None
    named = next((i for i in find_intervals(inner)), None)
    if named is not None:
        return replace(named, start=named.start + open_at + 1, end=named.end + open_at + 1)
    bare = _BARE_CI.match(text, open_at) or _BARE_CI.match(text, open_at + 1)
    return _interval(bare) if bare is not None and bare.end() <= close + 1 else None


def find_times_ratios(text: str) -> list[EffectSize]:
    """Ratios written in words with their interval: "2.2 times more likely (95% CI 1.14-4.29;
    p = 0.02) to stop", "3 times as likely (1.5-6.0)", "2.02 times higher risk of death (95% CI:
    1.21-3.38)", "2.78-fold increased risk of SCD (95% CI 1.35 to 5.72)", "11.2 times higher
    odds (...)".

    "Odds" and "hazard" name their measure; "risk" and "likely" give a risk ratio: "N times
    as likely" says that the probability of the event is N times as high, which is a risk
    ratio's definition (an author who computed an odds or hazard ratio and names it, "(HR =
    2.21; 95% CI ...)", has that effect read by ``find_effects`` instead, and this wording gives
    none). Only with an interval in the first bracket after the wording (within 80 characters
    of words: "to discontinue treatment") that holds the value, and only for a ratio above 1:
    "2.7 times less likely" may state 1/2.7 or 2.7 with its interval on either scale, and is
    left unread."""
    found: list[EffectSize] = []
    if "times" not in text and "fold" not in text:
        return found  # every match holds one of them
    for m in _TIMES_RATIO.finditer(text):
        value = parse_number(m.group("val"))
        lead = _TO_BRACKET.match(text, m.end())
        if value is None or value <= 1 or lead is None:
            continue
        interval = _bracket_interval(text, lead.start("open"))
        if interval is None or not interval.low <= value <= interval.high:
            continue
        measure = _TIMES_MEASURE.get(m.group("name") or "risk", "risk ratio")
        found.append(EffectSize(measure, value, interval, m.start(), interval.end))
    return found
