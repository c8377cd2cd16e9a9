"""What the claim checks reject among the offline engine's facts, by field and reason.

    python scripts/verify_rejections.py ../shared/corpus/dev/texts [--show N]

Runs the offline engine on every file of the folder with unverified facts kept, re-reads each
rejected fact's findings and prints a count per (field, reason), then up to N examples each.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from summarizer.engines import offline
from summarizer.models import Target
from summarizer.text.clean import clean
from summarizer.text.load import load_path
from summarizer.text.numbers import extract_mentions
from summarizer.verify import ground_fact, mentions_in, values_match
from summarizer.verify.claims import check_claims
from summarizer.verify.ground import expected_normalized
from summarizer.verify.scope import Scope


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", type=int, default=3, help="examples per class")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    total = rejected = 0
    for path in sorted(p for p in args.folder.iterdir() if p.suffix in {".txt", ".md", ".html"}):
        loaded = load_path(path)
        doc = clean(loaded.text)
        mentions = extract_mentions(doc)
        scope = Scope(doc, mentions)
        draft = offline.extract(doc, mentions)
        for fact in [*draft.achievements, *draft.targets]:
            total += 1
            grounded = ground_fact(fact, doc, mentions, scope=scope)
            if grounded.verified:
                continue
            rejected += 1
            s, e = grounded.evidence.start, grounded.evidence.end
            figure = next((m for m in mentions_in(mentions, s, e)
                           if values_match(m.value_normalized, expected_normalized(grounded))), None)
            kind = "target" if isinstance(fact, Target) else "achievement"
            if figure is None:
                key = ("value", "value_mismatch")
                counts[key] += 1
                examples[key].append(f"{path.name}: {fact.metric} {fact.value_text}")
                continue
            for f in check_claims(grounded, scope, figure):
                if f.failed:
                    key = (f.field.value, f.why.value if f.why else "")
                    counts[key] += 1
                    examples[key].append(
                        f"{path.name}: [{kind}] '{fact.metric}' {figure.raw} growth={fact.growth_pct} "
                        f"period={fact.period} found={f.found!r} | {doc.text[max(0, s - 10):e + 10]!r}"
                    )
    print(f"{rejected} of {total} offline facts rejected")
    for (field, why), n in counts.most_common():
        print(f"{n:4d}  {field:10s} {why}")
        for line in examples[(field, why)][: args.show]:
            print("        " + line.replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
