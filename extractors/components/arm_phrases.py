"""Arm phrases in allocation sentences: finding, trimming and splitting them (pure functions).

Not a component: ``evg_arms`` uses these. These shapes are read (``evg_arms`` tries 1 and 5 first):
1. "group A (n=30) received drug X and group B (n=30) received placebo" (label + verb; the
   verb may be written once: "Group A received X, group B Y and group C placebo");
2. "randomly assigned to X (n=32) or Y (n=31)" and "the X group (n=45) and the Y group
   (n=44)" (one arm before each parenthesised n);
3. "randomized to receive A, B or C for 12 weeks" (split at "or", "versus", commas; the doses
   of "A (5 or 10 mg)" one arm each, a dose alone taking the drug it elides; items that each end
   with the group's name in brackets, "A (A group), B, C and D (D group)", split at the names);
4. "42 were assigned to A and 41 to B", "83 were included: 42 in the A group and 41 in the
   B group", "(208 received A; 201, placebo)" (a count before each arm, which a bracket saying
   what it is may follow: "34 to a standard treatment (water-based lubricant)");
5. "300 were randomised (drug A, n = 152; drug B, n = 148)", "we randomised 300 patients (drug
   A, n = 152; drug B, n = 148)" (arms and sizes in a bracket after the allocation verb or the
   people it allocates);
6. "Ten men received A or placebo in a randomised crossover design" (no allocation verb: the
   list after "received" up to the design, split as in 3; read in a sentence that allocates
   by no other shape, "In this randomized trial, 269 adults received A, B or placebo daily",
   and in any other only where nothing else gives arms);
7. "randomly allocated to groups A, B and C", "into three groups (I, II and III)" (groups named
   by letter or number: "group A", "group B", "group C").
Every phrase keeps its offsets into the text it came from. Phrases are cut to labels by
``arm_labels``, the lists of shape 3 split by ``arm_lists`` and what is left filtered by
``arm_filters``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extractors.caseless import LowerCaseSearch
from extractors.components.arm_filters import DATE, usable_arms
from extractors.components.arm_labels import (
    COMPARATOR_WORD,
    GROUP_END,
    GROUP_LABEL,
    MAX_WORDS,
    SPLIT_OR,
    ArmPhrase,
    arm_phrase_at,
    depth,
    own_size,
    trim,
)
from extractors.components.arm_lists import DOSE_ONLY, fill_doses, listed_arms
from extractors.numbers import (
    COUNT_PATTERN,
    SUBJECT_NOUNS_PATTERN,
    WORD_NUMBER_FIRST,
    WORD_NUMBER_PATTERN,
    opening_with,
    parse_count,
)

# The patterns below open with a look-behind, a \b or an optional part, each behind a look-ahead
# for its first characters (``opening_with``): the engine tries the rest only there.
TRIGGER = opening_with(  # not in a compound: "t-distributed stochastic neighbor embedding"
    "radsp",
    r"(?i)(?<![\w-])(?:random(?:ly|i[sz]ed(?:\s+and)?)\s+)?"
    r"(?:assigned|allocated|randomi[sz]ed?|divided|distributed|separated|stratified|placed|split|"
    # the noun, as in "with (double) randomization of adolescents to A versus B"; not a time
    # ("from randomization to progression", "30 days following randomization to predict X")
    # nor a thing ("a web-based randomisation system to receive A")
    r"(?<!from\s)(?<!since\s)(?<!after\s)(?<!following\s)(?<!before\s)(?<!until\s)(?<!at\s)"
    # ... or its bracket and verb between: "Randomization (1:1) was to A or B"
    r"randomi[sz]ation(?=(?:\s*\([^()]{0,20}\))?\s+(?:(?:was|were)\s+)?(?:of|to)\b))"
    r"(?:\s*\([^()]{0,30}\)(?=\s+[a-z]))?"  # "randomly assigned (1:1) patients to A or B"
    r"(?:\s+\w+ly)?(?:\s+(?!trials?\b|stud(?:y|ies)\b|design)(?:\d[\d,]*(?:\s*:\s*\d+)*|[a-z][\w-]*)){0,6}?"
    # an aside between commas: "assigned, in a 1:1 ratio, to", "allocated, using sealed envelopes,"
    r"(?:\s*,\s*(?:in|at|with|using|by|on|under|according|after|via|through)\s[^,;()]{1,50}?,)?"
    # "(1:1)", maybe how after it: "assigned (1:1) with a minimisation algorithm to"
    r"\s*(?:\([^)]{0,30}\)(?:\s+(?:with|using|by|via|through)(?:\s+[a-z][\w-]*){1,4}?)?\s*)?"
    r"(?:(?:in|at)\s+an?\s+[\d:\s]+ratio\s+)?"
    r"(?:(?:in)?to\b(?!\s+(?:evaluate|assess|compare|determine|investigate|examine|test|"
    # whole words: not the "be" of "to behavioural therapy", the "test" of "to testosterone"
    r"explore|be|have|receive\s+(?:either\s+)?(?:the\s+)?(?:same|study|trial))\b)|between\b|:"
    # "allocated in one of two groups, A and B": "in" before the groups' count only
    r"|in(?=\s+(?:(?:one|1)\s+of\s+)?(?:the\s+)?(?:two|three|four|five|six|[2-6])\s+"
    r"(?:[\w-]+\s+){0,2}?(?:groups|arms)\b))\s*"
    r"(?:(?:receive|either|(?:one|1)\s+of|the\s+following)\b\s*)*"
    r"(?:(?:the\s+)?(?:two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,2}?"
    r"(?:groups|arms|conditions|regimens|treatments|interventions)\b\s*"
    r"(?:\((?P<listed>[^)]{0,60})\)\s*)?"  # "three groups (control, A and B)"
    r"(?:(?:of|with)\s+\d+\s+(?:[a-z]+\s+)?each\b\s*,?\s*)?"  # "three groups of 20 each"
    r"(?:[:,]\s*|(?:of|receiving|to\s+receive|(?:who|that|which)\s+(?:received|were\s+given))"
    r"\s+)?)?",
)
_N_MARKER = re.compile(
    rf"\(\s*(?:[^()]*?\b[nN]\s*=\s*(?P<n>{COUNT_PATTERN})[^()]*"
    rf"|(?P<n2>{COUNT_PATTERN})\s+(?:patients|participants|subjects|women|men|children|cases|"
    r"adults|pts))\)"
)
_RECEIVED = re.compile(
    r"(?P<label>(?:the\s+)?(?:(?:[Gg]roup|[Aa]rm)\s+[A-Z0-9]\w?|[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:group|arm)))"
    r"\s*(?:\((?P<inner>[^()]*)\))?\s*(?:,\s*)?"
    r"(?:received|receiving|(?:was|were)\s+given|(?:was|were)\s+treated\s+(?:only\s+)?(?:with|by)|"
    r"underwent|took|was\s+administered|were\s+administered)\s+"
    r"(?P<treatment>(?:[^;.]|\.(?!\s|$))+?)(?=\s*(?:;|\.(?:\s|$)|,\s*(?:and|while|whereas)\s|"
    r"\s+(?:and|while|whereas)\s+(?:the\s+)?"
    # "and patients from Group 2 were treated with B": the next arm's people first
    r"(?:(?:patients|participants|subjects|those|women|men|children)\s+(?:in|from|of)\s+"
    r"(?:the\s+)?)?(?:(?:[Gg]roup|[Aa]rm)\s+[A-Z0-9]|"
    r"[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:group|arm))|"
    # ", group B received", ", 12 in group 2 receiving": the next arm
    r",\s*(?:\d+\s+(?:in|to)\s+)?(?:the\s+)?(?:[Gg]roup|[Aa]rm)\s+[A-Z0-9]\w?\s*"
    r"(?:\([^()]*\)\s*)?,?\s*(?:received|receiving|was|were|underwent|took)\b|$))"
)
_GROUP_LETTER = r"(?:[A-F]|[1-6]|I{1,3}|IV|VI?)(?![\w-])"  # a group's name: "A", "2", "III"
_RECEIVED_HINT = opening_with(
    "ga",
    r"(?i)\b(?:group|arm)\b.*\b(?:received|receiving|given|treated|underwent|took|administered)\b",
)
_TREATMENT_END = re.compile(  # when and how long, not what: "received A for 8 weeks"
    r",?\s+(?:for|during|over|until|throughout|starting|beginning|every|after|from)\b"
    r"|,\s*(?:who|which|where|while|whereas)\b|,?\s+and\s+(?:were|was|then)\b"
)
_NEXT_ARM = re.compile(r",?\s*\b(?:or|and|versus|vs\.?)\s+|;\s*|,\s+")


def received_arms(text: str) -> list[ArmPhrase]:
    """Shape 1: "group A (n=30) received X and group B received Y"."""
    if not _RECEIVED_HINT.search(text):
        return []
    arms = []
    for m in _RECEIVED.finditer(text):
        n = _size_in(m.group("inner"))
        treatment = _without_clause(m.group("treatment"))
        phrase = arm_phrase_at(text, m.start("label"), m.end("label"), n, treatment.strip())
        if phrase is not None:
            arms.append(phrase)
    return arms if len(arms) >= 2 else gapped_received(text)


def _size_in(inner: str | None) -> int | None:
    """The n a bracket after an arm's name gives ("n = 30", "drug X; n=30"), else None."""
    n_match = own_size(inner or "")
    return parse_count(n_match.group(1)) if n_match else None


