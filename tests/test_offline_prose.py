"""Metric naming in work-report and plan prose (issue 8, class 1), one authored case a rule.

Every sentence here is written from scratch in the style of government work reports and plans;
none is taken from the shared corpus. Where a rule names a metric from a construction (a
ranking's scope, a from-to pair, a list), the verifier must accept that name, and a wrong one
in the same place must still fail.
"""

from __future__ import annotations

import pytest
from offline_helpers import metric_status, one
from offline_helpers import report_facts as facts

import summarizer
from summarizer.models import Achievement, CheckStatus, Evidence, FactField
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions
from summarizer.verify import claim_findings

# --- quoted names ----------------------------------------------------------------------------


def test_quoted_programme_name_heads_the_metric():
    assert one("“丝路快线”班列开行860列，增长32%。", 860).metric == "“丝路快线”班列开行"
    # a quoted plan period only dates the figure
    assert one("“十二五”期间地区生产总值年均增长9%。", 9).metric == "地区生产总值(年均增长)"


def test_quoted_object_of_new_building_verbs_keeps_the_verbs():
    assert one("新建和改造“美丽农村路”超1200公里。", 1200).metric == "新建和改造“美丽农村路”"


# --- rankings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("全市人均期望寿命位居全国城市第二。", "人均期望寿命(全国城市排名)"),
        ("规上工业总产值稳居全省前三。", "规上工业总产值(全省排名)"),
        ("城乡人居环境测评全国第2。", "城乡人居环境测评(全国排名)"),  # 人居: 居 inside a noun
        ("在全省安全生产目标考核中连续两年位居第一。", "安全生产目标考核(全省排名)"),
        ("在全国营商环境评价中我市得分位居第五。", "营商环境评价得分(全国排名)"),
    ],
)
def test_ranking_names_its_scope(text, metric):
    ranked = [f for f in facts(text) if f.unit is None or f.value < 10]
    assert [f.metric for f in ranked] == [metric]
    assert ranked[0].verified, ranked[0].failed_fields()


def test_ranking_within_a_class_of_the_report_stays_bare():
    assert [f.metric for f in facts("全年项目建设考核保持开发园区第一。")] == ["项目建设考核"]


def test_verifier_rank_scope_must_be_the_sources():
    text = "全市人均期望寿命位居全国城市第二。"
    assert metric_status(text, "人均期望寿命(全国城市排名)", "第二") is CheckStatus.OK
    assert metric_status(text, "人均期望寿命(全省排名)", "第二") is CheckStatus.FAILED
    amount = "全市人均公园绿地面积达到16平方米。"
    assert metric_status(amount, "人均公园绿地面积(全市排名)", "16平方米") is CheckStatus.FAILED  # no ranking


# --- averages ------------------------------------------------------------------------------


def test_mean_growth_and_daily_mean_are_qualifiers():
    text = "五年来地区生产总值年均增长7.2%，迈上1.5万亿元。"
    assert one(text, 7.2).metric == "地区生产总值(年均增长)"
    assert one(text, 1.5).metric == "地区生产总值"  # the level is not averaged
    assert one("日均新设企业超过1.2万户。", 1.2).metric == "新设企业(日均)"


# --- from-to pairs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("境内上市公司由52家增至118家。", ("境内上市公司(期初)", 52), ("境内上市公司", 118)),
        ("最低生活保障标准从每人每月620元增至980元。",
         ("最低生活保障标准(每人每月,期初)", 620), ("最低生活保障标准(每人每月)", 980)),
        ("口罩日产量从停产之初的2.5万只提升到80万只。", ("口罩日产量(停产之初)", 2.5), ("口罩日产量", 80)),
        ("全市森林覆盖率由上年的58.2%提高到59.0%。", ("森林覆盖率", 58.2), ("森林覆盖率", 59.0)),
        ("研发经费支出占地区生产总值比重由2.4%提高到3.1%。",
         ("研发经费支出(占地区生产总值比重,期初)", 2.4), ("研发经费支出(占地区生产总值比重)", 3.1)),
    ],
)
def test_from_to_pair_names_its_start(text, start, end):
    assert one(text, start[1]).metric == start[0]
    assert one(text, end[1]).metric == end[0]


