"""Batch concurrency, cache and rate limits, measured: LLM-engine batches against a loopback
OpenAI-compatible server that answers after a fixed delay (a stand-in for model latency).

The server's answers are authored (an empty, valid extraction): this measures our pipeline's
concurrency and cache, not a model. Writes nothing outside a temporary directory.

Run: make bench-batch   (or: .venv/bin/python benchmarks/bench_batch.py [--n 24] [--delay 0.3])
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from summarizer.batch import plan_outputs, run_batch
from summarizer.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
ANSWER = {
    "id": "chatcmpl-bench", "object": "chat.completion", "created": 0, "model": "bench",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {
        "role": "assistant", "content": json.dumps({"facts": [], "actions": []})}}],
    "usage": {"prompt_tokens": 1000, "completion_tokens": 10, "total_tokens": 1010},
}


def serve(delay: float) -> tuple[ThreadingHTTPServer, str, list[float]]:
    """A threaded server: every POST sleeps `delay` seconds, then answers ANSWER. Returns the
    arrival time of every request."""
    count: list[float] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers["content-length"]))
            count.append(time.monotonic())
            time.sleep(delay)
            data = json.dumps(ANSWER).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/v1", count


def make_inputs(folder: Path, n: int) -> list[Path]:
    """n distinct small reports (distinct text, so no two share a cache entry)."""
    paths = []
    for i in range(n):
        path = folder / f"r{i:03d}.txt"
        path.write_text(
            f"园区{i}号上半年实现工业开票销售{40 + i}.5亿元，同比增长{i % 9 + 1}%。\n"
            f"力争全年固定资产投资达到{90 + i}亿元。\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def timed_batch(paths: list[Path], out: Path, settings: Settings, jobs: int) -> tuple[float, int]:
    items = plan_outputs(paths, out, ".json")
    started = time.perf_counter()
    run_batch(items, out_dir=out, engine="llm", settings=settings, jobs=jobs, force=True)
    hits = sum(1 for i in items if i.report is not None and i.report.provenance.cache_hit)
    assert all(i.status == "ok" for i in items), [i.error for i in items if i.error]
    return time.perf_counter() - started, hits


def rate_limits(paths: list[Path], tmp_path: Path, base: dict, arrivals: list[float]) -> None:
    """The quota's cost when it never binds, and the request rate it holds when it does."""
    free = Settings(**base, SUMMARIZER_USE_CACHE=False)
    loose = Settings(**base, SUMMARIZER_USE_CACHE=False, SUMMARIZER_RPM=1_000_000,
                     SUMMARIZER_TPM=1_000_000_000)
    runs = {"no limits": [], "--rpm 1e6 --tpm 1e9": []}
    for i in range(3):  # alternate, so machine load hits both alike
        for label, settings in (("no limits", free), ("--rpm 1e6 --tpm 1e9", loose)):
            seconds, _ = timed_batch(paths, tmp_path / f"q{i}{len(label)}", settings, 8)
            runs[label].append(seconds)
    best = {label: min(times) for label, times in runs.items()}
    overhead = (best["--rpm 1e6 --tpm 1e9"] - best["no limits"]) / len(paths) * 1000
    print(f"  quota, jobs=8 (best of 3): no limits {best['no limits']:.2f} s, limits that never "
          f"bind {best['--rpm 1e6 --tpm 1e9']:.2f} s ({overhead:+.1f} ms per report)")
    rpm = 240
    bound = Settings(**base, SUMMARIZER_USE_CACHE=False, SUMMARIZER_RPM=rpm)
    first = len(arrivals)
    seconds, _ = timed_batch(paths, tmp_path / "rpm", bound, 8)
    times = arrivals[first:]
    measured = (len(times) - 1) / (times[-1] - times[0]) * 60 if len(times) > 1 else 0.0
    print(f"  --rpm {rpm}, jobs=8: {seconds:.2f} s, {len(times)} requests at {measured:.0f} "
          "requests/min (the limit, shared by all 8 workers)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=24, help="reports per batch")
    parser.add_argument("--delay", type=float, default=0.3, help="server latency per request (s)")
    args = parser.parse_args()
    httpd, url, count = serve(args.delay)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = Path(tmp)
            paths = make_inputs(tmp_path, args.n)
            print(f"{args.n} reports, {args.delay:.2f} s per model request (loopback server)")
            base = dict(OPENAI_BASE_URL=url, OPENAI_API_KEY="bench", SUMMARIZER_MODEL="bench",
                        SUMMARIZER_MODE="json")
            serial = None
            for jobs in (1, 4, 8):
                settings = Settings(**base, SUMMARIZER_USE_CACHE=False)
                seconds, _ = timed_batch(paths, tmp_path / f"out{jobs}", settings, jobs)
                serial = serial or seconds
                print(f"  jobs={jobs}: {seconds:6.2f} s  {args.n / seconds:6.1f} reports/s  "
                      f"speed-up x{serial / seconds:.1f}")
            cached = Settings(**base, SUMMARIZER_CACHE_DIR=tmp_path / "cache")
            before = len(count)
            cold, _ = timed_batch(paths, tmp_path / "cold", cached, 8)
            warm, hits = timed_batch(paths, tmp_path / "warm", cached, 8)
            print(f"  cache, jobs=8: cold {cold:.2f} s, warm {warm:.2f} s "
                  f"({hits}/{args.n} cache hits, {len(count) - before} requests in both runs)")
            rate_limits(paths, tmp_path, base, count)
    finally:
        httpd.shutdown()


if __name__ == "__main__":
    main()
