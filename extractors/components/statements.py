"""Reading one result statement: its outcome phrase, its actor and its cue words.

Not a component: ``evg_claims`` uses these pure functions. A statement is a clause of a
result sentence. After dropping lead-ins ("In the elderly, ", "However, ", "... showed
that ") the outcome is found by the first pattern that fits:
1. "(there was) a/no (significant) difference/improvement/reduction in OUTCOME ...";
2. "ACTOR (significantly) improved/reduced/aggravated OUTCOME" (transitive verb: the subject
   is the actor, e.g. a treatment) or "OUTCOME improved/declined/did not differ ..." (also a
   transitive verb followed by adverbs and a preposition: "X increased significantly only in
   group A", "X decreased transiently following Y");
3. "ACTOR was more effective than / (not found to be) superior (to COMPARATOR) in OUTCOME", else
   "OUTCOME was/were higher/attained/similar/12% ...";
4. "ACTOR had/showed/achieved (a lower) OUTCOME" (not the verb of a relative clause: "patients
   who received A had fewer relapses" has "relapses"); "X showed a significant increase" with
   no "in ..." after it and no people or group as X: X is the outcome;
5. "(significantly) more/fewer PEOPLE (in group A) VERB OBJECT": what they did ("continued
   antidepressants until 6 months") is the outcome, the people the actor; "40 of 58 (69%) A
   patients and 28 of 57 (49%) B patients were responders" (a count per group) and "5
   patients (8.3%) discontinued X, compared with 2 (3.3%)": what the counted people were,
   had or did is the outcome, with no actor (tried before the copula pattern).
A declared statistic before the measure ("Mean (SD) X was ...") is skipped, and so is a lead-in
adverb or time ("Postoperatively, ", "Twelve months after surgery (...), "). "X lasted ..."
has the outcome X (pattern "duration"). An outcome that only names people ("Seven patients
(6.6%)") gives way to what they had, were or did ("developed SSI": "SSI"; "were pain-free";
"were more sedated": "sedated"). "A showed decreases in X": "decreases" is no verb.
An outcome that names no measure ("There were no differences ...", "They also had greater
reductions in ...", "these differences", "results") is replaced by the target of a change or
difference word later in the clause ("... in calories ordered", "... in the following
secondary measures: X") when there is one.
"No X occurred in either group" / "there were no X in either group" is a no-difference
statement about X. A clause with no subject of its own ("..., but was superior in Y") is
read with the subject of the clause before it (``read_elliptic``). A statistic, a test or
"data" ("the z value of the signed-rank test", "pre and post data") is never an outcome nor
an actor: the target of a change word later in the clause is the outcome ("... denotes that
there is a reduction in pain"); a generic outcome ("symptoms") gives way to the measures
named right after it ("a reduction of symptoms (P<0.01) in pain and fatigue"). The outcome
ends before "after (the) intervention/treatment/training" and "with P<...".
A change named as a noun and seen with a treatment ("A marked decrease in X was shown with
A", "Significant X increases were observed") has the outcome X and the actor A, if named;
"X showed similar evidence favoring A" and "(For X,) there was evidence favoring A (for X)"
the outcome X and the actor A (pattern "favoring"), "X favo(u)red A" / "Results for X favoured
A" too (pattern "favored": a reported effect still gives the direction); "The effect of A on
X was ..." the outcome X and the actor A; a change that opens the clause and is followed by a
verb with an object is its subject ("An increase in dose reduced X": outcome X);
"The groups did not show a difference in X" the outcome X. An actor is the treatment alone:
not a modal ("A may improve X"), "benefits of" ("benefits of A for rhinitis": A), a subject
that reports ("Results revealed X": pattern "reported", no actor) nor a bare "All"; a change
verb right after a relative pronoun ("an app that increases X could ...") is no statement's.
Cues: direction verbs and comparatives (not nouns that name a measure: "exacerbation", "weight
gain", "inhibitor", "prevention"), "no significant difference"-type phrases, negation,
hedging ("may", "tended to", "trend") and "significant(ly)".

Example: "However, pain scores did not differ between the groups (P=0.42)." gives outcome
"pain scores", no-difference and negation cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.caseless import LowerCaseSearch
from extractors.numbers import WORD_NUMBER_PATTERN

_LEAD_IN = re.compile(
    r"(?i)\s*(?:(?:in|on|at|after|during|among|for|within|by|over|compared\s+(?:with|to)|based\s+on|"
    r"relative\s+to|transitioning\s+from|following|overall|however|moreover|furthermore|"
    r"additionally|also|similarly|conversely|in\s+addition|in\s+contrast|notably|importantly|"
    r"likewise|finally|thus|therefore|besides|meanwhile|interestingly|specifically|in\s+particular|"
    r"consequently|accordingly|unexpectedly|surprisingly|nevertheless|nonetheless|on\s+the\s+other\s+hand|"
    r"(?!(?:early|daily|weekly|monthly|yearly|only|elderly|family)\b)[a-z]+ly(?=\s*,)|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty)[\s-]+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|post|following|from))"
    r"\b(?:\([^()]{0,80}\)|(?!\b(?:was|were|there|is|are|had|has|have|showed|rose|fell|increased|"
    r"decreased|declined|dropped|remained|differed)\b)[^,;(]){0,100},\s*)+"
)
# "Postoperatively pain was ...", "Intra-operatively, ...": when, not what was measured
_OPERATIVE_TIME = re.compile(r"(?i)\s*(?:pre|post|intra|peri)-?operatively\b\s*,?\s*")
_OPENER = re.compile(r"(?i)\s*(?:while|although|though|whereas|despite)\s+")
_THAT = re.compile(
    r"(?i)\b(?:showed|shows|revealed|reveals|demonstrated|demonstrates|indicated|indicates|found|"
    r"suggested|suggests|confirmed|confirms|observed|noted|denoted|denotes|implies|implied|shown|"
    r"seen|determined|concluded|established|show|reveal|demonstrate|indicate|suggest)\s+that,?\s+"
)
_CHANGE_IN = re.compile(
    r"(?i)(?:also\s+)?(?:there\s+(?:was|were|is|are)\s+)?(?:(?:a|an|no)\s+)?"
    r"(?:(?:statistically|clinically)\s+)?"
    r"(?:(?:significant|significantly|similar|greater|larger|smaller|marked|modest|slight|notable|"
    r"substantial|non-?significant|further|mean|estimated|adjusted|overall|net|average)\s+|"
    r"\([^()]{0,40}\)\s+)*"
    r"(?:[-−+~]?\d+(?:[.·]\d+)?\s*(?:%|percent|-fold|-point)\s*)?(?:\w+\s+)?"
    r"(?:differences?|improvements?|"
    r"reductions?|increases?|decreases?|changes?|effects?|benefits?|declines?|rises?|"
    r"enhancements?)\s+(?:(?:was|were)\s+(?:found|observed|seen|noted|detected)\s+)?"
    r"(?:in|of|on|for)\s+"
)
# "there is probably", "there probably was", "there may be": a hedged "there was"
_THERE_BE = (
    r"there\s+(?:(?:probably|likely|possibly)\s+)?(?:(?:was|were|is|are)(?:\s+(?:probably|"
    r"likely|possibly))?|(?:may|might|could)\s+(?:be|have\s+been))"
)
_THERE_WAS = re.compile(
    r"(?i)" + _THERE_BE + r"\s+(?:an?\s+)?(?:(?:(?:non-?significant|slight|weak)\s+)?"
    r"(?:trend|tendency)\s+(?:towards?|for)\s+(?:an?\s+)?)?(?:(?:significantly|slightly|markedly|"
    r"statistically|much)\s+)*(?:higher|lower|greater|smaller|larger|more|less|fewer|increased|"
    r"decreased|reduced|improved|better|worse)\s+"
)
_THERE_WAS_COUNT = re.compile(  # "there were 9 deaths with A and 14 with B", "were 9 and 14 deaths"
    r"(?i)there\s+(?:was|were)\s+(?:a\s+total\s+of\s+)?\d[\d,]*"
    r"(?:(?:\s*,\s*|\s+(?:and|or|vs\.?|versus)\s+)\d[\d,]*)*\s+(?=[A-Za-z])"
)
# any other "there was/were": what follows its quantifiers and qualifiers is the outcome
# ("there were 7 (9.3%) falls in A", "there was no clear effect related to X", "there was
# inconclusive evidence of an effect on X")
_THERE_ANY = re.compile(
    r"(?i)" + _THERE_BE + r"\s+(?:also\s+)?(?:a\s+total\s+of\s+)?"
    r"(?:(?:an?|no|any|some|little\s+(?:or|to)\s+no)\s+)?(?:\d[\d,]*(?:\s*[(\[][^()\[\]]{0,20}[)\]])?\s+)?"
    r"(?:(?:\w+ly|clear|significant|marked|slight|notable|meaningful|important|relevant|overall|"
    r"inconclusive|little|strong|weak|moderate|good|insufficient|appreciable|statistical|"
    r"between-groups?|intergroup|inter-group)(?:\s+(?:or|and))?\s+)*"
    r"(?:(?:effects?|differences?|changes?|benefits?|improvements?|reductions?|evidence|"
    r"signals?)\s+(?:of\s+(?:an?\s+)?(?:effects?|benefits?|differences?)\s+)?(?:related\s+to|"
    r"in|on|of|for|regarding|with\s+(?:respect|regard)\s+to)\s+"
    # "no improvement in favour of A in the incidence of X": X
    r"(?:favou?r\s+of\s+[^,;()]{1,60}?\s+(?:in|on|for|regarding)\s+)?)?"
)
_THERE_WAS_NO = re.compile(  # "there were no deaths in either group"
    r"(?i)there\s+(?:was|were)\s+no\s+(?!(?:[\w-]+\s+){0,3}?(?:differences?|changes?|effects?)\b)"
)
_ASSOCIATED = re.compile(
    r"(?i)\s+(?:was|were|is|are)\s+(?:also\s+)?(?:not\s+)?(?:significantly\s+)?associated\s+with\s+"
    r"(?:an?\s+)?(?:(?:higher|lower|greater|smaller|larger|more|less|significant|increased|"
    r"decreased|reduced|improved|better|worse)\s+)*(?:(?:decrease|increase|reduction|improvement|"
    r"change|risk)s?\s+(?:in|of)\s+)?"
)
_BETTER_AT = re.compile(
    r"(?i)\s+(?:was|were|is|are|proved|appeared|(?:may|might|could)\s+be)\s+(?:(?:\w+ly|also|not|"
    r"(?:found|shown)\s+to\s+be)"
    r"\s+)*(?:(?:more|less)\s+(?:effective|efficacious|beneficial|successful)(?:\s+than\s+"
    r"[^,;]{1,80}?)?|(?:superior|inferior|non-?inferior|equivalent)(?:\s+to\s+[^,;]{1,80}?)?)\s+"
    r"(?:in\s+terms\s+of|in|at|for|on|"
    r"regarding|with\s+respect\s+to)\s+"
)
_ON_WHAT = re.compile(
    r"(?i)\s+(?:significantly\s+)?(?:on|in)\s+(?!(?:the|both|all|each)\s+(?:groups?|arms?)\b)"
)
_PEOPLE_OR_GROUP = re.compile(
    r"(?i)\b(?:patients|participants|subjects|children|women|men|adults|groups?|arms?)\b"
)
_GROUP_SUBJECT = re.compile(  # "the two groups", "both arms", "the ICU groups", "the three
    # active groups", "Block groups": words that name the groups, not a measure of the groups
    # ("X in the two arms", "the factors of the two groups")
    r"(?i)(?:the\s+)?(?:(?!(?:of|in|on|at|for|with|by|from|among|to|than|the)\b)[^\W\d_][\w-]*\s+)"
    r"{0,5}(?:groups?|arms?|cohorts?)"
)
_PEOPLE_START = re.compile(
    r"(?i)(?:the\s+)?(?:\w+\s+){0,2}?(?:patients|participants|subjects|children|women|men|adults|"
    r"infants|those|individuals|carriers)\b"
)
_LIKELY = (  # "(2.2 times) more likely (95% CI 1.1-4.3) (than B) to"
    r"(?:\b\d+(?:[.·]\d+)?\s*(?:-\s*)?(?:times|fold)\s+)?\b(?:more|less)\s+likely\s+"
    r"(?:[(\[][^()\[\]]*[)\]]\s*)?(?:than\s+[^,;]{1,60}?\s+)?to\s+"
)
# a clause that opens with it shares its subject with the clause before ("A were more likely
# to X and 2.7 times less likely (HR 0.37) to Y"): what follows is its outcome
_LIKELY_START = re.compile(r"(?i)\s*(?:(?:and|but|yet)\s+)?" + _LIKELY)
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
_PEOPLE_SUBJECT = re.compile(
    r"(?i)"
    + _PEOPLE
    + r"(?:"
    + _PEOPLE_OF
    + r"(?:\s+(?!(?:[a-z]+ed|died|had|have|has|were|was|did|showed)\b)[^\s,;()]+){1,6})?"
)
_PEOPLE_THEN_GROUP = re.compile(r"(?i)" + _PEOPLE + _PEOPLE_OF + r"\s+(?:the\s+)?(?=\S)")
_PEOPLE_STATE = re.compile(  # "(significantly) more sedated", "less anxious": not "more likely"
    r"(?i)(?:\w+ly\s+)*(?:more|less)\s+(?!(?:likely|than|often|frequently|commonly|common|"
    r"and|or|of)\b)(?=[^\W\d_])"
)


# what counted people had, were or did: "(6.6%) developed SSI", "were pain-free", "in the A
# group did not develop X", "died"
_PEOPLE_DID = re.compile(
    r"(?i)\s*(?:[(\[][^()\[\]]{1,40}[)\]]\s*)?(?:(?:of|in)\s+the\s+(?:[\w-]+\s+){1,3}?"
    r"(?:groups?|arms?)\s+)?(?:(?P<have>(?:(?:did|do|does)\s+not\s+)?(?:had|have|has|develop(?:ed)?|"
    r"experienced|experience|reported|report|required|require|needed|need|suffered|suffer|"
    r"achieved|achieve|reached|reach|attained|attain|showed|show))|(?P<were>were|was)"
    r"(?:\s+(?:not|significantly|more|less|still))*|(?P<did>(?!(?:randomi[sz]|assign|allocat|"
    r"enrol|includ|exclud|recruit|treat|receiv|given|analy[sz]|compar|follow)\w*\b)[a-z]{3,}ed"
    r"|died))\s+"
)


_NEXT_CLAUSE = re.compile(r"(?i),\s*(?:and|but|while|whereas)\s+")
_ADVERBS = re.compile(r"(?i)(?:(?:\w+ly|further|also|then|later|subsequently)\s+)*")


def _people_did(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The outcome after a subject of people: the object of "had/developed/experienced"
    ("Seven patients (6.6%) developed SSI in ..." -> "SSI"), the state after "were" ("More
    patients were pain-free ..." -> "pain-free"), or what they did ("Nine patients died" ->
    "died", "discontinued treatment"); not a step of the trial ("were randomised", "received
    A"), else None."""
    m = _PEOPLE_DID.match(text, start, end)
    if m is None:
        return None
    adverbs = _ADVERBS.match(text, m.end(), end)
    after = adverbs.end() if adverbs else m.end()
    if m.group("were") and _STUDY_STEP.match(text, after, end):
        return None  # "were (randomly) assigned"
    begin = m.start("did") if m.group("did") else m.end()
    joined = _NEXT_CLAUSE.search(text, begin, end)  # ", and three patients in B had Y"
    span = _span(text, begin, joined.start() if joined else end)
    if span is None or names_people(text[span[0] : span[1]]):
        return None
    return span


