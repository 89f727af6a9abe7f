"""Faster readings of numbers that must find exactly what the plain scans find."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from extractors import (
    effect_estimates,
    named_values,
    numbers,
    numbers_summary,
    standardized_effects,
)
from extractors.caseless import lowered
from extractors.numbers import _PERCENT, _SHARED_PERCENT, find_percents, find_shared_percents
from extractors.numbers import _percent_matches as percent_matches
from extractors.numbers import _shared_percent_matches as shared_percent_matches
from extractors.numbers_summary import _PLAIN_PAIR_MEANS, find_plain_value_pairs
from extractors.numbers_summary import _plain_pair_patterns as plain_pair_patterns

TEXTS = [
    "Relief was 53.3% with A and −4 % with B (95% CI 2-9; 12.5 %CI).",
    "Rates of 74.1 versus 70.7%, 89.6 and 76.6%, 12, 15 and 20% and 3 or 4 %.",
    "(- 7 %) [−2.5% ] x5% 5%5% .5% 1·5% 3 vs. 4 v 5 %, 6/7% 8 and 9 % confidence interval",
    "Scores were 3.1 vs 4.2 points and 2.7 and 2.8 months, respectively; 5 v. 6 kg.",
    "between 10 and 20%, arm 1 and 40%, 1.2 versus\u00a03.4 %",
    "",
    "%%%",
]
PIECES = [
    "5", "12.5", "−3", "- ", "0·4", ".7", "%", " %", " percent", "(", ")", "[", " ", ",", ", ",
    " and ", " or ", " vs ", " vs. ", " v ", " versus ", "/", " CI", " credible intervals",
    " points", " mg", " respectively", "x", "arm", "\u00a0", "\n", "-", "v", "and",
]  # fmt: skip


def _each(texts: list[str], check: Callable[[str], None]) -> None:
    """``check`` on each of ``texts`` within one test (thousands of cases as a test each cost
    pytest more than the checks), naming the text that fails."""
    for text in texts:
        try:
            check(text)
        except AssertionError as error:
            raise AssertionError(f"{text!r}: {error}") from error


def _random_texts(count: int) -> list[str]:
    rng = random.Random(6)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25))) for _ in range(count)]


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _percents_as_the_whole_scans(text: str) -> None:
    assert _spans(percent_matches(text)) == _spans(list(_PERCENT.finditer(text)))
    assert _spans(shared_percent_matches(text)) == _spans(list(_SHARED_PERCENT.finditer(text)))
    for pattern in _PLAIN_PAIR_MEANS:
        if pattern not in plain_pair_patterns(text):
            assert pattern.search(text) is None


def test_percents_as_the_whole_scans() -> None:
    _each(TEXTS + _random_texts(3000), _percents_as_the_whole_scans)


def test_percent_readings() -> None:
    assert [p.value for p in find_percents(TEXTS[0])] == [53.3, -4.0]  # not "12.5 %CI"
    # not after "of" ("of 74.1"); not in a list ("3.1 vs 4.2 points and 2.7")
    assert [p.value for p in find_shared_percents(TEXTS[1])] == [89.6, 12.0, 15.0, 3.0]
    assert [p.value for p in find_plain_value_pairs(TEXTS[3])] == [2.7, 2.8]


LEAD_PIECES = [
    "median", "Medians", "MEDIAN", "mean", "Average", "survival", "Time to", " progression",
    "time-to-event", "duration of response", "Response duration", "OS", "os", "PFS", "TtPD",
    "ttpd", "DoR", "mOS", "mPFS", "xmOS", "follow", " age", "aged", "İ", "ı", "ſ", "K",
    " ", "-", "s", "e", "(", "3.1", "\n", "_", "é",
]  # fmt: skip


def _random_lead_texts(count: int) -> list[str]:
    rng = random.Random(7)
    return [
        "".join(rng.choice(LEAD_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)
    ]


def _plain_leads(text: str) -> list[tuple[int, str]]:
    """``named_values._leads`` as the plain (?i) scans of the text give them."""
    leads = [(m.end(), "median") for m in named_values._MEDIAN_LEAD.finditer(text)]
    leads += [(m.end(), "time") for m in named_values._TIME_LEAD.finditer(text)]
    plain_median_time = re.compile(r"\bm(?:OS|PFS|DFS|EFS|RFS|TTP|TTF|TTR|DOR|DoR)\b")
    leads += [(m.end(), "time") for m in plain_median_time.finditer(text)]
    leads += [(m.end(), "mean") for m in named_values._MEAN_LEAD.finditer(text)]
    return sorted(leads)


def _named_value_leads_as_the_plain_scans(text: str) -> None:
    assert named_values._leads(text) == _plain_leads(text)


def test_named_value_leads_as_the_plain_scans() -> None:
    _each(_random_lead_texts(3000), _named_value_leads_as_the_plain_scans)


def test_lowered_only_where_the_case_folds_agree() -> None:
    assert lowered("Median OS") == "median os"
    assert lowered("MEDİAN") is None  # "İ" lower-cases to two characters


COUNT_PIECES = [
    "Twenty", "twenty-four", "one", "None", "none", "Seventeen", "seven", " hundred", " and ",
    "thousand", "often", "x", "_", "İ", "ſ", " ", "-", "12", "1 204", "24\u00a0749", ",", ".",
    "·", "3", " patients", " women", " of ", "/", " out of ", "(", ")", "%", " type ",
]  # fmt: skip


def _random_count_texts(count: int) -> list[str]:
    rng = random.Random(8)
    return [
        "".join(rng.choice(COUNT_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(count)
    ]


def _counts_as_the_plain_scans(text: str) -> None:
    for pattern in (numbers._N_NOUNS[1], numbers._FRACTIONS[1]):
        assert _spans(numbers.word_number_matches(pattern, text)) == _spans(
            list(pattern.finditer(text))
        )
    plain = re.compile(rf"(?P<n>{numbers._SPACED_COUNT}|\d[\d,]*){numbers._N_NOUN_TAIL}")
    assert _spans(list(numbers._N_NOUNS[0].finditer(text))) == _spans(list(plain.finditer(text)))


def test_counts_as_the_plain_scans() -> None:
    _each(_random_count_texts(3000), _counts_as_the_plain_scans)


EFFECT_PIECES = [
    "odds ratio", "Odds Ratios", "ADJUSTED ", "adjusted ", "hazard ratio", "relative risk",
    "risk difference", "Rate difference", "mean difference", "Weighted mean difference",
    "standardised mean difference", "treatment ", "between-groups ", "estimated ", "absolute ",
    "differences", "OR", "aOR", "AHR", "HRs", "RRadj", "RD", "WMD", "SMD", "MD", "[", "]", "(",
    ")", " ", "=", " = ", ":", ",", ";", "0.72", "-1.2", "12", "%", " percent", " pp",
    " percentage points higher", "2.2 times more likely", "3-fold increased risk",
    "95% CI 0.60-0.86", "Cohen's d", "hedges g", "Effect size", " d", "g", " d = 0.4",
    "x", "-", "İ", "ı", "ſ", "K", "\n",
]  # fmt: skip


EFFECT_NAMES = [p for p in EFFECT_PIECES if p[:1].isalpha() and p not in ("x", "g", "K")]
EFFECT_TAILS = ["%", " percent", " pp", "", " (95% CI 0.60-0.86)", " [1.1 to 2.3]", "s"]


def _random_effect_texts(count: int) -> list[str]:
    """Random pieces, and names with a separator, a value and what may follow it."""
    rng = random.Random(9)

    def named() -> str:
        name, sep = rng.choice(EFFECT_NAMES), rng.choice([" ", " = ", ": ", ", ", " of ", ""])
        return name + sep + rng.choice(["0.72", "-1.2", "12", "- 3"]) + rng.choice(EFFECT_TAILS)

    return [
        "".join(
            named() if rng.random() < 0.3 else rng.choice(EFFECT_PIECES)
            for _ in range(rng.randint(0, 10))
        )
        for _ in range(count)
    ]


def _effects_as_the_plain_scans(text: str) -> None:
    ee, se = effect_estimates, standardized_effects
    for fast, pattern in (
        (ee._effect_matches, ee._EFFECT),
        (ee._percent_difference_matches, ee._PERCENT_DIFFERENCE),
        (se._named_matches, se._NAMED),
        (se._bare_matches, se._BARE),
    ):
        assert _spans(fast(text)) == _spans(list(pattern.finditer(text)))
    if "pp" not in text and "percent" not in text.lower():
        assert ee._POINTS_COMPARED.search(text) is None
    if "times" not in text and "fold" not in text:
        assert ee._TIMES_RATIO.search(text) is None


def test_effects_as_the_plain_scans() -> None:
    _each(_random_effect_texts(3000), _effects_as_the_plain_scans)


NUMBER_PIECES = [
    "0",
    "1",
    "7",
    "12",
    "-",
    "−",
    ".",
    "·",
    ",",
    " ",
    "e",
    "x",
    "10",
    "^",
    "٣",
    "9" * 400,
]


def _parse_number_plain_forms_as_the_rewritings(text: str) -> None:
    assert numbers.parse_number(text) == numbers.parse_number(" " + text)


def test_parse_number_plain_forms_as_the_rewritings() -> None:
    _each(
        ["".join(random.Random(n).choices(NUMBER_PIECES, k=n % 7)) for n in range(3000)]
        + ["-0.05", "12", "007", "1" * 400, "1,204", "24 749"],
        _parse_number_plain_forms_as_the_rewritings,
    )


STATISTIC_PIECES = [
    "p", "P", "P-value", "p values", " for trend", " (log-rank)", "=", " = ", "<", "≤", " of ",
    "0.05", ".03", "0,003", "n", "N", ":", "32", "1,204", "M", "Mean", "mean", " SD", ", SD = ",
    "3.56", "4.78", "month", "Months", "h", "d", "wk", "hr", "and", "x", "'", "’", "_", "4", "-",
    " ", "(", ")", "/", "İ",
]  # fmt: skip


def _random_statistic_texts(count: int) -> list[str]:
    """Random pieces, and statistics' names with a relation, a value and what may follow."""
    rng = random.Random(10)

    def named() -> str:
        name = rng.choice(["p", "P", "P-value", "n", "N", "M", "Mean", "mean", "xp", "2P", "aN"])
        relation = rng.choice([" = ", "=", "<", ": ", " of ", " for trend = "])
        value = rng.choice(["0.05", ".03", "32", "4.78", "1,204"])
        return name + relation + value + rng.choice(["", ", SD = 3.56", " ; SD 1.2", "%", "/"])

    return [
        "".join(
            named() if rng.random() < 0.3 else rng.choice(STATISTIC_PIECES)
            for _ in range(rng.randint(0, 10))
        )
        for _ in range(count)
    ]


