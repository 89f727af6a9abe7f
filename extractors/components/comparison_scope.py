"""What a sentence compares when it names no two arms: only a time before (a change from
baseline, no comparison of arms), or nothing at all (the trial's own comparison).

- ``change_from_baseline``: "Pain scores fell compared with baseline (p<0.01)", "than at
  baseline", "between baseline and week 12" is each arm's own change, where the sentence
  compares nothing else;
- ``names_no_group`` and ``names_other_treatment``: "Mortality was lower (HR 0.80, ...)"
  names no comparison, group, people nor other treatment, so a reported effect there is the
  trial's (the claims component pairs its two arms);
- ``names_the_trials_groups``: the same, where "between the (two) groups" names the
  trial's own arms; ``no_difference_of_the_arms``: "There was no difference in X" names
  no group and says the arms did not differ, a comparison of the trial's two arms;
"""

from __future__ import annotations

import re

from extractors.bracket_lists import without_brackets
from extractors.caseless import LowerCaseSearch, holds_any
from extractors.components.arm_names import comparison_word, named_arm
from extractors.components.arms import ArmMention
from extractors.components.comparison import group_phrases
from extractors.components.significance import no_difference

# "compared with baseline", "than at baseline", "relative to pre-treatment values",
# "versus before the intervention", "compared to T0": a comparison with the same people at
# another time, not with an arm
_BASELINE_COMPARISON = re.compile(
    r"(?i)(?:,\s*)?\b(?:(?:when|as)\s+)?(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|"
    r"relative\s+to|versus|vs\.?|than)\s+(?:(?:at|with|to|the|their|its|mean|initial|respective|"
    r"corresponding)\s+)*(?:baseline|base-line|pre-?treatment|pre-?intervention|pre-?operative|"
    # a time point by its label ("at T2 compared to T0", "P3 vs P1"), the run-in before the trial
    r"(?-i:[TP]\d{1,2})(?![\w-])|run-?in(?:\s+period)?|"
    r"before\s+(?:the\s+)?(?:treatment|intervention|surgery|operation|training|programme|"
    r"program))\b(?:\s+(?:values?|levels?|scores?|measurements?|data|assessments?))?|"
    # "between baseline and week 12": from one time to another, no arms
    r"\bbetween\s+baseline\s+and\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?[\w-]+|(?:day|week|month|"
    r"year|visit)\s+\d+|\d+\s+(?:days?|weeks?|months?|years?)|follow-?up)\b"
)
_TIME_LABEL = re.compile(r"[TP]\d")


def _names_a_time_before(sentence: str) -> bool:
    """A quick test that ``_BASELINE_COMPARISON`` can match ``sentence``: each of its times
    before holds one of these words (``holds_any``) or a label ("T0", "P1"); about one
    sentence in five does."""
    return (
        holds_any(sentence, ("baseline", "base-line", "pre", "run", "before"))
        or _TIME_LABEL.search(sentence) is not None
    )


# a comparison with something else: "than", "compared with", "between the groups", "between
# A and B" ("vs" may pair a value before and after treatment: "(247 vs 252 um; P=0.9)")
_OTHER_COMPARISON = re.compile(
    r"(?i)\b(?:than|compared\s+(?:with|to)|in\s+comparison|relative\s+to|versus|as\s+opposed\s+to|"
    r"between)\b"
)


# some of the people, or baseline: a comparison of other groups, or of none
_SOME_PEOPLE = re.compile(
    r"(?i)\b(?:sub-?groups?|strat(?:um|a|ified)|patients|participants|subjects|women|men|children|"
    r"adults|infants|individuals|people|persons|those|girls|boys|baseline)\b"
)


def names_no_group(sentence: str) -> bool:
    """Whether a sentence names no comparison ("than", "compared with", "versus"), no group
    ("in the X group", "in older patients") and no people nor baseline, outside brackets:
    "Mortality was lower (HR 0.80, ...)", "No significant effect was seen on pain [SMD 0.04
    (...)]"."""
    outside = without_brackets(sentence)
    return (
        comparison_word(outside) is None
        and group_phrases(outside) == (None, None)
        and not _SOME_PEOPLE.search(outside)
    )


