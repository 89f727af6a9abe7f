"""Which arm phrases can name arms, and their last clean-ups (``usable_arms``).

``plausible_label`` says whether a phrase can name an arm at all (not an aim, a question,
the trial's design or a result); ``usable_arms`` keeps those and mends dangling words, "with
or without", hyphenated halves and "placebo and B". Split out of ``arm_phrases``.
"""

from __future__ import annotations

import itertools
import re

from extractors.components.arm_labels import (
    COMPARATOR_WORD,
    ArmPhrase,
)

_NOT_NAMING = frozenset({  # words that name no treatment and no group
    "a", "an", "the", "and", "or", "nor", "with", "without", "of", "in", "on", "at", "to", "for",
    "by", "from", "as", "into", "than", "vs", "versus", "each", "other", "others", "both",
    "either", "neither", "same", "vice", "versa", "respect", "regard", "regards", "according",
    "all", "any", "not", "no", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "who", "which", "that", "this", "these", "those", "there", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "should",
    "will", "would", "patients", "patient", "participants", "subjects", "children", "women", "men",
    "adults", "people", "persons", "cases", "rats", "mice", "animals", "eyes", "individuals",
    "male", "males", "female", "females", "boys", "girls",
    "groups", "group", "arms", "arm", "cohorts", "cohort", "respectively", "total", "mg", "g",
    "kg", "ml", "mm", "cm", "iu", "µg", "μg", "mcg", "units", "unit", "day", "days", "week",
    "weeks", "wk", "month", "months", "year", "years", "hour", "hours", "min", "minutes", "daily",
    "once", "twice", "per", "completed", "included", "enrolled", "evaluated", "analysed",
    "analyzed", "randomized", "randomised", "allocated", "assigned", "received",
})  # fmt: skip

_WORD = re.compile(r"[^\W\d_][\w'’-]*")

DATE = re.compile(  # "September 2001", "Sept. 12, 2001": "1998 to September 2001" counts no arm
    r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?"
    r"(?:19|20)\d\d\b"
)

_NOT_AN_ARM = re.compile(
    r"(?i)^(?:to\s+)?(?:evaluate|assess|determine|investigate|examine|compare|explore|measure|"
    r"delineate|improve|identify|describe|analy[sz]e|estimate|are|is|does|do|can|should|"
    r"which|what|how|why|despite|although|though|because|whereas)\b"
    r"|\bcharacteristics\b|\bdemographics?\b|\bbaseline\s+(?:data|values|variables)\b"
    r"|\b(?:randomi[sz]ed|controlled|control|clinical|pilot|multicent\w+|blind\w*|crossover)"
    r"\s+trials?\b|(?-i:[Tt]rials?(?=[A-Z]))|^trials?$"
    r"|\b(?:versus|vs\.?)\s|\b[pP]\s*[=<>≤≥]\s*0?[.·]\d"
    r"|^(?:quality\s+of\s+)?life$"  # "impact on quality of life compared to B": no arm "life"
    r"|\b(?:had|showed|was|were)\s+(?:significant|similar|higher|lower|greater|better|worse)"
    r"|\b(?:was|were)\s+(?:found|observed|seen|noted|reported)\b"
    r"|\b(?:did|does|do)\s+not\s+(?:show|differ|find|improve|reduce|increase|change|affect)"
    r"|^[\d.,]+\s*%\s*(?:$|(?:in|at|of|and|versus|vs)\s)|^0\d\d\b"
    # how the arms were given, after a comma: "to A or to B, delivered over 3 months"
    r"|^(?:delivered|given|administered|performed|conducted|provided|offered|repeated|continued)"
    r"(?:\s+(?:over|for|during|at|by|via|in|every|twice|once|daily|weekly|each|from|until|through)"
    r"\b|\W*$)"
    r"|" + DATE.pattern.removeprefix("(?i)")
)

# a finite verb outside brackets: the phrase is a clause ("tissues were stained", "positioning
# are available", "they will be assigned to B"), no arm's name; lower case only ("IS" may be one)
# ("usual care that will offer A" describes one: the verb of a relative clause is no sign)
_CLAUSE_VERB = re.compile(
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:is|are|was|were|will)\s|"
    # "A did better than B": a result
    r"\b(?:did|fared|performed)\s+(?:\w+ly\s+)?(?:better|worse)\b"
)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

_NAMED_GROUP_LABEL = re.compile(r"(?i)\b(?:group|arm|cohort)\s+[A-Z0-9]{1,4}\b")

