"""Run the LLM engine on every sample report; print timings, tokens, verified counts as JSON lines.

Usage: OPENAI_BASE_URL=http://127.0.0.1:8080/v1 SUMMARIZER_MODEL=x python scripts/llm_measure.py DIR
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from summarizer.engines import llm
from summarizer.engines.client import make_client
from summarizer.models import Report, Source
from summarizer.settings import Settings
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions
from summarizer.verify import ground


def main(folder: str) -> int:
    settings = Settings()
    for path in sorted(Path(folder).glob("*.txt")):
        started = time.perf_counter()
        text = path.read_bytes().decode("utf-8", errors="replace")
        doc = clean(text)
        mentions = extract_mentions(doc)
        result = llm.LLMEngine(settings, client=make_client(settings)).extract(doc, mentions)
        draft, prov = result.draft, result.provenance
        report = Report(
            source=Source(name=path.name, sha256="-", encoding="utf-8", chars_total=len(text),
                          chars_kept=len(text), chars_removed=0),
            achievements=draft.achievements, targets=draft.targets,
            actions=draft.actions, provenance=prov,
        )
        report = ground(report, doc, sorted([*mentions, *draft.mentions], key=lambda m: m.start),
                        keep_unverified=False)
        line = {
            "file": path.name, "seconds": round(time.perf_counter() - started, 2),
            "cache_hit": prov.cache_hit, "re_asks": prov.re_asks,
            "transport_retries": prov.transport_retries, "tokens": prov.tokens.model_dump(),
            "facts": len(report.achievements) + len(report.targets),
            "all_verified": all(f.verified for f in report.facts()),
            "checks": report.checks.model_dump(exclude={"warnings"}),
        }
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
