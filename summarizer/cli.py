"""Command line: `summarizer summarize|eval|schema`. Errors become one stderr line and an exit code."""

from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from summarizer import __version__
from summarizer.errors import ConfigError, SummarizerError

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
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)


def _settings():
    from summarizer.settings import Settings

    try:
        return Settings()
    except Exception as exc:  # pydantic ValidationError: a bad SUMMARIZER_* value
        raise ConfigError(f"Invalid settings in the environment: {exc}".replace("\n", " ")) from None


def _note_engine(engine: str, settings) -> None:
    """Say once on stderr when 'auto' falls back to the offline engine."""
    if engine == "auto" and not settings.llm_configured():
        typer.echo(NO_MODEL_NOTE, err=True)


@app.command()
def summarize(
    path: str = typer.Argument(..., help="Report file (.txt, .html, any encoding) or '-' for stdin."),
    engine: Engine = typer.Option(
        Engine.auto, "--engine", "-e", help="auto: LLM if a model is configured, else offline."
    ),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json (the contract) or md."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write to this file (atomically) instead of stdout."
    ),
) -> None:
    """Summarize one report into verified JSON or Markdown.

    Example: summarizer summarize examples/lingang-2023-h1-report.html --format md -o out/lingang.md
    """
    from summarizer.pipeline import resolve_engine, summarize_loaded
    from summarizer.text.load import load_path

    settings = _settings()
    resolve_engine(engine.value, settings)  # a config error comes before reading any input
    loaded = load_path(path)  # input errors come before the engine note: one stderr line each
    _note_engine(engine.value, settings)
    report = summarize_loaded(loaded, engine=engine.value, settings=settings)
    if fmt is Format.md:
        from summarizer.render.markdown import render_markdown

        text = render_markdown(report)
    else:
        text = report_json(report)
    _emit(text, output)


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


def main(argv: list[str] | None = None) -> None:
    """Entry point: one stderr line per error, exit codes from the error class, no tracebacks."""
    try:
        app(args=argv, prog_name="summarizer", standalone_mode=True)
    except SummarizerError as err:
        message = str(err).replace("\n", " ")
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
