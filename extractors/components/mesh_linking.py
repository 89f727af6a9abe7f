"""Linking text to MeSH: the index the components need, and term matching by words.

Not a component: the population, claims and pico_spans components share one ``MeshLinker``,
which ``extractors.pipeline.Extractor`` builds around the ``kg.mesh.MeshIndex`` it is given
(``MeshIndex.from_descriptors`` builds a small one for tests). Matching is
on normalised words (lower case, Greek letters spelled out, punctuation dropped), so
"interferon-γ" matches the heading "Interferon-gamma" and "collagen-induced arthritis" the
entry term "Arthritis, Collagen-Induced" (inverted terms are matched both ways).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extractors.abbreviations import expand_abbreviations
from kg.mesh import MeshIndex
from kg.model import MeshHeading
from kg.spelling import american

_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa",
    "λ": "lambda", "μ": "mu", "τ": "tau", "ω": "omega", "θ": "theta", "ζ": "zeta",
}  # fmt: skip
_GREEK_RE = re.compile("|".join(_GREEK))
_WORD = re.compile(r"[^\W_]+")
_PARENS = re.compile(r"\s*\([^()]*\)")

Words = tuple[str, ...]
# what ``MeshLinker.link`` depends on besides the index: the phrases, the (ui, label) of the
# record's headings (``heading_terms`` reads no more of them), its long forms in their order,
# the categories and ``names_inside``
_LinkKey = tuple[
    tuple[str, ...],
    tuple[tuple[str | None, str], ...],
    tuple[tuple[str, str], ...],
    tuple[str, ...],
    bool,
]
# Check tags describe who was studied, not what: never linked to a phrase ("recombinant
# human IFN-γ" does not name Humans).
CHECK_TAGS = {
    "humans", "animals", "male", "female", "adult", "aged", "aged, 80 and over", "middle aged",
    "young adult", "adolescent", "child", "child, preschool", "infant", "infant, newborn",
    "pregnancy", "mice", "rats", "cattle", "dogs", "rabbits", "swine",
}  # fmt: skip


# look-ups a linker remembers before it starts again (the phrases of about 500 abstracts)
_MAX_LOOKUPS = 20_000
# the MeSH trees whose descriptors are conditions people have: diseases, mental disorders
_CONDITION_CATEGORIES = ("C", "F03")
# the MeSH trees of what a trial gives, for the names inside an intervention's text: chemicals
# and drugs (not D26, dosage forms: "Tablets"), therapeutic, anaesthetic and surgical
# procedures, equipment, behavioural therapies, diets, exercise, education
INTERVENTION_CATEGORIES = (
    "D01", "D02", "D03", "D04", "D05", "D06", "D08", "D09", "D10", "D12", "D13", "D20", "D23",
    "D25", "D27", "E02", "E03", "E04", "E07", "F04", "G07.203", "G11.427.410", "I02", "I03.350",
)  # fmt: skip
# ... and of what a trial measures, for an outcome's text: diseases, signs and symptoms,
# behaviour and mental states, physiology, substances measured, diagnostic measures,
# mortality, health care use (length of stay, hospitalisation, falls), quality of life
OUTCOME_CATEGORIES = (
    "C", "F01", "F02", "F03", "G", "D", "E01", "E05.318.308.985", "N01", "N02.421.585", "N06.850",
    "I01.800",
)  # fmt: skip
# names too generic to say what a phrase is about ("therapy" is Therapeutics; "risk of death"
# is about Death, "incidence of falls" about falls): Therapeutics, Methods, Time, Risk, Safety,
# Disease, Syndrome, Treatment Outcome, Research Design, Health, Pharmaceutical Preparations,
# Control Groups, Placebo Effect; Incidence, Prevalence, Recurrence, Disease Progression,
# Survival, Behavior, Growth, Metabolism, Economics, Organization and Administration, Power
# (Psychological), Checklist, World Health Organization, Residence Characteristics, Observation,
# Duration of Therapy, Surveys and Questionnaires; Acids, Hormones, Radiation, Plasma, Water,
# Air, Solutions, Pharmaceutical Solutions, Aerosols, Injections, Administration (Oral), Eating,
# Meals
_TOO_GENERIC = frozenset(
    (
        "D013812", "D008722", "D013995", "D012306", "D012449", "D004194", "D013577", "D016896",
        "D012107", "D006262", "D004364", "D035061", "D015990",
        "D015994", "D015995", "D012008", "D018450", "D013534", "D001519", "D006128", "D008660",
        "D004467", "D009934", "D011209", "D057189", "D014944", "D012111", "D019370",
        "D000081206", "D000143", "D006728", "D011827", "D010949", "D014867", "D000388",
        "D012996", "D019999", "D000336", "D007267", "D000284", "D004435", "D062407", "D011795",
    )
)  # fmt: skip
# words never looked up alone inside a phrase (words under four letters and function words can
# be the symbols or entry terms of something: "In" is indium, "aid" is AID, artificial
# insemination)
_NOT_ALONE = frozenset(("a", "an", "the", "in", "of", "on", "with", "and", "or", "to", "at", "as"))


@dataclass(frozen=True, slots=True)
class WordToken:
    norm: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TermMatch:
    ui: str | None
    label: str
    start: int
    end: int


def word_tokens(text: str, offset: int = 0) -> list[WordToken]:
    """Normalised words of ``text`` with their offsets (plus ``offset``)."""
    tokens = []
    for m in _WORD.finditer(text):
        norm = m.group(0).lower()
        if not norm.isascii():
            norm = _GREEK_RE.sub(lambda g: _GREEK[g.group(0)], norm)
        tokens.append(WordToken(norm, m.start() + offset, m.end() + offset))
    return tokens


def norm_words(text: str) -> list[str]:
    """The normalised words of ``text`` (as ``word_tokens`` gives them, without offsets)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if text.isascii():
        return words
    return [w if w.isascii() else _GREEK_RE.sub(lambda g: _GREEK[g.group(0)], w) for w in words]


