"""How the offline engine names a figure: flows keep their verb, edges lose clause words, and a
name never starts inside a word (issue 8's judged-sample classes).

Every sentence here is written from scratch in the style of work reports; none is taken from the
shared corpus. Each case asserts the exact metric, and that the verifier reads it in the source.
"""

from __future__ import annotations

import pytest
from offline_helpers import metric_status, one
from offline_helpers import report_facts as facts

from summarizer.models import CheckStatus

# --- class 1: a flow keeps its verb ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # the verb before the noun (建成|高标准农田8万亩): the cut after the light verb kept it out
        ("今年建成高标准农田8万亩。", 8, "建成高标准农田"),
        ("再建乡镇卫生院3所。", 3, "再建乡镇卫生院"),
        ("完成环境污染治理项目36个。", 36, "完成环境污染治理项目"),
        # the verb before the figure (建成|15个村级服务站), with 了 between
        ("全年建成15个村级服务站。", 15, "建成村级服务站"),
        ("建成了64个社区食堂。", 64, "建成社区食堂"),
        ("新建改造27个街心公园。", 27, "新建改造街心公园"),
        ("新开办12所公办幼儿园。", 12, "新开办公办幼儿园"),
        # 完成 before a count of things: the work done on them closes the name
        ("完成25所中心校建设。", 25, "完成中心校建设"),
        ("完成了140个村文化室的建设。", 140, "完成村文化室建设"),
        # an area or a length built is a flow too
        ("新改造农村公路260公里。", 260, "新改造农村公路"),
    ],
)
def test_a_flow_verb_stays_in_the_name(text, value, metric):
    fact = one(text, value)
    assert fact.metric == metric
    assert fact.verified


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # verbs of works done on the counted things, before the count or before the noun: without
        # them the count reads as a stock (老旧小区 = 95个)
        ("全区综合整治95个老旧小区。", 95, "综合整治老旧小区"),
        ("今年启动建设7个特色街区。", 7, "启动建设特色街区"),
        ("建好14个重点学科。", 14, "建好重点学科"),
        ("开工改造63个老旧小区。", 63, "开工改造老旧小区"),
        ("续建4条快速路。", 4, "续建快速路"),
        ("打通25条断头路。", 25, "打通断头路"),
        ("盘活闲置厂房17处。", 17, "盘活闲置厂房"),
        ("筹集保障性租赁住房3200套。", 3200, "筹集保障性租赁住房"),
        ("新出台9项人才政策。", 9, "新出台人才政策"),
        ("解决2.4万户群众饮水问题。", 2.4, "解决群众饮水问题"),
        ("争创5个省级示范村。", 5, "争创省级示范村"),
        ("改造提升18个农贸市场。", 18, "改造提升农贸市场"),
        # 实施 before a count of projects: carried out in the period (not before an area)
        ("实施乡村振兴项目84个。", 84, "实施乡村振兴项目"),
        ("组织实施31个重点技改项目。", 31, "实施重点技改项目"),
        ("实施45万亩农田节水改造。", 45, "农田节水改造"),
        # a name of verbs alone takes the noun after the figure (建好|3万亩|…保护区)
        ("建好3万亩蔬菜保供基地。", 3, "建好蔬菜保供基地"),
        # a chain a cut verb split joins again (打造|提升…线路)
        ("打造提升乡村旅游线路6条。", 6, "打造提升乡村旅游线路"),
    ],
)
def test_a_verb_of_works_done_stays_in_the_name(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # after 累计 the total to date is a stock; a quoted designation names its holders
        ("累计打通41条断头路。", 41, "断头路"),
        ("实施“千村示范”项目56个。", 56, "“千村示范”项目"),
        ("启动建设“口袋公园”12个。", 12, "“口袋公园”"),
        # a level before the quote is part of the name, and so is the verb before the level
        ("创建省级“美丽乡村”23个。", 23, "创建省级“美丽乡村”"),
    ],
)
def test_a_verb_of_works_done_leaves_totals_and_designations(text, value, metric):
    assert one(text, value).metric == metric


def test_a_list_item_with_a_verb_of_its_own_takes_no_other():
    text = "提升街心公园11个、打造滨河绿道9条。"
    assert one(text, 9).metric == "打造滨河绿道"
    text = "整治背街小巷120条、老旧小区35个。"
    assert one(text, 35).metric == "整治老旧小区"
    assert metric_status(text, "整治老旧小区", "35个") is not CheckStatus.FAILED


