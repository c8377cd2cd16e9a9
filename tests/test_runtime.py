"""The CLI's process-wide settings: the collector runs less often, the library sets nothing."""

from __future__ import annotations

import gc

import pytest

from summarizer import cli
from summarizer.runtime import YOUNG_GENERATION_THRESHOLD, tune_garbage_collector


@pytest.fixture
def thresholds():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_runtime_raises_only_the_young_threshold(thresholds):
    gc.set_threshold(700, 10, 10)
    tune_garbage_collector()
    assert gc.get_threshold() == (YOUNG_GENERATION_THRESHOLD, 10, 10)
    assert gc.isenabled()


def test_runtime_cli_entry_tunes_the_collector(thresholds, capsys):
    gc.set_threshold(700, 10, 10)
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert gc.get_threshold()[0] == YOUNG_GENERATION_THRESHOLD


def test_runtime_library_call_leaves_the_collector_alone(thresholds, tmp_path):
    from summarizer.pipeline import summarize_path

    gc.set_threshold(700, 10, 10)
    report = tmp_path / "r.txt"
    report.write_text("2023年全区实现地区生产总值120.5亿元，同比增长6.2%。", encoding="utf-8")
    summarize_path(report, engine="offline")
    assert gc.get_threshold() == (700, 10, 10)
