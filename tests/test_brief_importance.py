"""The brief's ranking: headline indicators first, duplicates merged, at most 12 + 8 in the body,
the rest in the appendix, and the Chinese of measures only under Source wording."""

from __future__ import annotations

from report_factory import EV, make_fact, make_source

from summarizer.brief.measures import render_clause, render_measure
from summarizer.brief.offline import write_brief
from summarizer.brief.render import render_brief
from summarizer.models import Achievement, ActionItem, Meta, Provenance, Report, Target


def _report(achievements, targets=(), actions=()) -> Report:
    return Report(
        source=make_source(),
        meta=Meta(issuer="南京市", period="全年", doc_type="bulletin", year=2024),
        achievements=list(achievements),
        targets=list(targets),
        actions=list(actions),
        provenance=Provenance(engine="offline", engine_version="t"),
    )


def test_headline_indicators_lead_and_the_rest_goes_to_the_appendix():
    small = [make_fact(Achievement, f"新增项目{i}号", i + 1, "个", i + 1.0, "个") for i in range(15)]
    big = [
        make_fact(Achievement, "社会消费品零售总额", 80, "亿元", 8e9, "yuan"),
        make_fact(Achievement, "地区生产总值", 500, "亿元", 5e10, "yuan", growth_pct=5.0),
        make_fact(Achievement, "居民消费价格上涨", 0.4, "%", 0.4, "%"),
        make_fact(Achievement, "固定资产投资", 90, "亿元", 9e9, "yuan"),
    ]
    brief = write_brief(_report(small + big))
    metrics = [line.fact.metric for line in brief.key_figures]
    assert len(brief.key_figures) == 12
    assert metrics[:4] == ["地区生产总值", "固定资产投资", "社会消费品零售总额", "居民消费价格上涨"]
    assert len(brief.appendix) == 19 - 12
    assert any("7 further verified figure(s) are in the appendix" in c for c in brief.caveats)
    assert brief.provenance.check.numbers_checked == brief.provenance.check.numbers_matched
    assert brief.title == "Nanjing City: statistical bulletin, 2024"


def test_repeated_mentions_are_merged_and_targets_capped_at_eight():
    grp = make_fact(Achievement, "地区生产总值", 500, "亿元", 5e10, "yuan")
    again = make_fact(Achievement, "全市地区生产总值", 500, "亿元", 5e10, "yuan")
    targets = [make_fact(Target, f"签约项目{i}", i + 1, "个", i + 1.0, "个", commitment="力争")
               for i in range(10)]
    brief = write_brief(_report([grp, again], targets))
    assert [line.fact.index for line in brief.key_figures] == [0]
    assert len(brief.targets) == 8 and len(brief.appendix) == 2
    assert any("1 repeated mention(s)" in c for c in brief.caveats)


def test_measures_render_the_common_shapes_and_keep_chinese_out_of_the_body():
    assert render_clause("加快项目建设") == "accelerate project construction"
    assert render_clause("持续优化营商环境") == "continue to optimize business environment"
    assert render_clause("深化产学研合作") == "deepen industry-university-research cooperation"
    assert render_clause("实施创新驱动发展战略") == "implement innovation-driven development strategy"
    assert render_clause("落实安全生产责任") == "implement work safety responsibilities"
    assert render_measure("新签约项目42个").en is None  # figures are not facts: never rendered
    assert render_measure("抓紧谋划某某工程").en is None
    actions = [
        ActionItem(action="加快项目建设", category="project_construction", evidence=EV),
        ActionItem(action="抓紧谋划某某工程", category="project_construction", evidence=EV),
        ActionItem(action="推进招商引资", category="investment_attraction", evidence=EV),
    ]
    text = render_brief(write_brief(_report([], actions=actions)), "md")
    body, wording = text.split("## Source wording")
    assert "### Investment attraction\n\n- Advance investment attraction" in body
    assert "抓紧谋划某某工程" not in body.split("## Caveats")[0]
    assert "「抓紧谋划某某工程」" in wording and "「加快项目建设」" in wording


def test_a_percent_of_the_full_year_target_reads_as_completion():
    done = make_fact(Achievement, "全年目标任务", 81.4, "%", 81.4, "%", period="1-8月")
    [line] = write_brief(_report([done])).key_figures
    assert line.text == "Share of full-year target completed: 81.4% (January-August 2024)"


def test_measure_objects_are_noun_phrases_and_long_runs_are_not_places():
    assert render_measure("要推进签约项目加快建设").en is None  # a second verb: not guessed
    assert render_measure("建成国家“公交都市”").en is None  # 公交都市 is no place name
    assert render_clause("三要处理好政府与市场的关系") == "handle relationship of government and markets"


def test_the_brief_uses_an_engines_english_metric_name():
    fact = make_fact(Achievement, "单晶炉", 5, "台", 5.0, "台", metric_en="monocrystalline furnaces")
    [line] = write_brief(_report([fact])).key_figures
    assert line.text == "Monocrystalline furnaces: 5"
