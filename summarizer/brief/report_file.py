"""A saved Report JSON as the input of a brief (what `summarizer summarize` wrote)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from summarizer.errors import InputError
from summarizer.models import Report


def is_report_json(path: str) -> bool:
    """A path ending in .json is read as a saved Report, anything else as a report to summarize."""
    return path != "-" and Path(path).suffix.lower() == ".json"


def load_report_json(path: str) -> Report:
    """Read and validate a saved Report; every failure is one InputError line naming the file."""
    file = Path(path)
    if not file.exists():
        raise InputError(path, "does not exist.", "Check the path.")
    if file.is_dir():
        raise InputError(path, "is a directory, not a file.", "Pass a Report JSON file.")
    try:
        data = json.loads(file.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(
            path,
            "is not UTF-8 text.",
            "Pass the JSON written by `summarizer summarize`, or the report itself (.txt/.html).",
        ) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            path,
            f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).",
            "Pass the JSON written by `summarizer summarize`.",
        ) from None
    try:
        return Report.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "top level"
        raise InputError(
            path,
            f"is JSON but not a Report ({exc.error_count()} problem(s), first: {where}: "
            f"{first['msg']}).",
            "Pass the JSON written by `summarizer summarize` (schemas/report.schema.json).",
        ) from None
