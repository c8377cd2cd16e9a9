"""A fact's period is the year, quarter or span its figure covers (全年, 2020年, 1-9月, 到2025年
for a target); a comparison's base (比2015年, 与2005年相比, 是2021年的3.7倍) is no period.
Authored sentences in the genre's style."""

from __future__ import annotations

from summarizer.engines import offline
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions
from summarizer.text.periods import is_comparison_base


def periods(text: str) -> dict[float, str | None]:
    doc = clean(text)
    d = offline.extract(doc, extract_mentions(doc))
    return {f.value: f.period for f in [*d.achievements, *d.targets]}


def test_comparison_base_years_are_recognised():
    for text, year in [("与2005年相比", "2005年"), ("是2021年的3.7倍", "2021年"),
                       ("是2010年末的两倍", "2010年末"), ("同1978年比较", "1978年"),
                       ("在2005年基础上累计削减", "2005年"), ("在2020年的基础上", "2020年")]:
        end = text.index(year) + len(year)
        assert is_comparison_base(text, text.index(year), end), text
    text = "2015年的2.6万亿元"
    assert not is_comparison_base(text, 0, text.index("年") + 1)


def test_base_of_a_comparison_is_no_period():
    found = periods("某市2023年工作总结\n与2005年相比，全市粮食产量由52万吨提高到61万吨。\n")
    assert found[52] is None and found[61] is None


def test_multiple_of_a_base_year_is_no_period():
    found = periods("某省2023年工作总结\n全年为企业减免税费234亿元、是2021年的3.7倍。\n")
    assert found[234] == "全年"


def test_deadline_of_a_target_is_its_period():
    found = periods("某市“十四五”规划纲要\n到2025年，森林覆盖率达到36.5%。\n")
    assert found[36.5] == "2025年"


def test_a_year_of_the_1950s_is_a_period():
    found = periods("关于发展国民经济的报告\n1956年全国钢产量达到447万吨，比1952年增长2.3倍。\n")
    assert found[447] == "1956年"


def test_end_of_a_year_is_the_period_of_a_stock():
    found = periods("关于发展国民经济的报告\n1956年末，全国共有职工2400万人。\n")
    assert found[2400] == "1956年末"


def verified_periods(text: str) -> dict[float, str | None]:
    """Periods of the facts the shared verifier keeps (a period it cannot find drops the fact)."""
    import summarizer

    report = summarizer.summarize_text(text, engine="offline")
    return {f.value: f.period for f in report.facts()}


def test_price_base_year_is_no_period():
    found = periods("某省“十四五”规划纲要\n到2025年按2020年价格计算的地区生产总值达到1.2万亿元。\n")
    assert found[1.2] == "2025年"
    found = periods("某市2023年工作总结\n全市农业总产值（以2015年为基期）增长4.5%。\n")
    assert found[4.5] is None


def test_a_plan_period_is_the_period_of_its_targets():
    text = "某省国民经济和社会发展第十四个五年规划纲要\n第二章 主要目标\n“十四五”期间，全省生产总值年均增长6%左右。\n"
    assert verified_periods(text)[6] == "“十四五”期间"


def test_a_plan_target_stating_no_period_is_for_the_plan_s_last_year():
    text = "某省国民经济和社会发展第十四个五年规划纲要\n第二章 主要目标\n森林覆盖率提高到40%，新建城市绿道500公里。\n"
    assert verified_periods(text) == {40: "2025年", 500: "2025年"}


def test_a_plan_heading_s_year_is_the_period_of_its_targets():
    text = ("某县2023年工作总结和2024年工作安排\n一、2023年工作总结\n全县新增城镇就业1.2万人。\n"
            "二、2024年工作安排\n（一）稳就业。新增城镇就业1.5万人以上。\n")
    # the review heading's year dates its results too (test_offline_kind_period.py)
    assert verified_periods(text) == {1.2: "2023年", 1.5: "2024年"}


