"""LLM engine through the real openai client against a loopback server that answers in the
OpenAI wire format with hand-authored bodies (nothing patched)."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler

import pytest
from loopback import BOUND_REACHED, LoopbackServer, send

from summarizer.engines import llm
from summarizer.engines.client import make_client
from summarizer.errors import ConfigError, ModelCallError, PromptError
from summarizer.prompts import load_prompt
from summarizer.settings import Settings

clean_mod = pytest.importorskip("summarizer.text.clean")
from summarizer.text.numbers import extract_mentions  # noqa: E402
from summarizer.verify import check_fact  # noqa: E402

TEXT = "园区实现工业开票销售46.8亿元，同比增长9%；入库税收2.1亿元。\n力争全年税收达到5亿元。\n"


def completion(content: str, finish: str = "stop") -> dict:
    return {
        "id": "chatcmpl-authored", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": finish,
                     "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }


class Server(LoopbackServer):
    """Replies from a queue of (status, headers, body); records every request body. Bounded
    (tests/loopback.py): 100 requests, 120 s; `port` is fixed only to record authored cassettes."""

    def __init__(self, replies: list[tuple[int, dict, dict]], port: int = 0) -> None:
        self.replies, self.requests = list(replies), []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["content-length"]))
                if not outer.admit():
                    return send(self, 503, json.dumps(BOUND_REACHED).encode())
                outer.requests.append(json.loads(body))
                status, headers, payload = outer.replies.pop(0) if outer.replies else (500, {}, {})
                send(self, status, json.dumps(payload).encode(), headers)

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(Handler, max_requests=100, lifetime=120.0, port=port)


def ok(facts: list[dict], actions: list[dict] | None = None, finish: str = "stop"):
    return (200, {}, completion(json.dumps({"facts": facts, "actions": actions or []}), finish))


def run(server: Server, tmp_path, **overrides):
    settings = Settings(OPENAI_BASE_URL=server.url, SUMMARIZER_MODEL="m", OPENAI_API_KEY="x",
                        SUMMARIZER_CACHE_DIR=tmp_path, **overrides)
    doc = clean_mod.clean(TEXT)
    mentions = extract_mentions(doc)
    result = llm.LLMEngine(settings, client=make_client(settings)).extract(doc, mentions)
    return result.draft, result.provenance, doc, mentions


def ids(doc_mentions, raw):
    return next(m.id for m in doc_mentions if m.raw == raw)


@pytest.fixture
def mentions():
    return extract_mentions(clean_mod.clean(TEXT))


def test_llm_correct_answer_becomes_verified_facts(tmp_path, mentions):
    server = Server([ok([
        {"mention_id": ids(mentions, "46.8亿元"), "kind": "achievement", "metric": "工业开票销售",
         "growth_mention_id": ids(mentions, "9%")},
        {"mention_id": ids(mentions, "5亿元"), "kind": "target", "metric": "税收", "commitment": "力争"},
    ])])
    draft, prov, doc, ms = run(server, tmp_path)
    server.close()
    assert [f.metric for f in draft.achievements] == ["工业开票销售"]
    assert draft.achievements[0].growth_pct == 9
    assert draft.targets[0].commitment == "力争"
    for fact in [*draft.achievements, *draft.targets]:
        assert check_fact(fact, doc, ms) == []
        assert TEXT[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    assert prov.tokens.prompt_tokens == 100 and prov.re_asks == 0


@pytest.mark.parametrize(
    "bad, expected",
    [
        ({"mention_id": "m99", "kind": "achievement", "metric": "工业开票销售"}, "not a marked figure id"),
        ({"mention_id": "m1", "kind": "achievement", "metric": "工业销售收入"}, "is not what figure m1 measures"),
    ],
)
def test_llm_bad_answer_is_reasked_with_precise_message_then_fixed(tmp_path, mentions, bad, expected):
    good = {"mention_id": ids(mentions, "46.8亿元"), "kind": "achievement", "metric": "工业开票销售"}
    server = Server([ok([bad]), ok([good])])
    draft, prov, *_ = run(server, tmp_path)
    server.close()
    assert len(server.requests) == 2
    assert expected in json.dumps(server.requests[1]["messages"], ensure_ascii=False)
    assert prov.re_asks == 1 and prov.tokens.prompt_tokens == 200
    assert [f.metric for f in draft.achievements] == ["工业开票销售"]


@pytest.mark.parametrize(
    "answers, requests",
    [
        # the same mistake twice: stop early instead of spending a third call
        ([{"mention_id": "m99", "kind": "achievement", "metric": "工业开票销售"}] * 3, 2),
        # different mistakes each time: all re-asks are used, then the chunk is dropped
        ([{"mention_id": f"m9{i}", "kind": "achievement", "metric": "工业开票销售"} for i in range(3)], 3),
    ],
)
def test_llm_bad_answer_dropped_after_last_reask(tmp_path, answers, requests):
    server = Server([ok([a]) for a in answers])
    draft, prov, *_ = run(server, tmp_path, SUMMARIZER_MAX_REASKS=2)
    server.close()
    assert len(server.requests) == requests
    assert prov.re_asks == requests - 1
    assert prov.tokens.prompt_tokens == 100 * requests
    assert draft.achievements == [] and draft.targets == []


def test_llm_second_identical_call_is_cache_hit_without_http(tmp_path, mentions):
    good = {"mention_id": ids(mentions, "46.8亿元"), "kind": "achievement", "metric": "工业开票销售"}
    server = Server([ok([good])])
    run(server, tmp_path)
    draft, prov, *_ = run(server, tmp_path)
    server.close()
    assert len(server.requests) == 1
    assert prov.cache_hit and prov.tokens.saved_by_cache == 120
    assert [f.metric for f in draft.achievements] == ["工业开票销售"]


@pytest.mark.parametrize("status", [429, 500, 503])
def test_llm_transient_errors_are_retried_and_counted(tmp_path, mentions, status):
    good = {"mention_id": ids(mentions, "2.1亿元"), "kind": "achievement", "metric": "入库税收"}
    server = Server([(status, {"retry-after": "0"}, {"error": {"message": "busy"}}), ok([good])])
    draft, prov, *_ = run(server, tmp_path)
    server.close()
    assert prov.transport_retries == 1
    assert [f.metric for f in draft.achievements] == ["入库税收"]


def test_llm_transport_failure_is_one_clear_line(tmp_path):
    server = Server([(503, {"retry-after": "0"}, {"error": {"message": "down"}})] * 3)
    with pytest.raises(ModelCallError) as err:
        run(server, tmp_path, SUMMARIZER_MAX_TRANSPORT_RETRIES=2)
    server.close()
    assert len(server.requests) == 3
    assert "\n" not in str(err.value) and "3 attempt(s)" in str(err.value)


def test_llm_truncated_answer_is_dropped_not_guessed(tmp_path):
    server = Server([(200, {}, completion('{"facts": [{"mention_id": "m1", "ki', "length"))] * 3)
    draft, prov, *_ = run(server, tmp_path)
    server.close()
    assert draft.achievements == [] and draft.targets == []


def test_llm_without_endpoint_is_config_error():
    with pytest.raises(ConfigError):
        make_client(Settings(SUMMARIZER_MODEL=None, OPENAI_API_KEY=None, OPENAI_BASE_URL=None))


@pytest.mark.parametrize("name", ["extract.system", "extract.user"])
def test_prompts_have_version(name):
    assert load_prompt(name).version == "extract-2"


def test_prompts_missing_variable_is_error():
    with pytest.raises(PromptError):
        load_prompt("extract.user").render(text="x")


@pytest.mark.parametrize("size", [20, 40, 1000])
def test_chunks_cover_every_paragraph_with_overlap_and_pick_mentions_by_position(size):
    from summarizer.engines.chunking import make_chunks

    text = "".join(f"第{i}段内容比较长一些，税收5亿元。\n" for i in range(10))
    doc = clean_mod.clean(text)
    ms = extract_mentions(doc)
    parts = make_chunks(doc, ms, size)
    joined = "".join(c.plain(text) for c in parts)
    for i in range(10):
        assert f"第{i}段" in joined
    for chunk in parts:
        # the same characters (5亿元) are in every paragraph: a chunk holds only its own
        assert all(any(s <= m.start and m.end <= e for s, e in chunk.spans) for m in chunk.mentions)
        assert chunk.marked(text).count("}") == len(chunk.mentions)
    assert {m.id for c in parts for m in c.mentions} == {m.id for m in ms}


def test_llm_cache_hit_through_pipeline_never_loads_the_sdk(tmp_path, mentions):
    """A cached report is served without importing openai/instructor (~0.7 s saved per file)."""
    import subprocess
    import sys

    from summarizer.pipeline import summarize_text

    good = {"mention_id": ids(mentions, "46.8亿元"), "kind": "achievement", "metric": "工业开票销售"}
    server = Server([ok([good])])
    env = dict(OPENAI_BASE_URL=server.url, SUMMARIZER_MODEL="m", OPENAI_API_KEY="x",
               SUMMARIZER_CACHE_DIR=str(tmp_path), SUMMARIZER_MODE="json")
    first = summarize_text(TEXT, engine="llm", settings=Settings(**env))
    server.close()
    assert not first.provenance.cache_hit and first.achievements
    code = (
        "import sys; from summarizer.pipeline import summarize_text; "
        f"r = summarize_text({TEXT!r}, engine='llm'); "
        "print(r.provenance.cache_hit, len(r.achievements), 'openai' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**__import__("os").environ, **env}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "1", "False"]
