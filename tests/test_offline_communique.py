"""Metric naming in the prose of statistical communiqués (issue 8): list items that leave words
unsaid, and the verifier's reading of them.

A communiqué states a measure once and lists its breakdown in short items (分经济类型看，…企业增长
x%), names a subject or the base of a share in the first item only, and says only the contrasted
verb in the next (下降的为n个). Every text here is written from scratch in the genre's style; none
is taken from the shared corpus.
"""

from __future__ import annotations

import pytest

import summarizer
from summarizer.engines import offline
from summarizer.models import Achievement, CheckStatus, Evidence, FactField
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions
from summarizer.verify import claim_findings


def facts(text: str):
    doc = clean(text)
    draft = offline.extract(doc, extract_mentions(doc))
    return [*draft.achievements, *draft.targets]


def metric_of(text: str, value: float) -> str:
    hits = [f for f in facts(text) if f.value == value]
    assert len(hits) == 1, [(f.metric, f.value) for f in facts(text)]
    return hits[0].metric


def verified(text: str) -> dict[float, str]:
    """value -> metric of every fact the whole pipeline keeps (verified) for `text`."""
    report = summarizer.summarize_text(text, engine="offline")
    return {f.value: f.metric for f in [*report.achievements, *report.targets]}


# --- the engine ------------------------------------------------------------------------------

BREAKDOWN = (
    "全年规模以上工业增加值比上年增长5.6%。分经济类型看，国有控股企业增加值增长4.1%，股份制企业增长6.0%，"
    "外商及港澳台商投资企业下降1.2%；私营企业增长7.3%。分门类看，采矿业增长2.0%，制造业增长6.1%。"
)


@pytest.mark.parametrize(
    ("value", "metric"),
    [
        (6.0, "股份制企业增加值增长"),
        (1.2, "外商及港澳台商投资企业增加值下降"),  # 投资 inside the category's name is no measure
        (7.3, "私营企业增加值增长"),
        (2.0, "采矿业增加值增长"),
        (6.1, "制造业增加值增长"),
    ],
)
def test_breakdown_items_inherit_the_lead_measure(value, metric):
    assert metric_of(BREAKDOWN, value) == metric
    assert verified(BREAKDOWN)[value] == metric


def test_breakdown_of_amounts_and_items_with_their_own_measure_keep_it():
    text = "全年国有控股企业利润1200亿元，增长3.0%；私营企业利润860亿元，增长5.1%。"
    assert metric_of(text, 860) == "私营企业利润"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("全年户籍人口出生率为7.10‰，死亡率6.32‰，自然增长率0.78‰。", 6.32, "户籍人口死亡率"),
        ("全年户籍人口出生率为7.10‰，死亡率6.32‰，自然增长率0.78‰。", 0.78, "户籍人口自然增长率"),
        ("全年会展业接待客商达35万人次、综合收入18.6亿元。", 18.6, "会展业综合收入"),
        ("规模以上软件企业营业收入比上年增长9.2%，利润总额增长4.4%。", 4.4, "规模以上软件企业利润总额增长"),
    ],
)
def test_a_bare_head_takes_the_subject_of_the_first_item(text, value, metric):
    assert metric_of(text, value) == metric
    assert verified(text)[value] == metric


def test_no_subject_is_inherited_across_a_clause_that_names_another():
    text = "全年规模以上工业企业实现利润820亿元，比上年增长6.0%，其中国有控股企业利润增长较快，实现利润310亿元。"
    assert not metric_of(text, 310).startswith("规模以上工业企业")


def test_an_item_with_its_own_subject_or_a_count_before_it_inherits_nothing():
    text = "全年出生人口96万人，出生率为7.3‰。城镇居民人均可支配收入52000元，农村居民人均可支配收入26000元。"
    assert metric_of(text, 7.3) == "出生率"
    assert metric_of(text, 26000) == "农村居民人均可支配收入"


SHARES = (
    "第一产业增加值占地区生产总值的比重为3.1%，第二产业增加值比重为45.2%，第三产业增加值比重为51.7%，"
    "比上年提高0.8个百分点。全年最终消费支出对地区生产总值增长的贡献率为55.0%，资本形成总额的贡献率为38.2%，"
    "货物和服务净流出的贡献率为-6.8%。"
)


