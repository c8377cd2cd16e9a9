"""A loopback fake of an OpenAI-compatible endpoint, and the ways a model can be wrong.

`FakeOpenAI` is a `tests/loopback.py` server on 127.0.0.1, port 0 (ephemeral), in a daemon
thread. It is bounded: it answers at most `max_requests` requests (then 503 and it records the
overflow) and shuts itself down after `lifetime` seconds. Each request is answered by a
function of the request body, so a fake "model" reads the real prompt (the figures marked
`{12}46.8亿元` in the text) and points at figures the way a model does.

`SCENARIOS` lists every fault the test suite plays (tests/test_llm_scenarios.py) and
`scripts/llm_scenarios.py` tabulates: authored answers, not recordings of a model.
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from loopback import BOUND_REACHED, LoopbackServer, send

KEY = "sk-fake-0123456789abcdefSECRET"  # what the scenarios configure as the API key

# An authored report in the genre's style (not from any corpus).
TEXT = (
    "园区实现工业开票销售46.8亿元，同比增长9%，入库税收2.1亿元，增长12%。\n"
    "上半年完成固定资产投资18亿元，下降3.5%。\n"
    "力争全年税收达到5亿元。\n"
)


@dataclass
class Reply:
    """One HTTP answer: status, headers, body; optionally late, or a reset connection."""

    status: int = 200
    body: bytes | str | dict = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False


Respond = Callable[[dict, int], Reply]


class FakeOpenAI(LoopbackServer):
    """`/v1/chat/completions` on 127.0.0.1:<ephemeral>; `respond(body, n)` makes each reply."""

    def __init__(self, respond: Respond, *, max_requests: int = 30, lifetime: float = 60.0):
        self.respond = respond
        self.requests: list[dict] = []
        self._answer = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                with outer._answer:
                    if not outer.admit():
                        reply = Reply(503, BOUND_REACHED)
                    else:
                        outer.requests.append(json.loads(body or b"{}"))
                        reply = outer.respond(outer.requests[-1], len(outer.requests) - 1)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.reset:  # RST instead of an answer
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                               struct.pack("ii", 1, 0))
                    self.close_connection = True
                    return
                html = isinstance(reply.body, str)
                send(self, reply.status, reply.body, reply.headers,
                     "text/html; charset=utf-8" if html else "application/json")

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(Handler, max_requests=max_requests, lifetime=lifetime)


# --- the fake model: reads the marked prompt, answers in the chat.completions format --------


def completion(content: str, finish: str = "stop", choices: bool = True) -> dict:
    """A chat.completion body with one assistant message (or no choices at all)."""
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": "fake",
        "choices": [{"index": 0, "finish_reason": finish,
                     "message": {"role": "assistant", "content": content}}] if choices else [],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }


def prompt_text(body: dict) -> str:
    """The report text of the (last) user message of a request."""
    users = [m["content"] for m in body.get("messages", []) if m.get("role") == "user"]
    return users[0] if users else ""


def marked_id(body: dict, raw: str) -> str:
    """The id the prompt's marker gives the figure written `raw`: {12}46.8亿元 -> 12."""
    found = re.search(r"\{(\d+)\}" + re.escape(raw), prompt_text(body))
    return found.group(1) if found else ""


def fact(body: dict, raw: str, metric: str, kind: str = "achievement", growth: str = "",
         **extra: str) -> dict:
    """One fact the way the prompt asks for it: the figure's id, never its number."""
    out = {"mention_id": marked_id(body, raw), "kind": kind, "metric": metric, **extra}
    if growth:
        out["growth_mention_id"] = marked_id(body, growth)
    return out


def correct_facts(body: dict) -> list[dict]:
    """What a capable model answers for TEXT."""
    return [
        fact(body, "46.8亿元", "工业开票销售", growth="9%", metric_en="industrial invoiced sales"),
        fact(body, "2.1亿元", "入库税收", growth="12%"),
        fact(body, "18亿元", "固定资产投资", growth="3.5%", period="上半年"),
        fact(body, "5亿元", "税收", kind="target", commitment="力争", period="全年"),
    ]


