"""GET /publications/{pmid}: a stored record and its claims."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from api.deps import StoreDep
from kg.claim_queries import get_publication
from kg.errors import NotFoundError
from kg.model import PMID_DIGITS

router = APIRouter(tags=["publications"])


@router.get("/publications/{pmid}")
def publication(
    store: StoreDep,
    pmid: Annotated[str, Path(pattern=f"^{PMID_DIGITS}$", description="PubMed id")],
) -> dict[str, Any]:
    pub = get_publication(store, pmid)
    if pub is None:
        raise NotFoundError(f"no publication with PMID {pmid} in the store")
    return pub
