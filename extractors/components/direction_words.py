"""The words that give a result statement its direction and significance.

Which way a quantity went (``UP``, ``DOWN``, ``verb_direction``, ``direction_cue``),
"no significant difference"-type phrases, negation and hedging, and the change nouns that
open or close an outcome phrase (``without_change_noun``). Split out of ``statements``,
which reads the rest of a statement (its outcome, actor and comparator); ``comparison`` and
``claims`` read the cues through these.
"""

from __future__ import annotations

import functools
import re

from extractors.caseless import LowerCaseSearch
from extractors.numbers import opening_with

LETTER = re.compile(r"[A-Za-z]")

# "delayed the time to / the onset of X": the verb, not "delayed graft function" (a direction
# word here, a change verb in ``statement_phrases.CHANGE_VERB``)
DELAY_VERB = r"delay(?:ed|s)?(?=\s+(?:the\s+)?(?:time|onset|progression|recurrence|need|first)\b)"

# a superlative compares only where the clause names what it is compared with: "A had the
# highest X compared with B and C", not "A achieved the highest X in Western countries" nor
# "the lowest quintile of activity had ... compared with"
_COMPARED_LATER = (
    r"(?!\s+(?:quintile|quartile|tertile|decile|dose|categor|group|arm)\w*)"  # a group's name
    r"[^.;]{0,150}?\b(?:compared|versus|vs\b|than\b|relative\s+to)"
)

# a threshold, not a direction: "HbA1c of 7% or less", "grade 3 or higher", "2 or more"
_NO_THRESHOLD = r"(?<![\d%]\sor\s)"
# not the first word of a compound that names a group, a regimen or a time: "the reduced-dose
# group", "higher-risk patients", "longer-term follow-up"
NOT_COMPOUND = r"(?!-[^\W\d_])"
UP = re.compile(
    r"(?i)\b(?:improv(?:ed|es|e|ement|ements)|increas\w*|"
    + _NO_THRESHOLD
    + r"higher|highest(?="
    + _COMPARED_LATER
    + r")|"
    + _NO_THRESHOLD
    + r"greater|better|enhanc\w*|"
    r"elevat(?:e[sd]?|ing)|rais\w*|rose|gained|prolong\w*|superior|exceed\w*|" + DELAY_VERB + r"|"
    r"aggravat(?:e[sd]?|ing)|worsen\w*|exacerbat(?:e[sd]?|ing)|longer|larger|"
    + _NO_THRESHOLD
    + r"more(?!\s+than\s+(?:[\d.]|half|one|two|a\s+(?:third|quarter)|"
    r"twice))(?:\s+(?:frequent\w*|common\w*|often|likely|effective|efficacious|beneficial))?)\b"
    + NOT_COMPOUND
)

# "lower" that names a part of the body, not a direction: "lower extremity power", "lower
# back pain", "lower urinary tract symptoms", "lower-limb function"
LOWER_BODY_PART = (
    r"[\s-]+(?:extremit|limb|leg|back\b|abdom|urinary|respiratory|gastro|gi\b|"
    r"airway|jaw|lip\b|lips\b|eyelid|o?esophag|motor\s+neuron|pole\b|quadrant|third\b)"
)

# "dose reductions" are events counted ("dose reductions (20% vs 5%) were more common with A"),
# no decrease
DOWN = re.compile(
    r"(?i)\b(?:(?<!dose\s)(?<!dose-)reduc\w*|decreas\w*|"
    + _NO_THRESHOLD
    + r"lower(?!"
    + LOWER_BODY_PART
    + r")\w*|lowest(?="
    + _COMPARED_LATER
    + r")|"
    + _NO_THRESHOLD
    + r"fewer|declin\w*|diminish\w*|attenuat\w*|shorter|"
    r"inferior|poorer|suppress\w*|alleviat\w*|reliev\w*|prevent(?:s|ed|ing)?|lessen\w*|dropp\w*|"
    r"fell|smaller|inhibit(?:s|ed|ing|ion)?|ameliorat\w*|"
    + _NO_THRESHOLD
    + r"less(?:er)?(?!\s+than\s+[\d.])"
    r"(?:\s+(?:frequent\w*|common\w*|often|likely))?)\b" + NOT_COMPOUND
)