def _without_clause(treatment: str) -> str:
    """What an arm received, without a clause after it ("A for 180 days": "A")."""
    clause = _TREATMENT_END.search(treatment)
    return treatment[: clause.start()] if clause and clause.start() > 0 else treatment


_GIVEN = (
    r"(?:received|receiving|(?:was|were)\s+given|(?:was|were)\s+treated\s+(?:only\s+)?"
    r"(?:with|by)|underwent|took|(?:was|were)\s+administered)"
)
_NAMED_ARM = rf"(?:the\s+)?{GROUP_LABEL}(?![\w-])"
_GAPPED_HEAD = re.compile(rf"{_NAMED_ARM}\s*(?:\([^()]*\)\s*)?,?\s*{_GIVEN}\s")
_GAPPED_NEXT = re.compile(
    rf"(?:\s*[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)(?={_NAMED_ARM})"
)
_GAPPED_ITEM = re.compile(
    rf"(?P<label>{_NAMED_ARM})\s*(?:\((?P<inner>[^()]*)\)\s*)?,?\s*(?:{_GIVEN}\s+)?"
    r"(?P<treatment>\S.*)"
)


def gapped_received(text: str) -> list[ArmPhrase]:
    """Shape 1 with the verb written once: "Group A received X, group B Y and group C
    placebo", "group 1 (n = 20) was given X; group 2, Y": each named group and what follows its
    name, up to the next group or the end of the sentence (not "for 6 weeks"); none unless two
    or more groups each have a treatment."""
    head = _GAPPED_HEAD.search(text)
    if head is None:
        return []
    stop = re.search(r"\.(?:\s|$)", text[head.end() :])
    end = head.end() + stop.start() if stop else len(text.rstrip())
    cuts = [
        (m.start(), m.end())
        for m in _GAPPED_NEXT.finditer(text, head.start(), end)
        if not depth(text, head.start(), m.start())
    ]
    arms = []
    for start, stop_at in zip(
        [head.start(), *(b for _, b in cuts)], [*(a for a, _ in cuts), end], strict=True
    ):
        item = _GAPPED_ITEM.match(text, start, stop_at)
        if item is None:
            return []
        treatment = _without_clause(item["treatment"])
        n = _size_in(item["inner"])
        label_start, label_end = trim(text, item.start("label"), item.end("label"))
        arms.append(
            ArmPhrase(text[label_start:label_end], label_start, label_end, n, treatment.strip())
        )
    return arms if len(arms) >= 2 else []


