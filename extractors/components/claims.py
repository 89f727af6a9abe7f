"""The ``evg_claims`` component: one claim per result statement, outcome and arm pair.

Reads sentences and sections, ``Doc._.article`` (record id, MeSH), ``Doc._.quantities``,
``Doc._.arms``, ``Doc._.population``, ``Doc._.animal_population`` and ``Doc._.long_forms``;
writes ``Doc._.claims``, a list of ``ClaimDraft`` (a ``kg.model.Claim`` plus the offsets of its
outcome and actor phrases). Method:
- statements: the sentences of Results sections (of the whole abstract when it has no
  Results section), and of Conclusions sections for outcomes the Results make no claim about
  (no distinctive outcome word in common, ``outcome_words``), split into clauses
  (``clauses``); a clause is
  a result statement when it reports a p value, an effect or an interval, values for two
  arms, or a direction cue with a comparison, "significant(ly)" or an actor ("drug A reduced
  ..."); not when it compares the arms at baseline ("At baseline, X was higher in ...",
  "Baseline X was ...", "X at baseline was ..."; not "patients with X at baseline had ..."),
  nor who the participants are ("were older", "more often male"; an outcome "age", "sex",
  "demographic characteristics"; ``claim_guards``);
- outcome, actor and cues: ``statements.read_statement``; a statement listing outcomes each
  with its own bracketed statistic (``outcome_lists``) gives one claim per outcome (its arm
  values those before a "; " in its bracket: "(20/50 vs 10/50; difference 20%, ...)"; the
  items of a clause with no predicate of their own share the sentence's: "an increase in A
  (..), B (..), and a decrease in C (..) was seen in group X compared to Y"), and so
  does a statement without arm values whose outcome coordinates three or more measures
  ("pain, fatigue and sleep") or changes several measures by amounts ("reduced X by 32% and Y
  by 21%"); a clause whose values give the arms a value set after set ("X was lower with A
  at the lumbar spine (..), total hip (..) and femoral neck (..)") gives one claim per set
  (``repeated_sets``: each set's label qualifies the outcome, or names its own); an
  outcome that names none ("there", "it", "this", "but not at week 16") is the measure
  named after "significant in" in the clause, else (a pronoun or "not") the
  outcome of the clause before it, else no claim; a clause whose predicate is left out
  ("..., but B did") makes no claim; an outcome that only names people ("Patients of Group
  II") makes no claim, or one with an empty outcome where the arms have values; "X lasted
  ..." gives the outcome "X duration"; per-arm
  values: ``result_values``, completed from the arms' n (``arm_results``); the time point: the
  first one in the clause, else in the sentence;
- arm pairs (``claim_arms``): one claim per intervention-comparator pair; with values for
  three or more arms, each other arm against the comparator, with the statistics bracketed
  after its value when two or more arms have their own (``arm_statistics``);
- effect: the reported one, else one computed from the arm results (``arm_results``,
  ``kg.effects``, marked "computed"); a difference the text does not name ("(difference
  -18%; 95% CI -30% to -6%)") is a risk difference only where the arms' values are
  proportions;
- a change within each arm and no comparison of them ("X fell in both groups (P<0.001)",
  ``comparison.within_group_change``) gives a claim with direction "unclear", no p value nor
  significance and the warning "within-group change" (``WITHIN_GROUP``); so does a clause
  whose only comparison is with baseline ("Pain fell compared with baseline (p<0.01)": baseline
  is no arm), with the one arm it names and no comparator, or the arms it names;
- a clause about the difference the clause before reported ("This difference was
  significant (RR 0.67; ...; P = 0.03)", "; treatment difference was 1.3% (...)", ", but
  with no significant difference between treatments (p = 0.65)") makes no claim: its p
  value, effect and significance go to that clause's claim (the only one, or all of them
  for "these differences"), which then compares the arms;
- intervention/comparator, direction and significance: ``comparison`` (the arms named
  by the actor, after "than"/"compared with", or holding values; the trial's two arms when
  the clause compares groups; else the clause's actor as intervention text, unless it only
  names people: "All twelve volunteers"); a reported effect whose sentence names no arm,
  group, people nor comparison ("Mortality was lower (HR 0.80, ...)") compares the trial's
  two arms, the other against the control, where one of them is the control;
- one arm's values per sentence or clause, each opened by the arm's name ("In the A arm, X
  was a and Y was b. In the B arm, X was c and Y was d", or the two as clauses of one
  sentence after a semicolon; ``arm_sentences``): one claim per outcome both name, with
  both arms' values and the direction they give, in place of the claims of one arm each;
  "Of 84 given A, 8 (10%) had X. Of 83 given B, 30 (36%) had X (P < 0.001)": the second
  sentence's claim takes the first arm's value (``parallel_arms``);
- animal claims: a clause in a sentence about mice/rats/an animal model (and no patients)
  gets the animal population and no human arms;
- id: the first 16 hex digits of sha1(record id, evidence start, evidence end, outcome and,
  after a sentence's first claim, clause offsets, outcome item and arm pair index).

Example: "Remission was more frequent with drug A (20/41) than with placebo (12/40; P=.04)."
gives outcome "Remission", arm values 20/41 and 12/40, direction "increased", significant.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, replace
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.arm_results import (
    complete_results,
    computed_effect,
    results_of,
    sizes_only,
    with_arm_totals,
)
from extractors.components.arm_sentences import (
    UNIT_OPENING,
    ArmUnit,
    arm_units,
    unit_comparisons,
)
from extractors.components.arm_statistics import own_statistics
from extractors.components.arms import ArmMention, named_in_order
from extractors.components.claim_arms import (
    arm_pairs,
    arm_ref,
    baseline_pairs,
    carry_pair,
    sentence_pair,
    trial_pair,
)
from extractors.components.claim_effects import (
    claim_confidence,
    claim_effect,
    interval_warnings,
    item_quantities,
    only_listed_values,
    reported_effect,
    respective_reported,
)
from extractors.components.claim_guards import (
    AFTER_TREATMENT_FAST,
    BASELINE_OUTCOME,
    CHANGE_FROM_TO,
    DEMOGRAPHIC_FAST,
    DEMOGRAPHIC_OUTCOME,
    FOLLOW_UP_OUTCOME,
    FROM_BEFORE,
    HETEROGENEITY_OUTCOME,
    MOST_COMMON_FAST,
    PRE_TREATMENT_FAST,
    PROGNOSTIC,
    at_baseline,
    effect_modifiers_only,
    not_result,
)
from extractors.components.claim_wording import (
    LETTERS,
    NO_OUTCOME,
    about_the_difference,
    arm_item,
    before_statistics,
    correlation_only,
    has_arm_values,
    in_mention_order,
    named_arm_items,
    names_an_arm,
    outcome_after_arms,
    outcome_after_groups,
    outcome_words,
    past_measure_name,
    referred_back,
    sentence_predicate,
    time_items,
    without_arm_tail,
    without_value_tail,
)
from extractors.components.clauses import after_background, clauses, item_clause, joined_changes
from extractors.components.comparison import (
    compares,
    oriented_pair,
)
from extractors.components.comparison_direction import (
    comparison_direction,
    direction_warnings,
    own_change_direction,
)
from extractors.components.comparison_scope import (
    change_from_baseline,
    no_difference_of_the_arms,
)
from extractors.components.direction_words import (
    HEDGED_FAST,
    NEGATED_FAST,
    SIGNIFICANT,
    direction_cue,
    without_change_noun,
)
from extractors.components.inputs import article_of, text_of
from extractors.components.mesh_linking import (
    INTERVENTION_CATEGORIES,
    OUTCOME_CATEGORIES,
    MeshLinker,
)
from extractors.components.outcome_lists import (
    amount_items,
    coordinated_outcomes,
    item_comparatives,
    listed_outcomes,
    number_items,
    paired_items,
    respective_directions,
    respective_effects,
    respective_items,
)
from extractors.components.parallel_arms import LoneArmValue, join_lone_arm, lone_arm_value
from extractors.components.population import (
    PopulationMention,
    animal_species,
    is_animal_sentence,
    mentions_animals,
)
from extractors.components.quantities import Quantities, within
from extractors.components.repeated_sets import ArmWords, ValueSet, value_sets
from extractors.components.result_values import (
    ValueGroup,
    arm_runs,
    assign_arms,
    dose_words,
    names_arm,
    value_groups,
    versus_pair,
)
from extractors.components.sections import Sentence, declare_section_extensions, sentences_of
from extractors.components.significance import (
    arm_changes,
    between_group_p,
    no_difference,
    p_against_baseline,
    significance,
    within_group_change,
)
from extractors.components.statement_forms import names_people
from extractors.components.statement_phrases import Statement, without_dangling_end
from extractors.components.statements import (
    direction_text,
    elided_predicate,
    item_direction_text,
    qualified_end,
    read_elliptic,
    read_statement,
)
from extractors.numbers import RESPECTIVELY
from kg.model import (
    Claim,
    ConceptRef,
    Direction,
    Evidence,
    Outcome,
    Population,
)
from kg.model import PValue as ModelPValue

WITHIN_GROUP = "within-group change"  # a claim's warning: no comparison of the arms
# a clause that opens with a value, not with an item's number ("1) X were ...")
_VALUES_FIRST = re.compile(r"\s*[-−+]?\d(?![\d.]*\s*\))")
# findings "like" something: "similar findings", "the same results"
_SIMILAR_BEFORE = re.compile(r"(?i)\b(?:similar|same|comparable)\s+$")
_SIMILAR_FINDINGS = re.compile(r"(?i)(?:(?:and|but)\s+)?(?:similar|the\s+same|comparable)\s")
_TWO_SUBJECTS = re.compile(r"(?i)\b(?:and|both|versus|vs\.?)\b")


def _alike_to_before(text: str, statement: Statement, clause_start: int) -> bool:
    """Whether ``statement``'s findings are like the clause before's, not alike between arms:
    "A reduced X (SMD -0.94); B showed similar findings (SMD -0.55)" (one subject), not "For
    X, A and B showed similar results" (two)."""
    assert statement.outcome is not None
    start, end = statement.outcome
    if not (
        _SIMILAR_FINDINGS.match(text, start, end)
        or _SIMILAR_BEFORE.search(text, max(0, start - 16), start)
    ):
        return False
    # the clause may start after the "and" of its subject: "CS-VIBE and | B showed ..."
    return not _TWO_SUBJECTS.search(text, max(0, clause_start - 5), start)