@pytest.mark.parametrize(
    ("text", "values", "metrics"),
    [
        # the list's verb is every item's, before the nouns or before the figures
        ("建成公租房900套、廉租房300套。", (900, 300), ("建成公租房", "建成廉租房")),
        ("新建12所幼儿园、6个养老院。", (12, 6), ("新建幼儿园", "新建养老院")),
        ("新建改造30公里供水管网和12公里燃气管网。", (30, 12), ("新建改造供水管网", "新建改造燃气管网")),
        ("引进重点项目18个、高层次人才260人。", (18, 260), ("引进重点项目", "引进高层次人才")),
    ],
)
def test_a_list_shares_its_flow_verb(text, values, metrics):
    found = [one(text, v) for v in values]
    assert tuple(f.metric for f in found) == metrics
    assert all(f.verified for f in found)


def test_the_verifier_reads_a_shared_flow_verb_in_the_sentence():
    text = "新建12所幼儿园、6个养老院。"
    assert metric_status(text, "新建养老院", "6个") is CheckStatus.DERIVED
    assert metric_status(text, "改造养老院", "6个") is CheckStatus.FAILED


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # 完成 before money or output is the light verb of a result (完成投资, 完成业务量)
        ("全年完成固定资产投资188亿元。", 188, "固定资产投资"),
        ("完成造林面积4万亩。", 4, "造林面积"),
        ("全年完成快递业务量9亿件。", 9, "快递业务量"),
        # a total to date is a stock (累计建成, 已完成); a 新- verb still says the things are new
        ("累计建成5G基站4200个。", 4200, "5G基站"),
        ("累计新增充电桩900个。", 900, "新增充电桩"),
        # a quoted designation names its holders by itself
        ("建成“美丽庭院”40家。", 40, "“美丽庭院”"),
        # the name says it already
        ("确保完成新增城镇就业6万人。", 6, "新增城镇就业"),
    ],
)
def test_no_flow_verb_where_the_figure_is_a_result_or_a_total(text, value, metric):
    assert one(text, value).metric == metric


# --- class 2: words of the clause at a name's edge ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a list's lead (主要有) names nothing
        ("投产的重点工程，主要有东湖电厂二期装机容量66万千瓦。", 66, "东湖电厂二期装机容量"),
        # the commitment before a light verb is no subject (力争|实现|营业收入)
        ("电子信息产业，确保实现营业收入600亿元。", 600, "电子信息产业营业收入"),
        ("食品加工产业，力争实现产值420亿元。", 420, "食品加工产业产值"),
        # the aspect particle inside a name goes
        ("全年有3100万名职工参加了基本养老保险。", 3100, "职工参加基本养老保险"),
        ("全省86%的行政村通了公交车。", 86, "行政村通公交车"),
        ("通过多种途径使52万名下岗职工实现了再就业。", 52, "下岗职工实现再就业"),
    ],
)
def test_clause_words_at_a_names_edge_go(text, value, metric):
    fact = one(text, value)
    assert fact.metric == metric
    assert fact.verified


def test_le_inside_a_word_stays():
    # 了解 is a word: its 了 is no particle
    assert one("开展了解民情活动120场。", 120).metric == "了解民情活动"


# --- class 3: no name starts inside a word ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # 在…里 is no locative when 里 opens a word (里程): the lead stops before it
        ("城际铁路全线开工，在建里程达186公里。", 186, "在建里程"),
        # a long name is not cut inside a word (城镇|新增就业, 棚户区|改造)
        ("全年各类保障性住房和棚户区改造住房开工320万套。", 320, "各类保障性住房和棚户区改造住房开工"),
        # a list's contrasted item shares the words before the contrast (集中|分散)
        ("建成农村供水巩固提升集中工程320处、分散工程4100处。", 4100, "建成农村供水巩固提升分散工程"),
    ],
)
def test_a_name_never_starts_inside_a_word(text, value, metric):
    fact = one(text, value)
    assert fact.metric == metric
    assert fact.verified


@pytest.mark.parametrize(
    "text",
    [
        "重点加强28个投资10亿元以上的重大产业项目建设。",  # a manner and a verb name nothing counted
        "继续引进1~2所高等院校。",
    ],
)
def test_a_manner_and_a_verb_name_no_figure(text):
    assert not any(f.metric in ("重点加强", "继续引进") for f in facts(text))


def test_a_manner_adverb_opens_no_name():
    assert one("大力引进高层次人才300人。", 300).metric == "引进高层次人才"


def test_a_list_shares_its_flow_verb_across_units():
    text = "新增养殖水体60万立方米、养殖面积45万平方米。"
    assert one(text, 45).metric == "新增养殖面积"
    assert one(text, 45).verified


def test_deng_inside_a_word_ends_no_noun():
    # 高等, 中等 are words: the counted noun goes on past their 等
    assert one("重点建设6所示范性高等职业学院。", 6).metric == "建设示范性高等职业学院"  # 重点: a manner
    assert one("新建4所中等职业学校。", 4).metric == "新建中等职业学校"



