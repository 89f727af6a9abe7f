"""What the words of a result clause say about the claims ``evg_claims`` makes from it.

Whether a phrase names an arm (``names_an_arm``, ``names_no_arm``), an outcome past the
effect measure's name that opens it (``past_measure_name``), a clause that refers back to
the outcome before ("it", "this", "not in X": ``referred_back``), the items of a
clause that each name an arm or a time point (``named_arm_items``, ``time_items``), an
outcome without its arm tail (``without_arm_tail``) or the value it ends with
(``without_value_tail``), a listed item that is an arm's name (``arm_item``), an outcome's
distinctive words (``outcome_words``), a statement about the difference itself
(``about_the_difference``), where the statistics of a clause begin (``before_statistics``),
the predicate its items share (``sentence_predicate``), the order its values name the
groups in (``in_mention_order``) and a clause that only reports a correlation
(``correlation_only``). Split out of ``claims``.
"""

from __future__ import annotations

import re

from extractors.bracket_lists import without_brackets
from extractors.components.arm_names import comparison_word, named_arm
from extractors.components.arms import ArmMention, mention_words
from extractors.components.comparison_direction import value_direction
from extractors.components.direction_words import direction_cue
from extractors.components.quantities import Quantities
from extractors.components.result_values import ValueGroup
from extractors.components.sections import Sentence
from extractors.components.statement_forms import names_people
from extractors.components.statement_phrases import Statement
from extractors.components.statements import (
    outcome_phrase,
)
from extractors.dosing import without_doses
from extractors.effect_estimates import measure_name_end
from extractors.numbers import WORD_NUMBER_PATTERN

# a subject that names no outcome: "there", a pronoun, a connective read as a subject (also
# "not" before where or in whom: "..., but not at week 16", "but not with B")
_CONNECTIVE = r"(?i)\s*(?:(?:but|and|however|whereas|while|although|though|yet),?\s+)?"

_NOT_WHERE = r"not\s+(?:in|at|after|with|for|among|during|by|on)\b.*"

NO_OUTCOME = re.compile(
    _CONNECTIVE + r"(?:(?:there|it|its|this|that|these|they|them|those|we|and|but|or|not|"
    r"however)\s*|" + _NOT_WHERE + ")"
)

_ANAPHOR = re.compile(_CONNECTIVE + r"(?:(?:it|this|that|these|they|not)\s*|" + _NOT_WHERE + ")")

# "it was not significant in reducing X": the clause names its outcome after all
_PRONOUN_TARGET = re.compile(
    r"(?i)\b(?:significant(?:ly\s+different)?|different|effective|beneficial|superior|inferior)"
    r"\s+(?:in|for|on|regarding|in\s+terms\s+of)\s+(?:(?:reducing|improving|increasing|"
    r"decreasing|lowering|raising|preventing|the)\s+)*"
)

# a clause about the difference the one before reported, by its significance or its size:
# "This difference was significant (P = 0.03)", "These differences did not reach significance",
# "; treatment difference (95% CI) was 1.3% (-11.4, 13.9)", "; mean difference 2.1 (0.5 to 3.7)"
_ABOUT_THE_DIFFERENCE = re.compile(
    r"(?i)\s*(?:(?:however|but|and|with),?\s+)?(?:(?:this|that|the|these|those|such|an?)\s+)?"
    r"(?:(?:observed|absolute|relative|adjusted|estimated|treatment|between-groups?|risk|mean)\s+)*"
    r"(?:difference|reduction|increase|decrease|effect|benefit|improvement)(?P<plural>s)?\s*"
    r"(?:[(\[][^()\[\]]{0,30}[)\]]\s*)?(?:(?:(?:was|were|is|are|remained|proved|appeared)\s+"
    r"(?:not\s+)?(?:\w+ly\s+)?(?:not\s+)?(?:(?:non-?|in)?significant)|(?:did\s+not|failed\s+to)\s+"
    r"(?:reach|achieve|attain)|(?:reached|achieved|attained)\s+(?:statistical\s+)?significance)"
    r"|(?:was|were|is|of|=|:|,)?\s*[-−]?\d)"
)

