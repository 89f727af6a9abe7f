"""Record -> RDF: nanopublication structure, provenance, determinism, statistics terms."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.claim_filters import ClaimFilter
from kg.claim_queries import get_publication
from kg.export import articles
from kg.model import (
    Arm,
    ArmRef,
    ArmResult,
    Claim,
    ConceptRef,
    Effect,
    Evidence,
    MeshHeading,
    Outcome,
    Population,
    PValue,
    Record,
)
from kg.rdf_mapping import record_to_graphs
from kg.stores import OxigraphStore, RecordGraphs
from kg.vocab import EVG, node, sparql_prologue

BASE = "https://example.org/evg/"
TEXT = (
    "Tea versus water for tiredness\n\n"
    "Results: Tiredness fell in 10/20 with tea and 4/20 with water (p=0.04)."
)


def make_record(claim_id: str = "c1", with_effect: bool = True) -> Record:
    start = TEXT.index("Tiredness fell")
    return Record(
        id="pubmed:123",
        pmid="123",
        doi="10.1000/xyz<1>",
        title="Tea versus water for tiredness",
        journal="Journal of Examples",
        year=2021,
        text=TEXT,
        mesh=[
            MeshHeading(ui="D006801", label="Humans"),
            MeshHeading(ui=None, label="Unresolved Heading", major=True, qualifiers=["therapy"]),
        ],
        arms=[Arm(id="arm1", label="tea", n=20), Arm(id="arm2", label="water", n=20)],
        claims=[
            Claim(
                id=claim_id,
                population=Population(
                    text="40 tired adults",
                    n=40,
                    condition=[ConceptRef(ui="D005221", label="Fatigue")],
                    species="human",
                ),
                intervention=ArmRef(arm="arm1", text="tea"),
                comparator=ArmRef(arm="arm2", text="water"),
                outcome=Outcome(text="tiredness", timepoint="2 weeks"),
                results=[
                    ArmResult(arm="arm1", n=20, events=10, percent=50.0),
                    ArmResult(arm="arm2", n=20, events=4, percent=20.0),
                ],
                effect=Effect(
                    measure="risk ratio", value=2.5, ci_low=0.93, ci_high=6.7, source="computed"
                )
                if with_effect
                else None,
                p_value=PValue(relation="=", value=0.04),
                direction="increased",
                significant=True,
                evidence=Evidence(start=start, end=len(TEXT), text=TEXT[start:]),
            )
        ],
    )


def load(record: Record) -> ox.Store:
    store = ox.Store()
    graphs = record_to_graphs(record, base=BASE, extractor_version="test/1")
    store.extend(graphs.stored_quads())
    return store


def ask(store: ox.Store, body: str) -> bool:
    result = store.query(sparql_prologue() + body, use_default_graph_as_union=True)
    return bool(result)


def test_rdf_mapping_is_deterministic() -> None:
    a = record_to_graphs(make_record(), base=BASE, extractor_version="test/1").quads
    b = record_to_graphs(make_record(), base=BASE, extractor_version="test/1").quads
    assert a == b


def test_rdf_mapping_nanopublication_per_claim() -> None:
    store = load(make_record())
    assert ask(
        store,
        """ASK { GRAPH ?head { ?np a np:Nanopublication ; np:hasAssertion ?a ;
        np:hasProvenance ?p ; np:hasPublicationInfo ?i }
        GRAPH ?a { ?claim a pico:PICO ; pico:outcomeGroup ?o }
        GRAPH ?p { ?a prov:wasDerivedFrom ?art } }""",
    )


def test_rdf_mapping_article_graph() -> None:
    store = load(make_record())
    assert ask(
        store,
        """ASK { GRAPH ?g { <https://identifiers.org/pubmed:123> a fabio:JournalArticle ;
        bibo:pmid "123" ; dcterms:subject <http://id.nlm.nih.gov/mesh/D006801> } }""",
    )
    # an unresolved heading keeps its label and no descriptor
    assert ask(
        store,
        """ASK { ?m rdfs:label "Unresolved Heading" ; evg:majorTopic true
        FILTER NOT EXISTS { ?m evg:descriptor ?d } }""",
    )


def test_rdf_mapping_statistics_terms() -> None:
    store = load(make_record())
    assert ask(
        store,
        """ASK { ?c evg:effect ?e . ?e a obo:STATO_0000245 ; obo:STATO_0000129 ?v ;
        evg:confidenceInterval ?ci . ?ci a obo:STATO_0000231 ; evg:ciLow ?lo .
        ?c evg:pValue ?p . ?p a obo:OBI_0000175 ; obo:STATO_0000129 ?pv ; evg:relation "="
        FILTER(?v = 2.5 && ?pv = 0.04 && ?lo = 0.93) }""",
    )


SELECTED_QUOTES = """SELECT ?article ?source ?exact ?quoted WHERE {
  ?ann a oa:Annotation ; oa:hasTarget ?t . ?t oa:hasSource ?source ; oa:hasSelector ?pos, ?q .
  ?source a dctypes:Text ; rdf:value ?text ; prov:wasDerivedFrom ?article .
  ?pos a oa:TextPositionSelector ; oa:start ?s ; oa:end ?e .
  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
  BIND(SUBSTR(?text, ?s + 1, ?e - ?s) AS ?quoted)
}"""
"""Each annotation's quote beside the part of its source's text that its offsets select."""


def test_rdf_mapping_evidence_selectors_index_their_source_text() -> None:
    # characters outside ASCII (one outside the BMP) before the evidence: offsets count
    # code points in Python and in SPARQL alike
    text = (
        "Tea \u2265 2 cups versus water for tiredness\n\n"
        "Methods: Adults (\U0001d6fd cohort) drank tea or water.\n\n"
        "Results: Tiredness fell in 10/20 with tea and 4/20 with water (p=0.04). "
        "Sleep was longer with tea than with water (p=0.01)."
    )
    base = make_record()
    claims = []
    for n, quote in enumerate(("Tiredness fell", "Sleep was longer"), start=1):
        start = text.index(quote)
        end = text.index(")", start) + 2
        claims.append(
            base.claims[0].model_copy(
                update={
                    "id": f"c{n}",
                    "evidence": Evidence(start=start, end=end, text=text[start:end]),
                }
            )
        )
    store = load(base.model_copy(update={"text": text, "claims": claims}))
    rows = list(store.query(sparql_prologue() + SELECTED_QUOTES, use_default_graph_as_union=True))
    assert len(rows) == 2
    for row in rows:
        assert row["quoted"].value == row["exact"].value
        # the source is the record's text, derived from the article; not the article itself
        assert row["article"].value == "https://identifiers.org/pubmed:123"
        assert row["source"].value == f"{BASE}record/pubmed-123/text"


def test_rdf_mapping_manifest_lists_every_graph() -> None:
    graphs = record_to_graphs(make_record(), base=BASE, extractor_version="test/1")
    used = {q.graph_name for q in graphs.quads}
    listed = {q.object for q in graphs.quads if q.predicate.value.endswith("#containsGraph")}
    assert used == listed
    assert graphs.key in used


@pytest.mark.parametrize("value", [1e-05, 0.000123, 12345.0])
def test_rdf_mapping_decimal_literals_have_no_exponent(value: float) -> None:
    record = make_record()
    record.claims[0].p_value = PValue(relation="<", value=value)
    store = load(record)
    rows = list(
        store.query(
            sparql_prologue() + "SELECT ?v WHERE { ?p a obo:OBI_0000175 ; obo:STATO_0000129 ?v }",
            use_default_graph_as_union=True,
        )
    )
    assert "e" not in rows[0]["v"].value.lower()
    assert float(rows[0]["v"].value) == pytest.approx(value)


def test_rdf_mapping_claim_groups_link_the_arm_without_redescribing_it() -> None:
    from kg.claim_queries import claims_by_iri
    from kg.stores import open_store

    record = make_record()
    record.arms[0].interventions = ["green tea", "honey"]
    record.claims[0].intervention = ArmRef(arm="arm1", text="tea with honey")
    graphs = record_to_graphs(record, base=BASE, extractor_version="test/1")
    store = ox.Store()
    store.extend(graphs.quads)
    rows = store.query(
        sparql_prologue()
        + """SELECT ?t ?arm WHERE { ?c a evg:Claim ;
        pico:interventionGroup ?g . ?g evg:interventionText ?t ; evg:arm ?arm }""",
        use_default_graph_as_union=True,
    )
    arm1 = f"{BASE}record/pubmed-123/arm/arm1"
    assert [(r["t"].value, r["arm"].value) for r in rows] == [("tea with honey", arm1)]
    texts = store.query(
        sparql_prologue() + f"SELECT ?t WHERE {{ <{arm1}> evg:interventionText ?t }}",
        use_default_graph_as_union=True,
    )
    assert sorted(r["t"].value for r in texts) == ["green tea", "honey"]
    # read back as Record JSON, the claim names its arms
    kept = open_store(":memory:")
    kept.replace_records([graphs])
    claim_iri = next(q.subject.value for q in graphs.quads if q.object.value.endswith("#Claim"))
    claim = claims_by_iri(kept, [claim_iri])[claim_iri]
    assert claim["intervention"] == {"arm": "arm1", "text": "tea with honey", "mesh": []}
    assert claim["comparator"]["arm"] == "arm2"
    # the condition's label is in the terms graph, once, and read back with the claim
    assert claim["population"]["condition"] == [{"ui": "D005221", "label": "Fatigue"}]
    terms = f"{BASE}graph/terms"
    assert {q.graph_name.value for q in graphs.shared} == {terms}
    assert not any(q.graph_name.value == terms for q in graphs.quads)


def test_rdf_mapping_keywords_are_stored_and_read_back() -> None:
    from kg.claim_queries import get_publication
    from kg.stores import open_store

    record = make_record()
    record.keywords = ["tiredness", "green tea"]
    graphs = record_to_graphs(record, base=BASE, extractor_version="test/1")
    store = open_store(":memory:")
    store.replace_records([graphs])
    publication = get_publication(store, "123")
    assert publication is not None
    assert publication["keywords"] == ["green tea", "tiredness"]


def test_record_takes_the_articles_keywords() -> None:
    import io

    from extractors.readers import iter_articles

    xml = (
        b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>900000301</PMID><Article>"
        b"<ArticleTitle>An invented trial.</ArticleTitle></Article><KeywordList>"
        b"<Keyword>zinc</Keyword><Keyword>diarrhoea</Keyword></KeywordList>"
        b"</MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    (article,) = list(iter_articles(io.BytesIO(xml)))
    assert Record.from_article(article).keywords == ["zinc", "diarrhoea"]  # type: ignore[arg-type]


def test_rdf_mapping_observed_risk_confidence_level_and_agent() -> None:
    record = make_record()
    record.claims[0].results[0].percent = 53.3  # 53.3 / 100 in floats is 0.5329999999999999
    effect = record.claims[0].effect
    assert effect is not None
    effect.ci_level = 0.99
    store = load(record)
    rows = store.query(
        sparql_prologue()
        + """SELECT ?v WHERE { ?r evg:observedRisk ?risk . ?risk a obo:STATO_0000423 ;
        obo:STATO_0000129 ?v }""",
        use_default_graph_as_union=True,
    )
    assert sorted(str(r["v"].value) for r in rows) == ["0.2", "0.533"]
    # a 99% interval is a confidence interval, not STATO's 95% one
    assert ask(store, "ASK { ?ci a evg:ConfidenceInterval ; evg:ciLevel 0.99 }")
    assert not ask(store, "ASK { ?ci a obo:STATO_0000231 }")
    effect.ci_level = 0.95
    assert ask(load(record), "ASK { ?ci a obo:STATO_0000231, evg:ConfidenceInterval }")
    # the nanopublication is attributed to an agent; the versioned run acts for it
    assert ask(
        store,
        """ASK { ?np prov:wasAttributedTo ?agent . ?agent a prov:SoftwareAgent, evg:Extractor .
        ?a prov:wasGeneratedBy ?run . ?run a prov:Activity ; prov:wasAssociatedWith ?agent ;
        evg:version "test/1" }""",
    )


def test_rdf_mapping_records_of_one_journal_share_its_node() -> None:
    from kg.claim_queries import get_publication
    from kg.stores import open_store

    first, second = make_record(), make_record()
    second.id, second.pmid, second.journal = "pubmed:124", "124", "Journal  of Examples."
    store = open_store(":memory:")
    store.replace_records(
        [record_to_graphs(r, base=BASE, extractor_version="test/1") for r in (first, second)]
    )
    rows = store.query(
        "SELECT DISTINCT ?j WHERE { ?a <http://purl.org/dc/terms/isPartOf> ?j }"
    ).rows
    assert [str(r["j"].value) for r in rows] == [f"{BASE}journal/journal-of-examples"]
    publication = get_publication(store, "124")
    assert publication is not None and publication["journal"] == "Journal  of Examples."


def _old_form(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The quads as stores written before the text resource hold them: the text as the article's
    ``evg:abstractText``, no text resource."""
    text_iri = f"{BASE}record/pubmed-123/text"
    old = [q for q in quads if q.subject.value != text_iri]
    key = ox.NamedNode(f"{BASE}record/pubmed-123/graph")
    article = ox.NamedNode("https://identifiers.org/pubmed:123")
    return [*old, ox.Quad(article, node(EVG.abstractText), ox.Literal(TEXT), key)]


@pytest.mark.parametrize("form", ["text resource", "article abstractText"])
def test_rdf_mapping_text_reads_back_into_publication_and_ris(form: str) -> None:
    graphs = record_to_graphs(make_record(), base=BASE, extractor_version="test/1")
    if form != "text resource":
        graphs = RecordGraphs(graphs.key, _old_form(graphs.quads), graphs.shared)
    with OxigraphStore(None) as store:
        store.replace_records([graphs])
        pub = get_publication(store, "123")
        assert pub is not None and pub["text"] == TEXT
        (claim,) = pub["claims"]
        start, end = claim["evidence"]["start"], claim["evidence"]["end"]
        assert pub["text"][start:end] == claim["evidence"]["text"]
        (article,) = articles(store, ClaimFilter())
        assert article["abstract"] == TEXT