_BRACKET_AFTER_VERB = opening_with(
    "ra",
    r"(?i)\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)"
    # the design between: "Randomized, two-group (intervention, n = 128; usual care, n = 124)"
    r"(?:\s*,?\s*(?:two|three|four|five|[2-5]|parallel)[\s-](?:groups?|arms?))?"
    # "We randomised 138 patients (with MS) (A, n = 72; B, n = 66)", "138 randomised patients
    # (A, ...)": whom, then the bracket
    rf"(?:\s+(?:(?:{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{SUBJECT_NOUNS_PATTERN})(?:\s+(?:with|from|aged)(?:\s+[\w-]+){{1,6}}?)?)?\s*"
    # the sizes may be bracketed inside: "(drug A [n = 72] or drug B [n = 66])"
    r"[(\[](?P<inside>(?:[^()\[\]]|[(\[][^()\[\]]{1,20}[)\]]){5,300})[)\]]",
)


def _bracket_size(group: str) -> str:
    """A size as a bracket lists it ("n = 72", "72", "72 patients"), its number in ``group``."""
    return rf"(?:[nN]\s*=\s*)?(?P<{group}>{COUNT_PATTERN})(?:\s+(?:{SUBJECT_NOUNS_PATTERN}))?"


_BRACKET_ITEM = re.compile(
    r"(?P<label>[A-Za-z][^,;:=()\[\]]*?)"
    rf"(?:\s*[(\[]\s*{_bracket_size('inner')}\s*[)\]]|"  # "drug A [n = 72]"
    rf"(?:\s*[,:]\s*|\s+){_bracket_size('n')})\s*"
)
_BRACKET_GAP = re.compile(r"[;,]\s*(?:and\s+|or\s+)?|(?:and|or|versus|vs\.?)\s+")


