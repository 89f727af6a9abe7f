"""The ``evg_sentences`` component: rule-based sentence boundaries for abstracts.

Reads ``Doc._.sections``; assigns ``token.is_sent_start`` for every token. Method: a sentence
ends at ".", "!" or "?" (closing quotes or brackets allowed) followed by white space and an
upper-case letter, a digit or an opening bracket, unless the word before the stop is a
known abbreviation ("e.g.", "i.e.", "vs.", "et al.", "Fig.", "approx.", "no."; not the
letter of a group: "... in group P. In the first hour") or the stop
lies inside a balanced pair of parentheses ("(n=32. ..)"). Decimals ("0.05", "p<.05") never
end a sentence because no white space follows their dot. Every line, every section body and
the title start a new sentence, so sentences never cross section or title boundaries (a
"Results:" label is a sentence of its own). A section label written inside the text also
starts a sentence where no white space marks it: glued to the stop before it ("...was
done.Results: Pain fell", "...or not?Methods - We sent") or an upper-case label after a
sentence left without its stop ("... and 12% DISCUSSION/CONCLUSION: The drug ..."); the
label stays at the head of its sentence, as after a stop and a space (where the tokenizer
leaves the label inside one token, "not?Methods", the sentence starts at the next token).

Example: "Pain fell (p<0.05 vs. placebo, e.g. at week 2). Sleep did not change." is two
sentences.
"""

from __future__ import annotations

import re
from typing import cast

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from extractors.components.inputs import text_of
from extractors.components.sections import declare_section_extensions
from extractors.numbers import opening_with

# the next sentence opens with a capital, a digit, or a short name in mixed case ("pCR", "mOS",
# "ctDNA", "eGFR")
_STOP = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“(\[]?(?:[A-Z0-9Α-Ω]|[a-z]{1,2}[A-Z]))")
_ABBREVIATIONS = {
    "e.g", "i.e", "vs", "v", "al", "fig", "figs", "approx", "ca", "cf", "no", "nos", "dr",
    "mr", "mrs", "ms", "st", "vol", "resp", "incl", "viz", "inc", "ltd", "co", "jr", "sr",
    "u.s", "u.k", "max", "min", "sec", "ref", "refs", "eq", "tab", "suppl", "dept", "univ",
    "mo", "wk", "yr", "yrs", "hr", "mos", "pts", "n.s", "p", "ed", "eds",
}  # fmt: skip
# units and counts written short: they end a sentence when a capital follows ("186 treated
# pts. There were 60 failures"), not a number ("for 5 yrs. 12 ...")
_UNIT_ABBREVIATIONS = {"mo", "wk", "yr", "yrs", "hr", "mos", "pts", "min", "max", "sec"}
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# "... 9.30% in group P. In the first 24 hours": a group's letter, not the abbreviation "p."
_GROUP_LETTER_BEFORE = re.compile(r"\b(?i:groups?|arms?|cohorts?)\s+[A-Z]$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z][a-z]")
# an arm's or a condition's short name in capitals, no abbreviation: "... receiving ST. After",
# "patients with MS. The", "in the ED. Pain"
_ACRONYM = re.compile(r"[A-Z]{2,}")
_MAX_PAREN = 400
_NEWLINE = re.compile(r"\n\s*")
_LABEL_WORD = (
    r"background|introduction|objectives?|aims?|purpose|methods?|methodology|materials?|"
    r"design|settings?|participants|patients|subjects|interventions?|measurements?|"
    r"outcomes?|measures?|results?|findings|conclusions?|discussion|interpretation|"
    r"implications|relevance|significance|limitations|registration|sources|selection|"
    r"extraction|synthesis|context|importance|funding|trial\s+registration"
)
# "done.Results: Pain", "not?Methods - We", "effects.Trial registration (:) NCT..."
_GLUED_LABEL = re.compile(
    rf"(?<=[\w)\]%][.!?])(?=(?=[A-Z])(?i:{_LABEL_WORD})\b(?:[ /&]+(?:and\s+)?[A-Za-z]+)?"
    r"\s*(?::|\s[-–—]\s)|Trial\s+registration\b)"
)
# "and 12% DISCUSSION/CONCLUSION: The", "19 TRIAL DESIGN: Multi-centre": capitals and a colon
# (tried only at a capital letter: ``opening_with``)
_CAPITAL_LABEL = opening_with(
    "A-Z", rf"(?<=[^\s.!?:;] )(?:[A-Z]{{2,}}[ /&]+)*?(?:{_LABEL_WORD.upper()})(?=:\s)"
)
# What each label pattern must hold, found fast where the patterns (which open with a
# look-behind) try every position: a stop glued to a capital letter; a label word in capitals
# before a colon. A text without it has no match (36 and 540 of the 833 RCT abstracts have it).
_GLUED_HINT = re.compile(r"[.!?][A-Z]")
# a full stop glued to the next sentence after a bracket, a percent or a number: "(n = 877).The
# primary outcome ...", "was 12%.In the"
_GLUED_STOP = re.compile(r"(?<=[)\]%\d][.!?])(?=[A-Z][a-z]+\s)")
_CAPITAL_HINT = re.compile(rf"(?:{_LABEL_WORD.upper()})(?=:\s)")
_BRACKET = re.compile(r"[()\[\]]")


