"""Which arms a claim compares: the intervention-comparator pairs of a statement.

Not a component: ``evg_claims`` asks these for each claim, with ``link``, the MeSH links of
intervention phrases in the record:

- ``arm_pairs``: one pair; with values for three or more arms, the arm named before "than"
  against each named after it ("more common in B (60%) than in A (16%) or C (22%)"), else
  each other valued arm against the comparator; or each arm a subject names against the
  comparator; with no trial arm recognised, the statement's own group words;
- ``baseline_pairs``: the arms of a change from baseline;
- ``trial_pair``: the trial's own comparison for a reported effect that names no arm;
- ``sentence_pair``: the comparator a sentence opens with, for a pair without one;
- ``carry_pair``: the pair of the clause before for ", with no (significant) difference in
  Y" after it, which names no arm.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.components.arm_names import comparison_word, named_arm
from extractors.components.arms import ArmMention, named_in_order
from extractors.components.between_groups import between_pair
from extractors.components.claim_wording import names_no_arm, names_no_treatment
from extractors.components.clauses import NO_SIGNIFICANT_DIFFERENCES
from extractors.components.comparison import (
    EVERY_ARM,
    compared_arms,
    compared_list,
    group_phrases,
    opening_comparator,
)
from extractors.components.comparison_scope import names_other_treatment, names_the_trials_groups
from extractors.components.result_values import ValueGroup
from extractors.components.sections import Sentence
from extractors.components.significance import within_group_change
from extractors.components.statement_forms import people_group
from extractors.components.statements import not_item
from kg.model import ArmRef, Claim

Link = Callable[[list[str]], list[str]]  # phrases -> their MeSH descriptor ids


def arm_ref(link: Link, arm: ArmMention) -> ArmRef:
    """The claim's reference to a trial arm, linked by its interventions (else its label)."""
    return ArmRef(arm=arm.id, text=arm.label, mesh=link(arm.interventions or [arm.label]))


def sentence_pair(
    link: Link, text: str, sent: Sentence, start: int, end: int, intervention: ArmRef
) -> tuple[ArmRef, ArmRef | None]:
    """A pair without a comparator, when no trial arm is named, takes the one its sentence
    opens with ("Compared with placebo, A reduced X (...), but not Y (...)": Y's too), or
    for a "not" clause the one the sentence named before it ("A reduced X compared with
    placebo, but not Y")."""
    named = None
    if not intervention.arm:
        named = opening_comparator(sent.text)
        if named is None and start > sent.start and not_item(text, start, end, sent.start):
            named = group_phrases(text[sent.start : start])[1]
    if not named:
        return intervention, None
    return intervention, ArmRef(text=named, mesh=link([named]))


def arm_pairs(
    link: Link,
    arms: list[ArmMention],
    clause: str,
    groups: list[ValueGroup],
    actor: str | None,
) -> list[tuple[ArmRef, ArmRef | None]]:
    """The intervention-comparator pairs of a statement: one, or with values for three or
    more arms, each other valued arm against the comparator, or without values, each arm
    its subject (else its words before the comparison) names against the comparator."""
    intervention, comparator = compared_arms(arms, clause, groups, actor)
    after = None if actor else comparison_word(clause)
    subject = actor or (clause[: after.start()] if after else "")  # "lower with A and B than"
    listed = named_in_order(subject, arms) if subject and len(arms) >= 3 else []
    if (
        comparator
        and len(listed) >= 2
        and comparator not in listed
        and not any(g.arm for g in groups)
    ):
        # "Patients of Group II and III were more sedated compared to Group I", "X was lower
        # with A and B than with C": each
        return [(arm_ref(link, a), arm_ref(link, comparator)) for a in listed]
    compared = compared_list(arms, clause) if len(arms) >= 3 else []
    if (
        intervention is not None
        and intervention not in compared
        and len(compared) >= 2
        and not any(g.arm for g in groups)
    ):
        # "X was lower in group A than in groups B and C": A against each
        return [(arm_ref(link, intervention), arm_ref(link, a)) for a in compared]
    if intervention is None:  # no trial arm recognised: the statement's own group words
        first, second = group_phrases(clause)
        own = (people_group(actor) or actor) if actor else None  # "Patients in the A group"
        # "Three studies (showed ...)", "the two groups": no treatment, nor its group words
        junk = bool(own) and names_no_treatment(own or "")
        own = (None if own and names_no_arm(own.strip()) else own) or first
        own = None if junk or (own and names_no_treatment(own)) else own
        if not own and (between := between_pair(clause)):
            # "no difference between A and B in X": A against B, the trial's arms if named
            named = [named_arm(arms, name) for name in between]
            if named[0] and named[1] and named[0] is not named[1]:
                return [(arm_ref(link, named[0]), arm_ref(link, named[1]))]
            own, second = between
        if not own and len(arms) == 2 and within_group_change(clause, arms):
            # "Both treatments lowered X": each arm's own change, both arms named in the
            # trial's order, as a comparison of them would name them
            control = next((a for a in arms if a.comparator), arms[1])
            other = next(a for a in arms if a is not control)
            return [(arm_ref(link, other), arm_ref(link, control))]
        # the comparator arm the words name, when they name one ("In comparison with the
        # sham group, only in the active X group, ..."), else its words
        named_ref = arm_ref(link, comparator) if comparator is not None else None
        return [
            (
                ArmRef(text=own or "", mesh=link([own]) if own else []),
                named_ref or (ArmRef(text=second, mesh=link([second])) if second else None),
            )
        ]
    valued = list(dict.fromkeys(g.arm for g in groups if g.arm))
    against = _each_compared(arms, clause, intervention, valued)
    if against:  # "more common in B (60%) than in A (16%) or C (22%)": B against each
        return [(arm_ref(link, intervention), arm_ref(link, a)) for a in against]
    if len(valued) >= 3 and comparator is not None and comparator.id in valued:
        by_id = {a.id: a for a in arms}
        base = arm_ref(link, comparator)
        return [(arm_ref(link, by_id[i]), base) for i in valued if i != comparator.id]
    return [
        (
            arm_ref(link, intervention),
            arm_ref(link, comparator) if comparator is not None else None,
        )
    ]


