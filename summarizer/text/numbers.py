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
from typing import TYPE_CHECKING

from summarizer.models import NumberMention

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

CURRENCIES = {"元": ("currency_cny", "yuan"), "美元": ("currency_usd", "USD")}

# Units that take 万/亿 prefixes (万亩, 万吨, 万人次 …): surface -> (family, base unit).
MEASURES: dict[str, tuple[str, str]] = {
    "%": ("percent", "%"),
    "个百分点": ("percentage_points", "pp"),
    "百分点": ("percentage_points", "pp"),
    "亩": ("area", "mu"),
    "平方米": ("area", "m2"),
    "平米": ("area", "m2"),
    "㎡": ("area", "m2"),
    "平方公里": ("area", "km2"),
    "平方千米": ("area", "km2"),
    "公顷": ("area", "ha"),
    "公里": ("length", "km"),
    "千米": ("length", "km"),
    "延米": ("length", "m"),
    "米": ("length", "m"),
    "吨": ("mass", "t"),
    "公斤": ("mass", "kg"),
    "千克": ("mass", "kg"),
    "千瓦时": ("energy", "kWh"),
    "kWh": ("energy", "kWh"),
    "千瓦": ("power", "kW"),
    "兆瓦": ("power", "MW"),
    "kW": ("power", "kW"),
    "MW": ("power", "MW"),
    "GW": ("power", "GW"),
    "立方米": ("volume", "m3"),
    "倍": ("none", "times"),
}

# Measure words for counts. Chinese numerals are quantities only before CONCRETE_MEASURES.
COUNT_MEASURES = (
    "人次 户次 家次 个 家 项 名 人 次 条 栋 幢 座 台 套 宗 件 轮 户 所 辆 艘 架 场 处 块 份 "
    "张 批 位 只 株 棵 间 笔 单 篇 部 支 类 例 起 级 期 届 标段 个村 村 企业"
).split()
COUNT_MEASURES = [m for m in COUNT_MEASURES if m not in {"期", "届", "级", "企业", "个村", "村"}]
CONCRETE_MEASURES = set("名 条 栋 幢 座 家 台 所 宗 套 辆 艘 架 处 户 人 位".split())
# Abstract measure words count after a Chinese numeral only when the clause ends right there
# (新引进人才团队八个；): 三个狠抓 and 八个方面 go on, and 一次 is a frequency (两天联系一次).
CLAUSE_FINAL_MEASURES = set("个 项 件 类 例 笔 单 篇 部 支 只 株 棵 间 张 份 块".split())
_CLAUSE_END = set(",，。;；、:：!！?？\n")

# Units that only follow magnitudes (亿/万) with nothing else: 总投资143.75亿.
BARE_MAGNITUDES = ("亿", "万")


def _build_units() -> dict[str, UnitInfo]:
    units: dict[str, UnitInfo] = {}

    def add(surface: str, family: str, base: str | None, mult: Decimal) -> None:
        units.setdefault(surface, UnitInfo(surface, family, base, mult))

    one = Decimal(1)
    for cur, (family, base) in CURRENCIES.items():
        add(cur, family, base, one)
        for mag, mult in MAGNITUDES.items():
            add(mag + cur, family, base, mult)
    for surface, (family, base) in MEASURES.items():
        add(surface, family, base, one)
        if family not in {"percent", "percentage_points"}:
            for mag in ("万", "亿"):
                add(mag + surface, family, base, MAGNITUDES[mag])
    for measure in COUNT_MEASURES:
        add(measure, "count", measure, one)
        for mag in ("万", "亿"):
            add(mag + measure, "count", measure, MAGNITUDES[mag])
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
_PREFIX_QUALIFIERS = ("不少于", "不低于", "不超过", "不足", "超过", "约", "近", "超", "逾")
_PRE = "|".join(sorted(_PREFIX_QUALIFIERS, key=len, reverse=True))
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
# Written before its number (百分之五), so it is not among the suffix units of QUANTITY_RE.
UNITS["百分之"] = UnitInfo("百分之", "percent", "%", Decimal(1))
_RANGE_SEP = r"(?:-|~|～|—|–|至|到)"

QUANTITY_RE = re.compile(
    rf"(?P<pre>{_PRE})?"
    rf"(?P<num>{_ARABIC}|{_CHINESE})"
    rf"(?:{_RANGE_SEP}(?P<high>{_ARABIC}))?"
    rf"(?P<infix>余|多)?"
    rf"(?P<unit>{_UNIT_ALT}|亿|万)?"
    rf"(?P<post>以上|以内|左右|余|多)?"
)

