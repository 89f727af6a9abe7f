"""Arm values given set after set in one clause: one claim per set.

Not a component: ``evg_claims`` uses these. A claim holds one result per arm, so a clause
whose values give every arm a value twice or more ("Decline in BMD with A compared with B
occurred at the lumbar spine (-2.4% vs -0.5%; p<0.001), total hip (-1.8% vs -0.6%;
p=0.004), and femoral neck (-2.4% vs -0.8%; p=0.002)") makes one claim per set. Method:
- sets (``arm_sets``): the clause's values, each assigned to an arm, in text order, split
  into runs that each give the same two or more arms one value each (a run whose values name
  no arm takes the arms of the run before, in its order); none when a run gives other arms;
- each set's label is the words before its values (before the bracket that holds them,
  unless words other than an arm's name open the bracket: "(DFS 93% vs 98%, OS ...)"), from
  the last comma, semicolon, colon, closing bracket (not a short form's: "syndrome (HFS)")
  or p value, less joining words ("and", "as well as", "especially"), a verb of being or
  finding at its end ("and OS was", "observed in") and an arm's name with the words leading
  to it or shared by all the arms' names ("in the A group", "in the Sensor On arm"); the
  first set's only from after the outcome, past its last "were"/"included" and from its
  last preposition no arm's name follows ("X ... occurred at the lumbar spine"). Where no
  later set has a label before it, the labels are the words after each set's values up to
  the next comma or bracket, past a "respectively", when each opens with a preposition
  ("... allocated to B at 6 months, and by ..., respectively, at 12 months");
- outcomes: where the first label opens with a preposition, or a later one says when
  ("after 10 years") or opens with a number ("and 400 mg/m2"), each label qualifies the
  statement's outcome ("BMD at the lumbar spine"), one without a preposition taking the
  last one seen ("total hip" -> "at total hip"), and a first set without one keeps the
  outcome as it is; a label that names a measure ("in the number of patients with ...") is
  its set's own outcome. Else each label is its set's own outcome ("were neutropenia (..),
  nausea (..)"), the first set keeping the statement's unless its label opens its bracket,
  follows "were"/"included", or the statement's outcome only names people or an arm ("The
  A group and the B group were similar in age (..), weight (..)"). A "respectively" after
  the last set gives each set the measure in its place of an outcome that lists as many and
  names no arm ("X and Y were 98% vs 81% and 98% vs 83%, respectively");
- no split (the clause keeps its one claim, with the first set's values) when a later set
  has no label, two sets have the same one, a label names only people or says something of
  its own ("was", "it", "increased": "..., and the proportion delivered was greater in A
  (..)"), or the text before it says a change ("(..), and calcium rose during treatment, at
  the last visit (..)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.components.arms import mention_words
from extractors.components.direction_words import direction_cue
from extractors.components.outcome_lists import respective_items
from extractors.components.result_values import ValueGroup
from extractors.components.statement_forms import names_people
from extractors.numbers import RESPECTIVELY


@dataclass(frozen=True, slots=True)
class ValueSet:
    """One set of a clause's values: its arm values, the clause text it covers (its label,
    values and statistics), and its outcome: ``outcome`` (a span; None for the statement's
    own) with ``qualifier`` after it ("at the lumbar spine"; "" for none)."""

    groups: list[ValueGroup]
    bounds: tuple[int, int]
    outcome: tuple[int, int] | None
    qualifier: str


@dataclass(frozen=True, slots=True)
class ArmWords:
    """The words of the trial's arm names: ``distinctive`` tell one arm from the others (an
    arm's name ends a label there), ``every`` are all of them."""

    distinctive: frozenset[str]
    every: frozenset[str]


_LAST_WORD = re.compile(r"(?:^|\s)(\S+)\s*$")


