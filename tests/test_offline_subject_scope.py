"""Issue 8, judged class "metric subject/scope dropped": a bare measure (利润, 产量, 增加值 …) whose
subject or scope the sentence gives earlier — in the item before a semicolon, in the topic of
the clause right before, or in a topic that says what the sector focuses on.

Every sentence is written from scratch in the style of statistical communiqués and government
work reports; none is taken from the shared corpus.
"""

from __future__ import annotations

import pytest
from offline_helpers import metric_status, one

from summarizer.models import CheckStatus

# --- the subject of the item before a semicolon ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a communiqué's item after ；: the growth of the item before stands between
        ("全年规模以上纺织企业实现营业收入820亿元，比上年增长6.2%；实现利润41亿元，下降3.5%。", 41, "规模以上纺织企业利润"),
        ("全年规模以上工业增加值3260亿元，增长7.4%；实现利润215亿元，增长9.1%。", 215, "规模以上工业利润"),
        (
            "全省500家重点商贸企业商品销售收入净额1290亿元，比上年增长2%；全年实现利润总额18亿元，下降12%。",
            18,
            "重点商贸企业利润总额",
        ),
    ],
)
def test_item_after_a_semicolon_takes_the_subject_before(text, value, metric):
    assert one(text, value).metric == metric


def test_rate_after_a_semicolon_and_its_change_keep_the_subject():
    text = "全省500家重点商贸企业商品销售收入净额1290亿元，比上年增长2%；毛利率为9.6%，下降0.4个百分点。"
    assert one(text, 9.6).metric == "重点商贸企业毛利率"
    assert one(text, 0.4).metric == "重点商贸企业毛利率(下降)"


def test_an_indicator_of_its_own_after_a_semicolon_takes_no_subject():
    # a list of targets: 居民 is the subject of a price index, not of the trade total
    text = "居民消费价格涨幅控制在3%左右；进出口总额增长8%左右。"
    assert one(text, 8).metric == "进出口总额增长"


def test_verifier_reads_the_subject_across_the_semicolon():
    text = "全年规模以上纺织企业实现营业收入820亿元，比上年增长6.2%；实现利润41亿元，下降3.5%。"
    assert metric_status(text, "规模以上纺织企业利润", "41亿元") is not CheckStatus.FAILED
    assert metric_status(text, "规模以上化工企业利润", "41亿元") is CheckStatus.FAILED


# --- the topic of the clause right before, and a topic's focus -------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a harvest: the crop's production is the topic, the crop names the output
        ("面对夏季持续高温，通过抓好抗旱保苗，粮食生产再获丰收，产量达到86.4亿斤。", 86.4, "粮食产量"),
        ("粮食生产喜获丰收，总产量达到312万吨。", 312, "粮食总产量"),
        # what a sector focuses on opens its topic clause (重点发展…)
        ("电子信息产业重点发展集成电路和新型显示，推进一批重大项目建设，力争实现产值860亿元。", 860, "电子信息产业产值"),
        # a share of a bare value added: the topic's
        ("民营经济快速发展，增加值占地区生产总值比重达到61.5%。", 61.5, "民营经济增加值(占地区生产总值比重)"),
        ("民营经济较快发展，增加值占地区生产总值比重达到61.5%。", 61.5, "民营经济增加值(占地区生产总值比重)"),
    ],
)
def test_bare_measure_takes_the_topic_before_it(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # the clause before names no sector, body or crop: the head stays bare
        ("加快建设一批重大项目，重点实施一批技改项目，力争产值达到60亿元。", 60, "产值"),
        ("面对持续高温，抓好抗旱保苗，产量达到41.3亿斤。", 41.3, "产量"),
        ("全年增加值占地区生产总值比重达到61.5%。", 61.5, "增加值(占地区生产总值比重)"),
    ],
)
def test_bare_measure_without_a_topic_before_it_stays(text, value, metric):
    assert one(text, value).metric == metric