def term_words(term: str) -> list[Words]:
    """Word tuples a term is matched by: as written and, for "B, A" terms, as "A B"."""
    forms = [tuple(norm_words(term))]
    parts = [p.strip() for p in term.split(",")]
    if len(parts) == 2 and all(parts):
        forms.append(tuple(norm_words(f"{parts[1]} {parts[0]}")))
    return [f for f in forms if f]


def find_terms(
    tokens: Sequence[WordToken], terms: dict[Words, tuple[str | None, str]]
) -> list[TermMatch]:
    """Longest non-overlapping occurrences of ``terms`` (words -> (ui, label)) in ``tokens``."""
    by_first: dict[str, list[Words]] = {}
    for words in terms:
        by_first.setdefault(words[0], []).append(words)
    for candidates in by_first.values():
        candidates.sort(key=len, reverse=True)
    found = []
    i = 0
    while i < len(tokens):
        step = 1
        for words in by_first.get(tokens[i].norm, ()):
            n = len(words)
            if tuple(t.norm for t in tokens[i : i + n]) == words:
                ui, label = terms[words]
                found.append(TermMatch(ui, label, tokens[i].start, tokens[i + n - 1].end))
                step = n
                break
        i += step
    return found


def is_condition(index: MeshIndex, ui: str) -> bool:
    """Whether ``ui`` is a disease (MeSH category C) or a mental disorder (F03: "Attention
    Deficit Disorder with Hyperactivity", "Depressive Disorder, Major")."""
    return any(index.is_in_category(ui, category) for category in _CONDITION_CATEGORIES)


# words that say a function is disordered ("memory impairment", "sleep disturbance"), and the
# words MeSH names such disorders with ("Memory Disorders", "Cognitive Dysfunction", "Hearing
# Impairment"): looked up in turn for the first where MeSH has no name of the phrase as written
_DISORDER_WORDS = frozenset(
    (
        "impairment", "impairments", "dysfunction", "dysfunctions", "disturbance",
        "disturbances", "deficit", "deficits", "disorder", "disorders", "problems",
        "difficulties",
    )
)  # fmt: skip
_DISORDER_NAMES = ("disorders", "dysfunction", "impairment", "disorder", "deficits")


