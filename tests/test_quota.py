"""Rate limits shared by every worker: --rpm/--tpm spacing and a 429's Retry-After for all."""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from loopback import BOUND_REACHED, LoopbackServer, send

from summarizer.batch import plan_outputs, run_batch
from summarizer.engines.quota import Quota, estimate_tokens, retry_after_seconds
from summarizer.settings import Settings

ANSWER = {
    "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {
        "role": "assistant", "content": json.dumps({"facts": [], "actions": []})}}],
    "usage": {"prompt_tokens": 900, "completion_tokens": 100, "total_tokens": 1000},
}


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_quota_spreads_requests_evenly():
    clock = FakeClock()
    quota = Quota(rpm=60, clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(4):
        quota.acquire()
        starts.append(clock.now)
    assert starts == [0.0, 1.0, 2.0, 3.0]


def test_quota_pays_tokens_and_corrects_with_reported_usage():
    clock = FakeClock()
    quota = Quota(tpm=6000, clock=clock, sleep=clock.sleep)  # 100 tokens a second
    quota.acquire(500)
    assert clock.now == 0.0  # the first request goes at once
    quota.settle(500, 200)  # it used less than estimated: 3 s credited back
    quota.acquire(100)
    assert abs(clock.now - 2.0) < 1e-9


def test_quota_pause_holds_back_every_caller():
    clock = FakeClock()
    quota = Quota(clock=clock, sleep=clock.sleep)
    quota.pause(5)
    assert quota.acquire() == 5.0 and quota.pauses == 1


def test_quota_parses_retry_after_and_estimates_tokens():
    assert retry_after_seconds("2") == 2.0 and retry_after_seconds(None) is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    body = json.dumps({"messages": [{"role": "user", "content": "园区实现销售abcdefgh"}],
                       "max_tokens": 100}).encode()
    assert estimate_tokens(body) == 6 + 2 + 100


class Server(LoopbackServer):
    """Loopback model server: answers ANSWER after `delay`; the first request gets a 429 with
    Retry-After when `first_429` is set. Records when each request arrived. Bounded
    (tests/loopback.py): 200 requests, 120 s; closed by the test."""

    def __init__(self, delay: float = 0.1, first_429: float | None = None) -> None:
        self.arrivals: list[float] = []
        self.rejected_at: float | None = None
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers["content-length"]))
                outer.arrivals.append(time.monotonic())
                if not outer.admit():
                    return send(self, 503, BOUND_REACHED)
                if first_429 is not None and outer.rejected_at is None:
                    outer.rejected_at = time.monotonic()
                    return send(self, 429, json.dumps({"error": {"message": "slow down"}}).encode(),
                                {"retry-after": str(first_429)})
                time.sleep(delay)
                send(self, 200, json.dumps(ANSWER).encode())

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(Handler, max_requests=200, lifetime=120.0)


def _reports(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n):
        path = folder / f"r{i}.txt"
        path.write_text(f"园区{i}号实现工业开票销售{40 + i}.5亿元。\n", encoding="utf-8")
        paths.append(path)
    return paths


def _batch(tmp_path: Path, url: str, n: int, **limits) -> None:
    settings = Settings(OPENAI_BASE_URL=url, OPENAI_API_KEY="sk-test-not-a-key",
                        SUMMARIZER_MODEL="m", SUMMARIZER_MODE="json", SUMMARIZER_USE_CACHE=False,
                        **limits)
    items = plan_outputs(_reports(tmp_path / "in", n), tmp_path / "out", ".json")
    result = run_batch(items, out_dir=tmp_path / "out", engine="llm", settings=settings, jobs=4)
    assert result.count("ok") == n, [i.error for i in items if i.error]


def test_rpm_is_shared_by_all_workers(tmp_path):
    server = Server(delay=0.0)
    try:
        _batch(tmp_path, server.url, 6, SUMMARIZER_RPM=300)  # one request every 0.2 s
    finally:
        server.close()
    gaps = [b - a for a, b in zip(server.arrivals, server.arrivals[1:], strict=False)]
    assert len(server.arrivals) == 6, gaps
    # 4 workers, yet spaced: slots 0.2 s apart (1.0 s in all). Arrivals lag their slots by the
    # client's own latency, the first one most (connection set-up), so allow one short gap and
    # some slack; unshared limits would send four requests at once (span ~0.2 s, gaps ~0).
    assert server.arrivals[-1] - server.arrivals[0] >= 0.7, gaps
    assert sorted(gaps)[1] > 0.1, gaps


def test_429_with_retry_after_pauses_every_worker(tmp_path):
    server = Server(delay=0.15, first_429=1.0)
    try:
        _batch(tmp_path, server.url, 8)
    finally:
        server.close()
    t0 = server.rejected_at
    assert t0 is not None
    during = [t - t0 for t in server.arrivals if t0 + 0.25 < t < t0 + 0.9]
    assert during == [], f"requests sent during the pause: {during}"
    assert len(server.arrivals) == 9  # 8 answers + the rejected request


def test_cli_rpm_and_tpm_flags_reach_the_settings():
    from summarizer.cli import _settings

    settings = _settings(rpm=30, tpm=90000)
    assert (settings.rpm, settings.tpm) == (30, 90000)
