"""The public library API: `summarize(path)` / `summarize_text(text)`, `brief(anything)`,
`render_as(obj, fmt)`; errors are exceptions, never prints or exits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import summarizer

ROOT = Path(__file__).resolve().parents[1]
TEXT = "园区实现工业开票销售46.8亿元，同比增长9%。力争全年税收达到5亿元。"
DEMO = ROOT / "examples" / "lingang-2023-h1-report.html"


def test_api_summarize_text_returns_verified_report():
    report = summarizer.summarize_text(TEXT, engine="offline")
    assert isinstance(report, summarizer.Report)
    fact = report.achievements[0]
    assert (fact.metric, fact.value_normalized, fact.growth_pct) == ("工业开票销售", 4.68e9, 9.0)
    assert TEXT[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    assert report.targets[0].commitment == "力争"


def test_api_summarize_path_and_str_path_agree():
    by_path = summarizer.summarize(DEMO, engine="offline")
    by_str = summarizer.summarize(str(DEMO), engine="offline")
    assert by_path.source.sha256 == by_str.source.sha256
    assert by_path.achievements == by_str.achievements and by_path.source.format == "html"


def test_api_mistyped_path_is_an_error_not_report_text():
    """Was: summarize("report.html") summarized the string "report.html" (0 facts, no error)."""
    with pytest.raises(summarizer.InputError, match="does not exist.*summarize_text"):
        summarizer.summarize("report.html")
    with pytest.raises(summarizer.InputError, match="is report text"):
        summarizer.summarize(TEXT + "\n" + TEXT)


def test_api_errors_are_exceptions_not_exits(tmp_path):
    with pytest.raises(summarizer.InputError):
        summarizer.summarize(tmp_path / "missing.txt")
    with pytest.raises(summarizer.ConfigError):
        summarizer.summarize_text(TEXT, engine="llm", settings=summarizer.Settings())


def test_api_brief_from_summarize_is_checked_english():
    report = summarizer.summarize_text(TEXT, engine="offline")
    result = summarizer.brief(report, engine="offline")
    assert isinstance(result, summarizer.Brief)
    assert "RMB 4.68 billion" in " ".join(line.text for line in result.key_figures)
    check = result.provenance.check
    assert check.numbers_checked > 0 and check.numbers_matched == check.numbers_checked


def test_api_brief_takes_a_path_a_report_json_or_a_report(tmp_path):
    """Was: brief("file.txt") raised AttributeError."""
    report = summarizer.summarize(DEMO, engine="offline")
    saved = tmp_path / "r.json"
    saved.write_text(report.model_dump_json(), encoding="utf-8")
    sources = [report, DEMO, str(DEMO), saved, str(saved), report.model_dump_json(),
               json.loads(report.model_dump_json())]
    briefs = [summarizer.brief(source, engine="offline") for source in sources]
    texts = {summarizer.render_as(b, "md") for b in briefs}
    assert len(texts) == 1 and "RMB" in texts.pop()
    with pytest.raises(summarizer.InputError, match="does not exist"):
        summarizer.brief("file.txt", engine="offline")
    with pytest.raises(summarizer.InputError, match="not a valid Report"):
        summarizer.brief('{"source": 1}', engine="offline")


@pytest.mark.parametrize(("fmt", "marker"), [("json", '"achievements"'), ("md", "# "),
                                             ("html", "<html"), ("csv", "source,id,kind,year"),
                                             ("jsonl", '"kind": ')])
def test_api_render_as_every_report_format(fmt, marker):
    report = summarizer.summarize(DEMO, engine="offline")
    assert marker in summarizer.render_as(report, fmt)


@pytest.mark.parametrize(("fmt", "marker"), [("md", "# "), ("txt", "RMB"), ("json", '"summary"'),
                                             ("html", "<html")])
def test_api_render_as_every_brief_format(fmt, marker):
    result = summarizer.brief(summarizer.summarize(DEMO, engine="offline"), engine="offline")
    assert marker in summarizer.render_as(result, fmt)


def test_api_names_stay_functions_after_subpackage_imports():
    import summarizer.brief.render  # noqa: F401
    import summarizer.render.tables  # noqa: F401

    assert callable(summarizer.brief) and callable(summarizer.render_as)