def test_verifier_reads_the_topic_before_and_rejects_another():
    text = "面对夏季持续高温，通过抓好抗旱保苗，粮食生产再获丰收，产量达到86.4亿斤。"
    assert metric_status(text, "粮食产量", "86.4亿斤") is not CheckStatus.FAILED
    assert metric_status(text, "棉花产量", "86.4亿斤") is CheckStatus.FAILED


# --- the body before a light verb names whose measure it is ----------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("全年沿海规模以上港口完成货物吞吐量96.2亿吨，比上年增长3.8%。", 96.2, "沿海规模以上港口货物吞吐量"),
        ("全年规模以上文化企业实现营业利润1320亿元，比上年增长8.4%。", 1320, "规模以上文化企业营业利润"),
        ("全年全社会完成固定资产投资2860亿元，比上年增长6.5%。", 2860, "全社会固定资产投资"),
        ("预计六大产业完成规模工业总产值1350亿元，增长9%。", 1350, "六大产业规模工业总产值"),
    ],
)
def test_body_before_a_light_verb_names_the_measure(text, value, metric):
    from offline_helpers import pick, report_facts

    assert pick(report_facts(text), value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a time, a commitment, an adverb or a clause of doing before the verb is no body
        ("五年累计完成全社会固定资产投资3364亿元。", 3364, "全社会固定资产投资"),
        ("全力确保完成基础设施投资860亿元。", 860, "基础设施投资"),
        ("年内完成重点项目投资420亿元。", 420, "重点项目投资"),
        # a list of measures after the verb is the list rules' (each measure its own fact)
        ("民营经济实现增加值、上缴税金分别占全市生产总值、税收收入的68%和72%。", 72, "上缴税金(占全市生产总值、税收收入)"),
    ],
)
def test_no_body_before_a_light_verb_adds_nothing(text, value, metric):
    assert one(text, value).metric == metric


def test_reporting_place_before_a_light_verb_stays_out_of_the_name():
    text = "今年1-6月份，江北经开区实现工业总产值126.5亿元，同比增长18%。"
    assert one(text, 126.5).metric == "工业总产值"


# --- counts of one subject in a 分别 list; a share's modifier ---------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("生产安全事故起数和死亡人数分别下降12.4%、8.6%。", 8.6, "生产安全事故死亡人数下降"),
        ("道路交通事故起数、死亡人数、受伤人数分别下降6.1%、7.3%和5.2%。", 5.2, "道路交通事故受伤人数下降"),
        ("生产安全事故起数和死亡人数分别下降12.4%、8.6%。", 12.4, "生产安全事故起数下降"),
        # items that name measures of their own keep them
        ("全年接待游客人次和旅游收入分别增长12%和15%。", 15, "旅游收入增长"),
    ],
)
def test_counts_of_one_subject_share_it(text, value, metric):
    assert one(text, value).metric == metric


def test_a_share_keeps_the_words_that_pick_out_its_part():
    text = "城乡居民医保政策范围内的住院费用报销比例达到72%。"
    assert one(text, 72).metric == "城乡居民医保政策范围内的住院费用报销比例"


# --- a ranking of the total after an addition ------------------------------------------------


def test_ranking_of_the_total_after_an_addition_names_the_things_counted():
    from offline_helpers import report_facts

    text = "新增国家级高新技术企业320家，总数居全省第2位。"
    assert one(text, 320).metric == "新增国家级高新技术企业"
    assert one(text, 320).rank is None  # the ranking is the total's, not the addition's
    ranked = [f for f in report_facts(text) if f.verified and f.value != 320]
    assert [f.metric for f in ranked] == ["国家级高新技术企业总数(全省排名)"]


def test_ranking_of_the_scale_of_a_stock_is_the_stocks():
    text = "高标准农田面积达到860万亩，规模居全省第一。"
    fact = one(text, 860)
    assert fact.metric == "高标准农田面积"
    assert fact.rank == "规模居全省第一"



def test_operating_profit_and_taxes_after_a_semicolon_take_the_subject():
    text = "全国三级以上建筑业企业实现利润总额96亿元，增长3.1%；税金总额215亿元，增长6.4%。"
    assert one(text, 215).metric == "三级以上建筑业企业税金总额"
    text = "全年文化服务业营业收入5120亿元，比上年增长9.3%；实现营业利润612亿元，增长4.8%。"
    assert one(text, 612).metric == "文化服务业营业利润"


