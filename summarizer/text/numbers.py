"""Find every quantity in a report: value, unit, qualifier, normalised value and exact span.

This is the one number parser of the project: the offline engine builds facts from these
mentions, the verifier grounds every engine's facts on them, and the brief checker converts
units with the same tables. Matching runs on the same-length normalised view (half-width,
Simplified) so spans index the user's original characters; `raw` and `unit` are sliced from
the original.

Not quantities: dates and periods (2020-10-10, 1-9月, 上半年), phone/ICP/document numbers,
ordinals (第五批) and section numbers, plan names (十四五). Chinese numerals count only before a
concrete measure word (两栋, 一名, 四条), never in slogans (三个狠抓, 一周一调度).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from summarizer.models import NumberMention
from summarizer.text.prefilter import prefiltered
from summarizer.text.tables import Reader as TableReader
from summarizer.text.tables import column_header

if TYPE_CHECKING:
    from summarizer.text.clean import Document

# --- unit tables -------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitInfo:
    """One unit surface (in the normalised view) and what it means."""

    surface: str
    family: str
    base: str | None
    multiplier: Decimal


MAGNITUDES: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "千亿": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10,
    "亿": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "十万": Decimal(10) ** 5,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
}


@dataclass(frozen=True)
class UnitRow:
    """One line of summarizer/data/units.tsv."""

    surface: str
    family: str
    base: str
    magnitudes: tuple[str, ...]
    numerals: str  # concrete | clause | -
    reason: str


def _data_lines(name: str) -> list[list[str]]:
    """Tab-separated rows of a vocabulary file in summarizer/data (comments and blanks skipped)."""
    text = resources.files("summarizer").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def load_units() -> list[UnitRow]:
    """The unit vocabulary (surface, family, base, prefixes, Chinese-numeral rule, reason)."""
    rows = []
    for surface, family, base, mags, numerals, reason in _data_lines("units.tsv"):
        prefixes = tuple(MAGNITUDES) if mags == "all" else tuple(m for m in mags.split(",") if m != "-")
        rows.append(UnitRow(surface, family, base, prefixes, numerals, reason))
    return rows


UNIT_ROWS = load_units()
COUNT_MEASURES = [r.surface for r in UNIT_ROWS if r.family == "count"]
# Chinese numerals are quantities only before CONCRETE_MEASURES (两栋, 一名); abstract measure
# words count after a Chinese numeral only when the clause ends right there (新引进人才团队八个；):
# 三个狠抓 and 八个方面 go on, and 一次 is a frequency (两天联系一次).
CONCRETE_MEASURES = {r.surface for r in UNIT_ROWS if r.numerals == "concrete"}
CLAUSE_FINAL_MEASURES = {r.surface for r in UNIT_ROWS if r.numerals == "clause"}
_CLAUSE_END = set(",，。;；、:：!！?？\n")

# Units that only follow magnitudes (亿/万) with nothing else: 总投资143.75亿.
BARE_MAGNITUDES = ("亿", "万")


def _build_units() -> dict[str, UnitInfo]:
    units: dict[str, UnitInfo] = {}

    def add(surface: str, family: str, base: str | None, mult: Decimal) -> None:
        units.setdefault(surface, UnitInfo(surface, family, base, mult))

    for row in UNIT_ROWS:
        add(row.surface, row.family, row.base, Decimal(1))
    for row in UNIT_ROWS:
        for mag in row.magnitudes:
            add(mag + row.surface, row.family, row.base, MAGNITUDES[mag])
    # 3万余人, 1.2亿多元: a qualifier between the magnitude and the unit
    for surface, info in list(units.items()):
        if surface[:1] in "万亿" and len(surface) > 1 and surface[:2] != "万亿":
            for infix in ("余", "多"):
                add(surface[0] + infix + surface[1:], info.family, info.base, info.multiplier)
    return units


UNITS: dict[str, UnitInfo] = _build_units()

# --- regular expressions ---------------------------------------------------------------

_ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_CN_DIGITS = "零〇一二两三四五六七八九十百千"
_CHINESE = rf"[{_CN_DIGITS}]+"
# 二十七亿四千万元, 三万五千人: older reports write a whole amount in numerals, 亿 and 万 inside
_CHINESE_BIG = rf"{_CHINESE}(?:[亿万]{_CHINESE})+[亿万]?"
# 七六六·四亿元: older reports write decimals digit by digit with a middle dot (or 点)
_CN_DIGIT_RUN = r"[〇零一二三四五六七八九]+"
_CN_POINT = re.compile(r"[·•・点]")
_PREFIX_QUALIFIERS = ("不少于", "不低于", "不超过", "不足", "超过", "接近", "将近", "约", "近", "超", "逾")
_PRE = "|".join(sorted(_PREFIX_QUALIFIERS, key=len, reverse=True))
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
# Written before its number (百分之五), so it is not among the suffix units of QUANTITY_RE.
UNITS["百分之"] = UnitInfo("百分之", "percent", "%", Decimal(1))
# every dash a report types between the ends of a range (6%—6.5%, 12―43.6%, 7.5%‒8%, 30~50亿元)
RANGE_DASHES = "-~～—–―‒﹣"
_RANGE_SEP = rf"(?:[{re.escape(RANGE_DASHES)}]|至|到)"
# Typeset or PDF text puts a space or a line break between a number and its unit
# (一般公共预算收入 90 亿元, 增长22.8 %, 4.27\n万人): allowed only where a unit follows.
_GAP = r"(?:[ \t]{1,3}|[ \t]?\n[ \t]?)"

# Every match begins with a digit, a Chinese numeral or a prefix qualifier's first character:
# a cheap first test, so the scan of a whole report does not try each alternative everywhere.
_QUANTITY_FIRST = rf"(?=[\d{_CN_DIGITS}{''.join(sorted({q[0] for q in _PREFIX_QUALIFIERS}))}])"
QUANTITY_RE = re.compile(
    _QUANTITY_FIRST
    + rf"(?P<pre>{_PRE})?"
    rf"(?P<num>{_ARABIC}|{_CHINESE_BIG}|{_CHINESE}(?:[·•・点][〇零一二三四五六七八九]+)?)"
    rf"(?:{_RANGE_SEP}(?P<high>{_ARABIC}))?"
    rf"(?:(?P<gap>{_GAP})(?=(?:余|多)?(?:{_UNIT_ALT}|亿|万)))?"
    rf"(?P<infix>余|多)?"
    rf"(?P<unit>{_UNIT_ALT}|亿|万)?(?<!台(?=[阶账]))"  # 4000亿台阶, 一项目一台账: 台 begins a word, no unit
    rf"(?P<post>以上|以下|以内|左右|余|多(?![出于了]))?"  # 多出2100亿元: "more by", not "over"
)
# 增长7.5%-8%: a range whose unit is written at both ends; the high end is its own mention.
_RANGE_AGAIN = re.compile(rf"{_RANGE_SEP}(?={_ARABIC})")
# 三次产业结构为2.5：36.7：60.7 — a ratio: every term is a figure
# (∶ is the ratio sign U+2236); three decimal terms need no keyword: 由7.3∶45.9∶46.8调整为…
# A ratio's name may stand a few words or a dated start before it (比例将由2005年的9:59:32), and a
# ratio it was brought to follows the one before (…33.7调整到13:52:35).
_RATIO_AFTER_RATIO = "(?:" + "|".join(
    rf"(?<=[:∶]{d})" for d in (r"\d", r"\d\d", r"\d\.\d", r"\d\d\.\d", r"\d\.\d\d", r"\d\d\.\d\d")
) + ")"
RATIO_RE = re.compile(
    rf"(?:比|结构|比例|之比|比值|比重)(?:[^\d,，;；。:：]{{0,8}}?(?:(?:19|20)\d{{2}}年(?:底|末)?的?)?)?"
    rf"(?P<terms>{_ARABIC}(?:[:∶]{_ARABIC}){{1,4}})(?![\d:∶])"
    rf"|(?<![\d.:∶])(?P<bare_terms>\d+\.\d+(?:[:∶]\d+\.\d+){{2,4}})(?![\d:∶])"
    rf"|{_RATIO_AFTER_RATIO}(?:调整|优化|转变|变|下调|上调|缩小|扩大|下降|上升|提高|降低|降|升)?(?:为|到|至)(?:(?:19|20)\d{{2}}年(?:底|末)?的?)?"
    rf"(?P<to_terms>{_ARABIC}(?:[:∶]{_ARABIC}){{1,4}})(?![\d:∶])"
)
_RATIO_TERM = re.compile(_ARABIC)
# The sign of a change stated in words (下降3.1%) or with a minus (-5.6%): value_normalized
# carries it; value and value_text stay the figure as written.
_DECLINES = ("下降", "下跌", "下滑", "减少", "回落", "降低", "下调", "衰退", "萎缩", "减产", "减收", "压减", "压缩", "缩减", "缩短")
_DECLINE_ENDINGS = _DECLINES + tuple(word + "了" for word in _DECLINES)
_SIGNED_FAMILIES = {"percent", "percentage_points", "permille"}

# Rankings: 增幅居全市第二, 位列第一等次, 进入第一方阵, 保持开发园区第一, 进入前20位,
# 稳居发展中国家首位, 跻身全国前十强, 名列第三十八位.
_RANK_TRIGGER = r"(?:居|列|位列|位居|排名|排在|排|名列|进入|保持|位于|跃居|升至|稳居|跻身)"
_CN_ORDINAL = "一二三四五六七八九十百零〇两"
RANK_RE = re.compile(
    _RANK_TRIGGER
    + r"[^,，。;；、\n]{0,10}?"
    + rf"(?P<ord>第(?P<n>[{_CN_ORDINAL}]+|\d+)(?P<unit>位|名|等次|方阵|梯队|档)?"
    + rf"|前(?P<top>\d+|[{_CN_ORDINAL}]+)(?P<topunit>位|名|强)?"
    + r"|(?P<first>首)(?P<firstunit>位)(?!产业))"  # 宜居宜游首位产业: the leading industry, a term
    + r"(?![批期届次个季轮号条%％\d.])"  # 前30%: a share of the ranked, no place (the percent reads it)
)
# 居全市第1、全省第7, 列全省第二、第三位: a second ranking joined to the first shares its trigger
# (第一、第二产业 is no ranking)
RANK_CHAIN_RE = re.compile(
    rf"、(?:[^,，。;；、\n第]{{0,8}}?)(?P<ord>第(?P<n>[{_CN_ORDINAL}]+|\d+)(?P<unit>位|名)?)(?![批期届次个季轮号条产])"
)

# 百分之五, 百分之十二点五, 百分之20: percent written out in words (formal documents)
PERCENT_WORDS_RE = re.compile(
    rf"(?=[百{''.join(sorted({q[0] for q in _PREFIX_QUALIFIERS}))}])"  # the first test, as above
    r"(?P<pre>" + _PRE + r")?百分之(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
    r"(?P<post>以上|以内|左右)?"
)
# 三分之一, 4分之3, 压缩一半以上: a share written as a fraction is a percent (三分之一 = 33.3…%);
# 一半 counts only after a verb of change or before a qualifier (一半是… is no figure).
FRACTION_RE = re.compile(
    r"(?<![\d一二三四五六七八九十])(?P<den>[一二三四五六七八九十]+|\d+)分之(?P<part>[一二三四五六七八九十]+|\d+)(?P<post>以上|左右|多)?"
    r"|(?P<half>(?<=压缩|压减|减少|降低|下降|缩短|提高|增加|提升|增长)一半|一半(?=以上|左右|多))(?P<hpost>以上|左右|多)?"
)
# 同比持平 / 与上年持平: a growth rate of 0%, stated in words
FLAT_RE = re.compile(r"(?:同比|按年|环比|与上年同期|与去年同期|与上年|与去年|比上年|较上年)(?:基本)?(?P<flat>持平)")
_DIGIT_OR_LATIN = re.compile(r"[0-9A-Za-z.]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# After a unitless number these mean a date, an edition or an ordinal, not a quantity.
# 级: 5.0级地震, a class; 大: 6大体系, 五大主导产业 name a set of categories
_NOT_AFTER_BARE = set("年月日号號期批届次季度时分秒岁周天版代型式路线楼层室届类级大")
# A prefix qualifier glued to these characters is part of a word: 签约, 节约, 最近, 赶超.
_WORD_BEFORE = {"约": "签合节制履特预集违契邀缔", "近": "最附临", "超": "赶高"}  # 接近/将近 are qualifiers whole
_IDIOMS = ("一条龙", "千家万户", "一把手", "一盘棋", "一体化", "一站式", "一件事", "一张网", "一张图", "四套班子")


# --- Chinese numerals --------------------------------------------------------------------

_CN_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SCALES = {"十": 10, "百": 100, "千": 1000}


def chinese_to_int(text: str) -> int | None:
    """Convert a Chinese numeral below 10,000 (两, 十二, 一百五十, 三千零五) to an int."""
    if not text:
        return None
    if all(c in _CN_VALUES for c in text) and len(text) > 1:
        # 一二 or 二〇二二 read digit by digit are codes or years, not quantities.
        return None
    total, current = 0, 0
    for i, char in enumerate(text):
        if char in _CN_VALUES:
            current = _CN_VALUES[char]
        elif char in _CN_SCALES:
            if i and text[i - 1] in _CN_SCALES:
                return None  # 十百千, 千百: a run of scales names a programme, it is no number
            total += (current or 1) * _CN_SCALES[char]
            current = 0
        else:
            return None
    return total + current


def ordinal_value(text: str) -> int | None:
    """第二 -> 2, 第12 -> 12, 二 -> 2."""
    text = text.removeprefix("第")
    if text.isdigit():
        return int(text)
    return chinese_to_int(text)


def parse_decimal(text: str) -> Decimal | None:
    """'1,498.28' -> Decimal('1498.28'); Chinese numerals via chinese_to_int; 七六六·四 -> 766.4."""
    cleaned = text.replace(",", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        pass
    if _CN_POINT.search(text):
        whole, frac = _CN_POINT.split(text, 1)
        digits = "".join(str(_CN_VALUES[c]) for c in whole) if re.fullmatch(_CN_DIGIT_RUN, whole) else None
        integer = digits if digits is not None else chinese_to_int(whole)  # 七六六·四, 三十点五
        if integer is None or not frac:
            return None
        return Decimal(f"{integer}.{''.join(str(_CN_VALUES[c]) for c in frac)}")
    value = chinese_to_int(text)
    if value is None and ("亿" in text or "万" in text):
        value = _chinese_big(text)
    return Decimal(value) if value is not None else None


def _chinese_big(text: str) -> int | None:
    """二十七亿四千万 -> 2740000000: sections of 亿 and 万, each below 10,000 (三万零五百 too)."""
    total = 0
    rest = text
    for mark, scale in (("亿", 10**8), ("万", 10**4)):
        if mark in rest:
            head, rest = rest.split(mark, 1)
            value = chinese_to_int(head)
            if value is None:
                return None
            total += value * scale
    if rest:
        value = chinese_to_int(rest.lstrip("零〇")) if rest.lstrip("零〇") else 0
        if value is None:
            return None
        total += value
    return total


def normalize_value(value: Decimal, multiplier: Decimal) -> float:
    """Scale exactly with Decimal (16.4亿 must be 1640000000, not 1639999999.99)."""
    return float(value * multiplier)


def unit_info(unit: str) -> UnitInfo | None:
    """Look up a unit surface given in either script or width (億元, ％, 個)."""
    from summarizer.text.normalize import normalize

    return UNITS.get(normalize(unit)) or (
        UnitInfo(unit, "none", None, MAGNITUDES[unit]) if unit in BARE_MAGNITUDES else None
    )


# --- extraction --------------------------------------------------------------------------


def load_nonfacts() -> list[tuple[str, str, str]]:
    """The non-fact vocabulary: (name, pattern, reason) from summarizer/data/nonfacts.tsv."""
    return [(name, pattern, reason) for name, pattern, reason in _data_lines("nonfacts.tsv")]


# (with a first-character test in front: the same matches; text/prefilter.py)
NONFACT_RE = prefiltered(re.compile("|".join(f"(?:{pattern})" for _, pattern, _ in load_nonfacts())))


def load_numeral_names() -> list[tuple[str, str, str]]:
    """Chinese numerals that name, not count: (name, pattern, reason) from numeral_names.tsv."""
    return [(name, pattern, reason) for name, pattern, reason in _data_lines("numeral_names.tsv")]


NUMERAL_NAME_RE = re.compile("|".join(f"(?:{pattern})" for _, pattern, _ in load_numeral_names()))


def extract_mentions(doc: Document) -> list[NumberMention]:
    """All quantities in the body text of `doc` (chrome excluded), ordered by position."""
    starts = [s for s, _ in doc.kept]
    ends = [e for _, e in doc.kept]

    def in_body(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        if i < 0:
            return False
        # 达到23250\n亿元: a figure a hard line wrap split runs on into the next kept line
        j = bisect_right(starts, end - 1) - 1
        if end > ends[j] or any(doc.norm[ends[k] : starts[k + 1]].strip() for k in range(i, j)):
            return False
        return True

    found = [m for m in _scan(doc.norm, table_reader(doc)) if in_body(m[0], m[1])]
    return [_to_mention(f"m{i}", doc.text, doc.norm, *item) for i, item in enumerate(found, start=1)]


def table_reader(doc: Document) -> TableReader:
    """The document's one table reader: its per-line work (cells, blocks, captions) is a pure
    function of the text, so the number parser and the verifier share it (an engine may too)."""
    return doc.derived("table_reader", lambda: TableReader(doc.norm))


def extract_mentions_text(text: str) -> list[NumberMention]:
    """Mentions in a plain string (no cleaning): for quotes, tests and the brief checker.

    A fresh list each call; the mentions (frozen, scalar fields) are shared from a cache,
    since the brief and the checker ask again and again about the same short metric names.
    """
    return list(_mentions_text(text))


@lru_cache(maxsize=4096)
def _mentions_text(text: str) -> tuple[NumberMention, ...]:
    from summarizer.text.normalize import normalize

    norm = normalize(text)
    found = _scan(norm)
    return tuple(_to_mention(f"m{i}", text, norm, *item) for i, item in enumerate(found, start=1))


_Found = tuple[int, int, dict]


# Every pattern of `_scan` needs a digit or a Chinese numeral, except 持平 and 首位: a string
# with none of them (most metric names, asked about by the glossary and the verifier) has no
# mention, and is answered without running the patterns.
_MAYBE_NUMBER = re.compile(rf"[\d{_CN_DIGITS}]|持平|首位")


def _scan(norm: str, tables: TableReader | None = None) -> list[_Found]:
    if _MAYBE_NUMBER.search(norm) is None:
        return []
    found: list[_Found] = []
    ranks: dict[int, _Found] = {}
    for m in RANK_RE.finditer(norm):
        ranks.setdefault(m.start("ord"), (m.start("ord"), m.end("ord"), {"rank": m}))
        pos = m.end()
        while (chain := RANK_CHAIN_RE.match(norm, pos)) is not None:
            ranks.setdefault(chain.start("ord"), (chain.start("ord"), chain.end("ord"), {"rank": chain}))
            pos = chain.end()
    found.extend(ranks[start] for start in sorted(ranks))
    for m in PERCENT_WORDS_RE.finditer(norm):
        if _words_value(m.group("num")) is not None:
            found.append((m.start(), m.end(), {"pct": m}))
    for m in _anchored(norm, FRACTION_RE, _FRACTION_ANCHOR, back=8):
        if _fraction_value(m) is not None:
            found.append((m.start(), m.end(), {"fraction": m}))
    for m in FLAT_RE.finditer(norm):
        found.append((m.start("flat"), m.end("flat"), {"flat": m}))
    for m in _anchored(norm, RATIO_RE, _RATIO_ANCHOR, back=24):
        group = next(g for g in ("terms", "bare_terms", "to_terms") if m.group(g))
        for term in _RATIO_TERM.finditer(norm, m.start(group), m.end(group)):
            found.append((term.start(), term.end(), {"ratio": term}))
    taken = _Spans([(s, e) for s, e, _ in found])
    tables = tables or TableReader(norm)
    taken_until = -1
    for m in QUANTITY_RE.finditer(norm):
        if m.start() < taken_until:
            continue
        if _glued_prefix(norm, m):
            # 签约1个: the 约 belongs to a word; read the number again without it.
            m = QUANTITY_RE.match(norm, m.start("num"))  # type: ignore[assignment]
            if m is None or m.group("pre"):
                continue
        item = _accept(norm, m, tables)
        if item is None:
            continue
        s, e = item[0], item[1]
        if taken.overlaps(s, e):
            continue
        if "m" in item[2] and "\n" in norm[e : e + 4] and not m.group("post"):
            item = _unit_across_break(norm, item, m)
            e = item[1]
        if _is_rate_range(m, item) or _is_amount_range(m, item):
            # 增长12―43.6%: a band of rates, one figure a fact (its two ends), like 6%—6.5%; so is
            # a band of amounts (培育1-2家, 补助3000至2万元: the low end in yuan, not 3000万元)
            low = dict(item[2], range_end="low")
            if not _is_rate_range(m, item):
                low["amount_range"] = True  # the low end keeps the range's high end (range_high)
            if _low_in_base_unit(m):
                low["low_base"] = True
            found.append((s, m.end("num"), low))
            item = (m.start("high"), e, dict(item[2], range_end="high"))
        found.append(item)
        taken_until = e
    found.sort(key=lambda f: f[0])
    return [f for f in found if not _in_nonfact(norm, f[0], f[1])]


# the families of amounts a band of two figures is read as two ends of (培育1-2家, 30~50亿元)
_RANGE_FAMILIES = {"currency_cny", "currency_usd", "count", "area", "mass", "length", "volume", "energy", "power"}


def _is_amount_range(m: re.Match[str], item: _Found) -> bool:
    """A band of amounts with the unit written once at the end (1-2家, 30~50亿元, 3000至2万元)."""
    if "m" not in item[2] or m.group("high") is None or "unit_across" in item[2] or m.group("pre"):
        return False
    info = UNITS.get(m.group("unit") or "")
    if info is None or info.family not in _RANGE_FAMILIES:
        return False
    low, high = parse_decimal(m.group("num")), parse_decimal(m.group("high"))
    return low is not None and high is not None and (low < high or _low_in_base_unit(m))


def _low_in_base_unit(m: re.Match[str]) -> bool:
    """3000至2万元: a low end larger than the high end as written is in the unit without its
    magnitude (3000元 to 20000元), when that makes it the smaller."""
    unit = m.group("unit") or ""
    low, high = parse_decimal(m.group("num")), parse_decimal(m.group("high"))
    if low is None or high is None or low < high or unit[:1] not in MAGNITUDES or unit[1:] not in UNITS:
        return False
    return low < high * MAGNITUDES[unit[:1]]


def _is_rate_range(m: re.Match[str], item: _Found) -> bool:
    """A range of rates with its unit written once at the end (增长6―6.5%, 下降1-2个百分点)."""
    if "m" not in item[2] or m.group("high") is None or "unit_across" in item[2]:
        return False
    info = UNITS.get(m.group("unit") or "")
    return info is not None and info.family in _SIGNED_FAMILIES


# One character of each non-fact's own words (强 of 500强, 伏 of 千伏, 道 of 国道, 线/打/话/箱
# of hotlines, 条 of policy names, 字/览/读/访 of page furniture, 天 and 干/战/坚/刺… of campaigns,
# 双 of 双11, 兑/折/=/对 of exchange rates, 大 of 大中城市, 圈 of 通勤圈, 图/表 of captions,
# 世 of 世纪, 急/警 of emergency numbers, 时 of 24小时, 寸 of 英寸, 面/作/事 of 个方面/项工作/件大事,
# 围/延/径/侧/边 of 范围内, 外延, 半径, 两侧, 周边, 阶 of 台阶): a cheap test before the patterns run.
_NONFACT_KEYS = frozenset("强伏kKV道线打话箱条字览读访天干战坚刺决鏖双兑折=对大圈图表世急警时寸面事作围延径侧边阶")
_NONFACT_REACH = 14  # characters a non-fact pattern reaches beyond its number (当前显示…字)


def in_nonfact(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] lies in a non-fact: 500 of 入围世界500强 is part of a name."""
    return _in_nonfact(norm, start, end)