def arm_sets(groups: list[ValueGroup]) -> list[list[ValueGroup]]:
    """``groups`` split into runs that each give the same two or more arms one value each,
    in text order; a run whose values have no arm takes the arms of the run before in its
    order ("... (-1.8% A vs -0.6% B), and femoral neck (-2.4% vs -0.8%)"). [] when there are
    fewer than two runs, or a run gives other arms than the first, or has values with and
    without an arm."""
    arms: list[str] = []
    for g in groups:
        if g.arm is None or g.arm in arms:
            break
        arms.append(g.arm)
    size = len(arms)
    if size < 2 or len(groups) < 2 * size or len(groups) % size:
        return []
    runs: list[list[ValueGroup]] = []
    for i in range(0, len(groups), size):
        run = groups[i : i + size]
        if all(g.arm is None for g in run):
            run = [
                replace(g, arm=arm) for g, arm in zip(run, [g.arm for g in runs[-1]], strict=True)
            ]
        if {g.arm for g in run} != set(arms):
            return []
        runs.append(run)
    return runs


# a group named right before its value, after the set's label: "median OS: group 1, "
_GROUP_LABEL_END = re.compile(r"[,:]?\s*(?:the\s+)?(?:[Gg]roup|[Aa]rm)\s+\w{1,3}\s*[,:=]\s*$")
_BOUNDARY = re.compile(r"[,;:)\]]|\b[Pp]\s*[=<>≤≥]\s*[\d.·]+")
_LEADING = re.compile(  # maybe after the last set's unit: "(49.9) months and Y was"
    r"(?i)\W*(?:(?:days?|weeks?|months?|years?|hours?|min(?:utes?)?|points?|kg|mg|ml|mmHg|cm)"
    r"\s+(?=(?:and|or|but|while|whereas)\b))?"
    r"\W*(?:(?:and|or|but|while|whereas|both|either|respectively|especially|particularly|"
    r"notably|mainly|even|also|together\s+with|along\s+with|as\s+well\s+as|including|"
    r"resulting\s+in|leading\s+to|translating\s+into)\b\W*)*"  # "..., resulting in a 5-year X of"
)
_TRAILING = re.compile(
    r"(?i)(?:\s+(?:was|were|is|are|had|has|have|of|the|a|an|with|in|on|for|among|than|"
    r"and|or|vs\.?|versus|receiving|treated|arms?|groups?|achieved|occurred|observed|reported|"
    r"seen|noted|found|recorded|most|common|frequent))+[^\w)\]]*$|[^\w)\]]+$"
)
_PREPOSITIONS = r"(?:at|from|through|between|during|for|among|in|after|before|within|on)\b"
_PREPOSITION = re.compile(rf"\b{_PREPOSITIONS}\s")
# a label that says when or where, and so qualifies the outcome ("... and after 10 years")
_WHEN_OR_WHERE = re.compile(r"(?i)(?:at|from|through|between|during|after|before|within)\b")
# a label that names a measure is an outcome, not where or when it was measured
_MEASURE = re.compile(
    rf"(?i)(?:{_PREPOSITIONS}\s*)?(?:(?:the|a|an)\s+)?(?:number|rates?|proportions?|percentages?|"
    r"incidences?|risks?|frequency|levels?|scores?|duration|time|mean|median)\b"
)
# the verb before a list of outcomes: "The most common events were neutropenia (..), ..."
_COPULA_WORDS = r"\b(?:was|were|is|are|included|include|includes|including)"
_COPULA = re.compile(_COPULA_WORDS + r"\s")
_COPULA_END = re.compile(_COPULA_WORDS + r"\W*$")
_LEAD_PREPOSITION = re.compile(rf"(?i){_PREPOSITIONS}")
_OUTCOME_LEAD = re.compile(rf"(?i)(?:(?:{_PREPOSITIONS}|with\b|of\b)\s*)?(?:(?:the|a|an)\s+)?")
# a later set's label that says something of its own is a new statement ("..., and the
# proportion delivered was greater in A (..)", "while it decreased for B (..)")
_STATEMENT_WORD = re.compile(
    r"(?i)\b(?:was|were|is|are|had|has|have|did|it|they|increased|decreased|reduced|improved|"
    r"declined|rose|fell)\b"
)
# nor does a qualifier say what people did ("within 24 hours (..) and not to require ..")
_NOT_QUALIFIER = re.compile(r"(?i)\bnot\b|\bto\s+[a-z]")
_WORD = re.compile(r"[^\W\d_][\w-]*|\d[\w.·/-]*")
# words that make no label: the comparison the clause already makes ("lower", "significantly")
_EMPTY_WORDS = frozenset({
    "lower", "higher", "greater", "smaller", "larger", "fewer", "more", "less", "better",
    "worse", "shorter", "longer", "reduced", "increased", "decreased", "improved",
    "significantly", "significant", "slightly", "markedly", "also", "similar", "comparison",
    "compared", "relative", "versus", "vs", "group", "groups", "arm", "arms", "the", "a", "an",
    "in", "at", "of", "with", "than", "was", "were", "is", "are", "had", "has", "have",
    "those", "these", "they", "them", "it", "on", "for", "from", "to", "by", "during",
    "through", "among", "within", "after", "before", "most", "common",
})  # fmt: skip