def disorder_names(words: Sequence[str]) -> list[str]:
    """The names MeSH may give the disorder that ``words`` name by a function and a word of
    disorder ("memory impairment", "sleep disturbances", "impaired memory"): "memory
    disorders", "memory dysfunction", ...; none for other words."""
    if len(words) < 2:
        return []
    if words[-1] in _DISORDER_WORDS:
        function = " ".join(words[:-1])
    elif words[0] == "impaired":
        function = " ".join(words[1:])
    else:
        return []
    return [f"{function} {name}" for name in _DISORDER_NAMES if name != words[-1]]


# a bare word in the sense clinical abstracts give it, where MeSH files the word (or, for
# "weight", its plural) under a general heading: "cirrhosis" is an entry term of Fibrosis (C23),
# but an abstract that writes it alone means the liver's, as NLM indexes such abstracts (Liver
# Cirrhosis or one of its kinds for 36 of the 41 in pubmed20n0014 that never name the liver
# beside it, Fibrosis for none); a trial's "weight" is the body's (Body Weight for 109 of the 358
# there that write "weight" without "body", "birth" or "molecular" before it, Weights and
# Measures for none)
_CLINICAL_SENSE = {
    "cirrhosis": "liver cirrhosis", "cirrhoses": "liver cirrhosis", "weight": "body weight",
}  # fmt: skip
# never linked through ``_other_number``: Placebos (NLM indexes it where placebos are a topic,
# not for a placebo arm, which the arm's comparator flag marks; "placebo" linked nothing before)
_NOT_BY_NUMBER = frozenset(("D010919",))


def _longest(word: str, firsts: dict[str, int]) -> int:
    """The most words of a MeSH name that may start with ``word``, as written, in American
    spelling or, alone, in the other grammatical number; 0 for none (a fast bound before
    the look-ups of a position)."""
    longest = max(firsts.get(word, 0), firsts.get(american(word), 0))
    if not longest and (other := _other_number(word)) is not None and other in firsts:
        return 1
    return longest


def _longest_after(first: str, second: str, pairs: frozenset[str]) -> int:
    """The most words of a MeSH name that may start with the ASCII words ``first`` and
    ``second`` (``MeshIndex.first_word_pairs``), as ``MeshLinker.lookup`` tries a phrase: as
    written, in American spelling (word by word, as ``american`` changes a key) and with its
    last word in the other grammatical number: 5 where the two words may start a name, 2
    where only ``second`` in the other number may, else 1 (a fast bound before the
    look-ups of a position: most pairs of words start no name)."""
    if f"{first} {second}" in pairs or f"{american(first)} {american(second)}" in pairs:
        return 5
    other = _other_number(second)
    if other is not None and (
        f"{first} {other}" in pairs or f"{american(first)} {american(other)}" in pairs
    ):
        return 2
    return 1


def _other_number(key: str) -> str | None:
    """``key`` with its last word in the other grammatical number, where that word is long
    enough not to be an abbreviation ("placebo": "placebos", "statin": "statins", "catheters":
    "catheter"; not "aid", whose plural names AIDS); else None."""
    last = key.rsplit(" ", 1)[-1]
    if len(last) < 5 or not last.isalpha():
        return None
    if last.endswith("s"):
        return None if last.endswith(("ss", "us", "is")) else key[:-1]
    return None if last.endswith(("y", "x", "ch", "sh")) else key + "s"