def names_people(phrase: str) -> bool:
    """Whether a phrase names only people and perhaps their group ("Patients", "Patients of
    Group II and III", "the children in the placebo arm"): who was measured, not what."""
    return _PEOPLE_SUBJECT.fullmatch(phrase.strip()) is not None


def people_group(phrase: str) -> str | None:
    """The group words of a phrase that opens with people and their group ("Patients in the
    A group" -> "A group", "women receiving placebo" -> "placebo"), else None."""
    m = _PEOPLE_THEN_GROUP.match(phrase)
    return phrase[m.end() :] if m else None


_GROUP_PREDICATE = re.compile(
    r"(?i)" + _LIKELY + r"|"
    r"\b(?:comparable|similar|different|balanced|matched)\s+(?:for|in|with\s+respect\s+to|"
    r"regarding|in\s+terms\s+of)\s+"
)
_GROUPS_ONLY = re.compile(  # "the three groups", "both arms", "the ICU groups" (not "the factors
    # of the two groups")
    r"(?i)(?:the\s+)?(?:(?:two|three|four|both|all|treatment|study|intervention|control|"
    r"(?-i:[A-Z][A-Z0-9-]+))\s+)*(?:groups?|arms?|cohorts?)"
)
_DIFFERENCE_START = re.compile(
    r"(?i)\b(?:a|an|no)\s+(?:statistically\s+|statistical\s+)?(?:significant\s+)?"
    r"(?:between-groups?\s+)?differences?\b"
)
_DIFFERENCE_LEAD = re.compile(r"(?i)\s*(?:the\s+)?differences?\b")
_NOT_SHOWN = re.compile(
    r"(?i)\s+(?:did|does|do)\s+not\s+(?:show|reveal|demonstrate|produce|yield|display)\s+"
    r"(?:any\s+|a\s+)?(?:statistically\s+)?(?:significant\s+)?(?:between-group\s+)?"
    r"(?:differences?|changes?|effects?|improvements?)\b"
)
_DIFFERENCE_TARGET = re.compile(
    r"(?i)\b(?:for|in|on|regarding|in\s+terms\s+of|with\s+(?:respect|regard)\s+to)\s+"
    r"(?!(?:the|both|all|either|each|any)\s+(?:two\s+|three\s+)?(?:groups?|arms?)\b)"
)
_GROUP_AFTER_MEASURE = re.compile(r"(?i)\s+(?:with|in|among|for|versus|vs\.?|compared)\s")
_VERB = re.compile(
    r"(?i)\b(?P<neg>(?:did|does|do)\s+not\s+(?:\w+ly\s+)?|failed\s+to\s+(?:\w+ly\s+)?)?"
    r"(?P<v>improved|improves|improve|reduced|reduces|reduce|increased|increases|increase|"
    r"decreased|decreases|decrease|lowered|lowers|lower|raised|raises|enhanced|enhances|"
    r"attenuated|attenuates|aggravated|aggravates|worsened|worsens|exacerbated|exacerbates|"
    r"alleviated|alleviates|prevented|prevents|shortened|prolonged|diminished|suppressed|"
    r"changed|changes|change|"
    r"inhibited|inhibits|ameliorated|ameliorates|relieved|relieves|affected|altered|"
    r"differed|differ|differs|"
    r"declined|rose|fell|dropped)\b"
)
_INTRANSITIVE = {
    "differed", "differ", "differs", "declined", "rose", "fell", "dropped", "changed",
    "changes", "change",
}  # fmt: skip
_CHANGE_OBJECT = re.compile(  # a noun phrase right after "change(d)", not "over time", "little"
    r"(?i)\s+(?:\w+ly\s+)*(?!(?:over|in|from|with|without|between|during|after|before|at|"
    r"throughout|across|since|until|compared|relative|versus|vs|little|much|either|both|by|for|"
    r"among|following|when|whereas|while|but|and|or|than|to|significantly|substantially|"
    r"markedly|appreciably|meaningfully|more|less|any)\b)(?:the\s+|their\s+|its\s+)?"
    r"[^\W\d_][\w-]*"
)
_COPULA = re.compile(
    r"(?i)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|remained|became)\s+"
    r"(?:not\s+)?(?:\w+ly\s+)?(?:not\s+)?(?=higher|lower|greater|smaller|larger|increased|"
    r"decreased|reduced|improved|elevated|better|worse|similar|comparable|different|shorter|"
    r"longer|attained|achieved|observed|seen|found|reported|noted|detected|significant|"
    r"unchanged|associated|superior|inferior|more|less|fewer|present|obtained|recorded|"
    r"identified|statistically|noninferior|non-inferior|equivalent|[-−]?\d|\()"
    r"|\s+(?:occurred|developed|happened|emerged)\b"
)
_MEASURE_FOR = re.compile(
    r"(?i)(?:the\s+)?(?:(?:adjusted|estimated|overall)\s+)*(?:(?:hazard|odds|risk|rate)\s+ratio|"
    r"relative\s+risk|(?:mean|risk)\s+difference|(?:treatment|intervention|between-groups?)\s+"
    r"(?:effects?|differences?))\s+(?:\([^()]*\)\s+)?(?:for|of|in|on)\s+"
)
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


