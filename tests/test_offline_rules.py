"""The offline engine's rules of the genre, one short authored case each (issue 8).

Every text here is written from scratch in the style of Chinese work reports and statistical
communiqués; none is taken from the shared corpus. Classes: 1 metric (connectors, light verbs,
derived figures named after their host), 2 kind by section, 4 a quantity before its noun,
10 growth attachment, and actions (frames and goals are no measures).
"""

from __future__ import annotations

import pytest
from offline_helpers import draft
from offline_helpers import draft_facts as facts
from offline_helpers import one_in_draft as one

from summarizer.engines.offline.shape import is_connector
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions

# --- class 1: the metric ----------------------------------------------------------------------


def test_connector_never_a_metric_the_figure_before_names_it():
    text = "全市森林覆盖率由上年的58.2%提高到59.0%。"
    assert one(text, 59.0).metric == "森林覆盖率"
    assert one(text, 58.2).metric == "森林覆盖率"
    assert not any(is_connector(f.metric) for f in facts(text))


def test_light_verb_keeps_the_subject_of_a_generic_head():
    assert one("林业实现产值23.90亿元，比上年增长3.1%。", 23.9).metric == "林业产值"
    assert one("全区规上工业实现增加值860亿元。", 860).metric == "规上工业增加值"


def test_share_is_named_after_its_host():
    text = "高技术制造业增加值增长9.6%，占规模以上工业增加值的比重为15.2%。"
    assert one(text, 15.2).metric == "高技术制造业增加值(占规模以上工业增加值的比重)"
    assert one("第三产业增加值占地区生产总值比重为55.1%。", 55.1).metric == "第三产业增加值(占地区生产总值比重)"


def test_change_of_a_figure_is_named_after_it_with_the_comparison_in_brackets():
    text = "年末常住人口512.3万人，比上年末增加4.1万人。"
    assert one(text, 4.1).metric == "常住人口(比上年末增加)"
    assert one("城镇调查失业率为5.1%，比上年下降0.2个百分点。", 0.2).metric == "城镇调查失业率(比上年下降)"
    assert one("优良天数比例提高3.4个百分点。", 3.4).metric == "优良天数比例(提高)"


def test_footnote_mark_and_comparison_base_are_not_part_of_the_name():
    assert one("地区生产总值[1]为2860亿元。", 2860).metric == "地区生产总值"
    assert one("居民消费价格比上年上涨1.8%。", 1.8).metric == "居民消费价格上涨"


def test_circled_footnote_or_item_number_is_not_part_of_the_name():
    # a circled number after a word marks a footnote, before an item it numbers the item
    assert one("全省社会总产值②为1520亿元，比上年增长7%。", 1520).metric == "社会总产值"
    assert one("二、2026年工作安排\n\n④新增城镇就业2.6万人。", 2.6).metric == "新增城镇就业"


def test_shared_head_list_is_handed_out_item_by_item():
    text = "城镇和农村居民人均可支配收入分别增长5.1%和6.8%。"
    assert one(text, 5.1).metric == "城镇居民人均可支配收入增长"
    assert one(text, 6.8).metric == "农村居民人均可支配收入增长"
    listed = "钢材、水泥、平板玻璃等产量分别增长2.1%、3.4%和1.2%。"
    assert [one(listed, v).metric for v in (2.1, 3.4, 1.2)] == ["钢材产量增长", "水泥产量增长", "平板玻璃产量增长"]


def test_change_verb_at_the_end_of_a_metric_is_cut():
    text = "全市生产总值总量突破3000亿元。"
    assert one(text, 3000).metric == "生产总值"
    assert one("社会保障卡持卡人数增至820万人。", 820).metric == "社会保障卡持卡人数"


# --- class 2: kind by section -----------------------------------------------------------------


def test_communique_of_a_plan_executed_reports_results():
    text = (
        "某市2022年国民经济和社会发展计划执行结果的公报\n"
        "全年地区生产总值1860亿元，比上年增长5.2%。一般公共预算收入128亿元。\n"
    )
    d = draft(text)
    assert {f.value for f in d.achievements} >= {1860, 128}
    assert d.targets == []


