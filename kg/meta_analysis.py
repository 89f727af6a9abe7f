"""Pooling compatible claims: inverse-variance fixed effect and DerSimonian-Laird random
effects (statsmodels ``combine_effects``), with Cochran's Q, I² and tau² (clipped at 0).

Compatible means the same effect measure with a confidence interval. Ratio measures (risk,
odds, hazard ratios) are pooled on the log scale and reported back-transformed; standard
errors come from the interval: SE = (upper - lower) / (2 z) on that scale, z for the
interval's level (Cochrane Handbook 6.3.1). One estimate per study: the most confident claim.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Any

import numpy as np
from statsmodels.stats.meta_analysis import combine_effects

_SAME_STUDY = "another claim of the same study was used"
RATIO_MEASURES = frozenset({"risk ratio", "odds ratio", "hazard ratio"})


@dataclass
class StudyEstimate:
    study: str
    pmid: str | None
    year: int | None
    claim: str
    value: float
    ci_low: float
    ci_high: float
    y: float  # on the pooling scale (log for ratio measures)
    se: float
    weight_fixed: float | None = None
    weight_random: float | None = None


@dataclass
class Pooled:
    value: float
    ci_low: float
    ci_high: float
    se: float  # on the pooling scale


@dataclass
class MetaAnalysis:
    measure: str | None
    studies: list[StudyEstimate] = field(default_factory=list)
    fixed: Pooled | None = None
    random: Pooled | None = None
    q: float | None = None
    q_p_value: float | None = None
    i2: float | None = None
    tau2: float | None = None
    excluded: list[dict[str, str]] = field(default_factory=list)
    note: str | None = None

    def as_json(self) -> dict[str, Any]:
        def pooled(p: Pooled | None) -> dict[str, float] | None:
            return None if p is None else p.__dict__

        return {
            "measure": self.measure,
            "scale": "log" if self.measure in RATIO_MEASURES else "identity",
            "k": len(self.studies),
            "studies": [s.__dict__ for s in self.studies],
            "fixed_effect": pooled(self.fixed),
            "random_effects": pooled(self.random),
            "heterogeneity": {"q": self.q, "p_value": self.q_p_value, "i2": self.i2,
                              "tau2": self.tau2},
            "excluded": self.excluded,
            "note": self.note,
        }  # fmt: skip


def _estimate(claim: dict[str, Any], measure: str) -> StudyEstimate | str:
    """A study estimate from a claim's effect, or why it cannot be used."""
    e = claim.get("effect") or {}
    if e.get("measure") != measure:
        return f"effect measure {e.get('measure')!r} is not {measure!r}"
    value, low, high = e.get("value"), e.get("ci_low"), e.get("ci_high")
    if value is None or low is None or high is None or not low <= value <= high or low == high:
        return "no usable confidence interval"
    level = e.get("ci_level") or 0.95
    z = NormalDist().inv_cdf(1 - (1 - float(level)) / 2)
    if measure in RATIO_MEASURES:
        if low <= 0:
            return "ratio interval reaches 0"
        y, se = math.log(value), (math.log(high) - math.log(low)) / (2 * z)
    else:
        y, se = float(value), (high - low) / (2 * z)
    pub = claim.get("publication") or {}
    return StudyEstimate(
        study=str(pub.get("id") or claim["iri"]), pmid=pub.get("pmid"), year=pub.get("year"),
        claim=claim["iri"], value=float(value), ci_low=float(low), ci_high=float(high),
        y=y, se=se,
    )  # fmt: skip


def meta_analyse(claims: Iterable[dict[str, Any]], measure: str | None = None) -> MetaAnalysis:
    """Pool ``claims`` (claim JSON with ``publication``) measured as ``measure`` (default:
    the most common measure among claims that have a confidence interval)."""
    claims = list(claims)
    if measure is None:
        counts = Counter(
            (c.get("effect") or {}).get("measure")
            for c in claims
            if (c.get("effect") or {}).get("ci_low") is not None
        )
        counts.pop(None, None)
        measure = counts.most_common(1)[0][0] if counts else None
    result = MetaAnalysis(measure=measure)
    if measure is None:
        result.note = "no claim has an effect with a confidence interval"
        return result
    best: dict[str, tuple[float, StudyEstimate]] = {}
    for c in claims:
        est = _estimate(c, measure)
        if isinstance(est, str):
            result.excluded.append({"claim": c["iri"], "reason": est})
            continue
        confidence = float(c.get("confidence") or 0.0)
        kept = best.get(est.study)
        if kept is None or confidence > kept[0]:
            best[est.study] = (confidence, est)
            dropped = kept[1].claim if kept is not None else None
        else:
            dropped = c["iri"]
        if dropped is not None:
            result.excluded.append({"claim": dropped, "reason": _SAME_STUDY})
    result.studies = sorted((e for _, e in best.values()), key=lambda s: (s.year or 0, s.study))
    if len(result.studies) < 2:
        result.note = "pooling needs at least two studies"
        return result
    _pool(result)
    return result


def _pool(result: MetaAnalysis) -> None:
    y = np.array([s.y for s in result.studies])
    var = np.array([s.se**2 for s in result.studies])
    res = combine_effects(y, var, method_re="dl", use_t=False)
    frame = res.summary_frame()
    back = math.exp if result.measure in RATIO_MEASURES else float
    for label, attr in (("fixed effect", "fixed"), ("random effect", "random")):
        row = frame.loc[label]
        pooled = Pooled(
            value=back(float(row["eff"])), ci_low=back(float(row["ci_low"])),
            ci_high=back(float(row["ci_upp"])), se=float(row["sd_eff"]),
        )  # fmt: skip
        setattr(result, attr, pooled)
    for s, wf, wr in zip(result.studies, res.weights_rel_fe, res.weights_rel_re, strict=True):
        s.weight_fixed, s.weight_random = float(wf), float(wr)
    q, df = float(res.q), len(result.studies) - 1
    result.q = q
    result.q_p_value = float(res.test_homogeneity().pvalue)
    result.i2 = max(0.0, (q - df) / q) if q > 0 else 0.0
    result.tau2 = max(0.0, float(res.tau2))
