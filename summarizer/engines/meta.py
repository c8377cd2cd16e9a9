"""Document metadata by rules: issuer, region, published date, period, document type, title.

Read as the genre writes it (vocabulary in summarizer/data/meta_vocab.toml):
- doc_type from the title first (…统计公报, 政府工作报告, …规划纲要, 印发…的通知, …召开…会议), then a
  congress dateline, then how the text speaks (各位代表, 本届政府: a government reporting on its
  own work), then the opening's plan/summary words, then its sections (text/sections.py).
- region: the administrative area the report is about — the congress it was delivered to
  (在浙江省第十三届人民代表大会…), the place its title starts with, its speaker's office
  (乐山市人民政府市长) or signature (南京市统计局); for an excerpt without a head, how the
  government names itself (全省, 省政府 + 浙江 → 浙江省). Never a place mentioned in passing.
- issuer: a government work report is issued by the government (乐山市人民政府; 国务院 for the
  country), a communiqué by whoever signs it (国家统计局, 南京市统计局、国家统计局南京调查队),
  a zone's report by the zone named most often.
- period: the report's own year — the communiqué's title year; the year a work report reviews
  (its review heading, else the year before it was delivered).
- published: the dateline (delivery date), a page's 发布时间, or a date line in the head.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from summarizer.models import Achievement, Meta
from summarizer.text import genre
from summarizer.text.head import (
    AREA,
    Head,
    clean_line,
    front_matter,
    is_area_name,
    parse_date,
    read_head,
)
from summarizer.text.normalize import normalize
from summarizer.text.periods import five_year_plan, years_in
from summarizer.text.sections import Sections
from summarizer.text.segment import Segments

if TYPE_CHECKING:
    from summarizer.text.clean import Document

NATIONAL = "中华人民共和国"
GOVERNMENT_KINDS = ("gov_work_report", "statistical_communique", "development_plan")


def _vocab(section: str, *, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
    return genre.compiled(section, prefix=prefix, suffix=suffix, source=genre.META)


COMMUNIQUE_TITLE = _vocab("communique_titles")
GOV_REPORT_TITLE = _vocab("gov_report_titles")
PLAN_OUTLINE_TITLE = _vocab("development_plan_titles")
GOV_VOICE = _vocab("gov_voice")
MEETING = _vocab("meeting_words")
NOTICE_PLAN = _vocab("notice_plan_titles")
BULLETIN = _vocab("bulletin_titles")
PLAN_WORDS = _vocab("plan_words")
SUMMARY_WORDS = _vocab("summary_words")
REVIEW_HEADING = _vocab("review_headings", prefix=r"^(?P<p>.{2,24}?)(?:的)?")
PLAN_SECTION_HEADING = _vocab("plan_section_headings", prefix=r"^(?P<p>.{2,24}?)(?:的)?")
SELF = {level: _vocab(f"self_{level}") for level in ("national", "province", "city")}
PROVINCES = genre.entries("provinces", source=genre.META)
PROVINCE_NAME = re.compile("|".join(sorted(PROVINCES, key=len, reverse=True)))
PREFECTURES = genre.entries("prefectures", source=genre.META)
PREFECTURE_NAME = re.compile("|".join(sorted(PREFECTURES, key=len, reverse=True)))
OPENING_CHARS = 3000  # where a work report says who speaks (各位代表, 我代表…人民政府)

ZONE_SUFFIX = re.compile(
    r"经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|经开区|工业园区|产业园区|高新园区|"
    r"综合保税区|保税区|综保区|新区"
)
_NOT_PLACE = set("的在与和及为是年月我全本该各对向由将了区市县省园中新等个人到从这那其亿级千百万")
CITY = re.compile(r"([\u4e00-\u9fff]{2})(市|自治州)(?![域场民委政长级直县])")
_NOT_CITY = {"全市", "本市", "城市", "超市", "上市", "都市", "门市", "股市", "同市", "该市", "我市", "各市",
             "省市", "县市", "全省", "入市", "在市", "为市", "和市", "及市"}
# Common words ending in 市 that are no city: 境内上市 is no "Neishang City", 直辖市 no "Zhixia City".
_MARKET_WORDS = {"上市", "超市", "城市", "都市", "股市", "门市", "入市", "开市", "复市", "休市", "闭市",
                 "夜市", "早市", "楼市", "车市", "菜市", "集市", "街市", "花市", "罢市", "互市", "辖市",
                 "级市", "明市"}
_CITY_OF_GOVERNMENT = re.compile(r"(?:中共)?([\u4e00-\u9fff]{2,4}?)市(?:委|人民政府|政府)")
TITLE_PLACE = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:县|区|市|镇|乡|街道|开发区|园区|新区|(?:产业|科技|科创)园))(?=20\d{2}|今年|上半年|前三季度|关于|召开|[\s:：])")
TITLE_ACTOR = re.compile(r"^(?!关于)([\u4e00-\u9fff]{2,8}?)(?:召开|举行|举办|印发|发布|出台)")
# 临川经开区召开…分析会_临川经济开发区: a page <title> ends with the site's name
TITLE_SITE_SUFFIX = re.compile(r"\s*(?:_|\||——|\s[-—]\s)\s*[^_|—]{2,20}$")
TITLE_AREA = re.compile(rf"^(?:(?:19|20)\d{{2}}\s*年(?:度)?)?(?:关于)?(?P<place>中华人民共和国|{AREA})")
TITLE_ORG = re.compile(
    r"^([\u4e00-\u9fff]{2,20}?(?:局|委员会|管委会|办公室|人民政府|政府))(?=(?:19|20)\d{2}|关于|今年|上半年|前三季度)"
)
TITLE_ISSUER = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,30}?(?:统计局|调查队|人民政府|委员会|部|厅|局))关于")
DATE = re.compile(r"(20\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
COMPACT_DATE = re.compile(r"^\s*(20\d{2})(\d{2})(\d{2})\s*$", re.M)
DATELINE = re.compile(r"(?:发布|时间|日期|来源)")
ROC_DATE = re.compile(r"(?<!\d)(1[01]\d)\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
# A date line (2019年2月28日, （2002年3月5日）, ——2021年1月26日在…) is no title, nor a dashed line.
_MONTH_DATE = r"(?:(?:19|20)\d{2}|[一二][〇零○Ｏ一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
# A title's trailing dateline: ——2012年1月11日在…, （2026年1月27日在…）, （省九届人大三次会议 2000年）
TITLE_DATELINE = re.compile(rf"\s*(?:——|──|—|[（(])\s*(?=[^）)]*(?:{_MONTH_DATE}|人民代表大会|人大))")
BYLINE_OFFICE = re.compile(r"(?:总理|省长|市长|州长|县长|区长|主席)[\u4e00-\u9fff·]{1,8}$")
DATE_FIRST = re.compile(rf"^[（(]?\s*[—―─-]*\s*{_MONTH_DATE}")
DATELIKE = re.compile(rf"^[（(]?\s*(?:[—―─-]|{_MONTH_DATE}|在)")
_PERIOD_WORDS = re.compile(r"(?:19|20)\d{2}年(?:度)?|过去(?:的)?[一二三四五十]年|[“\"]?[十一二三四五六七八九]+五[”\"]?(?:时期|期间)?|[和及与、]")
_PLAN_ORDINAL = re.compile(r"第(十[一二三四五六七八九]?|[六七八九])个五年(?:计划|规划)")
_ORDINALS = {"六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12, "十三": 13,
             "十四": 14, "十五": 15, "十六": 16}
_HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*")


def extract_meta(
    doc: Document, seg: Segments, achievements: list[Achievement], sections: Sections | None = None
) -> Meta:
    """Best-effort metadata; every field may stay null. `sections` (the engine's reading of
    plan and summary sections) is read again from `doc` when not given."""
    head = read_head(doc)
    title = _title(doc, head)
    kind = _doc_type(doc, head, title, sections)
    region = _region(doc, head, title, kind)
    return Meta(
        issuer=_issuer(doc, head, title, kind, region),
        region=region,
        published=_published(doc, head),
        period=_period(doc, seg, head, title, kind, achievements),
        doc_type=kind,
        title=title,
    )


# --- title and document type ------------------------------------------------------------------


def _titles(head: Head, title: str | None) -> str:
    """The title and the front-matter title, Simplified and half-width, for cue matching."""
    return normalize(" ".join(t for t in (title, head.front_title) if t))


def _doc_type(doc: Document, head: Head, title: str | None, sections: Sections | None) -> str:
    titles = _titles(head, title)
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
    modes = {mode for _, mode in (sections or Sections(doc)).switches}
    if modes == {"plan", "summary"}:
        return "mixed"
    return {"plan": "work_plan", "summary": "work_summary"}.get(next(iter(modes), ""), "other")


def _lead(doc: Document, head: Head) -> str:
    """The document's first 400 characters after any front matter (title and opening)."""
    start = head.lines[0][0] if head.lines else 0
    return doc.norm[start : start + 400]


