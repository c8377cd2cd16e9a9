"""Claim-level verification: each claim of a fact is read in the source, or the fact fails.

Short authored sentences in the genre's style; each case names the field and the failure kind.
"""

from __future__ import annotations

import pytest

from summarizer.models import Achievement, CheckStatus, Evidence, FactField, Target
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions
from summarizer.verify import Why, claim_findings, ground_fact, reask_sentence


def make(kind, text, metric, raw, **extra):
    """A fact for the mention `raw` (its first occurrence), quoted from the metric if found."""
    doc = clean(text)
    mentions = extract_mentions(doc)
    figure = next(m for m in mentions if m.raw == raw)
    lo = text.rfind(metric, 0, figure.start) if metric and metric in text[: figure.start] else figure.start
    lo = figure.start if lo < 0 else lo
    evidence = Evidence(quote=text[lo : figure.end], start=lo, end=figure.end)
    cls = Target if kind == "target" else Achievement
    fact = cls(metric=metric, value=figure.value, value_text=figure.value_text, unit=figure.unit,
               evidence=evidence, **extra)
    return fact, doc, mentions, figure


def finding(kind, text, metric, raw, field, **extra):
    fact, doc, mentions, figure = make(kind, text, metric, raw, **extra)
    return next(f for f in claim_findings(fact, doc, mentions, figure) if f.field is field)


def status(kind, text, metric, raw, field, **extra):
    return finding(kind, text, metric, raw, field, **extra).status


# --- metric ----------------------------------------------------------------------------------

GDP = "全区实现地区生产总值120亿元，同比增长8%。一般公共预算收入5亿元。"


def test_metric_read_in_its_clause_passes():
    assert status("achievement", GDP, "地区生产总值", "120亿元", FactField.METRIC) is CheckStatus.OK


def test_metric_is_whitespace_and_script_insensitive():
    text = "園區實現營業收入３２億元。"
    assert status("achievement", text, "营业 收入", "３２億元", FactField.METRIC) is CheckStatus.OK


def test_metric_from_another_sentence_fails():
    f = finding("achievement", GDP, "地区生产总值", "5亿元", FactField.METRIC)
    assert f.status is CheckStatus.FAILED and f.why is Why.NOT_IN_SOURCE


def test_metric_of_a_verb_and_the_object_after_its_list_of_counts_is_derived():
    text = "全年续建12处、竣工5处、新开工9处农村饮水工程，维修水渠30处。"
    assert status("achievement", text, "续建农村饮水工程", "12处", FactField.METRIC) is CheckStatus.DERIVED
    # a run of counts in another unit, or no run, shares no object
    other = "全年续建12座、竣工5处、新开工9处农村饮水工程。"
    assert status("achievement", other, "续建农村饮水工程", "12座", FactField.METRIC) is CheckStatus.FAILED


def test_metric_within_the_whole_its_sentence_opens_on_is_derived():
    text = "在城镇投资中，第一产业投资320亿元，增长12%。全年第二产业投资2900亿元。"
    assert status("achievement", text, "城镇投资中第一产业投资", "320亿元", FactField.METRIC) is CheckStatus.DERIVED
    # a sentence opening on no whole gives no part of one
    f = finding("achievement", text, "城镇投资中第二产业投资", "2900亿元", FactField.METRIC)
    assert f.status is CheckStatus.FAILED


@pytest.mark.parametrize("metric", ["同比", "提高到", "占", "项目", "次", "全市"])
def test_metric_that_names_nothing_fails(metric):
    f = finding("achievement", GDP, metric, "120亿元", FactField.METRIC)
    assert f.status is CheckStatus.FAILED and f.why is Why.NAMES_NOTHING


def test_metric_reask_names_the_figure_and_the_words_before_it():
    fact, doc, mentions, figure = make("achievement", GDP, "同比", "120亿元")
    f = next(x for x in claim_findings(fact, doc, mentions, figure) if x.field is FactField.METRIC)
    sentence = reask_sentence(fact, f, figure.id)
    assert sentence == f"'同比' is not what figure {figure.id} measures: the words before it are 全区实现地区生产总值"


