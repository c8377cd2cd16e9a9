"""The offline brief: templated English from a verified Report, the glossary and pinyin.

No model and no network. Only verified facts become figures; every number is converted from
`value_normalized` by `figures` (exact, never re-typed), and the result is run through the
same number check as a model's brief. The body holds the most important figures (`importance`:
at most 12 key figures and 8 targets), measures rendered in English (`measures`) grouped by
category; the other figures go to an appendix and the measures' Chinese wording to a final
Source wording section.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import PurePath

from summarizer.brief.check import drop_unmatched, fact_ref
from summarizer.brief.importance import KEY_FIGURES_MAX, TARGETS_MAX, Ranked, select
from summarizer.brief.measures import render_measure
from summarizer.brief.phrasing import (
    CATEGORY_TERMS,
    DOC_TYPES,
    capitalize,
    category_en,
    commitment_en,
    growth_phrase,
    issuer_en,
    meta_year,
    period_en,
    period_label,
    rank_phrase,
    value_phrase,
)
from summarizer.brief.terms import Rendering, render_term
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
from summarizer.text.periods import fact_year, plan_year

VERSION = "brief-offline-2"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
MEASURES_PER_CATEGORY = 2
MEASURES_MAX = 10
SOURCE_WORDING_MAX = 20


class Coverage:
    """Counts glossary renderings of the metric names used in the brief."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.untranslated: list[str] = []

    def render(self, metric: str) -> Rendering:
        rendering = render_term(metric)
        self.counts[rendering.coverage] += 1
        if rendering.coverage not in ("exact", "composed") and metric not in self.untranslated:
            self.untranslated.append(metric)
        return rendering

    def render_fact(self, fact: Fact) -> Rendering:
        """The fact's own `metric_en` when an engine wrote a full English name (no Chinese);
        else the glossary's rendering (which is what the pipeline stored)."""
        rendering = self.render(fact.metric)
        own = fact.metric_en
        if own and own != rendering.metric_en and not _CJK.search(own):
            return replace(rendering, en=own, coverage="exact")
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


# --- lines -----------------------------------------------------------------------------------


class Years:
    """The year of each figure: its own period's, else the report's (targets: the plan's)."""

    def __init__(self, report: Report) -> None:
        self.year = meta_year(report.meta)
        meta = report.meta
        self.plan = plan_year(meta.title, self.year, doc_type=meta.doc_type, published=meta.published)

    def of(self, fact: Fact) -> int | None:
        target = self.plan if isinstance(fact, Target) else None
        return fact_year(fact.period, self.year, target_year=target)


def fact_line(fact: Fact, label: str, year: int | None) -> str:
    """'Label: value, up 27% year on year, growth ranked second in the city (H1 2023)'."""
    details = [p for p in (growth_phrase(fact.growth_pct), rank_phrase(fact.rank)) if p]
    value = value_phrase(fact)
    text = f"{label}: {value}" if value else label
    if details:
        text += ", " + ", ".join(details)
    return text + (period_label(fact.period, year) if fact.period else "")


def _ranked(report: Report, kind: str, coverage: Coverage) -> list[Ranked]:
    facts = report.achievements if kind == "achievement" else report.targets
    return [
        Ranked(kind, i, f, coverage.render_fact(f)) for i, f in enumerate(facts) if f.verified
    ]


# A percent beside 全年目标/任务/计划 is how much of it is done (完成全年目标任务的81.4%).
_PLAN_WORDS = re.compile(r"(?:目标任务|目标|任务|计划)$")


def _line(item: Ranked, years: Years) -> BriefLine:
    fact = item.fact
    label = item.rendering.label()
    if fact.base_unit == "%" and _PLAN_WORDS.search(to_simplified(fact.metric)):
        label = f"share of {label} completed"
    year = years.of(fact)
    if isinstance(fact, Target):
        text = f"{commitment_en(fact)}: {fact_line(fact, label, year)}"
    else:
        text = fact_line(fact, capitalize(label), year)
    return BriefLine(text=text, group=item.group, fact=fact_ref(fact, item.kind, item.index))


def _measures(report: Report) -> tuple[list[BriefMeasure], list[str], int]:
    """(English measures for the body, Source wording lines, measures left to the Report)."""
    order = list(CATEGORY_TERMS)
    indexed = sorted(
        enumerate(report.actions),
        key=lambda ia: (
            order.index(ia[1].category) if ia[1].category in order else len(order),
            ia[0],
        ),
    )
    chosen: list[BriefMeasure] = []
    wording: list[tuple[int, str]] = []
    per_category: Counter[str] = Counter()
    for index, action in indexed:
        category = action.category or "other"
        english = action.action_en or render_measure(action.action).en
        if english and per_category[category] < MEASURES_PER_CATEGORY and len(chosen) < MEASURES_MAX:
            per_category[category] += 1
            chosen.append(BriefMeasure(text=english, category=category, action_index=index,
                                       translated=True, source=action.action))
            wording.append((index, f"{category_en(category)}: {english} — 「{action.action}」"))
        elif not english and len(wording) < SOURCE_WORDING_MAX:
            wording.append((index, f"{category_en(category)} (no English rendering): "
                                   f"「{action.action}」"))
    chosen.sort(key=lambda m: (order.index(m.category) if m.category in order else len(order),
                               m.action_index or 0))
    shown = {i for i, _ in wording}
    return chosen, [w for _, w in sorted(wording)], len(report.actions) - len(shown)