_DOSE = re.compile(
    r"^\d+(?:[.,]\d+)?\s*(?:mg|g|grams?|µg|μg|mcg|ug|ml|mL|IU|units?|mmol)(?:/[\w.]+)*"
    r"(?:\s+(?:daily|once|twice|weekly|per\s+day|a\s+day|bid|tid|qd))*$"
)

_HOW_LONG = re.compile(  # "10-d", "14 days", "6 months": how long an arm is treated
    r"^\d+(?:[.,]\d+)?[-\s\xa0]?(?:d|days?|wk|weeks?|mo|months?|h|hours?|y|years?)\b(?!\s*/)"
)


def _names(word: str) -> bool:
    if word.isupper() and word not in ("IU", "N", "I"):  # an acronym or letter: "MM", "E"
        return True
    return len(word) > 1 and word.lower().strip("'’-") not in _NOT_NAMING


def plausible_label(label: str) -> bool:
    """Whether a phrase can name an arm: it holds a word that names something (not only
    function words, counts, units or people: "N = 18", "respect", "69 patients"), a group's
    name ("group II") or a dose ("20 mg"), and it is no aim ("evaluate changes"), question
    ("Are there advantages"), description of the groups ("characteristics of the groups at
    baseline"), trial design ("a randomized controlled trial"), result ("p = 0.04",
    "55.2% at 12 months", "no change was found"), date ("September 2001") or clause with a
    finite verb outside its brackets ("colorectal tissues were stained"; "advice (which was given
    by a nurse)" can name one)."""
    if _NOT_AN_ARM.search(label):
        return False
    if _CLAUSE_VERB.search(label) and _CLAUSE_VERB.search(_BRACKETED.sub("", label)):
        return False
    if _NAMED_GROUP_LABEL.search(label) or _DOSE.match(label):
        return True
    return any(_names(w) for w in _WORD.findall(label))