# "NS" is "not significant" ("(NS)", "p = NS", "differences were NS"), not the arm called NS
# (normal saline): "in the NS group", "NS infusion", "normal saline (NS)", "compared with NS",
# "an injection of NS"; where an arm of the trial is called NS the caller drops the match
# (comparison.not_significant)
_NOT_AN_ARM = (
    r"(?![\s-]*(?:groups?|arms?|solutions?|infusions?|controls?|patients|subjects|participants|"
    r"bolus|(?:was|were)\s+(?:given|administered|infused|used|received))\b)"
)

# Every alternative of NOT_SIGNIFICANT and NO_DIFFERENCE starts with a bare \b (no group
# before it), so that re tests \b once per position for all of them: a first alternative of
# "(?-i:\bNS\b)" or "(?i:\b...)" kept re from taking the \b out and made the searches 2-3
# times slower. NO_DIFFERENCE's own alternatives are case-blind by NOT_SIGNIFICANT's (?i).
_NOT_SIGNIFICANT_WORDS = (
    r"\bno\s+(?:statistically\s+)?significant(?:ly)?\b|\bnot\s+(?:statistically\s+)?"
    r"significant(?:ly)?|\bnot\s+(?:\w+\s+){1,3}?(?:statistically\s+)?significant(?:ly)?\b|"
    r"\b(?:non-?|in)significant(?:ly)?|\bfailed\s+to\s+(?:reach|achieve|attain)\s+"
    r"(?:statistical\s+)?significance|\bdid\s+not\s+(?:reach|achieve|attain)\s+"
    r"(?:statistical\s+)?significance|\bn\.s\.(?!\w)|"
    # "neither group improved significantly", "neither arm showed a significant change"
    r"\bneither\s+(?:of\s+the\s+)?(?:two\s+)?(?:groups?|arms?)\s+(?:[\w-]+\s+){0,3}?"
    r"significant(?:ly)?\b"
)
_NS = (
    r"\b(?-i:NS)\b(?<!\bthe\sNS)(?<!saline\s\(NS)(?<!saline\s\[NS)(?<!\bwith\sNS)"
    r"(?<!\bversus\sNS)(?<!\bvs\sNS)(?<!\bvs\.\sNS)(?<!\breceived\sNS)(?<!\breceiving\sNS)"
    r"(?<!\bof\sNS)" + _NOT_AN_ARM
)
NOT_SIGNIFICANT = re.compile(r"(?i)" + _NOT_SIGNIFICANT_WORDS + "|" + _NS)
# "no (statistically) significant change(s) / difference(s)": a fragment of other patterns
NO_SIGNIFICANT_CHANGE = r"no\s+(?:(?:statistically\s+)?significant\s+)?(?:changes?|differences?)"

# "equivalent" as an amount or a kind, not as alike: "its equivalent of intravenous morphine",
# "equivalent to a 10-mg/dL decrease", "(free-base equivalent)", "term equivalent age",
# "morphine equivalent", "fentanyl equivalent units"
_NOT_AN_EQUIVALENT = (
    r"(?!\s+(?:of|age|units?|doses?)\b|\s+to\s+(?:an?\s+)?[-−]?\d|\s*[)\]])"
    r"(?<!\bterm\sequivalent)(?<!\benergy\sequivalent)"
    # an amount of a drug: "14.97 mg morphine equivalent", "oral morphine equivalents"
    r"(?<!morphine\sequivalent)(?<!fentanyl\sequivalent)(?<!opioid\sequivalent)"
)

# "A were no more likely to X than B", "not more common", "no more resistant than": alike
_NO_MORE = (
    r"\b(?:no|not)\s+(?:more|less)\s+(?:likely|frequent(?:ly)?|common|often|"
    r"(?!than\b)[a-z]+(?:\s+[\w-]+){0,4}?\s+than)\b"
)

# "nor did they differ in Y", "nor did it reduce Y": the second of two denials
_NOR_DID = (
    r"\bnor\s+(?:did|does|do)\s+(?:it|they|these|this|the\s+[\w-]+|[\w-]+)\s+(?:\w+ly\s+)?"
    r"(?:differ|change|improve|reduce|increase|decrease|affect|alter|influence|lower|raise)\b"
)

