"""Offline engine on short authored reports (fictional zones; nothing from the shared corpus)."""

from __future__ import annotations

import pytest

from summarizer.engines import offline
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions

REPORT = (
    "一、2023年工作总结\n"
    "今年1-10月，青禾经开区实现规上工业总产值86.4亿元，同比增长12.5%，增幅居全市第一；"
    "一般公共预算收入5.2亿元，同比下降3.1%；实际利用外资1.3亿美元。"
    "新签约亿元以上项目14个，协议总投资96亿元，其中50亿元以上项目1个。"
    "完成年度目标任务的88.6%。全年新增规上企业9家、高新技术企业6家。"
    "实现21个项目开工；派驻两名干部驻点招商。\n"
    "二、2024年工作计划\n"
    "力争全年完成规上工业总产值110亿元，新开工项目不少于15个，确保新增供地800亩。"
    "一是加快推进临港大道建设，年底前竣工。二是深化企业服务，开展走访企业活动。\n"
)


@pytest.fixture(scope="module")
def draft():
    doc = clean(REPORT)
    return offline.extract(doc, extract_mentions(doc))


def find(facts, value):
    hits = [f for f in facts if f.value == value]
    assert hits, f"no fact with value {value}: {[(f.metric, f.value) for f in facts]}"
    return hits[0]


def test_offline_achievement_with_growth_and_rank(draft):
    fact = find(draft.achievements, 86.4)
    assert fact.metric == "规上工业总产值"
    assert fact.growth_pct == 12.5
    assert fact.rank is not None and "第一" in fact.rank
    assert fact.period == "1-10月"
    assert fact.value_normalized == 8_640_000_000


def test_offline_negative_growth(draft):
    assert find(draft.achievements, 5.2).growth_pct == -3.1


def test_offline_usd_and_size_classes(draft):
    assert find(draft.achievements, 1.3).base_unit == "USD"
    # 亿元以上项目 and 50亿元以上项目 are size classes, not amounts
    assert all(f.value != 50 for f in draft.achievements)
    assert find(draft.achievements, 1).metric == "50亿元以上项目"


def test_offline_number_before_noun(draft):
    assert find(draft.achievements, 21).metric == "项目开工"
    two = find(draft.achievements, 2)
    assert (two.metric, two.value_text) == ("干部驻点招商", "两")  # noun + predicate, as 项目开工


def test_offline_plan_section_gives_targets_with_commitment(draft):
    target = find(draft.targets, 110)
    assert target.commitment == "力争"
    projects = find(draft.targets, 15)
    assert (projects.metric, projects.qualifier) == ("新开工项目", "不少于")
    assert find(draft.targets, 800).commitment == "确保"


def test_offline_actions_are_measures(draft):
    quotes = [a.evidence.quote for a in draft.actions]
    assert any(q.startswith("加快推进临港大道建设") for q in quotes)
    assert any("走访企业" in q for q in quotes)
    for action in draft.actions:
        assert REPORT[action.evidence.start : action.evidence.end] == action.evidence.quote


def test_offline_every_evidence_is_exact(draft):
    for fact in [*draft.achievements, *draft.targets]:
        assert REPORT[fact.evidence.start : fact.evidence.end] == fact.evidence.quote


def test_offline_meta(draft):
    assert draft.meta.issuer == "青禾经开区"
    assert draft.meta.doc_type == "mixed"
    assert draft.meta.period == "2023年"


ACTIONS_TEXT = (
    "松岭园区召开三季度项目推进会\n"
    "9月28日，松岭园区召开三季度项目推进会。会议指出，前三季度完成固定资产投资42.5亿元。\n"
    "（一）全力以赴抓好招商引资。紧盯新能源装备产业链，赴长三角开展驻点招商，力争引进项目8个以上。\n"
    "（二）全力以赴抓好项目建设。在做好安全生产的前提下，加快推进南区标准厂房建设，"
    "全面提升园区承载能力，确保圆满完成全年各项目标任务。\n"
    "会议要求，在项目推进上，要加快办理施工许可，确保各项目标任务顺利完成；"
    "就贯彻落实会议精神，各部门要抓好督办落实。\n"
    "全力打造长三角先进制造业高地，加快建设智能装备产业园。要围绕项目落地奋力攻坚。\n"
    "招商引资成效明显，研发经费投入占比提高0.6个百分点。\n"
)


@pytest.fixture(scope="module")
def action_quotes():
    doc = clean(ACTIONS_TEXT)
    draft = offline.extract(doc, extract_mentions(doc))
    return [a.evidence.quote for a in draft.actions]


def test_actions_keep_measures(action_quotes):
    assert any(q.startswith("要加快办理施工许可") for q in action_quotes)
    assert any(q.startswith("各部门要抓好督办落实") for q in action_quotes)
    assert "加快建设智能装备产业园" in action_quotes
    assert any(q.startswith("紧盯新能源装备产业链") for q in action_quotes)
    assert any(q.startswith("赴长三角开展驻点招商") for q in action_quotes)
    assert any(q.startswith("加快推进南区标准厂房建设") for q in action_quotes)


