"""Reading one result statement: its outcome phrase, its actor and its cue words.

Not a component: ``evg_claims`` uses these pure functions. A statement is a clause of a
result sentence. After dropping lead-ins ("In the elderly, ", "However, ", "In patients who
had no pain at baseline, ", "... showed that ") the outcome is found by the first pattern
that fits:
1. "(there was) a/no (significant) difference/improvement/reduction in OUTCOME ...";
2. "ACTOR (significantly) improved/reduced/aggravated OUTCOME" (transitive verb: the subject
   is the actor, e.g. a treatment; also after a hedge: "ACTOR tended to / appeared to / did
   not seem to / has been shown to reduce OUTCOME") or "OUTCOME improved/declined/did not
   differ ..." (also a transitive verb followed by adverbs and a preposition: "X increased
   significantly only in group A", "X decreased transiently following Y");
3. "ACTOR was more effective than / (not found to be) superior (to COMPARATOR) in OUTCOME", else
   "OUTCOME was/were higher/attained/similar/12% ...";
4. "ACTOR had/showed/achieved (a lower) OUTCOME" (not the verb of a relative clause: "patients
   who received A had fewer relapses" has "relapses"); "X showed a significant increase" with
   no "in ..." after it and no people or group as X: X is the outcome;
5. "(significantly) more/fewer PEOPLE (in group A) VERB OBJECT": what they did ("continued
   antidepressants until 6 months") is the outcome, the people the actor; "40 of 58 (69%) A
   patients and 28 of 57 (49%) B patients were responders" (a count per group) and "5
   patients (8.3%) discontinued X, compared with 2 (3.3%)": what the counted people were,
   had or did is the outcome, with no actor (tried before the copula pattern); "PEOPLE were
   (no) more likely to X" (the people of a role too: "intervention (vs control) care
   partners") and "PEOPLE more often did X": X, the people the actor.
A declared statistic before the measure ("Mean (SD) X was ...") is skipped, and so are the kind
of measures before a list of them ("Secondary endpoints, including X (..), Y (..)", "The
primary end point, X, was ...") and a lead-in adverb, time or count ("Postoperatively, ",
"Twelve months after surgery (...), ", "From 3 to 6 months, ", "Of 856 women randomized and
analysed, "). "X lasted ..." has the outcome X (pattern "duration"). An outcome that only names
people ("Seven patients (6.6%)") gives way to what they had, were or did ("developed SSI":
"SSI"; "were pain-free"; "were more sedated": "sedated"). "A showed decreases in X":
"decreases" is no verb.
An outcome that names no measure ("There were no differences ...", "They also had greater
reductions in ...", "these differences", "results") is replaced by the target of a change or
difference word later in the clause ("... in calories ordered", "... in the following
secondary measures: X") when there is one.
An outcome that only names groups ("no changes were observed in groups A and B", "the two
groups") is none.
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

from extractors.caseless import LowerCaseSearch
from extractors.components.direction_words import (
    DOWN,
    LEADING_CHANGE,
    NO_SIGNIFICANT_CHANGE,
    UP,
    direction_cue,
)
from extractors.components.statement_forms import (
    MORE_PEOPLE,
    PEOPLE_SUBJECT,
    RELATIVE_BEFORE,
    acted_on,
    actor_core,
    actor_from,
    before_predicate,
    counted_people,
    effect_of,
    hedged_effect,
    names_people,
    nominal_change,
    people_did,
    people_did_at_end,
    people_group,
    people_verb,
    read_corresponds,
    read_favoring,
    read_lasted,
    seen_on,
    seen_with,
)
from extractors.components.statement_phrases import (
    GENERIC_OUTCOME,
    HEDGE_SHOWN_TO,
    HEDGE_TO,
    INTRANSITIVE,
    NO_OUTCOME_WORD,
    PREPOSITION_START,
    REPORTER,
    THERE_BE,
    TRAILING_ADVERBS,
    Statement,
    adjective_use,
    change_verbs,
    names_no_measure,
    outcome_span,
    subject_ok,
)
from extractors.numbers import SUBJECT_NOUNS_PATTERN, WORD_NUMBER_PATTERN

# a count of hours, days, ... in words: "six months after surgery", "After 2 months"
_TIME_COUNT_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
)
_TIME_UNIT = r"(?:hours?|days?|weeks?|months?|years?)"
_LEAD_IN = re.compile(
    r"(?i)\s*(?:(?:in|on|at|after|during|among|between|for|from|of|within|by|over|with|"
    r"compared\s+(?:with|to)|"
    r"based\s+on|according\s+to|"
    r"relative\s+to|transitioning\s+from|following|overall|however|moreover|furthermore|"
    r"additionally|also|similarly|conversely|in\s+addition|in\s+contrast|notably|importantly|"
    r"likewise|finally|thus|therefore|besides|meanwhile|interestingly|specifically|in\s+particular|"
    r"consequently|accordingly|unexpectedly|surprisingly|nevertheless|nonetheless|on\s+the\s+other\s+hand|"
    # how the finding relates to what was expected: "Consistent with our hypothesis, X fell"
    r"consistent\s+with|in\s+line\s+with|in\s+keeping\s+with|contrary\s+to|"
    r"as\s+(?:expected|hypothesi[sz]ed|predicted|anticipated)|"
    r"(?!(?:early|daily|weekly|monthly|yearly|only|elderly|family)\b)[a-z]+ly(?=\s*,)|"
    r"(?:\d+|" + _TIME_COUNT_WORDS + r")[\s-]+" + _TIME_UNIT + r"\s+(?:after|post|following|from))"
    r"\b(?:\([^()]{0,80}\)|(?!\b(?:was|were|there|is|are|had|has|have|showed|rose|fell|increased|"
    # a comma between digits is a thousands separator: "In 1,075 participants with ..., "
    r"decreased|declined|dropped|remained|differed)\b)(?:[^,;(]|(?<=\d),(?=\d{3}\b))){0,100},"
    r"\s*)+"
)
# the test a result is of, without a comma: "For the upper limb test the A group improved";
# the group before a count, without a comma: "In the A group 6.9% patients had X"
_TEST_LEAD = re.compile(
    r"(?i)\s*(?:(?:for|in|on|during)\s+the\s+(?:[\w-]+\s+){0,4}?(?:tests?|tasks?|assessments?|"
    r"exercises?)\s+(?=the\s)|(?:in|among)\s+the\s+(?:[\w+-]+\s+){1,4}?(?:group|arm)\s+"
    r"(?=\d[\d.]*\s*%?\s+(?:of\s+)?(?:the\s+)?(?:patients|participants|subjects|women|men|"
    r"children|infants)\b)|"
    # the group before a measure named with "the": "In OFA group the incidence of X (...)"
    r"(?:in|among)\s+(?:the\s+)?(?:[\w+-]+\s+){1,3}?(?:group|arm)\s+(?=the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:incidence|rates?|number|proportion|percentage|mean|median|levels?|risk|duration|"
    r"frequency|scores?)\b)|"
    # a time before a measure named with "the", without a comma: "After 2 months of therapy
    # (T1) the FFMI increased", "At week 12 the mean score was"
    r"(?:after|at|by|during|over|within|following)\s+(?:the\s+(?:first\s+)?)?"
    r"(?:(?:\d+(?:[.·]\d+)?|"
    + _TIME_COUNT_WORDS
    + r")[\s-]*"
    + _TIME_UNIT
    + r"|(?:day|week|month|year|visit)\s+\d+)"
    r"(?:\s+of\s+(?:therapy|treatment|follow-?up|intervention|supplementation|training))?"
    r"(?:\s*\([^()]{1,20}\))?\s+(?=the\s))"
)
# the kind of measures before the measures themselves: "Secondary endpoints, including X",
# "The primary end point, X, was ..."
_ENDPOINTS_INCLUDING = re.compile(
    r"(?i)\s*(?:the\s+)?(?:(?:other|secondary|primary|co-primary|key|main|exploratory|safety|"
    r"efficacy)\s+)*(?:(?:end\s*-?points?|outcomes?|outcome\s+measures|measures|parameters|"
    r"variables),?\s+(?:including|such\s+as|namely|e\.g\.,?)\s+|"
    # one end point in apposition, then its verb
    r"(?:end\s*-?point|outcome)\s*,\s+(?=[^,;()]{3,120},\s+(?:was|were|did|showed|had)\b))"
)
# "Postoperatively pain was ...", "Intra-operatively, ...": when, not what was measured
_OPERATIVE_TIME = re.compile(r"(?i)\s*(?:pre|post|intra|peri)-?operatively\b\s*,?\s*")
# "..., nor was X (..)", "..., nor did X (..)" (no verb of its own before its values)
_NOR_WAS = re.compile(
    r"(?i)\s*nor\s+(?:(?:was|were|is|are)\s+(?=\S)|(?:did|does|do)\s+(?!(?:it|they)\b)"
    r"(?=(?:(?!(?:differ|change|improve|reduce|increase|decrease|affect|alter)\b)[\w-]+\s+)"
    r"{1,8}?[(\[]))"
)
_OPENER = re.compile(r"(?i)\s*(?:while|although|though|whereas|despite)\s+")
# what the opener says of the finding, with no verb: "Although not significant, X ...",
# "while non-significant, there was ..."
_NOT_SIGNIFICANT_LEAD = re.compile(
    r"(?i)\s*(?:(?:statistically\s+)?(?:not|non-?)\s*(?:statistically\s+)?significant(?:ly)?|"
    r"(?:statistically\s+)?insignificant)\s*,\s*(?=\S)"
)
_THAT = re.compile(
    r"(?i)\b(?:showed|shows|revealed|reveals|demonstrated|demonstrates|indicated|indicates|found|"
    r"suggested|suggests|confirmed|confirms|observed|noted|denoted|denotes|implies|implied|shown|"
    r"seen|determined|concluded|established|show|reveal|demonstrate|indicate|suggest|conclude|"
    r"concludes)\s+that,?\s+|"
    # a hedge: "It seems likely that", "It is possible that", "It appears that"
    r"\b(?:it\s+)?(?:seems|seemed|appears|appeared|is|was)\s+(?:(?:very|highly|most|more|quite|"
    r"thus|therefore|also)\s+)*(?:(?:likely|unlikely|possible|probable|plausible|clear|evident|"
    r"apparent|conceivable)\s+)?that,?\s+"
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
    r"enhancements?)\s+(?:(?:was|were)\s+(?:also\s+)?(?:found|observed|seen|noted|detected)\s+)?"
    r"(?:in|of|on|for)\s+"
    # "in both (the) groups concerning X": what differed is X
    r"(?:(?:both\s+(?:the\s+)?|the\s+(?:two\s+)?)(?:groups|arms)\s+(?:concerning|regarding|"
    r"as\s+to|in\s+terms\s+of|with\s+(?:respect|regard)\s+to)\s+)?"
)
_THERE_WAS = re.compile(
    r"(?i)" + THERE_BE + r"\s+(?:an?\s+)?(?:(?:(?:non-?significant|slight|weak)\s+)?"
    r"(?:trend|tendency)\s+(?:towards?|for)\s+(?:an?\s+)?)?(?:(?:significantly|slightly|markedly|"
    r"statistically|much)\s+)*(?:higher|lower|greater|smaller|larger|more|less|fewer|increased|"
    r"decreased|reduced|improved|better|worse)\s+"
)
# a count, a fraction or a percentage, with a bracket after it: "9", "2/48 (4%)", "20%"
_COUNTED = r"\d[\d,]*(?:\.\d+)?(?:\s*/\s*\d[\d,]*)?\s*%?(?:\s*[(\[][^()\[\]]{0,25}[)\]])?"
_THERE_WAS_COUNT = re.compile(  # "there were 9 deaths with A and 14 with B", "were 9 and 14 deaths"
    r"(?i)there\s+(?:was|were)\s+(?:a\s+total\s+of\s+)?"
    + _COUNTED
    + r"(?:(?:\s*,\s*|\s+(?:and|or|vs\.?|versus)\s+)"
    + _COUNTED
    + r")*\s+(?=[A-Za-z])"
)
# any other "there was/were": what follows its quantifiers and qualifiers is the outcome
# ("there were 7 (9.3%) falls in A", "there was no clear effect related to X", "there was
# inconclusive evidence of an effect on X")
_THERE_ANY = re.compile(
    r"(?i)" + THERE_BE + r"\s+(?:also\s+)?(?:a\s+total\s+of\s+)?"
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
    r"(?i)\s+(?:was|were|is|are)\s+(?:also\s+)?(?:not\s+)?(?:significantly\s+)?"
    r"(?:associated|linked)\s+(?:with|to)\s+"
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
    r"(?i)\s+(?:significantly\s+)?(?:on|in|with\s+(?:respect|regard)\s+to|regarding)\s+"
    r"(?!(?:the|both|all|each)\s+(?:groups?|arms?)\b)"
)
_THEY = re.compile(r"(?i)(?:nor\s+(?:did|do|does)\s+)?(?:they|both)\s*")  # the groups
_PEOPLE_OR_GROUP = re.compile(
    r"(?i)\b(?:patients|participants|subjects|children|women|men|adults|groups?|arms?)\b"
)
_GROUP_SUBJECT = re.compile(  # "the two groups", "both arms", "the ICU groups", "the three
    # active groups", "Block groups": words that name the groups, not a measure of the groups
    # ("X in the two arms", "the factors of the two groups")
    r"(?i)(?:the\s+)?(?:(?!(?:of|in|on|at|for|with|by|from|among|to|than|the)\b)[^\W\d_][\w-]*\s+)"
    r"{0,5}(?:groups?|arms?|cohorts?)"
)
_PEOPLE = (  # "the intervention (vs control) care partners", "those"
    r"(?:the\s+)?(?:(?:\w+|[(\[][^()\[\]]{1,30}[)\]])\s+){0,3}?"
    rf"(?:{SUBJECT_NOUNS_PATTERN}|those|carriers|caregivers|carers)\b"
)
_PEOPLE_START = re.compile(r"(?i)" + _PEOPLE)
_LIKELY = (  # "(2.2 times) more likely (95% CI 1.1-4.3) (than B) to"
    r"(?:\b\d+(?:[.·]\d+)?\s*(?:-\s*)?(?:times|fold)\s+)?\b(?:no\s+)?(?:more|less)\s+likely\s+"
    r"(?:[(\[][^()\[\]]*[)\]]\s*)?(?:than\s+[^,;]{1,60}?\s+)?to\s+"
)
# a clause that opens with it shares its subject with the clause before ("A were more likely
# to X and 2.7 times less likely (HR 0.37) to Y", "..., but were no more likely to Y"): what
# follows is its outcome
_LIKELY_START = re.compile(
    r"(?i)\s*(?:(?:and|but|yet)\s+)?(?:(?:were|was)\s+(?:(?:also|not|significantly)\s+)*)?"
    + _LIKELY
)
# "intervention patients more often viewed X": people who did X more often (X, the outcome)
_PEOPLE_MORE_OFTEN = re.compile(
    rf"(?i)(?P<people>{_PEOPLE})\s+(?:(?:also|significantly)\s+)?(?:more|less)\s+"
    r"(?:often|frequently|commonly)\s+(?=[^\W\d_])"
)
_PEOPLE_STATE = re.compile(  # "(significantly) more sedated", "less anxious": not "more likely"
    r"(?i)(?:\w+ly\s+)*(?:more|less)\s+(?!(?:likely|than|often|frequently|commonly|common|"
    r"and|or|of)\b)(?=[^\W\d_])"
)


# a share of people as a subject: "84.6% of the patients", "Fifty per cent of women"
_SHARE_OF_PEOPLE = re.compile(
    r"(?i)\s*(?:(?:overall|in\s+all),?\s+)?(?:\d+(?:[.·]\d+)?\s*%|[\w.·-]+\s+per\s*cent)\s+"
    r"of\s+(?:the\s+)?"
)
# the state they were in, after adverbs: "(significantly) improved", "free of pain"
_SHARE_STATE = re.compile(
    r"(?i)(?:\w+ly\s+)*(?=(?!(?:randomi[sz]|assign|allocat|includ|enrol|treat|follow|"
    r"analy[sz]|exclud|lost\b|given\b))[a-z]{3,}ed\b|free\s+of\b|cured\b)"
)
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
_GROUP_LETTERS = re.compile(  # "groups A and B", "group 2", "arms I, II and III"
    r"(?i)(?:the\s+)?(?:groups?|arms?)\s+(?-i:[A-Z]{1,3}|[0-9]{1,2})"
    r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?-i:[A-Z]{1,3}|[0-9]{1,2}))*"
)
_DIFFERENCE_START = re.compile(
    r"(?i)\b(?:a|an|no)\s+(?:statistically\s+|statistical\s+)?(?:significant\s+)?"
    r"(?:between-groups?\s+)?differences?\b"
)
_DIFFERENCE_LEAD = re.compile(r"(?i)\s*(?:the\s+)?differences?\b")
# the same without an article, opening the clause: "Statistically significant difference
# between the two groups was recorded on X"
_BARE_DIFFERENCE = re.compile(r"(?i)\s*(?:statistically\s+)?significant\s+differences?\b")
_NOT_SHOWN = re.compile(
    r"(?i)\s+(?:did|does|do)\s+not\s+(?:show|reveal|demonstrate|produce|yield|display)\s+"
    r"(?:any\s+|a\s+)?(?:statistically\s+)?(?:significant\s+)?(?:between-group\s+)?"
    r"(?:differences?|changes?|effects?|improvements?)\b"
)
_DIFFERENCE_TARGET = re.compile(
    r"(?i)\b(?:for|in|on|regarding|concerning|as\s+to|in\s+terms\s+of|"
    r"with\s+(?:respect|regard)\s+to)\s+"
    r"(?!(?:the|both|all|either|each|any)\s+(?:two\s+|three\s+)?(?:groups?|arms?)\b)"
)
_GROUP_AFTER_MEASURE = re.compile(r"(?i)\s+(?:with|in|among|for|versus|vs\.?|compared)\s")
_CHANGE_OBJECT = re.compile(  # a noun phrase right after "change(d)", not "over time", "little"
    r"(?i)\s+(?:\w+ly\s+)*(?!(?:over|in|from|with|without|between|during|after|before|at|"
    r"throughout|across|since|until|compared|relative|versus|vs|little|much|either|both|by|for|"
    r"among|following|when|whereas|while|but|and|or|than|to|significantly|substantially|"
    r"markedly|appreciably|meaningfully|more|less|any)\b)(?:the\s+|their\s+|its\s+)?"
    r"[^\W\d_][\w-]*"
)
_COPULA = re.compile(
    r"(?i)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|remained|became|"
    r"trended(?=\s+(?:\w+ly\s+)?(?:higher|lower|greater|smaller|larger|better|worse|"
    r"shorter|longer)\b))\s+(?:not\s+)?(?:\w+ly\s+)?(?:not\s+|no\s+(?=more\s|less\s))?"
    r"(?=higher|lower|greater|smaller|larger|increased|decreased|reduced|improved|elevated|"
    r"better|worse|similar|comparable|different|shorter|longer|attained|achieved|"
    # not "A was found to have a lower X": what A had (``_HAD``)
    r"seen|(?:found|reported|observed)(?!\s+to\s+have\b)|noted|detected|significant|"
    r"unchanged|associated|superior|inferior|more|less|fewer|present|obtained|recorded|"
    r"identified|statistically|noninferior|non-inferior|equivalent|[-−]?\d|\()"
    r"|\s+(?:occurred|developed|happened|emerged)\b"
)
_MEASURE_FOR = re.compile(
    r"(?i)(?:the\s+)?(?:(?:adjusted|estimated|overall)\s+)*(?:(?:hazard|odds|risk|rate)\s+ratio|"
    r"relative\s+risk|(?:mean|risk)\s+difference|"
    r"(?:treatment|intervention|between-groups?|(?:inter-?)?group|between-arms?)\s+"
    r"(?:effects?|differences?))\s+(?:\([^()]*\)\s+)?(?:for|of|in|on)\s+"
)


_HAD = re.compile(
    r"(?i)\s+(?:had|"
    # "A was shown / found to have a lower X": what A had
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:shown|found|demonstrated|reported|"
    r"observed)\s+to\s+have(?=\s+(?:(?:an?|no)\s+)?(?:(?:\w+ly|statistically)\s+)*(?:higher|"
    r"lower|greater|smaller|larger|better|worse|more|less|fewer|shorter|longer|significant)\b)|"
    r"(?<!would\s)(?<!could\s)(?<!might\s)(?<!may\s)(?<!will\s)(?<!should\s)(?<!can\s)ha(?:s|ve)(?=\s+(?:(?:an?|no)\s+)?(?:(?:\w+ly|statistically)\s+)*(?:higher|lower|greater|"
    r"smaller|larger|better|worse|more|less|fewer|shorter|longer|similar|comparable|significant|"
    r"positive|negative|beneficial|no)\b)|showed|achieved|attained|reached|experienced|"
    # not "X, reported in 17 (11%) of 152 patients": where, no object
    r"reported(?!\s+(?:in|among)\s+\d)|demonstrated|exhibited|presented|"
    r"displayed|received|(?<!are\s)(?<!\bis\s)(?<!\bbe\s)(?<!was\s)(?<!ere\s)(?:required|needed)|used|"
    r"consumed|gave|produced|caused|yielded|provided|"
    # a verb of doing with a comparative after it: "attended more consultations", "lost more
    # weight", "made fewer visits"
    r"(?:attended|made|performed|completed|took|spent|walked|gained|lost|missed|drank|ate|"
    r"smoked)(?=\s+(?:\w+ly\s+)*(?:more|less|fewer|greater|smaller|larger|higher|lower)\s)|"
    r"revealed|induced|resulted\s+in|led\s+to|translated\s+into|produces|"
    # the present tense of a result with a change or comparison after it ("A results in lower
    # X", "A leads to an improvement in X"); not the noun "results in patients with ..."
    r"(?:results\s+in|leads\s+to)(?=\s+(?:an?\s+)?(?:(?:\w+ly|statistically|significant)\s+)*"
    r"(?:higher|lower|greater|smaller|larger|better|worse|more|less|fewer|shorter|longer|"
    r"similar|comparable|improved|reduced|increased|decreased|improvements?|reductions?|"
    r"increases?|decreases?)\b)|"
    # "the A group tended to have poorer X": a hedged "had" with its comparative
    r"(?:tended|appeared|seemed)\s+to\s+have(?=\s+(?:(?:an?|no)\s+)?(?:(?:\w+ly|statistically)\s+)*"
    r"(?:higher|lower|greater|smaller|larger|better|worse|poorer|more|less|fewer|shorter|longer)"
    r"\b)|"
    r"(?:trended|tended)\s+towards?(?=\s+(?:an?\s+)?(?:\w+ly\s+)*(?:higher|lower|greater|smaller|"
    r"larger|better|worse|more|less|fewer|shorter|longer|improved|reduced|increased|"
    r"decreased)\s)|"
    r"benefited\s+from(?=\s+(?:an?\s+)?(?:\w+ly\s+)?"
    r"(?:reduced|increased|decreased|improved|lower|higher|greater|better|fewer|less|more|"
    r"shorter|longer)\b))\s+(?:(?:a|an|the)\s+)?"
    # "showed a (non-significant) trend towards greater X": X
    r"(?:(?:(?:non-?significant|significant|slight|weak)\s+)?(?:trend|tendency)\s+(?:towards?|for)\s+"
    r"(?:(?:a|an)\s+)?)?"
    r"(?:(?:significantly|significant|"
    r"statistically|numerically|slightly|markedly|notably|considerably|substantially|much)\s+)*(?:(?:higher|lower|greater|smaller|larger|better|worse|more|less|fewer|"
    r"shorter|longer|improved|reduced|increased|decreased|similar|comparable|identical|equal|"
    r"equivalent)\s+"
    # not the comparative of a threshold: "had greater than 80% pain relief"
    r"(?!than\s+[-−]?\d))?"
    r"(?:(?:(?:significant|positive|negative|beneficial|neutral|null|any|no|statistically)\s+)*"
    r"(?:effects?|impact|"
    r"influence)\s+(?:on|in|upon)\s+)?"
)
_WHICH_ALONE = re.compile(r"(?i)\s*which\s*")
# the end of a subject read without a verb: a number (not a digit inside a name: "Ki67",
# "HbA1c", "Interleukin-6"), a bracket, "in"/"among"/"with", or "at"/"after" a number
_FALLBACK_END = re.compile(
    r"(?<![\w/])(?<![A-Za-z]-)\d|\(|\s(?:in|among|with)\s|\s(?:at|after)\s+(?=\d)"
)


# a clause or participle before the comma that says how or when the result was read
# ("Adjusting for age, X was ...", "When all events were graded, X were ...", "As A replaced
# B, X fell", "Independent of treatment arm, X ..."), not what was measured
# a list of what was adjusted for runs to its "and" item ("Controlling for age, sex and BMI, X")
_NO_VERB = r"(?:(?!\b(?:was|were|is|are|had|has|showed)\b)[^,;()])"
_CLAUSE_LEAD = re.compile(
    r"(?i)\s*(?:when|once|as|adjusting|after\s+adjusting|controlling|independent(?:ly)?\s+of|"
    r"irrespective\s+of|regardless\s+of|"
    # a subgroup: "In patients who had no pain at baseline, ...", "Among women with X, ..."
    rf"(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{SUBJECT_NOUNS_PATTERN})\s+"
    r"(?:who|whose|with|without|aged|having))\b"
    rf"(?:{_NO_VERB}{{1,120}}?(?:,\s*{_NO_VERB}{{1,60}}?)*,?\s+(?:and|or)\s+{_NO_VERB}{{1,60}}|"
    r"[^,;()]{1,120}),\s*(?=[^\W\d])"  # not before a count ("When ..., 203 (50%) of ...")
)

# the authors reporting what they saw: "We (also) observed a decrease in X" reads as "a
# decrease in X" ("We found that ..." is ``_THAT``'s)
_WE_SAW = re.compile(
    r"(?i)\s*(?:we|(?:this|the|our)\s+(?:(?:present|current)\s+)?(?:study|trial))\s+"
    r"(?:also\s+|further\s+|additionally\s+)?(?:(?:observed|found|noted|note|saw|detected|"
    r"identified)|(?:did|does)\s+not\s+(?:find|observe|detect))\s+"
    r"(?!that\b|no\s+evidence\b|any\s+evidence\b)(?=\S)"
)

# what the data showed, "that" left out: "Exploratory analyses revealed the PFS advantage for A
# was seen in ...", "HR data indicated session intensity was lower": the clause after it
_DATA_SHOWED = re.compile(
    r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:analys[ie]s|results|data|findings)\s+(?:also\s+|further\s+)?"
    r"(?:revealed|showed|demonstrated|indicated|suggested|confirmed)\s+(?!that\b)"
    r"(?=[^,;()]{2,80}?\s(?:was|were|is|are)\s)"
)

# a section label the sentence splitter left in the sentence ("Results: The A group ...",
# "Interpretation - A was ..."), or the dash of one the tokenizer kept in the word before
_SECTION_LABEL = re.compile(
    r"(?i)\s*(?:(?:main\s+)?(?:results?|findings|conclusions?|interpretation)\s*"
    r"(?:\([^()]{0,60}\)\s*)?:|(?:(?:main\s+)?(?:results?|findings|conclusions?|"
    r"interpretation)\s+)?[-–—](?=\s))\s*(?=\S)"
)


# an analysis reporting what it saw: "Our current analysis found a comparable X", "This
# exploratory analysis did not show any differences in X"
_ANALYSIS_SAW = re.compile(
    r"(?i)\s*(?:this|our)\s+(?:(?:present|current|exploratory|secondary|pooled|post-hoc)\s+)?"
    r"(?:analysis|meta-analysis|NMA)\s+(?:also\s+)?(?:found|observed|showed|did\s+not\s+"
    r"(?:find|show|observe))\s+(?!that\b|no\s+evidence\b|any\s+evidence\b)(?=\S)"
)


def _we_saw(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "we found", "the study observed", "our analysis showed", "analyses revealed (that
    left out)" at ``start``."""
    return (
        _WE_SAW.match(text, start, end)
        or _ANALYSIS_SAW.match(text, start, end)
        or _DATA_SHOWED.match(text, start, end)
    )


