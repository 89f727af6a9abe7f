"""Clauses that state no result, however many numbers they hold.

Not a component: ``evg_claims`` uses these to drop a clause before reading its claims:

- what the trial did or planned, not what it found (``not_result``): who was randomised or
  excluded, the sample size, the aims and hypotheses, the further work needed;
- comparisons before treatment or at baseline (``at_baseline``, ``PRE_TREATMENT_FAST``), unless
  the clause is also after treatment (``AFTER_TREATMENT_FAST``) or says what the baseline value
  predicts (``PROGNOSTIC``); so too a claim whose outcome is the baseline itself ("no
  difference at baseline between the groups", "the baseline X scores": ``BASELINE_OUTCOME``),
  unless its clause says how it changed ("from 6.9 to 7.8", ``CHANGE_FROM_TO``);
- who the participants are (``DEMOGRAPHIC_FAST``, ``DEMOGRAPHIC_OUTCOME``);
- what was commonest, without values of two arms, a statistic or a comparison
  (``MOST_COMMON_FAST``).

A change from a value before treatment ("fell from 5.5 before treatment to 1.2",
``FROM_BEFORE``) is a result, and is blanked before these tests.
"""

from __future__ import annotations

import re

from extractors.caseless import LowerCaseSearch, holds_any
from extractors.numbers import WORD_NUMBER_PATTERN