def _statistics_as_the_plain_scans(text: str) -> None:
    """The patterns whose opening lookbehind or check is written after their first letters
    find what the plain ones find."""
    plain_p = re.compile(numbers.P_LABEL + numbers._P_VALUE.pattern.split(numbers._P_LABEL_TAIL)[1])
    assert _spans(list(numbers._P_VALUE.finditer(text))) == _spans(list(plain_p.finditer(text)))
    plain_n = re.compile(r"(?<![A-Za-z])[nN]" + numbers._N_EQUALS.pattern.split("[nN])", 1)[1])
    assert _spans(list(numbers._N_EQUALS.finditer(text))) == _spans(list(plain_n.finditer(text)))
    plain_units = re.compile(rf"(?:{numbers._cased(numbers._UNITS)})(?![\w'’])")
    units = [
        u
        for u in plain_units.finditer(text)
        if not (u.start() and (text[u.start() - 1].isalnum() or text[u.start() - 1] in "_'’"))
    ]
    assert _spans(list(numbers._TP_UNIT_WORD.finditer(text))) == _spans(units)
    assert numbers.find_named_mean_sds(text) == numbers._mean_sds(numbers._NAMED_MEAN_SD, text)


def test_statistics_as_the_plain_scans() -> None:
    _each(_random_statistic_texts(3000), _statistics_as_the_plain_scans)


