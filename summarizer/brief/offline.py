"""The offline brief: templated English from a verified Report, a glossary and pinyin.

No model and no network. Only verified facts become figures; every number is converted
from `value_normalized` by `figures` (exact, never re-typed), and the result is run
through the same number check as a model's brief.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath

from pypinyin import lazy_pinyin

from summarizer.brief.check import drop_unmatched, fact_ref
from summarizer.brief.figures import hedge, quantity
from summarizer.brief.glossary import (
    MEASURE_CATEGORIES,
    Rendering,
    load_glossary,
    lookup,
    render_term,
)
from summarizer.models import (
    Brief,
    BriefLine,
    BriefMeasure,
    BriefProvenance,
    BriefSource,
    Fact,
    GlossaryCoverage,
    Report,
    Target,
)
from summarizer.text.normalize import to_simplified
from summarizer.text.numbers import extract_mentions_text

VERSION = "brief-offline-1"

# Importance order of key-figure groups, with the Chinese cue words that put a metric in one.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("trade", ("进出口", "出口", "进口", "外贸", "消费品", "零售")),
    ("investment", ("投资", "到位资金", "外资", "内资", "融资", "资金")),
    ("output", ("生产总值", "产值", "增加值", "销售", "开票", "营业收入", "GDP")),
    ("revenue", ("收入", "税收", "财政", "税")),
    ("projects", ("项目", "开工", "竣工", "签约", "投产")),
)
GROUP_ORDER = ("output", "revenue", "investment", "trade", "projects", "other")

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
MEASURES_PER_CATEGORY = 2
MEASURES_MAX = 10

DOC_TYPES = {
    "work_summary": "work summary",
    "work_plan": "work plan",
    "mixed": "work summary and plan",
    "meeting_news": "meeting report",
    "bulletin": "bulletin",
    "other": "report",
}
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


# --- names, periods, values ----------------------------------------------------------------


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
    suffixes = sorted(
        load_glossary().by_category.get("place_suffix", {}).values(),
        key=lambda e: len(e.zh),
        reverse=True,
    )
    parts: list[str] = []
    rest = name
    while m := re.fullmatch(r"(.{2,}?[省市])(.{2,})", rest):  # 南京市江宁区 -> 南京市 + 江宁区
        parts.append(m.group(1))
        rest = m.group(2)
    parts.append(rest)
    english: list[str] = []
    for part in parts:
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
        english.append(" ".join([pinyin_name(part), *tail]))
    return ", ".join(reversed(english))


def period_en(period: str | None) -> str | None:
    """1-9月 -> 'January-September', 2023年上半年 -> 'first half of 2023'; None if unknown."""
    if not period:
        return None
    text = to_simplified(period.strip()).replace("—", "-").replace("–", "-").replace("~", "-")
    known = lookup(text, "period")
    if known:
        return known
    if m := re.fullmatch(r"(\d{4})年(?:度)?", text):
        return m.group(1)
    if m := re.fullmatch(r"(\d{4})年(.+)", text):
        rest = period_en(m.group(2))
        return f"{rest} of {m.group(1)}" if rest else None
    if m := re.fullmatch(r"(\d{1,2})-(\d{1,2})月份?", text):
        a, b = int(m.group(1)), int(m.group(2))
        if 1 <= a < b <= 12:
            return f"{MONTHS[a - 1]}-{MONTHS[b - 1]}"
    if m := re.fullmatch(r"(\d{1,2})月份?", text):
        if 1 <= int(m.group(1)) <= 12:
            return MONTHS[int(m.group(1)) - 1]
    if m := re.fullmatch(r"截至(\d{1,2})月(?:底|末)", text):
        if 1 <= int(m.group(1)) <= 12:
            return f"as of end-{MONTHS[int(m.group(1)) - 1]}"
    return None


def _period_label(period: str | None) -> str:
    if not period:
        return ""
    english = period_en(period)
    return f" ({english})" if english else f" ({period})"


def value_phrase(fact: Fact) -> str:
    """'RMB 7.94 billion', 'more than 30', 'at least 50%', 'top 20', 'first'."""
    if fact.base_unit == "rank":
        return _rank_value(fact)
    if fact.value_normalized is None:
        return ""
    base = fact.base_unit
    if base is None and fact.unit and fact.unit[:1] in "亿億万萬":
        base = "yuan"  # 总投资143.75亿: bare 亿 in these reports is money
    text = quantity(fact.value_normalized, base)
    english = hedge(fact.qualifier)
    return f"{english} {text}" if english else text


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
    text = to_simplified(rank)
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
    text = to_simplified(metric)
    for name, cues in GROUPS:
        if any(cue in text for cue in cues):
            return name
    return "other"


# --- lines -----------------------------------------------------------------------------------


def _fact_line(fact: Fact, label: str) -> str:
    details = [p for p in (growth_phrase(fact.growth_pct), rank_phrase(fact.rank)) if p]
    value = value_phrase(fact)
    text = f"{label}: {value}" if value else label
    if details:
        text += ", " + ", ".join(details)
    return text + _period_label(fact.period)


def _commitment_en(target: Target) -> str:
    word = to_simplified(target.commitment or "")
    english = lookup(word, "commitment") if word else None
    if english is None or english == hedge(target.qualifier):
        return "Target"  # 不少于 is already in the value: "at least 27"
    return english[:1].upper() + english[1:]


# Headline indicators lead their group (GRP before invoiced sales, whatever the amounts).
HEADLINE_CUES = (
    "生产总值",
    "总产值",
    "工业产值",
    "增加值",
    "一般公共预算收入",
    "固定资产投资",
    "进出口总额",
    "利用外资",
    "使用外资",
)


def _order_key(item: tuple[int, Fact]) -> tuple[int, int, bool, float, int]:
    index, fact = item
    money = fact.base_unit in ("yuan", "USD")
    value = -(fact.value_normalized or 0.0) if money else 0.0
    metric = to_simplified(fact.metric)
    # the earlier the cue in HEADLINE_CUES, the more it leads: GRP before gross industrial output
    cue = next((i for i, c in enumerate(HEADLINE_CUES) if c in metric), len(HEADLINE_CUES))
    headline = cue if fact.base_unit != "pp" else len(HEADLINE_CUES)
    return (GROUP_ORDER.index(group_of(fact.metric)), headline, not money, value, index)


class Coverage:
    """Counts glossary renderings of the metric names used in the brief."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.untranslated: list[str] = []

    def render(self, metric: str) -> Rendering:
        rendering = render_term(metric)
        self.counts[rendering.coverage] += 1
        if rendering.coverage != "exact" and metric not in self.untranslated:
            self.untranslated.append(metric)
        return rendering

    def result(self) -> GlossaryCoverage:
        return GlossaryCoverage(
            metrics=sum(self.counts.values()),
            exact=self.counts["exact"],
            composed=self.counts["composed"],
            partial=self.counts["partial"],
            none=self.counts["none"],
            untranslated=self.untranslated,
        )


