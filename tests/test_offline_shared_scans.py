"""The scans the figures of one paragraph share (facts.FactBuilder) answer as each figure's own
scan would: short texts written for this test in the style of the reports."""

from __future__ import annotations

import pytest

from summarizer.engines.offline.facts import YEARS_SPAN, FactBuilder
from summarizer.engines.offline.sections import Modes
from summarizer.text.clean import clean
from summarizer.text.segment import Segments


def _builder(text: str) -> FactBuilder:
    doc = clean(text)
    return FactBuilder(doc, Segments.of(doc), Modes.of(doc))


@pytest.mark.parametrize(
    "text",
    [
        # a span cut at every character: 过去五年来, 三年年平均 (the lookahead past the match), 2016—2020年
        "过去五年来，全市三年年平均增长8%，2016—2020年累计新增就业5万人，五年间建成学校12所。",
        "近三年累计完成投资120亿元，十年中新增企业300家，四年多来造林2万亩，2018年到2022年年均增长6%。",
    ],
)
def test_years_spans_match_a_scan_up_to_each_position(text):
    builder = _builder(text)
    norm = builder.norm
    for lo in (0, norm.find("，") + 1):
        for hi in range(lo, len(norm) + 1):
            expected = [w.span() for w in YEARS_SPAN.finditer(norm, lo, hi)]
            assert builder._years_spans(lo, hi) == expected, (lo, hi)
