"""Corpus throughput: one process (batch, one worker thread) vs a Dask LocalCluster.

Generates reports from the examples (shuffled paragraphs, changed numbers, as bench_offline
does), summarizes them offline into JSON outputs + index + facts table, once with
`run_batch(jobs=1)` in this process and once with `summarize_corpus` on a LocalCluster of
`--workers` processes (one thread each). Writes nothing outside a temporary directory.

Run: make bench-dask   (or: .venv/bin/python benchmarks/bench_dask.py [--n 400] [--workers 2])
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_offline import base_texts, vary  # noqa: E402

from summarizer.batch import plan_outputs, run_batch  # noqa: E402
from summarizer.distributed import resolve_inputs, summarize_corpus  # noqa: E402
from summarizer.settings import Settings  # noqa: E402


def make_corpus(folder: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    texts = base_texts()
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:04d}.txt").write_text(vary(texts[i % len(texts)], rng), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=400, help="reports")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    import distributed

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / "in"
        make_corpus(src, args.n, args.seed)
        print(f"{args.n} generated reports, offline engine, {os.cpu_count()} CPU(s)")
        items = plan_outputs(resolve_inputs(src), tmp_path / "one", ".json")
        started, cpu = time.perf_counter(), time.process_time()
        run_batch(items, out_dir=tmp_path / "one", engine="offline", settings=Settings(), jobs=1)
        one, one_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"  one process (batch --jobs 1): {one:6.2f} s  {args.n / one:6.1f} reports/s  "
              f"(CPU {one_cpu / args.n * 1000:.1f} ms per report)")
        started = time.perf_counter()
        cluster = distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                           processes=True, host="127.0.0.1",
                                           dashboard_address=None, silence_logs=40)
        client = distributed.Client(cluster)
        startup = time.perf_counter() - started
        try:
            client.run(lambda: __import__("summarizer.pipeline"))  # warm: imports on workers
            before = sum(client.run(time.process_time).values())
            started, cpu = time.perf_counter(), time.process_time()
            result = summarize_corpus(src, tmp_path / "dask", client=client, engine="offline")
            dask, client_cpu = time.perf_counter() - started, time.process_time() - cpu
            workers_cpu = sum(client.run(time.process_time).values()) - before
        finally:
            client.close()
            cluster.close()
        assert result.count("ok") == args.n, [i.error for i in result.items if i.error][:3]
        print(f"  LocalCluster, {args.workers} worker processes: {dask:6.2f} s  "
              f"{args.n / dask:6.1f} reports/s  (x{one / dask:.2f}; cluster start-up "
              f"{startup:.1f} s not included)")
        print(f"    CPU per report: workers {workers_cpu / args.n * 1000:.1f} ms, client (writes "
              f"outputs, index, facts; runs the scheduler) {client_cpu / args.n * 1000:.1f} ms")


if __name__ == "__main__":
    main()
