"""The ``evg_population`` component: who was studied, how many, with what condition.

Reads sentences, ``Doc._.article`` (MeSH headings), ``Doc._.quantities``, ``Doc._.arms`` and
``Doc._.long_forms``; writes ``Doc._.population`` (the trial's main population),
``Doc._.animal_population`` (an animal model or cells studied beside it), each a
``PopulationMention`` or None, and ``Doc._.other_populations`` (each species studied beside
the trial's people, "mouse", "in vitro", ..., to its ``PopulationMention``). Method:
- n and text: the first "N <people noun>" sample size (sentences about allocation or
  enrolment first, Methods before other sections), the text running from it to the end of
  its clause ("63 adults with asthma who smoked"); the sum of the arms' n where that count
  is one arm's and the sentence goes on with the others' ("239 patients were assigned to A
  and 235 to B"), or every arm has its n ("Of 84 patients randomly assigned to A", "30
  patients in each group"); else the sum of the arms' n (where every arm has one) and a "patients
  with ..." phrase of the title. In a review of studies only a total counts ("a total of
  1,234 participants", "13 studies (972 participants)"), never one study's count or the
  pooled arms' (``review_total``).
- conditions: the record's own MeSH headings (category C or F03, mental disorders, when the
  index has tree numbers) named in the population text (by label, entry term or an
  abbreviation's long form), else in the title, else in the abstract's human sentences;
  failing those, index look-ups of the population text's word n-grams that land in those
  categories, else of the title's people ("... in patients with early-stage non-small-cell
  lung cancer"), else of its words after "in", "for", "with" ("Ozone therapy versus surgery
  for lumbar disc herniation"): records not yet indexed for MeSH, as most of a PubMed update
  file's are, name their condition there.
- enrolled/randomised/analysed counts, age group and sex: ``extractors.population_facts``
  on the population text and title, then the Methods (and Results) sentences;
- species: "human" when MeSH has Humans or the text speaks of patients, participants,
  subjects, volunteers, women, men, children; sentences naming mice/murine, rats or an animal
  model make the animal population ("mouse", "rat", "animal"), its text the model phrase;
  sentences about cells ("in vitro", cell lines, cultured cells; not "in vitro
  fertilisation") make it the same way with species "in vitro".

Example: "We enrolled 63 adults with chronic kidney disease (CKD) who were on dialysis." gives
n=63, text "63 adults with chronic kidney disease (CKD)", species "human".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from extractors.abbreviations import expand_abbreviations
from extractors.caseless import LowerCaseSearch
from extractors.components.inputs import article_of, text_of
from extractors.components.mesh_linking import (
    MeshLinker,
    TermMatch,
    disorder_names,
    find_terms,
    norm_words,
    word_tokens,
)
from extractors.components.quantities import within
from extractors.components.sections import Sentence, declare_section_extensions, sentences_of
from extractors.numbers import (
    COUNT_PATTERN,
    WORD_NUMBER_PATTERN,
    SampleSize,
    opening_with,
    parse_count,
)
from extractors.population_facts import participant_counts, participants_age_group, sex

HUMAN_CUE = re.compile(
    r"(?i)\b(?:patients?|participants?|subjects|volunteers?|women|men|children|adults?|"
    r"infants?|adolescents?|people|persons|individuals|neonates|newborns|girls|boys|humans?|"
    r"outpatients|inpatients|clinical\s+(?:study|trial))\b"
)
# searched in the lower-cased text: about twice as fast (extractors.caseless)
_HUMAN_CUE_FAST = LowerCaseSearch(HUMAN_CUE)
IN_VITRO = "in vitro"
_ANIMALS = (
    ("mouse", re.compile(r"(?i)\b(?:mice|mouse|murine)\b")),
    ("rat", re.compile(r"(?i)\b(?:rats?)\b")),
    ("animal", re.compile(
        r"(?i)\b(?:animal\s+models?|animals|rabbits?|dogs?|pigs?|piglets|sheep|primates?|"
        r"monkeys?|zebrafish|rodents?|hamsters?|guinea\s+pigs?)\b")),
    # cells, not organisms: kept apart from the trial's people like an animal model is (but
    # "in vitro fertilisation" is a treatment of people)
    (IN_VITRO, re.compile(
        r"(?i)\b(?:in\s+vitro(?!\s+(?:fertili[sz]ation|maturation|diagnostic))|cell\s+lines?|"
        r"cell\s+cultures?|cultured\s+(?:cells|\w+(?:cytes|blasts)))\b")),
)  # fmt: skip
_ANY_ANIMAL = re.compile(
    "|".join(f"(?:{pattern.pattern.removeprefix('(?i)')})" for _, pattern in _ANIMALS),
    re.IGNORECASE,
)
_ANIMAL_SUBSTRINGS = (
    "mice", "mouse", "murine", "rat ", "rats", "rat,", "rat.", "animal", "rabbit", "dog", "pig",
    "sheep", "primate", "monkey", "zebrafish", "rodent", "hamster", "vitro", "cell line",
    "cell culture", "cultured",
)  # fmt: skip
_MODEL = re.compile(
    r"(?i)\b(?P<cue>murine|mouse|mice|rats?|animal|rodent|rabbit|canine|porcine)\b"
    r"(?:\s+[\w/-]+){0,2}?\s+models?\s+of\s+(?P<what>[^,;.]+)"
    r"|\b(?P<cue2>mice|rats|animals|rabbits|dogs|pigs)\s+with\s+(?P<what2>[^,;.]+)"
)
_MODEL_END = re.compile(
    r"\s(?:following|which|that|was|were|is|are|and|in\s+which|to|by|after|before|using|"
    r"where|while|then|treated|received)\b"
)
_CLAUSE_END = re.compile(
    r",\s|;|:|[.?](?:\s|$)|\s\((?=[^)]*(?:\bn\s*=|\d\s*%|\byears\b))|\s(?:were|was|are|is|had|have|"
    r"received|underwent|completed|participated|entered|took|met|gave|agreed|randomi[sz]ed|"
    r"assigned|allocated|enrolled|recruited|included|treated|followed|from|at|will|would|should|"
    r"may|can|must|admitted)\b"
    r"|\sin\s+(?:an?|this|our)\s|\sfor\s+\d"
)
# a people noun after a participle right after the count: the participle is an adjective
# ("All the 41 enrolled patients", "120 randomized participants"; not "the phase 2 study
# included patients")
_PEOPLE_AFTER = re.compile(
    r"\s+(?:patients|participants|subjects|women|men|children|adults|infants|volunteers|"
    r"individuals|people|persons)\b"
)
_PHRASE_START = re.compile(r"(?:^|[.;:]\s|,\s|\n)(?!.*(?:[.;:]\s|,\s|\n))", re.DOTALL)
_PEOPLE_WORD = re.compile(
    r"(?i)\b(?:patients|participants|subjects|adults|children|women|men|males|females|infants|"
    r"people|individuals|volunteers|adolescents|neonates|smokers|survivors|students|veterans)\b"
)
_MORE_PEOPLE = re.compile(  # people nouns the sample sizes of ``quantities`` do not take
    rf"(?<![\w.,/-])(?P<n>{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    r"(?P<noun>males|females|pupils|teenagers|youths|caregivers|carers|soldiers|players|learners)\b"
)
_MORE_NOUNS = (
    "males", "pupils", "teenagers", "youths", "caregivers", "carers", "soldiers", "players",
    "learners",
)  # fmt: skip
_NOT_A_NOUN_PHRASE = re.compile(
    r"(?i)\b(?:to|into|were|was|received|assigned|allocated|randomi[sz]ed|versus|or)\b"
)
_ALLOCATED_BEFORE = re.compile(
    r"(?i)\b(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\s+(?:a\s+total\s+of\s+)?$"
)
_ALLOCATED_TO = re.compile(r"\s(?:to|into|between)\s(?!\d)")
# words that cannot end the phrase: a relative or a conjunction left by the cut, or an adverb
# whose participle was cut ("104 patients previously enrolled were eligible")
_DANGLING = re.compile(
    r"(?i)(?:\s+(?:who|that|which|whose|and|or|with|all|previously|initially|originally|"
    r"subsequently|eventually|ultimately|finally|successfully|consecutively|prospectively|"
    r"retrospectively|randomly|already))+$"
)
_ENROLMENT = re.compile(r"(?i)randomi|enrol|recruit|includ|allocat|assign|particip")
_ENROLMENT_FAST = LowerCaseSearch(_ENROLMENT)
_TITLE_PEOPLE = re.compile(
    r"(?i)\b(?:in|among|for)\s+(?P<p>(?:[\w-]+\s+){0,2}?(?:patients|adults|children|women|men|"
    r"infants|people|subjects|participants|individuals|smokers|survivors|neonates)\b[^:;.?]*)"
)
_PLANNED_BEFORE = re.compile(
    r"(?i)(?:\b(?:planned|intended|aimed|designed|targeted|expected)(?:\s+(?:to|for))?"
    r"(?:\s+(?:enrol|enroll|recruit|randomi[sz]e|include|accrue)\w*)?"
    r"|\btarget(?:\s+(?:of|was|sample(?:\s+size)?(?:\s+(?:of|was))?))?"
    r"|\bsample\s+size\s+(?:of|was)|\ball\s+but|\b(?:more|fewer|less)\s+than)\s+$"
)
_PLANNED_WITHIN = re.compile(r"(?i)\b(?:planned|intended|targeted|anticipated|required)\b")
_OF_PLANNED = re.compile(
    rf"(?<![\w.,/-])(?P<n>{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})\s+of\s+(?:the\s+|a\s+)?"
    r"(?i:planned|targeted|intended|anticipated)\s+$"
)
# a count in a bracket with its share of a whole after it is a subgroup's: "with more men than
# women (n = 5, 83.3%)", not the sample ("(n = 13 671, 99% males)" is the sample)
_SHARE_AFTER = re.compile(r"\s*[,;]\s*\d+(?:[.·]\d+)?\s*%\s*\)")
# "Participants were <who they were>": the people are named after the copula
_PEOPLE_WERE = re.compile(
    r"(?i)(?:the\s+)?(?:participants|subjects|respondents|patients)\s+(?:were|included)\s+"
    r"(?!(?:randomi[sz]ed|randomly|assigned|allocated|enrolled|recruited|included|asked|"
    r"invited|aged|treated|followed|screened|divided)\b)"
)
# a phrase that only names people, then its count and the copula (``_described_after``)
_ONLY_PEOPLE = re.compile(
    r"(?i)(?:the\s+|all\s+)?(?:participants|subjects|respondents|patients|volunteers|"
    r"individuals|people|persons|enrollees)"
)
_COUNT_THEN_WERE = re.compile(
    r"\s*\([^()]{1,40}\)\s*(?:were|was)\s+(?![\d(])(?!(?:randomi[sz]ed|randomly|assigned|allocated|"
    r"enrolled|recruited|included|excluded|asked|invited|aged|treated|followed|screened|divided|"
    r"on\s+average|mean|median|between|mostly|predominantly|largely|mainly|primarily|similar|"
    r"comparable|well|balanced|more|less|older|younger|not|then|also|given|instructed|"
    r"required|eligible|analy[sz]ed|evaluated|assessed|examined)\b)"
)
_DESCRIPTION_END = re.compile(r";|:|[.?](?:\s|$)")
_ANY_COUNT = re.compile(rf"(?<![\w.,/-])(?:{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})(?![\w.,/]\d)")
# a review of studies: its counts of people are per study or per comparison unless it says
# they are the total (publication types, else the title's or the aims' words)
_REVIEW_TYPES = frozenset({"Review", "Systematic Review", "Meta-Analysis", "Scoping Review"})
_REVIEW_WORDS = opening_with(  # tried only at the words' first letters
    "smlut",
    r"(?i)\b(?:systematic(?:ally)?\s+review|meta-?analys[ie]s|(?:literature|scoping|umbrella)\s+"
    r"review|this\s+review)",
)
_PEOPLE_NOUNS = (
    r"(?:participants|patients|subjects|people|persons|individuals|adults|children|women|men|"
    r"infants|neonates)"
)
_TRIAL_TITLE = re.compile(
    r"(?i)\b(?:randomi[sz]ed|controlled|clinical|pilot|feasibility)\s+(?:[\w-]+\s+)?trial\b"
)
_NUMBER = rf"(?:{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})"
_STUDIES = r"(?:stud(?:y|ies)|trials?|RCTs?|articles?|reports?|cohorts?|publications?|papers?)"
# "a total of 1,234 participants", "totalling 475 patients", "(152 participants in total)"
_TOTAL_BEFORE = re.compile(
    r"(?i)\b(?:a\s+total(?:\s+number)?\s+of|total(?:l?ing)?|in\s+total|overall|altogether|"
    r"combined|pooled|all)\s+(?:[\w-]+\s+){0,2}?$"
)
_TOTAL_AFTER = re.compile(r"(?i)[^;:,.()]{0,40}?\b(?:in\s+total|overall|altogether|in\s+all)\b")
# "We included 13 studies (972 participants)", "Sixteen RCTs involving 3372 patients": the
# count of studies stands before the people's in their sentence, neither at the head of a
# bracket ("(seven studies with 1728 participants)") nor right before the people's with a comma,
# as one comparison's evidence is given ("(RR 0.63; 4 studies, 2247 participants)")
_STUDIES_BEFORE = re.compile(rf"(?<![(\[])\b{_NUMBER}\s+(?:[\w/-]+\s+){{0,6}}?{_STUDIES}\b")
# between the count of studies and the people's: another count of people ("(10 trials, 1922
# participants) and function (10 trials, 1939 participants)"), or a new clause
_BETWEEN_NOT = re.compile(rf"^\s*,\s*$|;|{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE_NOUNS}\b")
# "1479 children from 16 publications", "3,073 patients from 6 RCTs"
_STUDIES_AFTER = re.compile(
    rf"[^;.]{{0,40}}?\b(?:from|in|across|of)\s+(?:the\s+)?{_NUMBER}\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_STUDIES}\b"
)
# one study's count among others: "one with 183 adults and one with 174 children", "(2
# trials, with 58 and 14 participants)", "each with 40 patients"
_ONE_OF_SEVERAL = re.compile(
    r"(?i)(?:\b(?:one|another|the\s+other|each|both|either|first|second|third)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:with|of|in|involving|including|enrolling|recruiting)\s+"
    r"|\d\s*(?:,|and|or)\s+)$"
)
_ANIMAL_NOUNS = {"mice", "rats", "animals", "rabbits", "dogs", "pigs"}
_NOT_PEOPLE = _ANIMAL_NOUNS | {
    "clinics", "hospitals", "practices", "schools", "communities", "villages", "households",
}  # fmt: skip
_SECTION_ORDER = ("METHODS", "UNLABELLED", "OTHER", "RESULTS", "OBJECTIVE", "BACKGROUND")
_MAX_WORDS = 25


@dataclass(slots=True)
class PopulationMention:
    text: str
    start: int | None
    end: int | None
    n: int | None
    species: str | None
    conditions: list[tuple[str | None, str]] = field(default_factory=list)
    n_enrolled: int | None = None
    n_randomised: int | None = None
    n_analysed: int | None = None
    age_group: str | None = None
    sex: str | None = None


def animal_species(text: str) -> str | None:
    """ "mouse", "rat" or "animal" when ``text`` speaks of such a model, "in vitro" when it
    speaks of cells, else None."""
    for species, pattern in _ANIMALS:
        if pattern.search(text):
            return species
    return None


# evg_population and evg_claims, one after the other, ask it of each record's whole text; the
# answer depends on the text alone
@functools.lru_cache(maxsize=64)
def mentions_animals(text: str) -> bool:
    """Whether ``text`` names mice, rats or another animal model anywhere (a fast pre-check:
    substring tests first, the regular expression only when one of them hits)."""
    lowered = text.lower()
    if not any(word in lowered for word in _ANIMAL_SUBSTRINGS):
        return False
    return _ANY_ANIMAL.search(text) is not None


def is_animal_sentence(text: str) -> bool:
    """An animal cue and no human cue: "In mice, A lowered ..." not "from mice to patients"."""
    return animal_species(text) is not None and not HUMAN_CUE.search(text)


def _more_people(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, n) for "19 males", "Twelve healthy females" between ``start`` and ``end``."""
    found = []
    for m in _MORE_PEOPLE.finditer(text, start, end):
        n = parse_count(m.group("n"))
        if n is not None and 0 < n < 10_000_000:
            found.append((m.start(), n))
    return found


