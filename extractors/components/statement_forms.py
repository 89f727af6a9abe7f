"""The particular forms of a result statement that name its actor or its outcome.

``statements.read_statement`` tries these beside its main patterns:
- people and counted groups: "(significantly) more PEOPLE (in group A) VERB OBJECT"
  (``people_verb``), "40 of 58 (69%) A patients ... were responders" (``counted_people``),
  "patients who received A had ..." (``people_did``, ``names_people``, ``people_group``);
- what a treatment acted on: "The effect of A on X was ..." (``acted_on``, ``actor_core``),
  a change verb after the subject (``before_predicate``), "A decrease in X was seen with A"
  (``seen_with``, ``nominal_change``);
- "favoring A" and "X favo(u)red A" (``read_favoring``, ``actor_from``);
- a hedged effect ("A may result in little to no difference in X", ``hedged_effect``) and
  "X lasted ..." (``read_lasted``).
Split out of ``statements``.
"""

from __future__ import annotations

import re

from extractors.components.statement_phrases import (
    CHANGE_VERB,
    GENERIC_OUTCOME,
    INTRANSITIVE,
    NO_OUTCOME_WORD,
    OUTCOME_END,
    PREPOSITION_START,
    RELATIVE,
    REPORTER,
    THERE_BE,
    TRAILING_ADVERBS,
    Statement,
    adjective_use,
    names_no_measure,
    outcome_span,
    subject_ok,
)
from extractors.numbers import WORD_NUMBER_PATTERN

# people and, perhaps, their group: "Patients", "the children in group A", "Patients of Group
# II and III", "women receiving placebo"
_PEOPLE = (
    r"(?:the\s+|all\s+|both\s+)?(?:(?!(?:of|with|and|or)\b)[\w-]+\s+){0,2}?"
    r"(?:patients|participants|subjects|"
    r"children|women|men|adults|infants|individuals|people|volunteers|respondents)"
)

_PEOPLE_OF = (  # the words between people and their group: "in (the)", "receiving"
    r"\s+(?:in|of|from|on|receiving|given|taking|treated\s+with|(?:allocated|assigned|"
    r"randomi[sz]ed)\s+to)"
)

PEOPLE_SUBJECT = re.compile(
    r"(?i)"
    + _PEOPLE
    + r"(?:"
    + _PEOPLE_OF
    + r"(?:\s+(?!(?:[a-z]+ed|died|had|have|has|were|was|did|showed)\b)[^\s,;()]+){1,6})?"
)

_PEOPLE_THEN_GROUP = re.compile(r"(?i)" + _PEOPLE + _PEOPLE_OF + r"\s+(?:the\s+)?(?=\S)")

# a verb that is no step of the trial ("randomised", "received", "analysed", ...)
_NO_STEP = (
    r"(?!(?:randomi[sz]|assign|allocat|enrol|includ|exclud|recruit|treat|receiv|given|analy[sz]|"
    r"compar|follow)\w*\b)"
)

# what counted people had, were or did: "(6.6%) developed SSI", "were pain-free", "in the A
# group did not develop X", "died"
_PEOPLE_DID = re.compile(
    r"(?i)\s*(?:[(\[][^()\[\]]{1,40}[)\]]\s*)?(?:(?:of|in)\s+the\s+(?:[\w-]+\s+){1,3}?"
    r"(?:groups?|arms?)\s+)?(?:(?P<have>(?:(?:did|do|does)\s+not\s+)?(?:had|have|has|develop(?:ed)?|"
    r"experienced|experience|reported|report|required|require|needed|need|suffered|suffer|"
    r"achieved|achieve|reached|reach|attained|attain|showed|show))|(?P<were>were|was)"
    # "correctly perceived their risk": an adverb before what they did
    r"(?:\s+(?:not|significantly|more|less|still))*|(?:[a-z]{3,}ly\s+)?(?P<did>"
    + _NO_STEP
    + r"[a-z]{3,}ed|died))\s+"
)

_NEXT_CLAUSE = re.compile(r"(?i),\s*(?:and|but|while|whereas)\s+")

_ADVERBS = re.compile(r"(?i)(?:(?:\w+ly|further|also|then|later|subsequently)\s+)*")