def _opening(
    text: str, start: int, first: ValueGroup, arm_words: frozenset[str]
) -> tuple[int, int]:
    """Where a set's values open and where the text its label is read from starts: the
    bracket that holds its first value and ``start``; but the bracket's inside when words
    other than an arm's name open it ("(DFS 93.5% vs 98.4%, ..."); else the first value."""
    gap = text[start : first.start]
    depth, bracket = 0, -1
    for i in range(len(gap) - 1, -1, -1):
        if gap[i] in ")]":
            depth += 1
        elif gap[i] in "([":
            if depth == 0:
                bracket = i
                break
            depth -= 1
    if bracket < 0:
        return first.start, start
    inside = gap[bracket + 1 :]
    inside = inside[inside.rfind(";") + 1 :]
    if _label_words(inside) - arm_words:
        return first.start, start + bracket + 1  # the label opens the bracket
    return start + bracket, start


def _label_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _EMPTY_WORDS


_WHO_WORDS = frozenset({
    "receiving", "received", "treated", "given", "assigned", "allocated", "randomized",
    "randomised", "patients", "participants", "subjects", "women", "men", "children", "people",
})  # fmt: skip
_ABBREVIATION = re.compile(r"\(\s*[^\W\d_][\w-]{0,14}\s*\)$")


def _abbreviation(text: str, boundary: re.Match[str]) -> bool:
    """Whether a boundary closes a short form's bracket ("hand-foot syndrome (HFS)"), which
    is part of a label."""
    return boundary.group(0) == ")" and bool(
        _ABBREVIATION.search(text, max(0, boundary.start() - 20), boundary.end())
    )


def _label_after(text: str, start: int, end: int, words: ArmWords) -> tuple[int, int] | None:
    """A label written after a set's values ("... 456 (52%) of 872 allocated to B at 6
    months, and by 239 (28%) ..., respectively, at 12 months"): the words from ``start`` up
    to the next comma, semicolon or bracket, past a "respectively", opening with a
    preposition; else None."""
    lead = _AFTER_LEAD.match(text, start, end)
    start = lead.end() if lead else start
    stop = _AFTER_END.search(text, start, end)
    label = _label(text, start, stop.start() if stop else end, words, True)
    if label is None or _LEAD_PREPOSITION.match(text, *label) is None:
        return None
    return label


_AFTER_LEAD = re.compile(
    r"(?i)[\s,;)\]]*(?:(?:patients|participants|subjects|women|men|children|people)\b[\s,;]*)?"
    r"(?:respectively\b[\s,;]*)?"
)
_AFTER_END = re.compile(r"(?i)[,;:()\[\]]|\b(?:and|or|vs\.?|versus)\b")


