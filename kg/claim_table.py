"""Claims as a flat table: one row per arm-level result, the columns a data-extraction
form or a RevMan import needs (study, arms, n, events, mean, SD, effect with CI, p).

A claim without arm-level results still gets one row (arm columns empty), so every claim
of a search appears in the export.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from kg.claim_queries import ClaimFilter, find_claims
from kg.stores.base import Store

COLUMNS = [
    "study_id", "pmid", "year", "title", "claim_id", "population", "condition",
    "intervention", "comparator", "outcome", "timepoint", "outcome_role",
    "arm", "arm_role", "n", "events",
    "percent", "mean", "sd", "median", "effect_measure", "effect_value", "ci_low",
    "ci_high", "effect_source", "p_relation", "p_value", "direction", "significant",
    "evidence", "confidence",
]  # fmt: skip

PAGE = 500


def all_claims(
    store: Store, f: ClaimFilter, *, sort: str = "article", limit: int = 100_000
) -> Iterator[dict[str, Any]]:
    """Every claim matching ``f`` (at most ``limit``), read a page at a time."""
    offset = 0
    while offset < limit:
        page = find_claims(store, f, limit=min(PAGE, limit - offset), offset=offset, sort=sort)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _role(claim: dict[str, Any], arm: str) -> str:
    for role in ("intervention", "comparator"):
        group = claim.get(role) or {}
        if group.get("arm") == arm:
            return role
    return ""


def claim_rows(claims: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One dict per arm-level result (or per claim without results), keyed by COLUMNS."""
    for c in claims:
        pub = c.get("publication") or {}
        effect = c.get("effect") or {}
        p = c.get("p_value") or {}
        base = {
            "study_id": pub.get("id"),
            "pmid": pub.get("pmid"),
            "year": pub.get("year"),
            "title": pub.get("title"),
            "claim_id": c["id"],
            "population": c["population"]["text"],
            "condition": "; ".join(x["label"] for x in c["population"]["condition"]),
            "intervention": (c.get("intervention") or {}).get("text"),
            "comparator": (c.get("comparator") or {}).get("text"),
            "outcome": c["outcome"]["text"],
            "timepoint": c["outcome"]["timepoint"],
            "outcome_role": c["outcome"].get("role"),
            "effect_measure": effect.get("measure"),
            "effect_value": effect.get("value"),
            "ci_low": effect.get("ci_low"),
            "ci_high": effect.get("ci_high"),
            "effect_source": effect.get("source"),
            "p_relation": p.get("relation"),
            "p_value": p.get("value"),
            "direction": c["direction"],
            "significant": c["significant"],
            "evidence": c["evidence"]["text"],
            "confidence": c["confidence"],
        }
        results = c.get("results") or [{}]
        for r in results:
            arm = r.get("arm")
            yield {
                **base,
                "arm": arm,
                "arm_role": _role(c, arm) if arm else "",
                **{k: r.get(k) for k in ("n", "events", "percent", "mean", "sd", "median")},
            }


def to_csv(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """CSV text (header first), a line at a time; None is an empty cell."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()
