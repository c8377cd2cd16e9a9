"""`summarizer batch`: many files, one output each, failures isolated, resumable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import run

from summarizer.batch import expand_inputs, plan_outputs
from summarizer.errors import InputError

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
    index = [json.loads(line) for line in (out / "batch.jsonl").read_text().splitlines()]
    assert [i["status"] for i in index] == ["ok", "ok", "failed"]
    assert index[0]["verified"] == 1 and "empty" in index[2]["error"]


def test_batch_resumes_and_force_redoes(tmp_path):
    src, out = _inputs(tmp_path), tmp_path / "out"
    (src / "empty.txt").unlink()
    assert run("batch", str(src), "-o", str(out), "-e", "offline").returncode == 0
    (out / "a.json").write_text("kept", encoding="utf-8")
    again = run("batch", str(src), "-o", str(out), "-e", "offline")
    assert again.returncode == 0 and "2 skipped" in again.stderr.decode()
    assert (out / "a.json").read_text(encoding="utf-8") == "kept"
    forced = run("batch", str(src), "-o", str(out), "-e", "offline", "--force", "-f", "md")
    assert forced.returncode == 0 and (out / "a.md").read_text(encoding="utf-8").startswith("#")


def test_batch_inputs_missing_or_empty_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        expand_inputs([tmp_path / "nope"])
    (tmp_path / "d").mkdir()
    with pytest.raises(InputError, match="no report files"):
        expand_inputs([tmp_path / "d"])


def test_batch_outputs_for_same_stem_do_not_collide(tmp_path):
    one, two = tmp_path / "x" / "r.txt", tmp_path / "y" / "r.txt"
    items = plan_outputs([one, two], tmp_path / "out", ".json")
    assert len({i.output for i in items}) == 2
    assert all(i.output.name.startswith("r-") for i in items)
