"""Who reports and on which area: issuer and region.

region is the administrative area the report is about — the congress it was delivered to
(在浙江省第十三届人民代表大会…), the place its title starts with, its speaker's office
(乐山市人民政府市长) or signature (南京市统计局); for an excerpt without a head, how the government
names itself (全省, 省政府 + 浙江 → 浙江省; 我市 + 赣州 → 赣州市). Never a place mentioned in
passing. The issuer of a work report is the government (乐山市人民政府; 国务院 for the country),
of a communiqué whoever signs it (国家统计局, 南京市统计局、国家统计局南京调查队), of a zone's
report the zone named most often.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from summarizer.engines.meta.kind import GOVERNMENT_KINDS, NATIONAL, title_text, vocab
from summarizer.text import genre
from summarizer.text.head import AREA, Head, is_area_name
from summarizer.text.normalize import normalize

if TYPE_CHECKING:
    from summarizer.text.clean import Document

SELF = {level: vocab(f"self_{level}") for level in ("national", "province", "city")}
PROVINCES = genre.entries("provinces", source=genre.META)
PROVINCE_NAME = re.compile("|".join(sorted(PROVINCES, key=len, reverse=True)))
PREFECTURES = genre.entries("prefectures", source=genre.META)
PREFECTURE_NAME = re.compile("|".join(sorted(PREFECTURES, key=len, reverse=True)))
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
TITLE_AREA = re.compile(rf"^(?:(?:19|20)\d{{2}}\s*年(?:度)?)?(?:关于)?(?P<place>中华人民共和国|{AREA})")
TITLE_ORG = re.compile(
    r"^([\u4e00-\u9fff]{2,20}?(?:局|委员会|管委会|办公室|人民政府|政府))(?=(?:19|20)\d{2}|关于|今年|上半年|前三季度)"
)
TITLE_ISSUER = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,30}?(?:统计局|调查队|人民政府|委员会|部|厅|局))关于")


def text_of(doc: Document, span: tuple[int, int]) -> str:
    return doc.text[span[0] : span[1]]


def region_of(doc: Document, head: Head, title: str | None, kind: str) -> str | None:
    if head.congress_national:
        return NATIONAL
    if head.congress_place:
        return text_of(doc, head.congress_place)
    for text in (title, head.front_title):
        if place := _title_area(text, kind):
            return place
    if kind == "gov_work_report" and (region := _speaker_region(doc, head)):
        return region
    for span in head.signers:
        signer = normalize(text_of(doc, span))
        if m := re.match(AREA, signer):
            if is_area_name(m.group()):
                return text_of(doc, span)[: m.end()]
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
        return text_of(doc, head.office[1])
    if head.on_behalf:
        body = text_of(doc, head.on_behalf)
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


def issuer_of(doc: Document, head: Head, title: str | None, kind: str, region: str | None) -> str | None:
    if kind == "gov_work_report":
        return _government(doc, head, region)
    if kind in ("statistical_communique", "development_plan"):
        return _signer(doc, head, title, kind, region)
    if head.signers:  # a department's report signed under its title
        return "、".join(dict.fromkeys(_national_body(text_of(doc, span)) for span in head.signers))
    return _zone_issuer(doc, title)


def _government(doc: Document, head: Head, region: str | None) -> str | None:
    """Whoever delivers a work report speaks for the government: 乐山市人民政府, 国务院 (a
    report signed by a body, 青禾市发展和改革委员会, is that body's)."""
    if head.signers and not head.on_behalf:
        return "、".join(dict.fromkeys(_national_body(text_of(doc, span)) for span in head.signers))
    if head.on_behalf:
        body = text_of(doc, head.on_behalf)
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
    names = [_national_body(text_of(doc, span)) for span in head.signers]
    if names:
        return "、".join(dict.fromkeys(names))
    if title and (m := TITLE_ISSUER.match(normalize(title))):
        return _national_body(title[: m.end("org")])
    if kind == "statistical_communique" and "国民经济和社会发展" in title_text(head, title):
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
