"""Kind, period, rank and class-bound rules read off judged samples (issue 8): each case is a
short sentence written for this test in the style of the reports, and each rule can fail."""

from __future__ import annotations

import pytest
from offline_helpers import one
from offline_helpers import pick as one_of
from offline_helpers import report_facts as facts

from summarizer.text.numbers import extract_mentions_text

# --- kind: a review's results are no targets ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 经过一年的努力: the effort the result came from (a noun), no commitment
        ("一、2015年工作回顾\n\n经过一年的艰苦努力，全省生产总值达到7500亿元，比上年增长8%。", 7500),
        ("一、2015年工作回顾\n\n在全市人民的共同努力下，城镇新增就业6.2万人。", 6.2),
        # 主要目标较好实现 / 超目标任务: a goal met, the figures are what was reached
        ("一、2021年工作回顾\n\n年初确定的主要目标较好实现，全市地区生产总值增长6.1%。", 6.1),
        ("一、2018年工作回顾\n\n工业增加值52亿元，超目标任务2个百分点；固定资产投资300亿元，同比增长9%。", 300),
    ],
)
def test_kind_a_review_sentence_is_a_result(text, value):
    assert type(one(text, value)).__name__ == "Achievement"


def test_kind_a_commitment_to_endeavour_stays_a_target():
    found = one("二、2016年工作安排\n\n努力实现地区生产总值增长7%。", 7)
    assert type(found).__name__ == "Target"


# --- growth: a basis word before the rate still attaches it ---------------------------------


def test_growth_on_the_same_basis_attaches_to_the_amount():
    (found,) = facts("全社会固定资产投资438亿元，同口径增长13%。")
    assert (found.value, found.growth_pct) == (438, 13)


# --- periods ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("今后三年内，中央财政再支持500所县级医院建设。", 500, "今后三年内"),
        ("二、今后五年的目标\n\n五年内，新增浇灌面积3000万亩。", 3000, "五年内"),
        # 年内 under a plan heading naming the year: within that year
        ("二、2009年工作安排\n\n年内新建中小学校12所。", 12, "2009年"),
    ],
)
def test_period_a_span_of_years_is_the_whole_span(text, value, period):
    assert one(text, value).period == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # the start of a change written as the year before's value is dated so, the end is not
        ("2021年统计公报\n\n全年城镇调查失业率由上年的5.6%下降到5.1%。", 5.6, "上年"),
        ("2021年统计公报\n\n全年城镇调查失业率由上年的5.6%下降到5.1%。", 5.1, "全年"),
        ("年末森林覆盖率从去年的38.2%提高到39%。", 38.2, "去年"),
        ("年末不良贷款率由上年末1.9%降至1.6%。", 1.9, "上年末"),
        ("恩格尔系数由2015年的31.2%下降到29.7%。", 31.2, "2015年"),
    ],
)
def test_period_the_start_of_a_change_is_of_the_year_it_names(text, value, period):
    assert one(text, value).period == period


def test_period_a_point_of_the_year_does_not_date_a_flow():
    text = "2009年统计公报\n\n年末全国电话用户总数达到10.6亿户。新增移动电话用户1061万户。上网人数3.8亿人。"
    assert one(text, 10.6).period == "年末"
    assert one(text, 1061).period != "年末"  # added over the year: a flow
    assert one(text, 3.8).period == "年末"  # a stock, measured at the year's end


def test_period_a_growth_rate_is_not_dated_by_the_year_end():
    text = "年末全国总用水量6100亿立方米。其中，生活用水增长3.1%，工业用水增长1.8%。"
    assert one(text, 3.1).period != "年末"


def test_period_this_year_s_targets_under_a_five_year_plan_heading():
    text = (
        "2026年政府工作报告\n\n二、“十五五”时期主要目标\n\n“十五五”时期，地区生产总值年均增长5%。\n\n"
        "三、全力以赴实现“十五五”良好开局\n\n今年经济社会发展的主要预期目标是：城镇新增就业8万人。"
        "新增绿地不少于1000亩。"
    )
    assert one(text, 5).period == "“十五五”时期"
    assert one(text, 8).period == "2026年"
    assert one(text, 1000).period == "2026年"  # the year's tasks after the year's targets


# --- ranks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value_text"),
    [("排名进入全国前10。", "10"), ("稳居全省前三。", "三"), ("跻身全国前十强。", "十")],
)
def test_rank_a_top_n_place_carries_its_qualifier(text, value_text):
    (rank,) = [m for m in extract_mentions_text(text) if m.family == "rank"]
    assert (rank.value_text, rank.qualifier) == (value_text, "前")


def test_rank_a_numbered_place_has_no_qualifier():
    (rank,) = [m for m in extract_mentions_text("位居全省第三。") if m.family == "rank"]
    assert rank.qualifier is None


def test_rank_a_top_n_fact_names_its_scope():
    (found,) = facts("空气质量连续五年位居全国省会城市前3位。")
    assert (found.qualifier, "全国省会城市" in found.metric) == ("前", True)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("某某集团公司位列世界500强第339位。", "某某集团公司(世界500强排名)"),
        ("某某药业位居中国医药工业百强第12位。", "某某药业(中国医药工业百强排名)"),
    ],
)
def test_rank_a_place_in_a_ranked_list_names_the_list(text, metric):
    (found,) = facts(text)
    assert (found.metric, found.verified) == (metric, True)


# --- class bounds ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["基本消除年纯收入1000元以下的绝对贫困人口。", "集体经营性收入超过30万元的比例达到82%。"],
)
def test_class_bound_of_people_or_of_a_share_is_no_amount(text):
    assert all(f.unit != "元" and f.unit != "万元" for f in facts(text))


def test_period_a_result_under_a_year_s_review_heading_is_of_that_year():
    text = (
        "2022年政府工作报告\n\n一、2021年工作回顾\n\n全省地区生产总值增长5.7%。过去五年，城镇新增就业30万人。\n\n"
        "新建学校12所。\n\n二、2022年工作安排\n\n新增就业5万人。"
    )
    assert one(text, 5.7).period == "2021年"
    assert one(text, 12).period == "2021年"
    assert one(text, 30).period == "过去五年"  # the sentence counts what the five years added
    assert one(text, 5).period == "2022年"