class MeshLinker:
    """Term matching for a record's own headings, and index look-ups, over one MeSH index."""

    def __init__(self, index: MeshIndex | None) -> None:
        self.index = index
        # ``names_within`` on: off, a phrase links by its whole text alone, as before 2026-12-05
        # (the baseline of ``evg evaluate mesh-links``)
        self.names_inside = True
        self._lookups: dict[str, str | None] = {}
        # ``names_within`` by (text, categories) and "is the UI in any of these categories" by
        # (UI, categories): both depend on nothing else but the index, fixed for a linker; the
        # RCT file asks 14,240 and 175,787 times (``is_in_category`` calls) for 8,194 and
        # 2,161 answers. Bounded as ``_lookups`` is.
        self._within: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        self._in_categories: dict[tuple[str, tuple[str, ...]], bool] = {}
        # ``link``'s answers by all that they depend on besides the index (``_LinkKey``): a
        # record's components link the same phrases again (the RCT file makes 17,100 calls
        # for 10,833 answers). Bounded as ``_lookups`` is.
        self._links: dict[_LinkKey, list[str]] = {}
        # the terms of the last headings list seen, per conditions_only: one record at a time
        self._terms: dict[bool, tuple[list[MeshHeading], dict[Words, tuple[str | None, str]]]] = {}

    def _entry_terms(self, ui: str) -> tuple[str, ...]:
        return self.index.entry_terms(ui) if self.index is not None else ()

    def heading_terms(
        self, headings: list[MeshHeading], *, conditions_only: bool = False
    ) -> dict[Words, tuple[str | None, str]]:
        """Words -> (ui, label) for the labels and entry terms of ``headings``.

        With ``conditions_only``, only conditions (``is_condition``: MeSH category C and the
        mental disorders, F03) when the index knows tree numbers; without trees every heading
        is kept.
        """
        cached = self._terms.get(conditions_only)
        if cached is not None and cached[0] is headings:
            return cached[1]
        knows_trees = self.index is not None and any(
            h.ui and self.index.tree_numbers(h.ui) for h in headings
        )
        terms: dict[Words, tuple[str | None, str]] = {}
        for h in headings:
            if h.label.lower() in CHECK_TAGS:
                continue
            if conditions_only and knows_trees and not (h.ui and self.is_condition(h.ui)):
                continue
            names = [h.label, *(self._entry_terms(h.ui) if h.ui else [])]
            for name in names:
                for words in term_words(name):
                    terms.setdefault(words, (h.ui, h.label))
        self._terms[conditions_only] = (headings, terms)
        return terms

    def lookup(self, phrase: str) -> str | None:
        """The UI whose name or entry term is ``phrase`` (case/punctuation-insensitive); a
        bare "cirrhosis" is the liver's, a bare "weight" the body's (``_CLINICAL_SENSE``)."""
        stripped = phrase.strip()
        if self.index is None or not stripped:
            return None
        key = stripped.lower()
        if key in self._lookups:
            return self._lookups[key]
        if len(self._lookups) >= _MAX_LOOKUPS:  # a server extracts without end
            self._lookups.clear()
        ui = self.index.lookup(_CLINICAL_SENSE.get(key, stripped))
        if ui is None and (other := _other_number(key)) is not None:
            ui = self.index.lookup(other)
            ui = None if ui in _TOO_GENERIC or ui in _NOT_BY_NUMBER else ui
        self._lookups[key] = ui
        return ui

    def link(
        self,
        phrases: Iterable[str],
        headings: list[MeshHeading],
        long_forms: dict[str, str],
        within: Sequence[str] = (),
    ) -> list[str]:
        """UIs for ``phrases``: the record's headings they name (abbreviations expanded), else
        an index look-up of the whole phrase, else, given MeSH categories ``within``
        (``INTERVENTION_CATEGORIES``, ``OUTCOME_CATEGORIES``), the names in those categories
        the phrase holds (``names_within``: "intravenous rituximab" gives Rituximab,
        "zoledronic acid combined with kyphoplasty" Zoledronic Acid and Kyphoplasty)."""
        phrases = tuple(phrases)
        key: _LinkKey = (
            phrases,
            tuple((h.ui, h.label) for h in headings),
            tuple(long_forms.items()),
            tuple(within),
            self.names_inside,
        )
        found = self._links.get(key)
        if found is None:
            if len(self._links) >= _MAX_LOOKUPS:
                self._links.clear()
            found = self._links[key] = self._link(phrases, headings, long_forms, within)
        return list(found)

    def _link(
        self,
        phrases: Iterable[str],
        headings: list[MeshHeading],
        long_forms: dict[str, str],
        within: Sequence[str],
    ) -> list[str]:
        terms = self.heading_terms(headings)
        found: list[str] = []
        for phrase in phrases:
            expanded = _PARENS.sub("", expand_abbreviations(phrase, long_forms))
            uis = [m.ui for m in find_terms(word_tokens(expanded), terms) if m.ui] if terms else []
            if not uis:
                ui = self.lookup(expanded) or self.lookup(phrase)
                uis = [ui] if ui else []
            if not uis and within and self.names_inside:
                uis = self.names_within(expanded, within)
            found.extend(u for u in uis if u not in found)
        return found

    def names_within(self, text: str, categories: Sequence[str]) -> list[str]:
        """The UIs of the MeSH names inside ``text`` that lie in ``categories``: left to right,
        the longest name (up to five words) first, none overlapping; no check tag ("Humans"),
        nothing too generic ("therapy": Therapeutics) and no function word alone."""
        if self.index is None:
            return []
        key = (text, tuple(categories))
        found = self._within.get(key)
        if found is None:
            if len(self._within) >= _MAX_LOOKUPS:
                self._within.clear()
            found = self._within[key] = self._names_within(text, key[1])
        return list(found)

    def _names_within(self, text: str, categories: tuple[str, ...]) -> list[str]:
        index = self.index
        if index is None:
            return []
        words = norm_words(text)
        firsts = index.first_word_lengths()
        pairs = index.first_word_pairs()
        # ``_disorder_within`` needs "impaired" or a word of disorder among the words
        disorders = "impaired" in words or not _DISORDER_WORDS.isdisjoint(words)
        found: list[str] = []
        i = 0
        while i < len(words):
            step = 1
            if (
                disorders
                and (disorder := self._disorder_within(words, i))
                and self._in_any(disorder[0], categories)
            ):
                if disorder[0] not in found:
                    found.append(disorder[0])
                i += disorder[1]
                continue
            longest = min(5, len(words) - i, _longest(words[i], firsts))
            # ASCII words are keys as they are (``normalise_term``): a phrase of them starts
            # with a name's first two words, as written or as ``lookup`` changes them
            if longest > 1 and words[i].isascii() and words[i + 1].isascii():
                longest = min(longest, _longest_after(words[i], words[i + 1], pairs))
            for size in range(longest, 0, -1):
                if size == 1 and (words[i] in _NOT_ALONE or len(words[i]) < 4):
                    continue
                ui = self.lookup(" ".join(words[i : i + size]))
                if (
                    ui
                    and ui not in _TOO_GENERIC
                    and self._in_any(ui, categories)
                    and (index.label(ui) or "").lower() not in CHECK_TAGS
                ):
                    if ui not in found:
                        found.append(ui)
                    step = size
                    break
            i += step
        return found

    def _in_any(self, ui: str, categories: tuple[str, ...]) -> bool:
        """Whether ``ui`` lies in any of ``categories`` (``MeshIndex.is_in_category``)."""
        key = (ui, categories)
        inside = self._in_categories.get(key)
        if inside is None:
            if len(self._in_categories) >= _MAX_LOOKUPS:
                self._in_categories.clear()
            index = self.index
            inside = index is not None and any(index.is_in_category(ui, c) for c in categories)
            self._in_categories[key] = inside
        return inside

    def _disorder_within(self, words: list[str], i: int) -> tuple[str, int] | None:
        """(UI, number of words) of the disorder that the words from ``i`` name by a function
        and a word of disorder, where MeSH names it otherwise ("memory impairment": Memory
        Disorders, "sleep disturbance": Sleep Wake Disorders, "impaired memory"), where the
        phrase as written names nothing; else None. Up to four words, the longest first."""
        ahead = words[i : i + 4]
        if words[i] != "impaired" and not any(w in _DISORDER_WORDS for w in ahead[1:]):
            return None
        for size in range(len(ahead), 1, -1):
            names = disorder_names(ahead[:size])
            if not names or self.lookup(" ".join(ahead[:size])) is not None:
                continue
            for name in names:
                ui = self.lookup(name)
                if ui is not None and self.is_condition(ui):
                    return ui, size
        return None

    def label(self, ui: str) -> str | None:
        return self.index.label(ui) if self.index is not None else None

    def is_condition(self, ui: str) -> bool:
        return self.index is not None and is_condition(self.index, ui)
