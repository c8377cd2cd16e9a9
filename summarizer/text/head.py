"""The head of a report: the title, dateline and byline lines that say who reports, on what, when.

A government work report opens with `——2021年1月26日在浙江省第十三届人民代表大会第五次会议上`
and `浙江省省长 某某` (or `现在，我代表浙江省人民政府，向大会报告工作`); a statistical
communiqué with `南京市2024年国民经济和社会发展统计公报`, `南京市统计局  国家统计局南京调查队`
and a date; a Markdown copy may carry a YAML front matter with `title:`. These helpers read
those lines only — the first lines of the document, up to its first body paragraph — and
return what they say; the metadata rules (engines/meta/) decide what the fields are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.text.clean import Document

HEAD_LINES = 10  # title, subtitle, dateline, byline, date: never more in the genre
BODY_LINE = 60  # a longer line ending a sentence is the body's first paragraph
OPENING_CHARS = 3000  # where the 我代表…人民政府 sentence stands

_FRONT_MATTER = re.compile(r"\A\ufeff?\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_MARKUP = re.compile(r"^[\s#>*_]+|[\s*_]+$")
_COMMENT = re.compile(r"^<!--\s*|\s*-->$")
_FOOTNOTE = re.compile(r"\s*\[\d{1,2}\]$")
# An administrative area's name: two or more characters and the suffix of its level.
AREA_SUFFIX = r"(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州|县|区|盟|旗)"
AREA = rf"(?![在于和及与])[\u4e00-\u9fff]{{2,20}}?{AREA_SUFFIX}"
_NUM = r"[一二三四五六七八九十\d]+"
# 在浙江省第十三届人民代表大会第五次会议上; 恩施土家族苗族自治州八届人大二次会议; 市第十六届… (no name)
_CONGRESS_LOCAL = re.compile(rf"(?:(?<=[在于日）)\s—―─-])|^)(?P<place>{AREA})第?{_NUM}届(?:人民代表大会|人大)", re.M)
_CONGRESS_NATIONAL = re.compile(rf"第?{_NUM}届全国人民代表大会|全国人民代表大会|全国人大")
_CONGRESS_ANY = re.compile(rf"{_NUM}届(?:全国)?(?:人民代表大会|人大)")
# 浙江省省长 某某, 南昌市人民政府市长, 国务院总理, 自治区主席, 代省长 (spaces removed first)
_OFFICE = re.compile(
    rf"(?P<place>{AREA}|国务院)?(?:人民政府)?(?:常务副|代理|代|副)?"
    r"(?P<office>总理|省长|市长|州长|县长|区长|盟长|旗长|主席)"
)
OFFICE_LEVEL = {"总理": "national", "省长": "province", "主席": "province", "市长": "city",
                "州长": "city", "盟长": "city", "县长": "county", "区长": "county", "旗长": "county"}
# 现在，我代表乐山市人民政府，向大会报告工作 / 我代表国务院 / 我代表市人民政府
_ON_BEHALF = re.compile(r"我代表(?P<body>[\u4e00-\u9fff]{0,20}?(?:人民政府|政府|国务院))")
# A body that signs a communiqué: 国家统计局, 南京市统计局, 国家统计局南京调查队, …部, …委员会
_ORG = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:统计局|调查总队|调查队|委员会|办公厅|办公室|人民政府|总局|部|厅|局|署)")
_DATE = re.compile(
    r"((?:19|20)\d{2}|[一二][〇零○Ｏ一二三四五六七八九]{3})\s*年\s*"
    r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass
class Head:
    """What a report's head lines say (norm view; offsets index the document text)."""

    front_title: str | None = None
    lines: list[tuple[int, str]] = field(default_factory=list)  # (offset, line without markup)
    congress_place: tuple[int, int] | None = None  # span of 浙江省 in the congress dateline
    congress_national: bool = False
    congress_date: tuple[int, int, int] | None = None
    office: tuple[str, tuple[int, int] | None] | None = None  # (level, span of the place)
    on_behalf: tuple[int, int] | None = None  # span of 乐山市人民政府 in 我代表…
    signers: list[tuple[int, int]] = field(default_factory=list)  # 南京市统计局, 国家统计局南京调查队