# "..., but with no significant difference between treatments (p = 0.65)", "; there was no
# difference between the groups": whether the changes the clause before reported differed
_NO_DIFFERENCE_BETWEEN = re.compile(
    r"(?i)\s*(?:(?:however|but|and|although|though),?\s+)?(?:with\s+|there\s+(?:was|were)\s+)?"
    r"no\s+(?:(?:statistically|clinically)\s+)?(?:significant\s+)?difference(?P<plural>s)?\s+"
    r"(?:(?:was|were)\s+(?:found|seen|observed|noted)\s+)?between\s+(?:the\s+)?(?:two\s+|three\s+)?"
    r"(?:groups?|arms?|treatments?|regimens?|them)\b"
)


def about_the_difference(text: str, start: int, end: int) -> str | None:
    """ "plural" or "singular" when the clause ``text[start:end]`` is about the difference the
    clause before reported (``_ABOUT_THE_DIFFERENCE``, ``_NO_DIFFERENCE_BETWEEN``): its
    significance or its size, naming no measure of its own ("for pain", "on pain"; nothing
    after "no difference between the groups"); else None."""
    between = _NO_DIFFERENCE_BETWEEN.match(text, start, end)
    if between and not LETTERS.search(without_brackets(text[between.end() : end])):
        return "plural" if between.group("plural") else "singular"
    m = _ABOUT_THE_DIFFERENCE.match(text, start, end)
    if m is None or _NAMES_A_MEASURE.search(without_brackets(text[m.end() : end])):
        return None  # "The effect was significant for pain": a claim of its own
    return "plural" if m.group("plural") else "singular"


# "for pain", "on pain"; not "in": "not significant in the per-protocol analysis", "greater
# than those seen in patients treated with B" name no measure of their own
_NAMES_A_MEASURE = re.compile(r"(?i)\b(?:for|on|regarding)\s")

_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")

_ARM_PREPOSITION = re.compile(
    r"(?i)\s+(?:with|in|among|on|for|after|from|receiving|given)\s+(?:the\s+|a\s+)?"
)


def without_arm_tail(text: str, span: tuple[int, int], arms: list[ArmMention]) -> tuple[int, int]:
    """An outcome span without a trailing phrase that names an arm: "relapses with drug A"
    -> "relapses", "pain in the placebo group" -> "pain" (the arms are the claim's own
    fields). Only a known arm's label or intervention counts, or a few words all of one arm
    and telling it apart ("with drug K" of "300 mg of subcutaneous drug K"), so "patients with
    sepsis" stays.
    """
    start, end = span
    phrase = text[start:end]
    names = {
        name.lower()
        for arm in arms
        for name in (arm.label, *arm.interventions)
        if len(name.strip()) >= 2
    }
    for m in _ARM_PREPOSITION.finditer(phrase):
        rest = phrase[m.end() :].lower()
        if not any(c.isalpha() for c in phrase[: m.start()]):
            continue
        for name in names:
            if rest.startswith(name) and (len(rest) == len(name) or not rest[len(name)].isalnum()):
                return start, start + m.start()
        left = phrase[: m.start()]
        if _names_one_arm(rest, arms) and set(_WORD.findall(left.lower())) - _GENERIC:
            # "with drug K" of the arm "300 mg of subcutaneous drug K"; not "group receiving
            # X", which would leave no outcome word
            return start, start + m.start()
    tail = _GROUP_TAIL.search(phrase)
    if tail is not None and set(_WORD.findall(phrase[: tail.start()].lower())) - _GENERIC:
        # "union rate of the C-only group", "duration of readmission between the two groups":
        # a group named by its own words, no known arm's
        return start, start + tail.start()
    return span


# a trailing phrase that names groups: "of the treatment group", "between the two groups",
# "in any of the three groups", "in favor of the PPV arm", "of group C"; an arm only after a
# group's word or a name ("the upper arm" is a body part)
_GROUP_TAIL = re.compile(
    r"\s+(?i:in\s+favou?r\s+of|of|for|in|within|among|between|across)\s+(?i:(?:the|both|all|each|either|any\s+of\s+"
    r"the)\s+)?(?:(?!(?i:of|for|in|within|among|between|across|with|to|at|on)\s)[\w+/-]+\s+){0,6}?"
    r"(?:(?i:groups?|cohorts?)|(?:(?i:treatment|study|control|"
    r"placebo|intervention|experimental|comparator|active)|[A-Z][\w+/-]*)\s+(?i:arms?))$|"
    # a group by its label: "the therapeutic effect of group C", "in groups A and B"
    r"\s+(?i:of|for|in|within|among|between|across)\s+(?i:the\s+)?(?i:groups?|arms?)\s+"
    r"(?:[A-Z]{1,2}|[IVX]{1,4}|\d{1,2})(?:\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|vs\.?\s+|versus\s+)"
    r"(?:[A-Z]{1,2}|[IVX]{1,4}|\d{1,2}))*$"
)


