"""Shared English phrasing of Report data: names, periods and years, values, growth, ranks, groups.

Both brief writers (offline templates and the model path's prompt) and the metric namer use
these, so a figure, a place or a period reads the same wherever it appears. Numbers come from
`figures` (exact Decimal conversion); words come from the glossary.
"""

from __future__ import annotations

import re

from pypinyin import lazy_pinyin

from summarizer.brief.figures import quantity
from summarizer.brief.glossary import load_glossary, lookup
from summarizer.models import Fact, Meta, Target
from summarizer.text.normalize import to_simplified
from summarizer.text.periods import five_year_plan, report_year, years_in

MONTHS = (
    "January February March April May June July August September October November December"
).split()
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth").split()
SCOPES = {
    "全市": "the city",
    "全省": "the province",
    "全区": "the district",
    "全县": "the county",
    "全国": "the country",
    "全州": "the prefecture",
}
DOC_TYPES = {
    "statistical_communique": "statistical communiqué",
    "gov_work_report": "government work report",
    "development_plan": "development plan",
    "work_summary": "work summary",
    "work_plan": "work plan",
    "mixed": "work summary and plan",
    "meeting_news": "meeting report",
    "bulletin": "statistical bulletin",
    "other": "report",
}

# Importance groups of key figures, with the Chinese cue words that put a metric in one; the
# first group whose cue the metric contains wins (trade before output: 出口交货值 is trade;
# prices before trade: 居民消费价格 is a price).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("prices", ("价格", "物价", "CPI")),
    ("trade", ("进出口", "出口", "进口", "外贸", "消费品", "零售", "消费")),
    ("investment", ("投资", "到位资金", "外资", "内资", "融资", "资金")),
    ("output", ("生产总值", "产值", "增加值", "销售", "开票", "营业收入", "GDP", "产量")),
    ("revenue", ("收入", "税收", "财政", "税")),
    ("employment", ("就业", "失业", "岗位")),
    ("projects", ("项目", "开工", "竣工", "签约", "投产")),
)
GROUP_ORDER = (
    "output", "revenue", "investment", "trade", "prices", "employment", "projects", "other"
)

# Action category keys (models.ActionItem.category) -> glossary action_category terms.
CATEGORY_TERMS = {
    "investment_attraction": "招商引资",
    "project_construction": "项目建设",
    "enterprise_services": "企业服务",
    "innovation": "科技创新",
    "economic_operation": "经济运行",
    "fiscal": "财政税收",
    "infrastructure": "基础设施",
    "environment": "生态环境",
    "safety": "安全生产",
    "livelihood": "民生",
    "governance": "社会治理",
    "party_building": "党建",
    "other": "其他",
}


# --- names ------------------------------------------------------------------------------------


def pinyin_name(chinese: str) -> str:
    """南通 -> 'Nantong', 西安 -> "Xi'an": one word, apostrophe before a/o/e syllables."""
    syllables = lazy_pinyin(to_simplified(chinese), v_to_u=True)
    word = syllables[0] if syllables else ""
    for syllable in syllables[1:]:
        word += ("'" if syllable[:1] in "aoe" else "") + syllable
    return word[:1].upper() + word[1:]


def place_en(name: str | None) -> str | None:
    """南通经济技术开发区 -> 'Nantong Economic and Technological Development Zone'.

    Nested names (南京市江宁区) read innermost first: 'Jiangning District, Nanjing City'.
    """
    if not name:
        return None
    name = to_simplified(name.strip())
    if "、" in name:  # 南京市统计局、国家统计局南京调查队: two signers
        names = [place_en(part) for part in name.split("、") if part]
        return " and ".join(n for n in names if n) or None
    suffixes = sorted(
        load_glossary().by_category.get("place_suffix", {}).values(),
        key=lambda e: len(e.zh),
        reverse=True,
    )
    parts: list[str] = []
    rest = name
    whole = {e.zh for e in suffixes}
    while m := re.fullmatch(r"(.{2,}?[省市])(.{2,})", rest):  # 南京市江宁区 -> 南京市 + 江宁区
        if m.group(2) in whole:
            break  # 浙江省人民政府 is one name: Zhejiang Province People's Government
        parts.append(m.group(1))
        rest = m.group(2)
    parts.append(rest)
    english: list[str] = []
    for part in parts:
        if known := lookup(part, "entity"):  # 国家统计局 -> National Bureau of Statistics
            english.append(known)
            continue
        # peel known suffixes from the end: 南通经济技术开发区管委会 -> 南通 + 经济技术开发区 + 管委会
        tail: list[str] = []
        while len(tail) < 3:
            entry = next(
                (e for e in suffixes if part.endswith(e.zh) and len(part) - len(e.zh) >= 2), None
            )
            if entry is None:
                break
            tail.insert(0, entry.en)
            part = part[: -len(entry.zh)]
        if not part:
            continue
        known = lookup(part, "entity")  # 中华人民共和国 -> People's Republic of China
        owner = None
        if known is None and (m := re.match(r"(国家\w{2,6}?[局部委])(\w{2,})$", part)):
            owner = lookup(m.group(1), "entity")  # 国家统计局南京调查队: the bureau's team in 南京
            part = m.group(2) if owner else part
        words = " ".join([known or pinyin_name(part), *tail])
        english.append(f"{words} of the {owner}" if owner else words)
    return ", ".join(reversed(english)) or None


