"""Whether a result statement's difference is significant, and what it compares.

Significance: the p value at alpha 0.05 (the p value marked as between the groups when the
clause has several: ``between_group_p``), else "significant(ly)"/"no significant" words
("trend"/"tended to" without a p value: not significant), else a reported interval
excluding the null. A change within the arms with no comparison between them ("in both
groups", a p value of its own after each arm's change) is ``within_group_change``.
Within-group changes reported for two arms ("X fell from 6 to 3 with A and from 6 to 5 with
B (P=0.01)", "decreased by 12% with A and by 3% with B", ``arm_changes``) give the
intervention's change against the comparator's when the clause tests the difference
between them, none when its p values only test each arm's change; "X improved in both
groups, but more with A" is read by the arm after "more"/"less". Split out of
``comparison``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extractors.bracket_lists import without_brackets
from extractors.caseless import LowerCaseSearch
from extractors.components.arm_names import GROUP, group_name, named_arm
from extractors.components.arms import ArmMention
from extractors.components.direction_words import (
    NO_DIFFERENCE,
    NOT_SIGNIFICANT,
    SIGNIFICANT,
    says_no_difference,
    says_not_significant,
)
from extractors.effect_estimates import EffectSize
from extractors.numbers import P_LABEL, PValue

ALPHA = 0.05

_TREND = re.compile(r"(?i)\b(?:trend(?:s|ed)?|tend(?:s|ed)?\s+to|borderline|marginal(?:ly)?)\b")

_BOTH_NOUNS = (
    r"(?:groups|arms|drugs|medications|medicines|treatments|regimens|techniques|methods|"
    r"approaches|interventions|procedures|agents|devices|doses|formulations|programmes|programs|"
    r"strategies|therapies)"
)

WITHIN_BOTH = re.compile(
    r"(?i)\b(?:in|for|within|with)\s+(?:both|all|each\s+of\s+the)\s+(?:(?:two|three|study|"
    r"treatment)\s+)*(?:groups?|arms?|cases|conditions|" + _BOTH_NOUNS + r")\b|"
    # after a time: "At week 12, both groups reported an increase in X"
    r"^\W*(?:(?:at|after|by|during|over|from|on|within)\s+[^,;()]{1,40},\s*)?"
    r"(?:patients\s+in\s+)?both\s+(?:the\s+)?(?:(?:study|treatment|intervention)\s+)?"
    + _BOTH_NOUNS
    + r"\s+(?:\w+ly\s+)?(?:had|showed|experienced|improved|achieved|reported|demonstrated|"
    r"exhibited|caused|produced|led\s+to|resulted\s+in|reduced|decreased|increased|lowered|"
    r"raised)\b|"
    r"\b(?:regardless|irrespective)\s+of\s+(?:(?:the\s+)?(?:group|treatment|arm)\s+)?"
    r"(?:allocation|assignment|group|arm|treatment)\b"
)

_BETWEEN = re.compile(r"(?i)\b(?:than|compared|versus|vs\.?|relative\s+to|between)\b")

_MORE_CHANGE = re.compile(
    r"(?i)\b(?:more|greater|larger|bigger|less|smaller)\s+(?:\w+\s+)?(?:increases?|decreases?|"
    r"reductions?|improvements?|changes?|declines?|gains?|losses)\b"
)

_NUMBER = r"[-−–]?\d+(?:\.\d+)?"

_FROM_TO = re.compile(  # "from 6.1 (SD 1.2) to 3.2", "from 5.5 before treatment to 1.2", "to 3.2."
    rf"(?i)\bfrom\s+(?P<a>{_NUMBER})(?!\.?\d)"
    r"(?:[^;,()\[\]]|\([^;()\[\]]{0,30}\)|\[[^;()\[\]]{0,30}\]){0,40}?"
    rf"\bto\s+(?P<b>{_NUMBER})(?!\.?\d)"
    r"(?!\s*(?:-\s*)?(?:days?|weeks?|months?|years?|hours?|h|hrs?|min\w*|sessions?|visits?)\b)"
)

_CHANGED_BY = re.compile(  # "decreased by 12%", "and by 3%"
    rf"(?i)\bby\s+(?:(?:a|an)\s+)?(?:(?:mean|median|average)\s+(?:of\s+)?)?(?P<by>{_NUMBER})"
    r"(?![\d.])\s*(?:%|percent|points?|units?)?"
)

_CHANGE_VERB = re.compile(
    r"(?i)\b(?:(?P<down>decreas(?:ed|es|e|ing)|reduc(?:ed|es|e|ing)|fell|fall(?:s|en)?|"
    r"dropp(?:ed|ing)|drops?|declin(?:ed|es|e|ing)|lowered)|(?P<up>increas(?:ed|es|e|ing)|rose|"
    r"ris(?:e|es|en)|elevated|gain(?:ed|s)?)|(?P<better>improv(?:ed|es|e|ing)))\b"
)

_ARM_CUT = re.compile(r"(?i)[,;]|\b(?:while|whereas|and|but|compared|versus|vs)\b")

_AGAINST = re.compile(
    r"(?i)\s*(?:%|percent|points?|units?)?\s*(?:compared|relative|than|versus|vs\b|over|more|less|"
    r"greater|higher|lower|in\s+comparison)"
)

_P_MENTION = re.compile(P_LABEL + r"\s*[<>=≤≥⩽⩾]")

_BETWEEN_GROUP = re.compile(
    r"(?i)\bbetween[\s-]+(?:the\s+)?(?:two\s+|three\s+)?(?:groups?|arms?|treatments?)\b|"
    r"\bgroup\s*(?:[x×*]|by)\s*time\b|\binteraction\b|\btreatment\s+effect\b"
)

# the between-group words, a time point or "that", and whether it was significant, right
# before the bracket that opens with the p value: "the difference between the two groups at
# 12 weeks was not significant (p = 0.4)", "a difference between groups that was significant ("
_BETWEEN_GROUP_SAID = re.compile(
    r"(?i)\bbetween[\s-]+(?:the\s+)?(?:two\s+|three\s+)?(?:groups?|arms?|treatments?)\b"
    r"[^()\[\];,.]{0,40}?\b(?:was|were|is|are)\s+(?:not\s+|non-?)?(?:statistically\s+)?"
    r"(?:significant|different)\w*\s*[(\[]\s*$"
)


@dataclass(frozen=True, slots=True)
class ArmChanges:
    """Within-group changes reported for two or more arms ("X fell from 6 to 3 with A and from
    6 to 5 with B"): each arm's change, whether the changes were worded as improvements
    ("improved by 40%": their sign is the improvement's, not the measure's), and whether the
    clause tests the difference between the arms (True), only each arm's change (False: a p
    value after each change), or gives no p value (None)."""

    changes: dict[str, float]
    improvement: bool
    between: bool | None
    between_p: int | None  # where the between-group p value starts in the clause


_ArmsKey = tuple[tuple[object, ...], ...]


def _arms_key(arms: Sequence[ArmMention]) -> _ArmsKey:
    """Every field of each arm, in order: all that reading a clause's arms may depend on, as
    the key of a remembered result (``test_significance_memo`` checks it covers them all)."""
    return tuple(
        (a.id, a.label, a.n, tuple(a.interventions), a.start, a.end, a.comparator, a.words,
         a.distinctive, a.analysed)
        for a in arms
    )  # fmt: skip


_MEMO_SIZE = 1024  # clauses remembered; cleared when full
# ``arm_changes`` and ``within_group_change`` depend only on the clause and the arms (every
# field, ``_arms_key``): claims ask them of one clause several times (10,000 and 4,530 calls
# for 2,440 and 2,490 different questions on the RCT file)
_CHANGES_SEEN: dict[tuple[str, _ArmsKey], ArmChanges | None] = {}
_WITHIN_SEEN: dict[tuple[str, _ArmsKey], bool] = {}


def arm_changes(clause: str, arms: list[ArmMention]) -> ArmChanges | None:
    """The within-group changes a clause reports for different arms, one per arm, or None
    (see ``ArmChanges``). A change is "from a to b" (b - a) or "by n" after a change verb
    ("decreased by 12% with A and by 3% with B": -12 and -3); its arm is the one named after
    it (up to the next comma or "and"), else the one named between it and the change before
    (after the last comma, "and", "while", ... there first).
    """
    key = (clause, _arms_key(arms))
    if key in _CHANGES_SEEN:
        return _CHANGES_SEEN[key]
    if len(_CHANGES_SEEN) >= _MEMO_SIZE:
        _CHANGES_SEEN.clear()
    found = _CHANGES_SEEN[key] = _arm_changes(clause, arms)
    return found


def _arm_changes(clause: str, arms: list[ArmMention]) -> ArmChanges | None:
    if "respectively" in clause.lower():
        return None
    found: list[tuple[int, int, float, bool]] = []  # start, end, change, improvement
    for m in _FROM_TO.finditer(clause):
        a, b = (float(v.replace("−", "-").replace("–", "-")) for v in m.group("a", "b"))
        found.append((m.start(), m.end(), b - a, False))
    by = list(_CHANGED_BY.finditer(clause)) if not found else []
    if len(by) >= 2:
        verbs = list(_CHANGE_VERB.finditer(clause))
        for m in by:
            verb = next((v for v in reversed(verbs) if v.end() <= m.start()), None)
            if verb is None:
                return None
            size = float(m.group("by").replace("−", "-").replace("–", "-"))
            found.append((m.start(), m.end(), -size if verb.group("down") else size,
                          bool(verb.group("better"))))  # fmt: skip
    if len(found) < 2:
        return None
    changes: dict[str, float] = {}
    for i, (start, end, change, _) in enumerate(found):
        until = found[i + 1][0] if i + 1 < len(found) else len(clause)
        after = clause[end:until]
        if _AGAINST.match(after):
            return None  # "decreased by 51% compared to B": a difference, not B's change
        cut = _ARM_CUT.search(after)
        after = after[: cut.start()] if cut else after
        before = clause[found[i - 1][1] if i else 0 : start]
        # the part after the last cut first: "..., while in the B group it fell from"
        near = before[cuts[-1].end() :] if (cuts := list(_ARM_CUT.finditer(before))) else before
        arm = named_arm(arms, after) or named_arm(arms, near) or named_arm(arms, before)
        key = arm.id if arm else _group_key(after) or _group_key(near) or _group_key(before)
        if key is None or key in changes:
            return None
        changes[key] = change
    p_values = [m.start() for m in _P_MENTION.finditer(clause)]
    last = found[-1][0]
    marked = between_group_p(clause)
    between: bool | None = None
    between_p = marked
    if marked is not None:
        between = True
    elif any(found[0][0] < p < last for p in p_values):
        between = False  # a p value after each arm's change: within-group tests
    elif len([p for p in p_values if p > last]) == 1:
        between, between_p = True, next(p for p in p_values if p > last)
    elif p_values:
        between = False
    return ArmChanges(changes, any(f[3] for f in found), between, between_p)


def between_group_p(clause: str) -> int | None:
    """Where the clause's p value of the difference between the groups starts ("between-group
    P = 0.01", "P<0.01 for the difference between groups", "P for interaction", "the difference
    between the two groups at 12 weeks was not significant (p = 0.4)"), or None. The words
    count within 30 characters before the p value (further back they name another outcome's
    comparison: "easier with A (p=0.001) with no differences between the groups regarding the
    rate of success (p=0.524)"), or, with a time point and a significance of their own, when
    the bracket right after them opens with it."""
    for m in _P_MENTION.finditer(clause):
        p = m.start()
        if (
            _BETWEEN_GROUP.search(clause[max(0, p - 30) : p])
            or _BETWEEN_GROUP.search(_own_words(clause, m))
            or _BETWEEN_GROUP_SAID.search(clause[max(0, p - 120) : p])
        ):
            return p
    return None


_OWN_WORDS_END = re.compile(r"[)\];]|,\s*" + P_LABEL + r"\s*[<>=≤≥⩽⩾]")


def _own_words(clause: str, p: re.Match[str]) -> str:
    """The words after a p value that tell what it tests, up to 60 characters: to the end of
    its bracket, a semicolon or a comma before the next p value ("p<0.01; p = 0.2 for the
    difference between groups", "p<0.001, P for interaction = 0.04": the words are the second
    p value's, the first has none). Two p values joined by "and" share them ("P = 0.002 and
    P = 0.03 for interaction, respectively")."""
    after = clause[p.end() : p.start() + 60]
    stop = _OWN_WORDS_END.search(after)
    return clause[p.start() : p.end() + (stop.start() if stop else len(after))]


_FROM_BASELINE = re.compile(
    r"(?i)\b(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to|from|over)\s+baseline\b|"
    r"\bwithin[\s-]+(?:the\s+)?(?:each\s+)?(?:groups?|arms?)\b"
)

_WITHIN_BEFORE = re.compile(r"(?i)\bwithin[\s-]+(?:the\s+)?(?:groups?|arms?)\s*$")


def p_against_baseline(clause: str, start: int) -> bool:
    """Whether the p value starting at ``start`` tests a change from baseline, not the
    difference between the groups: its own words say so ("p < 0.001 vs baseline", "P<0.01
    for the change from baseline", "p = 0.02 within groups") or "within-group" comes right
    before it ("within-group p = 0.03")."""
    m = _P_MENTION.match(clause, start)
    if m is None:
        return False
    return bool(
        _FROM_BASELINE.search(_own_words(clause, m))
        or _WITHIN_BEFORE.search(clause, max(0, start - 20), start)
    )


def _group_key(text: str) -> str | None:
    """A group the text names in its own words ("in the NHS only group"), as a key of
    ``ArmChanges.changes`` for a group that is no recognised arm."""
    m = GROUP.search(text)
    return "group:" + " ".join(group_name(m).lower().split()) if m else None


MORE_IN_ONE = re.compile(  # "improved in both groups, but more with A"
    r"(?i)\b(?:but|though|although|yet|and|with)\s+(?:(?:significantly|markedly|much|"
    r"considerably)\s+)?(?P<size>more|less|greater|larger|smaller|better|further)\s+(?:so\s+)?"
    r"(?:(?:in|with|among|for|after|on)\s+)(?!(?:both|all|each|either)\b)(?P<arm>[^,;()]{1,60})"
)


# these spell their words in lower case: searched faster in the lower-cased text
_WITHIN_BOTH_FAST = LowerCaseSearch(WITHIN_BOTH)
_BETWEEN_FAST = LowerCaseSearch(_BETWEEN)
_MORE_CHANGE_FAST = LowerCaseSearch(_MORE_CHANGE)
_MORE_IN_ONE_FAST = LowerCaseSearch(MORE_IN_ONE)


def within_groups_only(clause: str) -> bool:
    """A change "in both groups" with no comparison between them ("pain fell in both arms"); a
    greater change in one of them ("..., with a greater increase in group A", "..., but more
    with A") compares them."""
    return (
        _WITHIN_BOTH_FAST.found(clause)
        and not _BETWEEN_FAST.found(clause)
        and not _MORE_CHANGE_FAST.found(clause)
        and not _MORE_IN_ONE_FAST.found(clause)
    )


# a change, by a verb or a noun: "decreased", "an increase", "improvements", "fell"
_CHANGE_WORD = re.compile(
    r"(?i)\b(?:increas|decreas|reduc|improv|declin|deteriorat|worsen|drop|gain|chang)\w*|"
    r"\b(?:rose|ris(?:e|es|en|ing)|fell|fall(?:s|en|ing)?|loss(?:es)?|lowered|lowering|raised|"
    r"raising|elevated)\b"
)

_ALIKE = re.compile(
    r"(?i)\b(?:similarly|comparably|equally|equivalently|to\s+(?:a\s+)?(?:similar|the\s+same|"
    r"comparable)\s+(?:extent|degree))\b"
)

# one arm against the other: "..., being higher with A", "more pronounced with A" (not "both
# groups had lower scores")
_COMPARATIVE = re.compile(
    r"(?i)\b(?:more|less|greater|smaller|larger|higher|lower|better|worse|faster|slower|"
    r"superior|inferior)(?:\s+[\w-]+)?\s+(?:with|in|among|for|after|on)\s+(?:the\s+)?"
    r"(?!(?:both|all|each|either|every)\b)"
)

_CHANGE_WORD_FAST = LowerCaseSearch(_CHANGE_WORD)
_ALIKE_FAST = LowerCaseSearch(_ALIKE)
_COMPARATIVE_FAST = LowerCaseSearch(_COMPARATIVE)

_P_BRACKET = re.compile(r"[(\[][^()\[\]]*" + P_LABEL + r"\s*[<>=≤≥⩽⩾][^()\[\]]*[)\]]")


def _tested_in_each_arm(clause: str, arms: Sequence[ArmMention]) -> bool:
    """Whether the clause reports a change with its own bracketed p value after each of two or
    more different arms (or groups in its own words) and no comparison between them: "an
    increase in disability in the A group (mean change 0.6; p < 0.001) and B group (mean
    change 0.7; p < 0.001)". Not "lower with A (p = 0.01) and B (p = 0.02) than with C", nor
    a clause with a p value between the groups."""
    outside = without_brackets(clause)
    if (
        not _CHANGE_WORD_FAST.found(outside)
        or _BETWEEN_FAST.found(outside)
        or between_group_p(clause) is not None
    ):
        return False
    brackets = list(_P_BRACKET.finditer(clause))
    keys: list[str] = []
    start = 0
    for bracket in brackets:
        before = clause[start : bracket.start()]
        # the arm named right before its bracket: after the last comma, "and", "while", ...
        before = before[cuts[-1].end() :] if (cuts := list(_ARM_CUT.finditer(before))) else before
        arm = named_arm(list(arms), before)
        key = arm.id if arm else _group_key(before)
        if key is None or key in keys:
            return False
        keys.append(key)
        start = bracket.end()
    return len(keys) >= 2


# one arm's own "no change" beside another arm's change ("X fell in the A group (P = .03) with
# no change in the B group (P = .4)"): each arm tested on its own, not the arms against each
# other, so no "no difference" between them
_NO_CHANGE_IN_ARM = re.compile(
    r"(?i)\bno\s+(?:significant\s+)?changes?\b[^,;()]{0,40}?\s(?:in|with|among|for)\s+"
    r"(?:the\s+)?(?!(?:either|both|any|all|each|two|three|four)\b)[\w+-]+(?:\s+[\w+-]+)?\s+"
    r"(?:group|arm)\b"
)


def within_group_change(clause: str, arms: Sequence[ArmMention] = ()) -> bool:
    """Whether the clause reports how each arm changed (from baseline) and nothing about how
    the arms compare: a change "in both groups" (``within_groups_only``: "Both treatments
    showed decreases in X (p<0.001)"), each arm's change with a p value of its own ("fell from
    6 to 3 (P<0.001) with A and from 6 to 5 (P=0.02) with B", ``arm_changes``; "increased in
    the A group (..; p<0.001) and the B group (..; p<0.001)"). A clause that says the arms
    did not differ ("decreased similarly in both groups") or that one changed more ("..., being
    higher with A") compares them; one arm's "no change" beside the other's change
    (``_NO_CHANGE_IN_ARM``) is that arm's own."""
    key = (clause, _arms_key(arms))
    found = _WITHIN_SEEN.get(key)
    if found is None:
        if len(_WITHIN_SEEN) >= _MEMO_SIZE:
            _WITHIN_SEEN.clear()
        found = _WITHIN_SEEN[key] = _within_group_change(clause, arms)
    return found


def _within_group_change(clause: str, arms: Sequence[ArmMention]) -> bool:
    if (
        no_difference(_NO_CHANGE_IN_ARM.sub(" ", clause), arms)
        or _ALIKE_FAST.found(clause)
        or _COMPARATIVE_FAST.found(without_brackets(clause))
    ):
        return False
    changed = arm_changes(clause, list(arms))
    if changed is not None:
        return changed.between is False
    changing = _CHANGE_WORD_FAST.found(without_brackets(clause))  # not "high in both"
    return (changing and within_groups_only(clause)) or _tested_in_each_arm(clause, arms)


def _says(
    pattern: re.Pattern[str],
    found: Callable[[str], bool],
    clause: str,
    arms: Sequence[ArmMention],
) -> bool:
    """Whether ``pattern`` matches the clause other than as "NS" where an arm of the trial is
    called NS (normal saline): "20/45 with NS" names that arm, not "not significant"; "NS" in
    brackets after a value ("12% vs 15% (NS)", "12% in the NS group (NS)") is a result all
    the same, unless it names a solution ("0.9% sodium chloride (NS)"). ``found`` answers as
    ``pattern.search(clause) is not None`` does, faster (``direction_words``)."""
    if not any("ns" in a.words for a in arms):
        return _found(found, clause)
    return any(
        m.group() != "NS"
        or (
            _VALUE_THEN_BRACKET.search(clause, 0, m.start()) is not None
            and _SOLUTION_THEN_BRACKET.search(clause, 0, m.start()) is None
            and _CLOSING.match(clause, m.end()) is not None
        )
        for m in pattern.finditer(clause)
    )


@functools.lru_cache(maxsize=1024)
def _found(found: Callable[[str], bool], clause: str) -> bool:
    """``found(clause)``, remembered: claims ask it of one clause several times
    (NO_DIFFERENCE: 11,354 searches of 6,007 clauses on the bench file)."""
    return found(clause)


_VALUE_THEN_BRACKET = re.compile(r"[\d%][^;]*[(\[]\s*$")  # a value earlier in the clause

_SOLUTION_THEN_BRACKET = re.compile(r"(?i)\b(?:saline|chloride|solution|nacl)\s*[(\[]\s*$")

_CLOSING = re.compile(r"\s*[)\]]")


def not_significant(clause: str, arms: Sequence[ArmMention] = ()) -> bool:
    """Whether the clause says "not significant" (``NOT_SIGNIFICANT``; "NS" not as an arm)."""
    return _says(NOT_SIGNIFICANT, says_not_significant, clause, arms)


def no_difference(clause: str, arms: Sequence[ArmMention] = ()) -> bool:
    """Whether the clause says "no difference" (``NO_DIFFERENCE``; "NS" not as an arm)."""
    return _says(NO_DIFFERENCE, says_no_difference, clause, arms)


def significance(
    p: PValue | None,
    clause: str,
    effect: EffectSize | None,
    arms: Sequence[ArmMention] = (),
) -> bool | None:
    """True/False/None from the p value, else the words, else the effect's confidence interval
    (not a credible, uncertainty or prediction interval; None where a bound is the null value
    as written, "1.0-1.7", rounded from either side of it); a "trend"/"tended to" without a p
    value is not significant, and so is a p value below a bound above alpha ("P < 0.08")
    unless the words say "significant"; "NS" naming one of ``arms`` says nothing."""
    if p is not None:
        if p.relation in ("<", "<=") and p.value == ALPHA and not_significant(clause, arms):
            return False  # "not significant at the p < .05 level": a threshold, not a result
        if p.relation in ("<", "<=") and p.value <= ALPHA:
            return True
        if p.relation == "=":  # p = 0.05 is significant where the text says so
            return p.value < ALPHA or (p.value == ALPHA and bool(SIGNIFICANT.search(clause)))
        if p.relation in (">", ">=") and p.value >= ALPHA:
            return False
        if p.relation in ("<", "<=") and p.value < 1 and not SIGNIFICANT.search(clause):
            return False  # "somewhat greater (P < 0.08)": a bound above alpha, reported as such
        return None
    if not_significant(clause, arms) or _TREND.search(clause):
        return False
    if SIGNIFICANT.search(clause):
        return True
    if effect is not None and effect.interval is not None and effect.interval.kind == "confidence":
        null = 1.0 if effect.measure.endswith("ratio") else 0.0
        if null in (effect.interval.low, effect.interval.high):
            return None  # "RR 1.3 (95% CI 1.0-1.7)": a rounded bound, either side of 1
        return not effect.interval.low <= null <= effect.interval.high
    return None
