"""Cross-lingual number check: every figure in a brief's English must be a verified Report value.

English figures ("RMB 7.94 billion", "176 million yuan", "27%", "7.3 percentage points",
"1,498.28 mu", "more than 30", "two") are parsed and normalised with the unit table of
`summarizer.text.numbers` (English unit words map to the Chinese surfaces it knows, so
there is one unit table); Chinese runs left in the English are read by its extractor.
A figure matches when it equals a verified fact's value, growth rate, rank or a number in
its metric, in the same base unit (float tolerance). Rounding to at most three significant
figures is accepted only when the English hedges ("about", "nearly", "over", "more than" …).
Ordinals, years, dates, durations, list and section numbers, and numbers inside quoted or
bracketed Chinese are not figures. Caveats and the source line are not checked: they say
what could not be verified.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from summarizer.brief.figures import exact, format_number, quantity
from summarizer.models import Brief, BriefCheck, Fact, FactRef, NumberProblem, Report
from summarizer.text.numbers import MAGNITUDES, UNITS, extract_mentions_text, unit_info

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
_CN_ROUNDING = {"多", "余", "餘", "以上", "超", "逾", "超过", "超過", "近", "约", "約", "左右"}

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
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


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


@dataclass(frozen=True)
class Candidate:
    """A verified Report value a figure may equal."""

    value: float
    base: str
    ref: FactRef
    label: str  # e.g. "工业开票销售 79.4亿元"


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
        base = _base_key(mention.base_unit, mention.family)
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


# --- the Report's values ------------------------------------------------------------------

_FAMILY_OF_BASE = {info.base: info.family for info in UNITS.values() if info.base}


def _base_key(base_unit: str | None, family: str | None = None) -> str:
    """Collapse count-like bases (个, 家, rank, none) into 'count'; keep measured units."""
    family = family or _FAMILY_OF_BASE.get(base_unit or "")
    if base_unit in (None, "", "rank") or family in ("count", "rank"):
        return "count"
    return base_unit or "count"


def fact_ref(fact: Fact, kind: str, index: int) -> FactRef:
    """The link a brief line carries to the fact it renders."""
    return FactRef(
        kind=kind,  # type: ignore[arg-type]  # "achievement" or "target", checked by pydantic
        index=index,
        metric=fact.metric,
        value_text=fact.value_text,
        unit=fact.unit,
    )


def verified_facts(report: Report) -> list[tuple[FactRef, Fact]]:
    """Every verified achievement and target with its link."""
    out: list[tuple[FactRef, Fact]] = []
    for kind, facts in (("achievement", report.achievements), ("target", report.targets)):
        for index, fact in enumerate(facts):
            if fact.verified:
                out.append((fact_ref(fact, kind, index), fact))
    return out


_IMPLICIT = re.compile(
    r"(?<![\d.〇零一二两三四五六七八九十百千])(十|百|千)?(亿|億|万|萬)(元|美元)?"
)


def fact_candidates(ref: FactRef, fact: Fact) -> list[Candidate]:
    """The values a line rendering `fact` may show: value, growth, rank, numbers in the metric."""
    label = f"{fact.metric} {fact.value_text or format_number(fact.value)}{fact.unit or ''}"
    out: list[Candidate] = []

    def add(value: float | None, base: str) -> None:
        if value is not None:
            out.append(Candidate(float(value), base, ref, label))

    if fact.value_normalized is not None:
        base = _base_key(fact.base_unit)
        add(fact.value_normalized, base)
        if fact.value_normalized < 0:
            add(-fact.value_normalized, base)  # 下降3.1% is -3.1: "down 3.1%" or "-3.1%"
        if fact.base_unit is None and fact.unit and fact.unit[:1] in "亿億万萬":
            add(fact.value_normalized, "yuan")  # 总投资143.75亿: money without 元
    else:
        add(fact.value, "count")
    add(fact.growth_pct, "%")
    if fact.growth_pct is not None and fact.growth_pct < 0:
        add(-fact.growth_pct, "%")  # "down 3.5%": the sign is in the words
    for text in (fact.rank or "", fact.metric):
        for mention in extract_mentions_text(text):
            base = _base_key(mention.base_unit, mention.family)
            add(mention.value_normalized, base)
            add(mention.range_high, base)
            if mention.base_unit is None and mention.multiplier >= 1e4:
                add(mention.value_normalized, "yuan")
    for m in _IMPLICIT.finditer(fact.metric):  # 亿元项目 = projects of 100 million yuan
        size = {"十": 10, "百": 100, "千": 1000}.get(m.group(1) or "", 1)
        value = size * MAGNITUDES[_simplified_magnitude(m.group(2))]
        currency = {"元": "yuan", "美元": "USD"}.get(m.group(3) or "", "yuan")
        add(float(value), currency)
        add(float(value), "count")
    return out


def _simplified_magnitude(char: str) -> str:
    return {"億": "亿", "萬": "万"}.get(char, char)


def report_candidates(report: Report) -> list[Candidate]:
    """All values of all verified facts."""
    return [c for ref, fact in verified_facts(report) for c in fact_candidates(ref, fact)]


# --- matching -----------------------------------------------------------------------------


def _equal(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def round_significant(value: float, digits: int) -> float:
    """Round to `digits` significant figures exactly (Decimal, no float drift)."""
    if value == 0:
        return 0.0
    number = exact(value)
    shift = digits - number.adjusted() - 1
    return float(
        number.quantize(Decimal(1).scaleb(-shift))
        if shift > 0
        else number.scaleb(shift).quantize(Decimal(1)).scaleb(-shift)
    )


def matches(figure: Figure, candidate: Candidate) -> bool:
    """Same base unit and equal value; hedged figures may round to <= 3 significant figures."""
    if figure.base != candidate.base and figure.base != "count":
        return False
    if _equal(figure.value, candidate.value):
        return True
    if figure.may_round and figure.significant <= 3:
        return _equal(figure.value, round_significant(candidate.value, figure.significant))
    return False


def _nearest(figure: Figure, candidates: list[Candidate]) -> Candidate | None:
    same = [c for c in candidates if c.base == figure.base] or candidates
    if not same:
        return None

    def distance(c: Candidate) -> tuple[bool, float]:
        # Same digits at another scale (794 million for 7.94 billion) is the usual slip.
        if figure.value > 0 and c.value > 0:
            ratio = math.log10(figure.value / c.value)
            return (not math.isclose(ratio, round(ratio), abs_tol=1e-9), abs(ratio))
        return (True, abs(figure.value - c.value))

    return min(same, key=distance)


def _describe(value: float, base: str) -> str:
    if base == "count":
        return format_number(value)
    return quantity(value, base)


def _problem(
    figure: Figure,
    where: str,
    candidates: list[Candidate],
    linked: FactRef | None,
) -> NumberProblem:
    nearest = _nearest(figure, candidates)
    read = _describe(figure.value, figure.base)
    unit = {"count": "", "%": "%"}.get(figure.base, f" {figure.base}")
    reads = f"reads as {format_number(figure.value)}{unit}" + (
        f" (= {read})" if read != format_number(figure.value) + unit and figure.base != "%" else ""
    )
    scope = (
        f"its linked fact ({linked.kind} {linked.index}: {linked.metric}) does not have that value"
        if linked
        else "no verified fact in the Report has that value"
    )
    message = f'{where}: "{figure.text}" at {figure.start}-{figure.end} {reads}, but {scope}'
    if nearest is not None:
        message += (
            f"; nearest Report value: {_describe(nearest.value, nearest.base)} "
            f"({nearest.ref.kind} {nearest.ref.index}: {nearest.label})"
        )
    if figure.hedge and not figure.may_round:
        message += f'; "{figure.hedge}" is a bound, so the number must be exact'
    message += ". Write the Report's value exactly (convert 亿 = 100 million, 万 = 10,000), or remove the number."
    return _figure_problem(figure, where, message, nearest)


def _figure_problem(
    figure: Figure, where: str, message: str, nearest: Candidate | None = None
) -> NumberProblem:
    """A NumberProblem for `figure`: where it stands, what it was read as, and the message."""
    return NumberProblem(
        where=where,
        text=figure.text,
        start=figure.start,
        end=figure.end,
        parsed=figure.value,
        base_unit=None if figure.base == "count" else figure.base,
        hedged=figure.hedge is not None,
        nearest=nearest.value if nearest else None,
        nearest_fact=nearest.ref if nearest else None,
        message=message,
    )


def check_text(
    text: str,
    report: Report,
    *,
    where: str = "text",
    fact: FactRef | None = None,
    candidates: list[Candidate] | None = None,
    fact_candidates: list[Candidate] | None = None,
) -> tuple[int, list[NumberProblem]]:
    """(figures found, problems) for one piece of English; `fact` restricts to that fact's values
    (`fact_candidates`, when given, are those values already picked out of the pool)."""
    pool = candidates if candidates is not None else report_candidates(report)
    linked: FactRef | None = None
    if fact is not None:
        linked = fact
        if fact_candidates is not None:
            pool = fact_candidates
        else:
            pool = [c for c in pool if (c.ref.kind, c.ref.index) == (fact.kind, fact.index)]
    figures = find_figures(text)
    problems = [
        _problem(f, where, pool, linked) for f in figures if not any(matches(f, c) for c in pool)
    ]
    return len(figures), problems


def _fields(brief: Brief) -> list[tuple[str, str, FactRef | None]]:
    fields: list[tuple[str, str, FactRef | None]] = [
        ("title", brief.title, None),
        ("summary", brief.summary, None),
    ]
    fields += [
        (f"key_figures[{i}]", line.text, line.fact) for i, line in enumerate(brief.key_figures)
    ]
    fields += [(f"targets[{i}]", line.text, line.fact) for i, line in enumerate(brief.targets)]
    fields += [(f"measures[{i}]", m.text, None) for i, m in enumerate(brief.measures)]
    return fields


def check_brief(brief: Brief, report: Report) -> BriefCheck:
    """Check every figure in the title, summary, key figures, targets and measures."""
    pool = report_candidates(report)
    by_fact: dict[tuple[str, int], list[Candidate]] = {}
    for candidate in pool:  # grouped once: a long report has thousands of lines and values
        by_fact.setdefault((candidate.ref.kind, candidate.ref.index), []).append(candidate)
    checked, problems = 0, []
    for where, text, fact in _fields(brief):
        if fact is not None and not _link_ok(fact, report):
            figures = find_figures(text)
            checked += len(figures)
            problems += _bad_link(where, figures, fact)
            continue
        own = by_fact.get((fact.kind, fact.index), []) if fact is not None else None
        count, found = check_text(
            text, report, where=where, fact=fact, candidates=pool, fact_candidates=own
        )
        checked += count
        problems += found
    return BriefCheck(
        numbers_checked=checked, numbers_matched=checked - len(problems), problems=problems
    )


def _link_ok(ref: FactRef, report: Report) -> bool:
    facts = report.achievements if ref.kind == "achievement" else report.targets
    return (
        0 <= ref.index < len(facts)
        and facts[ref.index].verified
        and (facts[ref.index].metric == ref.metric)
    )


def _bad_link(where: str, figures: list[Figure], ref: FactRef) -> list[NumberProblem]:
    return [
        _figure_problem(
            f,
            where,
            f'{where}: "{f.text}" is linked to {ref.kind} {ref.index} ({ref.metric}), '
            "which is not a verified fact of the Report. Link the line to a verified fact or "
            "remove it.",
        )
        for f in figures
    ]


def problems_message(problems: list[NumberProblem]) -> str:
    """All problems, one per line: the feedback a model gets when it is asked again."""
    return "\n".join(f"- {p.message}" for p in problems)


# --- removing what does not match ---------------------------------------------------------


def split_sentences(text: str) -> list[str]:
    """Sentences of a summary paragraph (on ., ! or ? followed by a capital)."""
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def drop_unmatched(brief: Brief, report: Report) -> Brief:
    """Remove every sentence or line holding an unmatched figure; list each under caveats.

    The returned brief's provenance.check is re-run on what remains (so it has no problems)
    and lists what was removed.
    """
    result = check_brief(brief, report)
    bad = {p.where for p in result.problems}
    if not bad:
        brief = brief.model_copy(deep=True)
        brief.provenance.check = result
        return brief
    new = brief.model_copy(deep=True)
    removed: list[str] = []
    if "summary" in bad:
        kept = []
        for sentence in split_sentences(brief.summary):
            if check_text(sentence, report, where="summary")[1]:
                removed.append(sentence)
            else:
                kept.append(sentence)
        new.summary = " ".join(kept)
    if "title" in bad:
        removed.append(brief.title)
        new.title = f"{brief.source.issuer_en or brief.source.issuer or 'Report'}: brief"
    for name in ("key_figures", "targets", "measures"):
        lines = getattr(brief, name)
        keep = [line for i, line in enumerate(lines) if f"{name}[{i}]" not in bad]
        removed += [line.text for i, line in enumerate(lines) if f"{name}[{i}]" in bad]
        setattr(new, name, keep)
    new.caveats = list(brief.caveats) + [
        f"Removed because a number in it could not be matched to the Report: {text}"
        for text in removed
    ]
    final = check_brief(new, report)
    final.removed = removed
    new.provenance.check = final
    return new
