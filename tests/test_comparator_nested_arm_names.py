"""The comparator of a two-arm trial whose arms' names nest ("standard care" and "standard
care plus a walking programme"): the words after "compared to" name it though they also
fit the other arm."""

from __future__ import annotations

from extractors.components.arms import ArmMention
from extractors.components.comparison import compared_arms
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 120 adults to standard care plus a walking programme (SCW) or to "
    "standard care (SC).",
)


def _claims(extractor: Extractor, results: str) -> list[tuple[str, str | None, str]]:
    record = extractor.extract(
        article("A walking programme for weight loss", _METHODS, ("Results", results))
    )
    return [
        (c.intervention.text, c.comparator.text if c.comparator else None, c.direction)
        for c in record.claims
    ]


def test_the_arm_named_after_compared_to_is_the_comparator_when_names_nest(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "At six months there was a significant weight decrease of 1.2 kg in the intervention "
        "group compared to a weight increase in the standard care group (p=0.02).",
    )
    assert ("standard care plus a walking programme (SCW)", "standard care (SC)", "decreased") in (
        claims
    ), claims


def test_a_change_against_baseline_names_no_comparator(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Weight decreased significantly in the intervention group compared to baseline (p=0.02).",
    )
    assert all(comparator is None for _, comparator, _ in claims), claims


def test_a_time_before_after_compared_with_gives_no_comparator() -> None:
    # a change from before the intake in the intervention arm, though the words after
    # "compared with" share a word with the other arm ("LG"): no comparison of the arms
    fm = ArmMention("arm1", "FM", None, ["FM"], words=frozenset({"fm"}))
    lg = ArmMention("arm2", "no LG", None, ["no LG"], words=frozenset({"no-lg", "lg"}))
    fm.distinctive, lg.distinctive = frozenset({"fm"}), frozenset({"no-lg", "lg"})
    clause = (
        "fat was increased in the FM group compared with that before FM intake in the "
        "LG-containing FM group"
    )
    intervention, comparator = compared_arms([fm, lg], clause, [], None)
    assert intervention is fm and comparator is None
