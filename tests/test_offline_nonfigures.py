"""Figures that name nothing, metric edges, and expectations as a noun (issue 8, judged draws).

Every sentence is written from scratch in the style of work reports; none is taken from the
shared corpus. Each rule has a case it must leave alone next to the case it changes.
"""

from __future__ import annotations

import pytest

import summarizer


def facts(text: str):
    report = summarizer.summarize_text(text, engine="offline", keep_unverified=True)
    return list(report.facts())


def values(text: str) -> list[str]:
    return [f.value_text for f in facts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "坚持项目为王，打造一座有温度的宜居城市。",
        "转型的路子有两条，一条是改造提升传统产业。",
        "推动招商引资形成“引进一个、建好一个、带动一批”的效应。",
    ],
)
def test_one_with_a_measure_word_is_an_article(text: str) -> None:
    assert "一" not in values(text)


def test_one_counts_for_a_rate_and_a_person() -> None:
    found = facts("森林覆盖率年均提高一个百分点。县里选派一名干部到园区挂职。")
    assert [(f.value_text, f.unit) for f in found] == [("一", "个百分点"), ("一", "名")]


@pytest.mark.parametrize(
    "text, code",
    [
        ("完善农技110服务体系，群众求助更便捷。", "110"),
        ("加快推进5、6号线建设。", "5"),
        ("结合105、206国道改造整合物流资源。", "105"),
        ("新北1、新北2等探井取得重大发现。", "1"),
        ("深入实施“人才3311工程”。", "3311"),
    ],
)
def test_bare_number_going_on_into_a_name_is_no_figure(text: str, code: str) -> None:
    assert code not in values(text)


def test_bare_count_with_a_missing_unit_is_kept() -> None:
    # the writer left out the units: a verb follows, or the next item has its unit
    found = values("盘活闲置企业3涉及土地42.5、厂房6200平方米，开设服务窗口8建成展馆2个。")
    assert {"3", "42.5", "8"} <= set(found)


def test_dimensionless_measures_and_ratio_parts_are_kept() -> None:
    found = values("工业经济效益综合指数为96.4，比上年提高2.3。三次产业结构调整为4.8∶41.2∶54.0。")
    assert {"96.4", "2.3", "4.8"} <= set(found)


@pytest.mark.parametrize(
    "text, bound",
    [
        ("培育年销售收入超30亿元的龙头企业6家。", "30"),
        ("集体经营性收入20万元以上的村占比达到65%。", "20"),
        ("放宽城区常住人口200万以下的城市落户限制。", "200"),
    ],
)
def test_threshold_of_a_class_is_no_amount(text: str, bound: str) -> None:
    found = values(text)
    assert bound not in found


def test_count_of_the_class_itself_is_kept() -> None:
    found = facts("整治3000个以上行政村的人居环境，拆除违法建设120万平方米以上。")
    assert [f.value_text for f in found] == ["3000", "120"]


@pytest.mark.parametrize(
    "text, metric",
    [
        ("力争全区数字经济规模增长12%以上。", "数字经济规模增长"),
        ("确保普惠性幼儿园覆盖率达到88%。", "普惠性幼儿园覆盖率"),
        ("全区工业总产值首次突破800亿元。", "工业总产值"),
        ("市场主体总量一举突破20万户。", "市场主体总量"),
        ("村级集体经济收入全部超过15万元。", "村级集体经济收入"),
        ("教育支出占比连续3年超过20%。", "教育支出占比"),
        ("仅去年下达的专项资金就达到12亿元。", "专项资金"),
    ],
)
def test_commitment_and_adverb_at_the_metric_edges_are_trimmed(text: str, metric: str) -> None:
    (fact,) = facts(text)
    assert fact.metric == metric
    assert fact.verified, fact.failed_fields()


def test_market_expectations_are_no_target_cue() -> None:
    text = "一、2025年工作回顾\n\n面对市场预期偏弱等困难，全区新培育规上工业企业58家、高新技术企业36家。"
    found = facts(text)
    assert [type(f).__name__ for f in found] == ["Achievement", "Achievement"]
    assert all(f.verified for f in found)


def test_expected_targets_still_aim() -> None:
    (fact,) = facts("今年主要预期目标是：地区生产总值增长6%左右。")
    assert type(fact).__name__ == "Target"


@pytest.mark.parametrize(
    "text, unit",
    [
        ("新增国际友好城市4对。", "对"),
        ("开行中欧班列16趟。", "趟"),
        ("发展食用菌2000万袋。", "万袋"),
        ("开通定制公交线路30班次。", "班次"),
        ("黑土地耕层厚度达到21.5厘米。", "厘米"),
    ],
)
def test_measure_words_of_the_genre_are_units(text: str, unit: str) -> None:
    (fact,) = facts(text)
    assert fact.unit == unit


