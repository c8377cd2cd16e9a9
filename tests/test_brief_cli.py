"""`summarizer brief` through the real entry point: formats, saved Report JSON, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli import NO_MODEL_NOTE
from summarizer.models import Brief

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "xiangjiang-2022-annual.txt"


def run(*args: str, env: dict | None = None):
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        capture_output=True,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        timeout=120,
    )


def _one_error_line(proc) -> str:
    lines = [line for line in proc.stderr.decode("utf-8").splitlines() if line.strip()]
    assert "Traceback" not in proc.stderr.decode("utf-8")
    assert len(lines) == 1, lines
    assert lines[0].startswith("summarizer: ")
    return lines[0]


@pytest.fixture(scope="module")
def saved_report(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("brief") / "xiangjiang.json"
    proc = run("summarize", str(EXAMPLE), "--engine", "offline", "-o", str(path))
    assert proc.returncode == 0, proc.stderr
    return path


def test_brief_of_a_report_file_prints_markdown_and_notes_offline():
    proc = run("brief", str(EXAMPLE))
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("utf-8")
    assert text.startswith("# ") and "## Key figures" in text and "numbers checked" in text
    assert proc.stderr.decode("utf-8").strip() == NO_MODEL_NOTE


def test_brief_of_a_saved_report_json_equals_the_brief_of_the_text(saved_report):
    from_json = run("brief", str(saved_report), "--engine", "offline")
    from_text = run("brief", str(EXAMPLE), "--engine", "offline")
    assert from_json.returncode == 0 == from_text.returncode
    assert from_json.stdout == from_text.stdout
    assert from_json.stderr == b""


@pytest.mark.parametrize("fmt", ["md", "txt", "json", "html"])
def test_brief_formats(saved_report, fmt):
    proc = run("brief", str(saved_report), "--format", fmt, "--engine", "offline")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("utf-8")
    if fmt == "json":
        brief = Brief.model_validate(json.loads(text))
        assert brief.provenance.check.problems == [] and brief.key_figures
    elif fmt == "html":
        assert text.startswith("<!DOCTYPE html>")
    elif fmt == "txt":
        assert "KEY FIGURES" in text


def test_brief_output_file_is_written_and_stdout_is_empty(saved_report, tmp_path):
    out = tmp_path / "sub" / "brief.md"
    proc = run("brief", str(saved_report), "-o", str(out), "--engine", "offline")
    assert proc.returncode == 0 and proc.stdout == b""
    assert out.read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{oops", "is not valid JSON"),
        ('{"a": 1}', "is JSON but not a Report"),
    ],
)
def test_brief_bad_report_json_exits_2_with_one_line(tmp_path, content, expected):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    proc = run("brief", str(path))
    assert proc.returncode == 2 and proc.stdout == b""
    line = _one_error_line(proc)
    assert str(path) in line and expected in line


def test_brief_missing_file_exits_2(tmp_path):
    proc = run("brief", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2
    assert "does not exist" in _one_error_line(proc)


def test_brief_llm_without_a_model_exits_2(saved_report):
    proc = run("brief", str(saved_report), "--engine", "llm")
    assert proc.returncode == 2 and proc.stdout == b""
    line = _one_error_line(proc)
    assert "OPENAI_API_KEY" in line and "--engine offline" in line


def test_brief_unknown_format_is_a_usage_error(saved_report):
    proc = run("brief", str(saved_report), "--format", "pdf")
    assert proc.returncode == 2 and proc.stdout == b""
