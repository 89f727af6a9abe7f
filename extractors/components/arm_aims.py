"""The comparator a two-arm trial's aim names: "whether A every 12 weeks was noninferior to A
every 4 weeks", "to show that A is not inferior to B", "A is equivalent to B": the arm after
"noninferior/equivalent to" is the standard the other is tested against, so it is the
comparator where no arm's own name says so (placebo, usual care, "alone", a subset of the
other's treatments: ``arms._mark_comparator``). Both arms must be named, each by words of its
own, the tested one before the comparison word and the standard after it, in one sentence.
Not "superior to": a conclusion says that of whichever arm did better ("B is superior to A
for pain control"), whatever the trial set out to test. In a trial of two arms, the regimen
a treatment is added to ("adding L to the TE regimen", "the addition of A to B") is the
standard, where it names one arm and the added treatment names not that arm. In a trial of
any number of arms, the arm named as the "reference/standard/control arm of X" is the
comparator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # arms calls this module: no import of it at run time
    from extractors.components.arms import ArmMention

WordsOf = Callable[[str], set[str]]

_TESTED_AGAINST = re.compile(
    r"(?i)\b(?:non-?inferior|not\s+inferior|equivalent)\s+(?:to|with)\s+"
    r"(?P<standard>[^.;:()\[\]]{2,80})"
)
# "relative to a reference arm of weekly paclitaxel and bevacizumab": the standard, named
_REFERENCE_ARM = re.compile(
    r"(?i)\b(?:reference|standard|control)\s+(?:arm|group|regimen)\s+(?:of|receiving|given)\s+"
    r"(?P<standard>[^.;:()\[\]]{2,80})"
)
# "the impact of adding lobaplatin (L) to the TE regimen": the regimen added to is the standard
_ADDED_TO = re.compile(
    r"(?i)\b(?:adding|(?:the\s+)?addition\s+of)\s+(?P<added>[^.;:()\[\]]{1,80}?)"
    r"(?:\s*\([^()]{1,16}\))?\s+to\s+(?P<standard>[^.;:()\[\]]{2,80})"
)
_CLAUSE_VERB = re.compile(
    r"(?i)\s+(?:may|might|can|could|will|would|was|were|is|are|did|does|do|has|have|had|"
    r"improve[sd]?|reduce[sd]?|increase[sd]?|decrease[sd]?|extend(?:s|ed)?|prolong(?:s|ed)?|"
    r"lower(?:s|ed)?)\b"
)
_SENTENCE_START = re.compile(r"(?:^|[.;]\s)(?=[^.;]*$)")
_STANDARD_END = re.compile(r"(?i)\s+(?:in|among|for|with|as|at|regarding|on)\s")


@dataclass(frozen=True, slots=True)
class Aimed:
    """The standard arm an aim names, and the arm tested against it when named too."""

    standard: ArmMention
    tested: ArmMention | None


def _named(arms: list[ArmMention], text: str, words_of: WordsOf) -> ArmMention | None:
    """The one arm ``text`` names by words no other arm has, else None."""
    words = words_of(text)
    named = [a for a in arms if a.distinctive & words]
    return named[0] if len(named) == 1 else None


def comparator_from_aim(arms: list[ArmMention], text: str, words_of: WordsOf) -> Aimed | None:
    """The arm the text calls the reference arm, else (in a trial of two arms) the standard
    arm a noninferiority or equivalence aim names with the arm tested against it (see the
    module docstring); None where no arm is named so. ``words_of`` gives the words a phrase
    names arms by (``arms.mention_words``); ``arms`` marks the standard as the comparator."""
    if len(arms) < 2:
        return None
    named_standard = any(word in text for word in ("reference", "standard", "control"))
    for m in _REFERENCE_ARM.finditer(text) if named_standard else ():
        standard = _named(arms, _STANDARD_END.split(m["standard"], maxsplit=1)[0], words_of)
        if standard is not None:
            return Aimed(standard, None)
    if len(arms) != 2:
        return None
    for m in _ADDED_TO.finditer(text) if "add" in text.lower() else ():
        standard_text = _STANDARD_END.split(m["standard"], maxsplit=1)[0]
        standard_text = _CLAUSE_VERB.split(standard_text, maxsplit=1)[0]  # "B may extend X"
        base = _named(arms, standard_text, words_of)
        if base is not None and _named(arms, m["added"], words_of) is not base:
            return Aimed(base, arms[1] if base is arms[0] else arms[0])
    if "erior" not in text and "equivalent" not in text:
        return None
    for m in _TESTED_AGAINST.finditer(text):
        standard_text = _STANDARD_END.split(m["standard"], maxsplit=1)[0]
        lead = text[max(0, m.start() - 150) : m.start()]
        opening = _SENTENCE_START.search(lead)
        tested = _named(arms, lead[opening.end() :] if opening else lead, words_of)
        standard = _named(arms, standard_text, words_of)
        if tested is not None and standard is not None and tested is not standard:
            return Aimed(standard, tested)
    return None
