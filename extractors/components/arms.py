"""The ``evg_arms`` component: the trial's arms, their sizes, interventions and comparator.

Reads sentences, ``Doc._.sections`` and ``Doc._.long_forms``; writes ``Doc._.arms``, a list of
``ArmMention`` (id "arm1", "arm2", ...; label; n; interventions; offsets of the label;
``comparator``; the words that describe the arm and those that tell it from the others).
Method: the first allocation sentence (Methods first, then unlabelled text, then Results;
never a table or figure part; also "There were three groups: A; B; C", ``groups_listed``;
a list numbered after the groups, "into three groups: 1) A; 2) B; 3) C", first, ``numbered_arms``;
the arms a design counts in a bracket, "a 3-arm (A, B, control) randomized trial", last,
``design_bracket``) read by the shapes in ``arm_phrases`` (shape 6, what the
participants received, where a sentence says the design is random and no allocation verb
leads to the arms: "In this randomized trial, 269 adults received A or B"; arms far after the
verb, three or more or two parted by one "versus": "we assigned 130 women with X and no
serious Y to A, B, or placebo"); failing that, "A
versus B" in the title (its short forms when it spells them: "(LA vs. LB)";
``arm_comparisons``); failing that,
what each group received by the first Methods or unlabelled sentence that says so without
allocating ("Group PR received A and group CP received B", shape 1); failing that, the
first "compared A with B", "A versus B" or "a trial testing A versus B" of the title,
objective, methods or an unlabelled abstract ("treated with and without X": X and "no X";
``arm_comparisons``);
failing that, what the people of each role received
("Intervention participants received A. Control participants received B": "intervention"
with A, "control" with B, ``role_arms``); failing that, "the intervention group" and
"the control group" when the text names both; failing that, the groups it names by letter
or number ("group A", "arm 2", "Group II", "group H"; not "group O" nor the "group P" of "group
P < 0.01") when it names two to four; failing that, what the
first Methods or unlabelled sentence that says so gives the participants, one or the other
("Ten men received A or placebo in a randomised crossover design"); failing that, what a
randomised trial is said to be of ("a randomized trial of A or B", ``arm_trial_of``); failing
that, a pair of groups one of them a control ("the exercise and control groups",
``arm_group_pairs``); failing that, a count of people split by arm in a bracket ("Of 47
eligible (25 A, 22 B)", ``arm_split_totals``); failing that, the first "comparing A and B"
of the title, objective or methods (``arm_comparisons.compared_and_pair``). Of two arms, a
bare first word takes the second's noun where the abstract writes it with it elsewhere
("immediate or sequential withdrawal", "in the immediate withdrawal group":
``arm_labels.with_shared_head``).
(``evg_tables`` may
then take arms from a table.) An arm without n takes the "n = N" written right after one of its
distinctive words elsewhere, else the number written right before them ("41 to drug A and 39 to
placebo"; not in a "respectively" list); an arm's ``analysed`` is how many of it completed or
were analysed, when a sentence writes that per arm (``fill_analysed``). An arm's words leave
out durations ("8-week") and the drug of another arm it takes as a dummy ("A plus B placebo"
beside "B plus A placebo": not B), and take the abbreviations that spell its label ("white
grape juice (WGJ)") and the short names the text gives it elsewhere (``name_by_abbreviations``:
"nailing (IMN group)", "radiofrequency catheter ablation (RFCA)" for "radiofrequency
ablation"); the one comparator is also "control", the other arm of two also "intervention"; an
arm "no A" beside "A" is named by "no" ("no-a"), not by A, and "A without B" beside "A with B"
is "A alone".
Every source's
phrases must pass ``usable_arms`` (no fragments, counts, aims, questions, results or trial
names; "A with or without B" and "A or not" completed). Arms named by role or letter ("case",
"control", "group A") take what a later sentence says they received ("Group A received X,
group B Y and group C Z"). Interventions
are the label split at "plus", "combined with", "with", "and" and "+", with generic words
("group", "treatment", "monotherapy", "alone") removed. The comparator is, in this order of
preference: placebo/sham/vehicle; normal (isotonic, 0.9%) saline; saline or sterile water
alone; usual or standard care (also "TAU", "SOC"), control, no treatment, wait list;
"alone"/"only", or "monotherapy" beside an arm that names its treatment too ("A monotherapy"
beside "A plus B", not beside "B plus C"); the arm whose interventions are a strict subset of
another's. A level every arm names beside a treatment of its own ("A and IV placebo", "B and
oral placebo": a double dummy) names no comparator.
When several arms name the same kind of control ("X plus standard care", "standard care
alone"), the one saying "alone"/"only", else the subset, else the one adding nothing.

Example: "Adults were randomly assigned to drug A plus drug B (n=40) or drug A alone (n=41)."
gives arm1 "drug A plus drug B" (n=40; drug A, drug B) and arm2 "drug A alone" (n=41; drug A),
the comparator.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from extractors.abbreviations import short_form_matches
from extractors.caseless import LowerCaseSearch
from extractors.components.arm_aims import comparator_from_aim
from extractors.components.arm_comparisons import from_compared_and, from_comparison, from_title
from extractors.components.arm_filters import usable_arms
from extractors.components.arm_given import given_after
from extractors.components.arm_group_pairs import group_pair_arms
from extractors.components.arm_labels import (
    GROUP_NAME_SUFFIXED,
    ArmPhrase,
    arm_phrase_at,
    shifted,
    with_shared_head,
)
from extractors.components.arm_lists import listed_arms, named_by_acronym
from extractors.components.arm_numbered import numbered_arms
from extractors.components.arm_phrases import (
    TRIGGER,
    administered_alternatives,
    after_a_month,
    bracketed_arms,
    counted_arms,
    generic_arms,
    group_lists,
    lettered_groups,
    marked_after_to,
    marked_arms,
    marked_versus,
    received_alternatives,
    received_arms,
    reports_events,
)
from extractors.components.arm_respective import respective_groups
from extractors.components.arm_roles import role_arms
from extractors.components.arm_size_lists import bracket_sizes, respective_sizes
from extractors.components.arm_split_totals import split_total_arms
from extractors.components.arm_trial_of import trial_of_arms
from extractors.components.inputs import text_of
from extractors.components.mesh_linking import norm_words
from extractors.components.sections import Sentence, declare_section_extensions, sentences_of
from extractors.numbers import (
    COUNT_PATTERN,
    SUBJECT_NOUNS_PATTERN,
    WORD_NUMBER_PATTERN,
    opening_with,
    parse_count,
)
from extractors.numbers_summary import (
    SIZE_WORDS,
    find_analysed_counts,
    find_split_counts,
    sentence_bounds,
)

# "8-week treatment with X": how long, not which arm; not how often ("X every 4 weeks")
_DURATION = re.compile(
    r"(?i)(?<!every\s)\b(?:\d+|one|two|three|four|six|eight|twelve)[- ]?"
    r"(?:days?|weeks?|months?|years?|hours?)\b"
)
_NOT_PROSE = ("Table", "Figure")  # parts that hold a table or a figure caption, not prose
_SECTION_ORDER = ("METHODS", "UNLABELLED", "OTHER", "RESULTS", "OBJECTIVE", "BACKGROUND")
_JOINERS = re.compile(
    r"\s+(?:plus|combined\s+with|in\s+combination\s+with|together\s+with|added\s+to|"
    r"along\s+with|with|and)\s+|\s*\+\s*",
    re.IGNORECASE,
)
_BOTH = re.compile(r"(?i)\b(?:both|between)\b")
_GENERIC = re.compile(
    r"(?i)^(?:(?:treatment(?!\s+as\s+usual)|therapy|monotherapy|regimen|alone|only|combination|combined|the|"
    r"(?-i:a|an|An|A(?!\s*\d))|receive|receiving|received|with|of|group|arm|both)\b\s*)+|"
    r"\s*\b(?:(?:treatment|therapy|monotherapy|regimen|alone|only|groups?|arms?|combination)\b\s*)+$"
)
_ALONE = re.compile(r"(?i)\b(?:alone|monotherapy|only)\b")
# an arm of saline or sterile water and nothing else ("saline", "the saline solution", "sterile
# water injections"); not "A in saline", whose vehicle it is, "A with saline", "hypertonic
# saline" nor plain "water", which may be what a trial tests
_SALINE_ONLY = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:sterile\s+)?saline|(?:sterile|distilled)\s+water)"
    r"(?:\s+(?:solution|injections?|infusions?))?$"
)
# the usual placebo of injected drugs ("drug K or normal saline"); also beside hypertonic
# saline, where the normal one is the control; not "A along with normal saline", its vehicle
_NORMAL_SALINE = re.compile(
    r"(?i)\b(?:normal|isotonic|physiologic(?:al)?)\s+saline\b|"
    r"\b0\.9\s*%\s*(?:sodium\s+chloride|saline|NaCl)\b"
)
_COMPARATOR_LEVELS = (
    re.compile(r"(?i)\b(?:placebos?|sham|vehicle|dummy)\b"),
    _NORMAL_SALINE,
    _SALINE_ONLY,
    re.compile(
        r"(?i)\b(?:usual|standard|conventional|routine)\s+(?:of\s+)?(?:care|treatment|therapy|"
        r"management)|\bcontrols?\b|\bno\s+(?:treatment|intervention)|\bwait(?:ing)?[- ]?list"
        r"|\bobservation\b|^no\s|\b(?:regular|usual|standard|conventional|routine)\b"
        r"|(?-i:\bTAU\b)"  # treatment as usual, in capitals (not the protein tau)
        r"|(?-i:\bSOC\b)"  # standard of care, in capitals
    ),
    _ALONE,
)
_AS_USUAL = re.compile(r"(?i)\btreatment\s+as\s+usual\b")
_STOPWORDS = {
    "group", "groups", "arm", "arms", "the", "a", "an", "of", "with", "and", "or", "in", "to",
    "receiving", "receive", "received", "patients", "treatment", "therapy", "treated", "who",
    "were", "was", "for", "by", "on", "at", "daily", "mg", "per", "day", "weeks", "plus",
    "results",  # "children whose test results were known" names no arm by "results"
    "from",  # "abstinence from X and Y": no arm is named by "from"
}  # fmt: skip
_WITHOUT = re.compile(r"(?i)\s+without\s+")
_NO_ARM = re.compile(r"(?i)^no\s")
_MONO = frozenset({"monotherapy", "alone", "only"})
_CONTROL = frozenset({"control", "controls"})
_TREATMENT_GROUP = re.compile(r"(?i)\b(?:active\s+)?treatment\s+(?:group|arm)\b(?!s)")
_TREATED = frozenset({"intervention", "experimental"})
_COMBO = frozenset({"combined", "combination", "plus"})
# words an arm is given for its role or make-up, not written in its name
ROLE_WORDS = _MONO | _CONTROL | _TREATED | _COMBO
_ALLOCATION_HINT = re.compile(
    r"(?i)\b(?:assign|allocat|randomi|divided|distribut|separated|stratified|placed|split)"
)
# searched in the lower-cased text: several times faster (extractors.caseless)
_ALLOCATION_HINT_FAST = LowerCaseSearch(_ALLOCATION_HINT)
_MENTION_NUMBER = re.compile(r"\d+(?:[.·]\d+)+%?|\d+%")
# "control" that names no arm but an outcome: "disease control (rate)", "local control",
# "pain control", "glycaemic control"; any other "control" may name the control arm
_OUTCOME_CONTROL = (
    r"(?:disease|local|locoregional|loco-regional|regional|pain|symptom|glyc[a]?emic|glucose|"
    r"seizure|tumou?r|infection|weight|asthma|pressure|bleeding|impulse|birth|tobacco|appetite|"
    r"sugar|lipid|rate|rhythm|bladder|bowel|postural|metabolic|hemostatic|haemostatic)"
)
OUTCOME_CONTROLS = re.compile(rf"(?i)\b{_OUTCOME_CONTROL}[\s-]+control")
_CONTROLS = re.compile(r"(?i)\bcontrol")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+\b")
_DUMMY_OF = re.compile(r"(?i)\b([^\W\d_][\w-]*)\s+(?:placebo|dummy)\b")  # "tamoxifen placebo"
_NON_COMPOUND = re.compile(r"(?i)\bnon-[^\W\d_]+")
_NO_WORD = re.compile(r"(?i)\bno(?:n(?=-))?[\s-]+([^\W\d_]+)")  # "no music", "non-PTX"
_GROUP_NAME = re.compile(  # "group B", "group-B": "#b"; "group P2.5" "#p2.5", "group P+D" "#p+d"
    # ("Arms A (16%) or C (22%)": the plural before the first name of a list too)
    rf"(?i)\b(?:groups?|arms?)(?:\s+|-)({GROUP_NAME_SUFFIXED}(?![\w+]|\.\d)|[A-Z0-9]{{1,2}}\b)"
)


@dataclass(slots=True)
class ArmMention:
    id: str
    label: str
    n: int | None
    interventions: list[str]
    start: int | None = None
    end: int | None = None
    comparator: bool = False
    words: frozenset[str] = frozenset()
    distinctive: frozenset[str] = field(default_factory=frozenset)
    analysed: int | None = None  # how many completed or were analysed, when written per arm


# how long a part of an arm lasts, at its end: "A 20 mg/day for 5 years (plus B)"
_HOW_LONG_END = re.compile(
    r"(?i),?\s+for\s+(?:\d+|one|two|three|four|six)[- ](?:weeks?|months?|years?)$"
)
_LETTER_LABEL = re.compile(r"(?i)^(?:the\s+)?(?:group|arm|cohort)\s+\w{1,3}$")


def interventions_of(label: str, treatment: str | None = None) -> list[str]:
    """The interventions named in an arm label (or in what the arm received)."""
    found: list[str] = []
    if not treatment and _LETTER_LABEL.match(label):
        return found  # "group B" names no intervention
    text = treatment or label
    one = _BOTH.search(text) or named_by_acronym(text, 0, len(text))  # "A, B and C (ABC)"
    parts = [text] if one else _JOINERS.split(text)
    for part in parts:
        cleaned = _GENERIC.sub("", part.strip(" ,;:")).strip(" ,;:")
        cleaned = _HOW_LONG_END.sub("", cleaned)  # "A for 5 years plus B": A, B
        if cleaned and cleaned.lower() not in (i.lower() for i in found):
            found.append(cleaned)
    return found


def _number_token(m: re.Match[str]) -> str:
    return " num" + m.group(0).replace(".", "p").replace("·", "p").replace("%", "pc") + " "


def mention_words(text: str) -> set[str]:
    """The words by which a phrase can name an arm ("group B" also gives "#b")."""
    return set(_mention_words(text))


# The claims, comparison and result components ask for the words of the same sentences and
# arm labels again and again (24,766 calls, 9,934 texts over the 833 RCT abstracts). The
# words depend on the text alone; the cache is bounded, and callers get their own set.
@functools.lru_cache(maxsize=4096)
def _mention_words(text: str) -> frozenset[str]:
    # Numbers stay whole ("1.10" is not "10"), so a dose names its arm but a statistic does not.
    # "non-IT" names the arm without IT ("no-it", below), not the IT arm: its "IT" is no word
    kept = _NON_COMPOUND.sub(" ", text) if "non-" in text.lower() else text
    words = set(norm_words(_MENTION_NUMBER.sub(_number_token, kept))) - _STOPWORDS
    if "control" in words and len(_CONTROLS.findall(text)) == len(OUTCOME_CONTROLS.findall(text)):
        words.discard("control")  # "disease control rate", "local control": an outcome
    if "reatment" in text and _TREATMENT_GROUP.search(text):
        words.add("intervention")  # "in the treatment group": the arm that is not the control
    words.update(m.group(0).lower() for m in _ACRONYM.finditer(kept))  # "AT" is no stopword
    words.update("#" + m.group(1).lower() for m in _GROUP_NAME.finditer(text))
    words.update("#" + name.lower() for *_, names in group_lists(text) for name in names)
    words.update("no-" + m.group(1).lower() for m in _NO_WORD.finditer(text))  # "no music"
    return frozenset(words)


def _key(intervention: str) -> tuple[str, ...]:
    return tuple(norm_words(intervention))


def _mark_comparator(arms: list[ArmMention]) -> None:
    keys = [frozenset(_key(i) for i in arm.interventions) for arm in arms]

    def subset(i: int) -> bool:  # the monotherapy arm of a combination
        return bool(keys[i]) and any(keys[i] < other for j, other in enumerate(keys) if j != i)

    for level in _COMPARATOR_LEVELS:
        found = [
            i
            for i, arm in enumerate(arms)
            if any(level.search(part) for part in (arm.label, *arm.interventions))
            and (level not in (_SALINE_ONLY, _NORMAL_SALINE) or len(arm.interventions) <= 1)
            and (
                level is not _ALONE
                or _WITHOUT_ADDITION.search(arm.label)
                or _shares_treatment(arms, i)
            )
        ]
        if found and not _double_dummy(arms, found):
            arms[_least_active(arms, found, subset)].comparator = True
            return
    for i, arm in enumerate(arms):
        if subset(i):
            arm.comparator = True
            return


# "A alone", "A only": A without what another arm adds to it, whatever that arm is called
_WITHOUT_ADDITION = re.compile(r"(?i)\b(?:alone|only)\b")


def _double_dummy(arms: list[ArmMention], found: list[int]) -> bool:
    """Whether every arm names the control word beside a treatment of its own: "A and
    intravenous placebo" against "B and subcutaneous placebo" (a double-dummy design) has
    no placebo arm."""
    return len(found) == len(arms) >= 2 and all(len(a.interventions) >= 2 for a in arms)


def _shares_treatment(arms: list[ArmMention], i: int) -> bool:
    """Whether another arm names a word of arm ``i``'s treatment: "A monotherapy" beside
    "A plus B" is the monotherapy arm of a combination, "A monotherapy" beside "B plus C"
    is an active arm of its own."""
    own = _mention_words(arms[i].label) - _MONO - _STOPWORDS
    return any(own & _mention_words(a.label) for j, a in enumerate(arms) if j != i)


_ADDED = re.compile(r"(?i)\b(?:plus|combined|combination|in\s+addition|added|add-on)\b|\+")


def _least_active(arms: list[ArmMention], found: list[int], subset: Callable[[int], bool]) -> int:
    """Of arms that all name a control ("X plus standard care", "standard care alone"), the
    one that says "alone"/"only", else the one whose interventions are a subset of another's,
    else the one that adds nothing to its control, else the first."""
    if len(found) == 1:
        return found[0]
    for test in (
        lambda i: bool(_ALONE.search(arms[i].label)),
        subset,
        lambda i: not _ADDED.search(arms[i].label) and len(arms[i].interventions) <= 1,
    ):
        chosen = [i for i in found if test(i)]
        if len(chosen) == 1:
            return chosen[0]
    return found[0]


_ENDING = re.compile(r"(?:ions?|ors?|ers?|ing|ed|es|s)$")


def _stem(word: str) -> str:
    """A word without its plural or noun ending when four letters or more are left, so that a
    long form matches an arm in another inflection ("ventilators", "ventilation":
    "ventilat"; "catheters": "cathet"; "oxygen" stays)."""
    m = _ENDING.search(word)
    return word[: m.start()] if m is not None and m.start() >= 4 else word


def _long_form_words(long: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The words of a long form, each written as the word of ``known`` with its stem, if any
    ("mechanical ventilators (MV)" for an arm "mechanical ventilation": "mechanical",
    "ventilation")."""
    stems = {_stem(w): w for w in known}
    words = [w for w in norm_words(long) if w not in _STOPWORDS]
    return [w if w in known else stems.get(_stem(w), w) for w in words]