def test_a_figure_after_a_flow_count_takes_its_name_and_is_read():
    # 建成了|260个|烟尘控制区，面积…: the host's noun after its figure is read by the verifier
    fact = one("全省建成了260个烟尘控制区，面积达1200平方公里。", 1200)
    assert fact.metric == "建成烟尘控制区面积"
    assert fact.verified


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # the stage the counted things reached closes their clause; adverbs before it stay out
        ("全市9个体育场馆全部完工。", 9, "体育场馆完工"),
        ("全年14个重点项目顺利竣工。", 14, "重点项目竣工"),
        ("5座水厂已投用。", 5, "水厂投用"),
        # a noun of the work itself needs no stage (场地平整, not 场地平整完工)
        ("完成60亩场地平整完工。", 60, "场地平整"),
    ],
)
def test_a_count_keeps_the_stage_its_things_reached(text, value, metric):
    assert one(text, value).metric == metric


# --- a mean growth takes its subject (issue 8, metric fragments: a bare 年均增长) ---------------

REVIEW = "一、过去五年工作回顾\n\n"  # 预计 in a review estimates a result


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a forecast or commitment verb between the subject and its mean growth: the cut after
        # the verb left 年均增长 bare
        (REVIEW + "新城片区生产总值预计年均增长8.5%。", 8.5, "新城片区生产总值(年均增长)"),
        (REVIEW + "全县外贸进出口总额预计实现年均增长11%。", 11, "外贸进出口总额(年均增长)"),
        ("经济保持年均增长7%左右。", 7, "经济(年均增长)"),
        # the mean written out (平均每年) or with its span (五年年均): the level before names it
        ("2030年地区生产总值达到6400亿元，比2025年增长31%，平均每年增长5.6%。", 5.6, "地区生产总值(平均每年增长)"),
        ("2025年一般公共预算收入达到86亿元，五年年均增长9.2%。", 9.2, "一般公共预算收入(五年年均增长)"),
    ],
)
def test_mean_growth_takes_its_subject(text: str, value: float, metric: str) -> None:
    assert one(text, value, "%").metric == metric


def test_mean_growths_of_a_respective_pair_go_in_order() -> None:
    text = "城镇居民人均可支配收入和农村居民人均可支配收入分别达到51200元和26300元，五年年均分别增长7.4%和9.1%。"
    assert one(text, 7.4, "%").metric == "城镇居民人均可支配收入(五年年均增长)"
    assert one(text, 9.1, "%").metric == "农村居民人均可支配收入(五年年均增长)"


def test_changes_of_a_respective_list_go_in_order() -> None:
    text = "高新技术企业、专精特新企业、发明专利数量分别达820家、96家和3100件，比2020年增加410家、52家和1700件。"
    assert one(text, 410).metric == "高新技术企业(比2020年增加)"
    assert one(text, 52).metric == "专精特新企业(比2020年增加)"
    assert one(text, 1700).metric == "发明专利数量(比2020年增加)"


def test_whole_names_listed_without_respectively_go_to_their_figures_in_order() -> None:
    text = "城镇居民人均可支配收入、农村居民人均可支配收入达到48200元、23100元，年均分别增长6.4%和8.1%。"
    assert one(text, 48200).metric == "城镇居民人均可支配收入"
    assert one(text, 23100).metric == "农村居民人均可支配收入"
    assert one(text, 8.1, "%").metric == "农村居民人均可支配收入(年均增长)"
    later = "2025年，城镇居民人均可支配收入、农村居民人均可支配收入增长5.1%和6.9%，达到48200元、23100元。"
    assert one(later, 6.9, "%").metric == "农村居民人均可支配收入增长"
    assert one(later, 48200).metric == "城镇居民人均可支配收入"
    assert one(later, 23100).metric == "农村居民人均可支配收入"
    # one total of two things joined by 和 stays one name
    assert one("生产和生活用水总量达到12.5亿立方米。", 12.5).metric == "生产和生活用水总量"


def test_a_round_mark_passed_right_before_the_figure_is_no_fact_of_its_own() -> None:
    text = "2025年，城际铁路总里程突破1500公里、达1620公里；全市地区生产总值突破千亿元，达到1046亿元，增长6%。"
    values = {f.value: f for f in facts(text)}
    assert 1500 not in values and 1000 not in values
    assert (values[1620].metric, values[1046].growth_pct) == ("城际铁路总里程", 6.0)
    # a mark passed with no figure after it is the fact the sentence gives
    assert one("2025年，全市地区生产总值突破千亿元。", 1000).metric == "地区生产总值"


def test_a_mark_in_a_bare_magnitude_passed_before_the_figure_is_no_fact_either() -> None:
    values = {f.value: f for f in facts("全县生产总值迈上500亿台阶，达到512.3亿元，增长6%。")}
    assert 500 not in values and values[512.3].metric == "生产总值"


