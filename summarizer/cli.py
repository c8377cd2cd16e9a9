"""Command line: `summarizer summarize|brief|batch|eval|schema|cache` (doctor, record,
replay: cli_endpoints.py). Errors become one stderr line and an exit code.

Conventions shared by every command (help, metavars, epilog, one-line usage errors) live in
`summarizer/clikit.py`; output-path checks and atomic writes in `summarizer/files.py`.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from typer.exceptions import Abort, Exit

from summarizer import __version__
from summarizer.clikit import App, NoArgsIsHelpError, UsageError, usage_error_line
from summarizer.errors import SummarizerError, redact
from summarizer.files import check_output_file, umask, write_atomic
from summarizer.providers import PROVIDERS
from summarizer.runtime import tune_garbage_collector
from summarizer.text.load import DEFAULT_MAX_CHARS

NO_MODEL_NOTE = (
    "summarizer: no model configured (OPENAI_API_KEY/SUMMARIZER_MODEL); using the offline engine."
)

HELP = """Chinese economic work reports -> verified structured data and English briefs.

Reads plain text, Markdown or scraped HTML (any common Chinese encoding), PDF with a text
layer or Word .docx, and writes JSON (the contract), Markdown, an HTML review page or CSV/JSON
Lines fact tables; `brief` writes English briefs whose every number is checked against the
verified Report; `batch` does a whole folder.