def bracketed_arms(text: str) -> list[ArmPhrase]:
    """Shape 5: the arms and their sizes in a bracket right after the allocation verb or after
    the people it allocates, nothing else in it ("300 were randomised (drug A, n = 152; drug B,
    n = 148)", "were randomized (placebo: 40, drug A: 41 patients)", "We randomised 138
    patients (drug A, n = 72; drug B, n = 66)"); none when the bracket holds anything else."""
    for bracket in _BRACKET_AFTER_VERB.finditer(text):
        inside, offset = bracket["inside"], bracket.start("inside")
        phrases: list[ArmPhrase] = []
        at = 0
        while (item := _BRACKET_ITEM.match(inside, at)) is not None:
            n = parse_count(item["n"] or item["inner"])
            start, end = trim(text, offset + item.start("label"), offset + item.end("label"))
            if n is None or end <= start:
                break
            phrases.append(ArmPhrase(text[start:end], start, end, n))
            at = item.end()
            gap = _BRACKET_GAP.match(inside, at)
            if gap is None:
                break
            at = gap.end()
        if at == len(inside) and len(phrases) >= 2:
            return phrases
    return []


_LETTERED_ITEM = re.compile(rf"(?P<name>{_GROUP_LETTER})(?:\s*\((?P<inner>[^()]*)\))?")
_LETTERED_GAP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_LETTERED_ONE = rf"{_GROUP_LETTER}(?:\s*\([^()]*\))?"
_LETTERED = re.compile(
    r"(?:the\s+)?(?:(?P<word>[Gg]roups|GROUPS|[Aa]rms|ARMS|[Cc]ohorts|COHORTS)\s+)?"
    rf"(?P<names>{_LETTERED_ONE}(?:{_LETTERED_GAP}{_LETTERED_ONE})+)"
)
_LIST_END = re.compile(r"\s*(?:[.;:)]|$)")


_GROUP_LIST = opening_with(
    "GgAa",
    rf"\b(?:[Gg]roups?|GROUPS?|[Aa]rms?|ARMS?)\s+{_LETTERED_ONE}(?:{_LETTERED_GAP}{_LETTERED_ONE})+",
)


def group_lists(text: str) -> list[tuple[int, int, list[str]]]:
    """Where ``text`` names several groups by letter or number at once, and their names
    ("Groups A and B had less pain than group C": ``(0, 14, ["A", "B"])``)."""
    return [
        (m.start(), m.end(), [i["name"] for i in _LETTERED_ITEM.finditer(m[0], m[0].find(" "))])
        for m in _GROUP_LIST.finditer(text)
    ]


def lettered_groups(text: str, start: int, *, named: bool = False) -> list[ArmPhrase]:
    """The arms of a list of groups named by letter or number right at ``start`` ("randomly
    allocated to groups A, B and C", "into groups I, II and III", "to groups 1 (n = 30) and 2
    (n = 31)"): "group A", "group B", "group C", each with the n in the bracket after its
    name. Without the word "groups" only where ``named`` says the allocation named groups
    ("into three groups: A, B and C", "into three groups (A, B and C)") and the list ends the
    clause: "to A, B or C" names drugs A, B and C."""
    m = _LETTERED.match(text, start)
    if m is None or len({i["name"] for i in _LETTERED_ITEM.finditer(m["names"])}) < 2:
        return []
    if not m["word"] and not (named and _LIST_END.match(text, m.end())):
        return []
    word = m["word"][:-1] if m["word"] else "group"
    phrases = []
    for item in _LETTERED_ITEM.finditer(text, m.start("names"), m.end("names")):
        n = _size_in(item["inner"])
        label = f"{word} {item['name']}"
        phrases.append(ArmPhrase(label, item.start("name"), item.end("name"), n, written=False))
    return phrases


def marked_arms(text: str, start: int, *, need_group_word: bool) -> list[ArmPhrase]:
    """Shape 2: an arm phrase before each parenthesised n, from ``start`` on; doses take the
    drug named after the last one's n ("30 mg (n=20) or 60 mg (n=20) drug X") or a
    neighbour's."""
    arms: list[ArmPhrase] = []
    drugs: list[str] = []  # "30 mg (n=20) or 60 mg (n=20) drug X": the name after a dose's n
    cursor = start
    for m in _N_MARKER.finditer(text, start):
        n = parse_count(m.group("n") or m.group("n2"))
        seg_start, seg_end = cursor, m.start()
        cursor = m.end()
        if arms:  # text after the previous arm's n: cut at the first "or"/"and"/","
            first = _NEXT_ARM.search(text, seg_start, seg_end)
            if GROUP_END.search(text, seg_start, seg_end):
                # "(n = 10) receiving A, B, and C or a control group (n = 10)": what the
                # previous arm received, then the next group after the last "or"
                alternatives = [
                    m
                    for m in SPLIT_OR.finditer(text, seg_start, seg_end)
                    if not depth(text, seg_start, m.start())
                ]
                first = alternatives[-1] if alternatives else first
            if first and depth(text, seg_start, first.start()) == 0:
                name = _NAME_AFTER_DOSE.fullmatch(text, seg_start, first.start())
                if name and DOSE_ONLY.match(arms[-1].label):
                    drugs.append(name.group(1))
                seg_start = first.end()
        named = _NAMED_TAIL.search(text, seg_start, seg_end)
        if named:  # "for surgery with A, and Group 2 (n = 40)": the arm is "Group 2"
            seg_start = named.start()
        words = list(re.finditer(r"\S+", text[seg_start:seg_end]))
        if len(words) > MAX_WORDS or need_group_word:
            connectors = list(
                re.finditer(
                    r"(?:,|;|\band\b|\bor\b|\bof\b|\bin\b|\bwere\b|\bwas\b)\s",
                    text[seg_start:seg_end],
                )
            )
            if connectors:
                seg_start += connectors[-1].end()
        if need_group_word and not GROUP_END.search(text[seg_start:seg_end]):
            continue
        phrase = arm_phrase_at(text, seg_start, seg_end, n)
        if phrase is not None:
            arms.append(phrase)
    if drugs:
        arms = [
            ArmPhrase(f"{a.label} {drugs[0]}", a.start, a.end, a.n, written=False)
            if DOSE_ONLY.match(a.label)
            else a
            for a in arms
        ]
    return fill_doses(arms) if len(arms) >= 2 else []