# an outcome's own value written into its phrase, at its end: "survival rate of 68.6 per cent",
# "median OS of 18.5", "rate of inappropriate therapy, 21%" (not "HbA1c of 7% or less")
_SHARE_OR_DECIMAL = r"[-−+]?(?:\d[\d,]*\s*(?:%|per\s*cent\b)|\d*[.·]\d+\s*(?:%|per\s*cent\b)?)"
_VALUE_TAIL = re.compile(
    r"\s*,\s*[-−+]?\d[\d.,·]*\s*(?:%|per\s*cent\b|[A-Za-zµμ/]{1,6}\b)?\s*$|"
    # after "of", a share or a decimal only ("the age of 2", "distances of 4m", "4 of 5" stay),
    # or a list of them: "5-year DFS rates of 71.8% and 80.1%, respectively"
    rf"\s+of\s+{_SHARE_OR_DECIMAL}(?:\s*(?:,\s*(?:and\s+)?|and\s+|vs\.?\s+|versus\s+)"
    rf"{_SHARE_OR_DECIMAL})*(?:\s*,?\s*respectively)?\s*$"
)
# a threshold the outcome counts people by: "(patients) achieving HbA1c of 7.0%"
_THRESHOLD_BEFORE = re.compile(
    r"(?i)\b(?:achiev\w*|reach\w*|attain\w*|with|below|above|under|over(?!-)|than|least|most)\b"
)


def without_value_tail(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """An outcome span without the value its phrase ends with ("five-year survival rate of
    68.6 per cent" -> "five-year survival rate"), when words are left before it."""
    start, end = span
    m = _VALUE_TAIL.search(text, start, end)
    if m is None or not any(c.isalpha() for c in text[start : m.start()]):
        return span
    if _THRESHOLD_BEFORE.search(text, start, m.start()):
        return span  # "patients achieving HbA1c of 7.0%"
    return start, m.start()


_ARM_NOUNS = frozenset({"group", "groups", "arm", "arms"})


def _names_one_arm(rest: str, arms: list[ArmMention]) -> bool:
    """Whether the words of ``rest`` (at most four) are all one arm's, "group" aside, and one
    tells it from the others: a short name of an arm whose label is longer ("drug K" of "300
    mg of subcutaneous drug K")."""
    words = mention_words(rest)
    if not words or len(rest.split()) > 4:
        return False
    return any(words <= arm.words | _ARM_NOUNS and words & arm.distinctive for arm in arms)


_GENERIC = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "and", "or", "by", "from",
    "than", "vs", "versus", "between", "among", "group", "groups", "arm", "arms", "patients",
    "participants", "subjects", "rate", "rates", "level", "levels", "score", "scores", "total",
    "mean", "median", "overall", "significant", "significantly", "higher", "lower", "more",
    "less", "greater", "improved", "reduced", "increased", "decreased", "improvement",
    "reduction", "change", "changes", "effect", "effects",
}  # fmt: skip


def outcome_words(phrase: str) -> frozenset[str]:
    """The distinctive lower-cased words of an outcome phrase ("the rate of relapse" ->
    {"relapse"}), by which a Conclusions claim is found to repeat a Results one."""
    return frozenset(w for w in _WORD.findall(phrase.lower()) if w not in _GENERIC)


_ARM_WORDING = re.compile(r"(?i)^(?:the\s+)?|\s+(?:group|arm)$")


def names_an_arm(phrase: str, arms: list[ArmMention]) -> bool:
    """Whether a phrase is the name of one of ``arms`` ("Preservative-free timolol", "the
    placebo group"), with or without its dose ("Naproxen" for "naproxen 250 mg twice daily"):
    the subject of "A was non-inferior to B" names no measure."""
    bare = _ARM_WORDING.sub("", phrase.strip()).lower()
    return any(
        bare in (named, without_doses(named))
        for arm in arms
        for name in (arm.label, *arm.interventions)
        if (named := _ARM_WORDING.sub("", name.strip()).lower())
    )


