"""How often the offline engine's report metadata comes out right on the unlabeled reports.

The 120 unlabeled development reports carry no gold, but their file names say what they are:
`u028-gzbg-主要城市-天津市-2013.md` is Tianjin's government work report of 2013 (delivered
early that year, so it reviews 2012), `u018-nbs-2024.md` the national statistical communiqué
on 2024, `u004-plan-2021-十四五规划纲要.md` a national five-year plan outline. From the name this
script expects, per field:

- government work report (gzbg): issuer `<region>人民政府` (国务院 for the State Council),
  region the named area (全国 or 中华人民共和国 for the State Council), period naming the year
  `<year-1>` and no other (2020年, or a review heading's “十三五”时期和2020年), doc_type
  `gov_work_report`;
- national communiqué (nbs): issuer 国家统计局, region national, period `<year>年`, doc_type
  `statistical_communique`;
- five-year plan outline (plan): region national, doc_type `development_plan` (issuer and
  period are not scored: the outline names a plan period, not one year).

A few file names are themselves off (a report filed under the year it reviews); the script
counts those as misses, so read the listed mismatches (`-v`) before calling a rule wrong.

Run: .venv/bin/python scripts/meta_check.py [-v] [--dir ../shared/corpus/dev/unlabeled] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from summarizer.pipeline import summarize_path
from summarizer.text.periods import years_in

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "dev" / "unlabeled"
FIELDS = ("issuer", "region", "period", "doc_type")
NATIONAL = {"全国", "中华人民共和国"}
GZBG = re.compile(r"u\d+-gzbg-(?:(国务院)|[^-]+-([^-]+))-(\d{4})\.md$")
NBS = re.compile(r"u\d+-nbs-(\d{4})\.md$")
PLAN = re.compile(r"u\d+-plan-(\d{4})-.*\.md$")


class YearOnly:
    """A period is right when every year it names is this one (2020年, 2020年和“十三五”时期)."""

    def __init__(self, year: int) -> None:
        self.year = year

    def __contains__(self, period: object) -> bool:
        return isinstance(period, str) and years_in(period) == [self.year]

    def __iter__(self):
        return iter([f"{self.year}年"])


def expected(name: str) -> dict[str, object] | None:
    """Per field, the set of right answers the file name implies (None: not scored)."""
    if m := GZBG.match(name):
        council, place, year = m.group(1), m.group(2), int(m.group(3))
        return {
            "issuer": {"国务院"} if council else {f"{place}人民政府"},
            "region": NATIONAL if council else {place},
            "period": YearOnly(year - 1),
            "doc_type": {"gov_work_report"},
        }
    if m := NBS.match(name):
        return {
            "issuer": {"国家统计局"},
            "region": NATIONAL,
            "period": {f"{m.group(1)}年"},
            "doc_type": {"statistical_communique"},
        }
    if PLAN.match(name):
        return {"issuer": None, "region": NATIONAL, "period": None, "doc_type": {"development_plan"}}
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of u*.md reports")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    parser.add_argument("--json", type=Path, help="write per-file predictions and counts here")
    args = parser.parse_args(argv)
    files = sorted(args.dir.glob("u*.md"))
    if not files:
        print(f"meta_check: {args.dir}: no u*.md reports; pass --dir", file=sys.stderr)
        return 2
    right = dict.fromkeys(FIELDS, 0)
    scored = dict.fromkeys(FIELDS, 0)
    rows = []
    for path in files:
        want = expected(path.name)
        if want is None:
            continue
        meta = summarize_path(path, engine="offline").meta
        row: dict[str, object] = {"file": path.name}
        for name in FIELDS:
            got = getattr(meta, name)
            row[name] = got
            if want[name] is None:
                continue
            scored[name] += 1
            if got in want[name]:
                right[name] += 1
            elif args.verbose:
                print(f"{path.name}: {name} {got!r}, expected {' or '.join(sorted(want[name]))}")
        rows.append(row)
    print(f"{len(rows)} reports")
    for name in FIELDS:
        print(f"{name:9s} {right[name]:3d} / {scored[name]:3d} right")
    if args.json:
        counts = {n: {"right": right[n], "scored": scored[n]} for n in FIELDS}
        args.json.write_text(json.dumps({"counts": counts, "files": rows}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