# a long form that adds to what it ends with: "(adding A (A) and) cyclophosphamide (C) to
# tamoxifen (ACT)" names a combination, not tamoxifen
_COMBINED_LONG = re.compile(r"(?i)[()+]|\b(?:and|plus|with|to)\b")


def _short_forms_of(label: str, long_forms: dict[str, str]) -> set[str]:
    """The abbreviations that name an arm: those whose long form the label spells out, in
    any inflection ("white grape juice (WGJ)" for the arm "White Grape Juice", "invasive
    ventilators (IV)" for "invasive ventilation") or, for a one-word label, those whose long
    form ends with that word and adds nothing to it ("flavoured water (WA)" for "Water"; not
    "cyclophosphamide (C) to tamoxifen (ACT)" for "Tamoxifen")."""
    label_words = [w for w in norm_words(label) if w not in _STOPWORDS]
    found = set()
    for short, long in long_forms.items():
        long_words = _long_form_words(long, set(label_words))
        if not long_words or not label_words:
            continue
        spelled = set(long_words) <= set(label_words)
        ends = (
            len(label_words) == 1
            and long_words[-1] == label_words[0]
            and len(long_words) <= 4
            and not _COMBINED_LONG.search(long)
        )
        if spelled or ends:
            found.add(short.lower())
        if spelled:  # "CO2-LC" is read as "co2" and "lc" too
            found.update(mention_words(short))
    return found