@pytest.mark.parametrize(
    ("value", "metric"),
    [
        (45.2, "第二产业增加值(占地区生产总值比重)"),
        (51.7, "第三产业增加值(占地区生产总值比重)"),
        (0.8, "第三产业增加值比重(比上年提高)"),  # the change: the item's own words, not the base again
        (38.2, "资本形成总额(对地区生产总值增长的贡献率)"),
        (-6.8, "货物和服务净流出(对地区生产总值增长的贡献率)"),  # no 为- left in the name; the minus is the value's
    ],
)
def test_a_share_item_takes_the_base_named_in_the_first_item(value, metric):
    assert metric_of(SHARES, value) == metric
    assert verified(SHARES)[value] == metric


CITIES = "12月份主要城市新建商品住宅销售价格环比上涨的城市个数为21个，持平的为5个，下降的为44个。"


@pytest.mark.parametrize(
    ("value", "metric"),
    [(5, "新建商品住宅销售价格环比持平的城市个数"), (44, "新建商品住宅销售价格环比下降的城市个数")],
)
def test_an_item_that_says_only_the_verb_swaps_it_into_the_name_before(value, metric):
    found = metric_of(CITIES, value)
    assert found.endswith(metric[2:]) and ("上涨" not in found)
    assert verified(CITIES)[value] == found


EXCHANGE = "全年人民币平均汇率为1美元兑7.0512元人民币，比上年贬值2.3%。年末人民币汇率为1欧元兑7.8901元人民币。"


@pytest.mark.parametrize(
    ("value", "metric"),
    [
        (7.0512, "人民币平均汇率(1美元兑人民币)"),
        (2.3, "人民币平均汇率(比上年贬值)"),
        (7.8901, "人民币汇率(1欧元兑人民币)"),
    ],
)
def test_an_exchange_rate_names_both_currencies_in_brackets(value, metric):
    assert metric_of(EXCHANGE, value) == metric
    assert verified(EXCHANGE)[value] == metric


def test_a_bare_growth_verb_after_a_growth_rate_is_the_same_rate_again():
    text = "分季度看，一季度地区生产总值同比增长4.9%，二季度增长5.1%，三季度增长5.0%。"
    assert metric_of(text, 5.1) == "地区生产总值同比增长"
    assert metric_of(text, 5.0) == "地区生产总值同比增长"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("全国人户分离的人口[5]2.93亿人。", 2.93, "人户分离的人口"),  # a footnote mark hides no head
        ("城镇新增就业1180万人，比上年多增20万人。", 20, "城镇新增就业(比上年多增)"),
        ("城乡居民人均可支配收入比值为2.45，比上年缩小0.05。", 0.05, "城乡居民人均可支配收入比值(比上年缩小)"),
        ("全年棉花产量590万吨，减产12万吨。", 12, "棉花产量(减产)"),
        (
            "装备制造业[9]增加值比上年增长7.2%，占规模以上工业增加值比重为33.1%。",
            33.1,
            "装备制造业增加值(占规模以上工业增加值比重)",  # the share of the value added, not of its growth
        ),
    ],
)
def test_changes_and_shares_of_the_figure_before(text, value, metric):
    assert metric_of(text, value) == metric
    assert verified(text)[value] == metric


# --- the verifier ----------------------------------------------------------------------------


def metric_status(text: str, metric: str, raw: str) -> CheckStatus:
    doc = clean(text)
    mentions = extract_mentions(doc)
    figure = next(m for m in mentions if m.raw == raw)
    fact = Achievement(
        metric=metric,
        value=figure.value,
        value_text=figure.value_text,
        unit=figure.unit,
        evidence=Evidence(quote=text[figure.start : figure.end], start=figure.start, end=figure.end),
    )
    found = next(f for f in claim_findings(fact, doc, mentions, figure) if f.field is FactField.METRIC)
    return found.status


RATES = "全年户籍人口出生率为7.10‰，死亡率6.32‰，自然增长率0.78‰。"