NOT_A_NAME = ("自治", "特别行政", "人民", "中共", "政府")


def is_area_name(name: str) -> bool:
    """浙江省, 乐山市, 甘孜藏族自治州 — not 自治区 alone, 省人民政府省 or 全市."""
    stem = re.sub(f"{AREA_SUFFIX}$", "", name)
    return len(stem) >= 2 and "政府" not in name and not stem.startswith(NOT_A_NAME) and stem not in NOT_A_NAME


def front_matter(text: str) -> tuple[int, dict[str, str]]:
    """(end offset, key: value pairs) of a YAML front matter block at the start, else (0, {})."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return 0, {}
    pairs = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip().isidentifier():
            pairs[key.strip()] = value.strip().strip("\"'")
    return m.end(), pairs


def parse_date(text: str) -> tuple[int, int, int] | None:
    """The first full date (2019年3月5日, 二〇二一年一月十八日) in `text` as (y, m, d), else None."""
    for m in _DATE.finditer(text):
        year = m.group(1)
        y = int(year) if year.isdigit() else int("".join(str(_CN_DIGIT[c]) for c in year))
        mo, d = _small_number(m.group(2)), _small_number(m.group(3))
        if mo and d and 1 <= mo <= 12 and 1 <= d <= 31:
            return y, mo, d
    return None


def _small_number(text: str) -> int | None:
    """1-31 written in digits or numerals: 5, 十, 十八, 二十, 二十八, 三十一."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _CN_DIGIT.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    high = _CN_DIGIT.get(tens, 0) if tens else 1
    low = _CN_DIGIT.get(ones, 0) if ones else 0
    return high * 10 + low


def clean_line(line: str) -> str:
    """A head line without Markdown marks, an HTML comment's brackets or a footnote mark."""
    line = _COMMENT.sub("", _MARKUP.sub("", line))
    return _FOOTNOTE.sub("", _MARKUP.sub("", line))


def read_head(doc: Document) -> Head:
    """The head lines of `doc` and what they say (removed chrome lines count: a dateline or a
    signature line is often removed as page furniture, but it still dates and signs the text)."""
    norm = doc.norm
    start, pairs = front_matter(doc.text)
    head = Head(front_title=clean_line(pairs["title"]) if pairs.get("title") else None)
    pos = start
    for raw in norm[start:].split("\n"):
        offset = pos
        pos += len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        if len(head.lines) >= HEAD_LINES or (len(line) > BODY_LINE and re.search(r"[。；]", line)
                                             and not _CONGRESS_ANY.search(line)):
            break
        lead = raw.find(line[0])
        head.lines.append((offset + lead, clean_line(line)))
        _read_line(head, norm, offset + lead, line)
    opening = norm[start : start + OPENING_CHARS]
    if m := _ON_BEHALF.search(opening):
        head.on_behalf = (start + m.start("body"), start + m.end("body"))
    return head


def _read_line(head: Head, norm: str, offset: int, line: str) -> None:
    if _CONGRESS_ANY.search(line):
        if head.congress_date is None:
            head.congress_date = parse_date(line)
        if _CONGRESS_NATIONAL.search(line):
            head.congress_national = True
        elif head.congress_place is None and (m := _CONGRESS_LOCAL.search(line)):
            head.congress_place = (offset + m.start("place"), offset + m.end("place"))
    compact = re.sub(r"\s+", "", clean_line(line))
    if head.office is None and len(compact) <= 40 and not _CONGRESS_ANY.search(line):
        if m := _OFFICE.search(compact):
            place = m.group("place")
            level = "national" if place == "国务院" else OFFICE_LEVEL[m.group("office")]
            span = None
            if place and is_area_name(place) and (i := line.find(place)) >= 0:
                span = (offset + i, offset + i + len(place))
            head.office = (level, span)
    if not head.signers and len(line) <= 40:
        parts = [p for p in re.split(r"[\s、]+", clean_line(line)) if p]
        if parts and all(_ORG.fullmatch(p) for p in parts):
            for part in parts:
                i = norm.find(part, offset)
                head.signers.append((i, i + len(part)))