def body_start(text: str, start: int, end: int) -> int:
    """Where the statement proper begins, after a section label, lead-ins and "... showed
    that"."""
    label = _SECTION_LABEL.match(text, start, end)
    if label:
        start = label.end()
    clause = _CLAUSE_LEAD.match(text, start, end)
    if clause:
        start = clause.end()
    # a clause split at ", while" opens with the opener's words: "non-significant, there was ..."
    hedge = _NOT_SIGNIFICANT_LEAD.match(text, start, end)
    if hedge:
        start = hedge.end()
    we_saw = _we_saw(text, start, end)
    if we_saw:
        start = we_saw.end()
    nor = _NOR_WAS.match(text, start, end)  # "..., nor was X (..)", "nor did X (..)": X
    if nor:
        start = nor.end()
    opener = _OPENER.match(text, start, end)
    if opener:
        start = opener.end()
        we_saw = _we_saw(text, start, end)  # "While we found ..."
        if we_saw:
            start = we_saw.end()
        hedge = _NOT_SIGNIFICANT_LEAD.match(text, start, end)  # "Although not significant, X"
        if hedge:
            start = hedge.end()
            we_saw = _we_saw(text, start, end)  # "Although non-significant, data indicated X"
            if we_saw:
                start = we_saw.end()
    lead = _LEAD_IN.match(text, start, end) or _TEST_LEAD.match(text, start, end)
    if lead:
        start = lead.end()
        we_saw = _we_saw(text, start, end)  # "At 28 months, we noted a decrease in X"
        if we_saw:
            start = we_saw.end()
    timed = _OPERATIVE_TIME.match(text, start, end)
    if timed:
        start = timed.end()
    including = _ENDPOINTS_INCLUDING.match(text, start, end)
    if including:  # "Secondary endpoints, including X (..), Y (..) and Z (..), were ...": X
        start = including.end()
    # every form of ``_THAT`` ends with "that": no search where the clause has none
    that = _THAT.search(text, start, end) if "that" in text[start:end].lower() else None
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
# "Mean (SD) total sleep time was 6.3 (1.0) ...", "Mean (standard deviation (SD)) X", "Median
# (IQR [range]) X": how the values are written, not the measure
_DECLARED_STATISTIC = re.compile(
    r"(?i)\s*(?:the\s+)?(?:mean|median|average)\s*(?:[(\[]\s*(?:±\s*)?(?:SDs?|SEM?|s\.d\.?|"
    r"standard\s+(?:deviation|error)|IQR|interquartile\s+range|range|95\s*%\s*CI)\s*"
    r"(?:[(\[]\s*[A-Za-z.]{2,5}\s*[)\]]\s*)?[)\]]|"
    r"±\s*(?:SDs?|SEM?))\s+(?=[^\W\d])"
)