def test_a_figure_a_bare_verb_reaches_after_marks_passed_is_named_by_their_subject() -> None:
    text = "五年来，全县生产总值接连迈上两个百亿元台阶，达到312.5亿元，年均增长7.6%。"
    assert one(text, 312.5).metric == "生产总值"
    assert one(text, 7.6, "%").metric == "生产总值(年均增长)"
    dated = "全县生产总值连跨两个百亿元级台阶，2025年达到312.5亿元。"
    assert one(dated, 312.5).metric == "生产总值"
    # a clause of its own words keeps them
    assert one("全县生产总值迈上新台阶，财政收入达到31.2亿元。", 31.2).metric == "财政收入"


def test_mean_growth_skips_a_host_named_only_by_its_comparison() -> None:
    # the nominal rate before has no subject the engine reads (its clause opens with the year):
    # the mean growth keeps its own words rather than take 比2020年 as a name
    fact = facts("服务业增加值，2025年比2020年增长46%，平均每年增长7.9%。")
    names = {f.metric for f in fact if f.value == 7.9}
    assert all(not name.startswith("比") for name in names), names


# --- a share of a plan or quota fulfilled is named after its host (issue 8: 年度, 任务的) ----------


@pytest.mark.parametrize(
    ("text", "value", "unit", "metric"),
    [
        # 任务 is the quota the year's plan set: the share was cut down to 年度 or 任务的
        ("全年引进到位资金96亿元，完成年度任务的108%。", 108, "%", "引进到位资金(完成年度任务的)"),
        ("新开工棚户区改造安置房3200套，完成省下达任务的124%。", 124, "%", "新开工棚户区改造安置房(完成省下达任务的)"),
        ("改造农村危房1.6万户，超过国家下达任务的1倍。", 1, "倍", "改造农村危房(超过国家下达任务的)"),
        # over-fulfilment: how far beyond the plan the host went, a result and no target
        ("完成人工造林面积28万亩，超额完成任务12%。", 12, "%", "人工造林面积(超额完成任务)"),
        ("城镇新增就业3.1万人，超计划任务6.5%。", 6.5, "%", "城镇新增就业(超计划任务)"),
        ("规模以上工业增加值增长9%，增加值达到210亿元，超目标任务1.5个百分点。", 1.5, "个百分点", "规模以上工业增加值(超目标任务)"),
    ],
)
def test_plan_share_is_named_after_its_host(text: str, value: float, unit: str, metric: str) -> None:
    fact = one(text, value, unit)
    assert fact.metric == metric
    assert type(fact).__name__ == "Achievement"


def test_beyond_the_plan_is_no_cut() -> None:
    # 超计划: the cut after 计划 left 超 glued to the name
    assert one("农村户用卫生厕所改造超计划1.3万户。", 1.3, "万户").metric == "农村户用卫生厕所改造超计划"


# --- A、B和C分别…a、b和c: three items, the last two joined by 和 (issue 8: wrong list member) ------


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # the measure closing the last item is every item's
        ("粮食、油料和蔬菜播种面积分别达到320万亩、46万亩和58万亩。", ["粮食播种面积", "油料播种面积", "蔬菜播种面积"]),
        ("种植业、渔业和林果业比重分别达41.2%、12.6%和8.8%。", ["种植业比重", "渔业比重", "林果业比重"]),
        # names of one length before a one-character measure: the rest is the head
        ("小学、初中和高中巩固率分别达到99.8%、98.1%和93.5%。", ["小学巩固率", "初中巩固率", "高中巩固率"]),
        # every item with a measure of its own: whole names
        ("工业投资、民间投资和技改投资分别增长12%、9%和16%。", ["工业投资增长", "民间投资增长", "技改投资增长"]),
        # short names without a measure: each its own
        ("投向工业、农业和社会事业分别为21.5亿元、8.4亿元和12.2亿元。", ["投向工业", "农业", "社会事业"]),
    ],
)
def test_three_item_list_joined_by_he(text: str, metrics: list[str]) -> None:
    got = [f.metric for f in facts(text)]
    assert got == metrics
    assert all(f.verified for f in facts(text))


def test_three_item_list_with_measures_of_their_own_is_not_split_by_guess() -> None:
    # the middle item has a measure of its own and the first none: no item takes a wrong head
    got = {f.metric for f in facts("秸秆、畜禽粪便综合利用率和尾菜处理率分别达到88%、80%和65%。")}
    assert "秸秆处理率" not in got and not any("和尾菜" in m and not m.startswith("秸秆、") for m in got), got


