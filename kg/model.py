"""The knowledge model: what a source record holds and what extraction produces.

``Article`` is what a reader (PubMed XML, MEDLINE, PubMed page text, plain text) yields: the
bibliographic record with the abstract as one exact string and its labelled sections as
character offsets into it. ``Record`` is the Record JSON contract of ``evg extract`` and
``POST /extract`` (see DESIGN.md): the article plus spans, arms and claims, every offset
indexing ``Record.text``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

PMID_DIGITS = r"[0-9]{1,10}"
Pmid = Annotated[str, Field(pattern=f"^{PMID_DIGITS}$")]
"""A PubMed id: digits only (its IRI is ``https://identifiers.org/pubmed:NNN``)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MeshHeading(_Model):
    """A MeSH heading of a record. ``ui`` is null when it cannot be resolved, never guessed."""

    ui: str | None = None
    label: str
    major: bool = False
    qualifiers: list[str] = Field(default_factory=list)


class Substance(_Model):
    """A chemical/substance from the record's ChemicalList or "Substances" list."""

    ui: str | None = None
    label: str


class Section(_Model):
    """A labelled part of ``Article.text``: ``text[start:end]`` is the section body."""

    label: str | None = None
    category: str | None = None  # NLM category (BACKGROUND, METHODS, RESULTS, ...) when given
    start: int
    end: int


class Article(_Model):
    """A bibliographic record as read from a source file.

    ``text`` is the title, a blank line, then the abstract with its section labels written as
    ``Label: body``; ``title_span`` and ``sections`` index it. ``position`` says where the record
    came from in its input (file and record number) for error reports.
    """

    id: str
    pmid: Pmid | None = None
    doi: str | None = None
    title: str = ""
    journal: str | None = None
    year: int | None = None
    text: str = ""
    title_span: tuple[int, int] = (0, 0)
    sections: list[Section] = Field(default_factory=list)
    mesh: list[MeshHeading] = Field(default_factory=list)
    publication_types: list[str] = Field(default_factory=list)
    substances: list[Substance] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    source: str | None = None
    position: str | None = None

    @property
    def has_abstract(self) -> bool:
        return any(s.end > s.start for s in self.sections)


SpanLabel = Literal["population", "intervention", "comparator", "outcome"]


class TextSpan(_Model):
    label: SpanLabel
    start: int
    end: int
    text: str
    mesh: list[str] = Field(default_factory=list)


class Arm(_Model):
    """A trial arm. ``comparator`` marks the control arm (placebo, usual care, sham, no
    treatment, the monotherapy arm of a combination) where the text identifies one; ``dose``
    and ``route`` are as written in the arm's description ("50 mg once daily", "oral"),
    several joined by "; " and ", ", null where it names none."""

    id: str
    label: str
    n: int | None = None
    interventions: list[str] = Field(default_factory=list)
    start: int | None = None
    end: int | None = None
    comparator: bool = False
    dose: str | None = None
    route: str | None = None


class ConceptRef(_Model):
    ui: str | None = None
    label: str


class Population(_Model):
    """Who was studied. ``n`` is the trial's main count (randomised when the text says so);
    ``n_randomised``, ``n_enrolled`` and ``n_analysed`` are set where the text tells them
    apart. ``age_group`` ("children", "adolescents", "adults", "older adults", "infants") and
    ``sex`` ("female", "male") only where stated."""

    text: str
    n: int | None = None
    condition: list[ConceptRef] = Field(default_factory=list)
    species: str | None = None
    n_randomised: int | None = None
    n_enrolled: int | None = None
    n_analysed: int | None = None
    age_group: str | None = None
    sex: str | None = None


class ArmRef(_Model):
    arm: str | None = None
    text: str
    mesh: list[str] = Field(default_factory=list)


OutcomeRole = Literal["primary", "secondary"]


class Outcome(_Model):
    """What a claim measured. ``role`` is "primary" or "secondary" where the abstract says
    so (a declaration such as "The primary outcome was X", a section so headed, or the result
    sentence's own words), else null."""

    text: str
    timepoint: str | None = None
    mesh: list[str] = Field(default_factory=list)
    role: OutcomeRole | None = None


class ArmResult(_Model):
    arm: str
    n: int | None = None
    events: int | None = None
    percent: float | None = None
    mean: float | None = None
    sd: float | None = None
    median: float | None = None
    median_low: float | None = None  # the bounds written with the median ...
    median_high: float | None = None
    median_spread: Literal["iqr", "range"] | None = None  # ... and what they are


EffectMeasure = Literal[
    "risk ratio",
    "odds ratio",
    "hazard ratio",
    "risk difference",
    "mean difference",
    "standardized mean difference",
]


class Effect(_Model):
    measure: EffectMeasure
    value: float
    ci_low: float | None = None
    ci_high: float | None = None
    ci_level: float | None = 0.95
    source: Literal["reported", "computed"] = "reported"


Relation = Literal["<", "=", ">", "<=", ">="]


class PValue(_Model):
    relation: Relation
    value: float


Direction = Literal["increased", "decreased", "no difference", "unclear"]


class Evidence(_Model):
    start: int
    end: int
    text: str


class Claim(_Model):
    id: str
    population: Population
    intervention: ArmRef
    comparator: ArmRef | None = None
    outcome: Outcome
    results: list[ArmResult] = Field(default_factory=list)
    effect: Effect | None = None
    p_value: PValue | None = None
    direction: Direction = "unclear"
    significant: bool | None = None
    negated: bool = False
    hedged: bool = False
    evidence: Evidence
    warnings: list[str] = Field(default_factory=list)
    confidence: float = 0.5


class Record(_Model):
    """The Record JSON contract (DESIGN.md). Fields may be added; these keep their meaning."""

    id: str
    pmid: Pmid | None = None
    doi: str | None = None
    title: str
    journal: str | None = None
    year: int | None = None
    text: str
    sections: list[Section] = Field(default_factory=list)
    mesh: list[MeshHeading] = Field(default_factory=list)
    publication_types: list[str] = Field(default_factory=list)
    substances: list[Substance] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    spans: list[TextSpan] = Field(default_factory=list)
    arms: list[Arm] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    extractor: str | None = None

    @classmethod
    def from_article(cls, article: Article) -> Record:
        return cls(
            id=article.id,
            pmid=article.pmid,
            doi=article.doi,
            title=article.title,
            journal=article.journal,
            year=article.year,
            text=article.text,
            sections=list(article.sections),
            mesh=list(article.mesh),
            publication_types=list(article.publication_types),
            substances=list(article.substances),
            keywords=list(article.keywords),
        )
