"""One report, end to end: load -> clean -> numbers -> engine -> ground & verify -> Report."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarizer.errors import redact
from summarizer.models import STRICT_NOTES, Meta, Note, NoteKind, Report, Source
from summarizer.settings import Settings, from_environment
from summarizer.text.clean import Document, clean
from summarizer.text.load import LoadedText, load_bytes, load_path
from summarizer.text.numbers import extract_mentions
from summarizer.verify import ground

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
NOT_CHINESE_WARNING = (
    "no Chinese characters in the input: summarizer reads Chinese reports, so little or "
    "nothing was extracted"
)


def resolve_engine(engine: str, settings: Settings, client: Any = None) -> str:
    """'auto' picks the LLM engine only when a model endpoint is configured (or a client given)."""
    from summarizer.engines.select import resolve_engine as resolve

    return resolve(engine, settings, client)


def summarize_loaded(
    loaded: LoadedText,
    *,
    engine: str = "auto",
    settings: Settings | None = None,
    keep_unverified: bool = False,
    progress: Callable[[str], None] | None = None,
    client: Any = None,
) -> Report:
    """Summarize already-decoded input.

    Facts the verifier rejects are dropped (and counted in `checks`), or kept with
    verified=False when `keep_unverified` is set. `progress`, when given, hears the name of
    each stage as it starts (the CLI shows them for long inputs). `client` (from
    `make_client`) is the model client the LLM engine uses instead of building one.
    """
    from summarizer.engines.select import make_engine

    settings = settings or from_environment()
    chosen = resolve_engine(engine, settings, client)
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
    result = make_engine(chosen, settings, client=client).extract(doc, mentions)
    draft = result.draft
    meta = draft.meta if draft.meta is not None else _rule_meta(doc, draft.achievements)
    secret = settings.openai_api_key
    notes += [Note(kind=n.kind, detail=redact(f"model: {n.detail}", secret)) for n in result.notes]
    report = Report(
        source=source,
        meta=meta,
        achievements=draft.achievements,
        targets=draft.targets,
        actions=draft.actions,
        provenance=result.provenance,
    )
    # Figures our parser read at quotes the model located ground facts like any mention.
    grounding = sorted([*mentions, *draft.mentions], key=lambda m: m.start)
    step("verifying facts")
    report = ground(report, doc, grounding, keep_unverified=keep_unverified)
    name_in_english(report, doc)
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
    client: Any = None,
) -> Report:
    """Summarize a file (or '-' for standard input)."""
    return summarize_loaded(
        load_path(path), engine=engine, settings=settings, keep_unverified=keep_unverified,
        client=client,
    )


def summarize_text(
    text: str,
    *,
    name: str = "-",
    engine: str = "auto",
    settings: Settings | None = None,
    keep_unverified: bool = False,
    client: Any = None,
) -> Report:
    """Summarize a string."""
    loaded = load_bytes(text.encode("utf-8"), name)
    return summarize_loaded(
        loaded, engine=engine, settings=settings, keep_unverified=keep_unverified, client=client
    )


def name_in_english(report: Report, doc: Document) -> None:
    """After verification: the report's year (from its period, title, date or opening lines)
    and English metric names (`metric_en`) from the glossary where the engine gave none, with
    the glossary's coverage in the provenance. Each name passes the verifier's free-text check
    (no number but the fact's own) and records it; a name that would not is left out, so naming
    never changes what is verified."""
    from summarizer.brief.terms import name_facts
    from summarizer.models import FactField
    from summarizer.text.periods import report_year
    from summarizer.verify.claims import check_free_text

    def accept(fact) -> bool:
        finding = check_free_text(fact)
        if finding.failed:
            return False
        if fact.checks:  # the verifier recorded the claims: metric_en is now one of them
            fact.checks[FactField.FREE_TEXT] = finding.status
        return True

    meta = report.meta
    if meta.year is None:
        opening = "\n".join(doc.text[s:e] for s, e in doc.kept[:10])[:300]
        meta.year = report_year(meta.period, meta.title, opening, meta.published)
    report.provenance.glossary = name_facts(report, accept=accept)


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
    client: Any = None,
) -> Report:
    """The library entry point: a `Path` (or '-', or a string naming an existing file) is read
    from disk; any other string is the report text itself. `client` is an injected model
    client (`summarizer.engines.client.make_client(settings)`, or a test's)."""
    is_path = isinstance(text_or_path, Path) or text_or_path == "-" or (
        "\n" not in text_or_path and len(text_or_path) < 1024 and Path(text_or_path).is_file()
    )
    options = dict(engine=engine, settings=settings, keep_unverified=keep_unverified,
                   client=client)
    if is_path:
        return summarize_path(text_or_path, **options)  # type: ignore[arg-type]
    return summarize_text(str(text_or_path), **options)  # type: ignore[arg-type]
