"""One report, end to end: load -> clean -> numbers -> engine -> ground & verify -> Report."""

from __future__ import annotations

import time
from pathlib import Path

from summarizer.errors import no_endpoint_error
from summarizer.models import Provenance, Report, Source
from summarizer.settings import Settings
from summarizer.text.clean import Document, clean
from summarizer.text.load import LoadedText, load_bytes, load_path
from summarizer.text.numbers import extract_mentions
from summarizer.verify import ground


def resolve_engine(engine: str, settings: Settings) -> str:
    """'auto' picks the LLM engine only when a model endpoint is configured."""
    if engine == "auto":
        return "llm" if settings.llm_configured() else "offline"
    if engine == "llm" and not settings.llm_configured():
        raise no_endpoint_error()
    return engine


def summarize_loaded(
    loaded: LoadedText, *, engine: str = "auto", settings: Settings | None = None
) -> Report:
    """Summarize already-decoded input."""
    settings = settings or Settings()
    chosen = resolve_engine(engine, settings)
    started = time.perf_counter()
    doc = clean(loaded.text)
    mentions = extract_mentions(doc)
    source = make_source(loaded, doc)
    if chosen == "offline":
        from summarizer.engines import offline

        draft = offline.extract(doc, mentions)
        provenance = Provenance(engine="offline", engine_version=offline.VERSION)
    else:
        from summarizer.engines import llm
        from summarizer.engines.client import make_client

        draft, provenance = llm.extract(
            doc, mentions, client=make_client(settings), settings=settings
        )
    report = Report(
        source=source,
        meta=draft.meta,
        achievements=draft.achievements,
        targets=draft.targets,
        actions=draft.actions,
        provenance=provenance,
    )
    report = ground(report, doc, mentions)
    report.provenance.elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
    return report


def summarize_path(
    path: str | Path, *, engine: str = "auto", settings: Settings | None = None
) -> Report:
    """Summarize a file (or '-' for standard input)."""
    return summarize_loaded(load_path(path), engine=engine, settings=settings)


def summarize_text(
    text: str, *, name: str = "-", engine: str = "auto", settings: Settings | None = None
) -> Report:
    """Summarize a string."""
    loaded = load_bytes(text.encode("utf-8"), name)
    return summarize_loaded(loaded, engine=engine, settings=settings)


def make_source(loaded: LoadedText, doc: Document) -> Source:
    """Describe the input and what cleaning removed."""
    from summarizer.models import RemovedBlock

    removed = [
        RemovedBlock(text=doc.text[s.start : s.end], start=s.start, end=s.end, reason=s.reason)
        for s in doc.removed
    ]
    chars_removed = sum(s.end - s.start for s in doc.removed)
    return Source(
        name=loaded.name,
        sha256=loaded.sha256,
        encoding=loaded.encoding,
        format=loaded.format,
        script=doc.script,
        chars_total=len(doc.text),
        chars_kept=len(doc.text) - chars_removed,
        chars_removed=chars_removed,
        removed=removed,
    )