def test_review_and_plan_sections_of_one_report():
    text = (
        "某区2022年工作总结和2023年工作打算\n"
        "一、2022年工作总结\n"
        "全区完成固定资产投资86亿元，新增市场主体2300户。\n"
        "二、2023年工作打算\n"
        "固定资产投资95亿元，新增市场主体2500户。\n"
    )
    d = draft(text)
    assert {f.value for f in d.achievements} == {86, 2300}
    assert {f.value for f in d.targets} == {95, 2500}


def test_year_heading_read_against_the_reports_own_year():
    text = (
        "某县人民政府工作报告（2021年1月）\n"
        "一、2020年主要工作\n"
        "全县粮食产量52万吨。\n"
        "二、2021年工作安排\n"
        "粮食产量稳定在52.5万吨。\n"
    )
    d = draft(text)
    assert [f.value for f in d.achievements] == [52]
    assert [f.value for f in d.targets] == [52.5]


def test_estimate_of_the_year_in_a_review_is_a_result():
    text = "某园区2023年工作总结\n预计全年实现规上工业总产值320亿元，增长8.5%。\n"
    d = draft(text)
    assert [f.value for f in d.achievements] == [320]
    assert d.targets == []


def test_look_back_inside_a_plan_is_results_for_its_paragraph():
    text = (
        "某区2024年工作计划\n"
        "过去一年，全区完成固定资产投资85亿元。\n"
        "全年固定资产投资92亿元。\n"
    )
    d = draft(text)
    assert [f.value for f in d.achievements] == [85]
    assert [f.value for f in d.targets] == [92]


def test_forecast_of_a_coming_date_stays_a_target_in_a_review():
    text = "某园区三季度工作总结\n智能装备项目预计10月底投产，新增产值5亿元。\n"
    assert one(text, 5).__class__.__name__ == "Target"


# --- class 4: a quantity before its noun ------------------------------------------------------


def test_count_before_its_noun_then_the_next_figure():
    text = "全年60个重特大项目完成投资199亿元。"
    assert one(text, 60, "个").metric == "重特大项目"
    assert one(text, 199).metric == "重特大项目投资"


def test_count_before_a_noun_that_starts_like_a_scope():
    assert one("28条城市道路建成通车。", 28).metric == "城市道路建成通车"
    assert facts("在全省13个城市中综合考核排名靠前。") == []  # 13个城市: the scope


def test_amount_set_aside_is_a_quantity_a_threshold_is_a_class():
    assert one("设立1亿元企业应急周转资金。", 1, "亿元").metric == "企业应急周转资金"
    got = facts("引进10亿元以上的工业重大项目5个。")
    assert [(f.value, f.unit) for f in got] == [(5, "个")]


# --- class 10: growth attachment --------------------------------------------------------------


def test_rate_after_a_change_belongs_to_the_total():
    text = "年末常住人口512.3万人，比上年末增加4.1万人，增长0.8%。"
    assert one(text, 512.3).growth_pct == 0.8
    assert one(text, 4.1).growth_pct is None


def test_real_growth_is_a_second_fact_named_after_its_host():
    text = "全体居民人均可支配收入3.2万元，比上年增长6.1%，扣除价格因素，实际增长4.0%。"
    assert one(text, 3.2).growth_pct == 6.1
    assert one(text, 4.0).metric == "全体居民人均可支配收入(实际增长)"


def test_average_growth_is_never_year_on_year_growth_of_an_amount():
    text = "五年来地区生产总值年均增长6.5%，迈上3000亿元台阶。"
    assert one(text, 3000).growth_pct is None
    assert one(text, 6.5).metric == "地区生产总值(年均增长)"


@pytest.mark.parametrize(("verb", "sign"), [("增产", 1), ("减产", -1)])
def test_harvest_growth_words(verb, sign):
    assert one(f"夏粮产量312万吨，{verb}2.4%。", 312).growth_pct == sign * 2.4


