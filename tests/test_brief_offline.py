"""The offline brief: exact money, pinyin names, periods, ranks, grouping, caveats, and the
number check over every sample report and example."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from report_factory import EV, make_fact, make_source

from summarizer.brief import brief
from summarizer.brief.check import check_brief, split_sentences
from summarizer.brief.figures import money
from summarizer.brief.offline import write_brief
from summarizer.brief.phrasing import (
    growth_phrase,
    period_en,
    pinyin_name,
    place_en,
    rank_phrase,
    value_phrase,
)
from summarizer.brief.render import render_brief
from summarizer.errors import ConfigError
from summarizer.models import (
    Achievement,
    ActionItem,
    Brief,
    Checks,
    Meta,
    Provenance,
    Report,
    Target,
)
from summarizer.pipeline import summarize_path
from summarizer.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "samples"
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize(
    ("value", "unit", "norm", "base", "qualifier", "english"),
    [
        (79.4, "亿元", 7.94e9, "yuan", None, "RMB 7.94 billion"),
        (1.76, "亿", 1.76e8, None, None, "RMB 176 million"),
        (2800, "万元", 2.8e7, "yuan", None, "RMB 28 million"),
        (16.4, "亿元", 1.64e9, "yuan", None, "RMB 1.64 billion"),
        (7.5, "亿美元", 7.5e8, "USD", None, "USD 750 million"),
        (896.2, "万元", 8.962e6, "yuan", "余", "more than RMB 8.962 million"),
        (30, "个", 30.0, "个", "以上", "more than 30"),
        (3.6, "亿元", 3.6e8, "yuan", "约", "about RMB 360 million"),
        (100, "家", 100.0, "家", "近", "nearly 100"),
        (27, "个", 27.0, "个", "不少于", "at least 27"),
        (1498.28, "亩", 1498.28, "mu", None, "1,498.28 mu"),
        (7.3, "个百分点", 7.3, "pp", None, "7.3 percentage points"),
        (81.4, "%", 81.4, "%", None, "81.4%"),
        (12, "万平方米", 1.2e5, "m2", None, "120,000 square metres"),
        (3, "万人次", 3e4, "人次", "多", "more than 30,000 person-times"),
        (2100, "元/月", 2100.0, "yuan/month", None, "2,100 yuan a month"),
        (12.6, "万元/人", 1.26e5, "yuan/person", None, "126,000 yuan per person"),
    ],
)
def test_value_phrase_converts_exactly(value, unit, norm, base, qualifier, english):
    fact = make_fact(Achievement, "总投资", value, unit, norm, base, qualifier=qualifier)
    assert value_phrase(fact) == english


def test_bare_magnitude_is_money_only_after_a_money_word():
    hogs = make_fact(Achievement, "生猪存栏", 628, "万", 6.28e6, None)
    assert value_phrase(hogs) == "6.28 million"


def test_money_never_loses_precision():
    assert (
        money(1639999999.9999998, "yuan") == "RMB 1.6399999999999998 billion"
    )  # shown, not hidden
    assert money(1.64e9, "yuan") == "RMB 1.64 billion"
    assert money(123456789, "yuan") == "RMB 123.456789 million"
    assert money(50000, "yuan") == "RMB 50,000"


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("南通经济技术开发区", "Nantong Economic and Technological Development Zone"),
        ("南通開發區", "Nantong Development Zone"),
        ("南谯经开区", "Nanqiao Economic Development Zone"),
        ("西安高新区", "Xi'an High-tech Zone"),
        ("苏州工业园区", "Suzhou Industrial Park"),
        ("宝应县", "Baoying County"),
        ("常州市金坛区", "Jintan District, Changzhou City"),
        ("江宁镇", "Jiangning Town"),
        ("太湖科创园", "Taihu Sci-Tech Innovation Park"),
        ("楠梓加工出口區", "Nanzi Export Processing Zone"),
        ("南通经济技术开发区管委会",
         "Nantong Economic and Technological Development Zone Administrative Committee"),
    ],
)
def test_place_en_uses_pinyin_and_glossary_suffixes(chinese, english):
    assert place_en(chinese) == english


def test_pinyin_name_apostrophe():
    assert pinyin_name("西安") == "Xi'an" and pinyin_name("银川") == "Yinchuan"


@pytest.mark.parametrize(
    ("period", "english"),
    [
        ("1-9月", "January-September"),
        ("1—8月份", "January-August"),
        ("上半年", "H1"),
        ("2022年", "2022"),
        ("2023年上半年", "H1 2023"),
        ("截至8月底", "as of end-August"),
        ("全年", "full year"),
        ("四季度", "Q4"),
        ("前一季度", None),
        (None, None),
    ],
)
def test_period_en(period, english):
    assert period_en(period) == english


@pytest.mark.parametrize(
    ("rank", "english"),
    [
        ("增幅居全市第二", "growth ranked second in the city"),
        ("總量居全市第一", "total ranked first in the city"),
        ("总量和增幅均居全市第一", "total and growth both ranked first in the city"),
        ("进入全省前20位", "ranked top 20 in the province"),
        ("居全省首位", "ranked first in the province"),
        ("名列前茅", "(名列前茅)"),
    ],
)
def test_rank_phrase(rank, english):
    assert rank_phrase(rank) == english


def test_growth_phrase():
    assert growth_phrase(27.0) == "up 27% year on year"
    assert growth_phrase(-3.5) == "down 3.5% year on year"
    assert growth_phrase(None) == ""


def make_report(**changes) -> Report:
    fields = dict(
        source=make_source(),
        meta=Meta(
            issuer="南通经济技术开发区",
            period="1-9月",
            published="2023-10-09",
            doc_type="work_summary",
        ),
        achievements=[
            make_fact(Achievement, "新开工重大项目", 5, "个", 5.0, "个", period="1-9月"),
            make_fact(
                Achievement,
                "工业开票销售",
                79.4,
                "亿元",
                7.94e9,
                "yuan",
                growth_pct=27.0,
                period="1-9月",
            ),
            make_fact(
                Achievement,
                "地区生产总值",
                428,
                "亿元",
                4.28e10,
                "yuan",
                rank="增幅居全市第二",
                period="1-9月",
            ),
            make_fact(Achievement, "单晶炉", 1400, "台", 1400.0, "台", qualifier="多"),
            make_fact(Achievement, "一般公共预算收入", 55.5, "亿元", 5.55e9, "yuan", verified=False),
        ],
        targets=[
            make_fact(
                Target,
                "实际利用外资",
                7.5,
                "亿美元",
                7.5e8,
                "USD",
                commitment="力争",
                period="全年",
            ),
            make_fact(
                Target,
                "签约超10亿元项目",
                30,
                "个",
                30.0,
                "个",
                qualifier="以上",
                commitment="确保",
            ),
            make_fact(
                Target,
                "新签约亿元以上项目",
                27,
                "个",
                27.0,
                "个",
                qualifier="不少于",
                commitment="不少于",
            ),
        ],
        actions=[
            ActionItem(action="加快项目建设", category="project_construction", evidence=EV),
            ActionItem(action="优化营商环境", category="enterprise_services", evidence=EV),
        ],
        provenance=Provenance(engine="offline", engine_version="t"),
        checks=Checks(verified=7, unverified=1, dropped=2),
    )
    fields.update(changes)
    return Report(**fields)


def test_write_brief_title_summary_and_source():
    result = write_brief(make_report())
    assert result.title == (
        "Nantong Economic and Technological Development Zone: work summary, January-September 2023"
    )
    assert 3 <= len(split_sentences(result.summary)) <= 6
    assert "RMB 42.8 billion" in result.summary and "RMB 7.94 billion" not in result.summary
    assert result.source.issuer_en == "Nantong Economic and Technological Development Zone"
    assert (result.source.published, result.source.source_file) == ("2023-10-09", "zone.txt")


def test_write_brief_groups_figures_by_importance_and_links_them():
    result = write_brief(make_report())
    texts = [line.text for line in result.key_figures]
    assert texts == [
        "Gross regional product (GRP): RMB 42.8 billion, growth ranked second in the city "
        "(January-September 2023)",
        "Industrial invoiced sales: RMB 7.94 billion, up 27% year on year (January-September 2023)",
        "Newly started major projects: 5 (January-September 2023)",
        "Indicator (单晶炉): more than 1,400",
    ]
    assert [line.group for line in result.key_figures] == ["output", "output", "projects", "other"]
    assert [line.fact.index for line in result.key_figures] == [2, 1, 0, 3]


def test_write_brief_targets_carry_their_commitment():
    texts = [line.text for line in write_brief(make_report()).targets]
    assert "Strive to: actually utilized foreign capital: USD 750 million (2023)" in texts
    assert "Ensure: signed projects of more than RMB 1 billion: more than 30" in texts
    assert "Target: newly signed projects of RMB 100 million or more: at least 27" in texts


def test_write_brief_shows_only_verified_facts_and_says_what_was_left_out():
    result = write_brief(make_report())
    assert all("5.55" not in line.text for line in result.key_figures)
    caveats = " ".join(result.caveats)
    assert "一般公共预算收入 55.5亿元 (achievement 4)" in caveats
    assert "2 extracted fact(s) failed verification" in caveats
    assert "单晶炉" in caveats and "新开工重大项目" not in caveats  # untranslated names are named
    assert "verified against the source text; facts that could not be verified" in result.summary


def test_write_brief_measures_keep_chinese_and_say_so():
    result = write_brief(make_report())
    assert [m.text for m in result.measures] == [
        "Accelerate project construction",
        "Improve the business environment",
    ]
    assert [m.source for m in result.measures] == ["加快项目建设", "优化营商环境"]
    assert [m.translated for m in result.measures] == [True, True]
    assert result.source_wording[0] == (
        "Project construction: Accelerate project construction — 「加快项目建设」"
    )
    untranslated = write_brief(
        make_report(actions=[ActionItem(action="抓紧谋划明年某某", evidence=EV)])
    )
    assert untranslated.measures == []  # no Chinese in the body …
    assert untranslated.source_wording == ["Other (no English rendering): 「抓紧谋划明年某某」"]
    assert any("no English rendering" in c for c in untranslated.caveats)
    text = render_brief(untranslated, "md")
    assert text.index("## Source wording") > text.index("## Caveats")  # … only at the end


def test_write_brief_passes_its_own_check_and_counts_glossary_coverage():
    report = make_report()
    result = write_brief(report)
    check = check_brief(result, report)
    assert check.problems == [] and check.numbers_checked == result.provenance.check.numbers_checked
    assert result.provenance.check.removed == []
    gloss = result.provenance.glossary
    assert gloss.metrics == 7 and gloss.exact + gloss.composed + gloss.partial + gloss.none == 7
    assert gloss.none == 1 and "单晶炉" in gloss.untranslated


def test_write_brief_of_an_empty_report_still_has_three_sentences():
    result = write_brief(
        make_report(meta=Meta(), achievements=[], targets=[], actions=[], checks=Checks())
    )
    assert 3 <= len(split_sentences(result.summary)) <= 6
    assert "no verified achievement figures" in result.summary
    assert result.title == "Economic work report: report"


def _reports() -> list[tuple[str, Report]]:
    paths = list(EXAMPLES)
    if SAMPLES.is_dir():
        paths += sorted(SAMPLES.glob("*.txt"))
    return [(p.name, summarize_path(p, engine="offline")) for p in paths]


@pytest.fixture(scope="module")
def reports() -> list[tuple[str, Report]]:
    return _reports()


def test_offline_briefs_match_every_number_in_samples_and_examples(reports):
    names = [name for name, _ in reports]
    if SAMPLES.is_dir():
        assert len(names) == len(EXAMPLES) + 5
    for name, report in reports:
        result = write_brief(report)
        check = check_brief(result, report)
        assert check.problems == [], (name, [p.message for p in check.problems])
        assert result.provenance.check.removed == [], name
        assert check.numbers_checked >= 3 and check.numbers_matched == check.numbers_checked, name
        assert 3 <= len(split_sentences(result.summary)) <= 6, name
        assert len(result.key_figures) <= 12 and len(result.targets) <= 8, name
        # nothing dropped silently: every verified fact is a body or appendix line, linked to
        # itself, or a repeated mention of the same value merged into one that is
        lines = result.key_figures + result.targets + result.appendix
        linked = {(line.fact.kind, line.fact.index) for line in lines}
        facts = {("achievement", i): f for i, f in enumerate(report.achievements) if f.verified}
        facts |= {("target", i): f for i, f in enumerate(report.targets) if f.verified}
        assert linked <= set(facts), name
        shown = {(facts[k].value_normalized, facts[k].base_unit) for k in linked}
        for key in set(facts) - linked:
            assert (facts[key].value_normalized, facts[key].base_unit) in shown, (name, key)


def test_offline_brief_planted_errors_are_flagged_on_real_reports(reports):
    """Mis-scale every money figure of a real brief (x0.1) and drop a 'billion': each is caught."""
    for name, report in reports:
        result = write_brief(report)
        planted = 0
        for line in result.key_figures:
            match = re.search(r"RMB (\d[\d,.]*) (billion|million)", line.text)
            if not match:
                continue
            wrong = line.model_copy(
                update={
                    "text": line.text.replace(
                        match.group(0),
                        f"RMB {match.group(1)}"
                        if planted % 2
                        else f"RMB {match.group(1)} {'million' if match.group(2) == 'billion' else 'thousand'}",
                    )
                }
            )
            bad = result.model_copy(update={"key_figures": [wrong]})
            assert check_brief(bad, report).problems, (name, wrong.text)
            planted += 1
        if "RMB" in " ".join(line.text for line in result.key_figures):
            assert planted


def test_brief_api_offline_and_auto_without_a_model():
    report = make_report()
    assert brief(report, engine="offline").provenance.engine == "offline"
    assert brief(report).provenance.engine == "offline"  # no model configured in tests


def test_brief_api_llm_without_a_model_is_a_config_error():
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        brief(make_report(), engine="llm", settings=Settings())


def test_brief_api_rejects_an_unknown_engine():
    with pytest.raises(ConfigError, match="Unknown brief engine 'gpt'"):
        brief(make_report(), engine="gpt")


# --- renderers --------------------------------------------------------------------------


def test_render_markdown_has_sections_and_source_line():
    text = render_brief(write_brief(make_report()), "md")
    assert text.startswith("# Nantong Economic and Technological Development Zone")
    for heading in ("## Key figures", "### Output", "## Targets", "## Measures", "## Caveats"):
        assert heading in text
    assert (
        "Source: Nantong Economic and Technological Development Zone (南通经济技术开发区)" in text
    )
    assert "numbers checked" in text and text.endswith("\n")


def test_render_markdown_escapes_markup():
    result = write_brief(make_report(actions=[ActionItem(action="<b>*加快*</b>", evidence=EV)]))
    text = render_brief(result, "md")
    assert "<b>" not in text and r"\<b\>\*加快\*\</b\>" in text


def test_render_html_escapes_everything():
    hostile = ActionItem(action="<script>alert(1)</script>", evidence=EV, category="other")
    page = render_brief(write_brief(make_report(actions=[hostile])), "html")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.startswith("<!DOCTYPE html>") and 'data-fact="achievement-2"' in page


def test_render_json_round_trips_and_text_is_plain():
    result = write_brief(make_report())
    assert Brief.model_validate(json.loads(render_brief(result, "json"))) == result
    text = render_brief(result, "txt")
    assert "KEY FIGURES" in text and "#" not in text.splitlines()[0]


def test_render_unknown_format():
    with pytest.raises(ValueError, match="unknown brief format"):
        render_brief(write_brief(make_report()), "pdf")


def test_brief_api_llm_unavailable_is_a_config_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "summarizer.brief.english", None)  # import fails
    settings = Settings(model="m", openai_api_key="k")
    with pytest.raises(ConfigError, match="LLM brief is unavailable.*--engine offline"):
        brief(make_report(), engine="llm", settings=settings)


def test_offline_brief_leads_with_grp_whatever_the_amounts():
    from summarizer.pipeline import summarize_text

    text = (
        "开发区上半年实现规上工业总产值420亿元，同比增长9.8%；地区生产总值186.5亿元，同比增长7.2%；"
        "工业开票销售500亿元。\n"
    )
    result = brief(summarize_text(text, engine="offline"), engine="offline")
    output = [line.fact.metric for line in result.key_figures if line.group == "output"]
    assert output[0] == "地区生产总值"
    assert output.index("规上工业总产值") < output.index("工业开票销售")
    assert "Headline figures: gross regional product" in result.summary


def test_readme_python_spellings_of_the_brief_both_work():
    """README: `summarizer.brief.brief(report, engine="offline")` (it raised AttributeError when
    the package attribute was shadowed by the function) and the top-level `summarizer.brief(...)`."""
    import summarizer

    report = make_report()
    first = summarizer.brief.brief(report, engine="offline")
    second = summarizer.brief(report, engine="offline")
    assert first.title == second.title and first.provenance.engine == "offline"
