"""Extractor end to end on invented abstracts of different shapes."""

from __future__ import annotations

import pytest

from extractors.pipeline import NO_ABSTRACT, Extractor
from extractors.readers.sections import AbstractPart, compose
from kg.errors import EmptyRecordError
from kg.model import Article, Claim, MeshHeading, Record


def article(
    title: str, *parts: tuple[str | None, str], mesh: tuple[str, ...] = (), id: str = "test:1"
) -> Article:
    """An Article laid out as the readers lay it out: title, blank line, "Label: body" lines."""
    text, span, sections = compose(
        title, [AbstractPart(label, None, body) for label, body in parts]
    )
    headings = [MeshHeading(label=m) for m in mesh]
    return Article(id=id, title=title, text=text, title_span=span, sections=sections, mesh=headings)


def _check_offsets(record: Record) -> None:
    for span in record.spans:
        assert record.text[span.start : span.end] == span.text
    for claim in record.claims:
        ev = claim.evidence
        assert record.text[ev.start : ev.end] == ev.text
        assert 0.0 <= claim.confidence <= 1.0


def _claim(record: Record, outcome: str) -> Claim:
    found = [c for c in record.claims if outcome.lower() in c.outcome.text.lower()]
    assert found, [c.outcome.text for c in record.claims]
    return found[0]


PLACEBO = article(
    "Zelmarin versus placebo for chronic cough in adults",
    ("Background", "Chronic cough is common and hard to treat."),
    (
        "Methods",
        "We enrolled 81 adults with refractory chronic cough. Participants were randomly assigned "
        "to zelmarin 20 mg twice daily (n=41) or placebo (n=40) for 8 weeks.",
    ),
    (
        "Results",
        "Cough remission at 8 weeks occurred in 20/41 patients with zelmarin vs 12/40 with "
        "placebo (P=0.04). Serious adverse events were similar in both groups.",
    ),
    ("Conclusions", "Zelmarin improved remission of chronic cough."),
)


def test_pipeline_placebo_two_arm_events(extractor: Extractor) -> None:
    record = extractor.extract(PLACEBO)
    _check_offsets(record)
    assert record.extractor == extractor.version
    assert extractor.version.startswith("evidence-graph-rules/")
    assert [(a.id, a.n) for a in record.arms] == [("arm1", 41), ("arm2", 40)]
    claim = _claim(record, "cough remission")
    assert claim.outcome.timepoint == "8 weeks"
    assert [(r.arm, r.events, r.n) for r in claim.results] == [("arm1", 20, 41), ("arm2", 12, 40)]
    assert (claim.intervention.arm, claim.comparator and claim.comparator.arm) == ("arm1", "arm2")
    assert claim.p_value is not None
    assert (claim.p_value.relation, claim.p_value.value) == ("=", 0.04)
    assert (claim.direction, claim.significant) == ("increased", True)
    assert claim.population.n == 81
    assert claim.population.species == "human"
    safety = _claim(record, "serious adverse events")
    assert (safety.direction, safety.significant) == ("no difference", None)
    assert not [c for c in record.claims if "zelmarin improved" in c.evidence.text.lower()]


def test_pipeline_three_arm_dose_trial(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Three doses of tarnovir in influenza",
            (
                "Methods",
                "A total of 300 adults with influenza were randomized to placebo, 10 mg of "
                "tarnovir, or 20 mg of tarnovir once daily for 5 days.",
            ),
            (
                "Results",
                "Viral clearance at day 5 was 30% with placebo, 45% with 10 mg and 62% with 20 mg "
                "(p<0.001). The hazard ratio for symptom resolution with 20 mg versus placebo was "
                "1.45 (95% CI 1.10-1.91).",
            ),
        )
    )
    _check_offsets(record)
    # kg.model.Arm has no comparator flag; the spans say which arm is the comparator
    assert [s.text for s in record.spans if s.label == "comparator"] == ["placebo"]
    # three arms with values: one claim per dose against placebo, distinct ids
    clearance = [c for c in record.claims if "viral clearance" in c.outcome.text.lower()]
    assert [(c.intervention.arm, c.comparator and c.comparator.arm) for c in clearance] == [
        ("arm2", "arm1"),
        ("arm3", "arm1"),
    ]
    assert len({c.id for c in clearance}) == 2
    assert [(r.arm, r.percent) for r in clearance[1].results] == [("arm1", 30.0), ("arm3", 62.0)]
    assert [c.direction for c in clearance] == ["increased", "increased"]
    assert all(c.outcome.timepoint == "5 days" for c in clearance)
    resolution = _claim(record, "symptom resolution")
    assert resolution.effect is not None
    assert (resolution.effect.measure, resolution.effect.value) == ("hazard ratio", 1.45)
    assert (resolution.effect.ci_low, resolution.effect.ci_high, resolution.effect.ci_level) == (
        1.1,
        1.91,
        0.95,
    )
    assert resolution.intervention.arm == "arm3"
    assert resolution.comparator is not None and resolution.comparator.arm == "arm1"
    assert (resolution.direction, resolution.significant) == ("increased", True)