def test_verifier_start_note_only_at_the_start_of_a_pair():
    text = "境内上市公司由52家增至118家。"
    assert metric_status(text, "境内上市公司(期初)", "52家") is CheckStatus.OK
    assert metric_status(text, "境内上市公司(期初)", "118家") is CheckStatus.FAILED


def test_a_rate_in_later_periods_keeps_its_name():
    text = "经济增速由一季度的-4.2%快速回升到二季度的3.6%，上半年增长0.8%，前三季度增长1.9%。"
    assert [f.metric for f in facts(text)] == ["经济增速"] * 4
    assert one(text, 0.8).period == "上半年"


# --- compound subjects handed out ------------------------------------------------------------


def test_contracted_subject_is_spelled_out_in_order():
    text = "金融机构本外币存贷款余额分别达到2.1万亿元和1.9万亿元。"
    assert one(text, 2.1).metric == "金融机构本外币存款余额"
    assert one(text, 1.9).metric == "金融机构本外币贷款余额"
    text = "城乡居民人均可支配收入达到6.2万元和3.1万元，年均分别增长7.5%和8.2%。"
    assert [one(text, v).metric for v in (6.2, 3.1, 7.5, 8.2)] == [
        "城乡居民人均可支配收入(城镇)", "城乡居民人均可支配收入(农村)",
        "城乡居民人均可支配收入(城镇,年均增长)", "城乡居民人均可支配收入(农村,年均增长)",
    ]
    assert one("外贸进出口分别增长6.1%和3.2%。", 3.2).metric == "外贸出口增长"


def test_verifier_contracted_subject_must_be_in_order():
    text = "金融机构本外币存贷款余额分别达到2.1万亿元和1.9万亿元。"
    assert metric_status(text, "金融机构本外币存款余额", "2.1万亿元") is CheckStatus.OK
    assert metric_status(text, "金融机构本外币贷款余额", "2.1万亿元") is CheckStatus.FAILED
    text = "城乡居民人均可支配收入达到6.2万元和3.1万元。"
    assert metric_status(text, "城乡居民人均可支配收入(农村)", "3.1万元") is CheckStatus.OK
    assert metric_status(text, "城乡居民人均可支配收入(城镇)", "3.1万元") is CheckStatus.FAILED
    # a part the source writes out itself is no contraction (it takes the total's goods: 外贸)
    assert one("外贸进出口总额500亿元，其中进口200亿元。", 200).metric == "外贸进口"


def test_places_share_one_indicator_without_respectively():
    text = "中心城区、县城生活污水处理率达96%和88%以上。"
    assert one(text, 96).metric == "中心城区生活污水处理率"
    assert one(text, 88).metric == "县城生活污水处理率"
    assert metric_status(text, "中心城区生活污水处理率", "96%") is CheckStatus.OK
    assert metric_status(text, "县城生活污水处理率", "96%") is CheckStatus.FAILED
    # sectors too, when as many figures follow as the list has items and the shared head is clear
    assert one("工业、服务业增加值达120亿元和80亿元。", 80).metric == "服务业增加值"
    assert one("工业、服务业增加值达120亿元和80亿元。", 120).metric == "工业增加值"


# --- a list sharing its first item's subject ---------------------------------------------------


def test_list_shares_the_measure_word_after_its_last_item():
    text = "钢材、水泥、平板玻璃、电解铝产量分别达到120万吨、80万吨、35万吨和9万吨。"
    assert one(text, 80).metric == "水泥产量"
    assert one(text, 35).metric == "平板玻璃产量"
    assert one(text, 9).metric == "电解铝产量"
    # a first item with its own measure word keeps whole names (甲产量、乙产值)
    assert one("粮食产量、蔬菜产值分别达到50万吨和30亿元。", 30).metric == "蔬菜产值"
    assert metric_status(text, "水泥产量", "80万吨") is CheckStatus.OK
    assert metric_status(text, "平板玻璃产量", "80万吨") is CheckStatus.FAILED
    sectors = "生物医药、数控机床、新材料产业增加值分别增长18%、9%和12%。"
    assert [one(sectors, v).metric for v in (18, 9)] == ["生物医药产业增加值增长", "数控机床产业增加值增长"]
    whole = "确保固定资产投资和规上工业产值分别增长7%、9%以上。"
    assert one(whole, 7).metric == "固定资产投资增长"
    pair = "城镇和农村居民产值分别增长5%和6%。"  # one length: the longer shared head is read by it
    assert one(pair, 6).metric == "农村居民产值增长"
    # a figure in a Latin unit after 和 is the next item, no class name like 5G
    power = "光伏、风电、储能装机容量分别达到12GW、6GW和2GW。"
    assert [one(power, v).metric for v in (12, 6, 2)] == ["光伏装机容量", "风电装机容量", "储能装机容量"]



