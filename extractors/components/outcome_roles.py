"""``evg_outcome_roles``: marks each claim's outcome primary or secondary where the abstract
says so (``Outcome.role``; the rules are in ``extractors.outcome_roles``), and names the
outcome of a claim that calls it only by its role ("The primary end point was met by 41% ...")
after the abstract's declaration ("The primary end point was clinical improvement by week
24"), its MeSH links read again from that name.

Runs after every component that writes claims (``evg_claims``, ``evg_table_claims``,
``evg_before_after``), so each claim is read once.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components.inputs import article_of, text_of
from extractors.components.mesh_linking import (
    OUTCOME_CATEGORIES,
    MeshLinker,
)
from extractors.components.sections import sentences_of
from extractors.outcome_roles import (
    declarations,
    mentions_roles,
    named_outcomes,
    names_only_a_role,
    outcome_role,
)
from kg.model import OutcomeRole


class OutcomeRoles:
    """Sets ``Outcome.role`` of the claims in ``Doc._.claims`` (see the module docstring)."""

    def __init__(self) -> None:
        self.linker = MeshLinker(None)

    def __call__(self, doc: Doc) -> Doc:
        drafts = doc._.claims or []
        text = text_of(doc)
        if not drafts or not mentions_roles(text):
            return doc
        long_forms = doc._.long_forms or {}
        headed = [
            (str(s._.heading), s.start_char, s.end_char)
            for s in doc._.sections or ()
            if s._.heading
        ]
        sentences = [(s.start, s.end) for s in sentences_of(doc)]
        declared = declarations(text, sentences, headed, long_forms)
        names: dict[OutcomeRole, str] | None = None  # read once, for the first claim that asks
        article = article_of(doc)
        for draft in drafts:
            outcome = draft.claim.outcome
            outcome.role = outcome_role(
                outcome.text, draft.claim.evidence.text, declared, long_forms
            )
            if outcome.role is None or not names_only_a_role(outcome.text):
                continue
            if names is None:
                names = named_outcomes(text, sentences)
            name = names.get(outcome.role)
            if name:
                outcome.text = name
                outcome.mesh = self.linker.link(
                    [name], article.mesh if article else [], long_forms, OUTCOME_CATEGORIES
                )
        return doc


@Language.factory(
    "evg_outcome_roles",
    assigns=["doc._.claims"],
    requires=["doc._.claims", "doc._.sections", "doc._.long_forms"],
)
def make_outcome_roles(nlp: Language, name: str) -> OutcomeRoles:
    return OutcomeRoles()