@pytest.mark.parametrize(
    ("text", "metric", "raw", "ok"),
    [
        (RATES, "户籍人口死亡率", "6.32‰", True),
        (RATES, "户籍人口自然增长率", "0.78‰", True),
        (RATES, "常住人口死亡率", "6.32‰", False),  # a subject the sentence does not name
        (RATES, "户籍人口出生率", "6.32‰", False),  # the first item's head, not this item's
        (
            "全年规模以上工业企业实现利润820亿元，比上年增长6.0%，其中国有控股企业利润增长较快，实现利润310亿元。",
            "规模以上工业企业利润",
            "310亿元",
            False,  # a clause between names another subject
        ),
        (CITIES, "新建商品住宅销售价格环比下降的城市个数", "44个", True),
        (CITIES, "新建商品住宅销售价格环比上涨的城市个数", "44个", False),  # the host's verb, not this item's
        (CITIES, "二手住宅销售价格环比下降的城市个数", "44个", False),  # words the sentence does not have
        (SHARES, "第二产业增加值(占地区生产总值比重)", "45.2%", True),
        (SHARES, "第二产业增加值(占规模以上工业增加值比重)", "45.2%", False),  # a base not in the sentence
        (SHARES, "资本形成总额(对地区生产总值增长的贡献率)", "38.2%", True),
        (SHARES, "资本形成总额(对居民收入增长的贡献率)", "38.2%", False),
    ],
)
def test_verifier_reads_a_list_items_unsaid_words_in_the_sentence(text, metric, raw, ok):
    status = metric_status(text, metric, raw)
    assert (status is not CheckStatus.FAILED) is ok, status


GRADES = "在监测的120个城市中，城市道路交通声环境质量好的城市占52.5%，较好的占40.0%，一般的占7.5%。"


@pytest.mark.parametrize(
    ("value", "metric"),
    [(40.0, "城市道路交通声环境质量较好的城市"), (7.5, "城市道路交通声环境质量一般的城市")],
)
def test_an_item_that_says_only_its_grade_swaps_it_into_the_name_before(value, metric):
    assert metric_of(GRADES, value) == metric
    assert verified(GRADES)[value] == metric
    assert metric_status(GRADES, "城市道路交通声环境质量较差的城市", "40.0%") is CheckStatus.FAILED


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # 缩短到/延长到 join a figure to its metric and name nothing
        ("国有工业企业流动资金周转天数由上年的95天缩短到88天。", 88, "国有工业企业流动资金周转天数"),
        # 比例 and 比重 need the words before 的; a footnote mark is no part of them
        ("城镇家庭接入互联网[12]的比例达到62.4%。", 62.4, "城镇家庭接入互联网的比例"),
        ("技术改造投资的比重仍达35%。", 35, "技术改造投资的比重"),
        # 并网 is a word, 但 a conjunction
        ("年末并网风电装机容量4200万千瓦，增长18.5%。", 4200, "并网风电装机容量"),
        ("全年出口增长3.2%，但对东盟出口增长12.6%。", 12.6, "对东盟出口增长"),
    ],
)
def test_connectors_qualified_rates_and_modifiers_of_communique_prose(text, value, metric):
    assert metric_of(text, value) == metric
    assert verified(text)[value] == metric


PARTS = (
    "全年房地产开发投资12800亿元，比上年增长8.2%。其中，东部地区7200亿元，增长6.5%；中部地区3100亿元，增长9.8%。"
    "城镇居民家庭食品消费支出占消费总支出的比重为28.4%，农村为31.9%。"
    "居民恩格尔系数为29.6%，比上年下降0.4个百分点，其中城镇为28.1%，农村为32.0%。"
)


@pytest.mark.parametrize(
    ("value", "metric"),
    [
        (7200, "东部地区房地产开发投资"),  # a part of the total in the sentence before, named after it
        (3100, "中部地区房地产开发投资"),  # the next part: its region in place of the other
        (31.9, "农村居民家庭食品消费支出(占消费总支出的比重)"),  # 农村 in place of 城镇, the base kept
        (28.1, "城镇居民恩格尔系数"),  # the total's rate, not its change in points
        (32.0, "农村居民恩格尔系数"),
    ],
)
def test_an_item_naming_only_a_part_takes_the_name_of_the_total(value, metric):
    assert metric_of(PARTS, value) == metric
    assert verified(PARTS)[value] == metric


CATEGORIES = (
    "全年规模以上工业企业实现利润6800亿元，比上年增长4.0%。其中，国有控股企业利润1900亿元，下降2.1%；"
    "股份制企业4700亿元，增长5.2%；私营企业2100亿元，增长6.6%。"
)


