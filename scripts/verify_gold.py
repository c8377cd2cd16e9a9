"""How many GOLD facts the claim checks accept: a check that rejects true facts is wrong.

    python scripts/verify_gold.py ../shared/corpus/dev/gold ../shared/corpus/dev/texts [--show N]

Builds each gold fact as an engine would propose it (metric, value, growth, period, kind,
quote located in the source), grounds it and prints the rejections by field and reason.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from summarizer.models import Achievement, Evidence, Target
from summarizer.text.clean import clean
from summarizer.text.load import load_path
from summarizer.text.numbers import extract_mentions
from summarizer.verify import ground_fact, locate, mentions_in, values_match
from summarizer.verify.claims import check_claims
from summarizer.verify.ground import expected_normalized
from summarizer.verify.scope import Scope


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("samples", type=Path)
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    total = accepted = 0
    for gold_path in sorted(args.gold.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        sample = next(args.samples.glob(gold_path.stem + ".*"), None)
        if sample is None:
            continue
        doc = clean(load_path(sample).text)
        mentions = extract_mentions(doc)
        scope = Scope(doc, mentions)
        for g in gold["facts"]:
            total += 1
            span = locate(g["quote"], doc)
            if span is None or g["value_normalized"] is None:
                counts[("quote", "not located")] += 1
                continue
            value = float(g["value_normalized"]) if not str(g["value"]).startswith("第") else 0.0
            common = dict(
                metric=g["metric"], value=value, value_text=str(g["value"]), unit=None,
                value_normalized=g["value_normalized"], growth_pct=g["growth_pct"],
                period=g["period"], qualifier=g["qualifier"],
                evidence=Evidence(quote=doc.text[span[0]:span[1]], start=span[0], end=span[1]),
            )
            fact = Target(**common) if g["kind"] == "target" else Achievement(**common)
            grounded = ground_fact(fact, doc, mentions, scope=scope)
            if grounded.verified:
                accepted += 1
                continue
            s, e = grounded.evidence.start, grounded.evidence.end
            figure = next((m for m in mentions_in(mentions, s, e)
                           if values_match(m.value_normalized, expected_normalized(grounded))), None)
            if figure is None:
                counts[("value", "no mention")] += 1
                examples[("value", "no mention")].append(f"{sample.name}: {g['metric']} {g['value']} | {g['quote']}")
                continue
            for f in check_claims(grounded, scope, figure):
                if f.failed:
                    key = (f.field.value, f.why.value if f.why else "")
                    counts[key] += 1
                    examples[key].append(
                        f"{sample.name}: [{g['kind']}] '{g['metric']}' {figure.raw} growth={g['growth_pct']} "
                        f"period={g['period']} found={f.found!r} | {g['quote']!r}"
                    )
    print(f"{accepted} of {total} gold facts accepted")
    for (field, why), n in counts.most_common():
        print(f"{n:4d}  {field:10s} {why}")
        for line in examples[(field, why)][: args.show]:
            print("        " + line.replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
