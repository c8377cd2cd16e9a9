"""`summarizer record` / `replay` / `eval --cassettes` and the `summarizer.testing` plugin.

Recordings are made against the authored loopback fake of tests/fake_endpoints.py (127.0.0.1,
port 0), which is stopped before anything is replayed.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from fake_endpoints import PROFILES, FakeEndpoint, Profile

from summarizer.cli import main
from summarizer.regression import manifest_for_recording, record_reports, replay_reports
from summarizer.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.name != "README.md")
KEY = "sk-test-secret-0123456789abcdef"
RECORDED = ROOT / "cassettes" / "test_llm_recorded"
sys.path.insert(0, str(ROOT / "scripts"))
from recorded_manifest import PATHS as RECORDED_PATHS  # noqa: E402


def _cli(args: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    out, err = capsys.readouterr()
    return exit_.value.code or 0, out, err


@pytest.fixture(scope="module")
def recorded(tmp_path_factory) -> Path:
    """The bundled examples recorded once (API), against a fake that echoes the key."""
    directory = tmp_path_factory.mktemp("recorded")
    profile = Profile("echo", echo_key=True, model_info=PROFILES["openai"].model_info)
    with FakeEndpoint(profile) as server:
        settings = Settings(openai_base_url=server.url, openai_api_key=KEY, model="m",
                            cache_dir=directory / "cache", mode="auto", provider=None)
        record_reports(EXAMPLES, directory / "cassettes", settings)
        assert len(server.chat_modes()) == len(EXAMPLES)
    return directory / "cassettes"


@pytest.fixture
def cassettes(recorded, tmp_path) -> Path:
    """A private copy a test may edit."""
    return Path(shutil.copytree(recorded, tmp_path / "cassettes"))


class _Guard:
    """Counts (and refuses) every outgoing connection made while it is installed."""

    def __init__(self, monkeypatch) -> None:
        self.attempts: list[str] = []

        def connect(sock, address):
            self.attempts.append(str(address))
            raise OSError("test guard: no network")

        monkeypatch.setattr(socket.socket, "connect", connect)


def test_record_then_replay_bundled_examples(tmp_path, monkeypatch, capsys):
    directory = tmp_path / "regress"
    with FakeEndpoint("openai") as server:
        for name, value in {"OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": KEY,
                            "SUMMARIZER_MODEL": "m"}.items():
            monkeypatch.setenv(name, value)
        code, out, err = _cli(["record", *map(str, EXAMPLES), "--cassettes", str(directory)],
                              capsys)
        assert code == 0, err
        assert err.count("summarizer: recorded ") == len(EXAMPLES)
        sent = len(server.requests)
    assert sent == len(EXAMPLES)  # one chunk each, nothing else
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name)  # the server is gone, and so are the settings
    for path in EXAMPLES:
        assert (directory / f"{path.stem}.yaml").is_file()
        assert (directory / f"{path.stem}.report.json").is_file()
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["model"] == "m" and set(manifest["reports"]) == {p.stem for p in EXAMPLES}
    assert {"summarizer_version", "base_url", "prompts", "date"} <= set(manifest)
    assert manifest["prompts"]["extract.user"]["version"]

    guard = _Guard(monkeypatch)
    code, out, err = _cli(["replay", *map(str, EXAMPLES), "--cassettes", str(directory)], capsys)
    assert (code, err) == (0, "") and out.count(": unchanged") == len(EXAMPLES)
    assert guard.attempts == [] and len(server.requests) == sent

    for result in replay_reports(EXAMPLES, directory):
        snapshot = json.loads((directory / f"{result.stem}.report.json").read_text("utf-8"))
        new = result.report.model_dump(mode="json")
        for report in (snapshot, new):
            report["provenance"].pop("elapsed_ms")
        assert new == snapshot  # identical Reports
        assert new["achievements"]  # the fake answered real figures


def test_replay_socket_guard_blocks_and_restores():
    from summarizer.recording import NetworkBlockedError, no_network

    before = (socket.socket.connect, socket.socket.connect_ex, socket.create_connection)
    with no_network() as blocked:
        with pytest.raises(NetworkBlockedError):
            socket.create_connection(("127.0.0.1", 9))
        with socket.socket() as sock, pytest.raises(NetworkBlockedError):
            sock.connect(("127.0.0.1", 9))
    assert blocked == ["('127.0.0.1', 9)", "('127.0.0.1', 9)"]
    assert (socket.socket.connect, socket.socket.connect_ex, socket.create_connection) == before


def test_record_writes_no_key_or_auth_header_even_when_echoed(recorded):
    files = list(recorded.iterdir())
    assert len(files) == 2 * len(EXAMPLES) + 1
    echoed = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert KEY not in text and KEY[:12] not in text, path
        assert not re.search(r"authorization|api-key|Bearer", text, re.I), path
        echoed += text.count("chatcmpl-fakeREDACTED")
    assert echoed == len(EXAMPLES)  # the server did echo it: it was redacted, not absent


def test_replay_with_another_model_names_the_change(cassettes, capsys):
    code, out, err = _cli(["replay", str(EXAMPLES[0]), "--cassettes", str(cassettes),
                           "--model", "other-model"], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"{EXAMPLES[0].name}: a request is not in" in err
    assert "changed since the recording: model 'm' -> 'other-model'" in err


def test_replay_with_another_prompt_version_names_the_change(cassettes, tmp_path, monkeypatch,
                                                              capsys):
    from summarizer import prompts

    edited = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", edited)
    user = edited / "extract.user.md"
    text = user.read_text(encoding="utf-8")
    user.write_text(text.replace("version: extract-2", "version: extract-3", 1)
                    .replace("Return the facts", "Return all the facts"), encoding="utf-8")
    monkeypatch.setattr(prompts, "prompt_dirs", lambda: [edited])
    prompts.load_prompt.cache_clear()
    try:
        code, _, err = _cli(["replay", str(EXAMPLES[0]), "--cassettes", str(cassettes)], capsys)
    finally:
        prompts.load_prompt.cache_clear()
    assert code == 2 and err.count("\n") == 1
    assert re.search(r"prompt extract\.user extract-2 \(\w{8}\) -> extract-3 \(\w{8}\)", err)
    assert "model" not in err.split("changed since the recording:")[1]


def _edit_first_answer(cassette: Path, edit) -> None:
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    body = json.loads(data["interactions"][0]["response"]["body"]["string"])
    message = body["choices"][0]["message"]
    answer = json.loads(message["content"])
    edit(answer)
    message["content"] = json.dumps(answer, ensure_ascii=False)
    data["interactions"][0]["response"]["body"]["string"] = json.dumps(body, ensure_ascii=False)
    cassette.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_replay_of_an_edited_cassette_shows_the_fact_diff(cassettes, capsys):
    path = next(p for p in EXAMPLES if p.suffix == ".html")

    def edit(answer):  # the lingang example: m1 186.5亿元 (GRP), m2 7.2% (its growth)
        answer["facts"][0].update(growth_mention_id="m2")
        del answer["facts"][2]

    _edit_first_answer(cassettes / f"{path.stem}.yaml", edit)
    args = ["replay", str(path), "--cassettes", str(cassettes)]
    code, out, err = _cli(args, capsys)
    assert code == 1 and err == ""
    assert f"{path.name}: 0 added, 1 removed, 1 changed" in out
    assert re.search(r"^  ~ achievement m1 地区生产总值 = 186.5亿元: growth_pct: None -> 7.2$",
                     out, re.M)
    assert re.search(r"^  - achievement m\d+ ", out, re.M)
    code, out, _ = _cli([*args, "--format", "json"], capsys)
    changes = json.loads(out)["reports"][0]["changes"]
    assert code == 1 and sorted(c["change"] for c in changes) == ["changed", "removed"]
    assert _cli([*args, "--update"], capsys)[0] == 0
    code, out, _ = _cli(args, capsys)
    assert code == 0 and out == f"{path.name}: unchanged\n"


def test_replay_without_a_recording_is_one_line(cassettes, tmp_path, capsys):
    other = tmp_path / "new-report.txt"
    other.write_text("园区实现工业开票销售46.8亿元。\n", encoding="utf-8")
    code, _, err = _cli(["replay", str(other), "--cassettes", str(cassettes)], capsys)
    assert code == 2 and err.count("\n") == 1 and "new-report.txt: no recording in" in err
    code, _, err = _cli(["replay", str(other), "--cassettes", str(tmp_path / "none")], capsys)
    assert code == 2 and "has no manifest.json" in err


def test_eval_scores_a_recorded_model_offline(recorded, tmp_path, monkeypatch, capsys):
    path = EXAMPLES[0]
    snapshot = json.loads((recorded / f"{path.stem}.report.json").read_text(encoding="utf-8"))
    fact = snapshot["achievements"][0]
    gold_dir, samples = tmp_path / "gold", tmp_path / "samples"
    gold_dir.mkdir()
    samples.mkdir()
    shutil.copy(path, samples / path.name)
    gold = {"facts": [{"kind": "achievement", "metric": fact["metric"], "value": fact["value"],
                       "unit": fact["unit"], "value_normalized": fact["value_normalized"],
                       "growth_pct": None, "quote": fact["evidence"]["quote"]}], "actions": []}
    (gold_dir / f"{path.stem}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    guard = _Guard(monkeypatch)
    scores = tmp_path / "scores.json"
    code, out, err = _cli(["eval", "--gold", str(gold_dir), "--samples", str(samples),
                           "--cassettes", str(recorded), "--json", str(scores)], capsys)
    assert code == 0, err
    total = json.loads(scores.read_text(encoding="utf-8"))["total"]
    assert total["scores"]["fact_recall"] == 1.0 and total["counts"]["pred_facts"] == 3
    assert guard.attempts == []


def test_record_without_vcrpy_says_how_to_install(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "vcr", None)  # import vcr now raises ImportError
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("SUMMARIZER_MODEL", "m")
    code, _, err = _cli(["record", str(EXAMPLES[0]), "--cassettes", str(tmp_path)], capsys)
    assert code == 2 and err.count("\n") == 1 and 'pip install "summarizer[record]"' in err


def test_project_recorded_cassettes_replay_through_summarizer_replay(capsys, monkeypatch):
    recording = json.loads((RECORDED / "recording.json").read_text(encoding="utf-8"))
    monkeypatch.chdir(ROOT)  # the manifest names the reports relative to the project
    committed = json.loads((RECORDED / "manifest.json").read_text(encoding="utf-8"))
    assert committed == manifest_for_recording(recording, RECORDED_PATHS), (
        "cassettes/test_llm_recorded/manifest.json is out of date with recording.json or the "
        "prompts: `make record-live` re-records and regenerates it")
    paths = list(RECORDED_PATHS.values())
    guard = _Guard(monkeypatch)
    code, out, err = _cli(["replay", *paths, "--cassettes", str(RECORDED)], capsys)
    assert (code, err) == (0, "") and out.count(": unchanged") == len(paths)
    code, out2, _ = _cli(["replay", "--cassettes", str(RECORDED)], capsys)  # all in the manifest
    assert code == 0 and sorted(out2.splitlines()) == sorted(out.splitlines())
    assert guard.attempts == []


def test_testing_plugin_in_a_users_suite(recorded, tmp_path):
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "conftest.py").write_text('pytest_plugins = ["summarizer.testing"]\n', "utf-8")
    (suite / "test_mine.py").write_text(f'''
import pytest

from summarizer.regression import ReplayError

@pytest.mark.summarizer_cassettes({str(recorded)!r})
def test_unchanged(summarizer_replay):
    result = summarizer_replay({str(EXAMPLES[0])!r})
    assert result.changes == [] and result.report.achievements

@pytest.mark.summarizer_cassettes({str(recorded)!r})
def test_other_model_is_refused(summarizer_replay):
    with pytest.raises(ReplayError, match="model 'm' -> 'x'"):
        summarizer_replay({str(EXAMPLES[0])!r}, model="x")

def test_no_directory_is_a_usage_error(summarizer_replay):
    pass
''', "utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "-p", "no:recording", str(suite)], capture_output=True, text=True,
                         cwd=suite, timeout=120)
    assert "2 passed, 1 error" in run.stdout, run.stdout + run.stderr
    assert "summarizer_replay needs a cassette directory" in run.stdout


def test_record_with_auto_mode_replays_in_the_negotiated_mode(tmp_path, monkeypatch, capsys):
    path = EXAMPLES[0]
    with FakeEndpoint("llamacpp") as server:
        settings = Settings(openai_base_url=server.url, openai_api_key=KEY, model="m",
                            cache_dir=tmp_path / "cache", mode="auto", provider=None)
        record_reports([path], tmp_path / "c", settings)
        assert server.chat_modes() == ["json_schema", "tools"]  # one refusal, not retried
    manifest = json.loads((tmp_path / "c" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["reports"][path.stem]["mode"] == "tools"
    code, out, err = _cli(["replay", str(path), "--cassettes", str(tmp_path / "c")], capsys)
    assert (code, out, err) == (0, f"{path.name}: unchanged\n", "")
    code, _, err = _cli(["replay", str(path), "--cassettes", str(tmp_path / "c"), "--mode",
                         "json"], capsys)
    assert code == 2 and "mode 'tools' -> 'json'" in err


@pytest.mark.parametrize(("url", "safe"), [
    ("https://user:secret@api.example.com:8443/v1?api-key=abc", "https://api.example.com:8443/v1"),
    ("http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1"),
    (None, None),
])
def test_manifest_base_url_has_no_credentials(url, safe):
    from summarizer.regression import safe_base_url

    assert safe_base_url(url) == safe


def test_replay_with_other_chunking_names_the_setting(cassettes, capsys):
    path = next(p for p in EXAMPLES if p.suffix == ".html")  # the longest example: 2 chunks now
    code, _, err = _cli(["replay", str(path), "--cassettes", str(cassettes), "--chunk-chars",
                         "500"], capsys)
    assert code == 2 and "SUMMARIZER_CHUNK_CHARS 6000 -> 500" in err


def test_record_failure_is_one_line_and_leaves_no_half_cassette(tmp_path, monkeypatch, capsys):
    with FakeEndpoint("badkey") as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("SUMMARIZER_MODEL", "m")
        code, _, err = _cli(["record", str(EXAMPLES[0]), "--cassettes", str(tmp_path / "c")],
                            capsys)
    assert code == 1 and err.count("\n") == 1 and "rejected the API key" in err
    assert KEY not in err and list((tmp_path / "c").glob("*.yaml")) == []


def test_replay_of_an_answer_that_now_fails_a_check_names_the_reask(cassettes, capsys):
    """A past achievement relabelled a target fails the kind check; the engine re-asks, and
    that request was never recorded."""
    path = next(p for p in EXAMPLES if p.suffix == ".html")
    _edit_first_answer(cassettes / f"{path.stem}.yaml",
                       lambda answer: answer["facts"][0].update(kind="target"))
    code, _, err = _cli(["replay", str(path), "--cassettes", str(cassettes)], capsys)
    assert code == 2 and err.count("\n") == 1
    assert "the model was asked again (a re-ask" in err