@pytest.mark.parametrize(("value", "metric"), [(4700, "股份制企业利润"), (2100, "私营企业利润")])
def test_a_category_item_takes_the_measure_of_the_amount_before(value, metric):
    assert metric_of(CATEGORIES, value) == metric
    assert verified(CATEGORIES)[value] == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("年末城镇就业人员46000万人，净增加620万人，新增加1210万人。", 1210, "城镇就业人员(新增加)"),
        ("全年税收收入16800亿元，比上年增收1350亿元，增长8.7%。", 1350, "税收收入(比上年增收)"),
        ("年末大型水库蓄水总量2800亿立方米，比上年末多蓄水95亿立方米。", 95, "大型水库蓄水总量(比上年末多蓄水)"),
        (
            "年末主要城市新建商品住宅销售价格同比上涨的城市个数为18个，比年初增加6个；下降的为52个，减少6个。",
            52,
            "新建商品住宅销售价格同比下降的城市个数",  # the contrast reaches past the change between
        ),
    ],
)
def test_more_changes_of_the_figure_before(text, value, metric):
    found = metric_of(text, value)
    assert found == metric or (metric.startswith("新建") and found == metric[2:])
    assert verified(text)[value] == found


@pytest.mark.parametrize(
    ("metric", "raw", "ok"),
    [
        ("中部地区房地产开发投资", "3100亿元", True),
        ("中部地区房地产开发面积", "3100亿元", False),  # a measure the paragraph does not name
        ("农村居民家庭食品消费支出(占消费总支出的比重)", "31.9%", True),
        ("农村居民家庭食品消费支出(占可支配收入的比重)", "31.9%", False),  # a base not in the sentence
    ],
)
def test_verifier_reads_a_parts_name_in_the_paragraph(metric, raw, ok):
    assert (metric_status(PARTS, metric, raw) is not CheckStatus.FAILED) is ok


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # the same amount in another currency takes the amount's name
        ("全年实际使用外资9800亿元，增长4.1%，折1380亿美元，增长2.2%。", 1380, "实际使用外资"),
        ("对外直接投资额7200亿元，按美元计价为1040亿美元，比上年增长5.3%。", 1040, "对外直接投资额"),
        # a part in brackets is named without the bracket, and is no host for what follows it
        ("年末民用汽车保有量28000万辆（包括三轮汽车和低速货车760万辆），比上年末增加1900万辆。", 760, "三轮汽车和低速货车"),
        ("年末民用汽车保有量28000万辆（包括三轮汽车和低速货车760万辆），比上年末增加1900万辆。", 1900, "民用汽车保有量(比上年末增加)"),
    ],
)
def test_conversions_and_bracketed_parts(text, value, metric):
    assert metric_of(text, value) == metric
    assert verified(text)[value] == metric


def test_growth_after_a_bracketed_part_goes_to_the_total():
    text = "年末民用汽车保有量21000万辆（包括三轮汽车和低速货车880万辆），比上年末增长11.5%。"
    found = {f.value: f.growth_pct for f in summarizer.summarize_text(text, engine="offline").achievements}
    assert found == {21000: 11.5, 880: None}


@pytest.mark.parametrize(
    ("text", "growth"),
    [
        ("全年农村居民人均纯收入3250元，扣除价格上涨因素，比上年实际增长6.8%。", {3250: 6.8}),
        ("全年农村居民人均纯收入4100元（其中，现金收入3200元），扣除价格因素，实际增长6.2%。", {4100: 6.2, 3200: None}),
        # a list of real rates goes to the figures before it in order
        ("城镇居民人均可支配收入21000元，农村居民人均纯收入7300元，实际增长7.9%和9.6%。", {21000: 7.9, 7300: 9.6}),
    ],
)
def test_a_real_rate_the_only_rate_of_a_figure_is_its_growth(text, growth):
    found = summarizer.summarize_text(text, engine="offline").achievements
    assert {f.value: f.growth_pct for f in found} == growth
    assert all(f.verified for f in found)


