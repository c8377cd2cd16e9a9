"""The HTML review page: original characters, evidence highlighted at the Report's offsets."""

from __future__ import annotations

import html
import re

from summarizer.pipeline import summarize_loaded
from summarizer.render.html import render_review
from summarizer.text.load import load_bytes

PAGE = (
    "<html><body><div>首页 > 新闻中心</div>"
    "<p>开发区上半年实现地区生产总值186.5亿元，同比增长7.2%。</p>"
    "<p>力争全年完成固定资产投资95亿元。</p>"
    "<p>备注：&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    "<div>版权所有 某市人民政府 苏ICP备12345678号</div></body></html>"
)


def _review():
    loaded = load_bytes(PAGE.encode("utf-8"), "page.html")
    report = summarize_loaded(loaded, engine="offline")
    return report, loaded.text, render_review(report, loaded.text)


def test_review_highlights_each_fact_at_its_offsets():
    report, text, page = _review()
    assert report.achievements and report.targets
    for anchor, fact in [("a1", report.achievements[0]), ("t1", report.targets[0])]:
        match = re.search(rf'<a id="{anchor}"></a><span class="([^"]+)"[^>]*>([^<]*)</span>', page)
        assert match, anchor
        assert "verified" in match.group(1)
        shown = html.unescape(match.group(2))
        assert text[fact.evidence.start : fact.evidence.start + len(shown)] == shown
        assert fact.evidence.quote.startswith(shown)


def test_review_strikes_removed_chrome_and_escapes_source_text():
    report, _, page = _review()
    assert report.source.chars_removed > 0
    assert 'class="removed"' in page and "版权所有" in page
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_review_lists_facts_with_links_and_verification_marks():
    report, _, page = _review()
    assert page.count('href="#a') == len(report.achievements)
    assert page.count('href="#t') == len(report.targets)
    assert "✓" in page and f"{report.checks.verified} verified" in page


def test_review_shows_the_english_metric_names():
    report, _, page = _review()
    assert report.achievements[0].metric_en == "gross regional product (GRP)"
    assert '<span class="en">gross regional product (GRP)</span>' in page
