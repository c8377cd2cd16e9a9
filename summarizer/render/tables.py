"""Flat tables of facts (CSV, JSON Lines): one row per figure, for spreadsheets and pandas."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from summarizer.models import Report, Target
from summarizer.text.periods import fact_year, plan_year, report_year

COLUMNS = (
    "source", "id", "kind", "year", "metric", "metric_en", "value", "value_text", "unit", "qualifier",
    "value_normalized", "base_unit", "growth_pct", "rank", "period", "commitment",
    "verified", "failed", "quote", "start", "end", "page", "issuer", "published",
)


def fact_rows(report: Report) -> list[dict]:
    """Every achievement and target of `report` as a flat dict with the columns above.

    `id` is a1, a2 … for achievements and t1, t2 … for targets (the review page's anchors);
    `year` is the fact's own (its period's year, else the report's; a plan's targets take the
    plan year).
    """
    year = report_year(report.meta.period, report.meta.title, None, report.meta.published)
    year = report.meta.year or year
    target_year = plan_year(report.meta.title, year, doc_type=report.meta.doc_type,
                            published=report.meta.published)
    rows = []
    numbers = {"a": 0, "t": 0}
    for fact in report.facts():
        is_target = isinstance(fact, Target)
        prefix = "t" if is_target else "a"
        numbers[prefix] += 1
        rows.append({
            "source": report.source.name,
            "id": f"{prefix}{numbers[prefix]}",
            "kind": "target" if is_target else "achievement",
            "year": fact_year(fact.period, year, target_year=target_year if is_target else None),
            "metric": fact.metric,
            "metric_en": fact.metric_en,
            "value": fact.value,
            "value_text": fact.value_text,
            "unit": fact.unit,
            "qualifier": fact.qualifier,
            "value_normalized": fact.value_normalized,
            "base_unit": fact.base_unit,
            "growth_pct": fact.growth_pct,
            "rank": fact.rank,
            "period": fact.period,
            "commitment": fact.commitment if isinstance(fact, Target) else None,
            "verified": fact.verified,
            "failed": ";".join(fact.failed_fields()) or None,  # claims the verifier rejected
            "quote": fact.evidence.quote,
            "start": fact.evidence.start,
            "end": fact.evidence.end,
            "page": fact.evidence.page,
            "issuer": report.meta.issuer,
            "published": report.meta.published,
        })
    return rows


def render_csv(reports: Iterable[Report]) -> str:
    """CSV with a header row; empty cells for missing values; numbers without float noise."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for report in reports:
        for row in fact_rows(report):
            writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue()


def render_jsonl(reports: Iterable[Report]) -> str:
    """One JSON object per fact, Chinese left readable."""
    return "".join(
        json.dumps(row, ensure_ascii=False) + "\n" for report in reports for row in fact_rows(report)
    )


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return value
