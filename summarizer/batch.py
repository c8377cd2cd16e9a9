"""Many reports at once: concurrent workers, an index that survives interruption, resumable.

The output folder describes itself: `batch.jsonl` has one line per report output present (and
one per input that failed in the latest run), `facts.csv` every fact of those outputs. Both are
rebuilt from the folder at the start and the end of every run, never from this run alone, and
`batch.jsonl` also gets a line appended the moment each report is done, so a `kill -9` leaves a
valid prefix. The work itself goes to any `concurrent.futures.Executor` (threads by default, a
Dask cluster through `summarizer.distributed`), at most `window` reports in flight: Ctrl-C
stops scheduling at once and only the few in flight are waited for.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    CancelledError,
    Executor,
    Future,
    ThreadPoolExecutor,
    wait,
)
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarizer.errors import InputError, SummarizerError, redact
from summarizer.files import check_output_dir, write_atomic
from summarizer.models import Report
from summarizer.settings import Settings

# Input selection: every format summarizer reads; `--glob` picks others (expand_inputs).
REPORT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
INDEX_NAME = "batch.jsonl"
FACTS_NAME = "facts.csv"
REPORTS_DIR = ".reports"  # the Report JSON behind a non-JSON output (md, html, csv, jsonl, txt)
OUTPUT_SUFFIXES = (".json", ".md", ".html", ".csv", ".jsonl", ".txt")
_RESERVED = {INDEX_NAME, FACTS_NAME}


@dataclass
class BatchItem:
    """One input and what became of it."""

    path: Path
    output: Path
    status: str = "pending"  # ok | failed | skipped (output already there) | not-started
    report: Report | None = None
    error: str | None = None
    line: dict | None = None  # its line in batch.jsonl


@dataclass
class BatchResult:
    """What one run did, and what the folder now holds."""

    items: list[BatchItem]
    out_dir: Path
    interrupted: bool = False
    outputs: int = 0  # report outputs the folder describes (this run's and earlier ones)
    facts: int = 0  # rows of facts.csv
    unreadable: list[str] = field(default_factory=list)  # outputs without a readable Report

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def index_path(self) -> Path:
        return self.out_dir / INDEX_NAME

    @property
    def facts_path(self) -> Path:
        return self.out_dir / FACTS_NAME


def expand_inputs(inputs: Sequence[str | Path], pattern: str | None = None) -> list[Path]:
    """Files as given; directories contribute their report files (sorted, not recursive), or
    the files matching `pattern` (a glob such as '*.pdf' or '**/*.docx') when one is given.

    A missing path, or a directory without report files, stays in the list: it becomes an
    error record of the batch (the rest still runs) instead of stopping everything up front.
    A pattern that matches no file of a directory is a mistake of the command, not of a report:
    an InputError naming the pattern and the directory, before any work is done.
    """
    found: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            if pattern:
                files = sorted(p for p in path.glob(pattern) if p.is_file())
                if not files:
                    raise glob_error(path, pattern)
            else:
                files = sorted(p for p in path.iterdir()
                               if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES)
            found.extend(files or [path])
        else:
            found.append(path)
    return found


def glob_error(folder: Path, pattern: str) -> InputError:
    """`--glob PATTERN` found nothing in `folder`: what the folder holds, and how to fix it."""
    kinds = Counter(p.suffix.lower() or "(no suffix)" for p in folder.iterdir() if p.is_file())
    held = ", ".join(f"{n} {suffix}" for suffix, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    return InputError(
        str(folder), f"no file matches --glob '{pattern}' ({f'its files: {held}' if held else 'it holds no files'}).",
        "Check the pattern (case counts; '**/*.pdf' also reads subfolders; quote it so the shell "
        "does not expand it) or leave out --glob to take every report file of the folder.",
    )


def plan_outputs(paths: list[Path], out_dir: Path, suffix: str) -> list[BatchItem]:
    """One output per input, named by stem; inputs sharing a stem (or taking the index's or
    the facts table's name) get a short path hash."""
    stems: dict[str, int] = {}
    for path in paths:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    items = []
    for path in paths:
        name = path.stem
        if stems[name] > 1 or f"{name}{suffix}" in _RESERVED:
            name += "-" + hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:8]
        items.append(BatchItem(path=path, output=out_dir / f"{name}{suffix}"))
    return items


