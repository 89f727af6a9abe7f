"""Dose and route of administration in an arm's description.

``dose_of("oral drug K 50 mg once daily")`` gives "50 mg once daily": each amount with a unit
(mg, g, µg, IU, mL, mg/kg, mg/m2, ...; ranges such as "10-20 mg" and per-time units such as
"2 mg/kg/day" included) with the schedule written right after it ("once daily", "twice a
day", "every 3 weeks", "at bedtime", "bid"), several joined by "; ". ``route_of`` gives the
routes named ("oral", "intravenous", "inhaled", ...), normalised, several joined by ", ".
Both give None where the description names none: a bare number ("10 sessions") is no dose,
and "IV" after "stage", "grade", "class" or "type" is a Roman numeral, not a route.
"""

from __future__ import annotations

import re

from extractors.numbers import parse_number

_NUMBER = r"\d+(?:[.,·]\d+)?"
_UNIT = (
    r"(?:mg|g|µg|μg|mcg|ug|ng|IU|iu|U|units?|mL|ml|L|mmol|µmol|μmol|mEq|meq|"
    r"%|gm|grams?|milligrams?|micrograms?|international\s+units)"
)
# "/kg/day", and "kg-1" as "0.5 mg.kg-1", "0.5 mL.kg(-1)" or "1 μg kg−1 h−1" write it
_PER = (
    r"(?:\s*/\s*(?:kg|m2|m²|day|d|hour|hr|h|min|week|wk|dose|L|mL)(?![a-z])"
    r"|[.·]?\s?(?:kg|hour|hr|h|min|day|d)\s?(?:[-−⁻]\s?1|\([-−]1\))(?!\d))*"
)
_SCHEDULE = (
    r"(?:\s*,?\s*(?:once|twice|thrice|(?:one|two|three|four|\d)\s+times?)\s+(?:a\s+|per\s+|"
    r"each\s+)?(?:day|daily|week|weekly|month|monthly)"
    r"|\s+(?:daily|weekly|monthly|nightly|per\s+day|a\s+day|at\s+bedtime|at\s+night|"
    r"in\s+the\s+(?:morning|evening)|b\.?i\.?d\.?|t\.?i\.?d\.?|q\.?i\.?d\.?|q\.?d\.?|o\.?d\.?)"
    r"|\s+every\s+(?:other\s+)?(?:\d+\s+)?(?:hours?|days?|weeks?|months?|h)"
    r"|\s+q\d+h)?"
)
_DOSE = re.compile(
    rf"(?<![\w.])(?P<amount>(?:{_NUMBER}\s*(?:-|–|to)\s*)?{_NUMBER}\s*{_UNIT}(?![\w])(?:{_PER}))"
    r"(?:\s+(?:orally|intravenously|subcutaneously|intramuscularly|i\.v\.|p\.o\.|s\.c\.))?"
    rf"(?P<schedule>{_SCHEDULE})"
)
# a percentage is a concentration ("0.5% drug T", "drug S 4%") only when it is below 50%,
# a word other than these follows or precedes it, and no statistic word stands just before
_NOT_DOSE_AFTER = re.compile(
    r"(?i)\s*(?:of|in|vs|versus|and|or|to|reduction|increase|decrease|lower|higher|"
    r"[^\w\s]|$)"
)
_NOT_DOSE_BEFORE = re.compile(
    r"(?i)(?:\b(?:was|were|of|in|by|to|and|or|mean|median|vs|versus|than|with|rate|"
    r"adherence|saturation|spo2|sao2)|[^\w\s])\s*$"
)

_ROUTES = (
    ("oral", r"oral(?:ly)?|per\s+os|p\.o\.|by\s+mouth"),
    ("intravenous", r"intravenous(?:ly)?|i\.v\.|(?<![Ss]tage\s)(?<![Gg]rade\s)"
     r"(?<![Cc]lass\s)(?<![Tt]ype\s)(?<![Pp]hase\s)\bIV\b"),
    ("subcutaneous", r"subcutaneous(?:ly)?|s\.c\.|s\.q\."),
    ("intramuscular", r"intramuscular(?:ly)?|i\.m\."),
    ("inhaled", r"inhaled|inhalation|nebuli[sz]ed|nebuli[sz]ation"),
    ("topical", r"topical(?:ly)?|cream|ointment|gel\b"),
    ("intranasal", r"intra-?nasal(?:ly)?|nasal\s+spray"),
    ("sublingual", r"sublingual(?:ly)?"),
    ("transdermal", r"transdermal(?:ly)?"),
    ("rectal", r"rectal(?:ly)?|suppositor(?:y|ies)"),
    ("vaginal", r"(?:intra)?vaginal(?:ly)?|pessar(?:y|ies)"),
    ("epidural", r"epidural(?:ly)?"),
    ("intrathecal", r"intrathecal(?:ly)?"),
    ("intravitreal", r"intravitreal(?:ly)?"),
    ("intra-articular", r"intra-?articular(?:ly)?"),
    ("intradermal", r"intradermal(?:ly)?"),
    ("intravesical", r"intravesical(?:ly)?"),
    ("ophthalmic", r"eye\s+drops?|ophthalmic"),
)  # fmt: skip
_ROUTE = re.compile(
    "|".join(
        rf"(?P<r{i}>(?<![\w-])(?:{pattern})(?![\w-]))" for i, (_, pattern) in enumerate(_ROUTES)
    ),
    re.IGNORECASE,
)


def dose_of(text: str) -> str | None:
    """The doses written in ``text`` (see the module docstring), or None."""
    found: list[str] = []
    for m in _DOSE.finditer(text):
        dose = " ".join(f"{m['amount']}{m['schedule']}".split())
        if dose.endswith("%") and not _concentration(text, m):
            continue
        if dose not in found:
            found.append(dose)
    return "; ".join(found) or None


def without_doses(text: str) -> str:
    """``text`` without its doses and their schedules ("naproxen 250 mg twice daily" ->
    "naproxen"), spaces collapsed."""
    return " ".join(_DOSE.sub(" ", text).split()).strip(" ,;")


def _concentration(text: str, m: re.Match[str]) -> bool:
    """Whether the percentage ``m`` (no schedule after it) is a concentration (see above)."""
    value = parse_number(re.findall(_NUMBER, m["amount"])[-1].replace(",", "."))  # "2,5%"
    if value is None or value >= 50:
        return False
    after = _NOT_DOSE_AFTER.match(text, m.end("amount")) is None
    before = _NOT_DOSE_BEFORE.search(text, 0, m.start()) is None and bool(text[: m.start()].strip())
    return after or before


def route_of(text: str) -> str | None:
    """The routes of administration named in ``text`` (see the module docstring), or None."""
    found: list[str] = []
    for m in _ROUTE.finditer(text):
        group = m.lastgroup
        if group is None:
            continue
        route = _ROUTES[int(group[1:])][0]
        if route == "intravenous" and m.group() == "IV" and not _upper_iv_is_route(text, m.start()):
            continue
        if route not in found:
            found.append(route)
    return ", ".join(found) or None


def _upper_iv_is_route(text: str, start: int) -> bool:
    """Whether an upper-case "IV" is the route, not a Roman numeral after a noun such as
    "stage" (checked by the pattern) or a number ("III-IV")."""
    return not re.search(r"(?:[IVX]+\s*[-–/]\s*|\bgrades?\s+[IVX]+\s*(?:and|or)\s*)$", text[:start])
