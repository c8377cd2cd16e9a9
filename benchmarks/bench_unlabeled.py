"""Offline pipeline speed on the 120 unlabeled development reports (issue 8's speed clause).

Whole real reports, 1954-2026, not generated text: ms per 1,000 characters and median ms per
report of `summarize_path(path, engine="offline")`, plus where the time goes. The stages are
timed inside the real pipeline call by wrapping the functions it calls (load, cleaning,
figures, the engine's extraction and its actions, grounding/verification, English naming), so
the split adds up to the measured total and nothing is run twice. Writes nothing.

Run: make bench   (or: .venv/bin/python benchmarks/bench_unlabeled.py [--dir DIR] [--repeat N]
     [--default-gc]: the collector thresholds are raised as the CLI raises them, unless asked)
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarizer import pipeline
from summarizer.engines import offline
from summarizer.engines.offline import actions as action_rules
from summarizer.runtime import tune_garbage_collector

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "dev" / "unlabeled"

# (stage label, module, attribute): each attribute is looked up at call time by its caller.
STAGES: tuple[tuple[str, Any, str], ...] = (
    ("load", pipeline, "load_path"),
    ("cleaning", pipeline, "clean"),
    ("figures (numbers)", pipeline, "extract_mentions"),
    ("extraction (engine)", offline, "extract"),
    ("  of which actions", action_rules, "extract_actions"),
    ("grounding/verification", pipeline, "ground"),
    ("English naming", pipeline, "name_in_english"),
)


def instrument(totals: dict[str, float]) -> Callable[[], None]:
    """Wrap each stage's function so its time adds to `totals`; returns the undo."""
    originals = []
    for label, module, attr in STAGES:
        original = getattr(module, attr)
        originals.append((module, attr, original))

        def timed(*args: Any, _f: Callable = original, _label: str = label, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return _f(*args, **kwargs)
            finally:
                totals[_label] = totals.get(_label, 0.0) + time.perf_counter() - started

        setattr(module, attr, timed)

    def undo() -> None:
        for module, attr, original in originals:
            setattr(module, attr, original)

    return undo


Pass = tuple[float, float, list[float], list[float], dict[str, float]]


def run_once(files: list[Path]) -> Pass:
    """One pass over all files: wall and CPU seconds, per-report wall and CPU ms, per-stage
    seconds."""
    totals: dict[str, float] = {}
    undo = instrument(totals)
    per: list[float] = []
    per_cpu: list[float] = []
    try:
        started, cpu = time.perf_counter(), time.process_time()
        for path in files:
            t, c = time.perf_counter(), time.process_time()
            pipeline.summarize_path(path, engine="offline")
            per.append((time.perf_counter() - t) * 1000)
            per_cpu.append((time.process_time() - c) * 1000)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        undo()
    return wall, cpu, per, per_cpu, totals


def track_collections() -> Callable[[], float]:
    """Time spent in the garbage collector from now on (read by calling the result)."""
    spent = [0.0]
    started = [0.0]

    def on_collection(phase: str, _info: dict) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            spent[0] += time.process_time() - started[0]

    gc.callbacks.append(on_collection)
    return lambda: spent[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of *.md reports")
    parser.add_argument("--repeat", type=int, default=1, help="passes; the fastest is shown")
    parser.add_argument("--default-gc", action="store_true",
                        help="keep CPython's collector thresholds (the CLI raises them)")
    args = parser.parse_args(argv)
    if not args.default_gc:
        tune_garbage_collector()  # as `summarizer` does: measure what a user runs
    collecting = track_collections()
    files = sorted(args.dir.glob("*.md")) if args.dir.is_dir() else []
    if not files:
        print(f"bench_unlabeled: {args.dir}: no unlabeled reports here (they live in "
              "../shared/corpus/dev/unlabeled); skipped")
        return 0
    chars = sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in files)
    pipeline.summarize_path(files[0], engine="offline")  # warm up imports, OpenCC, regexes
    best: Pass | None = None
    for _ in range(max(1, args.repeat)):
        result = run_once(files)
        if best is None or result[0] < best[0]:
            best = result
    assert best is not None
    wall, cpu, per, per_cpu, totals = best
    print(f"offline pipeline on {args.dir.name}: {len(files)} files, {chars:,} chars")
    print(f"{'total s':<26}{wall:>10.2f}")
    print(f"{'ms per 1000 chars':<26}{wall * 1000 / chars * 1000:>10.2f}")
    # CPU time of this process: steadier than wall time when other work shares the machine
    print(f"{'CPU ms per 1000 chars':<26}{cpu * 1000 / chars * 1000:>10.2f}")
    print(f"{'median ms/report':<26}{statistics.median(per):>10.1f}")
    print(f"{'median CPU ms/report':<26}{statistics.median(per_cpu):>10.1f}")
    print(f"{'max ms/report':<26}{max(per):>10.1f}")
    print(f"{'garbage collection s':<26}{collecting():>10.2f}"
          f"  ({'default' if args.default_gc else 'CLI'} thresholds {gc.get_threshold()})")
    print("stage (total s, share):")
    staged = 0.0
    for label, _module, _attr in STAGES:
        seconds = totals.get(label, 0.0)
        if not label.startswith(" "):
            staged += seconds
        print(f"  {label:<24}{seconds:>8.2f}{seconds / wall:>8.0%}")
    rest = max(0.0, wall - staged)
    print(f"  {'rest (models, source)':<24}{rest:>8.2f}{rest / wall:>8.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