@pytest.mark.parametrize(
    "text, metric",
    [
        ("建成生活垃圾处理场6座。", "建成生活垃圾处理场"),  # 处理 not cut; 建成 a flow verb
        ("建成乡镇污水处理设施12个。", "建成乡镇污水处理设施"),
        ("依法处理违纪人员35人。", "违纪人员"),
        ("数字经济占比攀升至41%。", "数字经济占比"),
        ("企业开办时间平均压缩至2个工作日以内。", "企业开办时间平均"),
        ("建制村通客车率达到100%。", "建制村通客车率"),
    ],
)
def test_verb_inside_a_name_is_not_cut(text: str, metric: str) -> None:
    (fact,) = facts(text)
    assert fact.metric == metric
    assert fact.verified, fact.failed_fields()


def test_figure_garbled_by_replacement_placeholders_is_no_figure() -> None:
    # a converter wrote its regex groups ($1.$2) where the digits were: the value is lost
    text = "全年地方财政收入４７$1.$2亿元，增长１$1.$2％；新建学校12所。"
    assert values(text) == ["12"]


def test_dollar_sign_of_a_currency_is_no_placeholder() -> None:
    assert "3000" in values("全年实际利用外资US$3000万元。")


@pytest.mark.parametrize(
    "text",
    [
        "全面放宽城区常住人口200万至400万的大城市落户条件。",
        "对年营业收入800万元至3000万元的企业给予一次性奖励。",
    ],
)
def test_range_before_a_class_is_no_amount(text: str) -> None:
    assert values(text) == []


def test_range_of_a_figure_is_kept() -> None:
    assert "520" in values("全年粮食产量由500万吨增至520万吨，增长4%。")


@pytest.mark.parametrize(
    "text, capacity",
    [
        ("加快推进华旭120万千瓦风光储一体化、东达30万吨再生铝等15个项目。", "120"),
        ("加快推进华旭120万千瓦风光储一体化、东达30万吨再生铝等15个项目。", "30"),
        ("北山200万吨精品钢项目建成投产。", "200"),
        ("开工建设宏达集团50万吨/年乙二醇项目。", "50"),
    ],
)
def test_a_capacity_naming_a_project_is_no_figure(text: str, capacity: str) -> None:
    assert capacity not in values(text)


@pytest.mark.parametrize(
    "text, capacity",
    [
        ("新开工18万千瓦光伏发电项目。", "18"),  # the capacity started, no owner named between
        ("新增产能200万吨钢铁项目。", None),  # (read or not, never as a project's name: see below)
        ("港口新增吞吐能力300万吨。", "300"),  # no project: the capacity added
        ("全年粮食产量达到300万吨。", "300"),
    ],
)
def test_a_capacity_that_is_an_amount_is_kept(text: str, capacity: str | None) -> None:
    if capacity is not None:
        assert capacity in values(text)
    from summarizer.engines.offline.nonfigures import is_project_capacity
    from summarizer.text.numbers import extract_mentions_text

    mentions = [m for m in extract_mentions_text(text) if m.unit]
    assert mentions and not any(is_project_capacity(text, m) for m in mentions)


def test_the_bar_each_counted_thing_clears_is_no_figure_and_names_the_count() -> None:
    found = facts("某市2021年政府工作报告\n\n一、过去五年工作回顾\n\n文化旅游、现代物流等6条产业链产值超千亿元。")
    assert [(f.metric, f.value_text) for f in found] == [("产业链产值超千亿元", "6")]
    found = facts("某市2021年政府工作报告\n\n二、2021年工作安排\n\n力争有3个园区产值超200亿元。")
    assert [(f.metric, f.value_text) for f in found] == [("园区产值超200亿元", "3")]
    # an amount with no count before it is the amount of the year
    assert "3000" in values("某市2021年政府工作报告\n\n一、2020年工作回顾\n\n全市工业总产值超过3000亿元。")


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("一、2019年工作回顾\n\n淘汰落后钢铁产能85万吨，化解过剩煤炭产能120万吨。", 85, "淘汰落后钢铁产能"),
        ("一、2019年工作回顾\n\n淘汰落后钢铁产能85万吨，化解过剩煤炭产能120万吨。", 120, "化解过剩煤炭产能"),
        ("一、2022年工作回顾\n\n新增煤炭产能300万吨。", 300, "新增煤炭产能"),
    ],
)
def test_capacity_cut_or_added_is_a_result(text, value, metric):
    (found,) = [f for f in facts(text) if f.value == value]
    assert found.verified and found.metric == metric


def test_a_plant_s_capacity_is_still_no_figure():
    assert not [f for f in facts("建设年产能30万吨的新材料项目。") if f.value == 30]


def test_a_target_alone_names_no_share_and_no_gap_over_it():
    text = (
        "某省2006年政府工作报告\n\n一、过去五年工作回顾\n\n"
        "全省财政总收入达到330亿元，比“十五”计划目标240亿元超过90亿元。"
        "新增技能人才和高技能人才分别完成省定目标的130%、150%。"
    )
    found = {f.value: f.metric for f in facts(text)}
    assert found[330] == "财政总收入"
    assert not {240, 90, 130, 150} & set(found)  # not 目标 = 240亿元, not 财政总收入 = 90亿元 (a target)
