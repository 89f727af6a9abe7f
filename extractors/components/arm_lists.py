"""Shape 3 of ``arm_phrases``: arms listed after an allocation trigger (``listed_arms``).

The list is split at "or", "versus", commas or semicolons, or at "and" between groups named
with their treatment ("Group A (X), Group B (Y), and Group C (Z)"); a list of groups each
named before a colon ("to Arm A: X; Y; or Arm B: Z") at the names only. Doses listed for one
drug are one arm each with the drug they elide (``fill_doses``), items tagged with their
group's name are split at the names, a list closed by an acronym that spells it is one
programme (``named_by_acronym``), and a shared duration or frequency is no arm. Split out of
``arm_phrases``.
"""

from __future__ import annotations

import re

from extractors.components.arm_labels import (
    COMPARATOR_WORD,
    GROUP_END,
    GROUP_LABEL,
    N_IS,
    SPLIT_OR,
    ArmPhrase,
    arm_phrase_at,
    depth,
    trim,
)
from extractors.numbers import (
    COUNT_PATTERN,
    WORD_NUMBER_PATTERN,
)

_SPLIT_AND = re.compile(r"\s*,?\s+\band\b\s+")
_GROUP_ITEM = re.compile(rf"\s*(?:the\s+)?{GROUP_LABEL}\s*\(")  # "Group A (drug K)"

_CLAUSE_END = re.compile(
    # not "A for 5 years plus B": how long A lasts, then what comes with it
    r",?\s+(?:for(?!\s+\d+\s+[a-z]+\s+(?:plus|combined\s+with)\s)|"
    r"during|over|until|throughout|before|starting|beginning|stratified|according|"
    r"using|through|via|based\s+on|in\s+a\s+\d|with\s+a\s+\d|with\s+\d|at\s+a\s+\d|every|"
    r"each|after|from)\b"
    # "A or B with five cycles of C, D and E": what both arms were given, no list of arms
    rf"|\s+with\s+(?:{WORD_NUMBER_PATTERN})\s+(?:[\w-]+\s+)?(?:cycles?|courses?|doses?|"
    r"sessions?|infusions?|injections?)\b"
    r"|\s*,\s*(?:with|and|who|which|where|by|as|in|at|all|both|each)\b"
    r"|,?\s+and\s+(?:were|was|then)\b"
    # "to A or B and pain scores (were) assessed": what was measured, no part of the last arm
    r"|,?\s+and\s+(?:[\w-]+\s+){1,3}?(?:(?:were|was)\s+)?(?:assessed|measured|recorded|"
    r"evaluated|monitored|collected|obtained|documented|analy[sz]ed)\b"
    # "A (SR; ...) or B (AS; ...) with controlled feeding": after the last arm's bracket, what
    # both had or what followed (not "A (1 mg/d) with or without B": the arms)
    r"|(?<=\))\s+(?:with\s+(?!(?:or|and)\b)(?=\w)|followed\s+by\b)"
    # "A (n=31) or placebo (n=31) both plus fulvestrant": what both arms had, no arm's own
    r"|,?\s+(?:both|each|all)\s+(?:plus|with|combined\s+with|in\s+combination\s+with|"
    r"given\s+with|added\s+to)\b"
    r"|\s*\((?![^)]*\b[nN]\s*=)[^)]*\bratio\b"
    # "to A or B in a randomised crossover design": the design, no part of the last arm
    r"|\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:random|double|single|triple|cross-?over|"
    r"counter-?balanced|placebo-controlled|blind|parallel|factorial)"
)

_COLON_BEFORE = re.compile(r":\s*$")
_CLAUSE_WORD = re.compile(
    r"(?i)\b(?:underwent|receiv\w*|given|treated|were|was|while|whereas|who)\b"
)
_LIST_ITEM_WORDS = 6