_NO_DIFFERENCE_WORDS = (
    r"\b(?:did|does|do)\s+not\s+(?:(?:seem|appear|tend)\s+to\s+)?(?:\w+ly\s+)?(?:differ|change|"
    r"improve|reduce|increase|"
    r"decrease|affect|alter|influence|lower|raise|reach|show|enhance|attenuate|worsen|"
    r"alleviate|shorten|prolong|(?:find|observe|detect|see)\s+(?:any\s+)?"
    r"(?:(?:significant|statistically|meaningful|relevant)\s+){0,2}differences?)|"
    r"\b(?:was|were|is|are)\s+not\s+(?:\w+ly\s+)?"
    r"(?:changed|improved|reduced|increased|decreased|affected|altered|lowered|raised)\b|"
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:differences?|"
    r"effects?|changes?)\b|\bnot\s+(?:\w+ly\s+)?(?:different|differ)\b|"
    r"\bwithout\s+(?:any\s+)?(?:statistically\s+)?(?:significant\s+)?differences?\b|"
    r"\b(?:similar|comparable|non-?inferior)\b|\bequivalent\b" + _NOT_AN_EQUIVALENT + r"|"
    # "X similarly occurred in both groups", "X occurred similarly in the two arms"; not
    # "Similarly, X was lower with A"
    r"\bsimilarly\b[^.;,()]{0,60}?\b(?:in|across|between|among|for)\s+(?:the\s+)?"
    r"(?:both|all|two|each|either)\b|"
    r"\bfailed\s+to\b|\b(?:was|were)\s+not\s+associated|"
    r"\bno\b[^.;()]{1,80}?\b(?:in|among|for|between)\s+(?:either|any|both|all)\s+(?:of\s+the\s+)?"
    r"(?:(?:two|three|study|treatment)\s+)?(?:groups?|arms?)\b|"
    r"\bremained\s+unchanged|\bunchanged\b|" + _NOR_DID + "|" + _NO_MORE
)
NO_DIFFERENCE = re.compile(NOT_SIGNIFICANT.pattern + "|" + _NO_DIFFERENCE_WORDS)

# Whether NOT_SIGNIFICANT / NO_DIFFERENCE match anywhere, two to three times faster: the
# alternatives other than "NS" spell their words in lower case (searched in the lower-cased
# text, ``LowerCaseSearch``), and the "NS" one, case-sensitive, can only match where "NS" is
_NS_ALONE = re.compile(r"(?i)" + _NS)
_NOT_SIGNIFICANT_FAST = LowerCaseSearch(re.compile(r"(?i)" + _NOT_SIGNIFICANT_WORDS))
_NO_DIFFERENCE_FAST = LowerCaseSearch(
    re.compile(r"(?i)" + _NOT_SIGNIFICANT_WORDS + "|" + _NO_DIFFERENCE_WORDS)
)


def says_not_significant(text: str) -> bool:
    """``NOT_SIGNIFICANT.search(text) is not None``, faster."""
    return _NOT_SIGNIFICANT_FAST.found(text) or ("NS" in text and bool(_NS_ALONE.search(text)))


def says_no_difference(text: str) -> bool:
    """``NO_DIFFERENCE.search(text) is not None``, faster."""
    return _NO_DIFFERENCE_FAST.found(text) or ("NS" in text and bool(_NS_ALONE.search(text)))


SIGNIFICANT = re.compile(r"(?i)(?<!not )(?<!non-)(?<!non)\bsignificant(?:ly)?\b")

NEGATED = re.compile(
    r"(?i)\b(?:did|does|do|was|were|is|are|has|have|had|could|would)\s+not\b|\bfailed\s+to\b|"
    r"\bno\s+(?:\w+\s+){0,3}?(?:differences?|effects?|changes?|improvements?|reductions?|"
    r"increases?|benefits?|associations?)|\bnot\s+(?:significantly|statistically)|\bneither\b"
    r"|\bwithout\s+(?:a\s+)?(?:significant|any)\b|\bnor\s+(?:did|does|do|was|were|is|are)\b|"
    + _NO_MORE
)