def _not_studied(text: str, start: int, end: int) -> bool:
    """Whether the count is one the trial planned, or a bound, not the people it studied:
    "planned to enrol 816 patients", "Originally planned for 250 patients", "Targeted for
    124 patients", "2,150 planned patients", "all but two participants", "more than 10
    patients". ("up to 215,551 participants" is the sample, as its authors put it.)"""
    return bool(
        _PLANNED_BEFORE.search(text, max(0, start - 40), start)
        or _PLANNED_WITHIN.search(text, start, end)
    )


# a result's value: a percentage or a mean ± SD
_RESULT_VALUE = re.compile(r"\d\s*(?:%|±)")


def _word_start(text: str, start: int, end: int) -> int:
    """``start``, or where the next word begins when ``start`` falls inside a word."""
    if start and text[start - 1].isalnum():
        space = text.find(" ", start, end)
        return space + 1 if space >= 0 else end
    return start


def _people_sizes(
    text: str, sample_sizes: list[SampleSize], arm_sizes: set[int]
) -> list[tuple[int, int]]:
    """(phrase start, n) for "63 adults ..." and for "older adults with asthma (n = 63)";
    not for a count the trial planned (``_not_studied``), but for "410 of planned 775"."""
    found = []
    for s in sample_sizes:
        if not s.noun or s.noun in _NOT_PEOPLE:
            continue
        if not _not_studied(text, s.start, s.end):
            found.append((s.start, s.n))
        elif (m := _OF_PLANNED.search(text, max(0, s.start - 80), s.start)) and (
            n := parse_count(m.group("n"))
        ):
            found.append((m.start(), n))  # "Four hundred ten of planned 775 participants"
    for s in sample_sizes:
        if s.noun is not None or s.n in arm_sizes:
            continue
        opening = text.rfind("(", max(0, s.start - 3), s.start)
        if opening < 0 or _SHARE_AFTER.match(text, s.end):
            continue
        lead = _PHRASE_START.search(text, max(0, opening - 120), opening)
        phrase_start = lead.end() if lead else _word_start(text, max(0, opening - 120), opening)
        if _RESULT_VALUE.search(text, phrase_start, opening):
            continue  # "adherence was 70.8±27.3% (n=85) in the B arm": an arm's count, analysed
        people = list(_PEOPLE_WORD.finditer(text, phrase_start, opening))
        if people and not _NOT_A_NOUN_PHRASE.search(text, people[-1].end(), opening):
            phrase = text[phrase_start:opening]
            phrase_start += len(phrase) - len(phrase.lstrip())
            if (were := _PEOPLE_WERE.match(text, phrase_start, opening)) and _PEOPLE_WORD.search(
                text, were.end(), opening
            ):
                phrase_start = were.end()  # "Participants were caregivers of pupils (N = 1,140)"
            found.append((phrase_start, s.n))
    return sorted(found)


