"""Years and plan periods stated in Chinese report text: which year a report and each fact is about.

A work report often writes only 上半年 or 1-9月 beside a figure; the year is said once, in the
title (南谯经开区2022年工作总结及2023年工作计划), the period line or the opening lines, or is
left to the publication date. These helpers read it back so every figure can carry its year.
They only read strings; the pipeline decides where the strings come from.
"""

from __future__ import annotations

import re

from summarizer.text.normalize import to_simplified

_DIGIT = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "一": "1", "二": "2", "三": "3", "四": "4",
          "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
# 2023年, 2023 年, 二〇二三年 (a year written in numerals, as in official titles)
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年|([一二][〇零○Ｏ一二三四五六七八九]{3})年")
_PLAN = re.compile(r"[“\"]?(十[一二三四五六七八九]?|[六七八九])五[”\"]?(?:规划|计划|时期|期间)?")
# 第十个五年计划, 第一个五年计划: the plan written out (titles of plan outlines, 1950s reports)
_PLAN_LONG = re.compile(r"第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)")
# “一五”计划, “二五”期间 (1953-1962): the early plans, named by a quoted or followed short form only,
# for a bare 一五/三五 is a count (一五一十, 三五成群)
_PLAN_EARLY = re.compile(r"[“\"]([一二三四五])五[”\"]|(?<![\u4e00-\u9fff])([一二三四五])五(?=计划|时期|期间)")
_NUMERAL = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
            "十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15, "十六": 16, "十七": 17, "十八": 18,
            "十九": 19}
# the first two plans ran 1953-57 and 1958-62; after three years of readjustment (1963-65) the
# third began in 1966, and from then on every plan follows the one before
_PLAN_START = {1: 1953, 2: 1958}
# Words that move a period away from the report's own year (明年 = the year after).
# 与2005年相比 / 是2021年的3.7倍: the year is the base a figure is compared with, not its period
_BASE_AFTER = re.compile(
    r"\s*(?:末|底)?(?:的水平)?(?:相比|比较|相较|对比)"
    r"|\s*(?:末|底)?的(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九]+)?)倍"
    r"|\s*(?:末|底)?(?:的)?(?:水平)?基础上"  # 在2005年基础上累计削减8%: a cut measured from that year
    r"|\s*(?:的)?(?:不变|可比)价"  # 2010年不变价: the prices a real figure is counted in
)
# 按2000年价格计算的国内生产总值 / 以2010年为基期: the year whose prices (or level) a figure is
# counted in, not the year it is about
_PRICE_BASE = (re.compile(r"(?:按|按照|以)$"), re.compile(r"\s*(?:的)?(?:价格|物价|为基期|为基数|为基年|为基准)"))
# 是2007年的…, 比2015年增长, 超过2019年水平: a comparing word before the period and its object after
# (变为1995年的35.3:23.8, 调整为2020年的…: 为 after a verb of change says what it became, no base)
_BASE_VERB_BEFORE = re.compile(r"(?:是|(?<![变成改调降升增减])为|相当于|比|较|超过|高于|低于|达到|超出)(?:分别)?$")
_BASE_VERB_AFTER = re.compile(r"(?:末|底)?(?:的|水平|同期)|增长|下降|翻|提高|增加|减少|多|少")
_NEXT = ("明年", "下一年", "来年")
_LAST = ("去年", "上年", "上一年")


def years_in(text: str | None) -> list[int]:
    """Every year written as a year (2023年, 二〇二三年) in `text`, in order."""
    if not text:
        return []
    out = []
    for m in _YEAR.finditer(to_simplified(text)):
        digits = m.group(1) or "".join(_DIGIT[c] for c in m.group(2))
        out.append(int(digits))
    return out


def is_comparison_base(text: str, start: int, end: int) -> bool:
    """True when the period text[start:end] is a comparison's base (与2005年相比, 是2007年的2倍,
    比2015年增长): the figure it stands beside is measured in another time, so it is no period
    of that figure."""
    if _BASE_AFTER.match(text, end) is not None:
        return True
    if _PRICE_BASE[0].search(text, max(0, start - 2), start) and _PRICE_BASE[1].match(text, end):
        return True
    return bool(_BASE_VERB_BEFORE.search(text, max(0, start - 4), start)) and bool(
        _BASE_VERB_AFTER.match(text, end)
    )