\b
Example: summarizer summarize examples/lingang-2023-h1-report.html --format md
"""

app = App(name="summarizer", help=HELP, no_args_is_help=True)


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
    """Chinese economic work reports -> verified structured data and English briefs."""


# -o means "where the output goes" in every command: a file here, a directory in `batch`.
def output_option(what: str = "Write to this file (atomically) instead of stdout.") -> typer.Option:
    return typer.Option(None, "--output", "-o", metavar="FILE", help=what)


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
    provider: str | None = None,
    rpm: int | None = None,
    tpm: int | None = None,
):
    """Settings from the environment, with any CLI flags taking precedence."""
    from summarizer.settings import load_settings

    given = dict(model=model, openai_base_url=base_url, mode=mode, provider=provider, rpm=rpm, tpm=tpm)
    overrides: dict[str, object] = {name: value for name, value in given.items() if value}
    if no_cache:
        overrides["use_cache"] = False
    return load_settings(**overrides)


class Mode(str, Enum):
    auto = "auto"
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
    help="How the model returns structure: auto (default: json_schema, then tools, then json, "
    "whichever the server accepts; remembered per endpoint), tools, json_schema or json "
    "(overrides SUMMARIZER_MODE; an explicit mode is never changed).",
)
Provider = Enum("Provider", {name: name for name in PROVIDERS}, type=str)  # type: ignore[misc]
PROVIDER_OPT = typer.Option(
    None,
    "--provider",
    help="Preset for base URL, model, mode and key variable (overrides SUMMARIZER_PROVIDER; "
    "explicit flags and variables still win): " + ", ".join(PROVIDERS) + ".",
)
NO_CACHE_OPT = typer.Option(False, "--no-cache", help="Neither read nor write the response cache.")


def _note_engine(engine: str, settings) -> None:
    """Say once on stderr when 'auto' falls back to the offline engine."""
    if engine == "auto" and not settings.llm_configured():
        key = settings.missing_key_env()
        typer.echo(NO_MODEL_NOTE if not key else f"summarizer: provider '{settings.provider}' "
                   f"needs {key} (not set); using the offline engine.", err=True)


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
def _warn_not_chinese(report) -> None:
    """The English-only warning on stderr too (inside the JSON alone nobody sees it)."""
    from summarizer.models import NoteKind

    for note in report.checks.notes:
        if note.kind is NoteKind.NO_CHINESE:
            typer.echo(f"summarizer: {report.source.name}: warning: {note.detail}.", err=True)


@app.command()
def summarize(
    path: str = typer.Argument(
        ..., metavar="PATH",
        help="Report file (.txt, .md, .html in any encoding, .pdf with a text layer, .docx) "
        "or '-' for stdin."
    ),
    engine: Engine = typer.Option(
        Engine.auto, "--engine", "-e", envvar="SUMMARIZER_ENGINE",
        help="auto: LLM if a model is configured, else offline.",
    ),
    fmt: Format = typer.Option(
        Format.json,
        "--format",
        "-f",
        help="json (the contract), md (readable), html (review page: the source with every "
        "fact's evidence highlighted), csv or jsonl (one row per fact), text (the extracted "
        "text that every offset indexes, e.g. of a PDF).",
    ),
    output: Optional[Path] = output_option(),
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
    provider: Optional[Provider] = PROVIDER_OPT,
    max_chars: int = MAX_CHARS_OPT,
) -> None:
    """Summarize one report into verified JSON, Markdown, a review page or a fact table.

    \b
    Example: summarizer summarize examples/lingang-2023-h1-report.html --format md -o out/lingang.md
    """
    from summarizer.errors import VerificationError
    from summarizer.pipeline import resolve_engine, strict_problems, summarize_loaded
    from summarizer.text.load import load_path

    settings = _settings(
        model=model, base_url=base_url, mode=mode.value if mode else None, no_cache=no_cache,
        provider=provider.value if provider else None,
    )
    resolve_engine(engine.value, settings)  # a config error comes before reading any input
    if output is not None:
        check_output_file(output)  # before any work: exit 2, one line
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
    _warn_not_chinese(report)
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
        metavar="PATH",
        help="Report file (.txt, .md, .html, .pdf, .docx), '-' for stdin, or a saved Report JSON "
        "(.json, as written by `summarize`).",
    ),
    engine: Engine = typer.Option(
        Engine.auto,
        "--engine",
        "-e",
        envvar="SUMMARIZER_ENGINE",
        help="auto: the model brief if a model is configured, else offline (glossary). A report "
        "file is summarized first with the same engine.",
    ),
    fmt: BriefFormat = typer.Option(
        BriefFormat.md, "--format", "-f", help="md (default), txt, json (the Brief contract) or html."
    ),
    output: Optional[Path] = output_option(),
    model: Optional[str] = MODEL_OPT,
    base_url: Optional[str] = BASE_URL_OPT,
    mode: Optional[Mode] = MODE_OPT,
    no_cache: bool = NO_CACHE_OPT,
    provider: Optional[Provider] = PROVIDER_OPT,
    max_chars: int = MAX_CHARS_OPT,
) -> None:
    """Write an English brief of one report; every number in it is checked against the Report.

    \b
    Example: summarizer brief examples/xiangjiang-2022-annual.txt -o brief.md
    """
    from summarizer.brief import brief as write_brief
    from summarizer.brief.render import render_brief
    from summarizer.brief.report_file import is_report_json, load_report_json
    from summarizer.pipeline import resolve_engine, summarize_loaded
    from summarizer.text.load import load_path

    settings = _settings(
        model=model, base_url=base_url, mode=mode.value if mode else None, no_cache=no_cache,
        provider=provider.value if provider else None,
    )
    resolve_engine(engine.value, settings)  # a config error comes before reading any input
    if output is not None:
        check_output_file(output)
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
    _warn_not_chinese(report)
    result = write_brief(report, engine=engine.value, settings=settings)
    _emit(render_brief(result, fmt.value), output)


@app.command()
def batch(
    inputs: list[str] = typer.Argument(
        ..., metavar="PATH",
        help="Report files and/or directories of reports (.txt, .md, .html, .pdf, .docx).",
    ),
    out_dir: Path = typer.Option(
        ..., "--out-dir", "-o", "--output", metavar="DIR",
        help="Directory for the outputs, batch.jsonl and facts.csv (created if missing).",
    ),
    engine: Engine = typer.Option(
        Engine.auto, "--engine", "-e", envvar="SUMMARIZER_ENGINE", help="auto: LLM if configured."
    ),
    fmt: Format = typer.Option(
        Format.json, "--format", "-f", help="Per-report output: json, md, html, csv, jsonl or text."
    ),
    jobs: int = typer.Option(4, "--jobs", "-j", min=1, max=64, help="Reports processed at once."),
    force: bool = typer.Option(False, "--force", help="Redo reports whose output already exists."),
    glob: Optional[str] = typer.Option(
        None, "--glob", "-g",
        help="Which files of a directory to take, e.g. '*.pdf' or '**/*.docx' (default: every "
        ".txt, .md, .html, .pdf and .docx file in it, not recursive); one that matches no file "
        "of a folder stops the command (exit 2).",
    ),
    keep_unverified: bool = typer.Option(
        False, "--keep-unverified", help="Keep rejected facts marked verified: false."
    ),
    strict: bool = typer.Option(
        False, "--strict", help="Exit 3 when any report has unverified or dropped facts."
    ),
    rpm: Optional[int] = typer.Option(
        None, "--rpm", min=1, help="Model requests per minute, all workers together "
        "(overrides SUMMARIZER_RPM)."
    ),
    tpm: Optional[int] = typer.Option(
        None, "--tpm", min=1, help="Model tokens per minute, all workers together "
        "(overrides SUMMARIZER_TPM)."
    ),
    model: Optional[str] = MODEL_OPT,
    base_url: Optional[str] = BASE_URL_OPT,
    mode: Optional[Mode] = MODE_OPT,
    no_cache: bool = NO_CACHE_OPT,
    provider: Optional[Provider] = PROVIDER_OPT,
) -> None:
    """Summarize many reports concurrently, with a progress bar; resumable.

    Each report's output is written as soon as it is done (DIR/<stem>.json, .md, ...) and its
    line appended to DIR/batch.jsonl; an existing output is skipped unless --force, so rerunning
    an interrupted batch resumes it. batch.jsonl (one line per output, with its fact counts,
    and one per failed input) and DIR/facts.csv (every fact, one row each) describe the whole
    folder, whichever run wrote each output. A missing or bad file becomes a failed line and
    the batch goes on (exit 1 at the end). Ctrl-C stops scheduling, waits for the reports in
    flight (a second Ctrl-C does not wait), writes the index and exits 130.

    \b
    Example: summarizer batch examples/ -o out/ --jobs 8
    """
    from summarizer.batch import expand_inputs, plan_outputs
    from summarizer.errors import VerificationError
    from summarizer.files import check_output_dir
    from summarizer.pipeline import resolve_engine, strict_problems

    settings = _settings(
        model=model, base_url=base_url, mode=mode.value if mode else None, no_cache=no_cache,
        provider=provider.value if provider else None,
        rpm=rpm, tpm=tpm,
    )
    resolve_engine(engine.value, settings)
    check_output_dir(out_dir)
    items = plan_outputs(expand_inputs(inputs, glob), out_dir, SUFFIXES[fmt])
    _note_engine(engine.value, settings)
    try:
        result = _run_batch_with_progress(
            items, out_dir=out_dir, engine=engine.value, settings=settings,
            keep_unverified=keep_unverified, fmt=fmt.value, jobs=jobs, force=force,
        )
    except KeyboardInterrupt:  # the second Ctrl-C: do not wait for the reports in flight
        sys.stderr.write(
            f"summarizer: interrupted again; not waiting for reports in flight. {out_dir / 'batch.jsonl'} "
            "lists every report done; rerun the same command to resume.\n"
        )
        sys.stderr.flush()
        os._exit(130)  # worker threads would otherwise be joined at exit
    done, skipped, failed = (result.count(s) for s in ("ok", "skipped", "failed"))
    summary = (
        f"summarizer: {done} done, {skipped} skipped (output exists), {failed} failed"
        + (f", {result.count('not-started')} not started" if result.interrupted else "")
        + f"; {out_dir / 'batch.jsonl'} lists {result.outputs} output(s), "
        f"{out_dir / 'facts.csv'} has {result.facts} fact(s)"
    )
    if result.unreadable:
        summary += (f"; {len(result.unreadable)} output(s) hold no readable Report (e.g. "
                    f"{result.unreadable[0]}): rerun with --force to redo them")
    typer.echo(summary, err=True)
    if result.interrupted:
        typer.echo("summarizer: interrupted; rerun the same command to resume.", err=True)
        sys.exit(130)  # not typer.Exit: main says "interrupted" for that code, and batch did
    if failed:
        raise typer.Exit(1)
    flagged = [i for i in items if i.report is not None and strict_problems(i.report)]
    if strict and flagged:
        raise VerificationError(
            f"--strict: {len(flagged)} report(s) with unverified or dropped facts, e.g. "
            f"{flagged[0].path}: {'; '.join(strict_problems(flagged[0].report))}."
        )


def _run_batch_with_progress(items, **options):
    """run_batch under a progress bar on stderr; failures printed as one unwrapped line each."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from summarizer.batch import run_batch

    console = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=False,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task("summarizing", total=len(items))

        def done(item) -> None:
            progress.advance(task)
            if item.status == "failed":
                if console.is_terminal:
                    progress.console.print(f"summarizer: {item.error}", markup=False,
                                           highlight=False, soft_wrap=True)
                else:  # a script reads this: one line, never wrapped at 80 columns
                    sys.stderr.write(f"summarizer: {item.error}\n")
                    sys.stderr.flush()

        return run_batch(items, on_done=done, **options)


