"""One report, end to end: load -> clean -> numbers -> engine -> ground & verify -> Report."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarizer.errors import missing_key_error, no_endpoint_error
from summarizer.models import STRICT_NOTES, Meta, Note, NoteKind, Provenance, Report, Source
from summarizer.providers import get_preset
from summarizer.settings import Settings
from summarizer.text.clean import Document, clean
from summarizer.text.load import LoadedText, load_bytes, load_path
from summarizer.text.numbers import extract_mentions
from summarizer.verify import ground

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
NOT_CHINESE_WARNING = (
    "no Chinese characters in the input: summarizer reads Chinese reports, so little or "
    "nothing was extracted"
)


class _LazyClient:
    """The model client, built on first use: importing openai + instructor costs ~0.7 s, and a
    cache hit never needs them."""

    def __init__(self, settings: Settings) -> None:
        from summarizer.engines.ledger import Ledger

        self._settings = settings
        self._client: Any = None
        self._early = Ledger()  # notes made before any call (e.g. a cache hit's warnings)

    @property
    def ledger(self) -> Any:
        return self._client.ledger if self._client is not None else self._early

    def __getattr__(self, name: str) -> Any:
        if self._client is None:
            from summarizer.engines.client import make_client

            self._client = make_client(self._settings)
            self._client.ledger.errors[:0] = self._early.errors
        return getattr(self._client, name)

    def errors(self) -> list[str]:
        """What was noted: dropped chunks, parse errors, a cache hit's earlier drops."""
        return list(self.ledger.errors)


def resolve_engine(engine: str, settings: Settings) -> str:
    """'auto' picks the LLM engine only when a model endpoint is configured.

    A base URL and model without a key is an error here, before any request: servers that
    need no key accept any value, and the others would fail only after every retry.
    """
    if engine == "auto":
        engine = "llm" if settings.llm_configured() else "offline"
    elif engine == "llm" and not settings.llm_configured():
        raise no_endpoint_error(settings)
    # a local server's preset (ollama, vllm, llamacpp) needs no key; any other endpoint does
    keyless = bool(settings.provider) and get_preset(settings.provider).key_env is None
    if engine == "llm" and not settings.openai_api_key and settings.openai_base_url and not keyless:
        raise missing_key_error(settings.openai_base_url)
    return engine


def summarize_loaded(
    loaded: LoadedText,
    *,
    engine: str = "auto",
    settings: Settings | None = None,
    keep_unverified: bool = False,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Summarize already-decoded input.

    Facts the verifier rejects are dropped (and counted in `checks`), or kept with
    verified=False when `keep_unverified` is set. `progress`, when given, hears the name of
    each stage as it starts (the CLI shows them for long inputs).
    """
    settings = settings or Settings()
    chosen = resolve_engine(engine, settings)
    started = time.perf_counter()
    step = progress or (lambda _stage: None)
    step("removing page chrome")
    doc = clean(loaded.text, loaded.chrome, loaded.mask)
    step("finding figures")
    mentions = extract_mentions(doc)
    step(f"extracting facts ({chosen} engine)")
    source = make_source(loaded, doc)
    notes: list[Note] = []
    if not _CJK.search(doc.text):
        notes.append(Note(kind=NoteKind.NO_CHINESE, detail=NOT_CHINESE_WARNING))
    if chosen == "offline":
        from summarizer.engines import offline

        draft = offline.extract(doc, mentions)
        provenance = Provenance(engine="offline", engine_version=offline.VERSION)
    else:
        from summarizer.engines import llm

        client = _LazyClient(settings)
        draft, provenance = llm.extract(doc, mentions, client=client, settings=settings)
        # the ledger's notes are still text: they are typed here, once, at the boundary
        notes += [
            Note(kind=NoteKind.DROPPED_OUTPUT if "dropped" in e else NoteKind.MODEL, detail=f"model: {e}")
            for e in client.errors()
        ]
        if draft.meta == Meta():  # the model reads facts; metadata rules are shared
            draft.meta = _rule_meta(doc, draft.achievements)
    report = Report(
        source=source,
        meta=draft.meta,
        achievements=draft.achievements,
        targets=draft.targets,
        actions=draft.actions,
        provenance=provenance,
    )
    step("verifying facts")
    report = ground(report, doc, mentions, keep_unverified=keep_unverified)
    for note in notes:
        report.checks.note(note.kind, note.detail)
    for detail in loaded.notes:
        report.checks.note(NoteKind.INPUT, detail)
    if loaded.pages:
        _set_pages(report, loaded)
    report.provenance.elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
    return report


def summarize_path(
    path: str | Path,
    *,
    engine: str = "auto",
    settings: Settings | None = None,
    keep_unverified: bool = False,
) -> Report:
    """Summarize a file (or '-' for standard input)."""
    return summarize_loaded(
        load_path(path), engine=engine, settings=settings, keep_unverified=keep_unverified
    )


def summarize_text(
    text: str,
    *,
    name: str = "-",
    engine: str = "auto",
    settings: Settings | None = None,
    keep_unverified: bool = False,
) -> Report:
    """Summarize a string."""
    loaded = load_bytes(text.encode("utf-8"), name)
    return summarize_loaded(
        loaded, engine=engine, settings=settings, keep_unverified=keep_unverified
    )


def strict_problems(report: Report) -> list[str]:
    """Why `--strict` refuses this report: unverified or dropped facts, dropped model output."""
    checks = report.checks
    problems = []
    if checks.unverified:
        problems.append(f"{checks.unverified} unverified fact(s)")
    if checks.dropped:
        problems.append(f"{checks.dropped} fact(s) dropped by the verifier")
    dropped_output = [n for n in checks.notes if n.kind in STRICT_NOTES]
    if dropped_output:
        problems.append(f"{len(dropped_output)} warning(s) about dropped output")
    return problems


def _set_pages(report: Report, loaded: LoadedText) -> None:
    """Each fact's and action's evidence learns its page (PDF input)."""
    for item in (*report.achievements, *report.targets, *report.actions):
        item.evidence.page = loaded.page_of(item.evidence.start)


def _rule_meta(doc: Document, achievements: list) -> Meta:
    from summarizer.engines.meta import extract_meta
    from summarizer.text.segment import Segments

    return extract_meta(doc, Segments(doc), achievements)


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
        pages=len(loaded.pages) or None,
        script=doc.script,
        chars_total=len(doc.text),
        chars_kept=len(doc.text) - chars_removed,
        chars_removed=chars_removed,
        removed=removed,
    )


def summarize(
    text_or_path: str | Path,
    *,
    engine: str = "auto",
    settings: Settings | None = None,
    keep_unverified: bool = False,
) -> Report:
    """The library entry point: a `Path` (or '-', or a string naming an existing file) is read
    from disk; any other string is the report text itself."""
    is_path = isinstance(text_or_path, Path) or text_or_path == "-" or (
        "\n" not in text_or_path and len(text_or_path) < 1024 and Path(text_or_path).is_file()
    )
    options = dict(engine=engine, settings=settings, keep_unverified=keep_unverified)
    if is_path:
        return summarize_path(text_or_path, **options)  # type: ignore[arg-type]
    return summarize_text(str(text_or_path), **options)  # type: ignore[arg-type]