_NAMED_TAIL = re.compile(r"\b(?:[Gg]roup|GROUP|[Aa]rm|ARM)\s+(?:[A-Z]|\d{1,2}|I{1,3}|IV)\s*$")
_NAME_AFTER_DOSE = re.compile(r"\s*([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s*")


_VERSUS_GAP = re.compile(r"\s*(?:versus|vs\.?|compared\s+(?:with|to))\s+")
_TRIAL_WORD = re.compile(r"(?i)\brandomi[sz]|\bRCT\b|\btrial\b")
_LABEL_STOP = re.compile(r"[,;:]")
# "data from 9572 patients undergoing anatomical (n = 4734) vs. functional (n = 4838) testing":
# the arm starts after what the people underwent
_LABEL_LEAD = re.compile(
    r"\b(?:of|in|from|with|for|to|on|between|undergoing|underwent|receiving|received|given)\s"
)


def marked_versus(text: str) -> list[ArmPhrase]:
    """Shape 2 with no allocation verb, the two arms joined by "versus" in a sentence that
    names the trial ("In this randomized controlled trial, MBCT + TAU (n = 43) versus TAU (n =
    51), we ..."): the words after the last comma (or "of", "in", "undergoing" and the like)
    before the first n and those between "versus" and the second n, each at most eight words;
    none where no trial is named ("men (n = 20) versus women (n = 22)")."""
    if "(" not in text or not _TRIAL_WORD.search(text):
        return []
    markers = list(_N_MARKER.finditer(text))
    for first, second in pairwise(markers):
        gap = _VERSUS_GAP.match(text, first.end())
        if gap is None or _LABEL_STOP.search(text, gap.end(), second.start()):
            continue
        stops = [m.end() for m in _LABEL_STOP.finditer(text, 0, first.start())]
        stops += [
            m.end() for m in _LABEL_LEAD.finditer(text, stops[-1] if stops else 0, first.start())
        ]
        start = max(stops, default=0)
        if depth(text, start, first.start()) or len(text[start : first.start()].split()) > 8:
            continue
        if len(text[gap.end() : second.start()].split()) > 8:
            continue
        one = arm_phrase_at(text, start, first.start(), parse_count(first["n"] or first["n2"]))
        other = arm_phrase_at(
            text, gap.end(), second.start(), parse_count(second["n"] or second["n2"])
        )
        if one is not None and other is not None:
            return [one, other]
    return []


_TO_RECEIVE = re.compile(r"\b(?:to|into)\s+(?:receive\s+)?(?:either\s+)?")


def marked_after_to(text: str) -> list[ArmPhrase]:
    """Shape 2 after the last "to (receive)" before the first parenthesised n, outside
    brackets, when no trigger was read ("we assigned 636 women who had ... to receive A (317
    women) or B (319 women)")."""
    first = _N_MARKER.search(text)
    if first is None:
        return []
    ends = [m.end() for m in _TO_RECEIVE.finditer(text, 0, first.start())]
    ends = [end for end in ends if not depth(text, 0, end)]
    return marked_arms(text, ends[-1], need_group_word=False) if ends else []


_RECEIVED_ALTERNATIVES = re.compile(  # not "patients who had received A or B"
    # \b first: the lookbehinds are then tried only at the start of a word, and only of one
    # that opens with a verb's first letter (the look-ahead: twice as fast)
    r"(?i)\b(?=[rwtic])(?<!\bwho\s)(?<!\bthat\s)(?<!\bhad\s)(?<!\bhave\s)"
    r"(?:received|were\s+given|took|ingested|consumed|(?:were|was)\s+treated\s+with|"
    r"were\s+exposed\s+to)\s+(?:either\s+)?"
)
_ALTERNATIVE_WORDS = 6
_DESIGN_AFTER = re.compile(  # "... or placebo in a randomised crossover design"
    r"(?i)\s*,?\s+(?:in|using|according\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:random|double|single|triple|cross-?over|counter-?balanced|placebo-controlled|blind)"
)


