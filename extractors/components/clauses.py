"""Where result statements lie: the sentences after an unstructured abstract's background,
their clauses, and the cue text of one item of an outcome list.

Not a component: ``evg_claims`` uses these pure functions. Clauses split at "; ", ", while"
(" while the/in/there/no" too, with a direction word before it and one or "no change" after),
", whereas", ", but", ", although", ", however", " despite", " except that", ", with no
(significant) difference in" (or the same right after a bracket, without the comma) after a
direction word ("more likely to X (RR ...), with no significant differences in Y and Z"; not
"X fell, with no difference between the groups"), "but" before a new subject, ", and the Y
was/were/had/showed" after a statement with its own statistic or "respectively", " and Y
was/were <number>" when each side compares two values by "vs" ("X was 4.5 vs 6.8 months and Y
was 19.7 vs 23.6 months"), " and Y was (significantly) reduced" after a direction word and its
comparison ("X was greater with A than B (..) and Y was significantly reduced (..)"), " and
(2.7 times) less likely" after a direction word ("more likely to X"), " and (also) had
higher Y" or " and a decrease in Y" after a direction word, and " and there was/were" after a
direction word or "no difference" (", and there was no difference between the groups" refers
back), outside brackets; a clause opening with "While"/"Although"/"Whereas"/"Despite" splits
at its first comma after a verb or a measure compared ("Despite higher X (..), Y ..."), past
the commas of a list of nouns; a clause that opens with a statistic ("; OR 2.1 ...") or
refers back to the one before ("..., but the difference was not significant", "..., but did
not reach significance") stays with it. "While"/"whereas" setting one group's value against
another's for the same measure ("A was stopped in 12%, whereas B was stopped in 20%": a value
on each side, no statistic before it, a word in common or "it was ...") does not split.

For the claims, two clauses that each report one group's change in the same measure ("X fell
from 6 to 3 with A, while with B it fell from 6 to 5"; at "; " only when the changes are two
different groups': "In the A group X fell from 8 to 7; in the B group it rose from 8 to 9") are
joined again (``joined_changes``): one comparison of the changes.

Example: "Pain fell with drug A (P=0.01), whereas sleep did not change." gives two clauses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.bracket_lists import without_brackets
from extractors.components.arm_names import named_arm
from extractors.components.arms import ArmMention
from extractors.components.direction_words import (
    DOWN,
    NO_SIGNIFICANT_CHANGE,
    UP,
    direction_cue,
    says_no_difference,
)
from extractors.components.sections import Sentence
from extractors.components.significance import arm_changes
from extractors.numbers import RESPECTIVELY

# "no (statistically) significant difference(s) ": after ", with" a clause of its own, whose
# claims compare the arms of the clause before (``claim_arms.carry_pair``)
NO_SIGNIFICANT_DIFFERENCES = r"no\s+(?:(?:statistically\s+)?significant\s+)?differences?\s+"
# ", but not in B (+22.5% vs +2.7%, P < 0.001)." ending the sentence: an elided contrast of the
# clause before (A's change, B's none), whose values and statistics are that clause's; not
# after a bracket of the first clause's own ("in A (p = 0.01), but not in B (p = 0.31)")
_BUT_NOT_IN_END = (
    r"\s+not\s+(?:in|with|among|for|on)\s+[^,;()\[\]\d]{1,60}?\s*(?:[(\[][^()\[\]]*[)\]]\s*)?"
    r"[.;]?\s*$"
)
_CLAUSE_SPLIT = re.compile(
    r";\s+|,\s*(?:while|whereas|but(?!\s+not\s+[^,;()]{1,150},)"
    r"(?:(?<=[)\]], but)|(?<=[)\]],but)|(?!" + _BUT_NOT_IN_END + r"))|"
    r"although|though|however)\s+|"
    r"\s+(?:whereas|despite|although)\s+|"
    # with a direction on each side (``_changes_both_sides``)
    r"(?P<bare_while>\s+while\s+)(?=(?:the|there|in|no)\s)|"
    r",\s+and\s+(?=(?:the|a|an|its|their)\s+(?:[^\s,;()]+\s+){0,6}?(?:was|were|had|showed)\b|"
    r"(?!(?:in|with|at|for|among|after|by|on|to|from|during|within|over|between|then|also|not|"
    r"so|thus|as|it|this|that|these|those|they|there|\w+ly)\b)[^\W\d_][^\s,;()]*\s+"
    r"(?:[^\s,;()]+\s+){0,5}?(?:was|were|had|showed)\b)|"
    r",?\s+except\s+(?:that|for)\s+|"
    # "A did not differ from B in X (..) nor did they differ in Y (..)": Y's own statement,
    # "nor" kept as its negation
    r",?\s+(?=nor\s+(?:did|does|do|was|were|is|are|has|have|had|could)\s)|"
    # "X fell by 35%, which translated into a reduction in Y (p = ..)": Y's own statement
    r",\s+(?=which\s+(?:resulted\s+in|led\s+to|translated\s+into)\s)|"
    # "X rose with A (P = 0.04) and there were 2 and 10 deaths with A and B": a new statement
    r"(?P<there_and>\s+and\s+)(?=there\s+(?:was|were)\s)|"
    # "73% of controls and 71% of A women did X and 22% of controls and 24% of A women Y": the
    # groups' shares again, a new statement
    r"(?P<shares_and>\s+and\s+)(?=\d+(?:[.·]\d+)?\s*%\s+of\s[^,;()]{1,40}?\s+and\s+\d)|"
    # "X was greater with A than B (..) and Y was significantly reduced (..)": a second measure
    # with its own direction (``_second_measure``)
    r"(?P<measure_and>\s+and\s+)(?!(?:as|in|with|at|for|among|after|by|on|to|from|during|then|"
    r"also|not|so|thus|it|this|that|they|there)\b)"
    r"(?=(?:the\s+)?(?:[^\s,;()]+\s+){1,5}?(?:was|were)\s+(?:also\s+)?"
    r"(?:(?:statistically\s+)?significantly\s+)?(?:higher|lower|greater|smaller|increased|"
    r"decreased|reduced|improved|elevated|shorter|longer)\b)|"
    # "X was 4.5 vs 6.8 months and Y was 19.7 vs 23.6 months": two comparisons (``_PAIRED_AND``)
    r"\s+and\s+(?=(?:[^\s,;()]+\s+){1,5}?(?:was|were)\s+\d[^;]*?\b(?:vs\.?|versus)\s)|"
    # "more likely to get X (RR 1.3; 95% CI ...), with no significant differences in Y and Z":
    # other measures (not "X fell, with no difference between the groups": X's)
    r"(?:,|(?<=[)\]]))\s+with\s+(?=" + NO_SIGNIFICANT_DIFFERENCES + r"(?:in|for|on)\s)|"
    r"(?<=[)}\]])\s*but\s+|"
    r"(?<=\w)\s+but\s+(?=(?:the|there|it|its|no|a|an|in|at|when|after|this|these|those|"
    r"significant\w*|only|was|were)\b)|"
    # "there was no change in X but Y decreased": a new subject after "no change in X"
    # (``_NO_CHANGE_IN``)
    r"(?P<bare_but>(?<=\w)\s+but\s+)(?=[^\W\d_])"
)
# what a bare "but" may follow to open a new statement: "no (significant) change in X"
_NO_CHANGE_IN = re.compile(
    r"(?i)\b" + NO_SIGNIFICANT_CHANGE + r"\s+(?:in|between|of)\s+[^,;()]{1,80}$"
)
_PAIRED_AND = re.compile(r"\s+and\s+")
_SHARE_OF = re.compile(r"\d\s*%\s+of\s")
# two values compared: "4.5 months with A versus 6.8", "19.7 vs 23.6", "12% (9/75) vs 20%"
_VS_PAIR = re.compile(
    r"(?i)\d[\d.,·]*\s*%?[^;()\d]{0,40}?(?:\([^()]{0,30}\)\s*)?(?:vs\.?|versus|v\.)\s+\d"
)
_WITH_NO = re.compile(r",?\s+with\s")  # the split before "with no (significant) difference"
# ", but not B," is an aside, not a clause ("A, but not B, reduced X": A reduced X).
# What every match of _CLAUSE_SPLIT takes in: a sentence with none of these is one clause
_SPLIT_WORDS = (
    ";", "while", "whereas", "but", "though", "however", "despite", "except", "with no", "which",
    "nor ",
)  # fmt: skip


_COMPARED = re.compile(r"(?i)\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s")
_COMPARED_MEASURE = re.compile(
    r"(?i)(?:higher|lower|greater|smaller|increased|decreased|reduced)\s"
)


def _listed_measure(text: str, start: int, m: re.Match[str], end: int) -> bool:
    """Whether ``m`` ("and lower Y") joins a second measure with its own bracket to a first
    with its own ("with higher X (11 vs 4) and lower Y (0.5 vs 1.4) compared with B"), with no
    verb of its own after it and no comparison before it: one statement listing its measures,
    whose subject and comparison are both's. Not "lower X than B (..) and higher Y (..)": the
    first names its own comparison."""
    rest = without_brackets(text[m.end() : end])
    return (
        text[start : m.start()].rstrip().endswith((")", "]"))
        and _COMPARED.search(without_brackets(text[start : m.start()])) is None
        and _COMPARED_MEASURE.match(text, m.end()) is not None
        and "(" in text[m.end() : end]
        and _FINITE_VERB.search(rest) is None
    )


def _may_split(piece: str) -> bool:
    """A quick test that ``_CLAUSE_SPLIT`` can match ``piece``: half the sentences cannot."""
    return any(w in piece for w in _SPLIT_WORDS) or (
        "and" in piece and any(w in piece for w in (",", "vs", "versus", "was", "were", "% of"))
    )


_FINITE_VERB = re.compile(
    r"(?i)\b(?:was|were|is|are|did|do|does|had|has|have|showed|found|observed|reported|"
    r"differ\w*|remained|increased|decreased|improved|reduced|occurred|developed|experienced)\b"
)
_REFERS_BACK = re.compile(
    r"(?i)\s*(?:(?:but|however|though|although|yet),?\s+)?(?:(?:the|this|these|those|that|such|"
    r"both)\s+(?:\w+\s+){0,2}?(?:differences?|changes?|effects?|trends?|results?|findings?|"
    r"improvements?|reductions?|increases?|decreases?)\b(?!\s+(?:in|of|on|for)\b)|"
    r"(?:did|does|do|was|were|is|are|had|has)\s+not\b|failed\s+to\b|"
    r"(?:this|it|that)\s+(?:was|is)\s+not\s+(?:statistically\s+)?significant\s*(?:[(\[.,;]|$)|"
    r"(?:this|it|that)\s+did\s+not\s+reach\s+(?:statistical\s+)?significance\b|"
    r"(?:a\s+)?(?:significantly\s+)?(?:more|greater|larger|less|smaller)\s+(?:increases?|"
    r"decreases?|reductions?|improvements?|changes?)\s+(?:was|were)\s+(?:seen|observed|found|"
    r"noted)\b|"
    r"no\s+(?:statistically\s+)?significant\s+differences?\s+(?:was|were)\s+(?:observed|found|"
    r"seen|noted|detected)\s*(?:[(.,;]|$)|"
    # "..., and there was no significant difference (observed) between the groups": of the
    # measure before, which it does not name again
    r"there\s+(?:was|were)\s+no\s+(?:(?:statistically\s+)?significant\s+)?differences?\s+"
    r"(?:(?:observed|found|seen|noted|detected)\s+)?(?:between|among)\s+(?:the\s+)?"
    r"(?:(?:two|three|both|all)\s+)?(?:groups?|arms?)\s*(?:[(.,;]|$)|"
    r"(?:(?:significantly|markedly|much|considerably)\s+)?(?:more|less|greater|larger|smaller|"
    r"better|further)\s+(?:so\s+)?(?:in|with|among|for|after|on)\b)"
)
# comparatives that compare a measure between groups ("higher X", "fewer Y")
_COMPARATIVE_WORDS = r"higher|lower|greater|smaller|more|less|fewer|better|worse|longer|shorter"
# the words that open a subordinate clause ("While ..., ...")
_OPENER_WORDS = r"while|although|though|whereas|despite"
_AND_CHANGE = re.compile(
    r"(?i),?\s+and\s+(?=(?:(?:a|an)\s+)?(?:(?:statistically|significant(?:ly)?|greater|larger|"
    r"smaller|marked|further)\s+|\([^()]*\)\s+){0,4}(?:reductions?|improvements?|increases?|"
    r"decreases?|enhancements?|declines?)\s+(?:in|of)\b|(?:significantly\s+)?(?:increased|"
    r"decreased|reduced|improved|elevated|lowered|higher|lower)\s+(?!(?:in|than|with|after|at|"
    r"by|to|from|for)\b)[a-z]|(?:[\w’'-]+\s+){1,4}(?:showed|revealed|demonstrated|indicated)\s|"
    # "... (28.6 vs 40.5%, p < 0.05) and also had higher Y": the subject's second measure
    r"(?:also\s+)?(?:had|showed|experienced|achieved)\s+(?:(?:a|an)\s+)?(?:significantly\s+)?"
    rf"(?:{_COMPARATIVE_WORDS})\s+(?!(?:than|in|with)\b)[a-z]|"
    r"(?:\d+(?:\.\d+)?\s*(?:-\s*)?(?:times|fold)\s+)?(?:more|less)\s+likely\s)"
)
_CONTRAST = re.compile(r"(?i),?\s*(?:while|whereas)\s+")
_VALUE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*(?:%|/\s*\d)|(?<![\w.])\d+(?:\.\d+)?(?!\.\d)")
_STATISTIC = re.compile(
    r"(?i)\bp\s*[<>=≤≥]|\b(?:CI|confidence\s+interval|odds\s+ratio|hazard\s+ratio|risk\s+ratio|"
    r"relative\s+risk)\b|(?-i:\b(?:OR|RR|HR)\b)"
)
_FROM_TO = re.compile(r"(?i)\bfrom\s+[^,;]{0,40}?\d[^,;]{0,60}?\bto\s+[^,;]{0,20}?\d")
_REFERS_TO_VALUE = re.compile(
    r"(?i)(?:it|that|those|this|the\s+(?:corresponding\s+)?(?:figure|value|rate|proportion)s?)\b"
)
_PARALLEL_WORD = re.compile(r"[A-Za-z][A-Za-z-]{2,}")
_NOT_SHARED = {
    "the", "and", "was", "were", "had", "has", "have", "with", "for", "than", "that", "those",
    "this", "these", "their", "group", "groups", "arm", "arms", "patients", "participants",
    "subjects", "who", "received", "receiving", "treated", "from", "after", "during", "only",
    "compared", "whereas", "while", "significantly", "significant", "both", "each", "also",
}  # fmt: skip
_LIST_CONTINUES = re.compile(r"\s*(?:\d|and\b|or\b)")  # "on day 7, 10 and 12": no clause end
_SUBORDINATE_OPENER = re.compile(rf"(?i)\s*(?:{_OPENER_WORDS})\b")
_OPENER_BEFORE = re.compile(r"(?i)\b(?:although|though|despite)\s*$")  # not "while", "whereas"
# "Despite higher X with A (9.2 vs 8.1; p < 0.05), Y did not differ": a measure compared in
# the opener, though it has no verb (not "While higher in A, ...": no measure named)
_OPENER_MEASURE = re.compile(
    rf"(?i)\s*(?:{_OPENER_WORDS})\s+(?:(?:a|an)\s+)?(?:significantly\s+)?"
    rf"(?:{_COMPARATIVE_WORDS}|increased|decreased|reduced|improved)\s+"
    r"(?!(?:in|with|than|for|among|at|after|by|on|to)\b)[a-z]"
)
_STATISTIC_START = re.compile(
    r"(?i)\s*(?:[(\[]|p\s*[<>=≤≥]|(?:adjusted\s+)?(?:odds|risk|hazard|rate)\s+ratio|"
    r"relative\s+risk|(?:weighted\s+|standardi[sz]ed\s+)?mean\s+difference|risk\s+difference|"
    r"(?-i:a?(?:OR|RR|HR|MD|WMD|SMD|RD|IRR|ARR|NNT))\b|\d+(?:\.\d+)?\s*%\s*(?:CI|confidence)|"
    r"95\s*%|I\s*[2²]\s*[=:])"
)
_METHODS_CUE = re.compile(
    r"(?i)\b(?:randomi[sz]|assigned|allocated|enrolled|recruited|we\s+(?:conducted|performed|"
    r"studied|evaluated|compared|examined|assessed|investigated|analy[sz]ed|included|treated|"
    r"report)|(?:patients|participants|subjects)\s+(?:were|with|received|underwent)|"
    r"was\s+conducted|were\s+included|a\s+total\s+of|in\s+total)"
)


def item_clause(shared: str, piece: str, tail: str) -> str:
    """The cue text of one listed outcome: the statement up to the first item's bracket, the
    item, and what follows the last item ("A (..) and B (..) were smaller in group X"); an
    item with its own direction word ("and a lower rate of X") drops those of the others. A
    first item that holds the statement's text before its bracket ("X was greater with A than
    B (12 vs 9), Y (...)") is not given that text twice, and the others follow the group
    named last after a comma ("... compared to placebo, Y (...)": no group "placebo Y")."""
    if shared.strip() and piece.startswith(shared.strip()):
        shared = ""
    if direction_cue(piece):
        shared = DOWN.sub(" ", UP.sub(" ", shared))
        tail = DOWN.sub(" ", UP.sub(" ", tail))
    joint = "," if _ENDS_WITH_GROUP.search(shared) else ""
    return f"{shared.rstrip()}{joint} {piece} {tail}" if joint else f"{shared} {piece} {tail}"


_ENDS_WITH_GROUP = re.compile(
    r"(?i)\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+[^,;()\[\]]{1,60}$"
)


def after_background(sentences: list[Sentence]) -> list[Sentence]:
    """An unstructured abstract's sentences from the first one about methods on (or from the
    second sentence when none reads as methods): background sentences make no claims."""
    for i, sent in enumerate(sentences):
        if _METHODS_CUE.search(sent.text):
            return sentences[i:]
    return sentences[1:]


def clauses(text: str, sent: Sentence) -> list[tuple[int, int]]:
    """Clause bounds; a clause that opens with a statistic ("; OR 2.1 ...") stays with the last."""
    start, end = sent.start, sent.end
    bounds: list[tuple[int, int]] = []
    cursor = start
    splits = _CLAUSE_SPLIT.finditer(text, start, end) if _may_split(text[start:end]) else ()
    for m in splits:
        if _depth(text, start, m.start()) <= 0 and not _STATISTIC_START.match(text, m.end(), end):
            if _contrasts_arms(text, cursor, m, end):
                continue
            if m.group("bare_but") and not _NO_CHANGE_IN.search(text, cursor, m.start()):
                continue  # "not by A but by B", "X but not Y": one statement
            if m.group("bare_while") and not _changes_both_sides(text, cursor, m, end):
                continue  # "X was measured while the patients were supine": one statement
            if _WITH_NO.match(m.group(0)) and direction_cue(text[cursor : m.start()]) is None:
                continue  # "A was noninferior to B (50% vs 52%), with no difference in X": X's
            if m.group("shares_and") is not None:
                if len(_SHARE_OF.findall(text, cursor, m.start())) < 2:
                    continue  # the second share of the same statement ("X and 71% of ...")
            elif m.group("there_and") is not None:
                if not _says_something(text[cursor : m.start()]):
                    continue  # "In terms of X (..), Y (..) and there were no differences": one
            elif m.group("measure_and") is not None:
                if not _second_measure(text[cursor : m.start()]):
                    continue  # "X and Y were significantly higher with A": one statement
            elif _PAIRED_AND.fullmatch(m.group(0)) and (
                not (
                    _VS_PAIR.search(text, cursor, m.start()) and _VS_PAIR.search(text, m.end(), end)
                )
                or _respectively_after(text, cursor, m, end)
            ):
                # "X and Y were 3 and 5", "X was 3 vs 4 and Y was 5 vs 6 in A and B,
                # respectively": one statement
                continue
            if _AND_NEW_SUBJECT.fullmatch(m.group(0)) and not _complete(
                text[cursor : m.start()],
                text[m.end() : end] if not _DETERMINER.match(text, m.end(), end) else None,
            ):
                continue  # "X in A and B were 93 and 66%, and Y were 81 and 48%, respectively"
            bounds.append((cursor, m.start()))
            cursor = m.end()
    bounds.append((cursor, end))
    split: list[tuple[int, int]] = []
    for s, e in bounds:  # "While A did not differ, B was higher": two clauses
        opened = _SUBORDINATE_OPENER.match(text, s, e) or _OPENER_BEFORE.search(
            text, max(0, s - 12), s
        )  # "During follow-up, although X (..), Y ...": split at ", although" already
        comma = _opener_comma(text, s, e) if opened else None
        if comma is not None and not _STATISTIC_START.match(text, comma + 1, e):
            rest = comma + 1 + len(text[comma + 1 : e]) - len(text[comma + 1 : e].lstrip())
            split.extend([(s, comma), (rest, e)])
        else:
            split.append((s, e))
    paired: list[tuple[int, int]] = []
    for s, e in split:  # "a reduction in X and an improvement in Y": two statements
        cursor = s
        for m in _AND_CHANGE.finditer(text, s, e):
            if _listed_measure(text, cursor, m, e):
                continue  # "higher X (11 vs 4) and lower Y (0.5 vs 1.4) compared with B"
            if _depth(text, s, m.start()) <= 0 and direction_cue(text[cursor : m.start()]):
                paired.append((cursor, m.start()))
                cursor = m.end()
        paired.append((cursor, e))
    split = paired
    merged: list[tuple[int, int]] = []
    for s, e in split:  # "X was lower with A, but the difference was not significant": one
        if merged and _REFERS_BACK.match(text, s, e):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return [(s, e) for s, e in merged if text[s:e].strip()]


_AND_NEW_SUBJECT = re.compile(r",\s+and\s+")


def _respectively_after(text: str, cursor: int, m: re.Match[str], end: int) -> bool:
    """Whether "respectively" follows the split ``m`` but not the clause before it: the arms
    named at the end are those of both clauses."""
    return bool(RESPECTIVELY.search(text, m.end(), end)) and not RESPECTIVELY.search(
        text, cursor, m.start()
    )


_DETERMINER = re.compile(r"(?i)(?:the|a|an|its|their)\s")


def _complete(first: str, bare_rest: str | None = None) -> bool:
    """Whether a statement before ", and the Y were ..." stands alone: its own statistic or
    "respectively" (else a "respectively" after Y may be its too). Before a subject with no
    determiner (", and response rates were 60% vs 45%"; ``bare_rest`` the text after "and")
    it needs a verb of its own too, outside brackets ("Pain (p=0.01), fatigue (p=0.02), and
    sleep quality were improved" is one statement about three measures), and a "respectively"
    of its own where one follows ("X were 30% vs 43% (P=0.3), and Y were 22% vs 32% in A and
    B, respectively": the groups are those of both)."""
    if bare_rest is not None and (
        not _FINITE_VERB.search(without_brackets(first))
        or (RESPECTIVELY.search(bare_rest) and not RESPECTIVELY.search(first))
    ):
        return False
    return bool(_STATISTIC.search(first) or RESPECTIVELY.search(first))


def _says_something(before: str) -> bool:
    """Whether the clause before " and there was/were ..." is a statement of its own: a
    direction word or "no difference" (not a list of measures that the "there were no
    differences" after it is about)."""
    return direction_cue(before) is not None or says_no_difference(before)


def _second_measure(before: str) -> bool:
    """Whether the clause before " and Y was (significantly) higher ..." is a statement of its
    own: a direction word and its comparison ("than B"); not "X was prolonged (P < .0001) and
    Y was improved (P = .001) in A compared with B", whose comparison is both's."""
    return direction_cue(before) is not None and _COMPARED.search(before) is not None


_NO_CHANGE = re.compile(
    r"(?i)\b(?:no\s+(?:significant\s+)?changes?|(?:did|does|do)\s+not\s+(?:\w+\s+)?(?:change|"
    r"differ|improve|show)|unchanged|remained\s+(?:stable|the\s+same|constant))\b"
)


def _changes_both_sides(text: str, start: int, split: re.Match[str], end: int) -> bool:
    """Whether " while " without a comma at ``split`` sets two statements side by side ("X fell
    in the A group (p = 0.008) while the B group showed no change"): a direction word before
    it, and one or a "no change" after it."""
    first, second = text[start : split.start()], text[split.end() : end]
    return direction_cue(first) is not None and (
        direction_cue(second) is not None or _NO_CHANGE.search(second) is not None
    )


def _contrasts_arms(text: str, start: int, split: re.Match[str], end: int) -> bool:
    """Whether "while"/"whereas" at ``split`` sets one group's value against another's for the
    same measure ("A was stopped in 12% of patients, whereas B was stopped in 20%"): a value
    on each side, no statistic before it, and a word of the measure in common (or the second
    side refers back: "whereas it was 20% with B")."""
    if not _CONTRAST.fullmatch(split.group(0)):
        return False
    first, second = text[start : split.start()], text[split.end() : _next_split(text, split, end)]
    if _STATISTIC.search(first) or not (_VALUE.search(first) and _VALUE.search(second)):
        return False
    if any(_FROM_TO.search(side) or RESPECTIVELY.search(side) for side in (first, second)):
        # changes within each group ("fell from 5.5 to 1.2, while ...") and one group's values
        # for several measures ("X and Y were 3 and 5, respectively, with A, whereas ..."): two
        # statements
        return False
    if _REFERS_TO_VALUE.match(second):
        return True
    words = {w.lower() for w in _PARALLEL_WORD.findall(first)} - _NOT_SHARED
    return bool(words & ({w.lower() for w in _PARALLEL_WORD.findall(second)} - _NOT_SHARED))


def joined_changes(
    text: str, bounds: list[tuple[int, int]], arms: Sequence[ArmMention] = ()
) -> list[tuple[int, int]]:
    """``bounds`` with two clauses joined where each reports one group's change in the same
    measure ("X fell from 6 to 3 with A, while with B it fell from 6 to 5"): one comparison
    of the changes for the claims (``clauses`` keeps them apart as two statements); not when
    the first has its own statistic ("... (P<0.01), whereas ..."). Clauses split at "; " are
    joined only when the two changes are those of two different groups (``arm_changes`` of
    ``arms`` or groups named in their own words): "In the A group X fell from 8 to 7; in the
    B group it rose from 8 to 9"."""
    joined: list[tuple[int, int]] = []
    for s, e in bounds:
        if joined:
            first_start, first_end = joined[-1]
            first, second = text[first_start:first_end], text[s:e]
            if _SEMICOLON.fullmatch(text, first_end, s) and _labelled_values(first, second, arms):
                joined[-1] = (first_start, e)
                continue
            changes = [_FROM_TO.search(first), _FROM_TO.search(second)]
            contrast = _CONTRAST.fullmatch(text, first_end, s)
            if (
                changes[0]
                and changes[1]
                and (contrast or _SEMICOLON.fullmatch(text, first_end, s))
                and not _STATISTIC.search(first)
                and not RESPECTIVELY.search(second)
                and _same_measure(first[: changes[0].start()], second[: changes[1].start()])
                and (contrast or _two_groups(text[first_start:e], arms))
            ):
                joined[-1] = (first_start, e)
                continue
        joined.append((s, e))
    return joined


_SEMICOLON = re.compile(r";\s+")
_LABELLED_VALUE = re.compile(  # "walking plus strength, 40.3%", "Arm 2: 96%"
    r"\s*(?P<label>[^\W\d_][^,:;()\[\]\d]{0,60}?(?:\s\d{1,2})?)\s*[,:]\s*[-−]?\d"
)


def _labelled_arm(piece: str, arms: Sequence[ArmMention]) -> str | None:
    """The arm a piece opens with as the label of its value ("walking plus strength, 40.3%",
    "usual care: 29.6%"), else None."""
    m = _LABELLED_VALUE.match(piece)
    arm = named_arm(list(arms), m.group("label")) if m else None
    return arm.id if arm else None


def _labelled_values(first: str, second: str, arms: Sequence[ArmMention]) -> bool:
    """Whether two clauses split at "; " each give one arm's value after its label, two
    different arms ("Uptake at 12 months: walking, 41.5% (RR 1.4, ...); cycling, 40.3% (RR
    1.3, ...); usual care, 29.6%"): one list of the arms' values, which the claims compare
    (the last arm, the comparator, had been a clause of its own; "walking: 41.5% (..);
    cycling: 40.3% (..)" too). The first clause's label is the last that opens it or follows
    one of its colons or semicolons outside brackets."""
    plain = without_brackets(first)
    heads = [0, *(i + 1 for i, c in enumerate(plain) if c in ":;")]
    own = next((a for h in reversed(heads) if (a := _labelled_arm(plain[h:], arms))), None)
    other = _labelled_arm(second, arms)
    return own is not None and other is not None and own != other


def _two_groups(clause: str, arms: Sequence[ArmMention]) -> bool:
    """Whether the clause reports exactly two within-group changes, of two different groups."""
    changed = arm_changes(clause, list(arms))
    return changed is not None and len(changed.changes) == 2


_REFERS_TO_MEASURE = re.compile(
    r"(?i)\b(?:it|they|the\s+(?:corresponding|same|respective)|the\s+(?:mean\s+)?"
    r"(?:values?|scores?|levels?|rates?|figures?))\b"
)
_CHANGE_WORDS = {
    "fell", "rose", "decreased", "increased", "reduced", "improved", "declined", "dropped",
    "changed", "went", "mean", "median", "average", "score", "scores",
}  # fmt: skip


def _same_measure(first: str, second: str) -> bool:
    """Whether the words before the second change refer back to the first's measure ("it",
    "the corresponding scores") or share a word of it."""
    if _REFERS_TO_MEASURE.search(second):
        return True
    words = {w.lower() for w in _PARALLEL_WORD.findall(first)} - _NOT_SHARED - _CHANGE_WORDS
    return bool(words & {w.lower() for w in _PARALLEL_WORD.findall(second)})


def _next_split(text: str, split: re.Match[str], end: int) -> int:
    following = _CLAUSE_SPLIT.search(text, split.end(), end)
    return following.start() if following else end


def _depth(text: str, start: int, at: int) -> int:
    """How many round brackets opened in ``text[start:at]`` are still open at ``at``."""
    return text.count("(", start, at) - text.count(")", start, at)


# a comma that goes on with a list of nouns ("While scores of knowledge, attitude and practice
# were ...")
_LIST_ITEM_NEXT = re.compile(r"\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}\s*,?\s+(?:and|or)\s")


def _opener_comma(text: str, start: int, end: int) -> int | None:
    """Where a clause opening with "While"/"Although"/... ends: its first comma at the top
    level after a verb or a measure compared ("Despite higher X (..), ..."), past the commas
    of a list of nouns before them; None when a comma comes first that is neither ("Although
    insignificant, ...": no clause)."""
    at = start
    while (comma := _top_level_comma(text, at, end)) is not None:
        if _FINITE_VERB.search(text, start, comma) or _OPENER_MEASURE.match(text, start, comma):
            return comma
        if not _LIST_ITEM_NEXT.match(text, comma + 1, end):
            return None
        at = comma + 1
    return None


def _top_level_comma(text: str, start: int, end: int) -> int | None:
    depth = 0
    for i in range(start, end):
        if text[i] in "([{":
            depth += 1
        elif text[i] in ")]}":
            depth -= 1
        elif text[i] == "," and depth <= 0 and not _LIST_CONTINUES.match(text, i + 1, end):
            return i
    return None
