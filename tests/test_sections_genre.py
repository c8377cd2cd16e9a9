"""Section-level kind on whole reports (issue 8, class 2): which parts of a report review results
and which lay out plans, read from headings, openers and years relative to the report's own year.

Every text here is authored from scratch in the genre's style (a work report: review of last year,
this year's targets and tasks, a look at the five-year plan; a plan: its base, then its targets).
"""

from __future__ import annotations

import pytest

from summarizer.engines import offline
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions
from summarizer.text.sections import Sections


def draft(text: str) -> offline.Draft:
    doc = clean(text)
    return offline.extract(doc, extract_mentions(doc))


def kinds(text: str) -> tuple[set[float], set[float]]:
    d = draft(text)
    return {f.value for f in d.achievements}, {f.value for f in d.targets}


def test_dateline_in_numerals_gives_the_reports_year():
    text = "政府工作报告\n——二〇二一年一月十日在某市人民代表大会上\n各位代表：\n"
    assert Sections(clean(text)).year == 2021


def test_plan_horizon_in_the_title_is_not_the_reports_year():
    text = "某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n2021年2月1日通过\n"
    assert Sections(clean(text)).year == 2021


def test_main_work_of_the_reports_year_is_a_plan_of_the_year_before_a_review():
    text = (
        "政府工作报告\n——二〇二一年一月十日在某市人民代表大会上\n"
        "一、2020年工作回顾\n"
        "一年来的主要工作：\n"
        "全市新增城镇就业6.2万人。\n"
        "二、2021年主要工作\n"
        "新增城镇就业6.5万人，新建改建农村公路800公里。\n"
    )
    achieved, planned = kinds(text)
    assert achieved == {6.2}
    assert planned == {6.5, 800}


def test_five_year_plan_heading_opens_a_plan_after_the_years_review():
    text = (
        "政府工作报告\n（2021年1月8日）\n"
        "二、2020年工作总结\n"
        "全市接待游客3100万人次。\n"
        "三、“十四五”发展规划\n"
        "地区生产总值年均增长6.5%，常住人口城镇化率提高到70%。\n"
    )
    achieved, planned = kinds(text)
    assert achieved == {3100}
    assert planned == {6.5, 70}


def test_past_five_year_plan_period_inside_a_plan_is_results_through_its_dash_list():
    text = (
        "某市国民经济和社会发展第十二个五年规划纲要\n2011年1月20日\n"
        "第一章 发展目标\n"
        "“十一五”时期是全市发展极不平凡的五年。五年来，全市经济持续较快发展。\n"
        "——经济实力跃上新台阶。地区生产总值由1200亿元增加到2600亿元。\n"
        "——城乡面貌明显改善。建成城市快速路86公里。\n"
        "“十二五”时期，地区生产总值年均增长9%，建成城市快速路150公里。\n"
    )
    achieved, planned = kinds(text)
    assert achieved == {1200, 2600, 86}
    assert planned == {9, 150}


def test_coming_five_year_plan_period_inside_a_plan_is_no_look_back():
    text = (
        "某市国民经济和社会发展第十四个五年规划纲要\n2021年1月20日\n"
        "第一章 发展目标\n"
        "“十四五”时期，研发经费投入年均增长8%。\n"
    )
    achieved, planned = kinds(text)
    assert planned == {8}
    assert achieved == set()


def test_look_ahead_inside_a_review_paragraph_ends_with_the_paragraph():
    text = (
        "政府工作报告\n（2019年1月9日）\n"
        "一、2018年工作回顾\n"
        "全年新建保障性住房4200套。今后还将逐步扩大保障范围，新建保障性住房5000套。\n"
        "全年城镇居民人均可支配收入41000元。\n"
    )
    achieved, planned = kinds(text)
    assert planned == {5000}
    assert achieved == {4200, 41000}


def test_look_ahead_in_a_report_without_sections_lasts_its_paragraph():
    text = (
        "关于发展国民经济的报告\n（1956年6月15日）\n"
        "全国钢产量达到450万吨。今后，钢产量应该达到600万吨。\n"
        "全国职工的平均工资为637元，农民的收入为89元。\n"
    )
    d = draft(text)
    assert {f.value for f in d.targets} == {600}
    assert {f.value for f in d.achievements} == {450, 637, 89}