# "(these / similar) findings", "the results", "data": what was found, no measure
_FINDINGS = re.compile(
    r"(?i)(?:(?:and|but)\s+)?(?:(?:these|those|the|such|similar|our)\s+)?"
    r"(?:results?|findings|data|"
    # "The estimated difference (between A and B was not significant)": no measure named
    r"(?:(?:estimated|observed|overall|adjusted|absolute|mean|treatment)\s+)*differences?)"
)
# the "not" of a listed item ("reduced X (P<0.01), but not (of) Y (P=0.3)"): not the measure
_LEADING_NOT = re.compile(
    r"(?i)(?:but\s+)?not\s+(?!(?:(?:in|with|among|for)\s+)?(?:the\s+)?[\w-]+\s+(?:groups?|arms?)\b)"
    r"(?:(?:of|to|in|on|for)\s+)?(?:(?:the|a|an)\s+)?"
    r"(?!(?:significant\w*|statistic\w*|differ\w*|only|much|more|less|as)\b)"
)
_CONCLUDING = re.compile(
    r"(?i)^\s*(?:in\s+conclusion|we\s+conclude|to\s+conclude|these\s+(?:results|findings|data)\s+(?:suggest|indicate|show))"
)


_LIST_PREDICATE = re.compile(
    r"(?i)\s*,?\s*(?:was|were|is|are|remained|became|appeared|occurred|did)\b"
)


def _item_arms(
    item_groups: list[ValueGroup],
    template: list[str | None],
    groups: list[ValueGroup] | None,
) -> list[ValueGroup]:
    """A listed item's values with the arms its list gives them, for an item whose own text
    names no arm, where it has two values or more (one value is no comparison to order: "83 of
    220 (38%) ..., which caused a change in 40 (18%)", one arm's counts):

    - those of the last item before it that named its arms for as many values (``template``:
      "diarrhoea (40, 51 and 12% for A, B and C, respectively), rash (32, 48 and 12%)");
    - else those the whole clause gives them (``groups``, where the clause names arms before
      its list: "A had a favourable safety profile versus B, with fewer grade 3 AEs (46% v
      91%), AEs leading to discontinuation (7% v 35%)", each pair A's and B's as the clause's
      subject and "versus" order them, not the trial's order).

    Else as they are."""
    if len(item_groups) < 2:
        return item_groups
    if len(template) == len(item_groups) and all(template):
        return [replace(g, arm=arm) for g, arm in zip(item_groups, template, strict=True)]
    whole = {g.start: g.arm for g in groups or ()}
    if not all(whole.get(g.start) for g in item_groups):
        return item_groups
    return [replace(g, arm=whole[g.start]) for g in item_groups]


_RESULT_CATEGORIES = ("RESULTS", "CONCLUSIONS")
_FREE_CATEGORIES = ("UNLABELLED", "OTHER")


@dataclass(slots=True)
class ClaimDraft:
    claim: Claim
    outcome_span: tuple[int, int] | None
    actor_span: tuple[int, int] | None
    animal: bool