@dataclass
class ShippedReport:
    """A Report as a remote worker sends it back: its JSON and its index fields. Cheaper for
    the client than a Report object (no model to rebuild), which it only writes to disk."""

    json: str
    summary: dict


@dataclass
class ItemFailure:
    """One input's error inside a chunk of work (plain text: it crosses process boundaries)."""

    message: str


def run_chunk(work: Callable[..., tuple[Any, str]], paths: list[Path], *args: Any) -> list:
    """`work` over several inputs in one task (a remote task costs the client and scheduler
    about as much CPU as an offline report); each input's error is kept, never raised."""
    results: list = []
    for path in paths:
        try:
            results.append(work(path, *args))
        except SummarizerError as err:
            results.append(ItemFailure(" ".join(str(err).split())))
        except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop the others
            results.append(ItemFailure(_internal(path, exc)))
    return results


def _internal(path: Path, exc: BaseException) -> str:
    return f"{path}: internal error ({type(exc).__name__}: {' '.join(str(exc).split())[:300]})"


def report_summary(report: Report) -> dict:
    """The index fields of a report: fact counts, engine, cache hit, time."""
    checks, prov = report.checks, report.provenance
    return dict(verified=checks.verified, unverified=checks.unverified, dropped=checks.dropped,
                engine=prov.engine, cache_hit=prov.cache_hit, elapsed_ms=prov.elapsed_ms)


def summarize_one(
    path: Path, engine: str, settings: Settings, keep_unverified: bool, fmt: str
) -> tuple[Report, str]:
    """The work of one item, run on a worker: summarize and render (nothing is written here, so
    a worker on another machine needs to read the input only)."""
    from summarizer.pipeline import summarize_loaded
    from summarizer.render.formats import render_report
    from summarizer.text.load import load_path

    if Path(path).is_dir():
        raise InputError(str(path), "holds no report files.",
                         f"Pass files or directories with {', '.join(REPORT_SUFFIXES)} files, "
                         "or change --glob.")
    loaded = load_path(path)
    report = summarize_loaded(loaded, engine=engine, settings=settings,
                              keep_unverified=keep_unverified)
    return report, render_report(report, fmt, loaded.text)