def is_review(title: str, publication_types: list[str], aims: str) -> bool:
    """Whether the record reviews studies: by the words of its title ("A systematic review and
    meta-analysis of ..."), else, unless the title calls it a trial ("...: a randomized
    controlled trial"), by its publication types ("Systematic Review", "Meta-Analysis",
    "Review") or the words of its aims and methods ("This review assesses ...")."""
    if _REVIEW_WORDS.search(title):
        return True
    if _TRIAL_TITLE.search(title):  # "...: A randomized controlled trial" typed as a Review
        return False
    return bool(_REVIEW_TYPES & set(publication_types)) or _REVIEW_WORDS.search(aims) is not None


def review_total(text: str, start: int, sentence_start: int) -> int:
    """How surely the count at ``start`` is a review's total of people: 2 where the text
    says so ("a total of 1,234 participants", "totalling 475 patients", "152 participants in
    total"), 1 where the count of the studies stands beside it ("We included 13 studies (972
    participants)", "Sixteen RCTs involving 3372 patients", "1479 children from 16
    publications"), else 0, as for one study's count among others ("two trials: one with 183
    adults and one with 174 children", "(4 studies, 2247 participants; low-certainty
    evidence)")."""
    before = text[max(sentence_start, start - 80) : start]
    if _ONE_OF_SEVERAL.search(before):
        return 0
    if _TOTAL_BEFORE.search(before[-50:]) or _TOTAL_AFTER.match(text, start, start + 60):
        return 2
    studies = [m.end() for m in _STUDIES_BEFORE.finditer(text, sentence_start, start)]
    if (studies and not _BETWEEN_NOT.search(text[studies[-1] : start])) or _STUDIES_AFTER.match(
        text, start, start + 80
    ):
        return 1
    return 0