def _in_nonfact(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] lies in a non-fact (世界500强, 220千伏 …).

    Searched in a small window around each mention, not over the whole text: the patterns
    are many, and a scan of every position would cost more than all the rest of the parser.
    """
    if _NONFACT_KEYS.isdisjoint(norm[max(0, start - 7) : end + 5]):
        return False  # none of the words a non-fact needs stands next to the number
    lo, hi = max(0, start - _NONFACT_REACH), min(len(norm), end + _NONFACT_REACH)
    return any(m.start() < end and start < m.end() for m in NONFACT_RE.finditer(norm, lo, hi))


_FRACTION_ANCHOR = re.compile(r"分之|一半")
_RATIO_ANCHOR = re.compile(r"\d[:∶]\d")


def _anchored(norm: str, pattern: re.Pattern[str], anchor: re.Pattern[str], *, back: int):
    """Matches of `pattern` near the places `anchor` finds (分之, 3:4): a rare construction is
    looked for only where its fixed mark stands, not at every digit of the text."""
    done = 0
    for a in anchor.finditer(norm):
        if a.start() < done:
            continue
        for m in pattern.finditer(norm, max(done, a.start() - back), a.end() + 40):
            if m.start() <= a.start() < m.end() or m.start() <= a.end() - 1 < m.end():
                done = m.end()
                yield m
                break


def _fraction_value(m: re.Match[str]) -> Decimal | None:
    """三分之一 -> 33.33…, 一半 -> 50: the share in percent."""
    if m.group("half"):
        return Decimal(50)
    den, part = (parse_decimal(m.group(g)) for g in ("den", "part"))
    if not den or part is None or part > den:
        return None
    return Decimal(100) * part / den


_LONGEST_UNIT = max(map(len, UNITS))


def _unit_across_break(norm: str, item: _Found, m: re.Match[str]) -> _Found:
    """7.1万⏎元, 139.6公⏎里: a hard line break (PDF text) inside the unit; the longest known
    unit formed with the next line's first characters wins."""
    u_start = m.start("unit") if m.group("unit") else m.end()
    brk = norm.find("\n", u_start, u_start + 4)
    if brk < 0:
        return item
    head = norm[u_start:brk]
    for k in range(_LONGEST_UNIT - len(head), 0, -1):
        tail = norm[brk + 1 : brk + 1 + k]
        cand = head + tail
        if len(tail) == k and cand in UNITS and len(cand) > len(m.group("unit") or ""):
            return (item[0], brk + 1 + k, dict(item[2], unit_across=(cand, u_start, brk + 1 + k)))
    return item