def test_metric_with_another_figure_between_fails():
    text = "工业总产值120亿元、税收5亿元。"
    f = finding("achievement", text, "工业总产值", "5亿元", FactField.METRIC)
    assert f.status is CheckStatus.FAILED and f.why is Why.OTHER_FIGURE_BETWEEN
    assert status("achievement", text, "税收", "5亿元", FactField.METRIC) is CheckStatus.OK


def test_metric_figures_in_a_row_share_their_words():
    text = "组织核酸检测23轮约11万人次。"
    assert status("achievement", text, "核酸检测", "约11万人次", FactField.METRIC) is CheckStatus.OK


def test_metric_list_maps_in_order():
    text = "固定资产投资、工业投资分别为50亿元、30亿元。"
    assert status("achievement", text, "工业投资", "30亿元", FactField.METRIC) is CheckStatus.OK
    assert status("achievement", text, "固定资产投资", "50亿元", FactField.METRIC) is CheckStatus.OK
    f = finding("achievement", text, "固定资产投资", "30亿元", FactField.METRIC)
    assert f.status is CheckStatus.FAILED and f.why is Why.LIST_ORDER


def test_metric_list_items_share_the_last_items_tail():
    text = "城镇、农村居民人均可支配收入分别为5.2万元、3.1万元。"
    assert status("achievement", text, "城镇居民人均可支配收入", "5.2万元", FactField.METRIC) is CheckStatus.OK
    assert status("achievement", text, "农村居民人均可支配收入", "3.1万元", FactField.METRIC) is CheckStatus.OK
    bad = finding("achievement", text, "农村居民人均可支配收入", "5.2万元", FactField.METRIC)
    assert bad.status is CheckStatus.FAILED


def test_metric_of_a_dependent_clause_takes_the_host_and_its_qualifier_must_be_supported():
    text = "全县常住人口52万人，比上年末增加3000人。"
    ok = "常住人口(比上年末增加)"
    assert status("achievement", text, ok, "3000人", FactField.METRIC) is CheckStatus.OK
    f = finding("achievement", text, "常住人口(占全市比重)", "3000人", FactField.METRIC)
    assert f.status is CheckStatus.FAILED and f.why is Why.QUALIFIER


def test_metric_of_a_ranking_joins_host_and_anaphor():
    text = "规模工业增加值增长7.3%，增幅居全市第一。"
    assert status("achievement", text, "规模工业增加值增幅", "第一", FactField.METRIC) is CheckStatus.OK


def test_metric_of_a_table_cell_is_its_row_name():
    text = "指标 | 1-9月 | 同比增长(%)\n工业总产值 | 120 | 8.5\n"
    doc = clean(text)
    mentions = extract_mentions(doc)
    figure = next(m for m in mentions if m.value == 120)
    fact = Achievement(metric="工业总产值", value=120, evidence=Evidence(
        quote=text[figure.start : figure.end], start=figure.start, end=figure.end))
    checks = {f.field: f for f in claim_findings(fact, doc, mentions, figure)}
    assert checks[FactField.METRIC].status is CheckStatus.OK
    wrong = fact.model_copy(update={"metric": "税收"})
    assert claim_findings(wrong, doc, mentions, figure)[0].status is CheckStatus.FAILED


# --- growth ----------------------------------------------------------------------------------


def test_growth_after_a_growth_word_of_this_figure_passes():
    assert status("achievement", GDP, "地区生产总值", "120亿元", FactField.GROWTH, growth_pct=8) is CheckStatus.OK


def test_growth_absent_when_not_claimed():
    assert status("achievement", GDP, "地区生产总值", "120亿元", FactField.GROWTH) is CheckStatus.ABSENT


def test_growth_of_another_figure_fails():
    text = "工业总产值120亿元，税收5亿元，增长9%。"
    f = finding("achievement", text, "工业总产值", "120亿元", FactField.GROWTH, growth_pct=9)
    assert f.status is CheckStatus.FAILED and f.why is Why.NOT_ATTACHED
    assert status("achievement", text, "税收", "5亿元", FactField.GROWTH, growth_pct=9) is CheckStatus.OK


