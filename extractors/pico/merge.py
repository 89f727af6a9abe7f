"""What the rule-based spans add to the tagger's: the arms' comparator flags.

``Record.spans`` are the tagger's spans: on the dev set they score far above the rule-based
ones (token macro F1 about 0.60 against 0.22), and replacing tagger spans by overlapping
rule spans, or adding rule spans the tagger missed, lowers the score (measured: -0.01 to
-0.05). What the rules know better is which arm is the comparator: the ``evg_arms``
component reads the trial design sentence. So a tagger intervention span that overlaps a
rule arm span, or whose text is an arm's (as ``extractors.pico.comparator.normalise`` has
it), takes that arm's label ("intervention" or "comparator"), except that a span whose own
words name a control arm (``extractors.pico.comparator.names_control``: "placebo", "usual
care", "chemotherapy alone") stays a comparator; other spans keep the label of the
comparator step. When no rule arm is a comparator (two active arms, "drug A versus drug
B"), the arms do not say which is the control, so the comparator step's labels stand
(the arms would call "drug B" of "drug A versus drug B" an intervention). (MeSH UIs are
inherited from overlapping rule spans in ``extractors.pico.tagger``.)

Example: with the rule arms "drug A" and "placebo" (comparator), the tagger's "drug A
(n = 30)" stays an intervention and "placebo" is a comparator wherever it is mentioned.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.pico.comparator import names_control, normalise
from kg.model import TextSpan

_ARM_LABELS = ("intervention", "comparator")


def merge_spans(rules: Sequence[TextSpan], tagged: Sequence[TextSpan]) -> list[TextSpan]:
    """The tagger's spans, interventions relabelled by the rule arms (see the docstring)."""
    arms = [s for s in rules if s.label in _ARM_LABELS]
    if not any(s.label == "comparator" for s in arms):
        arms = []  # the arms do not tell the control from the other arms
    by_text = {normalise(s.text): s.label for s in arms}
    merged: list[TextSpan] = []
    for span in tagged:
        if span.label in _ARM_LABELS:
            overlapping = [a.label for a in arms if a.start < span.end and span.start < a.end]
            label = overlapping[0] if overlapping else by_text.get(normalise(span.text))
            if label == "intervention" and names_control(span.text):
                label = "comparator"
            if label is not None and label != span.label:
                span = span.model_copy(update={"label": label})
        merged.append(span)
    return sorted(merged, key=lambda s: (s.start, s.end, s.label))
