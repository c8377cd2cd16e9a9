"""The checked-in schema must follow the models; the export must be byte-stable."""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.models import Report
from summarizer.schema import brief_schema, brief_schema_json, report_schema, report_schema_json

EXPORT = Path(__file__).resolve().parents[1] / "schemas" / "report.schema.json"
BRIEF_EXPORT = EXPORT.with_name("brief.schema.json")


def test_schema_export_matches_models():
    assert EXPORT.read_text(encoding="utf-8") == report_schema_json(), (
        "schemas/report.schema.json differs from the models: run `make schema`"
    )


def test_schema_export_is_sorted_and_ends_with_newline():
    text = report_schema_json()
    assert text.endswith("}\n") and not text.endswith("\n\n")

    def check(node):
        if isinstance(node, dict):
            assert list(node) == sorted(node)
            for value in node.values():
                check(value)
        elif isinstance(node, list):
            for value in node:
                check(value)

    check(json.loads(text))


def test_schema_is_the_report_schema():
    assert report_schema() == json.loads(json.dumps(Report.model_json_schema()))
    assert set(report_schema()["properties"]) == {
        "source", "meta", "achievements", "targets", "actions", "provenance", "checks",
    }


def test_schema_export_is_deterministic():
    assert report_schema_json() == report_schema_json()


def test_brief_schema_export_matches_models():
    assert BRIEF_EXPORT.read_text(encoding="utf-8") == brief_schema_json(), (
        "schemas/brief.schema.json differs from the Brief models: run `make schema`"
    )


def test_brief_schema_describes_every_brief_field():
    schema = brief_schema()
    assert set(schema["properties"]) == {
        "title", "summary", "key_figures", "targets", "measures", "appendix", "source_wording",
        "caveats", "source", "provenance",
    }
    for name in ("BriefLine", "FactRef", "NumberProblem", "BriefSource"):
        for field, spec in schema["$defs"][name]["properties"].items():
            assert spec.get("description"), f"{name}.{field} has no description"
