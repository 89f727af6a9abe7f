"""The pieces of a result statement that every reading of it shares.

``Statement`` (what ``statements.read_statement`` returns), where an outcome phrase ends
(``OUTCOME_END``, ``outcome_span``: cut there and without leading determiners), the change
verbs (``CHANGE_VERB``) and those that take no object (``INTRANSITIVE``), what is no
outcome on its own (``NO_OUTCOME_WORD``, ``names_no_measure``, ``GENERIC_OUTCOME``) and
what is no actor (``REPORTER``, ``subject_ok``). Split out of ``statements``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.caseless import LowerCaseSearch
from extractors.components.direction_words import (
    AMOUNT_BRACKET_CHANGE,
    DELAY_VERB,
    LEADING_CHANGE,
    LETTER,
    NOT_COMPOUND,
)
from extractors.components.outcome_lists import measure_list
from extractors.numbers import CURRENCY_PATTERN

# "there is probably", "there probably was", "there may be": a hedged "there was"
THERE_BE = (
    r"there\s+(?:(?:probably|likely|possibly)\s+)?(?:(?:was|were|is|are)(?:\s+(?:probably|"
    r"likely|possibly))?|(?:may|might|could)\s+(?:be|have\s+been))"
)

# a word that makes the next "increase", "decrease" or "change" a noun: "a significant
# increase in BMD", "no change in X" (not "to": "tended to increase X" is the verb) ...
_NOUN_BEFORE = (
    r"(?<!significant\s)(?<!substantial\s)(?<!marked\s)(?<!greater\s)(?<!larger\s)"
    r"(?<!smaller\s)(?<!modest\s)(?<!small\s)(?<!large\s)(?<!the\s)(?<!no\s)"
    r"(?<!any\s)(?<!in\s)(?<!of\s)(?<!mean\s)"
)
# ... and "increases", "decreases" or "changes", also after "to": "led to increases in BMD"
_NOUN_BEFORE_PLURAL = _NOUN_BEFORE + r"(?<!to\s)"
CHANGE_VERB = re.compile(
    r"(?i)\b(?P<neg>(?:did|does|do)\s+not\s+(?:\w+ly\s+)?|failed\s+to\s+(?:\w+ly\s+)?)?"
    r"(?P<v>improved|improves|improve|reduced|reduces|reduce|increased|decreased|changed|"
    # the words that may be nouns (no two alternatives match at one place: "\b" follows)
    + _NOUN_BEFORE_PLURAL
    + r"(?:increases|decreases|changes)|"
    + _NOUN_BEFORE
    + r"(?:increase|decrease|change)|"
    r"lowered|lowers|lower|raised|raises|enhanced|enhances|"
    r"enhance|attenuated|attenuates|attenuate|aggravated|aggravates|worsened|worsens|worsen|"
    r"exacerbated|exacerbates|alleviated|alleviates|alleviate|prevented|prevents|shortened|"
    r"shorten|prolonged|prolong|diminished|suppressed|" + DELAY_VERB + r"|"
    r"inhibited|inhibits|ameliorated|ameliorates|relieved|relieves|affected|altered|"
    r"differed|differ|differs|"
    r"(?(neg)(?:vary|varied|varies)|(?!))|"  # "did not vary": as "did not differ"
    r"declined|rose|fell|dropped|"
    # a bare "affect" only after a negation: "did not affect X", not "negative affect"
    r"(?(neg)(?:affect|affects|alter|alters|influence|influences)|(?!)))\b"
    + NOT_COMPOUND  # "reduced-dose radiotherapy": a compound's first word, no verb
)

# CHANGE_VERB spells its words in lower case: found in the lower-cased text, about three
# times faster, and matched again on the text at the same place (``extractors.caseless``)
_CHANGE_VERB_FAST = LowerCaseSearch(CHANGE_VERB)


def change_verbs(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``CHANGE_VERB.finditer(text, start, end)``, found faster; a text that
    does not lower-case letter for letter (``caseless.lowered``) the plain way."""
    return _CHANGE_VERB_FAST.finditer(text, start, end)


INTRANSITIVE = {
    "differed", "differ", "differs", "declined", "rose", "fell", "dropped", "changed",
    "changes", "change", "vary", "varied", "varies",
}  # fmt: skip