def run_batch(
    items: list[BatchItem],
    *,
    out_dir: Path,
    engine: str,
    settings: Settings,
    keep_unverified: bool = False,
    fmt: str = "json",
    jobs: int = 4,
    force: bool = False,
    on_done: Callable[[BatchItem], None] | None = None,
    executor: Executor | None = None,
    window: int | None = None,
    work: Callable[..., tuple[Report | ShippedReport, str]] = summarize_one,
    chunk: int = 1,
) -> BatchResult:
    """Summarize every item; outputs, index and facts table land in `out_dir` as described above.

    An existing output is kept (resume) unless `force`. `executor` defaults to `jobs` threads
    (model calls wait on the network, so threads pay); at most `window` (default: `jobs`) tasks
    of `chunk` items each are submitted at a time. On KeyboardInterrupt the items in flight are waited for and
    recorded, the rest are left `not-started`, the index and facts table are rewritten and the
    result comes back with `interrupted=True`; a second KeyboardInterrupt while waiting
    propagates (the appended index lines are still valid).
    """
    out_dir = Path(out_dir)
    check_output_dir(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    index = FolderIndex(out_dir)
    todo = index.start(items, force=force)
    for item in items:
        if item.status == "skipped" and on_done is not None:
            on_done(item)
    result = BatchResult(items=items, out_dir=out_dir)
    own = executor is None
    pool = executor or ThreadPoolExecutor(max_workers=max(1, jobs))
    limit = max(1, window or jobs)
    queue: Iterator[BatchItem] = iter(todo)
    in_flight: dict[Future, list[BatchItem]] = {}
    args = (engine, settings, keep_unverified, fmt)

    def fill() -> None:
        while len(in_flight) < limit:
            group = [item for _, item in zip(range(max(1, chunk)), queue, strict=False)]
            if not group:
                return
            if chunk > 1:
                future = pool.submit(run_chunk, work, [i.path for i in group], *args)
            else:
                future = pool.submit(work, group[0].path, *args)
            in_flight[future] = group

    def finish(future: Future) -> None:
        group = in_flight.pop(future)
        for item, outcome in zip(group, _outcomes(future, len(group), chunk > 1), strict=True):
            _settle(item, outcome, index, fmt)
            if on_done is not None and item.status != "not-started":
                on_done(item)

    def drain(refill: bool) -> None:
        """Finish what completes, as it completes, until nothing is in flight."""
        while in_flight:
            done, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
            for future in done:
                finish(future)
            if refill:
                fill()

    try:
        try:
            fill()
            drain(refill=True)
        except KeyboardInterrupt:
            result.interrupted = True
            for future in list(in_flight):
                future.cancel()  # not started yet: never will be
            drain(refill=False)
    finally:
        if own:
            pool.shutdown(wait=False, cancel_futures=True)
    for item in items:
        if item.status == "pending":
            item.status = "not-started"
    index.finish(result)
    return result


def _outcomes(future: Future, size: int, chunked: bool) -> list:
    """Per-item results of a finished task: (report, text), an ItemFailure, or an exception."""
    try:
        result = future.result()
    except CancelledError:
        return [None] * size
    except Exception as exc:  # noqa: BLE001 - recorded per item below
        return [exc] * size
    return list(result) if chunked else [result]


def _settle(item: BatchItem, outcome: Any, index: FolderIndex, fmt: str) -> None:
    """Record one finished item: write its output (Report JSON first) and its index line."""
    if outcome is None:
        item.status = "not-started"
        return
    if isinstance(outcome, ItemFailure):
        item.status, item.error = "failed", outcome.message
    elif isinstance(outcome, SummarizerError):
        item.status, item.error = "failed", " ".join(str(outcome).split())
    elif isinstance(outcome, BaseException):
        item.status, item.error = "failed", _internal(item.path, outcome)
    else:
        report, text = outcome
        shipped = isinstance(report, ShippedReport)
        try:
            if fmt != "json":
                write_atomic(stored_report_path(item.output),
                             report.json if shipped else report.model_dump_json())
            if fmt == "csv":
                text = "\ufeff" + text  # a BOM, so spreadsheet programs read the Chinese as UTF-8
            write_atomic(item.output, text)
        except SummarizerError as err:
            item.status, item.error = "failed", " ".join(str(err).split())
        else:
            item.status = "ok"
            item.report = None if shipped else report
            item.line = index_line(item.path, item.output, None)
            item.line.update(report.summary if shipped else report_summary(report))
    if item.status == "failed":
        # a server may echo the key: it never reaches batch.jsonl or the screen
        item.error = redact(item.error or "", os.environ.get("OPENAI_API_KEY"))
        item.line = {"input": str(item.path), "output": None, "status": "failed",
                     "error": item.error}
    index.append(item.line)


def index_line(path: Path | str, output: Path, report: Report | None) -> dict:
    """One line of batch.jsonl for an output present: a function of the output alone, so a line
    rebuilt from the folder equals the one written when the report was done."""
    line: dict[str, Any] = {"input": str(path), "output": str(output), "status": "ok"}
    if report is not None:
        line.update(report_summary(report))
    return line


def stored_report_path(output: Path) -> Path:
    """Where the Report behind a non-JSON output is kept (the facts table is rebuilt from it)."""
    return output.parent / REPORTS_DIR / f"{output.name}.json"


def read_stored_report(output: Path) -> Report | None:
    """The Report an output was made from, or None (edited, foreign, or from an old version)."""
    source = output if output.suffix == ".json" else stored_report_path(output)
    try:
        return Report.model_validate_json(source.read_bytes())
    except (OSError, ValidationError, ValueError):
        return None


def read_index(path: Path) -> list[dict]:
    """The lines of a batch.jsonl that parse (a line torn by a kill is skipped)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return []
    lines = []
    for chunk in raw.splitlines():
        try:
            line = json.loads(chunk)
        except ValueError:
            continue
        if isinstance(line, dict) and "input" in line:
            lines.append(line)
    return lines


class FolderIndex:
    """batch.jsonl and facts.csv of one output folder: rebuilt from what is there, appended to
    as reports finish (one writer: the thread that runs `run_batch`)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.path = out_dir / INDEX_NAME
        self.lines: dict[str, dict] = {}  # output file name -> line (outputs present)
        self.failures: dict[str, dict] = {}  # input -> line (failed in this run)
        self.unreadable: list[str] = []

    def start(self, items: list[BatchItem], *, force: bool) -> list[BatchItem]:
        """Describe the folder as it is (outputs present, minus those this run redoes), rewrite
        batch.jsonl with that, and return the items left to do."""
        previous = {Path(line["output"]).name: line for line in read_index(self.path)
                    if line.get("status") == "ok" and line.get("output")}
        planned = {item.output.name for item in items}
        todo = []
        for item in items:
            if item.output.exists() and not force:
                item.status = "skipped"
                item.line = previous.get(item.output.name) or index_line(
                    item.path, item.output, read_stored_report(item.output))
                self.lines[item.output.name] = item.line
            else:
                todo.append(item)
        for name, line in previous.items():  # outputs of earlier runs on other inputs
            if name not in planned and (self.out_dir / name).exists():
                self.lines[name] = line
        for path in self._outputs():  # outputs no index knows (an index deleted, or older)
            if path.name not in self.lines and path.name not in planned:
                report = read_stored_report(path)
                if report is not None:
                    self.lines[path.name] = index_line(report.source.name, path, report)
        self._rewrite()
        return todo

    def append(self, line: dict | None) -> None:
        """Add one finished report's line now (a kill leaves every line before it intact)."""
        if line is None:
            return
        if line["status"] == "ok":
            self.lines[Path(line["output"]).name] = line
        else:
            self.failures[line["input"]] = line
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")

    def finish(self, result: BatchResult) -> None:
        """Rewrite batch.jsonl (sorted by input) and facts.csv from every output present."""
        for item in result.items:  # --force redid it and failed, or never got to it: the old
            name = item.output.name  # output is still there, so it is still described
            if item.status in ("failed", "not-started") and name not in self.lines \
                    and item.output.exists():
                self.lines[name] = index_line(item.path, item.output,
                                              read_stored_report(item.output))
        self._rewrite()
        result.facts = self._write_facts()
        result.outputs = len(self.lines)
        result.unreadable = self.unreadable

    def _outputs(self) -> Iterator[Path]:
        for path in sorted(self.out_dir.iterdir()):
            if (path.is_file() and path.suffix in OUTPUT_SUFFIXES and path.name not in _RESERVED
                    and not path.name.startswith(".")):
                yield path

    def _rewrite(self) -> None:
        lines = sorted(self.lines.values(), key=lambda line: (line["input"], line["output"]))
        lines += sorted(self.failures.values(), key=lambda line: line["input"])
        write_atomic(self.path, "".join(json.dumps(line, ensure_ascii=False) + "\n"
                                        for line in lines))

    def _write_facts(self) -> int:
        """Stream every fact of every output present into facts.csv (a temp file, then rename)."""
        from summarizer.render.tables import render_csv

        header = render_csv([])
        rows = 0
        target = self.out_dir / FACTS_NAME
        tmp = target.with_name(f".{FACTS_NAME}.{os.getpid()}.tmp")
        self.unreadable = []
        with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write("\ufeff" + header)  # BOM: spreadsheet programs read the Chinese as UTF-8
            for line in sorted(self.lines.values(), key=lambda line: line["input"]):
                output = self.out_dir / Path(line["output"]).name
                report = read_stored_report(output)
                if report is None:
                    self.unreadable.append(str(output))
                    continue
                handle.write(render_csv([report])[len(header):])
                rows += sum(1 for _ in report.facts())
        os.replace(tmp, target)
        return rows

