"""Two faults first seen against a live llama.cpp server, replayed here on the loopback server of
test_llm (hand-written answers, the real openai client, nothing patched)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from test_llm import TEXT, Server, completion, ok

from summarizer.pipeline import strict_problems, summarize_text
from summarizer.settings import Settings


def _settings(server: Server, tmp_path) -> Settings:
    return Settings(OPENAI_BASE_URL=server.url, SUMMARIZER_MODEL="m", OPENAI_API_KEY="x",
                    SUMMARIZER_CACHE_DIR=tmp_path, SUMMARIZER_MAX_TRANSPORT_RETRIES=0)


def test_a_run_that_dropped_a_chunk_is_not_cached(tmp_path):
    # A truncated answer drops its chunk. That run is not cached: the next run asks again and,
    # the endpoint having recovered, gets the whole answer (a cached "0 facts" would be served
    # to every later run).
    good = {"mention_id": "m1", "kind": "achievement", "metric": "工业开票销售"}
    server = Server([(200, {}, completion('{"facts": [{"mention_id": "m1"', "length")), ok([good])])
    settings = _settings(server, tmp_path)
    first = summarize_text(TEXT, engine="llm", settings=settings)
    second = summarize_text(TEXT, engine="llm", settings=settings)
    third = summarize_text(TEXT, engine="llm", settings=settings)
    server.close()
    assert len(server.requests) == 2
    assert strict_problems(first) and any("cut off" in w for w in first.checks.warnings)
    assert not second.provenance.cache_hit and strict_problems(second) == []
    assert third.provenance.cache_hit and [f.metric for f in third.achievements] == ["工业开票销售"]


def test_cache_hit_of_a_clean_run_stays_clean(tmp_path):
    good = {"mention_id": "m1", "kind": "achievement", "metric": "工业开票销售"}
    server = Server([ok([good])])
    settings = _settings(server, tmp_path)
    first = summarize_text(TEXT, engine="llm", settings=settings)
    second = summarize_text(TEXT, engine="llm", settings=settings)
    server.close()
    assert second.provenance.cache_hit
    assert strict_problems(first) == strict_problems(second) == []
    assert [f.metric for f in second.achievements] == ["工业开票销售"]


def test_failed_model_call_is_one_stderr_line(tmp_path):
    # instructor logs each failed attempt at ERROR; with no handler Python's last resort printed
    # them next to our one-line error. Run the real CLI: pytest's own log capture would hide it.
    server = Server([(503, {}, {"error": {"message": "down"}})])
    report = tmp_path / "r.txt"
    report.write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "OPENAI_BASE_URL": server.url, "SUMMARIZER_MODEL": "m",
           "OPENAI_API_KEY": "x", "SUMMARIZER_MAX_TRANSPORT_RETRIES": "0"}
    proc = subprocess.run([sys.executable, "-m", "summarizer", "summarize", str(report),
                           "--engine", "llm"], capture_output=True, text=True, env=env, timeout=120)
    server.close()
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 1
    assert len(lines) == 1 and lines[0].startswith("summarizer: "), proc.stderr


def test_schema_echo_is_no_answer_reasked_then_dropped(tmp_path):
    # SmolLM2-135M in JSON mode answered with a copy of the schema; every key of ours has a
    # default, so it used to validate as "no facts" and pass --strict.
    echo = json.dumps({"$defs": {"PickedFact": {"type": "object"}}, "properties": {}})
    good = {"mention_id": "m1", "kind": "achievement", "metric": "工业开票销售"}
    server = Server([(200, {}, completion(echo)), ok([good])])
    fixed = summarize_text(TEXT, engine="llm", settings=_settings(server, tmp_path / "a"))
    server.close()
    assert "no 'facts' or 'actions'" in json.dumps(server.requests[1]["messages"])
    assert fixed.provenance.re_asks == 1 and [f.metric for f in fixed.achievements] == ["工业开票销售"]

    server = Server([(200, {}, completion(echo))] * 3)
    dropped = summarize_text(TEXT, engine="llm", settings=_settings(server, tmp_path / "b"))
    server.close()
    assert dropped.achievements == [] and strict_problems(dropped)
    note = next(w for w in dropped.checks.warnings if "chunk 1 of 1 dropped" in w)
    assert note.startswith("model: chunk 1 of 1 dropped: no valid answer after 2 attempt(s): ")
    assert "no 'facts'" in note
    assert "\n" not in note and "<failed_attempts>" not in note


def test_an_empty_answer_is_still_an_answer(tmp_path):
    server = Server([(200, {}, completion('{"facts": [], "actions": []}'))])
    report = summarize_text(TEXT, engine="llm", settings=_settings(server, tmp_path))
    server.close()
    assert len(server.requests) == 1 and report.provenance.re_asks == 0
    assert strict_problems(report) == []
