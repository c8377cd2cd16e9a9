"""Document metadata by rules: issuer, region, published date, period, document type, title."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from summarizer.models import Achievement, Meta
from summarizer.text.normalize import normalize
from summarizer.text.segment import Segments

if TYPE_CHECKING:
    from summarizer.text.clean import Document

ZONE_SUFFIX = re.compile(
    r"经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|经开区|工业园区|产业园区|高新园区|"
    r"综合保税区|保税区|综保区|新区"
)
_NOT_PLACE = set("的在与和及为是年月我全本该各对向由将了区市县省园中新等个人到从这那其亿级千百万")
CITY = re.compile(r"([\u4e00-\u9fff]{2})(市|自治州)(?![域场民委政长级直])")
_NOT_CITY = {"全市", "本市", "城市", "超市", "上市", "都市", "门市", "股市", "同市", "该市", "我市", "各市",
             "省市", "县市", "全省", "入市", "在市", "为市", "和市", "及市"}
TITLE_PLACE = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:县|区|市|镇|乡|街道|开发区|园区|新区|(?:产业|科技|科创)园))(?=20\d{2}|今年|上半年|前三季度|关于|召开|[\s:：])")
TITLE_ACTOR = re.compile(r"^(?!关于)([\u4e00-\u9fff]{2,8}?)(?:召开|举行|举办|印发|发布|出台)")
# 临川经开区召开…分析会_临川经济开发区: a page <title> ends with the site's name
TITLE_SITE_SUFFIX = re.compile(r"\s*(?:_|\||——|\s[-—]\s)\s*[^_|—]{2,20}$")
DATE = re.compile(r"(20\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
COMPACT_DATE = re.compile(r"^\s*(20\d{2})(\d{2})(\d{2})\s*$", re.M)
DATELINE = re.compile(r"(?:发布|时间|日期|来源)")
ROC_DATE = re.compile(r"(?<!\d)(1[01]\d)\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")


def extract_meta(doc: Document, seg: Segments, achievements: list[Achievement]) -> Meta:
    """Best-effort metadata; every field may stay null."""
    body = doc.norm
    return Meta(
        issuer=_issuer(doc),
        region=_region(doc),
        published=_published(doc),
        period=_period(seg, achievements),
        doc_type=_doc_type(body),
        title=_title(doc),
    )


def _issuer(doc: Document) -> str | None:
    title = _title(doc)
    actor = TITLE_ACTOR.match(normalize(title)) if title else None
    if actor and title:
        return title[: actor.end(1)]  # 金坛召开…督查会: whoever held the meeting issues the report
    names: dict[str, tuple[int, int]] = {}
    tally: Counter[str] = Counter()
    norm = doc.norm
    for m in ZONE_SUFFIX.finditer(norm):
        if not doc.is_kept(m.start(), m.end()):
            continue
        start = m.start()
        while start > m.start() - 2 and start > 0 and "\u4e00" <= norm[start - 1] <= "\u9fff" and norm[start - 1] not in _NOT_PLACE:
            start -= 1
        if m.start() - start < 2:
            continue
        name = norm[start : m.end()]
        tally[name] += 1
        names.setdefault(name, (start, m.end()))
    if not tally:
        title = _title(doc)
        place = TITLE_PLACE.match(normalize(title)) if title else None
        return title[: place.end(1)] if place and title else None
    best = max(tally, key=lambda n: (tally[n], -names[n][0]))
    s, e = names[best]
    return doc.text[s:e]


def _region(doc: Document) -> str | None:
    for m in CITY.finditer(doc.norm):
        name = m.group(0)
        if (
            name in _NOT_CITY
            or m.group(1)[0] in _NOT_PLACE
            or m.group(1)[1] in _NOT_PLACE
            or m.group(1)[1] in "城明"
            or not doc.is_kept(m.start(), m.end())
        ):
            continue
        return doc.text[m.start() : m.end()]
    return None


def _published(doc: Document) -> str | None:
    norm = doc.norm
    for line in norm.split("\n")[:40] + norm.split("\n")[-40:]:
        if DATELINE.search(line):
            m = DATE.search(line)
            if m:
                return _iso(*m.groups())
    for line in norm.split("\n")[:40]:
        roc = ROC_DATE.search(line) if DATELINE.search(line) else None
        if roc:  # Taiwan pages date by the Republic era: 112-07-20 is 2023-07-20
            return _iso(str(int(roc.group(1)) + 1911), roc.group(2), roc.group(3))
    m = COMPACT_DATE.search(norm)
    if m:
        return _iso(*m.groups())
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    y, mo, d = int(year), int(month), int(day)
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


ANNUAL_HEADING = re.compile(r"(20\d{2}年)(?:度)?(?:工作)?(?:总结|回顾)")


def _period(seg: Segments, achievements: list[Achievement]) -> str | None:
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


def _doc_type(norm: str) -> str:
    head = norm[:400]
    title = next((line for line in head.split("\n") if line.strip()), "")
    if re.search(r"印发|实施方案|任务清单|工作要点", title):
        return "work_plan"  # 关于印发…任务清单的通知: the notice carries a plan
    if re.search(r"召开|会议|会上|座谈会|推进会|调度会", head):
        return "meeting_news"
    if "总结" in head and re.search(r"计划|打算|安排|思路", head):
        return "mixed"
    if re.search(r"公报|快报|经济运行|统计|概况|简况|主要经济指标|指标完成情况", head):
        return "bulletin"
    if re.search(r"计划|冲刺|要点|思路|打算|安排", head):
        return "work_plan"
    if re.search(r"总结|回顾|报告|成果|成效", head):
        return "work_summary"
    return "other"


def _title(doc: Document) -> str | None:
    for start, end in doc.kept:
        for line in doc.text[start:end].split("\n"):
            # Markdown heading and emphasis marks are layout, not words of the title.
            stripped = line.strip().lstrip("#").strip().strip("*").strip()
            if 4 <= len(stripped) <= 60:
                site = TITLE_SITE_SUFFIX.search(stripped)
                if site and site.start() >= 4:
                    return stripped[: site.start()]
                return stripped
            if stripped:
                return None
    return None