def test_main_targets_opener_inside_a_paragraph_runs_to_the_next_heading():
    text = (
        "政府工作报告\n（2022年1月12日）\n"
        "一、2021年工作回顾\n"
        "全市完成固定资产投资520亿元。\n"
        "二、今年工作\n"
        "今年是“十四五”承上启下之年。今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
        "城镇调查失业率5.5%以内，居民人均可支配收入增长7%。\n"
    )
    achieved, planned = kinds(text)
    assert achieved == {520}
    assert planned >= {6, 5.5, 7}


def test_plan_execution_heading_is_a_review_and_the_draft_plan_a_plan():
    text = (
        "关于某市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
        "（2022年1月12日）\n"
        "一、2021年计划执行情况\n"
        "全市规模以上工业增加值增长9.1%。\n"
        "二、2022年国民经济和社会发展计划草案\n"
        "全市规模以上工业增加值增长7%。\n"
    )
    achieved, planned = kinds(text)
    assert achieved == {9.1}
    assert planned == {7}


def test_excerpt_without_a_title_takes_no_year_from_its_first_heading():
    text = (
        "一、2020年主要工作和“十三五”发展成就\n"
        "全省城镇新增就业110万人，新建农村公路3000公里。\n"
    )
    assert Sections(clean(text)).year is None
    achieved, planned = kinds(text)
    assert achieved == {110, 3000}
    assert planned == set()


def test_earlier_forecast_in_a_review_is_a_target_and_the_outcome_a_result():
    text = "某省2022年工作总结\n全年为企业减负320亿元，比年初预计的260亿元多出60亿元。\n"
    achieved, planned = kinds(text)
    assert 320 in achieved
    assert 60 in achieved  # the gap the outcome beat its forecast by


def test_earlier_forecast_figure_is_a_target():
    # the forecast figure is named 为企业减负(年初预计): a cue in the bracketed qualifier counts
    text = "某省2022年工作总结\n全年为企业减负320亿元，比年初预计的260亿元多出60亿元。\n"
    _, planned = kinds(text)
    assert 260 in planned


def test_the_state_a_plan_keeps_its_eye_on_is_no_target():
    text = (
        "某市2020年工作计划\n"
        "紧盯1.2万剩余贫困人口，加大帮扶力度，确保新增就业3万人。\n"
        "紧盯重点项目，完成投资150亿元。\n"
    )
    achieved, planned = kinds(text)
    assert achieved == {1.2}
    assert planned == {3, 150}


def test_funds_obtained_in_a_review_are_results_and_still_aimed_at_in_a_plan():
    text = (
        "政府工作报告\n（2024年1月10日）\n"
        "一、2023年工作回顾\n"
        "争取地方政府专项债券120亿元，争取国家改革试点6项。\n"
        "二、2024年主要任务\n"
        "争取地方政府专项债券130亿元。\n"
    )
    achieved, planned = kinds(text)
    assert achieved == {120, 6}
    assert planned == {130}


def test_a_programme_named_plan_is_no_target_cue_in_a_review():
    text = (
        "某市2023年工作总结\n"
        "出台培育未来产业行动计划，新增特色产业集群3个。\n"
        "实施学生营养改善计划惠及12万名学生，计划生育率达95.2%。\n"
        "全年施工项目计划总投资860亿元。\n"
    )
    achieved, planned = kinds(text)
    assert achieved == {3, 12, 95.2, 860}
    assert planned == set()


def test_a_met_goal_closing_its_clause_is_no_target_cue():
    text = "某区2023年工作总结\n圆满完成全年目标，地区生产总值增长6.1%。\n"
    achieved, planned = kinds(text)
    assert achieved == {6.1}


