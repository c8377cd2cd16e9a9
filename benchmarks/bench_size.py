"""Time and peak memory against input size (1, 5, 20, 50 MB): the pipeline must stay linear.

Each size runs in its own process (`summarizer summarize --engine offline -f json`), so its peak
resident memory is its own. The input is whole reports of the genre laid end to end until the
size is reached: `../shared/corpus/dev/unlabeled` when present (real density of figures), else
the project's examples. Measured: wall time, CPU time, peak RSS, facts.

Run: .venv/bin/python benchmarks/bench_size.py [MB ...]   (default 1 5 20 50; 50 MB takes minutes)
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "unlabeled"


def sources() -> list[Path]:
    found = sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []
    return found or sorted((ROOT / "examples").glob("*.txt"))


def make_input(path: Path, megabytes: float) -> int:
    """Write whole reports until `megabytes` of UTF-8; returns the character count."""
    target = int(megabytes * 1_000_000)
    texts = [p.read_text(encoding="utf-8") for p in sources()]
    size = chars = 0
    with path.open("w", encoding="utf-8") as out:
        i = 0
        while size < target:
            text = texts[i % len(texts)]
            out.write(text if text.endswith("\n") else text + "\n")
            size += len(text.encode("utf-8"))
            chars += len(text)
            i += 1
    return chars


def run_one(path: Path) -> dict:
    out = path.with_suffix(".json")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "summarize", str(path), "-e", "offline",
         "-o", str(out), "--max-chars", "0"],
        capture_output=True, cwd=ROOT, env={**os.environ, "OPENAI_API_KEY": ""},
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr.decode())
    report = json.loads(out.read_text(encoding="utf-8"))
    return {
        "wall_s": wall,
        "cpu_s": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "peak_mb": after.ru_maxrss / 1024,  # the largest child so far: sizes run smallest first
        "facts": len(report["achievements"]) + len(report["targets"]),
        "actions": len(report["actions"]),
    }


def main(sizes: list[float]) -> None:
    print(f"input: {len(sources())} reports from {CORPUS if CORPUS.is_dir() else ROOT / 'examples'}")
    print(f"{'MB':>5} {'chars':>11} {'facts':>8} {'wall s':>8} {'cpu s':>8} {'µs/char':>8} {'peak MB':>8}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sorted(sizes):
            path = Path(tmp) / f"report-{mb:g}mb.md"
            chars = make_input(path, mb)
            row = run_one(path) | {"mb": mb, "chars": chars}
            rows.append(row)
            print(f"{mb:>5g} {chars:>11,} {row['facts']:>8,} {row['wall_s']:>8.1f} {row['cpu_s']:>8.1f} "
                  f"{row['cpu_s'] / chars * 1e6:>8.2f} {row['peak_mb']:>8.0f}", flush=True)
            path.unlink()
    by_mb = {r["mb"]: r for r in rows}
    if 5 in by_mb and 50 in by_mb:
        print(f"50 MB / 5 MB: cpu x{by_mb[50]['cpu_s'] / by_mb[5]['cpu_s']:.1f}, "
              f"wall x{by_mb[50]['wall_s'] / by_mb[5]['wall_s']:.1f} (linear: x10; limit x12)")


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [1, 5, 20, 50])
