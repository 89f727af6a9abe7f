"""The RDF vocabulary, declared once. Nowhere else in the project spells an IRI string.

Standard vocabularies first (Cochrane PICO, STATO/OBI, PROV-O, Web Annotation, nanopub,
FaBiO, BIBO, Dublin Core, NLM's MeSH RDF); ``EVG`` holds only what they lack. Every
namespace is an rdflib ``DefinedNamespace`` so that a misspelt term raises; ``node()`` turns
any term into a pyoxigraph ``NamedNode`` for the fast write path.
"""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import DCTERMS, PROV, RDF, RDFS, XSD, URIRef
from rdflib.namespace import DCMITYPE, DefinedNamespace, Namespace


class PICO(DefinedNamespace):
    """Cochrane PICO ontology."""

    _NS = Namespace("http://data.cochrane.org/ontologies/pico/")
    _fail = True

    PICO: URIRef
    Population: URIRef
    Intervention: URIRef
    Outcome: URIRef
    population: URIRef
    interventionGroup: URIRef
    comparatorGroup: URIRef
    outcomeGroup: URIRef
    condition: URIRef
    numberOfParticipants: URIRef
    endpoint: URIRef


class OBO(DefinedNamespace):
    """STATO and OBI terms used for statistics."""

    _NS = Namespace("http://purl.obolibrary.org/obo/")
    _fail = True

    STATO_0000182: URIRef  # odds ratio
    STATO_0000245: URIRef  # relative risk (risk ratio)
    STATO_0000424: URIRef  # risk difference
    STATO_0000457: URIRef  # mean difference
    STATO_0000100: URIRef  # standardized mean difference
    STATO_0000231: URIRef  # 95% confidence interval
    STATO_0000423: URIRef  # observed risk
    STATO_0000129: URIRef  # has value
    OBI_0000175: URIRef  # p-value


class NP(DefinedNamespace):
    """Nanopublication schema."""

    _NS = Namespace("http://www.nanopub.org/nschema#")
    _fail = True

    Nanopublication: URIRef
    hasAssertion: URIRef
    hasProvenance: URIRef
    hasPublicationInfo: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    motivatedBy: URIRef
    describing: URIRef


class FABIO(DefinedNamespace):
    _NS = Namespace("http://purl.org/spar/fabio/")
    _fail = True

    JournalArticle: URIRef
    Journal: URIRef
    hasSubjectTerm: URIRef
    hasPublicationYear: URIRef


class BIBO(DefinedNamespace):
    _NS = Namespace("http://purl.org/ontology/bibo/")
    _fail = True

    pmid: URIRef
    doi: URIRef


class EVG(DefinedNamespace):
    """Evidence Graph's own terms, only where the standard vocabularies have none."""

    _NS = Namespace("https://w3id.org/evidence-graph/vocab#")
    _fail = True

    # classes
    Claim: URIRef
    Arm: URIRef
    ArmResult: URIRef
    MeshIndexing: URIRef
    Extractor: URIRef
    HazardRatio: URIRef  # STATO has no hazard ratio
    ConfidenceInterval: URIRef  # any level (STATO_0000231 is the 95% one)
    # record bookkeeping: the article graph lists every graph of its record
    containsGraph: URIRef
    recordId: URIRef
    abstractText: URIRef  # the text, on the article, in stores older than its own resource
    journalTitle: URIRef
    publicationType: URIRef
    substance: URIRef
    keyword: URIRef
    # MeSH indexing
    meshIndexing: URIRef
    descriptor: URIRef
    qualifier: URIRef
    majorTopic: URIRef
    # arms and results
    arm: URIRef
    armLabel: URIRef
    interventionText: URIRef
    isComparator: URIRef  # the arm is the trial's control (placebo, usual care, ...)
    dose: URIRef
    route: URIRef
    result: URIRef
    events: URIRef
    percent: URIRef
    mean: URIRef
    sd: URIRef
    median: URIRef
    medianLow: URIRef
    medianHigh: URIRef
    medianSpread: URIRef
    participantsRandomised: URIRef
    participantsEnrolled: URIRef
    participantsAnalysed: URIRef
    ageGroup: URIRef
    sex: URIRef
    # claim attributes
    timepoint: URIRef
    outcomeRole: URIRef  # "primary" / "secondary", where the abstract says
    species: URIRef
    effect: URIRef
    effectSource: URIRef
    confidenceInterval: URIRef
    observedRisk: URIRef  # an arm result's observed risk (a STATO_0000423 node)
    ciLow: URIRef
    ciHigh: URIRef
    ciLevel: URIRef
    pValue: URIRef
    relation: URIRef
    direction: URIRef
    significant: URIRef
    negated: URIRef
    hedged: URIRef
    confidence: URIRef
    warning: URIRef
    evidenceText: URIRef
    version: URIRef


