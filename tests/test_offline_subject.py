"""Issue 8, judged-sample classes: a measure's subject from an earlier clause, growth stated as a
multiple, and ranges whose two ends carry different units.

Every sentence is written from scratch in the style of government work reports and statistical
communiqués; none is taken from the shared corpus.
"""

from __future__ import annotations

import pytest

import summarizer


def facts(text: str):
    report = summarizer.summarize_text(text, engine="offline", keep_unverified=True)
    return list(report.facts())


def one(text: str, value: float, unit: str | None = None):
    hits = [f for f in facts(text) if f.value == value and (unit is None or f.unit == unit)]
    assert len(hits) == 1, [(f.metric, f.value, f.unit) for f in facts(text)]
    assert hits[0].verified, (hits[0].metric, hits[0].failed_fields())
    return hits[0]


# --- growth written as a multiple: 增长1.5倍 is 150% -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "growth"),
    [
        ("私营经济零售额263.4亿元，比上年增长1.5倍。", 263.4, 150.0),
        ("全年光伏组件出口额48亿美元，增加2.3倍。", 48, 230.0),
        ("技术合同成交额达到96亿元，同比增长1倍。", 96, 100.0),
    ],
)
def test_growth_multiple_is_the_figures_growth(text, value, growth):
    fact = one(text, value)
    assert fact.growth_pct == pytest.approx(growth)
    assert not [f for f in facts(text) if f.unit == "倍"], "the multiple is the growth, no fact of its own"


def test_growth_multiples_go_to_their_figures_in_order():
    text = "全市高新技术产业产值达到3120亿元，实现利润286亿元，分别增长1.2倍和1.6倍。"
    assert one(text, 3120).growth_pct == pytest.approx(120.0)
    assert one(text, 286).growth_pct == pytest.approx(160.0)


def test_multiple_of_a_base_stays_a_multiple():
    text = "地区生产总值达到1530亿元，是2015年的2.4倍。"
    assert one(text, 1530).growth_pct is None
    assert one(text, 2.4, "倍").metric.startswith("地区生产总值")


def test_verifier_rejects_a_multiple_read_as_percent():
    text = "私营经济零售额263.4亿元，比上年增长1.5倍。"
    fact = one(text, 263.4)
    doctored = fact.model_copy(update={"growth_pct": 1.5})
    from summarizer.models import FactField
    from summarizer.text.clean import clean
    from summarizer.text.numbers import extract_mentions
    from summarizer.verify import claim_findings

    doc = clean(text)
    mentions = extract_mentions(doc)
    figure = next(m for m in mentions if m.raw == "263.4亿元")
    found = {f.field: f.status for f in claim_findings(doctored, doc, mentions, figure)}
    assert found[FactField.GROWTH].value == "failed"