# "... or placebo and at the end of 6 days performed X": a clause of its own after the list
_CLAUSE_AFTER = re.compile(
    r"(?i)\s*,?\s+and\s+(?:then\s+)?(?:at|after|before|then|were|was|performed|completed|"
    r"underwent|returned)\b"
)


def received_alternatives(text: str) -> list[ArmPhrase]:
    """Shape 6, the last resort of ``evg_arms``: what a sentence says the participants
    received, were treated with or exposed to, one or the other ("Ten men received green tea
    extract or placebo in a randomised crossover design", "142 dogs were treated with A or
    B"): the list after the verb up to the design or a clause of its own ("and at the end
    of 6 days performed ..."), split at "or", "versus" and
    commas; where two or more items have their size in brackets, only those ("consumed a test
    food, a high protein product (n = 19) or a high carbohydrate product (n = 15)": the first
    item says what the others are); none without an "or" or "versus" between arms, none where
    an arm would be more than a few words, none with a percentage, which reports adherence
    ("942 (89%) received A or B as allocated", "87% A versus 91% B received ..."), none inside
    brackets, an aside ("(supposing that subjects received either full or no treatment)")."""
    verb = None if "%" in text else _RECEIVED_ALTERNATIVES.search(text)
    if verb is None or depth(text, 0, verb.start()):
        return []  # "(supposing that subjects received either full or no treatment)": an aside
    design = _DESIGN_AFTER.search(text, verb.end()) or _CLAUSE_AFTER.search(text, verb.end())
    end = design.start() if design else len(text.rstrip())
    if not any(
        depth(text, verb.end(), m.start()) == 0 for m in SPLIT_OR.finditer(text, verb.end(), end)
    ):
        return []
    phrases = listed_arms(text, verb.end(), end)
    if any(len(p.label.split()) > _ALTERNATIVE_WORDS for p in phrases):
        return []
    sized = [p for p in phrases if p.n is not None]
    return sized if len(sized) >= 2 else phrases


# "A or B was administered": the passive verb after the alternatives
_ADMINISTERED = re.compile(
    r"\s+(?:was|were)\s+(?:randomly\s+)?(?:administered|given|applied|delivered|infused|injected)\b"
)
# where the alternatives start: the sentence's start, or after "where", "in which", a colon
_ALTERNATIVES_START = re.compile(r"(?i)\b(?:where|whereby|which)\s+|[:;]\s+")
# given only as needed: "rescue drug K or drug M was given when needed" is no arm
_AS_NEEDED = re.compile(r"(?i)\brescue\b|\s*(?:when|if|whenever|as\s+needed|on\s+demand)\b")
_RANDOM_ORDER = re.compile(r"(?i)\brandomi[sz]|\brandom\s+order\b|\bcross-?over\b")


def administered_alternatives(text: str) -> list[ArmPhrase]:
    """The arms of a sentence of a random design that says one or another was administered
    ("In this randomized crossover trial, drug K (5 mg) or placebo was given nightly", "Placebo,
    10 mg or 20 mg drug K was administered in a randomized order"): the list before the verb,
    from the sentence's start or "where", split as the lists of allocations are; none without
    "or" or "versus" between arms, with an arm of more than a few words, or given as needed
    ("rescue drug K or drug M was given when needed")."""
    verb = _ADMINISTERED.search(text) if " or " in text or "versus" in text else None
    if verb is None or not _RANDOM_ORDER.search(text) or depth(text, 0, verb.start()):
        return []
    if _AS_NEEDED.match(text, verb.end()):
        return []
    leads = list(_ALTERNATIVES_START.finditer(text, 0, verb.start()))
    start = leads[-1].end() if leads else 0
    if _AS_NEEDED.search(text, start, verb.start()):
        return []
    comma = text.rfind(", ", start, verb.start())
    if comma >= 0 and _TRIAL_WORD.search(text, start, comma):
        start = comma + 2  # "In this randomized crossover trial, A or B was given"
    if not any(
        depth(text, start, m.start()) == 0 for m in SPLIT_OR.finditer(text, start, verb.start())
    ):
        return []
    phrases = listed_arms(text, start, verb.start())
    if any(len(p.label.split()) > _ALTERNATIVE_WORDS for p in phrases):
        return []
    return phrases


