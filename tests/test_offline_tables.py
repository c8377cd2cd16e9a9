"""Table facts of the offline engine, read by the one shared table reader (issue 8, class 7).

Every table here is written from scratch in the style of statistical communiqués (space-aligned
list rows under word header lines, Markdown pipe rows); none is taken from the shared corpus.
Each case also goes through the verifier (`summarize_text`), which reads the same rows.
"""

from __future__ import annotations

from summarizer.api import summarize_text
from summarizer.engines import offline
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions
from summarizer.text.tables import Reader

# a breakdown table: one row per item, one column per region, the unit on a line above
BREAKDOWN = """全年物价总体平稳。

**表3 2023年居民消费价格比上年涨跌幅度**

- 单位：%
- 指标 全省
- 城镇 乡村
- 居民消费价格 0.6 0.5 0.8
- 其中：食 品 2.3 2.4 2.0
- 衣 着 1.4 1.3 1.6
"""

# a plain value/growth table: the growth column names no breakdown
VALUE_GROWTH = """| 产品名称 | 单位 | 产量 | 比上年增长(%) |
| --- | --- | --- | --- |
| 钢 材 | 万吨 | 812.5 | 3.2 |
| 水 泥 | 万吨 | 1650.3 | -4.1 |
"""

# a Markdown table whose header names two kinds of values and their units
TWO_VALUES = """| 地 区 | 出口额（亿元） | 进口额（亿元） |
| --- | --- | --- |
| 东部片区 | 120.5 | 88.2 |
"""


def draft_facts(text: str):
    doc = clean(text)
    d = offline.extract(doc, extract_mentions(doc))
    return [*d.achievements, *d.targets]


def verified(text: str):
    return list(summarize_text(text, engine="offline").facts())


def by_value(facts, value: float):
    hits = [f for f in facts if f.value == value]
    assert len(hits) == 1, [(f.metric, f.value, f.unit) for f in facts]
    return hits[0]


def test_reader_joins_a_header_broken_over_lines_and_finds_the_title():
    r = Reader(BREAKDOWN)
    pos = BREAKDOWN.index("1.3 1.6")
    header = r.header(pos)
    assert header is not None
    assert [BREAKDOWN[a:b] for a, b in header] == ["指标", "全省", "城镇", "乡村"]
    title = r.title(pos)
    assert title is not None and BREAKDOWN[title[0] : title[1]] == "2023年居民消费价格比上年涨跌幅度"


def test_reader_header_needs_one_word_a_column():
    text = "- 全省 城镇\n- 衣 着 1.4 1.3 1.6\n"
    assert Reader(text).header(text.index("1.3")) is None  # two words over four cells
    text = "- 全省 城镇 乡村\n- 衣 着 1.4 1.3 1.6\n"
    header = Reader(text).header(text.index("1.3"))
    assert header is not None and [text[a:b] for a, b in header] == ["", "全省", "城镇", "乡村"]


def test_breakdown_column_names_the_cell_with_the_title_measure():
    for facts in (draft_facts(BREAKDOWN), verified(BREAKDOWN)):
        assert by_value(facts, 0.8).metric == "居民消费价格涨跌幅度(乡村)"
        assert by_value(facts, 1.3).metric == "衣着价格涨跌幅度(城镇)"  # no space inside 衣着
        assert by_value(facts, 1.4).unit == "%"  # the unit from the 单位 line
        assert by_value(facts, 2.0).metric == "食品价格涨跌幅度(乡村)"


def test_without_title_a_breakdown_column_still_names_the_cell():
    text = "- 单位：万人\n- 指标 男性 女性\n- 城镇就业 312 298\n- 乡村就业 205 190\n"
    facts = verified(text)
    assert by_value(facts, 298).metric == "城镇就业(女性)"
    assert by_value(facts, 205).metric == "乡村就业(男性)"
    assert by_value(facts, 205).unit == "万人"