def _describe(arms: list[ArmMention], long_forms: dict[str, str]) -> None:
    labels = {arm.label.lower() for arm in arms}
    shorts = tuple(sorted(long_forms))
    for arm in arms:
        text = _DURATION.sub(" ", " ".join([arm.label, *arm.interventions]))
        without = _WITHOUT.search(arm.label)
        if without and _WITHOUT.sub(" with ", arm.label).lower() in labels:
            text = _DURATION.sub(" ", arm.label[: without.start()] + " alone")  # "A without B"
        if shorts:
            text += "".join(
                " " + long_forms[short] for _, _, short in short_form_matches(text, shorts)
            )
        words = mention_words(text)
        shorts_of = _short_forms_of(arm.label, long_forms)
        if _NO_ARM.match(arm.label):  # "no music" beside "music": named by "no", not "music"
            words = {w for w in words if w == "no" or w.startswith("no-")}
            # "no intrathecal therapy (non-IT)": "no-it", not "IT", the other arm's short form
            shorts_of = {w if w.startswith("no-") else "no-" + w for w in shorts_of}
        words |= shorts_of
        dummies = {m.group(1).lower() for m in _DUMMY_OF.finditer(arm.label)}
        if dummies and any(
            dummies & mention_words(_DUMMY_OF.sub(" ", o.label)) for o in arms if o is not arm
        ):
            # "anastrozole plus tamoxifen placebo" beside "tamoxifen plus anastrozole placebo"
            # (a double dummy): the arm is named by its active drug, not by the other's dummy
            words -= dummies
        if "TAU" not in long_forms and _AS_USUAL.search(arm.label):
            words.add("tau")  # the usual short form of "treatment as usual", however written
        if _MONO & words or _ALONE.search(arm.label):
            words |= _MONO
        if len(arm.interventions) > 1 or re.search(
            r"(?i)\b(?:plus|combined|combination)\b|\+", arm.label
        ):
            words |= _COMBO
        arm.words = frozenset(words)
    comparators = [a for a in arms if a.comparator]
    treated = [a for a in arms if not a.comparator]
    _give_roles(
        arms,
        comparators[0] if len(comparators) == 1 else None,
        treated[0] if len(arms) == 2 and len(treated) == 1 else None,
    )


def _give_roles(
    arms: list[ArmMention], comparator: ArmMention | None, treated: ArmMention | None
) -> None:
    """Call ``comparator`` what a text calls the comparator arm, whatever its label ("the
    control group"), and ``treated`` the other arm ("the intervention group"), unless an arm
    is called so already (the treated arm by another arm); then each arm's distinctive
    words."""
    for arm, role in ((comparator, _CONTROL), (treated, _TREATED)):
        # an arm called "control" is not also called "controls" ("from 379 to 372 m to
        # controls" in a bracket is no subject); one called "intervention" is "experimental"
        others = arms if role is _CONTROL else [a for a in arms if a is not arm]
        if arm is not None and not any(role & a.words for a in others):
            arm.words |= role
    _set_distinctive(arms)


def mark_aimed_comparator(arms: list[ArmMention], text: str) -> None:
    """Where no arm's own name marks the comparator, the arm an aim or a "reference arm of"
    names (``arm_aims``), called "control", and the arm tested against it "intervention"."""
    if any(a.comparator for a in arms):
        return
    aimed = comparator_from_aim(arms, text, mention_words)
    if aimed is not None:
        aimed.standard.comparator = True
        _give_roles(arms, aimed.standard, aimed.tested)


def nested_arm(arms: list[ArmMention], words: set[str]) -> ArmMention | None:
    """The arm a phrase names by words that a larger arm shares, none distinctive: of the arms
    whose words hold all the arm words the phrase uses, the one whose words each other such arm
    holds, when each of those has words of its own by which the text would have named it ("the
    CD4 arm" beside the arms "CD4", "CD4 plus preventive therapy" and "standard care": "CD4";
    not "with concurrent X" beside "concurrent X", "adjuvant X" and "concurrent and adjuvant
    X", a factorial trial's factor); the role words a comparator or intervention is also
    called by count for neither; else None."""
    used = words & set().union(*(a.words for a in arms))
    held = [a for a in arms if used and used <= a.words]
    # the words of its label: "control", which the comparator of "TMX" and "TMX plus GOS" is
    # called too, does not make "TMX" more than a part of the other
    own = {a.id: a.words - _CONTROL - _TREATED for a in held}
    inner = [a for a in held if all(own[a.id] < own[o.id] for o in held if o is not a)]
    if len(held) < 2 or len(inner) != 1:
        if _unknown_words(words - used):
            return None
        return _named_alone(held, words) or _named_by_tag(held, used)
    if all(o.distinctive for o in held if o is not inner[0]):
        return inner[0]
    # "DERT76 alone" beside "ADT plus DERT76": the arm that is no combination
    return None if _unknown_words(words - used) else _named_alone(held, words)


def _named_alone(held: list[ArmMention], words: set[str]) -> ArmMention | None:
    """Of arms that all hold a phrase's words, the one that is no combination when the phrase
    says "alone", "only" or "monotherapy" ("TAU alone" beside "CBT plus TAU" and "treatment
    as usual (TAU)", whose control words the other lacks); else None."""
    if not _MONO & words:
        return None
    single = [a for a in held if not _COMBO & a.words]
    return single[0] if len(single) == 1 and len(held) > 1 else None


def _unknown_words(words: set[str]) -> set[str]:
    """The words of a phrase that no arm has and that name something ("based" and
    "interventions" of "EFT-based interventions"), not a role, "alone", a number or a letter."""
    return {w for w in words if w.isalpha() and len(w) >= 4 and w not in ROLE_WORDS}


_LABEL_TAG = re.compile(r"\((?:the\s+)?(?P<tag>[^()]{1,40}?)\s+(?:group|arm)\)\s*$")


def _named_by_tag(held: list[ArmMention], used: set[str]) -> ArmMention | None:
    """Of arms that all hold a phrase's words (``_unknown_words`` none), the one whose name,
    the group's name its label ends with or else its label, is those words alone: "vs shield"
    beside "shield only (shield group)", "shield and curtain (shield+curtain group)" and
    "shield+curtain+drape"; else None."""
    if any(_LETTER_LABEL.match(a.label) for a in held):
        return None  # "group B" is named by "#b", which another arm holding too leaves unsure
    named = [
        a
        for a in held
        if mention_words(m["tag"] if (m := _LABEL_TAG.search(a.label)) else a.label) == used
    ]
    return named[0] if len(named) == 1 and len(held) > 1 else None


def _set_distinctive(arms: list[ArmMention]) -> None:
    """Each arm's distinctive words: its words that no other arm of the trial has."""
    for arm in arms:
        others = set().union(*(o.words for o in arms if o is not arm))
        arm.distinctive = arm.words - others


# "(IMN group)", "(group P, n = 30)", "(DEX arm; ...)": a short name the text gives the group
# described right before the bracket
_GROUP_TAG = re.compile(
    r"\((?:the\s+)?(?:(?P<a>[A-Za-z0-9][\w+/-]{0,11})\s+(?i:group|arm)|"
    r"(?i:group|arm)\s+(?P<b>[A-Za-z0-9][\w+/-]{0,11}))\s*(?=[),;:]|n\s*=)"
)
_LABEL_TO_TAG = re.compile(r"(?i)\s*(?:(?:group|arm)\s*)?")
_TAG_DESCRIPTION = re.compile(r"(?i)[.;:,(\[]|\b(?:or|and|versus|vs)\b")