def test_period_a_sub_heading_naming_no_year_stays_in_its_review_s_year():
    text = (
        "2024年政府工作报告\n\n一、2023年工作回顾\n\n一年来，我们主要做了以下工作：\n\n"
        "（二）多措并举，扩大内需成效明显\n\n完成林地修复5.5万亩。\n\n"
        "（三）三年来，攻坚行动成效显著\n\n改造老旧小区300个。\n\n二、2024年工作安排\n\n新建学校12所。"
    )
    assert one(text, 5.5).period == "2023年"
    assert one(text, 300).period == "三年来"  # its heading names a span of years: the span
    assert one(text, 12).period == "2024年"


def test_period_a_result_under_a_span_s_review_heading_is_of_the_span():
    text = (
        "2018年政府工作报告\n\n一、过去五年工作回顾\n\n城镇化率达到68%，建成高标准农田400万亩。\n\n"
        "2017年是本届政府的收官之年，全省经济运行总体平稳，地区生产总值增长7.2%。\n\n"
        "二、今后五年的奋斗目标\n\n新建学校12所。"
    )
    assert one(text, 68).period == "过去五年"
    assert one(text, 400).period == "过去五年"
    assert one(text, 7.2).period != "过去五年"  # its paragraph names a year of its own
    looking_back = "政府工作报告\n\n一、过去五年工作回顾\n\n五年来，我们攻坚克难，新建学校120所，地区生产总值年均增长7.5%。"
    assert one(looking_back, 120).period == "过去五年"
    assert one(looking_back, 7.5).period in ("五年来", "过去五年")


def test_period_the_whole_year_under_a_heading_naming_one_is_that_year():
    text = (
        "2024年政府工作报告\n\n一、2023年工作回顾\n\n全年地区生产总值增长5.1%。\n\n"
        "二、2024年工作安排\n\n全年新增城镇就业6万人。"
    )
    assert one(text, 5.1).period == "2023年"
    assert one(text, 6).period == "2024年"
    # a communiqué's 全年 stays as written (no heading names the year of its section)
    assert one("全年全市地区生产总值增长6.3%。", 6.3).period == "全年"


def test_period_a_target_under_a_plan_heading_naming_a_span_is_of_the_span():
    text = "2018年政府工作报告\n\n二、今后五年的奋斗目标\n\n到时，城镇化率力争达到70%，新增高速公路500公里。"
    assert one(text, 70).period == "今后五年"
    assert one(text, 500).period == "今后五年"


def test_kind_last_year_in_a_plan_s_look_back_is_a_result():
    text = "二、2022年工作安排\n\n疫情发生以来，旅游业受到打击，去年酒店最低入住率仅为16%。地区生产总值比去年增长6%。"
    assert type(one(text, 16)).__name__ == "Achievement"
    assert type(one(text, 6)).__name__ == "Target"  # 比去年: the base of a comparison


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 同比 in a plan compares the year's goal with last year's figure: no result
        ("二、2026年主要目标和重点工作\n\n加大帮扶力度，全县农户人均收入同比增长12%以上。", 12),
        ("二、2026年工作安排\n\n全年招商到位资金40亿元、同比增长8%。", 40),
        # the nearest cue is the plan's own 力争; the 同比 after it does not undo it
        ("二、2026年工作安排\n\n严厉打击犯罪，力争盗窃案件发案率同比下降5%。", 5),
    ],
)
def test_kind_year_on_year_in_a_plan_compares_a_target(text, value):
    assert type(one(text, value)).__name__ == "Target"


def test_kind_year_on_year_in_a_plan_s_dated_look_back_is_a_result():
    text = "二、2026年工作安排\n\n困难仍然不少，商品房销售面积同比下降31.5%，外销比例下滑到去年的20%。"
    assert type(one(text, 31.5)).__name__ == "Achievement"
    assert type(one(text, 20)).__name__ == "Achievement"


def test_kind_a_past_plan_s_target_compared_with_sets_no_target_after_it():
    text = (
        "2011年政府工作报告\n\n全市财政总收入由2005年的80亿元增加到2010年的210亿元，比“十一五”计划目标150亿元"
        "超额60亿元；其中，地方财政收入由2005年的40亿元增加到2010年的120亿元。"
    )
    gap = one(text, 60)
    assert (type(gap).__name__, gap.metric) == ("Achievement", "财政总收入(比“十一五”计划目标超额)")
    assert {type(one(text, v)).__name__ for v in (80, 210, 40, 120)} == {"Achievement"}


def test_kind_a_plan_s_gap_over_its_own_plan_stays_a_target():
    text = "2026年政府工作报告\n\n二、2026年工作安排\n\n全年投资规模安排到300亿元，比“十五五”规划原定的今年投资还多20亿元。"
    assert type(one(text, 20)).__name__ == "Target"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026年政府工作报告\n\n二、今后五年的任务\n\n到2030年，全市数字经济核心产业增加值将由2025年的320亿元增加至600亿元。", 320, 600),
        ("2026年政府工作报告\n\n二、今后五年的任务\n\n2030年，全市森林覆盖率要由目前的41.5%提高到45%左右。", 41.5, 45),
    ],
)
def test_kind_the_dated_start_of_a_target_s_pair_is_its_measured_baseline(text, start, end):
    assert type(one(text, start)).__name__ == "Achievement"
    assert type(one(text, end)).__name__ == "Target"


def test_period_an_undated_start_after_a_dated_pair_is_of_that_pair_s_start_year():
    text = (
        "2026年政府工作报告\n\n一、“十四五”时期工作回顾\n\n全市生产总值由2020年的4200亿元增加到2025年的6100亿元，"
        "一般公共预算收入由310亿元增加到455亿元。"
    )
    assert one(text, 310).period == "2020年"
    assert one(text, 455).period == "2025年"


def test_period_a_start_at_the_present_is_not_of_the_plan_s_year():
    text = "2026年政府工作报告\n\n二、今后五年的任务\n\n2030年，全市森林覆盖率要由目前的41.5%提高到45%左右。"
    assert one(text, 41.5).period is None
    assert one(text, 45).period == "2030年"