def _protected(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside balanced parentheses/brackets of ``text[start:end]`` (shorter than 400)."""
    spans = []
    stack: list[int] = []
    for m in _BRACKET.finditer(text, start, end):
        i = m.start()
        if m.group(0) in "([":
            stack.append(i)
        elif stack:
            opened = stack.pop()
            if i - opened < _MAX_PAREN:
                spans.append((opened, i))
    return spans


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Character offsets where sentences begin inside ``text[start:end]``."""
    starts = [start]
    starts.extend(m.end() for m in _NEWLINE.finditer(text, start, end))
    if _GLUED_HINT.search(text, max(0, start - 1), end):  # the stop may lie just before start
        starts.extend(m.end() for m in _GLUED_LABEL.finditer(text, start, end))
        starts.extend(m.end() for m in _GLUED_STOP.finditer(text, start, end))
    if _CAPITAL_HINT.search(text, start, end):
        starts.extend(m.start() for m in _CAPITAL_LABEL.finditer(text, start, end))
    protected = _protected(text, start, end)
    for m in _STOP.finditer(text, start, end):
        stop = m.start()
        if text[stop] == ".":
            word = _WORD_BEFORE.search(text, max(start, stop - 12), stop)
            short = word.group(1).lower().strip(".") if word else ""
            if (
                short in _ABBREVIATIONS
                and not _ACRONYM.fullmatch(word.group(1) if word else "")
                and not _GROUP_LETTER_BEFORE.search(text, max(start, stop - 12), stop)
                and not (short in _UNIT_ABBREVIATIONS and _CAPITAL_NEXT.match(text, m.end()))
            ):
                continue
        if any(opened < stop < closed >= m.end() for opened, closed in protected):
            continue
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        starts.append(nxt)
    return sorted(set(starts))


class Sentences:
    """Sets sentence starts (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        text = text_of(doc)
        starts = set(sentence_starts(text, 0, len(text)))
        for section in doc._.sections or ():
            starts.update((section.start_char, section.end_char))
        # A start belongs to the first non-space token at or after it. Set through
        # Doc.from_array: the token.is_sent_start setter rescans the Doc on every call.
        attrs = doc.to_array([IDX, IS_SPACE]).astype("int64")
        words = numpy.flatnonzero(attrs[:, 1] == 0)
        at = numpy.searchsorted(attrs[words, 0], numpy.asarray(sorted(starts), dtype="int64"))
        values = numpy.full(len(doc), -1, dtype="int64")
        values[words[at[at < len(words)]]] = 1
        values[0] = 1
        doc.from_array([SENT_START], cast(Ints2d, values.astype("uint64").reshape(-1, 1)))
        return doc


@Language.factory("evg_sentences", assigns=["token.is_sent_start"], requires=["doc._.sections"])
def make_sentences(nlp: Language, name: str) -> Sentences:
    declare_section_extensions()
    return Sentences()
