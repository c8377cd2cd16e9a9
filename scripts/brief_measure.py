"""Measure the offline English briefs of the shared samples and development excerpts.

    .venv/bin/python scripts/brief_measure.py [--json out.json] [--lines 10] [--seed 10]

For each report: body lines (Markdown bullet, heading and paragraph lines before the footer,
the Caveats and Source wording sections excluded) and how many hold Chinese outside a
bracketed gloss; key figures and targets in the body; whether the title states a year when
the Report has one; figures checked and matched by the number check; metric_en on the
verified facts with the glossary's exact / composed / partial / none shares. Then `--lines`
body lines drawn at random (fixed seed) from the development excerpts' briefs.
Reads ../shared/corpus (never copied into the project).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from summarizer.brief import brief
from summarizer.brief.render import render_brief_markdown
from summarizer.brief.terms import render_term
from summarizer.pipeline import summarize_path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_GLOSS = re.compile(r"\([^()]*\)|（[^（）]*）")
_EXCLUDED = ("## Caveats", "## Source wording")


def corpus_files(shared: Path = SHARED) -> tuple[list[Path], list[Path]]:
    """(samples, development excerpts) present under `shared`."""
    samples = sorted((shared / "samples").glob("*.txt"))
    dev = sorted(p for p in (shared / "dev" / "texts").glob("*") if p.suffix in (".md", ".txt"))
    return samples, dev


def body_lines(markdown: str) -> list[str]:
    """Non-empty lines before the footer, outside the Caveats and Source wording sections."""
    out: list[str] = []
    skipping = False
    for line in markdown.splitlines():
        if line.strip() == "---":
            break
        if line.startswith("## "):
            skipping = line.strip() in _EXCLUDED
            continue
        if line.startswith("#") and not line.startswith("# "):
            continue  # ### group headings are English words of ours
        if line.strip() and not skipping:
            out.append(line)
    return out


def chinese_outside_gloss(line: str) -> bool:
    """True when the line holds a Chinese character outside round brackets (…)/（…）; a quoted
    「…」 is not a gloss."""
    stripped = line
    while True:
        shorter = _GLOSS.sub("", stripped)
        if shorter == stripped:
            break
        stripped = shorter
    return bool(_CJK.search(stripped))


def measure(path: Path) -> dict:
    """The numbers of one report's offline brief."""
    report = summarize_path(path, engine="offline")
    result = brief(report, engine="offline")
    markdown = render_brief_markdown(result)
    lines = body_lines(markdown)
    verified = [f for f in report.facts() if f.verified]
    coverage = Counter(render_term(f.metric).coverage for f in verified)
    year = report.meta.year
    check = result.provenance.check
    return {
        "file": path.name,
        "body_lines": len(lines),
        "chinese_lines": sum(chinese_outside_gloss(line) for line in lines),
        "key_figures": len(result.key_figures),
        "targets": len(result.targets),
        "appendix": len(result.appendix),
        "measures_en": len(result.measures),
        "title": result.title,
        "year": year,
        "title_has_year": year is None or str(year) in result.title,
        "numbers_checked": check.numbers_checked,
        "numbers_matched": check.numbers_matched,
        "verified_facts": len(verified),
        "metric_en": sum(1 for f in verified if f.metric_en),
        "coverage": {k: coverage[k] for k in ("exact", "composed", "partial", "none")},
        "lines": lines,
    }


def totals(rows: list[dict]) -> dict:
    """Sums over rows, with the shares the issue asks for."""
    out = {k: sum(r[k] for r in rows) for k in (
        "body_lines", "chinese_lines", "numbers_checked", "numbers_matched", "verified_facts",
        "metric_en")}
    cov = Counter()
    for r in rows:
        cov.update(r["coverage"])
    n = max(out["verified_facts"], 1)
    out["chinese_share"] = out["chinese_lines"] / max(out["body_lines"], 1)
    out["metric_en_share"] = out["metric_en"] / n
    out["coverage_shares"] = {k: cov[k] / n for k in ("exact", "composed", "partial", "none")}
    out["max_key_figures"] = max((r["key_figures"] for r in rows), default=0)
    out["titles_with_year"] = sum(r["title_has_year"] for r in rows)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write every number (and body lines) here")
    parser.add_argument("--lines", type=int, default=10, help="random dev brief lines to print")
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args(argv)
    samples, dev = corpus_files()
    if not samples and not dev:
        print(f"no corpus under {SHARED}", file=sys.stderr)
        return 1
    groups = {"samples": [measure(p) for p in samples], "dev": [measure(p) for p in dev]}
    groups["all"] = groups["samples"] + groups["dev"]
    for name in ("samples", "dev"):
        print(f"== {name}")
        for r in groups[name]:
            c = r["coverage"]
            print(f"{r['file']:44} lines {r['chinese_lines']:>2}/{r['body_lines']:<3} key "
                  f"{r['key_figures']:>2} tgt {r['targets']} app {r['appendix']:>3} "
                  f"nums {r['numbers_matched']}/{r['numbers_checked']} metric_en "
                  f"{r['metric_en']}/{r['verified_facts']} (e{c['exact']} c{c['composed']} "
                  f"p{c['partial']} n{c['none']}) year {r['year']} | {r['title']}")
    summary = {name: totals(rows) for name, rows in groups.items()}
    for name, t in summary.items():
        shares = " ".join(f"{k} {v:.0%}" for k, v in t["coverage_shares"].items())
        print(f"TOTAL {name}: Chinese outside gloss {t['chinese_lines']}/{t['body_lines']} "
              f"({t['chinese_share']:.1%}); max key figures {t['max_key_figures']}; titles with "
              f"year {t['titles_with_year']}; numbers {t['numbers_matched']}/"
              f"{t['numbers_checked']}; metric_en {t['metric_en']}/{t['verified_facts']} "
              f"({t['metric_en_share']:.1%}): {shares}")
    pool = [line for r in groups["dev"] for line in r["lines"] if line.startswith("- ")]
    picked = random.Random(args.seed).sample(pool, min(args.lines, len(pool)))
    print(f"== {len(picked)} random body lines of the development briefs (seed {args.seed})")
    for line in picked:
        print(line)
    if args.json:
        args.json.write_text(json.dumps({"reports": groups["all"], "totals": summary,
                                         "random_lines": picked}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
