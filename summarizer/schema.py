"""JSON Schema export of the data contract, byte-stable so the checked-in copy can be diffed."""

from __future__ import annotations

import json
from typing import Any

from summarizer.models import Brief, Report


def _sorted(value: Any) -> Any:
    """Sort mapping keys recursively so the export does not depend on dict order."""
    if isinstance(value, dict):
        return {key: _sorted(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted(item) for item in value]
    return value


def report_schema() -> dict[str, Any]:
    """The Report JSON Schema with sorted keys."""
    return _sorted(Report.model_json_schema())


def report_schema_json() -> str:
    """The exported text: indent 2, Chinese unescaped, trailing newline."""
    return json.dumps(report_schema(), ensure_ascii=False, indent=2) + "\n"


def brief_schema() -> dict[str, Any]:
    """The Brief JSON Schema with sorted keys."""
    return _sorted(Brief.model_json_schema())


def brief_schema_json() -> str:
    """The exported Brief schema text, formatted like the Report's."""
    return json.dumps(brief_schema(), ensure_ascii=False, indent=2) + "\n"