HEDGED = re.compile(  # not "more likely to X": a comparison of chances, no hedge
    r"(?i)\b(?:may|might|could|possibly|potentially|appear(?:s|ed)?\s+to|seem(?:s|ed)?\s+to|"
    r"tend(?:s|ed)?\s+to|trend(?:s|ed)?|suggest\w*|(?<!more\s)(?<!less\s)likely|borderline|"
    r"marginal(?:ly)?|numerically)\b"
)

# NEGATED and HEDGED spell their words in lower case: searched faster in the lower-cased text
NEGATED_FAST = LowerCaseSearch(NEGATED)
HEDGED_FAST = LowerCaseSearch(HEDGED)

_CHANGE_NOUN = re.compile(  # "more falls", "fewer drops": events counted, not a change's size
    r"(?i)\b(?P<size>greater|larger|bigger|more|higher|smaller|less|lower)\s+"
    r"(?:(?:\w+ly|mean|median|average|absolute|relative|percentage|overall)\s+){0,2}"
    r"(?:(?P<up>increases?|improvements?|gains?|rises?)|(?P<down>reductions?|decreases?|"
    r"declines?|(?<!more\s)(?:drops?|falls?)|loss(?:es)?))\b|"
    # the measure between: "greater body weight reductions", "less pain reduction" (not "more
    # hair loss" or "more frequent falls": events, counted)
    r"\b(?P<size2>greater|larger|bigger|more|higher|smaller|less|lower)\s+"
    r"(?P<measure>(?:(?!(?:in|of|on|for|with|than|and|or|the|a|an|to|at|by|from|was|were|is|are|"
    r"patients|participants|subjects|people|rates?|proportions?|numbers?|risks?|incidence|"
    r"frequency|odds)\b)[a-z][\w-]*\s+){1,3}?)"
    r"(?:(?P<up2>increases?|gains?|rises?)|(?P<down2>reductions?|decreases?|"
    r"declines?))\b"
)


_CHANGE_NOUN_FAST = LowerCaseSearch(_CHANGE_NOUN)  # its words in lower case: faster
_SMALLER = ("smaller", "less", "lower")

# the change named first and sized after its copula: "the increase in X was significantly
# smaller in A" (X rose less: a decrease against B), "the reduction of X was greater"; not
# "losses" or "falls", which name what is counted or measured ("Losses of N were higher")
_SIZED_CHANGE = re.compile(
    r"(?i)\b(?:(?P<up>increases?|rises?|gains?|elevations?)|(?P<down>reductions?|decreases?|"
    r"declines?))\s+(?:in|of)\s+[^.;:()\[\]]{1,80}?\s+"
    r"(?:was|were|is|are)\s+(?:(?:\w+ly|also|even|much|far)\s+)*"
    r"(?P<size>greater|larger|bigger|more|higher|smaller|less|lower)\b"
)


def verb_direction(text: str) -> str | None:
    """ "increased" or "decreased" from the first direction word of ``text``, else None.

    A size word before a change noun reads as the noun's direction: "a greater reduction in
    X" is a decrease of X, "a smaller increase" a decrease too; and so does one after it and
    its copula: "the increase in X was smaller" is a decrease.
    """
    change = _CHANGE_NOUN_FAST.search(text)
    cue = direction_cue(text)  # the first UP or DOWN match
    sized = _SIZED_CHANGE.search(text) if cue is not None else None
    if (
        sized is not None
        and cue is not None
        and sized.start() <= cue.start()
        and not (change and change.start() < sized.start())
    ):
        rising = sized.group("up") is not None
        return (
            "increased" if rising == (sized.group("size").lower() not in _SMALLER) else "decreased"
        )
    if change and change.start() <= (cue.start() if cue else len(text)):
        rising = bool(change.group("up") or change.group("up2"))
        if (change.group("size") or change.group("size2")).lower() in _SMALLER:
            rising = not rising
        return "increased" if rising else "decreased"
    if cue is None:
        return None
    return "increased" if cue.re is UP else "decreased"


