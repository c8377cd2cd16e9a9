"""Shared fixtures: every test runs with a private cache and no model endpoint from the shell."""

from __future__ import annotations

import pytest

_ENGINE_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_ENGINE")


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """A developer's real key or cache must never leak into (or be touched by) a test."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    for name in _ENGINE_ENV:
        monkeypatch.delenv(name, raising=False)


def pytest_recording_configure(config, vcr):
    """Cassettes match request bodies as canonical JSON (see tests/llm_vcr.py)."""
    from llm_vcr import canonical_body

    vcr.register_matcher("canonical_body", canonical_body)