def _tag_words(written: str) -> set[str]:
    """The words by which "IMN group" or "group P" names its arm ("imn"; "#p", not "p")."""
    generic = _CONTROL | _TREATED | _MONO
    return {w for w in mention_words(written) if (len(w) > 1 or w[0] == "#") and w not in generic}


def _unique_best(arms: list[ArmMention], words: set[str]) -> ArmMention | None:
    scores = [len(a.distinctive & words) for a in arms]
    best = max(scores, default=0)
    return arms[scores.index(best)] if best and scores.count(best) == 1 else None


def name_by_abbreviations(arms: list[ArmMention], text: str, long_forms: dict[str, str]) -> None:
    """Give an arm the short names the text gives it beyond its label: a group tag in brackets
    after a description of it ("intramedullary nailing (IMN group)", "saline (group S, n=30)")
    and a defined abbreviation whose long form is mostly the arm's words though not its label
    ("radiofrequency catheter ablation (RFCA)" for the arm "radiofrequency ablation"). A tag
    right after an arm's label names that arm ("an A and C group (group L, n = 17)"); else the
    description or long form must share a distinctive word with that arm only; of two tags
    written for a two-arm trial, the other arm takes the one its description does not match."""
    if len(arms) < 2:
        return
    known = set().union(*(a.words for a in arms))
    named: list[tuple[set[str], ArmMention | None]] = []
    for m in _GROUP_TAG.finditer(text) if "(" in text else ():
        tag = m.group("a") or m.group("b")
        if not any(c.isupper() or c.isdigit() for c in tag):
            continue
        words = _tag_words(m.group(0)[1:])
        if not words or words & known or any(words == w for w, _ in named):
            continue
        labelled = [  # "a drug K and FNB group (group L, n = 17)": right after an arm's label
            a
            for a in arms
            if a.end is not None
            and a.end <= m.start()
            and _LABEL_TO_TAG.fullmatch(text, a.end, m.start())
        ]
        if len(labelled) == 1:
            named.append((words, labelled[0]))
            continue
        before = text[max(0, m.start() - 120) : m.start()]
        cut = list(_TAG_DESCRIPTION.finditer(before))
        description = before[cut[-1].end() :] if cut else before
        named.append((words, _unique_best(arms, mention_words(description))))
    tagged: list[ArmMention | None] = [a for _, a in named if a is not None]
    # two group tags for one arm: their descriptions do not tell the arms apart
    named = [(w, a if tagged.count(a) == 1 else None) for w, a in named]
    if len(arms) == 2 and len(named) == 2 and sum(a is None for _, a in named) == 1:
        taken = next(a for _, a in named if a is not None)
        named = [(w, a or next(o for o in arms if o is not taken)) for w, a in named]
    for short, long in long_forms.items():
        if short.lower() in known:
            continue
        long_words = _long_form_words(long, known)
        arm = _unique_best(arms, set(long_words))
        if arm and 2 * sum(w in arm.words for w in long_words) > len(long_words):
            # the words a mention of it is read by: "AC-DOC" is "ac" and "doc"
            named.append(({short.lower(), *mention_words(short)}, arm))
    for words, arm in named:
        if arm is not None:
            arm.words |= words
    _set_distinctive(arms)


_LETTER_GROUP = re.compile(
    r"\b(?:[Gg]roup|GROUP|[Aa]rm|ARM)\s+(?P<letter>[A-Z])(?![\w-])(?!\s*[<>=≤≥])"
)  # not the P of "in the control group P < 0.01"


def name_by_initials(arms: list[ArmMention], text: str) -> None:
    """Give each arm the letter group the text calls it by without defining it ("oral
    aprepitant" and "oral placebo", then "48 in group A and 43 in group P"): when the text
    names as many letter groups as there are arms, none of them an arm's name yet, and each
    letter opens a distinctive word of one arm only, a different arm for each letter."""
    letters = {m["letter"] for m in _LETTER_GROUP.finditer(text)} if "roup" in text else set()
    if len(arms) < 2 or len(letters) != len(arms):
        return
    if any(w.startswith("#") for a in arms for w in a.words):
        return  # the text names its groups already ("group A (drug K)")
    given: dict[str, ArmMention] = {}
    for letter in letters:
        initial = letter.lower()
        opened = [
            a
            for a in arms
            if any(w.isalpha() and len(w) > 2 and w[0] == initial for w in a.distinctive)
        ]
        if len(opened) != 1 or opened[0] in given.values():
            return
        given[letter] = opened[0]
    for letter, arm in given.items():
        arm.words |= {"#" + letter.lower()}
    _set_distinctive(arms)


# the short name a bracket gives an arm together with its size: "(TAM-LHRHa, n=164)"
_SIZED_NAME = re.compile(r"\s*[(\[]\s*(?P<name>[A-Za-z][\w+/-]{1,15})\s*[,;:]\s*[nN]\s*=\s*\d")


def name_by_sized_bracket(arms: list[ArmMention], text: str) -> None:
    """Give an arm the short name written with its size in the bracket right after its
    label ("... plus tamoxifen 30 mg/day for 3 years (TAM-LHRHa, n=164)", then "76% with
    TAM-LHRHa"), when no other arm has its words."""
    for arm in arms:
        if arm.end is None:
            continue
        m = _SIZED_NAME.match(text, arm.end)
        if m is None:
            continue
        words = mention_words(m["name"])
        if words and not any(words & o.words for o in arms if o is not arm):
            arm.words |= words
    _set_distinctive(arms)


_ONE_LETTER = re.compile(r"\([A-Z]\)")


def name_by_letter(arms: list[ArmMention], text: str) -> None:
    """Give an arm the one capital letter the text puts in brackets right after its name,
    when the letter opens the name ("Eucerin Original (E) cream", then "in the E arm"): a
    short form of one letter, which abbreviations (two letters or more) leave out. Not a
    letter another arm has among its words already."""
    if not _ONE_LETTER.search(text):
        return  # most texts bracket no single capital: no pattern built per arm
    for arm in arms:
        words = norm_words(arm.label)
        if not words:
            continue
        m = re.search(re.escape(arm.label) + r"\s*\((?P<letter>[A-Z])\)", text)
        letter = m["letter"].lower() if m else None
        if letter is None or words[0][0] != letter:
            continue
        if any(letter in o.words for o in arms if o is not arm):
            continue
        arm.words |= {letter}
    _set_distinctive(arms)


# the two names a text may give the two arms by their order: "arm A" and "arm B", "group 1"
# and "group 2", "group I" and "group II"
_IN_ORDER = ({"A", "B"}, {"1", "2"}, {"I", "II"})
# a group name the text defines: "group A (drug K)", "Arm A: drug K", "group A received K"
_DEFINED = re.compile(r"\s*[(:=]|\s*,?\s*(?:received|receiving|was\s+given|were\s+given)\b")


def name_by_order(arms: list[ArmMention], text: str) -> None:
    """Give the two arms of a two-arm trial the two group names the text calls them by
    without defining them, in order ("randomized to A (1054 patients) or B (1052 patients)",
    then "(0.82% in arm A and 1.3% in arm B)": A the first arm, B the second): only when no
    arm has a group name yet (``name_by_initials`` first) and the text names those two groups
    and no other."""
    if len(arms) != 2 or any(w.startswith("#") for a in arms for w in a.words):
        return
    found = list(_NAMED_GROUP.finditer(text))
    if any(_DEFINED.match(text, m.end()) or text[max(0, m.start() - 1)] == "(" for m in found):
        return  # "23 had X placed (group A)", "(Arm A: n = 34 ...)": the text says which
    names = {m["name"] for m in found}
    if names not in _IN_ORDER:
        return
    first, second = sorted(names, key=lambda name: (len(name), name))
    arms[0].words |= {"#" + first.lower()}
    arms[1].words |= {"#" + second.lower()}
    _set_distinctive(arms)


def build_arms(phrases: list[ArmPhrase], long_forms: dict[str, str]) -> list[ArmMention]:
    """Arm mentions from arm phrases: ids, interventions, comparator and describing words."""
    arms = [
        ArmMention(
            f"arm{i}",
            p.label,
            p.n,
            interventions_of(p.label, p.treatment),
            p.start if p.written else None,
            p.end if p.written else None,
        )
        for i, p in enumerate(phrases, start=1)
    ]
    _mark_comparator(arms)
    _describe(arms, long_forms)
    return arms


