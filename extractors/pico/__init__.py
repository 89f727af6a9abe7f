"""The trained PICO span tagger: corpora, training, the packaged model, comparator step, scoring.

Modules, one concept each:

- ``labels``: the model's entity labels (POP, INT, OUT) and their Record span labels;
- ``sources``: readers for the annotated sources in ../shared/data (character spans per label);
- ``devset``: the held-out dev set, ``ebm_nlp/crowd_pio_conll/crowd960.txt``;
- ``alignment``: character offsets of pre-tokenised text;
- ``corpus``: merges the sources per abstract, holds out the dev set, sets the calibration
  slice apart, writes spaCy DocBins;
- ``pretraining``: unlabelled abstracts for pretraining the tok2vec;
- ``masked_objective``: the pretraining objective (predict hidden words' static vectors);
- ``training``: pretrains and trains the pipeline from ``config.cfg``, installs it;
- ``calibration``: per-label decoding biases tuned on the calibration slice;
- ``model``: finds and loads the packaged pipeline;
- ``comparator``: labels the control arms among the predicted intervention spans;
- ``merge``: relabels tagger interventions by the rule-based arms;
- ``tagger``: the ``evg_pico_tagger`` spaCy component (model + comparator step);
- ``metric`` and ``evaluate``: the EBM-NLP token-level metric and the dev-set evaluation.

The model card is ``MODEL_CARD.md`` beside this file.

Nothing here loads a model or reads data at import.
"""