def outcome_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The outcome phrase that starts at ``start`` (cut where an outcome ends, without
    determiners), or None."""
    return outcome_span(text, start, end)


def _after(pattern: re.Pattern[str], text: str, body: int, end: int) -> tuple[int, int] | None:
    """The outcome span right after a match of ``pattern`` in the statement, if any."""
    m = pattern.match(text, body, end)
    return outcome_span(text, m.end(), end) if m else None


# "A tended to / did not seem to / has been shown to reduce X": the hedge before the verb
_HEDGE_TO_END = re.compile(
    rf"(?i)\s+(?:(?:did|does|do)\s+not\s+)?{HEDGE_TO}\s*$|"
    rf"\s+(?:(?:has|have|had)\s+)?been\s+{HEDGE_SHOWN_TO}\s*$"
)


def _from_verb(text: str, body: int, end: int, copula: re.Match[str] | None) -> Statement | None:
    """Pattern 2: "ACTOR reduced OUTCOME" or "OUTCOME improved/did not differ"."""
    for verb in change_verbs(text, body, end):
        if copula and copula.start() < verb.start():
            return None
        if adjective_use(text, verb, body):  # "a lower rate of X": no verb
            continue
        if verb.group("v").lower() in ("change", "changes") and not verb.group("neg"):
            continue  # "the mean change in X": a noun unless "did not change"
        subject_end = verb.start()
        if RELATIVE_BEFORE.search(text, body, subject_end):
            return None  # "an app that increases adherence (..) could be beneficial": no claim
        hedge = _HEDGE_TO_END.search(text, body, subject_end)  # "A tended to reduce X": A
        if not subject_ok(text, body, hedge.start() if hedge else subject_end):
            continue
        if any(
            not RELATIVE_BEFORE.search(text, body, h.start())
            and direction_cue(text[h.start() : subject_end])
            for h in _HAD.finditer(text, body, subject_end)
        ):  # "A had a shorter X (..), reduced Y ...": "had" is the verb, "reduced" a modifier
            return None
        rest = text[verb.end() : end]
        bare = TRAILING_ADVERBS.sub("", text[body:subject_end].rstrip())  # "X also rose"
        subject = outcome_span(text, body, body + len(bare)) if bare else None
        on = _ON_WHAT.match(rest)
        if on and (
            _PEOPLE_OR_GROUP.search(text, body, subject_end)
            or _THEY.fullmatch(text, body, subject_end)
        ):  # "patients improved on X", "nor did they differ in X"
            span = outcome_span(text, verb.end() + on.end(), end)
            if span:
                return Statement(span, None, "verb")
        intransitive = verb.group("v").lower() in INTRANSITIVE and not (
            verb.group("v").lower().startswith("chang") and _CHANGE_OBJECT.match(rest)
        )  # "A did not significantly change total sleep time": "change" has an object
        if intransitive or PREPOSITION_START.match(rest):
            if subject:
                return Statement(subject, None, "verb")
            continue
        obj = outcome_span(text, verb.end() + len(rest) - len(rest.lstrip()), end)
        if obj:
            actor_text = TRAILING_ADVERBS.sub("", text[body:subject_end].rstrip())
            return Statement(obj, (body, body + len(actor_text)), "verb")
        if subject:  # "X increased significantly versus placebo": no object, X changed
            return Statement(subject, None, "verb")
    return None


def _from_copula(text: str, body: int, end: int, copula: re.Match[str]) -> Statement | None:
    """Pattern 3: "OUTCOME was higher ...", or "the groups were comparable for OUTCOME", or
    "PEOPLE were more sedated / less anxious ...": the state compared ("sedated"), or "84.6%
    of the patients were (significantly) improved ...": the state a share of them was in."""
    if not subject_ok(text, body, copula.start()):
        return None
    share = _SHARE_OF_PEOPLE.match(text, body, copula.start())
    if share and names_people(text[share.end() : copula.start()]):
        # "84.6% of the patients were significantly improved compared to 33.3% of ...": the
        # state the share of people was in
        state = _SHARE_STATE.match(text, copula.end(), end)
        span = outcome_span(text, state.end(), end) if state else None
        if span:
            return Statement(span, (body, copula.start()), "copula")
    if PEOPLE_SUBJECT.fullmatch(text, body, copula.start()):
        state = _PEOPLE_STATE.match(text, copula.end(), end)
        span = outcome_span(text, state.end(), end) if state else None
        if span:
            return Statement(span, (body, copula.start()), "copula")
    if _GROUP_SUBJECT.fullmatch(text, body, copula.start()) or (
        _PEOPLE_START.match(text, body, copula.start())
        and _GROUP_PREDICATE.match(text, copula.end(), end)
    ):
        target = _GROUP_PREDICATE.search(text, copula.end(), end)
        span = outcome_span(text, target.end(), end) if target else None
        return Statement(span, (body, copula.start()), "copula") if span else None
    span = outcome_span(text, body, copula.start())
    counted = (
        _COUNT_FIRST.match(text, body, copula.start())
        if span is None
        else _COUNTED_SUBJECT.match(text, span[0], copula.start())
    )
    if counted and not _UNIT_NEXT.match(text, counted.end()):
        # "12 (3.4%) relapses were observed in arm 1", "399 recurrences (164 with A and 235
        # with B) occurred": relapses, recurrences (not "24 h urine volume was ...")
        span = outcome_span(text, counted.end(), copula.start()) or span
    return Statement(span, None, "copula") if span else None


