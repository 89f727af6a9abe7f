"""Comparing arms in a result statement: which arms, which way, and whether significantly.

Not a component: ``evg_claims`` uses these. The intervention is the arm the statement's
actor names ("drug A reduced ..."), else the first non-comparator arm with a value (or with
a within-arm change), else, when the statement names an arm right after a comparative or
participle in a two-arm trial ("significantly lower with A", "higher in the placebo group";
not after a noun: "an improvement in X"), the two arms in the trial's order; the comparator
is the arm named after "compared with", "than", "versus", "relative to" or "over", else the
trial's comparator arm (an arm named as comparator while the other is the trial's control is
swapped back, with the direction reversed). An arm name with a negation ("the non-tourniquet
group", "without a cuff", "cuff-free") names the arm without it (``named_arm``).

Which way the measured quantity went is read by ``comparison_direction``, whether the
difference is significant, and whether a change is within the arms only, by
``significance``; which arm a phrase names by ``arm_names``.

When no arm of the trial is recognised, the statement's own group phrases stand in
(``group_phrases``): the group named after the direction word or as the subject ("longer in
the WEI group", "the needlescopic group had ...") and the one after
"than"/"versus"/"compared with"; with no word "group", the name after the direction word's
last "with"/"in"/"for" right before "than"/"versus" ("more even with A cups than with B
cups"); the direction is then the first group's against the second's.

Example: "Pain was higher in the placebo group than in the drug A group" compares drug A
(intervention) with placebo (comparator): direction "decreased".
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from extractors.caseless import LowerCaseSearch, holds_any
from extractors.components.arm_names import (
    BEFORE_START,
    GROUP,
    GROUP_WORDS,
    OPENING_COMPARISON,
    comparison_word,
    group_name,
    named_arm,
)
from extractors.components.arms import ArmMention, mention_words, named_in_order
from extractors.components.comparison_direction import (
    ARM_PREPOSITION,
    GROUP_RIGHT_AFTER,
    before_aside,
)
from extractors.components.direction_words import (
    direction_cue,
)
from extractors.components.result_values import ValueGroup
from extractors.components.significance import (
    arm_changes,
    no_difference,
)
from extractors.numbers import WORD_NUMBER_PATTERN

COMPARISON = re.compile(
    r"(?i)\b(?:than|compared|versus|vs\.?|between|relative\s+to|groups?|arms?|placebo|control)\b"
)
# "more than 3 episodes", "patients older than 75 years", "fewer than two": a bound on a
# quantity, no comparison
_BOUND_THAN = re.compile(
    r"(?i)(?<!\bp\s)\b(?:more|less|fewer|greater|older|younger)\s+(?P<than>than)\s+"
    rf"(?:or\s+equal\s+to\s+)?(?:\d|(?:{WORD_NUMBER_PATTERN}|a|an|one)\b)"
)


# "with high adherence than with low adherence": two levels of one thing, people, not arms
_LEVEL = r"(?:high|low|higher|lower|good|poor|full|partial|early|late)"
_LEVELS_THAN = re.compile(
    rf"(?i)\b{_LEVEL}\s+(?P<thing>[a-z]{{3,}})\b[^.;()]{{0,60}}?\b(?P<than>than)\s+"
    rf"(?:(?:with|in|among|for|those|patients|participants|the|who|had)\s+){{0,3}}{_LEVEL}\s+"
    r"(?P=thing)\b"
)


def compares(clause: str) -> bool:
    """Whether the clause words a comparison (``COMPARISON``) other than by a "than" that bounds
    a quantity ("hospital stays of more than 3 days", "in patients older than 75 years"; not
    "P less than 0.001", a p value) or one that sets two levels of one thing against each other
    ("fewer with high adherence than with low adherence")."""
    bounds: set[int] | None = None  # where a "than" that bounds a quantity starts
    for m in _COMPARISON_FAST.finditer(clause):
        if m.group(0).lower() != "than":
            return True  # only a "than" can open where a bound's "than" does
        if bounds is None:  # looked for at the first "than": most comparisons have another word
            bounds = {b.start("than") for b in _BOUND_THAN.finditer(clause)}
            bounds |= {b.start("than") for b in _LEVELS_THAN.finditer(clause)}
        if m.start() not in bounds:
            return True
    return False


# COMPARISON spells its words in lower case: searched in the lower-cased clause, where it
# matches at the places it matches in the clause (``extractors.caseless``)
_COMPARISON_FAST = LowerCaseSearch(COMPARISON)


# every arm of the trial, by a group word or a common noun: "both groups", "all three arms",
# "each of the study groups", "either arm", "with both drugs", "between the two treatments"
EVERY_ARM = re.compile(
    r"(?i)\b(?:both|all|each|every|either|the\s+two)\s+(?:of\s+)?(?:the\s+)?(?:(?:two|three|four|"
    r"study|treatment)\s+)?(?:groups?|arms?|drugs|medications|medicines|treatments|regimens|"
    r"techniques|methods|approaches|interventions|procedures|agents|devices|doses|formulations|"
    r"programmes|programs|strategies|therapies)\b"
)


_COMPARED_END = re.compile(r"[,;()\[\]]|\b(?:respectively|whereas|while|but)\b")


def compared_list(arms: list[ArmMention], clause: str) -> list[ArmMention]:
    """The arms the clause names after its comparison word, when it names two or more there
    ("X was lower in group A than in groups B and C": B, C), in order; else none."""
    after = comparison_word(clause)
    if after is None:
        return []
    end = _COMPARED_END.search(clause, after.end())
    named = named_in_order(clause[after.end() : end.start() if end else len(clause)], arms)
    return named if len(named) >= 2 else []


def _names_any(arms: list[ArmMention], clause: str) -> bool:
    """Whether the clause uses a distinctive word of one of the arms."""
    words = mention_words(clause)
    return any(a.distinctive & words for a in arms)


def _names_several(arms: list[ArmMention], phrase: str) -> bool:
    """Whether ``phrase`` uses distinctive words of two or more arms: a subject such as "32 of
    60 patients given A and 18 of 60 given B" is no one arm's (the one with more words would
    win ``named_arm``)."""
    words = mention_words(phrase)
    return sum(1 for a in arms if a.distinctive & words) >= 2


_COMPARATOR_END = re.compile(r",|[(\[](?![\s\d.·-])")  # not "than in B (37%) and C (31%)"


def _control_second(
    intervention: ArmMention | None, comparator: ArmMention | None
) -> tuple[ArmMention | None, ArmMention | None]:
    """The pair with the trial's control as the comparator where it was read as the
    intervention against an arm that is no control; else as it is."""
    if intervention and comparator and intervention.comparator and not comparator.comparator:
        return comparator, intervention
    return intervention, comparator


def compared_arms(
    arms: list[ArmMention], clause: str, groups: list[ValueGroup], actor: str | None
) -> tuple[ArmMention | None, ArmMention | None]:
    """The intervention and comparator arms of a statement (see the module docstring)."""
    by_id = {a.id: a for a in arms}
    valued = [by_id[i] for i in dict.fromkeys(g.arm for g in groups if g.arm in by_id)]
    if len(valued) < 2 and len(arms) >= 2 and (changed := arm_changes(clause, arms)):
        # "decreased by 42% with A and by 13% with B": changes, no arm values, name the arms
        changed_arms = [by_id[i] for i in changed.changes if i in by_id]
        valued = changed_arms if len(changed_arms) >= 2 else valued
    several = actor is not None and _names_several(arms, actor)
    intervention = named_arm(arms, actor) if actor and not several else None
    comparator = None
    after = comparison_word(clause)
    compared = clause[after.end() : after.end() + 60] if after else ""
    # "Compared with placebo, X was higher with B": the comparator ends at the comma, or at
    # a bracket that holds no value ("with A versus B (A, 8.5 months; B, 7.4 months)")
    compared_clause = _COMPARATOR_END.split(compared, maxsplit=1)[0]
    if after:
        comparator = named_arm(arms, compared_clause) or (
            named_arm(arms, compared) if compared_clause != compared else None  # read already
        )
        if intervention is None and not valued:
            intervention = named_arm(arms, clause[max(0, after.start() - 60) : after.start()])
    if comparator is intervention:
        comparator = None
    intervention, comparator = _control_second(
        intervention, comparator
    )  # "higher with placebo than A"
    if intervention is None and comparator is not None and not valued and len(arms) > 2:
        # "compared with placebo, X was higher with high-dose K": the arm the words describe
        named = _named_after_cue(arms, clause, two_arms=False)
        intervention = named if named is not comparator else None
    directed = (
        _named_after_cue(arms, clause, described=True)
        if intervention is None and not valued
        else None
    )
    if directed is not None and directed is not comparator:
        # "significantly lower with A", "higher in the placebo group" in a two-arm trial: the
        # arm the words describe against the other (with more arms the words do not say which
        # other); the pair keeps the trial's order (the comparator, else the second arm, against
        # the other) and _worded_direction reverses the direction when the words describe the
        # comparator
        comparator = comparator or next((a for a in arms if a.comparator), arms[1])
        intervention = next(a for a in arms if a is not comparator)
    if intervention is None:
        intervention = next(
            (a for a in valued if not a.comparator and a is not comparator),
            next((a for a in valued if a is not comparator), None),
        )
        # "positive for 79.7% of the control group versus 54.9% of the A group": the control's
        # value first, A named after "versus" still the intervention
        intervention, comparator = _control_second(intervention, comparator)
    others = [a for a in (valued or arms) if a is not intervention]
    if comparator is None and intervention is not None and (len(valued) >= 2 or actor):
        comparator = next((a for a in others if a.comparator), None)
        if comparator is None and len(others) == 1:
            comparator = others[0]
            if actor:
                # "More patients in the placebo group required X": the trial's control is
                # the subject, the other arm the intervention (the words are read against it)
                intervention, comparator = _control_second(intervention, comparator)
    if comparator is None and intervention is not None and after is not None and len(arms) == 2:
        # "in the A plus B group compared to a rise in the B group": the words after "compared
        # to" name both arms when one arm's name holds the other's, so named_arm gives none;
        # not a time before ("compared with that observed before FM intake in the FM group")
        other = next(a for a in arms if a is not intervention)
        before = BEFORE_START.match(clause, after.end())
        if other.words & mention_words(compared_clause) and not before:
            comparator = other
    if comparator is None and intervention is not None and after is not None:
        # "shorter in B compared to the control", "than in controls": the trial's control arm
        comparator = control_named(arms, intervention, compared)
    if (
        intervention is None
        and len(arms) == 2
        and (
            ((several or EVERY_ARM.search(clause)) and no_difference(clause, arms))
            or compares(clause)
            or (COMPARISON.search(clause) and _names_any(arms, clause))
        )
    ):  # "A and B gave similar effects", "X was similar with both drugs": both arms, in the
        # trial's order (not "Both A and B improved X", "X improved with both drugs": no
        # comparison)
        comparator = next((a for a in arms if a.comparator), arms[1])
        intervention = next(a for a in arms if a is not comparator)
    return intervention, comparator


# "the control (group)", "(than in) controls", "that reported in the placebo group", "the
# waitlisted group": the trial's control by a common word, no treatment of its own; ending
# there ("the control period", "the control and B groups": no)
_CONTROL_WORDS = re.compile(
    r"(?i)(?:(?:in|with|among|for|to|on)\s+)?(?:(?:that|those)\s+(?:(?:reported|seen|observed|"
    r"found|obtained|recorded|measured|noted)\s+)?(?:in|of|among|for|with)\s+)?(?:the\s+)?"
    r"(?:controls|(?:placebo|sham|wait-?list(?:ed)?)(?:[\s-]+control)?|control)"
    r"(?:\s+(?:groups?|arms?|conditions?|subjects|patients|participants|cohorts?))?"
    r"(?=\s*(?:$|[,;.:()\[\]]|(?:at|after|during|over|in|on|for|by|who|which|p|was|were|is|are)\b))"
)
# an arm that is a control by its own name
_CONTROL_LABEL = re.compile(
    r"(?i)\b(?:control|placebo|sham|usual|standard|wait-?list\w*|no|vehicle|saline)\b"
)


def control_named(
    arms: list[ArmMention], intervention: ArmMention, compared: str
) -> ArmMention | None:
    """The arm that ``compared`` (the words after "compared with", "than", ...) names by a
    common control word ("the control group", "controls", "the placebo group", "the
    waitlisted group") where no arm is named by its own words: in a two-arm trial the arm that
    is not ``intervention``; with more arms the one arm marked as the comparator, when its
    name says it is a control ("placebo", "usual care"). None where ``intervention`` is the
    comparator arm itself (which arm would the words name?)."""
    if intervention.comparator or not _CONTROL_WORDS.match(compared):
        return None
    if len(arms) == 2:
        return next(a for a in arms if a is not intervention)
    flagged = [a for a in arms if a.comparator]
    if len(flagged) == 1 and _CONTROL_LABEL.search(
        " ".join([flagged[0].label, *flagged[0].interventions])
    ):
        return flagged[0]
    return None


_DESCRIBING_CUE = re.compile(  # a comparative, a participle or "more/less ...": not a noun
    r"(?i)(?:ed|er|superior|inferior|worse|^fell|^rose|^grew|^fallen|^risen)$|"
    r"^(?:more|less|fewer)\b"
)


def _named_after_cue(
    arms: list[ArmMention], clause: str, *, two_arms: bool = True, described: bool = False
) -> ArmMention | None:
    """The arm of a two-arm trial (of any trial with ``two_arms`` False) named right after the
    clause's first direction word ("lower with A", "higher in the A group", "increased
    significantly among those given A"), or None. With ``described``, in a two-arm trial, also
    the arm named after the outcome the word describes ("lower fatigue scores with A")."""
    if two_arms and len(arms) != 2:
        return None
    cue = direction_cue(clause)
    if cue is None:
        return None
    if not _DESCRIBING_CUE.search(cue.group(0)):
        # "an improvement in X": the outcome follows a noun; an arm may follow the outcome
        # ("a significant reduction in mortality with A", two arms only)
        return _named_after_noun_cue(arms, clause, cue.end()) if len(arms) == 2 else None
    if not (group := GROUP_RIGHT_AFTER.match(clause, cue.end())):
        # "lower fatigue scores with A" (two arms only): the outcome the word describes, then
        # the arm
        if not described or len(arms) != 2:
            return None
        return _named_after_noun_cue(arms, clause, cue.end(), _OUTCOME_DESCRIBED)
    return named_arm(arms, before_aside(clause, group.end(), group.end() + 60))


_OUTCOME_AFTER_NOUN = re.compile(r"(?i)\s+(?:in|of)\s+(?:the\s+)?[^\s,;()]+")
# the first word of an outcome a comparative or participle describes ("lower fatigue scores"),
# not a word that starts what follows it ("lower than", "lower in", "reduced by", "lower and")
_OUTCOME_DESCRIBED = re.compile(
    r"(?i)\s+(?!(?:than|in|with|among|for|by|from|to|at|on|of|and|or|but|was|were|is|are|had|"
    r"compared|versus|vs|after|during|when|while|whereas|as|between)\b)[^\W\d_][^\s,;()]*"
)


def _named_after_noun_cue(
    arms: list[ArmMention], clause: str, at: int, outcome_start: re.Pattern[str] | None = None
) -> ArmMention | None:
    """The arm named by the first "with/in/among ..." after the outcome a noun cue at ``at``
    introduces ("a reduction in all-cause mortality with A": A), within the clause's next
    120 characters and before a comparison word; the outcome's own first word is never
    read as an arm ("an improvement in sleep hygiene scores"). Else None. ``outcome_start``
    matches the outcome's start (default: "in/of X" after a noun)."""
    outcome = (outcome_start or _OUTCOME_AFTER_NOUN).match(clause, at)
    if outcome is None:
        return None
    until = comparison_word(clause, outcome.end())
    stop = min(until.start() if until else len(clause), at + 120)
    for m in ARM_PREPOSITION.finditer(clause, outcome.end(), stop):
        named = named_arm(arms, before_aside(clause, m.end(), min(m.end() + 60, stop)))
        if named is not None:
            return named
    return None


_MORE_WORD = re.compile(r"(?i)(?:higher|greater|larger|more|longer|increased)(?:\s+\w+)?")
_LESS_WORD = re.compile(r"(?i)(?:lower|fewer|smaller|less|shorter|reduced|decreased)(?:\s+\w+)?")


def oriented_pair(
    text: str, groups: list[ValueGroup], clause: str, arms: list[ArmMention]
) -> list[ValueGroup]:
    """``groups`` of a two-arm trial whose two values name no arm ("acute dermatitis (36% vs
    69%) ... was lower in patients randomized to B"), given to the arms as the clause's words
    say: the arm named right after "lower" ("higher", "fewer", ...) holds the lower (higher)
    value. Else ``groups`` as they are (the first value the first arm's, by default); so
    too when the clause names both arms in the values' order ("lower in A than in B (30%
    vs 12%)": the values as written, the words against them, ``direction_warnings``)."""
    if len(arms) != 2 or len(groups) != 2 or groups[0].arm is None or groups[1].arm is None:
        return groups
    if groups[0].arm == groups[1].arm:
        return groups
    if [a.id for a in named_in_order(clause, arms)] == [groups[0].arm, groups[1].arm]:
        return groups
    span_words = mention_words(text[groups[0].start : groups[1].end])
    if any(a.distinctive & span_words for a in arms):
        return groups  # the values name their arms
    cue = direction_cue(clause)
    word = cue.group(0) if cue else ""
    more, less = _MORE_WORD.fullmatch(word), _LESS_WORD.fullmatch(word)
    described = _named_after_cue(arms, clause) if more or less else None
    first, second = groups[0].value(), groups[1].value()
    if described is None or first is None or second is None or first == second:
        return groups
    first_is_described = (first > second) == bool(more)
    other = next(a for a in arms if a is not described)
    wanted = (described if first_is_described else other).id
    if groups[0].arm == wanted:
        return groups
    return [replace(groups[0], arm=groups[1].arm), replace(groups[1], arm=groups[0].arm)]


_AFTER_COMPARED = re.compile(
    r"(?i)\b(?:than|versus|vs\.?|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|"
    r"relative\s+to)\s+(?:(?:in|with|among|for|after|following|on)\s+)?"
    r"(?:(?:did|does|do|was|were|is|are)\s+)?"
    r"(?:the\s+|(?:that|those)\s+(?:(?:obtained|seen|observed|achieved|found|reported|recorded|"
    r"measured|noted)\s+)?(?:in|of|receiving|given|treated\s+with|who\s+received|with|from|among|"
    r"after)\s+(?:the\s+)?)?(?P<words>[^,;()\[\]]{1,60})"
)
_NAME_WITH_NUMBER = re.compile(r"\d[\d.]*-[^\W\d_]")  # "the 24-h group", "5-FU"
# a number word, not a group: "(four [4%] of 101 vs seven [6%] of 111)", "than ten years ago"
_NUMBER_WORDS = re.compile(
    r"(?i)(?:" + WORD_NUMBER_PATTERN + r")(?:\s+(?:of|percent|per\s+cent|(?:[\w-]+\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|times)\b).*)?\s*"
)


# a value or bound after the comparison word, no group: "(median 218 U/L versus median 424
# U/L)", "greater than or equal to 140 mm Hg"
_VALUE_NAMED = re.compile(r"(?i)(?:(?:the\s+)?(?:median|mean|average)\s+[-−]?\d|or\s+equal\s+to\b)")
# a sign in brackets after the name: "in PP(+) patients compared to PP(-) patients" compares
# people with and without a trait, subgroups, not treatments
_SUBGROUP_SIGN = re.compile(r"\s*\(\s*[+\-−]\s*\)")
_NEGATED_GROUP = re.compile(r"(?i)\bnot\s+(?:(?:in|with|among|for)\s+)?(?:the\s+)?$")
_PHRASE_END = re.compile(  # "placebo in achieving clearance", "foam surfaces: it is ..."
    r"(?i)(?<!combined)(?<!together)\s+(?:at|after|during|for|and|with|p\b|was|were|is|are|"
    r"in\s+terms|in\s+\w+ing)\b|"
    # a clause or qualifier after the name: "placebo while ...", "B except at ...", "B
    # regarding small tears", "B based on ...", "B among subgroups" (not "those that did not":
    # a relative clause names the group)
    r"\s+(?:while|whereas|but|except|regarding|based\s+on|among|when)\b|"
    # the clause's verb after the name: "B improved X", "B resulted in similar X", "B leads to"
    r"\s+(?:resulted|results?|leads?|led|exceeds?|exceeded|improved|showed|shows|produced)\s|"
    # a value after the name: "(OR A vs. no A 1.07, ...)", "(low versus standard dose 0.84 [...])"
    # (not "MONARCH 2": a name)
    r"\s+[-−]?(?:\d+\.\d+%?|\d+%)\s*$|"
    r"\s*:|\s*[.:]\s*$|\s*$"
)


def opening_comparator(sentence: str) -> str | None:
    """The group a sentence compares every clause with when it opens by naming it ("Compared
    with placebo, A reduced X, but not Y": "placebo"), else None."""
    opening = OPENING_COMPARISON.match(sentence)
    return group_phrases(opening.group(0))[1] if opening else None


# a pure function of the clause, asked of one clause again by the claims (1,964 calls for
# 1,659 different clauses on the RCT file); bounded, its answers immutable
@functools.lru_cache(maxsize=1024)
def group_phrases(clause: str) -> tuple[str | None, str | None]:
    """The groups a statement compares in its own words, when no trial arm is recognised:
    (the group, the group after "than"/"versus"/"compared with"), either may be None. The
    group is the first one named after the direction word, else the first one named (the
    subject); a group after "not" ("... but not in the X group") is never it. With no
    group named and a group after "than", the name right before "than" after "with", "in" or
    "for" (``_named_before``).

    "Intubation took longer in the WEI group than in the LW group" -> ("WEI group",
    "LW group"); "Remission was more frequent in drug A recipients vs. placebo" -> ("drug A
    recipients", "placebo").
    """
    comparator = None
    first_part = clause
    for compared in _AFTER_COMPARED.finditer(clause):
        words = compared.group("words")
        if (
            not words[:1].isalpha() and not _NAME_WITH_NUMBER.match(words)
        ) or _NUMBER_WORDS.fullmatch(words):
            continue  # "17 versus 36 minutes", "four (4%) vs seven (6%)": values, not groups
        if _VALUE_NAMED.match(words) or _SUBGROUP_SIGN.match(clause, compared.end("words")):
            continue  # "versus median 424 U/L", "than or equal to 140", "PP(-) patients"
        first_part = clause[: compared.start()]
        named = GROUP.match(words)
        if named:
            comparator = group_name(named)
        else:
            end = _PHRASE_END.search(words)
            piece = words[: end.start()] if end else words
            comparator = " ".join(piece.split()[:5]).strip(" .") or None
        break
    candidates = (  # half the parts hold no group word, and GROUP is slow to find none
        [
            m
            for m in GROUP.finditer(first_part)
            if not _NEGATED_GROUP.search(first_part, 0, m.start())
        ]
        if holds_any(first_part, GROUP_WORDS)
        else []
    )
    cue = direction_cue(first_part)
    after_cue = [m for m in candidates if cue is not None and m.start() >= cue.end()]
    chosen = after_cue[0] if after_cue else candidates[0] if candidates else None
    if chosen is None and comparator is not None and cue is not None:
        return _named_before(first_part, cue.end()), comparator
    return (group_name(chosen) if chosen else None), comparator


_BEFORE_COMPARED = re.compile(r"(?i)\b(?:with|in|for|among|using|receiving)\s+(?:the\s+)?")
_CHANGE_BEFORE = re.compile(  # "an improvement in X versus": X is what changed
    r"(?i)\b(?:improvements?|reductions?|increases?|decreases?|differences?|changes?|declines?|"
    r"rises?|benefits?|effects?)\s*$"
)
_NOT_A_NAME = re.compile(
    r"(?i)(?:terms|respect|regard|comparison|addition|patients|participants|subjects|both|all|"
    r"each|either|group|groups)\b|.*\b(?:was|were|is|are|had|has|than|and|or)\b"
)


def _named_before(part: str, cue_end: int) -> str | None:
    """The group a direction word's clause names right before "than"/"versus" (``part``
    runs to it, its direction word ends at ``cue_end``), after its last "with"/"in"/"for"
    after the direction word: "(more even) with A cups" -> "A cups", "(decreased by 17% (95%
    CI ...)) for more intensive" -> "more intensive"; None where that is no short name
    (people, a list) or what a change was in ("an improvement in X versus B")."""
    part = re.sub(r"(?i)\s*(?:[(\[][^()\[\]]*[)\]]|\bas)\s*$", "", part).rstrip()
    last = next(reversed([*_BEFORE_COMPARED.finditer(part, cue_end)]), None)
    if last is None or _CHANGE_BEFORE.search(part, 0, last.start()):
        return None
    name = part[last.end() :].strip()
    if (
        not name[:1].isalpha()
        or len(name.split()) > 5
        or re.search(r"[,;()\[\]]", name)
        or _NOT_A_NAME.match(name)
        or _NUMBER_WORDS.fullmatch(name)
    ):
        return None
    return name
