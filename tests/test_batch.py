"""`summarizer batch`: many files, one output each, failures isolated, resumable, interruptible."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_cli import ROOT, _one_error_line, run

from summarizer.batch import (
    expand_inputs,
    plan_outputs,
    read_index,
    run_batch,
)
from summarizer.errors import InputError
from summarizer.settings import Settings

GOOD = "园区实现工业开票销售46.8亿元，同比增长9%。\n"
OTHER = "全县完成固定资产投资32.5亿元，同比增长6.1%。\n"


def _inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "b.txt").write_bytes(OTHER.encode("gb18030"))
    (src / "empty.txt").write_bytes(b"")
    (src / "notes.csv").write_text("not a report", encoding="utf-8")
    return src


def _index(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "batch.jsonl").read_text(encoding="utf-8").splitlines()]


def _facts(out: Path) -> list[dict]:
    text = (out / "facts.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_batch_writes_each_output_and_isolates_a_bad_file(tmp_path):
    src, out = _inputs(tmp_path), tmp_path / "out"
    proc = run("batch", str(src), "-o", str(out), "--engine", "offline", "-j", "2")
    assert proc.returncode == 1  # one file failed, the rest were done
    err = proc.stderr.decode()
    assert "Traceback" not in err and "empty.txt" in err and "2 done" in err and "1 failed" in err
    a = json.loads((out / "a.json").read_text(encoding="utf-8"))
    b = json.loads((out / "b.json").read_text(encoding="utf-8"))
    assert a["achievements"][0]["value_normalized"] == 4.68e9
    assert b["source"]["encoding"].lower() in {"gb18030", "gbk"}
    assert not (out / "notes.json").exists() and not (out / "empty.json").exists()
    index = _index(out)
    assert [i["status"] for i in index] == ["ok", "ok", "failed"]
    assert index[0]["verified"] == 1 and "empty" in index[2]["error"]
    assert [row["metric"] for row in _facts(out)] == ["工业开票销售", "固定资产投资"]


def test_batch_missing_input_is_an_error_record_and_the_batch_goes_on(tmp_path):
    src, out = _inputs(tmp_path), tmp_path / "out"
    (src / "empty.txt").unlink()
    missing, empty_dir = tmp_path / "nope.txt", tmp_path / "emptydir"
    empty_dir.mkdir()
    proc = run("batch", str(missing), str(src), str(empty_dir), "-o", str(out), "-e", "offline")
    assert proc.returncode == 1
    err = [line for line in proc.stderr.decode().splitlines() if line]
    assert any(str(missing) in line and "does not exist" in line for line in err)
    assert any(str(empty_dir) in line and "no report files" in line for line in err)
    index = _index(out)
    assert sorted(i["status"] for i in index) == ["failed", "failed", "ok", "ok"]
    assert (out / "a.json").exists() and (out / "b.json").exists()


def test_batch_resume_counts_skipped_outputs_and_keeps_the_whole_folder(tmp_path):
    src, out = _inputs(tmp_path), tmp_path / "out"
    (src / "empty.txt").unlink()
    assert run("batch", str(src), "-o", str(out), "-e", "offline").returncode == 0
    first_index, first_facts = _index(out), _facts(out)
    again = run("batch", str(src), "-o", str(out), "-e", "offline")
    assert again.returncode == 0 and "2 skipped" in again.stderr.decode()
    assert _index(out) == first_index and _facts(out) == first_facts  # was: emptied to 0 rows
    assert all(line["verified"] >= 1 for line in _index(out))  # skipped outputs keep counts
    # another run on other inputs into the same folder: both are described
    more = tmp_path / "more"
    more.mkdir()
    (more / "c.txt").write_text("全市实现外贸进出口总额12.3亿元。\n", encoding="utf-8")
    assert run("batch", str(more), "-o", str(out), "-e", "offline").returncode == 0
    assert {Path(i["output"]).name for i in _index(out)} == {"a.json", "b.json", "c.json"}
    assert len(_facts(out)) == len(first_facts) + 1


def test_batch_keeps_an_edited_output_unless_forced(tmp_path):
    src, out = _inputs(tmp_path), tmp_path / "out"
    (src / "empty.txt").unlink()
    assert run("batch", str(src), "-o", str(out), "-e", "offline").returncode == 0
    (out / "a.json").write_text("kept", encoding="utf-8")
    again = run("batch", str(src), "-o", str(out), "-e", "offline")
    assert again.returncode == 0 and "2 skipped" in again.stderr.decode()
    assert (out / "a.json").read_text(encoding="utf-8") == "kept"
    assert "--force" in again.stderr.decode()  # the unreadable output is named, with the fix
    forced = run("batch", str(src), "-o", str(out), "-e", "offline", "--force", "-f", "md")
    assert forced.returncode == 0 and (out / "a.md").read_text(encoding="utf-8").startswith("#")
    # non-JSON outputs keep their Report beside them, so facts.csv can be rebuilt from them
    assert {Path(i["output"]).name for i in _index(out)} >= {"a.md", "b.md"}
    assert (out / ".reports" / "a.md.json").exists()


def test_batch_expand_inputs_keeps_missing_paths_for_error_records(tmp_path):
    (tmp_path / "d").mkdir()
    assert expand_inputs([tmp_path / "nope", tmp_path / "d"]) == [tmp_path / "nope", tmp_path / "d"]


def test_batch_glob_matching_nothing_names_pattern_and_folder(tmp_path):
    """A --glob that finds no file is the command's mistake: one line, exit 2, before any work."""
    src, out = _inputs(tmp_path), tmp_path / "out"
    proc = run("batch", str(src), "-o", str(out), "-e", "offline", "--glob", "*.PDF")
    assert proc.returncode == 2
    line = _one_error_line(proc, str(src))
    assert "--glob '*.PDF'" in line and ".txt" in line and "leave out --glob" in line
    assert not out.exists()  # nothing was run or written
    with pytest.raises(InputError, match=r"no file matches --glob '\*\.pdf'"):
        expand_inputs([src], "*.pdf")
    assert expand_inputs([src], "a.*") == [src / "a.txt"]


