"""Many reports at once: concurrent workers, resumable outputs, one failure never stops the rest."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import InputError, SummarizerError, redact
from summarizer.models import Report
from summarizer.settings import Settings

REPORT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")


@dataclass
class BatchItem:
    """One input and what became of it."""

    path: Path
    output: Path
    status: str = "pending"  # ok | failed | skipped
    report: Report | None = None
    error: str | None = None


def expand_inputs(inputs: Sequence[str | Path], pattern: str | None = None) -> list[Path]:
    """Files as given; directories contribute their report files (sorted, not recursive), or
    the files matching `pattern` (a glob such as '*.pdf' or '**/*.docx') when one is given."""
    found: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir() and pattern:
            found.extend(sorted(p for p in path.glob(pattern) if p.is_file()))
        elif path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in REPORT_SUFFIXES))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(str(path), "does not exist.", "Check the path.")
    if not found:
        raise InputError(
            ", ".join(map(str, inputs)) or "-",
            f"holds no report files{f' matching {pattern!r}' if pattern else ''}.",
            f"Pass files or directories with {', '.join(REPORT_SUFFIXES)} files"
            + (", or change --glob." if pattern else "."),
        )
    return found


def plan_outputs(paths: list[Path], out_dir: Path, suffix: str) -> list[BatchItem]:
    """One output per input, named by stem; inputs sharing a stem get a short path hash."""
    stems: dict[str, int] = {}
    for path in paths:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    items = []
    for path in paths:
        name = path.stem
        if stems[name] > 1:
            name += "-" + hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:8]
        items.append(BatchItem(path=path, output=out_dir / f"{name}{suffix}"))
    return items


def run_batch(
    items: list[BatchItem],
    *,
    engine: str,
    settings: Settings,
    keep_unverified: bool,
    render: Callable[[Report, str], str],
    write: Callable[[Path, str], None],
    jobs: int = 4,
    force: bool = False,
    on_done: Callable[[BatchItem], None] | None = None,
) -> list[BatchItem]:
    """Summarize every item on `jobs` threads (model calls wait on the network, so threads pay).

    An existing output is kept (resume) unless `force`; each output is written as soon as its
    report is ready, so an interrupted batch loses nothing already done. `render` gets the
    Report and the decoded original text (the review page shows it).
    """
    from summarizer.pipeline import summarize_loaded
    from summarizer.text.load import load_path

    def work(item: BatchItem) -> BatchItem:
        if item.output.exists() and not force:
            item.status = "skipped"
            return item
        try:
            loaded = load_path(item.path)
            item.report = summarize_loaded(
                loaded, engine=engine, settings=settings, keep_unverified=keep_unverified
            )
            write(item.output, render(item.report, loaded.text))
            item.status = "ok"
        except SummarizerError as err:
            message = redact(" ".join(str(err).split()), settings.openai_api_key)
            item.status, item.error = "failed", message
        return item

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(work, item) for item in items]
        for future in as_completed(futures):
            done = future.result()
            if on_done is not None:
                on_done(done)
    return items


def index_line(item: BatchItem) -> dict:
    """One line of the batch index (batch.jsonl): where each input went and how it fared."""
    line: dict = {"input": str(item.path), "output": str(item.output), "status": item.status}
    if item.error:
        line["error"] = item.error
    if item.report is not None:
        checks, prov = item.report.checks, item.report.provenance
        line.update(
            verified=checks.verified, unverified=checks.unverified, dropped=checks.dropped,
            engine=prov.engine, cache_hit=prov.cache_hit, elapsed_ms=prov.elapsed_ms,
        )
    return line