def test_actions_meeting_headline_is_news_not_a_measure(action_quotes):
    assert not any("召开三季度项目推进会" in q for q in action_quotes)


def test_actions_same_measure_stated_twice_is_one_action():
    text = "加快建设东区污水处理厂\n园区将加快建设东区污水处理厂。\n加快建设东区污水处理厂。\n"
    doc = clean(text)
    quotes = [a.evidence.quote for a in offline.extract(doc, extract_mentions(doc)).actions]
    assert quotes.count("加快建设东区污水处理厂") == 1, quotes


def test_a_statistical_communique_states_no_measures():
    body = "全年全市推进科技创新，加快建设创新平台，新增高新技术企业120家。\n"
    communique = clean("某市2023年国民经济和社会发展统计公报\n" + body)
    draft = offline.extract(communique, extract_mentions(communique))
    assert draft.meta.doc_type == "statistical_communique"
    assert draft.actions == []  # its verbs report the year's results
    report = clean("某市2024年政府工作报告\n一、2023年工作回顾\n" + body)
    assert offline.extract(report, extract_mentions(report)).actions  # a work report's measures stay


@pytest.mark.parametrize(
    "not_an_action",
    [
        "完成固定资产投资42.5亿元",  # a result: it is an achievement
        "力争引进项目8个以上",  # a bare commitment to a figure: it is a target
        "全力以赴抓好招商引资",  # an item's title
        "在做好安全生产的前提下",  # an adverbial frame
        "全面提升园区承载能力",  # the purpose of the measure before it
        "确保圆满完成全年各项目标任务",  # a closing goal
        "确保各项目标任务顺利完成",  # the same goal, words reversed
        "在项目推进上",  # a frame
        "就贯彻落实会议精神",  # a frame
        "全力打造长三角先进制造业高地",  # a positioning slogan
        "要围绕项目落地奋力攻坚",  # a rallying call
        "招商引资成效明显",  # an assessment of results
        "研发经费投入占比提高",  # a change in a share: a result
    ],
)
def test_actions_leave_out_non_measures(action_quotes, not_an_action):
    assert not any(not_an_action in q for q in action_quotes), action_quotes


SIGNS_TEXT = (
    "全区规上工业总产值完成126.5亿元，同比增长-3.5%；进出口总额12.3亿元，比上年同期增长28.4%，"
    "增幅较上半年提高3.2个百分点。截至9月底，全区累计建成充电桩1,250个。\n"
)


@pytest.fixture(scope="module")
def signs():
    doc = clean(SIGNS_TEXT)
    return offline.extract(doc, extract_mentions(doc))


def test_offline_growth_written_with_a_minus_sign(signs):
    assert find(signs.achievements, 126.5).growth_pct == -3.5


def test_offline_anaphora_drops_the_comparison_base(signs):
    assert find(signs.achievements, 3.2).metric == "进出口总额增幅"  # not …增幅较上半年提高


def test_offline_actions_skip_comparisons_and_cumulative_results(signs):
    quotes = [a.evidence.quote for a in signs.actions]
    assert not any("百分点" in q or "充电桩" in q for q in quotes), quotes


def test_offline_run_on_clause_metric_starts_after_the_last_measure_verb():
    text = "持续帮扶企业发展壮大鼓励企业加大研发投入新认定科技型中小企业24家。\n"
    doc = clean(text)
    draft = offline.extract(doc, extract_mentions(doc))
    assert find(draft.achievements, 24).metric == "新认定科技型中小企业"


def test_offline_meta_issuer_is_not_a_size_class():
    text = "今年以来，全区工业稳步增长。打造千亿级产业园区，培育百亿级企业2家。\n"
    doc = clean(text)
    draft = offline.extract(doc, extract_mentions(doc))
    assert draft.meta.issuer is None or "亿" not in draft.meta.issuer


def test_offline_growth_in_words_and_anaphora_before_its_verb():
    text = "全区规上工业总产值86.4亿元，同比增长百分之十二点五，增速提高三个百分点；一般公共预算收入5.2亿元，下降百分之三。\n"
    doc = clean(text)
    draft = offline.extract(doc, extract_mentions(doc))
    assert find(draft.achievements, 86.4).growth_pct == 12.5
    assert find(draft.achievements, 5.2).growth_pct == -3
    assert find(draft.achievements, 3).metric == "规上工业总产值增速"
    assert not any("百分点" in a.evidence.quote for a in draft.actions)


@pytest.mark.parametrize(
    ("lead", "period"),
    [("前8月，", "前8月"), ("今年前10个月，", "前10个月"), ("截至2023年底，", "截至2023年底"), ("1—10月份，", "1—10月份")],
)
def test_segment_periods(lead, period):
    from summarizer.text.segment import Segments

    doc = clean(lead + "产值增长5%。")
    assert [p.text for p in Segments(doc).periods] == [period]
