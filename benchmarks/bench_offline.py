"""Offline engine speed: a few hundred generated reports, one core, plain loop. Writes nothing.

Run: make bench   (or: .venv/bin/python benchmarks/bench_offline.py [--n 300] [--seed 1])
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from pathlib import Path

from summarizer.pipeline import summarize_text
from summarizer.text.load import load_bytes

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "samples"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def base_texts() -> list[str]:
    """Example reports (HTML pages as their visible text) plus the shared samples if present."""
    paths = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "examples").glob("*.html"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.txt"))
    return [load_bytes(p.read_bytes(), p.name).text for p in paths]


def vary(text: str, rng: random.Random) -> str:
    """Shuffle paragraphs after the first and scale every number a little."""
    paras = text.split("\n")
    head, body = paras[:1], paras[1:]
    rng.shuffle(body)

    def bump(match: re.Match[str]) -> str:
        raw = match.group(0)
        value = float(raw) * rng.uniform(0.8, 1.25)
        return f"{value:.{len(raw.split('.')[1])}f}" if "." in raw else str(max(1, round(value)))

    return _NUMBER.sub(bump, "\n".join(head + body))


def stage_times(text: str) -> dict[str, float]:
    """One report timed stage by stage (ms)."""
    from summarizer.engines import offline
    from summarizer.text.clean import clean
    from summarizer.text.numbers import extract_mentions

    marks: dict[str, float] = {}
    t0 = time.perf_counter()
    loaded = load_bytes(text.encode("utf-8"), "bench.txt")
    t1 = time.perf_counter()
    doc = clean(loaded.text)
    t2 = time.perf_counter()
    mentions = extract_mentions(doc)
    t3 = time.perf_counter()
    offline.extract(doc, mentions)
    t4 = time.perf_counter()
    marks.update(load=t1 - t0, clean=t2 - t1, numbers=t3 - t2, engine=t4 - t3)
    return {k: v * 1000 for k, v in marks.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=300, help="reports to generate")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bases = base_texts()
    texts = [vary(bases[i % len(bases)], rng) for i in range(args.n)]
    for text in texts[:5]:  # warm up imports, OpenCC, regex caches
        summarize_text(text, engine="offline")
    per: list[float] = []
    chars = 0
    started = time.perf_counter()
    for text in texts:
        t = time.perf_counter()
        summarize_text(text, engine="offline")
        per.append((time.perf_counter() - t) * 1000)
        chars += len(text)
    wall = time.perf_counter() - started
    per.sort()
    p90 = per[int(0.9 * (len(per) - 1))]
    stages: dict[str, list[float]] = {}
    for text in texts[:50]:
        for name, ms in stage_times(text).items():
            stages.setdefault(name, []).append(ms)
    total_pipeline = statistics.median(per)
    staged = sum(statistics.median(v) for v in stages.values())
    print(f"offline engine: {len(texts)} reports from {len(bases)} bases, "
          f"mean {chars // len(texts)} chars")
    print(f"{'median ms/report':<22}{statistics.median(per):>10.2f}")
    print(f"{'p90 ms/report':<22}{p90:>10.2f}")
    print(f"{'reports/second':<22}{len(texts) / wall:>10.1f}")
    print("stage (median ms, first 50 reports):")
    for name, values in stages.items():
        print(f"  {name:<20}{statistics.median(values):>10.2f}")
    print(f"  {'verify+rest':<20}{max(0.0, total_pipeline - staged):>10.2f}")


if __name__ == "__main__":
    main()