def test_value_and_growth_columns_name_no_breakdown():
    for facts in (draft_facts(VALUE_GROWTH), verified(VALUE_GROWTH)):
        cement = by_value(facts, 1650.3)
        assert cement.metric == "水泥产量"  # row name without the padding space; the column's 产量 (i8x)
        assert cement.unit == "万吨"  # from the 单位 column
        assert cement.growth_pct == -4.1
        assert by_value(facts, 812.5).growth_pct == 3.2


def test_pipe_header_with_two_value_columns_names_each_cell():
    facts = verified(TWO_VALUES)
    exports = by_value(facts, 120.5)
    assert exports.metric == "东部片区(出口额)"
    assert exports.unit == "亿元"  # from the column header
    assert by_value(facts, 88.2).metric == "东部片区(进口额)"


def test_a_prose_line_with_one_bar_is_no_table_row():
    text = "全年粮食总产量达到128.6万吨｜比上年增长2.1%。\n"
    reader = Reader(text)
    assert not reader.is_table_row(0, len(text) - 1)
    assert by_value(verified(text), 128.6).metric == "粮食总产量"


def test_space_row_with_unit_after_its_name_under_a_padded_header():
    # 单 位 / 产 量: header words padded like row names; the unit sits in the row-name cell
    text = "**表5 2022年主要农产品产量及其增长速度**\n\n- 品种 单 位 产 量 比上年增长%\n- 大 豆 万吨 18.8 -3.5\n- 油 料 万吨 42.6 2.1\n"
    header = Reader(text).header(text.index("-3.5"))
    assert header is not None and ["".join(text[a:b].split()) for a, b in header] == ["品种", "产量", "比上年增长%"]
    for facts in (draft_facts(text), verified(text)):
        soy = by_value(facts, 18.8)
        assert (soy.metric, soy.unit, soy.growth_pct) == ("大豆产量", "万吨", -3.5)  # the title's head, stated by 产 量
        assert by_value(facts, 42.6).growth_pct == 2.1


def test_dash_placeholders_are_not_part_of_the_row_name():
    text = "- 商品名称 单 位 数 量 比上年增长% 金 额 比上年增长%\n- 箱 包 —— — — 86 4.5\n- 玩 具 —— — — 54 -2.0\n"
    for facts in (draft_facts(text), verified(text)):
        # each dash is an empty cell: 86 stands under 金额 (named: the row has a 数量 column too)
        # and the growth after it is its growth, not a fact of its own
        amount = by_value(facts, 86)
        assert (amount.metric, amount.growth_pct) == ("箱包(金额)", 4.5)
        assert by_value(facts, 54).growth_pct == -2.0
        assert not [f for f in facts if f.value in (4.5, 2.0)]


# --- Markdown tables converted from HTML (cells padded with <br>, the title in a first row) ---

# the title sits in a row of its own whose other cells are empty; a blank line parts two tables
MD_TWO_TABLES = """全年工业生产平稳。

| <br>**表4 2023年主要工业产品产量及其增长速度** | | | |
| --- | --- | --- | --- |
| <br>产品名称 | <br>单 位 | <br>产 量 | <br>比上年增长（%） |
| <br>空调器 | <br>万台 | <br>318.6 | <br>2.7 |
| <br>水 泥 | <br>万吨 | <br>905.2 | <br>-6.3 |

| <br>**表9 2023年对主要地区货物进出口额及其增长速度** | | | | |
| --- | --- | --- | --- | --- |
| <br>地区 | <br>出口额<br>（亿元） | <br>比上年增长<br>（%） | <br>进口额<br>（亿元） | <br>比上年增长<br>（%） |
| <br>东南片区 | <br>412 | <br>-1.8 | <br>265 | <br>7.5 |
"""

MD_BALANCE = """| <br>**表7 2023年末金融机构存贷款余额及其增长速度** | | |
| --- | --- | --- |
| <br>指 标 | <br>年末数（亿元） | <br>比上年末增长（%） |
| <br>各项存款余额 | <br>8816 | <br>9.4 |
| <br>各项贷款余额 | <br>7350 | <br>-0.6 |
"""