def _lines(report: Report, kind: str, coverage: Coverage) -> list[tuple[BriefLine, Fact, str]]:
    facts = report.achievements if kind == "achievement" else report.targets
    verified = [(i, f) for i, f in enumerate(facts) if f.verified]
    out = []
    for index, fact in sorted(verified, key=_order_key):
        rendering = coverage.render(fact.metric)
        label = rendering.label()
        if isinstance(fact, Target):
            text = f"{_commitment_en(fact)}: {_fact_line(fact, label)}"
        else:
            text = _fact_line(fact, label[:1].upper() + label[1:])
        line = BriefLine(text=text, group=group_of(fact.metric), fact=fact_ref(fact, kind, index))
        out.append((line, fact, rendering.en if rendering.coverage == "exact" else ""))
    return out


def _measures(report: Report) -> tuple[list[BriefMeasure], int]:
    chosen: list[BriefMeasure] = []
    per_category: Counter[str] = Counter()
    order = list(CATEGORY_TERMS)
    indexed = sorted(
        enumerate(report.actions),
        key=lambda ia: (
            order.index(ia[1].category) if ia[1].category in order else len(order),
            bool(re.search(r"\d", ia[1].action)),
            ia[0],
        ),
    )
    for index, action in indexed:
        category = action.category or "other"
        if per_category[category] >= MEASURES_PER_CATEGORY or len(chosen) >= MEASURES_MAX:
            continue
        per_category[category] += 1
        label = category_en(category)
        if action.action_en:
            text, translated = f"{label}: {action.action_en}", True
        else:
            rendering = render_term(action.action, categories=MEASURE_CATEGORIES)
            # A measure with figures stays quoted: its numbers are not facts of the Report.
            if rendering.coverage in ("exact", "composed") and not extract_mentions_text(
                action.action
            ):
                # composed renderings keep the Chinese beside them, in 「」 (it may hold “”)
                english = (
                    rendering.en
                    if rendering.coverage == "exact"
                    else (f"{rendering.en} (「{action.action}」)")
                )
                text, translated = f"{label}: {english}", True
            else:
                text, translated = f"{label}: 「{action.action}」", False
        chosen.append(
            BriefMeasure(text=text, category=category, action_index=index, translated=translated)
        )
    chosen.sort(key=lambda m: m.action_index or 0)
    return chosen, len(report.actions) - len(chosen)


def category_en(category: str) -> str:
    """investment_attraction -> 'Investment attraction' (via the glossary's action categories)."""
    term = CATEGORY_TERMS.get(category)
    english = lookup(term, "action_category") if term else None
    english = english or category.replace("_", " ")
    return english[:1].upper() + english[1:]


# --- the brief ------------------------------------------------------------------------------