def _title(doc: Document, head: Head) -> str | None:
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
    if _HEADING_NUMBER.match(normalize(first)):
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


# --- region and issuer ------------------------------------------------------------------------


def _text(doc: Document, span: tuple[int, int]) -> str:
    return doc.text[span[0] : span[1]]


def _region(doc: Document, head: Head, title: str | None, kind: str) -> str | None:
    if head.congress_national:
        return NATIONAL
    if head.congress_place:
        return _text(doc, head.congress_place)
    for text in (title, head.front_title):
        if place := _title_area(text, kind):
            return place
    if kind == "gov_work_report" and (region := _speaker_region(doc, head)):
        return region
    for span in head.signers:
        signer = normalize(_text(doc, span))
        if m := re.match(AREA, signer):
            if is_area_name(m.group()):
                return _text(doc, span)[: m.end()]
        if signer.endswith("国家统计局"):
            return NATIONAL
    if kind in GOVERNMENT_KINDS:
        return _self_named_region(doc)
    return _city_named(doc)


def _speaker_region(doc: Document, head: Head) -> str | None:
    """A work report's speaker: 国务院总理, 乐山市人民政府市长, 我代表乐山市人民政府."""
    if head.office and head.office[0] == "national":
        return NATIONAL
    if head.office and head.office[1]:
        return _text(doc, head.office[1])
    if head.on_behalf:
        body = _text(doc, head.on_behalf)
        if body == "国务院":
            return NATIONAL
        if m := re.match(AREA, normalize(body)):
            if is_area_name(m.group()):
                return body[: m.end()]
    return None


