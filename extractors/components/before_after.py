"""The ``evg_before_after`` component: the two "arms" of a one-group before/after study.

Reads ``Doc._.arms``, ``Doc._.claims``, ``Doc._.population``, sentences and sections;
rewrites ``Doc._.arms`` and the arm references of ``Doc._.claims``. A one-group study
measured before and after an intervention (pre-post, pretest/posttest, quasi-experimental
designs without a control group) compares the group after the intervention with itself
before it, as a reviewer's extraction form records it: two arms of the same participants.

Method, for a record with fewer than two arms that is no review and no controlled trial
(by its publication types or "systematic review", "meta-analysis"):
- design: a before/after cue ("pre and post", "pre- and post-intervention", "pretest ...
  posttest", "before and after") in a sentence about what was measured or compared
  ("scores were compared before and after", not "given before and after each session"), or
  a change "from/compared with baseline" beside a one-group cue ("single-arm", "one-group",
  "uncontrolled study", "no control group"); and nothing that makes a second group:
  randomisation (not "non-randomised"), a control group or controls, placebo or sham, a
  controlled trial, "two groups", "the two agents", "between groups", "group A", two
  differently named groups ("the diabetic group", "the non-diabetic group"), before and
  after periods or cohorts, a crossover, usual care, or a diagnostic accuracy study
  (sensitivity, specificity);
- intervention: the one arm's label when there is one, else X of the first "the effect
  (efficacy, impact, ...) of X on/in ..." of the title or objective, or of a background,
  methods or unlabelled sentence that states the aim, else the first "after X" of the
  claims' sentences (not "after 12 weeks", "after adjustment"), else the intervention word of
  the cue ("pre- and post-training": "training"), else "intervention";
- arms: "after X" (the intervention arm, its interventions X) and "before X" (the
  comparator), ids in the record's scheme ("arm1", "arm2"), each with n = the population's
  analysed n, else its n (the same participants, measured twice);
- claims: each human claim without arms whose comparator, if any, names the time before
  ("baseline", "pre-treatment"), and whose sentence compares no subgroups or techniques
  ("no differences according to site", "the three methods") and reports no correlation,
  gets the after arm as intervention and the before arm as comparator (their labels as
  texts, the comparator's own text kept), and its confidence computed again (``claims``'
  score).

Runs after ``evg_consistency``: two arms of the same participants are no arm sizes that
should add up to the trial's total.

Example: "A pre-post study of 24 women ... Pain scores were significantly lower after the
intervention (p<0.01)." gives arm1 "after intervention" (n=24) and arm2 "before
intervention" (n=24, comparator), and the pain claim compares arm1 with arm2.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.arms import ArmMention, interventions_of, mention_words
from extractors.components.claim_effects import claim_confidence
from extractors.components.claims import ClaimDraft
from extractors.components.inputs import article_of, text_of
from extractors.components.mesh_linking import INTERVENTION_CATEGORIES, MeshLinker
from extractors.components.population import PopulationMention
from extractors.components.sections import Sentence, declare_section_extensions, sentences_of
from extractors.numbers_summary import sentence_bounds
from kg.model import ArmRef, Article

_KIND = (
    r"(?:tests?|interventions?(?:al)?|treatments?|training|programs?|programmes?|operative(?:ly)?)"
)
_BEFORE_AFTER = re.compile(
    r"(?i)\bpre[-\s]*(?:and|&|/|vs\.?|versus)?[-\s]*post(?:[-\s]?" + _KIND + r")?\b(?!-\w{1,2}\b)"
    r"|\bpre-?" + _KIND + r"\b[^.;]{0,120}?\bpost-?" + _KIND + r"\b"
    r"|\bbefore\s+and\s+(?:[\w-]+\s+){0,3}?after\b"
    r"(?!\s+(?:adjust|correct|control|match|weight|exclu|imput|stratif))"
)
_FROM_BASELINE = re.compile(
    r"(?i)\b(?:from|compared\s+(?:with|to)|relative\s+to|versus|vs\.?|over)\s+(?:the\s+)?"
    r"(?:baseline|pre-?(?:intervention|treatment|training)(?:\s+(?:values?|levels?|scores?))?)\b"
    r"|\bbaseline\s+to\b"
)
_ONE_GROUP = re.compile(
    r"(?i)\bsingle[- ](?:arm|group)\b|\bone[- ]arm\b|\bone-group\b"
    r"|\bone\s+group\s+(?:pre|pretest|before|design|study|trial|quasi)"
    r"|\buncontrolled\s+(?:[\w-]+\s+){0,2}?(?:study|trial|design)\b"
    r"|\b(?:without|no)\s+(?:an?\s+)?(?:control|comparison)\s+(?:group|arm)\b"
)
_TWO_GROUPS = re.compile(
    r"(?i)(?<!non-)(?<!non)(?<!not\s)\brandomi[sz]"
    r"|\brandomly\s+(?:assigned|allocated|divided)"
    r"|\b(?:control|comparison|reference)\s+(?:groups?|arms?|subjects|participants|conditions?|"
    r"cohorts?|patients|individuals)\b"
    r"|\bcontrols\b|(?<!non-)(?<!non)\bcontrolled\s+(?:clinical\s+)?(?:trial|study)"
    r"|\bplacebo|\bsham\b|\bcomparator\b|\bwait(?:ing)?[- ]?list"
    r"|\b(?:two|three|four|2|3|4)\s+(?:[\w-]+\s+)?(?:groups|arms|cohorts)\b"
    r"|\b(?:the|both)\s+(?:two|three)\s+(?:[\w-]+\s+)?(?:drugs|agents|preparations|regimens|"
    r"treatments|interventions|formulations|techniques|methods|products|procedures)\b"
    r"|\bboth\s+groups\b|\bbetween[- ]groups?\b|\bother\s+group\b"
    r"|\bgroups?\s+(?-i:[A-D]|I{1,3}|IV|[1-4])\b|\bcross-?over\b|\bcase[- ]control\b"
    r"|\busual\s+care\b|\bhistorical\b"
    r"|\b(?:pre|post)-?[a-z]*\s+(?:periods?|phases?|cohorts?|eras?|groups?)\b"
)
_NAMED_GROUP = re.compile(r"(?i)\bthe\s+([a-z][\w-]*)\s+(?:group|arm|cohort)\b")
_ONE_GROUP_WORDS = frozenset({
    "same", "whole", "entire", "study", "total", "one", "single", "age", "treated", "this",
    "each", "intervention", "experimental", "patient", "participant", "overall", "sample",
})  # fmt: skip
_CONTROLLED_TYPES = frozenset({"Randomized Controlled Trial", "Controlled Clinical Trial"})
_NO_CONTROL = re.compile(r"(?i)\b(?:without|no|lack\s+of|absence\s+of)\s+(?:an?\s+)?$")
_EFFECT_OF = re.compile(
    r"(?i)\b(?:effects?|efficacy|effectiveness|impacts?|influence|benefits?|usefulness)"
    r"(?:\s+and\s+(?:safety|tolerability|feasibility|acceptability|efficacy|effectiveness))?\s+of\s+"
    r"(?P<x>[^,;:.()?\[\]]{3,80}?)"
    r"(?=\s+(?:on|in|upon|among|amongst|for|at|as|is|was|were|are|has|have|had|to|versus|vs|"
    r"compared|during|regarding|with\s+respect|in\s+terms)\b|\s*[,;:.()?\[\]]|\s*$)"
)
_LEADING = re.compile(
    r"(?i)^(?:(?:an?|the|\d+|one|two|three|four|five|six|eight|ten|twelve)[- ]"
    r"(?:(?:minutes?|hours?|days?|weeks?|months?|years?|sessions?)(?:\s+of)?\s+)?)+"
)
_GENERIC = frozenset({
    "a", "an", "the", "this", "that", "these", "such", "our", "it", "them", "intervention",
    "interventions", "treatment", "treatments", "therapy", "program", "programme", "training",
    "study",
})  # fmt: skip
_CUE_KIND = re.compile(r"(?i)\bpost-?(?P<kind>intervention|treatment|training|program(?:me)?)")
_BEFORE_TEXT = re.compile(
    r"(?i)\b(?:baseline|before|prior)\b|\bpre(?:-|\s|(?:intervention|treatment|training|test|"
    r"operative)\b)"
)
_AIM = re.compile(
    r"(?i)\b(?:aim|aimed|objective|purpose|goal|hypothes[ie]s|to\s+(?:test|evaluate|assess|"
    r"examine|investigate|determine|explore|study))"
)
_NAMED_IN = ("TITLE", "OBJECTIVE")  # where any "effect of X" names the intervention
_AIMS_IN = ("BACKGROUND", "METHODS", "UNLABELLED", "OTHER")  # where only a stated aim does
_MAX_LABEL_WORDS = 8
_AFTER_X = re.compile(
    r"\b[Aa]fter\s+(?:the\s+|an?\s+)?(?P<x>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
    r"(?=\s+(?:through|for|in|at|was|were|is|are|and|with|compared|than|by|on|to|"
    r"(?:improv|increas|decreas|reduc|show|result|lead|led|caus|produc|induc|enhanc|lower|rais)"
    r"\w*)\b|\s*[,.;:(\[]|$)"
)
_NOT_AN_INTERVENTION = re.compile(
    r"(?i)^(?:adjust|correct|control|exclu|account|remov|stratif|baseline|follow|discharge|"
    r"(?:one|two|three|four|five|six|eight|ten|twelve|several|each|every|some|first|second|"
    r"last)\b|(?:minutes?|hours?|days?|weeks?|months?|years?|sessions?)\b)"
)
_REVIEW = re.compile(
    r"(?i)\b(?:systematic(?:ally)?\s+review|meta-?analys[ie]s|(?:literature|scoping|narrative)\s+"
    r"review|this\s+review)"
)
_REVIEW_TYPES = frozenset({"Review", "Systematic Review", "Meta-Analysis", "Scoping Review"})
_OTHER_COMPARISON = re.compile(
    r"(?i)\bdifferen(?:ces?|t)\s+(?:according\s+to|between|among|across|by)\b"
    r"|\b(?:two|three|four|both|all)\s+(?:techniques|methods|tests|procedures|modalities|devices)\b"
    r"|\bcorrelat"
)
_MEASURED = re.compile(
    r"(?i)\b(?:measur|assess|evaluat|record|compar|studied|obtain|determin|tested|examin|"
    r"collect|analy[sz]|scor|levels?\b|values?\b|data\b|questionnaire|scan|quantif|monitor|"
    r"rated\b)"
)
_NOT_AN_INTERVENTION_STUDY = re.compile(  # diagnostic accuracy: tests compared, not a group
    r"(?i)\b(?:sensitivity\s+and\s+specificity|specificity|diagnostic\s+accuracy)\b"
)


def is_before_after(text: str) -> bool:
    """Whether ``text`` describes a one-group before/after comparison (see the module
    docstring): a before/after cue in a sentence about what was measured (or a change from
    baseline beside a one-group cue), and no cue of a second group."""
    lowered = text.lower()
    if "post" not in lowered and "before" not in lowered and "baseline" not in lowered:
        return False  # a fast pre-check: every cue holds one of these
    measured = any(_measured_around(text, m.start(), m.end()) for m in _BEFORE_AFTER.finditer(text))
    if not measured and not (_FROM_BASELINE.search(text) and _ONE_GROUP.search(text)):
        return False
    if _NOT_AN_INTERVENTION_STUDY.search(text):
        return False
    named = {m.group(1).lower() for m in _NAMED_GROUP.finditer(text)} - _ONE_GROUP_WORDS
    if len(named) >= 2:
        return False  # "the diabetic group ... the non-diabetic group": two groups
    for m in _TWO_GROUPS.finditer(text):
        if not _NO_CONTROL.search(text, max(0, m.start() - 15), m.start()):
            return False  # "no control group" is a one-group cue, not a second group
    return True


def _measured_around(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` says what was measured or compared
    ("scores were compared before and after", not "given before and after each session")."""
    opening, closing = sentence_bounds(text, start, end)
    return _MEASURED.search(text, opening, closing) is not None