def test_growth_sign_comes_from_the_word():
    text = "工业用电量3.2亿千瓦时，同比下降3.1%。"
    assert status("achievement", text, "工业用电量", "3.2亿千瓦时", FactField.GROWTH, growth_pct=-3.1) is CheckStatus.OK
    f = finding("achievement", text, "工业用电量", "3.2亿千瓦时", FactField.GROWTH, growth_pct=3.1)
    assert f.status is CheckStatus.FAILED and f.why is Why.WRONG_SIGN


def test_growth_needs_a_growth_word():
    text = "工业总产值120亿元，完成率85%。"
    f = finding("achievement", text, "工业总产值", "120亿元", FactField.GROWTH, growth_pct=85)
    assert f.status is CheckStatus.FAILED and f.why is Why.NO_GROWTH_WORD


def test_growth_list_maps_in_order():
    text = "工业和服务业增加值分别达到50亿元和30亿元，分别增长6%和8%。"
    assert status("achievement", text, "服务业增加值", "30亿元", FactField.GROWTH, growth_pct=8) is CheckStatus.OK
    assert status("achievement", text, "工业增加值", "50亿元", FactField.GROWTH, growth_pct=6) is CheckStatus.OK
    assert status("achievement", text, "工业增加值", "50亿元", FactField.GROWTH, growth_pct=8) is CheckStatus.FAILED


# --- kind and commitment ---------------------------------------------------------------------


def test_a_real_rate_is_the_growth_of_its_figure_and_a_list_of_them_maps_in_order():
    text = "城镇居民人均可支配收入21000元，农村居民人均纯收入7300元，实际增长7.9%和9.6%。"
    assert status("achievement", text, "农村居民人均纯收入", "7300元", FactField.GROWTH, growth_pct=9.6) is CheckStatus.OK
    assert status("achievement", text, "城镇居民人均可支配收入", "21000元", FactField.GROWTH, growth_pct=7.9) is CheckStatus.OK
    assert status("achievement", text, "城镇居民人均可支配收入", "21000元", FactField.GROWTH, growth_pct=9.6) is CheckStatus.FAILED
    one = "农村居民人均纯收入7300元，扣除价格因素，实际增长9.6%。"
    assert status("achievement", one, "农村居民人均纯收入", "7300元", FactField.GROWTH, growth_pct=9.6) is CheckStatus.OK


def test_metric_of_a_rate_in_a_list_after_a_list_of_figures_maps_in_order():
    text = "城镇居民人均可支配收入和农村居民人均可支配收入分别达到52100元和26300元，年均增长6.2%和7.4%。"
    f = finding("achievement", text, "农村居民人均可支配收入(年均增长)", "6.2%", FactField.METRIC)
    assert f.status is CheckStatus.FAILED and f.why is Why.LIST_ORDER
    assert status("achievement", text, "城镇居民人均可支配收入(年均增长)", "6.2%", FactField.METRIC) is CheckStatus.OK
    assert status("achievement", text, "农村居民人均可支配收入(年均增长)", "7.4%", FactField.METRIC) is CheckStatus.OK
    # the two ends of a change are no list
    change = "农业投资所占比重由上年的6.6%下降到6.1%。"
    assert status("achievement", change, "农业投资所占比重", "6.1%", FactField.METRIC) is CheckStatus.OK


def test_grounding_takes_the_fact_s_own_mention_when_its_quote_holds_the_value_twice():
    text = "出口、实际利用外资分别达28.9亿美元和10.3亿美元，是五年前的2.8倍和2.8倍。"
    doc = clean(text)
    mentions = extract_mentions(doc)
    second = [m for m in mentions if m.raw == "2.8倍"][1]
    quote = text[text.index("是五年前") : second.end]
    fact = Achievement(metric="实际利用外资(是五年前的倍数)", value=2.8, unit="倍", mention_id=second.id,
                       evidence=Evidence(quote=quote, start=0, end=0))
    assert ground_fact(fact, doc, mentions).mention_id == second.id


def test_metric_list_counts_a_figure_written_in_words_it_does_not_read():
    # 五万亿元 before a 台阶 is no figure the reader takes, but it holds the list's first place
    text = "全市生产总值、一般公共预算收入分别跨上五千亿元、三百亿元台阶。"
    f = finding("achievement", text, "生产总值", "三百亿元", FactField.METRIC)
    assert f.status is CheckStatus.FAILED and f.why is Why.LIST_ORDER
    assert status("achievement", text, "一般公共预算收入", "三百亿元", FactField.METRIC) is CheckStatus.OK