def test_an_economy_indicator_after_a_semicolon_takes_no_subject():
    text = "全区规上工业总产值完成86.4亿元，同比增长5.1%；进出口总额9.6亿元，增长12.3%。"
    assert one(text, 9.6).metric == "进出口总额"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a measure's threshold between the count and its noun says which ones are counted
        ("二、2012年工作安排\n\n新增3家销售收入过10亿元的龙头企业。", 3, "新增销售收入过10亿元的龙头企业"),
        ("二、2012年工作安排\n\n培育2个投资额在5000万元以上的项目。", 2, "培育投资额在5000万元以上的项目"),
    ],
)
def test_a_size_class_between_a_count_and_its_noun_stays_in_the_name(text, value, metric):
    found = one("某市2012年政府工作报告\n\n" + text, value)
    assert found.metric == metric
    assert type(found).__name__ == "Target"


def test_items_take_the_measure_the_sentence_opening_names():
    text = (
        "某年国民经济统计公报\n\n主要消费品社会零售量大都比上年增加，粮食增长5.4%，食用植物油增长17.4%，"
        "电视机增长12.3%。"
    )
    assert one(text, 17.4).metric == "食用植物油社会零售量增长"
    assert one(text, 12.3).metric == "电视机社会零售量增长"
    # an item naming its own measure keeps it; a sentence opening on no measure adds none
    text = "某年国民经济统计公报\n\n主要商品收购量大都比上年增加，粮食收购量7208.5万吨，水产品增长16.2%。"
    assert one(text, 7208.5).metric == "粮食收购量"
    assert one(text, 16.2).metric == "水产品收购量增长"
    assert one("某年国民经济统计公报\n\n全年商品销售稳定，电视机增长12.3%。", 12.3).metric == "电视机增长"


def test_a_de_phrase_saying_which_members_are_counted_stays_in_the_name():
    text = "某年统计公报\n\n年末参加城镇医疗保险的农民工4249万人，增加1118万人。"
    assert one(text, 4249).metric == "参加城镇医疗保险的农民工"
    assert one(text, 1118).metric == "参加城镇医疗保险的农民工(增加)"
    assert one("某年统计公报\n\n全年享受城市最低生活保障的居民2334万人。", 2334).metric == "享受城市最低生活保障的居民"
    # a 的-phrase of place or doing (全市实现的) is no restriction of the head
    assert one("某年统计公报\n\n全市实现的地区生产总值5000亿元。", 5000).metric == "地区生产总值"


def test_a_building_verb_with_new_is_shared_by_the_items_of_its_list():
    text = "某市2021年政府工作报告\n\n二、2021年工作安排\n\n新改扩建公办幼儿园28所、中小学20所。"
    assert one(text, 20).metric == "新改扩建中小学"
    text = "某市2021年政府工作报告\n\n一、2020年工作回顾\n\n新改建农村公路872公里、桥梁474座。"
    assert one(text, 474).metric == "新改建桥梁"


def test_a_share_change_with_no_subject_is_of_the_figure_before_it():
    text = "某市2011年政府工作报告\n\n一、2010年工作回顾\n\n民间投资增长30.6%，占全部投资的比重提高5个百分点。"
    assert one(text, 5).metric == "民间投资占全部投资的比重(提高)"


def test_a_value_after_a_product_s_quantity_is_the_product_s():
    text = "某市2025年政府工作报告\n\n一、2024年工作回顾\n\n桦树汁采收量达到3.3万吨，产值增长60%以上。"
    assert one(text, 60).metric == "桦树汁产值增长"


