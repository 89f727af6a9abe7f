"""The optional Population and ArmResult fields are stored in RDF and read back."""

from __future__ import annotations

from kg.claim_queries import claims_by_iri
from kg.iris import RecordIris
from kg.model import ArmResult, Population
from kg.rdf_mapping import record_to_graphs
from kg.stores.oxigraph import OxigraphStore
from tests.test_rdf_mapping import BASE, make_record


def test_rdf_population_counts_age_sex_and_median_spread_round_trip() -> None:
    record = make_record()
    claim = record.claims[0]
    claim.population = Population(
        text="120 women aged 65 years or older",
        n=120,
        n_randomised=120,
        n_enrolled=150,
        n_analysed=110,
        age_group="older adults",
        sex="female",
    )
    claim.results = [
        ArmResult(
            arm="arm1", n=60, median=4.0, median_low=2.0, median_high=6.0, median_spread="iqr"
        )
    ]
    store = OxigraphStore(None)
    store.replace_records([record_to_graphs(record, base=BASE, extractor_version="test/1")])
    iri = RecordIris(BASE, record.id, record.pmid).claim(claim.id)
    read = claims_by_iri(store, [iri])[iri]
    population = read["population"]
    assert (population["n_randomised"], population["n_enrolled"], population["n_analysed"]) == (
        120,
        150,
        110,
    )
    assert (population["age_group"], population["sex"]) == ("older adults", "female")
    result = read["results"][0]
    assert (result["median"], result["median_low"], result["median_high"]) == (4.0, 2.0, 6.0)
    assert result["median_spread"] == "iqr"