def _trial_size(n: int, arm_sizes: list[int], rest: str) -> int:
    """The trial's n where the count found is one arm's, the others written after it:
    "239 patients were assigned to A and 235 to B", "Forty-four women were randomized to
    A; 47 to B" give 474 and 91 when the arms are 239 and 235, 44 and 47 (their sum).
    ``rest`` runs from the count to the end of its sentence."""
    if (listed := _group_total(rest)) is not None:
        return listed
    if len(arm_sizes) < 2 or arm_sizes.count(n) != 1:
        return n
    written = {c for m in _ANY_COUNT.finditer(rest) if (c := parse_count(m.group())) is not None}
    others = list(arm_sizes)
    others.remove(n)
    return sum(arm_sizes) if all(size in written for size in others) else n


# "49 patients in the CM group", "50 in the ERAS arm": one group's count
_IN_GROUP = re.compile(
    rf"(?P<n>{COUNT_PATTERN}|{WORD_NUMBER_PATTERN})\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    r"(?:(?:were|was)\s+)?(?:in|into|to)\s+(?:the\s+)?[^,;()]{1,40}?\s(?:group|arm)\b"
)
_LIST_JOIN = re.compile(r"\s*(?:,|;)?\s*(?:and\s+)?")


def _group_total(rest: str) -> int | None:
    """The sum of the counts where the population phrase lists each group's: "49 patients in
    the CM group and 50 patients in the ERAS group" gives 99; None unless ``rest`` opens with
    such a list of two or more."""
    total, count, at = 0, 0, 0
    while (m := _IN_GROUP.match(rest, at)) is not None:
        n = parse_count(m.group("n"))
        if n is None:
            return None
        total, count = total + n, count + 1
        join = _LIST_JOIN.match(rest, m.end())
        at = join.end() if join and join.end() > m.end() else len(rest) + 1
    return total if count >= 2 else None


