"""Any OpenAI-compatible endpoint works with default settings: mode negotiation (auto), no
retries of a rejected mode, remembered mode, `summarizer doctor`, provider presets.

The servers are the authored loopback fakes of tests/fake_endpoints.py (127.0.0.1, port 0).
"""

from __future__ import annotations

import json
import os
import re
import urllib.request
from pathlib import Path

import pytest
from fake_endpoints import LLAMACPP_JSON_SCHEMA_500, FakeEndpoint

from summarizer.cli import main
from summarizer.engines.modes import rejection, remembered_mode
from summarizer.providers import PROVIDERS, render_table
from summarizer.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [ROOT / "examples" / "xiangjiang-2022-annual.txt",
            ROOT / "examples" / "taihu-2021-midyear-traditional.txt"]
KEY = "sk-test-key-1234567890"


def _cli(args: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    out, err = capsys.readouterr()
    return exit_.value.code or 0, out, err


@pytest.fixture
def endpoint(monkeypatch, request):
    """A fake server of the given profile, with default settings pointing at it."""
    with FakeEndpoint(request.param) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("SUMMARIZER_MODEL", "m")
        monkeypatch.delenv("SUMMARIZER_MODE", raising=False)
        yield server


# profile -> chat requests of the first report, of the second report, mode in provenance
WORKING = {
    "openai": (["json_schema"], ["json_schema"], "json_schema"),
    "llamacpp": (["json_schema", "tools"], ["tools"], "tools"),  # one rejected probe, remembered
    "notools": (["json_schema"], ["json_schema"], "json_schema"),
}


@pytest.mark.parametrize("endpoint", list(WORKING), indirect=True)
def test_modes_default_settings_work_on_first_report(endpoint, capsys):
    first, second, mode = WORKING[endpoint.profile.name]
    code, out, err = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm"], capsys)
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert endpoint.chat_modes() == first  # at most one rejected probe, never retried
    assert report["provenance"]["mode"] == mode and report["achievements"]
    del endpoint.requests[:]
    code, out, _ = _cli(["summarize", str(EXAMPLES[1]), "--engine", "llm"], capsys)
    assert code == 0 and endpoint.chat_modes() == second
    assert json.loads(out)["provenance"]["mode"] == mode


@pytest.mark.parametrize(("endpoint", "words"), [
    ("badkey", "rejected the API key: set OPENAI_API_KEY"),
    ("nomodel", "Model 'm' was not found: set SUMMARIZER_MODEL"),
], indirect=["endpoint"])
def test_modes_key_or_model_problem_stops_with_one_line(endpoint, words, capsys):
    code, out, err = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm"], capsys)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("summarizer: ") and words in err
    assert len(endpoint.chat_modes()) == 1  # a 401/404 is neither retried nor another mode
    assert KEY not in err


@pytest.mark.parametrize("endpoint", ["llamacpp"], indirect=True)
def test_modes_explicit_mode_is_never_overridden(endpoint, monkeypatch, capsys):
    monkeypatch.setenv("SUMMARIZER_MODE", "json_schema")
    code, _, err = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm"], capsys)
    assert code == 1 and endpoint.chat_modes() == ["json_schema"]  # no retry, no fallback
    assert "does not accept SUMMARIZER_MODE=json_schema: use SUMMARIZER_MODE=auto" in err
    del endpoint.requests[:]
    code, out, _ = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm", "--mode", "json"],
                        capsys)
    assert code == 0 and endpoint.chat_modes() == ["json"]
    assert json.loads(out)["provenance"]["mode"] == "json"


@pytest.mark.parametrize("endpoint", ["llamacpp"], indirect=True)
def test_modes_working_mode_remembered_per_url_and_model(endpoint, capsys):
    settings = Settings()
    assert remembered_mode(settings) is None
    assert _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm", "--no-cache"], capsys)[0] == 0
    assert remembered_mode(settings) == "tools"
    assert remembered_mode(settings.model_copy(update={"model": "other"})) is None