@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("省属国有企业混改率达71%、资产证券化率达62%。", 62, "省属国有企业资产证券化率"),
        ("美丽乡村示范县12个、示范乡镇90个、特色精品村280个。", 90, "美丽乡村示范乡镇"),
        ("美丽乡村示范县12个、示范乡镇90个、特色精品村280个。", 280, "美丽乡村特色精品村"),
        ("道路交通事故起数下降4.1%、死亡人数下降12.3%。", 12.3, "道路交通事故死亡人数下降"),
        ("新增专精特新企业41家、上市公司37家。", 37, "新增上市公司"),
        # 净增 (net additions) is a count verb of the same kind: the stock is not 36
        ("净增高新技术企业18家、科技型中小企业36家。", 36, "净增科技型中小企业"),
        # an item with a subject of its own keeps it
        ("城镇居民人均可支配收入4.1万元、农村居民人均可支配收入2.2万元。", 2.2, "农村居民人均可支配收入"),
    ],
)
def test_list_item_takes_the_first_items_subject(text, value, metric):
    assert one(text, value).metric == metric


def test_list_subject_of_other_verbs_is_not_shared():
    # 新培育 is left out of names, so it is not handed on either
    assert one("新培育百亿级企业2家、十亿级企业9家。", 9).metric.startswith("十亿级企业")


def test_verifier_list_subject_is_read_and_a_wrong_one_fails():
    text = "省属国有企业混改率达71%、资产证券化率达62%。"
    assert metric_status(text, "省属国有企业资产证券化率", "62%") is not CheckStatus.FAILED
    assert metric_status(text, "市属国有企业资产证券化率", "62%") is CheckStatus.FAILED
    assert metric_status(text, "省属国有企业利润率", "62%") is CheckStatus.FAILED


# --- verbs and appraisals around the name -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("企业开办时间压缩至1个工作日。", 1, "企业开办时间"),
        ("扫黑除恶专项斗争深入推进，打掉涉黑团伙215个。", 215, "涉黑团伙"),
        ("新引进培育高层次创新团队35个。", 35, "高层次创新团队"),
        ("新认定高新技术企业15家。", 15, "新认定高新技术企业"),  # one 新 verb names the kind of count
        ("全年12项重点工程加快实施。", 12, "重点工程"),
        ("编制完成9个县（市）区国土空间总体规划。", 9, "县（市）区国土空间总体规划"),
        ("推出800亿元PPP项目。", 800, "PPP项目"),
        ("投资5亿元建设项目。", 5, "投资"),  # a generic head before the amount names it
        ("近14亿人口的发展中大国。", 14, "人口"),
        ("城镇调查失业率稳定在5%左右的较低水平。", 5, "城镇调查失业率"),
    ],
)
def test_verbs_and_appraisals_stay_out_of_the_name(text, value, metric):
    assert one(text, value).metric == metric


# --- comparison bases and multiples -----------------------------------------------------------


def test_base_year_of_a_comparison_is_no_period():
    text = "全市生产总值1288亿元，是2007年的2.5倍；外贸进出口总额115亿美元。"
    assert one(text, 115).period is None
    assert one(text, 1288).period is None


def test_multiple_is_named_after_its_host_with_its_base():
    text = "全市生产总值1288亿元，是2007年的2.5倍。"
    assert one(text, 2.5).metric == "生产总值(是2007年的倍数)"
    text = "民营经济、小微企业贷款分别新增860亿元和520亿元，增量分别是上年的2倍和1.5倍。"
    assert one(text, 860).metric == "民营经济贷款新增"
    assert one(text, 2).metric == "民营经济贷款新增(增量是上年的倍数)"
    assert one(text, 1.5).metric == "小微企业贷款新增(增量是上年的倍数)"


