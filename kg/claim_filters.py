"""The filters and sort orders of claim searches (``GET /claims``, its CSV export, the
evidence network and meta-analysis), as SPARQL graph patterns with bound values.

Every user value reaches SPARQL as a bound term (``Store.query(bindings=...)``); the only
text formatted into a pattern is a ``VALUES`` list of MeSH IRIs, each one a validated
descriptor UI written by pyoxigraph, and sort expressions chosen from a fixed table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

import pyoxigraph as ox
from rdflib import XSD

from kg.mesh import MeshIndex
from kg.stores.base import BindingValue
from kg.vocab import mesh_iri

MESH_UI = re.compile(r"^[DC]\d{6,9}$")

Sort = Literal["article", "year", "-year", "confidence", "-confidence"]
SORTS: dict[str, str] = {
    "article": "?article ?claim",
    "year": "?sortYear ?article ?claim",
    "-year": "DESC(?sortYear) ?article ?claim",
    "confidence": "?sortConfidence ?article ?claim",
    "-confidence": "DESC(?sortConfidence) ?article ?claim",
}
_SORT_PATTERNS = {
    "year": "OPTIONAL { ?article fabio:hasPublicationYear ?sortYearLit } "
    "BIND(COALESCE(xsd:integer(STR(?sortYearLit)), 0) AS ?sortYear)",
    "confidence": "OPTIONAL { ?claim evg:confidence ?sortConfidence }",
}

_BOOLEAN = ox.NamedNode(str(XSD.boolean))
_INTEGER = ox.NamedNode(str(XSD.integer))


@dataclass(frozen=True)
class ClaimFilter:
    """What to select; text filters match case-insensitively as substrings.

    ``condition`` is a MeSH UI ("D001172") or heading label; with ``descendants`` (the
    default) it also matches every descriptor below it in the MeSH trees: those of a MeSH
    index, held in ``condition_uis`` once resolved (see :func:`expand`), else those of the
    hierarchy stored in the graph. A condition that nothing names matches no claim.
    """

    condition: str | None = None
    intervention: str | None = None
    comparator: str | None = None
    outcome: str | None = None
    outcome_role: str | None = None
    direction: str | None = None
    significant: bool | None = None
    species: str | None = None
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    publication_type: str | None = None
    descendants: bool = True
    condition_uis: tuple[str, ...] = field(default=())


def expand(f: ClaimFilter, mesh: MeshIndex | None) -> ClaimFilter:
    """``f`` with its condition resolved to MeSH UIs (and their descendants) when the
    index knows it; unchanged otherwise (then the graph resolves it: see
    ``_condition_in_graph``)."""
    if not f.condition or mesh is None or len(mesh) == 0:
        return f
    ui = mesh.resolve(f.condition.strip())
    if ui is None:
        return f
    uis = mesh.descendants(ui) if f.descendants else [ui]
    return ClaimFilter(**{**f.__dict__, "condition_uis": tuple(uis)})


def _condition_in_graph(
    condition: str, descendants: bool, bindings: dict[str, BindingValue]
) -> list[str]:
    """Patterns matching a condition that no MeSH index resolved: a UI ("D001172") names
    that descriptor, anything else a descriptor whose ``rdfs:label`` it is (any case).
    With ``descendants``, a claim's condition matches too when it is below that descriptor
    in the hierarchy stored in the graph (``meshv:broaderDescriptor``, written when records
    are mapped with a MeSH index; without it, only the descriptor itself matches)."""
    target = "?condRoot" if descendants else "?cond"
    patterns = ["?claim pico:population/pico:condition ?cond ."]
    if descendants:
        patterns.append("?cond meshv:broaderDescriptor* ?condRoot .")
    if MESH_UI.match(condition):
        bindings[target[1:]] = ox.NamedNode(mesh_iri(condition))
    else:
        patterns.append(
            f"{target} rdfs:label ?condLabel . "
            "FILTER(LCASE(STR(?condLabel)) = LCASE(STR(?condNeedle)))"
        )
        bindings["condNeedle"] = ox.Literal(condition)
    return patterns


def _contains(path: str, var: str, needle: str, value: str) -> tuple[str, str, ox.Literal]:
    pattern = f"?claim {path} ?{var} . FILTER(CONTAINS(LCASE(STR(?{var})), LCASE(STR(?{needle}))))"
    return pattern, needle, ox.Literal(value.strip())


def where(f: ClaimFilter, sort: str = "article") -> tuple[str, dict[str, BindingValue]]:
    """The graph pattern selecting ``?claim`` (with ``?article``) and its bindings."""
    patterns = ["?claim a evg:Claim ; dcterms:source ?article ."]
    bindings: dict[str, BindingValue] = {}
    if f.condition_uis:
        iris = " ".join(str(ox.NamedNode(mesh_iri(ui))) for ui in f.condition_uis)
        patterns.append(f"VALUES ?cond {{ {iris} }} ?claim pico:population/pico:condition ?cond .")
    elif f.condition:
        patterns.extend(_condition_in_graph(f.condition.strip(), f.descendants, bindings))
    for path, var, needle, value in (
        ("pico:interventionGroup/evg:interventionText", "it", "intNeedle", f.intervention),
        ("pico:comparatorGroup/evg:interventionText", "ct", "cmpNeedle", f.comparator),
        ("pico:outcomeGroup/rdfs:label", "ot", "outNeedle", f.outcome),
    ):
        if value:
            pattern, name, literal = _contains(path, var, needle, value)
            patterns.append(pattern)
            bindings[name] = literal
    if f.outcome_role:
        patterns.append("?claim pico:outcomeGroup/evg:outcomeRole ?outcomeRole .")
        bindings["outcomeRole"] = ox.Literal(f.outcome_role)
    if f.direction:
        patterns.append("?claim evg:direction ?direction .")
        bindings["direction"] = ox.Literal(f.direction)
    if f.significant is not None:
        patterns.append("?claim evg:significant ?significant .")
        bindings["significant"] = ox.Literal(str(f.significant).lower(), datatype=_BOOLEAN)
    if f.species:
        patterns.append(
            "?claim pico:population/evg:species ?species . "
            "FILTER(LCASE(STR(?species)) = LCASE(STR(?speciesNeedle)))"
        )
        bindings["speciesNeedle"] = ox.Literal(f.species.strip())
    if f.year is not None or f.year_from is not None or f.year_to is not None:
        patterns.append(
            "?article fabio:hasPublicationYear ?yearLit . "
            "BIND(xsd:integer(STR(?yearLit)) AS ?yearValue)"
        )
        for year, op, name in (
            (f.year, "=", "yearEq"),
            (f.year_from, ">=", "yearFrom"),
            (f.year_to, "<=", "yearTo"),
        ):
            if year is not None:
                patterns.append(f"FILTER(?yearValue {op} ?{name})")
                bindings[name] = ox.Literal(str(int(year)), datatype=_INTEGER)
    if f.publication_type:
        patterns.append(
            "?article evg:publicationType ?pt . FILTER(LCASE(STR(?pt)) = LCASE(STR(?ptNeedle)))"
        )
        bindings["ptNeedle"] = ox.Literal(f.publication_type.strip())
    extra = _SORT_PATTERNS.get(sort.lstrip("-"))
    if extra:
        patterns.append(extra)
    return "\n  ".join(patterns), bindings