_THAN = re.compile(
    r"(?i)\s*(?:than|relative\s+to|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to))\b"
)


def _each_compared(
    arms: list[ArmMention], clause: str, intervention: ArmMention, valued: list[str]
) -> list[ArmMention]:
    """The arms named after the comparison word ("than", "relative to") when they are two or
    more, each with a value, and the intervention, valued too, is named before it: the
    clause compares the intervention with each of them, not them with the last one; else
    []."""
    if len(valued) < 3 or intervention.id not in valued:
        return []
    word = comparison_word(clause)
    if word is None or not _THAN.match(word.group(0)):
        return []  # not "A vs B vs C": a list of the arms
    before = named_in_order(clause[: word.start()], arms)
    after = named_in_order(clause[word.end() :], arms)
    if intervention not in before or intervention in after or len(after) < 2:
        return []
    return after if all(a.id in valued for a in after) else []


def baseline_pairs(
    link: Link,
    arms: list[ArmMention],
    clause: str,
    groups: list[ValueGroup],
    actor: str | None,
) -> list[tuple[ArmRef, ArmRef | None]]:
    """The arms of a change from baseline (``clause`` without its comparison with
    baseline): every arm it names when it names two or more ("In both groups, X fell
    compared with baseline"); else the one arm it names, with no comparator ("X fell
    compared with baseline in the A group": no comparison with the other arm); else none
    (an empty intervention)."""
    pairs = arm_pairs(link, arms, clause, groups, actor)
    named = named_in_order(clause, arms)
    if EVERY_ARM.search(clause) or len(named) >= 2:
        return pairs
    first, _ = group_phrases(clause)
    own = (named_arm(arms, first) if first else None) or (named[0] if named else None)
    if own is not None:
        return [(arm_ref(link, own), None)]
    return [(intervention, None) for intervention, _ in pairs[:1]]


def trial_pair(
    link: Link,
    arms: list[ArmMention],
    sentence: str,
    pairs: list[tuple[ArmRef, ArmRef | None]],
) -> list[tuple[ArmRef, ArmRef | None]]:
    """The trial's own comparison for a claim with a reported effect, or of no difference,
    that names no arm ("Mortality was lower (HR 0.80, 95% CI 0.70-0.92)", "There was no
    difference in X between the groups" in a trial of A against placebo):
    the arm that is not the control against the control, in a trial of two arms, one of
    them the control. Not where the sentence names a comparison, a group or a treatment
    of its own ("than ...", "in the X group", "with high adherence") nor some of the
    people ("in women", "in the subgroup"): those may compare something else; else
    ``pairs``."""
    if len(pairs) != 1 or pairs[0][0].text or pairs[0][1] is not None or len(arms) != 2:
        return pairs
    control = [a for a in arms if a.comparator]
    if (
        len(control) != 1
        or not names_the_trials_groups(sentence)
        or names_other_treatment(sentence, arms)
    ):
        return pairs
    treated = next(a for a in arms if a is not control[0])
    return [(arm_ref(link, treated), arm_ref(link, control[0]))]


# ", with no (significant) differences in Y" after a comparison: the clause splits at "with"
_WITH_BEFORE = re.compile(r"(?i),\s*with\s+$")
_NO_DIFFERENCE_IN = re.compile(
    r"(?i)\s*"
    + NO_SIGNIFICANT_DIFFERENCES
    + r"(?:(?:between\s+(?:the\s+)?(?:two\s+)?(?:groups|arms)\s+)?(?:in|for|of|regarding))\b"
)


def carry_pair(text: str, start: int, before: list[Claim], claims: list[Claim]) -> bool:
    """Give the claims of a clause ", with no (significant) differences in Y" (at ``start``)
    that name no arm the pair of the clause before, when its claims (``before``) all compare
    the same two trial arms ("In the A group, patients were more likely to X (RR ...), with no
    significant differences in Y and Z": A against B for Y and Z too). Whether any changed."""
    if not before or not _WITH_BEFORE.search(text, max(0, start - 12), start):
        return False
    if not _NO_DIFFERENCE_IN.match(text, start):
        return False
    pairs = {(c.intervention.arm, c.comparator.arm if c.comparator else None) for c in before}
    if len(pairs) != 1 or None in next(iter(pairs)):
        return False
    source = before[0]
    assert source.comparator is not None
    changed = False
    for claim in claims:
        if claim.intervention.arm or claim.intervention.text or claim.comparator is not None:
            continue
        claim.intervention = source.intervention.model_copy(deep=True)
        claim.comparator = source.comparator.model_copy(deep=True)
        changed = True
    return changed