# "A was not different from B for X", "A was superior to B in terms of X": what was measured
# follows the arm compared with
_ARM_TARGET = re.compile(
    r"(?i)(?P<arm>[^,;()]{1,60}?)\s+(?:for|regarding|in\s+terms\s+of|"
    r"with\s+(?:respect|regard)\s+to|on)\s+(?:the\s+)?"
)


def outcome_after_arms(
    text: str, start: int, end: int, arms: list[ArmMention]
) -> tuple[int, int] | None:
    """The outcome named after the arm a statement whose subject is an arm compares it with
    ("Naproxen was not significantly different from placebo for pain relief": "pain
    relief"), or None."""
    clause = text[start:end]
    after = comparison_word(clause)
    target = _ARM_TARGET.match(clause, after.end()) if after else None
    if target is None or named_arm(arms, target.group("arm")) is None:
        return None
    span = outcome_phrase(text, start + target.end(), end)
    return None if span is None or names_people(text[span[0] : span[1]]) else span


# a subject that only names groups in the abstract's own words: "The LM and the RM groups"
_GROUPS_SUBJECT = re.compile(
    r"(?i)(?:the\s+)?(?:[\w+/-]+\s+){0,3}?(?:and\s+(?:the\s+)?(?:[\w+/-]+\s+){0,3}?)?(?:groups?|arms?)"
)
# the group compared with, then what was measured: "(from) the UC group in the amount of X"
_GROUP_TARGET = re.compile(
    r"(?i)(?:the\s+)?[^,;()]{1,40}?\s+(?:groups?|arms?)\s+(?:in|for|regarding|in\s+terms\s+of|"
    r"with\s+(?:respect|regard)\s+to|on)\s+(?:the\s+)?"
)


def outcome_after_groups(text: str, start: int, end: int, subject: str) -> tuple[int, int] | None:
    """The outcome named after the group a statement whose ``subject`` only names groups
    compares them with ("The LM and the RM groups did not differ significantly from the UC
    group in the amount of propofol": "amount of propofol"), or None."""
    if not _GROUPS_SUBJECT.fullmatch(subject.strip()):
        return None
    clause = text[start:end]
    after = comparison_word(clause)
    target = _GROUP_TARGET.match(clause, after.end()) if after else None
    if target is None:
        return None
    span = outcome_phrase(text, start + target.end(), end)
    return None if span is None or names_people(text[span[0] : span[1]]) else span


# a quantified subject: "Both treatments", "all three regimens", "each group" (``EVERY_ARM``)
# and "All studies", "both A and B": no one intervention
_QUANTIFIED = re.compile(
    r"(?i)(?:both|all|each|every|either)(?:\s+(?:of\s+)?(?:the\s+)?[\w-]+){1,3}"
)

_SHARE_OF = re.compile(r"(?i)^(?:\d+(?:[.·]\d+)?\s*%|[\w.·-]+\s+per\s*cent)\s+of\s+")


def past_measure_name(
    text: str, span: tuple[int, int], statement: Statement
) -> tuple[tuple[int, int], Statement]:
    """An outcome span past the effect measure's name that opens it ("Adjusted hazard ratios
    for death" -> "death"): a measure's name is never an outcome. The name alone ("wound
    healing revealed [RR]: 1.59") makes the statement's actor the outcome, and no actor."""
    named_end = measure_name_end(text, *span)
    if named_end is None:
        return span, statement
    if named_end < span[1]:
        return (named_end, span[1]), statement
    if statement.actor is not None:
        return statement.actor, Statement(statement.actor, None, statement.pattern)
    return span, statement


def names_no_arm(actor: str) -> bool:
    """Whether a statement's actor names no one intervention: people ("All nineteen
    subjects", "Patients in the A group": the clause's group words name it), a share of them
    ("Fifty percent of patients") or a quantified subject, every arm among them ("Both
    treatments", "all three regimens", "each group", "All studies")."""
    share = _SHARE_OF.match(actor)
    return bool(
        _QUANTIFIED.fullmatch(actor) or names_people(actor[share.end() :] if share else actor)
    )


