"""Replay of AUTHORED cassettes (cassettes/test_llm_cassettes/*.authored.yaml) with no server.

Regenerate them with `SUMMARIZER_RECORD_AUTHORED=1 pytest tests/test_llm_cassettes.py`: the hand-written
answers in tests/test_llm.py are served on 127.0.0.1:8089 and the real client's requests recorded.
"""

from __future__ import annotations

import re

import pytest
from llm_vcr import AUTHORED_HEADER, CASSETTES, RECORD_AUTHORED, authored_cassette_dir
from llm_vcr import vcr_config as _config

from summarizer.engines import llm
from summarizer.engines.client import make_client
from summarizer.settings import Settings

clean_mod = pytest.importorskip("summarizer.text.clean")
from test_llm import TEXT, Server, ok  # noqa: E402

from summarizer.text.numbers import extract_mentions  # noqa: E402
from summarizer.verify import check_fact  # noqa: E402

PORT = 8089
DIR = CASSETTES / "test_llm_cassettes"


@pytest.fixture(scope="module")
def vcr_config():
    return _config("all" if RECORD_AUTHORED else "none")


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    yield from authored_cassette_dir(DIR)


@pytest.fixture
def default_cassette_name(request):
    return f"{request.node.name}.authored"


def _run(tmp_path, replies):
    server = None
    if RECORD_AUTHORED:
        server = Server(replies, port=PORT)
    settings = Settings(OPENAI_BASE_URL=f"http://127.0.0.1:{PORT}/v1", SUMMARIZER_MODEL="m",
                        OPENAI_API_KEY="sk-test-not-a-key", SUMMARIZER_CACHE_DIR=tmp_path)
    doc = clean_mod.clean(TEXT)
    mentions = extract_mentions(doc)
    try:
        result = llm.LLMEngine(settings, client=make_client(settings)).extract(doc, mentions)
        return result.draft, result.provenance, doc, mentions
    finally:
        if server:
            server.close()


GOOD = {"mention_id": "m1", "kind": "achievement", "metric": "工业开票销售", "growth_mention_id": "m2"}


@pytest.mark.vcr
def test_llm_cassette_correct_extraction_verified(tmp_path):
    draft, prov, doc, mentions = _run(tmp_path, [ok([GOOD])])
    assert [f.metric for f in draft.achievements] == ["工业开票销售"]
    assert all(check_fact(f, doc, mentions) == [] for f in draft.achievements)


@pytest.mark.vcr
def test_llm_cassette_wrong_number_is_reasked(tmp_path):
    bad = {**GOOD, "mention_id": "m77"}
    draft, prov, *_ = _run(tmp_path, [ok([bad]), ok([GOOD])])
    assert prov.re_asks == 1
    assert [f.value for f in draft.achievements] == [46.8]


@pytest.mark.vcr
def test_llm_cassette_429_then_success(tmp_path):
    draft, prov, *_ = _run(tmp_path, [(429, {"retry-after": "0"}, {"error": {"message": "slow"}}),
                                      ok([GOOD])])
    assert prov.transport_retries == 1 and len(draft.achievements) == 1


@pytest.mark.vcr
def test_llm_cassette_truncated_answer_dropped(tmp_path):
    from test_llm import completion

    cut = (200, {}, completion('{"facts": [{"mention_id": "m1"', "length"))
    draft, prov, *_ = _run(tmp_path, [cut])
    assert draft.achievements == [] and prov.tokens.completion_tokens == 20


def test_llm_cassettes_contain_no_keys():
    if RECORD_AUTHORED:  # the header is stamped when this module's recording ends; checked on replay
        pytest.skip("cassettes are being recorded; run again without SUMMARIZER_RECORD_AUTHORED")
    files = list(CASSETTES.rglob("*.yaml"))
    assert files, "no cassettes found"
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"sk-[A-Za-z0-9]{8,}|Bearer", text), path
        if path.name.endswith(".authored.yaml"):
            assert text.startswith(AUTHORED_HEADER), f"{path}: authored header missing"


def test_llm_cassette_matcher_ignores_pydantic_doc_version_only():
    from types import SimpleNamespace as R

    from llm_vcr import canonical_body

    a = R(body=b'{"m": "see https://errors.pydantic.dev/2.14/v/value_error", "n": 1}')
    b = R(body=b'{"n": 1, "m": "see https://errors.pydantic.dev/2.15/v/value_error"}')
    canonical_body(a, b)  # same request after a pydantic upgrade
    with pytest.raises(AssertionError):
        canonical_body(a, R(body=b'{"n": 2, "m": "see https://errors.pydantic.dev/2.14/v/value_error"}'))