WORDS_PERCENT_PIECES = [
    *PIECES, " per cent", "per\u00a0 cent", "percentage", "Percent", "super",
    "69.3 and 72.6 percent", "1 vs 2 per cent", "12, 15 and 20 percent", "3 or - 4 percent",
]  # fmt: skip


def _percents_in_words_as_the_whole_scans(text: str) -> None:
    for pattern, holds in (
        (numbers._PERCENT_IN_WORDS, numbers._IN_PERCENT),
        (numbers._SHARED_PERCENT_IN_WORDS, numbers._IN_SHARED_PERCENTS),
    ):
        assert _spans(numbers._words_matches(pattern, text, holds)) == _spans(
            list(pattern.finditer(text))
        )


def test_percents_in_words_as_the_whole_scans() -> None:
    _each(
        ["".join(random.Random(n).choices(WORDS_PERCENT_PIECES, k=n % 16)) for n in range(3000)],
        _percents_in_words_as_the_whole_scans,
    )


ARM_VALUE_PIECES = [
    "9.1", "-0.3", "(- 2", "3", "12", ".5", "0·4", " ", "  ", "points", " mg/dL", " kg", " in ",
    " with ", " for ", " among ", " on ", "the exercise group", "group A", "placebo", ",", ";",
    " and ", " compared with ", " vs ", "(", ")", ".", "x", "/", "-", "%", "\n", "in", "µg",
]  # fmt: skip


def _arm_values_as_the_whole_scan(text: str) -> None:
    assert _spans(numbers_summary._arm_value_matches(text)) == _spans(
        list(numbers_summary._ARM_VALUE.finditer(text))
    )


