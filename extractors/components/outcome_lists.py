"""Outcome lists: one result statement that reports several outcomes, each with its numbers.

Not a component: ``evg_claims`` uses this pure function. "There was no significant
difference in pain (MD -7, 95% CI -20 to 6), sleep (P=0.41) and mood (P=0.30)" names three
outcomes, each followed by its own parenthesised statistic. The text from the statement's
outcome on is split at top-level commas and "and"/"or"; each piece holding a parenthesised
number is one outcome (the words before its bracket, without a leading direction word and,
before a verb, the people: "fewer women stopped early" -> "stopped early"), the piece's bounds
the region of its numbers. Fewer than two such pieces, or a first piece that is not the
statement's outcome ("pain was lower with A (3.1) than B (4.2)"): not a list. Unless the
first measure follows the statement's predicate (``_first_item``): "X was greater with A than
placebo (12 vs 9; P=0.002), Y (...) and Z (...)" lists X, Y and Z, and "A outperformed B in
measures of X (P<0.001), Y (...)" or "a difference favouring A for X (MD 2.1), Y (...)" the
words after "in"/"for"; every item then needs a statistic of a comparison in its bracket and
a name of a few words that is no arm, time or subgroup ("than B", "at 12 months", "men").
The same holds for a first measure read before "compared with B" ("A gave higher X compared
with B (33% v 19%) and longer Y (23 v 17 weeks)", every later item with its own comparative)
and for a list that opens with "with" after an outcome with no numbers ("A had a favourable
safety profile versus B, with fewer X (41% v 85%), Y (6% v 30%) ..."). The first item may also
be the statement's outcome less the direction word it opens with ("fewer X (..), Y (..)"), or
the measure after an amount whose statistics stand in brackets before its change noun ("a 17%
(95% CI ..) reduction in X, 18% reduction in Y (..)": X, its statistics before it).

An outcome phrase that coordinates three or more short measures with no statistics of their
own ("pain, fatigue and sleep quality", ``coordinated_outcomes``) lists them too; "nausea and
vomiting" or "HRQOL, including itch and sleep" stay whole. An item that opens with its own
comparative ("fewer flares, less stiffness and more walking") goes that way, and the items
after it without one go the same way (``item_comparatives``). So does each measure of "A
reduced X by 32% and Y by 21%" (``amount_items``; a word of Y may be a bracketed short form,
"lipoprotein (LDL)-cholesterol"): the changes are no arm values, and Y is an outcome as much
as X. Measures given their directions "respectively" ("the incidence of nausea and
hypoglycaemia were, respectively, higher and lower with A", ``respective_directions``) are
one outcome each, with its own word. Effects a list's tail gives its items "respectively"
(", with standardised mean differences of 0.36, 0.21 and 0.25, respectively",
``respective_effects``) are theirs. Pieces that each give a pair of values and the share of
people doing what they name ("With A versus B, 78% versus 32% of patients had X, and 87%
versus 53% had Y", ``paired_items``) are one outcome each, with its own pair.
"""

from __future__ import annotations

import re

from extractors.bracket_lists import separators
from extractors.components.direction_words import AMOUNT_BRACKET_CHANGE_END, LOWER_BODY_PART
from extractors.effect_estimates import EffectSize, effect_measure
from extractors.numbers import (
    P_LABEL,
    RESPECTIVELY,
    SUBJECT_NOUNS_PATTERN,
    WORD_NUMBER_PATTERN,
    parse_number,
)