# --- 就业 keeps the verb that says people found work (issue 8: a flow verb dropped) -------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("发放创业担保贷款1.8亿元，带动2300人就业。", 2300, "带动就业"),
        ("扶持返乡创业，吸纳6100人就业。", 6100, "吸纳就业"),
        ("开发公益性岗位，实现就业2.6万人。", 2.6, "实现就业"),
        # no such verb: the name stays as written
        ("确保零就业家庭至少1人就业。", 1, "就业"),
    ],
)
def test_job_count_keeps_its_verb(text: str, value: float, metric: str) -> None:
    assert one(text, value).metric == metric


def test_results_keep_the_modifier_that_picks_them() -> None:
    # 成果 alone is every result: the 的-phrase says which were counted (was the bare head)
    assert one("全年获省级科技奖励的成果126项。", 126).metric == "获省级科技奖励的成果"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a bare 万 before people: the people are what is counted (was 剩余 / 还有 alone)
        ("全县剩余2.3万贫困人口全部脱贫。", 2.3, "剩余贫困人口"),
        ("全省还有86万贫困人口。", 86, "贫困人口"),
        # the words after the people name the figure: no change (…的饮水安全问题)
        ("解决了6万农村人口的饮水安全问题。", 6, "饮水安全问题"),
    ],
)
def test_bare_wan_before_people_counts_them(text: str, value: float, metric: str) -> None:
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a verb whose object is the people: the people and what they did name the figure (was 资助, 又有)
        ("全年资助520万困难群众参加医疗保险。", 520, "资助困难群众参加医疗保险"),
        ("去年又有35万农村人口脱贫。", 35, "农村人口脱贫"),
        ("年末有760万职工参加了失业保险。", 760, "职工参加失业保险"),
        # 人均 opens the next figure's words: the people alone are counted (was 农村人口人)
        ("带动4万农村人口人均增收800元。", 4, "带动农村人口"),
    ],
)
def test_people_after_a_verb_alone_name_the_count(text: str, value: float, metric: str) -> None:
    fact = one(text, value)
    assert fact.metric == metric
    assert fact.verified


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # words that hold a stop character inside them: 公共, 建设项目, 年均, 共享 (were 村级公, 省级重点, 登记失业率年)
        ("新建36个社区公共服务站。", 36, "新建社区公共服务站"),
        ("85个省级重点建设项目完成投资210亿元。", 85, "省级重点建设项目"),
        ("城镇登记失业率年均控制在4%以内。", 4, "城镇登记失业率年均"),
        ("建成9个数据共享平台。", 9, "建成数据共享平台"),
        # a leading 建 of a company's name is no verb (was 泰集团营业收入)
        ("建泰集团完成营业收入42亿元。", 42, "建泰集团营业收入"),
        # …的基础上 frames the next clause: the counted noun stands before it (was 基础上)
        ("在完成18项改革任务的基础上，再推出一批举措。", 18, "完成改革任务"),
    ],
)
def test_a_name_is_never_cut_inside_a_word(text: str, value: float, metric: str) -> None:
    fact = one(text, value)
    assert fact.metric == metric
    assert fact.verified


def test_a_long_counted_noun_is_not_cut_inside_a_word() -> None:
    # past the noun's 24-character window: it runs on to its stop, or ends at its last joint
    text = "有3100万职工和离退休人员参加了大病医疗费用社会统筹和离退休人员医疗费用统筹试点工作。"
    metric = one(text, 3100).metric
    assert metric.endswith("统筹"), metric


def test_a_figure_opening_the_text_ends_no_range() -> None:
    # nothing stands before it, so no 至 / 到 either (the empty text before it was read as one)
    fact = one("46个市级重点项目开工建设。", 46)
    assert "区间" not in fact.metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("全年高速公路通车里程新增100公里、累计1207公里。", 1207, "高速公路通车里程(累计)"),
        ("全年农村公路新改建500公里，累计达到2.1万公里。", 2.1, "农村公路(累计)"),
    ],
)
def test_naming_a_running_total_after_a_flow_drops_the_flow_verb(text, value, metric):
    # what was new this year (新增) is not what the running total counts
    fact = one(text, value)
    assert (fact.metric, fact.verified) == (metric, True)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("全年居民消费价格涨幅、城镇调查失业率分别控制在3%和5%以内。", 3, "以内"),
        ("全年三项指标分别增长6%、7%和8%左右。", 6, "左右"),
        ("全年粮食产量达到30万吨，蔬菜产量达到50万吨以上。", 30, None),  # no 分别 list: its own bound only
    ],
)
def test_qualifier_a_bound_written_once_after_a_respectively_list_holds_for_each(text, value, qualifier):
    fact = one(text, value)
    assert (fact.qualifier, fact.verified) == (qualifier, True)
    if qualifier:
        assert fact.evidence.quote.endswith(qualifier)  # the quote holds the words it reads