# a group named by no treatment: "the two groups", "either group", "this cohort", "any
# treatment group"; and a clause that ends on one ("similar among groups"). Not "the trial
# group", "the study groups", "treatment groups": the trial's treated arms
_GENERIC_GROUP = (
    r"(?:(?:the|these|those|this|that|all|both|each|either|any|another|other|every)\s+)*"
    rf"(?:(?:\d+|{WORD_NUMBER_PATTERN})\s+)?"
    r"(?:(?:patient|participant|drug|dose|age|larger|smaller|different|remaining|respective)"
    r"\s+)*(?:groups?|arms?|cohorts?)"
)
_EVERY_TREATMENT_GROUP = (  # "any treatment group", "all three study arms"
    rf"(?:all|each|any|every|either|both)\s+(?:(?:\d+|{WORD_NUMBER_PATTERN})\s+)?"
    r"(?:treatment|study|trial)\s+(?:groups?|arms?)"
)
_NO_TREATMENT_GROUP = re.compile(
    rf"(?i)\s*(?:{_GENERIC_GROUP}|{_EVERY_TREATMENT_GROUP}|.*\b(?:among|across|between)\s+"
    rf"(?:{_GENERIC_GROUP}|(?:the\s+)?(?:treatment|study)\s+(?:groups|arms)|"
    rf"{_EVERY_TREATMENT_GROUP}))(?:\s+(?:also|too|alone|only))?\s*"
)
# what a study found or measured, opening the phrase: "Subgroup analyses", "Three studies",
# "A meta-analysis of trials", "The main complications", "The overall effect"
_STUDY_WORDS = re.compile(
    r"(?i)\s*(?:[\w-]+\s+){0,4}?(?:analys[ie]s|meta-analys[ie]s|stud(?:y|ies)|trials?|RCTs?|"
    r"research|evidence|investigations?|modell?ing|results|findings|effects?|outcomes|"
    r"complications|adverse\s+events|series|reports|reviews?)(?=\s+(?:of|in|from|with|on|"
    r"for|by|published|included|including|that|which|suggested|showed|indicated|is|was|are|"
    r"were|add|adds|comparing|designed|conducted)\b|\s*[,(]|\s*$)"
)
# a pronoun: "It also (reduced ...)", "We designed a trial that ...", "they"
_PRONOUN = re.compile(r"\s*(?:[Ii]ts?|[Tt]hey|[Tt]hem|[Ww]e|us|[Hh]e|[Ss]he)\b")  # not "US-guided"
# a clause cut before its verb: "More studies are (needed)", "it does (improve)"
_CUT_AT_AUXILIARY = re.compile(r"(?i).*\s(?:are|is|be|have|has|does|do)\s*")


def names_no_treatment(phrase: str) -> bool:
    """Whether a phrase read as a statement's intervention names no treatment at all: a group
    by no treatment's name ("the three groups", "either group", "similar among groups"),
    what a study did or found ("Subgroup analyses", "Five studies", "The overall effect")
    a clause cut before its verb ("Further trials are (needed)") or a pronoun ("It also",
    "We designed ..."). Such a phrase is no intervention; an empty one says less but nothing
    wrong."""
    return bool(
        _NO_TREATMENT_GROUP.fullmatch(phrase)
        or _STUDY_WORDS.match(phrase)
        or _CUT_AT_AUXILIARY.fullmatch(phrase)
        or _PRONOUN.match(phrase)
    )


# "with A (p = 0.03)", "in the B group (P < 0.01)": an arm with its own bracketed statistics
_ARM_ITEM = re.compile(
    r"(?i)\b(?:with|in|for|among|after)\s+(?:the\s+)?(?P<arm>[^\s()\[\],;][^()\[\],;]{0,59}?)"
    r"\s*[(\[][^()\[\]]*\d[^()\[\]]*[)\]]"
)

_ITEM_JOIN = re.compile(r"(?i)\s*,?\s*(?:and|but\s+also|as\s+well\s+as)?\s*")


