"""Which way a result statement says the measured quantity went between two arms.

Direction is which way the measured quantity went in the intervention arm against the
comparator (Evidence Inference's "significantly increased"), not which arm did better: "no
difference" when the statement says so (or is not significant and not hedged); else the
direction words, reversed when the comparator is the arm named right after them ("higher
(significantly) in the placebo group"; the outcome's own words name no arm); else the
intervention's value against the comparator's; else the side of the null of a reported
effect (the sign of a difference depends on which arm it subtracts from which, so the words
come first). Words that say only which arm did better ("improved", "more effective",
"inferior") of an outcome that is no named harm leave the way to the values or a reported
difference ("improved sleep latency (MD -0.59)": decreased), to a quantity verb after them
("more effective in reducing X"), else read as a rise, but as "unclear" of a time or
duration ("improved bleeding time": shorter or longer; not a time to an event, read as a
rise); words inside a bracket ("(hospitalisation due to worsening PAH)"), those describing
the actor (``statements.direction_text``) and participles inside the outcome phrase
("relieving factors") are no direction words; words and values that say opposite ways keep
the words' direction with a warning (``direction_warnings``); a change within the arms with
no comparison between them ("in both groups", a p value of its own after each arm's change:
``within_group_change``) gives no direction between the arms ("unclear"), a state "in both
groups" ("X was high in both groups") "no difference". Split out of ``comparison``.
"""

from __future__ import annotations

import re

from extractors.components.arm_names import BEFORE_START, comparison_word, named_arm
from extractors.components.arms import ArmMention, mention_words
from extractors.components.direction_words import (
    DOWN,
    HEDGED,
    UP,
    direction_cue,
    verb_direction,
)
from extractors.components.result_values import ValueGroup
from extractors.components.significance import (
    MORE_IN_ONE,
    WITHIN_BOTH,
    ArmChanges,
    arm_changes,
    no_difference,
    within_group_change,
    within_groups_only,
)
from extractors.effect_estimates import EffectSize
from extractors.numbers import SUBJECT_NOUNS_PATTERN

_TIME_TO_EVENT_GAIN = re.compile(
    r"(?i)\b(?:overall|disease-free|event-free|progression-free)?\s*survival\b"
    r"|(?-i:\b(?:OS|PFS|DFS|EFS|RFS|MFS|DMFS)\b)"  # "median OS (33 vs 26 months, HR 0.75)"
)


def _change_direction(
    found: ArmChanges, intervention: str | None, comparator: str | None, outcome: str
) -> str:
    """The intervention's change against the comparator's: "increased", "decreased", "no
    difference" (equal changes) or "unclear" (only within-group tests, or arms not both among
    the changes)."""
    if found.between is False:
        return "unclear"  # each arm's own change tested: no comparison of them is claimed
    if intervention not in found.changes or comparator not in found.changes:
        return "unclear"
    direction = value_direction(found.changes[intervention], found.changes[comparator])
    if found.improvement and is_adverse(outcome) and direction != "no difference":
        direction = "decreased" if direction == "increased" else "increased"
    return direction


def _more_in_one(
    clause: str,
    intervention: str | None,
    comparator: str | None,
    arms: list[ArmMention],
    outcome: str,
) -> str:
    """ "X improved in both groups, but more with A": the way X changed, for the intervention
    when A is it, reversed when A is the comparator or the change was smaller ("less with
    A"); "unclear" when A is neither."""
    more = MORE_IN_ONE.search(clause)
    if more is None or not WITHIN_BOTH.search(clause, 0, more.start()):
        return "unclear"
    named = named_arm(arms, more.group("arm"))
    base = _worded_direction(clause[: more.start()], None, None, arms, outcome)
    if named is None or base == "unclear" or named.id not in (intervention, comparator):
        return "unclear"
    flip = (named.id == comparator) != (more.group("size").lower() in ("less", "smaller"))
    return ("decreased" if base == "increased" else "increased") if flip else base


_DIRECTED_END = re.compile(r"[,;()\[\]]|\b(?:than|versus|vs|compared|whereas|while|but)\b")