def _title_area(text: str | None, kind: str) -> str | None:
    """The area a title starts with (南京市2024年…, 2015年内蒙古自治区…); a zone is no area,
    and a 区 only in a government's document (a district; in a zone's report, the zone)."""
    if not text:
        return None
    m = TITLE_AREA.match(normalize(text))
    if not m:
        return None
    place = m.group("place")
    if place == NATIONAL:
        return NATIONAL
    if not is_area_name(place) or ZONE_SUFFIX.search(place) or re.search(r"园区?$", place):
        return None
    if place.endswith("区") and kind not in GOVERNMENT_KINDS:
        return None
    return text[m.start("place") : m.end("place")]


def _self_named_region(doc: Document) -> str | None:
    """An excerpt without a head: the level the government names itself at (我省, 全省, 省委 …;
    我市, 全市 …; 我国, 本届政府 …), then the area of that level it names most often."""
    opening = doc.norm
    scores = {}
    for level, rx in SELF.items():
        scores[level] = sum(3 if m.group().startswith("我") else 1 for m in rx.finditer(opening))
    level = max(scores, key=lambda k: scores[k])
    if scores[level] == 0:
        return None
    if level == "national":
        return NATIONAL
    if level == "province":
        names = Counter(m.group() for m in PROVINCE_NAME.finditer(opening) if doc.is_kept(m.start(), m.end()))
        return PROVINCES[names.most_common(1)[0][0]] if names else None
    stems: Counter[str] = Counter()
    for m in _CITY_OF_GOVERNMENT.finditer(opening):
        stem = m.group(1)
        if is_area_name(stem + "市") and not set(stem) & _NOT_PLACE and opening.count(stem) >= 2:
            stems[stem] += opening.count(stem)
    if stems:
        return f"{stems.most_common(1)[0][0]}市"  # 中共苏州市委 … 苏州
    names = Counter(m.group() for m in PREFECTURE_NAME.finditer(opening) if doc.is_kept(m.start(), m.end()))
    return PREFECTURES[names.most_common(1)[0][0]] if names else None  # 视察赣州 … 让赣州


