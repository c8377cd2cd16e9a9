"""CSV / JSON Lines: one row per fact, values exactly as in the Report."""

from __future__ import annotations

import csv
import io
import json

from test_cli import DEMO, run

from summarizer.pipeline import summarize_text
from summarizer.render.tables import COLUMNS, render_csv, render_jsonl

TEXT = "开发区上半年实现地区生产总值186.5亿元，同比增长7.2%。\n力争全年固定资产投资不少于95亿元。\n"


def test_csv_has_one_row_per_fact_with_exact_values():
    report = summarize_text(TEXT, name="r.txt", engine="offline")
    rows = list(csv.DictReader(io.StringIO(render_csv([report]))))
    assert len(rows) == len(report.achievements) + len(report.targets) == 2
    first, second = rows
    assert tuple(rows[0].keys()) == COLUMNS
    assert (first["kind"], first["metric"], first["value_normalized"], first["growth_pct"]) == (
        "achievement", "地区生产总值", "18650000000", "7.2",
    )
    assert second["kind"] == "target" and second["qualifier"] == "不少于"
    assert TEXT[int(first["start"]) : int(first["end"])] == first["quote"]


def test_jsonl_rows_match_csv_rows():
    report = summarize_text(TEXT, engine="offline")
    rows = [json.loads(line) for line in render_jsonl([report]).splitlines()]
    assert [r["metric"] for r in rows] == [f.metric for f in report.facts()]
    assert rows[0]["value_normalized"] == 1.865e10 and rows[1]["verified"] is True


def test_cli_csv_file_starts_with_bom_for_spreadsheets(tmp_path):
    out = tmp_path / "facts.csv"
    proc = run("summarize", str(DEMO), "-e", "offline", "-f", "csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and all(r["verified"] == "True" for r in rows)


def test_batch_writes_combined_facts_csv(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.txt").write_text("全县完成固定资产投资32.5亿元，同比增长6.1%。\n", encoding="utf-8")
    assert run("batch", str(src), "-o", str(tmp_path / "out"), "-e", "offline").returncode == 0
    text = (tmp_path / "out" / "facts.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted({r["source"].rsplit("/", 1)[-1] for r in rows}) == ["a.txt", "b.txt"]
    assert len(rows) == 3