def _hedged_effect(text: str, body: int, end: int) -> Statement | None:
    """A hedged effect, as GRADE-style summaries word it: "X may result in little to no
    difference in Y", "X probably has little or no effect on Y", "X may lead to a slight
    improvement in Y", "X may result in fewer Y than Z": X (a short phrase) is the actor, Y
    the outcome; with no subject ("; probably result in a slight improvement in Y") Y alone."""
    hedged = _HEDGED_EFFECT.search(text, body, end)
    if hedged is None:
        return None
    span = _span(text, hedged.end(), end)
    if span is None:
        return None
    subject = _CONNECTIVE_START.sub("", text[body : hedged.start()]).strip()
    if not subject:  # "; and probably result in an increase in Y"
        return Statement(span, None, "hedged-effect")
    if (
        not _subject_ok(text, body, hedged.start())
        or names_no_measure(subject)
        or _NOT_AN_ACTOR.search(subject)
        or len(subject.split()) > 10
    ):
        return None
    return Statement(
        span, (body, body + len(text[body : hedged.start()].rstrip())), "hedged-effect"
    )


_HAD = re.compile(
    r"(?i)\s+(?:had|(?<!would\s)(?<!could\s)(?<!might\s)(?<!may\s)(?<!will\s)(?<!should\s)(?<!can\s)ha(?:s|ve)(?=\s+(?:(?:an?|no)\s+)?(?:(?:\w+ly|statistically)\s+)*(?:higher|lower|greater|"
    r"smaller|larger|better|worse|more|less|fewer|shorter|longer|similar|comparable|significant|"
    r"positive|negative|beneficial|no)\b)|showed|achieved|attained|reached|experienced|reported|demonstrated|exhibited|presented|"
    r"displayed|received|required|needed|used|consumed|gave|produced|caused|yielded|provided|"
    r"revealed|induced|resulted\s+in|led\s+to|produces|benefited\s+from(?=\s+(?:an?\s+)?(?:\w+ly\s+)?"
    r"(?:reduced|increased|decreased|improved|lower|higher|greater|better|fewer|less|more|"
    r"shorter|longer)\b))\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:significantly|"
    r"statistically|numerically|slightly|markedly|notably|considerably|substantially|much)\s+)*(?:(?:higher|lower|greater|smaller|larger|better|worse|more|less|fewer|"
    r"shorter|longer|improved|reduced|increased|decreased|similar|comparable)\s+)?"
    r"(?:(?:(?:significant|positive|negative|beneficial|neutral|null|any|no|statistically)\s+)*"
    r"(?:effects?|impact|"
    r"influence)\s+(?:on|in|upon)\s+)?"
)
_ADJECTIVE_IN_LY = (
    "early|daily|weekly|monthly|yearly|nightly|hourly|quarterly|family|elderly|costly|"
    "friendly|likely|bodily|only"
)
_PREPOSITION_START = re.compile(  # no object after a change verb: what changed is its subject
    r"(?i)^\s*(?:(?:significantly|markedly|substantially|slightly|also|further|more|less|only|"
    rf"statistically|(?!(?:{_ADJECTIVE_IN_LY})\b)[a-z]+ly)\s+)*"
    r"(?:(?:in|by|from|among|between|with|after|at|over|during|than|compared|across|to|"
    r"following|upon|under|within|throughout|until|before|as|when|while|and|but|versus|vs)\b|"
    r"both\s+(?:in|after|with|among|during|at|groups?|arms?)\b|,|\(|\.|;|$)"
)
_OUTCOME_END = re.compile(
    r"(?i)\s+(?:between|among|compared|versus|vs\.?|than|(?<!change\s)(?<!changes\s)from\s+baseline|"
    r"from\s+\d+|by\s+\d+|"
    r"by\s+(?:an?\s+)?(?:mean|median|average|about|approximately|nearly|almost|around)\b|"
    r"in\s+(?:the|both|all|each|either|patients|participants|subjects|those|groups?)\b|"
    r"in\s+(?:[\w-]+\s+){1,3}?(?:group|arm)s?\b|"
    r"at\s+(?:\d+|week|month|day|year|the\s+end|(?:all|each|every|any)\s+(?:time|visit|follow))|after\s+\d+|over\s+\d+|during|with\s+\d+|"
    r"with(?:in)?\s+(?:the|a)\b|when\s+compared|in\s+comparison|relative\s+to|was|were|is|are|occurred|developed|"
    r"happened|remained|showed|had|did|does|do|reached|experienced|tended|appeared|seemed|"
    r"after\s+(?:the\s+)?(?:[\w-]+\s+)?(?:interventions?|treatments?|training|therapy|practice|"
    r"programs?|programmes?|sessions?)|after\s+(?:one|two|three|four|five|six|eight|ten|"
    r"twelve)\s+(?:days?|weeks?|months?|years?))\b|\s+with\s+p\s*(?:-?\s*values?\s*)?[<>=≤≥]|"
    r"\s*[(\[]|;|"
    r",\s*(?:which|while|whereas|but|with|as|p\b|compared|and\s+(?:the|a|this|these|it|there|no)\b)"
    r"|\.(?:\s|$)|:"
)
_DETERMINER = re.compile(r"(?i)(?:(?:the|a|an|both|all|their|its|no)\s+)+")
_LEADING_DETERMINERS = re.compile(r"(?i)^(?:(?:the|a|an|both|all|their|its)\s+)+")
_RELATIVE = re.compile(r"(?i)\s+(?:that|who|which|whose)\s")
_CUE_ONLY = {
    "no", "significant", "significantly", "statistically", "improvement", "improvements",
    "difference", "differences", "change", "changes", "effect", "effects", "reduction",
    "reductions", "increase", "increases", "decrease", "decreases", "benefit", "benefits",
    "similar", "further", "any", "clinically", "relevant", "trend", "marked", "greater",
}  # fmt: skip
_LETTER = re.compile(r"[A-Za-z]")
_FALLBACK_END = re.compile(r"[\d(]|\s(?:in|among|with)\s")
_TRAILING_ADVERBS = re.compile(  # and modals: "X may (slightly) improve Y" has the actor X
    r"(?i)(?:\s+(?:\w+ly|also|both|further|had|has|have|was|were|is|are|been|showed|shows|may|"
    r"might|could|can|would|will|should|must|not))+$"
)
_SUBJECT_PREPOSITION_END = re.compile(r"(?i)\b(?:with|of|in|for|without|and|or|to|by|on)\s*$")
UP = re.compile(
    r"(?i)\b(?:improv(?:ed|es|e|ement|ements)|increas\w*|higher|greater|better|enhanc\w*|"
    r"elevat(?:e[sd]?|ing)|rais\w*|rose|gained|prolong\w*|superior|exceed\w*|"
    r"aggravat(?:e[sd]?|ing)|worsen\w*|exacerbat(?:e[sd]?|ing)|longer|larger|more(?!\s+than\s+(?:[\d.]|half|one|two|a\s+(?:third|quarter)|"
    r"twice))(?:\s+(?:frequent\w*|common\w*|often|likely|effective|efficacious|beneficial))?)\b"
)
# "lower" that names a part of the body, not a direction: "lower extremity power", "lower
# back pain", "lower urinary tract symptoms", "lower-limb function"
LOWER_BODY_PART = (
    r"[\s-]+(?:extremit|limb|leg|back\b|abdom|urinary|respiratory|gastro|gi\b|"
    r"airway|jaw|lip\b|lips\b|eyelid|o?esophag|motor\s+neuron|pole\b|quadrant|third\b)"
)
DOWN = re.compile(
    r"(?i)\b(?:reduc\w*|decreas\w*|lower(?!" + LOWER_BODY_PART + r")\w*|fewer|declin\w*|"
    r"diminish\w*|attenuat\w*|shorter|"
    r"inferior|poorer|suppress\w*|alleviat\w*|reliev\w*|prevent(?:s|ed|ing)?|lessen\w*|dropp\w*|"
    r"fell|smaller|inhibit(?:s|ed|ing|ion)?|ameliorat\w*|less(?:er)?(?!\s+than\s+[\d.])"
    r"(?:\s+(?:frequent\w*|common\w*|often|likely))?)\b"
)
# "NS" is "not significant" ("(NS)", "p = NS", "differences were NS"), not the arm called NS
# (normal saline): "in the NS group", "NS infusion", "normal saline (NS)", "compared with NS",
# "an injection of NS"; where an arm of the trial is called NS the caller drops the match
# (comparison.not_significant)
_NOT_AN_ARM = (
    r"(?![\s-]*(?:groups?|arms?|solutions?|infusions?|controls?|patients|subjects|participants|"
    r"bolus|(?:was|were)\s+(?:given|administered|infused|used|received))\b)"
)
# Every alternative of NOT_SIGNIFICANT and NO_DIFFERENCE starts with a bare \b (no group
# before it), so that re tests \b once per position for all of them: a first alternative of
# "(?-i:\bNS\b)" or "(?i:\b...)" kept re from taking the \b out and made the searches 2-3
# times slower. NO_DIFFERENCE's own alternatives are case-blind by NOT_SIGNIFICANT's (?i).
NOT_SIGNIFICANT = re.compile(
    r"(?i)\bno\s+(?:statistically\s+)?significant(?:ly)?\b|\bnot\s+(?:statistically\s+)?"
    r"significant(?:ly)?|\bnot\s+(?:\w+\s+){1,3}?(?:statistically\s+)?significant(?:ly)?\b|"
    r"\b(?:non-?|in)significant(?:ly)?|\bfailed\s+to\s+(?:reach|achieve|attain)\s+"
    r"(?:statistical\s+)?significance|\bdid\s+not\s+(?:reach|achieve|attain)\s+"
    r"(?:statistical\s+)?significance|\bn\.s\.(?!\w)"
    r"|\b(?-i:NS)\b(?<!\bthe\sNS)(?<!saline\s\(NS)(?<!saline\s\[NS)(?<!\bwith\sNS)"
    r"(?<!\bversus\sNS)(?<!\bvs\sNS)(?<!\bvs\.\sNS)(?<!\breceived\sNS)(?<!\breceiving\sNS)"
    r"(?<!\bof\sNS)" + _NOT_AN_ARM
)
NO_DIFFERENCE = re.compile(
    NOT_SIGNIFICANT.pattern
    + r"|\b(?:did|does|do)\s+not\s+(?:\w+ly\s+)?(?:differ|change|improve|reduce|increase|"
    r"decrease|affect|alter|lower|raise|reach|show)|\b(?:was|were|is|are)\s+not\s+(?:\w+ly\s+)?"
    r"(?:changed|improved|reduced|increased|decreased|affected|altered|lowered|raised)\b|"
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:differences?|"
    r"effects?|changes?)\b|\bnot\s+(?:\w+ly\s+)?(?:different|differ)\b|"
    r"\bwithout\s+(?:any\s+)?(?:statistically\s+)?(?:significant\s+)?differences?\b|"
    r"\b(?:similar|comparable|non-?inferior|equivalent)\b|\bfailed\s+to\b|\b(?:was|were)\s+not\s+associated|"
    r"\bno\b[^.;()]{1,80}?\b(?:in|among|for|between)\s+(?:either|any|both|all)\s+(?:of\s+the\s+)?"
    r"(?:(?:two|three|study|treatment)\s+)?(?:groups?|arms?)\b|"
    r"\bremained\s+unchanged|\bunchanged\b"
)
SIGNIFICANT = re.compile(r"(?i)(?<!not )(?<!non-)(?<!non)\bsignificant(?:ly)?\b")
NEGATED = re.compile(
    r"(?i)\b(?:did|does|do|was|were|is|are|has|have|had|could|would)\s+not\b|\bfailed\s+to\b|"
    r"\bno\s+(?:\w+\s+){0,3}?(?:differences?|effects?|changes?|improvements?|reductions?|"
    r"increases?|benefits?|associations?)|\bnot\s+(?:significantly|statistically)|\bneither\b"
    r"|\bwithout\s+(?:a\s+)?(?:significant|any)\b"
)
HEDGED = re.compile(
    r"(?i)\b(?:may|might|could|possibly|potentially|appear(?:s|ed)?\s+to|seem(?:s|ed)?\s+to|"
    r"tend(?:s|ed)?\s+to|trend(?:s|ed)?|suggest\w*|likely|borderline|marginal(?:ly)?|"
    r"numerically)\b"
)