# the head of a generic arm's name: "group", "arm", or the people it counts in a bracket right
# after ("Intervention dyads (n = 69)", "control patients (n = 63)")
_GENERIC_HEAD = rf"\s+(?:group|arm|(?:{SUBJECT_NOUNS_PATTERN})(?=\s*[(\[]\s*n\s*=))\b"
_GENERIC_ARMS = (
    re.compile(r"(?i)\b(?:intervention|experimental|treatment|study|active)" + _GENERIC_HEAD),
    re.compile(r"(?i)\b(?:control|placebo|usual[- ]care|comparison|sham)" + _GENERIC_HEAD),
)


# "the intervention and control groups": both roles before one plural head
_GENERIC_PAIR = re.compile(
    r"(?i)\b(?P<a>intervention|experimental|treatment|study|active)\s+and\s+(?:the\s+)?"
    r"(?P<b>control|placebo|usual[- ]care|comparison|sham)\s+(?:group|arm)s\b"
)


# the whole text is searched: in the lower-cased text, about twice as fast (extractors.caseless)
_GENERIC_INTERVENTION, _GENERIC_CONTROL = (LowerCaseSearch(p) for p in _GENERIC_ARMS)
_GENERIC_PAIR_FAST = LowerCaseSearch(_GENERIC_PAIR)


def generic_arms(text: str) -> list[ArmPhrase]:
    """The last resort: "the intervention group" and "the control group" when the text names
    both (first mentions), or else "the intervention and control groups" ("intervention",
    "control"), n unknown."""
    intervention = _GENERIC_INTERVENTION.search(text)
    control = _GENERIC_CONTROL.search(text) if intervention else None
    if intervention and control:
        return [ArmPhrase(m.group(0), m.start(), m.end(), None) for m in (intervention, control)]
    pair = _GENERIC_PAIR_FAST.search(text)
    if pair is None:
        return []
    return [ArmPhrase(pair[role], pair.start(role), pair.end(role), None) for role in ("a", "b")]


_SIZE_LAST = rf"[nN]\s*=\s*{COUNT_PATTERN}\s*[)\]]"  # "n = 72)": the size that ends a bracket
_COUNTED_ITEM = opening_with(  # a digit, the "n" of "n =" or a number's word
    rf"\d{WORD_NUMBER_FIRST}",
    rf"(?<![\w.,/=·-])(?:[nN]\s*=\s*)?(?P<n>{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})"
    # the share of all randomised: "Sixty-nine (49.3%) assigned to A and 71 (50.7%) to B"
    r"(?![\w%/·]|[.,]\d)(?:\s*\(\s*\d{1,2}(?:[.,]\d+)?\s*%\s*\)(?=\s+(?:(?:were|was)\s+)?"
    r"(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed|to)\s))?"
    rf"\s*,?\s+(?:(?:{SUBJECT_NOUNS_PATTERN})\s+)?(?:(?:were|was)\s+)?"
    r"(?:randomly\s+)?(?:(?P<verb>(?:assigned|allocated|randomi[sz]ed)\s+(?:to|into|in)|"
    r"received|receiving|were\s+given|underwent|in|into|to)\s+)?(?:(?:receive|the|a|an)\s+)*"
    # "112 to A, B, and C chemotherapy (ABC)": commas in a name its short form follows
    r"(?P<label>[A-Za-z](?:[^;:()\[\]\d]{0,120}?(?=\s*\([A-Z][A-Za-z0-9+/-]{1,12}\))|"
    r"[^,;:()\[\]]{0,80}?))"
    # "72 to A (intravenous [n = 72]) and 66 to B": a bracket that gives the arm's size; "34
    # to a standard treatment (water-based lubricant)": one that says what the arm is
    rf"(?:\s*\((?:[^()\[\];]*?\[\s*{_SIZE_LAST}\s*\)|[^()\[\];]*?\b{_SIZE_LAST}|"
    r"(?P<gloss>[^()\[\];\d%=]{1,60}\)))"
    # "103 in the A group (mean age, 50 years; range, 25-69 years)": who is in the group
    r"|(?:(?<=group)|(?<=arm))\s*\([^()\[\]]{1,100}\))?"
    # how long, after the bracket: "to B (C, D and E) for 7 days"
    rf"(?:(?<=\))\s+(?:for|during|over)\s+(?:\d|{WORD_NUMBER_PATTERN})[^,;:()\[\]]{{0,30}}?)?"
    rf"(?=\s*[,;:)\]]|\s+and\s+(?:\d|{WORD_NUMBER_PATTERN}|the\s)|\s*\.(?:\s|$)|\s*$)",
)
_COUNTED_GAP = re.compile(r"\s*[,;]?\s*(?:(?:and|while|whereas)\s+)?")
_COUNTED_CONTEXT = re.compile(
    r"(?i)\b(?:assign|allocat|randomi[sz]|includ|enrol|recruit|received|receiving|given|"
    r"treated|underwent|there\s+were|consist)"
)
_NOT_ALLOCATION = re.compile(
    r"(?i)\b(?:withdr|discontinu|died|deaths?\b|events?\b|lost\s+to|dropped|excluded|"
    r"relapse|recurr|progress|respon|expected|occurred|developed|experienced|observed|reported)"
)
# searched in the lower-cased text: about twice as fast (extractors.caseless)
_NOT_ALLOCATION_FAST = LowerCaseSearch(_NOT_ALLOCATION)


