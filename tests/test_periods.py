"""Years and five-year-plan periods read from Chinese report strings, and their English."""

from __future__ import annotations

import pytest

from summarizer.brief.phrasing import period_en
from summarizer.text.periods import fact_year, five_year_plan, plan_year, report_year, years_in


def test_years_in_reads_arabic_and_numeral_years_only_as_years():
    assert years_in("南谯经开区2022年工作总结及2023年工作计划") == [2022, 2023]
    assert years_in("二〇二三年政府工作报告") == [2023]
    assert years_in("销售2022台，增长2022.5%") == []  # not followed by 年
    assert years_in(None) == []


@pytest.mark.parametrize(
    ("text", "plan"),
    [("十三五", (13, 2016, 2020)), ("“十四五”时期", (14, 2021, 2025)), ("十五五规划", (15, 2026, 2030)),
     ("上半年", None), ("第十个五年计划纲要", (10, 2001, 2005)), ("“一五”计划", (1, 1953, 1957)),
     ("“二五”期间", (2, 1958, 1962)), ("“三五”时期", (3, 1966, 1970)), ("“九五”期间", (9, 1996, 2000)),
     ("三五成群", None)],
)
def test_five_year_plan(text, plan):
    assert five_year_plan(text) == plan


def test_report_year_prefers_period_then_title_then_date_then_opening():
    assert report_year("2021年上半年", "2020年总结", None, None) == 2021
    assert report_year("上半年", "某区2023年上半年工作总结", None, None) == 2023
    assert report_year("1-9月", None, "2020年10月10日，某区召开督查会", None) == 2020
    assert report_year("1-9月", None, None, "2020-10-10") == 2020
    # the opening lines often look back: the publication date decides before them
    assert report_year("1-9月", None, "与2019年相比，我区", "2020-10-10") == 2020
    # an annual summary published early in the next year is about the year before
    assert report_year("全年", None, None, "2024-01-15") == 2023
    assert report_year(None, None, None, None) is None


def test_plan_year_and_fact_year():
    title = "南谯经开区2022年工作总结及2023年工作计划"
    assert plan_year(title, 2022) == 2023
    assert plan_year("2020年工作重点", 2020) == 2020
    assert fact_year("上半年", 2023) == 2023
    assert fact_year("2021年", 2023) == 2021
    assert fact_year("全年", 2022, target_year=2023) == 2023
    assert fact_year("明年", 2022) == 2023 and fact_year("上年", 2022) == 2021
    assert fact_year(None, None) is None


@pytest.mark.parametrize(
    ("period", "year", "english"),
    [
        ("上半年", 2023, "H1 2023"),
        ("2023年上半年", None, "H1 2023"),
        ("1-9月", 2020, "January-September 2020"),
        ("1—8月份", None, "January-August"),
        ("2021年", None, "2021"),
        ("全年", 2021, "2021"),
        ("十三五", None, "the 13th Five-Year Plan period (2016-2020)"),
        ("“十三五”时期", 2020, "the 13th Five-Year Plan period (2016-2020)"),
        ("前三季度", 2019, "January-September 2019"),
        ("一季度", 2020, "Q1 2020"),
        ("年末", 2024, "end-2024"),
        ("截至8月底", 2022, "as of end-August 2022"),
        ("前一季度", 2022, None),
    ],
)
def test_period_en_states_the_year(period, year, english):
    assert period_en(period, year) == english
