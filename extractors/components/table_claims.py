"""The ``evg_table_claims`` component: one claim per table row (and column group) with arms.

Reads ``Doc._.tables`` (``evg_tables``), ``Doc._.arms``, ``Doc._.population`` and
``Doc._.claims``; appends ``ClaimDraft``s to ``Doc._.claims``. Method, per row of a result
table (``table_rows`` reads the cells, ``tables`` ties names to arms):
- a row whose label names an arm ("Placebo: Mean 4.1; SD 1.2") gives that arm's values, one
  group per column heading stripped of statistic words ("Mean", "SD", "n", "%"); the outcome
  is that heading, else the label-only row above, else the caption;
- otherwise each cell whose heading names an arm ("Placebo (n = 41) 20 (49)") gives that arm's
  value, grouped by what the heading says besides the arm (a subgroup, a time point); the
  outcome is the row label (after the label-only row above it, if any), with the group's
  words when the row has several groups;
- a column group at baseline ("Baseline", "before") is left out; a group with values for fewer
  than two arms gives no claim;
- an arm's values are merged from its cells (mean from "Mean", SD from "SD", n from "n" or
  the heading's "(n = N)"), then completed from the arms' n (``arm_results``): a count with
  its percentage takes the denominator that fits, a mean the arm's n;
- a statement's claim (``evg_claims``) whose per-arm percentages (or means) agree with
  table column groups, or with another statement's counts over denominators for the same
  arms ("69% vs 59%" beside "86/125 vs 78/133"), takes what it lacks (n, events, SD) when
  they all offer the same (also in an article without tables);
- arm pairs: each other arm against the comparator (``ArmMention.comparator``), then (with
  up to four arms, or without a comparator) every other pair in table order; a p value in
  a "P" column goes with the claim when there is one pair; direction from the values
  (``comparison.comparison_direction``), the effect computed.

Example: the row "Relapse: Drug A (n = 40) 12 (30); Placebo (n = 41) 20 (49); P 0.04." gives
the claim drug A vs placebo on "Relapse" with 12/40 and 20/41, p = 0.04.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.arm_results import (
    complete_results,
    computed_effect,
    fitting_total,
    unique_count,
)
from extractors.components.arms import ArmMention
from extractors.components.claims import ClaimDraft, _population, claim_id
from extractors.components.comparison_direction import comparison_direction
from extractors.components.inputs import article_of, text_of
from extractors.components.result_values import ValueGroup
from extractors.components.table_rows import (
    CellValue,
    TableRow,
    is_p_heading,
    read_value,
    without_size,
)
from extractors.components.tables import WORD, ArmTable
from extractors.numbers import parse_number
from kg.model import ArmRef, ArmResult, Claim, Evidence, Outcome, Population, PValue

_STAT_WORDS = frozenset({
    "mean", "means", "sd", "se", "sem", "median", "iqr", "range", "n", "no", "number", "%",
    "percent", "percentage", "value", "values", "m", "average", "x", "χ",
})  # fmt: skip
_AT_BASELINE = re.compile(r"(?i)\bbaseline\b|\bbefore\b|\bpre(?:[- ]?(?:treatment|intervention))?$")
_ALL_PAIRS_UP_TO = 4
_SIZE_HEADING = re.compile(
    r"(?i)^\s*(?:n|no\.?|number)(?:\s+(?:of\s+)?(?:patients|participants|subjects|analy[sz]ed))?"
    r"\s*$|^\s*(?:patients|participants|subjects)\s*(?:\(n\))?\s*$"
)
_P_CELL = re.compile(r"(?i)(?:^|\s)(?:p|p[- ]?values?)\s*[a-z]?\W*$")


@dataclass(slots=True)
class _Group:
    outcome: str
    start: int
    end: int
    values: dict[str, CellValue] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    p: float | None = None


def _key(heading: str, drop: frozenset[str]) -> str:
    words = [w for w in WORD.findall(without_size(heading)) if w.lower() not in drop]
    return " ".join(words)


def _merge(old: CellValue | None, new: CellValue) -> CellValue:
    if old is None:
        return new
    updates = {
        name: getattr(new, name)
        for name in (f.name for f in fields(CellValue))
        if getattr(old, name) is None and getattr(new, name) is not None
    }
    return replace(old, **updates) if updates else old


def _size_cell(heading: str, value: str) -> int | None:
    """The group size a cell gives when its heading only says "n" or "number of patients"."""
    if not _SIZE_HEADING.match(heading) or not value.isdigit():
        return None
    return int(value) or None


def _conflict(old: CellValue, new: CellValue) -> bool:
    return any(
        getattr(old, f.name) is not None and getattr(new, f.name) is not None
        for f in fields(CellValue)
    )


def _p_value(value: str) -> float | None:
    number = parse_number(value.strip("*†‡§¶# ").replace("·", "."))
    return number if number is not None and 0 <= number <= 1 else None


def table_groups(tied: ArmTable, arms: list[ArmMention]) -> list[_Group]:
    """The column groups of a table, each with every arm's merged values (module docstring).

    Consecutive rows whose labels name arms add to the groups of their block (one per column
    key), a block ending at a new section or when an arm comes round again; other rows give
    their own groups (one per column key).
    """
    groups: dict[tuple[object, ...], _Group] = {}
    block = 0  # rows naming arms start a new block when an arm comes round again
    block_arms: set[str] = set()
    section: str | None = None
    for row in tied.table.rows:
        row_arm = tied.arm_of(row.label)
        if row.section != section or (row_arm is not None and row_arm in block_arms):
            block, block_arms, section = block + 1, set(), row.section
        if row_arm is not None:
            block_arms.add(row_arm)
            for key, group in _row_groups(tied, row, arms, row_arm).items():
                found = groups.get(("block", block, key))
                if found is None:
                    groups[("block", block, key)] = group
                else:
                    found.values.update(group.values)
                    found.sizes.update(group.sizes)
                    found.start, found.end = (
                        min(found.start, group.start),
                        max(found.end, group.end),
                    )
        else:
            for key, group in _row_groups(tied, row, arms, None).items():
                groups[("row", row.start, key)] = group
    return list(groups.values())


def _row_groups(
    tied: ArmTable, row: TableRow, arms: list[ArmMention], row_arm: str | None
) -> dict[str, _Group]:
    by_id = {a.id: a for a in arms}
    table = tied.table
    groups: dict[str, _Group] = {}
    p_values: list[float] = []
    row_size = row.n
    if row_arm is not None and row_size is None:
        row_size = next((n for c in row.cells if (n := _size_cell(c.heading, c.value))), None)
    label = row.label if _key(row.label, _STAT_WORDS) else (row.section or table.caption)
    for cell in row.cells:
        contexts = [cell.heading, row.label, row.section or "", table.caption]
        if row_arm is not None:
            if _size_cell(cell.heading, cell.value):
                continue
            arm_id = row_arm
            key = _key(cell.heading, _STAT_WORDS)
            outcome = key or row.section or table.caption
        else:
            found = tied.arm_of(cell.heading)
            if found is None:
                p = _p_value(cell.value)
                if p is not None and (is_p_heading(cell.heading) or _P_CELL.search(cell.heading)):
                    p_values.append(p)
                continue
            arm_id = found
            key = _key(cell.heading, _STAT_WORDS | tied.name_words(found))
            outcome = f"{row.section}: {label}" if row.section and label != row.section else label
        if key and _AT_BASELINE.search(key):
            continue
        size = cell.n or row_size or by_id[arm_id].n
        value = read_value(cell.value, contexts, size)
        if value is None:
            continue
        group = groups.setdefault(key, _Group(outcome, row.start, row.end))
        old = group.values.get(arm_id)
        if old is None or not _conflict(old, value):
            group.values[arm_id] = _merge(old, value)
        elif cell.n is not None and cell.n == by_id[arm_id].n != group.sizes.get(arm_id):
            group.values[arm_id] = value  # a later column with the arm's own n wins
        else:
            continue
        if cell.n or row_size:
            group.sizes[arm_id] = cell.n or row_size or 0
    several = len(groups) > 1
    for key, group in groups.items():
        if row_arm is None and several and key:
            group.outcome = f"{group.outcome} {key}"
        group.p = p_values[0] if len(p_values) == 1 or (p_values and not several) else None
    return groups


def group_results(group: _Group, arms: list[ArmMention]) -> list[ArmResult]:
    """One ``ArmResult`` per arm of a column group, completed from the arms' n."""
    by_id = {a.id: a for a in arms}
    results = []
    for arm_id, v in group.values.items():
        size = group.sizes.get(arm_id) or v.n
        n = v.total if v.total is not None else size
        events = v.events
        if events is None and v.n is not None and v.percent is not None and v.mean is None:
            events = v.n  # "Drug A n 5; Drug A % 10": the n beside a percentage counts events
            size = group.sizes.get(arm_id)
            n = _denominator(events, v.percent, size or by_id[arm_id].n)
        elif v.total is None and v.events is not None and v.percent is not None:
            n = _denominator(v.events, v.percent, size or by_id[arm_id].n)
        elif events is None and v.percent is not None and n is not None:
            events = unique_count(v.percent, n)  # "62.6%" of 99 can only be 62
        results.append(
            ArmResult(
                arm=arm_id,
                n=n,
                events=events,
                percent=v.percent,
                mean=v.mean,
                sd=v.sd,
                median=v.median,
                median_low=v.low,
                median_high=v.high,
                median_spread="range" if v.spread == "range" else "iqr" if v.spread else None,
            )
        )
    return complete_results(results, arms)