# --- rates of a list, in order -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a list of rates after a 分别 list of figures, the rates' clause saying no 分别 of its own
        ("2025年城镇居民人均可支配收入和农村居民人均可支配收入分别达到52100元和26300元，年均增长6.2%和7.4%。",
         {6.2: "城镇居民人均可支配收入(年均增长)", 7.4: "农村居民人均可支配收入(年均增长)"}),
        # a list of rates against a base year
        ("2025年城镇居民人均可支配收入、农村居民人均可支配收入分别达52100元和26300元，比2020年增长31%和42.5%。",
         {31: "城镇居民人均可支配收入(比2020年增长)", 42.5: "农村居民人均可支配收入(比2020年增长)"}),
        # whole indicator names in a list share no head
        ("五年来，固定资产投资、社会消费品零售总额分别达到3031.8亿元、1917.3亿元，年均增长9.3%和8.1%。",
         {3031.8: "固定资产投资", 9.3: "固定资产投资(年均增长)", 8.1: "社会消费品零售总额(年均增长)"}),
        # the mean before 分别 qualifies the rates, it is no part of the last name
        ("五年来，全市规模以上工业利润、利税年均分别增长12.5%和10.1%。",
         {12.5: "规模以上工业利润年均增长", 10.1: "规模以上工业利税年均增长"}),
        # a bare head word is a modifier of the shared name
        ("进口和出口整体通关时间分别压缩64.2%和71.5%。", {64.2: "进口整体通关时间压缩", 71.5: "出口整体通关时间压缩"}),
    ],
)
def test_rates_of_a_list_go_to_its_items_in_order(text, names):
    for value, name in names.items():
        assert one(text, value).metric == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # as many figures joined after a list of names as it has items: in order, though no 分别
        ("全县广播、电视人口综合覆盖率达到97%和99%。", {97: "广播人口综合覆盖率", 99: "电视人口综合覆盖率"}),
        ("力争汽车物流和冷链物流交易额突破120亿元和80亿元。", {120: "汽车物流交易额", 80: "冷链物流交易额"}),
        ("城镇登记失业率和调查失业率控制在3.5%以内和5.5%左右。", {3.5: "城镇登记失业率", 5.5: "调查失业率"}),
        # an amount after a list of rates takes the item's name without the growth verb
        ("城镇居民人均可支配收入、农民人均纯收入增长8.3%和9.8%，分别达到32100元和15200元。",
         {15200: "农民人均纯收入", 9.8: "农民人均纯收入增长"}),
        # 等 inside a word (高等教育) closes no list
        ("高中阶段教育和高等教育毛入学率分别达到92%和56%。", {92: "高中阶段教育毛入学率", 56: "高等教育毛入学率"}),
    ],
)
def test_names_of_a_list_go_to_as_many_figures_after_it_in_order(text, names):
    for value, name in names.items():
        assert one(text, value).metric == name


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # one figure: the list is one name
        ("生产和生活用水总量达到8.6亿立方米。", 8.6, "生产和生活用水总量"),
        # no 分别, and nothing to tell which words the items share: the list stays whole
        ("实际利用外资和外商直接投资增长14.2%和11.5%。", 14.2, "实际利用外资和外商直接投资增长"),
    ],
)
def test_a_list_of_names_without_a_clear_shared_head_stays_whole(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # the words before the 、 named the figure before; a phase or a verb after it is this one's
        ("设立20亿元科技创新基金、首期8亿元人才发展基金。", 8, "首期人才发展基金"),
        ("建成25公里污水管网、新建12公里雨水管网。", 12, "新建雨水管网"),
        # the words after a 、 that are no phase or verb stay as they were
        ("建成5个口袋公园、小游园和12个街头绿地。", 12, "建成街头绿地"),
    ],
)
def test_a_phase_or_verb_after_the_name_of_the_figure_before_qualifies_the_next_noun(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # an amount between a 的-modifier and a short noun is that noun's; the bracket's 不含 no name
        ("全年发行地方债1200亿元（不含省财政代市县发行的300亿元再融资债券）。", 300, "省财政代市县发行的再融资债券"),
        # the start of a pair keeps its own name
        ("企业开办时间由原来的5天压缩至1天。", 1, "企业开办时间"),
    ],
)
def test_an_amount_after_a_modifier_with_de_is_named_by_the_noun_after_it(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # 再 opening a word (再生水, 再就业, 再融资) is no adverb to drop
        ("全市再生水利用率达到58%。", 58, "再生水利用率"),
        ("下达再就业补助资金12亿元。", 12, "再就业补助资金"),
        # 再 the adverb still goes
        ("再建乡镇卫生院3所。", 3, "再建乡镇卫生院"),
    ],
)
def test_re_opening_a_word_stays_in_the_name(text, value, metric):
    assert one(text, value).metric == metric


