"""Abbreviation definitions and their uses, after Schwartz & Hearst (2003).

Schwartz AS, Hearst MA. "A simple algorithm for identifying abbreviation definitions in
biomedical text." Pacific Symposium on Biocomputing 2003:451-462.

A definition is ``long form (short form)`` (or, less often, ``short form (long form)``). The
short form is 2-10 characters, at most two words, starts with a letter or digit and here must
hold an upper-case letter (which drops "(ii)", "(e.g.)", "(n=32)"). The long form is found by
matching the short form's letters right to left against the preceding words, the first letter
at the start of a word, within min(|A| + 5, 2|A|) words. One deviation: parenthesised text
already in the window is skipped, so that in "mesenchymal stem cell (MSC) transplantation
(MSCT)" the long form of MSCT is "mesenchymal stem cell (MSC) transplantation".

Example: "rheumatoid arthritis (RA) ... RA patients" defines RA = "rheumatoid arthritis" and
finds the second RA as a use. Pure functions, no spaCy.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Definition:
    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


@dataclass(frozen=True, slots=True)
class Use:
    start: int
    end: int
    definition: Definition


_PAREN = re.compile(r"\(([^()\n]{1,120})\)")
_WINDOW_STOP = re.compile(r"[\n;:!?]|\.\s|\)\.\s")
_BAD_SHORT = re.compile(r"[=<>%±≤≥]|^\d+(?:[.,]\d+)?$|^[pP]\s*[<>=]")
_WORD = re.compile(r"\S+")


def _is_short_form(candidate: str) -> bool:
    return (
        2 <= len(candidate) <= 10
        and len(candidate.split()) <= 2
        and candidate[0].isalnum()
        and any(c.isupper() for c in candidate)
        and not _BAD_SHORT.search(candidate)
    )


def best_long_form(short: str, long: str) -> int | None:
    """Start index in ``long`` of the long form of ``short`` (Schwartz & Hearst), or None."""
    s_idx, l_idx = len(short) - 1, len(long) - 1
    while s_idx >= 0:
        c = short[s_idx].lower()
        if not c.isalnum():
            s_idx -= 1
            continue
        while l_idx >= 0 and (
            long[l_idx].lower() != c or (s_idx == 0 and l_idx > 0 and long[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    return long.rfind(" ", 0, l_idx + 1) + 1


def _last_stop_end(text: str, start: int, end: int) -> int | None:
    """Where the last match of ``_WINDOW_STOP.finditer(text, start, end)`` ends, else None:
    after the last "\\n", ";", ":", "!" or "?", or after the white space that follows the last
    "." followed by white space, whichever is later (a ")" before that "." ends the same
    match; a "\\n" that is that white space ends where it does), found from the end of the
    window with ``str.rfind`` where the scan went through all of it (twice as fast)."""
    last = max(text.rfind(sign, start, end) for sign in "\n;:!?")
    dot = text.rfind(".", start, max(start, end - 1))  # a "." with a character after it
    while dot >= 0 and not text[dot + 1].isspace():
        dot = text.rfind(".", start, dot)
    if dot >= 0 and dot + 1 > last:
        return dot + 2
    return last + 1 if last >= 0 else None


def _window(text: str, end: int, max_words: int) -> tuple[str, list[int]]:
    """The up to ``max_words`` words before ``end`` with parenthesised text removed.

    Returns the characters kept and, for each, its index in ``text``.
    """
    start = max(0, end - 400)
    stop = _last_stop_end(text, start, end)
    if stop is not None:
        start = stop
    if ")" not in text[start:end]:  # nothing to remove: the common case
        kept = text[start:end]
        words = list(_WORD.finditer(kept))[-max_words:]
        if not words:
            return "", []
        cut = words[0].start()
        return kept[cut:], list(range(start + cut, end))
    depth = 0
    chars: list[str] = []
    index: list[int] = []
    count = 0  # words kept so far, right to left
    for i in range(end - 1, start - 1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(" and depth:
            depth -= 1
        elif not depth:
            if ch.isspace():
                if count == max_words:  # the kept words are complete: the rest is cut off
                    break
            elif not chars or chars[-1].isspace():
                count += 1
            chars.append(ch)
            index.append(i)
    chars.reverse()
    index.reverse()
    kept = "".join(chars)
    words = list(_WORD.finditer(kept))[-max_words:]
    if not words:
        return "", []
    cut = words[0].start()
    return kept[cut:], index[cut:]


def _initials_start(short: str, window: str) -> int | None:
    """Where the last words of ``window`` start whose first letters spell the letters of
    ``short``, one word each ("total thyroidectomy" for "TT"), else None."""
    letters = [c.lower() for c in short if c.isalpha()]
    words = list(_WORD.finditer(window))
    if len(letters) < 2 or len(letters) != len(short) or len(words) < len(letters):
        return None
    tail = words[-len(letters) :]
    if [w.group(0)[0].lower() for w in tail] != letters:
        return None
    return tail[0].start()


def _match(short: str, text: str, end: int) -> tuple[int, int] | None:
    max_words = min(len(short) + 5, 2 * len(short))
    window, index = _window(text, end, max_words)
    stripped = window.rstrip()
    if not stripped:
        return None
    begin = best_long_form(short, stripped)
    if begin is None:
        return None
    initials = _initials_start(short, stripped)
    if initials is not None and initials < begin:
        begin = initials  # "total thyroidectomy (TT)", not "thyroidectomy" (two t's in it)
    long = stripped[begin:]
    if len(long) <= len(short) or short.lower() in long.lower().split():
        return None
    return index[begin], index[len(stripped) - 1] + 1


def find_definitions(text: str) -> list[Definition]:
    """Abbreviation definitions in ``text``, in order, first definition of a short form only."""
    found: list[Definition] = []
    seen: set[str] = set()
    for m in _PAREN.finditer(text):
        inner = m.group(1)
        first = re.split(r"[;,]\s", inner, maxsplit=1)[0].strip()
        lead = len(inner) - len(inner.lstrip())
        if _is_short_form(first):
            span = _match(first, text, m.start())
            if span and first not in seen:
                s_start = m.start(1) + lead
                found.append(
                    Definition(first, text[span[0] : span[1]], s_start, s_start + len(first), *span)
                )
                seen.add(first)
            continue
        before = re.search(r"(\S+)\s*$", text[max(0, m.start() - 12) : m.start()])
        if before and len(inner.split()) > 2 and _is_short_form(before.group(1)):
            short = before.group(1)
            l_start = m.start(1) + lead
            l_end = m.start(1) + len(inner.rstrip())
            if short not in seen and best_long_form(short, text[l_start:l_end]) == 0:
                s_start = len(text[: m.start()].rstrip()) - len(short)
                found.append(
                    Definition(
                        short, text[l_start:l_end], s_start, s_start + len(short), l_start, l_end
                    )
                )
                seen.add(short)
    return found


def find_uses(text: str, definitions: list[Definition]) -> list[Use]:
    """Every occurrence of each defined short form outside its long form, in text order."""
    if not definitions:
        return []
    by_short = {d.short: d for d in definitions}
    uses: list[Use] = []
    for start, end, short in short_form_matches(text, tuple(sorted(by_short))):
        d = by_short[short]
        if not d.long_start <= start < d.long_end:
            uses.append(Use(start, end, d))
    return uses


def _word_character(c: str) -> bool:
    """Whether ``c`` is a character ``\\w`` matches (a letter, digit or numeral, or "_")."""
    return c.isalnum() or c == "_"


def short_form_matches(text: str, shorts: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, short form) of what ``short_forms_pattern(shorts).finditer(text)`` finds,
    in text order, found with ``str.find`` instead: a record's short forms differ from the
    last one's, and compiling their pattern took longer than the search (0.3 ms a record).

    As the pattern does: a short form counts where no word character or hyphen comes before
    it and no word character after it; where several start at one place, the longest (then
    the first in ``shorts``) wins; a match resumes the search at its end."""
    if not shorts or not all(shorts):
        return [
            (m.start(), m.end(), m.group(0)) for m in short_forms_pattern(shorts).finditer(text)
        ]
    at_start: dict[int, str] = {}
    for short in sorted(shorts, key=len, reverse=True):  # the pattern's order of alternatives
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            if (
                at not in at_start
                and (at == 0 or not (_word_character(text[at - 1]) or text[at - 1] == "-"))
                and (end == len(text) or not _word_character(text[end]))
            ):
                at_start[at] = short
            at = text.find(short, at + 1)
    found: list[tuple[int, int, str]] = []
    end = 0
    for at in sorted(at_start):
        if at >= end:
            end = at + len(at_start[at])
            found.append((at, end, at_start[at]))
    return found