def before_aside(clause: str, start: int, end: int) -> str:
    """``clause[start:end]`` up to the first ``_DIRECTED_END`` in it: the words that may
    name the group a direction word describes ("lower with A but not with B": " with A ")."""
    aside = _DIRECTED_END.search(clause, start, end)
    return clause[start : aside.start() if aside else end]


def value_direction(first: float, second: float) -> str:
    """ "increased", "decreased" or "no difference": the first value against the second."""
    return "increased" if first > second else "decreased" if first < second else "no difference"


def comparison_direction(
    clause: str,
    sig: bool | None,
    groups: list[ValueGroup],
    intervention: str | None,
    comparator: str | None,
    effect: EffectSize | None,
    arms: list[ArmMention],
    outcome: str = "",
) -> str:
    """ "increased", "decreased", "no difference" or "unclear" for the intervention arm; an
    improvement of an adverse ``outcome`` ("improvement in pain") is a decrease of it."""
    if no_difference(clause, arms) or (sig is False and not HEDGED.search(clause)):
        return "no difference"
    if (own := _outcome_verb_direction(outcome)) is not None:
        return own
    changed = arm_changes(clause, arms)
    if changed is not None:
        by_change = _change_direction(changed, intervention, comparator, outcome)
        if by_change != "unclear":
            return by_change
    plain = without_bracketed_cues(clause)
    # the words name the measure ("achieving a 30% reduction in pain was 61% vs 39%") or what
    # the people did ("45% vs 5% ... increased their analgesic use"): the values tell
    if _cue_only_in_outcome(plain, outcome) or _their_change_only(plain):
        by_values = _values_direction(groups, intervention, comparator)
        if by_values != "unclear":
            return by_values
    more = _more_in_one(clause, intervention, comparator, arms, outcome)
    if more != "unclear":
        return more
    if within_group_change(clause, arms):  # each arm's own change: no comparison of them
        return "unclear"
    if within_groups_only(clause):  # "X was high in both groups": alike, not changed
        return "no difference"
    words = without_outcome_cues(plain, outcome)
    worded = _worded_direction(words, intervention, comparator, arms, outcome, plain)
    if worded != "unclear" and not _benefit_only(words, outcome, plain):
        return worded
    by_values = _values_direction(groups, intervention, comparator)
    if by_values != "unclear":
        return by_values
    if effect is not None and (worded == "unclear" or effect.measure in _DIFFERENCES):
        return _effect_direction(effect, clause)
    if effect is None and _TIMED.search(outcome) and _benefit_only(words, outcome, plain):
        return "unclear"  # "improved bleeding time": shorter or longer, the words do not say
    if worded != "unclear" or plain == clause:
        return worded
    # only a bracket says which way: "X differed (higher with A, p = 0.01)"
    return _worded_direction(clause, intervention, comparator, arms, outcome)


def own_change_direction(clause: str, outcome: str, arms: list[ArmMention]) -> str:
    """The way one arm's measure changed from baseline ("A lowered X compared with baseline",
    "X fell in the A group (P = 0.01)"), for a claim of that arm with no comparator: the
    words' direction, as no arm is compared with another; "unclear" where the words give
    none or say only that a time improved ("improved bleeding time": shorter or longer)."""
    plain = without_bracketed_cues(clause)
    words = without_outcome_cues(plain, outcome)
    if _TIMED.search(outcome) and _benefit_only(words, outcome, plain):
        return "unclear"
    return _worded_direction(words, None, None, arms, outcome, plain)


# a listed outcome that opens with its own verb ("A can reduce X, increase Y and improve Z":
# "increase Y"); not a participle or gerund ("improving X", "reduced X": the clause's)
_OWN_VERB = re.compile(
    r"(?i)(?:to\s+)?(?P<verb>increase|improve|enhance|raise|elevate|prolong|reduce|decrease|"
    r"alleviate|relieve|lessen|diminish|attenuate)\s"  # not "lower" ("lower limb")
)


