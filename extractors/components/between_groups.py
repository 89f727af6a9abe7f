"""The two groups a clause says differ, or do not, "between A and B".

Not a component: ``evg_claims`` reads the pair when the clause names no trial arm the usual
way ("little or no difference between drug K and placebo in relapse", "X did not differ
between early and late surgery"): A is the intervention, B the comparator, unless A alone
names a control ("between placebo and drug K": drug K against placebo). Not two people
groups, time points, numbers or a generic "the two groups" (``names_no_treatment``), and not
an association or interaction between two things ("the association between A and B").
"""

from __future__ import annotations

import re

from extractors.components.claim_wording import names_no_treatment
from extractors.components.statement_forms import names_people
from extractors.pico.comparator import names_control

# a difference word before "between": "no difference (in X) between", "did not differ between"
_DIFFERENCE = re.compile(
    r"(?i)\b(?:differ(?:s|ed|ing)?|differences?|similar|comparable|equivalent)\b"
)
_BETWEEN = re.compile(
    r"(?i)\bbetween\s+(?:the\s+)?(?P<first>\w[^,;()\[\]]{0,59}?)\s+and\s+(?:the\s+)?"
    r"(?P<second>\w[^,;()\[\]]{0,59}?)"
    r"(?=\s+(?:in|for|on|at|regarding|concerning|with|groups?|arms?|was|were|is|are|after|"
    r"during)\b|\s*[,;()\[\].:]|\s*$)"
)
# what no treatment pair is: "the association/interaction/correlation between A and B"
_RELATION = re.compile(
    r"(?i)\b(?:associations?|interactions?|correlations?|relationships?|links?|agreement|"
    r"concordance)\b"
)
_WORD = re.compile(r"[^\W\d_]{2,}")  # a name has a word: not "1997", "5°", "29.2%"
_NO_NAME = re.compile(
    r"(?i)(?:individuals|patients|participants|subjects|people|men|women|males?|females?|"
    r"cases|controls|those|baseline|before|after|pre|post|week|month|year|day|intra|inter)\b|"
    r".*\b(?:with|without|who)\s*$|.*\w\.(?-i:[A-Z])"  # "groups.A CIS": two sentences run together
)


def between_pair(clause: str) -> tuple[str, str] | None:
    """The (intervention, comparator) a clause compares "between A and B" after a difference
    word (see the module docstring), or None."""
    cue = _DIFFERENCE.search(clause)
    if cue is None:
        return None
    m = _BETWEEN.search(clause, cue.start())
    if m is None or _RELATION.search(clause, 0, m.start()):
        return None
    first, second = m.group("first").strip(), m.group("second").strip()
    for name in (first, second):
        if (
            not _WORD.search(name)
            or _NO_NAME.match(name)
            or names_people(name)
            or names_no_treatment(name)
        ):
            return None
    if names_control(first) and not names_control(second):
        return second, first
    return first, second