def named_arm_items(
    text: str, start: int, end: int, arms: list[ArmMention]
) -> list[tuple[int, int]]:
    """The bounds of "with A (p = 0.03) and with B (p = 0.001)" items of a clause of a trial
    with three or more arms, when two or more in a row each name a different arm that is no
    comparator and the clause names a comparator before or after them; else []."""
    if len(arms) < 3:
        return []
    found: list[tuple[int, int]] = []
    named: list[ArmMention] = []
    for m in _ARM_ITEM.finditer(text, start, end):
        arm = named_arm(arms, m.group("arm"))
        if arm is None or arm.comparator or arm in named:
            return []
        if found and not _ITEM_JOIN.fullmatch(text, found[-1][1], m.start()):
            return []
        found.append((m.start(), m.end()))
        named.append(arm)
    if len(found) < 2:
        return []
    around = text[start : found[0][0]] + " " + text[found[-1][1] : end]
    comparators = [a for a in arms if a.comparator]
    return found if any(named_arm([a], around) for a in comparators) else []


# "at 6 months (8% vs 39%, P = 0.01)": a time point and, right after it, a bracket of values
_TIME_BRACKET = re.compile(r"\s*[(\[](?P<inner>[^()\[\]]*\d[^()\[\]]*)[)\]]")

_TIME_LEAD = re.compile(r"(?i)(?:\b(?:at|after|by|on|in|during|within|over)\s+(?:the\s+)?)?$")


def time_items(text: str, start: int, end: int, q: Quantities) -> list[tuple[int, int]]:
    """The bounds of "at 6 months (8% vs 39%) and at 12 months (22% vs 50%)" items of a
    clause: two or more time points in a row, each followed by a bracket holding two or more
    values an arm can have, joined by "and" or commas; else []."""
    found: list[tuple[int, int]] = []
    for tp in q.timepoints:
        bracket = _TIME_BRACKET.match(text, tp.end, end)
        if bracket is None:
            continue
        if _arm_value_count(q.between(bracket.start("inner"), bracket.end("inner"))) < 2:
            continue
        lead = _TIME_LEAD.search(text, max(start, tp.start - 20), tp.start)
        item_start = lead.start() if lead and lead.group() else tp.start
        if found and not _ITEM_JOIN.fullmatch(text, found[-1][1], item_start):
            return []
        found.append((item_start, bracket.end()))
    return found if len(found) >= 2 else []


def referred_back(
    text: str, statement: Statement, end: int, referred: tuple[int, int] | None
) -> Statement:
    """``statement`` whose outcome names none ("there", "it", "those"): the measure named
    after "significant in (reducing)" before ``end`` ("it was not significant in reducing
    X": X); else with "it", "this", "these", "they" or "not", the outcome ``referred`` to
    when it names one: that of the clause before ("Median drainage was 395 mL; it was lower
    by 28% with A": "Median drainage") or, for a sentence's first clause, of the last claim
    of the sentence before; else no outcome."""
    assert statement.outcome is not None
    target = _PRONOUN_TARGET.search(text, statement.outcome[1], end)
    named = outcome_phrase(text, target.end(), end) if target else None
    if named is not None:
        return Statement(named, statement.actor, statement.pattern)
    if (
        referred is not None
        and _ANAPHOR.fullmatch(text, *statement.outcome)
        and not NO_OUTCOME.fullmatch(text, *referred)
    ):
        return Statement(referred, statement.actor, statement.pattern)
    return Statement(None, statement.actor, statement.pattern)


def _arm_value_count(q: Quantities) -> int:
    """How many values an arm can have ``q`` holds (percentages, fractions, means, medians
    and counts of events)."""
    return len(q.percents) + len(q.fractions) + len(q.mean_sds) + len(q.medians) + len(q.counts)


def has_arm_values(q: Quantities) -> bool:
    """Whether ``q`` holds a value an arm can have, so that its values are worth grouping by
    arm."""
    return _arm_value_count(q) > 0


LETTERS = re.compile(r"[^\W\d_]")


def sentence_predicate(text: str, sent: Sentence, end: int) -> str:
    """What follows the sentence's last bracket when the clause ending at ``end`` is a list of
    changes without a predicate of its own: "An increase in A (p<0.001), B (p<0.001), and a
    decrease in C (p<0.01) was observed in group X compared to group Y" shares "was observed
    in group X compared to group Y" with the first clause's items; else ""."""
    last_close = text.rfind(")", end, sent.end)
    return text[last_close + 1 : sent.end] if last_close >= 0 else ""


_STATISTICS_PART = re.compile(r";\s+")