def _described_after(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """The span of who the people were where the phrase only names them and its count and
    what they were follow: "Participants (n = 6012) were adults living in Scotland who drank
    beer weekly" gives "adults living in Scotland who drank beer weekly" (up to the end of
    the sentence or a semicolon, at most ``_MAX_WORDS`` words); not for what is no
    description ("Participants (n = 88) were on average 53 years old", "... were randomized")
    and otherwise the span as it was."""
    if not _ONLY_PEOPLE.fullmatch(text, start, end):
        return start, end
    were = _COUNT_THEN_WERE.match(text, end, limit)
    if were is None:
        return start, end
    stop = _DESCRIPTION_END.search(text, were.end(), limit)
    piece = text[were.end() : stop.start() if stop else limit]
    words = list(re.finditer(r"\S+", piece))[:_MAX_WORDS]
    if not words:
        return start, end
    piece = _DANGLING.sub("", _balanced(piece[: words[-1].end()]).rstrip(" ,;"))
    return (were.end(), were.end() + len(piece)) if piece else (start, end)


def _clause(text: str, start: int, limit: int) -> int:
    """End of the population phrase starting at ``start``. After an allocation verb
    ("we randomized 96 women with migraine to magnesium or placebo") it also ends at "to"."""
    cut = _CLAUSE_END.search(text, start + 1, limit)
    if (
        cut is not None
        and cut.group(0).strip().isalpha()
        and not any(c.isspace() for c in text[start : cut.start()])  # right after the count
        and _PEOPLE_AFTER.match(text, cut.end(), limit)
    ):
        cut = _CLAUSE_END.search(text, cut.end(), limit)  # "41 enrolled patients": no verb
    end = cut.start() if cut else limit
    if _ALLOCATED_BEFORE.search(text, max(0, start - 40), start):
        to = _ALLOCATED_TO.search(text, start + 1, end)
        end = to.start() if to else end
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) > _MAX_WORDS:
        end = start + words[_MAX_WORDS - 1].end()
    piece = _DANGLING.sub("", _balanced(text[start:end]).rstrip(" ,;"))
    return start + len(piece.rstrip(" ,;"))