# UP and DOWN as the alternatives of one pattern: no text matches both at one place (no word
# of one opens as a word of the other does: "superior" and "suppress" part at their fourth
# letter), so its first match is the earlier of UP's first and DOWN's first. Searched in the
# text lower-cased once (``extractors.caseless``), behind a look at the first letter (every
# word of UP and DOWN opens with one of these), it finds that match three times faster than
# searching UP and DOWN, each in the text lower-cased again.


def _words_of(pattern: re.Pattern[str]) -> str:
    r"""The alternatives of a ``(?i)\b(?:...)\b`` pattern (``NOT_COMPOUND`` after it)."""
    head, tail = r"(?i)\b(?:", r")\b" + NOT_COMPOUND
    if not (pattern.pattern.startswith(head) and pattern.pattern.endswith(tail)):
        raise ValueError(f"not a (?i)\\b(?:...)\\b pattern: {pattern.pattern[:40]}")
    return pattern.pattern[len(head) : -len(tail)]


_UP_OR_DOWN = opening_with(
    "abdefghilmprsw",
    r"(?i)\b(?:(?P<up>" + _words_of(UP) + r")|" + _words_of(DOWN) + r")\b" + NOT_COMPOUND,
)
_UP_OR_DOWN_FAST = LowerCaseSearch(_UP_OR_DOWN)


# a pure function of ``text``, asked of one clause several times by the claims (16,467 calls
# for 11,340 different texts on the RCT file); bounded, a match object is immutable
@functools.lru_cache(maxsize=2048)
def direction_cue(text: str) -> re.Match[str] | None:
    """The first direction word of ``text``: the first ``UP`` match or the first ``DOWN``
    match, whichever starts first (an ``UP`` or a ``DOWN`` match)."""
    first = _UP_OR_DOWN_FAST.search(text)
    if first is None:
        return None
    return (UP if first.group("up") is not None else DOWN).match(text, first.start())


LEADING_CHANGE = re.compile(
    r"(?i)(?:and\s+)?(?:(?:a|an|the|no)\s+)?(?:(?:significant(?:ly)?|statistically|borderline|greater|larger|"
    r"smaller|marked|further|more|less|mean|median|average|adjusted|absolute|relative|"
    r"percent(?:age)?|net|overall|estimated)\s+|\([^()]{0,40}\)\s+)*(?:reductions?|"
    r"enhancements?|improvements?|increases?|decreases?|changes?|alterations?|declines?|gains?|"
    r"rises?)\s+"
    r"(?:from\s+(?:the\s+)?(?:baseline|base-line|pre-?treatment|pre-?intervention)\s+"
    r"(?:(?:to|at|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?[\w-]+|(?:day|week|month|year|"
    r"visit)\s+\d+)\s+)?)?(?:in|of)\s+(?:the\s+)?|"
    r"(?:and\s+)?(?:only\s+)?(?:(?:a|an)\s+)?(?:(?:statistically\s+)?significant(?:ly)?\s+)?"
    r"(?:higher|"
    r"lower(?!" + LOWER_BODY_PART + r")|greater|increased|decreased|reduced|improved|elevated|"
    r"lowered|fewer|more|less|shorter|longer|smaller|better|worse|poorer|similar|comparable)\s+"
    r"(?!(?:in|than|with|after|at|by|to|from|for|and|or|of|between|among)\b)|"
    # "only sleep quality", "Only the summed score", "any drinking": a quantifier, not the
    # measure
    r"(?:only(?:\s+the)?|any)\s+(?!(?:of|in|the|one|two|significant)\b)(?=[^\W\d])"
)