def test_kind_a_numbered_sub_heading_of_a_review_does_not_open_a_plan():
    text = (
        "2023年政府工作报告\n\n一、2022年工作回顾\n\n（三）聚焦工作重点，数字经济提档加速推进\n\n拆除违章建筑1849处。\n\n"
        "二、2023年工作安排\n\n（一）聚焦工作重点\n\n新建学校12所。"
    )
    assert type(one(text, 1849)).__name__ == "Achievement"
    assert type(one(text, 12)).__name__ == "Target"


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("粮食生产连续丰收，四年累计增产粮食81.2万吨。", 81.2, "四年"),
        ("过去五年，全市经济快速发展，累计完成固定资产投资5000亿元。", 5000, "过去五年"),
    ],
)
def test_period_a_total_over_years_is_of_the_span(text, value, period):
    assert one(text, value).period == period


def test_period_a_level_reached_after_years_is_not_given_the_span():
    text = "过去五年，全市经济快速发展，地区生产总值达到3000亿元。"
    assert one(text, 3000).period is None


def test_verifier_keeps_a_result_after_a_quoted_programme_name():
    text = "一、2015年工作回顾\n\n全面完成学前教育“三年行动计划”，新建、改扩建幼儿园806所。"
    assert type(one(text, 806)).__name__ == "Achievement"


def test_period_what_a_year_earns_or_makes_is_not_dated_by_the_year_end():
    text = "年末全国总人口14亿人。贫困地区农村居民人均可支配收入9377元，扣除价格因素，实际增长9.1%。"
    income = one(text, 9377)
    assert income.growth_pct == 9.1 and income.period != "年末"
    text = "全年粮食产量6.5亿吨。年末全国发电装机容量22亿千瓦。牛奶产量3500万吨，增长1.5%。"
    assert one(text, 3500).period != "年末"
    school = "年末全国共有普通高校1022所。普通高校招生80.1万人，毕业生70.3万人。"
    assert one(school, 80.1).period != "年末"
    built = "2025年工作回顾\n\n年末城镇登记失业率3.1%。整修城市道路40条，建成保障房1.2万套。建成区绿地率达到36%。"
    assert one(built, 40).period != "年末" and one(built, 1.2).period != "年末"
    # a plan's end is its last year: it dates what that year made
    text = "“十三五”末，全市社会消费品零售总额达到6400亿元，年均增长9.1%。"
    assert one(text, 6400).period == "“十三五”末"


def test_period_a_result_after_now_is_not_of_the_earlier_year_of_its_sentence():
    text = "2016年全县有贫困人口8.2万人，现在已脱贫7.9万人，贫困发生率降至0.3%。"
    assert one(text, 8.2).period == "2016年"
    assert one(text, 7.9).period is None and one(text, 0.3).period is None


def test_kind_ensure_in_a_review_reports_what_was_ensured():
    text = ("一、2025年工作回顾\n\n一年来，各县区攻坚克难，确保12件民生实事全部落地。全年新增就业3.1万人。\n\n"
            "二、2026年工作安排\n\n确保完成12件民生实事。")
    kinds = {(f.value, type(f).__name__) for f in facts(text) if f.value == 12 and f.verified}
    assert kinds == {(12, "Achievement"), (12, "Target")}


def test_kind_a_cumulative_goal_after_a_plan_s_target_cue_is_a_target():
    text = ("二、“十五五”时期的奋斗目标\n\n到2030年，全市外贸进出口总额突破900亿美元，实际使用外资五年累计突破80亿美元；"
            "数字经济核心产业增加值占地区生产总值的比重提高到15%。")
    assert {type(f).__name__ for f in facts(text) if f.verified} == {"Target"}
    # a review's 累计 still reports
    review = "一、“十四五”时期工作回顾\n\n五年来，全市基础设施建设投资累计达230亿元。"
    assert type(one(review, 230)).__name__ == "Achievement"


def test_period_years_within_that_qualify_the_people_counted_date_nothing():
    text = "三、2026年重点工作\n\n对毕业两年内初次创业学生给予补助，新增创业担保贷款6亿元以上。"
    assert one(text, 6).period == "2026年"
    assert one("今后三年内，新建学校20所。", 20).period == "今后三年内"


def test_kind_already_inside_an_earlier_object_dates_no_figure_of_a_plan():
    text = ("三、2026年工作安排\n\n做好已建成污水处理厂的运行管护，推动剩余1.2万户农村生活污水治理。")
    assert type(one(text, 1.2)).__name__ == "Target"
    # 已 in the figure's own clause still reports
    done = "三、2026年工作安排\n\n全市已建成污水处理厂36座。"
    assert type(one(done, 36)).__name__ == "Achievement"


def test_period_the_start_of_a_pair_at_a_named_moment_is_not_the_year_s():
    text = "2025年，企业开办时间由改革之初的15天压缩至1天。"
    assert one(text, 15).period is None
    assert one(text, 1).period == "2025年"


def test_kind_an_undated_start_of_a_plan_s_pair_is_today_s_level():
    text = "二、2026年工作安排\n\n城乡居民医保人均财政补助标准由610元提高到640元。"
    start, end = one(text, 610), one(text, 640)
    assert (type(start).__name__, start.period) == ("Achievement", None)
    assert (type(end).__name__, end.period) == ("Target", "2026年")


# --- periods: what opens a paragraph's sentences dates the results after it -----------------


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # a year opening the paragraph under a heading naming the year and a plan's span
        ("一、2017年及“十三五”时期工作回顾\n\n2017年，面对复杂形势，我们稳中求进。全市工业增加值增长6.4%，"
         "社会消费品零售总额增长9.2%。", 9.2, "2017年"),
        # 全年 in such a paragraph is that year
        ("一、2017年及“十三五”时期工作回顾\n\n2017年，面对复杂形势，我们稳中求进。全年新增城镇就业4.3万人。", 4.3, "2017年"),
        # a year in numerals opening a communiqué's paragraph dates its 其中 sentence
        ("某省统计局关于一九八四年国民经济计划执行结果的公报\n\n商业购销两旺。一九八四年商业收购总额385亿元，比上年增长8%。"
         "其中，粮食收购量920万吨，增长6%。", 920, "一九八四年"),
        # a source named before the year (根据海关统计，一九八四年…) still lets the year open the sentence
        ("某省统计局关于一九八四年国民经济计划执行结果的公报\n\n外贸增长。根据海关统计，一九八四年全省进出口总额为86亿元。"
         "其中，出口总额为51亿元。", 51, "一九八四年"),
        # a span opening the paragraph (四年来，…) dates the counts after it
        ("一、本届政府工作回顾\n\n四年来，社会事业全面进步。城乡居民收入稳步增长。新建养老服务设施264个。", 264, "四年来"),
        # a span opening the figure's own sentence, the year of the sentence before no longer frames
        ("一、本届政府工作回顾\n\n2019年各项任务顺利完成。经过五年的努力，全市新建农村公路3200公里。", 3200, "经过五年"),
        # a paragraph opening on the year just past, under a heading naming no time
        ("一、本届政府工作回顾\n\n过去一年，我们强化民生保障。疫情防控扎实，建成核酸检测实验室27个。", 27, "过去一年"),
        # …and under a heading naming the year, that year
        ("某市2022年政府工作报告\n\n一、2021年工作回顾\n\n过去一年，我们强化民生保障。疫情防控扎实，建成核酸检测实验室27个。",
         27, "2021年"),
        # 五年新增…: a count of years opening its clause
        ("一、本届政府工作回顾\n\n民生持续改善。五年新增城镇就业52.6万人。", 52.6, "五年"),
    ],
)
def test_period_a_year_or_span_opening_the_paragraph_dates_its_results(text, value, period):
    assert one(text, value).period == period