@dataclass(frozen=True, slots=True)
class Statement:
    outcome: tuple[int, int] | None
    actor: tuple[int, int] | None
    pattern: str  # "change-in", "better-at", "verb", "copula", "had", "reported", ...


# a section label the sentence splitter left in the sentence ("Results: The A group ...")
_SECTION_LABEL = re.compile(
    r"(?i)\s*(?:main\s+)?(?:results?|findings|conclusions?|interpretation)\s*"
    r"(?:\([^()]{0,60}\)\s*)?:\s*(?=\S)"
)


def body_start(text: str, start: int, end: int) -> int:
    """Where the statement proper begins, after a section label, lead-ins and "... showed
    that"."""
    label = _SECTION_LABEL.match(text, start, end)
    if label:
        start = label.end()
    opener = _OPENER.match(text, start, end)
    if opener:
        start = opener.end()
    lead = _LEAD_IN.match(text, start, end)
    if lead:
        start = lead.end()
    timed = _OPERATIVE_TIME.match(text, start, end)
    if timed:
        start = timed.end()
    that = _THAT.search(text, start, end)
    if that and that.start() - start < 120:
        start = that.end()
        lead = _LEAD_IN.match(text, start, end)
        if lead:
            start = lead.end()
    before_there = _LEAD_BEFORE_THERE.match(text, start, end)
    if before_there:
        start = before_there.end()
    declared = _DECLARED_STATISTIC.match(text, start, end)
    if declared:
        start = declared.end()
    return start


# a time or setting with no comma before "there was": "After one month (of A or B) there was
# no significant improvement in X"
_LEAD_BEFORE_THERE = re.compile(
    r"(?i)\s*(?:after|at|during|in|over|within|by|throughout|following)\s+[^,;()]{1,80}?"
    r"(?=\s+there\s+(?:was|were|is|are)\b)\s*"
)
# "Mean (SD) total sleep time was 6.3 (1.0) ...": how the values are written, not the measure
_DECLARED_STATISTIC = re.compile(
    r"(?i)\s*(?:the\s+)?(?:mean|median|average)\s*(?:[(\[]\s*(?:±\s*)?(?:SDs?|SEM?|s\.d\.?|"
    r"standard\s+(?:deviation|error)|IQR|interquartile\s+range|range|95\s*%\s*CI)\s*[)\]]|"
    r"±\s*(?:SDs?|SEM?))\s+(?=[^\W\d])"
)


_NO_OUTCOME_WORD = re.compile(  # what is no outcome on its own ("there was evidence")
    r"(?i)(?:(?:[\w-]+\s+)?(?:evidence|effects?|differences?|changes?|benefits?|signals?|"
    r"trends?|correlations?|associations?|interactions?)|.*\bevidence\s+that\b.*)"
)