def test_modes_every_mode_rejected_is_one_line(monkeypatch, capsys):
    from fake_endpoints import NO_TOOLS_400, Profile

    refuse = {"json_schema": (500, LLAMACPP_JSON_SCHEMA_500), "tools": (400, NO_TOOLS_400),
              "json": (400, {"error": {"message": "response_format is not supported"}})}
    with FakeEndpoint(Profile("none", rejects=refuse)) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("SUMMARIZER_MODEL", "m")
        code, _, err = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm"], capsys)
        assert code == 1 and server.chat_modes() == ["json_schema", "tools", "json"]
        assert err.count("\n") == 1 and "rejected every structured-output mode" in err


class _StatusError(Exception):
    """Shaped like openai.APIStatusError (status_code, body, response)."""

    def __init__(self, status: int, body: dict) -> None:
        super().__init__(str(body))
        self.status_code, self.body, self.response = status, body, None


@pytest.mark.parametrize(("status", "body", "is_rejection"), [
    (500, LLAMACPP_JSON_SCHEMA_500, True),
    (400, {"error": {"message": "This response_format type is unavailable now"}}, True),
    (400, {"error": {"message": "tools is not supported"}}, True),
    (500, {"error": {"message": "CUDA out of memory"}}, False),  # a fault: retried
    (500, {"error": {"message": "response_format: model crashed"}}, False),  # no validation
    (400, {"error": {"message": "maximum context length is 8192 tokens"}}, False),
    (401, {"error": {"message": "invalid tool key"}}, False),
    (429, {"error": {"message": "slow down"}}, False),
])
def test_modes_rejection_is_recognised(status, body, is_rejection):
    assert bool(rejection(_StatusError(status, body))) is is_rejection


def test_modes_rejection_is_not_transient():
    import httpx2 as httpx
    import openai

    from summarizer.engines.client import is_transient

    response = httpx.Response(500, request=httpx.Request("POST", "http://127.0.0.1/v1"))
    llama = openai.InternalServerError("500", response=response, body=LLAMACPP_JSON_SCHEMA_500)
    fault = openai.InternalServerError("500", response=response, body={"error": {"message": "x"}})
    assert not is_transient(llama) and is_transient(fault)


# --- doctor -------------------------------------------------------------------------------

DOCTOR = {  # profile -> exit code, lines the table must contain
    "openai": (0, [r"authenticated\s+yes", r"model listed\s+yes", r"context size\s+128000 tokens",
                   r"json_schema\s+works", r"tools\s+works", r"json\s+works",
                   r"use: OPENAI_BASE_URL=\S+ SUMMARIZER_MODEL=m SUMMARIZER_MODE=json_schema"]),
    "llamacpp": (0, [r"json_schema\s+rejected\s+\d+ ms\s+HTTP 500: .*Input should be",
                     r"tools\s+works", r"json\s+works", r"SUMMARIZER_MODE=tools",
                     r"context size\s+not reported"]),
    "notools": (0, [r"json_schema\s+works", r"tools\s+rejected .*HTTP 400", r"json\s+works",
                    r"SUMMARIZER_MODE=json_schema"]),
    "badkey": (2, [r"reachable\s+yes", r"authenticated\s+no \(HTTP 401",
                   r"no mode works: the server rejected the API key; set OPENAI_API_KEY"]),
    "nomodel": (2, [r"model listed\s+no \(the server lists: other-model\)",
                    r"json_schema\s+error .*HTTP 404", r"no mode works: the model is not served"]),
}


@pytest.mark.parametrize("endpoint", list(DOCTOR), indirect=True)
def test_doctor_prints_the_right_table(endpoint, capsys):
    code, out, err = _cli(["doctor"], capsys)
    expected_code, patterns = DOCTOR[endpoint.profile.name]
    assert code == expected_code, out + err
    for pattern in patterns:
        assert re.search(pattern, out), f"{pattern!r} not in:\n{out}"
    assert KEY not in out + err and re.search(r"API key\s+set \(not shown\)", out)
    chats = endpoint.chat_modes()
    assert chats == ([] if endpoint.profile.name == "badkey" else list(("json_schema", "tools",
                                                                       "json")))
    if expected_code:
        assert err.count("\n") == 1 and err.startswith("summarizer: doctor: ")


