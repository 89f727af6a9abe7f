"""evg evaluate mesh-links: the claims' intervention and outcome MeSH links of records without
headings against their MeSH headings, on an invented data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.evaluation.conditions import EBM_NLP, GOLD_FILE
from extractors.evaluation.mesh_links import score_mesh_links
from extractors.pipeline import Extractor
from kg.errors import InputError
from kg.mesh import Descriptor, MeshIndex

_XML = """<?xml version="1.0" encoding="utf-8"?>
<PubmedArticleSet>
<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">1</PMID>
<Article PubModel="Print"><ArticleTitle>Inhaled budesonide in asthma</ArticleTitle>
<Abstract><AbstractText Label="METHODS" NlmCategory="METHODS">We randomized 80 adults with asthma
to inhaled budesonide or inhaled placebo.</AbstractText>
<AbstractText Label="RESULTS" NlmCategory="RESULTS">Nocturnal wheeze was less frequent
with inhaled budesonide than with inhaled placebo (p = 0.03).</AbstractText></Abstract>
</Article><MeshHeadingList>
<MeshHeading><DescriptorName UI="D006801" MajorTopicYN="N">Humans</DescriptorName></MeshHeading>
<MeshHeading><DescriptorName UI="D900031" MajorTopicYN="Y">Budesonide</DescriptorName>
</MeshHeading>
<MeshHeading><DescriptorName UI="D900033" MajorTopicYN="N">Asthma</DescriptorName></MeshHeading>
</MeshHeadingList></MedlineCitation></PubmedArticle>
</PubmedArticleSet>
"""


@pytest.fixture(scope="module")
def mesh() -> MeshIndex:
    return MeshIndex.from_descriptors(
        [
            Descriptor("D900031", "Budesonide", ("D04.1",), ()),
            Descriptor("D900032", "Respiratory Sounds", ("C08.2", "C23.1"), ("Wheeze",)),
            Descriptor("D900033", "Asthma", ("C08.1",), ()),
            Descriptor("D900034", "Salbutamol", ("D02.1",), ()),
            Descriptor("D006801", "Humans", ("B01.1",), ()),
        ]
    )


def _data(tmp_path: Path) -> Path:
    rct = tmp_path / GOLD_FILE
    rct.parent.mkdir(parents=True)
    rct.write_text(_XML)
    ebm = tmp_path / EBM_NLP
    for folder in ("docs", "mesh", "id_splits"):
        (ebm / folder).mkdir(parents=True)
    (ebm / "id_splits" / "dev.txt").write_text("2\n")
    # NLM indexed asthma alone: the salbutamol and wheeze links count as wrong
    (ebm / "docs" / "2.txt").write_text(
        "Salbutamol in asthma\n\nWe randomized 60 adults with asthma to nebulised salbutamol or "
        "nebulised saline. Nocturnal wheeze was less frequent with nebulised salbutamol than "
        "with nebulised saline (p = 0.03).\n"
    )
    (ebm / "mesh" / "2.txt").write_text("Humans\nAsthma/*therapy\n")
    return tmp_path


def test_scores_the_names_inside_the_claims_texts(mesh: MeshIndex, tmp_path: Path) -> None:
    report = score_mesh_links(_data(tmp_path), Extractor(mesh, pico_model=False))
    figures = report.figures
    assert figures["mesh_links.gold.records_with_headings"] == 2
    # "inhaled budesonide", "nebulised salbutamol": each names its drug inside; the placebo
    # and saline comparators name nothing
    assert figures["mesh_links.extractor.intervention.coverage"] == pytest.approx(2 / 4)
    assert figures["mesh_links.extractor.intervention.precision_exact"] == pytest.approx(1 / 2)
    assert figures["mesh_links.extractor.intervention.recall_related"] == pytest.approx(1 / 2)
    # "Nocturnal wheeze": Respiratory Sounds, indexed in neither record
    assert figures["mesh_links.extractor.outcome.coverage"] == 1.0
    assert figures["mesh_links.extractor.outcome.precision_exact"] == 0.0
    # the whole texts alone name nothing
    assert figures["mesh_links.baseline_whole_text.intervention.coverage"] == 0.0
    assert figures["mesh_links.baseline_whole_text.outcome.coverage"] == 0.0


def test_needs_a_vocabulary_with_trees(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="tree numbers"):
        score_mesh_links(_data(tmp_path), Extractor(pico_model=False))
