"""Record -> RDF quads, per DESIGN.md's RDF model.

One article graph per record (FaBiO/BIBO/Dublin Core bibliographic data, the record's text
as a ``dctypes:Text`` of its own, MeSH indexing, arms, and the manifest of the record's
graphs) and one nanopublication per claim: a head graph, an assertion graph (Cochrane PICO
with STATO/OBI statistics), a provenance graph (PROV-O plus a Web Annotation whose text
position and quote selectors point at the evidence sentence in that text) and a
publication-info graph. What many records state alike (a MeSH
descriptor's label, a journal, the extractor run and its agent) goes to the terms graph
that they share (``RecordGraphs.shared``), so that it is one triple there. Given a MeSH
index, the terms graph also gets each descriptor that the record names and every one above
it, with their tree numbers, in NLM's MeSH RDF terms (``meshv:``), so that a query can walk
the hierarchy (``?d meshv:broaderDescriptor* mesh:D001168``). All IRIs come from
``kg.iris`` and ``kg.vocab``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import DCTERMS, PROV, RDF, RDFS, XSD
from rdflib.namespace import DCMITYPE

from kg.iris import RecordIris
from kg.mesh import MeshIndex
from kg.model import Claim, Record
from kg.stores.base import RecordGraphs
from kg.vocab import BIBO, DOI, EVG, FABIO, MESHV, NP, OA, OBO, PICO, mesh_iri, node

EFFECT_CLASSES = {
    "odds ratio": OBO.STATO_0000182,
    "risk ratio": OBO.STATO_0000245,
    "risk difference": OBO.STATO_0000424,
    "mean difference": OBO.STATO_0000457,
    "standardized mean difference": OBO.STATO_0000100,
    "hazard ratio": EVG.HazardRatio,
}

_XSD_INTEGER = ox.NamedNode(str(XSD.integer))
_XSD_DECIMAL = ox.NamedNode(str(XSD.decimal))
_XSD_BOOLEAN = ox.NamedNode(str(XSD.boolean))
_XSD_GYEAR = ox.NamedNode(str(XSD.gYear))


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD_INTEGER)


def _dec(value: float | Decimal) -> ox.Literal:
    """An xsd:decimal literal written without exponent (1e-05 -> 0.00001)."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    text = format(exact.normalize(), "f")
    if "." not in text:
        text += ".0"
    return ox.Literal(text, datatype=_XSD_DECIMAL)


def _bool(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=_XSD_BOOLEAN)


def _str(value: str) -> ox.Literal:
    return ox.Literal(value)


