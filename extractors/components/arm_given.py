"""What an arm named by its role received, written right after one of its mentions (pure
functions): "Fifteen women served as the experimental group and received X", "35 patients
formed the control group treated with Y", "the intervention group (n = 20), which received
Z".

Not a component: ``evg_arms`` asks for it when an arm's label is a role ("experimental
group", "control group", "group A") with nothing received, after looking for a sentence that
says it for two or more arms at once. The treatment gives the arm the words that later
sentences name it by ("in the X group").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# the label, a bracket after it, then the verb: "control group (n = 35), which received";
# "experimental group and received"; "control group treated with"
_AFTER_LABEL = (
    r"(?![\w-])\s*(?:[(\[][^()\[\]]{0,60}[)\]]\s*)?,?\s*(?:(?:and|which|that|who)\s+)?"
    r"(?:received|receiving|(?:(?:was|were)\s+)?given|(?:(?:was|were)\s+)?treated\s+"
    r"(?:only\s+)?(?:with|by)|underwent|undergoing)\s+"
    # what was given, up to the clause's end: "BMSC transplantation"
    r"(?P<treatment>[A-Za-z0-9][^.;,()\[\]]{2,80}?)"
    # up to a clause or a topic: "a standard education session about PA" names no arm by PA
    r"(?=\s*[.;,()\[\]]|\s+(?:and|while|whereas|but|for|during|over|until|after|from|about|"
    r"regarding|concerning|on\s+how)\s|\s*$)"
)
_GIVEN_CUE = re.compile(r"(?i)\b(?:received|receiving|given|treated|underwent|undergoing)\b")


_ARTICLE = re.compile(r"(?i)^(?:the|a|an)\s+")


def given_after(label: str, texts: list[str], others: Sequence[str] = ()) -> str | None:
    """What the arm ``label`` received by the first of ``texts`` that writes it right after
    the label (see the module docstring), else None; None too where that is only the name
    of one of the ``others`` arms ("The intervention group received the usual care and
    additional support" beside a "usual care" arm: the words after "and" are lost)."""
    group = "" if re.search(r"(?i)\b(?:group|arm)\b", label) else r"(?:\s+(?:group|arm))?"
    pattern = re.compile(rf"(?i)(?<![\w-]){re.escape(label)}{group}{_AFTER_LABEL}")
    for text in texts:
        if not _GIVEN_CUE.search(text):
            continue
        m = pattern.search(text)
        if m:
            treatment = m["treatment"].strip()
            plain = _ARTICLE.sub("", treatment).lower()
            return None if any(_ARTICLE.sub("", o).lower() == plain for o in others) else treatment
    return None