# Rankings: 增幅居全市第二, 位列第一等次, 进入第一方阵, 保持开发园区第一, 进入前20位.
RANK_RE = re.compile(
    r"(?:居|列|位列|位居|排名|排在|排|名列|进入|保持|位于|跃居|升至|稳居|跻身)"
    r"[^,，。;；、\n]{0,10}?"
    r"(?P<ord>第(?P<n>[一二三四五六七八九十]+|\d+)(?P<unit>位|名|等次|方阵|梯队|档)?"
    r"|前(?P<top>\d+|[一二三四五六七八九十]+)(?P<topunit>位|名|强)?)"
    r"(?![批期届次个季轮号条])"
)

# 百分之五, 百分之十二点五, 百分之20: percent written out in words (formal documents)
PERCENT_WORDS_RE = re.compile(
    r"(?P<pre>" + _PRE + r")?百分之(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
    r"(?P<post>以上|以内|左右)?"
)
# 同比持平 / 与上年持平: a growth rate of 0%, stated in words
FLAT_RE = re.compile(r"(?:同比|按年|环比|与上年同期|与去年同期|与上年|与去年|比上年|较上年)(?:基本)?(?P<flat>持平)")
_DIGIT_OR_LATIN = re.compile(r"[0-9A-Za-z.]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# After a unitless number these mean a date, an edition or an ordinal, not a quantity.
_NOT_AFTER_BARE = set("年月日号號期批届次季度时分秒岁周天版代型式路线楼层室届类")
# A prefix qualifier glued to these characters is part of a word: 签约, 节约, 最近, 赶超.
_WORD_BEFORE = {"约": "签合节制履特预集违契邀缔", "近": "最附临将", "超": "赶高"}
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
    for char in text:
        if char in _CN_VALUES:
            current = _CN_VALUES[char]
        elif char in _CN_SCALES:
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
    """'1,498.28' -> Decimal('1498.28'); Chinese numerals via chinese_to_int."""
    cleaned = text.replace(",", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        value = chinese_to_int(text)
        return Decimal(value) if value is not None else None


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


def extract_mentions(doc: Document) -> list[NumberMention]:
    """All quantities in the body text of `doc` (chrome excluded), ordered by position."""
    starts = [s for s, _ in doc.kept]
    ends = [e for _, e in doc.kept]

    def in_body(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        return i >= 0 and end <= ends[i]

    found = [m for m in _scan(doc.text, doc.norm) if in_body(m[0], m[1])]
    return [_to_mention(f"m{i}", doc.text, *item) for i, item in enumerate(found, start=1)]


def extract_mentions_text(text: str) -> list[NumberMention]:
    """Mentions in a plain string (no cleaning): for quotes, tests and the brief checker."""
    from summarizer.text.normalize import normalize

    found = _scan(text, normalize(text))
    return [_to_mention(f"m{i}", text, *item) for i, item in enumerate(found, start=1)]


_Found = tuple[int, int, dict]


def _scan(text: str, norm: str) -> list[_Found]:
    found: list[_Found] = []
    taken_until = -1
    ranks = {m.start("ord"): m for m in RANK_RE.finditer(norm)}
    for start in sorted(ranks):
        m = ranks[start]
        found.append((m.start("ord"), m.end("ord"), {"rank": m}))
    for m in PERCENT_WORDS_RE.finditer(norm):
        if _words_value(m.group("num")) is not None:
            found.append((m.start(), m.end(), {"pct": m}))
    for m in FLAT_RE.finditer(norm):
        found.append((m.start("flat"), m.end("flat"), {"flat": m}))
    taken = _Spans([(s, e) for s, e, _ in found])
    for m in QUANTITY_RE.finditer(norm):
        if m.start() < taken_until:
            continue
        if _glued_prefix(norm, m):
            # 签约1个: the 约 belongs to a word; read the number again without it.
            m = QUANTITY_RE.match(norm, m.start("num"))  # type: ignore[assignment]
            if m is None or m.group("pre"):
                continue
        item = _accept(norm, m)
        if item is None:
            continue
        s, e = item[0], item[1]
        if taken.overlaps(s, e):
            continue
        found.append(item)
        taken_until = e
    found.sort(key=lambda f: f[0])
    return found


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


def _accept(norm: str, m: re.Match[str]) -> _Found | None:
    """Decide whether a regex hit is a quantity; return (start, end, parts) or None."""
    num = m.group("num")
    unit = m.group("unit")
    start, end = m.start(), m.end()
    num_start = m.start("num")
    before = norm[num_start - 1] if num_start > 0 else ""
    after = norm[end] if end < len(norm) else ""
    is_chinese = not num[0].isdigit()

    if before and _DIGIT_OR_LATIN.match(before) and not m.group("pre"):
        return None  # part of a code: G233, B2-2011, P17, 1.5.3
    if before and before in "第#№":
        return None  # ordinal
    if not m.group("pre") and num_start >= 1 and norm[num_start - 1] == "前" and unit in {"位", "名"}:
        return None  # a ranking, found by RANK_RE
    if unit and unit[-1:].isascii() and unit[-1:].isalpha() and after.isascii() and after.isalpha():
        return None  # 15GWh-like codes the table does not know
    if not unit and not m.group("infix") and after and (after.isascii() and after.isalnum()):
        return None  # 5G, 4K
    if m.group("high") is None and after in "-~～—–" and norm[end + 1 : end + 2].isdigit():
        return None  # a date or code such as 2020-10-10

    if unit == "个" and norm.startswith(("月", "工作日", "小时", "季度", "年", "多月"), end):
        return None  # 10个月, 3个工作日: durations, not quantities
    if is_chinese:
        return _accept_chinese(norm, m)
    if unit is None:
        return _accept_bare(norm, m)
    return (start, end, {"m": m})


def _accept_chinese(norm: str, m: re.Match[str]) -> _Found | None:
    unit = m.group("unit")
    if unit is None or m.group("high"):
        return None
    info = UNITS.get(unit)
    if info is None:
        return None
    measure = unit
    for mag in ("万", "亿"):
        if unit.startswith(mag) and len(unit) > 1:
            measure = unit[len(mag) :]
    if info.family == "count" and measure not in CONCRETE_MEASURES and not _ends_noun_clause(norm, m) and not m.group("pre"):
        return None  # 不少于四次: a qualifier in front makes any measure word a quantity
    if info.family not in {"count", "currency_cny", "currency_usd", "percentage_points"}:
        return None  # 提高三个百分点 counts; 三倍, 五米 … are too often names
    if chinese_to_int(m.group("num")) is None:
        return None
    if m.start() > 0 and norm[m.start() - 1] in "上下这那每数几":
        return None  # 上一条 (pager), 每一家, 数十家 / 几十个 (no number stated)
    window = norm[m.start("num") : m.start("num") + 5]
    if any(window.startswith(idiom) for idiom in _IDIOMS):
        return None
    after = norm[m.end() : m.end() + 1]
    if after == "万" or (after and after in "一二三四五六七八九十"):
        return None  # 千家万户, 一家一策-like patterns
    return (m.start(), m.end(), {"m": m})


_CELL_BEFORE = re.compile(r"[|｜\t]\s*[-+−]?$")
_CELL_AFTER = re.compile(r"[ \t]*(?:[|｜\t]|\n|$)")


def _is_table_cell(norm: str, start: int, end: int) -> bool:
    """A whole cell of a table flattened to text (指标 | 1-9月 | 10.2): a value column."""
    line_start = norm.rfind("\n", 0, start) + 1
    return bool(_CELL_BEFORE.search(norm, line_start, start)) and bool(_CELL_AFTER.match(norm, end))


_CELL_SEP = re.compile(r"[|｜\t]")
_HEADER_UNIT = re.compile(r"[(（]\s*([^()（）]{1,6}?)\s*[)）]")
_PERCENT_HEADER = re.compile(r"增长|增速|增幅|比重|占比|同比|%")


def _header_unit(norm: str, pos: int) -> tuple[int, int, UnitInfo] | None:
    """The unit a table column states in its header (同比增长(%), 产值(亿元)), for the cell at pos.

    The header is the first line of the block of consecutive table lines.
    """
    line_start = norm.rfind("\n", 0, pos) + 1
    col = len(_CELL_SEP.findall(norm, line_start, pos))
    head_start = line_start
    while head_start > 0:
        prev_start = norm.rfind("\n", 0, head_start - 1) + 1
        if len(_CELL_SEP.findall(norm, prev_start, head_start - 1)) < 2:
            break
        head_start = prev_start
    if head_start == line_start:
        return None
    head_end = norm.find("\n", head_start)
    cells = list(_cell_spans(norm, head_start, head_end if head_end >= 0 else len(norm)))
    if col >= len(cells):
        return None
    c_start, c_end = cells[col]
    found = _HEADER_UNIT.search(norm, c_start, c_end)
    if found:
        surface = found.group(1)
        info = UNITS.get(surface) or (
            UnitInfo(surface, "none", None, MAGNITUDES[surface]) if surface in BARE_MAGNITUDES else None
        )
        if info is not None:
            return (found.start(1), found.end(1), info)
    if _PERCENT_HEADER.search(norm, c_start, c_end):
        return (c_end, c_end, UNITS["%"])  # the unit is implied by the column name: no text
    row_end = norm.find("\n", pos)
    row = list(_cell_spans(norm, line_start, row_end if row_end >= 0 else len(norm)))
    in_name = _HEADER_UNIT.search(norm, row[0][0], row[0][1]) if col > 0 else None
    if in_name:  # 规上工业总产值（亿元） | 156.3: the row names its unit
        surface = in_name.group(1)
        info = UNITS.get(surface) or (
            UnitInfo(surface, "none", None, MAGNITUDES[surface]) if surface in BARE_MAGNITUDES else None
        )
        if info is not None:
            return (in_name.start(1), in_name.end(1), info)
    unit_col = [i for i, (a, b) in enumerate(cells) if norm[a:b].strip() in ("单位", "计量单位")]
    if unit_col and unit_col[0] != col:
        # 指标 | 单位 | 1-9月: the row's own unit cell says what every figure in it measures
        if unit_col[0] < len(row):
            a, b = row[unit_col[0]]
            lead = len(norm[a:b]) - len(norm[a:b].lstrip())
            surface = norm[a:b].strip()
            info = UNITS.get(surface)
            if info is not None:
                return (a + lead, a + lead + len(surface), info)
    return None


def _cell_spans(norm: str, start: int, end: int):
    pos = start
    for part in _CELL_SEP.split(norm[start:end]):
        yield pos, pos + len(part)
        pos += len(part) + 1


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


def _accept_bare(norm: str, m: re.Match[str]) -> _Found | None:
    """A number without unit counts only in a noun context: 企业2涉及, 土地37.5、厂房…"""
    if m.group("pre") or m.group("high") or m.group("post") in {"以上", "以内", "左右"}:
        return None
    num_start, end = m.start("num"), m.end()
    if _is_table_cell(norm, num_start, end):
        parts: dict = {"m": m, "bare": True}
        header_unit = _header_unit(norm, num_start)
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


def _to_mention(mid: str, text: str, start: int, end: int, parts: dict) -> NumberMention:
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
    m: re.Match[str] = parts["m"]
    num = m.group("num")
    value = parse_decimal(num) or Decimal(0)
    unit_norm = m.group("unit")
    if unit_norm:
        info = UNITS.get(unit_norm) or UnitInfo(unit_norm, "none", None, MAGNITUDES[unit_norm])
    elif "cell_unit" in parts:
        info = parts["cell_unit"][2]  # stated once in the table's column header
    else:
        info = UnitInfo("", "none", None, Decimal(1))
    qualifier = m.group("pre") or m.group("infix") or m.group("post")
    unit_text = text[m.start("unit") : m.end("unit")] if unit_norm else None
    if "cell_unit" in parts and parts["cell_unit"][0] < parts["cell_unit"][1]:
        unit_text = text[parts["cell_unit"][0] : parts["cell_unit"][1]]
    if unit_text and len(unit_text) > 2 and unit_norm and unit_norm[1] in "余多":
        # 3万余人: report 余 as the qualifier and 万人 as the unit
        qualifier = qualifier or unit_text[1]
        unit_text = unit_text[0] + unit_text[2:]
    high = m.group("high")
    return NumberMention(
        id=mid,
        raw=text[start:end],
        value=float(value),
        value_text=text[m.start("num") : m.end("num")],
        unit=unit_text,
        family=info.family,  # type: ignore[arg-type]
        multiplier=float(info.multiplier),
        qualifier=_qualifier_as_written(text, m, qualifier),
        value_normalized=normalize_value(value, info.multiplier),
        base_unit=info.base,
        range_high=normalize_value(Decimal(high.replace(",", "")), info.multiplier) if high else None,
        start=start,
        end=end,
    )


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
    if m.group("n"):
        value = ordinal_value(m.group("n")) or 0
        value_text = text[m.start("ord") : m.start("unit") if m.group("unit") else m.end("ord")]
        unit = text[m.start("unit") : m.end("unit")] if m.group("unit") else None
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
        qualifier=None,
        value_normalized=float(value),
        base_unit="rank",
        start=m.start("ord"),
        end=m.end("ord"),
    )