_TITLE_PLACE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:国|省|市|县|区|州|盟|旗)")


def issuer_en(meta: Meta) -> str | None:
    """The issuer in English, else the region, else a title that is only a place name
    (**中华人民共和国**), else None."""
    english = place_en(meta.issuer) or place_en(meta.region)
    if english is None and meta.title:
        title = re.sub(r"[*#《》“”\"\s]", "", to_simplified(meta.title))
        if _TITLE_PLACE.fullmatch(title):
            english = place_en(title)
    return english


# --- periods and years --------------------------------------------------------------------------

_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def meta_year(meta: Meta) -> int | None:
    """The report's year: `meta.year` when the pipeline set it, else read from period/title/date."""
    if meta.year:
        return meta.year
    return report_year(meta.period, meta.title, None, meta.published)  # a Report saved before


def period_en(period: str | None, year: int | None = None) -> str | None:
    """1-9月 -> 'January-September', with year 2020 'January-September 2020'; 上半年 + 2023 ->
    'H1 2023'; 2021年 -> '2021'; 十三五时期 -> 'the 13th Five-Year Plan period (2016-2020)'.

    None when the wording is unknown (the caller keeps the Chinese).
    """
    if not period:
        return str(year) if year else None
    text = to_simplified(period.strip()).replace("—", "-").replace("–", "-").replace("~", "-")
    text = text.replace("份", "")
    plan = five_year_plan(text)
    if plan is not None and "五" in text and re.fullmatch(r"[“”\"]?[十六七八九一二三四五]+五[“”\"]?"
                                                           r"(?:规划|时期|期间)?(?:以来)?", text):
        number, start, end = plan
        return f"the {_ordinal_suffix(number)} Five-Year Plan period ({start}-{end})"
    stated = years_in(text)
    if stated and (m := re.fullmatch(r"(?:(\d{4})|[一二][〇零○一二三四五六七八九]{3})年(?:度)?(.*)", text)):
        rest = m.group(2)
        if not rest or rest in ("全年", "年度"):
            return str(stated[0])
        inner = period_en(rest, stated[0])
        return inner
    if m := re.fullmatch(r"(\d{4})-(\d{4})年", text):
        return f"{m.group(1)}-{m.group(2)}"
    suffix = f" {year}" if year else ""
    if text in ("上半年", "1-6月"):
        return f"H1{suffix}"
    if text == "下半年":
        return f"H2{suffix}"
    if text in ("全年", "年度", "本年", "当年", "今年", "年内"):
        return str(year) if year else lookup(text, "period")
    if text in ("年末", "年底"):
        return f"end-{year}" if year else "year-end"
    if text in ("明年", "下一年"):
        return str(year + 1) if year else "next year"
    if text in ("去年", "上年"):
        return str(year - 1) if year else "the previous year"
    if m := re.fullmatch(r"(?:第)?([一二三四1-4])季度", text):
        return f"Q{_QUARTERS[m.group(1)]}{suffix}"
    if m := re.fullmatch(r"前([二三两])季度", text):
        last = {"二": 2, "两": 2, "三": 3}[m.group(1)]
        return f"{MONTHS[0]}-{MONTHS[3 * last - 1]}{suffix}"
    if m := re.fullmatch(r"(\d{1,2})-(\d{1,2})月", text):
        a, b = int(m.group(1)), int(m.group(2))
        if 1 <= a < b <= 12:
            return f"{MONTHS[a - 1]}-{MONTHS[b - 1]}{suffix}"
    if m := re.fullmatch(r"(\d{1,2})月", text):
        if 1 <= int(m.group(1)) <= 12:
            return f"{MONTHS[int(m.group(1)) - 1]}{suffix}"
    if m := re.fullmatch(r"截至(\d{1,2})月(?:底|末)", text):
        if 1 <= int(m.group(1)) <= 12:
            return f"as of end-{MONTHS[int(m.group(1)) - 1]}{suffix}"
    known = lookup(text, "period")
    if known and year and text in ("今年以来", "年初以来", "截至目前"):
        return f"{year}, {known}"
    return known


