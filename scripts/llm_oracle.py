"""Oracle run: the LLM engine against a fake model that answers from the gold annotations.

Usage: python scripts/llm_oracle.py      (needs ../shared/corpus; loopback only)

The fake points at each gold figure by our mention's id, or by quote where our extractor has
no mention, with the gold metric. Prints per file: gold facts, facts answered by quote, gold
facts returned verified, of those with the gold metric; then every loss.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from oracle_model import gold_files, run_oracle  # noqa: E402


def main() -> int:
    files = gold_files()
    if not files:
        print("no gold corpus found next to the project (../shared/corpus)")
        return 2
    total = {"gold": 0, "matched": 0, "metric_ok": 0, "by_quote": 0}
    losses = []
    print("| file | gold facts | answered by quote | verified | with gold metric |")
    print("|---|---|---|---|---|")
    for gold, text in files:
        with tempfile.TemporaryDirectory() as cache:
            out = run_oracle(gold, text, cache)
        for key in total:
            total[key] += out[key]
        print(f"| {out['file']} | {out['gold']} | {out['by_quote']} | {out['matched']} | "
              f"{out['metric_ok']} |")
        losses += [(out["file"], "not returned verified", m) for m in out["missed"]]
        losses += [(out["file"], "other metric", m) for m in out["wrong_metric"]]
    share = total["metric_ok"] / total["gold"] if total["gold"] else 0.0
    print(f"| TOTAL | {total['gold']} | {total['by_quote']} | {total['matched']} | "
          f"{total['metric_ok']} ({share:.1%}) |")
    print(f"\nlosses ({len(losses)}):")
    for name, why, item in losses:
        print(f"- {name}: {why}: {item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
