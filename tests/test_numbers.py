"""Number mentions: many small authored cases (none copied from the shared corpus)."""

from __future__ import annotations

import pytest

from summarizer.text.numbers import (
    chinese_to_int,
    extract_mentions_text,
    ordinal_value,
    unit_info,
)


def one(text: str):
    found = extract_mentions_text(text)
    assert len(found) == 1, [m.raw for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit", "normalized", "base"),
    [
        ("实现营业收入3.25亿元，", "3.25亿元", 3.25, "亿元", 325_000_000, "yuan"),
        ("税收12600万元。", "12600万元", 12600, "万元", 126_000_000, "yuan"),
        ("销售额856千元。", "856千元", 856, "千元", 856_000, "yuan"),
        ("到账外资2.4亿美元。", "2.4亿美元", 2.4, "亿美元", 240_000_000, "USD"),
        ("外资3600万美元，", "3600万美元", 3600, "万美元", 36_000_000, "USD"),
        ("營業收入12.5億元，", "12.5億元", 12.5, "億元", 1_250_000_000, "yuan"),
        ("增长１８．６％，", "１８．６％", 18.6, "％", 18.6, "%"),
        ("高于全省1.2个百分点", "1.2个百分点", 1.2, "个百分点", 1.2, "pp"),
        ("提高0.4個百分點", "0.4個百分點", 0.4, "個百分點", 0.4, "pp"),
        ("供地356.7亩，", "356.7亩", 356.7, "亩", 356.7, "mu"),
        ("新增用地1.2万亩。", "1.2万亩", 1.2, "万亩", 12_000, "mu"),
        ("厂房4.6万平方米", "4.6万平方米", 4.6, "万平方米", 46_000, "m2"),
        ("建成道路2.8公里", "2.8公里", 2.8, "公里", 2.8, "km"),
        ("处置固废3.2万吨", "3.2万吨", 3.2, "万吨", 32_000, "t"),
        ("光伏装机35兆瓦，", "35兆瓦", 35, "兆瓦", 35, "MW"),
        ("签约项目18个，", "18个", 18, "个", 18, "个"),
        ("服务群众2300人次。", "2300人次", 2300, "人次", 2300, "人次"),
        ("出让土地1,230.5亩，", "1,230.5亩", 1230.5, "亩", 1230.5, "mu"),
        ("16.4亿元", "16.4亿元", 16.4, "亿元", 1_640_000_000, "yuan"),
    ],
)
def test_numbers_value_unit_and_normalisation(text, raw, value, unit, normalized, base):
    m = one(text)
    assert (m.raw, m.value, m.unit, m.base_unit) == (raw, value, unit, base)
    assert m.value_normalized == pytest.approx(normalized, rel=1e-12)
    assert text[m.start : m.end] == m.raw


def test_numbers_decimal_scaling_is_exact():
    # a float product would give 1639999999.9999998
    assert one("16.4亿元").value_normalized == 1640000000.0
    assert one("0.07亿元").value_normalized == 7000000.0


@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        ("走访企业500余家", "余", 500),
        ("安装设备1200多台", "多", 1200),
        ("引进项目8个以上", "以上", 8),
        ("增长12%以上", "以上", 12),
        ("约3.5亿元", "约", 3.5),
        ("超5亿元", "超", 5),
        ("近20个", "近", 20),
        ("300人左右", "左右", 300),
        ("不少于6家", "不少于", 6),
        ("不低于40%", "不低于", 40),
        ("资金350.6余万元", "余", 350.6),
        ("约4500余人次", "约", 4500),  # a prefix wins over a stacked 余
        ("多达120余次", "余", 120),  # 多达 is not a qualifier
        ("贡献率接近60%", "接近", 60),  # 接近/将近 whole: 接 is no part of the metric
        ("将近800亿元", "将近", 800),
    ],
)
def test_numbers_qualifiers(text, qualifier, value):
    m = one(text)
    assert (m.qualifier, m.value) == (qualifier, value)


def test_numbers_infix_yu_scales_with_wan():
    assert one("拖欠款项350.6余万元").value_normalized == 3_506_000