def _balanced(piece: str) -> str:
    """``piece`` up to a bracket it closes but never opened ("14 participants); 5-ALA": the
    count was inside a bracket) or opens but never closes ("85 subjects (30 in the A group")."""
    opened: list[int] = []
    for i, char in enumerate(piece):
        if char in "([":
            opened.append(i)
        elif char in ")]":
            if not opened:
                return piece[:i]
            opened.pop()
    return piece[: opened[0]] if opened else piece


class Population:
    """Writes ``Doc._.population`` and ``Doc._.animal_population`` (see the module docstring)."""

    def __init__(self) -> None:
        self.linker = MeshLinker(None)
        # the title look-ups of a condition (``_conditions``); off, only the population text is
        # looked up, as before 2026-12-05 (the baseline of ``evg evaluate conditions``)
        self.title_lookups = True

    def __call__(self, doc: Doc) -> Doc:
        article = article_of(doc)
        text = text_of(doc)
        headings = list(article.mesh) if article else []
        sentences = sentences_of(doc)
        animal_sents = (
            [s for s in sentences if is_animal_sentence(s.text)] if mentions_animals(text) else []
        )
        human_text = " ".join(s.text for s in sentences if s not in animal_sents)
        has_humans = any(h.label.lower() == "humans" or h.ui == "D006801" for h in headings)
        groups: dict[str | None, list[Sentence]] = {}
        for sent in animal_sents:
            groups.setdefault(animal_species(sent.text), []).append(sent)
        # cells studied beside a trial ("shown to lower X in vitro") leave its people people
        organisms = any(species != IN_VITRO for species in groups)
        human = has_humans or _HUMAN_CUE_FAST.found(human_text) or not organisms
        terms = self.linker.heading_terms(headings, conditions_only=True)
        long_forms = doc._.long_forms or {}
        aims = " ".join(s.text for s in sentences if s.category in ("OBJECTIVE", "METHODS"))
        review = is_review(
            article.title if article else "", article.publication_types if article else [], aims
        )
        main = self._human(doc, text, sentences, animal_sents, review) if human else None
        others = [self._animal(doc, text, sentences, group) for group in groups.values()]
        animal = others[0] if others else None
        if main is not None:
            title = " ".join(s.text for s in doc._.sections or () if s.label_ == "TITLE")
            main.conditions = self._conditions(
                main.text,
                long_forms,
                terms,
                [title, human_text],
                tuple(
                    m.group("p")
                    for m in (_TITLE_PEOPLE.search(title), _TITLE_IN.search(title))
                    if m and self.title_lookups
                ),
            )
            _add_facts(main, title, [s for s in sentences if s not in animal_sents])
        for other in others:
            if other is not None:
                other.conditions = self._conditions(other.text, long_forms, terms, [])
        doc._.population = main if main is not None else animal
        doc._.animal_population = animal if main is not None else None
        doc._.other_populations = {p.species: p for p in others if p is not None}
        return doc

    def _human(
        self,
        doc: Doc,
        text: str,
        sentences: list[Sentence],
        animal: list[Sentence],
        review: bool = False,
    ) -> PopulationMention:
        """The trial's people; in a ``review``, only the total of the included studies' (see
        ``review_total``), never one study's count or the pooled arms' sizes."""
        arms = doc._.arms or []
        sized = [a.n for a in arms if a.n]
        arm_sizes = set(sized)
        # the arms' sum counts the trial's people only where every arm has its n
        arm_total = sum(sized) if sized and len(sized) == len(arms) and not review else None
        best: tuple[int, int, int, Sentence] | None = None  # (start, n, enrolment, sentence)
        for category in _SECTION_ORDER:
            for sent in sentences:
                if sent.category != category or sent in animal:
                    continue
                sizes = within(doc._.quantities.sample_sizes, sent.start, sent.end)
                found = _people_sizes(text, sizes, arm_sizes)
                if any(noun in sent.text for noun in _MORE_NOUNS):
                    found = sorted(found + _more_people(text, sent.start, sent.end))
                if review and found:
                    scores = [review_total(text, at, sent.start) for at, _ in found]
                    enrolment = max(scores)
                    found = [
                        f for f, score in zip(found, scores, strict=True) if score == enrolment > 0
                    ]
                else:
                    enrolment = int(_ENROLMENT_FAST.found(sent.text)) if found else 0
                if found and (best is None or enrolment > best[2]):
                    best = (*found[0], enrolment, sent)
            if best is not None:
                break
        if best is not None:
            start, n, _, sent = best
            end = _clause(text, start, sent.end)
            n = _trial_size(n, sized, text[start : sent.end])
            if arm_total is not None and n in sized and n < arm_total:
                # "Of 84 patients randomly assigned to A, ...", "30 patients in each group":
                # one arm's count; the trial's is every arm's
                n = arm_total
            start, end = _described_after(text, start, end, sent.end)
            return PopulationMention(text[start:end], start, end, n, "human")
        for section in doc._.sections or ():
            title = text[section.start_char : section.end_char]
            if section.label_ == "TITLE" and (m := _TITLE_PEOPLE.search(title)):
                start = section.start_char + m.start("p")
                end = _clause(text, start, section.end_char)
                return PopulationMention(text[start:end], start, end, arm_total, "human")
        return PopulationMention("", None, None, arm_total, "human")

    def _animal(
        self, doc: Doc, text: str, sentences: list[Sentence], animal: list[Sentence]
    ) -> PopulationMention | None:
        if not animal:
            return None
        species = animal_species(animal[0].text)
        quantities = doc._.quantities
        n = next(
            (
                q.n
                for s in animal
                for q in within(quantities.sample_sizes, s.start, s.end)
                if q.noun in _ANIMAL_NOUNS
            ),
            None,
        )
        for sent in sentences if species != IN_VITRO else ():
            m = _MODEL.search(sent.text)
            if m:
                what = "what" if m.group("what") else "what2"
                cut = _MODEL_END.search(sent.text, m.start(what), m.end(what))
                start = sent.start + m.start()
                end = sent.start + (cut.start() if cut else m.end(what))
                return PopulationMention(text[start:end].rstrip(), start, end, n, species)
        cue = next(p for s, p in _ANIMALS if s == species).search(animal[0].text)
        start = animal[0].start + (cue.start() if cue else 0)
        end = animal[0].start + (cue.end() if cue else 0)
        return PopulationMention(text[start:end], start, end, n, species)

    def _conditions(
        self,
        text: str,
        long_forms: dict[str, str],
        terms: dict[tuple[str, ...], tuple[str | None, str]],
        fallbacks: list[str],
        looked_up: tuple[str, ...] = (),
    ) -> list[tuple[str | None, str]]:
        """The conditions of a population ``text``: the record's headings (``terms``) it names,
        else those ``fallbacks`` name; failing those, the first of its word n-grams (the
        longest first) that the index finds a condition, else of the ``looked_up`` texts'
        (the title's people, its words after "in"/"for"), each up to a "without" ("healthy
        men without obesity" names none); never the generic Disease or Syndrome."""
        expanded = expand_abbreviations(text, long_forms)
        found = _unique(find_terms(word_tokens(expanded), terms)) if terms else []
        for fallback in fallbacks:
            if found or not terms:
                break
            found = _unique(
                find_terms(word_tokens(expand_abbreviations(fallback, long_forms)), terms)
            )
        if found or self.linker.index is None:
            return found
        for phrase in (expanded, *(expand_abbreviations(t, long_forms) for t in looked_up)):
            words = norm_words(_WITHOUT_CONDITION.split(phrase, maxsplit=1)[0])
            # "non-diabetic women" have no diabetes: the word after "non" names nothing
            words = [f"non{w}" if i and words[i - 1] == "non" else w for i, w in enumerate(words)]
            for size in range(min(_LONGEST_INFECTION, len(words)), 0, -1):
                sign: tuple[str | None, str] | None = None
                for i in range(len(words) - size + 1):
                    if size > 5 and not _names_an_infection(words[i : i + size]):
                        continue  # only an organism's long name runs past five words
                    ui = self._condition(words[i : i + size])
                    if ui is None:
                        continue
                    found_one = (ui, self.linker.label(ui) or " ".join(words[i : i + size]))
                    if not self._sign_only(ui):
                        return [found_one]
                    sign = sign or found_one
                if sign is not None:
                    return [sign]
        return []

    def _condition(self, words: list[str]) -> str | None:
        """The condition these words name in the index: their own name or entry term (or the
        disorder's name for a function's impairment: ``disorder_names``), or for
        "<organism> infection" and "infected with <organism>" the organism's infections
        ("HIV-1 infection", "human immunodeficiency virus type 1 infection": HIV Infections,
        "Helicobacter pylori infection": Helicobacter Infections), never a generic one."""
        candidates = [" ".join(words)]
        if any(w in _CONDITION_ADJECTIVES for w in words):  # "type 2 diabetic": type 2 diabetes
            candidates.append(" ".join(_CONDITION_ADJECTIVES.get(w, w) for w in words))
        candidates.extend(disorder_names(words))  # "memory impairment": Memory Disorders
        organism_words = _organism_words(words)
        if organism_words and (organism := self._organism(organism_words)) is not None:
            # the organism as MeSH names it ("HIV-1" for its long name), digits dropped
            named = norm_words(self.linker.label(organism) or "") or organism_words
            candidates[:0] = [
                " ".join((*(w for w in ws if not w.isdigit()), "infections"))
                for ws in (organism_words, named, named[:1])
            ]
        for phrase in candidates:
            ui = self.linker.lookup(phrase)
            if ui and self.linker.is_condition(ui) and ui not in _TOO_GENERIC:
                return ui
        return None

    def _organism(self, words: list[str]) -> str | None:
        """The UI of the organism (MeSH category B) the words name ("hiv 1", "helicobacter
        pylori", "human immunodeficiency virus type 1"), else None."""
        ui = self.linker.lookup(" ".join(words))
        index = self.linker.index
        return (
            ui if ui is not None and index is not None and index.is_in_category(ui, "B") else None
        )

    def _sign_only(self, ui: str) -> bool:
        """Whether ``ui`` is only a sign, symptom or pathological state (MeSH C23: Atrophy,
        Fibrosis, Microsatellite Instability), which a disease named as specifically beside it
        outranks ("microsatellite instability-high colorectal cancer")."""
        index = self.linker.index
        trees = index.tree_numbers(ui) if index is not None else ()
        return bool(trees) and all(t.startswith("C23") for t in trees if t[:1] in "CF")