_ADJECTIVE_IN_LY = (
    "early|daily|weekly|monthly|yearly|nightly|hourly|quarterly|family|elderly|costly|"
    "friendly|likely|bodily|only"
)

PREPOSITION_START = re.compile(  # no object after a change verb: what changed is its subject
    r"(?i)^\s*(?:(?:significantly|markedly|substantially|slightly|also|further|more|less|only|"
    rf"statistically|(?!(?:{_ADJECTIVE_IN_LY})\b)[a-z]+ly)\s+)*"
    r"(?:(?:in|by|from|among|between|with|after|at|over|during|than|compared|across|to|"
    r"following|upon|under|within|throughout|until|before|as|when|while|and|but|versus|vs)\b|"
    r"both\s+(?:in|after|with|among|during|at|groups?|arms?)\b|,|\(|\.|;|$|"
    # "X improved for the intervention group (participants)": for whom, no object
    r"for\s+(?:the\s+|all\s+|both\s+)?(?:[\w-]+\s+){0,3}?(?:groups?|arms?|participants|"
    r"patients|subjects|women|men|children|adults)\b)"
)

OUTCOME_END = re.compile(
    # not the "than" of a threshold: "preterm birth less than 34 weeks", "HbA1c greater than or
    # equal to 6.5%" (not "more than 10-fold", nor "better outcomes than 20-49 ng/dL")
    r"(?i)(?!(?:(?<=less)|(?<=more)|(?<=greater)|(?<=lower)|(?<=higher)|(?<=fewer)|"
    r"(?<=larger)|(?<=smaller)|(?<=longer)|(?<=shorter))\s+than\s+(?:or\s+equal\s+to\s+)?"
    r"\d[\d.,]*(?![\d.,])(?!\s*-?\s*(?:fold|times)\b))"
    r"\s+(?:between|among|compared|versus|vs\.?|than|(?<!change\s)(?<!changes\s)from\s+baseline|"
    r"from\s+\d+|by\s+\d+|"
    r"by\s+(?:an?\s+)?(?:mean|median|average|about|approximately|nearly|almost|around)\b|"
    r"in\s+(?:the|both|all|each|either|patients|participants|subjects|those|groups?)\b(?!-)|"
    r"in\s+(?:[\w-]+\s+){1,3}?(?:group|arm)s?\b|"
    r"at\s+(?:\d+|week|month|day|year|the\s+end|(?:all|each|every|any)\s+(?:time|visit|follow))|after\s+\d+|over\s+\d+|during|with\s+\d+|"
    r"with(?:in)?\s+(?:the|a)\b|when\s+compared|in\s+comparison|relative\s+to|was|were|is|are|occurred|developed|"
    # "Antegrade ejaculation reported in 80% of patients in group A and 27% in group B"
    r"(?:reported|observed|seen|noted|found|recorded)\s+(?:in|among)\s+\d[\d.,·]*|"
    # an effect's name and value: "X with OR 0.77; 95% CI ...", "the rates of X OR 0.65"
    r"(?:with\s+(?:an?\s+)?)?(?-i:OR|RR|HR|IRR|aOR|aHR|SMD)(?:\s*[=:,]\s*|\s+)[-−]?\d[\d.,·]*|"
    # a clause of when or how after the measure: "survival when used as consolidation", "X
    # while preserving Y", "side effects such as ..."
    r"when|while|whereas|such\s+(?:as|that)|"
    # what it left alone: "knowledge without increasing concern", "X without a lower risk of Y"
    r"without\s+(?:\w+ly\s+)?(?:increasing|reducing|decreasing|affecting|altering|changing|"
    r"compromising|worsening|causing|raising|lowering|impairing|influencing|improving|"
    r"prolonging|shortening)|without\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:increase|"
    r"decrease|change|difference|effect|reduction|rise|lower|higher|greater|worsening)|"
    r"happened|remained|showed|had|did|does|do|reached|experienced|tended|appeared|seemed|"
    # "delayed the onset but had little influence on X": the next predicate
    r"but(?=\s+(?:had|has|have|was|were|is|are|did|does|do|showed|failed)\b)|"
    r"after\s+(?:the\s+)?(?:[\w-]+\s+)?(?:interventions?|treatments?|training|therapy|practice|"
    r"programs?|programmes?|sessions?)|after\s+(?:one|two|three|four|five|six|eight|ten|"
    r"twelve)\s+(?:days?|weeks?|months?|years?))\b|\s+with\s+p\s*(?:-?\s*values?\s*)?[<>=≤≥]|"
    rf"\s*[(\[]|;|\s+of\s+{CURRENCY_PATTERN}\d|"  # "a mean cost of £35.41"
    r",\s*(?:which|while|whereas|but|with|as|p\b|compared|and\s+(?:the|a|this|these|it|there|no)\b|"
    # what the finding stood out in: "X, especially in the first 24 hours", "X, even with Y"
    r"especially|particularly|notably|mainly|mostly|predominantly|even\s+(?:with|in|at|after|"
    r"among|when|if|though|for|without)\b|"
    # when: "X, over the treatment and follow-up", "X, throughout the study"
    r"over\s+(?:the|a|an|\d)|throughout|"
    # the main clause after a clause that opened with "although": "..., we could not show Y"
    r"(?:we|they|it|there)\s)"
    # a modal's "be": "No effect on X could be observed"
    # (not "people using X may be more likely to have Y": who, then what; nor "no effect of X
    # could be seen on Y": the measure follows)
    r"|\s+(?:could|can|may|might|would|should)\s+(?:not\s+)?be\b"
    r"(?!\s+(?:more|less)\s+likely|\s+[a-z]+\s+(?:on|in|for|regarding)\b)"
    r"|\.(?:\s|$)|:"
)

