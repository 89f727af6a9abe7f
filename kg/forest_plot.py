"""A forest plot of a meta-analysis as SVG, written directly (no plotting library).

One row per study (square sized by random-effects weight, line for the interval), then
diamonds for the fixed-effect and random-effects estimates; a log axis for ratio measures.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from kg.meta_analysis import RATIO_MEASURES, MetaAnalysis, Pooled

_W, _ROW, _TOP, _LEFT, _PLOT_W = 760, 24, 48, 250, 300


def forest_svg(ma: MetaAnalysis) -> str:
    ratio = ma.measure in RATIO_MEASURES
    null = 1.0 if ratio else 0.0

    def t(v: float) -> float:
        return math.log(v) if ratio else v

    values = [null] + [t(x) for s in ma.studies for x in (s.ci_low, s.ci_high)]
    for p in (ma.fixed, ma.random):
        if p is not None:
            values += [t(p.ci_low), t(p.ci_high)]
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    lo, hi = lo - 0.05 * span, hi + 0.05 * span

    def x(v: float) -> float:
        return _LEFT + (t(v) - lo) / (hi - lo) * _PLOT_W

    rows = len(ma.studies) + 2
    height = _TOP + rows * _ROW + 40
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_W}" height="{height}" '
        f'viewBox="0 0 {_W} {height}" font-family="sans-serif" font-size="12">',
        f"<title>Forest plot: {escape(ma.measure or 'no measure')}</title>",
        f'<text x="10" y="20" font-weight="bold">Study</text>'
        f'<text x="{_LEFT + _PLOT_W + 20}" y="20" font-weight="bold">'
        f"{escape((ma.measure or '').capitalize())} [95% CI]</text>",
    ]
    max_w = max((s.weight_random or 0.0 for s in ma.studies), default=0.0) or 1.0
    for i, s in enumerate(ma.studies):
        cy = _TOP + i * _ROW
        label = f"{s.study}{f' ({s.year})' if s.year else ''}"
        size = 4 + 8 * ((s.weight_random or 0.0) / max_w)
        out.append(
            f'<text x="10" y="{cy + 4}">{escape(label[:38])}</text>'
            f'<line x1="{x(s.ci_low):.1f}" x2="{x(s.ci_high):.1f}" y1="{cy}" y2="{cy}" '
            f'stroke="black"/><rect x="{x(s.value) - size / 2:.1f}" y="{cy - size / 2:.1f}" '
            f'width="{size:.1f}" height="{size:.1f}" fill="#355c9a"/>'
            f'<text x="{_LEFT + _PLOT_W + 20}" y="{cy + 4}">'
            f"{s.value:.2f} [{s.ci_low:.2f}, {s.ci_high:.2f}]</text>"
        )
    for j, (name, p) in enumerate((("Fixed effect", ma.fixed), ("Random effects (DL)", ma.random))):
        if p is not None:
            out.append(_diamond(name, p, _TOP + (len(ma.studies) + j) * _ROW + 6, x))
    bottom = _TOP + rows * _ROW
    out.append(
        f'<line x1="{x(null):.1f}" x2="{x(null):.1f}" y1="{_TOP - 12}" y2="{bottom}" '
        f'stroke="grey" stroke-dasharray="4 3"/>'
        f'<line x1="{_LEFT}" x2="{_LEFT + _PLOT_W}" y1="{bottom}" y2="{bottom}" stroke="black"/>'
        f'<text x="{_LEFT}" y="{bottom + 16}">{_fmt(lo, ratio)}</text>'
        f'<text x="{x(null):.1f}" y="{bottom + 16}" text-anchor="middle">{null:g}</text>'
        f'<text x="{_LEFT + _PLOT_W}" y="{bottom + 16}" text-anchor="end">{_fmt(hi, ratio)}</text>'
    )
    if ma.i2 is not None:
        out.append(
            f'<text x="10" y="{bottom + 32}">Heterogeneity: I² = {100 * ma.i2:.0f}%, '
            f"tau² = {ma.tau2 or 0.0:.3f}, Q = {ma.q or 0.0:.2f}</text>"
        )
    out.append("</svg>")
    return "\n".join(out)


def _fmt(v: float, ratio: bool) -> str:
    return f"{math.exp(v):.2f}" if ratio else f"{v:.2f}"


def _diamond(name: str, p: Pooled, cy: float, x: object) -> str:
    assert callable(x)
    left, mid, right = x(p.ci_low), x(p.value), x(p.ci_high)
    return (
        f'<text x="10" y="{cy + 4}" font-weight="bold">{escape(name)}</text>'
        f'<polygon points="{left:.1f},{cy} {mid:.1f},{cy - 6} {right:.1f},{cy} {mid:.1f},{cy + 6}"'
        f' fill="#b03a2e"/><text x="{_LEFT + _PLOT_W + 20}" y="{cy + 4}" font-weight="bold">'
        f"{p.value:.2f} [{p.ci_low:.2f}, {p.ci_high:.2f}]</text>"
    )