def test_exports_and_imports_of_a_trade_total_name_its_goods_or_partners():
    text = (
        "2024年统计公报\n\n全年货物进出口总额438468亿元，比上年增长5.0%。其中，出口254545亿元，增长7.1%；"
        "进口183923亿元，增长2.3%。"
    )
    assert one(text, 254545).metric == "货物出口"
    assert one(text, 183923).metric == "货物进口"
    assert one(text, 183923).verified  # the verifier reads 货物 in the sentence before 其中
    # a total naming none keeps the bare flow; a total further up the paragraph names nothing
    assert one("2024年统计公报\n\n全年进出口总额4000亿元。其中，出口2500亿元。", 2500).metric == "出口"
    text = "某市2014年工作报告\n\n一、2013年工作回顾\n\n外贸进出口总额8.03亿美元。茶叶产量3.1万吨，出口1.02亿美元。"
    assert one(text, 1.02).metric == "出口"


def test_a_category_after_taxes_paid_takes_the_taxes():
    text = "2008年统计公报\n\n全国建筑业企业上缴税金2058亿元，增长20.0%，其中国有及国有控股企业771亿元，增长24.7%。"
    assert one(text, 771).metric == "国有及国有控股企业税金"


def test_new_won_and_new_created_are_shared_by_the_later_items_of_their_list():
    text = "某市2022年政府工作报告\n\n一、2021年工作回顾\n\n新创建国家绿色小水电示范电站9个、省级绿色工厂15家。"
    assert one(text, 15).metric == "新创建省级绿色工厂"
    text = "某市2018年政府工作报告\n\n一、2017年工作回顾\n\n新获中国名优硒产品6个、广西名优富硒产品3个。"
    assert one(text, 3).metric == "新获广西名优富硒产品"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # whom a measure was for stays in its name, however long the clause runs
        ("对科技型中小企业及受灾农户新增贷款860亿元。", 860, "对科技型中小企业及受灾农户新增贷款"),
        ("向全市困难残疾人家庭发放生活补贴2300万元。", 2300, "向全市困难残疾人家庭发放生活补贴"),
        # 对标 is a verb: the long run-on clause is still cut at its last measure verb
        ("对标先进地区加快产业升级新认定高新技术企业120家。", 120, "新认定高新技术企业"),
    ],
)
def test_the_beneficiary_of_a_measure_stays_in_the_name(text, value, metric):
    assert one(text, value).metric == metric


# --- the statistical whole a sentence opens on (在城镇投资中，…) ---------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("全年城镇投资8000亿元，增长9%。在城镇投资中，第一产业投资320亿元，增长12%；第二产业投资2900亿元。", 320,
         "城镇投资中第一产业投资"),
        ("全年城镇投资8000亿元，增长9%。在城镇投资中，第一产业投资320亿元，增长12%；第二产业投资2900亿元。", 2900,
         "城镇投资中第二产业投资"),  # every part of the sentence, past the semicolon
        ("全年网上零售额900亿元。在网上商品零售额中，吃类商品增长18.5%，穿类商品增长6.2%。", 6.2,
         "网上商品零售额中穿类商品增长"),
        ("在入境游客中，外国人120万人次，增长4.1%。", 120, "入境游客中外国人"),
    ],
)
def test_a_figure_of_a_sentence_opening_on_a_whole_is_named_within_it(text, value, metric):
    fact = one(text, value)
    assert fact.metric == metric
    assert fact.verified


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # the default scope of a communiqué's breakdown: annotated without it
        ("在规模以上工业中，国有控股企业增加值增长5.1%；私营企业增长8.0%。", 5.1, "国有控股企业增加值增长"),
        ("在固定资产投资（不含农户）中，第一产业投资900亿元，增长3%。", 900, "第一产业投资"),
        # a frame, not a statistical whole
        ("在疫情防控过程中，新增定点医院12家。", 12, "新增定点医院"),
    ],
)
def test_an_implied_whole_or_a_frame_takes_nothing(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("全年续建12处、竣工5处、新开工9处农村饮水工程。", 12, "续建农村饮水工程"),
        ("全年续建12处、竣工5处、新开工9处农村饮水工程。", 5, "竣工农村饮水工程"),  # a stage, not a verb of new things
        ("全年新建6所、改扩建14所公办幼儿园。", 6, "新建公办幼儿园"),
    ],
)
def test_verb_and_count_items_share_the_object_after_the_last_one(text, value, metric):
    fact = one(text, value)
    assert fact.metric == metric
    assert fact.verified