def without_change_noun(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """An outcome span without a leading change noun or direction word: "reductions in
    depression symptoms" -> "depression symptoms", "higher HDL cholesterol" -> "HDL
    cholesterol", "significantly shorter OS" -> "OS", "fewer mast cells", "Similar IPA",
    "only sleep quality", "Only the X score", "any relapse", "significant side effects", "with
    greater intentions to X" (a list's second item after "associated with"; the direction is
    read from the clause, not from the outcome; "any of the scales" stays); a change
    noun after the measure goes too when a size word comes before it ("greater body weight
    reductions" -> "body weight", read as a decrease of it by ``verb_direction``). So does an
    effect's amount and comparative before it ("a 2.02 times higher risk of X" -> "risk of
    X")."""
    with_lead = _WITH_LEAD.match(text, span[0], span[1])
    m = (
        LEADING_CHANGE.match(text, with_lead.end() if with_lead else span[0], span[1])
        or _SIGNIFICANT_FIRST.match(text, span[0], span[1])
        or _AMOUNT_CHANGE.match(text, span[0], span[1])
        or _AMOUNT_COMPARATIVE.match(text, span[0], span[1])
    )
    if m is not None and LETTER.search(text, m.end(), span[1]):
        span = m.end(), span[1]
    return _without_trailing_change(text, span)


# the amount and direction before the measure: "(a) 2.02 times higher risk of X", "an 82%
# higher risk of X", "a 3-fold lower rate of X" (the amount is the effect's, no arm's value)
_AMOUNT_COMPARATIVE = re.compile(
    r"(?i)(?:(?:a|an)\s+)?[-−+]?\d[\d.,·]*\s*(?:%|percent|-?fold|times)[\s-]+"
    r"(?:higher|lower|greater|smaller|larger|increased|decreased|reduced|elevated)\s+"
)
# the "with" a second item repeats after "associated with": "(associated with improved X) and
# with greater intentions to Y"
_WITH_LEAD = re.compile(r"(?i)(?:and\s+)?with\s+")
# the amount and noun of a change before the measure: "33% reduction in X", "a 3.23 points
# decrease in X" (the amount is the change's, no arm's value)
_AMOUNT = (
    r"(?i)(?:(?:a|an)\s+)?(?:(?:statistically\s+)?significant\s+)?[-−+]?\d[\d.,·]*\s*"
    r"(?:%|percent|points?|units?|years?|months?|weeks?|days?|kg|mg)?"
)
_CHANGE_NOUN_IN = (
    r"(?:relative\s+|absolute\s+)?"
    r"(?:reductions?|decreases?|increases?|improvements?|declines?|gains?|rises?|changes?)\s+"
    r"(?:in|of)\s+"
)
_AMOUNT_CHANGE = re.compile(_AMOUNT + r"[\s-]+" + _CHANGE_NOUN_IN)
# the same with the amount's interval or P value in brackets before the change noun: "a
# significant 17% (95% CI 0.73-0.93, P < 0.01) reduction in X", "a 5.46 point (95% CI ...)
# change in X" (an outcome's text starts after it, before the bracket would cut it)
AMOUNT_BRACKET_CHANGE = re.compile(_AMOUNT + r"\s*\([^()]{1,120}\)\s+" + _CHANGE_NOUN_IN)
AMOUNT_BRACKET_CHANGE_END = re.compile(AMOUNT_BRACKET_CHANGE.pattern + "$")
# "(no) significant side effects": how sure, not what was measured ("side effects"); not
# "significant differences in X", read as a difference, nor "clinically significant X", a
# threshold that defines the outcome
_SIGNIFICANT_FIRST = re.compile(
    r"(?i)(?<!clinically\s)(?:statistically\s+)?significant(?:ly)?\s+"
    r"(?!(?:differences?|in|than|with|at|for|of|and|or|to)\b)(?=[^\W\d])"
)


_SIZE_BEFORE = re.compile(r"(?i)\b(?:greater|larger|bigger|more|higher|smaller|less|lower)\s+$")

_LIST_JOIN = re.compile(r"(?i),|\s(?:and|or|&)\s")

_TRAILING_CHANGE = re.compile(
    r"(?i)\s+(?:reductions?|decreases?|declines?|increases?|gains?|rises?)$"
)


def _without_trailing_change(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without its last word when that is a change noun sized by the word before
    the span ("greater [body weight reductions]"); not after a list, whose first item the
    size word sizes ("less [hypoglycemic events and weight gain]")."""
    if not _SIZE_BEFORE.search(text, max(0, span[0] - 12), span[0]):
        return span
    m = _TRAILING_CHANGE.search(text, span[0], span[1])
    if m is None or m.end() != span[1] or not LETTER.search(text, span[0], m.start()):
        return span
    if _LIST_JOIN.search(text, span[0], m.start()):
        return span
    return span[0], m.start()