# a count opening the subject, set off by a space: "50 serious adverse events" (not "14C-ATP")
_COUNTED_SUBJECT = re.compile(r"\d[\d,]*(?:\s*\([^()]{0,20}\))?\s+(?!of\b)(?=[^\W\d_])")
_UNIT_NEXT = re.compile(
    r"(?i)(?:h|hrs?|hours?|min(?:utes)?|days?|weeks?|months?|years?|mg|g|kg|ml|cm|mm|points?)\b"
)
# a count before what it counts, not before its denominator ("227 (80%) of 285 patients")
_COUNT_FIRST = re.compile(r"\s*\d[\d,]*\s*(?:\([^()]{0,20}\)\s*)?(?!of\b)(?=[^\W\d_])")


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
    return _STATISTIC_NAME_FAST.found(phrase)


_STATISTIC_NAME_FAST = LowerCaseSearch(_STATISTIC_NAME)  # its words in lower case: faster


_SPECIFIED_AS = re.compile(  # "symptoms (P<0.01) in pain and fatigue": the measures named
    r"(?i)\s*,?\s*(?:(?:with\s+)?\(?\s*p\s*(?:-?\s*values?\s*)?[<>=≤≥]\s*[\d.]+\s*\)?\s*,?\s*)?"
    r"(?:in|regarding|in\s+terms\s+of|including|namely|such\s+as|for)\s+"
)