def test_growth_before_the_total_is_one_fact():
    got = facts("全市生产总值增长6.1%，总量突破3000亿元。")
    assert [(f.metric, f.value, f.growth_pct) for f in got] == [("生产总值", 3000, 6.1)]


# --- actions ----------------------------------------------------------------------------------

ACTIONS = (
    "某开发区2023年工作要点\n"
    "一是加快建设东区污水处理厂，确保年底前建成投用。"
    "二是把科技创新作为高质量发展的核心动力。"
    "三是坚持问题导向，全力以赴冲刺全年目标。"
    "四是做好疫情防控工作，压实工作责任。"
    "五是设立产业引导基金，支持企业技术改造。\n"
)


@pytest.fixture(scope="module")
def action_quotes():
    return [a.evidence.quote for a in draft(ACTIONS).actions]


def test_actions_goal_continues_its_measure(action_quotes):
    assert "加快建设东区污水处理厂，确保年底前建成投用" in action_quotes


@pytest.mark.parametrize(
    "not_an_action",
    ["把科技创新作为", "坚持问题导向", "全力以赴冲刺全年目标", "做好疫情防控工作", "压实工作责任", "某开发区2023年工作要点"],
)
def test_actions_frames_slogans_and_abstract_objects_are_no_measures(action_quotes, not_an_action):
    assert not any(not_an_action in q for q in action_quotes), action_quotes


def test_actions_keep_concrete_measures(action_quotes):
    assert any(q.startswith("设立产业引导基金") for q in action_quotes), action_quotes


def test_words_starting_like_a_change_are_names():
    assert one("园区从业人员约9.8万人，比上年增长1.5%。", 9.8).metric == "从业人员"


def test_plan_fulfilment_is_a_result_named_after_its_host():
    text = "棉花总产量359.8万吨，完成计划119.9%，比上年增长21.3%。"
    assert one(text, 359.8).growth_pct == 21.3
    share = one(text, 119.9)
    assert (share.metric, share.__class__.__name__) == ("棉花总产量(完成计划)", "Achievement")


def test_communique_notes_define_terms_they_report_no_figures():
    text = "全年规模以上工业增加值增长5.1%。\n[3]规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。\n"
    assert [f.value for f in facts(text)] == [5.1]


def test_verb_alone_before_the_figure_takes_the_noun_after_it():
    assert one("实施72万亩林业碳汇项目开发。", 72).metric == "林业碳汇项目开发"
    assert one("年末城市污水处理厂日处理能力达8295万立方米。", 8295).metric == "城市污水处理厂日处理能力"


def test_categories_share_the_indicator_of_the_rate_before():
    text = "规模以上工业增加值增长6.2%。其中，国有控股企业增加值增长6.2%；股份制企业增长6.6%，私营企业增长5.9%。"
    assert one(text, 6.6).metric == "股份制企业增加值增长"
    assert one(text, 5.9).metric == "私营企业增加值增长"
    prices = "居民消费价格比上年上涨0.4%。其中，食品烟酒类上涨0.6%，衣着类下降1.2%。"
    assert one(prices, 1.2).metric == "衣着类价格下降"
    assert one("出口增长8.1%，社会消费品零售总额增长5.2%。", 5.2).metric == "社会消费品零售总额增长"


def test_words_before_and_noun_after_a_count():
    assert one("产业园二期已签约4个项目。", 4).metric == "产业园二期已签约项目"


def test_definitions_report_no_figures():
    assert facts("其中，东部地区是指北京、天津、河北等10省（市）。") == []


def test_deadline_year_before_the_reports_own_year_looks_back():
    text = "某省2006年政府工作报告\n粮食总产量从2003年的290亿元增加到2004年的360亿元。\n"
    assert [f.__class__.__name__ for f in facts(text)] == ["Achievement", "Achievement"]
    plan = "某市2011年政府工作报告\n到2015年，全市地区生产总值达到1000亿元。\n"
    assert one(plan, 1000).__class__.__name__ == "Target"


