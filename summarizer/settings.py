"""Settings from the environment and CLI flags (pydantic-settings). Read on demand, never at import."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything that changes how a report is produced. Env names are given per field."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", populate_by_name=True)

    engine: Literal["auto", "offline", "llm"] = Field(
        default="auto", validation_alias="SUMMARIZER_ENGINE"
    )
    openai_api_key: str | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    model: str | None = Field(default=None, validation_alias="SUMMARIZER_MODEL")
    cache_dir: Path | None = Field(default=None, validation_alias="SUMMARIZER_CACHE_DIR")
    use_cache: bool = Field(default=True, validation_alias="SUMMARIZER_USE_CACHE")
    timeout: float = Field(default=120.0, gt=0, validation_alias="SUMMARIZER_TIMEOUT")
    max_reasks: int = Field(default=2, ge=0, le=5, validation_alias="SUMMARIZER_MAX_REASKS")
    max_transport_retries: int = Field(
        default=4, ge=0, le=10, validation_alias="SUMMARIZER_MAX_TRANSPORT_RETRIES"
    )
    temperature: float = Field(default=0.0, ge=0, le=2, validation_alias="SUMMARIZER_TEMPERATURE")
    seed: int | None = Field(default=0, validation_alias="SUMMARIZER_SEED")
    max_tokens: int = Field(default=2048, gt=0, validation_alias="SUMMARIZER_MAX_TOKENS")
    # Many OpenAI-compatible servers (llama.cpp, older vLLM, Ollama) lack tool calling.
    mode: Literal["tools", "json_schema", "json"] = Field(
        default="json_schema", validation_alias="SUMMARIZER_MODE"
    )
    chunk_chars: int = Field(default=6000, ge=500, validation_alias="SUMMARIZER_CHUNK_CHARS")
    # Provider quotas, shared by every worker thread of the process (engines/quota.py).
    rpm: int | None = Field(default=None, gt=0, validation_alias="SUMMARIZER_RPM")
    tpm: int | None = Field(default=None, gt=0, validation_alias="SUMMARIZER_TPM")

    def llm_configured(self) -> bool:
        """True when a model endpoint is usable: a model name plus a key or a base URL."""
        return bool(self.model and (self.openai_api_key or self.openai_base_url))
