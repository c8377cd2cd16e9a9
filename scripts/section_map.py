"""Print a report's section map: each paragraph's start, the mode the engine reads there, and
the kinds of the facts it yields.

For reading a whole report against its sections (issue 8, class 2): a review paragraph read as
a plan, or a plan part read as a review, shows as a line whose mode does not fit its words.
Each line: the mode at the paragraph's start (review / plan / neutral, with `>mode` when a
switch falls inside it), the counts of achievements (A) and targets (T) the offline engine
builds from its figures, and the paragraph's first characters. `--changes` prints only the
paragraphs that start a new mode or are headings, so a long report fits on a screen.

Run: .venv/bin/python scripts/section_map.py FILE.md [FILE.md ...] [--changes] [--width 40]
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_left
from pathlib import Path

from summarizer.engines import offline
from summarizer.models import Achievement
from summarizer.text.clean import clean
from summarizer.text.load import load_path
from summarizer.text.numbers import extract_mentions
from summarizer.text.sections import Sections
from summarizer.text.segment import is_heading

NAMES = {"summary": "review", "plan": "plan", None: "neutral"}


def section_map(path: Path, *, changes: bool, width: int) -> list[str]:
    """The lines of the map of one report (a header line first)."""
    loaded = load_path(path)
    doc = clean(loaded.text, loaded.chrome, loaded.mask)
    sections = Sections.of(doc)
    draft = offline.extract(doc, extract_mentions(doc))
    facts = sorted(
        ((f.evidence.start, isinstance(f, Achievement)) for f in [*draft.achievements, *draft.targets]),
    )
    starts = [s for s, _ in facts]
    switch_at = [p for p, _ in sections.switches]
    out = [f"== {path.name}: report year {sections.year}, {len(draft.achievements)} A / {len(draft.targets)} T"]
    pos = 0
    previous = "start"
    for line in doc.norm.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped or not doc.is_kept(start + len(line) - len(line.lstrip()), end):
            continue
        mode = NAMES[sections.at(start)]
        inside = [NAMES[m] for p, m in sections.switches if start < p < end]
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        a = sum(1 for _, ach in facts[lo:hi] if ach)
        t = (hi - lo) - a
        heading = is_heading(stripped) or (len(stripped) <= 40 and not stripped.endswith("。"))
        new = mode != previous or bool(inside) or bisect_left(switch_at, start) < len(switch_at) and (
            switch_at[bisect_left(switch_at, start)] == start
        )
        previous = inside[-1] if inside else mode
        if changes and not (new or heading):
            continue
        switch = "".join(f">{m}" for m in inside)
        mark = "#" if heading else " "
        out.append(f"{mode:8s}{switch:10s} A{a:<3d} T{t:<3d}{mark} {stripped[:width]}")
    return out


def fact_lines(path: Path) -> list[str]:
    """One line per fact the offline engine builds: file, offset, kind, section mode, metric,
    value, period and the sentence start (diff two runs to see which facts changed kind)."""
    loaded = load_path(path)
    doc = clean(loaded.text, loaded.chrome, loaded.mask)
    sections = Sections.of(doc)
    draft = offline.extract(doc, extract_mentions(doc))
    out = []
    for fact in sorted([*draft.achievements, *draft.targets], key=lambda f: f.evidence.start):
        kind = "A" if isinstance(fact, Achievement) else "T"
        start = fact.evidence.start
        left = max(doc.norm.rfind(c, 0, start) for c in "。\n") + 1
        out.append(
            f"{path.name[:4]} {start:6d} {kind} {NAMES[sections.at(start)]:7s} {fact.metric} = {fact.value_text}"
            f" | period {fact.period} | {doc.norm[left:start + 20].strip()[-60:]}"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="reports (*.md, *.txt, …)")
    parser.add_argument("--changes", action="store_true", help="only headings and mode changes")
    parser.add_argument("--width", type=int, default=40, help="characters of each paragraph shown")
    parser.add_argument("--facts", action="store_true", help="one line per fact instead: kind, mode, metric, value, period")
    args = parser.parse_args(argv)
    for path in args.files:
        if not path.is_file():
            print(f"section_map: {path}: no such file; pass a report's path", file=sys.stderr)
            return 2
        lines = fact_lines(path) if args.facts else section_map(path, changes=args.changes, width=args.width)
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