_GROUPS_LISTED = re.compile(  # "There were three treatment groups: A; B; C"
    r"(?i)\b(?P<count>two|three|four|five|[2-5])\s+(?:[\w-]+\s+){0,2}?(?:groups|arms)\s*:\s*"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def groups_listed(text: str) -> list[ArmPhrase]:
    """The arms a sentence lists after saying how many groups there were and a colon, with no
    allocation verb ("There were three treatment groups: surgery; drug A (plus B); drug C",
    "The trial had two arms: A and placebo"); none unless it lists as many as it counts."""
    m = _GROUPS_LISTED.search(text) if ":" in text else None
    if m is None:
        return []
    phrases = listed_arms(text, m.end(), len(text.rstrip()))
    return phrases if len(phrases) == _counted(m["count"]) else []


_DESIGN_BRACKET = re.compile(  # "a 6-month, 3-arm (supervised exercise, home exercise, control)"
    r"(?i)\b(?P<count>two|three|four|five|[2-5])[-\s](?:arms?|groups?)\s*"
    r"\((?P<inside>[^()]{5,200})\)"
)


def design_bracket(text: str) -> list[ArmPhrase]:
    """The arms a design names in a bracket after counting them ("a 6-month, 3-arm
    (supervised exercise, home-based exercise, control) randomized trial"); none unless the
    bracket lists as many as it counts."""
    m = _DESIGN_BRACKET.search(text) if "(" in text else None
    if m is None:
        return []
    inside = m.start("inside")
    listed = listed_arms(text, inside, m.end("inside")) or [
        p  # commas alone: "(A, B, C)"; arm_phrase_at trims the white space
        for item in re.finditer(r"[^,]+", m["inside"])
        if (p := arm_phrase_at(text, inside + item.start(), inside + item.end(), None)) is not None
    ]
    phrases = usable_arms(listed)
    return phrases if len(phrases) == _counted(m["count"]) else []


def _counted(count: str) -> int:
    """The number a design counts its groups with: "3" or "three"."""
    return int(count) if count.isdigit() else _COUNTS[count.lower()]


_STRATIFIED = re.compile(r"(?i)stratified\b")


def _from_sentence(sent: Sentence) -> list[ArmPhrase]:
    text = sent.text
    if numbered := numbered_arms(text):  # "into three groups: 1) A; 2) B; 3) C"
        return shifted(numbered, sent.start)
    allocates = _ALLOCATION_HINT_FAST.found(text)
    if not allocates and (grouped := groups_listed(text)):
        return shifted(grouped, sent.start)
    if not allocates and text.count("(") < 2:
        return shifted(counted_arms(text), sent.start)
    phrases = received_arms(text) or bracketed_arms(text)
    trigger = TRIGGER.search(text) if not phrases else None
    while (
        trigger and _STRATIFIED.match(trigger[0]) and (later := TRIGGER.search(text, trigger.end()))
    ):
        trigger = later  # "stratified into X or Y, and then randomized to A or B": strata first
    if trigger:  # "to groups A, B and C", "into three groups (A, B and C)"
        listed = trigger.start("listed") if trigger["listed"] else -1
        phrases = lettered_groups(text, trigger.end(), named=bool(_GROUPS_NAMED(trigger[0])))
        phrases = phrases or (lettered_groups(text, listed, named=True) if listed >= 0 else [])
    if trigger and trigger["listed"] and not phrases:  # "into three groups (control, A and B)"
        phrases = usable_arms(listed_arms(text, trigger.start("listed"), trigger.end("listed")))
    if trigger and not phrases:
        phrases = marked_arms(text, trigger.end(), need_group_word=False)
        counted = [] if phrases else counted_arms(text)
        if counted and counted[-1].end <= trigger.start():
            # "70 adults with asthma (41 mild and 29 severe) were randomized to A or B": the
            # counts before the allocation break the people down; the arms follow it, or
            # another sentence names them ("... were randomized and included.")
            phrases = usable_arms(listed_arms(text, trigger.end(), len(text.rstrip())))
            counted = []
        phrases = phrases or counted
        phrases = phrases or listed_arms(text, trigger.end(), len(text.rstrip()))
    elif not phrases:
        phrases = marked_arms(text, 0, need_group_word=True) or marked_after_to(text)
        phrases = phrases or marked_versus(text)
    phrases = phrases or _unless_breakdown(text, counted_arms(text))
    if not phrases and not trigger and (distant := _DISTANT_RECEIVE.search(text)):
        phrases = usable_arms(listed_arms(text, distant.end(), len(text.rstrip())))
    if not phrases and not trigger and (distant := _DISTANT_TO.search(text)):
        phrases = _distant_alternatives(text, distant.end())
    phrases = phrases or design_bracket(text)
    if not phrases and not trigger:  # "In this randomized trial, 269 adults received A or B"
        received = usable_arms(received_alternatives(text))
        if received and _RANDOM_DESIGN_RECEIVED.search(text, 0, received[0].start):
            phrases = received
    return shifted(phrases, sent.start)


def _from_groups_received(sentences: list[Sentence]) -> list[ArmPhrase]:
    """The arms of the first Methods or unlabelled sentence that says what each group
    received without allocating (``_all_received``)."""
    for sent in sentences:
        if sent.category in ("METHODS", "UNLABELLED"):
            phrases = usable_arms(_all_received(sent.text))
            if phrases:
                return shifted(phrases, sent.start)
    return []


def _all_received(text: str) -> list[ArmPhrase]:
    """What each group of a sentence that allocates nothing received ("Group PR received
    pregabalin and group CP received CBT along with pregabalin", after "Patients were
    randomized into one of the two groups"), when it reads as many arms as the sentence names
    groups by letter or number; else none."""
    received = received_arms(text)
    return received if len(received) >= len(named_groups(text)) else []


_GROUPS_NAMED = re.compile(r"(?i)\b(?:groups|arms|cohorts)\s*[:,]?\s*$").search


# who allocated, the people allocated at any length, then "to receive" the arms: "The authors
# randomized 200 women with X and normal Y (LVEF) referred for Z (240 mg/m2) to receive A or
# B"; not "scheduled to receive X" and the like, what the people were to have anyway
# the allocation verb, then the people at any length (up to the arms' "to"), as both distant
# readings write it after their subjects
_ALLOCATED_AT_LENGTH = (
    r"\s+(?:then\s+)?(?:randomly\s+)?(?:randomi[sz]ed|assigned|allocated)\b"
    r"(?:[^.;]|\.(?=\d)){1,250}?"
)
_DISTANT_RECEIVE = re.compile(
    r"(?i)\b(?:were|was|we|authors|investigators|they)"
    + _ALLOCATED_AT_LENGTH
    + r"(?<!scheduled)(?<!due)(?<!planned)(?<!about)(?<!going)(?<!eligible)(?<!candidates)"
    r"(?<!able)(?<!continued)(?<!continue)(?<!expected)(?<!set)(?<!referred)"
    r"\s+to\s+receive\s+(?:either\s+)?"
)


# who allocated, the people at any length, then "to" the arms, one or the other: "we assigned
# 130 adult women with X and no serious Y to A, B, or matching placebos"
_DISTANT_TO = re.compile(
    r"(?i)\b(?:were|was|we|authors|investigators|they|trial|study)"
    + _ALLOCATED_AT_LENGTH
    + r"\s+to\s+(?!(?:receive|evaluate|assess|compare|determine|investigate|examine|test|explore|"
    r"be|have|the\s+(?:study|trial))\b)(?:either\s+)?(?=[^.;]*\b(?:or|versus|vs\.?)\s)"
)
_VERSUS = re.compile(r"\s+(?:versus|vs\.?)\s+")
_ANOTHER_TO = re.compile(r"\sto\s")


def _distant_alternatives(text: str, start: int) -> list[ArmPhrase]:
    """The arms listed from ``start`` (``_DISTANT_TO``): where one "versus" parts them, the two
    sides whole ("A or B (by C, D, or E) versus no A or B": two arms, not four); else three or
    more ("A, B, or matching placebos")."""
    end = len(text.rstrip())
    if _ANOTHER_TO.search(text, start, end):
        return []  # "to A or B and stratum 2 to A, B or C": two allocations
    versus = list(_VERSUS.finditer(text, start, end))
    if len(versus) == 1:
        cut = versus[0]
        left_end = start + len(text[start : cut.start()].rstrip(" ,"))
        sides = [(start, left_end), (cut.end(), end)]
        phrases = [arm_phrase_at(text, s, e, None) for s, e in sides]
        return usable_arms([p for p in phrases if p is not None])
    listed = usable_arms(listed_arms(text, start, end))
    # a bare "A or B" far from its verb is left to the title or a later sentence: "either to
    # A (the X group) or to B followed by C only if D (the Y group)" reads badly
    return listed if len(listed) >= 3 else []


_RANDOM_DESIGN_RECEIVED = re.compile(  # the design, then who received: "what they received"
    rf"(?i)\brandomi[sz]ed\b.*\b(?:{SUBJECT_NOUNS_PATTERN})\s+"
    r"(?:received|were\s+given|took|ingested|consumed)\s+(?:either\s+)?$"
)


def _unless_breakdown(text: str, counted: list[ArmPhrase]) -> list[ArmPhrase]:
    """Counted arms, unless the sentence allocates only after them: "260 women (184 with X, 76
    with Y) were randomized and included" breaks the people down, and names no arm."""
    if (
        counted
        and not _ALLOCATION_HINT.search(text, 0, counted[0].start)
        and _ALLOCATION_HINT.search(text, counted[-1].end)
    ):
        return []
    return counted


def _from_received(sentences: list[Sentence], sized: bool = False) -> list[ArmPhrase]:
    """The arms of the first Methods or unlabelled sentence that says what the participants
    received, one or the other (``received_alternatives``), or was administered one or the
    other ("drug K or placebo was given nightly in random order", ``administered_alternatives``);
    with ``sized``, only where each arm has its size, every size of the sentence an arm's
    ("received A (n = 144), placebo (n = 75), or B (n = 145)")."""
    for sent in sentences:
        if sent.category in ("METHODS", "UNLABELLED"):
            phrases = usable_arms(received_alternatives(sent.text))
            if sized and not (
                phrases
                and all(p.n is not None for p in phrases)
                and len(_N_IS.findall(sent.text)) == len(phrases)
            ):
                continue  # "A (n = 996) or B 2.5 mg (n = 1,002) or 5 mg (n = 998)": not all read
            phrases = phrases or usable_arms(administered_alternatives(sent.text))
            if phrases:
                return shifted(phrases, sent.start)
    return []


_NAMED_GROUP = opening_with(  # the engine tries the rest only at a G, A or C
    "GgAaCc",
    # any capital letter ("group H" and "group C"), not "group O", a blood group, nor the P of
    # a p value ("in the control group P < 0.01")
    r"\b(?:[Gg]roup|GROUP|[Aa]rm|ARM|[Cc]ohort)\s+(?P<name>[A-NP-Z]|[1-4]|I{1,3}|IV)(?![\w-])"
    r"(?!\s*[<>=≤≥])",
)
_NOT_NAMED_GROUP = re.compile(r"(?i)\b(?:grade|stage|phase|type)\s*$")
_MAX_NAMED = 4


def named_groups(text: str) -> list[ArmPhrase]:
    """Arms the text names by letter or number ("group A", "arm 2", "Group II"): their first
    mentions, in order, when two to four distinct names are written; else none."""
    first: dict[str, re.Match[str]] = {}
    for m in _NAMED_GROUP.finditer(text):
        if _NOT_NAMED_GROUP.search(text, max(0, m.start() - 10), m.start()):
            continue
        first.setdefault(m.group("name"), m)
    if not 2 <= len(first) <= _MAX_NAMED:
        return []
    kinds = {name.isdigit() for name in first}
    if len(kinds) > 1:
        return []  # "group A" beside "arm 2": two naming schemes, no telling which is which
    return [ArmPhrase(m.group(0), m.start(), m.end(), None) for m in first.values()]


_GENERIC_LABEL = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:cases?|controls?|intervention|experimental|study|treatment|active|"
    r"comparison)(?:\s+(?:group|arm))?|(?:group|arm)\s+\w{1,3})$"
)