def test_newly_set_up_enterprises_keep_who_set_them_up():
    text = "全年外商直接投资新设立企业21000家，增长9.5%。其中东盟国家对华直接投资新设立企业1200家，增长12.1%。"
    assert one(text, 21000).metric == "外商直接投资新设立企业"
    assert one(text, 1200).metric == "东盟国家对华直接投资新设立企业"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a share of money put to a use is named by both
        ("全县一般公共预算支出的78%以上用于保障和改善民生。", 78, "一般公共预算支出用于保障和改善民生"),
        ("坚持把新增财力70%以上用于民生。", 70, "新增财力用于民生"),
        ("在技术改造投资中，还有28%用于新建厂房和生产线。", 28, "技术改造投资中用于新建厂房和生产线"),
    ],
)
def test_a_share_of_money_put_to_a_use_is_named_by_the_use(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a typeset space before the figure leaves the verb before it a verb
        ("全县粮食总产量稳定在 38亿斤以上。", 38, "粮食总产量"),
        ("城镇登记失业率控制在 3.5%以内。", 3.5, "城镇登记失业率"),
        # verbs joined by 和 before the figure stay in the name together
        ("全年城中村改造安置房开工建设和筹集16万套。", 16, "城中村改造安置房开工建设和筹集"),
    ],
)
def test_verbs_before_a_spaced_or_joined_figure(text, value, metric):
    assert one(text, value).metric == metric


def test_a_conjunction_after_a_figure_opens_the_next_item_not_its_noun():
    text = "新建城市书房15座和一批社区图书室。"
    assert one(text, 15).metric == "新建城市书房"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a bare stage after a count of projects: the stage those projects reached
        ("全年在建亿元以上项目310个，竣工96个。", 96, "竣工亿元以上项目"),
        ("实施省市重点项目120个，开工85个、竣工40个。", 40, "竣工省市重点项目"),
        # a count named after itself before it is no item to share
        ("共检查企业387家，在建18家。", 18, "在建"),
    ],
)
def test_a_bare_stage_takes_the_object_of_the_count_before(text, value, metric):
    assert one(text, value).metric == metric


def test_the_amount_invested_after_a_count_of_projects_is_the_projects():
    text = "全县共实施重点建设项目86个，完成投资额52.3亿元；引进项目40个，合同投资额118亿元。"
    assert one(text, 52.3).metric == "实施重点建设项目投资额"
    assert one(text, 118).metric == "引进项目合同投资额"
    # after a ；, a whole-economy head opens an item of its own
    apart = "全年新批外商投资项目1200个，增长8%；合同投资额62亿美元，增长12%。"
    assert one(apart, 62).metric == "合同投资额"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a list of rates is no run-on clause, whatever verbs its names hold
        ("贫困人口医保参保率、大病救治率、慢性病签约和服务率均达到100%。", 100, "贫困人口医保参保率、大病救治率、慢性病签约和服务率"),
        ("“三个一批”签约开工率、开工投产率分别达到97.1%和88.6%。", 97.1, "“三个一批”签约开工率"),
    ],
)
def test_a_list_of_rates_keeps_its_names_whole(text, value, metric):
    assert one(text, value).metric == metric


def test_the_terms_of_a_ratio_of_the_three_sectors_are_named_by_their_sector():
    text = "全县三次产业结构由2020年的12.1∶40.5∶47.4调整为10.2∶38.6∶51.2。"
    assert one(text, 40.5).metric == "三次产业结构(第二产业)"
    assert one(text, 51.2).metric == "三次产业结构(第三产业)"
    # a ratio of other things keeps its name
    assert one("轻重工业比例调整为45∶55。", 55).metric == "轻重工业比例"


def test_a_mark_passed_is_a_lower_bound():
    found = {f.value: f.qualifier for f in facts("全市地区生产总值突破1200亿元，旅游收入突破了150亿元，税收收入86亿元。")}
    assert found == {1200: "突破", 150: "突破", 86: None}


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("全年开竣工亿元以上项目各120个以上。", 120, "开竣工亿元以上项目"),
        ("全县农业总产值约为38.6亿元。", 38.6, "农业总产值"),
        # 签约, 节约 end in 约 and are verbs of the name
        ("全年招商签约860亿元。", 860, "招商签约"),
    ],
)
def test_each_and_about_before_the_figure_are_no_part_of_the_name(text, value, metric):
    assert one(text, value).metric == metric


def test_a_ranking_all_the_figures_before_share_goes_to_each():
    text = "完成金融业增加值520亿元、占全市GDP比重9.6%，实现税收收入88亿元，均居全省首位；金融机构存款余额8000亿元。"
    found = {f.value: f.rank for f in facts(text) if f.verified}
    assert found == {520: "居全省首位", 9.6: "居全省首位", 88: "居全省首位", 8000: None}