def _span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` cut at the outcome's end and without determiners, or None if empty."""
    cut = _OUTCOME_END.search(text, start + 1, end)
    if cut:
        end = cut.start()
    relative = _RELATIVE.search(text, start, end)
    if relative and len(text[start : relative.start()].split()) >= 2:
        end = relative.start()
    det = _DETERMINER.match(text, start, end)
    if det:
        start = det.end()
    piece = text[start:end]
    end = start + len(piece.rstrip(" ,;:."))
    words = text[start:end].split()
    if not words or not _LETTER.search(text, start, end):
        return None
    if all(w.lower().strip(",.;:") in _CUE_ONLY for w in words):
        return None
    if len(words) > 15:
        end = start + sum(len(w) + 1 for w in words[:15]) - 1
    return start, end


def outcome_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The outcome phrase that starts at ``start`` (cut where an outcome ends, without
    determiners), or None."""
    return _span(text, start, end)


def _subject_ok(text: str, start: int, end: int) -> bool:
    subject = _LEADING_DETERMINERS.sub("", text[start:end].strip())
    return bool(_LETTER.search(subject)) and not _SUBJECT_PREPOSITION_END.search(subject)


def _after(pattern: re.Pattern[str], text: str, body: int, end: int) -> tuple[int, int] | None:
    """The outcome span right after a match of ``pattern`` in the statement, if any."""
    m = pattern.match(text, body, end)
    return _span(text, m.end(), end) if m else None


_BASE_FORMS = {"improve", "reduce", "increase", "decrease", "lower", "raise"}
_BEFORE_BASE_VERB = re.compile(
    r"(?i)\b(?:to|may|might|could|can|would|will|should|not|did|does|do|and|or|that|probably|"
    r"likely|possibly)\s+(?:\w+ly\s+)?$"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|An|the|The|its|their)\s+$")  # not "Drug A"
_HAD_BEFORE = re.compile(
    r"(?i)\b(?:showed|shows|exhibited|displayed|demonstrated|presented)\s+(?:\w+ly\s+)?$"
    r"|\b(?:benefited\s+from|with|of|by)\s+$"  # "benefited from reduced risk of X": a modifier
)


def _adjective_use(text: str, verb: re.Match[str], body: int) -> bool:
    """Whether a direction word is used as an adjective ("a lower rate", "the increase",
    "benefited from reduced risk"), or a base form with no modal or "to" before it ("group
    exhibited lower rates")."""
    before = text[max(body, verb.start() - 30) : verb.start()]
    word = verb.group("v").lower()
    if verb.group("neg"):
        return False
    if _HAD_BEFORE.search(before):  # "showed decreases in X", "exhibited reduced X": no verb
        return True
    if _ARTICLE_BEFORE.search(before) and word in _BASE_FORMS | {
        "lowered",
        "increased",
        "reduced",
        "decreased",
        "improved",
        "raised",
    }:
        return True
    return word in _BASE_FORMS and not _BEFORE_BASE_VERB.search(before)


def _from_verb(text: str, body: int, end: int, copula: re.Match[str] | None) -> Statement | None:
    """Pattern 2: "ACTOR reduced OUTCOME" or "OUTCOME improved/did not differ"."""
    for verb in _VERB.finditer(text, body, end):
        if copula and copula.start() < verb.start():
            return None
        if _adjective_use(text, verb, body):  # "a lower rate of X": no verb
            continue
        if verb.group("v").lower() in ("change", "changes") and not verb.group("neg"):
            continue  # "the mean change in X": a noun unless "did not change"
        subject_end = verb.start()
        if _RELATIVE_BEFORE.search(text, body, subject_end):
            return None  # "an app that increases adherence (..) could be beneficial": no claim
        if not _subject_ok(text, body, subject_end):
            continue
        if any(
            not _RELATIVE_BEFORE.search(text, body, h.start())
            and direction_cue(text[h.start() : subject_end])
            for h in _HAD.finditer(text, body, subject_end)
        ):  # "A had a shorter X (..), reduced Y ...": "had" is the verb, "reduced" a modifier
            return None
        rest = text[verb.end() : end]
        bare = _TRAILING_ADVERBS.sub("", text[body:subject_end].rstrip())  # "X also rose"
        subject = _span(text, body, body + len(bare)) if bare else None
        on = _ON_WHAT.match(rest)
        if on and _PEOPLE_OR_GROUP.search(text, body, subject_end):  # "patients improved on X"
            span = _span(text, verb.end() + on.end(), end)
            if span:
                return Statement(span, None, "verb")
        intransitive = verb.group("v").lower() in _INTRANSITIVE and not (
            verb.group("v").lower().startswith("chang") and _CHANGE_OBJECT.match(rest)
        )  # "A did not significantly change total sleep time": "change" has an object
        if intransitive or _PREPOSITION_START.match(rest):
            if subject:
                return Statement(subject, None, "verb")
            continue
        obj = _span(text, verb.end() + len(rest) - len(rest.lstrip()), end)
        if obj:
            actor_text = _TRAILING_ADVERBS.sub("", text[body:subject_end].rstrip())
            return Statement(obj, (body, body + len(actor_text)), "verb")
        if subject:  # "X increased significantly versus placebo": no object, X changed
            return Statement(subject, None, "verb")
    return None


def _from_copula(text: str, body: int, end: int, copula: re.Match[str]) -> Statement | None:
    """Pattern 3: "OUTCOME was higher ...", or "the groups were comparable for OUTCOME", or
    "PEOPLE were more sedated / less anxious ...": the state compared ("sedated")."""
    if not _subject_ok(text, body, copula.start()):
        return None
    if _PEOPLE_SUBJECT.fullmatch(text, body, copula.start()):
        state = _PEOPLE_STATE.match(text, copula.end(), end)
        span = _span(text, state.end(), end) if state else None
        if span:
            return Statement(span, (body, copula.start()), "copula")
    if _GROUP_SUBJECT.fullmatch(text, body, copula.start()) or (
        _PEOPLE_START.match(text, body, copula.start())
        and _GROUP_PREDICATE.match(text, copula.end(), end)
    ):
        target = _GROUP_PREDICATE.search(text, copula.end(), end)
        span = _span(text, target.end(), end) if target else None
        return Statement(span, (body, copula.start()), "copula") if span else None
    span = _span(text, body, copula.start())
    counted = _COUNT_FIRST.match(text, body, copula.start()) if span is None else None
    if counted:  # "12 (3.4%) relapses were observed in arm 1": relapses
        span = _span(text, counted.end(), copula.start())
    return Statement(span, None, "copula") if span else None


# a count before what it counts, not before its denominator ("227 (80%) of 285 patients")
_COUNT_FIRST = re.compile(r"\s*\d[\d,]*\s*(?:\([^()]{0,20}\)\s*)?(?!of\b)(?=[^\W\d_])")


_NO_MEASURE = {
    "there", "they", "it", "this", "that", "these", "those", "we", "results", "result",
    "findings", "data", "differences", "difference", "patients", "participants", "subjects",
    "groups", "group", "both", "all", "also", "other", "no", "any", "regard", "respect", "which",
    "study", "trial", "analysis", "analyses", "outcome", "outcomes", "measures",
}  # fmt: skip
_CHANGE_TARGET = re.compile(
    r"(?i)\b(?:differences?|improvements?|reductions?|increases?|decreases?|changes?|effects?|"
    r"benefits?|declines?|gains?|losses)\s+(?:(?:was|were)\s+\w+\s+)?"
    r"(?:between\s+(?:the\s+)?(?:two\s+|three\s+)?(?:groups?|arms?)\s+)?"
    r"(?:in|of|on|for|regarding|in\s+terms\s+of|with\s+respect\s+to)\s+"
    r"(?!(?:the|both|all|either|each|any)\s+(?:two\s+|three\s+)?(?:groups?|arms?)\b)"
    r"(?:the\s+following\s+(?:\w+\s+){0,2}?(?:measures?|outcomes?|variables?|parameters?|"
    r"endpoints?)\s*:\s*)?"
)


# "findings were similar for Y", "similar results were seen for Y": Y, not a subgroup, an
# analysis, a time nor other outcomes ("similar for the per-protocol analysis", "for women",
# "for other efficacy outcomes")
_SIMILAR_FOR = re.compile(
    r"(?i)\b(?:similar|comparable|consistent|(?:was|were)\s+(?:observed|seen|found|noted|"
    r"obtained))\s+(?:for|regarding|with\s+(?:respect|regard)\s+to|"
    r"in\s+terms\s+of)\s+(?!(?:the\s+)?(?:other|all|most|remaining)\b)(?!(?:[\w-]+\s+){0,3}?(?:analys[ie]s|populations?|sub-?groups?|"
    r"groups?|arms?|cohorts?|patients|participants|subjects|women|men|children|adults|"
    r"weeks?|months?|years?|days?)\b)(?:(?:the|all|each)\s+)?(?=[^\W\d_])"
)


def names_no_measure(phrase: str) -> bool:
    """Whether an outcome phrase is only pronouns and generic words ("There", "They also",
    "these differences", "results")."""
    words = [w.lower().strip(",.;:'’") for w in phrase.split()]
    return all(w in _NO_MEASURE or w in _CUE_ONLY for w in words)


_STATISTIC_NAME = re.compile(
    r"(?i)\b(?:[ztf]\s*-?\s*(?:values?|statistics?|ratios?)|t\s*-?\s*tests?|chi[\s-]*squared?|"
    r"χ\s*2|wilcoxon|mann[\s-]*whitney|kruskal|friedman\s+test|anova|ancova|"
    r"p\s*-?\s*values?|test\s+statistics?|signed[\s-]*rank|rank[\s-]*sum|"
    r"(?:statistical|significance|repeated[\s-]+measures?|paired|non-?parametric|"
    r"parametric)\s+(?:\w+\s+)?(?:tests?|analys[ie]s))\b|\bdata\s*$"
)


def names_statistic(phrase: str) -> bool:
    """Whether a phrase names a statistic, a test or the data rather than a measure ("z value
    of the signed-rank test", "the t test", "pre- and post-test data"): never an outcome."""
    return bool(_STATISTIC_NAME.search(phrase))


_GENERIC_OUTCOME = {
    "symptoms", "symptom", "scores", "outcomes", "measures", "parameters", "variables",
    "complaints", "signs", "indices", "indicators",
}  # fmt: skip
_SPECIFIED_AS = re.compile(  # "symptoms (P<0.01) in pain and fatigue": the measures named
    r"(?i)\s*,?\s*(?:(?:with\s+)?\(?\s*p\s*(?:-?\s*values?\s*)?[<>=≤≥]\s*[\d.]+\s*\)?\s*,?\s*)?"
    r"(?:in|regarding|in\s+terms\s+of|including|namely|such\s+as|for)\s+"
)


def _specified(text: str, span: tuple[int, int], end: int) -> tuple[int, int]:
    """A generic outcome ("symptoms", "scores") replaced by the measures named right after it
    ("a reduction of symptoms (P<0.01) in pain and fatigue" -> "pain and fatigue"); not when
    they are people or groups ("symptoms in both groups")."""
    if text[span[0] : span[1]].lower() not in _GENERIC_OUTCOME:
        return span
    named = _SPECIFIED_AS.match(text, span[1], end)
    if named is None or _PEOPLE_OR_GROUP.match(text, named.end(), end):
        return span
    found = _span(text, named.end(), end)
    if found is None or _PEOPLE_OR_GROUP.search(text, found[0], found[1]):
        return span
    return found


_QUALIFYING_TAIL = re.compile(
    r"(?i),\s*(?:but|although|though|however),?\s+(?:this|it|that|the\s+(?:[\w-]+\s+)?"
    r"differences?)\s+(?:was|were|is|are|did)\s+not\b"
)


def qualified_end(text: str, start: int, end: int) -> int:
    """Where the clause ``text[start:end]`` ends before a qualifying tail (", but this was not
    significant"), else ``end``."""
    tail = _QUALIFYING_TAIL.search(text, start, end)
    return tail.start() if tail is not None else end


def read_statement(text: str, start: int, end: int) -> Statement:
    """The outcome (and actor) of the clause ``text[start:end]`` (see the module docstring);
    a statistic's name is never the outcome. A qualifying tail (", but this was not
    significant", ", but the difference was not significant") is not read: it has no outcome
    of its own, and its "was" is not the statement's verb."""
    end = qualified_end(text, start, end)
    found = _read_statement(text, start, end)
    if found.actor and names_statistic(text[found.actor[0] : found.actor[1]].split("(")[0]):
        found = Statement(found.outcome, None, found.pattern)  # "the t test showed ...": no actor
    if found.actor:  # "Results revealed X": a result reported, by no actor
        actor = _actor_core(text, found.actor)
        reported = actor is None and _REPORTER.fullmatch(text[slice(*found.actor)].strip())
        found = Statement(found.outcome, actor, "reported" if reported else found.pattern)
    if found.outcome is None:
        return found
    phrase = text[found.outcome[0] : found.outcome[1]]
    if names_people(phrase):  # "Seven patients (6.6%) developed SSI": what they did or were
        done = _people_did(text, found.outcome[1], end)
        return _with_outcome(found, done) if done else found
    statistic = names_statistic(phrase)
    if not statistic and not names_no_measure(phrase):
        return _with_outcome(found, _specified(text, found.outcome, end))
    targets = [*_CHANGE_TARGET.finditer(text, found.outcome[1], end)]
    targets += _SIMILAR_FOR.finditer(text, found.outcome[1], end)
    for target in targets:
        span = _span(text, target.end(), end)
        named = text[span[0] : span[1]] if span else ""
        if span and not names_no_measure(named) and not names_statistic(named):
            return _with_outcome(found, _specified(text, span, end))
    return Statement(None, found.actor, found.pattern) if statistic else found


# a clause that is only "not" and what the clause before did not do to it ("..., but not the
# risk of death (RR 0.96 ...)"), with no verb of its own ("not all patients responded" has one)
_NOT_ITEM = re.compile(r"(?i)\s*(?:but\s+)?not\s+(?!(?:only|all|every|each|significant\w*)\b)")
_FINITE_IN_ITEM = re.compile(
    r"(?i)\b(?:was|were|is|are|did|do|does|had|has|have|showed|remained)\b"
)
# a subject that reports the result, not what brought it ("Results revealed lower X", "The
# analysis showed"), or a bare quantifier ("All had ...")
_REPORTER = re.compile(
    r"(?i)(?:(?:the|our|these|this|its)\s+)?"
    r"(?:(?:main|primary|overall|present|current|final)\s+)?"
    r"(?:results?|findings|data|analys[ie]s|study|trial)"
)
_BARE_QUANTIFIER = re.compile(r"(?i)all|both|each|either")
# "(short term) benefits of X (for Y)", "the effect of X": X is what acted
_EFFECT_OF = re.compile(
    r"(?i)(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:benefits?|effects?|efficacy|effectiveness|"
    r"use|addition|administration)\s+of\s+(?:the\s+)?(?=[^\W\d_])"
)
_EFFECT_SETTING = re.compile(r"(?i)\s+(?:for|in|among|on)\s|\s*[(\[]")


def _actor_core(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """An actor without what is not the treatment: "short term benefits of A for rhinitis" ->
    "A" (the benefits of A, the condition it treats); None for a subject that reports the
    result ("Results", "The analysis", whose statement has the pattern "reported") or only a
    quantifier ("All")."""
    start, end = span[0], span[0] + len(text[span[0] : span[1]].rstrip(" ,;:"))
    if _REPORTER.fullmatch(text, start, end) or _BARE_QUANTIFIER.fullmatch(text, start, end):
        return None
    effect = _EFFECT_OF.match(text, start, end)
    if effect is None:
        return start, end
    setting = _EFFECT_SETTING.search(text, effect.end(), end)
    return effect.end(), setting.start() if setting else end


_NO_SUBJECT = re.compile(  # "..., but was superior in Y", "A reduced X and increased Y": the
    # verb opens the clause
    r"(?i)\s*(?:(?:also|then|still|only|later|significantly|may|might|could|probably|likely|"
    r"possibly)\s+)*(?:was|were|is|are|had|has|have|did|showed|remained|became|appeared|tended|"
    r"increased|decreased|reduced|improved|lowered|raised|elevated|results?\s+in|leads?\s+to)\b"
)


# a clause whose predicate is left out, referring back to the clause before it ("A did not
# reduce X, but B did (p = 0.03)", "..., and so did B", "..., as did B"): only a subject and
# an auxiliary, perhaps a bracket
_ELIDED_PREDICATE = re.compile(
    r"(?i)\s*(?:(?:but|and|while|whereas|although)\s+)?(?:"
    r"(?:the\s+)?[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,5}?\s+(?:did|does|do|was|were|had|has|"
    r"have|could)(?:\s+so)?(?:\s+(?:too|also|as\s+well))?|(?:so|as)\s+(?:did|does|do|was|were|"
    r"had|has)\s+(?:the\s+)?[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,5}?)"
    r"\s*(?:[(\[][^()\[\]]*[)\]])?\s*[.;,]?\s*"
)


def elided_predicate(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a clause whose predicate is left out ("but B did (p =
    0.03)", "and so did B"): it says B did what the clause before says, which is no claim of
    its own to read."""
    return _ELIDED_PREDICATE.fullmatch(text, start, end) is not None


def not_item(text: str, start: int, end: int, before: int) -> bool:
    """Whether ``text[start:end]`` is a clause of "not" and what the clause before it (from
    ``before``) did not do to it, with no verb of its own ("A reduced X (...), but not the
    risk of death (RR 0.96 ...)"); not after a "than", whose "not B" is the comparator left
    out ("A was better than C (p < 0.001) but not B (p = 0.19)"), unless a preposition opens
    it ("..., but not for the out-of-plane approach (p = 0.33)")."""
    item = _NOT_ITEM.match(text, start, end)
    if item is None or _FINITE_IN_ITEM.search(text, start, end) is not None:
        return False
    # "better than C ... but not for the subgroup (...)" is the same comparison in a subgroup
    return _NOT_A_GROUP.match(text, item.end(), end) is not None or not _THAN.search(
        text, before, start
    )


_THAN = re.compile(r"(?i)\bthan\b")
_NOT_A_GROUP = re.compile(r"(?i)(?:for|in|at|among|with|after|during|on|by)\b")


def read_elliptic(text: str, start: int, end: int, previous: Statement) -> Statement | None:
    """The statement of a clause with no subject of its own, read with the subject of the
    clause before it ("Pain did not differ at week 6, but was lower at week 12": "Pain"; "A
    was not superior in X, but was superior in Y": actor A, outcome "Y"), or None when the
    clause has a subject or the one before has none."""
    if _LIKELY_START.match(text, start, end) and previous.actor is not None:
        # "A were more likely to X and 2.7 times less likely to Y": A's too
        found = read_statement(text, start, end)
        return Statement(found.outcome, previous.actor, "likely") if found.outcome else None
    if previous.actor is not None and not_item(text, start, end, previous.actor[0]):
        # "A reduced X (...), but not Y (...)": A did not reduce Y; "not" stays for the claim
        found = read_statement(text, start, end)
        return Statement(found.outcome, previous.actor, found.pattern) if found.outcome else None
    if not _NO_SUBJECT.match(text, start, end):
        return None
    candidates = (
        (previous.actor,)
        if previous.pattern == "hedged-effect"
        else (previous.actor, previous.outcome)
    )
    spans = [
        span for span in candidates if span is not None
    ]  # a hedged effect's object is no subject
    if not spans:
        return None
    subject = min(spans)
    prefix = text[subject[0] : subject[1]]
    joined = f"{prefix} {text[start:end]}"
    found = read_statement(joined, 0, len(joined))

    def placed(span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        if span[1] <= len(prefix):
            return subject[0] + span[0], subject[0] + span[1]
        if span[0] > len(prefix):
            return start + span[0] - len(prefix) - 1, start + span[1] - len(prefix) - 1
        return None  # across the join: no span of the text

    outcome = placed(found.outcome)
    return Statement(outcome, placed(found.actor), found.pattern) if outcome else None


def direction_text(text: str, start: int, end: int, actor: tuple[int, int] | None) -> str:
    """The clause ``text[start:end]`` with the group of its actor's people blanked where that
    holds a direction word ("Patients treated with more intensive therapy benefited from
    reduced risk": "more" names the therapy, "reduced" the direction); not the people
    counted ("More patients in group A had X": "more" is the direction) nor an actor that
    is a quantity ("A larger share of group A", "A higher number of visits"). Any other
    actor's direction words as ``without_actor_cues`` says."""
    clause = text[start:end]
    if actor is None or not start <= actor[0] < actor[1] <= end:
        return clause
    group = people_group(text[actor[0] : actor[1]])
    if group is None or direction_cue(text[actor[1] - len(group) : actor[1]]) is None:
        return without_actor_cues(clause, (actor[0] - start, actor[1] - start))
    first = actor[1] - len(group)
    return clause[: first - start] + " " * (actor[1] - first) + clause[actor[1] - start :]


_COUNTED_QUANTITY = re.compile(  # "A higher proportion of", "the greater number of": the actor
    # counts, its word is the direction
    r"(?i)(?:(?:a|an|the)\s+)?\w+\s+(?:proportion|percentage|number|share|rate|incidence|"
    r"frequency|risk|odds|count)s?\b"
)


def without_actor_cues(clause: str, actor: tuple[int, int]) -> str:
    """``clause`` with the direction words of its actor ``clause[actor[0]:actor[1]]``
    blanked where they describe the actor, not the outcome: when the rest of the clause has
    a direction word of its own ("Higher doses of A reduced X", "Greater adherence to A
    lowered X": the verb says which way X went), or joined to the word before by a hyphen
    ("AR-gained patients had a worse X"); not people or a quantity counted ("More patients
    in group A had reduced X", "A higher proportion of women")."""
    phrase = clause[actor[0] : actor[1]]
    if _MORE_PEOPLE.match(phrase) or _COUNTED_QUANTITY.match(phrase):
        return clause
    rest_cued = direction_cue(clause[actor[1] :]) is not None
    for m in (*UP.finditer(phrase), *DOWN.finditer(phrase)):
        if rest_cued or phrase[m.start() - 1 : m.start()] == "-":
            at, size = actor[0] + m.start(), len(m.group(0))
            clause = clause[:at] + " " * size + clause[at + size :]
    return clause


def item_direction_text(clause: str, actor: str | None) -> str:
    """The clause of one listed outcome (its statement's words around the item) with the
    direction words of the statement's ``actor`` blanked as ``without_actor_cues`` says."""
    at = clause.find(actor) if actor else -1
    return clause if actor is None or at < 0 else without_actor_cues(clause, (at, at + len(actor)))


def _with_outcome(found: Statement, outcome: tuple[int, int]) -> Statement:
    return found if outcome == found.outcome else Statement(outcome, found.actor, found.pattern)


def _read_statement(text: str, start: int, end: int) -> Statement:
    likely = _LIKELY_START.match(text, start, end)
    if likely and (span := _span(text, likely.end(), end)):
        return Statement(span, None, "likely")
    body = body_start(text, start, end)
    for pattern, name in ((_MEASURE_FOR, "measure-for"), (_CHANGE_IN, "change-in")):
        m = pattern.match(text, body, end)
        if m:
            stop = _GROUP_AFTER_MEASURE.search(text, m.end(), end)
            span = _span(text, m.end(), stop.start() if stop and name == "measure-for" else end)
            if span and name == "change-in":
                acted = _acted_on(text, m, span, end) or _before_predicate(text, body, span, end)
                if acted and acted.outcome:  # "The effect of A on pain was larger": A acted
                    return acted
            if span:
                return Statement(span, _seen_with(text, span[1], end), name)
    nominal = _nominal_change(text, body, end)
    if nominal:
        return nominal
    favored = _favored(text, start, body, end)
    if favored:
        return favored
    there = (
        _after(_THERE_WAS, text, body, end)
        or _after(_THERE_WAS_NO, text, body, end)
        or _after(_THERE_WAS_COUNT, text, body, end)
    )
    if there:
        return Statement(there, None, "change-in")
    hedged = _hedged_effect(text, body, end)
    if hedged:
        return hedged
    not_shown = _NOT_SHOWN.search(text, body, end)
    if not_shown and _subject_ok(text, body, not_shown.start()):  # "X did not show a difference"
        span = _span(text, body, not_shown.start())
        if span and _GROUPS_ONLY.fullmatch(text, *span):  # "The three groups did not show a
            target = _DIFFERENCE_TARGET.search(text, not_shown.end(), end)  # difference in Y"
            span = _span(text, target.end(), end) if target else None
        if span:
            return Statement(span, None, "verb")
    difference = _DIFFERENCE_START.search(text, body, end) or _DIFFERENCE_LEAD.match(
        text, body, end
    )
    target = _DIFFERENCE_TARGET.search(text, difference.end(), end) if difference else None
    span = _span(text, target.end(), end) if target else None
    if span:
        return Statement(span, None, "change-in")
    there = _after(_THERE_ANY, text, body, end)
    if there and not _NO_OUTCOME_WORD.fullmatch(text, *there):
        return Statement(there, None, "change-in")
    associated = _ASSOCIATED.search(text, body, end)
    if associated and _subject_ok(text, body, associated.start()):
        change = _CHANGE_IN.match(text, associated.end(), end)  # "with a 30% reduction in X"
        span = _span(text, change.end() if change else associated.end(), end)
        if span:
            return Statement(span, (body, associated.start()), "associated")
    better = _BETTER_AT.search(text, body, end)
    if better and _subject_ok(text, body, better.start()):
        span = _span(text, better.end(), end)
        if span:
            return Statement(span, (body, better.start()), "better-at")
    counted = _counted_people(text, body, end)
    if counted:
        return counted
    lasted = _lasted(text, body, end)
    if lasted:
        return lasted
    copula = _COPULA.search(text, body, end)
    found = _from_verb(text, body, end, copula) or (
        _from_copula(text, body, end, copula) if copula else None
    )
    if found:
        return found
    had = next(  # not "patients who received A ...": the verb of the group, not of the outcome
        (
            h
            for h in _HAD.finditer(text, body, end)
            if not _RELATIVE_BEFORE.search(text, body, h.start())
            and not (
                h.group(0).split()[0].lower() in ("has", "have") and "," in text[body : h.start()]
            )
        ),
        None,
    )
    if had and _subject_ok(text, body, had.start()):
        favoring = _FAVORING.match(text, had.end(), end)
        subject = _span(text, body, had.start())
        if favoring and subject and not names_no_measure(text[subject[0] : subject[1]]):
            # "Other outcomes showed similar evidence favoring A": the outcomes, A did better
            return Statement(subject, _actor_from(text, favoring.end(), end), "favoring")
        if _BARE_CHANGE.match(text, had.end(), end) and not _PEOPLE_OR_GROUP.search(
            text, body, had.start()
        ):  # "X showed a significant increase (P<0.01)": X is what changed
            subject = _span(text, body, had.start())
            if subject and not names_no_measure(text[subject[0] : subject[1]]):
                return Statement(subject, None, "subject-change")
        lead = _LEADING_CHANGE.match(text, had.end(), end)  # "significant (P<0.01) reduction in"
        at = lead.end() if lead and "(" in lead.group(0) else had.end()
        bracket = _LEADING_BRACKET.match(text, at, end)  # "had increased (p < 0.05) X"
        span = _span(text, bracket.end() if bracket else at, end)
        if span is None and lead and not _NOT_A_MEASURE_START.match(text, lead.end(), end):
            span = _span(text, lead.end(), end)  # "had a more significant decrease in the X"
        if span:
            return Statement(span, (body, had.start()), "had")
    did = _people_verb(text, body, end)
    if did:
        return did
    fallback = _FALLBACK_END.search(text[body:end])
    span = _span(text, body, body + fallback.start()) if fallback else None
    if span and _PREPOSITION_FIRST.match(text, *span):
        span = None  # "for the ≥2 cm definition 35% versus 38%": no subject named
    return Statement(span, None, "fallback" if span else "none")


_EFFECT_OF_END = re.compile(r"(?i)\b(?:effects?|benefits?)\s+of\s+$")
_ON = re.compile(r"(?i)\s+(?:on|upon)\s+(?=[^\W\d_])")
_REPORTING_PARTICIPLE = re.compile(
    r"(?i)\b(?:suggesting|showing|indicating|demonstrating|revealing|reflecting)\b"
)


def _acted_on(
    text: str, change: re.Match[str], span: tuple[int, int], end: int
) -> Statement | None:
    """ "The effect of A on Y was ...", "a benefit of A on Y": Y is the outcome and A the
    actor, where the change (``change``) is an effect of what follows it; else None."""
    effect = _EFFECT_OF_END.search(change.group(0))
    if effect is None or effect.group(0)[0].isupper():  # "The Effect of A on B Trial": a name
        return None
    on = _ON.search(text, span[0], span[1])
    if (
        on is None
        or not _subject_ok(text, span[0], on.start())
        or len(text[span[0] : on.start()].split()) > 6
        or _REPORTING_PARTICIPLE.search(text, span[0], on.start())
    ):
        return None  # "main effects of time suggesting improvements on each measure"
    outcome = _span(text, on.end(), end)
    if outcome is None or names_no_measure(text[outcome[0] : outcome[1]]):
        return None
    return Statement(outcome, (span[0], on.start()), "change-in")


def _before_predicate(text: str, body: int, span: tuple[int, int], end: int) -> Statement | None:
    """A change's target that runs into the clause's own verb: cut before a verb with no
    object ("The improvement in pain increased over time": "pain"); before a verb with an
    object the change is the subject, the actor ("Further increases in X increased the Y
    response": outcome "Y response"); None where no verb follows."""
    for verb in _VERB.finditer(text, span[0], span[1]):
        if (
            verb.group("neg")
            or verb.group("v").lower() in ("change", "changes")  # "hemodynamic changes": a noun
            or _adjective_use(text, verb, body)
            or not _subject_ok(text, span[0], verb.start())
            or _RELATIVE_BEFORE.search(text, span[0], verb.start())
        ):
            continue  # "the change in reduced glutathione", "in pain and reduced sleep"
        rest = text[verb.end() : end]
        if verb.group("v").lower() in _INTRANSITIVE or _PREPOSITION_START.match(rest):
            return Statement(_span(text, span[0], verb.start()), None, "change-in")
        obj = _span(text, verb.end() + len(rest) - len(rest.lstrip()), end)
        actor = _TRAILING_ADVERBS.sub("", text[body : verb.start()].rstrip())
        return Statement(obj, (body, body + len(actor)), "verb") if obj else None
    return None


_SEEN = (
    r"\s+(?:was|were)\s+(?:also\s+)?(?:\w+ly\s+)?(?:observed|seen|found|noted|shown|detected|"
    r"demonstrated|reported|recorded)\b"
)
_SEEN_WITH = re.compile(
    r"(?i)[^,;()]{0,60}?" + _SEEN + r"\s+with\s+"
    r"(?:the\s+(?:use|addition|administration)\s+of\s+)?"
    r"(?!(?:an?|no|any|p|both|all|each|either|time|respect|regard)\b)(?=[^\W\d_])"
)
_ACTOR_END = re.compile(
    r"(?i)\s*[,;(\[.]|\s+(?:compared|than|versus|vs\.?|at|after|in|on|during|over|when|while|"
    r"whereas|but|relative|from|for|with|to)\b"
)


# "(similar) evidence / results / trends favoring A", "a benefit in favour of A": A did better
_FAVORING = re.compile(
    r"(?i)(?:(?:similar|consistent|some|strong|weak|clear|further)\s+)*(?:evidence|results?|"
    r"effects?|trends?|benefits?|differences?)\s+(?:favou?ring|in\s+favou?r\s+of)\s+"
    r"(?:the\s+)?(?=[^\W\d_])"
)


# "X favoured A", "results for X favour A", "trends favored A": the verb names who did better
_FAVORED = re.compile(
    r"(?i)\b(?:favou?r(?:ed|s)|favou?ring|in\s+favou?r\s+of)\s+(?:the\s+)?(?=[^\W\d_])"
)
# what "there was evidence favoring A" is about: a lead-in "For X", else "for X" after A
_FAVORING_THERE = re.compile(
    r"(?i)\s*(?:(?:for|regarding|on|in\s+terms\s+of|with\s+(?:respect|regard)\s+to)\s+"
    r"(?P<what>[^,;()]{1,80}?)\s*,?\s+)?" + _THERE_BE + r"\s+(?:(?:an?|some|strong|weak|clear|"
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


def _favored(text: str, start: int, body: int, end: int) -> Statement | None:
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
    actor = _actor_from(text, m.end(), end)
    if actor is None:
        return None
    named = _FAVORED_FOR.match(text, actor[1], end)
    after = _span(text, named.end(), end) if named else None
    there = _FAVORING_THERE.fullmatch(text, start, m.start()) or _FAVORING_THERE.fullmatch(
        text, body, m.start()
    )
    if there is not None:
        what = _span(text, there.start("what"), there.end("what")) if there.group("what") else None
        return Statement(after or what, actor, "favoring") if after or what else None
    if not m.group(0).lower().startswith(("favored", "favoured", "favors", "favours")):
        return None
    if (
        _RELATIVE_BEFORE.search(text, body, m.start())
        or not _subject_ok(text, body, m.start())
        or re.search(r"[,;()\[\]]", text[body : m.start()])  # ", favoured A in both groups"
    ):
        return None
    bare = _TRAILING_ADVERBS.sub("", text[body : m.start()].rstrip())
    reported = _RESULTS_FOR.match(text, body, body + len(bare))
    subject = _span(text, reported.end() if reported else body, body + len(bare))
    if subject and (
        names_no_measure(text[subject[0] : subject[1]])
        or _NO_OUTCOME_WORD.fullmatch(text, *subject)
        or _REPORTER.fullmatch(text, *subject)
        or text[subject[0] : subject[1]].lower() in _GENERIC_OUTCOME
    ):
        subject = None
    outcome = after or subject
    return Statement(outcome, actor, "favored") if outcome else None


def _actor_from(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The treatment named from ``start`` to where an actor ends ("A (p = 0.02)" -> "A")."""
    stop = _ACTOR_END.search(text, start, end)
    actor_end = start + len(text[start : stop.start() if stop else end].rstrip())
    return (start, actor_end) if actor_end > start else None


def _seen_with(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The treatment a nominal change was seen with: "a marked decrease in X was shown with
    A (p = 0.02)", "an improvement in X was observed with the use of B" -> A, B; else None
    ("was observed with time", "with p < 0.05": no treatment)."""
    m = _SEEN_WITH.match(text, start, end)
    return _actor_from(text, m.end(), end) if m else None


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


def _nominal_change(text: str, body: int, end: int) -> Statement | None:
    """ "Significant temperature increases were (also) observed (with A)": what changed is
    the noun before the change noun (outcome "temperature"), the treatment after "with" its
    actor; not a noun that names no measure ("Similar improvements were seen")."""
    m = _NOMINAL_CHANGE.match(text, body, end)
    if m is None or names_no_measure(m.group("what")):
        return None
    return Statement(m.span("what"), _seen_with(text, m.end(), end), "change-in")


# what a change is in that is not a measure: a group, people, a quantifier ("a decrease in
# group A", "an improvement in all (n = 6) or at least one")
_NOT_A_MEASURE_START = re.compile(
    r"(?i)(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:groups?|arms?|patients|participants|subjects)\b|"
    r"(?:all|at\s+least|one|both|each|either|any|some|most|none|following)\b)"
)
_LEADING_BRACKET = re.compile(r"\([^()]{0,40}\)\s+")
_LASTED = re.compile(r"(?i)\s+(?:lasted|persisted)\b")


def _lasted(text: str, body: int, end: int) -> Statement | None:
    """ "X lasted 3.1 days with A and 4.2 days with B", "X lasted longer in group II": what
    was measured is how long X lasted, X's duration (pattern "duration"; the claim's outcome
    text says so). Only a subject of a few words with no comma, bracket or relative pronoun
    ("Pain relief, which lasted 6 h, was ..." says something else)."""
    m = _LASTED.search(text, body, end)
    if m is None or not _subject_ok(text, body, m.start()):
        return None
    subject = text[body : m.start()]
    if re.search(r"[,;(\[]", subject) or _RELATIVE.search(subject) or len(subject.split()) > 8:
        return None
    span = _span(text, body, m.start())
    if span is None or names_no_measure(text[span[0] : span[1]]):
        return None
    return Statement(span, None, "duration")


_PREPOSITION_FIRST = re.compile(
    r"(?i)(?:for|in|at|with|on|by|among|from|to|of|after|during|versus|vs)\b(?!-)"
)
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
    r"mothers|smokers|users|respondents"
)
_PEOPLE_WORD = re.compile(rf"(?i)\b(?:{_PEOPLE_NOUNS}|those|ones)\b")


def _counted_people(text: str, body: int, end: int) -> Statement | None:
    """ "40 of 58 (69%) A patients and 28 of 57 (49%) B patients were responders / had a
    relapse": what the counted people were or had is the outcome; the subject names every
    group, so it is no actor (their values tell the arms apart). Needs a count per group (two
    or more before the verb; "227 of 285 patients in group B were responders, of whom 86 ..."
    is one group) and no study step ("were compared", "were analysed"); or one group's count
    whose verb is the outcome, set against the other group's count right after ("5 patients
    (8.3%) discontinued X, compared with 2 (3.3%) in B")."""
    counted = _COUNTED.match(text, body, end)
    if not counted:
        return None
    had = _COUNT_HAD.match(text, counted.end(), end)
    if had:  # "(Among 2471 participants,) 186 developed invasive breast cancer (82 on A ...)"
        span = _span(text, had.end(), end)
        return Statement(span, None, "counted-people") if span else None
    one_group = _ONE_GROUP_DID.match(text, counted.end(), end)
    if one_group and _COMPARED_LATER.search(text, one_group.end(), end):
        # "(In the A group,) 5 patients (8.3%) discontinued X, compared with 2 (3.3%) in B"
        verb_start = one_group.start("verb")
        if one_group.group("verb").lower() not in _QUALIFYING_VERBS and not _STUDY_STEP.match(
            text, verb_start, end
        ):
            span = _span(text, verb_start, end)
            return Statement(span, None, "counted-people") if span else None
    verb = _COUNTED_VERB.search(text, body, end)
    if (
        verb is None
        or not _PEOPLE_WORD.search(text, body, verb.start())
        or len(_COUNT.findall(text, body, verb.start())) < 2  # a count per group
        or _STUDY_STEP.match(text, verb.end(), end)
    ):
        return None
    span = _span(text, verb.end(), end)
    return Statement(span, None, "counted-people") if span else None


_COUNT_HAD = re.compile(  # a count right before what it counts having: "186 developed"
    r"(?i)(?:had|developed|experienced|suffered|required|needed)\s+"
)
_ONE_GROUP_DID = re.compile(  # "patients (8.3%) discontinued": people, then a past-tense verb
    rf"(?i)(?:[\w-]+\s+){{0,2}}?(?:{_PEOPLE_NOUNS})\s*(?:[(\[][^()\[\]]{{1,20}}[)\]]\s*)?"
    r"(?P<verb>[a-z]{3,}ed|died|quit|stopped|withdrew|left|lost|fell|underwent)\b"
)
_COMPARED_LATER = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|than)\s+\d")


def _people_verb(text: str, body: int, end: int) -> Statement | None:
    """Pattern 5: "(significantly) more/fewer PEOPLE (in group A) VERB OBJECT": what they did
    ("continued antidepressants") is the outcome, the people and their group the actor."""
    people = _MORE_PEOPLE.match(text, body, end)
    if not people:
        return None
    for verb in _PAST_VERB.finditer(text, people.end(), end):
        word = verb.group(0).lower()
        if word in _QUALIFYING_VERBS or _RELATIVE_BEFORE.search(text, people.end(), verb.start()):
            continue  # "patients treated with A", "patients who received A": the group
        if _OUTCOME_END.match(text, verb.end(), end) or text[verb.end() : end].lstrip()[:1] in (
            "",
            "(",
            ",",
            ";",
        ):
            return None  # "more patients improved (..)": no object; the cue words decide
        span = _span(text, verb.start(), end)
        actor = (body, body + len(text[body : verb.start()].rstrip()))
        return Statement(span, actor, "people-verb") if span else None
    return None


_MORE_PEOPLE = re.compile(
    r"(?i)(?:(?:statistically\s+)?(?:significantly|markedly|slightly|substantially)\s+)?"
    r"(?:more|fewer|less|(?:a|the)\s+(?:higher|lower|greater|smaller|larger)\s+"
    r"(?:proportion|percentage|number|share)\s+of)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_PEOPLE_NOUNS})\b"
)
_PAST_VERB = re.compile(
    r"(?i)\b(?:[a-z]{3,}ed|quit|stopped|took|became|gave|got|made|felt|lost|kept|began|chose|"
    r"underwent|met|went|sought|spent|left|ate|drank|slept|wore|rode|grew|fell|rose|withdrew|"
    r"won|ran|saw|forgot|overcame)\b"
)
_QUALIFYING_VERBS = {
    "treated", "randomized", "randomised", "assigned", "allocated", "exposed", "infected",
    "aged", "based", "related", "combined", "supplemented", "vaccinated", "operated",
    "hospitalized", "hospitalised", "diagnosed", "enrolled", "included",
}  # fmt: skip
_RELATIVE_BEFORE = re.compile(
    r"(?i)\b(?:who|that|which)(?:\s+(?:were|was|had\s+been|also))?\s*$"
)  # "patients who received A": the next verb is the group's
_BARE_CHANGE = re.compile(  # a change noun with no "in X" after it
    r"(?i)(?:(?:a|an)\s+)?(?:(?:statistically|clinically|significant|marked|substantial|slight|"
    r"modest|notable|considerable|steady|gradual|further|large|small)\s+)*(?:increases?|"
    r"decreases?|reductions?|improvements?|declines?|rises?|falls?|drops?|deteriorations?)\b"
    r"(?!\s+(?:in|of|on|for|regarding|to)\b)"
)
_CHANGE_NOUN = re.compile(  # "more falls", "fewer drops": events counted, not a change's size
    r"(?i)\b(?P<size>greater|larger|bigger|more|higher|smaller|less|lower)\s+"
    r"(?:(?:\w+ly|mean|median|average|absolute|relative|percentage|overall)\s+){0,2}"
    r"(?:(?P<up>increases?|improvements?|gains?|rises?)|(?P<down>reductions?|decreases?|"
    r"declines?|(?<!more\s)(?:drops?|falls?)|loss(?:es)?))\b|"
    # the measure between: "greater body weight reductions", "less pain reduction" (not "more
    # hair loss" or "more frequent falls": events, counted)
    r"\b(?P<size2>greater|larger|bigger|more|higher|smaller|less|lower)\s+"
    r"(?P<measure>(?:(?!(?:in|of|on|for|with|than|and|or|the|a|an|to|at|by|from|was|were|is|are|"
    r"patients|participants|subjects|people|rates?|proportions?|numbers?|risks?|incidence|"
    r"frequency|odds)\b)[a-z][\w-]*\s+){1,3}?)"
    r"(?:(?P<up2>increases?|gains?|rises?)|(?P<down2>reductions?|decreases?|"
    r"declines?))\b"
)


def verb_direction(text: str) -> str | None:
    """ "increased" or "decreased" from the first direction word of ``text``, else None.

    A size word before a change noun reads as the noun's direction: "a greater reduction in
    X" is a decrease of X, "a smaller increase" a decrease too.
    """
    change = _CHANGE_NOUN.search(text)
    up, down = _direction_words(text)
    first = min((m.start() for m in (up, down) if m), default=len(text))
    if change and change.start() <= first:
        rising = bool(change.group("up") or change.group("up2"))
        if (change.group("size") or change.group("size2")).lower() in ("smaller", "less", "lower"):
            rising = not rising
        return "increased" if rising else "decreased"
    if up and (not down or up.start() < down.start()):
        return "increased"
    if down:
        return "decreased"
    return None


# UP and DOWN spell their words in lower case: about three times faster searched in the
# lower-cased text (extractors.caseless)
_UP_FAST = LowerCaseSearch(UP)
_DOWN_FAST = LowerCaseSearch(DOWN)


def _direction_words(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The first ``UP`` and the first ``DOWN`` match of ``text``."""
    return _UP_FAST.search(text), _DOWN_FAST.search(text)


def direction_cue(text: str) -> re.Match[str] | None:
    """The first direction word of ``text``."""
    up, down = _direction_words(text)
    if up and down:
        return up if up.start() < down.start() else down
    return up or down


_LEADING_CHANGE = re.compile(
    r"(?i)(?:and\s+)?(?:(?:a|an|the)\s+)?(?:(?:significant(?:ly)?|statistically|greater|larger|"
    r"smaller|marked|further|more|less|mean|median|average|adjusted|absolute|relative|"
    r"percent(?:age)?|net|overall|estimated)\s+|\([^()]{0,40}\)\s+)*(?:reductions?|"
    r"enhancements?|improvements?|increases?|decreases?|changes?|declines?|gains?|rises?)\s+"
    r"(?:from\s+(?:the\s+)?(?:baseline|base-line|pre-?treatment|pre-?intervention)\s+"
    r"(?:(?:to|at|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?[\w-]+|(?:day|week|month|year|"
    r"visit)\s+\d+)\s+)?)?(?:in|of)\s+|"
    r"(?:and\s+)?(?:significantly\s+)?(?:higher|lower(?!" + LOWER_BODY_PART + r")|greater|"
    r"increased|decreased|reduced|improved|elevated|lowered)\s+"
    r"(?!(?:in|than|with|after|at|by|to|from|for|and|or)\b)"
)


def without_change_noun(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """An outcome span without a leading change noun or direction word: "reductions in
    depression symptoms" -> "depression symptoms", "higher HDL cholesterol" -> "HDL
    cholesterol" (the direction is read from the clause, not from the outcome); a change
    noun after the measure goes too when a size word comes before it ("greater body weight
    reductions" -> "body weight", read as a decrease of it by ``verb_direction``)."""
    m = _LEADING_CHANGE.match(text, span[0], span[1])
    if m is not None and _LETTER.search(text, m.end(), span[1]):
        span = m.end(), span[1]
    return _without_trailing_change(text, span)


_SIZE_BEFORE = re.compile(r"(?i)\b(?:greater|larger|bigger|more|higher|smaller|less|lower)\s+$")
_LIST_JOIN = re.compile(r"(?i),|\s(?:and|or|&)\s")
_TRAILING_CHANGE = re.compile(
    r"(?i)\s+(?:reductions?|decreases?|declines?|increases?|gains?|rises?)$"
)


def _without_trailing_change(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without its last word when that is a change noun sized by the word before
    the span ("greater [body weight reductions]"); not after a list, whose first item the
    size word sizes ("less [hypoglycemic events and weight gain]")."""
    if not _SIZE_BEFORE.search(text, max(0, span[0] - 12), span[0]):
        return span
    m = _TRAILING_CHANGE.search(text, span[0], span[1])
    if m is None or m.end() != span[1] or not _LETTER.search(text, span[0], m.start()):
        return span
    if _LIST_JOIN.search(text, span[0], m.start()):
        return span
    return span[0], m.start()