def with_respective_treatments(
    phrases: list[ArmPhrase], sentences: list[Sentence]
) -> list[ArmPhrase]:
    """Arms named by letter or number ("group C") take what the first "respectively" sentence
    that names two or more of them gives each ("Drug K, drug M and saline were given to Group
    C, Group B and Group D, respectively": group C drug K, group B drug M, group D saline)."""
    names = [_LETTER_LABEL.match(p.label) and p.label.split()[-1].lower() for p in phrases]
    if sum(bool(n) for n in names) < 2:
        return phrases
    for sent in sentences:
        given = {name.lower(): item for name, item in respective_groups(sent.text)}
        if sum(bool(n) and n in given for n in names) < 2:
            continue
        return [
            ArmPhrase(p.label, p.start, p.end, p.n, given[name], p.written)
            if name and name in given and not p.treatment
            else p
            for p, name in zip(phrases, names, strict=True)
        ]
    return phrases


def name_by_respective_groups(arms: list[ArmMention], text: str) -> None:
    """Give an arm the name of the group a "respectively" sentence says had its treatment
    ("Drug K, drug M and saline were given to Group C, Group B and Group D, respectively":
    the arm "drug K" is also "group C"), when the treatment's words name that arm only and no
    arm has that name yet."""
    known = set().union(*(a.words for a in arms)) if arms else set()
    named = False
    for name, item in respective_groups(text):
        tag = "#" + name.lower()
        arm = _unique_best(arms, mention_words(item))
        if arm is not None and tag not in known:
            arm.words |= {tag}
            known.add(tag)
            named = True
    if named:
        _set_distinctive(arms)


def with_treatments(phrases: list[ArmPhrase], sentences: list[Sentence]) -> list[ArmPhrase]:
    """Arms named by role or letter ("case", "control", "group A") take what they received
    from the first sentence that says it for two or more of them ("the case group was treated
    by A, whereas the control group received B"), else each from the words right after one
    of its mentions ("served as the experimental group and received A", ``given_after``)."""
    if not any(_GENERIC_LABEL.match(p.label) and not p.treatment for p in phrases):
        return phrases
    for sent in sentences:
        given = {r.label.lower(): r.treatment for r in received_arms(sent.text) if r.treatment}
        if len(given) < 2 or not any(p.label.lower() in given for p in phrases):
            continue
        phrases = [
            ArmPhrase(p.label, p.start, p.end, p.n, given[p.label.lower()], p.written)
            if _GENERIC_LABEL.match(p.label) and not p.treatment and p.label.lower() in given
            else p
            for p in phrases
        ]
        break
    texts = [sent.text for sent in sentences]
    return [  # "served as the experimental group and received X": one arm at a time
        replace(p, treatment=given_after(p.label, texts, [o.label for o in phrases if o is not p]))
        if _GENERIC_LABEL.match(p.label) and not p.treatment
        else p
        for p in phrases
    ]


def prose_sentences(doc: Doc) -> list[Sentence]:
    """The sentences of ``doc`` outside the parts that hold a table or a figure caption."""
    tables = [(s.start_char, s.end_char) for s in doc._.sections or () if s._.heading in _NOT_PROSE]
    return [s for s in sentences_of(doc) if not any(a <= s.start < b for a, b in tables)]


class Arms:
    """Writes ``Doc._.arms`` (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        phrases: list[ArmPhrase] = []
        sentences = prose_sentences(doc)
        for category in _SECTION_ORDER:
            for sent in sentences:
                if sent.category == category and (phrases := usable_arms(_from_sentence(sent))):
                    break
            if phrases:
                break
        if not phrases:  # each arm with its size: no comparison named elsewhere overrides it
            phrases = _from_received(sentences, sized=True)
        if not phrases:
            phrases = usable_arms(from_title(doc))
        if not phrases:
            phrases = _from_groups_received(sentences)
        if not phrases:
            phrases = from_comparison(doc)
        if not phrases:  # "Intervention participants received A; controls received B"
            phrases = role_arms(sentences)
        if not phrases:
            phrases = generic_arms(text_of(doc))
        if not phrases:
            phrases = named_groups(text_of(doc))
        if not phrases:
            phrases = _from_received(sentences)
        if not phrases:  # "a randomized trial of A or B"
            phrases = trial_of_arms(sentences)
        if not phrases:  # "the exercise and control groups"
            phrases = usable_arms(group_pair_arms(text_of(doc)))
        if not phrases:  # "Of 47 patients eligible (25 drug K, 22 drug L)"
            phrases = usable_arms(split_total_arms(text_of(doc)))
        if not phrases:  # "a trial comparing A and B in ..."
            phrases = from_compared_and(doc)
        phrases = with_shared_head(phrases, text_of(doc))  # "immediate or sequential withdrawal"
        phrases = with_respective_treatments(phrases, sentences)
        arms = build_arms(with_treatments(phrases, sentences), doc._.long_forms or {})
        name_by_abbreviations(arms, text_of(doc), doc._.long_forms or {})
        name_by_initials(arms, text_of(doc))
        name_by_letter(arms, text_of(doc))
        name_by_sized_bracket(arms, text_of(doc))
        name_by_order(arms, text_of(doc))
        name_by_respective_groups(arms, text_of(doc))
        mark_aimed_comparator(arms, text_of(doc))
        fill_sizes(arms, text_of(doc))
        fill_listed_sizes(arms, text_of(doc))
        for sent in sentences:
            fill_analysed(arms, sent.text)
        doc._.arms = arms
        return doc


_TOKEN = re.compile(r"[^\W_][\w-]*")
# the group an n counts, named right after it: "n=77 for A", "n = 60 in the A group"
_N_FOR_ARM = re.compile(
    r"\s+(?:for|in|on|with|receiving)\s+(?:the\s+)?(?P<arm>[^\W\d_][\w+-]*(?:\s+(?!(?:and|or|vs|"
    r"versus)\b)[\w+-]+){0,3})"
)
_N_IS = re.compile(rf"(?:[(\[,:]\s*|\s)[nN]\s*=\s*(?P<n>{COUNT_PATTERN})(?![\d.])")
# the name a bracket gives before its n: "(CM for alcohol, n = 30)", "[group A; n=12]"
_DOSE_UNIT = r"(?:mg|g|µg|μg|mcg|ml|iu|units?|gy)\b"
_BRACKET_LABEL = re.compile(r"[(\[]\s*(?P<label>[^()\[\];,=]{2,60}?)\s*[,;:]?\s*$")


def _bracket_label(text: str, at: int) -> str | None:
    """The words between an opening bracket and the n at ``at`` ("CM for alcohol" of "(CM for
    alcohol, n = 30)"), else None."""
    m = _BRACKET_LABEL.search(text, max(0, at - 62), at)
    return m["label"] if m else None


def _dose_in(word: str, window: str) -> bool:
    """Whether an arm's distinctive ``word`` is a dose written in ``window`` ("15" of "drug K
    15 mg (n=281)" beside "drug K 30 mg")."""
    return (
        word[:1].isdigit()
        and re.search(rf"(?<![\d.]){re.escape(word)}\s*{_DOSE_UNIT}", window) is not None
    )


_LAST_WORD = re.compile(r"([a-z][\w-]*)\s*$")
_EACH = re.compile(r"(?i)\s*(?:each|per\s+(?:group|arm)|in\s+each(?:\s+(?:group|arm))?)\b")
# "two groups (n=25 each)", "2 groups by consecutive randomization (n = 65 each)"
_GROUPS_BEFORE = re.compile(r"(?i)\b(?:groups|arms)\b[^.;()]{0,40}$")
_MONO_END = re.compile(r"(?i)\s+(?:alone|only|monotherapy)$")
_LIST_END = re.compile(r"(?:\b(?:and|or)|,)\s*$")  # a label that ends a list of labels
_GROUP_WORD_END = re.compile(r"(?i)\s*(?:\b(?:group|arm|cohort)s?)?\s*$")


def _named_whole(arms: list[ArmMention], text: str, at: int) -> ArmMention | None:
    """The arm whose whole label (less "alone", "only" or "monotherapy") the text right before
    ``at`` ends with, maybe followed by "group" or "arm": the longest such label ("the
    daratumumab plus pomalidomide and dexamethasone group (n=151)" names that arm, not
    "pomalidomide and dexamethasone alone"); else None."""
    head = text[max(0, at - 200) : at]
    head = head[: _GROUP_WORD_END.search(head).start()].lower()  # type: ignore[union-attr]
    best: tuple[int, ArmMention] | None = None
    for arm in arms:
        core = _MONO_END.sub("", arm.label).lower()
        if len(core) < 4 or not head.endswith(core):
            continue
        before = head[: len(head) - len(core)]
        if before and (before[-1].isalnum() or before[-1] == "-"):
            continue
        if _LIST_END.search(before):
            return None  # "the A and control groups (n=16 each)": the n of a list of arms
        if best is None or len(core) > best[0]:
            best = (len(core), arm)
    return best[1] if best else None