_DETERMINER = re.compile(r"(?i)(?:(?:the|a|an|both|all|their|its|no)\s+)+")

_LEADING_DETERMINERS = re.compile(r"(?i)^(?:(?:the|a|an|both|all|their|its)\s+)+")

RELATIVE = re.compile(r"(?i)\s+(?:that|who|which|whose)\s")

_CUE_ONLY = {
    "no", "significant", "significantly", "statistically", "improvement", "improvements",
    "difference", "differences", "change", "changes", "effect", "effects", "reduction",
    "reductions", "increase", "increases", "decrease", "decreases", "benefit", "benefits",
    "similar", "further", "any", "clinically", "relevant", "trend", "marked", "greater",
    "borderline", "marginal", "marginally",
}  # fmt: skip

# a hedge before a verb: "X tended to / appeared to / failed to (reduce Y)", "X has been shown
# to (reduce Y)"
HEDGE_TO = r"(?:tend|appear|seem|fail)(?:s|ed)?\s+to"
HEDGE_SHOWN_TO = r"(?:shown|found)\s+to"

TRAILING_ADVERBS = re.compile(  # and modals: "X may (slightly) improve Y" has the actor X,
    # and so has "X tended to / appeared to / failed to improve Y"
    r"(?i)(?:\s+(?:\w+ly|also|both|further|had|has|have|was|were|is|are|been|showed|shows|may|"
    rf"might|could|can|would|will|should|must|not|did|does|do|{HEDGE_TO}|{HEDGE_SHOWN_TO}))+$"
)

_SUBJECT_PREPOSITION_END = re.compile(r"(?i)\b(?:with|of|in|for|without|and|or|to|by|on)\s*$")


@dataclass(frozen=True, slots=True)
class Statement:
    outcome: tuple[int, int] | None
    actor: tuple[int, int] | None
    pattern: str  # "change-in", "better-at", "verb", "copula", "had", "reported", ...


NO_OUTCOME_WORD = re.compile(  # what is no outcome on its own ("there was evidence")
    r"(?i)(?:(?:[\w-]+\s+)?(?:evidence|effects?|differences?|changes?|benefits?|signals?|"
    r"trends?|correlations?|associations?|interactions?)|.*\bevidence\s+that\b.*)"
)


