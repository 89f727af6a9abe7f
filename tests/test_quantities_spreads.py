"""What the spread after a "±" is: an SD, a standard error (no SD of an arm), or, with a "%",
still the mean's spread and no arm's percentage."""

from __future__ import annotations

import pytest

from extractors.components.quantities import parse_quantities
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def _spreads(text: str) -> list[tuple[float, float | None]]:
    return [(m.mean, m.sd) for m in parse_quantities(text).mean_sds]


@pytest.mark.parametrize(
    "text",
    [
        "Itch scores were 4.1 ± 1.2 (mean ± SEM) with cream A and 5.3 ± 1.4 with cream B.",
        "Itch scores (means ± SE) were 4.1 ± 1.2 with cream A and 5.3 ± 1.4 with cream B.",
        "Mean (±standard error) itch scores were 4.1 (±1.2) and 5.3 (±1.4), respectively.",
        "Itch scores were 4.1 +/- 1.2 SE with cream A and 5.3 +/- 1.4 SE with cream B.",
        "Itch scores plus or minus standard error were 4.1 ± 1.2 and 5.3 ± 1.4, respectively.",
    ],
)
def test_a_standard_error_is_no_sd(text: str) -> None:
    assert _spreads(text) == [(4.1, None), (5.3, None)]


def test_data_given_as_mean_and_se_in_the_methods_govern_the_results() -> None:
    text = (
        "Methods: Adults with eczema used cream A or cream B. Data are presented as mean ± "
        "SEM.\nResults: Itch scores were 4.1 ± 1.2 with cream A and 5.3 ± 1.4 with cream B."
    )
    assert _spreads(text) == [(4.1, None), (5.3, None)]
    assert _spreads(text.replace("mean ± SEM", "mean ± SD")) == [(4.1, 1.2), (5.3, 1.4)]


def test_a_percent_spread_is_no_percentage() -> None:
    q = parse_quantities("Bone turnover rose less with A (35.2 ± 17.5% vs. 109.8 ± 28.6%).")
    assert [(m.mean, m.sd) for m in q.mean_sds] == [(35.2, 17.5), (109.8, 28.6)]
    assert q.percents == []


def test_the_claim_reports_the_means_without_the_standard_errors() -> None:
    record = Extractor().extract(
        article(
            "Eczema trial",
            ("Methods", "We randomly assigned 80 adults with eczema to cream A or cream B."),
            (
                "Results",
                "Itch scores were lower with cream A than with cream B (4.1 ± 1.2 vs 5.3 ± "
                "1.4, mean ± SEM; p = 0.03). Redness was lower with cream A (2.2 ± 17.5% vs "
                "3.1 ± 12.0%; p = 0.04).",
            ),
        )
    )
    read = [[(r.mean, r.sd, r.percent) for r in c.results] for c in record.claims]
    assert read == [[(4.1, None, None), (5.3, None, None)], [(2.2, 17.5, None), (3.1, 12.0, None)]]
