"""How often the claim checks catch a wrong claim: mutate each verified offline fact and re-check.

    python scripts/verify_mutations.py ../shared/corpus/samples

Mutations, each the way a model goes wrong: the metric of a fact from another sentence, a
connector-only metric (同比), the growth rate of another fact, the kind flipped, a period and a
metric_en with numbers of their own. Prints, per mutation, how many mutants were rejected.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from summarizer.engines import offline
from summarizer.models import Achievement, Target
from summarizer.text.clean import clean
from summarizer.text.load import load_path
from summarizer.text.numbers import extract_mentions
from summarizer.verify import ground_fact
from summarizer.verify.scope import Scope


def _flip(fact):
    data = fact.model_dump(exclude={"checks", "verified", "commitment"})
    return Achievement(**data) if isinstance(fact, Target) else Target(**data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    tried: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    for path in sorted(p for p in args.folder.iterdir() if p.suffix in {".txt", ".md", ".html"}):
        doc = clean(load_path(path).text)
        mentions = extract_mentions(doc)
        scope = Scope(doc, mentions)
        draft = offline.extract(doc, mentions)
        facts = [ground_fact(f, doc, mentions, scope=scope) for f in [*draft.achievements, *draft.targets]]
        facts = [f for f in facts if f.verified]
        for fact in facts:
            sentence = scope.sentence(fact.evidence.start)
            others = [o for o in facts if scope.sentence(o.evidence.start) != sentence]
            mutants = {
                "metric of another sentence": next(
                    (fact.model_copy(update={"metric": o.metric}) for o in others
                     if o.metric not in doc.norm[sentence[0]:sentence[1]]), None),
                "connector-only metric": fact.model_copy(update={"metric": "同比"}),
                "growth of another fact": next(
                    (fact.model_copy(update={"growth_pct": o.growth_pct}) for o in others
                     if o.growth_pct not in (None, fact.growth_pct)), None),
                "kind flipped": _flip(fact),
                "period with numbers": fact.model_copy(update={"period": "2099年1-13月"}),
                "metric_en with numbers": fact.model_copy(update={"metric_en": "output of 999.9 billion, up 77%"}),
            }
            for name, mutant in mutants.items():
                if mutant is None:
                    continue
                tried[name] += 1
                if not ground_fact(mutant, doc, mentions, scope=scope).verified:
                    caught[name] += 1
    for name in tried:
        print(f"{caught[name]:4d} of {tried[name]:4d} rejected  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