def test_a_change_of_losses_is_their_growth():
    text = "亏损企业亏损额980亿元，比上年多亏12.4%，其中，国有控股企业亏损610亿元，多亏9.9%；私营企业亏损120亿元，减亏3.5%。"
    found = {f.value: f.growth_pct for f in summarizer.summarize_text(text, engine="offline").achievements}
    assert found == {980: 12.4, 610: 9.9, 120: -3.5}


def test_a_rate_then_the_amount_it_reached_are_one_fact():
    text = "全县居民人均可支配收入同比增长7.2%，达到2.86万元。"
    found = [(f.metric, f.value, f.growth_pct) for f in summarizer.summarize_text(text, engine="offline").achievements]
    assert found == [("居民人均可支配收入", 2.86, 7.2)]
    # a mean rate, or an item after a ；, stays apart
    mean = "“十四五”期间年平均增长6%；2025年达到450亿元。"
    assert {f.growth_pct for f in summarizer.summarize_text(mean, engine="offline").achievements} == {None}


def test_the_roll_after_a_count_of_graduate_training_units_is_theirs():
    text = "全年研究生培养单位800个，招生52.1万人，在校生160.2万人。"
    names = {f.value: f.metric for f in summarizer.summarize_text(text, engine="offline").achievements if f.verified}
    assert names[52.1] == "研究生培养单位招生" and names[160.2] == "研究生培养单位在校生"


def test_the_parts_of_a_turnover_take_the_turnover_s_name():
    text = "全年货物运输周转量52000亿吨公里，比上年增长5.1%。其中，铁路15000亿吨公里，增长3.2%；公路7100亿吨公里，增长6.0%。"
    names = {f.value: f.metric for f in summarizer.summarize_text(text, engine="offline").achievements if f.verified}
    assert names[15000] == "铁路货物运输周转量" and names[7100] == "公路货物运输周转量"


def test_events_that_became_disasters_are_named_after_the_events():
    text = "全年大陆地区共发生5级以上地震21次，成灾9次，造成直接经济损失120亿元。"
    names = {f.value: f.metric for f in summarizer.summarize_text(text, engine="offline").achievements if f.verified}
    assert names[9] == "5级以上地震成灾"


def test_a_rate_against_the_year_before_the_figure_s_is_its_growth():
    text = "二、1995年工作安排\n\n1995年主要指标：国内生产总值210亿元，比1994年增长12%，力争增长13%以上。"
    found = {f.value: (f.metric, f.growth_pct) for f in summarizer.summarize_text(text, engine="offline").facts() if f.verified}
    assert found[210] == ("国内生产总值", 12) and found[13] == ("国内生产总值增长", None)
    # against an earlier year it stays a rate of its own
    apart = "2015年全市生产总值达到500亿元，比2010年增长80%。"
    assert {f.value: f.growth_pct for f in summarizer.summarize_text(apart, engine="offline").facts()}[500] is None


def test_a_real_rate_beside_a_nominal_one_stays_a_fact_of_its_own():
    text = "全体居民人均可支配收入31000元，比上年增长8.1%，扣除价格因素，实际增长6.3%。"
    found = {f.value: (f.metric, f.growth_pct) for f in summarizer.summarize_text(text, engine="offline").achievements}
    assert found == {31000: ("全体居民人均可支配收入", 8.1), 6.3: ("全体居民人均可支配收入(实际增长)", None)}


def test_a_standard_a_figure_is_counted_by_is_no_figure():
    text = "按照每人每年2300元（2010年不变价）的农村贫困标准计算，年末农村贫困人口5500万人。"
    assert [f.value for f in facts(text)] == [5500]


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # 下降为/上升为 join the figure to its name; 建成 inside a rate's name is no verb to cut at
        ("全年大中型项目建成投产率由上年的16.5%下降为13.8%。", 13.8, "大中型项目建成投产率"),
        ("全年大中型项目建成投产率由上年的16.5%下降为13.8%。", 16.5, "大中型项目建成投产率"),
        # 所占比重 is the share of the amount before it (its bracketed part is no host)
        (
            "全年水利投资520亿元，比上年增长12.0%（其中防洪工程投资210亿元，增长9.1%），所占比重由上年的3.1%上升为3.4%。",
            3.4,
            "水利投资所占比重",
        ),
        # an amount with its growth rate leads a breakdown of rates too
        ("全年工业增加值31200亿元，比上年增长11%。其中，国有企业增长6.4%，集体企业增长13.9%。", 13.9, "集体企业增加值增长"),
        # a list of named works in brackets: the name without the bracket or 包括
        ("建成铁路项目3个，包括成渝复线（320公里）、南昆线（180公里）。", 180, "南昆线"),
    ],
)
def test_from_to_levels_shares_and_leads_of_older_communiques(text, value, metric):
    assert metric_of(text, value) == metric
    assert verified(text)[value] == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("2005年末国有企业下岗职工为420万人。", 420, "国有企业下岗职工"),  # 年末 after a year is a time word
        ("一九八五年末城乡居民储蓄存款余额达1620亿元。", 1620, "城乡居民储蓄存款余额"),
        ("全国普通高中1.52万所，初中5.6万所。", 1.52, "普通高中"),  # 高中 is a word, not 高 + 中
    ],
)
def test_time_words_and_school_names(text, value, metric):
    assert metric_of(text, value) == metric


