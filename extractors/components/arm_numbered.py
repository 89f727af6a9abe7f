"""Arms a sentence lists by number after naming its groups ("were randomized into three groups:
1) drug A; 2) drug B; and 3) placebo"), a pure function that ``evg_arms`` reads first.

The numbers mark where each arm starts, so the items are split there and nowhere else: an arm
may hold commas, "or", "plus" or a bracket that says what it is ("2) the K group (drug K plus
diet)"), which the splitting at commas and "or" of ``arm_lists`` would cut.
"""

from __future__ import annotations

import re

from extractors.components.arm_filters import usable_arms
from extractors.components.arm_labels import ArmPhrase, arm_phrase_at, depth

# "1) ", "(2) ", "3. " is no marker (a decimal, a sentence end): only a closing bracket marks
# nor is "1:1:1)", the end of a ratio
_MARKER = re.compile(r"(?:(?<=[\s;,])|(?<=\D:)|^)\(?(?P<number>[1-9])\)\s+")
# the groups named before the list, in the plural ("into three groups:", "to one of four
# conditions (1:1:1:1), chosen by lot, as follows:") or right before a colon ("to a recruitment
# condition:"); not "the intervention group will receive (1) A, (2) B": one arm's parts
_GROUPS_BEFORE = re.compile(
    r"(?i)\b(?:groups|arms|conditions|regimens|treatments|interventions|cohorts)\b[^.;]{0,160}$"
    r"|\b(?:group|arm|condition|cohort)\s*:\s*$"
)
# a sentence glued to the list's end: "5) no feedback (n=86).For the primary endpoint, ..."
_GLUED_SENTENCE = re.compile(r"\.(?=[A-Z][a-z])")
# what joins one item to the next: "; and", ", or", " and", ", and,", "; and a"
_ITEM_END = re.compile(r"(?i)\s*[,;]?\s*(?:(?:and|or)(?:\s+an?)?\s*,?\s*)?$")
# a clause that describes the arm: "1) an intervention group, which receives A"
_CLAUSE = re.compile(r",\s+(?:which|who|that|where|in\s+which)\s")
_ALL_ITEMS_END = re.compile(r"\s*[.;]?\s*$")
# how long or how often all arms last, after the last: "or (2) stretching 3x/week for 1 year"
_SHARED_TAIL = re.compile(
    r"(?i)(?:\s+\S*\d\S*/(?:week|wk|day|d))?,?\s+(?:for|during|over|throughout|until)\s+"
    r"(?:\d|a\s|an\s|one\s|two\s|three\s|six\s|twelve\s)"
)
_MAX_ARMS = 6


def numbered_arms(text: str) -> list[ArmPhrase]:
    """The arms a sentence numbers "1)", "2)", ... ("(1)", "(2)", ...) right after naming groups,
    arms or conditions ("Rats were randomized into 3 groups (n = 8): 1) sham 2) drug K 3) drug K
    plus drug M"; "The following four diets were fed: (1) control group (standard chow); (2)
    ..."): one arm from each number to the next, the last to the sentence's end or to how long
    or how often all of them last ("or (2) stretching 3x/week for 1 year"); none unless
    the numbers run 1, 2, ... without a gap, two to six of them, outside brackets, and each
    item names an arm."""
    if "1)" not in text:  # every list starts "1)" or "(1)"
        return []
    markers = [m for m in _MARKER.finditer(text) if depth(text, 0, m.start()) == 0]
    run = _first_run(markers)
    if len(run) < 2 or not _GROUPS_BEFORE.search(text, 0, run[0].start()):
        return []
    phrases = []
    for index, m in enumerate(run):
        if index + 1 < len(run):
            end = run[index + 1].start()
        else:
            glued = _GLUED_SENTENCE.search(text, m.end())
            end = glued.start() if glued else len(text)
        cut = (_ITEM_END if index + 1 < len(run) else _ALL_ITEMS_END).search(text, m.end(), end)
        end = cut.start() if cut else end
        tail = _SHARED_TAIL.search(text, m.end(), end) if index + 1 == len(run) else None
        end = tail.start() if tail else end
        clause = _CLAUSE.search(text, m.end(), end)
        end = clause.start() if clause else end
        phrase = arm_phrase_at(text, m.end(), end, None)
        if phrase is None:
            return []
        phrases.append(phrase)
    usable = usable_arms(phrases)
    return usable if len(usable) == len(phrases) else []


def _first_run(markers: list[re.Match[str]]) -> list[re.Match[str]]:
    """The first markers numbered 1, 2, 3, ... in a row; none if more than ``_MAX_ARMS``."""
    run: list[re.Match[str]] = []
    for m in markers:
        number = int(m["number"])
        if number == len(run) + 1:
            run.append(m)
        elif number == 1 and len(run) < 2:
            run = [m]
        elif len(run) >= 2:
            break
    return run if len(run) <= _MAX_ARMS else []