def _share_p(q_item: Quantities, q: Quantities) -> Quantities:
    """``q_item``, the quantities of one item of a clause; where it has no p value nor effect
    of its own, it takes the clause's p value when the clause has just one ("X (20% vs 30%)
    and Y (15% vs 25%) (both P < .05)"), else it has none."""
    if not (q_item.p_values or q_item.effects):
        q_item.p_values = q.p_values[-1:] if len(q.p_values) == 1 else []
    return q_item


def claim_id(record_id: str, start: int, end: int, outcome: str, part: str = "") -> str:
    """Deterministic claim id: short sha1 of (record id, evidence offsets, outcome text) and,
    for the second and later claims of one sentence, ``part`` (clause offsets, arm pair)."""
    key = f"{record_id}|{start}|{end}|{outcome}".encode()
    if part:
        key += f"|{part}".encode()
    return hashlib.sha1(key).hexdigest()[:16]


def _population(mention: PopulationMention | None) -> Population:
    if mention is None:
        return Population(text="")
    return Population(
        text=mention.text,
        n=mention.n,
        condition=[ConceptRef(ui=ui, label=label) for ui, label in mention.conditions],
        species=mention.species,
        n_randomised=mention.n_randomised,
        n_enrolled=mention.n_enrolled,
        n_analysed=mention.n_analysed,
        age_group=mention.age_group,
        sex=mention.sex,
    )