def _comma_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, after a colon, lists three or more names parted by commas
    alone, each of a few words and no clause ("three groups: total thyroidectomy (TT), Dunhill
    operation (DO), bilateral subtotal thyroidectomy (BST)"; not "two groups: one underwent
    A, while the other underwent B")."""
    if not _COLON_BEFORE.search(text, max(0, start - 3), start):
        return False
    items = [text[s:e] for s, e in _split(text, start, end, _COMMA)]
    return len(items) >= 3 and all(
        len(item.split()) <= _LIST_ITEM_WORDS and not _CLAUSE_WORD.search(item) for item in items
    )


_COMMA = re.compile(r"\s*,(?!(?<=\d,)\d{3}(?!\d))\s*")  # not "40,000 IU"

_CLAUSE_START = re.compile(  # lower case only: "AT" may well be an arm
    r"(?:with|who|which|where|by|as|in|at|all|both|each|for|during|over|until|after|from|"
    # "data from 215 women, randomized to A or B, were collected": the verb of the sentence
    r"using|according|respectively|were|was|are|is|had|have|"
    # how the arms were given: "to A or B, applied twice daily from day 1"
    r"applied|administered|given|taken|delivered)\b"
)

DOSE_ONLY = re.compile(  # "20 mg", "20mg", "20-mg"
    r"^\d+(?:[.,]\d+)?(?:\s*|-)(?:mg|g|µg|μg|mcg|ug|ml|mL|IU|units?|%|mg/kg|µg/kg|mg/m2)\b"
    r"(?:\s+(?:daily|once|twice|weekly|per\s+day|a\s+day|/day|bid|tid|qd))*$"
)

_BARE_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")

_UNIT_AND_REST = re.compile(
    r"^\d+(?:[.,]\d+)?\s*((?P<unit>mg|g|µg|μg|mcg|ug|ml|mL|IU|U|units?|mg/kg|µg/kg|mg/m2)\b.*)$"
)

_NAME_AND_NUMBER = re.compile(r"^[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s+\d+(?:[.,]\d+)?$")

_DOSE_THEN_NAME = re.compile(  # "10 mg drug A": the drug, as the group "of drug A" would be
    r"^\d+(?:[.,]\d+)?\s*(?:mg|g|µg|μg|mcg|ug|IU|mg/kg|µg/kg|mg/m2)\s+"
    r"(?!(?:daily|once|twice|weekly|nightly|per|a\s+day|bid|tid|qd|orally|iv)\b)"
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)$"
)