def before_statistics(text: str, start: int, end: int) -> int:
    """Where a listed outcome's arm values end: at the first "; " inside its bracket ("X
    (22/50 [44%] vs 11/50 [22%]; difference 22%, 95% CI 4-40; p=0.02)": the difference after
    it is no arm's value), else ``end``; not at one that ends a label with no number before it
    ("(AEs; 46.4% v 90.9%)"), nor in a bracket that opens with the statistics ("(HR 0.87, P =
    0.67; median 223 vs 112 days)", "(N = 2740; 88.5%/88.8%, respectively)")."""
    bracket = text.find("(", start, end)
    if bracket < 0 or _STATISTICS_FIRST.match(text, bracket):
        return end  # "(HR 0.87, P = 0.67; median 223 vs 112 days)": the values come after
    for split in _STATISTICS_PART.finditer(text, bracket, end):
        if text.count(")", bracket, split.start()):
            return end
        if _ANY_DIGIT.search(text, bracket, split.start()):
            return split.start()
    return end


_ANY_DIGIT = re.compile(r"\d")
# a bracket that opens with a statistic between the arms: a ratio, or a p value
_STATISTICS_FIRST = re.compile(
    r"\(\s*(?:(?i:(?:adjusted\s+)?(?:hazard|odds|risk|rate)\s+ratio)|a?(?:HR|OR|RR|IRR)\b|"
    # or with how many were analysed: "(N = 2740; 88.5%/88.8%, respectively, P = 0.81)"
    r"[Pp]\s*[=<>≤≥]|[Nn]\s*=\s*\d[\d,]*\s*;)"
)


_RESTATED = re.compile(r"\s*[^\W\d_]{0,6}\s*\(\s*")  # "0.06 h (3.6 min)": the same value


def in_mention_order(groups: list[ValueGroup], text: str) -> str:
    """With no trial arm recognised, the first of exactly two values of one kind against the
    second ("80% in the aprepitant group compared with 56% in the standard group"): the
    statement's first group stands as the intervention (``group_phrases``). A value in
    brackets right after another restates it ("0.06 h (3.6 min)") and is not counted."""
    groups = [
        g
        for i, g in enumerate(groups)
        if not (i and _RESTATED.fullmatch(text, groups[i - 1].end, g.start))
    ]
    kinds = {
        (
            "percent"
            if g.percent is not None or g.events is not None
            else "mean"
            if g.mean is not None
            else "median"
        )
        for g in groups
    }
    values = [v for g in groups if (v := g.value()) is not None]
    if len(values) != 2 or len(kinds) != 1:
        return "unclear"
    return value_direction(*values)


_CORRELATION = re.compile(r"(?i)\bcorrelat(?:ed|es?|ions?|ing)\b")


def correlation_only(clause: str) -> bool:
    """Whether a clause reports a correlation between measures and nothing before it ("X
    correlated with Y (r = 0.41)", "X and Y were inversely correlated", "There was a
    correlation between X and Y", "No correlation was found between X and Y"): it compares no
    arms and names no intervention, so it is no claim. A correlation after a clause's own
    direction word is an aside of a comparison ("X was lower with A, without correlation
    with Y"): the comparison is read."""
    if "orrelat" not in clause:
        return False
    m = _CORRELATION.search(clause)
    return m is not None and direction_cue(clause[: m.start()]) is None


_ITEM_PEOPLE = frozenset({
    "recipients", "users", "participants", "subjects", "cases", "controls", "cohort", "cohorts",
    "women", "men", "children", "adults", "infants", "people", "treated", "given",
})  # fmt: skip


_ITEM_LINK = re.compile(
    r"(?i)\b(?:with|in|at|for|of|on|among|vs\.?|versus|than|compared|receiving|after)\b"
)


def arm_item(arms: list[ArmMention], name: str) -> bool:
    """Whether a listed item's name is an arm's ("A (12%)", "the placebo recipients (15%)",
    "comparison with placebo at 300 mg (...)"), not a measure named with one and nothing
    that links words ("drug K dose reductions (52% vs 13%)")."""
    arm = named_arm(arms, name)
    if arm is None:
        return False
    if _ITEM_LINK.search(name):  # "comparison with placebo at doses of 300 mg/m2 (...)"
        return True
    return not (mention_words(name) - arm.words - _ITEM_PEOPLE)
