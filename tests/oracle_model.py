"""An oracle "model" for the fake endpoint: it answers from the gold annotations.

For every gold fact whose quote lies in the chunk it is asked about, it points at the figure
the way the prompt asks: by the marked id of our mention inside the gold quote with the gold
value, or, when our extractor has no such mention, by a verbatim quote of the figure (gold
value and unit as written). Metric, kind, period and the growth id come from the gold fact.
What a perfect model gives: whatever the LLM engine then loses, the pipeline lost.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from fake_openai import FakeOpenAI, Reply, completion

from summarizer.engines.chunking import make_chunks, unmark
from summarizer.evaluate import occurrences, score_report
from summarizer.models import NumberMention
from summarizer.pipeline import summarize_loaded
from summarizer.settings import Settings
from summarizer.text.clean import clean
from summarizer.text.load import LoadedText, load_path
from summarizer.text.numbers import extract_mentions

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPORA = [(SHARED / "dev" / "gold", SHARED / "dev" / "texts"), (SHARED / "gold", SHARED / "samples")]
CHUNK_CHARS = 6000


def gold_files() -> list[tuple[Path, Path]]:
    """(gold, text) pairs of both annotated corpora that have a plain-text sample."""
    pairs = []
    for gold_dir, text_dir in CORPORA:
        for gold in sorted(gold_dir.glob("*.json")):
            texts = [p for p in text_dir.glob(gold.stem + ".*") if p.suffix in (".txt", ".md")]
            if texts:
                pairs.append((gold, texts[0]))
    return pairs


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


class Oracle:
    """Answers each chunk of one document from its gold facts."""

    def __init__(self, loaded: LoadedText, gold: dict) -> None:
        self.text = loaded.text
        self.doc = clean(loaded.text, loaded.chrome, loaded.mask)  # as the pipeline cleans it
        self.mentions = extract_mentions(self.doc)
        self.chunks = make_chunks(self.doc, self.mentions, CHUNK_CHARS)
        self.golds = gold["facts"]
        self.by_quote: list[str] = []  # gold facts answered by quote (no mention of ours)

    def _pick(self, g: dict, occ: tuple[int, int], inside: list[NumberMention]) -> dict | None:
        s, e = occ
        here = [m for m in inside if s <= m.start and m.end <= e]
        wanted = g.get("value_normalized")
        wanted = abs(wanted) if wanted is not None else None  # 下降3.1% is -3.1 in the gold
        same = [m for m in here if _close(m.value_normalized, wanted)
                or (m.family == "rank" and _close(m.value, wanted))]
        fact = {"kind": g["kind"], "metric": g["metric"], "period": g.get("period") or ""}
        if same:
            figure = same[-1] if g.get("growth_pct") is None else same[0]
            fact["mention_id"] = figure.id.removeprefix("m")  # as the marker {12} shows it
            if g.get("growth_pct") is not None:
                growth = [m for m in here if m.family == "percent" and m.start >= figure.end
                          and _close(m.value, abs(g["growth_pct"]))]
                if growth:
                    fact["growth_mention_id"] = growth[0].id.removeprefix("m")
        else:  # no mention of ours: quote from the metric up to the figure (the gold quote)
            unit = g.get("unit") or ""
            written = re.escape(str(g["value"])) + (f"(?:\\s*{re.escape(unit)})?" if unit else "")
            at = list(re.finditer(written, self.text[s:e]))
            if not at:
                return None
            fact["quote"] = self.text[s : s + at[-1].end()]
            self.by_quote.append(g["quote"])
        if g["kind"] == "target":
            cue = re.search(r"力争|确保|争取|力求|目标|计划|预计", self.text[s:e])
            fact["commitment"] = cue.group(0) if cue else ""
        return fact

    def respond(self, body: dict, n: int) -> Reply:
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        plain = unmark(user.split('"""\n', 1)[1].rsplit('\n"""', 1)[0])
        chunk = next(c for c in self.chunks if c.plain(self.text) == plain)
        inside = list(chunk.mentions)
        facts = []
        for g in self.golds:
            for occ in occurrences(self.text, g["quote"]):
                if any(s <= occ[0] and occ[1] <= e for s, e in chunk.spans):
                    picked = self._pick(g, occ, inside)
                    if picked is not None:
                        facts.append(picked)
                    break
        content = json.dumps({"facts": facts, "actions": []}, ensure_ascii=False)
        return Reply(200, completion(content))


def run_oracle(gold_path: Path, text_path: Path, cache_dir) -> dict:
    """Summarize one annotated text with the oracle behind the fake endpoint; score it."""
    loaded = load_path(text_path)
    text = loaded.text
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    oracle = Oracle(loaded, gold)
    with FakeOpenAI(oracle.respond, max_requests=200, lifetime=300) as server:
        settings = Settings(OPENAI_BASE_URL=server.url, SUMMARIZER_MODEL="oracle",
                            OPENAI_API_KEY="x", SUMMARIZER_CACHE_DIR=cache_dir,
                            SUMMARIZER_MODE="json", SUMMARIZER_CHUNK_CHARS=CHUNK_CHARS)
        report = summarize_loaded(loaded, engine="llm", settings=settings)
    scored = score_report(report, text, gold, text_path.name)
    c = scored.counts
    return {
        "file": text_path.name, "gold": c.gold_facts, "matched": c.matched_gold,
        "metric_ok": c.metric_ok, "by_quote": len(oracle.by_quote), "report": report,
        "missed": scored.missed_facts, "wrong_metric": scored.wrong_metric,
        "warnings": report.checks.warnings,
    }