def render_report(report, fmt: Format, original_text: str) -> str:
    """The Report in the requested format (summarizer.render.formats does the work)."""
    from summarizer.render.formats import render_report as render

    return render(report, fmt.value, original_text)


def report_json(report) -> str:
    """The JSON contract with Chinese left readable."""
    from summarizer.render.formats import report_json as as_json

    return as_json(report)


@app.command("eval")
def eval_command(
    gold: Path = typer.Option(..., "--gold", metavar="DIR", help="Directory of gold *.json files."),
    samples: Path = typer.Option(
        ..., "--samples", metavar="DIR", help="Directory of sample reports (same stems)."
    ),
    engine: Engine = typer.Option(Engine.auto, "--engine", "-e", help="Engine to score."),
    json_out: Optional[Path] = typer.Option(
        None, "--json", metavar="FILE", help="Also write every score and miss to this JSON file."
    ),
    cassettes: Optional[Path] = typer.Option(
        None, "--cassettes", help="Score a recorded model offline: replay its answers from this "
        "directory (made by `summarizer record`) instead of calling an engine.",
    ),
) -> None:
    """Score the pipeline against gold annotations (recall, precision, kind, metric, growth, …).

    \b
    Example: summarizer eval --gold ../shared/corpus/gold --samples ../shared/corpus/samples --engine offline
    """
    from rich.console import Console

    from summarizer.evaluate import evaluate_dirs, gold_files_of, result_json, result_table

    gold_files_of(gold, samples)  # a mistyped directory: its one line, before the engine note
    settings = _settings()
    run = None
    if cassettes is not None:
        from summarizer.regression import replayer

        run = replayer(cassettes)
    else:
        _note_engine(engine.value, settings)
    result = evaluate_dirs(gold, samples, engine=engine.value, settings=settings, run=run)
    Console(width=max(170, Console().width)).print(result_table(result))
    if json_out is not None:
        write_atomic(json_out, result_json(result))


