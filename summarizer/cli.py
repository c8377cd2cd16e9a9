"""Command line: `summarizer summarize|brief|batch|eval|schema|cache`. Errors become one stderr line and an exit code."""

from __future__ import annotations

import functools
import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from summarizer import __version__
from summarizer.errors import ConfigError, SummarizerError, redact
from summarizer.text.load import DEFAULT_MAX_CHARS

NO_MODEL_NOTE = (
    "summarizer: no model configured (OPENAI_API_KEY/SUMMARIZER_MODEL); using the offline engine."
)

app = typer.Typer(
    name="summarizer",
    help="Chinese economic work reports -> verified structured data (JSON or Markdown).\n\n"
    "Example: summarizer summarize examples/lingang-2023-h1-report.html --format md",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


class Engine(str, Enum):
    auto = "auto"
    offline = "offline"
    llm = "llm"


class Format(str, Enum):
    json = "json"
    md = "md"
    html = "html"
    csv = "csv"
    jsonl = "jsonl"
    text = "text"


SUFFIXES = {f: f".{f.value}" for f in Format}
SUFFIXES[Format.text] = ".txt"

MAX_CHARS_OPT = typer.Option(
    DEFAULT_MAX_CHARS,
    "--max-chars",
    min=0,
    help="Refuse inputs with more characters than this (0: no limit); the default, about 60 MB "
    "of Chinese text, catches runaway inputs.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarizer {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Chinese economic work reports -> verified structured data (JSON or Markdown)."""


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file in the same directory + rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual file mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@functools.cache
def _umask() -> int:
    """The process umask, read once (reading means setting it: main() does so before threads)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)


def _settings(
    *,
    model: str | None = None,
    base_url: str | None = None,
    mode: str | None = None,
    no_cache: bool = False,
):
    """Settings from the environment, with any CLI flags taking precedence."""
    from summarizer.settings import Settings

    overrides: dict[str, object] = {}
    if model:
        overrides["model"] = model
    if base_url:
        overrides["openai_base_url"] = base_url
    if mode:
        overrides["mode"] = mode
    if no_cache:
        overrides["use_cache"] = False
    try:
        return Settings(**overrides)
    except Exception as exc:  # pydantic ValidationError: a bad SUMMARIZER_* value
        raise ConfigError(f"Invalid settings in the environment: {exc}".replace("\n", " ")) from None


class Mode(str, Enum):
    tools = "tools"
    json_schema = "json_schema"
    json = "json"


# Flags shared by every command that may call a model.
MODEL_OPT = typer.Option(None, "--model", help="Model name (overrides SUMMARIZER_MODEL).")
BASE_URL_OPT = typer.Option(
    None, "--base-url", help="OpenAI-compatible endpoint (overrides OPENAI_BASE_URL)."
)
MODE_OPT = typer.Option(
    None,
    "--mode",
    help="How the model returns structure: tools, json_schema or json (overrides SUMMARIZER_MODE; "
    "use json for servers without tool calling).",
)
NO_CACHE_OPT = typer.Option(False, "--no-cache", help="Neither read nor write the response cache.")


def _note_engine(engine: str, settings) -> None:
    """Say once on stderr when 'auto' falls back to the offline engine."""
    if engine == "auto" and not settings.llm_configured():
        typer.echo(NO_MODEL_NOTE, err=True)


PROGRESS_CHARS = 2_000_000  # above this (about 6 MB of Chinese text) stages are shown on stderr


def _progress(loaded):
    """A stage printer for long inputs (one stderr line per stage, with the time so far)."""
    if len(loaded.text) < PROGRESS_CHARS:
        return None
    import time

    started = time.perf_counter()
    typer.echo(f"summarizer: {loaded.name}: {len(loaded.text):,} characters", err=True)

    def step(stage: str) -> None:
        typer.echo(f"summarizer: {loaded.name}: {stage}… ({time.perf_counter() - started:.0f} s)", err=True)

    return step


@app.command()
def summarize(
    path: str = typer.Argument(
        ..., help="Report file (.txt, .md, .html in any encoding, .pdf with a text layer, .docx) "
        "or '-' for stdin."
    ),
    engine: Engine = typer.Option(
        Engine.auto, "--engine", "-e", help="auto: LLM if a model is configured, else offline."
    ),
    fmt: Format = typer.Option(
        Format.json,
        "--format",
        "-f",
        help="json (the contract), md (readable), html (review page: the source with every "
        "fact's evidence highlighted), csv or jsonl (one row per fact), text (the extracted "
        "text that every offset indexes, e.g. of a PDF).",
    ),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write to this file (atomically) instead of stdout."
    ),
    keep_unverified: bool = typer.Option(
        False,
        "--keep-unverified",
        help="Keep facts the verifier rejects, marked verified: false (default: drop them; "
        "either way `checks` counts them).",
    ),
    strict: bool = typer.Option(
        False,
        "--strict",
        help="Exit 3 when any fact was unverified or dropped (the output is still written).",
    ),
    model: Optional[str] = MODEL_OPT,
    base_url: Optional[str] = BASE_URL_OPT,
    mode: Optional[Mode] = MODE_OPT,
    no_cache: bool = NO_CACHE_OPT,
    max_chars: int = MAX_CHARS_OPT,
) -> None:
    """Summarize one report into verified JSON or Markdown.

    Example: summarizer summarize examples/lingang-2023-h1-report.html --format md -o out/lingang.md
    """
    from summarizer.errors import VerificationError
    from summarizer.pipeline import resolve_engine, strict_problems, summarize_loaded
    from summarizer.text.load import load_path

    settings = _settings(
        model=model, base_url=base_url, mode=mode.value if mode else None, no_cache=no_cache
    )
    resolve_engine(engine.value, settings)  # a config error comes before reading any input
    # input errors come before the engine note: one stderr line each
    loaded = load_path(path, max_chars=max_chars or None)
    if fmt is Format.text:  # what the offsets index; no engine needed
        _emit(loaded.text, output)
        return
    _note_engine(engine.value, settings)
    step = _progress(loaded)
    report = summarize_loaded(
        loaded, engine=engine.value, settings=settings, keep_unverified=keep_unverified,
        progress=step,
    )
    if step:
        step(f"writing {fmt.value}")
    text = render_report(report, fmt, loaded.text)
    if fmt is Format.csv and output is not None:
        text = "\ufeff" + text  # a BOM, so spreadsheet programs read the Chinese as UTF-8
    _emit(text, output)  # written first: --strict never loses the output
    problems = strict_problems(report) if strict else []
    if problems:
        raise VerificationError(
            f"{loaded.name}: --strict: " + "; ".join(problems)
            + ". See `checks` in the output; rerun without --strict to accept it."
        )


class BriefFormat(str, Enum):
    md = "md"
    txt = "txt"
    json = "json"
    html = "html"


@app.command("brief")
def brief_command(
    path: str = typer.Argument(
        ...,
        help="Report file (.txt, .md, .html, .pdf, .docx), '-' for stdin, or a saved Report JSON "
        "(.json, as written by `summarize`).",
    ),
    engine: Engine = typer.Option(
        Engine.auto,
        "--engine",
        "-e",
        help="auto: the model brief if a model is configured, else offline (glossary). A report "
        "file is summarized first with the same engine.",
    ),
    fmt: BriefFormat = typer.Option(
        BriefFormat.md, "--format", "-f", help="md (default), txt, json (the Brief contract) or html."
    ),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write to this file (atomically) instead of stdout."
    ),
    model: Optional[str] = MODEL_OPT,
    base_url: Optional[str] = BASE_URL_OPT,
    mode: Optional[Mode] = MODE_OPT,
    no_cache: bool = NO_CACHE_OPT,
    max_chars: int = MAX_CHARS_OPT,
) -> None:
    """Write an English brief of one report; every number in it is checked against the Report.

    Example: summarizer brief examples/xiangjiang-2022-annual.txt -o brief.md
    """
    from summarizer.brief import brief as write_brief
    from summarizer.brief.render import render_brief
    from summarizer.brief.report_file import is_report_json, load_report_json
    from summarizer.pipeline import resolve_engine, summarize_loaded
    from summarizer.text.load import load_path

    settings = _settings(
        model=model, base_url=base_url, mode=mode.value if mode else None, no_cache=no_cache
    )
    resolve_engine(engine.value, settings)  # a config error comes before reading any input
    if is_report_json(path):
        report = load_report_json(path)
        _note_engine(engine.value, settings)
    else:
        loaded = load_path(path, max_chars=max_chars or None)
        _note_engine(engine.value, settings)
        step = _progress(loaded)
        report = summarize_loaded(loaded, engine=engine.value, settings=settings, progress=step)
        if step:
            step("writing the brief")
    result = write_brief(report, engine=engine.value, settings=settings)
    _emit(render_brief(result, fmt.value), output)


@app.command()
def batch(
    inputs: list[str] = typer.Argument(
        ..., help="Report files and/or directories of reports (.txt, .md, .html, .pdf, .docx)."
    ),
    out_dir: Path = typer.Option(..., "--out-dir", "-o", help="Directory for one output per report."),
    engine: Engine = typer.Option(Engine.auto, "--engine", "-e", help="auto: LLM if configured."),
    fmt: Format = typer.Option(
        Format.json, "--format", "-f", help="Per-report output: json, md, html, csv or jsonl."
    ),
    jobs: int = typer.Option(4, "--jobs", "-j", min=1, max=64, help="Reports processed at once."),
    force: bool = typer.Option(False, "--force", help="Redo reports whose output already exists."),
    glob: Optional[str] = typer.Option(
        None, "--glob", "-g",
        help="Which files of a directory to take, e.g. '*.pdf' or '**/*.docx' (default: every "
        ".txt, .md, .html, .pdf and .docx file in it, not recursive).",
    ),
    keep_unverified: bool = typer.Option(
        False, "--keep-unverified", help="Keep rejected facts marked verified: false."
    ),
    strict: bool = typer.Option(
        False, "--strict", help="Exit 3 when any report has unverified or dropped facts."
    ),
    model: Optional[str] = MODEL_OPT,
    base_url: Optional[str] = BASE_URL_OPT,
    mode: Optional[Mode] = MODE_OPT,
    no_cache: bool = NO_CACHE_OPT,
) -> None:
    """Summarize many reports concurrently, with a progress bar; resumable.

    Each report's output is written as soon as it is done (OUT_DIR/<stem>.json or .md); an
    existing output is skipped unless --force, so rerunning an interrupted batch resumes it.
    OUT_DIR/batch.jsonl lists every input with its status; OUT_DIR/facts.csv holds every fact
    of the reports summarized in this run, one row each. A failed file is reported and the
    batch goes on; the exit code is 1 if any file failed.

    Example: summarizer batch examples/ -o out/ --jobs 8
    """
    import json

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from summarizer.batch import expand_inputs, index_line, plan_outputs, run_batch
    from summarizer.errors import VerificationError
    from summarizer.pipeline import resolve_engine, strict_problems

    settings = _settings(
        model=model, base_url=base_url, mode=mode.value if mode else None, no_cache=no_cache
    )
    resolve_engine(engine.value, settings)
    items = plan_outputs(expand_inputs(inputs, glob), out_dir, SUFFIXES[fmt])
    _note_engine(engine.value, settings)

    def render(report, original_text: str) -> str:
        return render_report(report, fmt, original_text)

    console = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=False,
    ) as progress:
        task = progress.add_task("summarizing", total=len(items))

        def done(item) -> None:
            progress.advance(task)
            if item.status == "failed":
                progress.console.print(f"summarizer: {item.error}", markup=False, highlight=False)

        run_batch(
            items, engine=engine.value, settings=settings, keep_unverified=keep_unverified,
            render=render, write=write_atomic, jobs=jobs, force=force, on_done=done,
        )
    lines = "".join(json.dumps(index_line(i), ensure_ascii=False) + "\n" for i in items)
    write_atomic(out_dir / "batch.jsonl", lines)
    from summarizer.render.tables import render_csv

    reports = [i.report for i in items if i.report is not None]
    write_atomic(out_dir / "facts.csv", "\ufeff" + render_csv(reports))  # BOM: Excel reads UTF-8
    counts = {s: sum(1 for i in items if i.status == s) for s in ("ok", "skipped", "failed")}
    typer.echo(
        f"summarizer: {counts['ok']} done, {counts['skipped']} skipped (output exists), "
        f"{counts['failed']} failed; index in {out_dir / 'batch.jsonl'}, facts in "
        f"{out_dir / 'facts.csv'}",
        err=True,
    )
    if counts["failed"]:
        raise typer.Exit(1)
    flagged = [i for i in items if i.report is not None and strict_problems(i.report)]
    if strict and flagged:
        raise VerificationError(
            f"--strict: {len(flagged)} report(s) with unverified or dropped facts, e.g. "
            f"{flagged[0].path}: {'; '.join(strict_problems(flagged[0].report))}."
        )


def render_report(report, fmt: Format, original_text: str) -> str:
    """The Report in the requested format."""
    if fmt is Format.text:
        return original_text
    if fmt is Format.md:
        from summarizer.render.markdown import render_markdown

        return render_markdown(report)
    if fmt is Format.html:
        from summarizer.render.html import render_review

        return render_review(report, original_text)
    if fmt in (Format.csv, Format.jsonl):
        from summarizer.render.tables import render_csv, render_jsonl

        return (render_csv if fmt is Format.csv else render_jsonl)([report])
    return report_json(report)


def report_json(report) -> str:
    """The JSON contract with Chinese left readable."""
    import json

    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


@app.command("eval")
def eval_command(
    gold: Path = typer.Option(..., "--gold", help="Directory of gold *.json files."),
    samples: Path = typer.Option(..., "--samples", help="Directory of sample reports (same stems)."),
    engine: Engine = typer.Option(Engine.auto, "--engine", "-e", help="Engine to score."),
    json_out: Optional[Path] = typer.Option(
        None, "--json", help="Also write every score and miss to this JSON file."
    ),
) -> None:
    """Score the pipeline against gold annotations (recall, precision, kind, metric, growth, …).

    Example: summarizer eval --gold ../shared/corpus/gold --samples ../shared/corpus/samples --engine offline
    """
    from rich.console import Console

    from summarizer.evaluate import evaluate_dirs, result_json, result_table

    settings = _settings()
    _note_engine(engine.value, settings)
    result = evaluate_dirs(gold, samples, engine=engine.value, settings=settings)
    Console(width=max(170, Console().width)).print(result_table(result))
    if json_out is not None:
        write_atomic(json_out, result_json(result))


@app.command()
def schema(
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file."),
) -> None:
    """Print the Report JSON Schema (the data contract).

    Example: summarizer schema -o schemas/report.schema.json
    """
    from summarizer.schema import report_schema_json

    _emit(report_schema_json(), output)


cache_app = typer.Typer(help="Inspect or empty the on-disk cache of verified model results.")
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Show where the cache lives, its entries, size and hit/miss counts.

    Example: summarizer cache info
    """
    from summarizer import cache

    stats = cache.info(_settings())
    for key, value in stats.items():
        typer.echo(f"{key}: {value}")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every cached model result.

    Example: summarizer cache clear
    """
    from summarizer import cache

    settings = _settings()
    removed = cache.clear(settings)
    typer.echo(f"removed {removed} entries from {cache.cache_dir(settings)}")


def main(argv: list[str] | None = None) -> None:
    """Entry point: one stderr line per error, exit codes from the error class, no tracebacks."""
    _umask()  # before any worker thread exists
    try:
        app(args=argv, prog_name="summarizer", standalone_mode=True)
    except SummarizerError as err:
        message = redact(str(err).replace("\n", " "), os.environ.get("OPENAI_API_KEY"))
        sys.stderr.write(f"summarizer: {message}\n")
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("summarizer: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except Exception as exc:  # a bug of ours: still one line, and how to report it
        sys.stderr.write(
            f"summarizer: internal error ({type(exc).__name__}: "
            f"{redact(' '.join(str(exc).split()), os.environ.get('OPENAI_API_KEY'))[:300]}). "
            "This is a bug; please report it with the command and input file "
            "(set SUMMARIZER_DEBUG=1 for the traceback).\n"
        )
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        sys.exit(1)

