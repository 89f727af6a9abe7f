"""Dev scorers: the extractor's Records against gold data in ``../shared/data``.

One scorer per module, each returning a :class:`~extractors.evaluation.report.Report` that
puts the extractor's figures beside baselines computed in the same run:

- :mod:`~extractors.evaluation.arm_numbers`: per-arm numbers on llm_meta_analysis (exact match);
- :mod:`~extractors.evaluation.pico_numbers`: per-arm numbers and participant counts on
  PICO-Corpus (entity-level precision, recall, F1);
- :mod:`~extractors.evaluation.direction`: direction on Evidence Inference 2.0 (accuracy,
  macro F1), validation split only.

Shared pieces: :mod:`metrics` (metric definitions), :mod:`claim_matching` (gold triple ->
claim by token overlap), :mod:`number_match` (gold numbers as written -> values), :mod:`brat`
(standoff ``.ann`` files) and one gold-data loader per corpus (``*_data`` modules).
"""
