"""The public library API: `summarize` takes a path or text and never prints or exits."""

from __future__ import annotations

from pathlib import Path

import pytest

import summarizer

ROOT = Path(__file__).resolve().parents[1]
TEXT = "园区实现工业开票销售46.8亿元，同比增长9%。力争全年税收达到5亿元。"


def test_api_summarize_text_returns_verified_report():
    report = summarizer.summarize(TEXT, engine="offline")
    assert isinstance(report, summarizer.Report)
    fact = report.achievements[0]
    assert (fact.metric, fact.value_normalized, fact.growth_pct) == ("工业开票销售", 4.68e9, 9.0)
    assert TEXT[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    assert report.targets[0].commitment == "力争"


def test_api_summarize_path_and_str_path_agree():
    path = ROOT / "examples" / "lingang-2023-h1-report.html"
    by_path = summarizer.summarize(path, engine="offline")
    by_str = summarizer.summarize(str(path), engine="offline")
    assert by_path.source.sha256 == by_str.source.sha256
    assert by_path.achievements == by_str.achievements and by_path.source.format == "html"


def test_api_errors_are_exceptions_not_exits(tmp_path):
    with pytest.raises(summarizer.InputError):
        summarizer.summarize(tmp_path / "missing.txt")
    with pytest.raises(summarizer.ConfigError):
        summarizer.summarize(TEXT, engine="llm", settings=summarizer.Settings())


def test_api_brief_from_summarize_is_checked_english():
    report = summarizer.summarize(TEXT, engine="offline")
    result = summarizer.brief(report, engine="offline")
    assert isinstance(result, summarizer.Brief)
    assert "RMB 4.68 billion" in " ".join(line.text for line in result.key_figures)
    check = result.provenance.check
    assert check.numbers_checked > 0 and check.numbers_matched == check.numbers_checked