@pytest.mark.parametrize(
    "text",
    [
        # a year inside a look back over a span: one year's detail or the span's, no certain period
        "一、本届政府工作回顾\n\n过去的五年，是结构优化的五年。2019年，全市居民收入达到3.2万元。新增地理标志商标9件。",
        # a year that starts a stretch (以来) frames no year's results
        "一、本届政府工作回顾\n\n2016年以来，我们持续推进改革。新增市场主体6.7万户。",
        # a level reached at the span's end (达到, 由…增加到) is no count over the span
        "一、本届政府工作回顾\n\n五年来，生态持续改善。全市森林覆盖率达到6.7%。",
        "一、本届政府工作回顾\n\n2019年各项任务顺利完成。经过五年的努力，全市财政总收入由52亿元增加到9亿元。",
    ],
)
def test_period_an_uncertain_paragraph_frame_dates_nothing(text):
    assert one(text, 9 if "9亿元" in text or "商标" in text else 6.7).period is None


def test_period_a_review_heading_in_numerals_dates_its_results():
    assert one("某市二〇〇四年政府工作报告\n\n二〇〇三年工作回顾\n\n全市国内生产总值完成612亿元，比上年增长12%。", 612).period == "二〇〇三年"


def test_period_the_whole_year_after_a_point_closes_it():
    # 年末… then a sentence opening with 全年: the counts after it are the year's, not the year end's
    text = "2011年统计公报\n\n年末全国共有体育场地91万个。全年我国运动员获得108个世界冠军。在亚运会上，我国运动员共获得77枚奖牌。"
    assert one(text, 91).period == "年末"
    assert one(text, 77).period == "全年"


def test_period_a_review_of_the_year_just_past_is_dated_as_written():
    text = "某省2019年政府工作报告\n\n一、过去一年工作回顾\n\n全省新建农村公路1860公里。\n\n二、2019年工作安排\n\n新建农村公路1500公里。"
    assert one(text, 1860).period == "过去一年"
    assert one(text, 1500).period == "2019年"


@pytest.mark.parametrize(
    ("heading", "period"),
    [
        # 一年来，我们主要做了以下工作 under a heading naming the year keeps the year
        ("一、2018年工作回顾", "2018年"),
        # under a heading naming no time it is the year just past as written
        ("一、攻坚克难，实现良好开局", "一年来"),
        ("一、工作回顾", "一年来"),
        # under one naming a year and a span its part may run on into the span: no period
        ("一、2018年和过去五年工作的回顾", None),
    ],
)
def test_period_a_sub_heading_on_the_year_just_past(heading, period):
    text = f"某市2019年政府工作报告\n\n{heading}\n\n一年来，我们主要做了以下工作：\n\n着力稳增长。新建标准厂房38万平方米。"
    assert one(text, 38).period == period


def test_kind_a_report_delivered_in_december_is_of_the_next_year():
    # delivered in December 2018, the report reviews 2018 and lays out 2019: 到2018年 looks back
    text = (
        "某市政府工作报告\n\n——2018年12月26日在某市第五届人民代表大会第三次会议上\n\n"
        "一、过去五年工作回顾\n\n到2018年，全市地区生产总值达到512亿元。\n\n"
        "二、2019年工作安排\n\n到2019年，全市地区生产总值达到560亿元。"
    )
    assert type(one(text, 512)).__name__ == "Achievement"
    assert type(one(text, 560)).__name__ == "Target"


def test_report_year_of_a_december_dateline():
    from summarizer.text.clean import clean
    from summarizer.text.sections import report_year

    assert report_year(clean("某州政府工作报告（2022年12月12日）\n\n各位代表：")) == 2023
    assert report_year(clean("某州政府工作报告（2023年1月12日）\n\n各位代表：")) == 2023


def test_period_the_targets_after_this_year_s_requirements_are_of_the_report_s_year():
    text = (
        "某州2018年政府工作报告\n\n二、凝心聚力，开启新征程\n\n今年全州经济社会发展的总体要求是：稳中求进。\n\n"
        "主要预期目标是：生产总值增长7.5%以上；固定资产投资增长12%以上。"
    )
    assert one(text, 7.5).period == "2018年"
    assert one(text, 12).period == "2018年"


def test_kind_an_entry_of_the_notes_is_no_fact():
    text = (
        "某市2019年政府工作报告\n\n二、2019年工作安排\n\n新建农村公路820公里。\n\n**名词解释**\n\n"
        "①“双百工程”：即实施100项重点技改项目，完成技改投资120亿元以上。\n\n"
        "[3]2018年年末，全市常住人口为356万人。"
    )
    values = {f.value for f in facts(text)}
    assert 820 in values and 356 in values  # a note going on with the year's figures still reports
    assert not values & {100, 120}


@pytest.mark.parametrize("heading", ["部分用语说明", "《政府工作报告》注释", "注 释", "有关用语释义", "附件：名词解释", "附件1 名词解释"])
def test_kind_the_notes_open_under_the_genre_s_other_headings(heading):
    text = (
        "某市2024年政府工作报告\n\n二、2024年工作安排\n\n新建农村公路820公里。\n\n" + heading + "\n\n"
        "1.“三进”工程：五年引进培育800名科技领军人才、6万名大学生。"
    )
    values = {f.value for f in facts(text)}
    assert 820 in values
    assert not values & {800, 6}  # a glossary entry's figures explain a term, they are no targets


