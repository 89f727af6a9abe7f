"""An outcome the title compares ("impact on quality of life compared to B") names no arm
"life": the arms come from elsewhere."""

from __future__ import annotations

from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


def test_quality_of_life_in_a_title_names_no_arm(extractor: Extractor) -> None:
    record = extractor.extract(
        article(
            "Silver dressing: tolerance and impact on quality of life compared to gauze dressing",
            (
                "Methods",
                "In this randomized study, 20 wounds were dressed with gauze (group A) and 20 "
                "with a silver dressing (group B).",
            ),
            ("Results", "Group B reported less pain (2.1 vs. 4.3, p = 0.01)."),
        )
    )
    labels = [a.label for a in record.arms]
    assert "life" not in labels
    assert labels == ["group A", "group B"]