class Claims:
    """Writes ``Doc._.claims`` (see the module docstring)."""

    def __init__(self) -> None:
        self.linker = MeshLinker(None)
        self._animals = False  # whether the Doc being read names animals at all
        # ``_is_animal`` of the Doc being read, by sentence text: it depends only on that
        # text, ``_animals`` and the Doc's population, all fixed while one Doc is read
        self._animal_sentences: dict[str, bool] = {}
        # ``read_statement`` of the Doc being read, by clause bounds in its text (a pure
        # function of the text and bounds): the clause before is read again as ``previous``
        self._statements: dict[tuple[int, int], Statement] = {}

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        self._animals = mentions_animals(text)
        self._animal_sentences = {}
        self._statements = {}
        sentences = sentences_of(doc)
        categories = {s.label_ for s in doc._.sections or ()}
        wanted = _RESULT_CATEGORIES if "RESULTS" in categories else _FREE_CATEGORIES
        article = article_of(doc)
        record_id = article.id if article else ""
        drafts: list[ClaimDraft] = []
        seen: set[str] = set()
        if wanted is _FREE_CATEGORIES:
            sentences = after_background([s for s in sentences if s.category in wanted])
        reported: set[str] = set()  # the outcome words of the Results claims
        earlier: tuple[int, int] | None = None  # the outcome of the last sentence's last claim
        recent: list[ClaimDraft] = []  # the claims of the last clause that made any
        lone: LoneArmValue | None = None  # one arm's value in the last sentence, no claim
        unit: ArmUnit | None = None  # one arm's values of outcomes in the last sentence
        unit_from = 0  # where the claims of that sentence start in ``drafts``
        for sent in sentences:
            if sent.category not in wanted or (
                drafts and sent.category != "CONCLUSIONS" and _CONCLUDING.match(sent.text)
            ):
                earlier, recent, lone, unit = None, [], None, None
                continue
            previous: tuple[int, int] | None = None
            sent_arms = [] if self._is_animal(doc, sent) else list(doc._.arms or [])
            before = len(drafts)
            units = self._units(doc, text, sent, sent_arms)
            # "In A, X was a and Y b; in B, X was c and Y d", or "In B, X was c." after "In A,
            # X was a.": the arms' values paired, in place of claims of one arm each
            paired = (
                self._unit_claims(doc, text, units[0], units[1], sent_arms)
                if len(units) == 2
                else self._unit_claims(doc, text, unit, units[0], sent_arms)
                if len(units) == 1 and unit is not None
                else []
            )
            if paired:
                if len(units) == 1:  # the last sentence's claims of its one arm's values
                    drafts[unit_from:] = [d for d in drafts[unit_from:] if len(d.claim.results) > 1]
                drafts.extend(d for d in paired if d.claim.id not in seen)
                seen.update(d.claim.id for d in paired)
                reported.update(*(outcome_words(d.claim.outcome.text) for d in paired))
                earlier, recent, lone, unit = None, paired, None, None
                continue
            last_made: list[ClaimDraft] = []  # the claims of this sentence's last clause
            for start, end in joined_changes(text, clauses(text, sent), sent_arms):
                about = about_the_difference(text, start, end)
                if about is not None:  # no claim of its own: statistics of the one before
                    if len(recent) == 1 or (about == "plural" and recent):
                        self._add_statistics(doc, text, sent, sent_arms, (start, end), recent)
                    continue
                made = []
                for draft in self._claim(doc, text, sent, start, end, record_id, previous, earlier):
                    words = outcome_words(draft.claim.outcome.text)
                    if sent.category == "CONCLUSIONS" and words & reported:
                        continue  # the Results already claim it
                    if draft.claim.id not in seen:
                        seen.add(draft.claim.id)
                        drafts.append(draft)
                        made.append(draft)
                        if sent.category != "CONCLUSIONS":
                            reported |= words
                if made and carry_pair(
                    text, start, [d.claim for d in last_made], [d.claim for d in made]
                ):
                    for draft in made:  # ", with no significant differences in Y": same arms
                        draft.claim.confidence = claim_confidence(draft.claim)
                recent = made or recent
                last_made = made or last_made
                previous = (start, end)
            earlier = drafts[-1].outcome_span if len(drafts) > before else None
            made_here = drafts[before:]
            if lone is not None and len(made_here) == 1:
                # "Of 84 given A, 8 (10%) had X. Of 83 given B, 30 (36%) had X (P < 0.001)."
                claim = made_here[0].claim
                link = functools.partial(self._link, doc)
                if join_lone_arm(claim, lone, text, sent_arms, link):
                    claim.confidence = claim_confidence(claim)
            lone = None
            unit, unit_from = (units[0], before) if len(units) == 1 else (None, len(drafts))
            if len(drafts) == before and len(sent_arms) == 2 and sent.category != "CONCLUSIONS":
                q = doc._.quantities.between(sent.start, sent.end)
                if has_arm_values(q):  # most sentences without a claim hold no value at all
                    lone = lone_arm_value(text, (sent.start, sent.end), q, sent_arms)
        doc._.claims = drafts
        return doc

    def _units(self, doc: Doc, text: str, sent: Sentence, arms: list[ArmMention]) -> list[ArmUnit]:
        """The units of one arm's values of a sentence (``arm_sentences``), none in a sentence
        about the time before treatment or about who the participants are."""
        if len(arms) != 2 or sent.category == "CONCLUSIONS" or not UNIT_OPENING.match(sent.text):
            return []
        if PRE_TREATMENT_FAST.found(sent.text) or DEMOGRAPHIC_FAST.found(sent.text):
            return []
        words = dose_words(frozenset().union(*(a.words for a in arms)))
        q = doc._.quantities.between(sent.start, sent.end)
        return arm_units(text, (sent.start, sent.end), q, arms, words)

    def _unit_claims(
        self, doc: Doc, text: str, first: ArmUnit, second: ArmUnit, arms: list[ArmMention]
    ) -> list[ClaimDraft]:
        """The claims of the outcomes two units of different arms share, their values the
        only evidence (no significance stated); the evidence runs from the first to the end of
        the second."""
        record_id = article.id if (article := article_of(doc)) else ""
        link = functools.partial(self._link, doc)
        start, end = first.start, second.end
        timepoints = within(doc._.quantities.timepoints, start, end)
        population = _population(doc._.population)
        drafts = []
        for index, found in enumerate(unit_comparisons(text, first, second, arms)):
            outcome_text = without_dangling_end(text[found.outcome[0] : found.outcome[1]])
            if DEMOGRAPHIC_OUTCOME.fullmatch(outcome_text) or FOLLOW_UP_OUTCOME.fullmatch(
                outcome_text
            ):
                continue
            claim = Claim(
                id=claim_id(record_id, start, end, outcome_text, f"units|{index}"),
                population=population,
                intervention=arm_ref(link, found.treated),
                comparator=arm_ref(link, found.control),
                outcome=Outcome(
                    text=outcome_text,
                    timepoint=timepoints[0].text if timepoints else None,
                    mesh=self._link(doc, [outcome_text], OUTCOME_CATEGORIES),
                ),
                results=found.results,
                effect=computed_effect(found.results, found.treated.id, found.control.id),
                direction=cast(Direction, found.direction),
                evidence=Evidence(start=start, end=end, text=text[start:end]),
            )
            claim.confidence = claim_confidence(claim)
            drafts.append(ClaimDraft(claim, found.outcome, None, False))
        return drafts

    def _add_statistics(
        self,
        doc: Doc,
        text: str,
        sent: Sentence,
        arms: list[ArmMention],
        bounds: tuple[int, int],
        targets: list[ClaimDraft],
    ) -> None:
        """The statistics of a clause about the difference the clause before reported ("This
        difference was statistically significant (RR 0.67; 95% CI 0.46-0.97; P = 0.03)", ";
        treatment difference was 1.3% (-11.4, 13.9)") added to that clause's claims: a p
        value where they have none (with the significance it gives), the reported effect in
        place of a computed one, "no difference" where it was not significant; their evidence
        runs to the end of the clause's sentence."""
        start, end = bounds
        clause = text[start:end]
        q = doc._.quantities.between(start, end)
        p = q.p_values[0] if q.p_values else None
        for draft in targets:
            claim = draft.claim
            effect = reported_effect(q.effects, claim.results, claim.outcome.text)
            sig = significance(p, clause, effect, arms)
            if claim.p_value is None and sig is not None:
                claim.significant = sig
                if p is not None:
                    claim.p_value = ModelPValue(relation=p.relation, value=p.value)
            if effect is not None and (claim.effect is None or claim.effect.source == "computed"):
                claim.effect = claim_effect(effect)
                claim.warnings.extend(interval_warnings(effect))
            if claim.significant is False and not HEDGED_FAST.found(clause):
                claim.direction = "no difference"
            if sig is not None and WITHIN_GROUP in claim.warnings:  # the arms compared after all
                claim.warnings.remove(WITHIN_GROUP)
            first, last = claim.evidence.start, max(claim.evidence.end, sent.end)
            claim.evidence = Evidence(start=first, end=last, text=text[first:last])
            claim.confidence = claim_confidence(claim)

    def _claim(
        self,
        doc: Doc,
        text: str,
        sent: Sentence,
        start: int,
        end: int,
        record_id: str,
        previous: tuple[int, int] | None = None,
        earlier: tuple[int, int] | None = None,
    ) -> list[ClaimDraft]:
        """The claims of the clause ``text[start:end]``; ``previous`` is the clause before it in
        the sentence, whose subject a clause without one shares ("..., but was lower in Y");
        ``earlier`` the outcome of the last claim of the sentence before, which "This" opening
        this one names ("This was seen especially in ... (25% vs 58%)")."""
        clause = text[start:end]
        q = doc._.quantities.between(start, end)
        animal = self._is_animal(doc, sent)
        arms: list[ArmMention] = [] if animal else list(doc._.arms or [])
        has_values = has_arm_values(q)
        every_word = frozenset().union(*(a.words for a in arms))
        arm_words = dose_words(every_word)
        found = value_groups(text, q, arm_words) if has_values else []
        groups = assign_arms(text, start, end, found, arms)
        if (
            len(groups) >= 2
            and RESPECTIVELY.search(clause)
            and self._outcomes_valued(text, start, end, groups, arms)
        ):
            # "The mean stay and the mean time to discharge were 4.9 and 6.3 days,
            # respectively": each value an outcome's, no arm's
            groups = [replace(g, arm=None) for g in groups]
        p = q.p_values[0] if q.p_values else None
        effect = q.effects[0] if q.effects else None
        groups = _without_sizes(text, groups, arms)
        with_arms = {g.arm for g in groups if g.arm}
        is_result = bool(q.p_values or q.effects or q.intervals) or len(with_arms) >= 2
        cued = is_result or direction_cue(clause) is not None
        says_no_difference = not cued and no_difference(clause, arms)  # searched once
        screened = FROM_BEFORE.sub(" ", clause)  # "fell from 5.5 before treatment to 1.2"
        if not (cued or says_no_difference) or (
            not (p or effect or q.intervals) and not_result(screened)
        ):
            return []
        pre_treatment = at_baseline(clause) and not PROGNOSTIC.search(clause)
        if (
            (PRE_TREATMENT_FAST.found(screened) or pre_treatment)
            and not AFTER_TREATMENT_FAST.found(clause)
        ) or DEMOGRAPHIC_FAST.found(clause):
            # a comparison before treatment or of who the participants are, even with its p
            # value, is no result
            return []
        if (
            len(with_arms) < 2
            and not (p or effect)
            and MOST_COMMON_FAST.found(clause)
            and not compares(clause)
        ):
            return []  # "The most frequent adverse events with A were X, Y and Z": one group's
        if len(with_arms) < 2 and correlation_only(clause):
            return []  # "X correlated with Y (r = 0.41)": no arms compared, no intervention
        if len(with_arms) < 2 and effect_modifiers_only(clause):
            return []  # "Subgroup analyses revealed no differences related to X (P = 0.64)"
        if previous is not None and elided_predicate(text, start, end):
            return []  # "A did not reduce X, but B did": no statement of its own
        statement = self._statement(text, start, end)
        before = self._statement(text, *previous) if previous is not None else None
        if before is not None:
            statement = read_elliptic(text, start, end, before) or statement
            if (
                statement.outcome is None
                and before.outcome is not None
                and len(with_arms) >= 2
                and _VALUES_FIRST.match(clause)
            ):  # "X were seen with both; 15/51 (29%) on arm A and 17/56 (31%) on arm B": X's
                statement = Statement(before.outcome, None, "values-after")
            if (
                statement.outcome is not None
                and before.outcome is not None
                and _FINDINGS.fullmatch(text, *statement.outcome)
                and not _FINDINGS.fullmatch(text, *before.outcome)
                and not NO_OUTCOME.fullmatch(text, *before.outcome)
                and not _alike_to_before(text, statement, start)
            ):  # "both groups reported an increase in X, but no mean differences were found
                # between groups (2.8 vs 2.6, P = .86)": the differences are X's
                statement = Statement(before.outcome, statement.actor, statement.pattern)
        if not is_result and not (
            says_no_difference
            or compares(clause)  # not "published more than ten years ago": a bound
            or SIGNIFICANT.search(clause)
            or no_difference(clause, arms)
            or statement.actor
            or statement.pattern == "reported"  # "Results showed an increase in X"
        ):
            return []
        if statement.outcome is not None and NO_OUTCOME.fullmatch(text, *statement.outcome):
            # "This" of a new sentence: the last outcome only when it gives arms' values ("This
            # was seen especially in women (25% vs 58%)"), not "This is reflected by an OR of"
            referred = (
                before.outcome if before is not None else (earlier if len(with_arms) >= 2 else None)
            )
            statement = referred_back(text, statement, end, referred)
        if statement.outcome is None:
            return []
        listed = (
            listed_outcomes(text, statement.outcome, qualified_end(text, start, end))
            if statement.outcome[0] >= start  # not the clause before's list, read again
            else []
        )
        if any(arm_item(arms, text[o[0] : o[1]]) for o, _ in listed):
            listed = []  # "A (12%), B (15%)": arms, not outcomes
        paired = [] if listed or not groups else paired_items(text, start, end)
        if paired:  # "With A vs B, 78% vs 32% of patients had X, and 87% vs 53% had Y"
            return self._paired_claims(
                doc, text, sent, (start, end), statement, paired, groups, q, arms
            )
        respective = [] if listed or groups else respective_directions(text, statement.outcome, end)
        if respective:
            return self._respective_claims(
                doc, text, sent, (start, end), statement, respective, q, arms
            )
        runs = [] if listed else arm_runs(groups)
        numbered = number_items(text, statement.outcome, len(runs[0])) if runs else []
        if numbered:  # "grade 3 and 4 adverse events": one outcome per number, no span each
            by_run = [statement.outcome] * len(numbered)
        else:
            by_run = respective_items(text, statement.outcome, len(runs[0])) if runs else []
        if by_run:  # "X and Y were 12% and 15% with A and 20% and 25% with B": X's, then Y's
            return [
                draft
                for index, outcome_span in enumerate(by_run)
                for draft in self._outcome_claims(
                    doc, text, sent, (start, end), statement, outcome_span,
                    [run[index] for run in runs],
                    # "(p=0.11 and 0.04)": one p value per item, in order
                    replace(q, p_values=[q.p_values[index]])
                    if len(q.p_values) == len(by_run) else q,
                    arms, index + 1, label=numbered[index] if numbered else None,
                )
            ]  # fmt: skip
        if not listed:
            items = (
                []
                if groups
                else coordinated_outcomes(text, statement.outcome)
                or amount_items(text, statement.outcome, end)
            )
            # "the risks of X and Y ..., with HRs of 5.1 (95% CI ...) and 4.2 (...), respectively"
            by_item = (
                [] if groups else respective_reported(text, q.effects, statement.outcome[1], end)
            )
            if by_item and not items:
                items = respective_items(text, statement.outcome, len(by_item))
            if len(by_item) != len(items) and only_listed_values(q, by_item, clause):
                return []  # "odds ratios for ... were 2.7 and 7.3, respectively": no outcome read
            own = item_comparatives(text, items)
            arm_items = [] if groups or items else named_arm_items(text, start, end, arms)
            if arm_items:
                return self._item_claims(doc, text, sent, (start, end), statement, arm_items, arms)
            timed = [] if items else time_items(text, start, end, q)
            if timed:
                return self._item_claims(
                    doc, text, sent, (start, end), statement, timed, arms, arm_words
                )
            sets = (
                value_sets(
                    text,
                    (start, end),
                    statement.outcome,
                    groups,
                    ArmWords(frozenset().union(*(a.distinctive for a in arms)), every_word),
                )
                if len(groups) >= 4  # two sets of two arms at least
                else []
            )
            if sets:  # "X at the lumbar spine (-2.4% vs -0.5%), total hip (-1.8% vs -0.6%)"
                return self._set_claims(doc, text, sent, (start, end), statement, sets, q, arms)
            if not any(own):
                return [
                    draft
                    for index, outcome_span in enumerate(items or [statement.outcome])
                    for draft in self._outcome_claims(
                        doc, text, sent, (start, end), statement, outcome_span, groups,
                        item_quantities(q, by_item, len(items), index), arms,
                        index + 1 if items else 0,
                    )
                ]  # fmt: skip
            return self._compared_items(doc, text, sent, (start, end), statement, items, own, q)
        drafts = []
        first = listed[0][1]
        brackets = [b for b in (text.find("(", *first), text.find("[", *first)) if b >= 0]
        shared = text[start : min(brackets, default=first[1])]
        last_close = text.rfind(")", *listed[-1][1])
        tail = text[last_close + 1 : end] if last_close >= 0 else ""
        borrowed = not LETTERS.search(tail)  # "an increase in A (..), B (..), and a ..."
        if borrowed:
            tail = sentence_predicate(text, sent, end)
        carried = ""  # the direction word of the last item that had one
        effects = respective_effects(text, last_close + 1, end, len(listed)) or [
            *respective_reported(text, q.effects, last_close + 1, end)
        ]
        effects = effects if len(effects) == len(listed) else []
        named_before = names_arm(text[start : listed[0][1][0]], arms)
        template: list[str | None] = []  # the arms of the last item that named its own
        for index, (outcome_span, (s, e)) in enumerate(listed):
            piece = text[s:e]
            cue = direction_cue(piece)
            if cue is not None:
                carried = cue.group(0)
            elif carried:  # "improvements in A (p=.01), B (p=.02)": B improved too
                piece = f"{carried} {piece}"
            q_item = doc._.quantities.between(s, e)
            values_end = before_statistics(text, s, e)
            q_values = doc._.quantities.between(s, values_end)
            has_item_values = has_arm_values(q_values)
            # a predicate after the list ("X (68% vs 32%), ... and Y (74% vs 32%) were higher
            # in the A arm") is all the items', not the last one's: its values are read
            # without it, as the others' are (not "respectively": "X (3 vs 5) and Y (4 vs 6)
            # were seen with A and B, respectively" orders them; "and 40 (65%) in group 2"
            # names the last value's own arm)
            last = index == len(listed) - 1
            item_end = last_close + 1 if last and last_close >= s else e  # without the tail
            own_end = (
                item_end
                if last and _LIST_PREDICATE.match(tail) and not RESPECTIVELY.search(tail)
                else e
            )
            item_groups = assign_arms(
                text,
                s,
                own_end,
                value_groups(text, q_values, arm_words) if has_item_values else [],
                arms,
            )
            # an arm the tail names is the whole list's ("..., rash (32 and 12%) and dry skin
            # (19 and 2%) in patients treated with A"), not the last item's own
            if names_arm(text[s:item_end], arms):
                template = [g.arm for g in item_groups]
            else:
                item_groups = _item_arms(item_groups, template, groups if named_before else None)
            _share_p(q_item, q)
            if effects and not q_item.effects:  # "..., with SMDs of 0.36 and 0.21, respectively"
                q_item.effects = [effects[index]]
            drafts.extend(
                self._outcome_claims(
                    doc, text, sent, (start, end), statement, outcome_span, item_groups, q_item,
                    arms, index + 1,
                    item_clause(shared, piece, tail if index < len(listed) - 1 or borrowed else ""),
                )
            )  # fmt: skip
        return drafts

    def _item_claims(
        self,
        doc: Doc,
        text: str,
        sent: Sentence,
        bounds: tuple[int, int],
        statement: Statement,
        items: list[tuple[int, int]],
        arms: list[ArmMention],
        arm_words: set[str] | None = None,
    ) -> list[ClaimDraft]:
        """One claim per item of a clause, each read from the text before the first item, its
        own item and the text after the last, with the statistics of its own bracket:

        - arm items, "Compared with placebo, X was lower with A (p = 0.03) and with B (p =
          0.001)" (the tail: "... than with placebo");
        - time items, "X was lower with A at 6 months (8% vs 39%) and at 12 months (22% vs
          50%)", each with the values and time point of its own bracket too (``arm_words``
          given, the words that name the trial's arms)."""
        start, end = bounds
        assert statement.outcome is not None
        shared = text[start : items[0][0]]
        tail = text[items[-1][1] : end]
        drafts = []
        for index, (s, e) in enumerate(items):
            q_item = doc._.quantities.between(s, e)
            groups = (
                assign_arms(text, s, e, value_groups(text, q_item, arm_words), arms)
                if arm_words is not None
                else []
            )
            drafts.extend(
                self._outcome_claims(
                    doc, text, sent, bounds, statement, statement.outcome, groups, q_item,
                    arms, index + 1, f"{shared} {text[s:e]} {tail}",
                )
            )  # fmt: skip
        return drafts

    def _compared_items(
        self,
        doc: Doc,
        text: str,
        sent: Sentence,
        bounds: tuple[int, int],
        statement: Statement,
        items: list[tuple[int, int]],
        own: list[re.Match[str] | None],
        q: Quantities,
    ) -> list[ClaimDraft]:
        """The claims of listed outcomes with their own comparatives ("A caused fewer X, less
        Y and more Z than B"): each item's cue text is the statement without the other items,
        an item without its own word taking the last one seen (``item_clause``)."""
        start, end = bounds
        shared, tail = text[start : items[0][0]], text[items[-1][1] : end]
        arms: list[ArmMention] = [] if self._is_animal(doc, sent) else list(doc._.arms or [])
        drafts = []
        carried = ""
        for index, ((s, e), word) in enumerate(zip(items, own, strict=True)):
            piece = text[s:e]
            if word is not None:
                carried, s = word.group(0).strip(), word.end()
            elif carried:
                piece = f"{carried} {piece}"
            drafts.extend(
                self._outcome_claims(
                    doc, text, sent, bounds, statement, (s, e), [], q, arms, index + 1,
                    item_clause(shared, piece, tail),
                )
            )  # fmt: skip
        return drafts

    def _respective_claims(
        self,
        doc: Doc,
        text: str,
        sent: Sentence,
        bounds: tuple[int, int],
        statement: Statement,
        items: list[tuple[tuple[int, int], str]],
        q: Quantities,
        arms: list[ArmMention],
    ) -> list[ClaimDraft]:
        """The claims of measures given their directions "respectively" ("X and Y were,
        respectively, higher and lower with A", ``respective_directions``): each read with its
        own word, and with its own p value when the clause has one per measure."""
        start, end = bounds
        shared, tail = text[start : items[0][0][0]], text[items[-1][0][1] : end]
        own_p = len(q.p_values) == len(items)
        drafts = []
        for index, ((s, e), word) in enumerate(items):
            q_item = replace(q, p_values=[q.p_values[index]]) if own_p else q
            drafts.extend(
                self._outcome_claims(
                    doc, text, sent, bounds, statement, (s, e), [], q_item, arms, index + 1,
                    item_clause(shared, f"{word} {text[s:e]}", tail),
                )
            )  # fmt: skip
        return drafts

    def _paired_claims(
        self,
        doc: Doc,
        text: str,
        sent: Sentence,
        bounds: tuple[int, int],
        statement: Statement,
        items: list[tuple[tuple[int, int], tuple[int, int]]],
        groups: list[ValueGroup],
        q: Quantities,
        arms: list[ArmMention],
    ) -> list[ClaimDraft]:
        """The claims of pieces that each give a pair of shares and what those people did
        (``paired_items``): each with the values of its own piece, as the clause assigned them
        to arms; its p value the one in its place of those after the last value ("(P = 0.002
        and P = 0.04, respectively)"), else its own, else the clause's one ("(both P <
        .001)"); its cue text its piece after the text before the first pair."""
        start = bounds[0]
        shared = text[start : min(g.start for g in groups)]
        trailing = [p for p in q.p_values if p.start >= max(g.end for g in groups)]
        drafts = []
        for index, (outcome_span, (s, e)) in enumerate(items):
            q_item = doc._.quantities.between(s, e)
            if len(trailing) == len(items):  # "(P = 0.002 and P = 0.04, respectively)"
                q_item.p_values = [trailing[index]]
            else:
                _share_p(q_item, q)
            own = [g for g in groups if s <= g.start < e]
            piece = text[max(s, own[0].start if own else s) : e]
            drafts.extend(
                self._outcome_claims(
                    doc, text, sent, bounds, statement, outcome_span, own, q_item, arms,
                    index + 1, item_clause(shared, piece, ""),
                )
            )  # fmt: skip
        return drafts

    def _set_claims(
        self,
        doc: Doc,
        text: str,
        sent: Sentence,
        bounds: tuple[int, int],
        statement: Statement,
        sets: list[ValueSet],
        q: Quantities,
        arms: list[ArmMention],
    ) -> list[ClaimDraft]:
        """The claims of a clause that gives the arms' values set after set (``value_sets``):
        each with its set's values, the statistics of its own part of the clause (else the
        clause's one p value) and its set's outcome; its cue text the clause before the first
        set and its own part."""
        assert statement.outcome is not None
        shared = text[bounds[0] : sets[0].bounds[0]]
        drafts = []
        for index, value_set in enumerate(sets):
            s, e = value_set.bounds
            q_item = _share_p(doc._.quantities.between(s, e), q)
            drafts.extend(
                self._outcome_claims(
                    doc, text, sent, bounds, statement, value_set.outcome or statement.outcome,
                    value_set.groups, q_item, arms, index + 1, item_clause(shared, text[s:e], ""),
                    value_set.qualifier,
                )
            )  # fmt: skip
        return drafts

    def _outcome_claims(
        self,
        doc: Doc,
        text: str,
        sent: Sentence,
        bounds: tuple[int, int],
        statement: Statement,
        outcome_span: tuple[int, int],
        groups: list[ValueGroup],
        q: Quantities,
        arms: list[ArmMention],
        item: int,
        clause: str | None = None,
        qualifier: str = "",
        label: str | None = None,
    ) -> list[ClaimDraft]:
        """The claims of one outcome of a statement (one per arm pair); ``clause`` is the text
        its cue words are read from (the statement's by default); ``qualifier`` follows the
        outcome's words ("at the lumbar spine"); ``label`` is the outcome's text when no span
        of the text spells it ("grade 3 adverse events" of "grade 3 and 4 adverse events")."""
        start, end = bounds
        whole = clause is None
        clause = text[start:end] if clause is None else clause
        groups = oriented_pair(text, groups, clause, arms)
        record_id = article.id if (article := article_of(doc)) else ""
        animal = self._is_animal(doc, sent)
        # "(p < 0.001 vs baseline; ...)": a p value of a change from baseline never the arms'
        p = next((v for v in q.p_values if not p_against_baseline(text, v.start)), None)
        changed = arm_changes(clause, arms) if whole else None
        between_p = between_group_p(clause) if whole and len(q.p_values) > 1 else None
        # "X fell compared with baseline": each arm's change, unless the sentence compares arms
        against_baseline = change_from_baseline(text[start:end], sent.text, arms)
        each_arm = against_baseline is not None or within_group_change(clause, arms)
        if each_arm:
            p = None  # each arm's own change tested: no p value between the arms
        elif changed is not None and changed.between_p is not None:
            between_p = changed.between_p
        if p is not None and between_p is not None:  # "(P<0.01) ... (between groups P=0.4)"
            p = next((v for v in q.p_values if v.start >= start + between_p), p)
        outcome_span, statement = past_measure_name(text, outcome_span, statement)
        outcome_span = without_arm_tail(text, without_change_noun(text, outcome_span), arms)
        outcome_span = without_value_tail(text, outcome_span)
        negation = _LEADING_NOT.match(text, *outcome_span)
        if negation and negation.end() < outcome_span[1]:  # "..., but not (of) X (P = 0.3)"
            outcome_span = (negation.end(), outcome_span[1])
        outcome_text = text[outcome_span[0] : outcome_span[1]]
        results = complete_results(results_of(groups), arms)
        named: tuple[int, int] | None = outcome_span
        arms_only = False
        if DEMOGRAPHIC_OUTCOME.fullmatch(outcome_text):  # "Mean age": who, not a result
            return []
        if HETEROGENEITY_OUTCOME.fullmatch(outcome_text):  # "with low heterogeneity (I2 = 0%)"
            return []
        if BASELINE_OUTCOME.fullmatch(outcome_text) and not CHANGE_FROM_TO.search(clause):
            return []  # "no difference at baseline between the groups": how they started
        if FOLLOW_UP_OUTCOME.fullmatch(outcome_text) and not any(
            g.percent is not None or g.events is not None for g in groups
        ):  # "median follow-up durations, which were 148 months in A and 45 in B": no result
            return []  # (not "Median follow-up was 72 months, and X was 1.1% in A, ...": X's)
        arm_subject = names_an_arm(outcome_text, arms)
        target = (
            outcome_after_arms(text, start, end, arms)
            if arm_subject
            else outcome_after_groups(text, start, end, outcome_text)
        )
        if target:  # "A was not different from B for X", "The A and B groups did not differ
            # from the C group in X": X
            outcome_span = named = target
            outcome_text = text[target[0] : target[1]]
        elif names_people(outcome_text) or arm_subject or _FINDINGS.fullmatch(outcome_text):
            # "Patients (of group II)", "Drug A (was non-inferior to B)": who, not what was
            # measured; "Findings (were similar ...)": what was found. Two arms compared by a
            # p value ("A was superior to B (P = 0.01)", "The difference between A and B was
            # not significant (P = 0.2)") keep their claim, the outcome unnamed
            arms_only = not results and p is not None and not names_people(outcome_text)
            if not results and not arms_only:
                return []
            outcome_text, named = "", None  # the arms' numbers of an outcome left unnamed
            if p is None and sizes_only(results):
                return []  # "There were 43 patients in the A group and 59 in the B group"
        if qualifier and outcome_text:
            outcome_text = f"{outcome_text} {qualifier}"
        if label is not None and outcome_text:
            outcome_text = label
        if statement.pattern == "duration":  # "Sedation lasted longer in ...": how long
            outcome_text = f"{outcome_text} duration".lstrip()
        actor = text[statement.actor[0] : statement.actor[1]] if statement.actor else None
        effect = reported_effect(q.effects, results, outcome_text)
        sig = significance(p, clause, effect, arms)
        if each_arm:
            sig = None  # "fell from 6 to 3 (P<0.01) with A and ... (P=0.02) with B"
        timepoints = q.timepoints or within(doc._.quantities.timepoints, sent.start, sent.end)
        population = doc._.population
        if animal and doc._.animal_population:  # the sentence's own species first
            own = (doc._.other_populations or {}).get(animal_species(sent.text))
            population = own or doc._.animal_population
        outcome_text = without_dangling_end(outcome_text)  # "X which", "X at the close of"
        outcome = Outcome(
            text=outcome_text,
            timepoint=timepoints[0].text if timepoints else None,
            mesh=self._link(doc, [outcome_text], OUTCOME_CATEGORIES) if outcome_text else [],
        )
        drafts = []
        link = functools.partial(self._link, doc)  # the MeSH links of intervention phrases
        pairs = (
            arm_pairs(link, arms, clause, groups, actor)
            if against_baseline is None
            else baseline_pairs(link, arms, against_baseline, groups, actor)
        )
        if against_baseline is None and (
            effect is not None or no_difference_of_the_arms(sent.text)
        ):
            pairs = trial_pair(link, arms, sent.text, pairs)
        if against_baseline is None and len(pairs) == 1 and pairs[0][1] is None:
            pairs = [sentence_pair(link, text, sent, start, end, pairs[0][0])]
        base = pairs[0][1].arm if pairs[0][1] else None
        if len(arms) > 2 and len(results) < 2 and len(pairs) == 1 and pairs[0][0].arm and base:
            # "In a three-arm trial, A improved X (5.4 vs -8.2) versus C": A's and C's values
            valued = versus_pair(text, groups, pairs[0][0].arm, base)
            if valued is not None:
                groups = valued
                results = complete_results(results_of(groups), arms)
        if arms_only and not (pairs[0][0].arm and base):
            return []  # no values, no outcome and no two arms: nothing claimed
        per_arm = own_statistics(groups, q, end, base) if len(pairs) > 1 and not each_arm else {}
        # "Patients treated with more intensive therapy had reduced X": "more" names the arm
        worded = (
            direction_text(text, start, end, statement.actor)
            if whole
            else item_direction_text(clause, actor)
        )
        totalled = with_arm_totals(groups, arms)  # counts over their arms' n, for the direction
        for index, (intervention, comparator) in enumerate(pairs):
            pair_p, pair_effect, pair_sig = p, effect if len(pairs) == 1 else None, sig
            if intervention.arm in per_arm:  # "40.2% with A (RR 1.16, ..., p = 0.06) and ..."
                stats = per_arm[intervention.arm]
                pair_p = stats.p_values[0] if stats.p_values else None
                pair_effect = reported_effect(stats.effects, results, outcome_text)
                pair_sig = significance(pair_p, clause, pair_effect, arms)
            comparator_arm = comparator.arm if comparator else None
            direction = comparison_direction(
                worded,
                pair_sig,
                totalled,
                intervention.arm,
                comparator_arm,
                pair_effect,
                arms,
                outcome_text,
            )
            if statement.pattern == "favoring":
                direction = "unclear"  # "evidence favoring A": A did better, whichever way
            elif each_arm and comparator is None and intervention.text:
                direction = own_change_direction(worded, outcome_text, arms)  # one arm's change
            elif each_arm:
                direction = "unclear"  # each arm's change: the arms are not compared
            if direction == "unclear" and sig and intervention.arm is None and intervention.text:
                direction = in_mention_order(groups, text)
            pair_results = (
                results
                if len(pairs) == 1
                else [
                    r for r in results if r.arm in (intervention.arm, comparator and comparator.arm)
                ]
            )
            computed = computed_effect(
                pair_results, intervention.arm, comparator.arm if comparator else None
            )
            part = (
                ""
                if start == sent.start and index == 0 and item == 0
                else f"{start}|{end}|{item}|{index}"
            )
            claim = Claim(
                id=claim_id(record_id, sent.start, sent.end, outcome_text, part),
                population=_population(population),
                intervention=intervention,
                comparator=comparator,
                outcome=outcome,
                results=pair_results,
                effect=claim_effect(pair_effect) or computed,
                p_value=ModelPValue(relation=pair_p.relation, value=pair_p.value)
                if pair_p
                else None,
                direction=direction,
                significant=pair_sig,
                negated=NEGATED_FAST.found(clause),
                hedged=HEDGED_FAST.found(clause),
                evidence=Evidence(start=sent.start, end=sent.end, text=text[sent.start : sent.end]),
                warnings=[
                    *([WITHIN_GROUP] if each_arm else []),
                    *interval_warnings(pair_effect),
                    *direction_warnings(
                        direction, worded, groups, intervention.arm, comparator_arm, arms
                    ),
                ],
            )
            claim.confidence = claim_confidence(claim)
            drafts.append(ClaimDraft(claim, named, statement.actor, animal))
        return drafts

    def _outcomes_valued(
        self, text: str, start: int, end: int, groups: list[ValueGroup], arms: list[ArmMention]
    ) -> bool:
        """Whether the values of a "respectively" clause that names no arm go with the items
        its outcome lists, one each ("X and Y were 4.9 and 6.3 days, respectively")."""
        if (
            named_in_order(text[start:end], arms)
            or any(g.n is not None or g.events is not None or g.total is not None for g in groups)
            or _PEOPLE_PAIR.search(text, start, end)
        ):
            return False  # "analysed in 92 and 88 patients with means of 5.2 and 5.4 years"
        outcome = self._statement(text, start, end).outcome
        return outcome is not None and len(respective_items(text, outcome, len(groups))) == len(
            groups
        )

    def _statement(self, text: str, start: int, end: int) -> Statement:
        found = self._statements.get((start, end))
        if found is None:
            found = self._statements[start, end] = read_statement(text, start, end)
        return found

    def _is_animal(self, doc: Doc, sent: Sentence) -> bool:
        known = self._animal_sentences.get(sent.text)
        if known is None:
            population = doc._.population
            known = (self._animals and is_animal_sentence(sent.text)) or (
                population is not None and population.species not in (None, "human")
            )
            self._animal_sentences[sent.text] = known
        return known

    def _link(
        self, doc: Doc, phrases: list[str], within: tuple[str, ...] = INTERVENTION_CATEGORIES
    ) -> list[str]:
        article = article_of(doc)
        headings = article.mesh if article else []
        return self.linker.link(phrases, headings, doc._.long_forms or {}, within)