def _label(
    text: str, start: int, end: int, words: ArmWords, from_preposition: bool
) -> tuple[int, int] | None:
    """The span of the label in ``text[start:end]`` (see the module docstring), or None;
    ``from_preposition``: from the last preposition that no arm's name follows, if any."""
    named = _GROUP_LABEL_END.search(text, start, end)  # "(median OS: group 1, 32 months; ..."
    end = named.start() if named else end
    boundaries = [b for b in _BOUNDARY.finditer(text, start, end) if not _abbreviation(text, b)]
    if (
        boundaries
        and boundaries[-1].group(0) == ":"
        and not text[boundaries[-1].end() : end].strip()
    ):
        end = boundaries.pop().start()  # "(ORR: 64% vs 33%, ...; DCR: ...)": the head
    if boundaries:
        start = boundaries[-1].end()
    if from_preposition:
        copulas = list(_COPULA.finditer(text, start, end))
        if copulas:
            start = copulas[-1].end()
        prepositions = [
            m
            for m in _PREPOSITION.finditer(text, start, end)
            if not mention_words(text[m.end() : end]) & words.distinctive
        ]
        if prepositions:
            start = prepositions[-1].start()
    # an arm's name ends the label: "... at surgery with AC (61%)" (the words read as the
    # whole text reads them: "in the 6-hour group"), and so do the words all the arms'
    # names share ("in the Sensor On arm": "in the")
    for word in _WORD.finditer(text, start, end):
        if mention_words(text[start : word.end()]) & words.distinctive:
            end = word.start()
            break
    leading = _LEADING.match(text, start, end)
    start = leading.end() if leading else start
    while True:  # less the words that lead to an arm's name, or share its words, at its end
        trailing = _TRAILING.search(text, start, end)
        last = _LAST_WORD.search(text, start, end)
        if trailing is not None and trailing.start() < end:
            end = trailing.start()
        elif last and mention_words(last.group(1)) & words.every and last.start() > start:
            end = last.start()
        else:
            break
    if end <= start or not (_label_words(text[start:end]) - _WHO_WORDS):
        return None  # nothing, or only who ("in patients randomized to A")
    return start, end


def value_sets(
    text: str,
    bounds: tuple[int, int],
    outcome: tuple[int, int],
    groups: list[ValueGroup],
    words: ArmWords,
) -> list[ValueSet]:
    """The sets of the clause ``text[bounds]``, whose statement names ``outcome``, with
    their labels and outcomes (see the module docstring); [] for no split."""
    runs = arm_sets(groups)
    if not runs:
        return []
    start, end = bounds
    openings = []
    labels: list[tuple[int, int] | None] = []
    inside = False  # whether the first set's label opens its bracket
    gap_start_0 = max(start, outcome[1])
    for index, run in enumerate(runs):
        gap_start = gap_start_0 if index == 0 else runs[index - 1][-1].end
        opening, label_start = _opening(text, gap_start, run[0], words.distinctive)
        inside = inside or (index == 0 and opening == run[0].start and label_start > gap_start)
        openings.append(opening)
        label = _label(text, label_start, opening, words, index == 0)
        if index and label and _new_statement(text, gap_start, label):
            return []
        labels.append(label)
    if all(label is None for label in labels[1:]):  # labels after the values?
        after = [
            _label_after(
                text, run[-1].end, runs[i + 1][0].start if i + 1 < len(runs) else end, words
            )
            for i, run in enumerate(runs)
        ]
        if all(after):
            labels, openings = after, [run[0].start for run in runs]
    unlabelled = all(label is None for label in labels[1:])
    first = labels[0]
    # an outcome that names people or an arm ("The A group and the B group were similar in
    # age (..), weight (..)") is no measure a label can qualify
    named = text[outcome[0] : outcome[1]]
    who = names_people(named) or not (_label_words(named) - words.every - _WHO_WORDS)
    qualified = not who and (
        (first is not None and _LEAD_PREPOSITION.match(text, *first) is not None)
        or any(_WHEN_OR_WHERE.match(text, *label) for label in labels[1:] if label)
        or any(text[label[0]].isdigit() for label in labels[1:] if label)  # "and 400 mg/m2"
    )
    # the first label right after "were"/"included" is the first of a list of outcomes
    listed = first is not None and bool(_COPULA_END.search(text, gap_start_0, first[0]))
    outcomes: list[tuple[int, int] | None]
    respective = _respective_outcomes(text, outcome, runs, end, words) if unlabelled else []
    written = [text[s:e].lower() for s, e in (label for label in labels if label)]
    if respective:
        outcomes, qualifiers = list(respective), [""] * len(runs)
        labels = [None] * len(runs)  # each set's text its values: the predicate is shared
    elif any(label is None for label in labels[1:]):
        return []
    elif len(set(written)) < len(written):
        return []  # the same label twice: not sets of one outcome
    elif qualified:
        if any(_NOT_QUALIFIER.search(text, *label) for label in labels if label):
            return []
        outcomes, qualifiers = [None] * len(runs), _qualifiers(text, labels)
        for index, label in enumerate(labels):  # "... or in the number of patients with X"
            if label and _MEASURE.match(text, *label):
                outcomes[index], qualifiers[index] = _as_outcome(text, label), ""
    else:
        # the first set keeps the statement's outcome unless its label opens its bracket or
        # the outcome names who was measured
        outcomes = [_as_outcome(text, labels[0]) if inside or who or listed else None]
        outcomes += [_as_outcome(text, label) for label in labels[1:]]
        qualifiers = [""] * len(runs)
        if any(o is not None and names_people(text[o[0] : o[1]]) for o in outcomes):
            return []
    sets = []
    for index, run in enumerate(runs):
        label = labels[index]
        item_start = min(label[0], openings[index]) if label else openings[index]
        following = labels[index + 1] if index + 1 < len(runs) else None
        item_end = (
            end
            if index + 1 == len(runs)
            else min(openings[index + 1], following[0] if following else end)
        )
        sets.append(ValueSet(run, (item_start, item_end), outcomes[index], qualifiers[index]))
    return sets


