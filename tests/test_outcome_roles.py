"""Primary and secondary outcomes: the declarations an abstract makes, the role each claim
gets from them or from its own sentence, and the role in RDF, the CSV export and the
/claims filter. All texts are invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from extractors.outcome_roles import (
    Declared,
    content_words,
    declarations,
    named_outcomes,
    outcome_role,
)
from extractors.pipeline import Extractor
from kg.claim_table import COLUMNS, claim_rows
from kg.model import ArmRef, Claim, Evidence, Outcome, Population, Record
from kg.rdf_mapping import record_to_graphs
from kg.stores import open_store
from tests.test_pipeline_abstracts import article

_METHODS = (
    "Methods",
    "We randomly assigned 120 adults with chronic neck pain to laser therapy (n = 60) or sham "
    "laser (n = 60) for 6 weeks. The primary outcome was neck pain intensity at 6 weeks. "
    "Secondary outcomes included neck disability, analgesic use and sleep quality.",
)
_RESULTS = (
    "Results",
    "Neck pain intensity was lower with laser therapy than with sham laser (3.1 ± 1.2 vs "
    "4.6 ± 1.4, p < 0.001). Neck disability did not differ between the groups (p = 0.41). "
    "Sleep quality was better with laser therapy (p = 0.02). Headache was more frequent with "
    "laser therapy (12% vs 5%, p = 0.04).",
)


def _items(text: str) -> list[tuple[str, str]]:
    sentences = [(0, len(text))]
    return [(d.role, text[d.start : d.end]) for d in declarations(text, sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The primary outcome was the mean daily step count at 12 weeks.",
            [("primary", "mean daily step count at 12 weeks")],
        ),
        (
            "Secondary end points included waist circumference, fasting glucose and blood "
            "pressure.",
            [
                ("secondary", "waist circumference"),
                ("secondary", "fasting glucose"),
                ("secondary", "blood pressure"),
            ],
        ),
        (
            "Primary endpoint: time to first relapse; secondary endpoints were relapse rate "
            "and quality of life.",
            [
                ("primary", "time to first relapse"),
                ("secondary", "relapse rate"),
                ("secondary", "quality of life"),
            ],
        ),
        (
            "The primary outcomes were itch severity and sleep loss, and the secondary "
            "outcomes were rash area and parental stress.",
            [
                ("primary", "itch severity"),
                ("primary", "sleep loss"),
                ("secondary", "rash area"),
                ("secondary", "parental stress"),
            ],
        ),
        (
            "Wound healing at day 28 was the primary end point.",
            [("primary", "Wound healing at day 28")],
        ),
        (
            "The primary efficacy variable of the trial was the change in tremor (rated on a "
            "five-point scale, with higher scores worse).",
            [
                (
                    "primary",
                    "change in tremor (rated on a five-point scale, with higher scores worse)",
                )
            ],
        ),
        (
            "The primary outcome was relapse; fatigue and mood were secondary outcomes.",
            [("primary", "relapse"), ("secondary", "fatigue"), ("secondary", "mood")],
        ),
        (
            "Grip strength, falls and hospital admissions were assessed as secondary outcomes.",
            [
                ("secondary", "Grip strength"),
                ("secondary", "falls"),
                ("secondary", "hospital admissions"),
            ],
        ),
        ("Main outcome measures: itch severity, sleep loss.", []),
        ("Primary care physicians recruited the patients.", []),
    ],
)
def test_declared_outcome_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert _items(text) == expected


def test_a_section_headed_by_a_role_declares_its_list() -> None:
    text = "Adults with gout. Serum urate below 6 mg/dL at month 6. Flares and tophus size."
    headed = [("PRIMARY OUTCOME", 18, 55), ("SECONDARY OUTCOMES", 56, len(text))]
    found = [(d.role, text[d.start : d.end]) for d in declarations(text, [], headed)]
    assert found == [
        ("primary", "Serum urate below 6 mg/dL at month 6"),
        ("secondary", "Flares"),
        ("secondary", "tophus size"),
    ]
    assert declarations(text, [], [("MAIN OUTCOME MEASURES", 18, 55)]) == []


def _declared(role: str, text: str) -> Declared:
    return Declared(role, 0, len(text), content_words(text))  # type: ignore[arg-type]


_DECLARED = [
    _declared("primary", "pain score at rest"),
    _declared("secondary", "pain on coughing"),
    _declared("secondary", "anxiety score"),
    _declared("secondary", "length of hospital stay"),
]


@pytest.mark.parametrize(
    ("outcome", "evidence", "role"),
    [
        ("pain scores at rest", "Pain scores at rest were lower with A.", "primary"),
        ("hospital stay", "Hospital stay was shorter with A.", "secondary"),
        # shares only "score" with a declared item: no role
        ("depression score", "The depression score was lower with A.", None),
        # fits a primary and a secondary item equally: no role
        ("pain", "Pain was lower with A.", None),
        # the result sentence's own words win
        ("primary outcome", "The primary outcome occurred in 30% vs 41%.", "primary"),
        (
            "nausea",
            "The secondary outcome, nausea, was less frequent with A.",
            "secondary",
        ),
        ("nausea", "Nausea (a secondary outcome) was less frequent with A.", "secondary"),
        ("nausea", "For the primary end point of nausea, A was better.", "primary"),
        # a role word elsewhere in the sentence says nothing about this outcome
        (
            "nausea",
            "Although the primary outcome did not differ, nausea was less frequent with A.",
            None,
        ),
    ],
)
def test_outcome_role(outcome: str, evidence: str, role: str | None) -> None:
    assert outcome_role(outcome, evidence, _DECLARED) == role


def test_an_abbreviation_matches_its_declared_long_form() -> None:
    declared = [Declared("primary", 0, 0, content_words("postoperative delirium"))]
    long_forms = {"POD": "postoperative delirium"}
    assert outcome_role("incidence of POD", "POD was rarer with A.", declared, long_forms) == (
        "primary"
    )
    assert outcome_role("incidence of POD", "POD was rarer with A.", declared) is None


def test_claims_carry_the_roles_the_abstract_declares(extractor: Extractor) -> None:
    record = extractor.extract(article("A randomised trial", _METHODS, _RESULTS))
    roles = {c.outcome.text.lower(): c.outcome.role for c in record.claims}
    assert roles.get("neck pain intensity") == "primary"
    assert roles.get("neck disability") == "secondary"
    assert roles.get("sleep quality") == "secondary"
    assert "headache" in roles and roles["headache"] is None


def test_without_declarations_no_claim_has_a_role(extractor: Extractor) -> None:
    methods = (_METHODS[0], _METHODS[1].split(" The primary")[0])
    record = extractor.extract(article("A randomised trial", methods, _RESULTS))
    assert record.claims and all(c.outcome.role is None for c in record.claims)


def _record(role: str | None, n: int) -> Record:
    text = f"Invented trial {n}. Pain was lower with drug A than with placebo (p = 0.01)."
    claim = Claim(
        id=f"role{n}",
        population=Population(text="adults"),
        intervention=ArmRef(text="drug A"),
        comparator=ArmRef(text="placebo"),
        outcome=Outcome(text="pain", timepoint="week 4", role=role),  # type: ignore[arg-type]
        direction="decreased",
        evidence=Evidence(start=0, end=len(text), text=text),
    )
    return Record(id=f"pubmed:9100000{n}", pmid=f"9100000{n}", title=f"Trial {n}", text=text,
                  claims=[claim])  # fmt: skip


_RECORDS = [_record("primary", 1), _record("secondary", 2), _record(None, 3)]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = open_store(":memory:")
    settings = Settings(store=":memory:", cache_dir=tmp_path_factory.mktemp("cache"))
    store.replace_records(
        [record_to_graphs(r, base=settings.base_iri, extractor_version="t") for r in _RECORDS]
    )
    with TestClient(create_app(settings, store=store)) as c:
        yield c
    store.close()


def test_the_role_goes_through_rdf_csv_and_the_claims_filter(client: TestClient) -> None:
    def pmids(**params: str) -> set[str]:
        r = client.get("/claims", params=params)
        assert r.status_code == 200, r.text
        return {i["publication"]["pmid"] for i in r.json()["items"]}

    assert pmids(outcome_role="primary") == {"91000001"}
    assert pmids(outcome_role="secondary") == {"91000002"}
    assert len(pmids()) == 3
    items = client.get("/claims", params={"outcome_role": "primary"}).json()["items"]
    assert items[0]["outcome"]["role"] == "primary"
    bad = client.get("/claims", params={"outcome_role": "tertiary"})
    assert bad.status_code == 422 and "outcome_role" in bad.text
    csv_text = client.get("/claims.csv").text
    assert "outcome_role" in csv_text.splitlines()[0]
    assert {"primary", "secondary"} <= set(csv_text.replace(",", " ").split())


def test_the_csv_rows_have_the_outcome_role_column() -> None:
    claim = _RECORDS[0].claims[0].model_dump()
    claim["publication"] = {"id": "pubmed:91000001"}
    (row,) = claim_rows([claim])
    assert "outcome_role" in COLUMNS and row["outcome_role"] == "primary"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The primary endpoint was clinical improvement by week 24, defined as no worsening.",
            {"primary": "clinical improvement by week 24"},
        ),
        (
            "Primary outcome: time to first relapse (days); secondary outcome: relapse rate.",
            {"primary": "time to first relapse (days)", "secondary": "relapse rate"},
        ),
        # a list, or a sentence about the outcome rather than naming it: no name
        ("The primary outcomes were itch and sleep.", {}),
        ("The primary outcome was assessed in all patients who were randomised.", {}),
        ("The main outcome was weight at 12 months.", {}),
    ],
)
def test_named_outcomes(text: str, names: dict[str, str]) -> None:
    assert named_outcomes(text, [(0, len(text))]) == names


def test_two_different_names_for_one_role_give_none() -> None:
    text = "The primary outcome was pain. The primary outcome was sleep."
    assert named_outcomes(text, [(0, 29), (30, len(text))]) == {}


def test_an_outcome_called_by_its_role_takes_the_declared_name(extractor: Extractor) -> None:
    results = (
        "Results",
        "The primary outcome occurred in 12 of 60 patients (20%) with laser therapy and 24 of "
        "60 (40%) with sham laser (p = 0.02).",
    )
    record = extractor.extract(article("A randomised trial", _METHODS, results))
    (claim,) = record.claims
    assert claim.outcome.text == "neck pain intensity at 6 weeks"
    assert claim.outcome.role == "primary"