# "randomized into two groups (30 patients in each group)", "40 patients with 20 in each group
# were included", "were recruited, 20 in each group", "There were 16 patients in each group"; not
# "Two patients in each group had X", "discontinued (seven in each group)": events
_IN_EACH = re.compile(
    rf"(?i)(?:(?P<bracket>\()|(?:(?P<total>{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})\s+"
    rf"(?:(?:{SUBJECT_NOUNS_PATTERN})\s+)?)?\bwith\s+|,\s+|\bthere\s+were\s+)"
    rf"(?P<n>{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})\s+(?:(?:{SUBJECT_NOUNS_PATTERN})\s+)?"
    r"(?:in|per)\s+each\s+(?:group|arm)\b"
    r"(?=\s*(?:[.;,)]|$|(?:were|was)\s+(?:included|enrolled|randomi[sz]ed|recruited|analy[sz]ed)))"
)
_BRACKET_CLOSE = re.compile(r"\s*\)")
_SIZE_SENTENCE = re.compile(
    r"(?i)\b(?:randomi[sz]|allocat|assign|divided|recruit|enrol|includ|there\s+were)"
)


def _each_group_size(text: str, arms: list[ArmMention]) -> int | None:
    """The size of every group where the text gives one for each (``_IN_EACH``) in a sentence
    that allocates, enrols or includes people, and the total written with it, if any, is that
    many times the number of arms; else None."""
    for m in _IN_EACH.finditer(text):
        if m["bracket"] and m.end() < len(text) and not _BRACKET_CLOSE.match(text, m.end()):
            continue  # "(30 patients in each group, drug A or B)": a bracket of more
        start, end = sentence_bounds(text, m.start(), m.end())
        if not _SIZE_SENTENCE.search(text, start, end):
            continue
        n = parse_count(m["n"]) or 0
        total = parse_count(m["total"]) if m["total"] else None
        if n > 0 and (total is None or total == n * len(arms)):
            return n
    return None


def fill_sizes(arms: list[ArmMention], text: str) -> None:
    """Give arms without n the n of each group after "groups" ("the A and B groups (n=16
    each)", "n = 20 per group"), the n written right after an arm's whole label, the longest
    that fits ("the A plus B group (n=151)" beside the arm "B alone": ``_named_whole``), after
    the name a bracket gives it ("(CM for alcohol, n = 30)" beside the arm "CM for alcohol and
    drugs": ``nested_arm``), or right after one of their distinctive words elsewhere
    ("desvenlafaxine, n = 115", "the placebo group (n=112)", "a waitlist-control group
    (n=10)"; a dose that tells arms of one drug apart: "drug K 15 mg (n=281), drug K 30 mg
    (n=285)") or after its group's name and "=" right after an allocation ("randomised (group
    A = 72, group B = 78)"), or right before one arm's name ("n=77 for A and n=74 for B": A's,
    then B's), else the number written right before them ("41 to GA and 39 to PVB", "(122
    letrozole, 104 placebo)"; not the one number of "299 women were randomized to A or B" or
    "269 adults received A, B or C"; not those of a clause that reports events: "40 in the A
    group (2%) and 85 in the B group (4%) developed X", "186 developed X (82 on A and 104 on
    B)", nor the parts of a total split by arm: "399 recurrences (164 A and 235 B)"); the
    first counts."""
    wanted = [a for a in arms if a.n is None]
    if not wanted:
        return
    if len(wanted) == len(arms) and " each " in text and (each := _each_group_size(text, arms)):
        for arm in arms:  # "randomized into two groups (30 patients in each group)"
            arm.n = each
        return
    for m in _N_IS.finditer(text) if "=" in text else ():
        n = parse_count(m.group("n")) or 0
        if (  # "the A and B groups (n=16 each)"; not "nausea (n = 1 each)", events
            n > 0
            and _EACH.match(text, m.end())
            and _GROUPS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ):
            for arm in wanted:
                arm.n = n if arm.n is None else arm.n
            continue
        named_after = _N_FOR_ARM.match(text, m.end())
        found = [a for a in arms if named_after and a.distinctive & mention_words(named_after[1])]
        if len(found) == 1:  # "(n=77 for A and n=74 for B)": each n the arm named after it
            if found[0].n is None and n > 0:
                found[0].n = n
            continue
        whole = _named_whole(arms, text, m.start())
        if whole is not None:  # "the A plus B group (n=151)" beside "B alone": A plus B's
            if whole.n is None and n > 0:
                whole.n = n
            continue
        labelled = _bracket_label(text, m.start())
        named = labelled and nested_arm(arms, mention_words(labelled))
        if named:  # "(CM for alcohol, n = 30)" beside "CM for alcohol and drugs": the first
            if named.n is None and n > 0:
                named.n = n
            continue
        window = text[max(0, m.start() - 30) : m.start()].lower()
        before = set(re.findall(r"[a-z][\w-]*", window)) | set(re.findall(r"[a-z]\w*", window))
        last = _LAST_WORD.search(window)  # a short name counts only right before: "P2 (n = 174)"
        # its parts as an arm's words are: "S-1 (N = 69)" beside the arm "S-1 40-60 mg" ("s", "1")
        last_words = mention_words(last[1]) | {last[1]} if last is not None else set()
        for arm in wanted:
            if (
                arm.n is None
                and n > 0
                and any(
                    (len(w) >= 4 and w in before) or w in last_words or _dose_in(w, window)
                    for w in arm.distinctive
                )
            ):
                arm.n = n
                break
    for m in _GROUP_IS.finditer(text) if "=" in text else ():
        if not _ALLOCATION_HINT.search(text, max(0, m.start() - 60), m.start()):
            continue  # "SN involvement in 32: group A = 14 (25.5%)": events, not sizes
        tag = "#" + m["name"].lower()
        tagged = [a for a in arms if tag in a.distinctive]
        if len(tagged) == 1 and tagged[0].n is None:
            tagged[0].n = int(m["n"])  # "(group A = 72, group B = 78)"
    before_arms = list(_N_BEFORE_ARM.finditer(text))
    naming = [[a for a in arms if a.distinctive & mention_words(m["arm"])] for m in before_arms]
    # "399 recurrences (164 letrozole and 235 placebo)": the parts of a total of events; not
    # "57 of whom (26 A and 31 B) were analyzed", the arms' sizes
    split = {c.start for c in find_split_counts(text)} if before_arms else set()
    for m, found in zip(before_arms, naming, strict=True):
        if m.start("n") in split and (
            not _split_sizes(text, m.start("n"))
            or reports_events(_after_bracket(text, m.start("n")))
        ):
            continue  # "136 women (74 A, 62 B) developed X": events
        if _all_of_them(text, m) and not any(
            other is not m
            and named
            and named != found
            and ". " not in text[min(m.end(), other.end()) : max(m.start(), other.start())]
            for other, named in zip(before_arms, naming, strict=True)
        ):
            # "299 women were randomized to A or B": all of them, not A's; another count
            # must name another arm ("51 were randomized to A (34) or B (17) in a 2:1 ratio")
            continue
        n = parse_count(m.group("n")) or 0
        if after_a_month(text, m.start("n")):
            continue  # "to October 1, 2019 to identify placebo-controlled trials": a year
        if _LISTED_COUNT.search(text, max(0, m.start("n") - 12), m.start("n")) and (
            "respectively" in text[m.end() : m.end() + 150].split(". ")[0]
        ):
            continue  # "152 and 154 in the A and B groups, respectively": 154 is not A's
        if reports_events(_count_scope(text, m.start("n"))):
            continue  # "40 women in the A group (2%) had developed X": events, not a size
        if _events_sentence(text, m.start("n")):
            continue  # "Relapse occurred in 2 women in the A group and 3 women in the B group"
        if len(found) == 1 and found[0].n is None and 1 < n < 100000:
            found[0].n = n


def fill_listed_sizes(arms: list[ArmMention], text: str) -> None:
    """Give arms still without n the counts a list gives their names ("271 and 278 patients
    received A and B, respectively", "(TAM 64, ACT 65)": ``arm_size_lists``), where each name
    of the list names another arm (``_one_arm_each``); the first such list counts."""
    if all(a.n is not None for a in arms) or len(arms) < 2:
        return
    for pairs in [*respective_sizes(text), *bracket_sizes(text)]:
        named = _one_arm_each(arms, [name for name, _ in pairs])
        if named is None:
            continue
        for arm, (_, n) in zip(named, pairs, strict=True):
            if arm.n is None and n > 0:
                arm.n = n
        return


def _one_arm_each(arms: list[ArmMention], names: list[str]) -> list[ArmMention] | None:
    """The arm each of ``names`` names by its distinctive words, alone, when they are all
    different; else None."""
    named = []
    for name in names:
        words = mention_words(name)
        scores = sorted(((len(a.distinctive & words), i) for i, a in enumerate(arms)), reverse=True)
        if scores[0][0] == 0:  # "TAM" beside "tamoxifen (TAM)" and "A and C plus TAM (ACT)"
            nested = nested_arm(arms, words)
            if nested is None:
                return None
            named.append(nested)
        elif len(scores) > 1 and scores[1][0] == scores[0][0]:
            return None
        else:
            named.append(arms[scores[0][1]])
    return named if len({a.id for a in named}) == len(named) else None


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


