"""Settings from the environment and CLI flags (pydantic-settings). Read on demand, never at import."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
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
    # Servers differ in what they accept (llama.cpp: no json_schema; Ollama, older vLLM: no tool
    # calling); "auto" tries json_schema, tools, json and remembers what works (engines/modes.py).
    mode: Literal["auto", "tools", "json_schema", "json"] = Field(
        default="auto", validation_alias="SUMMARIZER_MODE"
    )
    # A preset (summarizer/providers.py) fills base URL, model, mode and key when they are unset.
    provider: Literal["openai", "deepseek", "dashscope", "ollama", "vllm", "llamacpp"] | None = (
        Field(default=None, validation_alias="SUMMARIZER_PROVIDER")
    )
    chunk_chars: int = Field(default=6000, ge=500, validation_alias="SUMMARIZER_CHUNK_CHARS")
    # Provider quotas, shared by every worker thread of the process (engines/quota.py).
    rpm: int | None = Field(default=None, gt=0, validation_alias="SUMMARIZER_RPM")
    tpm: int | None = Field(default=None, gt=0, validation_alias="SUMMARIZER_TPM")

    @model_validator(mode="after")
    def _fill_from_provider(self) -> Settings:
        """Fill what the user left unset from the provider's preset (flags and env win)."""
        if self.provider:
            from summarizer.providers import get_preset, preset_key

            preset = get_preset(self.provider)
            given = set(self.model_fields_set)
            if "openai_base_url" not in given and preset.base_url:
                self.openai_base_url = preset.base_url
            if "model" not in given and preset.model:
                self.model = preset.model
            if "mode" not in given:
                self.mode = preset.mode  # type: ignore[assignment]
            if "openai_api_key" not in given:
                self.openai_api_key = preset_key(preset)
        return self

    def missing_key_env(self) -> str | None:
        """The provider's key variable when that provider needs a key and none is set."""
        if self.provider and not self.openai_api_key:
            from summarizer.providers import get_preset

            return get_preset(self.provider).key_env
        return None

    def llm_configured(self) -> bool:
        """True when a model endpoint is usable: a model name plus a key or a base URL (and the
        key, for a provider preset that needs one)."""
        if self.missing_key_env():
            return False
        return bool(self.model and (self.openai_api_key or self.openai_base_url))


_FROM_ENV = threading.local()  # (the environment it was read from, the settings read)


def from_environment() -> Settings:
    """`Settings()`, read again only when the environment changed since the last call (in this
    thread): reading it costs about a millisecond, a whole offline report about seventy, and
    a batch asks once per report. A copy each time, so a caller's change stays its own."""
    env = dict(os.environ)
    cached = getattr(_FROM_ENV, "last", None)
    if cached is None or cached[0] != env:
        cached = _FROM_ENV.last = (env, Settings())
    return cached[1].model_copy()


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment (and `overrides`), a bad value raised as `ConfigError`
    naming the variable: the library raises only its own errors, the CLI prints one line."""
    from pydantic import ValidationError

    from summarizer.errors import ConfigError

    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise ConfigError(describe_invalid(exc)) from None


def describe_invalid(exc: Exception) -> str:
    """A bad setting as `VAR='value': problem. Fix`, without pydantic's URL and indentation
    (the first problem; the count when there are more)."""
    errors = getattr(exc, "errors", None)
    found = errors() if callable(errors) else []
    if not found:
        return f"Invalid settings in the environment: {' '.join(str(exc).split())}"
    first = found[0]
    name = ".".join(str(part) for part in first.get("loc", ())) or "settings"
    more = f" ({len(found) - 1} more)" if len(found) > 1 else ""
    return (f"{name}={first.get('input')!r}: {first.get('msg', 'invalid value')}{more}. "
            f"Fix or unset {name} (see README, 'LLM engine settings').")
