"""British spellings looked up in MeSH by their American form (``kg.spelling``)."""

from __future__ import annotations

import pytest

from kg.mesh import Descriptor, MeshIndex
from kg.spelling import american


@pytest.mark.parametrize(
    ("british", "us"),
    [
        ("anaemia", "anemia"),
        ("iron deficiency anaemia", "iron deficiency anemia"),
        ("oesophageal tumour", "esophageal tumor"),
        ("haemorrhage", "hemorrhage"),
        ("paediatric oedema", "pediatric edema"),
        ("diarrhoea", "diarrhea"),
        ("sleep apnoea", "sleep apnea"),
        ("coeliac disease", "celiac disease"),
        ("randomisation", "randomization"),
        ("caesarean section", "cesarean section"),
        # nothing British: as it is
        ("heart failure", "heart failure"),
        ("treatment centre", "treatment center"),
        ("academic performance", "academic performance"),
    ],
)
def test_american_spelling(british: str, us: str) -> None:
    assert american(british) == us


def test_mesh_lookup_finds_a_british_spelling_by_its_american_form() -> None:
    """Before, "anaemia" and "brain tumours" found nothing: MeSH writes "Anemia", "Brain
    Tumors"."""
    index = MeshIndex.from_descriptors(
        [
            Descriptor("D000740", "Anemia", ("C15.1",), ()),
            Descriptor("D001932", "Brain Neoplasms", ("C04.1",), ("Brain Tumors",)),
            Descriptor("D006193", "Haemophilus influenzae", ("B03.1",), ()),
        ]
    )
    assert index.lookup("Anaemia") == "D000740"
    assert index.lookup("brain tumours") == "D001932"
    # a name MeSH itself spells the British way is found as written
    assert index.lookup("Haemophilus influenzae") == "D006193"
    assert index.lookup("tumours") is None