# the most words of a condition's name looked up, where an organism's long name names its
# infection ("human immunodeficiency virus type 1 infection"); other names, five
_LONGEST_INFECTION = 8
_INFECTION = ("infection", "infections")


def _organism_words(words: list[str]) -> list[str]:
    """The words that name the organism of "<organism> infection" and "infected with
    <organism>", else none."""
    if len(words) > 1 and words[-1] in _INFECTION:
        return words[:-1]
    if len(words) > 2 and words[0] == "infected" and words[1] == "with":
        return words[2:]
    return []


def _names_an_infection(words: list[str]) -> bool:
    return words[-1] in _INFECTION or words[0] == "infected"


# the title's words after "in", "for", "with", "among" ("Antibiotics for 10 versus 14 days in
# neonatal sepsis", "Ozone therapy versus surgery for lumbar disc herniation")
_TITLE_IN = re.compile(r"(?i)\b(?:in|for|with|among)\s+(?P<p>[^:?;]+)")
# conditions no reviewer would file a trial under: Disease, Syndrome ("chronic heart disease"
# has no entry term of its own); Body Weight and Weight Loss, measures that titles name as
# what was done ("body weight training", "a weight loss intervention")
_TOO_GENERIC = frozenset(("D004194", "D013577", "D001835", "D015431"))
# the adjective of a condition, for its name: "22 asthmatic children", "type 2 diabetic patients",
# "cirrhotic patients" (of the liver, as clinicians use it); tried after the words themselves,
# so "psoriatic arthritis" and "septic shock" keep their own headings
_CONDITION_ADJECTIVES = {
    "diabetic": "diabetes mellitus", "asthmatic": "asthma", "obese": "obesity",
    "schizophrenic": "schizophrenia", "autistic": "autism", "hypertensive": "hypertension",
    "epileptic": "epilepsy", "psoriatic": "psoriasis", "osteoporotic": "osteoporosis",
    "anaemic": "anemia", "anemic": "anemia", "cirrhotic": "liver cirrhosis", "septic": "sepsis",
    "dyspeptic": "dyspepsia", "glaucomatous": "glaucoma", "arthritic": "arthritis",
    "hypercholesterolemic": "hypercholesterolemia", "dyslipidemic": "dyslipidemia",
    "hemiplegic": "hemiplegia", "paraplegic": "paraplegia", "tetraplegic": "quadriplegia",
    "demented": "dementia", "infertile": "infertility", "hypothyroid": "hypothyroidism",
    "migrainous": "migraine", "insomniac": "insomnia", "cancerous": "cancer",
}  # fmt: skip
# what follows names no condition the people have ("healthy young men without obesity")
_WITHOUT_CONDITION = re.compile(r"(?i)\b(?:without|free\s+of|not\s+having)\b")