def md_facts(text: str):
    return list(summarize_text(text, name="table.md", engine="offline").facts())


def test_markdown_title_row_is_no_header_and_growth_cells_join_their_amount():
    facts = md_facts(MD_TWO_TABLES)
    aircon = by_value(facts, 318.6)
    assert (aircon.metric, aircon.unit, aircon.growth_pct, aircon.verified) == ("空调器产量", "万台", 2.7, True)
    assert by_value(facts, 905.2).growth_pct == -6.3
    # a growth cell is its amount's growth, never a fact of its own without a unit
    assert not [f for f in facts if f.value in (2.7, 6.3, 1.8, 7.5)]
    assert all(f.unit for f in facts), [(f.metric, f.value) for f in facts if not f.unit]


def test_markdown_table_after_a_blank_line_reads_its_own_header():
    facts = md_facts(MD_TWO_TABLES)
    exports, imports = by_value(facts, 412), by_value(facts, 265)
    assert (exports.metric, exports.unit, exports.growth_pct) == ("东南片区(出口额)", "亿元", -1.8)
    assert (imports.metric, imports.unit, imports.growth_pct) == ("东南片区(进口额)", "亿元", 7.5)


def test_markdown_balance_table_takes_unit_and_signed_growth_from_the_header():
    facts = md_facts(MD_BALANCE)
    deposits, loans = by_value(facts, 8816), by_value(facts, 7350)
    assert (deposits.metric, deposits.unit, deposits.growth_pct) == ("各项存款余额", "亿元", 9.4)
    assert (loans.unit, loans.growth_pct) == ("亿元", -0.6)
    assert len(facts) == 2


def test_reader_skips_a_caption_row_and_takes_its_title():
    text = "表5 2023年主要农产品产量 | | \n指标 | 产量(万吨) | 增长(%)\n稻谷 | 61.2 | 1.5\n"
    reader = Reader(text)
    pos = text.index("61.2")
    header = reader.header(pos)
    assert header is not None and [text[a:b] for a, b in header] == ["指标", "产量(万吨)", "增长(%)"]
    title = reader.title(pos)
    assert title is not None and text[title[0] : title[1]] == "2023年主要农产品产量"


def test_merged_header_cell_names_the_columns_it_spans():
    # 比上年增长% spans two columns; the figure sits in the second, under an empty header cell
    text = "| 指 标 | 单 位 | 绝对数 | | 比上年增长% | |\n| --- | --- | --- | --- | --- | --- |\n| 铁路客运量 | 亿 人 | 4.8 | | | 3.9 | |\n"
    facts = md_facts(text)
    rail = by_value(facts, 4.8)
    assert (rail.unit, rail.growth_pct) == ("亿人", 3.9)  # the padded unit cell is read whole
    assert len(facts) == 1
    # a bold mark before the header row keeps its outer bars: its trailing empty cells are cut
    bold = "**" + text
    assert [(f.value, f.unit, f.growth_pct) for f in md_facts(bold)] == [(4.8, "亿人", 3.9)]


def test_space_row_with_one_character_name_stays_in_its_table():
    text = "- 商品名称 数量（万吨） 比上年增长% 金额（亿美元） 比上年增长%\n- 大豆 420 13.1 18 -2.2\n- 煤 1250 21.0 10 19.6\n- 原油 2030 8.7 89 -3.4\n"
    facts = draft_facts(text)
    oil = by_value(facts, 89)
    assert (oil.metric, oil.unit, oil.growth_pct) == ("原油(金额)", "亿美元", -3.4)
    coal = by_value(facts, 1250)
    assert (coal.metric, coal.unit, coal.growth_pct) == ("煤(数量)", "万吨", 21.0)


