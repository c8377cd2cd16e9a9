"""Reading numbers out of English text: "RMB 7.94 billion", "176 million yuan", "27%", "two".

Each figure is normalised to a base unit with the unit table of `summarizer.text.numbers`
(English unit words map to the Chinese surfaces it knows, so there is one unit table); Chinese
runs left in the English are read by its extractor. Years, dates, ordinals, durations, list and
section numbers, and numbers inside quoted or bracketed Chinese are not figures. Whether a
figure is right is `check`'s business, not this module's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from summarizer.brief.figures import exact
from summarizer.text.numbers import UNITS, extract_mentions_text, unit_info

# --- English surface -> the Chinese unit surface numbers.py knows -------------------------

_UNIT_WORDS: list[tuple[str, str]] = [
    (r"percentage\s+points?|pct\.?\s*pts?|ppts?|pp", "个百分点"),
    (r"%|％|per\s*cent|percent|pct", "%"),
    (r"square\s+kilomet(?:re|er)s?|sq\.?\s*km|km2|km²", "平方公里"),
    (r"square\s+met(?:re|er)s?|sq\.?\s*m|m2|m²", "平方米"),
    (r"hectares?|ha", "公顷"),
    (r"mu", "亩"),
    (r"kilomet(?:re|er)s?|km", "公里"),
    (r"met(?:re|er)s?", "米"),
    (r"tonnes?|tons?|t", "吨"),
    (r"kilograms?|kg", "公斤"),
    (r"kilowatt[\s-]hours?|kWh", "千瓦时"),
    (r"kilowatts?|kW", "千瓦"),
    (r"megawatts?|MW", "兆瓦"),
    (r"gigawatts?|GW", "GW"),
    (r"cubic\s+met(?:re|er)s?|m3|m³", "立方米"),
    (r"times|-?fold", "倍"),
    (r"yuan|RMB|CNY", "元"),
    (r"(?:US\s+)?dollars|USD", "美元"),
]
_UNIT_RE = [
    (re.compile(rf"\s*(?:{pattern})(?![A-Za-z0-9²³])", re.I), surface)
    for pattern, surface in _UNIT_WORDS
]
_CURRENCY_PREFIX = re.compile(r"(RMB|CNY|USD|US\$|\$|¥|￥)\s?$")

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_SMALL)} | _TENS | {"dozen": 12}
SCALE_WORDS = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "mn": 10**6,
    "bn": 10**9,
}

_WORD = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
_NUMBER_RE = re.compile(
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
    rf"|\b(?:{'|'.join(_TENS)})-(?:{'|'.join(_SMALL[1:10])})\b|\b(?:{_WORD})\b)"
    rf"(?:\s*(?:-|–|~|to)\s*(?P<high>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]))?"
    rf"(?P<scale>(?:[\s-]*(?:hundred|thousand|million|billion|trillion|bn|mn)\b)*)",
    re.I,
)

# Hedges that license rounding, and bounds that do not.
ROUNDING_HEDGES = (
    "more than",
    "over",
    "about",
    "around",
    "approximately",
    "approx.",
    "nearly",
    "almost",
    "roughly",
    "some",
    "close to",
    "in excess of",
    "above",
    "exceeding",
    "upwards of",
    "an estimated",
    "around about",
)
BOUND_HEDGES = (
    "at least",
    "no less than",
    "not less than",
    "no fewer than",
    "up to",
    "less than",
    "fewer than",
    "under",
    "below",
    "no more than",
)
_HEDGE_RE = re.compile(
    r"(?<![A-Za-z])(?:%s)\s+(?:(?:RMB|CNY|USD|US\$|\$|¥)\s?)?$"
    % "|".join(re.escape(h) for h in sorted(ROUNDING_HEDGES + BOUND_HEDGES, key=len, reverse=True)),
    re.I,
)
_CN_ROUNDING = {"多", "余", "餘", "以上", "超", "逾", "超过", "超過", "近", "接近", "将近", "约", "約", "左右"}

_MONTHS = (
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_DURATIONS = (
    "month months year years day days week weeks quarter quarters hour hours minute "
    "minutes working-day working-days"
).split()
_LABELS = (
    "no no. number section article chapter part item phase clause paragraph annex "
    "table figure line batch round"
).split()
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff0-9０-９.,%％\-~～—]+")
_BRACKETS = re.compile(
    r"\([^()]*\)|（[^（）]*）|“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』|《[^》]*》|【[^】]*】"
)
_ISO_DATE = re.compile(r"\b\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_LIST_NUMBER = re.compile(r"(?m)^\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\))(?=\s)")


@dataclass(frozen=True)
class Figure:
    """One number read from English text, normalised to a base unit."""

    text: str
    start: int
    end: int
    value: float
    base: str  # yuan, USD, %, pp, mu, m2, …, or "count" for plain numbers
    hedge: str | None
    may_round: bool
    significant: int


# --- reading English ----------------------------------------------------------------------


def find_figures(text: str) -> list[Figure]:
    """Every figure in `text`, in order; years, dates, ordinals, labels and quoted Chinese skipped."""
    masked = _mask(text)
    figures: list[Figure] = []
    for m in _NUMBER_RE.finditer(masked):
        if masked[m.start()] == "\0":
            continue
        figures.extend(_read(text, masked, m))
    for m in _CJK_RUN.finditer(masked):
        if _CJK.search(m.group()):
            figures.extend(_read_chinese(text, m.start(), m.end()))
    figures.sort(key=lambda f: f.start)
    return figures


def _mask(text: str) -> str:
    """Blank out what is never a figure: bracketed/quoted Chinese, dates, list numbers."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            chars[i] = "\0"

    for m in _BRACKETS.finditer(text):
        if _CJK.search(m.group()):
            blank(m.start(), m.end())
    for pattern in (_ISO_DATE, _LIST_NUMBER):
        for m in pattern.finditer(text):
            blank(m.start(), m.end())
    return "".join(chars)


