"""Compare two extraction designs on a live model: the engine's mention-id design (the model
picks ids from our numbered figures; value and span come from our mention) against free-form
extraction (the model writes the value, unit and quote itself; we locate the quote).

Both get the same endpoint, settings, chunks, re-ask budget and shared verifier. Free-form is
an experiment kept out of the main code path: its response model and prompt live here.

Usage (a real OpenAI-compatible server; the cache is not used):
  OPENAI_BASE_URL=http://127.0.0.1:8080/v1 OPENAI_API_KEY=x SUMMARIZER_MODEL=m SUMMARIZER_MODE=json \
  SUMMARIZER_CHUNK_CHARS=1200 python scripts/compare_extraction.py examples/*.html examples/*.txt

Prints one JSON line per file and design, then a Markdown table of the totals.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator

from summarizer.engines import llm
from summarizer.engines.client import make_client
from summarizer.models import Achievement, Evidence, Provenance, Report, Source, Target
from summarizer.settings import Settings
from summarizer.text.clean import clean
from summarizer.text.load import load_path
from summarizer.text.numbers import extract_mentions, parse_decimal
from summarizer.verify import ground, locate

FREE_SYSTEM = """You read Chinese economic work reports and fill a JSON object that follows the given schema.
Rules:
- For every figure that measures the economy, give the number as written (value, digits only),
  its unit as written, what it measures (metric, copied exactly from the text), whether it is an
  achievement (done or measured) or a target (a goal or plan), and quote: the exact characters
  of the text from the metric to the figure.
- Leave out dates, phone numbers and figures that are not quantities of the economy.
"""

FREE_USER = """Report text (part {part} of {parts}):
\"\"\"
{text}
\"\"\"

Return the facts."""


class FreeFact(BaseModel):
    """One figure written by the model itself."""

    kind: Literal["achievement", "target"] = Field(description="Done/measured, or a goal.")
    metric: str = Field(description="What the figure measures, copied exactly from the text.")
    value: str = Field(description="The number as written, e.g. '46.8'.")
    unit: str = Field(default="", description="Unit as written, e.g. 亿元, %.")
    quote: str = Field(description="Exact text from the metric to the figure.")

    @field_validator("quote")
    @classmethod
    def _quote_in_text(cls, value: str, info: ValidationInfo) -> str:
        text = (info.context or {}).get("text")
        if text and value not in text:
            raise ValueError(f"quote '{value[:40]}' is not in the report text; copy it exactly")
        return value


class FreeExtraction(BaseModel):
    facts: list[FreeFact] = Field(default_factory=list)


def _free_facts(doc, settings: Settings, client) -> list:
    """Ask per chunk (same chunks as the engine); value/unit come from the model, span from us."""
    out = []
    parts = llm.chunks(doc.cleaned(), settings.chunk_chars)
    for n, (_, chunk_text) in enumerate(parts, 1):
        messages = [{"role": "system", "content": FREE_SYSTEM},
                    {"role": "user", "content": FREE_USER.format(
                        part=n, parts=len(parts), text=chunk_text)}]
        result = llm._call(client, messages, {"text": chunk_text})
        for f in result.facts if result else []:
            number = parse_decimal(f.value.replace(",", ""))
            span = locate(f.quote, doc)
            if number is None or span is None:
                continue
            cls = Target if f.kind == "target" else Achievement
            out.append(cls(metric=f.metric, value=float(number), value_text=f.value,
                           unit=f.unit or None, evidence=Evidence(
                               quote=doc.text[span[0]:span[1]], start=span[0], end=span[1])))
    return out


def _score(name: str, doc, mentions, facts: list) -> dict:
    report = Report(source=Source(name=name, sha256="-", encoding="utf-8", chars_total=len(doc.text),
                                  chars_kept=len(doc.text), chars_removed=0),
                    achievements=[f for f in facts if not isinstance(f, Target)],
                    targets=[f for f in facts if isinstance(f, Target)],
                    provenance=Provenance(engine="llm", engine_version="compare"))
    report = ground(report, doc, mentions, keep_unverified=True)
    return {"facts": len(facts), "verified": report.checks.verified}


def main(paths: list[str]) -> int:
    settings = Settings(SUMMARIZER_USE_CACHE=False)
    totals: dict[str, dict] = {}
    for path in paths:
        doc = clean(load_path(path).text)
        mentions = extract_mentions(doc)
        for design in ("mention-id", "free-form"):
            client = make_client(settings)
            started = time.perf_counter()
            if design == "mention-id":
                draft, _ = llm.extract(doc, mentions, client=client, settings=settings)
                facts = [*draft.achievements, *draft.targets]
            else:
                facts = _free_facts(doc, settings, client)
            row = {"file": path, "design": design, **_score(path, doc, mentions, facts),
                   "re_asks": client.ledger.re_asks,
                   "prompt_tokens": client.ledger.prompt_tokens,
                   "completion_tokens": client.ledger.completion_tokens,
                   "chunks_dropped": sum("dropped" in e for e in client.ledger.errors),
                   "seconds": round(time.perf_counter() - started, 1)}
            print(json.dumps(row, ensure_ascii=False), flush=True)
            total = totals.setdefault(design, dict.fromkeys(
                ("facts", "verified", "re_asks", "completion_tokens", "chunks_dropped"), 0))
            for key in total:
                total[key] += row[key]
    print("\n| design | facts | verified | share verified | re-asks | completion tokens | chunks dropped |")
    print("|---|---|---|---|---|---|---|")
    for design, t in totals.items():
        share = f"{t['verified'] / t['facts']:.2f}" if t["facts"] else "n/a"
        print(f"| {design} | {t['facts']} | {t['verified']} | {share} | {t['re_asks']} | "
              f"{t['completion_tokens']} | {t['chunks_dropped']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