def _usable_name(raw: str) -> str | None:
    name = _LEADING.sub("", raw.strip()).strip()
    words = name.lower().split()
    if (
        words
        and len(words) <= _MAX_LABEL_WORDS
        and not set(words) <= _GENERIC
        and not _NOT_AN_INTERVENTION.match(name)
        and re.search(r"[A-Za-z]{3}", name)
    ):
        return name
    return None


def intervention_name(sentences: list[Sentence], text: str, results: Sequence[str] = ()) -> str:
    """What the group received: X of "the effect of X on ..." in the title or objective, else
    in a sentence of the background, methods or unlabelled text that states the aim, else X
    of the first "after X" of ``results`` (the claims' sentences; not "after 12 weeks",
    "after adjustment"), else the intervention word of a "post-training" cue, else
    "intervention"."""
    wanted = [s.text for c in _NAMED_IN for s in sentences if s.category == c]
    wanted += [s.text for s in sentences if s.category in _AIMS_IN and _AIM.search(s.text)]
    for sentence in wanted:
        for m in _EFFECT_OF.finditer(sentence):
            if name := _usable_name(m.group("x")):
                return name
    for sentence in results:
        for m in _AFTER_X.finditer(sentence):
            if name := _usable_name(m.group("x")):
                return name
    kind = _CUE_KIND.search(text)
    return kind.group("kind").lower() if kind else "intervention"


