"""The real entry point (`python -m summarizer`): exit codes, one-line errors, outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import __version__
from summarizer.cli import NO_MODEL_NOTE

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "lingang-2023-h1-report.html"
TEXT = "临港经济开发区上半年实现地区生产总值186.5亿元，同比增长7.2%。\n"


def run(*args: str, stdin: bytes | None = None, env: dict | None = None):
    """Run the CLI as users do; the autouse fixture already stripped model settings."""
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        timeout=120,
    )


def _one_error_line(proc, name: str) -> str:
    err = proc.stderr.decode("utf-8")
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err
    assert len(lines) == 1, err
    assert lines[0].startswith("summarizer: ")
    assert name in lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("content", "label"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(256)) * 4, "binary-all-bytes"),
        (bytes(range(128, 256)) * 8, "wrong-encoding"),
    ],
)
def test_summarize_bad_input_exits_2_with_one_line(tmp_path, content, label):
    path = tmp_path / f"{label}.txt"
    path.write_bytes(content)
    proc = run("summarize", str(path))
    assert proc.returncode == 2
    assert proc.stdout == b""
    _one_error_line(proc, str(path))


def test_summarize_missing_file_exits_2(tmp_path):
    missing = tmp_path / "nope.txt"
    proc = run("summarize", str(missing))
    assert proc.returncode == 2
    assert "does not exist" in _one_error_line(proc, str(missing))


def test_summarize_llm_without_key_exits_2_with_config_message(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    proc = run("summarize", str(path), "--engine", "llm")
    assert proc.returncode == 2
    line = _one_error_line(proc, "OPENAI_API_KEY")
    assert "--engine offline" in line


def test_summarize_auto_notes_offline_once_and_prints_json(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    proc = run("summarize", str(path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.decode().splitlines() == [NO_MODEL_NOTE]
    out = proc.stdout.decode("utf-8")
    assert "生产总值" in out  # Chinese is not \\u-escaped
    data = json.loads(out)
    assert data["provenance"]["engine"] == "offline"
    assert {"source", "meta", "achievements", "targets", "actions", "provenance", "checks"} <= set(data)


@pytest.mark.parametrize("engine", ["offline"])
def test_summarize_offline_is_silent_on_stderr(tmp_path, engine):
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    proc = run("summarize", str(path), "--engine", engine)
    assert proc.returncode == 0
    assert proc.stderr == b""


def test_summarize_stdin(tmp_path):
    proc = run("summarize", "-", "--engine", "offline", stdin=TEXT.encode("gb18030"))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["source"]["name"] == "-"
    values = [f["value_text"] for f in data["achievements"]]
    assert "186.5" in values


@pytest.mark.parametrize(("fmt", "marker"), [("json", '"achievements"'), ("md", "## Achievements")])
def test_summarize_output_file_written_and_stdout_empty(tmp_path, fmt, marker):
    out = tmp_path / "deep" / "dir" / f"out.{fmt}"
    proc = run("summarize", str(DEMO), "--engine", "offline", "--format", fmt, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    assert marker in out.read_text(encoding="utf-8")
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temp file left behind


def test_demo_markdown_has_verified_figures_and_no_sidebar_trap():
    proc = run("summarize", str(DEMO), "--engine", "offline", "--format", "md")
    assert proc.returncode == 0, proc.stderr
    md = proc.stdout.decode("utf-8")
    assert "186.5亿元" in md and "✓" in md
    assert "3.2万" not in md  # sidebar headline figure must not become a fact


def test_version():
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == f"summarizer {__version__}"


@pytest.mark.parametrize("command", ["summarize", "eval", "schema"])
def test_help_has_example(command):
    proc = run(command, "--help")
    assert proc.returncode == 0
    assert "Example: summarizer" in proc.stdout.decode()


def test_schema_stdout_matches_checked_in_export():
    proc = run("schema")
    assert proc.returncode == 0
    assert proc.stdout.decode("utf-8") == (ROOT / "schemas" / "report.schema.json").read_text(
        encoding="utf-8"
    ), "schemas/report.schema.json is stale: run `make schema`"


def test_eval_missing_gold_dir_exits_2(tmp_path):
    proc = run("eval", "--gold", str(tmp_path / "g"), "--samples", str(tmp_path), "--engine", "offline")
    assert proc.returncode == 2
    _one_error_line(proc, str(tmp_path / "g"))


def test_eval_writes_json_and_table(tmp_path):
    gold, samples = tmp_path / "gold", tmp_path / "samples"
    gold.mkdir()
    samples.mkdir()
    (samples / "a.txt").write_text(TEXT, encoding="utf-8")
    quote = "地区生产总值186.5亿元"
    (gold / "a.json").write_text(
        json.dumps({"facts": [{"kind": "achievement", "metric": "地区生产总值", "value": "186.5",
                               "unit": "亿元", "value_normalized": 1.865e10, "growth_pct": 7.2,
                               "quote": quote}], "actions": [], "meta": {}}, ensure_ascii=False),
        encoding="utf-8",
    )
    out = tmp_path / "scores.json"
    proc = run("eval", "--gold", str(gold), "--samples", str(samples), "--engine", "offline",
               "--json", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "TOTAL" in proc.stdout.decode()
    scores = json.loads(out.read_text(encoding="utf-8"))["total"]["scores"]
    assert scores["fact_recall"] == 1.0
    assert scores["growth_accuracy"] == 1.0