@pytest.mark.parametrize(
    "text",
    [
        "发布时间：2023-06-30 10:15",
        "1-6月，",
        "1—8月份，",
        "上半年，",
        "8月20日上午",
        "2035年远景目标",
        "电话：0512-66881234",
        "传真:0371-6552233",
        "苏ICP备12345678号-3",
        "浙政办发〔2021〕45号",
        "“十四五”规划",
        "党的二十大精神",
        "第三批试点",
        "一是抓项目，二是抓服务",
        "G312国道",
        "5G基站建设",
        "P12版",
        "大干100天",
        "3-12周岁人群",
        "一周一调度",
        "三个狠抓",
        "四室一厅",
        "上一条：某某新闻",
        "千家万户",
        "实行一条龙服务",
        "“3+1”主导产业",
        "第12届论坛",
    ],
)
def test_numbers_skips_non_quantities(text):
    assert [m.raw for m in extract_mentions_text(text)] == []


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        ("派出两名干部", "两名", 2),
        ("两栋厂房已封顶", "两栋", 2),
        ("新开通三条公交线路", "三条", 3),
        ("建成十二座泵站", "十二座", 12),
        ("新增规上企业2家", "2家", 2),
    ],
)
def test_numbers_chinese_numerals_before_measure_words(text, raw, value):
    m = one(text)
    assert (m.raw, m.value) == (raw, value)


def test_numbers_range_keeps_both_ends():
    low, high = extract_mentions_text("总投资20-30亿元")
    assert (low.value, low.range_high, low.value_normalized) == (20, 3_000_000_000, 2_000_000_000)
    assert (high.raw, high.value_normalized) == ("30亿元", 3_000_000_000)


def test_numbers_glued_numbers_are_split():
    found = extract_mentions_text("合格率97%1500亩土地完成复垦")
    assert [(m.raw, m.family) for m in found] == [("97%", "percent"), ("1500亩", "area")]


def test_numbers_signed_is_not_about():
    # 签约 contains 约 ("about"), but here it means "signed"
    m = one("签约5个")
    assert (m.raw, m.qualifier, m.value) == ("5个", None, 5)


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("盘活企业3涉及土地42.5、厂房", ["3", "42.5"]),
        ("设置窗口8建成展馆1个", ["8", "1个"]),
    ],
)
def test_numbers_unitless_figures_in_noun_context(text, raws):
    found = extract_mentions_text(text)
    assert [m.raw for m in found] == raws
    assert all(m.unit is None for m in found if m.raw in raws[:1])


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit"),
    [
        ("增幅居全省第三", "第三", 3, None),
        ("排名全市第1", "第1", 1, None),
        ("位列第一等次", "第一等次", 1, "等次"),
        ("进入第二方阵", "第二方阵", 2, "方阵"),
        ("综合考核进入前15位", "前15位", 15, "位"),
    ],
)
def test_numbers_rankings(text, raw, value, unit):
    m = one(text)
    assert (m.raw, m.value, m.unit, m.family) == (raw, value, unit, "rank")


def test_numbers_spans_index_the_original_text():
    text = "　园区完成產值１２．５億元，增長８％。"
    for m in extract_mentions_text(text):
        assert text[m.start : m.end] == m.raw
    assert [m.value for m in extract_mentions_text(text)] == [12.5, 8]


@pytest.mark.parametrize(
    ("text", "value"),
    [("两", 2), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("三千", 3000), ("一二", None)],
)
def test_numbers_chinese_to_int(text, value):
    assert chinese_to_int(text) == value


def test_numbers_ordinal_and_unit_lookup():
    assert ordinal_value("第二") == 2
    assert ordinal_value("第12") == 12
    info = unit_info("億美元")
    assert info is not None and info.base == "USD" and info.multiplier == 10**8


