"""pytest plugin for your own test suite: replay recorded model answers offline.

Enable it in your `conftest.py` with `pytest_plugins = ["summarizer.testing"]` (needs vcrpy:
`pip install "summarizer[record]"`), record once with `summarizer record ... --cassettes DIR`,
then::

    @pytest.mark.summarizer_cassettes("tests/cassettes")
    def test_figures_unchanged(summarizer_replay):
        result = summarizer_replay("reports/2024-h1.html")
        assert result.changes == []          # fact by fact against the recorded snapshot
        assert result.report.checks.verified > 0

The directory can also come from the `summarizer_cassettes` ini option. Replays use the
recording's settings and the same matching and scrubbing rules as `summarizer replay`; the
network is blocked while a report is replayed, and a request that is not in the cassette
raises `summarizer.regression.ReplayError` naming what changed since the recording.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("summarizer_cassettes", "Directory written by `summarizer record`.", default="")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "summarizer_cassettes(directory): cassettes for the summarizer_replay fixture"
    )


@pytest.fixture
def summarizer_cassettes(request: pytest.FixtureRequest) -> Path:
    """The cassette directory: the test's marker, else the ini option (relative to rootdir)."""
    marker = request.node.get_closest_marker("summarizer_cassettes")
    value = marker.args[0] if marker and marker.args else request.config.getini(
        "summarizer_cassettes")
    if not value:
        raise pytest.UsageError(
            "summarizer_replay needs a cassette directory: @pytest.mark.summarizer_cassettes(DIR) "
            "or `summarizer_cassettes = DIR` in the pytest ini options"
        )
    path = Path(value)
    return path if path.is_absolute() else Path(request.config.rootpath) / path


@pytest.fixture
def summarizer_replay(summarizer_cassettes: Path, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """`replay(path, **overrides) -> ReplayResult` (report, changes against the snapshot)."""
    from summarizer.regression import ReplayResult, replay_and_compare

    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "summarizer-cache"))

    def replay(path: str | Path, **overrides: Any) -> ReplayResult:
        return replay_and_compare(Path(path), summarizer_cassettes, overrides)

    return replay