def test_verifier_multiple_takes_the_host_clause_only():
    text = "全市生产总值1288亿元，是2007年的2.5倍。全市税收收入95亿元。"
    assert metric_status(text, "生产总值(是2007年的倍数)", "2.5倍") is CheckStatus.OK
    assert metric_status(text, "税收收入(是2007年的倍数)", "2.5倍") is CheckStatus.FAILED


# --- ranges and project counts ---------------------------------------------------------------


def test_range_ends_are_named():
    text = "今年发展的主要预期目标是：国内生产总值增长6%—6.5%。"
    assert one(text, 6).metric == "国内生产总值增长(目标区间下限)"
    assert one(text, 6.5).metric == "国内生产总值增长(目标区间上限)"
    assert one("去年工业增加值增长5%-6%。", 6).metric == "工业增加值增长(区间上限)"
    assert metric_status("去年工业增加值增长5%-6%。", "工业增加值增长(区间下限)", "6%") is CheckStatus.FAILED


def test_amounts_after_a_project_count_are_the_projects():
    text = "实施“三城三带”项目180个，总投资2100亿元，年度计划投资655亿元。"
    assert one(text, 180).metric == "“三城三带”项目"
    assert one(text, 2100).metric == "“三城三带”项目总投资"
    planned = one(text, 655)
    assert planned.metric == "“三城三带”项目年度计划投资" and type(planned).__name__ == "Target"
    assert metric_status(text, "“三城三带”项目年度计划投资", "655亿元") is not CheckStatus.FAILED
    assert metric_status(text, "“四城四带”项目年度计划投资", "655亿元") is CheckStatus.FAILED


# --- nouns after numbers, rankings in a pool --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("成立4支“红旗”应急队伍。", 4, "“红旗”应急队伍"),
        ("成功创建4家国家4A级景区。", 4, "创建国家4A级景区"),  # a flow keeps its verb
        ("累计消除386户1110人返贫致贫风险。", 386, "返贫致贫风险(户)"),
        ("先后调配12批次1500名医务人员。", 12, "医务人员(批次)"),
        ("全年新增上市企业6家，境内上市公司达31家，占全省38.3%。", 38.3, "境内上市公司(占全省)"),
        ("社会治安防控体系创建成效排名全省第一。", 1, "社会治安防控体系创建成效(全省排名)"),
    ],
)
def test_nouns_around_a_number(text, value, metric):
    assert one(text, value).metric == metric


def test_pool_of_a_ranking_is_no_figure():
    text = "全市交通健康指数在全国36个重点城市排名第一。"
    assert [(f.metric, f.value) for f in facts(text)] == [("交通健康指数(全国排名)", 1.0)]


def test_verifier_counts_in_a_row_share_the_noun_after_them():
    text = "累计消除386户1110人返贫致贫风险。"
    assert metric_status(text, "返贫致贫风险(户)", "386户") is CheckStatus.OK
    assert metric_status(text, "脱贫人口(户)", "386户") is CheckStatus.FAILED


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("港口货物吞吐量连续15年位居全球第一。", 1, "港口货物吞吐量(全球排名)"),
        ("航运中心发展指数提升至全球第九。", 9, "航运中心发展指数(全球排名)"),  # 提升至: no 升至 trigger
        ("应急能力位居全国重点城市并列第一。", 1, "应急能力(全国排名)"),  # 并列: a tie, no 列 trigger
        ("金牌数分列全国第三。", 3, "金牌数(全国排名)"),
        ("就业景气指数跃升至全国第六位。", 6, "就业景气指数(全国排名)"),
        ("培育服务型制造示范企业（平台）4家。", 4, "培育服务型制造示范企业（平台）"),
        ("中小学规范化建设达标率达到90%以上。", 90, "中小学规范化建设达标率"),
        ("力争取得重大标志性成果20项。", 20, "取得重大标志性成果"),  # 力争|取得, not 争取|得
    ],
)
def test_words_that_look_like_cuts_inside_names(text, value, metric):
    assert one(text, value).metric == metric


def test_quoted_object_of_a_doing_verb_is_the_name():
    assert one("拆除“两违”1246万平方米。", 1246).metric == "“两违”"
    assert one("建设“吨粮田”3万亩。", 3).metric == "“吨粮田”"