def _denominator(events: int, percent: float, size: int | None) -> int | None:
    """The n of "12 (30)": the one that fits (``arm_results.fitting_total``); "0 (0)" keeps
    the group size."""
    if events == 0 and percent == 0:
        return size
    return fitting_total(events, percent, size)


def arm_pairs(valued: list[str], arms: list[ArmMention]) -> list[tuple[str, str]]:
    """Each valued arm against the comparator first, then (up to four arms) every other
    pair in table order, the comparator always second."""
    comparator = next((a.id for a in arms if a.comparator and a.id in valued), None)
    pairs = [(a, comparator) for a in valued if comparator is not None and a != comparator]
    if comparator is None or len(valued) <= _ALL_PAIRS_UP_TO:
        others = [a for a in valued if a != comparator]
        pairs += [(a, b) for i, a in enumerate(others) for b in others[i + 1 :]]
    return pairs


def _as_group(result: ArmResult) -> ValueGroup:
    return ValueGroup(
        0,
        0,
        percent=result.percent,
        events=result.events,
        total=result.n,
        mean=result.mean,
        median=result.median,
        arm=result.arm,
    )


def _decimals(value: float) -> int:
    text = repr(float(value))
    return 0 if text.endswith(".0") or "e" in text else len(text.split(".")[1])