def _specified(text: str, span: tuple[int, int], end: int) -> tuple[int, int]:
    """A generic outcome ("symptoms", "scores") replaced by the measures named right after it
    ("a reduction of symptoms (P<0.01) in pain and fatigue" -> "pain and fatigue"); not when
    they are people or groups ("symptoms in both groups")."""
    if text[span[0] : span[1]].lower() not in GENERIC_OUTCOME:
        return span
    named = _SPECIFIED_AS.match(text, span[1], end)
    if named is None or _PEOPLE_OR_GROUP.match(text, named.end(), end):
        return span
    found = outcome_span(text, named.end(), end)
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
    topic = _TOPIC.match(text, start, end) or _GROUPS_TOPIC.match(text, start, end)
    found = _read_statement(text, topic.end() if topic else start, end)
    if topic and (
        found.outcome is None or names_no_measure(text[found.outcome[0] : found.outcome[1]])
    ):
        # "Concerning the insulin response, no significant differences were observed": the
        # topic is what was measured
        topical = outcome_span(text, *topic.span("topic"))
        if topical is not None:
            found = Statement(topical, found.actor, "topic")
    if found.actor and names_statistic(text[found.actor[0] : found.actor[1]].split("(")[0]):
        found = Statement(found.outcome, None, found.pattern)  # "the t test showed ...": no actor
    if found.actor:  # "Results revealed X": a result reported, by no actor
        actor = actor_core(text, found.actor)
        reported = actor is None and REPORTER.fullmatch(text[slice(*found.actor)].strip())
        found = Statement(found.outcome, actor, "reported" if reported else found.pattern)
    if found.actor is None and found.outcome is not None:  # "X differed, favoring A": A
        favored = favored_at_end(text, found.outcome[1], end)  # did better
        found = Statement(found.outcome, favored, found.pattern) if favored else found
    if found.outcome is None:
        return found
    outcome = found.outcome
    phrase = text[outcome[0] : outcome[1]]
    if _GROUPS_ONLY.fullmatch(phrase) or _GROUP_LETTERS.fullmatch(phrase):
        # "no significant changes were observed in groups A and B": groups, not a measure
        return Statement(None, found.actor, found.pattern)
    if _COUNT_ONLY.fullmatch(phrase.strip()):  # "Four (11%) and 15 (38%) relapses were ..."
        counted = _COUNTED_NOUN.match(text, outcome[1], end)
        # "... relapses were observed", "... in the B group underwent complete resection"
        noun = counted.span("noun") if counted else people_did_at_end(text, outcome[1], end)
        if noun is not None:
            found, outcome = Statement(noun, found.actor, found.pattern), noun
            phrase = text[noun[0] : noun[1]]
    if names_people(phrase):  # "Seven patients (6.6%) developed SSI": what they did or were
        done = people_did(text, outcome[1], end) or people_did_at_end(text, outcome[1], end)
        return _with_outcome(found, done) if done else found
    statistic = names_statistic(phrase)
    if not statistic and not names_no_measure(phrase):
        return _with_outcome(found, _specified(text, outcome, end))
    targets = [*_CHANGE_TARGET.finditer(text, outcome[1], end)]
    targets += _SIMILAR_FOR.finditer(text, outcome[1], end)
    for target in targets:
        span = outcome_span(text, target.end(), end)
        named = text[span[0] : span[1]] if span else ""
        if span and not names_no_measure(named) and not names_statistic(named):
            return _with_outcome(found, _specified(text, span, end))
    return Statement(None, found.actor, found.pattern) if statistic else found


