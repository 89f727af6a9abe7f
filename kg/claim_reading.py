"""Stored RDF -> claim and publication JSON: the inverse of ``kg.rdf_mapping``.

Used by ``GET /claims`` and ``GET /publications/{pmid}`` so that what the API returns is
what the graph holds, not a cache beside it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyoxigraph as ox
from rdflib import DCTERMS, PROV, RDF, RDFS
from rdflib.namespace import DCMITYPE

from kg.stores.results import Term
from kg.vocab import BIBO, EVG, FABIO, MESH, OA, OBO, PICO


def lexical(term: Term) -> str:
    """The lexical value of a term (IRI string, literal text); quoted triples as N-Triples."""
    return str(term) if isinstance(term, ox.Triple) else str(term.value)


Triples = dict[str, dict[str, list[Term]]]

_EFFECT_NAMES = {
    str(OBO.STATO_0000182): "odds ratio",
    str(OBO.STATO_0000245): "risk ratio",
    str(OBO.STATO_0000424): "risk difference",
    str(OBO.STATO_0000457): "mean difference",
    str(OBO.STATO_0000100): "standardized mean difference",
    str(EVG.HazardRatio): "hazard ratio",
}


def index_triples(rows: list[tuple[Term, Term, Term]]) -> Triples:
    """subject IRI -> predicate IRI -> objects, each object once: the rows may come from
    several graphs that state the same triple (in stores written before 2026-12-05, an arm
    described in the assertion graph of every claim about it), and RDF reads their union
    as a set."""
    out: Triples = defaultdict(lambda: defaultdict(list))
    for s, p, o in rows:
        objects = out[lexical(s)][lexical(p)]
        if o not in objects:
            objects.append(o)
    return out


def _one(t: Triples, s: str, p: str) -> Term | None:
    values = t.get(s, {}).get(str(p))
    return values[0] if values else None


def _all(t: Triples, s: str, p: str) -> list[Term]:
    return list(t.get(s, {}).get(str(p), []))


def _text(term: Term | None) -> str | None:
    return None if term is None else lexical(term)


def _num(term: Term | None) -> float | None:
    return None if term is None else float(lexical(term))


def _int(term: Term | None) -> int | None:
    return None if term is None else int(lexical(term))


def _bool(term: Term | None) -> bool | None:
    return None if term is None else lexical(term) == "true"


def _tail(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _mesh_ui(term: Term) -> str | None:
    value = lexical(term)
    return value[len(str(MESH)) :] if value.startswith(str(MESH)) else None


def _group(t: Triples, iri: str | None) -> dict[str, Any] | None:
    if iri is None:
        return None
    linked = _text(_one(t, iri, EVG.arm))
    # stores written before 2026-12-05 used the arm's own IRI as the group
    arm = _tail(linked) if linked else (_tail(iri) if "/arm/" in iri else None)
    mesh = [ui for o in _all(t, iri, DCTERMS.subject) if (ui := _mesh_ui(o))]
    return {"arm": arm, "text": _text(_one(t, iri, EVG.interventionText)) or "", "mesh": mesh}


def claim_json(t: Triples, claim: str, evidence: tuple[int, int] | None) -> dict[str, Any]:
    """The Record-JSON claim object for ``claim`` from its assertion-graph triples."""
    pop = _text(_one(t, claim, PICO.population)) or ""
    conditions = [
        {"ui": _mesh_ui(c), "label": _text(_one(t, lexical(c), RDFS.label)) or ""}
        for c in _all(t, pop, PICO.condition)
    ]
    out_iri = _text(_one(t, claim, PICO.outcomeGroup)) or ""
    results = []
    for r in _all(t, claim, EVG.result):
        rs = lexical(r)
        arm = _text(_one(t, rs, EVG.arm))
        results.append(
            {
                "arm": _tail(arm) if arm else "",
                "n": _int(_one(t, rs, PICO.numberOfParticipants)),
                "events": _int(_one(t, rs, EVG.events)),
                "percent": _num(_one(t, rs, EVG.percent)),
                "mean": _num(_one(t, rs, EVG.mean)),
                "sd": _num(_one(t, rs, EVG.sd)),
                "median": _num(_one(t, rs, EVG.median)),
                "median_low": _num(_one(t, rs, EVG.medianLow)),
                "median_high": _num(_one(t, rs, EVG.medianHigh)),
                "median_spread": _text(_one(t, rs, EVG.medianSpread)),
            }
        )
    results.sort(key=lambda r: str(r["arm"]))
    effect = None
    if (e := _text(_one(t, claim, EVG.effect))) is not None:
        measure = next(
            (
                _EFFECT_NAMES[lexical(x)]
                for x in _all(t, e, RDF.type)
                if lexical(x) in _EFFECT_NAMES
            ),
            _text(_one(t, e, RDFS.label)),
        )
        ci = _text(_one(t, e, EVG.confidenceInterval))
        effect = {
            "measure": measure,
            "value": _num(_one(t, e, OBO.STATO_0000129)),
            "ci_low": _num(_one(t, ci, EVG.ciLow)) if ci else None,
            "ci_high": _num(_one(t, ci, EVG.ciHigh)) if ci else None,
            "ci_level": _num(_one(t, ci, EVG.ciLevel)) if ci else None,
            "source": _text(_one(t, e, EVG.effectSource)),
        }
    p_value = None
    if (p := _text(_one(t, claim, EVG.pValue))) is not None:
        p_value = {
            "relation": _text(_one(t, p, EVG.relation)),
            "value": _num(_one(t, p, OBO.STATO_0000129)),
        }
    evidence_text = _text(_one(t, claim, EVG.evidenceText)) or ""
    return {
        "id": _tail(claim),
        "iri": claim,
        "population": {
            "text": _text(_one(t, pop, RDFS.label)) or "",
            "n": _int(_one(t, pop, PICO.numberOfParticipants)),
            "condition": conditions,
            "species": _text(_one(t, pop, EVG.species)),
            "n_randomised": _int(_one(t, pop, EVG.participantsRandomised)),
            "n_enrolled": _int(_one(t, pop, EVG.participantsEnrolled)),
            "n_analysed": _int(_one(t, pop, EVG.participantsAnalysed)),
            "age_group": _text(_one(t, pop, EVG.ageGroup)),
            "sex": _text(_one(t, pop, EVG.sex)),
        },
        "intervention": _group(t, _text(_one(t, claim, PICO.interventionGroup))),
        "comparator": _group(t, _text(_one(t, claim, PICO.comparatorGroup))),
        "outcome": {
            "text": _text(_one(t, out_iri, RDFS.label)) or "",
            "timepoint": _text(_one(t, out_iri, EVG.timepoint)),
            "role": _text(_one(t, out_iri, EVG.outcomeRole)),
            "mesh": [ui for o in _all(t, out_iri, PICO.endpoint) if (ui := _mesh_ui(o))],
        },
        "results": results,
        "effect": effect,
        "p_value": p_value,
        "direction": _text(_one(t, claim, EVG.direction)) or "unclear",
        "significant": _bool(_one(t, claim, EVG.significant)),
        "negated": bool(_bool(_one(t, claim, EVG.negated))),
        "hedged": bool(_bool(_one(t, claim, EVG.hedged))),
        "evidence": {
            "start": evidence[0] if evidence else None,
            "end": evidence[1] if evidence else None,
            "text": evidence_text,
        },
        "warnings": sorted(_text(w) or "" for w in _all(t, claim, EVG.warning)),
        "confidence": _num(_one(t, claim, EVG.confidence)),
    }


def publication_json(t: Triples, article: str) -> dict[str, Any]:
    """Bibliographic fields, MeSH indexing and arms of an article from its article graph."""
    mesh = []
    for m in _all(t, article, EVG.meshIndexing):
        ms = lexical(m)
        desc = _one(t, ms, EVG.descriptor)
        mesh.append(
            {
                "ui": _mesh_ui(desc) if desc is not None else None,
                "label": _text(_one(t, ms, RDFS.label)) or "",
                "major": bool(_bool(_one(t, ms, EVG.majorTopic))),
                "qualifiers": sorted(_text(q) or "" for q in _all(t, ms, EVG.qualifier)),
                "_order": int(_tail(ms)) if _tail(ms).isdigit() else 0,
            }
        )
    mesh.sort(key=lambda m: int(str(m.pop("_order"))))
    journal = _text(_one(t, article, DCTERMS.isPartOf))
    year = _text(_one(t, article, FABIO.hasPublicationYear))
    arms = []
    for a in _all(t, article, EVG.arm):
        arm = lexical(a)
        arms.append(
            {
                "id": _tail(arm),
                "label": _text(_one(t, arm, RDFS.label)) or "",
                "n": _int(_one(t, arm, PICO.numberOfParticipants)),
                "interventions": sorted(_text(x) or "" for x in _all(t, arm, EVG.interventionText)),
                "comparator": bool(_bool(_one(t, arm, EVG.isComparator))),
                "dose": _text(_one(t, arm, EVG.dose)),
                "route": _text(_one(t, arm, EVG.route)),
            }
        )
    arms.sort(key=lambda a: str(a["id"]))
    return {
        "id": _text(_one(t, article, EVG.recordId)),
        "iri": article,
        "pmid": _text(_one(t, article, BIBO.pmid)),
        "doi": _text(_one(t, article, BIBO.doi)),
        "title": _text(_one(t, article, DCTERMS.title)) or "",
        # stores written before 2026-12-05 have only the record's own journal node
        "journal": _text(_one(t, article, EVG.journalTitle))
        or (_text(_one(t, journal, DCTERMS.title)) if journal else None),
        "year": int(year) if year and year.isdigit() else None,
        "text": _article_text(t, article),
        "mesh": mesh,
        "publication_types": sorted(_text(x) or "" for x in _all(t, article, EVG.publicationType)),
        "keywords": sorted(_text(x) or "" for x in _all(t, article, EVG.keyword)),
        "arms": arms,
    }


def _article_text(t: Triples, article: str) -> str:
    """The text derived from ``article`` (the ``dctypes:Text`` that evidence offsets index);
    in stores written before the text had a resource of its own (2026-12-05), the
    article's own ``evg:abstractText``."""
    derived, text_type = str(PROV.wasDerivedFrom), str(DCMITYPE.Text)
    for subject, preds in t.items():
        if any(lexical(o) == article for o in preds.get(derived, ())) and any(
            lexical(o) == text_type for o in preds.get(str(RDF.type), ())
        ):
            return _text(_one(t, subject, RDF.value)) or ""
    return _text(_one(t, article, EVG.abstractText)) or ""


def evidence_offsets(t: Triples) -> dict[str, tuple[int, int]]:
    """claim IRI -> (start, end) of its evidence, from provenance-graph annotation triples."""
    out: dict[str, tuple[int, int]] = {}
    for _s, preds in t.items():
        bodies = preds.get(str(OA.hasBody))
        targets = preds.get(str(OA.hasTarget))
        if not bodies or not targets:
            continue
        for sel in _all(t, lexical(targets[0]), OA.hasSelector):
            sv = lexical(sel)
            start, end = _int(_one(t, sv, OA.start)), _int(_one(t, sv, OA.end))
            if start is not None and end is not None:
                out[lexical(bodies[0])] = (start, end)
    return out