def _read(text: str, masked: str, m: re.Match[str]) -> list[Figure]:
    num, start, end = m.group("num"), m.start(), m.end()
    before, after = masked[:start], masked[end:]
    prev_char = before[-1:] if before else ""
    is_word = num[0].isalpha()
    if _CJK.match(after[:1] or "x") or _CJK.match(prev_char or "x"):
        return []  # part of a Chinese run: read by numbers.py in _read_chinese
    if is_word:
        if prev_char == "-" or re.match(r"-[A-Za-z]", after):
            return []  # one-stop, Five-Year, two-way
        if num.lower() == "one" and not m.group("scale").strip():
            return []  # "one of", "no one": too common to be a figure
        if num.lower() in ("zero",):
            return []
    else:
        if prev_char == "-" and before[-2:-1].isalpha():
            return []  # COVID-19, B-2
        if (
            prev_char
            and (prev_char.isalnum() or prev_char in "._")
            and not _CURRENCY_PREFIX.search(before)
        ):
            return []  # codes: G20, Q3, FY2022, H1, v1.2
        if re.match(r"(?:st|nd|rd|th)\b", after, re.I):
            return []  # 1st, 2nd: ordinals
        if re.match(r"[A-Za-z]", after) and _unit_at(after)[0] is None:
            return []  # 5G, 4K
    words_before = re.findall(r"[A-Za-z.]+", before[-20:].lower())
    if words_before and words_before[-1] in _LABELS and not m.group("scale").strip():
        return []  # No. 5, Section 3, Phase 2
    rest_word = re.match(r"\s*([A-Za-z-]+)", after)
    next_word = rest_word.group(1).lower().lstrip("-") if rest_word else ""
    if next_word in _MONTHS or (words_before and words_before[-1] in _MONTHS):
        return []  # 16 September, September 16
    if next_word in _DURATIONS and not m.group("scale").strip():
        return []  # nine months, 60 days: periods, not figures
    value = _number_value(num)
    if value is None:
        return []
    scale = Decimal(1)
    for word in re.findall(r"[A-Za-z]+", m.group("scale")):
        scale *= SCALE_WORDS[word.lower()]
    currency = _CURRENCY_PREFIX.search(before)
    unit_match, surface = _unit_at(after)
    base = "count"
    unit_end = end
    if unit_match is not None:
        info = unit_info(surface)
        base = info.base if info and info.base else "count"
        unit_end = end + unit_match.end()
    if currency is not None:
        base = "USD" if currency.group(1) in ("USD", "US$", "$") else "yuan"
        start = start - len(currency.group(0))
    high = m.group("high")
    if (
        base == "count"
        and scale == 1
        and high is None
        and not currency
        and not is_word
        and "," not in num
        and "." not in num
        and 1900 <= value <= 2100
    ):
        return []  # a year
    if (
        high is not None
        and base == "count"
        and scale == 1
        and not currency
        and all(re.fullmatch(r"(?:19|20)\d\d", n) for n in (num, high))
    ):
        return []  # a span of years: 2021-2025
    hedge_match = _HEDGE_RE.search(text[:start])
    hedge = None
    if hedge_match:
        hedge = re.sub(
            r"\s+(?:RMB|CNY|USD|US\$|\$|¥)\s?$", "", hedge_match.group(0).strip(), flags=re.I
        ).lower()
        start = hedge_match.start()
    may_round = hedge in ROUNDING_HEDGES
    out = [_figure(text, start, unit_end, value * scale, base, hedge, may_round)]
    if high is not None:
        high_value = _number_value(high)
        if high_value is not None:
            out.append(_figure(text, start, unit_end, high_value * scale, base, hedge, may_round))
    return out