@pytest.mark.parametrize(
    ("text", "unit", "qualifier", "normalized"),
    [("服务群众3万余人，", "万人", "余", 30_000), ("融资1.2亿多元，", "亿元", "多", 120_000_000)],
)
def test_numbers_qualifier_between_magnitude_and_unit(text, unit, qualifier, normalized):
    m = one(text)
    assert (m.unit, m.qualifier, m.value_normalized) == (unit, qualifier, normalized)


@pytest.mark.parametrize("text", ["开通12345热线。", "编号2023。", "今年前10个月，"])
def test_numbers_bare_codes_and_durations_are_skipped(text):
    assert extract_mentions_text(text) == []


@pytest.mark.parametrize(
    ("text", "raw", "value", "qualifier"),
    [
        ("新引進人才團隊八個；", "八個", 8, None),
        ("竣工投产项目二十一个。", "二十一个", 21, None),
        ("新增专利授权三百余件，", "三百余件", 300, "余"),
        ("新获批工程技术研究中心十二个", "十二个", 12, None),  # end of text closes the clause
    ],
)
def test_numbers_chinese_numeral_closing_a_noun_clause(text, raw, value, qualifier):
    m = one(text)
    assert (m.raw, m.value, m.qualifier) == (raw, value, qualifier)


@pytest.mark.parametrize(
    "text", ["坚持三个狠抓", "重点做好八个方面工作。", "坚持“两天联系一次”。", "实行两个确立，"]
)
def test_numbers_chinese_numeral_in_slogans_or_frequencies_is_not_a_quantity(text):
    assert extract_mentions_text(text) == []


def test_numbers_table_cells_take_the_column_unit():
    text = (
        "指标 | 1-9月 | 同比增长(%)\n"
        "规上工业总产值 | 156.3亿元 | -3.6\n"
        "\n"
        "指标 | 单位 | 1-9月\n"
        "工业用电量 | 万千瓦时 | 3.42\n"
        "产值(亿元) | 12\n"
    )
    found = {m.raw: m for m in extract_mentions_text(text)}
    assert (found["3.6"].family, found["3.6"].unit) == ("percent", "%")  # unit written in the header
    assert (found["3.42"].unit, found["3.42"].value_normalized) == ("万千瓦时", 34_200)
    assert "1" not in found and "9" not in found  # the 1-9月 header is a period
    assert (found["12"].unit, found["12"].value_normalized) == ("亿元", 1.2e9)  # the row names its unit


@pytest.mark.parametrize(
    ("text", "raw", "value", "qualifier"),
    [
        ("能耗下降3%以内，", "3%以内", 3, "以内"),
        ("组织应急演练不少于四次。", "不少于四次", 4, "不少于"),
        ("开展培训近十场，", "近十场", 10, "近"),
    ],
)
def test_numbers_upper_bounds_and_qualified_chinese_numerals(text, raw, value, qualifier):
    m = one(text)
    assert (m.raw, m.value, m.qualifier) == (raw, value, qualifier)


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit", "family", "qualifier"),
    [
        ("下降百分之五，", "百分之五", 5, "百分之", "percent", None),
        ("增长百分之十二点五。", "百分之十二点五", 12.5, "百分之", "percent", None),
        ("提高百分之20以上，", "百分之20以上", 20, "百分之", "percent", "以上"),
        ("提高三个百分点，", "三个百分点", 3, "个百分点", "percentage_points", None),
    ],
)
def test_numbers_percent_in_words(text, raw, value, unit, family, qualifier):
    m = one(text)
    assert (m.raw, m.value, m.unit, m.family, m.qualifier) == (raw, value, unit, family, qualifier)
    assert unit_info(unit).family == family


@pytest.mark.parametrize("text", ["引进数十家企业，", "储备几十个项目，", "召开数次会议，"])
def test_numbers_vague_chinese_amounts_are_not_quantities(text):
    assert extract_mentions_text(text) == []


def test_numbers_flat_year_on_year_is_zero_percent():
    m = one("一般公共预算收入13.2亿元，同比持平。".replace("13.2亿元，", ""))
    assert (m.raw, m.value, m.family, m.unit) == ("持平", 0, "percent", None)
    assert extract_mentions_text("经济运行保持平稳。") == []
