"""Settings for the CLI and the HTTP API, from the environment (prefix ``EVG_``).

Obtained through :func:`get_settings` (cached) and overridable in tests by passing a
``Settings`` to ``api.app.create_app``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from kg.iris import DEFAULT_BASE_IRI


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EVG_", extra="ignore")

    store: str = Field(
        default=".evg/store",
        description="On-disk Oxigraph directory, ':memory:', or a SPARQL endpoint URL.",
    )
    base_iri: str = Field(default=DEFAULT_BASE_IRI, description="Base of every minted IRI.")
    mesh: Annotated[list[Path], NoDecode] = Field(
        default_factory=list,
        description="MeSH vocabulary files (descYYYY.xml[.gz], the jaytimm TSV); comma-separated.",
    )
    cache_dir: Path | None = Field(default=None, description="Where built indexes are cached.")
    host: str = "127.0.0.1"
    port: int = 8000
    max_body_bytes: int = Field(default=10 * 1024 * 1024, description="Largest request body.")
    query_timeout_s: float = Field(default=30.0, description="SPARQL query time limit (s).")
    max_results: int = Field(default=100_000, description="Cap on SPARQL result rows.")
    batch_size: int = Field(default=200, description="Records per store transaction on ingest.")
    update_token: SecretStr | None = Field(
        default=None,
        description="Bearer token that enables SPARQL updates at POST /sparql (unset: read-only).",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Origins allowed by CORS (comma-separated; '*' for any). Empty: no CORS.",
    )

    @field_validator("mesh", mode="before")
    @classmethod
    def _split_paths(cls, value: object) -> object:
        if isinstance(value, str):
            return [Path(p.strip()) for p in value.split(",") if p.strip()]
        return value

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [o.strip() for o in value.split(",") if o.strip()]
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