# what frames the outcome, not part of it: "in terms of X", "regarding (to) X", "as well as X"
_FRAME = re.compile(
    r"(?i)(?:(?:in\s+)?terms\s+of|(?:with\s+)?regards?\s+to|regarding(?:\s+to)?|"
    r"as\s+well\s+as|"
    # "the primary outcome of decisional conflict" (not "the primary end point of the trial")
    r"(?:the\s+)?(?:primary|secondary|main|co-?primary)\s+(?:outcomes?|end[\s-]?points?|"
    r"measures?)\s+of(?!\s+(?:the|this|our|that)\s+(?:study|trial)\b))\s+(?=\S)"
)
_REGARDING_BEFORE = re.compile(r"(?i)\bregard(?:ing)?\s+$")
_THERE_AFTER = re.compile(
    r"(?i),\s*there\b"
)  # "with regard to the A teeth, there was ...": a subgroup

# a share of people named by what they did: "the proportion of patients who achieved X", "the
# proportion who experienced X"
_SHARE_WHO = re.compile(
    r"(?i)(?:(?:the|a|an)\s+)?(?:(?:proportions?|percentages?|numbers?|rates?|shares?|fractions?|"
    r"odds|likelihood)\s+of\s+(?:[\w-]+\s+){0,2}?(?:patients|participants|subjects|women|men|"
    r"girls|boys|children|people|persons|individuals|infants|adults|students|respondents|"
    r"smokers|users|mothers|those)\s+(?:who|that)|(?:proportions?|percentages?|numbers?|shares?|"
    r"fractions?)\s+who)\s+"
)


def _past_frame(text: str, start: int, end: int) -> int:
    """``start`` past words that frame the outcome ("in terms of X", "regarding to X", "as
    well as X"), and past the "to" of a "regarding to" read from its "to"; not where "...,
    there was" follows (a subgroup or setting, "with regard to the molars, there was ...")."""
    frame = _FRAME.match(text, start, end)
    if frame and frame.end() < end and not _THERE_AFTER.search(text, frame.end(), end):
        return frame.end()
    if text.startswith("to ", start) and _REGARDING_BEFORE.search(text, max(0, start - 12), start):
        return start + 3
    return start


# an adverb of the verb the outcome ends before ("X similarly occurred"): no part of X
_TRAILING_ADVERB = re.compile(r"(?i)\s+(?:similarly|significantly|equally|comparably|also|both)$")


# a word that joins or introduces what follows, left at an outcome's end where a phrase was cut
_DANGLING_END = re.compile(
    r"(?:^|[\s,;:]+)(?:and|or|but|of|the|a|an|in|to|by|on|as|at|for|with|which|who|that|than|"
    r"all|not\s+only)$"
)


def without_dangling_end(outcome: str) -> str:
    """An outcome's text without the words that a cut left at its end ("quality of colon
    cleansing but", "serum concentrations which", "X at the close of"), empty if nothing else
    is left."""
    while (dangling := _DANGLING_END.search(outcome)) is not None:
        outcome = outcome[: dangling.start()]
    return outcome


# a change "from baseline (to week 12) in X": LEADING_CHANGE holds "from" only there
_FROM_BASELINE = re.compile(r"(?i)\bfrom\s")