# not the comma of "534,688", nor the "or"/"and" of "grade 1 or 2", nor an "and" before the
# next arm's value ("was 47.1% with P2 and 42.0% with P4 (p = 0.387), Y ...")
_SEPARATOR = re.compile(
    r"(?:(?<!\d),|,(?!\d))\s*(?:(?:and|or)\s+)?|"
    r"(?<!\b[Gg]rade\s\d)(?<!\b[Gg]rades\s\d)\s+(?:and|or)\s+"
    r"(?![-−]?\d[\d.,·]*\s*%?\s*(?:\([^()]*\)\s*)?(?:with|in|among|for)\s)"
)
_LEAD = re.compile(
    # a hedged verb of the item: "(and) tended to lower SBP (...)"
    r"(?i)(?:(?:(?:tended|appeared|seemed)\s+to\s+(?:lower|reduce|improve|increase|decrease|raise)|"
    r"as\s+well\s+as|"
    r"in|of|for|on|the|a|an|its|their|both|also|significantly|higher|greater|"
    r"lower(?!" + LOWER_BODY_PART + r")|smaller|larger|more|less|fewer|better|worse|increased|"
    r"decreased|reduced|improved|longer|shorter)\s+)+"
)
_PEOPLE = re.compile(  # "fewer women stopped treatment": what they did is the outcome
    r"(?i)(?:patients|participants|subjects|children|women|men|adults|infants|individuals|"
    r"people)\s+(?=[a-z]{3,}ed\s)"
)
# a later item's own pronoun subject and verb: "(and) they had", "these patients also showed"
_PRONOUN_VERB = re.compile(
    r"(?i)(?:(?:and|but)\s+)?(?:they|these\s+(?:patients|participants|women|men|children)|those)"
    r"\s+(?:also\s+)?(?:had|showed|experienced|reported|exhibited|displayed)\s+"
)
_OPENING = re.compile(r"\s*[(\[]")
# a bracket that gives a short form, no statistics: "recurrences (IBRs)"
_SHORT_FORM = re.compile(r"\s*[(\[]\s*[A-Za-z][\w-]{0,11}\s*[)\]]")
# what the clause goes on to say of its counts: "(RLs) were observed in group 1 and 31 in ..."
_WORDS_AFTER = re.compile(
    r"\s+(?:(?:were|was)\s+(?:observed|seen|reported|recorded|noted|found)|occurred)\s+(?:in|with)\s"
)
# a bracket that says what the outcome is, no statistics of it: "(a reduction of at least 30%
# in X)", "(defined as ...)", "(i.e. ...)", "(≥50% fall in X)"
_DEFINITION = re.compile(
    r"(?i)\s*[(\[]\s*(?:an?\s|defined\s|i\.\s?e\.|that\s+is\b|≥|at\s+least\s|"
    # a threshold: "(50% diameter stenosis or more)"
    r"\d+(?:[.·]\d+)?\s*%?\s+(?:[a-z][\w-]*\s+){0,4}?or\s+(?:more|greater|higher|less|lower)\b)"
)
_DIGIT = re.compile(r"\d")
_MAX_WORDS = 12