class _Graph:
    """Collects quads for one named graph."""

    def __init__(self, iri: str, sink: list[ox.Quad]):
        self.name = ox.NamedNode(iri)
        self._sink = sink

    def add(self, s: str | ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal | str) -> None:
        subject = s if isinstance(s, ox.NamedNode) else ox.NamedNode(s)
        obj = ox.NamedNode(o) if isinstance(o, str) else o
        self._sink.append(ox.Quad(subject, node(p), obj, self.name))

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads made for this graph already."""
        self._sink.extend(quads)


def record_to_graphs(
    record: Record,
    *,
    base: str,
    extractor_version: str,
    generated_at: str | None = None,
    mesh: MeshIndex | None = None,
) -> RecordGraphs:
    """All quads of a record: its article graph and one nanopublication per claim.

    ``generated_at`` (an xsd:dateTime string) is written into each nanopublication's
    publication info when given; leave it out for byte-stable output. With ``mesh``, the
    terms graph also gets the MeSH hierarchy above the descriptors the record names (see
    ``_add_hierarchy``); without it, or with an empty index, nothing more.
    """
    iris = RecordIris(base, record.id, record.pmid)
    quads: list[ox.Quad] = []
    shared: list[ox.Quad] = []
    article, terms = _Graph(iris.graph, quads), _Graph(iris.terms_graph, shared)
    graphs = [iris.graph]
    _add_article(article, terms, record, iris)
    activity = iris.extractor(extractor_version)
    if record.claims:
        terms.add(activity, RDF.type, node(PROV.Activity))
        terms.add(activity, EVG.version, _str(extractor_version))
        terms.add(activity, PROV.wasAssociatedWith, iris.agent)
        terms.add(iris.agent, RDF.type, node(PROV.SoftwareAgent))
        terms.add(iris.agent, RDF.type, node(EVG.Extractor))
        terms.add(iris.agent, RDFS.label, _str("Evidence Graph"))
    for claim in record.claims:
        graphs.extend(_add_claim(quads, terms, claim, iris, activity, generated_at))
    for g in graphs:
        article.add(iris.graph, EVG.containsGraph, g)
    if mesh is not None and len(mesh):
        uis, labelled = _descriptors(record)
        _add_hierarchy(terms, uis, mesh, labelled)
    return RecordGraphs(key=article.name, quads=quads, shared=_unique(shared))


def _unique(quads: list[ox.Quad]) -> list[ox.Quad]:
    return list(dict.fromkeys(quads))


_TREE_NUMBER = re.compile(r"[A-Z]\d{2}(?:\.\d{3})*")
"""A MeSH tree number: C05, C05.550.114.154 (the form NLM's tree-number IRIs take)."""


def _descriptors(record: Record) -> tuple[list[str], set[str]]:
    """The UIs of the MeSH descriptors (D...) that the record's graphs name, in order of
    first use (headings, substances, conditions, interventions' and comparators' subjects,
    outcomes' endpoints), and those of them that it labels itself."""
    labelled = [h.ui for h in record.mesh if h.ui]
    labelled += [s.ui for s in record.substances if s.ui and s.label]
    named = [*labelled, *(s.ui for s in record.substances if s.ui)]
    for claim in record.claims:
        conditions = [c.ui for c in claim.population.condition if c.ui]
        labelled += conditions
        named += conditions
        for ref in (claim.intervention, claim.comparator):
            named += ref.mesh if ref is not None else ()
        named += claim.outcome.mesh
    return [ui for ui in dict.fromkeys(named) if ui.startswith("D")], set(labelled)


# the terms of the MeSH hierarchy, looked up once (a DefinedNamespace attribute costs ~5 µs)
_TOPICAL, _GEOGRAPHICAL = node(MESHV.TopicalDescriptor), node(MESHV.GeographicalDescriptor)
_TREE = node(MESHV.TreeNumber)
_TYPE, _LABEL, _HAS_TREE = RDF.type, RDFS.label, MESHV.treeNumber
_PARENT_TREE, _BROADER = MESHV.parentTreeNumber, MESHV.broaderDescriptor


@lru_cache(maxsize=8192)
def _mesh_node(ui_or_tree: str) -> ox.NamedNode:
    """The IRI of a descriptor or tree number (cached: the same ones recur in most records)."""
    return ox.NamedNode(mesh_iri(ui_or_tree))


def _add_hierarchy(terms: _Graph, uis: list[str], mesh: MeshIndex, labelled: set[str]) -> None:
    """Each descriptor of ``uis`` that ``mesh`` knows and every descriptor above it, in NLM's
    MeSH RDF terms (see ``_descriptor_quads``), so that the same queries run here and on
    NLM's endpoint; each with its preferred name as ``rdfs:label`` unless the record labels
    it (``labelled``)."""
    seen: set[str] = set()
    todo = [ui for ui in reversed(uis) if ui in mesh]
    while todo:
        ui = todo.pop()
        if ui in seen:
            continue
        seen.add(ui)
        quads, broader = _descriptor_quads(mesh, terms.name.value, ui)
        terms.extend(quads)
        name = mesh.label(ui)
        if name and ui not in labelled:
            terms.add(_mesh_node(ui), _LABEL, _str(name))
        todo.extend(broader)


@lru_cache(maxsize=32768)
def _descriptor_quads(
    mesh: MeshIndex, graph: str, ui: str
) -> tuple[tuple[ox.Quad, ...], tuple[str, ...]]:
    """A descriptor's place in the hierarchy as quads in ``graph``, and the UIs one level up.

    The descriptor gets its type (``meshv:GeographicalDescriptor`` when all its tree numbers
    are in tree Z, else ``meshv:TopicalDescriptor``), ``meshv:treeNumber`` for each tree
    number and ``meshv:broaderDescriptor`` for the descriptor at each parent tree number. A
    tree number (``mesh:C05.550.114.154``) is a ``meshv:TreeNumber`` labelled with itself,
    with ``meshv:parentTreeNumber`` where the index has a descriptor at the parent. A tree
    number not of MeSH's form is left out. Cached: most records name the same ancestors
    (an index is not changed once records are mapped with it).
    """
    quads: list[ox.Quad] = []
    g, broader = _Graph(graph, quads), []
    descriptor = _mesh_node(ui)
    trees = [t for t in mesh.tree_numbers(ui) if _TREE_NUMBER.fullmatch(t)]
    geographical = bool(trees) and all(t.startswith("Z") for t in trees)
    g.add(descriptor, _TYPE, _GEOGRAPHICAL if geographical else _TOPICAL)
    for tree in trees:
        tree_iri = _mesh_node(tree)
        g.add(descriptor, _HAS_TREE, tree_iri)
        g.add(tree_iri, _TYPE, _TREE)
        g.add(tree_iri, _LABEL, _str(tree))
        parent = tree.rpartition(".")[0]
        parent_ui = mesh.ui_for_tree(parent) if parent else None
        if parent_ui is not None:
            g.add(tree_iri, _PARENT_TREE, _mesh_node(parent))
            g.add(descriptor, _BROADER, _mesh_node(parent_ui))
            broader.append(parent_ui)
    return tuple(quads), tuple(broader)


def _add_article(g: _Graph, terms: _Graph, record: Record, iris: RecordIris) -> None:
    a = iris.article
    g.add(a, RDF.type, node(FABIO.JournalArticle))
    g.add(a, EVG.recordId, _str(record.id))
    if record.pmid:
        g.add(a, BIBO.pmid, _str(record.pmid))
    if record.doi:
        g.add(a, BIBO.doi, _str(record.doi))
        g.add(a, RDFS.seeAlso, str(DOI[quote(record.doi, safe="/()._-;:")]))
    g.add(a, DCTERMS.title, _str(record.title))
    _add_text(g, record, iris)
    if record.year is not None:
        g.add(a, FABIO.hasPublicationYear, ox.Literal(f"{record.year:04d}", datatype=_XSD_GYEAR))
    if record.journal:
        journal = iris.journal(record.journal)
        g.add(a, DCTERMS.isPartOf, journal)
        g.add(a, EVG.journalTitle, _str(record.journal))  # as this record writes it
        terms.add(journal, RDF.type, node(FABIO.Journal))
        terms.add(journal, DCTERMS.title, _str(record.journal))
    for pt in record.publication_types:
        g.add(a, EVG.publicationType, _str(pt))
    for keyword in record.keywords:
        g.add(a, EVG.keyword, _str(keyword))
    for sub in record.substances:
        g.add(a, EVG.substance, mesh_iri(sub.ui) if sub.ui else _str(sub.label))
        if sub.ui and sub.label:
            terms.add(mesh_iri(sub.ui), RDFS.label, _str(sub.label))
    for i, heading in enumerate(record.mesh, start=1):
        m = iris.mesh_indexing(i)
        g.add(a, EVG.meshIndexing, m)
        g.add(m, RDF.type, node(EVG.MeshIndexing))
        g.add(m, RDFS.label, _str(heading.label))
        g.add(m, EVG.majorTopic, _bool(heading.major))
        for q in heading.qualifiers:
            g.add(m, EVG.qualifier, _str(q))
        if heading.ui:
            g.add(m, EVG.descriptor, mesh_iri(heading.ui))
            g.add(a, DCTERMS.subject, mesh_iri(heading.ui))
            g.add(a, FABIO.hasSubjectTerm, mesh_iri(heading.ui))
            terms.add(mesh_iri(heading.ui), RDFS.label, _str(heading.label))
    for arm in record.arms:
        arm_iri = iris.arm(arm.id)
        g.add(a, EVG.arm, arm_iri)
        g.add(arm_iri, RDF.type, node(EVG.Arm))
        g.add(arm_iri, RDFS.label, _str(arm.label))
        if arm.n is not None:
            g.add(arm_iri, PICO.numberOfParticipants, _int(arm.n))
        for text in arm.interventions:
            g.add(arm_iri, EVG.interventionText, _str(text))
        g.add(arm_iri, EVG.isComparator, _bool(arm.comparator))
        if arm.dose:
            g.add(arm_iri, EVG.dose, _str(arm.dose))
        if arm.route:
            g.add(arm_iri, EVG.route, _str(arm.route))


def _add_text(g: _Graph, record: Record, iris: RecordIris) -> None:
    """The text that the evidence selectors index, as a resource of its own: Evidence
    Graph's composition of the title and abstract (``Record.text``), which is not what the
    article's IRI (PubMed's page) serves, so a Web Annotation's ``oa:hasSource`` names this
    and the offsets hold: ``SUBSTR(?value, ?start + 1, ?end - ?start)`` is the quote."""
    text = iris.text
    g.add(text, RDF.type, node(DCMITYPE.Text))
    g.add(text, RDF.value, _str(record.text))
    g.add(text, DCTERMS.format, _str("text/plain"))
    g.add(text, PROV.wasDerivedFrom, iris.article)


def _add_claim(
    quads: list[ox.Quad],
    terms: _Graph,
    claim: Claim,
    iris: RecordIris,
    activity: str,
    generated_at: str | None,
) -> list[str]:
    c = iris.claim(claim.id)
    np_iri = iris.nanopub(claim.id)
    head, assertion = _Graph(f"{np_iri}/head", quads), _Graph(f"{np_iri}/assertion", quads)
    provenance, pubinfo = _Graph(f"{np_iri}/provenance", quads), _Graph(f"{np_iri}/pubinfo", quads)

    head.add(np_iri, RDF.type, node(NP.Nanopublication))
    head.add(np_iri, NP.hasAssertion, assertion.name)
    head.add(np_iri, NP.hasProvenance, provenance.name)
    head.add(np_iri, NP.hasPublicationInfo, pubinfo.name)

    _add_assertion(assertion, terms, claim, c, iris)

    prov_article = iris.article
    provenance.add(assertion.name, PROV.wasDerivedFrom, prov_article)
    provenance.add(assertion.name, PROV.wasGeneratedBy, activity)
    ann, target = f"{np_iri}/evidence", f"{np_iri}/evidence/target"
    pos, quote_sel = f"{np_iri}/evidence/position", f"{np_iri}/evidence/quote"
    provenance.add(ann, RDF.type, node(OA.Annotation))
    provenance.add(ann, OA.motivatedBy, node(OA.describing))
    provenance.add(ann, OA.hasBody, c)
    provenance.add(ann, OA.hasTarget, target)
    provenance.add(target, RDF.type, node(OA.SpecificResource))
    provenance.add(target, OA.hasSource, iris.text)
    provenance.add(target, OA.hasSelector, pos)
    provenance.add(target, OA.hasSelector, quote_sel)
    provenance.add(pos, RDF.type, node(OA.TextPositionSelector))
    provenance.add(pos, OA.start, _int(claim.evidence.start))
    provenance.add(pos, OA.end, _int(claim.evidence.end))
    provenance.add(quote_sel, RDF.type, node(OA.TextQuoteSelector))
    provenance.add(quote_sel, OA.exact, _str(claim.evidence.text))

    pubinfo.add(np_iri, PROV.wasAttributedTo, iris.agent)
    pubinfo.add(np_iri, DCTERMS.source, prov_article)
    if generated_at:
        dt = ox.NamedNode(str(XSD.dateTime))
        pubinfo.add(np_iri, PROV.generatedAtTime, ox.Literal(generated_at, datatype=dt))
    return [str(g.name.value) for g in (head, assertion, provenance, pubinfo)]


def _add_assertion(g: _Graph, terms: _Graph, claim: Claim, c: str, iris: RecordIris) -> None:
    g.add(c, RDF.type, node(PICO.PICO))
    g.add(c, RDF.type, node(EVG.Claim))
    g.add(c, DCTERMS.source, iris.article)

    pop = f"{c}/population"
    g.add(c, PICO.population, pop)
    g.add(pop, RDF.type, node(PICO.Population))
    g.add(pop, RDFS.label, _str(claim.population.text))
    if claim.population.n is not None:
        g.add(pop, PICO.numberOfParticipants, _int(claim.population.n))
    if claim.population.species:
        g.add(pop, EVG.species, _str(claim.population.species))
    for count_prop, count in (
        (EVG.participantsRandomised, claim.population.n_randomised),
        (EVG.participantsEnrolled, claim.population.n_enrolled),
        (EVG.participantsAnalysed, claim.population.n_analysed),
    ):
        if count is not None:
            g.add(pop, count_prop, _int(count))
    for text_prop, text in (
        (EVG.ageGroup, claim.population.age_group),
        (EVG.sex, claim.population.sex),
    ):
        if text:
            g.add(pop, text_prop, _str(text))
    for cond in claim.population.condition:
        if cond.ui:
            g.add(pop, PICO.condition, mesh_iri(cond.ui))
            terms.add(mesh_iri(cond.ui), RDFS.label, _str(cond.label))

    for prop, ref, suffix in (
        (PICO.interventionGroup, claim.intervention, "intervention"),
        (PICO.comparatorGroup, claim.comparator, "comparator"),
    ):
        if ref is None:
            continue
        # The claim's own node: its text is the claim's wording, which may differ from the
        # arm's interventions (the article graph's), so the arm is linked, not described.
        group = f"{c}/{suffix}"
        g.add(c, prop, group)
        g.add(group, RDF.type, node(PICO.Intervention))
        g.add(group, EVG.interventionText, _str(ref.text))
        if ref.arm:
            g.add(group, EVG.arm, iris.arm(ref.arm))
        for ui in ref.mesh:
            g.add(group, DCTERMS.subject, mesh_iri(ui))

    out = f"{c}/outcome"
    g.add(c, PICO.outcomeGroup, out)
    g.add(out, RDF.type, node(PICO.Outcome))
    g.add(out, RDFS.label, _str(claim.outcome.text))
    if claim.outcome.timepoint:
        g.add(out, EVG.timepoint, _str(claim.outcome.timepoint))
    if claim.outcome.role:
        g.add(out, EVG.outcomeRole, _str(claim.outcome.role))
    for ui in claim.outcome.mesh:
        g.add(out, PICO.endpoint, mesh_iri(ui))

    for i, res in enumerate(claim.results, start=1):
        r = f"{c}/result/{i}"
        g.add(c, EVG.result, r)
        g.add(r, RDF.type, node(EVG.ArmResult))
        g.add(r, EVG.arm, iris.arm(res.arm))
        if res.n is not None:
            g.add(r, PICO.numberOfParticipants, _int(res.n))
        if res.events is not None:
            g.add(r, EVG.events, _int(res.events))
        for prop, value in (
            (EVG.percent, res.percent),
            (EVG.mean, res.mean),
            (EVG.sd, res.sd),
            (EVG.median, res.median),
            (EVG.medianLow, res.median_low),
            (EVG.medianHigh, res.median_high),
        ):
            if value is not None:
                g.add(r, prop, _dec(value))
        if res.median_spread is not None:
            g.add(r, EVG.medianSpread, _str(res.median_spread))
        if res.percent is not None:
            risk = f"{r}/observed-risk"  # STATO's observed risk is a class
            g.add(r, EVG.observedRisk, risk)
            g.add(risk, RDF.type, node(OBO.STATO_0000423))
            g.add(risk, OBO.STATO_0000129, _dec(Decimal(repr(float(res.percent))) / 100))

    if claim.effect is not None:
        e = claim.effect
        eff = f"{c}/effect"
        g.add(c, EVG.effect, eff)
        g.add(eff, RDF.type, node(EFFECT_CLASSES[e.measure]))
        g.add(eff, RDFS.label, _str(e.measure))
        g.add(eff, OBO.STATO_0000129, _dec(e.value))
        g.add(eff, EVG.effectSource, _str(e.source))
        if e.ci_low is not None and e.ci_high is not None:
            ci = f"{eff}/ci"
            g.add(eff, EVG.confidenceInterval, ci)
            g.add(ci, RDF.type, node(EVG.ConfidenceInterval))
            if e.ci_level == 0.95:  # STATO's class is the 95% interval
                g.add(ci, RDF.type, node(OBO.STATO_0000231))
            g.add(ci, EVG.ciLow, _dec(e.ci_low))
            g.add(ci, EVG.ciHigh, _dec(e.ci_high))
            if e.ci_level is not None:
                g.add(ci, EVG.ciLevel, _dec(e.ci_level))

    if claim.p_value is not None:
        p = f"{c}/p-value"
        g.add(c, EVG.pValue, p)
        g.add(p, RDF.type, node(OBO.OBI_0000175))
        g.add(p, OBO.STATO_0000129, _dec(claim.p_value.value))
        g.add(p, EVG.relation, _str(claim.p_value.relation))

    g.add(c, EVG.direction, _str(claim.direction))
    if claim.significant is not None:
        g.add(c, EVG.significant, _bool(claim.significant))
    g.add(c, EVG.negated, _bool(claim.negated))
    g.add(c, EVG.hedged, _bool(claim.hedged))
    g.add(c, EVG.confidence, _dec(claim.confidence))
    g.add(c, EVG.evidenceText, _str(claim.evidence.text))
    for w in claim.warnings:
        g.add(c, EVG.warning, _str(w))