def test_metric_of_a_three_sector_ratio_term_names_its_own_sector():
    text = "全市三次产业比重为6.1∶42.3∶51.6。"
    assert status("achievement", text, "三次产业比重(第二产业)", "42.3", FactField.METRIC) is CheckStatus.OK
    f = finding("achievement", text, "三次产业比重(第一产业)", "42.3", FactField.METRIC)
    assert f.status is CheckStatus.FAILED and f.why is Why.QUALIFIER


def test_kind_flipped_to_achievement_under_a_target_cue_fails():
    text = "力争明年地区生产总值达到150亿元。"
    f = finding("achievement", text, "地区生产总值", "150亿元", FactField.KIND)
    assert f.status is CheckStatus.FAILED and f.why is Why.TARGET_CUE
    assert status("target", text, "地区生产总值", "150亿元", FactField.KIND) is CheckStatus.OK


def test_kind_flipped_to_target_without_a_cue_fails():
    text = "今年以来完成固定资产投资30亿元。"
    assert status("target", text, "固定资产投资", "30亿元", FactField.KIND) is CheckStatus.FAILED
    assert status("achievement", text, "固定资产投资", "30亿元", FactField.KIND) is CheckStatus.OK


def test_kind_estimate_in_a_review_section_is_a_result():
    text = "一、2023年工作总结\n全年预计完成工业总产值114亿元。\n二、2024年工作计划\n预计完成工业总产值130亿元。\n"
    assert status("achievement", text, "工业总产值", "114亿元", FactField.KIND) is CheckStatus.OK
    assert status("target", text, "工业总产值", "114亿元", FactField.KIND) is CheckStatus.FAILED
    assert status("target", text, "工业总产值", "130亿元", FactField.KIND) is CheckStatus.OK


def test_kind_target_in_a_plan_section_without_a_cue_passes():
    text = "二、2024年工作计划\n新开工项目20个。\n"
    assert status("target", text, "新开工项目", "20个", FactField.KIND) is CheckStatus.OK


def test_commitment_must_be_in_the_sentence():
    text = "力争全年税收达到5亿元。"
    assert status("target", text, "税收", "5亿元", FactField.COMMITMENT, commitment="力争") is CheckStatus.OK
    f = finding("target", text, "税收", "5亿元", FactField.COMMITMENT, commitment="确保完成99亿")
    assert f.status is CheckStatus.FAILED and f.why is Why.NOT_IN_SOURCE


# --- period and free text --------------------------------------------------------------------


def test_period_in_the_sentence_or_derived_from_the_title():
    text = "云溪县2023年1-10月经济运行简况\n全县规上工业产值80亿元。1-10月，税收5亿元。\n"
    assert status("achievement", text, "税收", "5亿元", FactField.PERIOD, period="1-10月") is CheckStatus.OK
    assert status("achievement", text, "规上工业产值", "80亿元", FactField.PERIOD, period="1-10月") is CheckStatus.DERIVED
    assert status("achievement", text, "规上工业产值", "80亿元", FactField.PERIOD, period="2023年1-10月") is CheckStatus.DERIVED


def test_period_with_numbers_not_in_the_source_fails():
    f = finding("achievement", GDP, "地区生产总值", "120亿元", FactField.PERIOD, period="2099年1-13月")
    assert f.status is CheckStatus.FAILED


def test_free_text_with_a_number_of_its_own_fails():
    bad = finding("achievement", GDP, "地区生产总值", "120亿元", FactField.FREE_TEXT,
                  metric_en="output of 999.9 billion yuan, up 77%")
    assert bad.status is CheckStatus.FAILED and bad.why is Why.STRAY_NUMBER and bad.found == "999.9"
    ok = finding("achievement", GDP, "地区生产总值", "120亿元", FactField.FREE_TEXT,
                 metric_en="GDP of 12 billion yuan, up 8%", growth_pct=8)
    assert ok.status is CheckStatus.OK


# --- the whole fact --------------------------------------------------------------------------