def test_kind_the_plan_of_a_year_before_the_report_s_is_past():
    text = (
        "某省统计局关于1986年国民经济和社会发展的统计公报\n\n1987年2月20日\n\n"
        "一九八六年国家计划建成投产的64个大中型项目中有17个没有建成；计划建成投产的88个单项工程中有21个没有建成。"
    )
    assert type(one(text, 17)).__name__ == "Achievement"
    assert type(one(text, 21)).__name__ == "Achievement"
    # the report's own year's plan still aims
    found = one("某省1987年政府工作报告\n\n1987年计划新建农村公路620公里。", 620)
    assert type(found).__name__ == "Target"


def test_period_a_whole_year_or_a_point_right_before_a_figure_is_a_period():
    text = "2012年统计公报\n\n全年2210.5万城市居民得到政府最低生活保障。年末70个大中城市中，价格上涨的城市个数为24个。"
    assert one(text, 2210.5).period == "全年"
    assert one(text, 24).period == "年末"


def test_period_a_base_named_by_its_plan_s_end_dates_the_base_only():
    text = "一、“十一五”时期工作回顾\n\n三次产业比例由“十五”末8.1∶46.3∶45.6调整为6.2∶44.1∶49.7。"
    assert one(text, 8.1).period == "“十五”末"
    assert one(text, 6.2).period != "“十五”末"


@pytest.mark.parametrize(
    "text",
    [
        "产业结构持续优化，三次产业比例由2015年的10.2∶48.1∶41.7调整为7.9∶45.3∶46.8。",
        "三次产业结构从10.2∶48.1∶41.7优化为7.9∶45.3∶46.8，发展质量提升。",
        "一、二、三次产业比重从2015年的10.2:48.1:41.7变为2020年的7.9:45.3:46.8。",
    ],
)
def test_metric_both_ratios_of_a_from_to_pair_are_named_by_the_subject(text):
    found = facts(text)
    names = {f.value: f.metric.replace("期初,", "") for f in found}
    assert sorted(names) == [7.9, 10.2, 41.7, 45.3, 46.8, 48.1]
    wholes = {name.split("(")[0] for name in names.values()}
    assert wholes in ({"三次产业比例"}, {"三次产业结构"}, {"三次产业比重"})
    # each term is named by its sector, in order
    assert [names[v].split("(")[1] for v in (10.2, 48.1, 41.7, 7.9, 45.3, 46.8)] == ["第一产业)", "第二产业)", "第三产业)"] * 2
    # every part of the start is the start (期初) when no year dates it
    starts = [f for f in found if f.value in (10.2, 48.1, 41.7)]
    assert len({f.metric.split(",")[0].split("(第")[0] for f in starts}) == 1


def test_metric_a_ratio_brought_to_a_level_drops_the_verb():
    assert {f.metric.split("(")[0] for f in facts("2025年，三次产业结构调整为6.5:40.1:53.4。")} == {"三次产业结构"}
    # the 1 of a two-term ratio is its base, no figure of its own
    pair = {f.value: f.metric for f in facts("五年来，城乡居民收入比由2.6:1缩小至2.3:1。")}
    assert pair == {2.6: "城乡居民收入比(期初)", 2.3: "城乡居民收入比"}


def test_period_a_span_in_brackets_names_a_document_not_the_paragraph_s_years():
    text = (
        "某州2019年政府工作报告\n\n一、2018年工作回顾\n\n脱贫攻坚成效明显。制定脱贫攻坚实施方案（2018—2020年），"
        "投入扶贫资金65.2亿元。实现9876户脱贫。"
    )
    assert one(text, 9876).period == "2018年"


def test_period_a_point_of_the_year_does_not_date_a_count_of_events_in_a_later_clause():
    text = "1996年统计公报\n\n年末全国各类社会福利院床位达88.5万张；城乡各种社会救济对象得到国家救济的达3650万人次。"
    assert one(text, 88.5).period == "年末"
    assert one(text, 3650).period is None


def test_period_a_forecast_year_opening_the_paragraph_dates_it():
    text = "某市2012年政府工作报告\n\n一、过去五年工作回顾\n\n经济总量成倍增长。预计2011年地区生产总值超过5200亿元。全社会固定资产投资3860亿元。"
    assert one(text, 3860).period == "2011年"


def test_period_the_whole_year_under_a_heading_naming_a_year_beside_a_span():
    text = (
        "某省2021年政府工作报告\n\n一、2020年和“十三五”时期工作回顾\n\n（一）经济稳中向好。全年地区生产总值增长3.6%。"
        "新建5G基站2.1万个。"
    )
    assert one(text, 3.6).period == "2020年"
    assert one(text, 2.1).period == "2020年"  # the paragraph goes on with the year 全年 opened


def test_kind_a_plan_sub_heading_aiming_at_results_stays_in_the_plan():
    text = (
        "某市2014年政府工作报告\n\n一、2013年工作回顾\n\n新建公园12个。\n\n二、2014年目标任务\n\n"
        "（七）着力加快生态建设，推动生态文明取得新成效。\n\n大力发展公共交通，公交分担率提高4个百分点。"
    )
    found = one(text, 4)
    assert (type(found).__name__, found.period) == ("Target", "2014年")
    assert type(one(text, 12)).__name__ == "Achievement"


def test_period_a_bold_heading_on_the_year_s_work_opens_its_plan():
    text = (
        "某省政府工作报告\n\n——2013年1月20日在某省人民代表大会上\n\n**2012年工作回顾**\n\n新建高速公路420公里。\n\n"
        "**扎实做好2013年工作**\n\n围绕上述目标，重点抓好以下工作：\n\n**一、推进城乡统筹发展**\n\n新建高速公路380公里。"
    )
    assert one(text, 380).period == "2013年"


def test_period_the_part_on_the_year_under_a_heading_naming_a_year_beside_a_span():
    text = (
        "某省2021年政府工作报告\n\n一、2020年工作回顾和“十三五”时期发展成就\n\n2020年是极不平凡的一年，我们迎难而上。\n\n"
        "（一）疫情防控取得重大成果。建成核酸检测实验室86个。\n\n"
        "各位代表，2020年是“十三五”规划收官之年。五年来，我们砥砺奋进。\n\n新建高速公路1520公里。"
    )
    assert one(text, 86).period == "2020年"
    assert one(text, 1520).period is None  # the look back over the five years


