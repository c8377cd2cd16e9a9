"""Compare two extraction designs on a live model: the engine's mention-id design (the model
picks ids from our numbered figures; value and span come from our mention) against free-form
extraction (the model writes the value, unit and quote itself; we locate the quote).

Both get the same endpoint, settings, chunks, re-ask budget and shared verifier. Free-form is
an experiment kept out of the main code path: its response model and prompt live here.

Usage (a real OpenAI-compatible server; the cache is not used):
  OPENAI_BASE_URL=http://127.0.0.1:8080/v1 OPENAI_API_KEY=x SUMMARIZER_MODEL=m SUMMARIZER_MODE=json \
  SUMMARIZER_CHUNK_CHARS=1200 python scripts/compare_extraction.py examples/*.html examples/*.txt

Prints one JSON line per file and design, then a Markdown table of the totals, with the prompt
tokens per report of the engine's design (inline [m12] markers, quote fallback) over those of
free-form extraction on the same chunks (the budget: at most 1.15).

  python scripts/compare_extraction.py --prompts-only [--count-url URL] FILES...

sends both designs' requests to a loopback fake that answers "nothing found" and compares the
prompts sent: characters, an estimate of tokens, and with --count-url (llama.cpp's server:
http://127.0.0.1:8080/extras/tokenize/count) the exact tokens of that server's tokenizer for
the messages and schema (the chat template's few tokens left out, alike for both designs).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator

from summarizer.engines import llm
from summarizer.engines.chunking import make_chunks
from summarizer.engines.client import make_client
from summarizer.errors import ModelAnswerError
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
    parts = make_chunks(doc, extract_mentions(doc), settings.chunk_chars)
    for n, chunk in enumerate(parts, 1):
        chunk_text = chunk.plain(doc.text)
        messages = [{"role": "system", "content": FREE_SYSTEM},
                    {"role": "user", "content": FREE_USER.format(
                        part=n, parts=len(parts), text=chunk_text)}]
        try:
            result = client.create(FreeExtraction, messages, {"text": chunk_text})
        except ModelAnswerError:
            result = None
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
    if paths[:1] == ["--prompts-only"]:
        return prompts_only(paths[1:])
    settings = Settings(SUMMARIZER_USE_CACHE=False)
    totals: dict[str, dict] = {}
    for path in paths:
        doc = clean(load_path(path).text)
        mentions = extract_mentions(doc)
        for design in ("mention-id", "free-form"):
            client = make_client(settings)
            started = time.perf_counter()
            if design == "mention-id":
                result = llm.LLMEngine(settings, client=client).extract(doc, mentions)
                facts = [*result.draft.achievements, *result.draft.targets]
                mentions = sorted([*mentions, *result.draft.mentions], key=lambda m: m.start)
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
                ("facts", "verified", "re_asks", "prompt_tokens", "completion_tokens",
                 "chunks_dropped"), 0))
            for key in total:
                total[key] += row[key]
    print("\n| design | facts | verified | share verified | re-asks | prompt tokens | "
          "completion tokens | chunks dropped |")
    print("|---|---|---|---|---|---|---|---|")
    for design, t in totals.items():
        share = f"{t['verified'] / t['facts']:.2f}" if t["facts"] else "n/a"
        print(f"| {design} | {t['facts']} | {t['verified']} | {share} | {t['re_asks']} | "
              f"{t['prompt_tokens']} | {t['completion_tokens']} | {t['chunks_dropped']} |")
    free = totals.get("free-form", {}).get("prompt_tokens")
    if free:
        print(f"\nprompt tokens, mention-id / free-form: "
              f"{totals['mention-id']['prompt_tokens'] / free:.3f} (budget 1.15)")
    return 0


def _count(url: str | None, text: str) -> int | None:
    """Tokens of `text` by a llama.cpp server's tokenizer (loopback), or None without one."""
    if not url:
        return None
    import urllib.request

    request = urllib.request.Request(url, data=json.dumps({"input": text}).encode(),
                                     headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - loopback only
        return int(json.loads(response.read())["count"])


def prompts_only(paths: list[str]) -> int:
    """Both designs' first requests per chunk, captured by a loopback fake; their sizes."""
    import tempfile

    url = None
    if paths[:1] == ["--count-url"]:
        url, paths = paths[1], paths[2:]

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from fake_openai import FakeOpenAI, Reply, completion

    empty = completion('{"facts": [], "actions": []}')
    print("| file | chunks | free-form chars | mention-id chars | ratio | free-form ~tokens | "
          "mention-id ~tokens | ratio | free-form tokens | mention-id tokens | ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    sums = [0, 0, 0, 0, 0, 0]
    for path in paths:
        doc = clean(load_path(path).text)
        mentions = extract_mentions(doc)
        sizes = []
        for design in ("free-form", "mention-id"):
            with FakeOpenAI(lambda body, n: Reply(200, empty), max_requests=500) as server, \
                    tempfile.TemporaryDirectory() as cache:
                settings = Settings(OPENAI_BASE_URL=server.url, OPENAI_API_KEY="x",
                                    SUMMARIZER_MODEL="m", SUMMARIZER_CACHE_DIR=cache,
                                    SUMMARIZER_USE_CACHE=False)
                client = make_client(settings)
                if design == "free-form":
                    _free_facts(doc, settings, client)
                else:
                    llm.LLMEngine(settings, client=client).extract(doc, mentions)
                sent = "".join(
                    "".join(m["content"] for m in r["messages"])
                    + json.dumps(r.get("response_format") or r.get("tools") or "",
                                 ensure_ascii=False) for r in server.requests)
                sizes.append((len(sent), approx_tokens(sent), _count(url, sent) or 0))
                chunks = len(server.requests)
        (fc, ft, fx), (mc, mt, mx) = sizes
        sums = [a + b for a, b in zip(sums, (fc, mc, ft, mt, fx, mx), strict=True)]
        exact = f"{fx} | {mx} | {mx / fx:.3f}" if fx else "- | - | -"
        print(f"| {Path(path).name} | {chunks} | {fc} | {mc} | {mc / fc:.3f} | {ft} | {mt} | "
              f"{mt / ft:.3f} | {exact} |")
    exact = f"{sums[4]} | {sums[5]} | {sums[5] / sums[4]:.3f}" if sums[4] else "- | - | -"
    print(f"| TOTAL | | {sums[0]} | {sums[1]} | {sums[1] / sums[0]:.3f} | {sums[2]} | {sums[3]} | "
          f"{sums[3] / sums[2]:.3f} | {exact} |")
    return 0


_CJK_OR_WORD = re.compile(r"[\u3000-\u9fff\uff00-\uffef]|[^\u3000-\u9fff\uff00-\uffef]+")


def approx_tokens(text: str) -> int:
    """A tokenizer-free estimate: one token per CJK character, one per 4 other characters
    (what BPE tokenizers of multilingual models roughly give; a server counts exactly)."""
    return sum(1 if len(p) == 1 and p >= "\u3000" else -(-len(p) // 4)
               for p in _CJK_OR_WORD.findall(text))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
