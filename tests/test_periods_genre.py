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
