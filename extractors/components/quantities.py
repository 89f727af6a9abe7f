"""The ``evg_quantities`` component: the numbers of an abstract, parsed once.

Reads the text; writes ``Doc._.quantities``, a ``Quantities`` holding sample sizes,
percentages, fractions, p values, intervals, reported effects (also differences of
percentages, ``find_percent_differences``, unnamed differences with their interval,
"difference 0.7 mmHg (95% CI -1.1 to 2.5)", ``find_plain_differences``, ratios in words,
"2.2 times more likely (95% CI 1.1-4.3)", ``find_times_ratios``, and Cohen's d or Hedges' g,
``find_standardized_effects``), mean ± SD pairs (also
"mean (SD)", and plain compared values "2.4 vs 3.9 points" as means without SD), counts with
percentages ("16 (53.3%)"), medians with IQR or range (or plain, after "median"), counts of
events each written before its arm ("27 relapses in the A group and 31 in the B group") and
time points, each with character offsets into ``doc.text``. Method: the pure parsers of
``extractors.numbers`` and ``extractors.numbers_summary``; then percentages and fractions
that lie inside an interval or an effect ("95% CI 10%-20%") are dropped, since they are not
results of an arm, and so are the time points an arm's value is ("resolved after 2.5 hours with
A versus 4.0 hours with B": durations, not the claim's time point). A spread said to be a
standard error ("mean ± SEM", ``numbers_summary.standard_error_scopes``) is no SD: the mean
keeps no spread; and a "%" after a mean's spread ("35.2 ± 17.5%") makes no percentage.

Example: "Remission: 12/40 (30%) with drug A vs 20/41 (49%) with placebo (P=.04)" gives two
fractions, two percentages and one p value (relation "=", value 0.04).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.inputs import text_of
from extractors.effect_estimates import (
    EffectSize,
    Interval,
    find_effects,
    find_intervals,
    find_percent_differences,
    find_times_ratios,
)
from extractors.named_values import find_named_values
from extractors.numbers import (
    Fraction,
    MeanSD,
    Percent,
    PValue,
    SampleSize,
    TimePoint,
    find_fractions,
    find_mean_sds,
    find_p_values,
    find_percents,
    find_sample_sizes,
    find_shared_percents,
    find_timepoints,
)
from extractors.numbers_summary import (
    ArmCount,
    CountPercent,
    Median,
    find_arm_counts,
    find_bracket_counts,
    find_bracket_mean_sds,
    find_compared_counts,
    find_count_percents,
    find_medians,
    find_plain_value_pairs,
    find_split_counts,
    standard_error_scopes,
)
from extractors.plain_differences import find_plain_differences
from extractors.standardized_effects import find_standardized_effects


class _Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Located)


def within(items: list[T], start: int, end: int) -> list[T]:
    """The items that lie inside ``[start, end)``."""
    return [q for q in items if start <= q.start and q.end <= end]


def _outside(items: list[T], blockers: list[tuple[int, int]]) -> list[T]:
    return [q for q in items if not any(s <= q.start < e for s, e in blockers)]


@dataclass(slots=True)
class Quantities:
    sample_sizes: list[SampleSize] = field(default_factory=list)
    percents: list[Percent] = field(default_factory=list)
    fractions: list[Fraction] = field(default_factory=list)
    p_values: list[PValue] = field(default_factory=list)
    intervals: list[Interval] = field(default_factory=list)
    effects: list[EffectSize] = field(default_factory=list)
    mean_sds: list[MeanSD] = field(default_factory=list)
    timepoints: list[TimePoint] = field(default_factory=list)
    count_percents: list[CountPercent] = field(default_factory=list)
    medians: list[Median] = field(default_factory=list)
    counts: list[ArmCount] = field(default_factory=list)

    def between(self, start: int, end: int) -> Quantities:
        """The quantities inside ``[start, end)``."""
        return Quantities(
            within(self.sample_sizes, start, end),
            within(self.percents, start, end),
            within(self.fractions, start, end),
            within(self.p_values, start, end),
            within(self.intervals, start, end),
            within(self.effects, start, end),
            within(self.mean_sds, start, end),
            within(self.timepoints, start, end),
            within(self.count_percents, start, end),
            within(self.medians, start, end),
            within(self.counts, start, end),
        )


def parse_quantities(text: str) -> Quantities:
    """All quantities of ``text`` (see the module docstring)."""
    intervals = find_intervals(text)
    effects = find_effects(text)
    effects += _outside(find_standardized_effects(text), [(e.start, e.end) for e in effects])
    effects += _outside(find_percent_differences(text), [(e.start, e.end) for e in effects])
    effects += _outside(find_plain_differences(text), [(e.start, e.end) for e in effects])
    effects += _outside(find_times_ratios(text), [(e.start, e.end) for e in effects])
    effects.sort(key=lambda e: e.start)
    blockers = [(i.start, i.end) for i in intervals] + [(e.start, e.end) for e in effects]
    mean_sds = find_mean_sds(text)
    taken = [(m.start, m.end) for m in mean_sds]
    mean_sds += [
        MeanSD(b.mean, b.sd, b.start, b.end)
        for b in find_bracket_mean_sds(text)
        if not any(s <= b.start < e for s, e in taken)
    ]
    mean_sds.sort(key=lambda m: m.start)
    # "35.2 ± 17.5%": the "17.5%" is the spread of a mean, no arm's percentage
    spreads = [(m.start + 1, m.end) for m in mean_sds if m.sd is not None]
    # a spread said to be a standard error is no SD: the mean stays, its spread goes
    errors = standard_error_scopes(text)
    mean_sds = [
        replace(m, sd=None) if any(s <= m.start < e or s < m.end <= e for s, e in errors) else m
        for m in mean_sds
    ]
    medians = _outside(find_medians(text), blockers + taken)
    percents = _outside(find_percents(text), blockers + spreads)
    percents += _outside(find_shared_percents(text), blockers + taken)
    percents.sort(key=lambda p: p.start)
    # every mean read so far, the bracketed ones too: "was 1.2 days (0.93)" after "Mean (SD)"
    # is not also a named value "1.2 days"
    read = (
        [(m.start, m.end) for m in mean_sds]
        + [(m.start, m.end) for m in medians]
        + [(p.start, p.end) for p in percents]
    )
    for named in _outside(find_named_values(text), blockers + read):
        if named.kind == "median":
            medians.append(Median(named.value, None, None, None, named.start, named.end))
        else:
            mean_sds.append(MeanSD(named.value, None, named.start, named.end))
    medians.sort(key=lambda m: m.start)
    mean_sds.sort(key=lambda m: m.start)
    values = [(m.start, m.end + 1) for m in mean_sds] + [(m.start, m.end) for m in medians]
    mean_sds += [
        MeanSD(v.value, None, v.start, v.end)
        for v in _outside(find_plain_value_pairs(text), blockers + values)
    ]
    mean_sds.sort(key=lambda m: m.start)
    return Quantities(
        sample_sizes=find_sample_sizes(text),
        percents=percents,
        fractions=_outside(find_fractions(text), blockers),
        p_values=find_p_values(text),
        intervals=intervals,
        effects=effects,
        mean_sds=_outside(mean_sds, blockers),
        timepoints=_outside(
            find_timepoints(text), blockers + values + [(m.start, m.end) for m in mean_sds]
        ),
        count_percents=_outside(find_count_percents(text), blockers),
        medians=medians,
        counts=_outside(
            find_arm_counts(text)
            + find_compared_counts(text)
            + find_split_counts(text)
            + find_bracket_counts(text),
            blockers,
        ),
    )


class QuantityParser:
    """Writes ``Doc._.quantities`` (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = parse_quantities(text_of(doc))
        return doc


@Language.factory("evg_quantities", assigns=["doc._.quantities"], requires=[])
def make_quantities(nlp: Language, name: str) -> QuantityParser:
    if not Doc.has_extension("quantities"):
        Doc.set_extension("quantities", default=None)
    return QuantityParser()
