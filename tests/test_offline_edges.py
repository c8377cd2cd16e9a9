"""Small rules of the genre found on real reports (issue 8), one authored case each.

Every text here is written from scratch in the style of statistical communiqués and work
reports; none is taken from the shared corpus. Rules: a minus written before a figure is its
sign; the count of a pool (在监测的N个城市中) is no fact; a 总计/合计 row is named after its
table; an exchange rate written without 汇率 names both currencies.
"""

from __future__ import annotations

import pytest

from summarizer.engines import offline
from summarizer.models import Achievement, Evidence
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions
from summarizer.verify import check_fact


def facts(text: str):
    doc = clean(text)
    d = offline.extract(doc, extract_mentions(doc))
    return [*d.achievements, *d.targets]


# --- a minus written before the figure is its sign ----------------------------------------------

SIGNED = "全年货物和服务净出口对经济增长的贡献率为-8.6%。全年工业品出厂价格涨幅为－2.3%。"


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        (SIGNED, -8.6, "-8.6"),
        (SIGNED, -2.3, "－2.3"),  # the full-width minus of Chinese typesetting
        ("一季度全省经济增速为-0.1%，二季度回升至3.2%。", -0.1, "-0.1"),
        ("全年城镇调查失业率变动幅度为-0.5个百分点。", -0.5, "-0.5"),
    ],
)
def test_a_written_minus_keeps_its_sign_in_value_and_value_text(text, value, written):
    hit = [f for f in facts(text) if f.value_text == written]
    assert len(hit) == 1, [(f.metric, f.value, f.value_text) for f in facts(text)]
    assert hit[0].value == value and hit[0].value_normalized == value


def test_a_decline_word_is_no_written_minus_and_a_range_dash_no_sign():
    found = facts("全年原油产量下降2.5%。全年经济增长目标为6%-6.5%。可比产品成本计划降低2-3%。")
    by_text = {f.value_text: f for f in found}
    assert by_text["2.5"].value == 2.5 and by_text["2.5"].value_normalized == -2.5  # as written
    assert all(f.value > 0 for f in found)


def _claim(value, quote, text, **extra):
    return Achievement(
        metric="净出口贡献率", value=value, unit="%",
        evidence=Evidence(quote=quote, start=text.find(quote), end=text.find(quote) + len(quote)), **extra,
    )


def test_verifier_accepts_the_signed_value_and_rejects_a_sign_flip():
    text = "全年净出口贡献率为-8.6%。"
    doc = clean(text)
    mentions = extract_mentions(doc)
    quote = "净出口贡献率为-8.6%"
    assert check_fact(_claim(-8.6, quote, text), doc, mentions) == []
    assert check_fact(_claim(8.6, quote, text), doc, mentions)  # the sign flipped
    # a flip stays a flip even when the claim carries the source's normalised value
    assert check_fact(_claim(8.6, quote, text, value_normalized=-8.6), doc, mentions)


def test_offline_signed_facts_pass_the_verifier():
    doc = clean(SIGNED)
    mentions = extract_mentions(doc)
    d = offline.extract(doc, mentions)
    for f in [*d.achievements, *d.targets]:
        assert check_fact(f, doc, mentions) == [], f.metric



# --- the count of a pool is no fact; the figure after it is -------------------------------------


@pytest.mark.parametrize(
    ("text", "pool", "fact"),
    [
        ("在监测的328个城市中，空气质量达标的城市占61.5%。", 328, 61.5),
        ("在抽查的600个样本中，有574个样本合格。", 600, 574),
        ("全国297个地级及以上城市中，有181个城市细颗粒物浓度达标。", 297, 181),
        ("在参评的45座城市中排名第6位，较上年前移2位。", 45, None),
    ],
)
def test_a_pool_count_is_no_fact(text, pool, fact):
    found = facts(text)
    assert pool not in [f.value for f in found], [(f.metric, f.value) for f in found]
    if fact is not None:
        assert fact in [f.value for f in found]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("全市有5个重点项目正在建设中，年内全部建成。", [5]),  # 在建设中 is a state, not a pool
        ("全年新增城镇就业12万人，其中高校毕业生5万人。", [12, 5]),
        ("在新开工的80个项目中，已有15个项目竣工投产。", [15]),
    ],
)
def test_counts_that_are_no_pool_stay_facts(text, kept):
    values = [f.value for f in facts(text)]
    assert all(v in values for v in kept), values


