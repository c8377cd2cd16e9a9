"""One entry point for every output format of a Report, shared by the CLI, batch and Dask."""

from __future__ import annotations

import json

from summarizer.models import Report

FORMATS = ("json", "md", "html", "csv", "jsonl", "text")


def report_json(report: Report) -> str:
    """The JSON contract with Chinese left readable."""
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def render_report(report: Report, fmt: str = "json", original_text: str | None = None) -> str:
    """The Report as `fmt` (json, md, html, csv, jsonl, or text: the extracted text that every
    offset indexes). The review page (html) and text need `original_text`."""
    fmt = getattr(fmt, "value", fmt)
    if fmt == "text":
        return original_text or ""
    if fmt == "md":
        from summarizer.render.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from summarizer.render.html import render_review

        return render_review(report, original_text or "")
    if fmt in ("csv", "jsonl"):
        from summarizer.render.tables import render_csv, render_jsonl

        return (render_csv if fmt == "csv" else render_jsonl)([report])
    if fmt == "json":
        return report_json(report)
    raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