def test_a_stock_after_the_years_addition_is_named_without_xinzeng():
    text = "全年新增固定电话用户900万户，年末达到36000万户。新增宽带接入用户1500万户，总数达12000万户。"
    assert metric_of(text, 36000) == "固定电话用户"
    assert metric_of(text, 12000) == "宽带接入用户"
    assert verified(text)[36000] == "固定电话用户" and verified(text)[12000] == "宽带接入用户"
    assert metric_of(text, 900) == "新增固定电话用户"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("全年新增光缆线路长度420万公里，达到5600万公里。", 5600, "光缆线路长度"),
        ("年末全国共有公共图书馆3200个，档案馆4100个。", 3200, "公共图书馆"),  # 共有 is the verb, not 共 + 有…
    ],
)
def test_stock_after_an_addition_and_counts_of_institutions(text, value, metric):
    assert metric_of(text, value) == metric
    assert verified(text)[value] == metric


def test_a_quoted_title_won_is_part_of_the_name():
    text = "全市产业集群入选“国家先进制造业集群”累计达3个。"
    assert metric_of(text, 3) == "产业集群入选“国家先进制造业集群”"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a count of things names no subject for the measure after it (a count of 项目 does:
        # 项目120个，投资… -> 项目投资, prose.project_subject, tests/test_offline_prose.py)
        ("全年新建标准厂房120栋，投资约26亿元。", 26, "投资"),
        ("全年有1.2万名贫困人口脱贫，贫困发生率降至0.8%。", 0.8, "贫困发生率"),
        # 从业 is no sector
        ("培训旅游从业人员3000人次，持证上岗率达到75%。", 75, "持证上岗率"),
    ],
)
def test_no_subject_from_counted_things_verbs_or_from_ye(text, value, metric):
    assert metric_of(text, value) == metric


# --- i8t: list read-backs of the communiqué genre -------------------------------------------------


@pytest.mark.parametrize(
    ("value", "metric"),
    [
        (52.1, "普通本专科在校生"),  # the school's roll: 招生, 在校生, 毕业生 of the first item's school
        (13.4, "普通本专科毕业生"),
        (410.0, "中等职业教育在校学生"),
        (95.0, "中等职业教育毕业"),
    ],
)
def test_school_roll_items_inherit_the_school(value, metric):
    text = (
        "全年普通本专科招生15.6万人，在校生52.1万人，毕业生13.4万人。"
        "中等职业教育招生120.5万人，在校学生410万人，毕业95万人。"
    )
    assert metric_of(text, value) == metric
    assert verified(text)[value] == metric


@pytest.mark.parametrize(
    ("value", "metric"),
    [
        (8.6, "普通高等学校招生"),  # the schools counted in 所 right before are whose roll it is
        (30.4, "普通高等学校在校生"),
        (112, "各类中等职业学校在校生"),
        (48, "各类中等职业学校在校生(占高中阶段在校生总数)"),  # its share, past a bracketed part
    ],
)
def test_school_roll_items_after_a_count_of_schools_take_the_schools(value, metric):
    text = (
        "普通高等学校95所，招生8.6万人，在校生30.4万人。"
        "各类中等职业学校1200所，在校生112万人（含技工学校学生21万人），占高中阶段在校生总数的48%。"
    )
    assert metric_of(text, value) == metric
    assert verified(text)[value] == metric


