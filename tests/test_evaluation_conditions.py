"""evg evaluate conditions: population conditions of records without headings against their
MeSH headings, on an invented data folder (an RCT file with MeSH UIs and an EBM-NLP dev split)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.evaluation.conditions import (
    EBM_NLP,
    GOLD_FILE,
    related,
    score_conditions,
)
from extractors.pipeline import Extractor
from kg.errors import InputError
from kg.mesh import Descriptor, MeshIndex

_XML = """<?xml version="1.0" encoding="utf-8"?>
<PubmedArticleSet>
<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{pmid}</PMID>
<Article PubModel="Print"><ArticleTitle>{title}</ArticleTitle>
<Abstract><AbstractText Label="METHODS" NlmCategory="METHODS">We randomized 120 adults to
inhaler A or inhaler B.</AbstractText><AbstractText Label="RESULTS" NlmCategory="RESULTS">Wheeze
was less frequent with inhaler A than with inhaler B (p = 0.03).</AbstractText></Abstract>
</Article><MeshHeadingList>
<MeshHeading><DescriptorName UI="D006801" MajorTopicYN="N">Humans</DescriptorName></MeshHeading>
<MeshHeading><DescriptorName UI="{ui}" MajorTopicYN="Y">{label}</DescriptorName></MeshHeading>
</MeshHeadingList></MedlineCitation></PubmedArticle>
</PubmedArticleSet>
"""


@pytest.fixture(scope="module")
def mesh() -> MeshIndex:
    return MeshIndex.from_descriptors(
        [
            Descriptor("D900010", "Lung Diseases", ("C08.1",), ()),
            Descriptor("D900011", "Asthma", ("C08.1.1",), ()),
            Descriptor("D900012", "Bronchiolitis", ("C08.1.2",), ()),
            Descriptor("D900013", "Gout", ("C05.1",), ()),
            Descriptor("D006801", "Humans", ("B01.1",), ()),
        ]
    )


def _data(tmp_path: Path) -> Path:
    rct = tmp_path / GOLD_FILE
    rct.parent.mkdir(parents=True)
    # the title names the condition NLM indexed: found from the title alone
    rct.write_text(
        _XML.format(pmid="1", title="Inhalers in adults with asthma", ui="D900011", label="Asthma")
    )
    ebm = tmp_path / EBM_NLP
    for folder in ("docs", "mesh", "id_splits"):
        (ebm / folder).mkdir(parents=True)
    (ebm / "id_splits" / "dev.txt").write_text("2\n3\n")
    texts = {
        # the title names a broader condition than NLM's heading: related, not exact
        "2": "Inhalers for lung diseases\n\nWe randomized 80 adults to inhaler A or inhaler B. "
        "Wheeze was less frequent with inhaler A than with inhaler B (p = 0.03).\n",
        # a wrong condition: gout
        "3": "Inhalers in adults with gout\n\nWe randomized 60 adults to inhaler A or inhaler "
        "B. Wheeze was less frequent with inhaler A than with inhaler B (p = 0.03).\n",
    }
    for pmid, text in texts.items():
        (ebm / "docs" / f"{pmid}.txt").write_text(text)
        (ebm / "mesh" / f"{pmid}.txt").write_text("Humans\nBronchiolitis/*therapy\n")
    return tmp_path


def test_related_reaches_ancestors_and_descendants(mesh: MeshIndex) -> None:
    assert related(mesh, "D900010", "D900011") and related(mesh, "D900011", "D900010")
    assert not related(mesh, "D900011", "D900012") and not related(mesh, "D900013", "D900011")


def test_scores_title_conditions_against_the_headings(mesh: MeshIndex, tmp_path: Path) -> None:
    report = score_conditions(_data(tmp_path), Extractor(mesh, pico_model=False))
    figures = report.figures
    assert figures["conditions.gold.rct_file_records_with_condition_headings"] == 1
    assert figures["conditions.gold.ebm_nlp_dev_records_with_condition_headings"] == 2
    assert figures["conditions.extractor.records"] == 3
    assert figures["conditions.extractor.coverage"] == 1.0
    assert figures["conditions.extractor.precision_exact"] == pytest.approx(1 / 3)
    assert figures["conditions.extractor.precision_related"] == pytest.approx(2 / 3)
    assert figures["conditions.extractor.recall_related"] == pytest.approx(2 / 3)
    # the population texts ("120 adults") name no condition
    assert figures["conditions.baseline_population_text.coverage"] == 0.0
    assert figures["conditions.baseline_population_text.precision_exact"] == 0.0


def test_needs_a_vocabulary_with_trees(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="tree numbers"):
        score_conditions(_data(tmp_path), Extractor(pico_model=False))