def five_year_plan(text: str | None) -> tuple[int, int, int] | None:
    """十三五 -> (13, 2016, 2020): the plan's number and its years; also 第十个五年计划 and the
    early plans (“一五” 1953-57, “二五” 1958-62, “三五” from 1966)."""
    if not text:
        return None
    simplified = to_simplified(text)
    found = [
        (m.start(), _NUMERAL.get(m.group(1)), 6)
        for m in _PLAN.finditer(simplified)
    ] + [(m.start(), _NUMERAL.get(m.group(1)), 1) for m in _PLAN_LONG.finditer(simplified)]
    found += [(m.start(), _NUMERAL.get(m.group(1) or m.group(2)), 1) for m in _PLAN_EARLY.finditer(simplified)]
    for _, number, lowest in sorted(found):
        if number is not None and number >= lowest:
            start = _PLAN_START.get(number, 1966 + 5 * (number - 3))
            return number, start, start + 4
    return None


def plan_end_period(text: str | None) -> str | None:
    """第十个五年计划纲要 -> 2005年: the year a five-year plan's targets are set for (its last)."""
    plan = five_year_plan(text)
    return f"{plan[2]}年" if plan else None


def report_year(
    period: str | None,
    title: str | None,
    opening: str | None = None,
    published: str | None = None,
) -> int | None:
    """The year a report is about: from its period, its title, its date, else its opening lines.

    A title naming two years (2022年工作总结及2023年工作计划) is about the first; a report
    published in January-March about a 全年/年度 period is about the year before. The date
    comes before the opening lines, which often look back (区委书记…2019年…) or ahead.
    """
    for text in (period, title):
        found = years_in(text)
        if found:
            return found[0]
    if published and (m := re.match(r"((?:19|20)\d{2})-(\d{2})", published)):
        year, month = int(m.group(1)), int(m.group(2))
        whole_year = period is not None and any(w in period for w in ("全年", "年度", "四季度"))
        return year - 1 if whole_year and month <= 3 else year
    found = years_in(opening)
    return found[0] if found else None


def plan_year(
    title: str | None, year: int | None, *, doc_type: str | None = None, published: str | None = None
) -> int | None:
    """The year a plan's targets are for: the later year of a 'summary and plan' title, else
    the report's year. A government work report reviews one year and plans the next: its
    targets are for the year it was delivered in (January-June; one delivered in December plans
    the year after), else the year after the one it reviews."""
    found = [y for y in years_in(title) if year is None or y > year]
    if found:
        return found[0]
    if doc_type == "gov_work_report" and year is not None:
        if published and (m := re.match(r"((?:19|20)\d{2})-(\d{2})", published)):
            delivered, month = int(m.group(1)), int(m.group(2))
            return delivered if month <= 6 else delivered + 1
        return year + 1
    return year


def fact_year(period: str | None, year: int | None, *, target_year: int | None = None) -> int | None:
    """The year one figure is about: stated in its period, else the report's (or plan's) year,
    shifted by 明年/去年."""
    stated = years_in(period)
    if stated:
        return stated[0]
    plan = five_year_plan(period) if period and "五" in period else None
    if plan is not None:
        return plan[2]  # “十五”期间: the plan's targets are for its last year
    base = target_year if target_year is not None else year
    if base is None:
        return None
    text = to_simplified(period or "")
    if any(w in text for w in _NEXT):
        return base + 1
    if any(w in text for w in _LAST):
        return base - 1
    return base


def names_past_plan(before_cue: str, sentence: str, year: int | None) -> bool:
    """一九八三年国家计划建成投产的78个大中型项目中有23个没有建成 in a 1984 report: a plan word
    under a year before the report's own, in a sentence naming no year still to come, names a
    past plan; the figures it stands before are what became of it, not targets."""
    if year is None:
        return False
    before = years_in(before_cue)
    return bool(before) and before[-1] < year and all(y < year for y in years_in(sentence))