_PEOPLE_SPLIT = re.compile(rf"(?i)\b(?:{SUBJECT_NOUNS_PATTERN})\b[^()]{{0,12}}$")


def _split_sizes(text: str, at: int) -> bool:
    """Whether the part of a split total at ``at`` counts an arm's people: the total counts
    people ("2471 eligible women (1238 on A and 1233 on B)") or its sentence says they were
    randomized, analysed, included ... ("57 of whom (26 A and 31 B) were analysed")."""
    bracket = text.rfind("(", max(0, at - 80), at)
    if bracket > 0 and _PEOPLE_SPLIT.search(text, max(0, bracket - 40), bracket):
        return True
    return SIZE_WORDS.search(text, *sentence_bounds(text, at, at)) is not None


_OR = re.compile(r"\bor\b")
# the count before ends a list of counts: "152 and 154", "12, 15 and 18" ("(22 A, 18 B) ...,
# respectively" lists no counts)
_LISTED_COUNT = re.compile(r"\d\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _all_of_them(text: str, m: re.Match[str]) -> bool:
    """Whether the count of ``m`` (``_N_BEFORE_ARM``) may be all the people rather than its
    arm's: it is randomized, assigned or allocated ("299 women were randomized to A"), or it
    received one of several ("269 adults received A, B or C"); not "25 received B (group B)"."""
    verb = m["verb"]
    if not verb:
        return False
    end = _SENTENCE_END.search(text, m.end())
    rest = text[m.end() : end.start() if end else len(text)]
    return not verb.startswith(("received", "were given")) or bool(_OR.search(rest))


_LEAD_STOP = re.compile(r"[,;:(\[]|[.!?]\s")  # where the clause before a bracket starts


def _events_sentence(text: str, at: int) -> bool:
    """Whether the sentence of the count at ``at`` reports events before it ("Relapse occurred
    in 2 women in the A group and 3 women in the B group") and says nothing of allocating,
    enrolling or analysing its people (``SIZE_WORDS``)."""
    start, end = sentence_bounds(text, at, at)
    return reports_events(text[start:at]) and not SIZE_WORDS.search(text, start, end)


def _count_scope(text: str, at: int) -> str:
    """What the count at ``at`` is said of: in a bracket, the bracket and the clause it follows
    ("186 developed X (82 on A and 104 on B)"); else the text from the count to the first comma
    or semicolon outside brackets or the end of the sentence ("40 underwent B; one was
    excluded": "40 underwent B")."""
    end = _SENTENCE_END.search(text, at)
    stop = end.start() if end else len(text)
    opened = _bracket_open_at(text, at)
    level = 0
    for i in range(at, stop):
        if text[i] in "([":
            level += 1
        elif text[i] in ")]":
            level -= 1
            if level < 0:  # the bracket holding the count closes
                stop = i
                break
        elif text[i] in ",;" and level == 0 and opened is None:
            stop = i
            break
    if opened is None:
        return text[at:stop]
    lead = [m.end() for m in _LEAD_STOP.finditer(text, max(0, opened - 100), opened)]
    return text[lead[-1] if lead else max(0, opened - 100) : stop]


def _bracket_open_at(text: str, at: int) -> int | None:
    """Where the bracket that holds the position ``at`` opens, within its sentence; else None."""
    level = 0
    for i in range(at - 1, max(-1, at - 300), -1):
        if text[i] in ")]":
            level += 1
        elif text[i] in "([":
            if level == 0:
                return i
            level -= 1
        elif _SENTENCE_END.match(text, i):
            return None
    return None


_CLAUSE_STOP = re.compile(r"[,;(\[]|[.!?](?:\s|$)")


def _after_bracket(text: str, at: int) -> str:
    """What follows the bracket that holds the position ``at``, to the next comma, semicolon,
    bracket or sentence end ("developed X" of "136 women (74 A, 62 B) developed X (RR ...)");
    "" when it closes in no sentence."""
    level = 0
    for i in range(at, min(len(text), at + 300)):
        if text[i] in "([":
            level += 1
        elif text[i] in ")]":
            if level == 0:
                stop = _CLAUSE_STOP.search(text, i + 1)
                return text[i + 1 : stop.start() if stop else len(text)]
            level -= 1
        elif _SENTENCE_END.match(text, i):
            return ""
    return ""


def named_in_order(text: str, arms: list[ArmMention]) -> list[ArmMention]:
    """The arms ``text`` names, each once, in the order it first names them."""
    order: list[ArmMention] = []
    for words in _naming_words(text):
        named = [a for a in arms if a.distinctive & words]
        if len(named) == 1 and named[0] not in order:
            order.append(named[0])
    return order


# one group named by its letter or number: "Arm A", "group 2" (its letter alone is a word of
# no arm: "A" is an article)
_ONE_GROUP = re.compile(
    r"\b(?:[Gg]roup|GROUP|[Aa]rm|ARM|[Cc]ohort)\s+(?P<name>[A-Z]|[IVX]{1,4}|\d{1,2})\b"
)


def _naming_words(text: str) -> Iterator[set[str]]:
    """The words of each token of ``text`` in order, a group named by its letter or number,
    alone or in a list, giving its words as "group X" would ("Groups A and B": "#a", then
    "#b"; "in Arm A (16%) or Arm C": "#a", then "#c")."""
    at = 0
    lists = group_lists(text)
    singles = [
        (m.start(), m.end(), [m["name"]])
        for m in _ONE_GROUP.finditer(text)
        if not any(s <= m.start() < e for s, e, _ in lists)
    ]
    for start, end, names in [*sorted(lists + singles), (len(text), len(text), [])]:
        yield from (mention_words(m.group(0)) for m in _TOKEN.finditer(text, at, start))
        yield from (mention_words(f"group {name}") for name in names)
        at = end


def fill_analysed(arms: list[ArmMention], sentence: str) -> None:
    """Give arms the number that completed or was analysed when ``sentence`` writes it per
    arm (``find_analysed_counts``): a count written before an arm goes to that arm ("analysed
    45 in group A and 43 in group B"); counts listed without arms ("In the A and B groups, 19
    and 23 students completed the programme") go to the arms the sentence names, in order,
    when it names as many, else, when it names none, to the trial's arms in order when there
    are as many and each count is at most its arm's n. A count above its arm's n (randomised)
    is left out; the first count given to an arm stays."""
    if len(arms) < 2 or not sentence:
        return
    found = find_analysed_counts(sentence)
    listed = [f for f in found if f.arm is None]
    given: list[tuple[ArmMention, int]] = []
    for f in found:
        if f.arm is not None:
            named = [a for a in arms if a.distinctive & mention_words(f.arm)]
            if len(named) == 1:
                given.append((named[0], f.n))
    if listed:
        order = named_in_order(sentence, arms)
        if (
            not order
            and len(arms) == len(listed)
            and all(a.n is not None and f.n <= a.n for a, f in zip(arms, listed, strict=True))
        ):
            order = list(arms)
        if len(order) == len(listed):
            given += [(a, f.n) for a, f in zip(order, listed, strict=True)]
    for arm, n in given:
        if arm.analysed is None and (arm.n is None or n <= arm.n):
            arm.analysed = n


_GROUP_IS = re.compile(
    r"\b(?:[Gg]roup|[Aa]rm)\s+(?P<name>[A-Z0-9]{1,2})\s*=\s*(?P<n>\d{1,5})(?![\d%]|[.,]\d)"
)
_N_BEFORE_ARM = opening_with(  # every match opens with its count or what leads to it
    r"\d(,;:awTt",
    # not after a digit's comma: "44,970 women in the A group" is no count of 970
    r"(?:^|(?<=\.\s)|(?:[(;:]|(?<!\d),|,(?=\s))\s*|\band\s+|\bwith\s+|"
    # "There were 43 patients in the A group", "there were 25 in group 1" (not "28 VTEs on A")
    rf"\b[Tt]here\s+were\s+(?=\d[\d,]*\s+(?:(?:{SUBJECT_NOUNS_PATTERN}|pts)\b|in\s)))"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,5})\s+"
    rf"(?:(?:{SUBJECT_NOUNS_PATTERN}|pts)\s+)?"
    r"(?P<verb>(?:were\s+)?(?:randomly\s+)?(?:randomi[sz]ed|assigned|allocated)\s+|"
    r"(?:received|were\s+given)\s+)?"
    # "to 5 years (of) A": how long, then the arm
    r"(?:(?:to|in|into|on)\s+(?:the\s+)?(?:\d{1,2}\s+(?:weeks?|months?|years?)\s+(?:of\s+)?)?|"
    r"(?=[A-Za-z]))"
    r"(?=(?P<arm>(?!(?i:or|and|nor|to|versus|vs|mg|g|mcg|ug|ml|kg|iu|u|units?|mmol|times|"
    r"doses?|s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|months?|years?|"
    # a regimen's units: "(12 cycles of 150 mg/m2 A)"
    r"cycles?|courses?|sessions?|fractions?|infusions?|injections?|tablets?|capsules?|visits?)\b)"
    r"[A-Za-z][\w+-]*(?:\s+[\w+-]+){0,2}))",  # looked at, not consumed; no dose, no time
)


@Language.factory(
    "evg_arms",
    assigns=["doc._.arms"],
    requires=["doc._.sections", "doc._.long_forms", "token.is_sent_start"],
)
def make_arms(nlp: Language, name: str) -> Arms:
    declare_section_extensions()
    if not Doc.has_extension("arms"):
        Doc.set_extension("arms", default=None)
    return Arms()