def test_percent_written_in_a_header_without_brackets_is_the_unit():
    text = "单位：万人\n\n| 指 标 | 年末数 | 比重% |\n| --- | --- | --- |\n| 城镇人口 | 2210 | 61.5 |\n"
    facts = md_facts(text)
    assert by_value(facts, 2210).unit == "万人"
    assert by_value(facts, 61.5).unit == "%"


def test_space_row_with_a_unit_after_each_amount_under_a_year_header():
    # older communiqués: the unit follows the amount inside its cell, the header names a year
    # and stands a blank line above the rows
    text = "主要产品产量如下：\n\n2021年 比上年增长%\n\n棉 纱 412 万吨 3.5\n其中：化 纤 96.4 万吨 -1.2\n水 泥 2,310 万吨 6.0\n"
    for facts in (draft_facts(text), verified(text)):
        yarn = by_value(facts, 412)
        # the lead-in line 主要产品产量如下： names the rows' measure (i8x)
        assert (yarn.metric, yarn.unit, yarn.growth_pct) == ("棉纱产量", "万吨", 3.5)
        assert by_value(facts, 96.4).growth_pct == -1.2
        assert by_value(facts, 2310).metric == "水泥产量"
        assert by_value(facts, 2310).growth_pct == 6.0
        assert not [f for f in facts if f.value in (3.5, 1.2, 6.0)]


def test_items_under_a_row_naming_its_unit_are_counted_in_it():
    # the group row states its unit in brackets; the items under it take it, up to the next group
    text = "各种运输方式完成的周转量如下：\n\n2021年 比上年增长%\n货运周转量（亿吨公里） 812 5.1\n铁 路 305 2.2\n公 路 420 7.9\n客运周转量（亿人公里） 96 -3.0\n铁 路 51 -4.4\n"
    for facts in (draft_facts(text), verified(text)):
        assert (by_value(facts, 305).unit, by_value(facts, 305).growth_pct) == ("亿吨公里", 2.2)
        assert by_value(facts, 420).unit == "亿吨公里"
        assert (by_value(facts, 51).unit, by_value(facts, 51).growth_pct) == ("亿人公里", -4.4)


def test_a_bracketed_line_inside_a_table_does_not_end_it():
    # (…亿平方米) restates the row above in another measure; （折标准煤） qualifies it
    text = "2021年 比上年增长%\n\n布 63.5 亿米 2.6\n(40.1 亿平方米) (3.0)\n能源生产总量 2.1 亿吨 1.4\n（折标准煤）\n原 煤 1.8 亿吨 0.7\n"
    facts = draft_facts(text)
    assert by_value(facts, 1.8).growth_pct == 0.7  # the header above still names the columns
    assert by_value(facts, 2.1).growth_pct == 1.4
    assert not [f for f in facts if f.value in (0.7, 1.4)]


def test_panels_side_by_side_name_each_figure_after_its_own_name_cell():
    # two records a row: the header repeats its first column (行业 | 增长 | 行业 | 增长)
    text = "| 行业 | 比上年增长（%） | 行业 | 比上年增长（%） |\n| --- | --- | --- | --- |\n| 制造业 | 6.4 | 房地产业 | -8.8 |\n| 采矿业 | 2.5 | 金融业 | -2.7 |\n"
    facts = md_facts(text)
    realty = by_value(facts, -8.8)  # the minus in the cell is the value's
    assert (realty.metric, realty.value_normalized, realty.unit, realty.verified) == ("房地产业(比上年增长)", -8.8, "%", True)
    assert by_value(facts, 6.4).growth_pct is None  # the second panel's rate is no growth of the first's
    assert by_value(facts, -2.7).metric == "金融业(比上年增长)"  # a rate of its own, no amount (i8x)
    assert len(facts) == 4


def test_space_row_unit_with_its_magnitude_set_apart():
    text = "- 指标 单位 绝对数 比上年增长%\n- 货运量 亿 吨 320.5 6.1\n- 水运 亿 吨 29.7 5.7\n"
    for facts in (draft_facts(text), verified(text)):
        water = by_value(facts, 29.7)
        # the row under a quantity row in its unit is an item of it (i8x): 水运's share of 货运量
        assert (water.metric, water.unit, water.growth_pct) == ("水运(货运量)", "亿吨", 5.7)


