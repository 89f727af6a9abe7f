"""The comparator a two-arm trial's aim names: "whether A every 12 weeks was noninferior to A
every 4 weeks", "to show that A is not inferior to B", "A is equivalent to B": the arm after
"noninferior/equivalent to" is the standard the other is tested against, so it is the
comparator where no arm's own name says so (placebo, usual care, "alone", a subset of the
other's treatments: ``arms._mark_comparator``). Both arms must be named, each by words of its
own, the tested one before the comparison word and the standard after it, in one sentence.
Not "superior to": a conclusion says that of whichever arm did better ("B is superior to A
for pain control"), whatever the trial set out to test. In a trial of any number of arms, the
arm named as the "reference/standard/control arm of X" is the comparator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
_SENTENCE_START = re.compile(r"(?:^|[.;]\s)(?=[^.;]*$)")
_STANDARD_END = re.compile(r"(?i)\s+(?:in|among|for|with|as|at|regarding|on)\s")
_CONTROL = frozenset({"control", "controls"})  # as arms.build_arms calls the comparator
_TREATED = frozenset({"intervention", "experimental"})  # and the other arm of two


def _named(arms: list[ArmMention], text: str, words_of: WordsOf) -> ArmMention | None:
    """The one arm ``text`` names by words no other arm has, else None."""
    words = words_of(text)
    named = [a for a in arms if a.distinctive & words]
    return named[0] if len(named) == 1 else None


def comparator_from_aim(arms: list[ArmMention], text: str, words_of: WordsOf) -> None:
    """Mark as the comparator the arm the text calls the reference arm, else (in a trial of
    two arms) the standard arm a noninferiority or equivalence aim names (see the module
    docstring), when no arm is marked; it is then also called "control", the tested arm
    "intervention". ``words_of`` gives the words a phrase names
    arms by (``arms.mention_words``)."""
    if len(arms) < 2 or any(a.comparator for a in arms):
        return
    named_standard = any(word in text for word in ("reference", "standard", "control"))
    for m in _REFERENCE_ARM.finditer(text) if named_standard else ():
        standard = _named(arms, _STANDARD_END.split(m["standard"], maxsplit=1)[0], words_of)
        if standard is not None:
            _mark(arms, standard, None)
            return
    if len(arms) != 2 or ("erior" not in text and "equivalent" not in text):
        return
    for m in _TESTED_AGAINST.finditer(text):
        standard_text = _STANDARD_END.split(m["standard"], maxsplit=1)[0]
        lead = text[max(0, m.start() - 150) : m.start()]
        opening = _SENTENCE_START.search(lead)
        tested = _named(arms, lead[opening.end() :] if opening else lead, words_of)
        standard = _named(arms, standard_text, words_of)
        if tested is None or standard is None or tested is standard:
            continue
        _mark(arms, standard, tested)
        return


def _mark(arms: list[ArmMention], standard: ArmMention, tested: ArmMention | None) -> None:
    """``standard`` the comparator, also called "control"; ``tested``, if given, "intervention"
    (unless another arm is called so already)."""
    standard.comparator = True
    for arm, role in ((standard, _CONTROL), (tested, _TREATED)):
        if arm is not None and not any(role & a.words for a in arms):
            arm.words |= role
            arm.distinctive |= role
