"""The intervention comparison network of a set of claims (networkx).

Nodes are interventions (arm texts, normalised by case and spacing); an edge joins the two
arms of a head-to-head comparison, weighted by the number of trials (distinct studies) that
compare them, as in network meta-analysis geometry plots.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any

import networkx as nx

_SPACE = re.compile(r"\s+")


def node_key(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def comparison_network(claims: Iterable[dict[str, Any]]) -> nx.Graph:
    """Undirected graph: node attrs ``label``, ``trials``; edge attrs ``trials`` (weight),
    ``claims`` and ``studies`` (sorted study ids)."""
    graph = nx.Graph()
    node_studies: dict[str, set[str]] = {}
    edge_studies: dict[tuple[str, str], set[str]] = {}
    edge_claims: dict[tuple[str, str], int] = {}
    for c in claims:
        study = str((c.get("publication") or {}).get("id") or c.get("iri"))
        texts = [(c.get(role) or {}).get("text") for role in ("intervention", "comparator")]
        keys = [node_key(t) for t in texts if t and node_key(t)]
        for key, text in zip(keys, texts, strict=False):
            if key not in graph:
                graph.add_node(key, label=str(text).strip())
            node_studies.setdefault(key, set()).add(study)
        if len(keys) == 2 and keys[0] != keys[1]:
            a, b = sorted(keys)
            edge_studies.setdefault((a, b), set()).add(study)
            edge_claims[(a, b)] = edge_claims.get((a, b), 0) + 1
    for key, studies in node_studies.items():
        graph.nodes[key]["trials"] = len(studies)
    for (a, b), studies in edge_studies.items():
        graph.add_edge(
            a, b, trials=len(studies), weight=len(studies), claims=edge_claims[(a, b)],
            studies=sorted(studies),
        )  # fmt: skip
    return graph


def network_json(graph: nx.Graph) -> dict[str, Any]:
    nodes = [
        {"id": n, "label": d["label"], "trials": d.get("trials", 0), "degree": graph.degree(n)}
        for n, d in sorted(graph.nodes(data=True))
    ]
    edges = [
        {"source": a, "target": b, "trials": d["trials"], "claims": d["claims"],
         "studies": d["studies"]}
        for a, b, d in sorted(graph.edges(data=True))
    ]  # fmt: skip
    return {
        "nodes": nodes,
        "edges": edges,
        "components": nx.number_connected_components(graph) if len(graph) else 0,
    }


def network_graphml(graph: nx.Graph) -> bytes:
    """GraphML (study lists joined with '; ', since GraphML attributes are scalars)."""
    flat = nx.Graph()
    flat.add_nodes_from(graph.nodes(data=True))
    for a, b, d in graph.edges(data=True):
        flat.add_edge(a, b, **{**d, "studies": "; ".join(d["studies"])})
    out = io.BytesIO()
    nx.write_graphml(flat, out)
    return out.getvalue()