# --- the brief ------------------------------------------------------------------------------


def title_of(report: Report, source: BriefSource, years: Years) -> str:
    """'Nanqiao Economic Development Zone: work summary and plan, 2022' (issuer, type, year)."""
    doc = DOC_TYPES.get(report.meta.doc_type or "other", "report")
    title = f"{source.issuer_en or 'Economic work report'}: {doc}"
    when = source.period_en or (str(years.year) if years.year else None)
    if report.meta.doc_type in ("mixed", "gov_work_report") and years.plan and years.year and years.plan != years.year:
        when = f"{years.year} (plan for {years.plan})"
    return f"{title}, {when}" if when else title


def write_brief(report: Report) -> Brief:
    """The offline brief of a verified Report (checked; unmatched numbers end in caveats)."""
    coverage = Coverage()
    years = Years(report)
    key_body, key_rest, merged_a = select(_ranked(report, "achievement", coverage),
                                          KEY_FIGURES_MAX)
    target_body, target_rest, merged_t = select(_ranked(report, "target", coverage), TARGETS_MAX)
    key_lines = [(_line(i, years), i) for i in key_body]
    target_lines = [(_line(i, years), i) for i in target_body]
    appendix = [_line(i, years) for i in key_rest + target_rest]
    measures, wording, measures_left = _measures(report)
    meta = report.meta
    source = BriefSource(
        issuer=meta.issuer or meta.region,
        issuer_en=issuer_en(meta),
        period=meta.period,
        period_en=period_en(meta.period, years.year),
        published=meta.published,
        source_file=PurePath(report.source.name).name or report.source.name,
    )
    doc = DOC_TYPES.get(meta.doc_type or "other", "report")
    brief = Brief(
        title=title_of(report, source, years),
        summary=_summary(report, source, doc, key_lines, target_lines, measures),
        key_figures=[line for line, _ in key_lines],
        targets=[line for line, _ in target_lines],
        measures=measures,
        appendix=appendix,
        source_wording=wording,
        caveats=_caveats(report, coverage, measures, measures_left, merged_a + merged_t,
                         len(appendix)),
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
    key_lines: list[tuple[BriefLine, Ranked]],
    target_lines: list[tuple[BriefLine, Ranked]],
    measures: list[BriefMeasure],
) -> str:
    who = source.issuer_en or "the issuer"
    sentence = f"This {doc} from {who}"
    if source.period_en:
        sentence += f" covers {source.period_en}"
    elif source.period:
        sentence += " covers the period stated in the source"
    else:
        sentence += " reports on the issuer's economic work"
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


def _headline(lines: list[tuple[BriefLine, Ranked]], *, targets: bool = False) -> str:
    """Two figures for the summary: the top-ranked lines whose names the glossary rendered in
    full, from distinct groups."""
    picked: list[str] = []
    groups: set[str] = set()
    for line, item in lines:
        if line.group in groups or len(picked) == 2:
            continue
        if item.rendering.coverage not in ("exact", "composed"):
            continue
        fact, english = item.fact, item.rendering.en
        groups.add(line.group or "")
        value = value_phrase(fact)
        if value.startswith(("ranked", "top")):
            text = f"{english} {value}"
        elif fact.base_unit in ("yuan", "USD", "%", "pp") or fact.value_normalized is None:
            text = f"{english} of {value}"
        else:
            text = f"{english}: {value}"  # counts and measures: "new enterprises: 2"
        details = [
            p
            for p in (growth_phrase(fact.growth_pct), rank_phrase(fact.rank))
            if p and not p.startswith("(")
        ]
        if targets:
            details = [f"commitment: {commitment_en(fact).lower()}"]  # type: ignore[arg-type]
        if details:
            text += " (" + ", ".join(details) + ")"
        picked.append(text)
    return "; ".join(picked)


def _caveats(
    report: Report,
    coverage: Coverage,
    measures: list[BriefMeasure],
    measures_left: int,
    merged: int,
    appendix: int,
) -> list[str]:
    caveats = [
        "Written offline from the project glossary (no language model); every figure "
        "is converted from the Report's verified values."
    ]
    if appendix:
        caveats.append(
            f"The body shows at most {KEY_FIGURES_MAX} key figures and {TARGETS_MAX} targets, "
            f"ranked by importance; {appendix} further verified figure(s) are in the appendix."
        )
    if merged:
        caveats.append(f"{merged} repeated mention(s) of the same figure were merged.")
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
    untranslated = len(report.actions) - len(measures) - measures_left
    if untranslated > 0:
        caveats.append(
            f"{untranslated} measure(s) have no English rendering from the glossary; their "
            "Chinese wording is under Source wording."
        )
    if measures_left > 0:
        caveats.append(f"{measures_left} further measure(s) are listed in the Report's actions.")
    return caveats
