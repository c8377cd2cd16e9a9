"""The public library functions: a path is a path, text is text, and every object renders.

`summarize(path)` reads a file (a path that does not exist is an `InputError`, never report
text); `summarize_text(text)` summarizes a string; `brief(source)` takes a Report, a saved
Report JSON (path, text or dict) or a report file; `render_as(obj, fmt)` renders a Report
(json, md, html, csv, jsonl) or a Brief (md, txt, json, html).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.models import Brief, Report
from summarizer.settings import Settings, load_settings

_TEXT_HINT = "To summarize report text, call summarizer.summarize_text(text)."


def summarize(
    path: str | os.PathLike[str],
    *,
    engine: str = "auto",
    settings: Settings | None = None,
    keep_unverified: bool = False,
    client: Any = None,
) -> Report:
    """Summarize the report file at `path` ('-' reads standard input). `client` is an injected
    model client (`summarizer.engines.client.make_client(settings)`, or a test's)."""
    from summarizer.pipeline import summarize_path

    if isinstance(path, str) and path != "-":
        if "\n" in path or len(path) > 1024:
            raise InputError(_short(path), "is report text, not a path.", _TEXT_HINT)
        if not Path(path).exists():
            raise InputError(path, "does not exist.", f"Check the path. {_TEXT_HINT}")
    elif not isinstance(path, (str, os.PathLike)):
        raise InputError(repr(path)[:80], "is not a path.", _TEXT_HINT)
    settings = settings or load_settings()  # a bad environment value is a ConfigError
    return summarize_path(path, engine=engine, settings=settings, keep_unverified=keep_unverified,
                          client=client)


def summarize_text(
    text: str,
    *,
    name: str = "-",
    engine: str = "auto",
    settings: Settings | None = None,
    keep_unverified: bool = False,
    client: Any = None,
) -> Report:
    """Summarize report text given as a string (`name` is what `source.name` will say)."""
    from summarizer.pipeline import summarize_text as run

    settings = settings or load_settings()
    return run(text, name=name, engine=engine, settings=settings, keep_unverified=keep_unverified,
               client=client)


def brief(
    source: Report | dict | str | os.PathLike[str],
    *,
    engine: str = "auto",
    settings: Settings | None = None,
    client: Any = None,
) -> Brief:
    """The English brief of a Report, a Report JSON (dict, JSON text, or a .json path) or a
    report file (summarized first with the same engine)."""
    from summarizer.brief import brief as write_brief

    settings = settings or load_settings()
    report = as_report(source, engine=engine, settings=settings)
    return write_brief(report, engine=engine, settings=settings, client=client)


def as_report(
    source: Report | dict | str | os.PathLike[str],
    *,
    engine: str = "auto",
    settings: Settings | None = None,
) -> Report:
    """Whatever `brief` was given, as a Report."""
    from pydantic import ValidationError

    from summarizer.brief.report_file import is_report_json, load_report_json

    if isinstance(source, Report):
        return source
    try:
        if isinstance(source, dict):
            return Report.model_validate(source)
        if isinstance(source, str) and source.lstrip().startswith("{"):
            return Report.model_validate(json.loads(source))
    except (ValueError, ValidationError) as exc:
        raise InputError("Report JSON", f"is not a valid Report ({_short(str(exc))}).",
                         "Pass the JSON written by `summarizer summarize`.") from None
    if isinstance(source, (str, os.PathLike)):
        if is_report_json(os.fspath(source)):
            return load_report_json(os.fspath(source))
        return summarize(source, engine=engine, settings=settings)
    raise InputError(repr(source)[:80], "is neither a Report, a Report JSON nor a path.",
                     "Pass summarizer.summarize(path) or a saved Report JSON.")


def render_as(obj: Report | Brief, fmt: str = "md", original_text: str | None = None) -> str:
    """A Report as json, md, html, csv or jsonl; a Brief as md, txt, json or html."""
    if isinstance(obj, Brief):
        from summarizer.brief.render import render_brief

        return render_brief(obj, fmt)
    if isinstance(obj, Report):
        from summarizer.render.formats import render_report

        return render_report(obj, fmt, original_text)
    raise TypeError(f"render_as() takes a Report or a Brief, not {type(obj).__name__}")


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 60 else flat[:57] + "..."