@app.command()
def schema(
    output: Optional[Path] = output_option(
        "Write to this file (with --all: this directory) instead of stdout."
    ),
    brief: bool = typer.Option(False, "--brief", help="The Brief schema instead of the Report's."),
    all_: bool = typer.Option(
        False, "--all", help="Both, as report.schema.json and brief.schema.json in the -o directory."
    ),
) -> None:
    """Print the JSON Schema of the data contract (the Report; --brief: the English Brief).

    \b
    Example: summarizer schema -o schemas/report.schema.json
    Example: summarizer schema --all -o schemas/
    """
    from summarizer.files import check_output_dir
    from summarizer.schema import brief_schema_json, report_schema_json

    if all_:
        if output is None:
            raise UsageError("--all writes two files: give their directory with -o DIR.")
        check_output_dir(output)
        write_atomic(output / "report.schema.json", report_schema_json())
        write_atomic(output / "brief.schema.json", brief_schema_json())
        return
    if output is not None:
        check_output_file(output)
    _emit(brief_schema_json() if brief else report_schema_json(), output)


cache_app = App(help="Inspect or empty the on-disk cache of verified model results.")
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Show where the cache lives, its entries, size and hit/miss counts.

    \b
    Example: summarizer cache info
    """
    from summarizer import cache

    stats = cache.info(_settings())
    for key, value in stats.items():
        typer.echo(f"{key}: {value}")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every cached model result.

    \b
    Example: summarizer cache clear
    """
    from summarizer import cache

    settings = _settings()
    removed = cache.clear(settings)
    typer.echo(f"removed {removed} entries from {cache.cache_dir(settings)}")


# doctor, record and replay live in their own module; importing it registers them on `app`.
from summarizer import cli_endpoints  # noqa: E402,F401


def main(argv: list[str] | None = None) -> None:
    """Entry point: one stderr line per error, exit codes from the error class, no tracebacks."""
    umask()  # before any worker thread exists
    tune_garbage_collector()
    try:
        code = typer.main.get_command(app).main(
            args=argv, prog_name="summarizer", standalone_mode=False
        )
        if code == 130:  # typer turns Ctrl-C into a silent exit code 130 (batch exits by itself)
            sys.stderr.write("summarizer: interrupted\n")
        sys.exit(code if isinstance(code, int) else 0)
    except Exit as done:  # --help, --version, typer.Exit(n)
        sys.exit(done.exit_code)
    except NoArgsIsHelpError as err:  # bare `summarizer`: the help, as click prints it
        sys.stderr.write(err.ctx.get_help() + "\n" if err.ctx else str(err))
        sys.exit(2)
    except UsageError as err:  # one line whatever the terminal: scripts grep it
        sys.stderr.write(usage_error_line(err) + "\n")
        sys.exit(2)
    except Abort:  # Ctrl-C inside a click prompt
        sys.stderr.write("summarizer: interrupted\n")
        sys.exit(130)
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