# --- a 总计 / 合计 row is named after its table ---------------------------------------------------

TOTALS = """2022年国民经济和社会发展统计公报

表6　2022年分行业规模以上工业增加值增长速度

| 行业 | 增加值（亿元） | 比上年增长（%） |
| --- | --- | --- |
| 总计 | 8421.6 | 4.7 |
| 采矿业 | 512.3 | 6.1 |
| 制造业 | 7402.8 | 4.5 |

表7　2022年各地区新增城镇就业人数

| 地区 | 新增就业（万人） | 占全省比重（%） |
| --- | --- | --- |
| 合 计 | 86.4 | 100.0 |
| 东部 | 41.2 | 47.7 |
"""


@pytest.mark.parametrize(
    ("value", "metric", "growth"),
    [(8421.6, "规模以上工业增加值(总计)", 4.7), (86.4, "新增城镇就业人数(合计新增就业)", None)],
)
def test_a_total_row_is_named_after_the_table_and_verified(value, metric, growth):
    doc = clean(TOTALS)
    mentions = extract_mentions(doc)
    d = offline.extract(doc, mentions)
    hit = [f for f in [*d.achievements, *d.targets] if f.value == value]
    assert len(hit) == 1 and hit[0].metric.replace(" ", "") == metric, [f.metric for f in hit]
    assert hit[0].growth_pct == growth
    assert check_fact(hit[0], doc, mentions) == []


def test_a_total_row_without_a_title_is_named_by_its_column():
    text = "| 行业 | 增加值（亿元） | 比上年增长（%） |\n| --- | --- | --- |\n| 总计 | 8421.6 | 4.7 |\n"
    doc = clean(text)
    mentions = extract_mentions(doc)
    d = offline.extract(doc, mentions)
    hit = [f for f in [*d.achievements, *d.targets] if f.value == 8421.6]
    assert hit and hit[0].metric == "增加值(总计)" and check_fact(hit[0], doc, mentions) == []


def test_a_total_row_without_title_or_column_name_keeps_the_bare_word_and_the_verifier_rejects_it():
    text = "| 行业 | | 比上年增长（%） |\n| --- | --- | --- |\n| 总计 | 8421.6亿元 | 4.7 |\n"
    doc = clean(text)
    mentions = extract_mentions(doc)
    d = offline.extract(doc, mentions)
    hit = [f for f in [*d.achievements, *d.targets] if f.value == 8421.6]
    assert hit and hit[0].metric == "总计" and check_fact(hit[0], doc, mentions)


# --- an exchange rate written without 汇率 names both currencies --------------------------------

RATES = (
    "年末1美元兑7.1046元人民币，比上年末贬值1.2%。"
    "7.0235元人民币兑1美元。"
    "全年人民币平均汇率为1美元兑7.0467元人民币。"
    "年末汇率6.9512元人民币兑1美元。"
)


@pytest.mark.parametrize(
    ("value", "metric"),
    [
        (7.1046, "1美元兑人民币"),
        (7.0235, "人民币兑1美元"),  # the other way round: the base currency after the figure
        (7.0467, "人民币平均汇率(1美元兑人民币)"),  # with 汇率: the rule before, unchanged
        (1.2, "1美元兑人民币(比上年末贬值)"),  # a change of the rate is named after it
        (6.9512, "汇率(人民币兑1美元)"),  # with 汇率, the other way round
    ],
)
def test_an_exchange_rate_without_its_name_is_named_by_its_currencies(value, metric):
    doc = clean(RATES)
    mentions = extract_mentions(doc)
    d = offline.extract(doc, mentions)
    hit = [f for f in [*d.achievements, *d.targets] if f.value == value]
    assert len(hit) == 1 and hit[0].metric == metric, [(f.metric, f.value) for f in hit]
    assert hit[0].unit in ("元", "%")
    assert check_fact(hit[0], doc, mentions) == []