def fill_doses(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """Give dose-only phrases ("20 mg") the drug name of a neighbour ("drug X 10 mg", "10 mg
    drug X"), bare numbers the unit and drug of the next dose ("100 or 200 mg drug A") and a
    drug with a bare number the unit of the next dose ("drug A 5 or 10 mg": "drug A 5 mg";
    "drug A 3, 4.5 or 6 mg": "drug A 3 mg", "drug A 4.5 mg", "drug A 6 mg")."""
    filled = []
    for i, p in enumerate(phrases):
        label = p.label
        later = next((o.label for o in phrases[i + 1 :] if not _BARE_NUMBER.match(o.label)), "")
        unit = _UNIT_AND_REST.match(later) if _BARE_NUMBER.match(label) else None
        named_number = _NAME_AND_NUMBER.match(label)
        next_unit = _UNIT_AND_REST.match(later)
        if unit:  # "100 or 200 mg drug A": "100 mg drug A"; "A 3, 4.5 or 6 mg": "A 4.5 mg"
            label = f"{label} {unit.group(1)}"
            if DOSE_ONLY.match(label):
                label = _with_drug(label, phrases[i + 1 :], phrases[:i][::-1])
        elif named_number and next_unit:  # "drug A 5 or 10 mg": "drug A 5 mg"
            label = f"{label} {next_unit.group('unit')}"
        elif DOSE_ONLY.match(label):
            label = _with_drug(label, phrases[i + 1 :], phrases[:i][::-1])
        filled.append(
            ArmPhrase(label, p.start, p.end, p.n, p.treatment, p.written and label == p.label)
        )
    return filled


_OF_DRUG = re.compile(r"\s(of\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)$")

_DRUG_THEN_DOSE = re.compile(r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+\d")


def _with_drug(dose: str, later: list[ArmPhrase], earlier: list[ArmPhrase]) -> str:
    """A dose-only phrase with the drug it elides: one written after the next doses ("5 mg or
    10 mg drug A", "10 or 20 mg of drug A"), else that of the nearest phrase before that names
    one ("drug A 10 mg; 20 mg; drug B 5 mg": "drug A 20 mg"), else of one after."""
    for other in later:
        after = _OF_DRUG.search(other.label) or _DOSE_THEN_NAME.match(other.label)
        if after:
            return f"{dose} {after.group(1)}"
        if _DRUG_THEN_DOSE.match(other.label):
            break
    for other in earlier + later:
        before, of = _DRUG_THEN_DOSE.match(other.label), _OF_DRUG.search(other.label)
        if before:
            return f"{before.group(1)} {dose}"
        if of:
            return f"{dose} {of.group(1)}"
    return dose


_ASIDE_FIRST = re.compile(  # "to receive, for 2 weeks, A or B": when or how, then the arms
    r"\s*,?\s*(?:for|during|over|in|at|with|after|from|by|on|under)\s[^,;:()\[\]]{1,40}?,\s*"
    # how long, no commas: "to receive for 8 weeks A or B"
    rf"|\s*(?:for|during|over)\s+(?:{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})[-\s]"
    r"(?:days?|weeks?|months?|years?)\s+(?!(?:or|and|versus|vs)\b)"
)


_EITHER = re.compile(r"(?i)\s\beither\s+")
_DRUG_AT_DOSE = re.compile(  # "drug K at a starting dose of" (either ...)
    r"(?P<drug>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:at|in)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?doses?\s+of"
)


# the clause after a list of groups: "to study group and control group, and received ..."
_LIST_STOP = re.compile(
    r"\s*,\s*and\s+(?:then\s+)?(?:received|were\s+given|were\s+treated\s+with|underwent|took)\s+"
)
_RESPECTIVELY_END = re.compile(r"\s*,?\s*respectively\b")


def _respective_treatments(text: str, start: int, end: int) -> list[str]:
    """What each group of a list received, as the clause after it lists them, in order
    ("received A or B, respectively": A, B); none without "respectively"."""
    last = _RESPECTIVELY_END.search(text, start, end)
    if last is None or depth(text, start, last.start()):
        return []
    items = _split(text, start, last.start(), SPLIT_OR)
    if len(items) < 2:
        items = _split(text, start, last.start(), _SPLIT_AND)
    return [text[s:e].strip(" ,") for s, e in items] if len(items) >= 2 else []


def listed_arms(text: str, start: int, end: int) -> list[ArmPhrase]:
    """Shape 3: arms listed after an allocation trigger, split at "or"/"versus"/commas; a list
    with two or more semicolons is split at them only, its items keeping their commas and ",
    and" ("to A; B, C, and D; or E": three arms); an aside before the first arm is none
    ("to receive, for 2 weeks, A 10 mg; A 20 mg; or placebo")."""
    aside = _ASIDE_FIRST.match(text, start, end)
    start = aside.end() if aside else start
    either = _EITHER.search(text, start, end)
    drug = None
    if either and not depth(text, start, either.start()):
        # "to receive drug K at a starting dose of either A or B": what both get, then the arms
        drug = _DRUG_AT_DOSE.fullmatch(text, start, either.start())
        start = either.end()
    tagged = (
        _tagged_arms(text, start, end)
        or _colon_labelled_arms(text, start, end)
        or _schedule_alternatives(text, start, end)
    )
    if tagged:
        return tagged
    stop = _LIST_STOP.search(text, start, end)
    given: list[str] = []
    if stop and not depth(text, start, stop.start()):
        # "to study group and control group, and received A or B, respectively": the groups,
        # then what each received
        given = _respective_treatments(text, stop.end(), end)
        end = stop.start()
    separators = _separators(text, start, end, SPLIT_OR)
    semicolons = [m for m in separators if ";" in m.group(0)]
    by_semicolons = len(semicolons) >= 2
    if separators:
        after = semicolons[-1].end() if by_semicolons else separators[0].end()
        later = _clause_end(text, after, end, by_semicolons)
        end = later if later is not None else end
    parts = _split(text, start, end, SPLIT_OR)
    if len(parts) < 2:
        parts = _split(text, start, end, _SPLIT_AND)
        labels = [text[s:e] for s, e in parts]
        if len(parts) == 1 and _comma_list(text, start, end):
            pass  # "to three groups: A (TT), B (DO), C (BST)": commas alone part the arms
        elif len(parts) != 2 or not (
            any(GROUP_END.search(lab) or COMPARATOR_WORD.search(lab) for lab in labels)
            or all(_GROUP_ITEM.match(lab) for lab in labels)  # "Group A (X), ... and Group C (Z)"
        ):
            return []
    pieces: list[ArmPhrase] = []
    for s, e in parts:
        whole = by_semicolons or named_by_acronym(text, s, e)
        for cs, ce in [(s, e)] if whole else _split(text, s, e, _COMMA):
            if _CLAUSE_START.match(text, cs, ce):  # ", with 27 children each": no more arms
                pieces = _dose_alternatives(_named_with_treatment(pieces))
                return fill_doses(pieces) if len(pieces) >= 2 else []
            if (
                pieces
                and _ACRONYM_ONLY.match(_DURATION_OF.sub("", pieces[-1].label))
                and _APPOSITION.match(text, cs)
                and text[:cs].rstrip().endswith(",")
            ):
                # "to STRIVE, a home exercise programme, or usual care": what it is; not "to
                # MBCT or a wait-list control group", an arm after "or"
                continue
            if (
                pieces
                and text[:cs].rstrip().endswith(",")
                and _HOW_GIVEN.match(text, cs, ce)
                and not DOSE_ONLY.match(pieces[-1].label)
            ):
                continue  # "to A, 1.6 g orally administered daily, or to control": how A was given
            clause = _clause_end(text, cs, ce, whole)
            phrase = arm_phrase_at(text, cs, clause if clause is not None else ce, None)
            if phrase is not None:
                pieces.append(phrase)
    pieces = _dose_alternatives(_named_with_treatment(pieces))
    if len(pieces) < 2:
        return []
    if len(given) == len(pieces):
        pieces = [
            ArmPhrase(p.label, p.start, p.end, p.n, treatment, p.written)
            for p, treatment in zip(pieces, given, strict=True)
        ]
    if drug:  # "drug K at a dose of either 75 mg or 35 mg weekly": "drug K 75 mg"
        pieces = [
            ArmPhrase(f"{drug['drug']} {p.label}", p.start, p.end, p.n, p.treatment, False)
            if p.label[:1].isdigit()
            else p
            for p in pieces
        ]
    return fill_doses(fill_heads(_shared_frequency(_without_duration(pieces))))


# a word that qualifies a treatment, not one: "preoperative", "oral", "intravenous", "surgical",
# "high-dose", "short-term", "skeletonized"
_MODIFIER = (
    r"(?:(?:pre|post|intra|extra|peri|sub|trans)[a-z-]*|[a-z][a-z-]*(?:ive|al|ary|ic|ous)|"
    r"[a-z][a-z-]{3,}(?:[^e]ed|ized|ised)|"
    r"[a-z]+-(?:dose|term|intensity|volume|frequency|course))"
)
_LONE_MODIFIER = re.compile(rf"(?i){_MODIFIER}")
_MODIFIED_HEAD = re.compile(rf"(?i){_MODIFIER}\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def fill_heads(phrases: list[ArmPhrase]) -> list[ArmPhrase]:
    """Give a phrase that is a lone qualifying word the head noun the last phrase shares
    ("either preoperative or postoperative chemotherapy": "preoperative chemotherapy";
    "oral or intravenous iron": "oral iron"); only where the last phrase is a qualifying word
    and its head, so "surgery or radiation therapy" keeps its two treatments."""
    shared = _MODIFIED_HEAD.fullmatch(phrases[-1].label)
    if shared is None or COMPARATOR_WORD.search(shared.group("head")):
        return phrases
    return [
        ArmPhrase(f"{p.label} {shared.group('head')}", p.start, p.end, p.n, p.treatment, False)
        if _LONE_MODIFIER.fullmatch(p.label)
        else p
        for p in phrases[:-1]
    ] + [phrases[-1]]


# one treatment given at one of two intervals: "to receive 4 mg of drug K every 4 or every 12
# weeks", "drug K every 3 or 6 months"
_EVERY_ONE_OR_OTHER = re.compile(
    r"(?P<drug>[^,;:()\[\]]{2,80}?)\s+every\s+(?P<first>\d+)\s+or\s+(?:every\s+)?"
    r"(?P<second>\d+)\s+(?P<unit>days?|weeks?|months?)\b"
)


def _schedule_alternatives(text: str, start: int, end: int) -> list[ArmPhrase]:
    """The arms of one treatment given at one of two intervals, each named by its drug and
    interval ("to receive drug K every 4 or every 12 weeks": "drug K every 4 weeks" and "drug
    K every 12 weeks", labels made up from the text); else []."""
    m = _EVERY_ONE_OR_OTHER.match(text, start, end)
    drug = arm_phrase_at(text, start, m.end("drug"), None) if m else None
    if m is None or drug is None:
        return []
    unit = m["unit"] if m["unit"].endswith("s") else m["unit"] + "s"
    first, second = (f"{drug.label} every {m[g]} {unit}" for g in ("first", "second"))
    return [
        ArmPhrase(first, drug.start, m.end("first"), None, None, written=False),
        ArmPhrase(second, m.start("second"), m.end("unit"), None, None, written=False),
    ]


_CLOSING_ACRONYM = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9&+-]{1,11})\)\s*$")