def test_period_the_parts_on_the_span_and_on_the_year_under_a_heading_naming_both():
    text = (
        "某市2021年政府工作报告\n\n一、“十三五”时期和2020年工作回顾\n\n“十三五”时期，我们砥砺奋进。\n\n"
        "五年来，城乡统筹步伐加快。新建保障性住房4.6万套。\n\n"
        "各位代表，在刚刚过去的一年里，我们迎难而上。\n\n1．疫情防控展现新担当。新建核酸检测实验室37个。"
    )
    assert one(text, 4.6).period == "“十三五”时期"
    assert one(text, 37).period == "2020年"


def test_period_an_excerpt_s_enumerated_first_line_is_a_heading_not_a_title():
    text = "一、2020年工作回顾\n\n全年新建高速公路236公里。\n\n新增城镇就业8.2万人。"
    assert one(text, 8.2).period == "2020年"


def test_period_the_whole_year_opening_a_sentence_frames_the_paragraph():
    text = "2019年统计公报\n\n全年国内生产总值986515亿元，比上年增长6.1%。其中，第一产业增加值70467亿元，增长3.1%。"
    assert one(text, 70467).period == "全年"
    # …and is the year that opens the paragraph before it
    text = "一九八五年统计公报\n\n一九八五年，我国各族人民继续前进。全年社会总产值为16309亿元。其中工农业总产值为13335亿元。"
    assert one(text, 13335).period == "一九八五年"


def test_period_a_target_s_part_of_the_year_is_its_own():
    text = (
        "某州2022年政府工作报告\n\n二、2022年工作安排\n\n（一）着力推进项目建设。力争新开工项目上半年开工率达到60%。"
        "完成综合交通投资260亿元。"
    )
    assert one(text, 260).period == "2022年"


def test_period_a_span_of_more_than_some_years_opening_a_paragraph():
    text = "一、灾后恢复重建胜利完成\n\n三年多来，我们把恢复重建作为中心工作。全面完成重建项目2.6万个。"
    assert one(text, 2.6).period == "三年多来"


def test_period_a_review_heading_naming_a_plan_by_its_quoted_short_form():
    text = (
        "某市2021年政府工作报告\n\n一、“十三五”发展回顾\n\n五年来，全市综合实力跃上新台阶。\n\n"
        "——新增城镇就业38万人。\n\n二、2021年工作安排\n\n新增城镇就业10万人。"
    )
    assert one(text, 38).period == "“十三五”"
    assert one(text, 10).period == "2021年"
    # (a bare 十五 is a count, never a plan: 十五项民生工程 names no span)
    assert one("某市2021年政府工作报告\n\n一、十五项民生工程回顾\n\n——新增城镇就业38万人。", 38).period != "十五"


def test_period_a_review_heading_naming_no_time_takes_its_first_paragraph_s_year_until_the_span():
    text = (
        "某市2021年政府工作报告\n\n一、拼搏奋进，决胜全面小康取得决定性成就\n\n"
        "过去一年，是全市发展极不平凡的一年。全市生产总值增长3.9%。\n\n"
        "（一）保企业、稳增长。新增市场主体1.2万户。\n\n"
        "过去一年，我们驰而不息纠“四风”，压减一般性支出5%。\n\n"
        "各位代表！经过全市人民团结拼搏，我们如期完成“十三五”规划确定的主要目标任务。\n\n"
        "——这是综合实力稳健提升的五年。五年开工亿元以上项目790个。\n\n"
        "——这是民生福祉大幅改善的五年。战新产业产值占比较2015年提升12.1个百分点。"
    )
    assert one(text, 1.2).period == "过去一年"
    assert one(text, 5).period == "过去一年"  # (过去一年 is the year again, no span)
    assert one(text, 790).period == "“十三五”"
    assert one(text, 12.1).period is None  # its paragraph names a year of its own
    # a first paragraph opening on no time dates nothing
    text = "某市2021年政府工作报告\n\n一、拼搏奋进，决胜全面小康\n\n全市上下团结奋进。\n\n新增市场主体1.2万户。"
    assert one(text, 1.2).period is None


def test_period_a_review_heading_naming_no_time_over_a_paragraph_opening_on_an_earlier_year():
    text = (
        "某省2031年政府工作报告\n\n一、工作回顾\n\n"
        "2030年是“十五五”收官之年。全省生产总值增长5%。\n\n"
        "主要做了以下工作。一是稳增长。新增市场主体2.4万户。\n\n"
        "“十五五”时期是全省爬坡过坎的五年。五年累计新增城镇就业160万人。"
    )
    assert one(text, 2.4).period == "2030年"
    assert one(text, 160).period != "2030年"  # the paragraph on the span is not the year's
    # the report's own year (or a later one) opening the first paragraph is no year reviewed
    text = "某省2031年政府工作报告\n\n一、工作回顾\n\n2031年是关键之年。\n\n新增市场主体2.4万户。"
    assert one(text, 2.4).period is None
    # 2030年以来 opens a stretch from a year, not the year itself
    text = "某省2031年政府工作报告\n\n一、工作回顾\n\n2028年以来，全省砥砺前行。\n\n新增市场主体2.4万户。"
    assert one(text, 2.4).period is None


def test_period_a_paragraph_turning_to_the_year_just_past_under_a_span_heading():
    text = (
        "某省2006年政府工作报告\n\n**“十五”计划完成情况**\n\n“十五”时期，全省生产总值年均增长10.8%。\n\n"
        "——工业经济快速发展，累计投入技改资金750亿元。\n\n各位代表：在刚刚过去的2005年，全省重点抓了项目建设。\n\n"
        "一是项目建设顺利推进。全社会固定资产投资完成872亿元。\n\n"
        "各位代表：“十五”时期是全省发展最快的时期之一。\n\n——新增高速公路1000公里。"
    )
    assert one(text, 750).period == "“十五”"
    assert one(text, 872).period == "2005年"
    assert one(text, 1000).period == "“十五”"  # back on the span
    # the span's end year opening a paragraph is its level, not a turn to that year
    text = (
        "某市2013年政府工作报告\n\n一、过去五年工作回顾\n\n（一）综合实力跨上新台阶\n\n"
        "2012年，全市生产总值12885亿元，是2007年的2.5倍。\n\n（二）开放水平提升\n\n建成内陆无水港23个。"
    )
    assert one(text, 23).period == "过去五年"