@functools.lru_cache(maxsize=256)
def short_forms_pattern(shorts: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching any of ``shorts`` as a whole word (longest first)."""
    names = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?!\w)")


@functools.lru_cache(maxsize=256)
def _parenthesised(shorts: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    return re.compile(rf"\s*\((?:{names})\)")


_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


def drop_parenthesised(text: str, shorts: tuple[str, ...]) -> str:
    """``text`` without the brackets that hold one of ``shorts`` alone, each with the spaces
    before it ("RA patients (RA)" -> "RA patients"), as ``_parenthesised(shorts).sub``.

    A bracket without brackets inside is dropped when it holds exactly a short form: one
    pattern for every record, where compiling one for each record's short forms was most of
    the time; a short form with a bracket of its own ("T(3)") takes the record's pattern."""
    if "(" not in text:
        return text
    if any("(" in short or ")" in short for short in shorts):
        return _parenthesised(shorts).sub("", text)
    names = frozenset(shorts)
    return _BRACKETED.sub(lambda m: "" if m.group(1) in names else m.group(0), text)


def expand_abbreviations(text: str, long_forms: Mapping[str, str]) -> str:
    """``text`` with defined short forms replaced by their long forms ("RA patients" ->
    "rheumatoid arthritis patients") and parenthesised short forms dropped."""
    if not long_forms:
        return text
    shorts = tuple(sorted(long_forms))
    text = drop_parenthesised(text, shorts)
    pieces: list[str] = []
    last = 0
    for start, end, short in short_form_matches(text, shorts):
        pieces += (text[last:start], long_forms[short])
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
