"""Intervention tokens against the expert labels, on the dev abstracts that have them.

416 of the crowd960 dev abstracts also carry expert intervention labels
(ebm_nlp/interventions_expert, read by ``extractors.pico.sources.read_expert_interventions``;
held out of training like every dev abstract). The experts mark every mention of an arm and
leave doses out, a style of its own (the crowd960 labels agree with them at token F1 of
about 0.5), so these figures say how a system's interventions read to expert annotators; they
are reported beside the crowd960 metric, not instead of it, and nothing is tuned on them.

A dev token is an expert intervention token when an expert span overlaps its offsets in the
dev text; documents whose expert text differs from the dev text are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from extractors.pico.devset import DevDoc
from extractors.pico.labels import ELEMENT_OF_LABEL, INT, Element
from extractors.pico.sources import EXPERT, read_expert_interventions

INTERVENTION: Element = ELEMENT_OF_LABEL[INT]


def expert_gold(data_dir: Path, docs: Sequence[DevDoc]) -> dict[str, list[Element | None]]:
    """For each dev document with expert labels, its tokens' expert element: ``"I"`` for an
    expert intervention token, None otherwise (scored with ``extractors.pico.metric``)."""
    if not (data_dir / EXPERT).is_dir():
        return {}
    by_id = {doc.doc_id: doc for doc in docs}
    gold: dict[str, list[Element | None]] = {}
    for item in read_expert_interventions(data_dir):
        doc = by_id.get(item.doc_id)
        if doc is None or doc.text != item.text:
            continue
        spans = item.spans.get(INT, [])
        gold[doc.doc_id] = [
            INTERVENTION
            if where is not None and any(s < where[1] and where[0] < e for s, e in spans)
            else None
            for where in doc.offsets
        ]
    return gold