def test_ratio_to_a_base_is_named_after_its_host():
    text = "研究与试验发展经费支出1331亿元，比上年增长12.4%，与地区生产总值之比为2.09%。"
    assert one(text, 2.09).metric == "研究与试验发展经费支出(与地区生产总值之比)"


def test_generic_head_after_de_keeps_its_modifier():
    assert one("全市人户分离的人口29.4万人。", 29.4).metric == "人户分离的人口"
    assert one("建成区绿地率达到31.6%，提高0.3个百分点。", 0.3).metric == "建成区绿地率(提高)"


def test_neighbours_never_name_a_figure():
    text = "连续五年将新增财力的70%以上用于民生，提高20项基本民生保障标准。"
    assert one(text, 20).metric == "基本民生保障标准"
    assert one("建成长江二桥至三桥滨江绿道，PM2.5平均浓度累计下降45.6%。", 45.6).metric == "PM2.5平均浓度累计下降"
    pair = "粮食产量和棉花产量分别比2005年增长2.2倍和1.5倍。"
    assert [one(pair, v).metric for v in (2.2, 1.5)] == ["粮食产量增长", "棉花产量增长"]
    assert one("出口额占全国的10%。", 10).metric == "出口额(占全国)"


def test_table_row_with_several_kinds_of_values_names_each_column():
    text = (
        "表5 某市对主要地区进出口金额及增长速度\n"
        "| 地区 | 出口额<br>（亿元） | 比上年增长<br>（%） | 进口额<br>（亿元） | 比上年增长<br>（%） |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 东盟 | 417 | 13.4 | 281 | -3.2 |\n"
    )
    exports, imports = one(text, 417), one(text, 281)
    assert (exports.metric, exports.growth_pct) == ("东盟(出口额)", 13.4)
    assert (imports.metric, imports.growth_pct) == ("东盟(进口额)", -3.2)


def test_programme_name_is_no_plan_and_threshold_of_funds_is_a_class():
    text = "某省2020年工作回顾\n实施“尖峰、领雁”计划，形成73项进口替代成果。\n"
    assert one(text, 73).__class__.__name__ == "Achievement"
    got = facts("实际利用省外2000万元以上资金增长8%。")
    assert [(f.value, f.unit) for f in got] == [(8, "%")]


def test_change_of_a_count_keeps_the_noun_before():
    text = "境内上市公司从105家增至177家。"
    # the start of the pair says so in brackets (the labelled work reports write 期初)
    assert [one(text, v).metric for v in (105, 177)] == ["境内上市公司(期初)", "境内上市公司"]
    assert one("地区生产总值年均增长6.1%，迈上2万亿元新台阶。", 2, "万亿元").metric == "地区生产总值"


@pytest.mark.parametrize(
    ("text", "value", "metric", "kind"),
    [
        ("为继续落实“两个确保”，2003年中央财政支出700亿元。", 700, "中央财政支出", "Achievement"),  # a quoted cue is a name
        ("“十一五”期间生产总值年均增长11%，到2010年达到8000亿元。", 8000, "生产总值", "Target"),
        ("新增省级服务业集聚区3家。", 3, "新增省级服务业集聚区", "Achievement"),
    ],
)
def test_metric_and_kind_of_the_genre(text, value, metric, kind):
    got = one(text, value)
    assert (got.metric, got.__class__.__name__) == (metric, kind)


@pytest.mark.parametrize(
    "text",
    [
        "按2008年农村贫困标准1196元测算，农村贫困人口为4007万人。",  # a standard, not a figure
        "斗尾30万吨级码头投入运营。",  # a size class
        "本公报中外汇储备数据来自国家外汇管理局，统计口径包括220个城市。",  # a source note
    ],
)
def test_non_figures_of_the_engine(text):
    assert all(f.value not in (1196, 30, 220) for f in facts(text))