def test_an_ended_plan_s_period_looks_back_in_the_next_plan():
    text = "某省国民经济和社会发展第十个五年计划纲要\n“九五”期间，全省生产总值年均增长9.1%，经济实力明显增强。\n"
    doc = clean(text)
    d = offline.extract(doc, extract_mentions(doc))
    assert [f.value for f in d.achievements] == [9.1] and d.achievements[0].period == "“九五”期间"


def test_a_plan_period_in_traditional_script_is_kept_as_written():
    text = "某省國民經濟和社會發展第十四個五年規劃綱要\n第二章 主要目標\n“十四五”時期，全省生產總值年均增長6%左右。\n"
    assert verified_periods(text)[6] == "“十四五”時期"


def test_a_year_written_in_numerals_is_a_period():
    found = periods("关于一九八一年国民经济计划执行结果的公报\n一九八一年末，全国农业机械总动力达到2.1亿马力，比上年末增长5%。\n"
                    "一九八一年全国钢产量达到3560万吨，比一九八〇年增长2%。\n")
    assert found[2.1] == "一九八一年末" and found[3560] == "一九八一年"


def test_a_span_named_in_a_paragraph_does_not_date_the_figures_after_it():
    found = periods("某省2024年政府工作报告\n过去一年，我们把2022年末至2023年出现的过热势头调整过来。全省生产总值达到1200亿元。\n"
                    "1-10月，全县经济平稳。规模以上工业总产值182.6亿元。\n")
    assert found[1200] is None and found[182.6] == "1-10月"


def test_an_average_rate_is_of_the_span_not_of_the_end_year():
    # i8x: 年均增长 over five years is the plan's (or the written span's) period, never 2025年
    text = "“十四五”时期，全县经济稳步发展。2025年全县生产总值达到318亿元，年均增长6.2%。\n"
    for found in (periods(text), verified_periods(text)):
        assert found[6.2] == "“十四五”时期"
        assert found[318] == "2025年"
    text = "过去五年，全区一般公共预算收入年均增长7.4%，2025年达到46亿元。\n"
    for found in (periods(text), verified_periods(text)):
        assert found[7.4] == "过去五年"
    # no span written: the rate states no period rather than the year the level is of
    text = "2024年全市外贸进出口总额612亿元，是2019年的1.6倍，年均增长9.8%。\n"
    for found in (periods(text), verified_periods(text)):
        assert found[9.8] is None
        assert found[612] == "2024年"


def test_the_whole_year_after_the_quarters_dates_the_full_year_figure():
    text = "全县生产总值一季度增长3.1%，二季度增长4.6%，全年增长5.2%；规上工业增加值增长6.9%。\n"
    for found in (periods(text), verified_periods(text)):
        assert found[4.6] == "二季度"
        assert found[5.2] == "全年"
        assert found[6.9] == "全年"
    text = "一季度完成全年目标任务的28%。\n"
    assert periods(text)[28] == "一季度"  # 全年目标 names the target, it dates nothing


def test_a_base_period_opened_by_you_dates_its_base_figure_only():
    text = "到2030年，全市森林覆盖率由“十四五”末的41%提高到45%以上，湿地保护率达到60%。\n"
    for found in (periods(text), verified_periods(text)):
        assert found[41] == "“十四五”末"
        assert found[45] == "2030年"
        assert found[60] == "2030年"


def test_a_quarter_a_verb_takes_as_its_object_dates_no_later_figure():
    text = "开展专项行动攻坚四季度，推动政策叠加显效。全市争取专项债券资金86亿元。\n"
    for found in (periods(text), verified_periods(text)):
        assert found[86] is None
    text = "四季度，全市加大项目投入。争取专项债券资金86亿元。\n"
    assert periods(text)[86] == "四季度"  # a quarter opening its clause frames what follows


def test_the_year_a_share_became_is_its_period_not_a_base():
    text = "“九五”期间，全县经济结构明显改善。农业占比由2000年的31.2%变为2005年的24.6%。\n"
    found = periods(text)
    assert found[31.2] == "2000年"
    assert found[24.6] == "2005年"  # 变为…年的: what it became, no comparison base
    assert is_comparison_base("总量为2015年的1.5倍", 3, 8)  # 为 as a base verb still is one
