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


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [("json", '"achievements"'), ("md", "## Achievements"), ("html", '<span class="fact verified"')],
)
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


def test_summarize_strict_passes_when_everything_verifies(tmp_path):
    out = tmp_path / "r.json"
    proc = run("summarize", str(DEMO), "--engine", "offline", "--strict", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    checks = json.loads(out.read_text(encoding="utf-8"))["checks"]
    assert checks["unverified"] == 0 and checks["dropped"] == 0 and checks["verified"] > 0


def test_strict_problems_name_unverified_dropped_and_dropped_model_output():
    from summarizer.pipeline import strict_problems, summarize_text

    report = summarize_text(TEXT, engine="offline")
    assert strict_problems(report) == []
    from summarizer.models import NoteKind

    report.checks.warnings.append("dropped: a warning's wording alone decides nothing")
    assert strict_problems(report) == []
    report.checks.unverified, report.checks.dropped = 1, 2
    report.checks.note(NoteKind.DROPPED_OUTPUT, "model: chunk dropped after re-asks: …")
    problems = strict_problems(report)
    assert problems[0].startswith("1 unverified") and problems[1].startswith("2 fact(s) dropped")
    assert "dropped output" in problems[2]


def test_keep_unverified_keeps_a_rejected_fact_marked_false():
    """The same unverifiable fact is dropped by default and kept, marked, on request."""
    from summarizer.models import Achievement, Evidence
    from summarizer.pipeline import summarize_text
    from summarizer.text.clean import clean
    from summarizer.text.numbers import extract_mentions
    from summarizer.verify import ground

    report = summarize_text(TEXT, engine="offline")
    wrong = Achievement(
        metric="地区生产总值", value=168.5, unit="亿元",
        evidence=Evidence(quote="地区生产总值186.5亿元", start=0, end=0),
    )
    report.achievements.append(wrong)
    doc = clean(TEXT)
    mentions = extract_mentions(doc)
    dropped = ground(report.model_copy(deep=True), doc, mentions, keep_unverified=False)
    kept = ground(report.model_copy(deep=True), doc, mentions, keep_unverified=True)
    assert dropped.checks.dropped == 1 and all(f.verified for f in dropped.achievements)
    assert kept.checks.unverified == 1 and [f.verified for f in kept.achievements].count(False) == 1


def test_cache_info_and_clear_report_on_the_configured_dir(tmp_path):
    from summarizer import cache
    from summarizer.settings import Settings

    env = {"SUMMARIZER_CACHE_DIR": str(tmp_path / "c")}
    with cache.open_cache(Settings(cache_dir=tmp_path / "c")) as store:
        store.set("k1", {"x": 1})
        store.set("k2", {"x": 2})
    info = run("cache", "info", env=env)
    assert info.returncode == 0, info.stderr
    assert "entries: 2" in info.stdout.decode() and str(tmp_path / "c") in info.stdout.decode()
    cleared = run("cache", "clear", env=env)
    assert cleared.returncode == 0 and "removed 2 entries" in cleared.stdout.decode()
    assert "entries: 0" in run("cache", "info", env=env).stdout.decode()


def test_model_flags_override_the_environment():
    from summarizer.cli import _settings

    settings = _settings(model="qwen-plus", base_url="http://127.0.0.1:1/v1", mode="json", no_cache=True)
    assert (settings.model, settings.openai_base_url, settings.mode, settings.use_cache) == (
        "qwen-plus", "http://127.0.0.1:1/v1", "json", False,
    )
    assert settings.llm_configured()


def test_output_file_gets_the_usual_permissions(tmp_path):
    out = tmp_path / "r.json"
    assert run("summarize", str(DEMO), "-e", "offline", "-o", str(out)).returncode == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