def test_contraction_inside_a_listed_subject_is_not_handed_out():
    text = "城乡居民基本医保和大病保险报销比例分别上调5%和3%。"
    assert "城镇" not in one(text, 5).metric and "农村" not in one(text, 3).metric


def test_sentence_topic_owns_a_bare_head():
    text = "纺织服装产业带围绕打造产业集群，加快推进服饰项目，力争产值突破1000亿元。"
    assert one(text, 1000).metric == "纺织服装产业带产值"
    assert one("全年实现产值50亿元。", 50).metric == "产值"  # no topic: the head stays bare
    # the verifier reads the topic clause; a topic the sentence does not have fails
    assert metric_status(text, "纺织服装产业带产值", "1000亿元") is not CheckStatus.FAILED
    assert metric_status(text, "电子信息产业带产值", "1000亿元") is CheckStatus.FAILED


def test_two_counts_joined_by_and_share_the_predicate():
    text = "我市2个集体和6名个人荣获全国抗击疫情先进称号，20个集体和85名个人获省表彰。"
    assert one(text, 2).metric == "集体荣获全国抗击疫情先进称号"
    assert one(text, 20).metric == "集体获省表彰"
    assert metric_status(text, "集体获省表彰", "2个") is CheckStatus.FAILED


def test_short_names_listed_inside_the_noun_after_a_number():
    assert one("359名医护人员驰援武汉、湖北、新疆疫情防控工作。", 359).metric == "医护人员驰援武汉、湖北、新疆疫情防控工作"
    assert one("新增2.9万个公办、普惠幼儿园学位。", 2.9).metric == "新增公办、普惠幼儿园学位"
    assert one("12个项目开工、5个项目竣工。", 5).metric == "项目竣工"  # a figure ends the list


def test_comparison_with_a_stated_base():
    text = "过去一年为企业减负480亿元，比年初预计的270亿元多出210亿元。"
    assert one(text, 270).metric == "为企业减负(年初预计)"
    assert one(text, 210).metric == "为企业减负(比年初预计多出)"
    assert metric_status(text, "为企业减负(比年初预计多出)", "210亿元") is not CheckStatus.FAILED
    assert metric_status(text, "招商引资(比年初预计多出)", "210亿元") is CheckStatus.FAILED
    text = "社会消费品零售总额2663亿元，比上年下降2.6%，比全国平均降幅少1.3个百分点。"
    assert one(text, 1.3).metric == "社会消费品零售总额(比全国平均降幅少)"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("各类新型农业经营主体发展到7万家。", 7, "各类新型农业经营主体"),
        ("贫困人口比重在5%以下。", 5, "贫困人口比重"),
        ("在全省经济首位度达33.1%。", 33.1, "经济首位度"),
        ("改造危房8000套和危桥315座。", 315, "危桥"),
        ("省级和美乡村300个。", 300, "省级和美乡村"),  # 和 inside a name stays
    ],
)
def test_prepositions_and_joins_at_the_edges_of_a_name(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("小学、初中适龄儿童入学率分别达99.5%、98.1%。", 99.5, "小学适龄儿童入学率"),
        ("城市污水集中处理率、生活垃圾无害化处理率分别提高到92.2%和90%。", 92.2, "城市污水集中处理率"),
        ("城市污水集中处理率、生活垃圾无害化处理率分别提高到92.2%和90%。", 90, "生活垃圾无害化处理率"),
        ("制造业、农业固定资产投资分别增长4.0%和5.4%。", 4.0, "制造业固定资产投资增长"),  # 业: a class suffix
    ],
)
def test_respectively_lists_share_only_a_real_head(text, value, metric):
    assert one(text, value).metric == metric


def test_counted_modifiers_share_the_noun_after_the_last():
    text = "统筹推进64个省定、18个市定“十四五”乡村振兴重点村建设。"
    assert one(text, 64).metric == "省定“十四五”乡村振兴重点村"
    assert one(text, 18).metric == "市定“十四五”乡村振兴重点村"
    assert metric_status(text, "省定“十四五”乡村振兴重点村", "64个") is CheckStatus.OK