def people_did(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The outcome after a subject of people: the object of "had/developed/experienced"
    ("Seven patients (6.6%) developed SSI in ..." -> "SSI"), the state after "were" ("More
    patients were pain-free ..." -> "pain-free"), or what they did ("Nine patients died" ->
    "died", "discontinued treatment"); not a step of the trial ("were randomised", "received
    A"), else None."""
    m = _PEOPLE_DID.match(text, start, end)
    if m is None:
        return None
    if m.group("were") and _is_study_step(text, m.end(), end):
        return None  # "were (randomly) assigned"
    begin = m.start("did") if m.group("did") else m.end()
    joined = _NEXT_CLAUSE.search(text, begin, end)  # ", and three patients in B had Y"
    span = outcome_span(text, begin, joined.start() if joined else end)
    if span is None or names_people(text[span[0] : span[1]]):
        return None
    return span


def _is_study_step(text: str, at: int, end: int) -> bool:
    """Whether a step of the trial follows ``at``, past its adverbs ("were (randomly)
    assigned", ``_STUDY_STEP``)."""
    adverbs = _ADVERBS.match(text, at, end)
    return _STUDY_STEP.match(text, adverbs.end() if adverbs else at, end) is not None


def people_did_at_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """What counted people did when the verb ends the clause after their groups' counts ("Nine
    patients (20%) in the A group and 12 (30%) in the B group died" -> "died", "... responded
    to treatment"), not a step of the trial ("were randomised"); else None."""
    m = _VERB_AT_END.search(text, start, end)
    if m is None or _STUDY_STEP.match(text, m.start("verb"), end):
        return None
    return outcome_span(text, m.start("verb"), end)


_VERB_AT_END = re.compile(
    r"(?i)\b(?:groups?|arms?)\s+(?P<verb>" + _NO_STEP + r"(?:[a-z]{3,}ed|died|quit|withdrew|"
    r"fell|underwent)\b)[^\d()\[\];]{0,60}(?:[(\[][^()\[\]]*[)\]]\s*)?[.;]?\s*$"
)


def names_people(phrase: str) -> bool:
    """Whether a phrase names only people and perhaps their group ("Patients", "Patients of
    Group II and III", "the children in the placebo arm"): who was measured, not what."""
    return PEOPLE_SUBJECT.fullmatch(phrase.strip()) is not None


def people_group(phrase: str) -> str | None:
    """The group words of a phrase that opens with people and their group ("Patients in the
    A group" -> "A group", "women receiving placebo" -> "placebo"), else None."""
    m = _PEOPLE_THEN_GROUP.match(phrase)
    return phrase[m.end() :] if m else None


_SIZE = (
    r"(?:(?:a|an)\s+)?(?:(?:very\s+)?(?:slight|small|large|moderate|modest|substantial|important|"
    r"clinically\s+important|little\s+(?:or|to)\s+no|no|any|some|uncertain)\s+)*"
    r"(?:(?:higher|lower|greater|smaller|larger|better|worse|more|less|fewer|shorter|longer)\s+)?"
)

_HEDGED_EFFECT = re.compile(
    r"(?i)(?<!\S)(?:(?:also|further)\s+)?(?:may|might|could|probably|likely|possibly)\s+"
    r"(?:(?:also|further|probably|likely|possibly|slightly)\s+)*"
    r"(?:(?:results?|leads?)\s+(?:in|to)\s+" + _SIZE + r"(?:(?:differences?|effects?|impact|"
    r"benefits?|reductions?|decreases?|increases?|improvements?|changes?|harms?)\s+"
    r"(?:in|on|of|for|upon)\s+)?|(?:have|has)\s+" + _SIZE + r"(?:differences?|effects?|impact|"
    r"influence|benefits?)\s+(?:in|on|for|upon)\s+)(?=[^\W\d_])"
)

# what no actor of a hedged effect holds: a clause, a list, a relative ("the renal function
# should be assessed to prevent overestimation that could result in X")
_CONNECTIVE_START = re.compile(r"(?i)^\s*(?:and|but|or|yet)\b")

_NOT_AN_ACTOR = re.compile(r"(?i),|;|\b(?:that|which|who|whether|should|must|to)\b")


def hedged_effect(text: str, body: int, end: int) -> Statement | None:
    """A hedged effect, as GRADE-style summaries word it: "X may result in little to no
    difference in Y", "X probably has little or no effect on Y", "X may lead to a slight
    improvement in Y", "X may result in fewer Y than Z": X (a short phrase) is the actor, Y
    the outcome; with no subject ("; probably result in a slight improvement in Y") Y alone."""
    hedged = _HEDGED_EFFECT.search(text, body, end)
    if hedged is None:
        return None
    span = outcome_span(text, hedged.end(), end)
    if span is None:
        return None
    subject = _CONNECTIVE_START.sub("", text[body : hedged.start()]).strip()
    if not subject:  # "; and probably result in an increase in Y"
        return Statement(span, None, "hedged-effect")
    if (
        not subject_ok(text, body, hedged.start())
        or names_no_measure(subject)
        or _NOT_AN_ACTOR.search(subject)
        or len(subject.split()) > 10
    ):
        return None
    return Statement(
        span, (body, body + len(text[body : hedged.start()].rstrip())), "hedged-effect"
    )


# a quantifier alone, or the relative pronoun of "..., which resulted in X": no actor named
_BARE_QUANTIFIER = re.compile(r"(?i)all|both|each|either|which")

# "(short term) benefits of X (for Y)", "the effect of X": X is what acted
_EFFECT_OF = re.compile(
    r"(?i)(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:benefits?|effects?|efficacy|effectiveness|"
    r"use|addition|administration)\s+of\s+(?:the\s+)?(?=[^\W\d_])"
)

_EFFECT_SETTING = re.compile(r"(?i)\s+(?:for|in|among|on)\s|\s*[(\[]")


# what the authors or their evidence said of the actor after it: "We hypothesize that A",
# "Three trials showed that A", "This trial did not prove that A" (then "A reduced X")
_REPORTED_THAT = re.compile(
    r"(?i)\b(?:hypothesi[sz]e[ds]?|f(?:ind|ound)|show(?:s|ed|n)?|suggest(?:s|ed|ing)?|"
    r"prove[ds]?|substantiated?|verif(?:y|ied)|noted?|evidence|confirm(?:s|ed)?|"
    r"demonstrat(?:e|es|ed)|indicat(?:e|es|ed)|conclude[sd]?|reveal(?:s|ed)?)\s+"
    r"(?:that|whether)\s+"
)


def actor_core(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """An actor without what is not the treatment: "short term benefits of A for rhinitis" ->
    "A" (the benefits of A, the condition it treats), "We found that A" -> "A" (who reported
    it, ``_REPORTED_THAT``); None for a subject that reports the
    result ("Results", "The analysis", whose statement has the pattern "reported") or only a
    quantifier ("All")."""
    start, end = span[0], span[0] + len(text[span[0] : span[1]].rstrip(" ,;:"))
    if REPORTER.fullmatch(text, start, end) or _BARE_QUANTIFIER.fullmatch(text, start, end):
        return None
    if (reported := _REPORTED_THAT.search(text, start, end)) and reported.end() < end:
        start = reported.end()  # "We hypothesize that A (reduced ...)": A
    effect = _EFFECT_OF.match(text, start, end)
    if effect is None:
        return start, end
    setting = _EFFECT_SETTING.search(text, effect.end(), end)
    return effect.end(), setting.start() if setting else end


_EFFECT_OF_END = re.compile(r"(?i)\b(?:effects?|benefits?)\s+of\s+$")

_ON = re.compile(r"(?i)\s+(?:on|upon)\s+(?=[^\W\d_])")
_BRACKET_ON = re.compile(r"(?i)\s*\([^()]{1,60}\)\s*(?:on|upon)\s+(?=[^\W\d_])")

_REPORTING_PARTICIPLE = re.compile(
    r"(?i)\b(?:suggesting|showing|indicating|demonstrating|revealing|reflecting)\b"
)


def effect_of(change: re.Match[str]) -> bool:
    """Whether a change noun is an effect or benefit of what follows it ("The benefit of A",
    "the effects of A"; not "The Effect of A Trial", a name): A acted, it is no outcome."""
    effect = _EFFECT_OF_END.search(change.group(0))
    return effect is not None and not effect.group(0)[0].isupper()


def seen_on(text: str, start: int, end: int) -> tuple[int, int] | None:
    """What an effect was seen on, named after the actor that ends at ``start``: "(No
    significant effect of A) was found on X at 8 months", "(No effects of A) were found for
    X" -> "X"; else None."""
    m = _SEEN_ON.match(text, start, end)
    return outcome_span(text, m.end(), end) if m else None


def acted_on(text: str, change: re.Match[str], span: tuple[int, int], end: int) -> Statement | None:
    """ "The effect of A on Y was ...", "a benefit of A on Y": Y is the outcome and A the
    actor, where the change (``change``) is an effect of what follows it; else None."""
    effect = _EFFECT_OF_END.search(change.group(0))
    if effect is None or effect.group(0)[0].isupper():  # "The Effect of A on B Trial": a name
        return None
    on = _ON.search(text, span[0], span[1])
    actor_end = on.start() if on else span[1]
    if on is None:  # "a significant effect of A (in the form of a pen) on Y"
        on = _BRACKET_ON.match(text, span[1], end)
    if (
        on is None
        or not subject_ok(text, span[0], actor_end)
        or len(text[span[0] : actor_end].split()) > 6
        or _REPORTING_PARTICIPLE.search(text, span[0], actor_end)
    ):
        return None  # "main effects of time suggesting improvements on each measure"
    outcome = outcome_span(text, on.end(), end)
    if outcome is None or names_no_measure(text[outcome[0] : outcome[1]]):
        return None
    return Statement(outcome, (span[0], actor_end), "change-in")


def before_predicate(text: str, body: int, span: tuple[int, int], end: int) -> Statement | None:
    """A change's target that runs into the clause's own verb: cut before a verb with no
    object ("The improvement in pain increased over time": "pain"); before a verb with an
    object the change is the subject, the actor ("Further increases in X increased the Y
    response": outcome "Y response"); None where no verb follows."""
    for verb in CHANGE_VERB.finditer(text, span[0], span[1]):
        if (
            verb.group("neg")
            or verb.group("v").lower() in ("change", "changes")  # "hemodynamic changes": a noun
            or adjective_use(text, verb, body)
            or not subject_ok(text, span[0], verb.start())
            or RELATIVE_BEFORE.search(text, span[0], verb.start())
        ):
            continue  # "the change in reduced glutathione", "in pain and reduced sleep"
        rest = text[verb.end() : end]
        if verb.group("v").lower() in INTRANSITIVE or PREPOSITION_START.match(rest):
            return Statement(outcome_span(text, span[0], verb.start()), None, "change-in")
        obj = outcome_span(text, verb.end() + len(rest) - len(rest.lstrip()), end)
        actor = TRAILING_ADVERBS.sub("", text[body : verb.start()].rstrip())
        return Statement(obj, (body, body + len(actor)), "verb") if obj else None
    return None


_SEEN = (
    r"\s+(?:was|were)\s+(?:also\s+)?(?:\w+ly\s+)?(?:observed|seen|found|noted|shown|detected|"
    r"demonstrated|reported|recorded)\b"
)

_SEEN_ON = re.compile(r"(?i)" + _SEEN + r"\s+(?:on|in|for)\s+(?:the\s+)?(?=[^\W\d_])")

_SEEN_WITH = re.compile(
    r"(?i)[^,;()]{0,60}?" + _SEEN + r"\s+with\s+"
    r"(?:the\s+(?:use|addition|administration)\s+of\s+)?"
    r"(?!(?:an?|no|any|p|both|all|each|either|time|respect|regard)\b)(?=[^\W\d_])"
)

_ACTOR_END = re.compile(
    r"(?i)\s*[,;(\[.]|\s+(?:compared|than|versus|vs\.?|at|after|in|on|during|over|when|while|"
    r"whereas|but|relative|from|for|with|to)\b"
)

# "X favoured A", "results for X favour A", "trends favored A": the verb names who did better
_FAVORED = re.compile(
    r"(?i)\b(?:favou?r(?:ed|s)|favou?ring|in\s+favou?r\s+of)\s+(?:the\s+)?(?=[^\W\d_])"
)

# what "there was evidence favoring A" is about: a lead-in "For X", else "for X" after A
_FAVORING_THERE = re.compile(
    r"(?i)\s*(?:(?:for|regarding|on|in\s+terms\s+of|with\s+(?:respect|regard)\s+to)\s+"
    r"(?P<what>[^,;()]{1,80}?)\s*,?\s+)?" + THERE_BE + r"\s+(?:(?:an?|some|strong|weak|clear|"
    r"moderate|consistent|little|further|[a-z]+ly)\s+)*(?:evidence|trends?|tendency)\s*"
)

_FAVORED_FOR = re.compile(
    r"(?i)\s*(?:for|regarding|on|in\s+terms\s+of|with\s+(?:respect|regard)\s+to)\s+(?=[^\W\d_])"
)

# a subject that reports the measure it is about: "Results for X", "Between-group differences
# for all outcomes", "the difference in X"
_RESULTS_FOR = re.compile(
    r"(?i)(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:results?|outcomes?|estimates?|findings|data|"
    r"differences?|trends?|analys[ie]s|comparisons?)\s+(?:for|of|on|in|regarding)\s+"
)


def read_favoring(text: str, start: int, body: int, end: int) -> Statement | None:
    """ "X favo(u)red A", "Results for X favoured A", "A was favoured" aside: the measure X
    is the outcome and A, who did better, the actor (pattern "favored": a reported effect
    still gives the direction); "(For X,) there was evidence favoring A (for X)": X and A
    (pattern "favoring": no direction). A subject that names no measure ("Outcomes favoured A
    for ORR", "Trends favored A") gives way to the measure after "for"; else None."""
    if "favo" not in text[body:end].lower():
        return None
    m = _FAVORED.search(text, body, end)
    if m is None:
        return None
    actor = actor_from(text, m.end(), end)
    if actor is None:
        return None
    named = _FAVORED_FOR.match(text, actor[1], end)
    after = outcome_span(text, named.end(), end) if named else None
    there = _FAVORING_THERE.fullmatch(text, start, m.start()) or _FAVORING_THERE.fullmatch(
        text, body, m.start()
    )
    if there is not None:
        what = (
            outcome_span(text, there.start("what"), there.end("what"))
            if there.group("what")
            else None
        )
        return Statement(after or what, actor, "favoring") if after or what else None
    if not m.group(0).lower().startswith(("favored", "favoured", "favors", "favours")):
        return None
    if (
        RELATIVE_BEFORE.search(text, body, m.start())
        or not subject_ok(text, body, m.start())
        or re.search(r"[,;()\[\]]", text[body : m.start()])  # ", favoured A in both groups"
    ):
        return None
    bare = TRAILING_ADVERBS.sub("", text[body : m.start()].rstrip())
    reported = _RESULTS_FOR.match(text, body, body + len(bare))
    subject = outcome_span(text, reported.end() if reported else body, body + len(bare))
    if subject and (
        names_no_measure(text[subject[0] : subject[1]])
        or NO_OUTCOME_WORD.fullmatch(text, *subject)
        or REPORTER.fullmatch(text, *subject)
        or text[subject[0] : subject[1]].lower() in GENERIC_OUTCOME
    ):
        subject = None
    outcome = after or subject
    return Statement(outcome, actor, "favored") if outcome else None


def actor_from(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The treatment named from ``start`` to where an actor ends ("A (p = 0.02)" -> "A")."""
    stop = _ACTOR_END.search(text, start, end)
    actor_end = start + len(text[start : stop.start() if stop else end].rstrip())
    return (start, actor_end) if actor_end > start else None


def seen_with(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The treatment a nominal change was seen with: "a marked decrease in X was shown with
    A (p = 0.02)", "an improvement in X was observed with the use of B" -> A, B; else None
    ("was observed with time", "with p < 0.05": no treatment)."""
    m = _SEEN_WITH.match(text, start, end)
    return actor_from(text, m.end(), end) if m else None


_CHANGE_SIZE = (  # "significant", "the most pronounced": the change's size, not what changed
    r"(?:a|an|the|statistically|clinically|significant|marked|modest|slight|notable|substantial|"
    r"further|similar|greater|larger|smaller|small|large|most|more|pronounced|greatest|largest|"
    r"biggest|dramatic|sharp|steep|rapid|gradual|sustained|transient|mild|minor|major)\b"
)

_NOMINAL_CHANGE = re.compile(
    r"(?i)(?:" + _CHANGE_SIZE + r"\s+)*(?P<what>(?!" + _CHANGE_SIZE + r")[^\W\d_][\w-]*"
    r"(?:\s+(?!" + _CHANGE_SIZE + r")[^\W\d_][\w-]*){0,3}?)\s+(?:increases?|decreases?|"
    r"reductions?|improvements?|declines?|rises?|elevations?)(?=" + _SEEN + r")"
)


def nominal_change(text: str, body: int, end: int) -> Statement | None:
    """ "Significant temperature increases were (also) observed (with A)": what changed is
    the noun before the change noun (outcome "temperature"), the treatment after "with" its
    actor; not a noun that names no measure ("Similar improvements were seen")."""
    m = _NOMINAL_CHANGE.match(text, body, end)
    if m is None or names_no_measure(m.group("what")):
        return None
    return Statement(m.span("what"), seen_with(text, m.end(), end), "change-in")


_LASTED = re.compile(r"(?i)\s+(?:lasted|persisted)\b")


def read_lasted(text: str, body: int, end: int) -> Statement | None:
    """ "X lasted 3.1 days with A and 4.2 days with B", "X lasted longer in group II": what
    was measured is how long X lasted, X's duration (pattern "duration"; the claim's outcome
    text says so). Only a subject of a few words with no comma, bracket or relative pronoun
    ("Pain relief, which lasted 6 h, was ..." says something else)."""
    m = _LASTED.search(text, body, end)
    if m is None or not subject_ok(text, body, m.start()):
        return None
    subject = text[body : m.start()]
    if re.search(r"[,;(\[]", subject) or RELATIVE.search(subject) or len(subject.split()) > 8:
        return None
    span = outcome_span(text, body, m.start())
    if span is None or names_no_measure(text[span[0] : span[1]]):
        return None
    return Statement(span, None, "duration")


_COUNTED = re.compile(  # "40 of 58 (69%)", "40/58", "Forty (69%)", "a total of 40" opening a clause
    r"(?:(?i:a\s+total\s+of|only|overall)\s+)?(?:\d[\d,]*|" + WORD_NUMBER_PATTERN + r")"
    r"(?i:\s*(?:of|/)\s*\d[\d,]*)?"
    r"(?:\s*[(\[]\s*\d+(?:[.·]\d+)?\s*%\s*[)\]])?\s+"
)

_COUNTED_VERB = re.compile(
    r"(?i)\b(?:were|was|had|achieved|experienced|developed|reported|required|attained|reached)\s+"
)

_COUNT = re.compile(  # one group's count: "40", "40 of 58", "113 (78%) of 145", "Forty of 58"
    r"(?:(?<![\w.,·])\d[\d,]*(?![\w.,·%])|\b(?:" + WORD_NUMBER_PATTERN + r")(?=\s+of\s+\d))"
    r"(?:\s*[(\[]\s*\d+(?:[.·]\d+)?\s*%\s*[)\]])?(?:\s*(?:of|/)\s*\d[\d,]*)?"
)

_STUDY_STEP = re.compile(  # "... were compared / analysed / included": how the trial ran
    r"(?i)(?:compared|analy[sz]ed|included|excluded|randomi[sz]ed|enrolled|assigned|allocated|"
    r"recruited|screened|treated|followed|evaluated|assessed|studied|available|eligible|"
    r"withdrawn|lost)\b"
)

_PEOPLE_NOUNS = (
    r"patients|participants|subjects|children|women|men|adults|infants|individuals|people|"
    r"mothers|smokers|users|respondents|fetuses|foetuses|babies|neonates|newborns|girls|boys|"
    r"students|pregnancies"
)

_PEOPLE_WORD = re.compile(rf"(?i)\b(?:{_PEOPLE_NOUNS}|those|ones)\b")


def counted_people(text: str, body: int, end: int) -> Statement | None:
    """ "40 of 58 (69%) A patients and 28 of 57 (49%) B patients were responders / had a
    relapse": what the counted people were or had is the outcome; the subject names every
    group, so it is no actor (their values tell the arms apart). Needs a count per group (two
    or more before the verb; "227 of 285 patients in group B were responders, of whom 86 ..."
    is one group) and no study step ("were compared", "were analysed"); or one group's count
    whose verb is the outcome, set against the other group's count right after ("5 patients
    (8.3%) discontinued X, compared with 2 (3.3%) in B", "62 (27%) of 231 patients died in A
    and 63 (27%) of 232 in B"; after a verb of having, its object: "37 patients in the A group
    developed a SSI, compared to 7 in B": "SSI"; after "were", the state: "35 (17%) fetuses
    were in the anterior position in A compared with 24 (12%) in B": "anterior position"); or
    a share of people whose verb is the outcome, set against the arms' shares ("54.8% of
    patients responded (43.8% with A and 66.7% with B)", ``_percent_of_people``); or two
    groups' shares before what they did ("73% of controls and 71% of intervention women
    correctly perceived their risk": "perceived their risk")."""
    shares = _TWO_SHARES.match(text, body, end)  # "73% of controls and 71% of A women ..."
    if shares and (one_group := _ONE_GROUP_DID.match(text, shares.end(), end)):
        return (
            _what_they_did(text, one_group, end) if _verb_is_outcome(text, one_group, end) else None
        )
    counted = _COUNTED.match(text, body, end) or _SHARE_HAD.match(text, body, end)
    if not counted:
        return _percent_of_people(text, body, end)
    had = _COUNT_HAD.match(text, counted.end(), end)
    if had:  # "(Among 2471 participants,) 186 developed invasive breast cancer (82 on A ...)"
        span = outcome_span(text, had.end(), end)
        return Statement(span, None, "counted-people") if span else None
    one_group = _ONE_GROUP_DID.match(text, counted.end(), end)
    if (
        one_group
        and (
            _COMPARED_LATER.search(text, one_group.end(), end)
            or _ANOTHER_COUNT_LATER.search(text, one_group.end(), end)
        )
        and _verb_is_outcome(text, one_group, end)
    ):
        # "(In the A group,) 5 patients (8.3%) discontinued X, compared with 2 (3.3%) in B"
        return _what_they_did(text, one_group, end)
    verb = _COUNTED_VERB.search(text, body, end)
    if (
        verb is None
        or not _PEOPLE_WORD.search(text, body, verb.start())
        or len(_COUNT.findall(text, body, verb.start())) < 2  # a count per group
        or _is_study_step(text, verb.end(), end)  # "were (randomly) assigned"
    ):
        return None
    span = outcome_span(text, verb.end(), end)
    return Statement(span, None, "counted-people") if span else None


# two groups' shares before what they did: "73% of controls and 71% of intervention women"
_TWO_SHARES = re.compile(
    r"(?i)\d+(?:[.·]\d+)?\s*%\s+of\s+(?:the\s+)?[^\d,;()]{1,40}?,?\s+(?:and|vs\.?|versus|"
    r"compared\s+(?:with|to))\s+(?:only\s+)?\d+(?:[.·]\d+)?\s*%\s+of\s+(?:the\s+)?"
)
_PERCENT_OF = re.compile(  # "54.8% of patients", and "6.9% patients" without "of"
    r"(?:(?i:overall|in\s+total)\s*,?\s*)?\d+(?:[.·]\d+)?\s*%\s+"
    rf"(?=of\s|(?i:{_PEOPLE_NOUNS})\b)"
)
# each arm's share after the verb: "(43.8% with A and 66.7% with B)", ": 43.8% in the A group"
_ARM_PERCENT_LATER = re.compile(
    r"(?i)\d+(?:[.·]\d+)?\s*%\s+(?:with|in|for|among|on|receiving)\s+[^\d;]{1,60}?"
    r"(?:,?\s+(?:and|vs\.?|versus)\s+|,\s*)\d+(?:[.·]\d+)?\s*%"
)


def _percent_of_people(text: str, body: int, end: int) -> Statement | None:
    """ "54.8% of patients responded (43.8% with A and 66.7% with B)", "50.4% of the women in
    the A group died compared with 54.0% in the B group": a share of people whose verb is the
    outcome, set against the arms' shares after it; else None."""
    share = _PERCENT_OF.match(text, body, end)
    one_group = _ONE_GROUP_DID.match(text, share.end(), end) if share else None
    if one_group is None or not (
        _COMPARED_LATER.search(text, one_group.end(), end)
        or _ARM_PERCENT_LATER.search(text, one_group.end(), end)
    ):
        return None
    return _what_they_did(text, one_group, end) if _verb_is_outcome(text, one_group, end) else None


def _verb_is_outcome(text: str, one_group: re.Match[str], end: int) -> bool:
    """Whether the verb of people who did something (``_ONE_GROUP_DID``) names the outcome:
    not a qualifying verb, nor a step of the trial."""
    verb = one_group.group("verb")
    return verb.lower() not in _QUALIFYING_VERBS and not _STUDY_STEP.match(
        text, one_group.start("verb"), end
    )


def _what_they_did(text: str, one_group: re.Match[str], end: int) -> Statement | None:
    """The counted people's outcome: from their verb ("died", "discontinued treatment"), or
    the object after a verb of having ("developed a SSI": "SSI"); None when nothing is left."""
    span = outcome_span(text, _object_start(one_group), end)
    return Statement(span, None, "counted-people") if span else None


# verbs of having or becoming: the outcome is their object ("developed a SSI": "SSI", "became
# mRNA-negative": "mRNA-negative")
_HAVING = frozenset(
    {"developed", "experienced", "achieved", "reported", "required", "needed", "suffered",
     "reached", "attained", "showed", "became", "were"}
)  # fmt: skip


def _object_start(one_group: re.Match[str]) -> int:
    """Where the outcome of people who did something starts: the verb ("died", "discontinued
    treatment"), or the object after a verb of having ("developed SSI": "SSI")."""
    verb = one_group.group("verb").lower()
    if verb not in _HAVING:
        return one_group.start("verb")
    after = _STATE_AFTER if verb == "were" else _ARTICLE_AFTER  # "were in (the) remission"
    return after.match(one_group.string, one_group.end("verb")).end()  # type: ignore[union-attr]


_ARTICLE_AFTER = re.compile(r"\s*(?:(?:a|an|the)\s+)?", re.IGNORECASE)
_STATE_AFTER = re.compile(r"\s*(?:(?:in|on|at)\s+)?(?:(?:a|an|the)\s+)?", re.IGNORECASE)


_COUNT_HAD = re.compile(  # a count right before what it counts having: "186 developed"
    r"(?i)(?:had|developed|experienced|suffered|required|needed|reported)\s+"
)
# a share of the people right before what they had: "10% reported exposure to X, compared
# with 37% ..."
_SHARE_HAD = re.compile(
    r"\d+(?:[.·]\d+)?\s*%\s+(?=" + _COUNT_HAD.pattern.removeprefix("(?i)") + ")"
)

_ONE_GROUP_DID = re.compile(  # "patients (8.3%) discontinued": people, then a past-tense verb
    rf"(?i)(?:[\w-]+\s+){{0,2}}?(?:{_PEOPLE_NOUNS})\s*(?:[(\[][^()\[\]]{{1,20}}[)\]]\s*)?"
    # their group may follow: "of the women in the A group died"
    r"(?:(?:in|on|of|receiving)\s+the\s+(?:[\w+/-]+\s+){1,3}?(?:groups?|arms?)\s+)?"
    r"(?:[a-z]{3,}ly\s+)?"  # "correctly perceived": an adverb before the verb
    r"(?P<verb>[a-z]{3,}ed|died|quit|stopped|withdrew|left|lost|fell|underwent|became|"
    # what they were: "fetuses were in the anterior position", "women were pain-free"
    r"were(?=\s+(?!(?:randomi[sz]ed|assigned|allocated|included|excluded|enrolled|analy[sz]ed|"
    r"treated|given|followed|lost|withdrawn|available|eligible|not|also|significantly)\b)))\b"
)

_COMPARED_LATER = re.compile(  # the other group's count: "compared to 7", "versus seven of 39"
    r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:\d|(?:"
    + WORD_NUMBER_PATTERN
    + r")\s+(?:of|/)\s*\d)"
)
# the other group's count after the first's verb: "62 (27%) of 231 patients died in the A
# group and 63 (27%) of 232 in the B group"
_ANOTHER_COUNT_LATER = re.compile(
    r"(?i)(?:[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s(?:and|while|whereas)\s+)"
    r"\d[\d,]*\s*(?:[(\[]\s*\d+(?:[.·]\d+)?\s*%\s*[)\]]\s*)?(?:of|/)\s*\d"
)


def people_verb(text: str, body: int, end: int) -> Statement | None:
    """Pattern 5: "(significantly) more/fewer PEOPLE (in group A) VERB OBJECT": what they did
    ("continued antidepressants") is the outcome, the people and their group the actor."""
    people = MORE_PEOPLE.match(text, body, end)
    if not people:
        return None
    for verb in _PAST_VERB.finditer(text, people.end(), end):
        word = verb.group(0).lower()
        if (
            word in _QUALIFYING_VERBS
            or word == "compared"  # "fewer patients compared with controls underwent X"
            or RELATIVE_BEFORE.search(text, people.end(), verb.start())
        ):
            continue  # "patients treated with A", "patients who received A": the group
        if OUTCOME_END.match(text, verb.end(), end) or text[verb.end() : end].lstrip()[:1] in (
            "",
            "(",
            ",",
            ";",
        ):
            return None  # "more patients improved (..)": no object; the cue words decide
        span = outcome_span(text, verb.start(), end)
        actor = (body, body + len(text[body : verb.start()].rstrip()))
        return Statement(span, actor, "people-verb") if span else None
    return None


MORE_PEOPLE = re.compile(
    r"(?i)(?:(?:statistically\s+)?(?:significantly|markedly|slightly|substantially)\s+)?"
    r"(?:more|fewer|less|(?:a|the)\s+(?:higher|lower|greater|smaller|larger)\s+"
    r"(?:proportion|percentage|number|share)\s+of)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_PEOPLE_NOUNS})\b"
)

_PAST_VERB = re.compile(
    r"(?i)\b(?:[a-z]{3,}ed|quit|stopped|took|became|gave|got|made|felt|lost|kept|began|chose|"
    r"underwent|met|went|sought|spent|left|ate|drank|slept|wore|rode|grew|fell|rose|withdrew|"
    r"won|ran|saw|forgot|overcame|came|found|paid|brought|held|sat|stood|bought|told)\b"
)

_QUALIFYING_VERBS = {
    "treated", "randomized", "randomised", "assigned", "allocated", "exposed", "infected",
    "aged", "based", "related", "combined", "supplemented", "vaccinated", "operated",
    "hospitalized", "hospitalised", "diagnosed", "enrolled", "included",
}  # fmt: skip

RELATIVE_BEFORE = re.compile(
    r"(?i)\b(?:who|that|which)(?:\s+(?:were|was|had\s+been|also))?\s*$"
)  # "patients who received A": the next verb is the group's


# an absolute effect restated after a relative one: "this corresponds to 61 more adverse
# events (95% CI ...) per 1000 participants treated with A", "which translates into 12 fewer
# deaths per 100 patients"
_CORRESPONDS = re.compile(
    r"(?i)(?:this|that|which|these|it)\s+(?:corresponds?|correspond(?:ed|ing)|translates?|"
    r"translated|equates?|equated)\s+(?:in)?to\s+"
)
_COUNT_MORE = re.compile(
    r"(?i)(?:(?:an?|about|approximately|around)\s+)?(?:(?:estimated|absolute)\s+)*(?:\d[\d,.]*|"
    + WORD_NUMBER_PATTERN
    + r")\s+(?:more|fewer|less|additional|extra)\s+(?=[a-z])"
)
_PER_COUNT = re.compile(r"(?i)\s*\(|\s+(?:per|for\s+every|in\s+every)\s+(?:\d|one|a\s)")


def read_corresponds(text: str, body: int, end: int) -> Statement | None:
    """ "this corresponds to 61 more adverse events per 1000 participants treated with A": the
    outcome is what is counted ("adverse events"), not the words "this corresponds to". Other
    restatements ("This translated into a reduction in X") are read as any statement."""
    m = _CORRESPONDS.match(text, body, end)
    counted = _COUNT_MORE.match(text, m.end(), end) if m else None
    if counted is None:
        return None
    stop = _PER_COUNT.search(text, counted.end(), end)
    span = outcome_span(text, counted.end(), stop.start() if stop else end)
    if span is None or names_no_measure(text[span[0] : span[1]]):
        return None
    return Statement(span, None, "corresponds")