NOT_RESULT = re.compile(
    r"(?i)\b(?:were|was)\s+(?:initially\s+|subsequently\s+|then\s+)?(?:randomi[sz]ed|enrolled|"
    r"included|recruited|screened|excluded|allocated|assigned)|\bbaseline\b|"
    r"\bcompleted\s+the\s+(?:study|trial)|\blost\s+to\s+follow|"
    r"\bfailed\s+to\s+(?:keep|attend|complete)\s+(?:the\s+)?follow|"
    r"\bwithdr[ae]w|\bdropped\s+out|\bpowered\b|\bsample\s+size\b|"
    # an allocation that opens with its count: "Sixty-nine (49.3%) assigned to A and 71 to B"
    r"^\W*(?:\d[\d,]*|" + WORD_NUMBER_PATTERN + r")\s+(?:\([^()]{1,20}\)\s+)?"
    r"(?:(?:patients|participants|subjects|women|men|children)\s+)?(?:were\s+)?(?:randomly\s+)?"
    r"(?:assigned|allocated|randomi[sz]ed)\s+(?:to|in|into)\b|"
    # adherence: "942 (89%) received A as allocated"
    r"\breceived\b[^.;]{1,80}?\bas\s+(?:allocated|assigned)\b|"
    # the trial's power: "aimed to be at a power of 80% to detect a 36% increase", "90% power"
    r"\bpower\s+of\s+\d|\b\d+\s*%\s+power\b|"
    # what the trial is: "PREVENT was the first prospective, randomized study of A"
    r"\b(?:is|was)\s+(?:the|an?)\s+[^.;]{0,80}?\b(?:trial|study)\s+(?:of|to)\b|"
    # a sample size's assumption and an intervention's aim: "assuming a risk reduction of 50%
    # from 50% to 25%", "counseling to reduce fat intake to a target of 15% of calories"
    r"\bassuming\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:reduction|difference|increase|improvement|"
    r"rate|risk|effect)s?\b|\bto\s+a\s+target\s+of\b|"
    r"\bto\s+(?:detect|determine|show)\s+an?\s+(?:\d[\d.]*\s*%?\s+)?difference|"
    r"\b(?:before|prior\s+to)\s+(?:the\s+)?(?:intervention|treatment|randomi[sz]ation)|"
    r"\bpre-?(?:intervention|treatment|randomi[sz]ation)\b|"
    # a clause that opens with the further work needed ("However, larger trials are needed to
    # confirm ..."): no result (not "A lowered X, yet further study is needed")
    r"^\W*(?:(?:however|thus|therefore|hence|moreover|nevertheless|nonetheless|overall),?\s+)?"
    r"(?:[\w-]+,?\s+){0,6}?(?:stud(?:y|ies)|trials?|research|investigations?|evidence|work|RCTs?|"
    r"testing|evaluations?|validation)\b"
    r"[^.;:]{0,120}?\b(?:is|are|will\s+be|remains?)\s+(?:still\s+|\w+ly\s+)?"
    r"(?:needed|required|warranted)\b|"
    # what the trial set out to learn, not what it found: "We hypothesize that A will lower
    # X", "to investigate whether A improves X", "The aim of this study was to ...", "the
    # hypothesis that A lowers X" (not "Consistent with our hypothesis, A lowered X")
    r"\b(?:we|they|i)\s+(?:\w+ly\s+)?hypothesi[sz]e[ds]?\b|\bhypothesis\s+that\b|"
    r"\bto\s+(?:investigate|test|determine|examine|see|assess|evaluate|explore|establish|"
    r"clarify|find\s+out|ascertain|judge|verify|confirm|identify|understand)\s+(?:whether|if)\b|"
    # a protocol's plan: "The present study will summarize the evidence ..."
    r"\b(?:this|the\s+present|the\s+current|our)\s+(?:study|trial|review|protocol|"
    r"meta-analysis|analysis)\s+will\b|"
    # "the findings point to a need for better-designed trials": work to do, no result
    r"\b(?:point(?:s|ed)?\s+to|highlight(?:s|ed)?|underline[sd]?|underscore[sd]?)\s+(?:a|the)\s+"
    r"(?:\w+\s+)?need\s+for\b|"
    # a test of interaction between factors ("The interaction between vitamin A and D
    # supplementation was not significant")
    r"^\W*(?:the\s+)?interactions?\s+(?:between|of)\b|"
    r"\b(?:aims?|purposes?|objectives?)\s+(?:of\s+(?:this|the|our)\s+(?:\w+\s+){0,2}?"
    r"(?:study|trial|work|analysis)\s+)?(?:is|was|were|are)\s+to\b|"
    # what the trial set out to do and how: "This ... study sought to evaluate the role of A in
    # preventing X", "we conducted a randomized phase II trial of A versus B", "we randomly
    # assigned 516 patients ... to A or B"
    r"\b(?:sought|aimed|set\s+out|(?:was|were)\s+(?:designed|performed|conducted|undertaken|"
    r"carried\s+out))\s+to\s+(?:evaluate|assess|investigate|determine|compare|examine|test|explore|"
    r"study|confirm|establish|verify)\b|"
    r"\bwe\s+(?:conducted|performed|undertook|designed|carried\s+out|initiated)\s+(?:a|an|this)\s+"
    r"[^.;]{0,80}?\b(?:trial|study)\b|"
    r"\bwe\s+(?:randomly\s+)?(?:assigned|randomi[sz]ed|allocated)\b|"
    # "The ABC Trial randomly assigned 2144 women ... to A versus B" (not "patients in the trial
    # randomly assigned to A had less X": a participle)
    r"\b(?:trial|study)\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\b(?!\s+to\b)"
)
# a word of every alternative of NOT_RESULT: a clause with none is searched no further
_NOT_RESULT_WORDS = (
    "randomi", "enrolled", "included", "recruited", "screened", "excluded", "allocated",
    "assigned", "baseline", "completed", "lost", "failed", "withdr", "dropped", "power", "sample",
    "assuming", "target", "trial", "study",
    "difference", "before", "prior", "pre", "need", "required", "warranted", "hypothes",
    "investigate", "test", "determine", "examine", "see", "assess", "evaluate", "explore",
    "establish", "clarify", "find", "ascertain", "judge", "verify", "confirm", "identify",
    "understand", "will", "aim", "purpose", "objective", "interaction", "sought", "set out",
    "designed", "conducted", "performed", "undertook", "carried out", "initiated",
)  # fmt: skip


