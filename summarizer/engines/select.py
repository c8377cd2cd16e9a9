"""Which engine runs: `make_engine` turns a name (and an optional injected client) into an
`Engine`; the pipeline calls `extract` on it and never branches on the name."""

from __future__ import annotations

from typing import Any

from summarizer.engines.base import Engine, EngineResult
from summarizer.errors import missing_key_error, no_endpoint_error
from summarizer.models import NumberMention, Provenance
from summarizer.providers import get_preset
from summarizer.settings import Settings
from summarizer.text.clean import Document


class OfflineEngine:
    """The deterministic rules engine as an `Engine`."""

    name = "offline"

    def extract(self, doc: Document, mentions: list[NumberMention]) -> EngineResult:
        from summarizer.engines import offline

        return EngineResult(
            offline.extract(doc, mentions),
            Provenance(engine="offline", engine_version=offline.VERSION),
        )


def resolve_engine(engine: str, settings: Settings, client: Any = None) -> str:
    """'auto' picks the LLM engine when a model endpoint is configured or a client is given.

    A base URL and model without a key is an error here, before any request: servers that
    need no key accept any value, and the others would fail only after every retry.
    """
    if client is not None:
        return "llm" if engine == "auto" else engine
    if engine == "auto":
        engine = "llm" if settings.llm_configured() else "offline"
    elif engine == "llm" and not settings.llm_configured():
        raise no_endpoint_error(settings)
    # a local server's preset (ollama, vllm, llamacpp) needs no key; any other endpoint does
    keyless = bool(settings.provider) and get_preset(settings.provider).key_env is None
    if engine == "llm" and not settings.openai_api_key and settings.openai_base_url and not keyless:
        raise missing_key_error(settings.openai_base_url)
    return engine


def make_engine(engine: str, settings: Settings, client: Any = None) -> Engine:
    """The engine for a resolved name; `client` (e.g. from `make_client`) is used by the LLM
    engine instead of building its own."""
    if engine == "offline":
        return OfflineEngine()
    from summarizer.engines.llm import LLMEngine

    return LLMEngine(settings, client=client)