def write_brief(report: Report) -> Brief:
    """The offline brief of a verified Report (checked; unmatched numbers end in caveats)."""
    coverage = Coverage()
    key_lines = _lines(report, "achievement", coverage)
    target_lines = _lines(report, "target", coverage)
    measures, measures_left = _measures(report)
    meta = report.meta
    issuer_en = place_en(meta.issuer) or place_en(meta.region)
    source = BriefSource(
        issuer=meta.issuer or meta.region,
        issuer_en=issuer_en,
        period=meta.period,
        period_en=period_en(meta.period),
        published=meta.published,
        source_file=PurePath(report.source.name).name or report.source.name,
    )
    doc = DOC_TYPES.get(meta.doc_type or "other", "report")
    title = f"{issuer_en or 'Economic work report'}: {doc}"
    if source.period_en:
        title += f", {source.period_en}"
    summary = _summary(report, source, doc, key_lines, target_lines, measures)
    brief = Brief(
        title=title,
        summary=summary,
        key_figures=[line for line, _, _ in key_lines],
        targets=[line for line, _, _ in target_lines],
        measures=measures,
        caveats=_caveats(report, coverage, measures, measures_left),
        source=source,
        provenance=BriefProvenance(
            engine="offline", engine_version=VERSION, glossary=coverage.result()
        ),
    )
    return drop_unmatched(brief, report)


def _summary(
    report: Report,
    source: BriefSource,
    doc: str,
    key_lines,
    target_lines,
    measures: list[BriefMeasure],
) -> str:
    who = source.issuer_en or "the issuer"
    sentence = f"This {doc} from {who}"
    if source.period_en:
        lead = (
            "the "
            if source.period_en.split()[0]
            in ("first", "second", "third", "fourth", "full", "whole", "same")
            else ""
        )
        sentence += f" covers {lead}{source.period_en}"
    elif source.period:
        sentence += f" covers the period {source.period}"
    else:
        sentence += " reports on the zone's economic work"
    if source.published:
        sentence += f" and was published on {source.published}"
    sentences = [sentence + "."]
    headline = _headline(key_lines)
    if headline:
        sentences.append(f"Headline figures: {headline}.")
    else:
        sentences.append("The report gives no verified achievement figures.")
    targets = _headline(target_lines, targets=True)
    if targets:
        sentences.append(f"Targets include {targets}.")
    categories = [
        category_en(c).lower()
        for c, _ in Counter(
            a.category for a in report.actions if a.category and a.category != "other"
        ).most_common(3)
    ]
    if categories:
        joined = (
            categories[0]
            if len(categories) == 1
            else (", ".join(categories[:-1]) + " and " + categories[-1])
        )
        sentences.append(f"Its measures focus on {joined}.")
    elif not measures:
        sentences.append("No measures were identified.")
    if report.checks.unverified or report.checks.dropped:
        sentences.append(
            "Every figure below is verified against the source text; facts that "
            "could not be verified are listed under caveats."
        )
    else:
        sentences.append("Every figure below is verified against the source text.")
    return " ".join(sentences[:6])


def _headline(lines, *, targets: bool = False) -> str:
    """Two figures for the summary: glossary-exact, money or percent first, distinct groups."""
    picked: list[str] = []
    groups: set[str] = set()
    ranked = sorted(
        lines, key=lambda item: (not item[2], item[1].base_unit not in ("yuan", "USD", "%"))
    )
    for line, fact, english in ranked:
        if line.group in groups or len(picked) == 2:
            continue
        if not english:
            continue
        groups.add(line.group or "")
        value = value_phrase(fact)
        if value.startswith(("ranked", "top")):
            text = f"{english} {value}"
        elif fact.base_unit in ("yuan", "USD", "%", "pp") or fact.value_normalized is None:
            text = f"{english} of {value}"
        else:
            text = f"{value} {english}"  # counts and measures: "2 new enterprises …"
        details = [
            p
            for p in (growth_phrase(fact.growth_pct), rank_phrase(fact.rank))
            if p and not p.startswith("(")
        ]
        if targets:
            details = [f"commitment: {_commitment_en(fact).lower()}"]
        if details:
            text += " (" + ", ".join(details) + ")"
        picked.append(text)
    return "; ".join(picked)


def _caveats(
    report: Report, coverage: Coverage, measures: list[BriefMeasure], measures_left: int
) -> list[str]:
    caveats = [
        "Written offline from the project glossary (no language model); every figure "
        "is converted from the Report's verified values."
    ]
    unverified = [
        (kind, i, f)
        for kind, facts in (("achievement", report.achievements), ("target", report.targets))
        for i, f in enumerate(facts)
        if not f.verified
    ]
    for kind, index, fact in unverified:
        caveats.append(
            f"Not verified against the source, so not shown as a figure: {fact.metric} "
            f"{fact.value_text or fact.value}{fact.unit or ''} ({kind} {index})."
        )
    if report.checks.dropped:
        caveats.append(
            f"{report.checks.dropped} extracted fact(s) failed verification and were "
            "dropped from the Report; they do not appear here."
        )
    for warning in report.checks.warnings:
        caveats.append(f"Report warning: {warning}")
    if coverage.untranslated:
        caveats.append(
            "Metric names the glossary does not know in full keep their Chinese "
            "beside the best partial rendering: " + "、".join(coverage.untranslated) + "."
        )
    if any(not m.translated for m in measures):
        caveats.append(
            "Measures are quoted in Chinese under an English category: the glossary "
            "has no rendering for their wording."
        )
    if measures_left > 0:
        caveats.append(f"{measures_left} further measure(s) are listed in the Report's actions.")
    return caveats