def test_verified_is_the_conjunction_of_the_checks():
    fact, doc, mentions, _ = make("achievement", GDP, "地区生产总值", "120亿元", growth_pct=8)
    good = ground_fact(fact, doc, mentions)
    assert good.verified and good.checks[FactField.METRIC] is CheckStatus.OK
    assert good.checks[FactField.GROWTH] is CheckStatus.OK and good.failed_fields() == []
    assert "同比增长8%" in good.evidence.quote  # the quote covers the growth it was read from
    bad = ground_fact(fact.model_copy(update={"metric": "同比"}), doc, mentions)
    assert not bad.verified and bad.failed_fields() == ["metric"]
    assert bad.checks[FactField.VALUE] is CheckStatus.OK


def test_checks_serialise_as_plain_strings():
    fact, doc, mentions, _ = make("achievement", GDP, "地区生产总值", "120亿元")
    dumped = ground_fact(fact, doc, mentions).model_dump(mode="json")["checks"]
    assert dumped["metric"] == "ok" and dumped["growth"] == "absent"


# --- where the failing fields show -----------------------------------------------------------


def test_failed_fields_show_in_markdown_csv_and_review_page():
    from summarizer.pipeline import summarize_text
    from summarizer.render.html import render_review
    from summarizer.render.markdown import render_markdown
    from summarizer.render.tables import fact_rows

    report = summarize_text(GDP, engine="offline", keep_unverified=True)
    fact = report.achievements[0]
    report.achievements[0] = ground_fact(fact.model_copy(update={"metric": "同比"}),
                                         clean(GDP), extract_mentions(clean(GDP)))
    assert "✗ metric" in render_markdown(report)
    assert fact_rows(report)[0]["failed"] == "metric"
    assert "✗ metric" in render_review(report, GDP)


def _llm_context(doc, mentions) -> dict:
    """What the LLM engine's validators see for a one-chunk document."""
    from summarizer.engines.chunking import make_chunks

    chunk = make_chunks(doc, mentions, 6000)[0]
    return {"mentions": {m.id: m for m in chunk.mentions}, "text": doc.text, "chunk": chunk}


def test_llm_claim_reask_words_failures_then_stops_on_a_repeat():
    from summarizer.engines.llm import PickedFact, _ClaimReask

    doc = clean(GDP)
    mentions = extract_mentions(doc)
    figure = next(m for m in mentions if m.raw == "120亿元")
    reask = _ClaimReask(doc, mentions, _llm_context(doc, mentions), limit=2)
    wrong = [PickedFact(mention_id=figure.id, kind="achievement", metric="同比")]
    first = reask(wrong)
    assert first == [f"'同比' is not what figure {figure.id} measures: the words before it are 全区实现地区生产总值"]
    assert reask(wrong) == []  # the same failure again: take the answer, the verifier drops it
    right = [PickedFact(mention_id=figure.id, kind="achievement", metric="地区生产总值")]
    assert _ClaimReask(doc, mentions, _llm_context(doc, mentions), limit=2)(right) == []


def test_llm_growth_takes_its_sign_from_the_word():
    from summarizer.engines.llm import PickedFact, _Quiet, _to_fact

    text = "工业用电量3.2亿千瓦时，同比下降3.1%。"
    mentions = extract_mentions(clean(text))
    value, rate = mentions[0], mentions[1]
    fact = _to_fact(PickedFact(mention_id=value.id, kind="achievement", metric="工业用电量",
                               growth_mention_id=rate.id), _llm_context(clean(text), mentions),
                    {}, _Quiet())
    assert fact is not None and fact.growth_pct == -3.1
    grounded = ground_fact(fact, clean(text), mentions)
    assert grounded.verified and grounded.checks[FactField.GROWTH] is CheckStatus.OK


def test_metric_from_to_pair_is_one_quantity():
    text = "境内上市公司由77家增至144家。"
    assert status("achievement", text, "境内上市公司", "144家", FactField.METRIC) is CheckStatus.OK


def test_metric_subject_from_the_host_clause_is_derived():
    text = "重点项目240个，总投资2753亿元。"
    assert status("target", text, "重点项目总投资", "2753亿元", FactField.METRIC) is CheckStatus.DERIVED
    assert status("target", text, "税收总投资", "2753亿元", FactField.METRIC) is CheckStatus.FAILED


