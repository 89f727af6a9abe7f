"""What a scorer returns: named figures (the extractor's beside baselines), a table, notes.

Figure names are dotted, ``<task>.<system>.<metric>`` (``arms.extractor.binary_exact_match``,
``arms.baseline_empty.binary_exact_match``), so the lines ``name: value`` that
:meth:`Report.lines` gives can be grepped and compared between runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def format_value(value: float | int) -> str:
    """Integers as written, other numbers with three decimals."""
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def render_table(header: list[str], rows: list[list[str]]) -> str:
    """A plain-text table: columns padded to their widest cell, first column left-aligned."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


@dataclass
class Report:
    """A scorer's result. ``figures`` keeps insertion order; ``seconds`` is the wall time."""

    task: str
    figures: dict[str, float | int] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, system: str, metric: str, value: float | int) -> None:
        self.figures[f"{self.task}.{system}.{metric}"] = value

    def lines(self) -> list[str]:
        """One ``name: value`` line per figure, then the run time."""
        out = [f"{name}: {format_value(value)}" for name, value in self.figures.items()]
        out.append(f"{self.task}.seconds: {self.seconds:.1f}")
        return out

    def table(self) -> str:
        return render_table(self.header, self.rows) if self.header else ""

    def as_dict(self) -> dict[str, object]:
        return {
            "task": self.task,
            "figures": dict(self.figures),
            "table": {"header": list(self.header), "rows": [list(r) for r in self.rows]},
            "notes": list(self.notes),
            "seconds": round(self.seconds, 3),
        }