def test_pipeline_negative_trial(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Early mobilisation after hip fracture surgery: a randomised trial",
            (
                "Methods",
                "In this trial, 240 older patients with hip fracture were randomly assigned to "
                "early mobilisation (n=121) or usual care (n=119).",
            ),
            (
                "Results",
                "Early mobilisation did not significantly reduce 30-day mortality (6.6% vs 7.6%; "
                "p=0.42). Length of stay was 9.1 ± 3.2 days with early mobilisation and 9.4 ± 3.5 "
                "days with usual care.",
            ),
        )
    )
    _check_offsets(record)
    mortality = _claim(record, "mortality")
    assert mortality.outcome.text == "30-day mortality"
    assert [(r.arm, r.percent) for r in mortality.results] == [("arm1", 6.6), ("arm2", 7.6)]
    assert mortality.comparator is not None and mortality.comparator.text == "usual care"
    assert (mortality.direction, mortality.significant, mortality.negated) == (
        "no difference",
        False,
        True,
    )
    stay = _claim(record, "length of stay")
    assert [(r.mean, r.sd) for r in stay.results] == [(9.1, 3.2), (9.4, 3.5)]
    assert stay.outcome.timepoint is None  # "3.2 days" is an SD, not a time point
    assert stay.direction == "decreased"


def test_pipeline_unstructured_abstract(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Magnesium for migraine prophylaxis",
            (
                None,
                "Migraine is a disabling disorder that often improves with rest. We randomized 96 "
                "women with episodic migraine to oral magnesium or placebo for 12 weeks. Monthly "
                "migraine days decreased significantly more with magnesium than with placebo (mean "
                "difference -1.8 days, 95% CI -2.9 to -0.7; P = .002).",
            ),
        )
    )
    _check_offsets(record)
    assert [c.outcome.text for c in record.claims] == ["Monthly migraine days"]
    (claim,) = record.claims
    assert claim.effect is not None
    assert (claim.effect.measure, claim.effect.value) == ("mean difference", -1.8)
    assert claim.intervention.text == "oral magnesium"
    assert claim.comparator is not None and claim.comparator.text == "placebo"
    assert (claim.direction, claim.significant) == ("decreased", True)
    assert claim.population.text == "96 women with episodic migraine"


def test_pipeline_hedged_trend(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Yoga and sleep quality in nurses",
            (
                "Methods",
                "Sixty nurses were allocated to a yoga group (n=30) or a wait-list control "
                "group (n=30).",
            ),
            (
                "Results",
                "Sleep quality tended to improve in the yoga group compared with the control "
                "group at 3 months (p=0.08).",
            ),
        )
    )
    (claim,) = record.claims
    assert claim.hedged
    assert (claim.direction, claim.significant) == ("increased", False)
    assert (claim.intervention.text, claim.comparator and claim.comparator.text) == (
        "yoga",
        "wait-list control",
    )
    assert claim.outcome.timepoint == "3 months"
    assert claim.population.n == 60


def test_pipeline_no_numbers(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Music during colonoscopy",
            ("Objective", "To test whether music reduces anxiety during colonoscopy."),
            ("Methods", "Patients were randomly assigned to music or no music."),
            ("Results", "Anxiety was lower in the music group than in the no music group."),
        )
    )
    (claim,) = record.claims
    assert claim.outcome.text == "Anxiety"
    assert (claim.intervention.text, claim.comparator and claim.comparator.text) == (
        "music",
        "no music",
    )
    assert (claim.direction, claim.significant, claim.p_value) == ("decreased", None, None)
    assert claim.results == []


def test_pipeline_unicode_minus_middle_dot_and_leading_dot(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Salt substitution and blood pressure",
            (
                "Methods",
                "We randomly assigned 500 adults with hypertension to salt substitute (n=250) or "
                "regular salt (n=250).",
            ),
            (
                "Results",
                "Systolic blood pressure fell with salt substitute versus regular salt (mean "
                "difference −4·2 mm Hg, 95% CI −6·1 to −2·3; P<.001). Stroke occurred in 3/250 "
                "versus 9/250 (risk ratio 0·33, 95% CI 0·09–1·21; P=0·09).",
            ),
        )
    )
    _check_offsets(record)
    bp = _claim(record, "systolic blood pressure")
    assert bp.effect is not None
    assert (bp.effect.value, bp.effect.ci_low, bp.effect.ci_high) == (-4.2, -6.1, -2.3)
    assert bp.p_value is not None
    assert (bp.p_value.relation, bp.p_value.value) == ("<", 0.001)
    assert (bp.direction, bp.significant) == ("decreased", True)
    stroke = _claim(record, "stroke")
    assert stroke.effect is not None
    assert (stroke.effect.measure, stroke.effect.value) == ("risk ratio", 0.33)
    assert stroke.p_value is not None and stroke.p_value.value == 0.09
    assert (stroke.direction, stroke.significant) == ("no difference", False)
    assert stroke.warnings == []
    assert record.arms[1].label == "regular salt"
    assert [s.label for s in record.spans if s.text == "regular salt"] == ["comparator"]


