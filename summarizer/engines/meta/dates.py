"""When: published (the delivery dateline, a page's 发布时间, a date line under the title) and
period (a communiqué's title year; the year a work report reviews, from its review heading or
else the year before delivery; a plan outline's years; else the period the report names).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.engines.meta.kind import HEADING_NUMBER, MONTH_DATE, title_text, vocab
from summarizer.models import Achievement
from summarizer.text.head import Head, parse_date
from summarizer.text.periods import five_year_plan, years_in
from summarizer.text.segment import Segments

if TYPE_CHECKING:
    from summarizer.text.clean import Document

DATE = re.compile(r"(20\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
COMPACT_DATE = re.compile(r"^\s*(20\d{2})(\d{2})(\d{2})\s*$", re.M)
DATELINE = re.compile(r"(?:发布|时间|日期|来源)")
ROC_DATE = re.compile(r"(?<!\d)(1[01]\d)\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
DATE_FIRST = re.compile(rf"^[（(]?\s*[—―─-]*\s*{MONTH_DATE}")
_PERIOD_WORDS = re.compile(r"(?:19|20)\d{2}年(?:度)?|过去(?:的)?[一二三四五十]年|[“\"]?[十一二三四五六七八九]+五[”\"]?(?:时期|期间)?|[和及与、]")
_PLAN_ORDINAL = re.compile(r"第(十[一二三四五六七八九]?|[六七八九])个五年(?:计划|规划)")
_ORDINALS = {"六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12, "十三": 13,
             "十四": 14, "十五": 15, "十六": 16}
REVIEW_HEADING = vocab("review_headings", prefix=r"^(?P<p>.{2,24}?)(?:的)?")
PLAN_SECTION_HEADING = vocab("plan_section_headings", prefix=r"^(?P<p>.{2,24}?)(?:的)?")
YEAR_LINE = re.compile(r"((?:19|20)\d{2})\s*年度?")
ANNUAL_HEADING = re.compile(r"(20\d{2}年)(?:度)?(?:工作)?(?:总结|回顾)")


def published_of(doc: Document, head: Head) -> str | None:
    if head.congress_date:
        return _iso(*head.congress_date)  # delivered to the congress on that day
    norm = doc.norm
    lines = norm.split("\n")
    for line in lines[:40] + lines[-40:]:
        if DATELINE.search(line):
            m = DATE.search(line)
            if m:
                return _iso(*m.groups())
    if date := _head_date(head):
        return _iso(*date)
    for line in lines[:40]:
        roc = ROC_DATE.search(line) if DATELINE.search(line) else None
        if roc:  # Taiwan pages date by the Republic era: 112-07-20 is 2023-07-20
            return _iso(str(int(roc.group(1)) + 1911), roc.group(2), roc.group(3))
    m = COMPACT_DATE.search(norm)
    if m:
        return _iso(*m.groups())
    return None


def _head_date(head: Head) -> tuple[int, int, int] | None:
    """A date line under the title (2019年2月28日, （2002年12月3日）), else the front-matter
    title's date (乐山市政府工作报告（2022年2月23日 陈光浩）)."""
    for _, line in head.lines:
        if len(line) <= 40 and DATE_FIRST.match(line) and (date := parse_date(line)):
            return date
    return parse_date(head.front_title) if head.front_title else None


def _iso(year: str | int, month: str | int, day: str | int) -> str | None:
    y, mo, d = int(year), int(month), int(day)
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def period_of(
    doc: Document, seg: Segments, head: Head, title: str | None, kind: str, achievements: list[Achievement]
) -> str | None:
    if kind == "statistical_communique" and (years := years_in(title_text(head, title)) or _year_lines(head)):
        return f"{years[0]}年"  # 2024年…统计公报 (关于一九八二年…的公报) is about that year
    if kind == "gov_work_report" and (period := _work_report_period(doc, head, title)):
        return period
    if kind == "development_plan" and (period := _plan_period(title_text(head, title))):
        return period
    annual = ANNUAL_HEADING.search(seg.doc.norm)
    if annual:
        return seg.doc.text[annual.start(1) : annual.end(1)]
    for fact in achievements:
        if fact.period:
            return fact.period
    specific = [p for p in seg.periods if p.specific and seg.doc.is_kept(p.start, p.end)]
    if specific:
        return specific[0].text
    return seg.periods[0].text if seg.periods else None


def _year_lines(head: Head) -> list[int]:
    """A head line that is a year alone (杭州市生态环境状况公报 / 2024年度): the title's year."""
    return [int(m.group(1)) for _, line in head.lines if (m := YEAR_LINE.fullmatch(line.strip()))]


def _work_report_period(doc: Document, head: Head, title: str | None) -> str | None:
    """The year a work report reviews: named by its review heading (一、2020年工作回顾;
    一、“十三五”时期和2020年工作回顾), else the year before its delivery (a report delivered in
    January 2021 reviews 2020; one delivered in December 2022, 2022), else its plan heading's
    year (an excerpt of the plan: 二、2020年工作重点), else the year before its title's."""
    delivered = head.congress_date or _head_date(head)
    if reviewed := _heading_period(doc, REVIEW_HEADING, delivered):
        return reviewed
    if delivered:
        year, month, _ = delivered
        return f"{year - 1 if month <= 6 else year}年"
    if planned := _heading_period(doc, PLAN_SECTION_HEADING, None):
        return planned
    years = years_in(title_text(head, title))
    return f"{years[0] - 1}年" if years else None


def _heading_period(doc: Document, rx: re.Pattern[str], delivered: tuple[int, int, int] | None) -> str | None:
    """The period words a heading names before its review (or plan) word, when it names a
    year and nothing but period words (2020年, “十三五”时期和2020年)."""
    pos = 0
    for line in doc.norm.split("\n"):
        start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped or len(stripped) > 40 or stripped.endswith(("。", "；", ";")):
            continue
        offset = start + (len(line) - len(line.lstrip()))
        if number := HEADING_NUMBER.match(stripped):
            offset += number.end()
        m = rx.match(stripped[number.end() if number else 0 :])
        if not m:
            continue
        words = m.group("p")
        years = years_in(words)
        if not years or _PERIOD_WORDS.sub("", words).strip(" “”\""):
            continue
        if delivered and max(years) > (delivered[0] - 1 if delivered[1] <= 6 else delivered[0]):
            continue  # 三、2021年主要工作 in a report delivered in January 2021 is its plan
        return doc.text[offset + m.start("p") : offset + m.end("p")].strip()
    return None


def _plan_period(titles: str) -> str | None:
    """第八个五年计划 / 十四五规划 -> 1991-1995年 / 2021-2025年."""
    if m := _PLAN_ORDINAL.search(titles):
        number = _ORDINALS.get(m.group(1))
        if number:
            start = 1981 + 5 * (number - 6)
            return f"{start}-{start + 4}年"
    if plan := five_year_plan(titles):
        return f"{plan[1]}-{plan[2]}年"
    return None