def _city_named(doc: Document) -> str | None:
    """The first city a zone's or a meeting's report names (常州市), skipping 市 words."""
    for m in CITY.finditer(doc.norm):
        name = m.group(0)
        if (
            name in _NOT_CITY
            or m.group(1)[0] in _NOT_PLACE
            or m.group(1)[1] in _NOT_PLACE
            or m.group(1)[1] + "市" in _MARKET_WORDS
            or not doc.is_kept(m.start(), m.end())
        ):
            continue
        return doc.text[m.start() : m.end()]
    return None


def _issuer(doc: Document, head: Head, title: str | None, kind: str, region: str | None) -> str | None:
    if kind == "gov_work_report":
        return _government(doc, head, region)
    if kind in ("statistical_communique", "development_plan"):
        return _signer(doc, head, title, kind, region)
    if head.signers:  # a department's report signed under its title
        return "、".join(dict.fromkeys(_national_body(_text(doc, span)) for span in head.signers))
    return _zone_issuer(doc, title)


def _government(doc: Document, head: Head, region: str | None) -> str | None:
    """Whoever delivers a work report speaks for the government: 乐山市人民政府, 国务院 (a
    report signed by a body, 青禾市发展和改革委员会, is that body's)."""
    if head.signers and not head.on_behalf:
        return "、".join(dict.fromkeys(_national_body(_text(doc, span)) for span in head.signers))
    if head.on_behalf:
        body = _text(doc, head.on_behalf)
        if normalize(body) == "国务院":
            return body
        if (m := re.match(AREA, normalize(body))) and is_area_name(m.group()):
            return body[: m.end()] + "人民政府"
    if region == NATIONAL:
        return "国务院"
    return f"{region}人民政府" if region else None


def _signer(doc: Document, head: Head, title: str | None, kind: str, region: str | None) -> str | None:
    """A communiqué's signature line (国家统计局; 南京市统计局  国家统计局南京调查队), else the
    body its title names (…国家统计局关于…的公报), else the statistics bureau of its area for a
    communiqué on the economy and society (the bureau issues those)."""
    names = [_national_body(_text(doc, span)) for span in head.signers]
    if names:
        return "、".join(dict.fromkeys(names))
    if title and (m := TITLE_ISSUER.match(normalize(title))):
        return _national_body(title[: m.end("org")])
    if kind == "statistical_communique" and "国民经济和社会发展" in _titles(head, title):
        if region == NATIONAL:
            return "国家统计局"
        if region:
            return f"{region}统计局"
    return None


def _national_body(name: str) -> str:
    """中华人民共和国国家统计局 -> 国家统计局: a 国家… body needs no country name before it."""
    return name[len(NATIONAL) :] if name.startswith(NATIONAL + "国家") else name


def _zone_issuer(doc: Document, title: str | None) -> str | None:
    actor = TITLE_ACTOR.match(normalize(title)) if title else None
    if actor and title:
        return title[: actor.end(1)]  # 金坛召开…督查会: whoever held the meeting issues the report
    body = TITLE_ORG.match(normalize(title)) if title else None
    if body and title:
        return title[: body.end(1)]  # 青禾市商务局2023年工作总结: the bureau reports
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
        place = TITLE_PLACE.match(normalize(title)) if title else None
        return title[: place.end(1)] if place and title else None
    best = max(tally, key=lambda n: (tally[n], -names[n][0]))
    s, e = names[best]
    return doc.text[s:e]


# --- dates and periods ------------------------------------------------------------------------


def _published(doc: Document, head: Head) -> str | None:
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


ANNUAL_HEADING = re.compile(r"(20\d{2}年)(?:度)?(?:工作)?(?:总结|回顾)")


def _period(
    doc: Document, seg: Segments, head: Head, title: str | None, kind: str, achievements: list[Achievement]
) -> str | None:
    if kind == "statistical_communique" and (years := years_in(_titles(head, title))):
        return f"{years[0]}年"  # 2024年…统计公报 (关于一九八二年…的公报) is about that year
    if kind == "gov_work_report" and (period := _work_report_period(doc, head, title)):
        return period
    if kind == "development_plan" and (period := _plan_period(_titles(head, title))):
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
    years = years_in(_titles(head, title))
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
        if number := _HEADING_NUMBER.match(stripped):
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

