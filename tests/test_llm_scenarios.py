"""Every way a model or endpoint can be wrong, played by the loopback fake (tests/fake_openai.py)
through the real openai client and pipeline: no fact is verified with an ungrounded field,
nothing is cached from a failure, requests are bounded, errors are one line without the key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest
from fake_openai import KEY, SCENARIOS, TEXT, FakeOpenAI, Reply, answer, correct_facts, play

from summarizer.pipeline import summarize_text
from summarizer.settings import Settings

# scenario -> (verified facts, error class or None, cached after the run)
EXPECT = {
    "correct": (4, None, 1),
    "wrong metric, right id": (3, None, 1),
    "metric from another sentence": (3, None, 1),
    "connector-only metric": (3, None, 1),
    "growth id of another figure": (4, None, 1),
    "kind flipped": (3, None, 1),
    "numbers in period/metric_en/commitment": (4, None, 1),
    "invented id": (3, None, 1),
    "malformed JSON": (0, None, 0),
    "wrong types": (0, None, 0),
    "empty choices": (0, None, 0),
    "HTML body with 200": (0, None, 0),
    "truncated": (0, None, 0),
    "429 then success": (4, None, 1),
    "500 forever": (0, "failed after 3 attempt(s)", 0),
    "timeout": (0, "failed after 2 attempt(s): APITimeoutError", 0),
    "connection reset": (0, "failed after 2 attempt(s): APIConnectionError", 0),
    "5 MB answer": (0, "bytes, more than the", 0),
    "key echoed in a 401 body": (0, "AuthenticationError 401", 0),
}


def test_scenarios_all_have_expectations():
    assert [s.name for s in SCENARIOS] == list(EXPECT)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario_grounded_bounded_uncached_one_line(scenario, tmp_path):
    out = play(scenario, tmp_path / "cache")
    verified, error, cached = EXPECT[scenario.name]
    assert out["ungrounded"] == []  # no verified fact carries a field the source does not support
    assert len(out["verified"]) == verified
    assert out["overflow"] == 0 and out["requests"] <= 4  # bounded: re-asks and retries capped
    assert out["cached"] == cached
    if error is None:
        assert out["error"] is None
        # failures of the answer are said in typed notes: --strict refuses what lost output
        assert bool(out["strict"]) == (verified < 4 or cached == 0)
    else:
        assert error in out["error"] and "\n" not in out["error"]
    blob = json.dumps({k: str(v) for k, v in out.items()}, ensure_ascii=False)
    assert KEY not in blob


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if EXPECT[s.name][2] == 0],
                         ids=[s.name for s in SCENARIOS if EXPECT[s.name][2] == 0])
def test_scenario_failure_is_not_served_after_the_endpoint_recovers(scenario, tmp_path):
    play(scenario, tmp_path / "cache")
    with FakeOpenAI(answer(correct_facts), max_requests=5, lifetime=30) as server:
        settings = Settings(OPENAI_BASE_URL=server.url, SUMMARIZER_MODEL="fake",
                            OPENAI_API_KEY=KEY, SUMMARIZER_CACHE_DIR=tmp_path / "cache",
                            SUMMARIZER_MODE="json")
        report = summarize_text(TEXT, engine="llm", settings=settings)
    assert len(server.requests) == 1 and not report.provenance.cache_hit
    assert report.checks.verified == 4


def test_scenario_salvaged_answer_cache_hit_repeats_the_verdict(tmp_path):
    wrong = next(s for s in SCENARIOS if s.name == "invented id")
    once = play(wrong, tmp_path / "a")
    twice = play(wrong, tmp_path / "b", runs=2)  # the second run is served from the cache
    assert twice["requests"] == once["requests"] == 2 and twice["cache_hit"]
    assert twice["strict"] == once["strict"] != []
    assert [f.metric for f in twice["verified"]] == [f.metric for f in once["verified"]]


def test_scenario_reask_names_what_the_figure_measures(tmp_path):
    wrong = next(s for s in SCENARIOS if s.name == "metric from another sentence")
    with FakeOpenAI(wrong.respond, max_requests=5, lifetime=30) as server:
        settings = Settings(OPENAI_BASE_URL=server.url, SUMMARIZER_MODEL="fake",
                            OPENAI_API_KEY=KEY, SUMMARIZER_CACHE_DIR=tmp_path, SUMMARIZER_MODE="json")
        summarize_text(TEXT, engine="llm", settings=settings)
    reask = json.dumps(server.requests[1]["messages"][-1], ensure_ascii=False)
    assert "'固定资产投资' is not what figure m1 measures" in reask
    assert "the words before it are '园区实现工业开票销售'" in reask


def _env(server: FakeOpenAI, cache) -> dict:
    return {**os.environ, "OPENAI_BASE_URL": server.url, "SUMMARIZER_MODEL": "fake",
            "OPENAI_API_KEY": KEY, "SUMMARIZER_MODE": "json", "SUMMARIZER_CACHE_DIR": str(cache),
            "SUMMARIZER_MAX_TRANSPORT_RETRIES": "0"}


def test_scenario_echoed_key_never_reaches_stderr_or_the_batch_index(tmp_path):
    echo = next(s for s in SCENARIOS if s.name == "key echoed in a 401 body")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text(TEXT, encoding="utf-8")
    with FakeOpenAI(echo.respond, max_requests=5, lifetime=60) as server:
        env = _env(server, tmp_path / "cache")
        one = subprocess.run([sys.executable, "-m", "summarizer", "summarize",
                              str(tmp_path / "in" / "r.txt"), "--engine", "llm"],
                             capture_output=True, text=True, env=env, timeout=120)
        many = subprocess.run([sys.executable, "-m", "summarizer", "batch", str(tmp_path / "in"),
                               "-o", str(tmp_path / "out"), "--engine", "llm"],
                              capture_output=True, text=True, env=env, timeout=120)
    lines = [line for line in one.stderr.splitlines() if line.strip()]
    assert one.returncode == 1 and len(lines) == 1 and "[redacted]" in lines[0]
    index = (tmp_path / "out" / "batch.jsonl").read_text(encoding="utf-8")
    assert "[redacted]" in index and many.returncode == 1
    for text in (one.stdout, one.stderr, many.stdout, many.stderr, index):
        assert KEY not in text


def _slow_correct(delay: float):
    respond = answer(correct_facts)
    return lambda body, n: Reply(**{**respond(body, n).__dict__, "delay": delay})


def test_scenario_simultaneous_misses_in_threads_make_one_call(tmp_path):
    with FakeOpenAI(_slow_correct(0.5), max_requests=10, lifetime=60) as server:
        settings = Settings(OPENAI_BASE_URL=server.url, SUMMARIZER_MODEL="fake",
                            OPENAI_API_KEY=KEY, SUMMARIZER_CACHE_DIR=tmp_path, SUMMARIZER_MODE="json")
        reports: list = []
        threads = [threading.Thread(target=lambda: reports.append(
            summarize_text(TEXT, engine="llm", settings=settings))) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    assert len(server.requests) == 1
    assert len(reports) == 4 and all(r.checks.verified == 4 for r in reports)
    assert sum(not r.provenance.cache_hit for r in reports) == 1


def test_scenario_simultaneous_misses_in_processes_make_one_call(tmp_path):
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    with FakeOpenAI(_slow_correct(1.0), max_requests=10, lifetime=90) as server:
        env = _env(server, tmp_path / "cache")
        procs = [subprocess.Popen([sys.executable, "-m", "summarizer", "summarize",
                                   str(tmp_path / "r.txt"), "--engine", "llm"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
                 for _ in range(3)]
        outs = [p.communicate(timeout=90) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [e for _, e in outs]
    assert len(server.requests) == 1
    hits = [json.loads(o)["provenance"]["cache_hit"] for o, _ in outs]
    assert sorted(hits) == [False, True, True]


def test_public_api_uses_an_injected_client(tmp_path):
    import summarizer
    from summarizer.engines.client import make_client

    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    with FakeOpenAI(answer(correct_facts), max_requests=4, lifetime=30) as server:
        used = Settings(OPENAI_BASE_URL=server.url, SUMMARIZER_MODEL="fake", OPENAI_API_KEY=KEY,
                        SUMMARIZER_MODE="json", SUMMARIZER_USE_CACHE=False)
        # the settings name an endpoint that does not exist: only the injected client can answer
        dead = used.model_copy(update={"openai_base_url": "http://127.0.0.1:9/v1"})
        client = make_client(used)
        from_path = summarizer.summarize(path, engine="llm", settings=dead, client=client)
        from_text = summarizer.summarize_text(TEXT, engine="llm", settings=dead, client=client)
    assert len(server.requests) == 2
    assert from_path.checks.verified == from_text.checks.verified == 4
