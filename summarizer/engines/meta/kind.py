"""What a document is and what it is called: doc_type and title, read from its head lines.

doc_type from the title first (…统计公报, 政府工作报告, …规划纲要, 印发…的通知, …召开…会议), then a
congress dateline, then how the text speaks (各位代表, 本届政府: a government reporting on its own
work), then the opening's plan/summary words, then its sections (text/sections.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.text import genre
from summarizer.text.head import AREA, Head, clean_line, front_matter
from summarizer.text.normalize import normalize
from summarizer.text.sections import Sections

if TYPE_CHECKING:
    from summarizer.text.clean import Document

NATIONAL = "中华人民共和国"
GOVERNMENT_KINDS = ("gov_work_report", "statistical_communique", "development_plan")


def vocab(section: str, *, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
    """A section of summarizer/data/meta_vocab.toml as one pattern."""
    return genre.compiled(section, prefix=prefix, suffix=suffix, source=genre.META)


COMMUNIQUE_TITLE = vocab("communique_titles")
GOV_REPORT_TITLE = vocab("gov_report_titles")
PLAN_OUTLINE_TITLE = vocab("development_plan_titles")
GOV_VOICE = vocab("gov_voice")
MEETING = vocab("meeting_words")
NOTICE_PLAN = vocab("notice_plan_titles")
BULLETIN = vocab("bulletin_titles")
PLAN_WORDS = vocab("plan_words")
SUMMARY_WORDS = vocab("summary_words")
OPENING_CHARS = 3000  # where a work report says who speaks (各位代表, 我代表…人民政府)

# 临川经开区召开…分析会_临川经济开发区: a page <title> ends with the site's name
TITLE_SITE_SUFFIX = re.compile(r"\s*(?:_|\||——|\s[-—]\s)\s*[^_|—]{2,20}$")

# A date naming at least its month (2019年2月, 二〇二一年一月)
MONTH_DATE = r"(?:(?:19|20)\d{2}|[一二][〇零○Ｏ一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"

# A title's trailing dateline: ——2012年1月11日在…, （2026年1月27日在…）, （省九届人大三次会议 2000年）
TITLE_DATELINE = re.compile(rf"\s*(?:——|──|—|[（(])\s*(?=[^）)]*(?:{MONTH_DATE}|人民代表大会|人大))")
# The speaker's byline (厦门市市长 张昌平) is no title either.
BYLINE_OFFICE = re.compile(r"(?:总理|省长|市长|州长|县长|区长|主席)[\u4e00-\u9fff·]{1,8}$")
# A date line (2019年2月28日, （2002年3月5日）, ——2021年1月26日在…) is no title, nor a dashed line.
DATELIKE = re.compile(rf"^[（(]?\s*(?:[—―─-]|{MONTH_DATE}|在)")
HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*")


def title_text(head: Head, title: str | None) -> str:
    """The title and the front-matter title, Simplified and half-width, for cue matching."""
    return normalize(" ".join(t for t in (title, head.front_title) if t))


def doc_type(doc: Document, head: Head, title: str | None, sections: Sections | None) -> str:
    titles = title_text(head, title)
    if COMMUNIQUE_TITLE.search(titles):
        return "statistical_communique"
    if GOV_REPORT_TITLE.search(titles):
        return "gov_work_report"
    if PLAN_OUTLINE_TITLE.search(titles) and not titles.rstrip().endswith("报告"):
        return "development_plan"
    if "执行情况" in titles and "草案" in titles:
        return "mixed"  # 关于2023年…计划执行情况与2024年计划草案的报告: a year's review and next plan
    congress = head.congress_national or head.congress_place or head.congress_date
    if congress and (not titles or "报告" in titles) and not re.search(r"预算|决算", titles):
        return "gov_work_report"  # delivered to a people's congress: the government's report
    first = normalize(title or "")
    if NOTICE_PLAN.search(first):
        return "work_plan"  # 关于印发…任务清单的通知: the notice carries a plan
    if MEETING.search(first):
        return "meeting_news"
    if GOV_VOICE.search(doc.norm[:OPENING_CHARS]):
        return "gov_work_report"  # an excerpt: the government speaks of its own work
    lead = _lead(doc, head)
    if MEETING.search(lead):
        return "meeting_news"
    if "总结" in lead and re.search(r"计划|打算|安排|思路", lead):
        return "mixed"
    if BULLETIN.search(lead):
        return "bulletin"
    if PLAN_WORDS.search(lead):
        return "work_plan"
    if SUMMARY_WORDS.search(lead):
        return "work_summary"
    modes = {mode for _, mode in (sections or Sections(doc)).switches} - {"neutral"}
    if modes == {"plan", "summary"}:
        return "mixed"
    return {"plan": "work_plan", "summary": "work_summary"}.get(next(iter(modes), ""), "other")


def _lead(doc: Document, head: Head) -> str:
    """The document's first 400 characters after any front matter (title and opening)."""
    start = head.lines[0][0] if head.lines else 0
    return doc.norm[start : start + 400]


def title_of(doc: Document, head: Head) -> str | None:
    """The body's title line (a bare place line joined to the next: 中华人民共和国 +
    2018年…统计公报), or the front matter's title when the body has none or it says more."""
    body = _without_dateline(_body_title(doc, head))
    front = _without_dateline(head.front_title)
    if front and (body is None or normalize(body) in normalize(front)):
        return front
    return body


def _without_dateline(title: str | None) -> str | None:
    """政府工作报告——2012年1月11日在…会议上 and 乐山市政府工作报告（2022年2月23日 陈光浩） are
    the title 政府工作报告 / 乐山市政府工作报告 and a dateline: the date is `published`."""
    if not title:
        return title
    m = TITLE_DATELINE.search(normalize(title))
    return title[: m.start()].rstrip() if m and m.start() >= 4 else title


def _body_title(doc: Document, head: Head) -> str | None:
    lines = _kept_lines(doc, head)
    if not lines:
        return None
    first = lines[0]
    if not 4 <= len(first) <= 60 or DATELIKE.match(normalize(first)) or _is_byline(first):
        return None
    if HEADING_NUMBER.match(normalize(first)):
        return None  # 一、2020年工作回顾 heads a section of an excerpt, not the document
    site = TITLE_SITE_SUFFIX.search(first)
    if site and site.start() >= 4:
        first = first[: site.start()]
    if len(lines) > 1 and (first == NATIONAL or re.fullmatch(AREA, normalize(first))):
        second = lines[1]
        if 4 <= len(second) <= 60 and not DATELIKE.match(normalize(second)):
            return first + second  # **中华人民共和国** / **2018年…统计公报**
    return first


def _is_byline(line: str) -> bool:
    """厦门市市长 张昌平, 省人民政府省长 杜家毫, 各位代表： — the speaker or the salutation."""
    norm = normalize(line).strip()
    compact = re.sub(r"\s+", "", norm)
    return norm.endswith((":", "：")) or (len(compact) <= 24 and bool(BYLINE_OFFICE.search(compact)))


def _kept_lines(doc: Document, head: Head, limit: int = 2) -> list[str]:
    """The first kept lines after any front matter, without Markdown marks and footnote marks."""
    skip, _ = front_matter(doc.text)
    out: list[str] = []
    for start, end in doc.kept:
        if end <= skip:
            continue
        for line in doc.text[max(start, skip) : end].split("\n"):
            stripped = clean_line(line.strip())
            if stripped:
                out.append(stripped)
                if len(out) >= limit:
                    return out
    return out