def test_a_roll_item_with_its_own_school_keeps_it():
    text = "普通高中招生30.2万人，初中在校生96.0万人。"
    assert metric_of(text, 96.0) == "初中在校生"


@pytest.mark.parametrize(
    ("value", "metric"),
    [
        (3120, "电力、热力、燃气及水生产和供应业利润"),  # a sector's name with 、 inside it
        (45210, "制造业利润"),
    ],
)
def test_category_with_enumeration_comma_takes_the_measure(value, metric):
    text = "全年规模以上工业企业实现利润58230亿元。分门类看，采矿业利润7010亿元；制造业45210亿元，电力、热力、燃气及水生产和供应业3120亿元。"
    assert metric_of(text, value) == metric
    assert verified(text)[value] == metric


def test_conversion_in_brackets_takes_the_amount_name():
    text = "全年实际使用外商直接投资金额9320亿元（折1350亿美元），增长3.2%。"
    assert metric_of(text, 1350) == "实际使用外商直接投资金额"
    assert verified(text)[1350] == "实际使用外商直接投资金额"


@pytest.mark.parametrize("text", ["烧碱（折100%） | 万吨 | 3310.5 | 4.1", "全年硫酸（折100%）产量9100万吨。"])
def test_a_conversion_basis_in_a_product_name_is_no_fact(text):
    assert all(f.value != 100 for f in facts(text)), [(f.metric, f.value) for f in facts(text)]


def test_contrast_after_a_change_from_a_peak():
    text = "月环比上涨的城市个数为40个，比年内高点减少12个，持平的为6个，下降的为24个。"
    assert metric_of(text, 6) == "月环比持平的城市个数"
    assert metric_of(text, 24) == "月环比下降的城市个数"
    assert verified(text)[24] == "月环比下降的城市个数"


def test_a_footnote_mark_inside_a_comparison():
    text = "全年一般公共预算收入120500亿元，比上年同口径[3]增加5100亿元，增长4.4%。"
    assert metric_of(text, 5100).startswith("一般公共预算收入(")


def test_school_roll_across_a_change_of_the_stage_before():
    text = "师范院校招生8.2万人，比上年增加0.6万人；毕业6.1万人，比上年减少0.3万人；在校学生25.4万人。"
    assert metric_of(text, 6.1) == "师范院校毕业"
    assert metric_of(text, 25.4) == "师范院校在校学生"
    assert verified(text)[25.4] == "师范院校在校学生"


def test_a_quarter_does_not_carry_past_a_sentence_of_the_whole_year():
    text = "分季度看，一季度地区生产总值增长5.1%，二季度增长4.9%。全年人均地区生产总值8.1万元。居民人均可支配收入3.6万元。"
    period = {f.value: f.period for f in facts(text)}
    assert period[5.1] == "一季度"
    assert period[3.6] != "二季度"


def test_turnover_after_a_light_verb_takes_its_subject():
    text = "全年对外承包工程业务完成营业额8760亿元，比上年增长2.1%。"
    assert metric_of(text, 8760) == "对外承包工程业务营业额"
    assert verified(text)[8760] == "对外承包工程业务营业额"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("全省新建36个高中，在校生增加2.1万人。", 36, "新建高中"),  # 高中 is a word, no frame
    ],
)
def test_a_counted_frame_drops_its_locative(text, value, metric):
    assert metric_of(text, value) == metric


def test_a_long_class_of_enterprises_owns_its_profit_and_the_category_after_it():
    text = "全国具有资质等级的总承包和专业承包建筑业企业实现利润5120亿元，增长3.1%，其中国有控股企业1460亿元，增长5.2%。"
    assert metric_of(text, 5120) == "总承包和专业承包建筑业企业利润"
    assert metric_of(text, 1460) == "国有控股企业利润"
    assert verified(text)[1460] == "国有控股企业利润"


def test_a_breakdown_of_counted_things_by_their_change():
    text = "全市考核的重点产品能耗指标共48项，比上年下降的30项，持平的10项，上升的8项。"
    assert metric_of(text, 10) == "重点产品能耗指标(持平)"
    assert metric_of(text, 8) == "重点产品能耗指标(上升)"
    assert verified(text)[8] == "重点产品能耗指标(上升)"


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("重点产品能耗指标共48项，比上年下降的30项，持平的10项。", True),
        # a clause of something else between the base and the item: the base is not its host
        ("重点产品能耗指标共48项，新建节能项目12个，持平的10项。", False),
    ],
)
def test_verifier_reads_a_change_breakdown_only_unbroken(text, ok):
    status = metric_status(text, "重点产品能耗指标(持平)", "10项")
    assert (status is CheckStatus.DERIVED) is ok, status


