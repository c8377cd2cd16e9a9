"""The shared verifier: quotes must be the source at their offsets, values must be mentions."""

from __future__ import annotations

from summarizer.models import Achievement, Evidence
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions
from summarizer.verify import check_fact, ground_fact, locate

TEXT = "园区实现工业开票销售46.8亿元，同比增长9%；入库税收2.1亿元。"


def fact(metric, value, unit, quote, start=0, end=0, **extra):
    return Achievement(
        metric=metric, value=value, unit=unit, evidence=Evidence(quote=quote, start=start, end=end), **extra
    )


def setup():
    doc = clean(TEXT)
    return doc, extract_mentions(doc)


def test_verify_accepts_true_fact_and_fixes_offsets():
    doc, mentions = setup()
    grounded = ground_fact(fact("工业开票销售", 46.8, "亿元", "工业开票销售46.8亿元"), doc, mentions)
    assert grounded.verified
    assert TEXT[grounded.evidence.start : grounded.evidence.end] == "工业开票销售46.8亿元"
    assert grounded.value_normalized == 4_680_000_000


def test_verify_rejects_quote_not_in_source():
    doc, mentions = setup()
    problems = check_fact(fact("工业开票销售", 46.8, "亿元", "工业销售46.8亿元"), doc, mentions)
    assert problems and "not in the source" in problems[0]


def test_verify_rejects_wrong_unit_scale():
    doc, mentions = setup()
    # 46.8亿元 rendered as 46.8万元: same digits, wrong magnitude
    problems = check_fact(fact("工业开票销售", 46.8, "万元", "工业开票销售46.8亿元"), doc, mentions)
    assert problems and "does not match" in problems[0]


def test_verify_accepts_same_value_in_other_units():
    doc, mentions = setup()
    same = fact("工业开票销售", 468000, "万元", "工业开票销售46.8亿元")
    assert check_fact(same, doc, mentions) == []


def test_verify_names_the_nearest_real_mention():
    doc, mentions = setup()
    problems = check_fact(fact("入库税收", 2.4, "亿元", "入库税收2.1亿元"), doc, mentions)
    assert "2.1亿元" in problems[0]


def test_verify_checks_growth_inside_quote():
    doc, mentions = setup()
    ok = fact("工业开票销售", 46.8, "亿元", "工业开票销售46.8亿元，同比增长9%", growth_pct=9)
    wrong = fact("工业开票销售", 46.8, "亿元", "工业开票销售46.8亿元，同比增长9%", growth_pct=19)
    assert check_fact(ok, doc, mentions) == []
    assert any("growth" in p for p in check_fact(wrong, doc, mentions))


def test_verify_offsets_are_ours_not_the_claimed_ones():
    doc, mentions = setup()
    lying = fact("入库税收", 2.1, "亿元", "入库税收2.1亿元", start=0, end=9)
    grounded = ground_fact(lying, doc, mentions)
    assert grounded.verified
    assert TEXT[grounded.evidence.start : grounded.evidence.end] == "入库税收2.1亿元"


def test_verify_locate_falls_back_to_the_normalised_view():
    doc = clean("園區實現營業收入３２億元。")
    assert locate("营业收入32亿元", doc) is not None
