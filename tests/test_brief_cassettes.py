"""Replay of AUTHORED cassettes for the model path of the English brief
(cassettes/test_brief_cassettes/*.authored.yaml), with no server and no key.

The answers are written by hand in the OpenAI chat.completions wire format (what a capable
model answers, and the mistakes we must catch); the requests are what the real openai client
sent. Regenerate them with `make record` (or `SUMMARIZER_RECORD_AUTHORED=1 pytest
tests/test_brief_cassettes.py`): the answers below are served on 127.0.0.1:18090 and vcrpy
records the exchange. Re-record after changing prompts/brief.*.md, the BriefDraft schema, the
glossary or the fixture Report: bodies are matched exactly (as JSON).
"""

from __future__ import annotations

import pytest
from llm_vcr import CASSETTES, RECORD_AUTHORED, authored_cassette_dir
from llm_vcr import vcr_config as _config
from test_brief_llm import FAITHFUL, FIXTURE, WRONG_SCALE, answer, planted
from test_llm import Server

from summarizer.brief import english
from summarizer.engines.client import make_client
from summarizer.models import Report
from summarizer.settings import Settings

PORT = 18090
DIR = CASSETTES / "test_brief_cassettes"


@pytest.fixture(scope="module")
def vcr_config():
    return _config("all" if RECORD_AUTHORED else "none")


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    yield from authored_cassette_dir(DIR)


@pytest.fixture
def default_cassette_name(request):
    return f"{request.node.name}.authored"


def _brief(tmp_path, replies, runs: int = 1, **overrides):
    """Write the brief `runs` times; when recording, the replies are served on PORT."""
    server = Server(replies, port=PORT) if RECORD_AUTHORED else None
    values = {"OPENAI_BASE_URL": f"http://127.0.0.1:{PORT}/v1", "SUMMARIZER_MODEL": "m",
              "OPENAI_API_KEY": "sk-test-not-a-key", "SUMMARIZER_CACHE_DIR": tmp_path,
              **overrides}
    settings = Settings(**values)
    report = Report.model_validate_json(FIXTURE.read_text(encoding="utf-8"))
    try:
        return [english.write_brief(report, settings=settings, client=make_client(settings))
                for _ in range(runs)]
    finally:
        if server:
            server.close()


def http_calls(cassette) -> int:
    """Requests that went over HTTP: recorded ones when recording, else replayed ones."""
    return len(cassette.data) if RECORD_AUTHORED else cassette.play_count


@pytest.mark.vcr
def test_brief_cassette_faithful_brief_verified(tmp_path, vcr):
    [brief] = _brief(tmp_path, [answer(FAITHFUL)])
    check = brief.provenance.check
    assert check.problems == [] and check.numbers_checked == check.numbers_matched > 0
    assert brief.caveats == [] and brief.provenance.re_asks == 0
    assert "RMB 7.94 billion" in brief.key_figures[0].text
    assert http_calls(vcr) == 1


@pytest.mark.vcr
def test_brief_cassette_wrong_number_is_reasked(tmp_path, vcr):
    [brief] = _brief(tmp_path, [answer(WRONG_SCALE), answer(FAITHFUL)])
    assert http_calls(vcr) == 2 and brief.provenance.re_asks == 1
    feedback = vcr.requests[1].body.decode("utf-8")
    assert "RMB 794 million" in feedback and "RMB 7.94 billion" in feedback
    assert brief.key_figures[0].text == FAITHFUL["key_figures"][0]["text"]
    assert brief.provenance.check.problems == [] and brief.caveats == []


@pytest.mark.vcr
def test_brief_cassette_unfixable_number_in_caveats(tmp_path, vcr):
    # Three different wrong renderings of 79.4亿元: every re-ask is used, then the line goes.
    answers = [WRONG_SCALE, planted("key_figures", 0, "RMB 7.94 billion", "RMB 79.4 billion"),
               planted("key_figures", 0, "RMB 7.94 billion", "RMB 7.9 billion")]
    [brief] = _brief(tmp_path, [answer(a) for a in answers], SUMMARIZER_MAX_REASKS=2)
    assert http_calls(vcr) == 3 and brief.provenance.re_asks == 2
    assert all("RMB 7.9 billion" not in line.text for line in brief.key_figures)
    assert any("RMB 7.9 billion" in caveat for caveat in brief.caveats)
    assert brief.provenance.check.removed == [answers[-1]["key_figures"][0]["text"]]
    assert brief.provenance.check.problems == []


@pytest.mark.vcr
def test_brief_cassette_second_call_is_cache_hit(tmp_path, vcr):
    first, second = _brief(tmp_path, [answer(FAITHFUL)], runs=2)
    assert http_calls(vcr) == 1  # a second HTTP request would not even be in the cassette
    assert not first.provenance.cache_hit and second.provenance.cache_hit
    assert second.provenance.tokens.saved_by_cache == first.provenance.tokens.total_tokens > 0
    assert second.key_figures == first.key_figures
