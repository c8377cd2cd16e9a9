"""Draw facts at random from the offline engine's output on the unlabeled development reports.

For judging by reading (issue 8): each drawn fact is printed with its kind, metric, value, unit,
growth and period, and the sentence it stands in, so a reader can say whether it is fully right.
The draw is fixed by --seed, so two runs of the same code show the same facts.

Run: .venv/bin/python scripts/sample_facts.py [--n 60] [--seed 8] [--dir ../shared/corpus/dev/unlabeled]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from summarizer.pipeline import summarize_path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "dev" / "unlabeled"
SENTENCE_END = re.compile(r"[。！？!?\n]")


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence (up to 。！？ or a line break) around [start, end)."""
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    right = SENTENCE_END.search(text, end)
    return text[left : right.end() if right else len(text)].strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60, help="facts to draw (default 60)")
    parser.add_argument("--seed", type=int, default=8, help="random seed (default 8)")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of *.md reports")
    args = parser.parse_args(argv)
    files = sorted(args.dir.glob("*.md"))
    if not files:
        print(f"sample_facts: {args.dir}: no *.md reports; pass --dir", file=sys.stderr)
        return 2
    pool = []
    for path in files:
        report = summarize_path(path, engine="offline")
        text = path.read_text(encoding="utf-8")
        for fact in report.facts():
            pool.append((path.name, type(fact).__name__, fact, text))
    drawn = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    print(f"{len(drawn)} of {len(pool)} facts from {len(files)} reports (seed {args.seed})\n")
    for i, (name, kind, fact, text) in enumerate(drawn, 1):
        growth = f", growth {fact.growth_pct:g}%" if fact.growth_pct is not None else ""
        rank = f", rank {fact.rank}" if fact.rank else ""
        qualifier = f", qualifier {fact.qualifier}" if fact.qualifier else ""  # 前10: top ten
        print(f"{i:2d}. {name} | {kind} | {fact.metric} = {fact.value_text} {fact.unit or ''}{growth}{rank}{qualifier} | period {fact.period}")
        print(f"    {sentence_of(text, fact.evidence.start, fact.evidence.end)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