def test_doctor_unreachable_server_exits_2(monkeypatch, capsys):
    with FakeEndpoint("openai") as server:
        url = server.url
    monkeypatch.setenv("OPENAI_BASE_URL", url)  # closed: nothing listens there now
    monkeypatch.setenv("SUMMARIZER_MODEL", "m")
    code, out, err = _cli(["doctor"], capsys)
    assert code == 2 and re.search(r"reachable\s+no", out) and "not reachable" in err


def test_doctor_masks_a_key_the_server_echoes(monkeypatch, capsys):
    from fake_endpoints import Profile

    echo = {"json_schema": (400, {"error": {"message": f"response_format refused for {KEY}"}})}
    with FakeEndpoint(Profile("echo", rejects=echo)) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("SUMMARIZER_MODEL", "m")
        code, out, err = _cli(["doctor"], capsys)
    assert code == 0 and "refused for ***" in out and KEY not in out + err


# --- provider presets ---------------------------------------------------------------------

def test_providers_readme_table_is_generated_from_the_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert render_table() in readme, "README provider table out of date: paste render_table()"


def test_providers_settings_literal_lists_every_preset():
    literal = Settings.model_fields["provider"].annotation
    assert set(literal.__args__[0].__args__) == set(PROVIDERS)  # Literal[...] | None


def test_providers_preset_fills_only_what_is_unset(monkeypatch):
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-deepseek-test")
    s = Settings(provider="deepseek")
    assert (s.openai_base_url, s.model, s.mode, s.openai_api_key) == (
        "https://api.deepseek.com/v1", "deepseek-chat", "json", "sk-deepseek-test")
    monkeypatch.setenv("SUMMARIZER_MODEL", "deepseek-reasoner")
    s = Settings(provider="deepseek", mode="tools")
    assert (s.model, s.mode) == ("deepseek-reasoner", "tools")
    assert Settings(provider="llamacpp").llm_configured()  # a local server needs no key


@pytest.mark.parametrize(("provider", "var"), [("deepseek", "DEEPSEEK_API_KEY"),
                                               ("dashscope", "DASHSCOPE_API_KEY"),
                                               ("openai", "OPENAI_API_KEY")])
def test_providers_missing_key_names_the_variable(provider, var, monkeypatch, capsys):
    monkeypatch.delenv(var, raising=False)
    code, out, err = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm", "--provider",
                           provider], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"Provider '{provider}' needs an API key and none is set. Set {var}" in err
    code, out, err = _cli(["summarize", str(EXAMPLES[0]), "--provider", provider], capsys)
    assert code == 0 and f"needs {var} (not set); using the offline engine" in err


def test_providers_env_variable_selects_the_preset(monkeypatch, capsys):
    with FakeEndpoint("openai") as server:
        monkeypatch.setenv("SUMMARIZER_PROVIDER", "vllm")
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)  # the variable wins over the preset
        code, _, err = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm"], capsys)
        assert code == 2 and "Provider 'vllm' has no default model" in err
        code, out, _ = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm", "--model", "m"],
                            capsys)
        assert code == 0 and server.chat_modes() == ["json_schema"]  # the vLLM preset's mode
        assert json.loads(out)["provenance"]["mode"] == "json_schema"


# --- optional: the README's real llama.cpp server ------------------------------------------

LIVE_URL = os.environ.get("SUMMARIZER_LLAMACPP_URL", "http://127.0.0.1:8080/v1")


def _live_server_model() -> str | None:
    try:
        with urllib.request.urlopen(f"{LIVE_URL}/models", timeout=2) as answer:
            return json.load(answer)["data"][0]["id"]
    except Exception:  # noqa: BLE001 - not running: the test is skipped
        return None