def answer(facts: Callable[[dict], list[dict]], finish: str = "stop") -> Respond:
    def respond(body: dict, n: int) -> Reply:
        content = json.dumps({"facts": facts(body), "actions": []}, ensure_ascii=False)
        return Reply(200, completion(content, finish))
    return respond


def replace(index: int, **changes: str) -> Callable[[dict], list[dict]]:
    """The correct answer with one fact changed (by position), every time it is asked."""
    def facts(body: dict) -> list[dict]:
        out = correct_facts(body)
        out[index] = {**out[index], **{k: (marked_id(body, v[1:]) if v.startswith("@") else v)
                                       for k, v in changes.items()}}
        return out
    return facts


def raw_content(content: str, finish: str = "stop") -> Respond:
    return lambda body, n: Reply(200, completion(content, finish))


def then(first: Reply, rest: Respond) -> Respond:
    return lambda body, n: first if n == 0 else rest(body, n)


def five_mb(body: dict, n: int) -> Reply:
    filler = [{"mention_id": "m1", "kind": "achievement", "metric": "工业开票销售" * 50}] * 5400
    return Reply(200, completion(json.dumps({"facts": filler, "actions": []}, ensure_ascii=False)))


@dataclass
class Scenario:
    """One way the endpoint or the model can be wrong, and the settings it is played with."""

    name: str
    respond: Respond
    settings: dict = field(default_factory=dict)
    what: str = ""


SCENARIOS = [
    Scenario("correct", answer(correct_facts), what="4 facts, ids from the markers"),
    Scenario("wrong metric, right id", answer(replace(0, metric="入库税收")),
             what="m(46.8亿元) measured as 入库税收, the next figure's metric"),
    Scenario("metric from another sentence", answer(replace(0, metric="固定资产投资")),
             what="m(46.8亿元) measured as 固定资产投资 (next sentence)"),
    Scenario("connector-only metric", answer(replace(0, metric="同比")), what="metric '同比'"),
    Scenario("growth id of another figure", answer(replace(0, growth_mention_id="@12%")),
             what="46.8亿元 given 2.1亿元's growth 12%"),
    Scenario("kind flipped", answer(replace(3, kind="achievement", commitment="")),
             what="the 力争 target returned as an achievement"),
    Scenario("numbers in period/metric_en/commitment",
             answer(replace(3, period="2099年1-13月", metric_en="tax of 999.9 billion yuan, up 77%",
                            commitment="确保100%")),
             what="free text with numbers of the model's own"),
    Scenario("invented id", answer(replace(1, mention_id="m99")), what="mention_id m99"),
    Scenario("malformed JSON", raw_content('{"facts": [{"mention_id": "m1", kind: achievement'),
             what="not JSON"),
    Scenario("wrong types", raw_content('{"facts": {"mention_id": 1}, "actions": 5}'),
             what="facts an object, actions a number"),
    Scenario("empty choices", lambda body, n: Reply(200, completion("", choices=False)),
             what='200 with "choices": []'),
    Scenario("HTML body with 200",
             lambda body, n: Reply(200, "<html><body><h1>Welcome to nginx!</h1></body></html>"),
             what="a proxy's HTML page, status 200"),
    Scenario("truncated", answer(correct_facts, finish="length"),
             what='finish_reason "length"'),
    Scenario("429 then success",
             then(Reply(429, {"error": {"message": "rate limited"}}, {"retry-after": "1"}),
                  answer(correct_facts)),
             what="429 Retry-After: 1, then the correct answer"),
    Scenario("500 forever", lambda body, n: Reply(500, {"error": {"message": "boom"}}),
             settings={"SUMMARIZER_MAX_TRANSPORT_RETRIES": 2}, what="every request 500"),
    Scenario("timeout", lambda body, n: Reply(200, completion("{}"), delay=1.5),
             settings={"SUMMARIZER_TIMEOUT": 0.4, "SUMMARIZER_MAX_TRANSPORT_RETRIES": 1},
             what="answers after 1.5 s, client timeout 0.4 s"),
    Scenario("connection reset", lambda body, n: Reply(reset=True),
             settings={"SUMMARIZER_MAX_TRANSPORT_RETRIES": 1}, what="RST, no answer"),
    Scenario("5 MB answer", five_mb, what="a 5 MB completion"),
    Scenario("key echoed in a 401 body",
             lambda body, n: Reply(401, {"error": {"message": f"Incorrect API key provided: {KEY}"}}),
             what="401 whose message repeats the key"),
]


