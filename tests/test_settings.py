"""Settings come from the environment; bad values fail early with the setting named."""

from __future__ import annotations

import pydantic
import pytest

from summarizer.settings import Settings

ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_MODE",
       "SUMMARIZER_MAX_REASKS", "SUMMARIZER_TEMPERATURE")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    "env, configured",
    [
        ({}, False),
        ({"SUMMARIZER_MODEL": "gpt-4o-mini"}, False),
        ({"SUMMARIZER_MODEL": "gpt-4o-mini", "OPENAI_API_KEY": "k"}, True),
        ({"SUMMARIZER_MODEL": "qwen2.5", "OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"}, True),
        ({"OPENAI_API_KEY": "k"}, False),
    ],
)
def test_settings_llm_configured(monkeypatch, env, configured):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert Settings().llm_configured() is configured


@pytest.mark.parametrize(
    "name, value, field, expected",
    [
        ("SUMMARIZER_MODE", "json", "mode", "json"),
        ("SUMMARIZER_MAX_REASKS", "0", "max_reasks", 0),
        ("SUMMARIZER_TEMPERATURE", "0.3", "temperature", 0.3),
    ],
)
def test_settings_read_from_env(monkeypatch, name, value, field, expected):
    monkeypatch.setenv(name, value)
    assert getattr(Settings(), field) == expected


@pytest.mark.parametrize(
    "name, value", [("SUMMARIZER_MODE", "functions"), ("SUMMARIZER_MAX_REASKS", "50")]
)
def test_settings_reject_bad_values(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(pydantic.ValidationError, match=name):
        Settings()


def test_from_environment_reads_again_when_the_environment_changes(monkeypatch):
    from summarizer.settings import from_environment

    monkeypatch.setenv("SUMMARIZER_MAX_REASKS", "3")
    first = from_environment()
    assert first.max_reasks == 3 and first == Settings()
    first.max_reasks = 1  # a caller's change stays its own: the next call gets a fresh copy
    assert from_environment().max_reasks == 3
    monkeypatch.setenv("SUMMARIZER_MAX_REASKS", "4")
    assert from_environment().max_reasks == 4
    monkeypatch.setenv("SUMMARIZER_MAX_REASKS", "9")
    with pytest.raises(pydantic.ValidationError):
        from_environment()  # a bad value still fails, it is never served from the last read