def _unit_at(after: str) -> tuple[re.Match[str] | None, str]:
    for pattern, surface in _UNIT_RE:
        hit = pattern.match(after)
        if hit:
            return hit, surface
    return None, ""


def _number_value(num: str) -> Decimal | None:
    lowered = num.lower()
    if lowered in WORD_VALUES:
        return Decimal(WORD_VALUES[lowered])
    if "-" in lowered and lowered.split("-")[0] in _TENS:
        tens, unit = lowered.split("-")
        return Decimal(_TENS[tens] + WORD_VALUES.get(unit, 0))
    try:
        return Decimal(num.replace(",", ""))
    except ArithmeticError:
        return None


def _figure(
    text: str, start: int, end: int, value: Decimal, base: str, hedge: str | None, may_round: bool
) -> Figure:
    digits = exact(value).as_tuple().digits
    significant = len(digits) - next((i for i, d in enumerate(reversed(digits)) if d), 0)
    return Figure(
        text[start:end], start, end, float(value), base, hedge, may_round, max(significant, 1)
    )


def _read_chinese(text: str, start: int, end: int) -> list[Figure]:
    """Chinese left in the English outside quotes (e.g. '79.4亿元'): read by numbers.py."""
    figures = []
    for mention in extract_mentions_text(text[start:end]):
        base = base_key(mention.base_unit, mention.family)
        rounding = mention.qualifier is not None and mention.qualifier in _CN_ROUNDING
        figures.append(
            _figure(
                text,
                start + mention.start,
                start + mention.end,
                exact(mention.value_normalized),
                base,
                mention.qualifier,
                rounding,
            )
        )
    return figures


_FAMILY_OF_BASE = {info.base: info.family for info in UNITS.values() if info.base}


def base_key(base_unit: str | None, family: str | None = None) -> str:
    """Collapse count-like bases (个, 家, rank, none) into 'count'; keep measured units."""
    family = family or _FAMILY_OF_BASE.get(base_unit or "")
    if base_unit in (None, "", "rank") or family in ("count", "rank"):
        return "count"
    return base_unit or "count"