def test_modes_live_llamacpp_default_settings(monkeypatch, capsys):
    """Against `python -m llama_cpp.server` (README): no SUMMARIZER_MODE needed."""
    model = _live_server_model()
    if model is None:
        pytest.skip(f"no llama.cpp server at {LIVE_URL} (see README: a live local server)")
    for name, value in {"OPENAI_BASE_URL": LIVE_URL, "OPENAI_API_KEY": "x",
                        "SUMMARIZER_MODEL": model, "SUMMARIZER_CHUNK_CHARS": "1200",
                        "SUMMARIZER_MAX_TOKENS": "512", "SUMMARIZER_TIMEOUT": "600"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SUMMARIZER_MODE", raising=False)
    short = ROOT / "tests" / "fixtures" / "llm-recorded-short.txt"
    code, out, err = _cli(["summarize", str(short), "--engine", "llm"], capsys)
    assert code == 0, err
    assert json.loads(out)["provenance"]["mode"] in ("tools", "json")


def test_modes_accepted_mode_is_remembered_even_when_the_answer_does_not_parse(monkeypatch,
                                                                               capsys):
    """A weak model behind llama-cpp-python: tools is taken but the answer is no Extraction;
    the next report must not probe json_schema again."""
    import fake_endpoints

    monkeypatch.setattr(fake_endpoints, "authored_answer", lambda body: {"oops": 1})
    with FakeEndpoint("llamacpp") as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("SUMMARIZER_MODEL", "m")
        monkeypatch.setenv("SUMMARIZER_MAX_REASKS", "0")
        code, out, _ = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm"], capsys)
        assert code == 0 and server.chat_modes() == ["json_schema", "tools"]
        report = json.loads(out)
        assert any("chunk 1 of 1 dropped" in w for w in report["checks"]["warnings"])
        assert report["provenance"]["mode"] == "tools"  # the mode the server took
        assert remembered_mode(Settings()) == "tools"
        del server.requests[:]
        assert _cli(["summarize", str(EXAMPLES[1]), "--engine", "llm"], capsys)[0] == 0
        assert server.chat_modes() == ["tools"]


def test_doctor_says_accepted_when_the_answer_does_not_parse(monkeypatch, capsys):
    import fake_endpoints

    monkeypatch.setattr(fake_endpoints, "authored_answer", lambda body: {"oops": 1})
    with FakeEndpoint("notools") as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("SUMMARIZER_MODEL", "m")
        code, out, _ = _cli(["doctor"], capsys)
    assert code == 0 and re.search(r"json_schema\s+accepted .*the answer did not parse", out)
    assert re.search(r"tools\s+rejected", out) and "SUMMARIZER_MODE=json_schema" in out


@pytest.mark.parametrize(("entry", "size"), [
    ({"id": "m", "max_model_len": 32768}, 32768),  # vLLM
    ({"id": "m", "meta": {"n_ctx_train": 8192, "n_vocab": 49152}}, 8192),  # llama.cpp server
    ({"id": "m", "context_length": 128000}, 128000),
    ({"id": "m", "owned_by": "me"}, None),  # llama-cpp-python, Ollama: not said
])
def test_doctor_reads_the_context_size_where_servers_put_it(entry, size):
    from summarizer.doctor import _context_size

    assert _context_size(entry) == size


def test_providers_local_presets_need_no_key(monkeypatch, capsys):
    """A base URL without a key exits 2 (a key is needed by hosted endpoints), except for the
    presets of local servers, which take none."""
    with FakeEndpoint("llamacpp") as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("SUMMARIZER_MODEL", "m")
        code, _, err = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm"], capsys)
        assert code == 2 and "OPENAI_API_KEY is not set" in err and server.requests == []
        code, out, err = _cli(["summarize", str(EXAMPLES[0]), "--engine", "llm", "--provider",
                               "llamacpp"], capsys)
        assert code == 0, err
        assert server.chat_modes() == ["json"]  # the preset's mode, no key