def test_the_verifier_keeps_what_the_sections_decide():
    """The verifier reads the same cue words: no fact these rules turn into a result is dropped."""
    from summarizer.pipeline import summarize_text

    text = (
        "政府工作报告\n（2024年1月10日）\n"
        "一、2023年工作回顾\n"
        "争取地方政府专项债券120亿元。出台培育未来产业行动计划，新增特色产业集群3个。\n"
        "全年为企业减负320亿元，比上年多出60亿元。\n"
        "二、2024年主要任务\n"
        "紧盯1.2万剩余贫困人口，确保新增就业3万人。\n"
    )
    report = summarize_text(text, engine="offline")
    achieved = {f.value for f in report.achievements}
    planned = {f.value for f in report.targets}
    assert achieved >= {120, 3, 320, 60, 1.2}
    assert planned >= {3}
    assert report.checks.dropped == 0


def test_heading_with_its_year_in_numerals_is_read_by_that_year():
    text = (
        "政府工作报告\n——二〇〇二年一月八日在某市人民代表大会上\n"
        "二〇〇一年工作回顾\n"
        "全市完成工业总产值820亿元。\n"
        "二〇〇二年工作意见\n"
        "全市工业总产值900亿元。\n"
    )
    achieved, planned = kinds(text)
    assert achieved == {820}
    assert planned == {900}


def test_look_back_in_a_hard_wrapped_paragraph_runs_to_the_paragraphs_end():
    text = (
        "国民经济和社会发展十年规划和第八个五年计划纲要\n1991年4月9日\n"
        "一、发展目标和计划任务\n"
        "过去的十年，我国圆满地实现了第六个五年计划，接着又胜\n"
        "利完成了第七个五年计划。五年内，建成投产大中型项\n"
        "目532个，更新改造项目354个。\n"
        "\n"
        "今后十年，国民生产总值平均每年增长6%。\n"
    )
    achieved, planned = kinds(text)
    assert achieved == {532, 354}
    assert planned == {6}


@pytest.mark.parametrize(
    "opener",
    ["今年经济社会发展的主要预期目标是：", "综合考虑各方面因素，今年经济社会发展主要调控指标是："],
)
def test_every_figure_of_the_main_targets_sentence_is_a_target(opener):
    # 同比 and 累计 compare or add up; in the sentence that lists the year's targets they do not
    # date a figure as done
    text = ("2007年政府工作报告\n\n2006年工作回顾\n\n全市生产总值增长12%。\n\n2007年工作安排\n\n" + opener
            + "地区生产总值同比增长13%；主要污染物排放量在2005年基础上累计削减8%；财政收入增长15%。")
    achieved, targets = kinds(text)
    assert achieved == {12} and targets == {13, 8, 15}


def test_a_done_clause_in_the_targets_sentence_stays_a_result():
    text = ("2007年政府工作报告\n\n2007年工作安排\n\n今年的主要预期目标是：地区生产总值增长13%，"
            "其中一季度已增长14%。")
    achieved, targets = kinds(text)
    assert 14 in achieved and 13 in targets


def test_front_matter_does_not_hide_the_report_s_year():
    from summarizer.text.clean import clean
    from summarizer.text.sections import report_year

    doc = clean("---\nsource: http://example.org/a.html\ntitle: 政府工作报告\n---\n——2016年1月20日在某省人民代表大会上\n各位代表：\n")
    assert report_year(doc) == 2016


def test_a_plan_outline_s_year_is_its_plan_s_first():
    from summarizer.text.clean import clean
    from summarizer.text.sections import report_year

    assert report_year(clean("某省国民经济和社会发展第十一个五年规划纲要\n第一章 发展基础\n")) == 2006
    assert report_year(clean("全市十五项重点工程推进情况\n一、总体进展\n")) is None


def test_a_heading_on_the_years_ahead_opens_a_plan():
    from summarizer.text.clean import clean
    from summarizer.text.sections import Sections

    text = "某省政府工作报告\n一、过去五年的工作回顾\n全省生产总值年均增长9%。\n二、关于今后五年的主要任务\n全省生产总值年均增长8%。\n"
    doc = clean(text)
    sections = Sections(doc)
    assert sections.at(text.index("8%")) == "plan" and sections.at(text.index("9%")) == "summary"
