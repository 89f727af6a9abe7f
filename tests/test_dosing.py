"""Dose and route of an arm (extractors.dosing), the arms of a Record that carry them and the
comparator flag, and the same arms read back from the graph. All texts are invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from api.app import create_app
from api.settings import Settings
from extractors.dosing import dose_of, route_of
from extractors.pipeline import Extractor
from tests.test_pipeline_abstracts import article


@pytest.mark.parametrize(
    ("text", "dose", "route"),
    [
        ("oral drug K 50 mg once daily", "50 mg once daily", "oral"),
        ("inhaled drug L (400 µg twice daily)", "400 µg twice daily", "inhaled"),
        ("drug M (5 mg orally at bedtime)", "5 mg at bedtime", "oral"),
        ("2 g of intravenous drug N", "2 g", "intravenous"),
        ("drug P 10-20 mg/kg/day IV", "10-20 mg/kg/day", "intravenous"),
        ("drug Q 175 mg/m2 every 3 weeks", "175 mg/m2 every 3 weeks", None),
        ("drug R 500 mg b.i.d. plus drug S 5 mg", "500 mg b.i.d.; 5 mg", None),
        ("vitamin D 50,000 IU weekly", "50,000 IU weekly", None),
        ("0.5% drug T 20 mL epidurally", "0.5%; 20 mL", "epidural"),
        ("subcutaneous drug U 1.5 mg", "1.5 mg", "subcutaneous"),
        ("drug V eye drops", None, "ophthalmic"),
        ("oral drug W or intravenous drug W", None, "oral, intravenous"),
        ("matching placebo", None, None),
        ("10 sessions of supervised exercise", None, None),
        ("50% of the usual dose of drug X", None, None),
        ("drug S 4%", "4%", None),
        ("intranasal drug M (1 μg.kg-1)", "1 μg.kg-1", "intranasal"),
        ("drug M 1 μg kg−1 h−1 by infusion", "1 μg kg−1 h−1", None),
        ("caudal drug M 0.5 mL.kg(-1)", "0.5 mL.kg(-1)", None),
        ("drug M at 1 ml/kg/hour over 24 hours", "1 ml/kg/hour", None),
        ("2% drug Z cream", "2%", "topical"),
        ("adherence to drug K was 16.5% in", None, None),
        ("the drug K group (45%)", None, None),
        ("median oxygen saturation 88%", None, None),
        ("drug S 2·5% gel", "2·5%", "topical"),
        ("adherence was 66·5% with drug S", None, None),
        ("chemotherapy for stage IV disease", None, None),
        ("drug Y for grade III-IV lesions", None, None),
    ],
)
def test_dose_and_route(text: str, dose: str | None, route: str | None) -> None:
    assert dose_of(text) == dose
    assert route_of(text) == route


@given(
    st.from_regex(
        r"[a-z ]{0,12}\d{1,4}(?:[.,·]\d{1,3})?(?:\s?[-–]\s?\d{1,4}(?:[.,·]\d)?)?\s?"
        r"(?:%|mg|µg|IU|mL)(?:/kg)?[ a-z,;()%-]{0,20}",
        fullmatch=True,
    )
)
def test_dose_like_text_never_raises(text: str) -> None:
    dose_of(text)
    route_of(text)


@given(st.text(max_size=200))
def test_dose_and_route_never_raise_and_quote_the_text(text: str) -> None:
    dose, route = dose_of(text), route_of(text)
    for part in (dose or "").split("; ") if dose else []:
        assert part.split()[0] in " ".join(text.split())
    assert route is None or all(r.strip() for r in route.split(","))


_ABSTRACT = article(
    "A randomised trial of drug K for migraine",
    (
        "Methods",
        "We randomly assigned 90 adults with migraine to oral drug K 50 mg once daily (n = 45) "
        "or matching placebo (n = 45) for 12 weeks.",
    ),
    ("Results", "Migraine days fell more with drug K than with placebo (p = 0.01)."),
)


def test_the_arms_of_a_record_carry_dose_route_and_the_comparator(extractor: Extractor) -> None:
    arms = {a.id: a for a in extractor.extract(_ABSTRACT).arms}
    drug, placebo = arms["arm1"], arms["arm2"]
    assert (drug.dose, drug.route, drug.comparator) == ("50 mg once daily", "oral", False)
    assert (placebo.dose, placebo.route, placebo.comparator) == (None, None, True)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(store=":memory:", cache_dir=tmp_path_factory.mktemp("cache"))
    with TestClient(create_app(settings)) as c:
        yield c


def test_the_arms_read_back_from_the_graph_keep_dose_route_and_comparator(
    client: TestClient,
) -> None:
    body = "\n\n".join([_ABSTRACT.title, _ABSTRACT.text.split("\n\n", 1)[1]])
    r = client.post("/records", content=body.encode(), headers={"Content-Type": "text/plain"})
    assert r.status_code == 201, r.text
    stored = client.get("/sparql", params={"query": _ARMS_QUERY}, headers={"Accept": "text/csv"})
    assert stored.status_code == 200, stored.text
    assert set(stored.text.strip().splitlines()[1:]) == {"50 mg once daily,oral,false", ",,true"}


_ARMS_QUERY = """PREFIX evg: <https://w3id.org/evidence-graph/vocab#>
SELECT ?dose ?route ?comparator WHERE {
  ?arm a evg:Arm ; evg:isComparator ?comparator .
  OPTIONAL { ?arm evg:dose ?dose } OPTIONAL { ?arm evg:route ?route }
}"""


@pytest.mark.parametrize(
    ("methods", "control"),
    [
        ("120 women were allocated to 2 g of intravenous drug N or normal saline.", "arm2"),
        ("Patients were randomly assigned to 0.9% sodium chloride or drug N 4 mg.", "arm1"),
        ("Infants were randomised to 3% hypertonic saline or normal saline by nebuliser.", "arm2"),
        ("Adults were randomised to drug N or placebo (normal saline).", "arm2"),
    ],
)
def test_normal_saline_is_the_comparator(extractor: Extractor, methods: str, control: str) -> None:
    record = extractor.extract(article("A trial", ("Methods", methods)))
    assert [a.id for a in record.arms if a.comparator] == [control], record.arms