def test_pipeline_p_value_contradicting_interval_warns(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug Q plus drug R versus drug Q alone in gout",
            (
                "Methods",
                "We randomly assigned 70 patients with gout to drug Q plus drug R (n=35) or drug "
                "Q alone (n=35).",
            ),
            (
                "Results",
                "Flares were less frequent with drug Q plus drug R than with drug Q alone (odds "
                "ratio 0.40, 95% CI 0.18-0.88; p=0.20).",
            ),
        )
    )
    (claim,) = record.claims
    assert claim.comparator is not None and claim.comparator.text == "drug Q alone"
    assert any("contradicts the interval" in w for w in claim.warnings)


def test_pipeline_arm_sizes_above_total_warn(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Tea and blood glucose",
            (
                "Methods",
                "We enrolled 50 adults with prediabetes, randomly assigned to green tea (n=30) "
                "or water (n=30).",
            ),
            ("Results", "Fasting glucose was lower with green tea than with water (p=0.01)."),
        )
    )
    assert any("more than the 50" in w for w in record.warnings)
    assert any("more than the 50" in w for w in record.claims[0].warnings)


def test_pipeline_title_only(extractor: Extractor) -> None:
    record = extractor.extract(article("A title without any abstract"))
    assert record.claims == []
    assert record.warnings == [NO_ABSTRACT]
    assert record.text == "A title without any abstract"


def test_pipeline_empty_article_raises(extractor: Extractor) -> None:
    with pytest.raises(EmptyRecordError):
        extractor.extract(Article(id="empty"))


def test_pipeline_extract_many_keeps_order_and_ids_are_deterministic(extractor: Extractor) -> None:
    first = list(extractor.extract_many([PLACEBO, article("Only a title", id="test:2")]))
    second = list(extractor.extract_many([PLACEBO]))
    assert [r.id for r in first] == ["test:1", "test:2"]
    assert [c.id for c in first[0].claims] == [c.id for c in second[0].claims]
    assert len({c.id for c in first[0].claims}) == len(first[0].claims)


def test_pipeline_odd_text_never_raises(extractor: Extractor) -> None:
    odd = [
        "((((((( p<<0.05 95% CI - to - n= n=n= 3/0 0/0 ±±",
        "Results: " + "random " * 500,
        "Methods: randomized to (n=1) or (n=2) or\n\nResults: . . . vs. vs. 12/",
        "\u200b\u00a0Results:\u2028 53.3% ½ ⅓ 10⁻⁵ p = ·05",
    ]
    for i, text in enumerate(odd):
        record = extractor.extract(Article(id=f"odd:{i}", title="t", text=text, title_span=(0, 0)))
        _check_offsets(record)


def test_pipeline_mesh_headings_pass_through_without_index(extractor: Extractor) -> None:
    record = extractor.extract(
        article("Pain after surgery", ("Results", "Pain fell."), mesh=("Pain, Postoperative",))
    )
    assert [(h.ui, h.label) for h in record.mesh] == [(None, "Pain, Postoperative")]


def test_pipeline_reads_full_width_p_values(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Acupuncture for chronic tics",
            (
                "Results",
                "The response rate was higher with acupuncture than with drug therapy "
                "(P＜0.001). Relapse was less frequent with acupuncture than with drug therapy "
                "(P＝0.02).",
            ),
        )
    )
    _check_offsets(record)
    response = _claim(record, "response rate").p_value
    assert response is not None and (response.relation, response.value) == ("<", 0.001)
    relapse = _claim(record, "relapse").p_value
    assert relapse is not None and (relapse.relation, relapse.value) == ("=", 0.02)
    # provenance quotes the source: the Record's text and its evidence keep "＜" and "＝"
    assert "(P＜0.001)" in record.text and "P<0.001" not in record.text
    assert "(P＝0.02)" in _claim(record, "relapse").evidence.text


def test_pipeline_reads_unicode_hyphens_and_quotes_them(extractor: Extractor) -> None:
    """ "between\u2010group" (U+2010, as PMC and Wiley set it) reads as "between-group"; the
    claim's outcome and arms keep the source's hyphen."""
    record = extractor.extract(
        article(
            "Drugzumab for arthritis",
            ("Methods", "Patients were randomized to drugzumab or placebo."),
            (
                "Results",
                "There were no between\u2010group differences in all\u2010cause mortality.",
            ),
        )
    )
    _check_offsets(record)
    claim = _claim(record, "mortality")
    assert claim.direction == "no difference"
    assert claim.outcome.text == "all\u2010cause mortality"
    assert "between\u2010group" in claim.evidence.text and "-" not in record.text
