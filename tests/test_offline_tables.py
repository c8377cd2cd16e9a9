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
        assert cement.metric == "水泥"  # row name without the padding space, no column name
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
        assert (soy.metric, soy.unit, soy.growth_pct) == ("大豆", "万吨", -3.5)
        assert by_value(facts, 42.6).growth_pct == 2.1


def test_dash_placeholders_are_not_part_of_the_row_name():
    text = "- 商品名称 单 位 数 量 比上年增长% 金 额 比上年增长%\n- 箱 包 —— — — 86 4.5\n- 玩 具 —— — — 54 -2.0\n"
    facts = draft_facts(text)
    assert by_value(facts, 86).metric == "箱包"