def reports_events(text: str) -> bool:
    """Whether a sentence counts events rather than allocates ("40 women in the A group and 85
    in the B group developed X", "12 withdrew"): its counts are no arm's size."""
    return _NOT_ALLOCATION_FAST.found(text)


_NOT_COUNTED_LABEL = re.compile(
    r"(?i)^(?:of|per|or|and|than|more|less|times|doses?|cycles?|sessions?|visits?|"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?)\b|mg|g|ml|kg|cm|mm|%)\b"
)


# a lead-in that says when the people were allocated, its events none of the counts': "After
# initial response to induction chemotherapy, 224 patients were randomly assigned: ..."
_AFTER_LEAD = re.compile(r"(?i)(?:after|following)\s[^,;:()]{3,100},\s*(?=\d|[a-z]+\s)")


def counted_arms(text: str) -> list[ArmPhrase]:
    """Shape 4: a count before each arm, two or more in a row ("42 were assigned to drug A
    and 41 to placebo", "42 in the drug A group and 41 in the placebo group", "(208 received
    drug A; 201, placebo)"). Read only in a sentence that allocates, includes or treats and
    counts no events; an item needs a verb ("assigned to", "received", "in the .. group")
    unless it follows one that had it or the counts are in brackets. A bracket after a
    group's name says who is in it ("103 in the A group (mean age, 50 years; range, 25-69)")."""
    lead = _AFTER_LEAD.match(text)  # "After initial response to A, 224 were assigned: ..."
    if _NOT_ALLOCATION_FAST.found(text[lead.end() :] if lead else text):
        return []
    runs: list[list[re.Match[str]]] = []
    for m in _COUNTED_ITEM.finditer(text):
        if DATE.match(m.group("label")) or _MONTH_BEFORE.search(
            text, max(0, m.start() - 24), m.start()
        ):
            # "From May 1998 to September 2001, 45 to A and 44 to B", "from January 5, 2018,
            # to March 31, 2019, was conducted": a date is a break, never an arm's count
            runs.append([])
            continue
        previous = runs[-1][-1] if runs and runs[-1] else None
        if previous is not None and _COUNTED_GAP.fullmatch(text, previous.end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    if all(len(run) < 2 for run in runs):  # a lone count makes no arms
        return []
    context = bool(_COUNTED_CONTEXT.search(text))
    for run in runs:
        phrases = _counted_run(text, run, context)
        if len(usable_arms(phrases)) >= 2:  # not "(8 male and 8 female)"
            return phrases
    return []


def _counted_run(text: str, run: list[re.Match[str]], context: bool) -> list[ArmPhrase]:
    bracketed = bool(run) and depth(text, 0, run[0].start()) > 0
    if not bracketed:  # "Of 90 enrolled, 45 were assigned to A and 45 to B": from the first verb
        run = run[next((i for i, m in enumerate(run) if m["verb"]), len(run)) :]
    if len(run) < 2:
        return []
    phrases: list[ArmPhrase] = []
    for index, m in enumerate(run):
        verb = (m.group("verb") or "").lower()
        label = m.group("label")
        if _NOT_COUNTED_LABEL.match(label):
            return []
        if verb in ("in", "into") and not GROUP_END.search(label):
            return []
        if not verb and not bracketed and (index == 0 or not run[0].group("verb")):
            return []
        n = parse_count(m.group("n"))
        end = m.end("gloss") if m["gloss"] else m.end("label")
        phrase = arm_phrase_at(text, m.start("label"), end, n)
        if n is None or n < 1 or phrase is None:
            return []
        phrases.append(phrase)
    labels = {p.label.lower() for p in phrases}
    if len(labels) < len(phrases):
        return []
    named = any(COMPARATOR_WORD.search(m["label"]) or GROUP_END.search(m["label"]) for m in run)
    return phrases if context or named else []


# a month (and day) right before a count: the count is the date's year ("March 31, 2019")
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+$"
)


def after_a_month(text: str, at: int) -> bool:
    """Whether the number at ``at`` is a date's year: a month, maybe with its day, is right
    before it ("to March 31, 2019", "in Sept 2019"); "Separately, 45" is no date."""
    return _MONTH_BEFORE.search(text, max(0, at - 24), at) is not None
