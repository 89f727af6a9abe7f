"""Claims of an unstructured abstract: background sentences make none, and the claims start at
the first sentence about methods; "we report", "patients received" and "In total" say
methods too, so an abstract whose only other cue comes last ("... in patients with X") keeps
its results. All texts are invented."""

from __future__ import annotations

from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def test_results_before_a_last_cue_make_claims(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Drug K versus drug M in breast cancer",
            (
                None,
                "Drug K is a biosimilar of drug M. After surgery, patients received drug K or "
                "drug M for one year. In total, 271 and 278 patients received drug K and drug "
                "M, respectively. Rash was less common with drug K than with drug M (12% vs "
                "25%, P = 0.01). Drug K was as safe as drug M in patients with cancer.",
            ),
        )
    )
    assert any(c.outcome.text == "Rash" and len(c.results) == 2 for c in record.claims)