# the topic a clause opens with: "Concerning the insulin response, ...", "With respect to pain,
# ...", "In terms of costs, ..."
_TOPIC = re.compile(
    r"(?i)\s*(?:(?:however|moreover|furthermore|also|additionally|finally),?\s+)?(?:concerning|"
    r"regarding|with\s+(?:respect|regard)\s+to|as\s+(?:for|regards)|in\s+terms\s+of|as\s+to)\s+"
    r"(?P<topic>[^,;()\[\]]{2,80}?)\s*,\s*(?=\S)"
)
# "For X, neither group / both groups improved": X was measured, the groups only changed
_GROUPS_TOPIC = re.compile(
    r"(?i)\s*for\s+(?P<topic>[^,;()\[\]]{2,60}?)\s*,\s*(?=(?:neither|both|either|each|all)\s+"
    r"(?:(?:of\s+)?(?:the\s+)?(?:two\s+|three\s+)?)(?:groups?|arms?)\b)"
)
# an outcome read as a bare count ("Four" of "Four (11%) and 15 (38%) relapses were observed")
# and the noun the counts count, after the other counts
_COUNT_ONLY = re.compile(rf"(?i)(?:\d[\d,]*|{WORD_NUMBER_PATTERN})")
_COUNTED_NOUN = re.compile(
    rf"(?i)(?:\s*[(\[][^()\[\]]{{1,20}}[)\]])?(?:\s*(?:,|and|vs\.?|versus)\s*(?:\d[\d,]*|"
    rf"{WORD_NUMBER_PATTERN})(?:\s*[(\[][^()\[\]]{{1,20}}[)\]])?)+\s+(?P<noun>[a-z][\w-]*"
    r"(?:\s+(?!(?:were|was|in|of|with|occurred)\b)[\w-]+){0,3}?)(?=\s+(?:were|was|in|occurred)\b)"
)