def before_after_arms(
    arms: list[ArmMention], name: str, population: PopulationMention | None
) -> list[ArmMention]:
    """The "after" (intervention) and "before" (comparator) arms of a one-group study, the
    one arm found (if any) as the "after" arm."""
    n = None
    if population is not None:
        n = population.n_analysed or population.n
    first = arms[0] if arms else None
    name = first.label if first is not None else name
    after_id = first.id if first is not None else "arm1"
    before_id = "arm2" if after_id != "arm2" else "arm1"
    interventions = (
        first.interventions if first is not None and first.interventions else interventions_of(name)
    )
    words = mention_words(name)
    after = ArmMention(
        after_id,
        f"after {name}",
        n,
        interventions,
        first.start if first is not None else None,
        first.end if first is not None else None,
        words=frozenset(words | {"after", "post"}),
        distinctive=frozenset({"after", "post"}),
    )
    before = ArmMention(
        before_id,
        f"before {name}",
        n,
        [],
        comparator=True,
        words=frozenset(words | {"before", "pre", "baseline"}),
        distinctive=frozenset({"before", "pre", "baseline"}),
    )
    return [after, before]


def _is_review(article: Article | None, text: str) -> bool:
    """A review of studies (by its publication types or its words), or a controlled trial by
    its publication types: no one group of its own."""
    if article is not None and (_REVIEW_TYPES | _CONTROLLED_TYPES) & set(article.publication_types):
        return True
    return _REVIEW.search(text) is not None