def _without_sizes(text: str, groups: list[ValueGroup], arms: list[ArmMention]) -> list[ValueGroup]:
    """``groups`` without the counts in a bracket that are their arms' sizes: "data from 125
    patients (63 A and 62 B patients)" (no values), "Of 47 eligible (25 A, 22 B), responses
    were more frequent with A (16% vs 5%)" (the shares, not 25 and 22 events)."""
    sizes = {a.id: a.n for a in arms}
    kept = []
    for g in groups:
        if (
            g.arm is None
            or g.events is None
            or g.events != sizes.get(g.arm)
            or g.total is not None
            or text.rfind("(", 0, g.start) <= text.rfind(")", 0, g.start)  # not in a bracket
        ):
            kept.append(g)
        elif g.percent is not None and abs(g.percent - 100.0) > 1.0:
            kept.append(replace(g, events=None))  # 25 events would be all of them, not 16%
        elif g.percent is None and g.mean is None and g.median is None:
            continue
        else:
            kept.append(g)
    return kept


# two counts of people, as the arms' sizes are written: "in 92 and 88 patients"
_PEOPLE_PAIR = re.compile(
    r"\b\d+\s+and\s+\d+\s+(?:patients|participants|subjects|women|men|children)\b"
)


@Language.factory(
    "evg_claims",
    assigns=["doc._.claims"],
    requires=[
        "doc._.quantities",
        "doc._.arms",
        "doc._.population",
        "doc._.long_forms",
        "doc._.sections",
    ],
)
def make_claims(nlp: Language, name: str) -> Claims:
    declare_section_extensions()
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)
    return Claims()