def test_part_is_named_after_the_whole_and_quoted_names_stay_in_the_noun():
    text = "全省安排财政专项扶贫资金173.3亿元，其中省级46.2亿元，增长14.5%。"
    assert one(text, 173.3).metric == "财政专项扶贫资金"
    assert (one(text, 46.2).metric, one(text, 46.2).growth_pct) == ("省级财政专项扶贫资金", 14.5)
    assert one("4所高职院校入选国家“双高计划”。", 4).metric == "高职院校入选国家“双高计划”"


def test_verifier_reads_the_same_sections_as_the_engine():
    from summarizer.pipeline import summarize_text

    text = (
        "某市2022年国民经济和社会发展计划执行结果的公报\n"
        "国民经济总体运行平稳，各项目标基本实现。\n"
        "全年地区生产总值1860亿元，比上年增长5.2%。一般公共预算收入128亿元。\n"
    )
    report = summarize_text(text, engine="offline")
    assert {f.value for f in report.achievements} >= {1860, 128}
    assert report.checks.dropped == 0 and report.targets == []


def test_counts_listed_before_their_nouns_and_chinese_numeral_years():
    text = "新建改造40公里供热干线、35公里天然气管线和17.7公里污水管网。"
    assert [one(text, v).metric for v in (40, 35, 17.7)] == ["新建改造供热干线", "新建改造天然气管线", "新建改造污水管网"]
    assert one("一九八三年工业总产值为6088亿元，比上年增长10.5%。", 6088).metric == "工业总产值"


def test_a_pool_clause_without_zai_names_the_pool_of_the_next_share():
    from summarizer.api import summarize_text

    for text, kept in [("监测的126个城市中，空气质量达标的城市占41.3%。", [41.3]),
                       ("全省83个水质断面中，优良断面比例为92.8%。", [92.8]),
                       ("列入计划的45个项目中，有38个已经竣工。", [38]),
                       ("今年计划实施的60个重点项目中，已开工52个。", [60, 52])]:
        assert sorted(f.value for f in summarize_text(text, engine="offline").facts()) == sorted(kept), text


# --- runs of rankings (judged draws, 2026-12-01 late evening) ---------------


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        (
            "出口总额、进口总额分别增长14.2%、6.9%，增速列全省第三、第五位。",
            {14.2: "增速列全省第三", 6.9: "第五位"},
        ),
        (
            "工业投资、民间投资和技改投资分别增长11%、8%和15%，增幅分别居全市第二、第一、第四位。",
            {11: "增幅分别居全市第二", 8: "第一", 15: "第四位"},
        ),
    ],
)
def test_run_of_rankings_goes_to_the_list_in_order(text, ranks):
    from summarizer.api import summarize_text

    got = {f.value: f.rank for f in summarize_text(text, engine="offline").facts()}
    assert got == ranks


def test_run_of_rankings_longer_than_its_list_places_none():
    # three rankings for two figures: which is whose cannot be read, so none is attached
    text = "城镇和农村居民收入分别增长5.1%和7.3%，增速分别居全省第六、第五、第四位。"
    assert {f.value: f.rank for f in facts(text)} == {5.1: None, 7.3: None}


def test_numbers_read_a_ranking_run_without_words_between():
    doc = clean("增速列全省第二、第三位，第一、第二产业协调发展。")
    ranks = [m.value_text for m in extract_mentions(doc) if m.family == "rank"]
    assert ranks == ["第二", "第三"]


def test_list_item_one_character_longer_keeps_its_own_name():
    # 肉蛋奶 is the last item's own name; only 产量 is shared (城镇和农村居民产值 shares 居民产值)
    text = "粮食、蔬菜、肉蛋奶产量分别达210万吨、86万吨、47万吨。"
    assert [one(text, v).metric for v in (210, 86, 47)] == ["粮食产量", "蔬菜产量", "肉蛋奶产量"]
    assert one("城镇和农村居民产值分别增长6%和8%。", 8).metric == "农村居民产值增长"