def test_from_to_end_after_a_comma():
    text = "口罩日产量从停产之初的2.5万只，到两周内迅速破千万只。"
    assert one(text, 2.5).metric == "口罩日产量(停产之初)"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("11家乡镇卫生院荣获国家“群众满意的乡镇卫生院”称号。", 11, "乡镇卫生院荣获国家“群众满意的乡镇卫生院”称号"),
        ("确保农村住宅到户电价降到每千瓦时0.79元。", 0.79, "农村住宅到户电价(每千瓦时)"),
        ("18个光伏、4个风电项目高效推进。", 18, "光伏项目"),
        ("18个光伏、4个风电项目高效推进。", 4, "风电项目"),
    ],
)
def test_quoted_de_basis_and_short_items_before_a_class_noun(text, value, metric):
    assert one(text, value).metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("处置“僵尸企业”81户。", 81, "“僵尸企业”"),
        ("发放“科技贷”5亿元。", 5, "“科技贷”"),
        ("建成省级“乐享园林”8个。", 8, "建成省级“乐享园林”"),
    ],
)
def test_quoted_objects_and_levels(text, value, metric):
    assert one(text, value).metric == metric


def test_respectively_list_of_amounts_in_different_units():
    text = "全年接待总人数和总收入分别达到1183.23万人次、40.32亿元。"
    assert one(text, 40.32).metric == "总收入"
    assert metric_status(text, "总收入", "40.32亿元") is CheckStatus.OK
    assert metric_status(text, "接待总人数", "40.32亿元") is CheckStatus.FAILED


def test_respective_qualified_rates_go_to_their_hosts_in_order():
    text = "地区生产总值和一般公共预算收入分别达到500亿元、40亿元，年均分别增长8.1%和9.2%。"
    assert one(text, 500).metric == "地区生产总值"  # 500亿元、40亿元 is no list of size classes
    assert one(text, 40).metric == "一般公共预算收入"
    assert one(text, 8.1).metric == "地区生产总值(年均增长)"
    assert one(text, 9.2).metric == "一般公共预算收入(年均增长)"


def test_cumulative_cut_is_one_verb_and_keeps_its_subject():
    # 累计削减, like 累计下降, is one change verb: the metric is not the verb alone
    metric = one("今年主要污染物排放量比2005年累计削减8%。", 8).metric
    assert metric.startswith("主要污染物排放量") and metric.endswith("削减")


# --- issue 8 survey classes (i8p): each rule with an authored case ---------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a density's basis is its unit's denominator: the name stays the density's
        ("城区道路网密度由每平方公里5.2公里提高到6.9公里。", ("城区道路网密度(期初)", 5.2), ("城区道路网密度", 6.9)),
        ("单位工业增加值能耗从每万元0.92吨标准煤降至0.81吨标准煤。",
         ("单位工业增加值能耗(期初)", 0.92), ("单位工业增加值能耗", 0.81)),
    ],
)
def test_from_to_pair_of_a_ratio_takes_its_basis_as_unit(text, start, end):
    assert one(text, start[1]).metric == start[0]
    assert one(text, end[1]).metric == end[0]


def test_a_ratio_after_a_copula_and_a_basis_is_named_by_the_ratio():
    assert one("全县路网密度达到每平方公里3.6公里。", 3.6).metric == "路网密度"
    assert one("城区人口密度为每平方公里1250人。", 1250).metric == "城区人口密度"
    # a price's basis still qualifies it
    assert one("居民生活用水价格达到每立方米2.9元。", 2.9).metric == "居民生活用水价格(每立方米)"


def test_verifier_reads_a_forecast_qualifier_as_the_target_cue():
    text = "全年为企业减负320亿元，比年初预计的260亿元多出60亿元。"
    report = summarizer.summarize_text(text, engine="offline", keep_unverified=True)
    kinds = {f.value: type(f).__name__ for f in report.facts()}
    assert kinds == {320: "Achievement", 260: "Target", 60: "Achievement"}
    assert all(f.verified for f in report.facts())


def test_verifier_rejects_the_forecast_figure_as_a_result():
    text = "全年为企业减负320亿元，比年初预计的260亿元多出60亿元。"
    doc = clean(text)
    mentions = extract_mentions(doc)
    figure = next(m for m in mentions if m.raw == "260亿元")
    evidence = Evidence(quote=text[: figure.end], start=0, end=figure.end)
    fact = Achievement(metric="为企业减负(年初预计)", value=figure.value, value_text=figure.value_text,
                       unit=figure.unit, evidence=evidence)
    kind = next(f for f in claim_findings(fact, doc, mentions, figure) if f.field is FactField.KIND)
    assert kind.status is CheckStatus.FAILED


