"""CLI conventions scripts and people rely on: one test per defect found by trying it as a new user."""

from __future__ import annotations

import json
import re
import time
from http.server import BaseHTTPRequestHandler

import pytest
from loopback import LoopbackServer, send
from test_cli import DEMO, ROOT, TEXT, _one_error_line, run

COMMANDS = ["summarize", "brief", "batch", "eval", "schema", "cache"]


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS], ["cache", "info"]])
def test_cli_short_help_flag(command):
    proc = run(*command, "-h")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().startswith("Usage: summarizer")


@pytest.mark.parametrize("command", COMMANDS[:5])
def test_cli_help_has_no_typer_metavars_and_names_paths(command):
    text = run(command, "--help").stdout.decode()
    for bad in ("<bool>", "<str>", "<path>", "<int", "{path}", "{PATH}", "<list"):
        assert bad not in text, f"{command} --help shows {bad}"
    flags = [line for line in text.splitlines()
             if re.match(r"\s*--(strict|force|no-cache|keep-unverified|brief|all)\b", line)]
    assert (flags or command == "eval") and all(re.match(r"\s*--[a-z-]+(\s\s|$)", line) for line in flags), flags
    if command in ("summarize", "brief", "batch"):
        assert f"Usage: summarizer {command} [OPTIONS] PATH" in text


@pytest.mark.parametrize("command", COMMANDS[:5])
def test_cli_help_epilog_lists_exit_codes_and_environment(command):
    text = run(command, "-h").stdout.decode()
    assert "Exit codes:" in text and "130" in text and "interrupted" in text
    assert "Environment:" in text and "OPENAI_API_KEY" in text and "SUMMARIZER_CACHE_DIR" in text


def test_cli_top_level_help_is_current():
    text = run("-h").stdout.decode()
    assert "JSON or Markdown)" not in text  # the old, incomplete description
    assert "English briefs" in text and "review page" in text and "CSV/JSON Lines" in text
    for command in COMMANDS:
        assert f"  {command} " in text


def test_cli_examples_are_not_rewrapped_mid_line():
    text = run("summarize", "-h").stdout.decode()
    example = "Example: summarizer summarize examples/lingang-2023-h1-report.html --format md -o out/lingang.md"
    assert example in text.splitlines()[4:8] or any(line.strip() == example for line in text.splitlines())


def test_cli_o_means_output_everywhere_and_batch_spells_out_dir(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    for flag in ("-o", "--out-dir", "--output"):
        out = tmp_path / f"out{flag}"
        proc = run("batch", str(src), flag, str(out), "-e", "offline")
        assert proc.returncode == 0, proc.stderr
        assert (out / "a.json").exists()
    assert "-o, --out-dir, --output DIR" in run("batch", "-h").stdout.decode()
    for command in ("summarize", "brief", "schema"):
        assert "-o, --output FILE" in run(command, "-h").stdout.decode()


def test_cli_schema_brief_and_all(tmp_path):
    brief = run("schema", "--brief")
    assert brief.returncode == 0
    assert brief.stdout.decode() == (ROOT / "schemas" / "brief.schema.json").read_text(encoding="utf-8")
    assert run("schema", "--all", "-o", str(tmp_path / "s")).returncode == 0
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["brief.schema.json",
                                                                    "report.schema.json"]
    proc = run("schema", "--all")
    assert proc.returncode == 2
    _one_error_line(proc, "-o DIR")


def test_cli_usage_error_is_one_line_exit_2():
    for args in (["summarize"], ["summarize", "x.txt", "--bogus"], ["batch", "x"],
                 ["summarize", "x.txt", "--format", "pdf2"], ["nosuchcommand"]):
        proc = run(*args)
        assert proc.returncode == 2, args
        line = _one_error_line(proc, "summarizer")
        assert "-h" in line and "╭" not in line


def test_cli_batch_error_line_is_not_wrapped_when_stderr_is_not_a_tty(tmp_path):
    deep = tmp_path / ("a-very-long-folder-name-" * 4) / "sub"
    deep.mkdir(parents=True)
    bad = deep / "empty-report-with-a-long-name.txt"
    bad.write_bytes(b"")
    proc = run("batch", str(bad), "-o", str(tmp_path / "out"), "-e", "offline",
               env={"COLUMNS": "80"})
    assert proc.returncode == 1
    lines = proc.stderr.decode().splitlines()
    error = [line for line in lines if str(bad) in line]
    assert len(error) == 1 and len(error[0]) > 100 and "empty" in error[0]
    assert all(line.startswith("summarizer: ") for line in lines if line)


def test_cli_output_is_a_directory_exits_2_before_any_work(tmp_path):
    proc = run("summarize", str(DEMO), "-e", "offline", "-o", str(tmp_path))
    assert proc.returncode == 2 and proc.stdout == b""
    assert "is a directory" in _one_error_line(proc, str(tmp_path))
    proc = run("brief", str(DEMO), "-e", "offline", "-o", str(tmp_path))
    assert proc.returncode == 2
    _one_error_line(proc, str(tmp_path))


def test_cli_output_under_a_file_or_unwritable_exits_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    proc = run("summarize", str(DEMO), "-e", "offline", "-o", str(blocker / "r.json"))
    assert proc.returncode == 2
    assert "not a directory" in _one_error_line(proc, str(blocker / "r.json"))
    proc = run("batch", str(DEMO), "-e", "offline", "-o", str(blocker))
    assert proc.returncode == 2
    assert "is a file" in _one_error_line(proc, str(blocker))
    proc = run("summarize", str(DEMO), "-e", "offline", "-o", "/proc/version/r.json")
    assert proc.returncode == 2
    _one_error_line(proc, "/proc/version/r.json")


class _CountingServer(LoopbackServer):
    """Loopback HTTP server that counts requests (answers 500): it must see none. Bounded
    (tests/loopback.py): 20 requests, 60 s."""

    def __init__(self) -> None:
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                outer.requests += 1
                send(self, 500 if outer.admit() else 503)

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(Handler, max_requests=20, lifetime=60.0)


@pytest.mark.parametrize("engine", ["llm", "auto"])
def test_cli_base_url_without_key_names_the_key_before_any_request(tmp_path, engine):
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    server = _CountingServer()
    try:
        started = time.monotonic()
        proc = run("summarize", str(path), "--engine", engine, "--model", "m",
                   "--base-url", server.url)
        elapsed = time.monotonic() - started
    finally:
        server.close()
    assert proc.returncode == 2
    line = _one_error_line(proc, "OPENAI_API_KEY")
    assert server.url in line and "--engine offline" in line
    assert server.requests == 0 and elapsed < 30


def test_cli_english_only_input_warns_on_stderr(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("The zone's industrial output rose 9% to 4.68 billion yuan.\n", encoding="utf-8")
    proc = run("summarize", str(path), "-e", "offline")
    assert proc.returncode == 0
    err = proc.stderr.decode()
    assert f"summarizer: {path}: warning: no Chinese characters" in err
    assert len(err.splitlines()) == 1
    assert "no Chinese characters" in json.loads(proc.stdout)["checks"]["warnings"][0]


def test_cli_without_arguments_shows_the_help():
    proc = run()
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("Usage: summarizer [OPTIONS] COMMAND")
    assert "\n  summarize " in proc.stderr.decode()