def _ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}" + {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def period_label(period: str | None, year: int | None = None) -> str:
    """' (January-September 2020)' for a line; the Chinese in brackets when unknown; '' if none."""
    if not period and not year:
        return ""
    english = period_en(period, year)
    if english:
        return f" ({english})"
    return f" ({period})" if period else ""


# --- values ------------------------------------------------------------------------------------


def hedge(qualifier: str | None) -> str | None:
    """The English hedge for a Chinese qualifier (多 -> 'more than'), from the glossary."""
    if not qualifier:
        return None
    return lookup(qualifier, "qualifier")


def value_phrase(fact: Fact) -> str:
    """'RMB 7.94 billion', 'more than 30', 'at least 50%', 'top 20', 'first'."""
    if fact.base_unit == "rank":
        return _rank_value(fact)
    if fact.value_normalized is None:
        return ""
    base = fact.base_unit
    if base is None and implied_money(fact):
        base = "yuan"  # 总投资143.75亿: a bare 亿 after a money word is yuan
    text = quantity(fact.value_normalized, base)
    english = hedge(fact.qualifier)
    return f"{english} {text}" if english else text


# Metric words after which a bare 亿/万 (no 元) is money; otherwise it counts people, hogs …
_MONEY_WORDS = re.compile(
    r"投资|资金|收入|金额|额|值|税|费|利润|销售|营收|资本|贷款|存款|预算|支出|融资|外资|生产总值|GDP"
)


def implied_money(fact: Fact) -> bool:
    """True for 总投资143.75亿 (bare magnitude after a money word), False for 生猪存栏628万."""
    unit = to_simplified(fact.unit or "")
    return unit in ("亿", "万", "千万", "百万") and bool(_MONEY_WORDS.search(to_simplified(fact.metric)))


def _rank_value(fact: Fact) -> str:
    text = to_simplified(fact.value_text or "")
    number = int(fact.value)
    if text.startswith("第") and 1 <= number <= len(ORDINALS):
        tier = {"方阵": " tier", "梯队": " tier", "等次": " grade", "档": " grade"}.get(
            to_simplified(fact.unit or ""), ""
        )
        return f"ranked {ORDINALS[number - 1]}{tier}"
    return f"top {number}"


def growth_phrase(growth: float | None) -> str:
    """'up 27% year on year' / 'down 3.5% year on year'."""
    if growth is None:
        return ""
    word = "up" if growth >= 0 else "down"
    return f"{word} {quantity(abs(growth), '%')} year on year"


def rank_phrase(rank: str | None) -> str:
    """增幅居全市第二 -> 'growth ranked second in the city'; unknown patterns keep the Chinese."""
    if not rank:
        return ""
    text = to_simplified(rank).replace("首位", "第一")  # 居全省首位: the first place
    m = re.search(
        r"(总量和增幅|总量|增幅|增速)?[^第前]*?"
        r"(?:第([一二三四五六七八九十]|\d+)|前(\d+))",
        text,
    )
    if not m:
        return f"({rank})"
    what = {
        "总量和增幅": "total and growth both",
        "总量": "total",
        "增幅": "growth",
        "增速": "growth",
    }.get(m.group(1) or "", "")
    where = re.search(r"全[市省区县国州]", text)
    scope = f" in {SCOPES[where.group()]}" if where else ""
    if m.group(2):
        n = (
            "一二三四五六七八九十".find(m.group(2)) + 1
            if not m.group(2).isdigit()
            else int(m.group(2))
        )
        if not 1 <= n <= len(ORDINALS):
            return f"({rank})"
        place = ORDINALS[n - 1]
    else:
        place = f"top {m.group(3)}"
    return " ".join(p for p in (what, "ranked", place) if p) + scope


def group_of(metric: str) -> str:
    """The key-figure group of a metric (output, revenue, investment, trade, prices, …)."""
    text = to_simplified(metric)
    for name, cues in GROUPS:
        if any(cue in text for cue in cues):
            return name
    return "other"


def commitment_en(target: Target) -> str:
    """'Strive to' for 力争; 'Target' when the commitment is only the value's bound (不少于)."""
    word = to_simplified(target.commitment or "")
    english = lookup(word, "commitment") if word else None
    if english is None or english == hedge(target.qualifier):
        return "Target"  # 不少于 is already in the value: "at least 27"
    return english[:1].upper() + english[1:]


def category_en(category: str) -> str:
    """investment_attraction -> 'Investment attraction' (via the glossary's action categories)."""
    term = CATEGORY_TERMS.get(category)
    english = lookup(term, "action_category") if term else None
    english = english or category.replace("_", " ")
    return english[:1].upper() + english[1:]


def capitalize(text: str) -> str:
    """First letter up, the rest as written (keeps 'GRP', 'Party')."""
    return text[:1].upper() + text[1:]