def _agrees(text: ArmResult, table: ArmResult) -> bool:
    """Whether a table's result for an arm is the one a statement wrote (same percentage at
    the statement's precision, or same mean and SD)."""
    if text.percent is not None:
        percent = table.percent
        if table.events is not None and table.n:
            percent = 100.0 * table.events / table.n
        if percent is None:
            return False
        tolerance = 0.5 * 10.0 ** -_decimals(text.percent) + 1e-9
        return abs(percent - text.percent) <= tolerance
    if text.mean is not None and table.mean is not None:
        same_sd = text.sd is None or table.sd is None or abs(text.sd - table.sd) < 1e-9
        return abs(text.mean - table.mean) < 1e-9 and same_sd
    return False


def _counted(results: list[ArmResult]) -> bool:
    """Whether a statement wrote a count over a denominator for each of two or more arms
    ("86/125 vs 78/133")."""
    return len(results) >= 2 and all(r.events is not None and r.n is not None for r in results)


def completed_from_tables(
    results: list[ArmResult], tables: list[list[ArmResult]]
) -> list[ArmResult]:
    """A statement's per-arm results with what they lack (n, events, SD) taken from the one
    table column groups that agree with every one of them ("78.2%" and "62.6%" in the text,
    79/101 and 62/99 in a table row) when they all offer the same; else unchanged."""
    if len(results) < 2 or all(r.n is not None and r.events is not None for r in results):
        return results
    fitting = []
    for group in tables:
        by_arm = {r.arm: r for r in group}
        if all(r.arm in by_arm and _agrees(r, by_arm[r.arm]) for r in results):
            fitting.append(by_arm)
    offers = []
    for by_arm in fitting:
        offer = [
            {
                name: getattr(by_arm[r.arm], name)
                for name in ("n", "events", "sd")
                if getattr(r, name) is None and getattr(by_arm[r.arm], name) is not None
            }
            for r in results
        ]
        if any(offer) and offer not in offers:
            offers.append(offer)
    if len(offers) != 1:
        return results
    return [
        r.model_copy(update=updates) if updates else r
        for r, updates in zip(results, offers[0], strict=True)
    ]