# a list-style table whose header names one measure column and its growth column
MEASURE_GROWTH = """**表4 2023年1-10月规模以上服务业企业营业收入及其增长速度**

单位：亿元

- 指 标 营业收入 比上年同期增长%
- 全部服务业企业 4120 8.6
- 其中：信息服务业 975 15.2
"""


def _metric_status(text: str, metric: str, raw: str):
    from summarizer.models import Achievement, Evidence, FactField
    from summarizer.verify import claim_findings

    doc = clean(text)
    mentions = extract_mentions(doc)
    figure = next(m for m in mentions if m.raw == raw)
    evidence = Evidence(quote=text[figure.start : figure.end], start=figure.start, end=figure.end)
    fact = Achievement(metric=metric, value=figure.value, value_text=figure.value_text, unit=figure.unit,
                       evidence=evidence)
    return next(f for f in claim_findings(fact, doc, mentions, figure) if f.field is FactField.METRIC).status


def test_list_row_under_one_measure_and_one_growth_column_names_the_measure():
    from summarizer.models import CheckStatus

    as_markdown = list(summarize_text(MEASURE_GROWTH, name="report.md", engine="offline").facts())
    for facts in (draft_facts(MEASURE_GROWTH), verified(MEASURE_GROWTH), as_markdown):  # list marks masked
        info = by_value(facts, 975)
        assert (info.metric, info.unit, info.growth_pct) == ("信息服务业(营业收入)", "亿元", 15.2)
        assert by_value(facts, 4120).metric == "全部服务业企业(营业收入)"
    assert _metric_status(MEASURE_GROWTH, "信息服务业(营业收入)", "975") is CheckStatus.OK
    assert _metric_status(MEASURE_GROWTH, "信息服务业(利润总额)", "975") is CheckStatus.FAILED


def test_a_caption_s_period_is_the_period_of_every_row():
    md = ("**表4 2023年1-11月规模以上工业企业利润**\n\n| 行 业 | 利润总额（亿元） | 比上年同期增长（%） |\n"
          "| --- | --- | --- |\n| 电子信息 | 35.6 | 4.2 |\n| 装备制造 | 21.8 | -3.5 |\n")
    spaced = ("2022年末金融机构存贷款余额\n\n单位：亿元\n\n- 指标 年末数 比上年末增长%\n"
              "- 各项存款余额 1520.3 8.6\n- 各项贷款余额 1288.7 10.1\n")
    assert {f.value: f.period for f in verified(md)} == {35.6: "2023年1-11月", 21.8: "2023年1-11月"}
    assert {f.value: f.period for f in verified(spaced)} == {1520.3: "2022年末", 1288.7: "2022年末"}


def test_a_prose_paragraph_above_a_table_states_no_period_of_its_rows():
    text = "全年全区经济运行平稳，2023年1-11月工业用电量增长较快。\n\n| 行 业 | 用电量（亿千瓦时） |\n| --- | --- |\n| 制造业 | 12.4 |\n| 建筑业 | 3.1 |\n"
    assert {f.value: f.period for f in verified(text)} == {12.4: None, 3.1: None}


def test_two_column_rows_without_outer_bars_are_a_table_and_the_total_takes_the_column_name():
    text = "全区重点项目投资情况\n\n类别 | 完成投资（亿元）\n--- | ---\n基础设施 | 120.5\n产业项目 | 80.2\n合计 | 200.7\n"
    facts = {f.value: (f.metric, f.unit) for f in verified(text)}
    # the items name no measure: the one value column's does (i8x)
    assert facts == {120.5: ("基础设施(完成投资)", "亿元"), 80.2: ("产业项目(完成投资)", "亿元"), 200.7: ("完成投资(合计)", "亿元")}


