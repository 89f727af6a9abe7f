"""Shared test fixtures. Data from ../shared/data is optional: tests needing it skip clearly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extractors.pipeline import Extractor

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("EVG_SHARED_DATA", REPO.parent / "shared" / "data"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """Path under ../shared/data, or skip the calling test when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (../shared/data is not beside this checkout)")
    return path


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The rule pipeline without the trained tagger, built once for the whole run (its spans
    are the rules' own: arms, comparator flags). Test files that need another extractor
    define their own ``extractor`` fixture, which takes precedence; the tagger's spans are
    tested in tests/test_pico_*.py."""
    return Extractor(pico_model=False)