class TableClaims:
    """Appends the claims of result tables to ``Doc._.claims`` (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        tables: list[ArmTable] = doc._.tables or []
        arms: list[ArmMention] = list(doc._.arms or [])
        if len(arms) < 2:
            return doc
        text = text_of(doc)
        article = article_of(doc)
        record_id = article.id if article else ""
        by_id = {a.id: a for a in arms}
        population = _population(doc._.population)
        drafts: list[ClaimDraft] = list(doc._.claims or [])
        seen = {d.claim.id for d in drafts}
        table_results: list[list[ArmResult]] = []
        for tied in tables:
            for index, group in enumerate(table_groups(tied, arms)):
                if len(group.values) < 2:
                    continue
                results = group_results(group, arms)
                table_results.append(results)
                pairs = arm_pairs(list(group.values), arms)
                for pair_index, (a, b) in enumerate(pairs):
                    claim = self._claim(
                        text, record_id, group, results, by_id[a], by_id[b], population,
                        f"table|{index}|{pair_index}", arms, len(pairs) == 1,
                    )  # fmt: skip
                    if claim.id not in seen:
                        seen.add(claim.id)
                        drafts.append(ClaimDraft(claim, None, None, False))
        statements = drafts[: len(doc._.claims or [])]
        counted = [d.claim.results for d in statements if _counted(d.claim.results)]
        for draft in statements:
            draft.claim.results = completed_from_tables(
                draft.claim.results, table_results + counted
            )
        doc._.claims = drafts
        return doc

    def _claim(
        self,
        text: str,
        record_id: str,
        group: _Group,
        results: list[ArmResult],
        intervention: ArmMention,
        comparator: ArmMention,
        population: Population,
        part: str,
        arms: list[ArmMention],
        one_pair: bool,
    ) -> Claim:
        pair = [r for r in results if r.arm in (intervention.id, comparator.id)]
        p = group.p if one_pair else None
        significant = None if p is None else p < 0.05
        direction = comparison_direction(
            "", significant, [_as_group(r) for r in pair], intervention.id, comparator.id, None,
            arms,
        )  # fmt: skip
        start, end = group.start, group.end
        outcome = group.outcome.strip(" :.")
        claim = Claim(
            id=claim_id(record_id, start, end, outcome, part),
            population=population,
            intervention=ArmRef(arm=intervention.id, text=intervention.label),
            comparator=ArmRef(arm=comparator.id, text=comparator.label),
            outcome=Outcome(text=outcome),
            results=pair,
            effect=computed_effect(pair, intervention.id, comparator.id),
            p_value=PValue(relation="=", value=p) if p is not None else None,
            direction=direction,
            significant=significant,
            evidence=Evidence(start=start, end=end, text=text[start:end]),
        )
        claim.confidence = 0.5
        return claim


@Language.factory(
    "evg_table_claims",
    assigns=["doc._.claims"],
    requires=["doc._.tables", "doc._.arms", "doc._.population", "doc._.claims"],
)
def make_table_claims(nlp: Language, name: str) -> TableClaims:
    return TableClaims()