def test_a_total_row_of_a_two_column_markdown_table_is_verified():
    text = "| 类别 | 到位资金（万元） |\n| --- | --- |\n| 省级补助 | 860 |\n| 市级配套 | 420 |\n| 合计 | 1280 |\n"
    total = by_value(verified(text), 1280)
    assert (total.metric, total.verified) == ("到位资金(合计)", True)


# a trade table: sub-rows opened by 其中 are items of the measure row above them
TRADE_ROWS = """**表6 2024年货物进出口总额及其增长速度**

| 指 标 | 金额（亿元） | 比上年增长（%） |
| --- | --- | --- |
| 货物进出口总额 | 3520.4 | 5.5 |
| 货物出口额 | 2011.7 | 7.2 |
| 其中：一般贸易 | 1240.3 | 8.1 |
| 加工贸易 | 533.9 | 2.4 |
| 货物进口额 | 1508.7 | 3.3 |
| 其中：机电产品 | 612.5 | 4.6 |
| 货物贸易顺差 | 503.0 | 23.1 |
"""


def test_rows_opened_by_qizhong_take_the_measure_row_above():
    for facts in (draft_facts(TRADE_ROWS), verified(TRADE_ROWS)):
        general = by_value(facts, 1240.3)
        assert (general.metric, general.growth_pct) == ("一般贸易(货物出口额)", 8.1)
        assert by_value(facts, 533.9).metric == "加工贸易(货物出口额)"  # a sibling of the 其中 row
        assert by_value(facts, 612.5).metric == "机电产品(货物进口额)"
        assert by_value(facts, 503.0).metric == "货物贸易顺差"  # a balance is a measure of its own
        assert by_value(facts, 2011.7).metric == "货物出口额"
    assert all(f.verified for f in verified(TRADE_ROWS))


def test_a_row_in_another_unit_is_no_item_of_the_measure_row_above():
    text = (
        "**表2 2024年主要能源产品产量及其增长速度**\n\n"
        "| 产品名称 | 单位 | 产量 | 比上年增长（%） |\n| --- | --- | --- | --- |\n"
        "| 能源生产总量 | 万吨标准煤 | 820.4 | 3.1 |\n| 原煤 | 万吨 | 655.2 | 2.2 |\n"
        "| 发电量 | 亿千瓦时 | 310.6 | 6.4 |\n| 其中：风电 | 亿千瓦时 | 42.8 | 18.5 |\n| 光伏发电 | 亿千瓦时 | 20.1 | 35.0 |\n"
    )
    for facts in (draft_facts(text), verified(text)):
        assert by_value(facts, 655.2).metric == "原煤产量"  # 万吨, not 万吨标准煤: the title's head
        assert by_value(facts, 42.8).metric == "风电(发电量)"
        assert by_value(facts, 20.1).metric == "光伏发电(发电量)"


def test_items_after_a_row_in_the_same_unit_without_qizhong_stay_their_own():
    text = (
        "| 指 标 | 单位 | 绝对数 |\n| --- | --- | --- |\n"
        "| 新建铁路里程 | 公里 | 186 |\n| 新增公路通车里程 | 公里 | 420 |\n| 新建农村公路 | 公里 | 1350 |\n"
    )
    for facts in (draft_facts(text), verified(text)):
        assert by_value(facts, 1350).metric == "新建农村公路"


def test_a_caption_row_opened_by_a_line_break_tag_gives_the_title():
    text = (
        "| <br>**表42024年主要工业产品产量及其增长速度** | | | |\n| --- | --- | --- | --- |\n"
        "| <br>产品名称 | <br>单 位 | <br>产 量 | <br>比上年增长(%) |\n| <br>平板玻璃 | <br>万重量箱 | <br>860.5 | <br>2.6 |\n"
    )
    title = Reader(text).title(text.index("860.5"))
    assert title is not None and text[title[0] : title[1]] == "2024年主要工业产品产量及其增长速度"
    assert by_value(verified(text), 860.5).metric == "平板玻璃产量"