# "between the (two) groups", "among the arms": the trial's own arms, no group of its own
_BETWEEN_THE_GROUPS = re.compile(
    r"(?i)\b(?:between|among)\s+(?:the\s+)?(?:two\s+)?(?:study\s+|treatment\s+)?(?:groups?|arms?)\b"
)
# a difference of the arms, not a change within one ("did not change", "remained unchanged")
_NOT_DIFFERENT = re.compile(
    r"(?i)\bno\s+(?:[\w-]+\s+){0,2}?differences?\b|\b(?:did|does|do)\s+not\s+(?:\w+ly\s+)?"
    r"differ\b|\bnot\s+(?:\w+ly\s+)?different\b|\b(?:similar|comparable)\b"
)

_NOT_DIFFERENT_FAST = LowerCaseSearch(_NOT_DIFFERENT)  # its words in lower case: faster


def names_the_trials_groups(sentence: str) -> bool:
    """Whether a sentence names no group but the trial's own ("between the groups") and
    no comparison, people nor baseline (``names_no_group``): "Mortality was lower (HR
    0.80)", "X did not differ between the two groups (p = 0.4)"."""
    return names_no_group(_BETWEEN_THE_GROUPS.sub(" ", sentence))


def no_difference_of_the_arms(sentence: str) -> bool:
    """Whether a sentence that names no group of its own says its measure did not differ:
    "There was no difference in X", "No differences in toxicity were observed", "X did
    not differ between the groups", "X was comparable"; not a change within an arm ("X did
    not change"), nor a subgroup ("in women")."""
    return _NOT_DIFFERENT_FAST.found(sentence) and names_the_trials_groups(sentence)


# "with high adherence", "after surgery": what a claim's words name beside its measure
_WITH_WHAT = re.compile(
    r"(?i)\b(?:with|after|following|receiving|given|using|under)\s+(?:(?:the|a|an)\s+)?"
    r"(?P<what>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)"
)
# what follows "with" in a statistic: "with a hazard ratio of", "with no significant ..."
_STATISTIC_WORD = re.compile(
    r"(?i)(?:adjusted|hazard|odds|risk|rate|relative|ratios?|mean|median|differences?|effects?|"
    r"no|not|statistical\w*|significan\w*|borderline|marginal\w*|trend\w*|confidence|intervals?|"
    r"numbers?|absolute|similar|respect|regard|increas\w*|decreas\w*|reduc\w*|overlapping|wide)\b"
)


def names_other_treatment(sentence: str, arms: list[ArmMention]) -> bool:
    """Whether the sentence names, after "with", "after", "using", ..., something that is no
    arm of the trial and no statistic: "Mortality was lower with high adherence (HR 0.80)"
    compares adherence, not the arms ("with a hazard ratio of 0.8", "with drug K": no)."""
    for m in _WITH_WHAT.finditer(without_brackets(sentence)):
        what = m.group("what")
        if not _STATISTIC_WORD.match(what) and named_arm(arms, what) is None:
            return True
    return False


def change_from_baseline(clause: str, sentence: str, arms: list[ArmMention]) -> str | None:
    """The clause without its comparison with baseline ("Pain scores fell compared with
    baseline (p<0.01)", "X was lower than at baseline in group A") when that is its
    sentence's only comparison: a change within an arm (or each arm), not a comparison of
    arms; else None: another comparison, in brackets too ("X fell more with A than with B
    compared with baseline", "..., but not different between the groups", "higher than
    baseline (5.7, compared with 2.6 in the placebo group)", "A increased X by 7% and Y by 3%
    more than the control group"), or no change ("X did not change compared with baseline in
    either group", read as no difference between the arms, as ``within_group_change`` reads
    it)."""
    if not _names_a_time_before(sentence) or not _BASELINE_COMPARISON.search(sentence):
        return None  # "Compared with baseline, X fell; Y rose": the sentence's comparison
    rest = _BASELINE_COMPARISON.sub(" ", clause)
    if _OTHER_COMPARISON.search(_BASELINE_COMPARISON.sub(" ", sentence)):
        return None
    return None if no_difference(rest, arms) else rest