def test_arm_values_as_the_whole_scan() -> None:
    _each(
        ["".join(random.Random(n).choices(ARM_VALUE_PIECES, k=n % 18)) for n in range(3000)],
        _arm_values_as_the_whole_scan,
    )


def _mean_sd_headers_as_the_whole_scan(text: str) -> None:
    header = numbers_summary._MEAN_SD_HEADER
    assert _spans(numbers.matches_at_words(header, text, ("mean",))) == _spans(
        list(header.finditer(text))
    )


def test_mean_sd_headers_as_the_whole_scan() -> None:
    _each(
        [
            "".join(
                random.Random(n).choices(
                    [*LEAD_PIECES, " (SD)", "[S.D.]", "(", "SD", "means ( standard deviation)"],
                    k=n % 12,
                )
            )
            for n in range(3000)
        ],
        _mean_sd_headers_as_the_whole_scan,
    )


def test_count_words_open_with_the_words_found() -> None:
    firsts = ["none", *numbers._WORD_TENS, *numbers._WORD_UNITS]
    assert all(w.startswith(numbers._WORD_NUMBER_FIRSTS) for w in firsts)


MEAN_SD_PIECES = [
    "5.2", "1,204", "-0.4", "(- 7", "443.0", "±", " ± ", "+/-", "-/+", "+/−", "+-", "∓", " ",
    "1.3", ",", "(", "/+", "x", "·", "5.2 percentage points higher", "4 pp lower", "-3 percent",
    " Percentage-points reduction", "İ", "%", "-",
]  # fmt: skip


def _mean_sds_and_points_as_the_whole_scans(text: str) -> None:
    assert _spans(numbers._mean_sd_matches(text)) == _spans(list(numbers._MEAN_SD.finditer(text)))
    points = effect_estimates._POINTS_COMPARED
    assert _spans(effect_estimates._points_compared_matches(text)) == _spans(
        list(points.finditer(text))
    )


def test_mean_sds_and_points_as_the_whole_scans() -> None:
    _each(
        ["".join(random.Random(n).choices(MEAN_SD_PIECES, k=n % 12)) for n in range(3000)],
        _mean_sds_and_points_as_the_whole_scans,
    )


def _interval_hints_as_the_plain_scan(text: str) -> None:
    plain = re.compile(r"C\.?I\b|CrI\b|UI\b|[Ii]ntervals?\b")
    assert _spans(list(effect_estimates._CI_HINT.finditer(text))) == _spans(
        list(plain.finditer(text))
    )


def test_interval_hints_as_the_plain_scan() -> None:
    _each(
        [
            "".join(
                random.Random(n).choices([*EFFECT_PIECES, "C.I.", "CrI", "UI", "Interval"], k=n % 9)
            )
            for n in range(2000)
        ],
        _interval_hints_as_the_plain_scan,
    )


ARM_COUNT_PIECES = [
    *COUNT_PIECES, " relapses", " deaths", " in ", " with ", " among ", " receiving ", "group A",
    " the B group", " and ", " vs ", " occurred", " were observed", "COVID-19", ";", "=",
]  # fmt: skip


def _arm_counts_as_the_whole_scan(text: str) -> None:
    assert _spans(numbers_summary._arm_count_matches(text)) == _spans(
        list(numbers_summary._ARM_COUNT.finditer(text))
    )


def test_arm_counts_as_the_whole_scan() -> None:
    _each(
        ["".join(random.Random(n).choices(ARM_COUNT_PIECES, k=n % 16)) for n in range(3000)],
        _arm_counts_as_the_whole_scan,
    )


def test_word_number_starts_follow_the_text() -> None:
    """The starts are memoised for the last text: another text between gets its own."""
    first, second = "Twenty patients in A", "and none in B or seven"
    assert numbers.word_number_starts(first) == (0,)
    assert numbers.word_number_starts(second) == (4, 17)
    assert numbers.word_number_starts(first) == (0,)
    assert numbers.word_number_starts("İ one") is None


def _analysed_hint_as_the_plain_search(text: str) -> None:
    assert numbers_summary._says_analysed(text) == bool(numbers_summary._ANALYSED_HINT.search(text))


def test_analysed_hint_as_the_plain_search() -> None:
    _each(
        [
            "".join(
                random.Random(n).choices(
                    [
                        "Completed",
                        "FINISH",
                        "analysed",
                        "evaluable",
                        "ASSESSED",
                        "evaluat",
                        "İ",
                        "ſ",
                        "ı",
                        "x",
                        " ",
                        "assets",
                        "comple",
                    ],
                    k=n % 6,
                )
            )
            for n in range(1000)
        ],
        _analysed_hint_as_the_plain_search,
    )