def _before_after_claim(draft: ClaimDraft, human: bool) -> bool:
    """Whether a claim compares the group after the intervention with itself before it: no
    arms yet, a comparator (if any) that names the time before, no comparison of subgroups
    ("no differences according to access site"), and (in a human study) not about animals."""
    claim = draft.claim
    if (draft.animal and human) or claim.intervention.arm is not None:
        return False
    comparator = claim.comparator
    if comparator is not None and (
        comparator.arm is not None
        or (comparator.text.strip() and not _BEFORE_TEXT.search(comparator.text))
    ):
        return False
    return _OTHER_COMPARISON.search(claim.evidence.text) is None


class BeforeAfter:
    """Adds the arms of a one-group before/after study (see the module docstring)."""

    def __init__(self) -> None:
        self.linker = MeshLinker(None)

    def __call__(self, doc: Doc) -> Doc:
        arms: list[ArmMention] = list(doc._.arms or [])
        if len(arms) >= 2:
            return doc
        text = text_of(doc)
        article = article_of(doc)
        if not text.strip() or not is_before_after(text) or _is_review(article, text):
            return doc
        population = doc._.population
        human = population is None or population.species in (None, "human")
        drafts = [d for d in doc._.claims or [] if _before_after_claim(d, human)]
        name = intervention_name(
            sentences_of(doc), text, list(dict.fromkeys(d.claim.evidence.text for d in drafts))
        )
        after, before = before_after_arms(arms, name, population)
        doc._.arms = [after, before]
        headings = article.mesh if article else []
        mesh = self.linker.link(
            after.interventions or [name], headings, doc._.long_forms or {}, INTERVENTION_CATEGORIES
        )
        for draft in drafts:
            claim = draft.claim
            comparator = claim.comparator
            claim.intervention = ArmRef(arm=after.id, text=after.label, mesh=mesh)
            claim.comparator = ArmRef(
                arm=before.id,
                text=comparator.text
                if comparator is not None and comparator.text.strip()
                else before.label,
                mesh=comparator.mesh if comparator is not None else [],
            )
            claim.confidence = claim_confidence(claim)
        return doc


@Language.factory(
    "evg_before_after",
    assigns=["doc._.arms", "doc._.claims"],
    requires=["doc._.arms", "doc._.claims", "doc._.population", "doc._.sections"],
)
def make_before_after(nlp: Language, name: str) -> BeforeAfter:
    declare_section_extensions()
    for attr in ("arms", "claims", "population"):
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)
    return BeforeAfter()
