"""Which engine runs: `make_engine` turns a name (and an optional injected client) into an
`Engine`; the pipeline calls `extract` on it and never branches on the name."""

from __future__ import annotations

from typing import Any

from summarizer.engines.base import Engine, EngineResult
from summarizer.errors import no_endpoint_error
from summarizer.models import NumberMention, Provenance
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
    """'auto' picks the LLM engine when a model endpoint is configured or a client is given."""
    if engine == "auto":
        return "llm" if client is not None or settings.llm_configured() else "offline"
    if engine == "llm" and client is None and not settings.llm_configured():
        raise no_endpoint_error()
    return engine


def make_engine(engine: str, settings: Settings, client: Any = None) -> Engine:
    """The engine for a resolved name; `client` (e.g. from `make_client`) is used by the LLM
    engine instead of building its own."""
    if engine == "offline":
        return OfflineEngine()
    from summarizer.engines.llm import LLMEngine

    return LLMEngine(settings, client=client)