_COUNT_CUE = re.compile(
    r"(?i)randomi|enrol|recruit|includ|allocat|assign|screen|analy|complet|particip|took\s+part"
)
# searched in the lower-cased text: several times faster (extractors.caseless)
_COUNT_CUE_FAST = LowerCaseSearch(_COUNT_CUE)


def _add_facts(main: PopulationMention, title: str, sentences: list[Sentence]) -> None:
    """Enrolled/randomised/analysed counts, age group and sex (``extractors.population_facts``)
    from the Methods/Results (or unlabelled) sentences, the population text and the title."""
    wanted = [s.text for s in sentences if s.category in _FACT_SECTIONS]
    counts = participant_counts(" ".join(t for t in wanted if _COUNT_CUE_FAST.found(t)))
    main.n_enrolled, main.n_randomised, main.n_analysed = (
        counts.enrolled,
        counts.randomised,
        counts.analysed,
    )
    described = f"{main.text}. {title}"
    methods = " ".join(s.text for s in sentences if s.category in ("METHODS", "UNLABELLED"))
    main.age_group = participants_age_group(main.text, title, methods)
    main.sex = sex(described) or sex(methods)


_FACT_SECTIONS = ("METHODS", "RESULTS", "UNLABELLED", "OTHER")


def _unique(matches: list[TermMatch]) -> list[tuple[str | None, str]]:
    seen: list[tuple[str | None, str]] = []
    for m in matches:
        if (m.ui, m.label) not in seen:
            seen.append((m.ui, m.label))
    return seen


@Language.factory(
    "evg_population",
    assigns=["doc._.population", "doc._.animal_population", "doc._.other_populations"],
    requires=["doc._.quantities", "doc._.arms", "doc._.long_forms", "doc._.sections"],
)
def make_population(nlp: Language, name: str) -> Population:
    declare_section_extensions()
    for attr in ("population", "animal_population", "other_populations"):
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)
    return Population()