# --- playing a scenario through the real pipeline ------------------------------------------

# Commitment words that make a figure a target in their clause (a strong cue either way).
TARGET_CUES = ("力争", "确保", "争取", "力求", "目标")


def ungrounded(fact, text: str) -> list[str]:
    """Fields of a verified fact that the source does not support (what the tests forbid)."""
    from summarizer.engines.llm import metric_head
    from summarizer.text.normalize import normalize

    problems = []
    quote = normalize(fact.evidence.quote)
    if normalize(metric_head(fact.metric)) not in quote:
        problems.append(f"metric '{fact.metric}' not in its quote '{fact.evidence.quote}'")
    if fact.period and normalize(fact.period) not in normalize(text):
        problems.append(f"period '{fact.period}' not in the source")
    own = {fact.value, abs(fact.growth_pct) if fact.growth_pct is not None else None}
    for number in re.findall(r"\d+(?:\.\d+)?", (fact.metric_en or "") + (fact.period or "")):
        if float(number) not in own and number not in (fact.period or ""):
            problems.append(f"number {number} in free text is not the fact's own")
    commitment = getattr(fact, "commitment", None)
    if commitment and normalize(commitment) not in normalize(text):
        problems.append(f"commitment '{commitment}' not in the source")
    if fact.growth_pct is not None:
        tail = text[fact.evidence.start : fact.evidence.end]
        if not re.search(r"(增长|下降|提高|回落)\s*" + re.escape(f"{abs(fact.growth_pct):g}") + "%", tail):
            problems.append(f"growth {fact.growth_pct} is not this figure's")
    line = text[: fact.evidence.start].rsplit("\n", 1)[-1] + fact.evidence.quote
    cue = any(c in line for c in TARGET_CUES)
    kind = "target" if hasattr(fact, "commitment") else "achievement"
    if cue and kind == "achievement":
        problems.append("achievement in a clause with a commitment word")
    return problems


def cache_entries(cache_dir) -> int:
    """Entries in the engine's cache (a lock held during a call is released by then)."""
    import diskcache

    from summarizer.cache import cache_dir as where
    from summarizer.settings import Settings

    with diskcache.Cache(str(where(Settings(SUMMARIZER_CACHE_DIR=cache_dir)))) as cache:
        return sum(1 for k in cache.iterkeys() if not str(k).startswith("lock:"))


def play(scenario: Scenario, cache_dir, runs: int = 1) -> dict:
    """Run TEXT through `summarize` against a fake server playing `scenario`; what came out."""
    from summarizer.errors import SummarizerError
    from summarizer.pipeline import strict_problems, summarize_text
    from summarizer.settings import Settings

    started = time.perf_counter()
    out: dict = {"scenario": scenario.name, "error": None, "verified": [], "unverified": 0}
    with FakeOpenAI(scenario.respond, max_requests=30, lifetime=60) as server:
        settings = Settings(OPENAI_BASE_URL=server.url, SUMMARIZER_MODEL="fake",
                            OPENAI_API_KEY=KEY, SUMMARIZER_CACHE_DIR=cache_dir,
                            SUMMARIZER_MODE="json", **scenario.settings)
        for _ in range(runs):
            try:
                report = summarize_text(TEXT, engine="llm", settings=settings,
                                        keep_unverified=True)
            except SummarizerError as err:
                out["error"] = str(err)
                continue
            out["verified"] = [f for f in report.facts() if f.verified]
            out["unverified"] = sum(not f.verified for f in report.facts())
            out["warnings"] = report.checks.warnings
            out["strict"] = strict_problems(report)
            out["re_asks"] = report.provenance.re_asks
            out["retries"] = report.provenance.transport_retries
            out["cache_hit"] = report.provenance.cache_hit
        out["requests"] = len(server.requests)
        out["overflow"] = server.overflow
    out["cached"] = cache_entries(cache_dir)
    out["seconds"] = round(time.perf_counter() - started, 2)
    out["ungrounded"] = [p for f in out["verified"] for p in ungrounded(f, TEXT)]
    return out