def outcome_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` cut at the outcome's end and without determiners, or None if empty.
    A share of people named by a relative clause keeps it ("proportion of patients who had
    achieved remission"): the clause says what was counted."""
    start = _past_frame(text, start, end)
    if (amount := AMOUNT_BRACKET_CHANGE.match(text, start, end)) and amount.end() < end:
        start = amount.end()  # "a 17% (95% CI ...) reduction in X": X, not "17%"
    share = _SHARE_WHO.match(text, start, end)
    # "Changes from baseline in the mean X in the A group": the outcome ends after X
    lead = LEADING_CHANGE.match(text, start, end)
    since = lead if lead and _FROM_BASELINE.search(lead.group()) else share
    cut = OUTCOME_END.search(text, since.end() if since else start + 1, end)
    if cut:
        end = cut.start()
    relative = None if share else RELATIVE.search(text, start, end)
    if relative and len(text[start : relative.start()].split()) >= 2:
        end = relative.start()
    det = _DETERMINER.match(text, start, end)
    if det:
        start = det.end()
    piece = text[start:end]
    end = start + len(piece.rstrip(" ,;:."))
    trailing = _TRAILING_ADVERB.search(text, start, end)  # "total stroke and TIA similarly"
    if trailing and trailing.start() > start:
        end = trailing.start()
    words = text[start:end].split()
    if not words or not LETTER.search(text, start, end):
        return None
    if all(w.lower().strip(",.;:") in _CUE_ONLY for w in words):
        return None
    if len(words) > 15 and not measure_list(text[start:end]):
        end = start + sum(len(w) + 1 for w in words[:15]) - 1
    if end - start > 2 and text[start] in _OPEN_QUOTES and text[end - 1] in _CLOSE_QUOTES:
        start, end = start + 1, end - 1  # '"failures"': the word, not its quotes
    return start, end


_OPEN_QUOTES = "\"“'‘"
_CLOSE_QUOTES = "\"”'’"


def subject_ok(text: str, start: int, end: int) -> bool:
    subject = _LEADING_DETERMINERS.sub("", text[start:end].strip())
    return bool(LETTER.search(subject)) and not _SUBJECT_PREPOSITION_END.search(subject)


_BASE_FORMS = {"improve", "reduce", "increase", "decrease", "lower", "raise"}

_BEFORE_BASE_VERB = re.compile(
    r"(?i)\b(?:to|may|might|could|can|would|will|should|not|did|does|do|and|or|that|probably|"
    r"likely|possibly)\s+(?:\w+ly\s+)?$|\bnor\s+(?:did|does|do)\s+(?:it|they)\s+$"
)

_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|An|the|The|its|their)\s+$")  # not "Drug A"

_HAD_BEFORE = re.compile(
    r"(?i)\b(?:showed|shows|exhibited|displayed|demonstrated|presented)\s+(?:\w+ly\s+)?$"
    r"|\b(?:benefited\s+from|with|of|by)\s+$"  # "benefited from reduced risk of X": a modifier
)


def adjective_use(text: str, verb: re.Match[str], body: int) -> bool:
    """Whether a direction word is used as an adjective ("a lower rate", "the increase",
    "benefited from reduced risk"), or a base form with no modal or "to" before it ("group
    exhibited lower rates")."""
    before = text[max(body, verb.start() - 30) : verb.start()]
    word = verb.group("v").lower()
    if verb.group("neg"):
        return False
    if _HAD_BEFORE.search(before):  # "showed decreases in X", "exhibited reduced X": no verb
        return True
    if _ARTICLE_BEFORE.search(before) and word in _BASE_FORMS | {
        "lowered",
        "increased",
        "reduced",
        "decreased",
        "improved",
        "raised",
    }:
        return True
    return word in _BASE_FORMS and not _BEFORE_BASE_VERB.search(before)


_NO_MEASURE = {
    "there", "they", "it", "this", "that", "these", "those", "we", "results", "result",
    "findings", "data", "differences", "difference", "patients", "participants", "subjects",
    "groups", "group", "arms", "arm", "both", "all", "also", "other", "no", "any", "regard",
    "respect", "which", "study", "trial", "analysis", "analyses", "outcome", "outcomes",
    "measures", "studies", "trials", "neither", "either", "each", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten",
}  # fmt: skip


def names_no_measure(phrase: str) -> bool:
    """Whether an outcome phrase is only pronouns and generic words ("There", "They also",
    "these differences", "results")."""
    words = [w.lower().strip(",.;:'’") for w in phrase.split()]
    return all(w in _NO_MEASURE or w in _CUE_ONLY for w in words)


GENERIC_OUTCOME = {
    "symptoms", "symptom", "scores", "outcomes", "measures", "parameters", "variables",
    "complaints", "signs", "indices", "indicators",
}  # fmt: skip

# a subject that reports the result, not what brought it ("Results revealed lower X", "The
# analysis showed"), or a bare quantifier ("All had ...")
REPORTER = re.compile(
    r"(?i)(?:(?:the|our|these|this|its)\s+)?"
    r"(?:(?:main|primary|overall|present|current|final)\s+)?"
    r"(?:(?:study|trial)(?:'s|’s)?\s+)?"  # "the study's findings"
    r"(?:results?|findings|data|analys[ie]s|study|trial)"
)