# how long the trial followed its people: "(the) median follow-up (time)", "mean duration of
# follow-up", "median follow-up durations"
_FOLLOW_UP = (
    r"(?:the\s+)?(?:(?:median|mean|average)\s+)(?:(?:duration|length)\s+of\s+)?follow[\s-]*up"
    r"(?:\s+(?:times?|periods?|durations?))?"
)
# an outcome that is how long the trial followed its people: "The 2 groups differed with
# respect to median follow-up durations, which were 148 months (...) in group 1 and 45 ..."
FOLLOW_UP_OUTCOME = re.compile(r"(?i)" + _FOLLOW_UP)
# a clause that says only how long the trial followed its people: "median follow-up was
# approximately 23 months in both arms" (not "after a median follow-up of 5 years, A ...")
_FOLLOW_UP_ONLY = re.compile(
    r"(?i)^\W*" + _FOLLOW_UP + r"\s+(?:was|is)\s+(?:approximately\s+|about\s+|nearly\s+)?"
    r"\d[\d.·]*\s*(?:months?|years?|weeks?|days?)"
    r"(?:\s+(?:in|for)\s+(?:both|all|each|the\s+two)\s+(?:arms?|groups?|cohorts?))?\W*$"
)


# a test of whether the effect differs by subgroup, not a comparison of the arms: "Subgroup
# analyses revealed no differences related to TAP block technique (P = 0.64), anaesthetic
# strategy (P = 0.53) ...", "There was no significant treatment-by-age interaction (P = 0.4)"
_EFFECT_MODIFIERS = re.compile(
    r"(?i)\bsub-?group\s+analys[ie]s\b[^.;]{0,60}?\bno\s+(?:statistically\s+)?(?:significant\s+)?"
    r"(?:differences?|heterogeneity|interactions?|effect\s+modification)\s+(?:related\s+to|by|"
    r"according\s+to|across|in\s+relation\s+to|with\s+respect\s+to)\b|"
    r"\bno\s+(?:statistically\s+)?(?:significant\s+)?(?:[\w-]+[\s-]+by[\s-]+[\w-]+\s+)?"
    r"(?:interactions?|heterogeneity)\b"
)


def effect_modifiers_only(clause: str) -> bool:
    """Whether a clause only says the effect did not differ by subgroup
    (``_EFFECT_MODIFIERS``): each factor it lists is no outcome, so it makes no claim."""
    return ("nteraction" in clause or "ubgroup" in clause or "eterogeneity" in clause) and (
        _EFFECT_MODIFIERS.search(clause) is not None
    )


def not_result(clause: str) -> bool:
    """``NOT_RESULT.search(clause)``, after a quick test for its words (``holds_any``), or a
    clause that says only how long the trial followed its people (``_FOLLOW_UP_ONLY``)."""
    if "follow" in clause and _FOLLOW_UP_ONLY.match(clause):
        return True
    return holds_any(clause, _NOT_RESULT_WORDS) and NOT_RESULT.search(clause) is not None


_PRE_TREATMENT = re.compile(
    r"(?i)\b(?:before|prior\s+to)\s+(?:the\s+)?(?:intervention|treatment|randomi[sz]ation|"
    r"education|training|surgery)\b|\bbaseline\s+characteristics\b"
)
AT_BASELINE = re.compile(
    # "At baseline, X was higher in ...", "At randomisation", "At the time of enrolment",
    # "Baseline HbA1c was higher in ...", "The mean baseline score was": not "baseline-adjusted
    # X", "from baseline", "patients with high X at baseline had ..." (a subgroup)
    r"(?i)^\W*(?:(?:and|but|while|whereas)\s+)?(?:at\s+(?:the\s+time\s+of\s+|the\s+)?(?:baseline|"
    r"randomi[sz]ation|enrol(?:l)?ment|inclusion|(?:study\s+|trial\s+)?entry)\b|(?:the\s+)?"
    r"(?:(?:mean|median)\s+)?baseline\b(?![\s-]*adjusted))|"
    # "X at baseline was 10 mm in all groups", "X at enrolment was 4.5 in the A arm and 5 in
    # the B arm"
    r"\bat\s+(?:baseline|randomi[sz]ation|enrol(?:l)?ment|(?:study\s+|trial\s+)?entry)\s+"
    r"(?:was|were)\b"
)
_AT_WORDS = ("baseline", "randomi", "enrol", "entry")


def at_baseline(clause: str) -> bool:
    """``AT_BASELINE.search(clause)``: without "baseline", "randomi", "enrol" or "entry"
    only its opening alternative can match, at the start (``match``), much faster than a
    search."""
    if holds_any(clause, _AT_WORDS):
        return AT_BASELINE.search(clause) is not None
    return AT_BASELINE.match(clause) is not None