def test_batch_outputs_for_same_stem_do_not_collide(tmp_path):
    one, two = tmp_path / "x" / "r.txt", tmp_path / "y" / "r.txt"
    items = plan_outputs([one, two], tmp_path / "out", ".json")
    assert len({i.output for i in items}) == 2
    assert all(i.output.name.startswith("r-") for i in items)
    facts = plan_outputs([tmp_path / "facts.txt"], tmp_path / "out", ".csv")[0]
    assert facts.output.name != "facts.csv"  # never overwrites the facts table


def test_run_batch_interrupted_waits_for_in_flight_and_leaves_the_rest(tmp_path):
    """A KeyboardInterrupt in the scheduling thread: nothing new starts, what runs is recorded."""
    paths = _corpus(tmp_path / "in", 12)
    items = plan_outputs(paths, tmp_path / "out", ".json")
    started: list[Path] = []

    def work(path, *args):
        from summarizer.batch import summarize_one

        started.append(path)
        if len(started) == 3:
            raise KeyboardInterrupt  # stands in for Ctrl-C arriving now (raised in a worker,
            # it reaches the scheduler through future.result())
        return summarize_one(path, *args)

    result = run_batch(items, out_dir=tmp_path / "out", engine="offline", settings=Settings(),
                       jobs=2, work=work)
    assert result.interrupted
    assert len(started) <= 4  # the window (2) plus none scheduled after the interrupt
    assert result.count("not-started") >= 8
    index = read_index(tmp_path / "out" / "batch.jsonl")
    assert {line["output"] for line in index} == {str(i.output) for i in items if i.status == "ok"}


# --- interruption of a real process: SIGINT and SIGKILL, then resume -------------------------

N_REPORTS = 300


def _corpus(folder: Path, n: int) -> list[Path]:
    """n small distinct reports of the genre (numbers vary, so every output differs)."""
    folder.mkdir(parents=True)
    paths = []
    for i in range(n):
        path = folder / f"r{i:03d}.txt"
        path.write_text(
            f"园区{i}号上半年实现工业开票销售{40 + i}.5亿元，同比增长{i % 9 + 1}%。\n"
            f"完成固定资产投资{10 + i}亿元，引进项目{i % 7 + 2}个。\n"
            f"力争全年税收达到{90 + i}亿元。\n",
            encoding="utf-8",
        )
        paths.append(path)
    (folder / "r-empty.txt").write_bytes(b"")  # a bad input: an error record in every run
    return paths


def _start(src: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "-e", "offline",
         "-j", "2"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy(),
    )


def _wait_for_lines(out: Path, proc: subprocess.Popen, at_least: int) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        index = out / "batch.jsonl"
        count = index.read_bytes().count(b"\n") if index.exists() else 0
        if count >= at_least or proc.poll() is not None:
            return count
        time.sleep(0.005)
    raise AssertionError("batch made no progress in 60 s")


