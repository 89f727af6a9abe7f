"""Invented claims and records for the evaluation tests (written for the tests, no corpus text)."""

from __future__ import annotations

from kg.model import Arm, ArmRef, ArmResult, Claim, Evidence, Outcome, Population, Record


def make_claim(
    intervention: str,
    comparator: str | None,
    outcome: str,
    *,
    arms: tuple[str | None, str | None] = ("arm1", "arm2"),
    results: list[ArmResult] | None = None,
    direction: str = "unclear",
    significant: bool | None = None,
    evidence: tuple[int, int] = (0, 10),
    population_n: int | None = None,
) -> Claim:
    return Claim.model_validate(
        {
            "id": f"c-{outcome}",
            "population": Population(text="adults", n=population_n),
            "intervention": ArmRef(arm=arms[0], text=intervention),
            "comparator": ArmRef(arm=arms[1], text=comparator) if comparator is not None else None,
            "outcome": Outcome(text=outcome),
            "results": results or [],
            "direction": direction,
            "significant": significant,
            "evidence": Evidence(start=evidence[0], end=evidence[1], text="x"),
        }
    )


def make_record(claims: list[Claim], arms: list[Arm] | None = None, text: str = "") -> Record:
    return Record(id="invented", title="", text=text, claims=claims, arms=arms or [])