class _Spans:
    """Spans already taken (ranks, 百分之…, flat): "does [s, e) overlap one?" in O(log n),
    so a report with many figures is not scanned once per quantity."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self._starts = [s for s, _ in spans]
        self._reach: list[int] = []  # furthest end among the spans up to each index
        for _, e in spans:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end) - 1  # last span starting before `end`
        return i >= 0 and self._reach[i] > start


def _words_value(num: str) -> Decimal | None:
    """'五' -> 5, '十二点五' -> 12.5, '20' -> 20 (the number after 百分之)."""
    if num[0].isdigit():
        return Decimal(num)
    whole, _, frac = num.partition("点")
    value = chinese_to_int(whole) if len(whole) > 1 or whole not in "零〇" else 0
    if value is None and len(whole) == 1:
        value = _CN_VALUES.get(whole)
    if value is None:
        return None
    digits = "".join(str(_CN_VALUES[c]) for c in frac)
    return Decimal(f"{value}.{digits}") if digits else Decimal(value)


def _glued_prefix(norm: str, m: re.Match[str]) -> bool:
    """签约1个 is "signed 1", not "about 1": the prefix qualifier is part of a word."""
    pre = m.group("pre")
    start = m.start()
    return bool(pre) and start > 0 and norm[start - 1] in _WORD_BEFORE.get(pre, "")


# …就业人员10万人|生产安全事故死亡人数为2.82人, 每10万人|口发病率为: a per-unit base glued to the name of
# the rate it divides, the rate's figure right after 为
BASIS_IN_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:人数|死亡率|发病率|率)(?:为|是)\s*[-−]?\d")


def _accept(norm: str, m: re.Match[str], tables: TableReader) -> _Found | None:
    """Decide whether a regex hit is a quantity; return (start, end, parts) or None."""
    num = m.group("num")
    unit = m.group("unit")
    start, end = m.start(), m.end()
    num_start = m.start("num")
    before = norm[num_start - 1] if num_start > 0 else ""
    spaced = norm[num_start - 2] if before in (" ", "\t") and num_start > 1 else ""
    after = norm[end] if end < len(norm) else ""
    is_chinese = not num[0].isdigit()

    if before and _DIGIT_OR_LATIN.match(before) and not m.group("pre"):
        return None  # part of a code: G233, B2-2011, P17, 1.5.3
    if (before and before in "第#№") or (spaced and spaced in "第#№"):
        return None  # ordinal (第 3 名: typeset spacing does not hide it)
    if not m.group("pre") and num_start >= 1 and norm[num_start - 1] == "前" and unit in {"位", "名"}:
        return None  # a ranking, found by RANK_RE
    if unit and unit[-1:].isascii() and unit[-1:].isalpha() and after.isascii() and after.isalpha():
        return None  # 15GWh-like codes the table does not know
    if not unit and not m.group("infix") and after and (after.isascii() and after.isalnum()):
        return None  # 5G, 4K
    parts: dict = {"m": m}
    if m.group("high") is None and after in RANGE_DASHES and norm[end + 1 : end + 2].isdigit():
        again = QUANTITY_RE.match(norm, end + 1) if unit else None
        if again is None or again.group("unit") != unit:
            return None  # a date or code such as 2020-10-10
        parts["high_end"] = again  # 增长7.5%-8%: a range with the unit at both ends

    if unit == "个" and norm.startswith(("月", "小时", "季度", "年", "多月"), end):
        return None  # 10个月: a period, not a quantity
    if unit in ("万人", "人", "千人", "百万吨", "万吨", "亿元") and BASIS_IN_NAME.match(norm, end):
        return None  # 就业人员10万人|生产安全事故死亡人数为2.82人: the rate's denominator, inside its name
    if is_chinese:
        return _accept_chinese(norm, m)
    if unit is None:
        return _accept_bare(norm, m, tables)
    info = UNITS.get(unit)
    if info is not None and info.family in ("count", "duration") and not m.group("pre") and (
        _in_short_quote(norm, num_start, end) or _in_quoted_programme(norm, num_start, end)
    ):
        return None  # 牢记“52个不准”, “4小时重庆”: a count or a time inside a quoted slogan is its name
    return (start, end, parts)


def _accept_chinese(norm: str, m: re.Match[str]) -> _Found | None:
    unit = m.group("unit")
    if unit is None or m.group("high"):
        return None
    info = UNITS.get(unit)
    if info is None:
        return None
    if _CN_POINT.search(m.group("num")):
        if parse_decimal(m.group("num")) is None:
            return None
        if "点" in m.group("num") and _in_short_quote(norm, m.start(), m.end()):
            return None  # 建设“五点一线”沿海经济带: five points and a line, a name, no 5.1
        return (m.start(), m.end(), {"m": m})  # 七六六·四亿元: a decimal is never a slogan
    measure = unit
    for mag in ("万", "亿"):
        if unit.startswith(mag) and len(unit) > 1:
            measure = unit[len(mag) :]
    if info.family == "count" and measure not in CONCRETE_MEASURES and not _ends_noun_clause(norm, m) and not m.group("pre"):
        return None  # 不少于四次: a qualifier in front makes any measure word a quantity
    if info.family not in {"count", "currency_cny", "currency_usd", "percentage_points"}:
        return None  # 提高三个百分点 counts; 三倍, 五米 … are too often names
    num = m.group("num")
    if parse_decimal(num) is None or num in ("零", "〇"):
        return None  # 零部件, 零就业家庭: 零 alone counts nothing
    if num in ("百", "千", "万") and unit == "元" and _CJK.match(norm, m.end()):
        return None  # 百元主营业务收入成本, 每万元GDP…: a per-unit base, no amount
    if m.start() > 0 and norm[m.start() - 1] in "上下这那每数几":
        return None  # 上一条 (pager), 每一家, 数十家 / 几十个 (no number stated)
    if NUMERAL_NAME_RE.match(norm, m.start("num")):
        return None  # 两位数, 城乡二元, 一户不落, 三条控制线: see data/numeral_names.tsv
    if _names_by_numerals(norm, m):
        return None
    window = norm[m.start("num") : m.start("num") + 5]
    if any(window.startswith(idiom) for idiom in _IDIOMS):
        return None
    if m.group("num") == "一" and _in_quoted_one_list(norm, m.start(), m.end()):
        return None  # “一个项目、一套班子、一支队伍”: a slogan listing "one of each", not counts
    after = norm[m.end() : m.end() + 1]
    if after == "万" or (after and after in "一二三四五六七八九十"):
        return None  # 千家万户, 一家一策-like patterns
    return (m.start(), m.end(), {"m": m})


_UNIT_ALTERNATIVE = re.compile(r"[(（][^()（）]{1,3}[)）]$")  # 台（套）: the unit, or sets of it
_HEADER_UNIT = re.compile(r"[(（]\s*([^()（）]{1,6}?)\s*[)）]")
_PERCENT_HEADER = re.compile(r"增长|增速|增幅|比重|占比|同比|%")


def _stated_unit(surface: str, start: int) -> tuple[int, int, UnitInfo] | None:
    info = UNITS.get(surface) or (
        UnitInfo(surface, "none", None, MAGNITUDES[surface]) if surface in BARE_MAGNITUDES else None
    )
    return (start, start + len(surface), info) if info is not None else None


def _header_unit(norm: str, tables: TableReader, pos: int, col: int) -> tuple[int, int, UnitInfo] | None:
    """The unit a table states once for the cell at pos: its column header (同比增长(%),
    产值(亿元)), its row name (产值（亿元） | 156.3), a 单位 column, or a 单位：% line above."""
    _, row = tables.row(pos)
    header = tables.header(pos)
    named = column_header(header, col)
    if named is not None:
        c_start, c_end = named
        found = _HEADER_UNIT.search(norm, c_start, c_end)
        stated = _stated_unit(found.group(1), found.start(1)) if found else None
        if stated is not None:
            return stated
        if _PERCENT_HEADER.search(norm, c_start, c_end):
            sign = norm.find("%", c_start, c_end)  # 比重%: the sign written in the header
            if sign >= 0:
                return (sign, sign + 1, UNITS["%"])
            return (c_end, c_end, UNITS["%"])  # the unit is implied by the column name: no text
    in_name = _HEADER_UNIT.search(norm, row[0][0], row[0][1])
    stated = _stated_unit(in_name.group(1), in_name.start(1)) if in_name else None
    if stated is not None:
        return stated
    if col == 1:
        # - 原 煤 亿吨 27.93 4.1: a row aligned by spaces writes its unit after the name
        a, b = row[0]
        last = norm[a:b].rsplit(None, 2)
        if len(last) == 3 and last[1] in BARE_MAGNITUDES and last[1] + last[2] in UNITS:
            # - 水运 亿 吨 29.7 5.7: the magnitude set apart from its unit by a space
            return (norm.rfind(last[1], a, b), b, UNITS[last[1] + last[2]])
        if len(last) >= 2 and last[-1] in UNITS:
            return _stated_unit(last[-1], b - len(last[-1]))
    if header is not None:
        unit_col = [i for i, (a, b) in enumerate(header) if "".join(norm[a:b].split()) in ("单位", "计量单位")]
        if unit_col and unit_col[0] != col and unit_col[0] < len(row):
            # 指标 | 单位 | 1-9月: the row's own unit cell says what every figure in it measures
            a, b = row[unit_col[0]]
            surface = "".join(norm[a:b].split())  # 亿    人: a unit cell padded inside
            info = UNITS.get(surface) or UNITS.get(_UNIT_ALTERNATIVE.sub("", surface))  # 台(套)
            if info is not None:
                return (a, b, info)
    group = _group_unit(norm, tables, pos, row)
    if group is not None:
        return group
    caption = tables.caption_unit(pos)
    if caption is not None:
        return _stated_unit(caption.surface, caption.start)
    return None


# 百家争鸣, 千名干部进万企, 百户重点企业, 每千人: a hundred or a thousand people or things alone
# is a round figure of speech or the base of a rate; it counts only after a word of reaching or
# with a qualifier (突破千家, 近千场, 千余家). Amounts (突破千亿元, 百亿元以上项目) stay figures.
_ROUND_SCALE = frozenset("百千")
_REACHING_BEFORE = ("突破", "超过", "超越", "跨越", "达到", "达", "迈上", "跃上", "越过", "逾", "过", "破")
_QUOTE_REACH = 12  # characters of a quoted slogan (“两套班子”, “四换三名”)
_QUOTED_LIMIT = re.compile(r"最多|最少|最快|至多|不超过|只需|仅需")
_NUMERALS = frozenset("一二两三四五六七八九十百千万")
# between two numerals these make one number (二十七亿四千万), an ordinal or a span of time
# (三年两家: two firms in three years), not a slogan
_PAIR_GAP_NOT = frozenset("亿万点之第个年月日天季周期批届")


def _in_short_quote(norm: str, start: int, end: int) -> bool:
    """Inside a short quotation without clause marks: “两套班子”工作机制, 牢记“52个不准”."""
    lo = max(0, start - _QUOTE_REACH)
    opened = max(norm.rfind("“", lo, start), norm.rfind('"', lo, start))
    if opened < 0 or norm.rfind("”", opened, start) >= 0:
        return False
    closed = norm.find("”", end, opened + _QUOTE_REACH + 2)
    if closed < 0 or re.search(r"[,，。;；]", norm[opened:closed]):
        return False
    return not _QUOTED_LIMIT.search(norm, opened, start)  # 审批“最多80天”: a limit achieved


# “当先锋、打头阵，全员奋斗180天”招商专项行动: a quoted campaign's name, clause marks and all, right
# before the word for a campaign or programme
_PROGRAMME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:专项行动|行动|活动|工程|计划|攻坚战|大会战|会战)")
_PROGRAMME_QUOTE_REACH = 24


def _in_quoted_programme(norm: str, start: int, end: int) -> bool:
    """Inside a quotation (up to 24 characters) that names the campaign or programme after it."""
    lo = max(0, start - _PROGRAMME_QUOTE_REACH)
    opened = norm.rfind("“", lo, start)
    if opened < 0 or norm.rfind("”", opened, start) >= 0:
        return False
    closed = norm.find("”", end, opened + _PROGRAMME_QUOTE_REACH + 2)
    if closed < 0 or "。" in norm[opened:closed] or _QUOTED_LIMIT.search(norm, opened, start):
        return False
    return _PROGRAMME_AFTER.match(norm, closed + 1) is not None


def _names_by_numerals(norm: str, m: re.Match[str]) -> bool:
    """Numerals that name a slogan, a programme or a policy instead of counting.

    - a lone 百/千 (百家, 千名) without a word of reaching before it;
    - inside a short quotation: “两套班子”工作机制, “三个代表”, “四换三名” are names;
    - a pair of numerals a character or two apart: 三线一单, 百村千幢, 一项目一台账;
    - the same numeral and measure word again right after: 定一件干一件, 说一件做一件.
    """
    num, start, end = m.group("num"), m.start("num"), m.end()
    approximate = m.group("pre") or m.group("infix") or m.group("post") in ("余", "多")  # 近千场, 千余家
    info = UNITS.get(m.group("unit") or "")
    counted = info is not None and info.family == "count"  # 百亿元以上项目 names a class of amounts
    if counted and set(num) <= _ROUND_SCALE and not approximate and not norm.endswith(_REACHING_BEFORE, max(0, start - 2), start):
        return True
    if _in_short_quote(norm, start, end):
        return True
    before = norm[max(0, start - 3) : start]
    if (
        len(before) == 3
        and before[-1] not in _NUMERALS | _PAIR_GAP_NOT
        and _CJK.match(before[-1])
        and (
            (before[1] in _NUMERALS and before[0] != "第")  # 三线一单, 百村千幢, 四换三名
            or (before[0] == "一" and before[1] not in _NUMERALS | _PAIR_GAP_NOT and _CJK.match(before[1]))
        )  # 一项目一台账
    ):
        return True
    unit = m.group("unit") or ""
    again = norm.find(num + unit, end, end + len(num + unit) + 3)
    return again > end and all(_CJK.match(c) and c not in _NUMERALS for c in norm[end:again])


_RATE_NAME = re.compile(r"(?:率|比重|指数|比)\s*$")


def _group_unit(norm: str, tables: TableReader, pos: int, row: list[tuple[int, int]]) -> tuple[int, int, UnitInfo] | None:
    """货物周转量（亿吨公里） 35436 6.5 / 铁路 12900 3.6: the items under a row whose name states
    its unit are counted in that unit, up to the next row that states its own (rates excepted)."""
    if len(row) < 2 or _RATE_NAME.search(norm, row[0][0], row[0][1]):
        return None
    for above in tables.rows_above(pos):
        if len(above) < 2:
            continue
        found = _HEADER_UNIT.search(norm, above[0][0], above[0][1])
        stated = _stated_unit(found.group(1), found.start(1)) if found else None
        if stated is not None:
            return stated
    return None


def _in_quoted_one_list(norm: str, start: int, end: int) -> bool:
    """Inside quotes, a run of "一 + measure" items (“一个项目、一套班子、一支队伍”) is a slogan;
    unquoted (新建一所学校、一座医院) the items are counts."""
    lo = max(0, start - 16)
    opened = max(norm.rfind("“", lo, start), norm.rfind('"', lo, start))
    if opened < 0 or norm.rfind("”", opened, start) >= 0:
        return False
    return norm.count("、一", opened, end + 16) >= 2


def _ends_noun_clause(norm: str, m: re.Match[str]) -> bool:
    """竣工投产项目二十一个； — a noun, then numeral and measure word closing the clause."""
    unit = m.group("unit")
    before = norm[m.start() - 1] if m.start() > 0 else ""
    after = norm[m.end()] if m.end() < len(norm) else "\n"
    return (
        unit in CLAUSE_FINAL_MEASURES
        and m.group("post") in (None, "余", "多")
        and bool(_CJK.match(before or "x"))
        and after in _CLAUSE_END
    )


def _accept_bare(norm: str, m: re.Match[str], tables: TableReader) -> _Found | None:
    """A number without unit counts only in a noun context: 企业2涉及, 土地37.5、厂房…"""
    if m.group("pre") or m.group("high") or m.group("post") in {"以上", "以内", "左右"}:
        return None
    num_start, end = m.start("num"), m.end()
    col = tables.cell_at(num_start, end)
    if col is not None:
        parts: dict = {"m": m, "bare": True}
        header_unit = _header_unit(norm, tables, num_start, col)
        if header_unit is not None:
            parts["cell_unit"] = header_unit
        return (m.start(), m.end(), parts)
    before = norm[num_start - 1] if num_start else ""
    after = norm[end] if end < len(norm) else ""
    if not _CJK.match(before or "x"):
        return None
    if not (_CJK.match(after or "x") or after in "、,，;；。"):
        return None
    if after in _NOT_AFTER_BARE or before in "第前后约近共计":
        return None
    value = parse_decimal(m.group("num"))
    integer_digits = len(m.group("num").split(".")[0].replace(",", ""))
    if value is None or integer_digits > 4 or (integer_digits == 4 and 1900 <= value <= 2100):
        return None  # a year written without 年, a hotline (12345) or a code
    return (m.start(), m.end(), {"m": m, "bare": True})


def _to_mention(mid: str, text: str, norm: str, start: int, end: int, parts: dict) -> NumberMention:
    if "rank" in parts:
        return _rank_mention(mid, text, parts["rank"])
    if "pct" in parts:
        return _percent_words_mention(mid, text, parts["pct"])
    if "flat" in parts:
        return NumberMention(
            id=mid, raw=text[start:end], value=0.0, value_text=text[start:end], unit=None,
            family="percent", multiplier=1.0, qualifier=None, value_normalized=0.0, base_unit="%",
            start=start, end=end,
        )
    if "fraction" in parts:
        fm: re.Match[str] = parts["fraction"]
        share = _fraction_value(fm) or Decimal(0)
        post = "hpost" if fm.group("half") else "post"
        negative = norm.endswith(_DECLINE_ENDINGS, max(0, start - 3), start)
        return NumberMention(
            id=mid, raw=text[start:end], value=float(share),
            value_text=text[start : fm.end("half") if fm.group("half") else fm.end("part")],
            unit=None, family="percent", multiplier=1.0,
            qualifier=text[fm.start(post) : fm.end(post)] if fm.group(post) else None,
            value_normalized=-float(share) if negative else float(share), base_unit="%",
            start=start, end=end,
        )
    if "ratio" in parts:
        value = parse_decimal(parts["ratio"].group()) or Decimal(0)
        return NumberMention(
            id=mid, raw=text[start:end], value=float(value), value_text=text[start:end], unit=None,
            family="none", multiplier=1.0, qualifier=None, value_normalized=float(value),
            base_unit=None, start=start, end=end,
        )
    m: re.Match[str] = parts["m"]
    num = m.group("num")
    value = parse_decimal(num) or Decimal(0)
    unit_norm = m.group("unit")
    if "unit_across" in parts:
        unit_norm = parts["unit_across"][0]
        parts.pop("bare", None)
        parts.pop("cell_unit", None)
    base_low = parts.get("range_end") == "low" and parts.get("low_base")
    if base_low:
        unit_norm = unit_norm[1:]  # 3000至2万元: the low end is 3000元
    if unit_norm:
        info = UNITS.get(unit_norm) or UnitInfo(unit_norm, "none", None, MAGNITUDES[unit_norm])
    elif "cell_unit" in parts:
        info = parts["cell_unit"][2]  # stated once in the table's column header
    else:
        info = UnitInfo("", "none", None, Decimal(1))
    qualifier = m.group("pre") or m.group("infix") or m.group("post")
    end_of_range = parts.get("range_end")
    if end_of_range == "low":
        qualifier = m.group("pre")  # 约6―6.5%: a word before the range goes with its first end
    elif end_of_range == "high":
        value = parse_decimal(m.group("high")) or Decimal(0)
        qualifier = m.group("infix") or m.group("post")
    unit_text = text[m.start("unit") + (1 if base_low else 0) : m.end("unit")] if m.group("unit") else None
    if "unit_across" in parts:
        _, u_start, u_end = parts["unit_across"]
        unit_text = text[u_start:u_end].replace("\n", "")  # the unit as written, line joined
    if "cell_unit" in parts and parts["cell_unit"][0] < parts["cell_unit"][1]:
        unit_text = "".join(text[parts["cell_unit"][0] : parts["cell_unit"][1]].split())
    if unit_text and len(unit_text) > 2 and unit_norm and unit_norm[1] in "余多":
        # 3万余人: report 余 as the qualifier and 万人 as the unit
        qualifier = qualifier or unit_text[1]
        unit_text = unit_text[0] + unit_text[2:]
    high = m.group("high") if end_of_range is None or (end_of_range == "low" and parts.get("amount_range")) else None
    if high is None and "high_end" in parts:
        high = parts["high_end"].group("num")
    sign = -1 if info.family in _SIGNED_FAMILIES and _is_decline(norm, m) else 1
    figure = "high" if end_of_range == "high" else "num"
    return NumberMention(
        id=mid,
        raw=text[start:end],
        value=float(value),
        value_text=text[m.start(figure) : m.end(figure)],
        unit=unit_text,
        family=info.family,  # type: ignore[arg-type]
        multiplier=float(info.multiplier),
        qualifier=_qualifier_as_written(text, m, qualifier),
        value_normalized=sign * normalize_value(value, info.multiplier),
        base_unit=info.base,
        range_high=sign * normalize_value(Decimal(high.replace(",", "")), info.multiplier) if high else None,
        start=start,
        end=end,
    )


def _is_decline(norm: str, m: re.Match[str]) -> bool:
    """下降3.1%, 比上年下降0.5个百分点, 增长-3.5%, | -2.4 |: a negative change or value.

    A minus counts only after a word, a space or a cell border: in 7.5%-8% it joins a range.
    """
    num_start = m.start("num")
    if num_start and norm[num_start - 1] in "-−" and not m.group("pre"):
        left = norm[num_start - 2] if num_start > 1 else " "
        return not (left.isalnum() and left.isascii()) and left not in "%‰."
    return norm.endswith(_DECLINE_ENDINGS, max(0, m.start() - 3), m.start())


_MINUS_SIGNS = "-−－"  # hyphen-minus, U+2212 and the full-width minus of Chinese typesetting


def written_minus(text: str, m: NumberMention) -> bool:
    """贡献率为-8.6%, 为－2.3%: the figure itself is negative, its minus written before it.

    Unlike 下降8.6% (value 8.6, normalised -8.6), a written minus is part of the value as
    written: the fact's value and value_text keep it. Read only where the extractor signed the
    mention (a minus in 7.5%-8% joins a range and leaves it positive).
    """
    if not (m.value > 0 > m.value_normalized and m.start > 0 and text[m.start - 1] in _MINUS_SIGNS):
        return False
    left = text[m.start - 2] if m.start > 1 else " "
    return not (left.isdigit() or (left.isascii() and left.isalnum())) and left not in "%‰.％．"  # 2-3％


def signed_as_written(text: str, m: NumberMention) -> tuple[float, str]:
    """The mention's value and value_text with a written minus (-8.6, "-8.6"), else as read."""
    if written_minus(text, m):
        return -m.value, text[m.start - 1] + m.value_text
    return m.value, m.value_text


