"""Markdown rendering: tables, escaping, verification marks, footer."""

from __future__ import annotations

import pytest

from summarizer.models import (
    Achievement,
    ActionItem,
    Checks,
    Evidence,
    Meta,
    Provenance,
    Report,
    Source,
    Target,
)
from summarizer.render import render_markdown


def _report(**overrides) -> Report:
    ev = Evidence(quote="x", start=0, end=1)
    base = dict(
        source=Source(name="zone.html", sha256="0" * 64, encoding="gb18030", format="html",
                      chars_total=500, chars_kept=420, chars_removed=80),
        meta=Meta(issuer="某开发区", period="上半年", published="2023-07-01", doc_type="mixed",
                  title="某开发区上半年工作总结"),
        achievements=[
            Achievement(metric="地区生产总值", value=186.5, value_text="186.5", unit="亿元",
                        growth_pct=7.2, rank="增幅居全市第一", period="上半年", evidence=ev,
                        verified=True),
            Achievement(metric="新增企业", value=2, value_text="两", unit="家", qualifier="余",
                        growth_pct=-3.0, evidence=ev, verified=False),
        ],
        targets=[Target(metric="固定资产投资", value=100, unit="亿元", commitment="力争",
                        evidence=ev, verified=True)],
        actions=[ActionItem(action="加快项目建设", owner="区建设局", deadline="9月底前",
                            category="project_construction", evidence=ev)],
        provenance=Provenance(engine="offline", engine_version="t", elapsed_ms=3.25),
        checks=Checks(verified=2, unverified=1, warnings=["one fact could not be grounded"]),
    )
    base.update(overrides)
    return Report(**base)


def _rows(md: str, heading: str) -> list[str]:
    section = md.split(heading, 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]


def test_render_markdown_title_and_meta():
    md = render_markdown(_report())
    assert md.startswith("# 某开发区上半年工作总结\n")
    for text in ("**Issuer:** 某开发区", "**Period:** 上半年", "**Published:** 2023-07-01"):
        assert text in md
    assert md.endswith("\n") and not md.endswith("\n\n")


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        (1, ["地区生产总值", "186.5亿元", "", "+7.2%", "增幅居全市第一", "上半年", "✓"]),
        (2, ["新增企业", "两家", "余", "-3%", "", "", "✗"]),
    ],
)
def test_render_markdown_achievement_rows(row, cells):
    rows = _rows(render_markdown(_report()), "## Achievements")
    got = [c.strip() for c in rows[row].strip("|").split(" | ")]
    assert got == cells


def test_render_markdown_target_commitment_and_value_without_text():
    rows = _rows(render_markdown(_report()), "## Targets")
    assert rows[0].startswith("| Metric |") and "Commitment" in rows[0]
    assert "| 固定资产投资 | 100亿元 |" in rows[1]
    assert "| 力争 | ✓ |" in rows[1]


def test_render_markdown_escapes_pipes_and_newlines():
    ev = Evidence(quote="x", start=0, end=1)
    report = _report(achievements=[Achievement(metric="a|b\nc", value=1, evidence=ev)])
    row = _rows(render_markdown(report), "## Achievements")[1]
    assert "a\\|b c" in row
    assert row.count(" | ") == 6  # 7 cells, none split by the escaped pipe


def test_render_markdown_actions_and_footer():
    md = render_markdown(_report())
    assert "- 加快项目建设 (owner: 区建设局; deadline: 9月底前; category: project_construction)" in md
    assert "Verified facts: 2; unverified: 1; dropped: 0" in md
    assert "Warning: one fact could not be grounded" in md
    assert "zone.html (html, gb18030, simplified)" in md
    assert "80 removed" in md


def test_render_markdown_empty_sections_say_none():
    md = render_markdown(_report(achievements=[], targets=[], actions=[], meta=Meta()))
    assert md.startswith("# zone.html\n")
    assert md.count("_None found._") == 3