def test_the_base_side_of_a_rate_is_no_fact_either_way():
    values = [f.value for f in facts(RATES)]
    assert 1.0 not in values


def test_an_amount_in_yuan_before_other_words_is_no_rate():
    found = facts("全市实现社会消费品零售总额1.2万元人民币的人均消费。年末1美元存款余额增加。")
    assert not [f for f in found if "兑" in f.metric]


def test_the_minus_is_no_part_of_the_metric():
    found = facts("全年固定资产投资降幅收窄到-3.5%。全年人口自然增长率为-1.5‰。")
    assert [f.metric for f in found if f.value == -1.5] == ["人口自然增长率"]
    assert not [f for f in found if f.metric.endswith(("-", "－"))], [f.metric for f in found]


def test_a_total_row_whose_cells_do_not_line_up_is_not_renamed():
    # the total row lacks its first figure: its cells fall under the wrong headers, with no unit
    text = (
        "**表9  2021年分行业外商直接投资及其增长速度**\n\n"
        "- 行 业 企业数（家） 比上年增长% 实际使用金额（亿美元） 比上年增长%\n"
        "- 总 计 -12.4 615.0 8.9\n"
        "- 制造业 4210 -20.3 301.7 11.2\n"
    )
    renamed = [f for f in facts(text) if f.metric.startswith("外商直接投资")]
    assert not renamed, [(f.metric, f.value, f.unit) for f in renamed]


# --- an item row takes the head noun of its table's title -----------------------------------------

OUTPUT_TABLE = """2023年国民经济和社会发展统计公报

表4　2023年主要工业产品产量及其增长速度[9]

| 产品名称 | 单位 | 产量 | 比上年增长（%） |
| --- | --- | --- | --- |
| 精制茶 | 万吨 | 31.6 | 2.4 |
| 盐 | 万吨 | 118.0 | 1.1 |
| 发电量 | 亿千瓦时 | 905.3 | 6.0 |
| 风电 | 亿千瓦时 | 120.8 | 15.2 |

表9　2023年对主要地区货物进出口额

| 地区 | 出口额（亿元） | 进口额（亿元） |
| --- | --- | --- |
| 东盟 | 412.5 | 230.1 |
"""


@pytest.mark.parametrize(
    ("value", "metric"),
    [
        (31.6, "精制茶产量"),  # the item takes the title's head, which its column confirms
        (118.0, "盐"),  # a one-character item: too short for the verifier's pieces, kept bare
        (905.3, "发电量"),  # a measure already
        (120.8, "风电(发电量)"),  # an item of the 发电量 row above, not of the title (i8x names it)
        (412.5, "东盟(出口额)"),  # two value columns: the column names the figure, not the title
        (230.1, "东盟(进口额)"),
    ],
)
def test_an_item_row_takes_the_head_of_the_table_title(value, metric):
    doc = clean(OUTPUT_TABLE)
    mentions = extract_mentions(doc)
    d = offline.extract(doc, mentions)
    hit = [f for f in [*d.achievements, *d.targets] if f.value == value]
    assert len(hit) == 1 and hit[0].metric.replace(" ", "") == metric, [f.metric for f in hit]
    assert check_fact(hit[0], doc, mentions) == []


def test_the_verifier_rejects_a_title_head_the_table_does_not_state():
    doc = clean(OUTPUT_TABLE)
    mentions = extract_mentions(doc)
    d = offline.extract(doc, mentions)
    fact = next(f for f in [*d.achievements, *d.targets] if f.value == 31.6)
    assert check_fact(fact.model_copy(update={"metric": "精制茶销售额"}), doc, mentions)
