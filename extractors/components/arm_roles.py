"""Arms named by their role and the people in them, with what each received ("Participants in
the intervention group received A; controls received B", "Experimental participants received
A. Control participants received B"), a last source of ``evg_arms`` before the bare
"intervention group" / "control group" pair (``generic_arms``).

Each arm is labelled by its role as written ("intervention", "controls") and carries what it
received as its treatment, as the arms "case" and "control" of "the case group was treated by
A, whereas the control group received B" do.
"""

from __future__ import annotations

import re

from extractors.components.arm_labels import ArmPhrase, shifted
from extractors.components.sections import Sentence

_ACTIVE = r"intervention|experimental|treatment|active|study"
_CONTROL = r"control|placebo|sham|comparison|usual[- ]care|wait[- ]?list(?:[- ]control)?"
_PEOPLE = (
    r"participants|patients|subjects|children|women|men|adults|infants|individuals|students|"
    r"mothers|parents|caregivers|families|residents|workers|nurses"
)
_VERB = r"(?:also\s+)?(?:received|were\s+given|were\s+offered|were\s+treated\s+with|underwent)"
_VERB_HINTS = ("ceiv", "given", "offered", "treated", "underwent")  # one is in every match
# the subject: "Intervention participants", "the control group patients", "participants in the
# intervention group", "controls"
_ROLE_RECEIVED = re.compile(
    rf"(?i)(?<![\w-])(?:(?:the\s+)?(?P<role>{_ACTIVE}|{_CONTROL})\s+(?:group\s+|arm\s+)?"
    rf"(?:{_PEOPLE})|(?:{_PEOPLE})\s+(?:in|of)\s+the\s+(?P<role2>{_ACTIVE}|{_CONTROL})\s+"
    rf"(?:group|arm|condition)|(?:the\s+)?(?P<role3>controls))\s+{_VERB}\s+"
    r"(?P<treatment>(?:[^;.]|\.(?!\s|$))+?)"
    r"(?=\s*(?:;|\.(?:\s|$)|,?\s+(?:while|whereas|and\s+(?:the\s+)?(?:controls|"
    rf"(?:{_ACTIVE}|{_CONTROL})\s)|but)\b|,\s+(?:who|which)\b|$))"
)
# a share or count of the people before them: "12% of patients in the control group received A",
# "20 participants in the intervention group underwent B" report what some of them did
_SOME_OF_THEM = re.compile(r"(?:\d%?|\bof)\s+$")
_IS_CONTROL = re.compile(rf"(?i)^(?:{_CONTROL}|controls)$")
_SECTIONS = ("METHODS", "UNLABELLED", "OTHER")


def role_received(text: str) -> list[ArmPhrase]:
    """The arms of a text that says what the people of each role received: one per match,
    labelled by the role as written, its treatment what follows the verb ("Participants in
    the intervention group received drug K; controls received placebo": "intervention" with
    drug K, "controls" with placebo); not where a share or count of them comes first ("12% of
    patients in the control group received drug K")."""
    if not any(hint in text for hint in _VERB_HINTS):
        return []
    arms = []
    for m in _ROLE_RECEIVED.finditer(text):
        if _SOME_OF_THEM.search(text, max(0, m.start() - 6), m.start()):
            continue
        group = next(g for g in ("role", "role2", "role3") if m[g])
        treatment = m["treatment"].strip()
        if treatment:
            arms.append(ArmPhrase(m[group], m.start(group), m.end(group), None, treatment))
    return arms


def role_arms(sentences: list[Sentence]) -> list[ArmPhrase]:
    """The first active arm and the first control arm (``role_received``) of the Methods or
    unlabelled text, when they are written in the same sentence or in sentences next to each
    other ("Experimental participants received A. Control participants received B."); else
    none."""
    found: list[tuple[int, ArmPhrase]] = []
    for index, sent in enumerate(sentences):
        if sent.category in _SECTIONS:
            found += [(index, p) for p in shifted(role_received(sent.text), sent.start)]
    active = next(((i, p) for i, p in found if not _IS_CONTROL.match(p.label)), None)
    control = next(((i, p) for i, p in found if _IS_CONTROL.match(p.label)), None)
    if active is None or control is None or abs(active[0] - control[0]) > 1:
        return []
    return sorted([active[1], control[1]], key=lambda p: p.start)