def test_footnote_mark_inside_a_counted_noun_is_no_next_figure():
    # the mark [7] after the noun is a note, not a figure: the count keeps its noun, and the
    # change after it is of that count, not of the one before
    text = (
        "统计公报\n\n社会保障。3120.5万城市居民享受最低生活保障，减少41.2万人；"
        "412.6万农村居民享受特困人员[7]救助供养，增加2.3万人。\n"
    )
    assert one(text, 412.6).metric == "农村居民享受特困人员救助供养"
    assert one(text, 2.3).metric == "农村居民享受特困人员救助供养(增加)"


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # 各: each subject takes the one figure, as with 均
        ("全年城镇新增就业和转移农村劳动力各3200万人。", ["城镇新增就业", "转移农村劳动力"]),  # 城镇新增就业: one word
        # a value measure closing the last subject is every subject's
        ("全年农业和服务业增加值均增长6%。", ["农业增加值增长", "服务业增加值增长"]),
    ],
)
def test_one_figure_for_several_subjects(text, metrics):
    assert sorted(f.metric for f in facts(text)) == sorted(metrics)


def test_verbs_sharing_one_object_take_one_figure():
    # 新建和改造 are two verbs of one object: one fact, not 新建 = 800公里
    assert len(facts("全年新建和改造农村公路各800公里。")) == 1


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a share named only by its whole (占…的, no 比重) is the figure before's, in brackets
        ("民营经济实现增加值86.2亿元，占全县生产总值的52.3%。", 52.3, "民营经济增加值(占全县生产总值)"),
        # an adverb before 占 names no subject
        ("其中对外借款收入12亿元，仅占财政收入的3.1%。", 3.1, "对外借款收入(占财政收入)"),
        # a contribution rate after the amount is the amount's, and it is read in the source
        ("工业增加值128亿元，对经济增长的贡献率达到41.5%。", 41.5, "工业增加值(对经济增长的贡献率)"),
    ],
)
def test_share_and_contribution_take_the_figure_before(text, value, metric):
    from summarizer.api import summarize_text

    got = [f.metric for f in summarize_text(text, engine="offline").facts() if f.value == value]
    assert got == [metric]


def test_respective_real_rates_take_the_nominal_rates_items_in_order():
    text = "城镇居民人均可支配收入、农村居民人均纯收入分别增长7.5%和9.2%，扣除价格因素，分别实际增长5.1%和6.8%。"
    assert one(text, 5.1).metric == "城镇居民人均可支配收入(实际增长)"
    assert one(text, 6.8).metric == "农村居民人均纯收入(实际增长)"


def test_plan_section_figure_dated_before_the_report_year_is_a_result():
    from summarizer.api import summarize_text

    text = (
        "关于2025年国民经济和社会发展计划的报告\n\n二、2025年工作安排\n\n"
        "老龄化形势严峻，2024年末全市60岁以上人口占比为23.6%。2025年城镇新增就业5万人以上。\n"
    )
    kinds = {f.value: type(f).__name__ for f in summarize_text(text, engine="offline").facts()}
    assert kinds == {23.6: "Achievement", 5: "Target"}


def test_batch_year_in_a_plan_section_dates_nothing():
    from summarizer.api import summarize_text

    text = "关于2025年工作的报告\n\n二、2025年工作安排\n\n加快推进2024年度12个省级示范村建设。\n"
    assert [type(f).__name__ for f in summarize_text(text, engine="offline").facts()] == ["Target"]


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("全年棚户区改造开工2.4万套、基本建成1.9万套。", 1.9, "棚户区改造基本建成"),
        ("新开工公共租赁住房3800套，竣工2600套。", 2600, "竣工公共租赁住房"),
    ],
)
def test_bare_building_stage_takes_the_programme_named_before(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    "text",
    [
        "全年地区生产总值2350亿元，按可比价格计算比上年增长5.9%。",
        "全年地区生产总值2350亿元，（按可比口径）增长5.9%。",
    ],
)
def test_growth_reckoned_on_a_price_basis_is_the_amounts(text):
    from summarizer.api import summarize_text

    facts_ = list(summarize_text(text, engine="offline").facts())
    assert [(f.metric, f.value, f.growth_pct) for f in facts_] == [("地区生产总值", 2350, 5.9)]