def growth_rate(m: NumberMention) -> float | None:
    """The growth in percent a figure after a growth word states: 8 for 8%, 150 for 1.5倍
    (增长1.5倍 is 150% more, not a growth of 1.5%); None for any other unit."""
    if m.family == "percent":
        return m.value
    if m.unit == "倍":
        return float(Decimal(str(m.value)) * 100)
    return None


def _qualifier_as_written(text: str, m: re.Match[str], qualifier: str | None) -> str | None:
    if qualifier is None:
        return None
    for group in ("pre", "infix", "post"):
        if m.group(group) == qualifier:
            return text[m.start(group) : m.end(group)]
    return qualifier


def _percent_words_mention(mid: str, text: str, m: re.Match[str]) -> NumberMention:
    value = _words_value(m.group("num")) or Decimal(0)
    qualifier = m.group("pre") or m.group("post")
    group = "pre" if m.group("pre") else "post"
    return NumberMention(
        id=mid,
        raw=text[m.start() : m.end()],
        value=float(value),
        value_text=text[m.start("num") : m.end("num")],
        unit=text[m.start("num") - 3 : m.start("num")],  # 百分之, as written
        family="percent",
        multiplier=1.0,
        qualifier=text[m.start(group) : m.end(group)] if qualifier else None,
        value_normalized=float(value),
        base_unit="%",
        start=m.start(),
        end=m.end(),
    )


