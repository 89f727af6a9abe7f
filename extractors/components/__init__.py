"""The rule-based spaCy components of the extraction pipeline, one component per module.

Importing a component module registers its factory; ``extractors.pipeline.Extractor``
assembles them in order: sections, sentences, abbreviations, quantities, arms, population,
claims, consistency, pico_spans.
"""