def test_a_threshold_before_de_keeps_the_subset_it_picks_out():
    text = "移动电话用户9.1亿户，其中5G速率及以上的移动电话用户3.2亿户。"
    assert one(text, 3.2).metric == "5G速率及以上的移动电话用户"
    assert one("全县65岁以上的老年人口达到8.6万人。", 8.6).metric == "65岁以上的老年人口"
    # an ordinary modifier before 的 still goes: the head names the figure
    assert one("全区新建成的农村公路达到320公里。", 320).metric == "农村公路"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # levels of one noun, each with its count, joined by 和 as by 、
        ("新增3家国家级和14家省级工程技术研究中心。", {3: "新增国家级工程技术研究中心", 14: "新增省级工程技术研究中心"}),
        ("36项省级、12项市级重点工程全面完工。", {36: "省级重点工程", 12: "市级重点工程"}),
        # an item that names only a level takes the noun of the item before
        ("新增国家级示范合作社2家、省级17家、市级40家。",
         {2: "新增国家级示范合作社", 17: "新增省级示范合作社", 40: "新增市级示范合作社"}),
        ("新增市级以上示范家庭农场60家，其中省级9家。", {60: "新增市级以上示范家庭农场", 9: "新增省级示范家庭农场"}),
        ("新增省级“美丽庭院”示范村25个。", {25: "新增省级“美丽庭院”示范村"}),
    ],
)
def test_level_modifiers_share_the_noun_they_qualify(text, expected):
    assert {f.value: f.metric for f in facts(text)} == expected
    assert all(f.verified for f in facts(text))


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a removal verb before a count: the things counted are gone, the name says so
        ("全年共取消和下放了126项行政许可等事项。", 126, "取消和下放行政许可等事项"),
        ("依法关停28家小化工企业。", 28, "关停小化工企业"),
        # verbs joined by 和 in a long run-on name share their object: the cut goes before both
        ("省本级持续深化改革取消和下放行政许可事项85项。", 85, "取消和下放行政许可事项"),
        # a verb of new things before a count stays too: the count is a flow, not a stock
        ("全年新增8个农村电商服务站。", 8, "新增农村电商服务站"),
    ],
)
def test_a_removal_verb_before_a_count_stays_in_the_name(text, value, metric):
    assert one(text, value).metric == metric


def test_verifier_rejects_a_removal_verb_the_sentence_does_not_say():
    text = "依法关停28家小化工企业。"
    assert metric_status(text, "关停小化工企业", "28家") is CheckStatus.OK
    assert metric_status(text, "撤销小化工企业", "28家") is CheckStatus.FAILED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one figure for two subjects: a fact each, the second taking the first's subject
        ("全年火灾起数和死亡人数均下降12%。", ["火灾起数下降", "火灾死亡人数下降"]),
        ("工业企业事故起数和受伤人数都下降9%。", ["工业企业事故起数下降", "工业企业事故受伤人数下降"]),
        # places before one indicator, and a measure word the last item shares with a bare first
        ("城镇和农村居民人均消费支出均增长7%。", ["城镇居民人均消费支出增长", "农村居民人均消费支出增长"]),
        ("二氧化硫、氮氧化物排放量均下降6%。", ["二氧化硫排放量下降", "氮氧化物排放量下降"]),
        # a name that ends in its own measure keeps it
        ("单位生产总值能耗和用水量均下降3%。", ["单位生产总值能耗下降", "用水量下降"]),
    ],
)
def test_one_figure_for_several_subjects_gives_a_fact_each(text, expected):
    found = facts(text)
    assert [f.metric for f in found] == expected
    assert len({f.value for f in found}) == 1 and all(f.verified for f in found)


def test_figures_handed_out_in_order_are_no_shared_figure():
    found = facts("城镇和农村居民人均消费支出分别增长7%和9%。")
    assert [(f.metric, f.value) for f in found] == [("城镇居民人均消费支出增长", 7), ("农村居民人均消费支出增长", 9)]