def _normalized(out: Path) -> tuple[list[str], list[str]]:
    """Index lines and fact rows, comparable across folders and runs (timing dropped)."""
    lines = []
    for line in _index(out):
        line.pop("elapsed_ms", None)
        if line.get("output"):
            line["output"] = Path(line["output"]).name
        lines.append(json.dumps(line, ensure_ascii=False, sort_keys=True))
    rows = [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in _facts(out)]
    return sorted(lines), sorted(rows)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """An uninterrupted run of the same corpus: what every resumed run must end up equal to."""
    base = tmp_path_factory.mktemp("reference")
    src, out = base / "in", base / "out"
    _corpus(src, N_REPORTS)
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "-e", "offline",
         "-j", "2"], cwd=ROOT, capture_output=True, timeout=300,
        env={**os.environ, "SUMMARIZER_CACHE_DIR": str(base / "cache")},
    )
    assert proc.returncode == 1, proc.stderr  # the empty file failed, the rest were done
    lines, rows = _normalized(out)
    assert len(lines) == N_REPORTS + 1 and len(rows) >= 3 * N_REPORTS
    return src, lines, rows


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["sigint", "sigkill"])
def test_batch_interrupted_then_resumed_equals_an_uninterrupted_run(tmp_path, reference, sig):
    src, want_lines, want_rows = reference
    out = tmp_path / "out"
    proc = _start(src, out)
    _wait_for_lines(out, proc, 20)
    assert proc.poll() is None, "the batch finished before it could be interrupted"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    done_at_interrupt = (out / "batch.jsonl").read_bytes().count(b"\n")
    assert done_at_interrupt < N_REPORTS + 1  # not everything was done
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        text = err.decode()
        assert "interrupted" in text and "done" in text and "Traceback" not in text
    else:
        assert proc.returncode == -signal.SIGKILL
    # what is left is valid: every index line parses and names an output that exists
    raw = (out / "batch.jsonl").read_text(encoding="utf-8").splitlines()
    assert raw and all(json.loads(line) for line in raw)
    assert all((out / Path(json.loads(line)["output"]).name).exists()
               for line in raw if json.loads(line)["status"] == "ok")
    assert len(list(out.glob("r*.json"))) < N_REPORTS
    resumed = run("batch", str(src), "-o", str(out), "-e", "offline", "-j", "2")
    assert resumed.returncode == 1, resumed.stderr  # the empty file, again
    assert "skipped" in resumed.stderr.decode()
    assert _normalized(out) == (want_lines, want_rows)
    noop = run("batch", str(src), "-o", str(out), "-e", "offline", "-j", "2")
    assert f"{N_REPORTS} skipped" in noop.stderr.decode()
    assert _normalized(out) == (want_lines, want_rows)



def _llm_batch(tmp_path: Path, url: str) -> tuple[subprocess.Popen, Path]:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for i in range(6):
        (src / f"r{i}.txt").write_text(f"园区{i}号实现工业开票销售{40 + i}.5亿元。\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "-e", "llm",
         "-j", "2", "--model", "m", "--base-url", url, "--mode", "json"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "OPENAI_API_KEY": "sk-test-not-a-key"},
    )
    return proc, out


def _wait_for_requests(server, proc, count: int) -> None:
    deadline = time.monotonic() + 60
    while len(server.arrivals) < count:
        assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode()
        time.sleep(0.01)


def test_batch_ctrl_c_waits_for_reports_in_flight_and_schedules_no_more(tmp_path):
    from test_quota import Server

    server = Server(delay=2.0)
    try:
        proc, out = _llm_batch(tmp_path, server.url)
        _wait_for_requests(server, proc, 2)  # both workers are waiting on the model
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        server.close()
    assert proc.returncode == 130, err
    assert len(server.arrivals) == 2  # nothing new was scheduled after Ctrl-C
    index = _index(out)
    assert sorted(line["status"] for line in index) == ["ok", "ok"]  # in flight: waited for
    assert "2 done" in err.decode() and "4 not started" in err.decode()


def test_batch_second_ctrl_c_does_not_wait(tmp_path):
    from test_quota import Server

    server = Server(delay=8.0)
    try:
        proc, out = _llm_batch(tmp_path, server.url)
        _wait_for_requests(server, proc, 2)
        proc.send_signal(signal.SIGINT)
        time.sleep(0.5)
        second = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        waited = time.monotonic() - second
    finally:
        server.close()
    assert proc.returncode == 130
    assert waited < 5, waited  # the in-flight reports still had ~7 s to go
    assert "interrupted again" in err.decode() and "Traceback" not in err.decode()
    assert [json.loads(line) for line in (out / "batch.jsonl").read_text().splitlines()] == []


def test_batch_force_that_fails_still_describes_the_old_output(tmp_path):
    src, out = _inputs(tmp_path), tmp_path / "out"
    (src / "empty.txt").unlink()
    assert run("batch", str(src), "-o", str(out), "-e", "offline").returncode == 0
    (src / "a.txt").write_bytes(b"")  # now unreadable: the redo fails, a.json stays
    proc = run("batch", str(src), "-o", str(out), "-e", "offline", "--force")
    assert proc.returncode == 1
    lines = _index(out)
    assert sorted((Path(line["output"] or "-").name, line["status"]) for line in lines) == [
        ("-", "failed"), ("a.json", "ok"), ("b.json", "ok")]
    assert len(_facts(out)) == 2