def _respective_outcomes(
    text: str,
    outcome: tuple[int, int],
    runs: list[list[ValueGroup]],
    end: int,
    words: ArmWords,
) -> list[tuple[int, int]]:
    """The measures an outcome lists, one per set, when a "respectively" follows the last set
    ("X and Y were 98% vs 81% and 98% vs 83%, respectively"); not arms ("Responses for A and
    B occurred in 39% and 35%, respectively"); else []."""
    if not RESPECTIVELY.search(text, runs[-1][-1].end, end):
        return []
    items = [
        item
        for item in respective_items(text, outcome, len(runs))
        if not mention_words(text[item[0] : item[1]]) & words.distinctive
    ]
    return items if len(items) == len(runs) else []


def _new_statement(text: str, start: int, label: tuple[int, int]) -> bool:
    """Whether a later set's label, or the text between it and the set before (past the
    last bracket closed there), says something of its own: a new statement."""
    close = max(text.rfind(")", start, label[0]), text.rfind("]", start, label[0]))
    return (
        direction_cue(text[max(start, close + 1) : label[0]]) is not None
        or _STATEMENT_WORD.search(text, *label) is not None
    )


def _as_outcome(text: str, label: tuple[int, int] | None) -> tuple[int, int] | None:
    """A label as an outcome: without a leading preposition and article ("in the number of
    patients ..." -> "number of patients ...")."""
    if label is None:
        return None
    start, end = label
    lead = _OUTCOME_LEAD.match(text, start, end)
    return (lead.end() if lead else start, end)


def _qualifiers(text: str, labels: list[tuple[int, int] | None]) -> list[str]:
    """Each label as written, one without a leading preposition taking the last one seen; a
    first set's label without one, or none, qualifies nothing ("X was similar (..) and after
    10 years (..)": the first set is the outcome's own)."""
    found = []
    carried = ""
    for index, label in enumerate(labels):
        words = text[label[0] : label[1]] if label else ""
        lead = _LEAD_PREPOSITION.match(words)
        if lead is not None:
            carried = lead.group(0).lower()
        elif index == 0:
            words = ""
        elif carried:
            words = f"{carried} {words}"
        found.append(words)
    return found