def test_items_of_a_capacity_list_are_capacity_added():
    text = "全年基本建设投资新增的主要生产能力有：原煤开采1460万吨，水泥280万吨，发电机组容量350万千瓦。全年水泥产量2.1亿吨。"
    assert {f.value: f.metric for f in facts(text)} == {
        1460: "原煤开采(新增生产能力)", 280: "水泥(新增生产能力)", 350: "发电机组容量(新增生产能力)",
        2.1: "水泥产量"}
    assert all(isinstance(f, Achievement) and f.verified for f in facts(text))
    # the verifier takes the qualifier only inside such a list
    assert metric_status(text, "水泥(新增生产能力)", "280万吨") is CheckStatus.OK
    assert metric_status(text, "水泥产量(新增生产能力)", "2.1亿吨") is CheckStatus.FAILED


@pytest.mark.parametrize(
    "text",
    [
        "全面清理饮用水源保护区界桩外延200米范围内的畜禽养殖场。",
        "推进主要河流沿岸5公里范围内落后产能退出。",
        "完成干渠两侧各30米绿化带建设。",
    ],
)
def test_the_extent_of_an_area_is_no_fact(text):
    assert facts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure before 以上/以下 bounds a class of things: the class names the count, no fact of its own
        ("全市新建3座5000平方米以上的文化综合体。", {3: "新建5000平方米以上的文化综合体"}),
        ("实现800个30户以上自然村通硬化路。", {800: "30户以上自然村通硬化路"}),
        ("全面关闭6万吨以下小煤矿。", {}),
        ("500万元以上固定资产投资增长9%。", {9: "500万元以上固定资产投资增长"}),
        # a count in the thing's own measure word, or an amount of what is done, stays a figure
        ("新增8家以上省级专精特新企业。", {8: "新增省级专精特新企业"}),
        ("完成60亿元以上技改投资。", {60: "技改投资"}),
        ("推动3户以上企业在主板上市。", {3: "企业在主板上市"}),
    ],
)
def test_a_threshold_that_sorts_things_is_a_class(text, expected):
    assert {f.value: f.metric for f in facts(text)} == expected


def test_money_set_aside_is_named_by_the_funds_it_becomes():
    assert one("省财政今年再安排8.5亿元地质灾害防治资金。", 8.5).metric == "地质灾害防治资金"
    assert one("全年筹集36亿元棚户区改造建设资金。", 36).metric == "棚户区改造建设资金"


def test_a_total_that_passes_a_mark_after_the_years_addition_is_the_stock():
    found = {f.value: f.metric for f in facts("新增光伏装机容量86万千瓦，总量突破600万千瓦。")}
    assert found == {86: "新增光伏装机容量", 600: "光伏装机容量"}


def test_a_change_on_an_estimate_is_named_after_its_host():
    text = "省财政投入教育资金320亿元，比上年预计数增加25亿元，增长8.5%。"
    found = {f.value: (f.metric, f.growth_pct) for f in facts(text)}
    assert found[25] == ("省财政投入教育资金(比上年预计数增加)", None)
    assert found[320][1] == 8.5  # the rate is the amount's, not the change's


def test_a_future_verb_between_name_and_figure_makes_a_target():
    found = facts("到2025年末，全市城镇居民人均存款将达到12万元。")
    assert [(type(f).__name__, f.metric) for f in found] == [("Target", "城镇居民人均存款")]
    # 计划 standing there is often a noun (招生计划): no cue
    assert not any(isinstance(f, summarizer.models.Target) for f in facts("全年扩大中职招生规模1200人。"))


def test_a_ship_tonnage_before_a_waterway_is_its_class():
    assert facts("推进内河5000吨航道整治工程建设。") == []


def test_a_time_word_alone_before_a_figure_leaves_the_name_to_the_noun_after():
    assert one("全面完成年度6.2万亩高标准农田建设任务。", 6.2).metric == "高标准农田"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # old reports: a particle or copula closing the words, a 19xx year opening them
        ("1957年全国钢产量要达到520万吨。", 520, "钢产量"),
        ("1985年全省职工平均工资是980元。", 980, "职工平均工资"),
        ("全年国家质量监督抽查了1.8万种产品。", 1.8, "产品"),
    ],
)
def test_particles_and_old_years_are_no_part_of_the_name(text, value, metric):
    assert one(text, value).metric == metric
