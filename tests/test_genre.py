"""The offline engine on authored reports of the genre (tests/fixtures/genre, all invented).

Each fixture stands for a kind of report the engine meets in the wild: a county statistics
bulletin, a high-tech zone's summary and plan, a Traditional-character page, a scraped HTML
page with its chrome, mid-year meeting news and an indicator table flattened to text. The
expectations are what a reader of each text would write down; nothing is tuned to one
sentence of the shared corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import summarizer

GENRE = Path(__file__).parent / "fixtures" / "genre"


@pytest.fixture(scope="module")
def reports():
    return {p.name: summarizer.summarize(str(p), engine="offline") for p in sorted(GENRE.iterdir())}


def facts(report):
    return [*report.achievements, *report.targets]


def fact(report, value, unit=None, *, kind=None):
    """The one fact with this value (and unit as written, when given)."""
    pool = report.achievements if kind == "achievement" else report.targets if kind == "target" else facts(report)
    hits = [f for f in pool if f.value == value and (unit is None or f.unit == unit)]
    assert len(hits) == 1, f"{len(hits)} facts with {value}{unit or ''}: {[(f.metric, f.value, f.unit) for f in facts(report)]}"
    return hits[0]


def test_genre_every_fact_is_verified_with_exact_evidence(reports):
    for name, report in reports.items():
        for f in facts(report):
            assert f.verified, (name, f.metric, f.value)
        assert report.checks.dropped == 0, (name, report.checks)


# --- a statistics table flattened to text ---------------------------------------------------

TABLE = "qingfeng-indicators-table.txt"


@pytest.mark.parametrize(
    ("metric", "value", "unit", "growth"),
    [
        ("规上工业总产值", 156.3, "亿元", 10.2),
        ("固定资产投资", 48.7, "亿元", -3.6),
        ("实际使用外资", 5200, "万美元", 15.0),
        ("一般公共预算收入", 9.82, "亿元", 0.8),
        ("工业用电量", 3.42, "万千瓦时", 5.1),  # the unit stands in the row's 单位 cell
        ("新增市场主体", 1260, "户", -2.4),
    ],
)
def test_genre_table_rows_give_metric_value_and_growth_column(reports, metric, value, unit, growth):
    f = fact(reports[TABLE], value, unit)
    assert (f.metric, f.growth_pct, f.period) == (metric, growth, "1-9月")


def test_genre_table_growth_cells_are_not_facts_of_their_own(reports):
    report = reports[TABLE]
    assert len(facts(report)) == 6
    assert all(f.value not in (15, 2023, 10) for f in facts(report))  # 15.0% growth, the 注 date


# --- a county statistics bulletin -------------------------------------------------------------

BULLETIN = "county-bulletin-2023-10.txt"


def test_genre_decline_is_negative_growth_and_verified(reports):
    f = fact(reports[BULLETIN], 23.5, "亿元")
    assert (f.metric, f.growth_pct, f.verified) == ("房地产开发投资", -18.7, True)
    assert fact(reports[BULLETIN], 10.1, "亿元").growth_pct == -2.3


def test_genre_bulletin_growth_rank_and_period(reports):
    report = reports[BULLETIN]
    output = fact(report, 182.6, "亿元")
    assert (output.metric, output.growth_pct, output.period) == ("规模以上工业总产值", 9.2, "1-10月")
    added_value = fact(report, 6.8, "%")  # only a growth rate: a fact of its own, as the gold notes say
    assert "规模以上工业增加值" in added_value.metric and "增长" in added_value.metric
    assert added_value.growth_pct is None and "第3位" in (added_value.rank or "")
    retail = fact(report, 95.4, "亿元")
    assert (retail.growth_pct, "第2位" in (retail.rank or "")) == (7.6, True)


def test_genre_bulletin_percentage_points_and_shares(reports):
    report = reports[BULLETIN]
    slowdown = fact(report, 0.4, "个百分点")
    assert slowdown.metric == "规模以上工业增加值增速"
    assert slowdown.period == "1-10月"  # 比1-9月 is the base of the comparison, not the period
    assert fact(report, 1.2, "个百分点").metric == "固定资产投资降幅"
    assert fact(report, 35.2, "%").metric == "装备制造业产值(占规上工业总产值的比重)"  # a share, named after its host
    assert fact(report, 76.5, "%").metric == "税收占比"


def test_genre_bulletin_period_carries_over_from_the_title(reports):
    assert "1-10月" in fact(reports[BULLETIN], 41.8, "亿元").period


def test_genre_bulletin_chinese_numerals_and_size_classes(reports):
    report = reports[BULLETIN]
    assert fact(report, 23, "家").metric == "新增规上工业企业"
    assert fact(report, 12, "家").value_text == "十二"
    assert fact(report, 30, "家").qualifier == "余"
    assert fact(report, 17, "个").metric == "新开工亿元以上项目"
    assert not [f for f in facts(report) if f.unit in ("亿元", "万元") and f.value in (1, 5000)]


def test_genre_bulletin_dates_and_phones_are_not_facts(reports):
    report = reports[BULLETIN]
    assert not report.targets  # a bulletin reports results only
    for value in (2023, 20, 11, 577, 88776655, 10, 9):
        assert all(f.value != value for f in facts(report)), value


# --- a high-tech zone: summary of the year and plan for the next ----------------------------

HITECH = "xinghe-hitech-2023-summary-2024-plan.txt"


def test_genre_hitech_summary_figures(reports):
    report = reports[HITECH]
    revenue = fact(report, 1.2, "万亿元")
    assert (revenue.value_normalized, revenue.growth_pct) == (1.2e12, 8.1)
    fdi = fact(report, 5.6, "亿美元")
    assert fdi.metric == "实际使用外资" and "第一" in (fdi.rank or "")
    assert fact(report, 12.6, "万平方米").value_normalized == 126_000  # written in full-width digits
    assert fact(report, 12.6, "万吨").value_normalized == 126_000
    assert fact(report, 21, "个").metric == "竣工投产项目"
    assert fact(report, 2, "家").value_text == "两"
    assert fact(report, 3.5, "万平方米").metric == "新建标准厂房"


def test_genre_hitech_plan_section_gives_targets(reports):
    report = reports[HITECH]
    growth = fact(report, 8, "%", kind="target")
    assert (growth.qualifier, "增长" in growth.metric) == ("以上", True)
    assert fact(report, 6, "亿美元", kind="target").qualifier == "不低于"
    assert fact(report, 20, "个", kind="target").qualifier == "不少于"
    fact(report, 10, "个", kind="target")
    assert fact(report, 12, "公里", kind="target").commitment == "确保"
    plan_starts = (GENRE / HITECH).read_text(encoding="utf-8").index("二、2024年工作打算")
    assert all(f.evidence.start < plan_starts for f in report.achievements)
    assert all(f.evidence.start > plan_starts for f in report.targets)


def test_genre_hitech_non_quantities(reports):
    report = reports[HITECH]
    # 3-5亿元项目 / 3至5亿元的配套项目: project size classes; 十四五, 第一批, 二期, 连续三年: names
    assert not [f for f in facts(report) if f.unit == "亿元" and f.value in (3, 5)]
    assert all(f.value not in (14, 3) for f in facts(report))
    assert all(f.metric != "连续三年" and f.unit not in ("批", "期") for f in facts(report))


# --- Traditional characters, Hong Kong / Taiwan wording ---------------------------------------

TRAD = "haiwan-science-park-2023-h1-traditional.txt"


def test_genre_traditional_keeps_the_users_characters(reports):
    report = reports[TRAD]
    assert report.source.script == "traditional"
    revenue = fact(report, 86.5, "億元")
    assert (revenue.metric, revenue.growth_pct, revenue.period) == ("營業收入", 12.3, "上半年")  # 按年增長
    assert fact(report, 4800, "萬美元").growth_pct == -3.5  # 衰退: Taiwan's word for a decline
    assert fact(report, 4.1, "個百分點").metric.startswith("進駐率")  # 成長 N 個百分點 of the rate before


def test_genre_traditional_chinese_numerals_and_qualifiers(reports):
    report = reports[TRAD]
    assert fact(report, 8, "個").metric == "新引進企業"
    assert fact(report, 2, "家").value_text == "兩"
    assert fact(report, 1.2, "萬人").qualifier == "約"
    assert fact(report, 300, "件").qualifier == "餘"
    assert fact(report, 180, "億元", kind="target").commitment == "力爭"


# --- metadata ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "issuer", "doc_type", "period", "published"),
    [
        (BULLETIN, "云溪县", "bulletin", "1-10月", None),
        (HITECH, "星河高新区", "mixed", "2023年", None),
        (TRAD, "海灣科技園區", "bulletin", "上半年", None),
        ("linchuan-q3-meeting-page.html", "临川经开区", "meeting_news", "前三季度", "2023-10-18"),
        ("beiyuan-midyear-meeting-2023.txt", "北苑经开区", "meeting_news", "上半年", None),
        (TABLE, "青峰经济开发区", "bulletin", "1-9月", None),
    ],
)
def test_genre_meta(reports, name, issuer, doc_type, period, published):
    meta = reports[name].meta
    assert (meta.issuer, meta.doc_type, meta.period, meta.published) == (issuer, doc_type, period, published)


def test_genre_meta_title_without_site_name(reports):
    assert reports["linchuan-q3-meeting-page.html"].meta.title == "临川经开区召开三季度经济运行分析会"
    assert reports[BULLETIN].meta.title == "云溪县2023年1-10月经济运行简况"  # a period's hyphen is no separator


# --- a scraped page and mid-year meeting news: chrome, figures and measures ---------------------

PAGE = "linchuan-q3-meeting-page.html"
MEETING = "beiyuan-midyear-meeting-2023.txt"


def quotes(report):
    return [a.evidence.quote for a in report.actions]


def test_genre_page_chrome_gives_no_facts(reports):
    report = reports[PAGE]
    assert report.source.format == "html" and report.source.chars_removed > 0
    # 相关新闻 headline (23个), 浏览次数 (1286), the address (88号) and the ICP number are chrome
    assert sorted(f.value for f in facts(report)) == [4.86, 52.3, 328.6, 450]
    assert all(f.period == "前三季度" for f in report.achievements)
    assert fact(report, 450, "亿元", kind="target").commitment == "确保"


def test_genre_page_actions(reports):
    report = reports[PAGE]
    found = quotes(report)
    assert "加快推进锂电新材料产业园建设" in found
    owner = [a for a in report.actions if a.evidence.quote.endswith("紧盯重点项目")]
    assert owner and owner[0].owner == "各部门"
    assert found.count("临川经开区召开三季度经济运行分析会") <= 1
    for chrome in ("会议现场", "园区夜景", "航拍", "上一篇", "相关新闻", "实干担当"):
        assert not any(chrome in q for q in found), chrome
    assert not any("328.6" in q for q in found)  # a result reported by 会议指出 is not a measure


def test_genre_meeting_results_and_targets(reports):
    report = reports[MEETING]
    gdp = fact(report, 156.8, "亿元", kind="achievement")
    assert (gdp.metric, gdp.growth_pct, gdp.period) == ("地区生产总值", 7.2, "上半年")
    assert "第一" in (fact(report, 268, "亿元").rank or "")
    assert fact(report, 42, "个", kind="achievement").value_text == "四十二"
    assert fact(report, 7, "%", kind="target").qualifier == "以上"
    assert fact(report, 560, "亿元", kind="target").commitment == "力争"
    assert fact(report, 10, "个", kind="target").period == "年底前"


def test_genre_meeting_actions_with_owner_deadline_category(reports):
    report = reports[MEETING]
    by_quote = {a.evidence.quote: a for a in report.actions}
    assert by_quote["招商部门要瞄准长三角、珠三角开展精准招商"].owner == "招商部门"
    assert by_quote["项目服务中心要建立重大项目周调度机制"].owner == "项目服务中心"
    assert by_quote["推动北区智能制造产业园9月底前竣工"].deadline == "9月底前"
    assert by_quote["深入开展燃气安全专项整治"].category == "safety"
    for result in ("完成156.8亿元", "新签约项目四十二个"):
        assert not any(result in q for q in by_quote), result


def test_genre_hitech_actions_skip_slogans_and_announcements(reports):
    report = reports[HITECH]
    found = quotes(report)
    assert "深化“一件事一次办”改革" in found and "推行企业开办全程网办" in found
    assert [a.category for a in report.actions if a.evidence.quote == "建成12公里园区环路"] == ["infrastructure"]
    for not_a_measure in ("关键一年", "以下工作", "主要指标稳中有进"):
        assert not any(not_a_measure in q for q in found), not_a_measure


def test_genre_bulletin_has_no_measures(reports):
    found = quotes(reports[BULLETIN])
    assert not any("百分点" in q or "持续回暖" in q for q in found), found


# --- a town's work plan: qualifiers, ranges and commitments -------------------------------------

PLAN = "nanhu-town-2024-work-plan.txt"


@pytest.mark.parametrize(
    ("value", "unit", "metric", "qualifier", "commitment"),
    [
        (6, "%", "地区生产总值增长", "左右", "目标"),
        (45, "亿元", "固定资产投资", None, "力争"),  # 力争 between the metric and the figure
        (20, "亿元", "工业投资", "不低于", "不低于"),
        (8, "个", "产业项目", None, "计划"),  # 总投资3-5亿元的产业项目: a size class, then the count
        (2, "个", "招引外资项目", None, "计划"),
        (1000, "万美元", "到位外资", "超", "力争"),
        (800, "亩", "新增工业用地", "近", "确保"),
        (10, "万平方米", "建成标准厂房", "逾", "确保"),  # a flow keeps its verb
        (1200, "人", "新增城镇就业", "左右", None),
        (3, "%", "单位地区生产总值能耗下降", "以内", None),
        (4, "次", "应急演练", "不少于", "不少于"),
    ],
)
def test_genre_plan_targets(reports, value, unit, metric, qualifier, commitment):
    f = fact(reports[PLAN], value, unit, kind="target")
    assert (f.metric, f.qualifier, f.commitment) == (metric, qualifier, commitment)


def test_genre_plan_has_no_achievements_and_no_range_amounts(reports):
    report = reports[PLAN]
    assert report.achievements == []
    assert not [f for f in facts(report) if f.unit == "亿元" and f.value in (3, 5)]
    assert all(f.value not in (2024, 8, 1) or f.unit == "个" for f in facts(report))  # the date line


def test_genre_plan_commitments_to_figures_are_not_measures(reports):
    found = quotes(reports[PLAN])
    assert not any(q.startswith("固定资产投资力争") for q in found), found


# --- the same reports in the encodings they come in ---------------------------------------------

@pytest.mark.parametrize(("name", "encoding"), [(TRAD, "big5"), (BULLETIN, "gbk"), (HITECH, "utf-16"), (PLAN, "utf-8-sig")])
def test_genre_encodings_give_the_same_facts(reports, tmp_path, name, encoding):
    path = tmp_path / name
    text = (GENRE / name).read_text(encoding="utf-8")
    path.write_bytes(text.encode(encoding, errors="strict"))
    again = summarizer.summarize(str(path), engine="offline")
    key = lambda r: sorted((f.metric, f.value, f.unit, f.growth_pct, f.evidence.start) for f in facts(r))  # noqa: E731
    assert key(again) == key(reports[name])


# --- a Taiwan government page in Big5: Republic-era dates, 新臺幣, 力拚 ----------------------------

TW = "tw-export-zone-112-h1.html"


def test_genre_taiwan_page_is_big5_html_with_roc_dates(reports):
    report = reports[TW]
    assert (report.source.encoding, report.source.format, report.source.script) == ("big5", "html", "traditional")
    assert report.meta.published == "2023-07-20"  # 發布日期：112-07-20
    assert report.meta.title == "加工出口區112年上半年營運成果"
    # 112年, 今（20）日, 點閱次數：2356, the address and phone are not figures
    assert all(f.value not in (112, 20, 2356, 3, 7) for f in facts(report))


def test_genre_taiwan_page_figures(reports):
    report = reports[TW]
    revenue = fact(report, 2430, "億元")
    assert (revenue.metric, revenue.growth_pct, revenue.value_normalized) == ("各園區營業額", -8.6, 2.43e11)
    assert fact(report, 155, "億美元").growth_pct == -12.4
    assert fact(report, 46, "件").value_text == "四十六"
    assert fact(report, 9.8, "萬人").growth_pct == 1.5
    assert "第一" in (fact(report, 684, "億元").rank or "")
    target = fact(report, 400, "億元", kind="target")
    assert (target.metric, target.commitment, target.period) == ("新增投資金額", "力拚", "全年")


def test_genre_taiwan_page_chrome():
    from summarizer.text.clean import clean
    from summarizer.text.load import load_path

    text = load_path(GENRE / TW).text
    doc = clean(text)
    removed = {text[r.start : r.end] for r in doc.removed}
    for chrome in (":::", "字級：小 中 大", "回上一頁\u3000回首頁", "相關連結", "經濟部全球資訊網"):
        assert chrome in removed, chrome
    assert "居各園區第一" in doc.cleaned()


# --- an HTML statistics table (GBK page): units in row names, growth and target columns --------

HTML_TABLE = "hongshan-indicators-page.html"


@pytest.mark.parametrize(
    ("metric", "value", "unit", "growth", "target"),
    [
        ("规模以上工业总产值", 212.4, "亿元", 9.8, 450),
        ("固定资产投资", 36.9, "亿元", -5.2, 80),
        ("实际使用外资", 4630, "万美元", 22.1, 8000),
        ("新增规上工业企业", 14, "家", None, 30),  # — in the growth column: no growth
    ],
)
def test_genre_html_table_rows(reports, metric, value, unit, growth, target):
    report = reports[HTML_TABLE]
    done = fact(report, value, unit, kind="achievement")
    assert (done.metric, done.growth_pct, done.period) == (metric, growth, "1-6月")
    goal = fact(report, target, unit, kind="target")
    assert (goal.metric, goal.commitment, goal.period) == (metric, "目标", "全年")


def test_genre_html_table_header_does_not_switch_to_plan_mode(reports):
    report = reports[HTML_TABLE]
    assert report.source.encoding == "gb18030" and len(report.achievements) == 5  # 4 rows + the 注 ranking
    ranking = fact(report, 2, "位")
    assert (ranking.metric, ranking.value_text) == ("规上工业增加值增速", "第2")


# --- an official notice carrying a task list: document numbers, dates, phones, names ------------

NOTICE = "gaoxin-2024-task-list-notice.txt"


def test_genre_notice_targets_only(reports):
    report = reports[NOTICE]
    assert report.achievements == []
    assert fact(report, 30, "个").metric == "新签约亿元以上项目"  # the item number 一、 is no part of it
    assert fact(report, 5, "个").qualifier == "不少于"
    assert fact(report, 1000, "亿元").commitment == "力争"
    assert len(facts(report)) == 3  # 〔2023〕45号, 12号, 十四五, 第一批, 第三批, G60, 1+3+N, dates, phones


def test_genre_notice_meta(reports):
    meta = reports[NOTICE].meta
    assert meta.doc_type == "work_plan"
    assert meta.issuer != "关于"


def test_genre_notice_actions_skip_references_and_closing_formula(reports):
    found = quotes(reports[NOTICE])
    assert "推进G60科创走廊建设" in found
    assert not any(q.startswith(("根据", "请认真")) for q in found), found


def test_genre_bulletin_flat_is_zero_growth(reports):
    flat = fact(reports[BULLETIN], 13.2, "亿元")
    assert (flat.growth_pct, flat.verified) == (0.0, True)
    assert flat.evidence.quote.endswith("同比持平")
