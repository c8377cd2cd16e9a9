"""CLI conventions shared by every command (so commands added later get them too).

click's usual look rather than this typer version's own: `-h`, flags without a value metavar,
`PATH`/`FILE`/`[a|b]` metavars, an epilog with exit codes and environment variables, and usage
errors as one stderr line with exit 2 whatever the terminal (no rich panels, no wrapping).
"""

from __future__ import annotations

from typing import Any

import typer
import typer.core
from typer import _click as click  # typer vendors its own click; its classes are these
from typer._click.exceptions import NoArgsIsHelpError, UsageError

__all__ = ["App", "Command", "NoArgsIsHelpError", "UsageError", "epilog", "usage_error_line"]

EXIT_CODES = (
    ("0", "success"),
    ("1", "other error (e.g. the model endpoint failed after retries; a batch with failed files; "
          "replay: a fact changed)"),
    ("2", "bad input, output path, configuration or command line; doctor: no mode works; "
          "replay: a request is not in the cassette"),
    ("3", "--strict: unverified or dropped facts"),
    ("130", "interrupted (Ctrl-C)"),
)
ENVIRONMENT = (
    ("OPENAI_API_KEY", "key of the model endpoint"),
    ("OPENAI_BASE_URL", "OpenAI-compatible endpoint (DeepSeek, DashScope, a local server)"),
    ("SUMMARIZER_ENGINE", "default of --engine: auto, offline or llm"),
    ("SUMMARIZER_MODEL", "model name; with a key or base URL it makes --engine auto use the model"),
    ("SUMMARIZER_MODE", "auto (default: json_schema, tools, json, whichever works), or one of them"),
    ("SUMMARIZER_PROVIDER", "preset: openai, deepseek, dashscope, ollama, vllm, llamacpp"),
    ("SUMMARIZER_CACHE_DIR", "where verified model results are cached"),
    ("SUMMARIZER_RPM, SUMMARIZER_TPM", "requests / tokens per minute for all workers together"),
    ("SUMMARIZER_TIMEOUT, SUMMARIZER_MAX_REASKS, ...", "see README, 'LLM engine settings'"),
    ("SUMMARIZER_DEBUG", "1: show the traceback of an internal error"),
)


def epilog() -> str:
    """Exit codes and environment variables, kept unwrapped (click's \\b marker)."""
    width = max(len(name) for name, _ in ENVIRONMENT)
    lines = ["\b", "Exit codes:"]
    lines += [f"  {code:<4} {meaning}" for code, meaning in EXIT_CODES]
    lines += ["", "\b", "Environment:"]
    lines += [f"  {name:<{width}}  {meaning}" for name, meaning in ENVIRONMENT]
    return "\n".join(lines)


def _metavar(param: Any) -> str:
    """click's conventional metavar for an option that takes a value."""
    desc = param.type_descriptor
    if desc.is_choice:
        return "[" + "|".join(str(getattr(c, "value", c)) for c in desc.choices) + "]"
    if desc.is_path:
        return "PATH"
    if desc.annotation is int:
        return "N"
    if desc.annotation is float:
        return "NUMBER"
    return "TEXT"


def _is_argument(param: Any) -> bool:
    return param.param_type_name == "argument"


class Command(typer.core.TyperCommand):
    """A typer command whose help and usage follow click's conventions."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if _is_argument(param):
                if param.metavar is None:
                    param.metavar = (param.name or "ARG").upper()
            elif not (param.is_flag or param.count) and param.metavar is None:
                param.metavar = _metavar(param)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if _is_argument(param):
                name = param.metavar or (param.name or "ARG").upper()
                name = name if param.required else f"[{name}]"
                pieces.append(name + ("..." if param.nargs != 1 else ""))
        return pieces

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        args, opts = [], []
        for param in self.get_params(ctx):
            if _is_argument(param):
                name = (param.metavar or "ARG") + ("..." if param.nargs != 1 else "")
                args.append((name, getattr(param, "help", None) or ""))
            else:
                record = param.get_help_record(ctx)
                if record is not None:
                    opts.append(record)
        if args:
            with formatter.section("Arguments"):
                formatter.write_dl(args)
        if opts:
            with formatter.section("Options"):
                formatter.write_dl(opts)


class App(typer.Typer):
    """typer.Typer with our command class and help conventions as the defaults."""

    def __init__(self, **kwargs: Any) -> None:
        settings = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
        kwargs.setdefault("context_settings", settings)
        kwargs.setdefault("rich_markup_mode", None)
        kwargs.setdefault("add_completion", False)
        kwargs.setdefault("pretty_exceptions_enable", False)
        super().__init__(**kwargs)

    def command(self, *args: Any, cls: type | None = None, **kwargs: Any) -> Any:
        kwargs.setdefault("epilog", epilog())
        return super().command(*args, cls=cls or Command, **kwargs)



def usage_error_line(err: UsageError) -> str:
    """A click usage error as one line: what is wrong, then where the help is."""
    message = " ".join(err.format_message().split())
    if not message.endswith((".", "!", "?")):
        message += "."
    ctx = getattr(err, "ctx", None)
    where = ctx.command_path if ctx is not None else "summarizer"
    return f"summarizer: {message} See '{where} -h'."