def test_two_counts_of_items_in_a_row_name_the_first_after_the_noun():
    text = "抓好12件36项为民办实事项目。"
    assert one(text, 12).metric == "为民办实事项目(件)"
    assert one(text, 36).metric == "为民办实事项目"


def test_a_bare_input_after_de_keeps_what_it_was_for():
    text = "全年各级财政用于改善民生的投入达52.3亿元，比上年增加6.1亿元。"
    assert one(text, 52.3).metric == "各级财政用于改善民生的投入"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a share of what meets a condition keeps the condition
        ("近岸海域320个监测点中，达到一类海水水质标准的监测点占61.2%。", 61.2, "一类海水水质标准的监测点"),
        # only, just before the figure, is no part of the name
        ("全年工业企业毛利率仅6.2%。", 6.2, "工业企业毛利率"),
    ],
)
def test_shares_keep_their_condition_and_only_is_dropped(text, value, metric):
    assert one(text, value).metric == metric


def test_a_commitment_between_a_name_and_its_growth_word_keeps_the_word():
    text = "今年主要预期目标：地区生产总值确保增长6%、力争增长7%，一般公共预算收入力争增长5%以上。"
    names = {f.value: f.metric for f in facts(text) if f.verified}
    assert names == {6: "地区生产总值增长", 7: "地区生产总值增长", 5: "一般公共预算收入增长"}


def test_a_share_named_before_its_figure_keeps_that_name_before_a_de():
    text = "形成商品房占50%、保障性住房占30%、租赁住房占20%的住房供应结构。"
    assert one(text, 20).metric == "租赁住房"


def test_an_item_naming_its_own_level_and_the_same_noun_takes_the_prefix_before():
    text = "培育专精特新国家级企业12户、省级企业260户；市级以上龙头企业达到300家。"
    assert one(text, 260).metric == "培育专精特新省级企业"
    stock = "新增市级龙头企业40家，市级以上龙头企业达到420家。"
    assert one(stock, 420).metric == "市级以上龙头企业"


def test_a_pool_whose_members_the_next_clause_counts_is_no_figure():
    text = "省对市考核的40项绩效评价指标中，预计31项进入全省前十。全年地区生产总值增长5%。"
    assert 40 not in {f.value for f in facts(text)}


def test_a_bracket_the_name_opens_around_its_figure_is_no_part_of_the_name():
    text = "建成投产的项目有：甲乙水电站（装机容量30万千瓦），丙丁铁路（电气化新线120公里）。"
    assert one(text, 30).metric == "甲乙水电站装机容量"
    closed = "A股再融资（包括配股、定向增发）5200亿元。"
    assert one(closed, 5200).metric == "A股再融资（包括配股、定向增发）"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a goal or task word after 的 names no figure: the words before do
        ("确保城镇登记失业率控制在4.5%以内的目标。", 4.5, "城镇登记失业率"),
        # 还 (still) right before the figure is no part of the name
        ("全省在建电力装机还有286万千瓦。", 286, "在建电力装机"),
    ],
)
def test_goal_words_after_and_still_before_the_figure_name_nothing(text, value, metric):
    assert one(text, value).metric == metric


def test_a_list_s_reduction_verb_after_respectively_stays_in_each_name():
    text = "政府投资类、企业投资类项目审批时限分别压缩52%、61%。"
    assert one(text, 61).metric == "企业投资类项目审批时限压缩"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a mark word after the figure (大关, 关口) is no noun of it
        ("全市移动电话用户突破500万户大关。", 500, "移动电话用户"),
        # 先后 before the figure is no part of the name
        ("全县生产总值先后突破100亿元和200亿元。", 200, "生产总值"),
        # a count of steps in digits: the figure after them is still the subject's
        ("这五年，全省地区生产总值跨越3个千亿元台阶，达到1.2万亿元。", 1.2, "地区生产总值"),
    ],
)
def test_marks_passed_name_nothing(text, value, metric):
    assert one(text, value).metric == metric


def test_legislative_verbs_in_a_list_share_the_object_of_the_item_before():
    text = "全年提请审议地方性法规草案6件，制定政府规章4件、修改3件、废止2件。"
    names = {f.value: f.metric for f in facts(text) if f.verified}
    assert names[3] == "修改政府规章" and names[2] == "废止政府规章"


def test_a_fall_s_anaphor_is_named_after_the_figure_before():
    text = "烟叶产量为120万吨，比上年减少30万吨，减幅达20%。"
    assert one(text, 20).metric == "烟叶产量减幅"


def test_a_count_given_for_each_county_says_so():
    assert one("每个县（市、区）打造8个示范村。", 8).metric == "打造示范村(每个县（市、区）)"
    # the words already in the name are not said twice
    assert one("每县市新增规模以上工业企业5家以上。", 5).metric == "每县市新增规模以上工业企业"