def test_growth_of_an_anaphoric_total_comes_from_the_host_clause():
    text = "地区生产总值增长6.6%，总量突破90亿元。"
    assert status("achievement", text, "地区生产总值", "90亿元", FactField.GROWTH, growth_pct=6.6) is CheckStatus.OK
    other = "地区生产总值增长6.6%，税收突破9亿元。"
    assert status("achievement", other, "税收", "9亿元", FactField.GROWTH, growth_pct=6.6) is CheckStatus.FAILED


def test_kind_achievement_in_a_plan_section_needs_a_dating_cue():
    text = "二、2024年工作计划\n新开工项目20个。2023年已建成项目15个。\n"
    f = finding("achievement", text, "新开工项目", "20个", FactField.KIND)
    assert f.status is CheckStatus.FAILED and f.why is Why.TARGET_CUE
    assert status("achievement", text, "建成项目", "15个", FactField.KIND) is CheckStatus.OK


# --- qualifiers that name a figure's place in a construction ---------------------------------

RANGE = "今年预期目标是：地区生产总值增长6%—6.5%。"


def test_metric_of_a_range_end_reads_past_the_other_end():
    assert status("target", RANGE, "地区生产总值增长", "6.5%", FactField.METRIC) is CheckStatus.OK


@pytest.mark.parametrize("qualifier, raw, ok", [
    ("目标区间下限", "6%", True), ("目标区间上限", "6.5%", True),
    ("目标区间上限", "6%", False), ("目标区间下限", "6.5%", False),
])
def test_range_end_qualifier_is_supported_only_at_that_end(qualifier, raw, ok):
    got = status("target", RANGE, f"地区生产总值增长({qualifier})", raw, FactField.METRIC)
    assert (got is CheckStatus.OK) is ok


@pytest.mark.parametrize("text, metric, raw, ok", [
    ("企业所得税税率由25%降至15%。", "企业所得税税率(下调前)", "25%", True),
    ("高新技术企业由120家增加到185家。", "高新技术企业(期初)", "120家", True),
    ("高新技术企业由120家增加到185家。", "高新技术企业(期初)", "185家", False),
    ("高新技术企业达到120家，增加到185家。", "高新技术企业(期初)", "120家", False),
])
def test_start_qualifier_needs_a_from_to_pair(text, metric, raw, ok):
    assert (status("achievement", text, metric, raw, FactField.METRIC) is CheckStatus.OK) is ok


# --- scope look-ups kept for speed: the same answers as the plain walks -------------------------

_TABLE = (
    "# 2023年国民经济统计公报\n\n"
    "## 一、工业\n\n"
    "表1 主要产品产量\n\n"
    "| 产品 | 产量 | 比上年增长（%） |\n"
    "| --- | --- | --- |\n"
    "| 货物出口额 | 120亿元 | 5.1 |\n"
    "| 其中：机电产品 | 80亿元 | 6.2 |\n"
    "| 高新技术产品 | 30亿元 | 7.3 |\n\n"
    "## 二、农业\n\n"
    "粮食产量100万吨，增长2%。\n"
)


def test_scope_row_names_above_match_rows_above() -> None:
    from summarizer.verify.scope import Scope

    doc = clean(_TABLE)
    scope = Scope(doc, extract_mentions(doc))
    for pos in (doc.norm.index("高新"), doc.norm.index("其中"), doc.norm.index("货物"), doc.norm.index("| 产品")):
        walked = tuple(row[0] for row in scope.tables.rows_above(pos) if len(row) > 1)
        assert scope.row_names_above(pos) == walked
    assert len(scope.row_names_above(doc.norm.index("高新"))) >= 3  # header, 货物出口额, 其中…


def test_scope_headings_above_nearest_first_and_limited() -> None:
    from summarizer.verify.scope import Scope

    doc = clean(_TABLE)
    scope = Scope(doc, extract_mentions(doc))
    pos = doc.norm.index("粮食")
    every = [h for h in reversed(scope.headings) if h[1] <= pos]
    assert len(every) >= 2
    assert scope.headings_above(pos) == every
    assert scope.headings_above(pos, 1) == every[:1]
    assert scope.headings_above(0, 8) == []
