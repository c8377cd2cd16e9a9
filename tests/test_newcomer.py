"""Defects a new user hit on a fresh clone (README Quick start, every command's help, bad
inputs): one test each, so they stay fixed."""

from __future__ import annotations

import pytest
from test_cli import _one_error_line, run

ALL_COMMANDS = [["summarize"], ["brief"], ["batch"], ["eval"], ["schema"], ["doctor"],
                ["record"], ["replay"], ["cache"], ["cache", "info"], ["cache", "clear"]]


@pytest.mark.parametrize("command", [["doctor"], ["record", "r.txt", "--cassettes", "rec"]])
def test_model_only_commands_without_endpoint_name_a_fix_they_have(tmp_path, command):
    # doctor and record have no --engine; their fix must not tell the user to pass one.
    (tmp_path / "r.txt").write_text("园区实现工业开票销售46.8亿元。\n", encoding="utf-8")
    command = [str(tmp_path / c) if c in ("r.txt", "rec") else c for c in command]
    proc = run(*command)
    assert proc.returncode == 2
    line = _one_error_line(proc, "No model endpoint configured")
    assert "--engine" not in line and "--provider" in line
    assert not (tmp_path / "rec").exists()


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_every_command_has_short_help_without_typer_metavars(command):
    proc = run(*command, "-h")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode()
    assert text.startswith("Usage: summarizer")
    for bad in ("<bool>", "<str>", "<path>", "<int", "{path}", "<list"):
        assert bad not in text, f"{' '.join(command)} -h shows {bad}"


def test_top_level_help_names_every_input_format():
    text = run("-h").stdout.decode()
    for fmt in ("PDF", "Word"):  # inputs; Markdown is named as an output already
        assert fmt in text.split("Options:")[0], f"summarizer -h does not say it reads {fmt}"


def _layout_block() -> str:
    from test_cli import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Layout\n\n```\n")
    return readme[start:readme.index("```\n", start + 15)]


def test_readme_layout_names_every_module_and_only_modules_that_exist():
    import re

    from test_cli import ROOT

    block = _layout_block()
    package = ROOT / "summarizer"
    missing = []
    for path in sorted(package.rglob("*.py")):
        if path.stem in ("__init__", "__main__") or "_prompts" in path.parts:
            continue
        if not re.search(rf"\b{re.escape(path.stem)}\b", block):
            missing.append(str(path.relative_to(ROOT)))
    assert not missing, f"README Layout does not mention {missing}"
    named = set(re.findall(r"\b(\w+)\.py\b", block))
    existing = {p.stem for p in package.rglob("*.py")}
    assert named <= existing, f"README Layout names modules that do not exist: {named - existing}"
    for folder in re.findall(r"^(summarizer/\w+/)", block, flags=re.M):
        assert (ROOT / folder).is_dir(), folder


def test_output_to_a_named_pipe_is_written_into_not_replaced(tmp_path):
    # `-o /dev/stdout` or `-o /dev/null` must work like a file; renaming a temp file over it lost
    # the output (and, as root, replaced the device node with a plain file). A FIFO stands in.
    import os
    import stat

    from test_cli import TEXT

    src, fifo = tmp_path / "r.txt", tmp_path / "out.pipe"
    src.write_text(TEXT, encoding="utf-8")
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so the writer's open returns
    try:
        proc = run("summarize", str(src), "-e", "offline", "-o", str(fifo))
        chunks = []
        while True:
            try:
                chunk = os.read(reader, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(reader)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the pipe was replaced by a file"
    assert b'"achievements"' in b"".join(chunks)


def test_output_through_a_symlink_keeps_the_link(tmp_path):
    from test_cli import TEXT

    src, target, link = tmp_path / "r.txt", tmp_path / "real.json", tmp_path / "link.json"
    src.write_text(TEXT, encoding="utf-8")
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    proc = run("summarize", str(src), "-e", "offline", "-o", str(link))
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and '"achievements"' in target.read_text(encoding="utf-8")


def test_bad_environment_value_is_one_line_naming_the_variable(tmp_path):
    from test_cli import TEXT

    src = tmp_path / "r.txt"
    src.write_text(TEXT, encoding="utf-8")
    proc = run("summarize", str(src), "-e", "offline", env={"SUMMARIZER_TIMEOUT": "abc"})
    assert proc.returncode == 2
    line = _one_error_line(proc, "SUMMARIZER_TIMEOUT='abc'")
    assert "errors.pydantic.dev" not in line and "  " not in line
    assert line.endswith("Fix or unset SUMMARIZER_TIMEOUT (see README, 'LLM engine settings').")


def test_api_bad_environment_value_is_a_config_error(monkeypatch):
    # The README promises SummarizerError subclasses only; pydantic's ValidationError leaked.
    import summarizer

    monkeypatch.setenv("SUMMARIZER_TIMEOUT", "abc")
    text = "园区实现工业开票销售46.8亿元，同比增长9%。"
    with pytest.raises(summarizer.ConfigError, match="SUMMARIZER_TIMEOUT='abc'"):
        summarizer.summarize_text(text, engine="offline")
    with pytest.raises(summarizer.ConfigError, match="SUMMARIZER_TIMEOUT"):
        summarizer.brief(text, engine="offline")


def test_eval_with_a_mistyped_gold_dir_prints_only_its_error(tmp_path):
    proc = run("eval", "--gold", str(tmp_path / "nope"), "--samples", str(tmp_path))
    assert proc.returncode == 2
    assert "is not a directory (gold)" in _one_error_line(proc, str(tmp_path / "nope"))


def test_ctrl_c_while_reading_says_interrupted_and_exits_130(monkeypatch, capsys):
    # typer turns KeyboardInterrupt into a silent Exit(130): the user saw nothing at all.
    import io
    import sys

    from summarizer.cli import main

    class _Interrupted(io.BytesIO):
        def read(self, *args):
            raise KeyboardInterrupt

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(_Interrupted()))
    with pytest.raises(SystemExit) as done:
        main(["summarize", "-", "-e", "offline"])
    assert done.value.code == 130
    assert capsys.readouterr().err.strip().splitlines() == ["summarizer: interrupted"]


@pytest.mark.parametrize("command", [["summarize"], ["brief"]])
def test_summarizer_engine_variable_chooses_the_engine(tmp_path, command):
    # SUMMARIZER_ENGINE=llm with no model configured must fail like --engine llm, not fall back.
    report = tmp_path / "r.txt"
    report.write_text("园区实现工业开票销售46.8亿元。\n", encoding="utf-8")
    proc = run(*command, str(report), env={"SUMMARIZER_ENGINE": "llm"})
    assert proc.returncode == 2
    _one_error_line(proc, "No model endpoint configured")
    proc = run(*command, str(report), env={"SUMMARIZER_ENGINE": "offline"})
    assert proc.returncode == 0 and "using the offline engine" not in proc.stderr.decode()


def test_markdown_title_loses_its_heading_marks(tmp_path):
    report = tmp_path / "r.md"
    report.write_text("# **临港新片区2023年上半年工作总结**\n\n园区实现工业开票销售46.8亿元。\n",
                      encoding="utf-8")
    import summarizer

    assert summarizer.summarize(report, engine="offline").meta.title == "临港新片区2023年上半年工作总结"