def usable_arms(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """The phrases that can name arms, without dangling words at their end ("drug A on day 2
    of"), "A with" and "without B" read as "A with B" and "A without B" ("knee replacement
    with or without a tourniquet"), "A-" completed by the next "B-directed X" as "A-directed
    X" ("genotype- or phenotype-directed treatment"), "A or not" as "A" and "no A", "placebo
    and B" beside "A" as two arms (``_comparator_split``); none when fewer than two are left or
    more than one had to go."""
    if len(phrases) < 2:  # the clean-ups add a phrase only by splitting one of two or more
        return []
    phrases = _with_or_without(_hyphens_completed([_without_dangling(p) for p in phrases]))
    phrases = _adjectives_completed(phrases)
    phrases = _comparator_split(phrases)
    phrases = [
        ArmPhrase(f"no {phrases[i - 1].label}", p.start, p.end, p.n, written=False)
        if i and _NOT.match(p.label)
        else p
        for i, p in enumerate(phrases)
    ]
    durations = sum(bool(_HOW_LONG.match(p.label)) for p in phrases)
    # "to 10-d or 14-d antibiotic therapy": arms that differ in how long
    kept = [
        p
        for p in phrases
        if plausible_label(p.label) or (durations >= 2 and _HOW_LONG.match(p.label))
    ]
    return kept if len(kept) >= 2 and len(phrases) - len(kept) <= 1 else []


_NOT = re.compile(r"(?i)^(?:not|none)$")

_AND = re.compile(r"\s+and\s+")

_PURE_COMPARATOR = re.compile(
    r"(?i)(?:(?:a|an|the|matching|identical)\s+)?(?:placebos?|sham(?:\s+[\w-]+)?|vehicle|"
    r"(?:usual|standard)\s+care|no\s+(?:treatment|intervention)|wait(?:ing)?[- ]?list)"
    r"(?:\s+(?:group|arm|control))?"
)


def _comparator_split(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """ "A versus placebo and B": "placebo and B" is two arms when one side is only a
    comparator and the other is no comparator and shares no word with the other arms ("A plus
    C versus placebo and C" keeps its combination), and no other arm is only a comparator ("A or
    placebo and B or placebo" is a factorial trial)."""
    if len(phrases) < 2 or any(_PURE_COMPARATOR.fullmatch(p.label) for p in phrases):
        return phrases  # "A or placebo and B or placebo": a factorial trial's two factors
    out: list[ArmPhrase] = []
    for p in phrases:
        parts = _AND.split(p.label)
        if p.treatment or not p.written or len(parts) != 2:
            out.append(p)
            continue
        pure = [bool(_PURE_COMPARATOR.fullmatch(part)) for part in parts]
        others = {w for o in phrases if o is not p for w in _WORD.findall(o.label.lower())}
        other_side = parts[1] if pure[0] else parts[0]
        if (
            pure.count(True) != 1
            or COMPARATOR_WORD.search(other_side)
            or others & {w for w in _WORD.findall(other_side.lower()) if w not in _NOT_NAMING}
        ):
            out.append(p)
            continue
        cut = _AND.search(p.label)
        if cut is None:
            out.append(p)
            continue
        first_end, second_start = p.start + cut.start(), p.start + cut.end()
        out.append(ArmPhrase(parts[0], p.start, first_end, None))
        out.append(ArmPhrase(parts[1], second_start, p.end, None))
    return out


_DANGLING = re.compile(  # lower case only: "group A", "AT" are names
    r"(?:\s+(?:and|or|of|the|to|by|for|in|at|on|from|between|than|either|as|a|an))+$"
)


def _without_dangling(phrase: ArmPhrase) -> ArmPhrase:
    m = _DANGLING.search(phrase.label)
    if m is None or m.start() == 0:
        return phrase
    label = phrase.label[: m.start()]
    end = phrase.end - (len(phrase.label) - len(label))
    return ArmPhrase(label, phrase.start, max(phrase.start, end), phrase.n, phrase.treatment)


_ENDS_WITH = re.compile(r"(?i)\s+with$")

_STARTS_WITHOUT = re.compile(r"(?i)^without\s+")


def _with_or_without(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    out = list(phrases)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        ends, starts = _ENDS_WITH.search(first.label), _STARTS_WITHOUT.match(second.label)
        if ends and starts:
            base, rest = first.label[: ends.start()], second.label[starts.end() :]
            out[i] = ArmPhrase(
                f"{base} with {rest}", first.start, first.end, first.n, written=False
            )
            out[i + 1] = ArmPhrase(
                f"{base} {second.label}", second.start, second.end, second.n, base, False
            )
    return out


_OPEN_HYPHEN = re.compile(r"\s*[-‐‑–—]$")

_FIRST_WORD_HYPHEN = re.compile(r"^[^\W\d_][\w.]*[-‐‑–—](?=[^\W\d_])")


def _hyphens_completed(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """ "genotype-" before "phenotype-directed treatment" is "genotype-directed treatment";
    an open hyphen that no later phrase completes is dropped ("nitric oxide–")."""
    out = list(phrases)
    for i, phrase in enumerate(out):
        dash = _OPEN_HYPHEN.search(phrase.label)
        if dash is None or dash.start() == 0:
            continue
        base = phrase.label[: dash.start()]
        later = next((p for p in out[i + 1 :] if not _OPEN_HYPHEN.search(p.label)), None)
        head = _FIRST_WORD_HYPHEN.match(later.label) if later is not None else None
        if later is not None and head is not None:
            label = base + phrase.label[dash.start() :].strip() + later.label[head.end() :]
            out[i] = ArmPhrase(label, phrase.start, phrase.end, phrase.n, phrase.treatment, False)
        else:
            end = phrase.start + len(base)
            out[i] = ArmPhrase(base, phrase.start, end, phrase.n, phrase.treatment, phrase.written)
    return out


# "true or sham acupuncture": an adjective left bare before "or" shares the noun that follows
# "sham" ("true acupuncture"); "active or placebo" names no noun
_BARE_ADJECTIVE = re.compile(r"(?i)(?:^|\s)(?P<adj>true|active|real|genuine|verum)$")
_SHAM_NOUN = re.compile(
    r"(?i)(?:sham|placebo|simulated|inactive|fake)\s+(?P<noun>[^\s()\[\]]+(?:\s+(?!(?:for|with|"
    r"in|at|on|during|weekly|daily|twice|once|concurrent|plus|and|or)\b)[^\s()\[\]]+){0,2})"
)


def _adjectives_completed(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """ "12 true" before "sham EA (SEA) weekly" is "true EA" (see ``_BARE_ADJECTIVE``)."""
    out = list(phrases)
    for i, (phrase, later) in enumerate(itertools.pairwise(phrases)):
        bare = _BARE_ADJECTIVE.search(phrase.label)
        sham = _SHAM_NOUN.match(later.label)
        if bare is not None and sham is not None:
            label = f"{bare['adj']} {sham['noun']}"
            start = phrase.start + bare.start("adj") if phrase.written else phrase.start
            out[i] = ArmPhrase(label, start, phrase.end, phrase.n, phrase.treatment, False)
    return out