class MESHV(DefinedNamespace):
    """NLM's MeSH RDF vocabulary (https://id.nlm.nih.gov/mesh/): descriptors, tree numbers
    and the hierarchy between them, as NLM's own SPARQL endpoint states them."""

    _NS = Namespace("http://id.nlm.nih.gov/mesh/vocab#")
    _fail = True

    TopicalDescriptor: URIRef
    GeographicalDescriptor: URIRef  # the descriptors of tree Z (Geographicals)
    TreeNumber: URIRef
    treeNumber: URIRef  # descriptor -> each of its tree numbers
    parentTreeNumber: URIRef  # tree number -> the one above it (C05.550.114 -> C05.550)
    broaderDescriptor: URIRef  # descriptor -> the descriptor at a parent tree number


class SD(DefinedNamespace):
    """SPARQL 1.1 Service Description."""

    _NS = Namespace("http://www.w3.org/ns/sparql-service-description#")
    _fail = True

    Service: URIRef
    Dataset: URIRef
    Graph: URIRef
    NamedGraph: URIRef
    endpoint: URIRef
    supportedLanguage: URIRef
    SPARQL11Query: URIRef
    SPARQL11Update: URIRef
    resultFormat: URIRef
    feature: URIRef
    UnionDefaultGraph: URIRef
    defaultDataset: URIRef
    defaultGraph: URIRef


#: W3C unique identifiers for formats (https://www.w3.org/ns/formats/), by media type.
FORMATS_NS = "http://www.w3.org/ns/formats/"
FORMAT_IRIS: dict[str, str] = {
    "application/sparql-results+json": FORMATS_NS + "SPARQL_Results_JSON",
    "application/sparql-results+xml": FORMATS_NS + "SPARQL_Results_XML",
    "text/csv": FORMATS_NS + "SPARQL_Results_CSV",
    "text/tab-separated-values": FORMATS_NS + "SPARQL_Results_TSV",
    "text/turtle": FORMATS_NS + "Turtle",
    "application/n-triples": FORMATS_NS + "N-Triples",
    "application/rdf+xml": FORMATS_NS + "RDF_XML",
    "application/ld+json": FORMATS_NS + "JSON-LD",
    "application/trig": FORMATS_NS + "TriG",
    "application/n-quads": FORMATS_NS + "N-Quads",
}

MESH = Namespace("http://id.nlm.nih.gov/mesh/")
PUBMED = Namespace("https://identifiers.org/pubmed:")
DOI = Namespace("https://doi.org/")

#: Prefixes offered to SPARQL users and used when serialising Turtle/TriG.
PREFIXES: dict[str, str] = {
    "pico": str(PICO._NS),
    "obo": str(OBO._NS),
    "np": str(NP._NS),
    "oa": str(OA._NS),
    "fabio": str(FABIO._NS),
    "bibo": str(BIBO._NS),
    "evg": str(EVG._NS),
    "mesh": str(MESH),
    "meshv": str(MESHV._NS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "dctypes": str(DCMITYPE),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


def sparql_prologue() -> str:
    """PREFIX declarations for every namespace above, for queries written in this project."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


@lru_cache(maxsize=1024)
def node(term: str) -> ox.NamedNode:
    """The pyoxigraph NamedNode for a vocabulary term (cached: terms repeat per triple)."""
    return ox.NamedNode(str(term))


def mesh_iri(ui: str) -> str:
    """A descriptor's IRI (D001172), or a tree number's (C05.550.114.154): NLM's own."""
    return str(MESH[ui])


def pubmed_iri(pmid: str) -> str:
    return str(PUBMED[pmid])