def _rank_mention(mid: str, text: str, m: re.Match[str]) -> NumberMention:
    groups = m.groupdict()
    if groups.get("n"):
        value = ordinal_value(m.group("n")) or 0
        value_text = text[m.start("ord") : m.start("unit") if m.group("unit") else m.end("ord")]
        unit = text[m.start("unit") : m.end("unit")] if m.group("unit") else None
    elif groups.get("first"):
        value, value_text = 1, text[m.start("first") : m.end("first")]  # 首位: the first place
        unit = text[m.start("firstunit") : m.end("firstunit")]
    else:
        top = m.group("top")
        value = int(top) if top.isdigit() else (chinese_to_int(top) or 0)
        value_text = text[m.start("top") : m.end("top")]
        unit = text[m.start("topunit") : m.end("topunit")] if m.group("topunit") else None
    return NumberMention(
        id=mid,
        raw=text[m.start("ord") : m.end("ord")],
        value=float(value),
        value_text=value_text,
        unit=unit,
        family="rank",
        multiplier=1.0,
        # 进入全国前10: a place among the top ten, not the tenth place; 前 qualifies the figure
        qualifier=text[m.start("ord") : m.start("top")] if groups.get("top") else None,
        value_normalized=float(value),
        base_unit="rank",
        start=m.start("ord"),
        end=m.end("ord"),
    )