# a clause's last words naming the arm that did better: ", favoring A", "; in favour of the A
# group", ", with a difference favouring A"
_FAVORED_AT_END = re.compile(
    r"(?i)[,;]\s*(?:(?:with\s+)?(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:differences?|effects?|"
    r"trends?|results?|benefits?)\s+)?(?:\w+ly\s+)?(?:favou?ring|in\s+favou?r\s+of)\s+(?:the\s+)?"
    r"(?=[^\W\d_])"
)


def favored_at_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The arm a clause's tail says did better (", favoring A (P = 0.03)", ", in favour of
    the A group", ", with a difference favouring A" -> "A", "A group"), after ``start``;
    else None."""
    if "favo" not in text[start:end].lower():
        return None
    m = _FAVORED_AT_END.search(text, start, end)
    colon = text.find(":", m.end(), end) if m else -1  # "favoring A: -1.19 (99% CI ...)"
    return actor_from(text, m.end(), end if colon < 0 else colon) if m else None


# a clause that is only "not" and what the clause before did not do to it ("..., but not the
# risk of death (RR 0.96 ...)"), with no verb of its own ("not all patients responded" has one)
_NOT_ITEM = re.compile(r"(?i)\s*(?:but\s+)?not\s+(?!(?:only|all|every|each|significant\w*)\b)")
_FINITE_IN_ITEM = re.compile(
    r"(?i)\b(?:was|were|is|are|did|do|does|had|has|have|showed|remained)\b"
)


_NO_SUBJECT = re.compile(  # "..., but was superior in Y", "A reduced X and increased Y": the
    # verb opens the clause
    r"(?i)\s*(?:(?:also|then|still|only|later|significantly|may|might|could|probably|likely|"
    r"possibly)\s+)*(?:was|were|is|are|had|has|have|did|showed|remained|became|appeared|tended|"
    r"increased|decreased|reduced|improved|lowered|raised|elevated|results?\s+in|leads?\s+to)\b"
)


# a clause that opens with a change named as a noun, with no subject of its own ("... and a
# decrease in Y")
_CHANGE_NOUN_START = re.compile(
    r"(?i)\s*(?:(?:and|but)\s+)?(?:(?:a|an)\s+)?(?:(?:statistically\s+)?significant\s+|"
    r"(?:greater|larger|smaller|marked|further|slight)\s+)*(?:reductions?|improvements?|"
    r"increases?|decreases?|declines?|rises?)\s+(?:in|of)\s"
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
    was not superior in X, but was superior in Y": actor A, outcome "Y"; "A showed an increase
    in X and a decrease in Y": actor A, outcome "Y"), or None when the clause has a subject or
    the one before has none."""
    if _LIKELY_START.match(text, start, end) and previous.actor is not None:
        # "A were more likely to X and 2.7 times less likely to Y": A's too
        found = read_statement(text, start, end)
        return Statement(found.outcome, previous.actor, "likely") if found.outcome else None
    if previous.actor is not None and not_item(text, start, end, previous.actor[0]):
        # "A reduced X (...), but not Y (...)": A did not reduce Y; "not" stays for the claim
        found = read_statement(text, start, end)
        return Statement(found.outcome, previous.actor, found.pattern) if found.outcome else None
    if previous.actor is not None and _CHANGE_NOUN_START.match(text, start, end):
        # "A showed an increase in X and a decrease in Y": A's decrease in Y
        found = read_statement(text, start, end)
        if found.outcome and found.actor is None:
            return Statement(found.outcome, previous.actor, found.pattern)
        return None
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
    if MORE_PEOPLE.match(phrase) or _COUNTED_QUANTITY.match(phrase):
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
    if likely and (span := outcome_span(text, likely.end(), end)):
        return Statement(span, None, "likely")
    body = body_start(text, start, end)
    corresponds = read_corresponds(text, body, end)
    if corresponds:
        return corresponds
    often = _PEOPLE_MORE_OFTEN.match(text, body, end)
    if often and (span := outcome_span(text, often.end(), end)):
        return Statement(span, often.span("people"), "verb")
    for pattern, name in ((_MEASURE_FOR, "measure-for"), (_CHANGE_IN, "change-in")):
        m = pattern.match(text, body, end)
        if m:
            stop = _GROUP_AFTER_MEASURE.search(text, m.end(), end)
            span = outcome_span(
                text, m.end(), stop.start() if stop and name == "measure-for" else end
            )
            if span and name == "change-in":
                acted = acted_on(text, m, span, end) or before_predicate(text, body, span, end)
                if acted and acted.outcome:  # "The effect of A on pain was larger": A acted
                    return acted
                if effect_of(m):  # "The benefit of A was greatest in women": A acted, on
                    return Statement(seen_on(text, span[1], end), span, name)  # no outcome
            if span:
                return Statement(span, seen_with(text, span[1], end), name)
    nominal = nominal_change(text, body, end)
    if nominal:
        return nominal
    favored = read_favoring(text, start, body, end)
    if favored:
        return favored
    there = (
        _after(_THERE_WAS, text, body, end)
        or _after(_THERE_WAS_NO, text, body, end)
        or _after(_THERE_WAS_COUNT, text, body, end)
    )
    if there:
        return Statement(there, None, "change-in")
    hedged = hedged_effect(text, body, end)
    if hedged:
        return hedged
    not_shown = _NOT_SHOWN.search(text, body, end)
    if not_shown and subject_ok(text, body, not_shown.start()):  # "X did not show a difference"
        span = outcome_span(text, body, not_shown.start())
        if span and _GROUPS_ONLY.fullmatch(text, *span):  # "The three groups did not show a
            target = _DIFFERENCE_TARGET.search(text, not_shown.end(), end)  # difference in Y"
            span = outcome_span(text, target.end(), end) if target else None
        if span:
            return Statement(span, None, "verb")
    difference = (
        _DIFFERENCE_START.search(text, body, end)
        or _BARE_DIFFERENCE.match(text, body, end)
        or _DIFFERENCE_LEAD.match(text, body, end)
    )
    target = _DIFFERENCE_TARGET.search(text, difference.end(), end) if difference else None
    span = outcome_span(text, target.end(), end) if target else None
    if span:
        return Statement(span, None, "change-in")
    there = _after(_THERE_ANY, text, body, end)
    if there and not NO_OUTCOME_WORD.fullmatch(text, *there):
        return Statement(there, None, "change-in")
    associated = _ASSOCIATED.search(text, body, end)
    if associated and subject_ok(text, body, associated.start()):
        change = _CHANGE_IN.match(text, associated.end(), end)  # "with a 30% reduction in X"
        span = outcome_span(text, change.end() if change else associated.end(), end)
        if span:
            return Statement(span, (body, associated.start()), "associated")
    better = _BETTER_AT.search(text, body, end)
    if better and subject_ok(text, body, better.start()):
        span = outcome_span(text, better.end(), end)
        if span:
            return Statement(span, (body, better.start()), "better-at")
    counted = counted_people(text, body, end)
    if counted:
        return counted
    lasted = read_lasted(text, body, end)
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
            if (
                not RELATIVE_BEFORE.search(text, body, h.start())
                # "..., which resulted in X": the clause before did, no group of people
                or _WHICH_ALONE.fullmatch(text, body, h.start())
            )
            and not (
                h.group(0).split()[0].lower() in ("has", "have") and "," in text[body : h.start()]
            )
        ),
        None,
    )
    if had and subject_ok(text, body, had.start()):
        favoring = _FAVORING.match(text, had.end(), end)
        subject = outcome_span(text, body, had.start())
        if favoring and subject and not names_no_measure(text[subject[0] : subject[1]]):
            # "Other outcomes showed similar evidence favoring A": the outcomes, A did better
            return Statement(subject, actor_from(text, favoring.end(), end), "favoring")
        if _BARE_CHANGE.match(text, had.end(), end) and not _PEOPLE_OR_GROUP.search(
            text, body, had.start()
        ):  # "X showed a significant increase (P<0.01)": X is what changed
            subject = outcome_span(text, body, had.start())
            if subject and not names_no_measure(text[subject[0] : subject[1]]):
                return Statement(subject, None, "subject-change")
        lead = LEADING_CHANGE.match(text, had.end(), end)  # "significant (P<0.01) reduction in"
        at = lead.end() if lead and "(" in lead.group(0) else had.end()
        bracket = _LEADING_BRACKET.match(text, at, end)  # "had increased (p < 0.05) X"
        span = outcome_span(text, bracket.end() if bracket else at, end)
        if span is None and lead and not _NOT_A_MEASURE_START.match(text, lead.end(), end):
            span = outcome_span(text, lead.end(), end)  # "had a more significant decrease in the X"
        if span:
            return Statement(span, (body, had.start()), "had")
    did = people_verb(text, body, end)
    if did:
        return did
    fallback = _FALLBACK_END.search(text[body:end])
    span = outcome_span(text, body, body + fallback.start()) if fallback else None
    if span and _PREPOSITION_FIRST.match(text, *span):
        span = None  # "for the ≥2 cm definition 35% versus 38%": no subject named
    return Statement(span, None, "fallback" if span else "none")