def _outcome_verb_direction(outcome: str) -> str | None:
    """The direction of the verb an outcome phrase opens with ("increase serum albumin":
    increased; "improve pain": decreased, pain a harm), else None: in a list of predicates
    each item has its own ("can reduce X, increase Y"), not the first one's."""
    m = _OWN_VERB.match(outcome)
    if m is None:
        return None
    direction = verb_direction(m.group("verb"))
    if direction is not None and _IMPROVEMENT.match(m.group("verb")) and is_adverse(outcome):
        return "decreased" if direction == "increased" else "increased"
    return direction


_DIFFERENCES = ("mean difference", "standardized mean difference", "risk difference")

# a time or duration, better shorter or longer depending on what it times
_TIMED = re.compile(
    r"(?i)(?<!\bover\s)\b(?:times?|durations?|latency|latencies|intervals?|delay)\b"
    r"(?!\s+(?:points?|to)\b)"  # "time to recurrence": better later, as its hazard ratio reads
)

_OPENING = {"(": ")", "[": "]"}


def _brackets(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each outermost closed round or square bracket of ``text``; a
    bracket left open or closed by the other kind ends nothing."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if char in _OPENING:
            stack.append((_OPENING[char], i))
        elif stack and char == stack[-1][0]:
            _, start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
    return spans


def without_bracketed_cues(clause: str) -> str:
    """``clause`` with each bracket that holds a direction word blanked (spaces, so offsets
    hold): the bracket describes the events or gives the statistics, it does not say which
    way the outcome went ("Clinical worsening events occurred in 1% with A (hospitalisation
    due to worsening disease) and 9% with B": the values say it)."""
    if "(" not in clause and "[" not in clause:
        return clause
    for start, end in _brackets(clause):
        if direction_cue(clause[start:end]):
            clause = clause[:start] + " " * (end - start) + clause[end:]
    return clause


def _benefit_only(clause: str, outcome: str, unblanked: str) -> bool:
    """Whether the clause's direction word says only that the intervention did better
    ("improved sleep latency", "was more effective in BCTQ", "was inferior in operative
    time"), of an outcome whose better side is unknown (not a named harm: ``is_adverse``),
    with no quantity verb after it ("more effective in reducing X" says X fell; ``unblanked``
    is ``clause`` before its outcome's participles were blanked). Then the arms' values or
    a reported difference say which way the measure went: "improved sleep latency (MD
    -0.59)" is a decrease of the latency."""
    cue = direction_cue(clause)
    if cue is None or not _BENEFIT.match(cue.group(0)) or is_adverse(outcome):
        return False
    return _quantity_gerund(unblanked, cue) is None


def _quantity_gerund(clause: str, cue: re.Match[str]) -> str | None:
    """The direction of a quantity verb right after a word of doing better ("more effective
    in reducing X", "better at lowering X", "superior to B in increasing X", "greater
    efficacy in (percentage) reduction of X"), else None; not after "improved" or
    "improvement" ("an improvement in relieving factors": a measure)."""
    if not _BETTER.match(cue.group(0)):
        efficacy = _GREATER_EFFICACY.match(clause, cue.start())
        if efficacy is None:  # "greater efficacy in (percentage) reduction of X": X fell
            return None
        m = _CHANGE_NOUN_AFTER.match(clause, efficacy.end())
        return verb_direction(m.group("verb")) if m else None
    m = _GERUND_AFTER.search(clause, cue.end(), cue.end() + 80)
    return verb_direction(m.group("verb")) if m and not _BENEFIT.match(m.group("verb")) else None


CONTRADICTED = "direction words contradict the arms' values"  # a claim's warning


def direction_warnings(
    direction: str,
    clause: str,
    groups: list[ValueGroup],
    intervention: str | None,
    comparator: str | None,
    arms: list[ArmMention],
) -> list[str]:
    """``[CONTRADICTED]`` when the claim's ``direction`` is the words' and the
    intervention's value against the comparator's says the other way ("lower in A than in
    B" with A's 30% and B's 12%): the words keep the direction (a value may belong to the
    other arm), the reviewer checks both. Not for changes within the arms ("decreased by 12%
    with A and by 3% with B": the values are the changes' sizes)."""
    if direction not in ("increased", "decreased") or arm_changes(clause, arms) is not None:
        return []
    by_values = _values_direction(groups, intervention, comparator)
    return [CONTRADICTED] if {direction, by_values} == {"increased", "decreased"} else []


def _values_direction(
    groups: list[ValueGroup], intervention: str | None, comparator: str | None
) -> str:
    """The direction the intervention arm's value gives against the comparator's."""
    values = {g.arm: g.value() for g in groups if g.arm}
    if comparator is not None and intervention in values and comparator in values:
        a, b = values[intervention], values[comparator]
        if a is not None and b is not None:
            return value_direction(a, b)
    return "unclear"


# what people did to their own measure: "9 patients (45%) vs 1 (5%) increased their analgesic
# consumption" counts the people who did it; the verb is the outcome, no direction
_THEIR_CHANGE = re.compile(
    r"(?i)\b(?:increas|decreas|reduc|rais|lower|improv|worsen)\w*\s+(?:their|his|her)\b"
)


def _their_change_only(clause: str) -> bool:
    """Whether the clause's only direction word is a verb of what people did to their own
    measure (``_THEIR_CHANGE``)."""
    m = _THEIR_CHANGE.search(clause)
    if m is None:
        return False
    rest = clause[: m.start()] + " " * (m.end() - m.start()) + clause[m.end() :]
    return direction_cue(rest) is None


def _cue_only_in_outcome(clause: str, outcome: str) -> bool:
    """Whether the clause's only direction words are inside its outcome phrase ("the
    proportion achieving a 30% reduction in pain was 61% vs 39%"): they name the measure."""
    rest = _outside_outcome(clause, outcome)
    if rest is None or direction_cue(outcome) is None:
        return False
    return direction_cue(rest) is None


def _blank(m: re.Match[str]) -> str:
    word = m.group(0)
    return "x" * len(word) if word.lower().endswith("ing") else word


def without_outcome_cues(clause: str, outcome: str) -> str:
    """``clause`` with the participles inside its outcome phrase blanked when the rest of the
    clause has a direction word of its own: "relieving factors" or "lipid-lowering effect"
    name a measure, not which way it went ("the relieving factors showed an increase")."""
    rest = _outside_outcome(clause, outcome)
    if rest is None:
        return clause
    inner = DOWN.sub(_blank, UP.sub(_blank, outcome))
    if inner == outcome or not direction_cue(rest):
        return clause
    return clause.replace(outcome, inner, 1)


def _outside_outcome(clause: str, outcome: str) -> str | None:
    """``clause`` with its (first) outcome phrase cut out, a space in its place; None when the
    clause does not hold the phrase."""
    at = clause.find(outcome) if outcome else -1
    return None if at < 0 else clause[:at] + " " + clause[at + len(outcome) :]


def _effect_direction(effect: EffectSize, clause: str) -> str:
    """The direction a reported effect's value gives against its null (1 or 0)."""
    null = 1.0 if effect.measure.endswith("ratio") else 0.0
    if effect.value == null:
        return "unclear"
    rising = effect.value > null
    if effect.measure == "hazard ratio" and _TIME_TO_EVENT_GAIN.search(clause):
        rising = not rising  # a lower hazard is a longer survival
    return "increased" if rising else "decreased"


def _worded_direction(
    clause: str,
    intervention: str | None,
    comparator: str | None,
    arms: list[ArmMention],
    outcome: str,
    unblanked: str = "",
) -> str:
    """The direction the clause's words give for the intervention arm, or "unclear"
    (``unblanked``: ``clause`` before its outcome's participles were blanked)."""
    cue = direction_cue(clause)
    direction = verb_direction(clause)
    if direction is None or cue is None:
        return "unclear"
    improvement = _IMPROVEMENT.match(cue.group(0)) or _IMPROVEMENT_NOUN.match(clause, cue.end())
    gerund = _quantity_gerund(unblanked or clause, cue)
    if gerund is not None:  # "more effective in reducing X": X fell
        direction = gerund
    elif improvement and is_adverse(outcome):  # "greater improvement in pain", "superior for pain"
        direction = "decreased" if direction == "increased" else "increased"
    until = comparison_word(clause, cue.end())
    if until is not None and BEFORE_START.match(clause, until.end()):
        until = None  # "increased compared with that before X in the A group": a time, no arm
    after_text = before_aside(clause, cue.end(), until.start() if until else cue.end() + 60)
    after = mention_words(after_text)
    after -= mention_words(outcome)  # "a reduction in glucose control time": no control arm
    comp_arm = next((a for a in arms if a.id == comparator), None) if comparator else None
    int_arm = next((a for a in arms if a.id == intervention), None) if intervention else None
    if until is not None and comp_arm is not None and int_arm is not None:
        # "less in the LC group than in the RF group": the words describe the group before
        # "than"; reversed when that is the comparator
        named_after = mention_words(clause[until.end() : until.end() + 60])
        if int_arm.distinctive & named_after and not comp_arm.distinctive & named_after:
            return "decreased" if direction == "increased" else "increased"
        if comp_arm.distinctive & named_after:
            return direction
    if (
        comp_arm is not None
        and int_arm is not None
        and comparison_word(clause[: cue.start()]) is None
    ):
        # "Patients in the placebo group had higher X", "More patients in the placebo group
        # required X": the subject is the comparator, the words say how it fared against the
        # intervention
        people = _PEOPLE_AFTER_CUE.match(clause, cue.end())
        subject_text = clause[: cue.start()] + (people.group(0) if people else "")
        lead = _SUBJECT_LEAD.match(subject_text)  # the subject opens with the group's name
        head = " ".join(subject_text[lead.end() if lead else 0 :].split()[:_SUBJECT_WORDS])
        subject = mention_words(head) - mention_words(outcome)
        if comp_arm.distinctive & subject and not int_arm.distinctive & subject:
            return "decreased" if direction == "increased" else "increased"
    if (
        comp_arm is not None
        and (
            comp_arm.distinctive & after
            or named_arm(arms, after_text.replace(outcome, " ") if outcome else after_text)
            is comp_arm
        )
        and (GROUP_RIGHT_AFTER.match(clause, cue.end()) or _arm_after_outcome(after_text, outcome))
    ):  # "more in the placebo group", "more in the non-tourniquet group", "higher pain scores
        # with placebo"; not "an improvement in sleep quality" beside the arm "sleep hygiene":
        # the outcome names no arm
        return "decreased" if direction == "increased" else "increased"
    return direction


# the word before an arm named after an outcome: "(a reduction in mortality) with A"
ARM_PREPOSITION = re.compile(r"(?i)\s+(?:with|in|among|receiving|on)\s+(?:the\s+)?")


def _arm_after_outcome(after_text: str, outcome: str) -> bool:
    """Whether the words after a direction word are the outcome it describes, then an arm's
    preposition ("higher pain scores with placebo")."""
    rest = after_text.lstrip()
    return (
        bool(outcome)
        and rest.startswith(outcome)
        and ARM_PREPOSITION.match(rest, len(outcome)) is not None
    )


# what may open a subject before the group's name: "In the", "Patients in the", "The"
_SUBJECT_LEAD = re.compile(
    rf"(?i)\s*(?:(?:in|among)\s+)?(?:the\s+)?(?:(?:{SUBJECT_NOUNS_PATTERN}|those)\s+"
    r"(?:in|of|from|on|receiving|given)\s+(?:the\s+)?)?"
)
_SUBJECT_WORDS = 3
# the people right after "more"/"fewer" and their group: "(More) patients in the placebo group"
_PEOPLE_AFTER_CUE = re.compile(
    rf"(?i)\s+(?:[\w-]+\s+){{0,2}}?(?:{SUBJECT_NOUNS_PATTERN})\s+(?:in|from|of|on|receiving|"
    r"given)\s+(?:the\s+)?[^,;()]{1,40}?"
    r"(?=\s+(?:required|had|were|was|reported|experienced|developed|needed|used|received|"
    r"showed|achieved|underwent|took|came|went|became|left|lost|sought|spent|"
    # any other past tense ("returned to the clinic"), not a participle of who they are
    r"(?!(?:treated|randomi[sz]ed|assigned|allocated|exposed|aged|based|followed|enrolled|"
    r"included|diagnosed|scheduled|admitted|operated|infected|vaccinated)\b)[a-z]{3,}ed)\b)"
)
GROUP_RIGHT_AFTER = re.compile(  # "increased (significantly) in the B group": B is described
    # as it is by a passive's agent ("was reduced by B"), not by an amount ("by 30%", "by a
    # mean of 2", "by about half")
    r"(?i)\s+(?:(?:significantly|only|also|further|markedly|statistically|slightly|more|most|"
    r"less|least)\s+)*(?:in|with|among|for|by(?!\s*(?:[-−+~\d.]|(?:a|an|about|approximately|"
    r"nearly|almost|around|only|up|over|more|less|half|one|two|three|four|five|ten)\b)))\b"
)

_IMPROVEMENT = re.compile(r"(?i)improv|better|superior|more\s+(?:effective|efficacious|beneficial)")

_IMPROVEMENT_NOUN = re.compile(r"(?i)\s+(?:\w+ly\s+)?improvements?\b")

# words that say the intervention did better or worse, not which way the measure went
_BETTER = re.compile(
    r"(?i)better|superior|inferior|poorer|more\s+(?:effective|efficacious|beneficial)"
)

_BENEFIT = re.compile(
    r"(?i)improv|better|superior|inferior|poorer|more\s+(?:effective|efficacious|beneficial)"
)

_GREATER_EFFICACY = re.compile(
    r"(?i)(?:greater|higher|more)\s+(?:efficacy|effectiveness|benefit|effect)\b"
)
_CHANGE_NOUN_AFTER = re.compile(  # "(greater efficacy) in (the) (percentage) reduction of"
    r"(?i)\s+(?:in|for|on)\s+(?:the\s+)?(?:(?:percent(?:age)?|mean|relative)\s+)?"
    r"(?P<verb>reduction|decrease|lowering|increase|elevation|reducing|increasing|raising|"
    r"decreasing)\b"
)
_GERUND_AFTER = re.compile(  # "(more effective) than B in reducing", "(better) at lowering"
    r"(?i)\b(?:in|at|for|on)\s+(?:(?:\w+ly|further)\s+)?(?P<verb>[a-z]+ing)\b"
)

ADVERSE = re.compile(
    r"(?i)\b(?:pain\w*|severity|symptom\w*|depress\w*|anxiety|stress|distress|fatigue|nausea|"
    r"vomiting|discomfort|tension|anger|confusion|disabilit\w*|itch\w*|prurit\w*|dryness|"
    r"swelling|o?edema|inflammation|wrinkl\w*|mortality|morbidity|complications?|adverse|"
    r"infections?|relapses?|recurrences?|toxicit\w*|insomnia|dyspn\w*|cough\w*|negative|"
    r"craving|withdrawal|burden|dysfunction|impairment|hypersensitivity|lesions?|scores? of "
    r"(?:depression|anxiety|pain)|"
    # scales whose higher scores are worse: skin disease and its impact, joint pain and
    # disability, depression and anxiety ratings, sleep, prostate symptoms, stroke and
    # neurological deficit, disease activity
    r"DLQI|PASI|EASI|SCORAD|WOMAC|ODI|NDI|HAM-?D|HAM-?A|HDRS|MADRS|BDI(?:-II)?|HADS(?:-[AD])?|"
    r"PHQ-?9|GAD-?7|PSQI|IPSS|NIHSS|EDSS|UPDRS|ADAS-?Cog|DAS-?28|CDAI|BASDAI)\b"
)

_NOT_ADVERSE = re.compile(
    r"(?i)\btime\s+to\b|\bduration\b|-free\b|\bfree\s+of\b|\brelief\b|\bresolution\b|"
    r"\bquality\s+of\s+life\b|\bfunction\w*\b"
)


def is_adverse(outcome: str) -> bool:
    """Whether an outcome is a harm that improves by falling (pain, symptom severity,
    complications), not a time to it, a freedom from it or a function."""
    return bool(ADVERSE.search(outcome)) and not _NOT_ADVERSE.search(outcome)
