"""Every mention of a tagged intervention, tagged as one.

A token tagger tags an intervention where it is introduced and often leaves its later
mentions (in the methods and results) outside, as the crowd annotators of most of its
training labels did. Expert annotators mark every mention. On the 134 abstracts of the
calibration slice that carry both crowd and expert intervention labels, the tagger trained
on crowd intervention labels first agreed with the expert ones at token F1 0.594 and with
the crowd ones (all 296 abstracts) at 0.616, and tagging the later mentions too gave 0.629
and 0.610; for the installed tagger, trained on the expert labels first, the step gives
0.688 -> 0.709 and 0.571 -> 0.565 (``extractors/pico/TRAINING_LOG.md``, "Every mention of an
intervention"). The held-out test set is annotated by experts, and a claim in the results
reads better when its arm's mention there is a span.

``propagate_mentions`` takes each run of intervention tags, cuts it at the words that join
two arms or an arm and its co-treatment (``SEPARATORS``), trims punctuation from the ends
of each part, keeps the parts with a word of three letters that can name an arm (not
"per", "day" or "not": ``NOT_NAMES``), and tags every other occurrence of such a part (the
same lower-cased words in a row) whose tokens are all outside, longest parts first.

Example: with "Metformin" tagged in the title and "metformin 500 mg or placebo" in the
methods, the parts are "metformin", "metformin 500 mg" and "placebo", and every later
"metformin" or "placebo" that no other label holds is tagged an intervention too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress

from extractors.pico.labels import INT, OUTSIDE

ARM_SEPARATORS = frozenset({"or", "versus", "vs", "vs.", "v", "v."})
"""Words between two arms ("drug A or placebo"); ``tagger.tag_runs`` cuts intervention runs
at them too."""

SEPARATORS = ARM_SEPARATORS | {"and", "with", "plus", ",", ";"}
"""Words that end one part of an intervention run (two arms, or an arm and a co-treatment)."""


NOT_NAMES = frozenset(
    {
        *("per", "not", "the", "and", "for", "from", "with", "than", "each", "both", "all"),
        *("who", "were", "was", "are", "has", "had", "have", "its", "their", "that", "this"),
        *("after", "before", "during", "daily", "dose", "doses"),
        *("day", "days", "week", "weeks", "month", "months", "year", "years"),
    }
)
"""Words of three letters or more that name no arm alone ("per day", "not")."""


_ALPHANUMERIC = re.compile(r"[^\W_]")
"""A character for which ``str.isalnum`` holds (``\\w`` is those and "_")."""


def _is_punctuation(word: str) -> bool:
    """Whether no character of ``word`` is a letter or a digit (``str.isalnum``)."""
    return not word.isalnum() and _ALPHANUMERIC.search(word) is None


def _is_content(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word not in NOT_NAMES


def mention_phrases(
    words: Sequence[str], tags: Sequence[str], label: str = INT
) -> set[tuple[str, ...]]:
    """The parts of the runs of ``label`` in ``tags``, as tuples of ``words`` (see the module
    docstring); ``words`` are lower-cased."""
    phrases: set[tuple[str, ...]] = set()
    n = len(tags)
    i = 0
    while i < n:
        if tags[i] != label:
            try:  # the next run's start, found in C rather than a word at a time
                i = tags.index(label, i + 1)
            except ValueError:
                break
        j = i
        while j < n and tags[j] == label:
            j += 1
        part: list[str] = []
        for word in [*words[i:j], None]:
            if word is not None and word not in SEPARATORS:
                part.append(word)
                continue
            start, end = 0, len(part)
            while start < end and _is_punctuation(part[start]):
                start += 1
            while end > start and _is_punctuation(part[end - 1]):
                end -= 1
            if any(_is_content(w) for w in part[start:end]):
                phrases.add(tuple(part[start:end]))
            part = []
        i = j
    return phrases


def propagate_mentions(words: Sequence[str], tags: Sequence[str], label: str = INT) -> list[str]:
    """``tags`` with every outside occurrence of a part of a ``label`` run tagged ``label``
    (see the module docstring); ``words`` are the lower-cased token texts."""
    out = list(tags)
    phrases = mention_phrases(words, tags, label)
    if not phrases:
        return out
    firsts = {phrase[0] for phrase in phrases}
    starts: dict[str, list[int]] = {}
    # the words that start a phrase, found in C (few do)
    for index in compress(range(len(words)), map(firsts.__contains__, words)):
        starts.setdefault(words[index], []).append(index)
    n = len(words)
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        size = len(phrase)
        at = starts.get(phrase[0], ())
        if size == 1:  # the word at each start is the phrase
            for k in at:
                if out[k] == OUTSIDE:
                    out[k] = label
            continue
        for k in at:
            if (
                k + size <= n
                and tuple(words[k : k + size]) == phrase
                and out[k : k + size].count(OUTSIDE) == size
            ):
                out[k : k + size] = [label] * size
    return out
