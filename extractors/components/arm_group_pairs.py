"""Arms named only as a pair of groups (pure functions): "the exercise and control groups",
"between the drug and placebo groups", "for the pembrolizumab versus SOC arms".

Not a component: ``evg_arms`` takes these last, when no sentence allocated, compared or said
what anyone received. One of the pair must name a control (control, placebo, sham, usual or
standard care, SOC, observation, a wait list), the other something given, not who the people
are ("the control and non-compliant groups", "the eligible and ineligible groups"), and the
text must say it is randomised. A later pair that shares a name with it adds its other name
as a third arm ("the 24-h and 48-h groups" beside "the 48-h and control groups").
"""

from __future__ import annotations

import re

from extractors.components.arm_labels import ArmPhrase

_NAME = r"[A-Za-z][\w+/-]*(?:\s+[A-Za-z0-9][\w+/-]*){0,2}?"
_PAIR = re.compile(
    r"(?i)\b(?:the|both|between|in|for|of)\s+(?:the\s+)?"
    rf"(?P<a>{_NAME}|\d[\w-]*)\s+(?:and|or|vs\.?|versus)\s+(?:the\s+)?"
    rf"(?P<b>{_NAME}|\d[\w-]*)\s+(?:groups|arms)\b"
)
_CONTROL = re.compile(
    r"(?i)(?:control|placebo|sham|usual[- ]care|standard(?:[- ]of)?[- ]care|SOC|observation|"
    r"wait[- ]?list(?:ed)?|no[- ]treatment)"
)
# names of who the people are or what they did, never of what they were given (also read by
# ``arm_split_totals``)
NOT_GIVEN = re.compile(
    r"(?i)(?:.*\s)?(?:(?:non-?)?(?:compliant|adherent|eligible|ineligible|responders?|"
    r"completers?|evaluable)|males?|females?|men|women|boys|girls|whites?|blacks?|two|three|"
    r"both|all|others?|study|age|younger|older|cases?|high|low|unknown|observational|"
    r"randomi[sz]ed|parallel|crossover)"
)
RANDOMISED = re.compile(r"(?i)\brandom")


def group_pair_arms(text: str) -> list[ArmPhrase]:
    """The arms a pair of groups names (see the module docstring), else []."""
    if not RANDOMISED.search(text):
        return []
    pairs = list(_PAIR.finditer(text))
    for m in pairs:
        names = [m["a"], m["b"]]
        if not any(_CONTROL.fullmatch(n) for n in names) or any(
            NOT_GIVEN.fullmatch(n) for n in names
        ):
            continue
        phrases = [ArmPhrase(m[g], m.start(g), m.end(g), None) for g in ("a", "b")]
        known = {n.lower() for n in names}
        for other in pairs:
            found = [g for g in ("a", "b") if other[g].lower() not in known]
            if other is m or len(found) != 1 or NOT_GIVEN.fullmatch(other[found[0]]):
                continue
            g = found[0]
            phrases.append(ArmPhrase(other[g], other.start(g), other.end(g), None))
            known.add(other[g].lower())
        return sorted(phrases, key=lambda p: p.start)
    return []