def test_period_a_communique_result_stating_none_is_of_the_whole_year():
    text = (
        "2009年国民经济和社会发展统计公报\n\n国家统计局\n\n一、综合\n\n全年国内生产总值335353亿元，比上年增长8.7%。\n\n"
        "二、资源和环境\n\n国土资源调查新发现大中型矿产地398处。"
    )
    assert one(text, 398).period == "全年"
    # a work report's undated result is not dated so
    text = "某市2010年政府工作报告\n\n一、工作回顾\n\n全年地区生产总值335亿元。\n\n全市上下团结奋进，新建学校39所。"
    assert one(text, 39).period is None


def test_period_the_year_part_opening_within_the_span_under_a_heading_naming_both():
    text = (
        "某区2023年政府工作报告\n\n一、过去五年工作回顾和2022年工作总结\n\n2018年以来的五年，是全区全面发展的五年。\n\n"
        "五年来，我们深入贯彻新发展理念。全区生产总值年均增长6.5%。\n\n——建成高速公路1200公里。\n\n"
        "各位代表，在过去五年中，2022年是极不平凡的一年。\n\n一是全力保障改善民生。新增医院床位2560张。\n\n"
        "各位代表，过去五年所有成绩的取得，来之不易。"
    )
    assert one(text, 2560).period == "2022年"
    assert one(text, 1200).period == "过去五年"  # a paragraph of the span's part naming no time


def test_rank_in_a_pool_framed_by_zai_zhong_is_the_figure_before_it():
    text = "某市2012年政府工作报告\n\n一、2011年工作回顾\n\n深化友城合作，国际友城达15个，在省会城市中排名第5位。"
    found = one(text, 15)
    assert found.metric == "国际友城" and found.rank == "在省会城市中排名第5位"
    assert not [f for f in facts(text) if f.value_text == "第5"]  # no fact named after the pool
    # with no figure before, the framed words are what is ranked
    text = "某市2012年政府工作报告\n\n一、2011年工作回顾\n\n在全省高质量发展考核中排名第2位。"
    assert one(text, 2).metric == "高质量发展考核(全省排名)"


def test_kind_the_expected_indicators_of_the_years_ahead_are_targets():
    text = (
        "某市2007年政府工作报告\n\n二、今后五年的目标\n\n今后五年预期的主要经济社会发展指标是：到2011年，"
        "全市生产总值达到565亿元；全社会固定资产投资五年累计达到1015亿元，年均增长10%；城镇登记失业率控制在4%以内。"
    )
    assert type(one(text, 1015)).__name__ == "Target"
    assert type(one(text, 4)).__name__ == "Target"
    assert one(text, 1015).metric == "全社会固定资产投资"  # the span counted over is the period's
    # a review's 主要经济指标为： lists results
    text = "某市2011年政府工作报告\n\n一、2010年工作回顾\n\n全年主要经济指标为：地区生产总值增长9%。"
    assert type(one(text, 9)).__name__ == "Achievement"


def test_period_a_part_of_the_year_inside_a_sentence_frames_no_later_sentence():
    text = (
        "某区2025年政府工作报告\n\n一、2024年工作回顾\n\n新增绿色工厂27家，1—11月规模以上工业能耗强度下降8.9%。"
        "完成植树造林434万亩。"
    )
    assert one(text, 8.9).period == "1—11月"
    assert one(text, 434).period == "2024年"
    # a part of the year opening its sentence (with its comma) still frames the paragraph
    text = "某县2023年1-10月经济运行\n\n1-10月，全县经济平稳运行。规模以上工业总产值182.6亿元。"
    assert one(text, 182.6).period == "1-10月"


def test_period_a_part_of_the_year_inside_an_earlier_clause_s_object_dates_no_later_clause():
    text = (
        "某市2023年政府工作报告\n\n一、2022年工作回顾\n\n项目建设全面提速，成功承办2022年下半年全省重大项目开工活动，"
        "组织2次重大项目集中开工，实施亿元以上项目142个。"
    )
    assert one(text, 142).period == "2022年"
    # the sentence's opening part of the year still dates its clauses
    text = "1999年统计公报\n\n至1999年11月底，已竣工项目525个，累计完成投资680.4亿元。"
    assert one(text, 525).period == "1999年11月底"


def test_period_a_bold_heading_naming_the_report_s_year_dates_the_plan_under_it():
    # Markdown's ** is masked in the view rules read; the heading is still set apart by it
    text = (
        "---\ntitle: 某市政府工作报告（2014年2月）\n---\n\n**2013年工作回顾**\n\n2013年，全市生产总值增长11.8%。\n\n"
        "**2014年工作任务**\n\n2014年，政府工作的总体要求是：坚持稳中求进。\n\n"
        "经济社会发展的主要预期目标是：生产总值增长11.5%以上。\n\n（二）加快城镇建设\n\n改造农村危房1.5万户。"
    )
    found = facts(text, name="report.md")
    assert one_of(found, 11.5).period == "2014年"
    assert one_of(found, 1.5).period == "2014年"
    assert type(one_of(found, 11.8)).__name__ == "Achievement"


def test_kind_the_report_s_bold_title_naming_its_year_is_no_plan_heading():
    text = "**1957年政府工作报告**\n\n各位代表：\n\n一年来，全国新建工厂120个。"
    assert type(one_of(facts(text, name="report.md"), 120)).__name__ == "Achievement"


def test_period_the_year_beside_a_span_opened_by_just_past_and_a_year_just_past_paragraph():
    text = (
        "某市2026年政府工作报告\n\n一、2025年和“十四五”工作回顾\n\n刚刚过去的2025年，极不平凡。\n\n"
        "一年来，我们攻坚克难，建成口袋公园12个。\n\n（一）坚持产业强市\n\n新增规上工业企业35家。\n\n"
        "各位代表，2025年我们实现了“十四五”胜利收官。五年来，累计建成保障性住房3万套。"
    )
    assert one(text, 12).period == "2025年"
    assert one(text, 35).period == "2025年"
    assert one(text, 3).period != "2025年"


def test_period_a_report_opening_its_review_with_no_heading_reads_the_year_just_past():
    text = (
        "某省政府工作报告\n（2012年1月10日）\n\n各位代表：\n\n"
        "过去的一年，我们全力保持经济平稳较快发展，编制10个专项规划。\n\n"
        "**扎实做好2012年工作**\n\n今年新建保障性住房20万套。"
    )
    assert one(text, 10).period == "过去的一年"
    assert type(one(text, 10)).__name__ == "Achievement"
    assert one(text, 20).period == "2012年"