_ACRONYM_SKIPS = frozenset({"and", "or", "of", "the", "with", "for", "in", "on", "to", "a", "an"})

_ITEM_WORD = re.compile(r"[^\W\d_]+")


def named_by_acronym(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a list closed by a bracketed acronym that spells all its
    items, one programme's name ("Psychoeducation, Paced Respiration, and Relaxation
    (PEPRR)": P-E, P, R, R), not a list of arms; not "A, B and Relaxation (RLX)", whose
    acronym spells the last item only. Each word of the list from the first item on, but
    "and", "of" and the like, gives the acronym its first letter and maybe more of its
    letters, in order."""
    piece = text[start:end]
    m = _CLOSING_ACRONYM.search(piece) if "," in piece else None
    if m is None:
        return False
    items = piece[: m.start()]
    first = items.find(",")
    if first < 0:
        return False
    head = [w for w in _ITEM_WORD.findall(items[:first]) if w.lower() not in _ACRONYM_SKIPS]
    rest = [w for w in _ITEM_WORD.findall(items[first:]) if w.lower() not in _ACRONYM_SKIPS]
    letters = m["short"].lower()
    # the first item's name may be its last words only: "8 weeks of Psychoeducation"
    return any(_spells(letters, [w.lower() for w in head[i:] + rest]) for i in range(len(head)))


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are, in order, each word's first letter, each followed by none or
    more later letters of that word."""
    if not words:
        return not letters
    word = words[0]
    if len(letters) < len(words) or letters[0] != word[0]:
        return False
    at, used = 1, 1
    while True:
        if _spells(letters[used:], words[1:]):
            return True
        found = word.find(letters[used], at) if used < len(letters) else -1
        if found < 0:
            return False
        at, used = found + 1, used + 1


_DURATION_OF = re.compile(  # "12 weeks of A", "1-12 weeks of A": how long, then the arm
    r"^\d+(?:\s*[-–]\s*\d+)?[-\s\xa0](?:days?|weeks?|months?|years?)\s+of\s+(?=\S)"
)

_TIME_OR_NUMBER = re.compile(
    r"(?i)\b\d+(?:[.,]\d+)?[-\s\xa0]?(?:days?|weeks?|months?|years?)\b|^\d+(?:[.,]\d+)?$"
)


def _without_duration(pieces: list[ArmPhrase]) -> list[ArmPhrase]:
    """Without how long the first arm lasts when it alone says ("to 12 weeks of A or B": "A";
    not "to 6 months of A or 12 months of A" nor "to 6 or 12 months of A", whose arms differ in
    how long)."""
    m = _DURATION_OF.match(pieces[0].label) if pieces else None
    if m is None or any(_TIME_OR_NUMBER.search(p.label) for p in pieces[1:]):
        return pieces
    first = pieces[0]
    label = first.label[m.end() :]
    return [
        ArmPhrase(label, first.start + m.end(), first.end, first.n, first.treatment, first.written),
        *pieces[1:],
    ]


_ITEM_TAG = re.compile(  # "(shield group)", "(Group A)"
    rf"\((?:the\s+)?(?P<tag>[^()]{{0,40}}?\b(?:group|arm)|{GROUP_LABEL})\)"
)

_TAG_GAP = re.compile(r"\s*(?:[,;]\s*)?(?:(?:or|and|versus|vs\.?)\s+)?")

# an item that holds a clause, no arm: "where group 1 (A group) included patients who ..."
_TAG_CLAUSE = re.compile(
    r"(?i)\b(?:where|which|who|whom|while|whereas|included?|received|underwent|"
    r"were|was)\b"
)

# what may follow a group's name that ends an item: punctuation, the next item, how long or the
# clause after the list; not "(LCP group) placement", where the bracket names a part of the item
_TAG_FOLLOWER = re.compile(
    rf"\s*(?:[.,;:)\]]|$|(?:or|and|versus|vs\.?|\d+|{WORD_NUMBER_PATTERN})\b)|{_CLAUSE_END.pattern}"
)

_AFTER_TAGS = re.compile(r"\s*(?:,\s*)?(?:or|versus|vs\.?)\s+|\s*;\s*")


def _tagged_arms(text: str, start: int, end: int) -> list[ArmPhrase]:
    """A list whose items each end with the group's name in brackets ("(X group)", "(Group
    A)"), read item by item up to each name: "to shield only (shield group), shield and
    curtain (curtain group) or shield, curtain and a drape over the legs (drape group)" (the
    last item's commas are its own); an item too long to be a label is named by its bracket
    ("a combination of A + B + sham C + sham D (control group)": "control", which received
    the combination); one more item after the last name ("..., or placebo") follows up to its
    clause's end. None unless two or more items end with a name, each right after the
    last."""
    tags = [
        m
        for m in _ITEM_TAG.finditer(text, start, end)
        if not depth(text, start, m.start()) and not N_IS.search(m["tag"])
    ]
    if len(tags) < 2:
        return []
    phrases: list[ArmPhrase] = []
    at = start
    for tag in tags:
        if at > start and not text[at : tag.start()].strip(" ,;"):
            return []
        if _TAG_CLAUSE.search(text, at, tag.start()) or not _TAG_FOLLOWER.match(text, tag.end()):
            return []  # "one underwent A (A group), while the other ...", "(B group) placement"
        gap = _TAG_GAP.match(text, at) if at > start else None
        item_start = gap.end() if gap else at
        phrase = arm_phrase_at(text, item_start, tag.end(), None)
        if phrase is None:
            label_start, label_end = trim(text, tag.start("tag"), tag.end("tag"))
            received, _ = trim(text, item_start, tag.start())
            treatment = text[received : tag.start()].strip()
            if label_end <= label_start or not treatment:
                return []
            phrase = ArmPhrase(text[label_start:label_end], label_start, label_end, None, treatment)
        phrases.append(phrase)
        at = tag.end()
    more = _AFTER_TAGS.match(text, at, end)
    if more:
        clause = _clause_end(text, more.end(), end, False)
        stop = re.search(r"\.(?:\s|$)", text[more.end() : end])
        last = min(
            clause if clause is not None else end, more.end() + stop.start() if stop else end
        )
        phrase = arm_phrase_at(text, more.end(), last, None)
        if phrase is not None:
            phrases.append(phrase)
    return phrases


# "to Arm A: drug K 10 mg/kg days 1 and 15; drug L 90 mg/m2 weekly; or Arm B: ...": each group
# named before a colon, what it received up to the next name (semicolons and commas its own)
_COLON_LABEL = re.compile(
    rf"(?:\s*[,;]\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)(?P<label>{GROUP_LABEL})\s*:\s*"
)
_FIRST_COLON_LABEL = re.compile(rf"\s*(?P<label>{GROUP_LABEL})\s*:\s*")
_SIZE_FIRST = re.compile(r"[nN]\s*=\s*(?P<n>\d{1,6})\s*\((?P<inner>[^()]*)\)")
_LAST_TREATMENT_END = re.compile(r"\.(?:\s|$)|,?\s+(?:respectively|stratified|according)\b")


def _colon_labelled_arms(text: str, start: int, end: int) -> list[ArmPhrase]:
    """Arms named before a colon each ("to Arm A: A 10 mg; B 90 mg, every 4 weeks; or Arm B:
    C 15 mg; D 1000 mg"): the group, which received what follows its colon up to the next
    group's name (the last one's up to the sentence's end). None unless the list opens with
    such a name and two or more follow one another."""
    first = _FIRST_COLON_LABEL.match(text, start, end)
    if first is None:
        return []
    labels = [first] + [
        m
        for m in _COLON_LABEL.finditer(text, first.end(), end)
        if not depth(text, start, m.start())
    ]
    if len(labels) < 2:
        return []
    phrases: list[ArmPhrase] = []
    for i, m in enumerate(labels):
        if i + 1 < len(labels):
            stop = labels[i + 1].start()
        else:
            last = _LAST_TREATMENT_END.search(text, m.end(), end)
            stop = last.start() if last else end
        treatment = text[m.end() : stop].strip(" ,;")
        sized = _SIZE_FIRST.fullmatch(treatment)  # "Group A: N = 20 (control, no medication)"
        n = int(sized["n"]) if sized else None
        treatment = sized["inner"].strip() if sized else treatment
        if not treatment:
            return []
        phrases.append(ArmPhrase(m["label"], m.start("label"), m.end("label"), n, treatment))
    return phrases


_ACRONYM_ONLY = re.compile(r"^[A-Z][A-Z0-9-]+$")  # an intervention's short name: "STRIVE"

_APPOSITION = re.compile(r"an?\s")  # lower case only: "A" may be an arm

_GROUP_WITH_TREATMENT = re.compile(  # "group A (drug K)", "arm 2 (placebo)"
    rf"^(?P<label>{GROUP_LABEL})\s*\((?P<treatment>[^()]+)\)$"
)


def _named_with_treatment(pieces: list[ArmPhrase]) -> list[ArmPhrase]:
    """A group named by letter or number with what it received in brackets ("to group A
    (drug K and drug L), group B (drug K) or group C (placebo)") is that group, which received
    what the bracket says."""
    out = []
    for p in pieces:
        m = _GROUP_WITH_TREATMENT.match(p.label) if p.treatment is None else None
        if m is None:
            out.append(p)
            continue
        end = p.start + m.end("label")
        out.append(ArmPhrase(m["label"], p.start, end, p.n, m["treatment"].strip(), p.written))
    return out


_DOSE_UNIT = r"(?:mg|g|µg|μg|mcg|ug|ml|mL|IU|U|units?)(?:/(?:kg|m2|day|d))*"

_ONE_DOSE = rf"\d+(?:[.,]\d+)?(?:\s*{_DOSE_UNIT})?"
# a dose and how it was given, after an arm's name and a comma: no arm of its own
_HOW_GIVEN = re.compile(
    rf"(?i)\d+(?:[.,]\d+)?\s*{_DOSE_UNIT}\s+(?:[\w-]+\s+){{0,3}}?(?:orally|administered|given|"
    r"intravenously|subcutaneously|intramuscularly|daily|twice|once|p\.?o\.?)\b"
)

_DOSES_IN_BRACKET = re.compile(  # "drug A (5 or 10 mg)", "drug A (5 mg, 10 mg or 20 mg daily)"
    rf"^(?P<drug>[A-Za-z][^()\[\]]*?)\s*\((?P<doses>{_ONE_DOSE}(?:(?:\s*,\s*(?:or\s+)?|\s+or\s+)"
    rf"{_ONE_DOSE})+)(?<=[A-Za-z0-9])\s*(?:(?:once|twice)\s+)?(?:daily|a\s+day|per\s+day)?\)$"
)

_DOSE_ITEM = re.compile(rf"(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>{_DOSE_UNIT})?")


def _dose_alternatives(pieces: list[ArmPhrase]) -> list[ArmPhrase]:
    """An arm that offers doses in a bracket is one arm per dose ("drug A (5 or 10 mg) or
    placebo": "drug A 5 mg", "drug A 10 mg", as "drug A 5 or 10 mg or placebo" gives them);
    a dose without a unit takes the last one's, a frequency they share is left out."""
    out: list[ArmPhrase] = []
    for p in pieces:
        m = _DOSES_IN_BRACKET.match(p.label) if p.n is None else None
        doses = list(_DOSE_ITEM.finditer(m["doses"])) if m else []
        unit = doses[-1]["unit"] if doses else None
        if m is None or unit is None or len({d["number"] for d in doses}) < len(doses):
            out.append(p)
            continue
        for dose in doses:
            label = f"{m['drug']} {dose['number']} {dose['unit'] or unit}"
            out.append(ArmPhrase(label, p.start, p.end, None, p.treatment, written=False))
    return out


_COMMA_AND = re.compile(r"\s*,\s*and")


def _clause_end(text: str, start: int, end: int, commas_inside: bool) -> int | None:
    """Where the clause after an arm starts (``_CLAUSE_END``), not at ", and" in an item of a
    list parted by semicolons."""
    for m in _CLAUSE_END.finditer(text, start, end):
        if not (commas_inside and _COMMA_AND.fullmatch(m.group(0))):
            return m.start()
    return None


_FREQUENCY_END = re.compile(
    r"(?i)\s+(?:(?:once|twice|thrice|three\s+times)\s+)?(?:daily|nightly|a\s+day|per\s+day)$"
)

_FREQUENCY = re.compile(r"(?i)\b(?:daily|nightly|once|twice|thrice|weekly|a\s+day|per\s+day)\b")


def _shared_frequency(pieces: list[ArmPhrase]) -> list[ArmPhrase]:
    """Without the frequency that ends the last arm when no other arm has one, which it gives
    them all ("A, B or placebo once daily": "placebo"; not "A once daily or A twice daily")."""
    if len(pieces) < 2:
        return pieces
    last = pieces[-1]
    m = _FREQUENCY_END.search(last.label)
    if m is None or m.start() == 0 or any(_FREQUENCY.search(p.label) for p in pieces[:-1]):
        return pieces
    end = last.start + m.start()
    label = last.label[: m.start()]
    return [*pieces[:-1], ArmPhrase(label, last.start, end, last.n, last.treatment, last.written)]


# "for 5 years or up to menopause", "for 6 cycles or until progression": how long, another way
_HOW_LONG_ELSE = re.compile(r"(?:up\s+to|until|till|as\s+long\s+as|whichever)\b")

_TIME_UNIT_END = re.compile(r"\b(?:days?|weeks?|months?|years?|cycles?)$")


def _separators(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of ``pattern`` between ``start`` and ``end`` outside brackets that part two
    arms, not the "or" of a second limit to how long an arm lasts ("for 5 years or up to
    menopause")."""
    return [
        m
        for m in pattern.finditer(text, start, end)
        if depth(text, start, m.start()) == 0
        and not (
            _HOW_LONG_ELSE.match(text, m.end(), end)
            and _TIME_UNIT_END.search(text, max(0, m.start() - 12), m.start())
        )
    ]


def _split(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    parts = []
    cursor = start
    for m in _separators(text, start, end, pattern):
        parts.append((cursor, m.start()))
        cursor = m.end()
    parts.append((cursor, end))
    return [(s, e) for s, e in parts if text[s:e].strip()]