# "(similar) evidence / results / trends favoring A", "a benefit in favour of A": A did better
_FAVORING = re.compile(
    r"(?i)(?:(?:similar|consistent|some|strong|weak|clear|further)\s+)*(?:evidence|results?|"
    r"effects?|trends?|benefits?|differences?)\s+(?:favou?ring|in\s+favou?r\s+of)\s+"
    r"(?:the\s+)?(?=[^\W\d_])"
)


# what a change is in that is not a measure: a group, people, a quantifier ("a decrease in
# group A", "an improvement in all (n = 6) or at least one")
_NOT_A_MEASURE_START = re.compile(
    r"(?i)(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:groups?|arms?|patients|participants|subjects)\b|"
    r"(?:all|at\s+least|one|both|each|either|any|some|most|none|following)\b)"
)
_LEADING_BRACKET = re.compile(r"\([^()]{0,40}\)\s+")


_PREPOSITION_FIRST = re.compile(
    r"(?i)(?:for|in|at|with|on|by|among|from|to|of|after|during|versus|vs)\b(?!-)"
)


_BARE_CHANGE = re.compile(  # a change noun with no "in X" after it
    r"(?i)(?:(?:a|an)\s+)?(?:(?:statistically|clinically|significant|marked|substantial|slight|"
    r"modest|notable|considerable|steady|gradual|further|large|small)\s+)*(?:increases?|"
    r"decreases?|reductions?|improvements?|declines?|rises?|falls?|drops?|deteriorations?)\b"
    r"(?!\s+(?:in|of|on|for|regarding|to)\b)"
    # "X showed no (significant) differences between the groups", "X exhibited no difference
    # in either group", "X displayed no significant change": X
    r"|(?i:" + NO_SIGNIFICANT_CHANGE + r"(?:\s+between|\s+in\s+(?:either|both|any|the\s+two)\b|"
    r"(?!\s+(?:in|of|on|for|regarding|to)\b)))\b"
)