def test_mobile_traffic_in_gigabytes_keeps_its_unit():
    hits = [f for f in facts("全年移动互联网用户接入流量3120亿GB，比上年增长15.2%。") if f.value == 3120]
    assert [(f.unit, f.growth_pct) for f in hits] == [("亿GB", 15.2)]


def test_changes_of_roll_stages_are_kept():
    text = "师范院校招生8.2万人，比上年增加0.6万人；毕业6.1万人，比上年减少0.3万人；在校学生25.4万人，比上年增加1.2万人。"
    kept = verified(text)
    assert kept[0.3] == "师范院校毕业(比上年减少)"
    assert kept[1.2] == "师范院校在校学生(比上年增加)"


@pytest.mark.parametrize(
    ("metric", "ok"),
    [
        ("初中在校生", True),
        ("普通高中在校生", False),  # a school the sentence does not name
        ("初中招生", False),  # not the stage the item says
    ],
)
def test_verifier_reads_a_roll_stage_only_of_the_school_named(metric, ok):
    status = metric_status("初中招生96.1万人，在校生280.4万人。", metric, "280.4万人")
    assert (status in (CheckStatus.OK, CheckStatus.DERIVED)) is ok, status


def test_a_counted_frame_never_ends_its_name_with_the_locative():
    # the count of a pool is dropped as a pool (i8q) or, where kept, named without 中
    assert not [f.metric for f in facts("全年1200个海水水质监测点中，一类海水占70.5%。") if f.metric.endswith("中")]


def test_a_run_of_people_teams_and_times_before_a_record_is_named_by_the_record():
    text = "全年我国运动员共获得了96个世界冠军；12人3队25次创18项世界纪录；9人14次创11项亚洲纪录。"
    report = summarizer.summarize_text(text, engine="offline")  # kept facts only: the verifier reads them too
    found = {(f.metric, f.value, f.unit) for f in [*report.achievements, *report.targets]}
    assert {("创世界纪录", 12, "人"), ("创世界纪录", 3, "队"), ("创世界纪录", 25, "次")} <= found
    assert {("创亚洲纪录", 9, "人"), ("创亚洲纪录", 14, "次")} <= found
    assert not any(metric == "世界冠军" and unit != "个" for metric, _, unit in found)  # no champions


def test_casualties_counted_bare_are_named_by_the_disaster_or_accident_before_them():
    text = (
        "全年因洪涝灾害造成直接经济损失420亿元；死亡350人。全年低温冷冻和雪灾造成直接经济损失96亿元，死亡28人。"
        "全年共发生道路交通事故21.2万起，造成6.1万人死亡，25.3万人受伤。"
    )
    assert verified(text)[350] == "洪涝灾害死亡"
    assert verified(text)[28] == "低温冷冻和雪灾死亡"
    assert verified(text)[6.1] == "道路交通事故死亡"
    assert verified(text)[25.3] == "道路交通事故受伤"


def test_a_loss_counted_bare_is_named_by_the_disaster_before_it():
    text = "全年大陆地区共发生5级以上地震21次，成灾9次，造成直接经济损失62亿元，死亡120人。"
    assert verified(text)[62] == "5级以上地震造成直接经济损失"
    assert verified(text)[120] == "5级以上地震死亡"


def test_staff_and_beds_after_a_count_of_institutions_are_those_institutions():
    text = "全国共有疾病预防控制机构3500个，卫生技术人员19万人；妇幼保健机构3000个，卫生技术人员6.8万人。"
    assert metric_of(text, 19) == "疾病预防控制机构卫生技术人员"
    assert metric_of(text, 6.8) == "妇幼保健机构卫生技术人员"
    assert verified(text)[6.8] == "妇幼保健机构卫生技术人员"
    # the total of a count in 万个 keeps its own name (the national beds)
    assert metric_of("年末全国共有卫生机构30万个，床位310万张。", 310) == "床位"