# what a baseline value predicts is a result: "Baseline ctDNA was associated with shorter ..."
PROGNOSTIC = re.compile(r"(?i)\bassociat\w*\s+with\b|\bpredict\w*|\bprognos\w*")
# who the participants are, which no treatment changes: "Patients in the A group were older
# (p=0.03) and more often male (p=0.04)"
_DEMOGRAPHIC = re.compile(
    r"(?i)\b(?:were|was)\s+(?:(?:\w+ly|also|slightly|somewhat)\s+)*(?:older|younger)\b|"
    r"\b(?:more|less)\s+(?:often|frequently|commonly|likely\s+to\s+be)\s+(?:male|female|men|"
    r"women|boys|girls|smokers)\b"
)
# an outcome measured before treatment: "no significant difference at baseline between the
# groups", "no difference ... in the baseline X mean scores", "Median baseline HbA1c was 8.4%
# and 8.3%" (how the arms started, no result; not "increased their baseline X from 6.9 to 7.8")
BASELINE_OUTCOME = re.compile(
    r"(?i)(?:the\s+)?(?:(?:differences?|imbalances?)\s+)?at\s+baseline|"
    r"(?:the\s+)?(?:(?:mean|median|average)\s+)?baseline\s+(?![-–])[^,;()]{1,60}"
)
CHANGE_FROM_TO = re.compile(r"(?i)\bfrom\s+[-−]?\d[^;]{0,40}?\bto\s+[-−]?\d")
# how much pooled trials differed, listed after a pooled result: "..., with low heterogeneity
# (I2 = 0%)"; no outcome of the arms
HETEROGENEITY_OUTCOME = re.compile(
    r"(?i)(?:with\s+)?(?:(?:no|low|little|minimal|mild|modest|moderate|high|substantial|"
    r"considerable|significant|important|statistical)\s+)*heterogeneity"
)
# an outcome that is who the participants are: "Mean age was higher in the A group (p=0.02)",
# "(Patient) demographics", "(in terms of) demographic characteristics"
DEMOGRAPHIC_OUTCOME = re.compile(
    r"(?i)(?:(?:in\s+)?(?:terms|regards?|respect)\s+(?:of|to)\s+)?(?:the\s+)?(?:(?:mean|median|"
    r"average|patients?'?|participants?'?|baseline)\s+)*(?:age|sex|gender|demographics|"
    r"(?:demographic|clinical)(?:\s+and\s+clinical)?\s+(?:characteristics|data|features))"
    r"(?:\s+distribution)?|(?:the\s+)?(?:proportion|percentage|number)\s+of\s+(?:men|women|"
    r"males|females|boys|girls)"
)
# what was commonest, among one group's events or the studies: "The most frequent adverse
# events with A were X, Y and Z", "X was the most commonly used score"; no comparison
_MOST_COMMON = re.compile(r"(?i)\b(?:most\s+(?:frequent|common)(?:ly)?|commonest)\b")
FROM_BEFORE = re.compile(  # a change from its value before treatment is a result
    r"(?i)\bfrom\s+[-−–]?\d[\d.]*[^;,()]{0,30}?\b(?:before|prior\s+to)\s+(?:the\s+)?"
    r"[\w-]+\s+to\s+[-−–]?\d"
)
_AFTER_TREATMENT = re.compile(
    r"(?i)\bafter\b|\bpost-?(?:intervention|treatment)\b|\bfollow-?up\b|"
    r"\b(?:at|by)\s+(?:(?:day|week|month|year|visit)\s+\d|\d+\s*(?:days?|weeks?|months?|years?)\b)|"
    r"\bend\s+of\s+(?:the\s+)?(?:study|trial|treatment|intervention|follow)"
)
# these spell their words in lower case: searched faster in the lower-cased text
PRE_TREATMENT_FAST = LowerCaseSearch(_PRE_TREATMENT)
AFTER_TREATMENT_FAST = LowerCaseSearch(_AFTER_TREATMENT)
DEMOGRAPHIC_FAST = LowerCaseSearch(_DEMOGRAPHIC)
MOST_COMMON_FAST = LowerCaseSearch(_MOST_COMMON)