@pytest.mark.parametrize("opening", ["2011年是极不平凡的一年。", "刚刚过去的2011年是不同寻常的一年。"])
def test_period_a_speech_opening_by_calling_the_year_just_past_what_it_was_reviews_that_year(opening):
    text = (
        "某市政府工作报告\n（2012年1月10日）\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n\n"
        f"砥砺奋进，发展迈上新台阶\n\n{opening}面对复杂局面，全市上下团结奋斗。\n\n"
        "这一年，我们狠抓项目建设，新开工项目120个，解决问题1662个。\n\n"
        "**扎实做好2012年工作**\n\n今年新建保障性住房20万套。"
    )
    assert one(text, 120).period == "2011年"
    assert one(text, 1662).period == "2011年"
    assert type(one(text, 1662)).__name__ == "Achievement"
    assert one(text, 20).period == "2012年"


def test_period_a_speech_opening_on_an_earlier_year_opens_no_review_of_it():
    text = (
        "某市政府工作报告\n（2012年1月10日）\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n\n"
        "砥砺奋进，发展迈上新台阶\n\n2009年是极不平凡的一年。\n\n"
        "这一年，我们狠抓项目建设，解决问题1662个。"
    )
    assert one(text, 1662).period != "2009年"  # the speech recalls a year before the one under review


@pytest.mark.parametrize(
    "text",
    [
        "城镇、农村居民人均可支配收入分别达到41200元、18600元，增长6.1%、7.4%。",
        "城乡居民人均可支配收入分别达到41200元和18600元，增长6.1%和7.4%。",
    ],
)
def test_growth_a_list_of_rates_after_a_respectively_list_goes_in_order(text):
    found = {f.value: f for f in facts(text)}
    assert found[41200].verified and found[41200].growth_pct == 6.1
    assert found[18600].verified and found[18600].growth_pct == 7.4  # not the first rate
    assert 7.4 not in found  # the second rate is no standalone fact named after the first figure


def test_period_a_plan_named_as_the_basis_of_the_year_s_targets_dates_none_of_them():
    text = (
        "某省1993年政府工作报告\n\n三、1993年的目标和主要工作\n\n根据新修订的“八五”计划的要求，我省\n"
        "1993年经济发展的主要指标是：国内生产总值增长12%。\n\n林业要加快绿化步伐，全年要完成造林面积38.6万亩，飞播造林20万亩。"
    )
    assert one(text, 38.6).period == "1993年"
    assert one(text, 20).period == "1993年"  # not the 八五 plan's end, 1995年


@pytest.mark.parametrize(
    ("text", "start", "end", "metric"),
    [
        ("一、过去五年工作回顾\n\n区级行政机构由38个减为31个，职能进一步理顺。", 38, 31, "区级行政机构"),
        ("一、过去五年工作回顾\n\n区政府工作部门由40个精简为33个。", 40, 33, "区政府工作部门"),
        ("一、2020年工作回顾\n\n企业开办时间从7天压缩至3天。", 7, 3, "企业开办时间"),
    ],
)
def test_a_from_to_pair_joined_by_a_verb_with_wei_names_both_ends(text, start, end, metric):
    assert one(text, start).metric == metric + "(期初)"  # the start, as with 由…降至…
    assert one(text, end).metric == metric  # not the verb alone (减为, 精简)


def test_a_from_to_pair_with_the_years_of_both_ends_names_the_end_and_its_mean_growth():
    text = (
        "某省2011年政府工作报告\n\n一、过去五年工作回顾\n\n"
        "五年来，地区生产总值由2005年的3120亿元增加到2010年的5840亿元，年均增长13.4%。"
    )
    assert one(text, 3120).metric == "地区生产总值"
    assert one(text, 5840).metric == "地区生产总值"  # not 增加到2010年
    assert one(text, 13.4).metric == "地区生产总值(年均增长)"


def test_a_pair_whose_own_words_are_only_from_takes_the_name_clause_before_it():
    text = (
        "某国1996年计划纲要\n\n二、今后五年的目标\n\n"
        "国有工业企业流动资金周转天数，要由1995年的118天缩短到2000年的90天。"
    )
    assert one(text, 118).metric == "国有工业企业流动资金周转天数"  # not 要由1995年
    assert one(text, 90).metric == "国有工业企业流动资金周转天数"


def test_a_dated_pair_with_a_per_month_basis_keeps_its_subject_and_no_start_note():
    text = "某市2012年政府工作报告\n\n一、过去五年工作回顾\n\n城市低保标准由2006年的每月260元提高到2011年的每月450元。"
    assert one(text, 260).metric == "城市低保标准(每月)"  # dated by its year: no (期初), no 每月 alone
    assert one(text, 260).period == "2006年"
    assert one(text, 450).metric == "城市低保标准(每月)"


def test_kind_a_share_of_a_target_fulfilled_sets_no_target_for_the_figures_after_it():
    text = (
        "某市2016年政府工作报告\n\n一、“十二五”时期工作回顾\n\n"
        "五年来，淘汰落后造纸产能36万吨，完成任务目标的120%；关停小火电12.5万千瓦，完成任务目标的110%。"
    )
    for value in (36, 120, 12.5, 110):
        assert type(one(text, value)).__name__ == "Achievement", value
    assert one(text, 120).metric == "淘汰落后造纸产能(完成任务目标的)"


def test_growth_a_footnote_mark_between_the_growth_word_and_the_rate():
    text = "2025年统计公报\n\n全年房地产开发投资81200亿元，比上年下降[47]12.4%。全年粮食产量69800万吨，比上年增长[3]1.1%。"
    assert one(text, 81200).growth_pct == -12.4
    assert one(text, 69800).growth_pct == 1.1


def test_growth_a_bracketed_note_between_the_growth_word_and_the_rate():
    text = "一、2018年工作回顾\n\n地区生产总值186.5亿元，增长（同比，下同）8.1%；全社会固定资产投资320亿元，增长（同比）11%。"
    assert one(text, 186.5).growth_pct == 8.1
    assert one(text, 320).growth_pct == 11
    assert not [f for f in facts(text) if f.value == 8.1]  # no fact named 下同）