def test_a_bold_mark_after_the_last_border_is_no_cell():
    text = "| 地 区 | 出口额（亿元） | 进口额（亿元） |\n| --- | --- | --- |\n| 北部片区 | 64.2 | 51.8 |**\n"
    assert by_value(verified(text), 51.8).metric == "北部片区(进口额)"


def test_a_growth_only_table_names_each_rate_after_the_title_subject():
    text = (
        "**表7 2024年分行业固定资产投资增长速度**\n\n"
        "| 行业 | 比上年增长（%） | 行业 | 比上年增长（%） |\n| --- | --- | --- | --- |\n"
        "| 总计 | 4.1 | 教育 | -3.2 |\n| 制造业 | 7.7 | 卫生和社会工作 | 12.6 |\n"
    )
    for facts in (draft_facts(text), verified(text)):
        assert by_value(facts, 7.7).metric == "制造业(固定资产投资比上年增长)"
        assert by_value(facts, -3.2).metric == "教育(固定资产投资比上年增长)"
        assert by_value(facts, 4.1).metric == "固定资产投资(总计比上年增长)"
        assert all(f.growth_pct is None for f in facts)


def test_an_item_row_under_one_measure_column_takes_the_title_subject_or_the_column():
    text = (
        "**表8 2024年分行业对外直接投资额及其增长速度**\n\n"
        "| 行 业 | 金额（亿美元） | 比上年增长（%） |\n| --- | --- | --- |\n| 批发和零售业 | 36.2 | 9.4 |\n"
    )
    for facts in (draft_facts(text), verified(text)):
        trade = by_value(facts, 36.2)
        assert (trade.metric, trade.growth_pct) == ("批发和零售业(对外直接投资额)", 9.4)
    text = "| 指 标 | 授权数（件） | 比上年增长（%） |\n| --- | --- | --- |\n| 外观设计 | 5120 | -2.5 |\n"
    assert by_value(verified(text), 5120).metric == "外观设计(授权数)"
    text = "| 指 标 | 绝对数 | 比上年增长（%） |\n| --- | --- | --- |\n| 网上零售 | 3150.6 | 8.8 |\n"
    assert by_value(verified(text), 3150.6).metric == "网上零售"  # 绝对数 says no measure


def test_a_figure_inside_the_name_cell_is_no_fact():
    text = "| 指 标 | 单位 | 绝对数 |\n| --- | --- | --- |\n| 其中：144平方米以上 | 亿元 | 812.4 |\n"
    facts = verified(text)
    assert [f.value for f in facts] == [812.4]


def test_quantity_and_value_columns_take_the_flow_the_title_names():
    text = (
        "**表9 2024年主要商品进口数量、金额及其增长速度**\n\n"
        "| 商品名称 | 单位 | 数量 | 比上年增长（%） | 金额（亿元） | 比上年增长（%） |\n"
        "| --- | --- | --- | --- | --- | --- |\n| 铁矿砂 | 万吨 | 1520 | 3.3 | 118.6 | -6.1 |\n"
    )
    for facts in (draft_facts(text), verified(text)):
        ore = by_value(facts, 1520)
        assert (ore.metric, ore.growth_pct) == ("铁矿砂(进口数量)", 3.3)
        assert by_value(facts, 118.6).metric == "铁矿砂(进口金额)"
    assert by_value(verified(TWO_VALUES), 120.5).metric == "东部片区(出口额)"  # the column says its flow


def test_a_row_name_with_a_de_phrase_is_kept_whole():
    text = (
        "| 商品名称 | 数量（万吨） | 金额（亿元） |\n| --- | --- | --- |\n"
        "| 未锻轧的铝及铝材 | 42.7 | 96.1 |\n"
    )
    assert by_value(verified(text), 96.1).metric == "未锻轧的铝及铝材(金额)"  # not 铝及铝材