def listed_outcomes(
    text: str, outcome: tuple[int, int], end: int
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(outcome span, region) per listed outcome from the statement's ``outcome`` on to
    ``end``, or [] when the statement does not list outcomes with their own statistics (the
    first listed one must be the statement's outcome, its bracket right after it)."""
    start = outcome[0]
    if text.count("(", start, end) + text.count("[", start, end) < 2:
        return []
    pieces = []
    cursor = start
    for s, e in separators(text, start, end, _SEPARATOR, ", ao"):
        pieces.append((cursor, s))
        cursor = e
    pieces.append((cursor, end))
    found = []
    loose = False  # whether the first item is read from a predicate around it
    compared = False  # whether it is read before "compared with B"
    amount_first = False  # whether its amount and statistics come before it
    for s, e in pieces:
        bracket = _OPENING.search(text, s, e)
        short = _SHORT_FORM.match(text, bracket.start(), e) if bracket is not None else None
        if short is not None and _WORDS_AFTER.match(text, short.end(), e):
            continue  # "10 relapses (RLs) were seen in group 1": a short form, then a clause
        if s == start and bracket is not None and _DEFINITION.match(text, bracket.start(), e):
            return []  # "Response (a reduction of at least 30% in X) in A was ...": one outcome
        if s == start and (amount := _amount_before(text, start)) is not None:
            # "a 17% (95% CI ...) reduction in X, 18% reduction in Y (...)": X, its
            # statistics before it
            found.append(((s, s + len(text[s:e].rstrip(" ,;:"))), (amount, e)))
            amount_first = True
            continue
        if bracket is None or not _DIGIT.search(text, bracket.start(), e):
            continue
        if s == start and (own := _first_item(text, outcome, s, bracket.start())) is not None:
            found.append((own, (s, e)))
            loose = True
            continue
        name_end = _name_end(text, bracket.start())
        if s == start and _COMPARED_WITH.fullmatch(text, outcome[1], name_end):
            # "A gave higher X compared with B (33% v 19%) and longer Y (23 v 17 weeks)": the
            # outcome before the arm it is compared with; every later item has its own
            # comparative, else they are more arms ("compared to B (OR ..), C (OR ..)")
            found.append((outcome, (s, e)))
            loose = compared = True
            continue
        if compared and not _OWN_COMPARATIVE.match(text, s, bracket.start()):
            return []
        if not found and s > start and (own := _with_item(text, outcome, s, bracket.start())):
            found.append((own, (s, e)))  # "a favourable safety profile, with fewer X (..), Y"
            loose = True
            continue
        if found and _group_tail(text, s, bracket.start()):
            break  # "X (...) and Y (...) between the A and the B group (P < 0.05)"
        if loose and not _loose_item(text, s, bracket.start()):
            return []
        if _STATISTIC_ITEM.match(text, s, bracket.start()):
            break  # ", with odds ratios of 0.5 (95% CI ...) and ...": the items' statistics
        name_start, name_end = s, bracket.start()
        said = _PRONOUN_VERB.match(text, name_start, name_end)
        if said:  # "..., and they had an 82% higher risk of Y (...)": Y
            name_start = said.end()
        lead = _LEAD.match(text, name_start, name_end)
        if lead:
            name_start = lead.end()
            people = _PEOPLE.match(text, name_start, name_end)
            if people:
                name_start = people.end()
        name = text[name_start:name_end].rstrip(" ,;:")
        words = name.split()
        if not words or len(words) > _MAX_WORDS or not re.search(r"[A-Za-z]{2}", name):
            continue
        if _NO_NAME.fullmatch(name):
            continue  # "Four (11%) and 15 (38%) relapses ..., respectively (p=0.008)": counts
        if _TIME_ITEM.fullmatch(name) or _VALUE_ITEM.match(name):
            continue  # "... at 4th (58% vs 10%), 7th (49% vs 6%) and 13th month (...)": times;
            # "X was 3.8 for A and 6.9 for B [...]", "X rose from 7 to 8 for A [...] and from
            # 6 to 8 for B [...]", "..., as compared to baseline (...)": values, a comparison
        copula = _COPULA_VALUE.search(name) if found else None
        if copula is not None and copula.start() > 0:
            # a later item's name before its verb: "X was 47.1% with A and 42.0% with B (..),
            # FN was 4.7% versus 8.0% (p = 0.271)": "FN"
            name = name[: copula.start()]
        found.append(((name_start, name_start + len(name)), (s, e)))
    if len(found) < 2 or not (loose or amount_first or _is_outcome(found[0], outcome)):
        return []
    if loose and not all(_COMPARISON_STATISTIC.search(text, *region) for _, region in found):
        return []  # "X was lower with A (3.1), B (3.5) and C (4.2)": arms' values
    return found


def _amount_before(text: str, start: int) -> int | None:
    """Where the amount and its bracket start when a change noun of them ends right at
    ``start`` ("a significant 17% (95% CI ...) reduction in |X"), else None."""
    amount = AMOUNT_BRACKET_CHANGE_END.search(text, max(0, start - 200), start)
    return amount.start() if amount else None


def _is_outcome(item: tuple[tuple[int, int], tuple[int, int]], outcome: tuple[int, int]) -> bool:
    """Whether a list's first item is the statement's outcome, or that outcome less the
    direction word or article it opens with ("fewer grade 3 AEs (46% v 91%), AEs leading to
    discontinuation (7% v 35%) ...": the item "grade 3 AEs")."""
    (name_start, name_end), (piece_start, _) = item
    return (name_start, name_end) == outcome or (
        piece_start == outcome[0] and name_end == outcome[1]
    )


# an item that names nothing: a count in words, "respectively", "both"
_NO_NAME = re.compile(rf"(?i)(?:{WORD_NUMBER_PATTERN}|respectively|both|all|each|none)")

# only a p value in the bracket: "(P < 0.05)", "[p = 0.003]"
_P_ONLY = re.compile(r"\s*[(\[]\s*" + P_LABEL + r"\s*(?:<=|>=|[<>=≤≥])\s*[\d.·]+\s*[)\]]")


def _group_tail(text: str, start: int, bracket: int) -> bool:
    """Whether the piece from ``start`` is the tail of the clause after its listed measures,
    not one more measure: it names a group (the arms compared or favoured: "between the A
    group and the B group", "favouring the A group") and its bracket holds only the p value
    of them all."""
    name = text[start:bracket].rstrip(" ,;:")
    return bool(_GROUP_END.search(name)) and _P_ONLY.match(text, bracket) is not None


# a comparison's statistic, not one arm's value: "(mean = 441.6 min; 95% CI 407 to 475)"
# after "longer in the A" is A's mean, and its interval A's too
_COMPARISON_STATISTIC = re.compile(
    r"(?i)\bp\s*[<>=≤≥]|\bvs?\.?\s|\bversus\b|\bdifferences?\b|\bratio\b|\b(?:[OH]R|RR|W?MD|SMD)\b"
)


_PREDICATE = re.compile(  # "X was greater with A compared to placebo (...), Y (...)"
    r"(?i)\s+(?:was|were|is|are|remained)\s+(?:\w+ly\s+)?(?:higher|lower|greater|smaller|"
    r"larger|more|less|fewer|better|worse|increased|decreased|reduced|improved|elevated|"
    r"longer|shorter)\b"
)
_COMPARED_WITH = re.compile(  # " compared with placebo" after the first measure
    r"(?i)\s+(?:(?:as\s+)?compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+[^,;()\[\]]{1,60}"
)
_MOST_COMMON = re.compile(  # "the most common adverse events", "the most frequent toxicities"
    r"(?i)(?:the\s+)?most\s+(?:common(?:ly\s+\w+)?|frequent(?:ly\s+\w+)?)\b"
)
_LISTED_AFTER = re.compile(r"(?i)\b(?:were|was|included|including)\s+(?:(?:the|a|an)\s+)?")
_FOR_MEASURE = re.compile(  # "in measures of cognition (P<0.001), function (...)"
    r"(?i)\b(?:in|on|for|regarding|in\s+terms\s+of)\s+(?:(?:the\s+)?(?:measures?|scores?|"
    r"domains?)\s+(?:of|for)\s+)?"
)
_NO_MEASURE = re.compile(  # what a statement names when a list's first measure follows it
    r"(?i)(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:differences?|effects?|benefits?|advantages?|"
    r"superiority|inferiority|non-?inferiority)\b|"
    r"(?:the\s+)?(?:patients|participants|subjects|children|women|men|adults|those)\b"
)
# an ordinal or a number of time units: "7th", "13 th month", "week 12", "24 hours"
_TIME_ITEM = re.compile(
    r"(?i)(?:(?:at|after|by|in)\s+)?(?:(?:the\s+)?\d+\s*(?:st|nd|rd|th)?(?:\s+(?:hours?|days?|weeks?|"
    r"months?|years?))?|(?:hours?|days?|weeks?|months?|years?)\s+\d+)"
)
# an item's values after its name and a verb: "FN was 4.7% versus 8.0% (p = ..)"
_COPULA_VALUE = re.compile(r"(?i)\s+(?:was|were|is|are)\s+(?:[a-z]+\s+){0,2}?[-−+]?\d")
# an item that opens with a value or a comparison names no measure of its own
_VALUE_ITEM = re.compile(
    r"(?i)from\s+[-−+]?\d|[-−+]?\d+(?:[.,·]\d+)?\s*(?:%|[^\W\d]+(?:/[^\W\d]+)?)?\s+(?:for|in|with|"
    r"among|vs\.?|versus)\s|(?:as\s+)?compared\b|relative\s+to\b|versus\b|vs\b"
)
_NOT_A_MEASURE = re.compile(  # "than B (...)", "at 12 months (...)", "men (...)": arms, times
    # and subgroups, not lists of measures
    r"(?i)\s*(?:than|versus|vs\.?|compared|with|without|at|after|before|during|from|to|in\s+the|"
    r"but|not|yet|although|though|however|whereas|while|which|who|"
    r"weeks?|months?|days?|years?|hours?|baseline|\d|women|men|boys|girls|patients|"
    r"participants|subjects|children|adults|those|older|younger|elderly|subgroups?)\b"
)
# an item naming people or a group, compared ("... compared to both A (p=0.002) and healthy
# controls (p=0.049)"): no measure
_GROUP_END = re.compile(
    r"(?i)\b(?:controls?|patients|participants|subjects|groups?|arms?|cohorts?|volunteers|"
    r"individuals|people|women|men|children|adults|infants|cases|carriers)$"
)
_SUBGROUPS = re.compile(  # "was higher among those who:", "was lower in patients with"
    r"(?i)\s*(?:among|in\s+(?:those|patients|participants|subjects|people|individuals|women|men|"
    r"children|adults)\s+(?:who|with|aged)|for\s+those)\b"
)
_MAX_LOOSE_WORDS = 6


def _name_end(text: str, bracket: int) -> int:
    """Where the words before the bracket at ``bracket`` end."""
    return len(text[:bracket].rstrip(" ,;:"))


def _first_item(
    text: str, outcome: tuple[int, int], start: int, bracket: int
) -> tuple[int, int] | None:
    """The first measure of a list (its text before the first bracket from ``start`` to
    ``bracket``) when the statement's outcome is not that measure alone: the outcome before
    "was greater with A (...)" ("Fat oxidation was greater with A than placebo (12 vs 9), free
    fatty acids (...)"), the words after the verb of "the most common X were" ("... were
    reactions (57%; placebo, 9%) and fever (...)"), or the words after the last "in"/"for"
    where the outcome names
    people or a difference ("A outperformed B in measures of cognition (P<0.001), function
    (...)"; "a difference favouring A for mood (MD 2.1), sleep (...)"); else None."""
    name_end = _name_end(text, bracket)
    if outcome[0] != start or outcome[1] > name_end:
        return None
    predicate = _PREDICATE.match(text, outcome[1], name_end) if outcome[1] < name_end else None
    if predicate is not None:
        if _SUBGROUPS.match(text, predicate.end(), name_end):
            return None  # "X was higher among those who: smoked (OR 1.4) or ...": subgroups
        return outcome
    if _MOST_COMMON.match(text, outcome[0], outcome[1]):
        # "The most common AEs with A were injection site reactions (57%; placebo, 9%) and
        # fever (20%; placebo, 7%)": the words after the verb
        verbs = list(_LISTED_AFTER.finditer(text, outcome[1], name_end))
        if verbs and _loose_item(text, verbs[-1].end(), name_end):
            return verbs[-1].end(), name_end
        return None
    if not _NO_MEASURE.match(text, outcome[0], outcome[1]):
        return None
    cuts = list(_FOR_MEASURE.finditer(text, outcome[0], name_end))
    if not cuts or not _loose_item(text, cuts[-1].end(), name_end):
        return None
    return cuts[-1].end(), name_end


_WITH = re.compile(r"(?i)with\s+")


def _with_item(
    text: str, outcome: tuple[int, int], start: int, bracket: int
) -> tuple[int, int] | None:
    """The first measure of a list that opens with "with" after the statement's outcome and
    a comma ("A had a favourable safety profile versus B, with fewer grade 3 AEs (46% v
    91%), AEs leading to discontinuation (7% v 35%) and serious AEs (20% v 26%)"): the words
    after "with" and its direction word, when no number comes between the outcome and the
    piece; else None."""
    if _DIGIT.search(text, outcome[1], start) or "(" in text[outcome[1] : start]:
        return None
    m = _WITH.match(text, start, bracket)
    if m is None:
        return None
    name_start = m.end()
    lead = _LEAD.match(text, name_start, bracket)
    name_start = lead.end() if lead else name_start
    name_end = _name_end(text, bracket)
    return (name_start, name_end) if _loose_item(text, name_start, name_end) else None


def _loose_item(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may be a listed measure after a loosely read first one:
    a few words, not an arm's or time's phrase ("than B", "at 12 months") nor people
    ("healthy controls")."""
    words = text[start:end].split()
    return (
        0 < len(words) <= _MAX_LOOSE_WORDS
        and not _NOT_A_MEASURE.match(text, start, end)
        and not _GROUP_END.search(text[start:end].rstrip(" ,;:"))
    )


_COMMA = r",\s*(?:(?:and|or)\s+)?"
_AND_OR = r"\s+(?:and|or)\s+"
_COORDINATOR = re.compile(_COMMA + "|" + _AND_OR)
# the commas of a list and its last "and"/"or" only: "X, Y and Z, and W" has three items
_LIST_SEPARATOR = re.compile(_COMMA + "|" + _AND_OR + r"(?=[^,]*$)")
_MAX_ITEM_WORDS = 6
_EXAMPLES = re.compile(
    r"(?i)\b(?:including|includes|such\s+as|especially|particularly|namely|i\.e|e\.g|like)\b"
)


_OWN_COMPARATIVE = re.compile(  # "less stiffness", "significantly longer walks"
    r"(?i)(?:(?:significantly|markedly|much|slightly|somewhat|also)\s+)?(?:fewer|less|lower|"
    r"more|higher|greater|shorter|longer|smaller|larger|better|worse|reduced|increased|"
    r"decreased|improved|lowered|elevated|raised)\s+(?=[^\W\d_])"
)


def measure_list(phrase: str) -> bool:
    """Whether a phrase over the outcome's length limit lists measures ("X, Y, Z, and W", each
    of at most eight words, up to 40 words in all, no brackets): ``outcome_span`` keeps it
    whole, so that no item is cut. Looser than ``coordinated_outcomes``, which splits it
    where its items are short and only its last separator holds "and"/"or"."""
    if len(phrase.split()) > 40 or any(c in phrase for c in "()[];:"):
        return False
    items = _LIST_SEPARATOR.split(phrase)
    return len(items) >= 3 and all(1 <= len(item.split()) <= 8 for item in items)


def coordinated_outcomes(text: str, outcome: tuple[int, int]) -> list[tuple[int, int]]:
    """The items of an outcome phrase that lists three or more measures with no statistic of
    their own ("pain, fatigue and sleep quality" -> three spans), else []. Only "A, B(,) and
    C" counts: one final "and"/"or", commas before it, and items of at most six words, so
    "nausea and vomiting" or "quality of life" stay whole; two items when the second opens
    with its own comparative ("flares and more walking")."""
    start, end = outcome
    phrase = text[start:end]
    if any(ch in phrase for ch in "()[];:") or _EXAMPLES.search(phrase):
        return []  # "HRQOL, including DLQI and itch": one outcome with its parts
    separators = list(_COORDINATOR.finditer(phrase))
    joins = [m for m in separators if re.search(r"\b(?:and|or)\b", m.group(0))]
    pair = len(separators) == 1 and _OWN_COMPARATIVE.match(phrase, separators[0].end())
    if (len(separators) < 2 and not pair) or len(joins) != 1 or joins[0] is not separators[-1]:
        return []  # two items only when the second has its own word: "X and more Y"
    items = []
    cursor = 0
    for m in [*separators, None]:
        s, e = cursor, (m.start() if m else len(phrase))
        words = phrase[s:e].split()
        if not words or len(words) > _MAX_ITEM_WORDS or not re.search(r"[A-Za-z]{2}", phrase[s:e]):
            return []
        if _TIME_ITEM.fullmatch(phrase[s:e].strip()):
            return []  # "VAS scores at 1st, 6th, 12th and 24th hour": times of one measure
        items.append((start + s, start + e))
        cursor = m.end() if m else cursor
    return items


def respective_items(text: str, outcome: tuple[int, int], count: int) -> list[tuple[int, int]]:
    """The ``count`` items of an outcome phrase that as many effects after it go with
    "respectively" (``claim_effects.respective_reported``): "the risks of X and Y were higher,
    with HRs of 5.1 (...) and 4.2 (...), respectively" -> "the risks of X", "Y"; split as
    ``coordinated_outcomes`` splits, but two items too (the effects say how many there are);
    [] when the phrase does not list ``count`` items."""
    start, end = outcome
    phrase = text[start:end]
    if count < 2 or any(ch in phrase for ch in "()[];:") or _EXAMPLES.search(phrase):
        return []
    separators = list(_COORDINATOR.finditer(phrase))
    joins = [m for m in separators if re.search(r"\b(?:and|or)\b", m.group(0))]
    if len(separators) != count - 1 or len(joins) != 1 or joins[0] is not separators[-1]:
        return []
    bounds = [0, *(x for m in separators for x in (m.start(), m.end())), len(phrase)]
    items = [(start + s, start + e) for s, e in zip(bounds[::2], bounds[1::2], strict=True)]
    if any(
        not 0 < len(text[s:e].split()) <= _MAX_ITEM_WORDS or not re.search("[A-Za-z]{2}", text[s:e])
        for s, e in items
    ):
        return []
    return items


# numbers that share the words around them: "grade 3 and 4 adverse events"
_NUMBER_RUN = re.compile(r"(?<![\w.])\d+(?:\s*(?:,\s*(?:and|or)?|and|or)\s*\d+)+(?![\w.])")
_DIGITS = re.compile(r"\d+")


def number_items(text: str, outcome: tuple[int, int], count: int) -> list[str]:
    """The ``count`` outcomes of a phrase that lists numbers sharing the words around them
    ("Incidence of grade 3 and 4 adverse events" -> "Incidence of grade 3 adverse events",
    "Incidence of grade 4 adverse events"), else []."""
    phrase = text[outcome[0] : outcome[1]]
    runs = list(_NUMBER_RUN.finditer(phrase))
    if len(runs) != 1:
        return []
    run = runs[0]
    numbers = _DIGITS.findall(run.group(0))
    if len(numbers) != count:
        return []
    head, tail = phrase[: run.start()], phrase[run.end() :]
    return [f"{head}{number}{tail}" for number in numbers]


def item_comparatives(text: str, items: list[tuple[int, int]]) -> list[re.Match[str] | None]:
    """Per listed item, the comparative it opens with ("less stiffness": "less "), else None;
    all None unless an item after the first has one, so a list whose only direction word is
    the statement's ("fewer flares, stiffness and falls") is read as today."""
    found = [_OWN_COMPARATIVE.match(text, s, e) for s, e in items]
    for m, (_, e) in zip(found, items, strict=True):
        if m is not None and not re.search(r"[A-Za-z]{2}", text[m.end() : e]):
            return [None] * len(items)  # "more or less": no measure after the word
    return found if any(found[1:]) else [None] * len(items)


# ", Y by 21%" / "and Y by 21%" after "X by 32%"
_AMOUNT = (
    r"\s+by\s+(?:(?:about|approximately|nearly|almost|around|an?|a\s+mean\s+of)\s+)?"
    r"[-−+~]?\d[\d.·]*"
)
_NEXT_AMOUNT_ITEM = re.compile(
    _AMOUNT + r"\s*(?:%|percent|-?fold|points?|[a-zA-Zµμ/]{1,8}\b)?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+)?"
    r"(?P<item>[^\W\d][\w'’-]*(?:\s+(?:[^\W\d][\w'’-]*|\([^\W\d][\w-]{0,9}\)[\w'’-]*)){0,5}?)"
    r"(?=" + _AMOUNT + r")"  # a word may be a bracketed short form: "lipoprotein (LDL)-cholesterol"
)


def amount_items(text: str, outcome: tuple[int, int], end: int) -> list[tuple[int, int]]:
    """The measures of "reduced X by 32% and Y by 21%" (``outcome`` is X, each further
    measure is named between one amount and the next, before ``end``), else []."""
    items = [outcome]
    position = outcome[1]
    while (m := _NEXT_AMOUNT_ITEM.match(text, position, end)) is not None:
        items.append((m.start("item"), m.end("item")))
        position = m.end("item")
    return items if len(items) > 1 else []


_RESPECTIVE_WORD = (
    r"(?:(?:significantly|markedly|slightly|statistically\s+significantly)\s+)?(?:higher|lower|"
    r"greater|smaller|larger|more|less|fewer|increased|decreased|reduced|improved|shorter|"
    r"longer|better|elevated|lowered)"
)
_RESPECTIVE = re.compile(  # " were, respectively, higher and lower", " were higher and lower"
    r"(?i),?\s+(?:was|were|is|are|remained|became)\s*,?\s*(?:respectively\s*,?\s*)?"
    rf"(?P<words>{_RESPECTIVE_WORD}(?:\s*,\s*{_RESPECTIVE_WORD})*\s*,?\s+(?:and|or)\s+"
    rf"{_RESPECTIVE_WORD})\b"
)
_WORD_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def respective_directions(
    text: str, outcome: tuple[int, int], end: int
) -> list[tuple[tuple[int, int], str]]:
    """(item span, direction word) per measure of an outcome phrase that gives each its own
    direction "respectively" ("the incidence of nausea and hypoglycaemia were, respectively,
    higher and lower with A": "incidence of nausea" higher, "hypoglycaemia" lower), else []:
    as many items (of at most six words, split at commas and "and"/"or") as direction words,
    and "respectively" in the clause (before ``end``)."""
    m = _RESPECTIVE.match(text, outcome[1], end)
    if m is None or not RESPECTIVELY.search(text, outcome[1], end):
        return []
    words = [w for w in _WORD_SEPARATOR.split(m.group("words")) if w]
    phrase = text[outcome[0] : outcome[1]]
    if any(ch in phrase for ch in "()[];:") or _EXAMPLES.search(phrase):
        return []
    items = []
    cursor = 0
    for sep in [*_COORDINATOR.finditer(phrase), None]:
        s, e = cursor, (sep.start() if sep else len(phrase))
        if len(phrase[s:e].split()) > _MAX_ITEM_WORDS or not re.search(r"[A-Za-z]{2}", phrase[s:e]):
            return []
        items.append((outcome[0] + s, outcome[0] + e))
        cursor = sep.end() if sep else cursor
    if len(items) < 2 or len(items) != len(words):
        return []
    return list(zip(items, words, strict=True))


_NUMBER = r"[-−]?\d+(?:\.\d+)?"
_MEASURE_NAMES = (  # the names of an effect in the words of a list's tail
    r"standardi[sz]ed\s+mean\s+differences?|(?-i:SMDs?)",
    r"(?:weighted\s+)?mean\s+differences?|(?-i:W?MDs?)",
    r"odds\s+ratios?|(?-i:ORs?)",
    r"hazard\s+ratios?|(?-i:HRs?)",
    r"risk\s+ratios?|relative\s+risks?|(?-i:RRs?)",
    # Cohen's d and Hedges' g, also the bare letter: "with d of 0.5 and 0.3, respectively"
    r"(?:cohen(?:['’]?s)?['’]?\s*)?(?-i:d)|(?:hedges?(?:['’]?s)?['’]?\s*)?(?-i:g)",
)
# a list's piece that gives the items' effects, no item: "with odds ratios of 0.50 (95% CI
# ...)", "with adjusted HRs of 5.1 (...)"
_STATISTIC_ITEM = re.compile(
    r"(?i)\s*with\s+(?:(?:the|an?)\s+)?(?:(?:adjusted|pooled|unadjusted)\s+)?(?:"
    + "|".join(f"(?:{pattern})" for pattern in _MEASURE_NAMES[:5])
    + r")(?![\w-])"
)
_STANDARDIZED = re.compile(r"(?i)(?:cohen|hedge)?\S*\s*[dg]")
# ", with standardised mean differences of 0.36, 0.21, and 0.25, respectively"
_RESPECTIVE_EFFECTS = re.compile(
    r"(?i)\s*,?\s*(?:with\s+|and\s+)?(?:(?:the|an?)\s+)?(?P<name>"
    + "|".join(f"(?:{pattern})" for pattern in _MEASURE_NAMES)
    + r")\s*(?:of\s+|were\s+|was\s+|=\s*|:\s*)?"
    rf"(?P<values>{_NUMBER}(?:\s*,\s*(?:and\s+)?{_NUMBER}|\s+and\s+{_NUMBER})+)\s*,?\s+respectively\b"
)


def respective_effects(text: str, start: int, end: int, count: int) -> list[EffectSize]:
    """The effects a list's tail gives its ``count`` items "respectively" (", with
    standardised mean differences of 0.36, 0.21, and 0.25, respectively" from ``start``,
    before ``end``; Cohen's d or Hedges' g, also the bare letter, are standardised mean
    differences: ", with d of 0.5 and 0.3, respectively"), in the items' order; [] when there
    is none or their number differs."""
    m = _RESPECTIVE_EFFECTS.match(text, start, end)
    if m is None:
        return []
    name = m.group("name")
    measure = effect_measure(name) or (
        "standardized mean difference" if _STANDARDIZED.fullmatch(name) else None
    )
    if measure is None:
        return []
    values = [
        (v.start(), v.end(), value)
        for v in re.finditer(_NUMBER, m.group("values"))
        if (value := parse_number(v.group(0))) is not None
    ]
    if len(values) != count:
        return []
    at = m.start("values")
    return [EffectSize(measure, value, None, at + s, at + e) for s, e, value in values]


_PAIR_VALUE = r"[-−]?\d+(?:[.·]\d+)?\s*%?"
# "78% versus 32% of patients experienced X", "12 vs 25% of the children were Y": shares of
# people (a "%" after the second value), not "8.1 vs 7.1 months"
_PAIRED_ITEM = re.compile(
    rf"(?i)(?<![\w.·]){_PAIR_VALUE}\s*(?:vs\.?|versus|v\.?|compared\s+(?:with|to))\s*"
    rf"[-−]?\d+(?:[.·]\d+)?\s*%\s+(?:of\s+(?:the\s+|all\s+)?(?:[^\W\d][\w-]*\s+)?"
    rf"(?:{SUBJECT_NOUNS_PATTERN})\s+)?(?:(?:had|have|were|was)\s+)?"
    r"(?:[^\W\d][\w-]*ed\s+|had\s+|have\s+|were\s+|was\s+)?(?:(?:an?|the)\s+)?"
    r"(?!(?:in|at|on|with|among|for|after|during|vs|versus|and|or|of|respectively)\b)"
    r"(?P<outcome>[^\W\d][^()\[\];]*?)\s*(?=[(\[;]|$)"
)
_PIECE = re.compile(r",\s*(?:and|while|whereas)\s+|;\s*(?:and\s+)?|\s+and\s+(?=[-−]?\d)")
_AT_OR_IN = re.compile(r"(?i)\s+(?:at|in|with|among|after|during|by)\s")


def paired_items(text: str, start: int, end: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(outcome span, region) per piece of a clause that gives a pair of values and what
    the people of that share did ("With A versus B, 78% versus 32% of patients experienced
    benefit 1, and 87% versus 53% of patients experienced benefit 2 (both P < .001)": benefit
    1 from the clause's start, benefit 2 from its ", and" on), else []: two or more such
    pieces, joined by ", and", ", while", ", whereas", ";" or an "and" before a value,
    outside brackets, and each holding one pair. The outcome is the piece's words after the
    people and their verb, up to a bracket, a time or a group ("at 12 weeks", "in the A
    group")."""
    cuts = separators(text, start, end, _PIECE, ",; ")
    bounds = [start, *(e for _, e in cuts)]
    ends = [s for s, _ in cuts] + [end]
    found = []
    for s, e in zip(bounds, ends, strict=True):
        pairs = [
            m
            for m in _PAIRED_ITEM.finditer(text, s, e)
            if text.count("(", s, m.start()) == text.count(")", s, m.start())
        ]
        if len(pairs) != 1:
            return []
        name_start, name_end = pairs[0].span("outcome")
        cut = _AT_OR_IN.search(text, name_start, name_end)
        name_end = cut.start() if cut else name_end
        name = text[name_start:name_end].rstrip(" ,")
        if not name or len(name.split()) > _MAX_WORDS:
            return []
        found.append(((name_start, name_start + len(name)), (s, e)))
    return found if len(found) >= 2 else []
