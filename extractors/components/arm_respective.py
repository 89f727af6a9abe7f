"""Which treatment each named group had, from a "respectively" sentence (pure functions).

Not a component: ``evg_arms`` uses these. A sentence may list the treatments and the groups
that had them, the i-th treatment going to the i-th group: "Drug K, drug M and saline were
given to Group C, Group B and Group D, respectively" or "Groups C, B and D received drug K,
drug M and saline, respectively". Both lists must have as many items, two or more.
"""

from __future__ import annotations

import re

from extractors.numbers import opening_with

_WORD = r"(?:[Gg]roups?|GROUPS?|[Aa]rms?|ARMS?)"
_NAME = r"(?:[A-Z][A-Z0-9]{0,4}|[1-9]\d?|[IVX]{1,4})(?![\w-])"
_GAP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_GROUPS = rf"{_WORD}\s+{_NAME}(?:{_GAP}(?:(?:the\s+)?{_WORD}\s+)?{_NAME})+"
_RESPECTIVELY = r",?\s*respectively\b"
_TEXT = r"(?:[^.;:()]|\.(?=\d))"  # within one clause; "0.5 mg" goes on
# "A, B and C were given to Group C, Group B and Group D, respectively"
_GIVEN_TO = re.compile(
    rf"(?P<items>{_TEXT}{{3,300}}?)\s+(?:were|was)\s+(?:given|administered|assigned|allocated|"
    r"applied|used|delivered|provided)\s+(?:to|in|for)\s+(?:the\s+)?"
    rf"(?P<groups>{_GROUPS}){_RESPECTIVELY}"
)
# "Groups C, B and D received A, B and C, respectively" (tried only at a "t", "g" or "a":
# ``opening_with``)
_RECEIVED = opening_with(
    "tGgAa",
    rf"(?:the\s+)?(?P<groups>{_GROUPS})\s+(?:received|were\s+given|were\s+treated\s+with|"
    rf"were\s+administered|underwent)\s+(?P<items>{_TEXT}{{3,300}}?)"
    rf"{_RESPECTIVELY}",
)
# the groups and "respectively" that end the first shape: looked for first, as its lazy list
# of treatments is slow to try at every position of an abstract
_GROUPS_RESPECTIVELY = re.compile(rf"{_GROUPS}{_RESPECTIVELY}")
_BEFORE = 400  # how far before its groups a sentence's list of treatments may start
_NAMES = re.compile(rf"(?<![\w-]){_NAME}")
LIST_GAP = re.compile(_GAP)  # the gaps of a list: "A, B and C", "A, and B"


def respective_groups(text: str) -> list[tuple[str, str]]:
    """The (group name, treatment) pairs of ``text``'s "respectively" sentences, in order
    ("Drug K, drug M and saline were given to Group C, Group B and Group D, respectively":
    ``[("C", "Drug K"), ("B", "drug M"), ("D", "saline")]``); none where the lists differ in
    length (the treatments may follow words of the clause: "After surgery, A, B and C were
    given to ..." lists A, B and C)."""
    if "respectively" not in text:
        return []
    given = [
        m
        for groups in _GROUPS_RESPECTIVELY.finditer(text)
        if (m := _GIVEN_TO.search(text, max(0, groups.start() - _BEFORE), groups.end()))
    ]
    pairs: list[tuple[str, str]] = []
    for m in [*given, *_RECEIVED.finditer(text)]:
        names = [n.group(0) for n in _NAMES.finditer(m["groups"])]
        items = [i.strip() for i in LIST_GAP.split(m["items"].strip()) if i.strip()]
        # "After surgery, A, B and C were given to ...": the list ends at the verb
        items = items[-len(names) :] if m.re is _GIVEN_TO else items
        if len(names) >= 2 and len(items) == len(names) and len(set(names)) == len(names):
            pairs.extend(zip(names, items, strict=True))
    return pairs
