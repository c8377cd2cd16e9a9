"""The model path of the English brief: a model writes the English from the verified Report,
our number checker polices every figure in it, and a mismatch is sent back as a re-ask.

The model is given figure strings converted in code ("RMB 7.94 billion"; models mistranslate
亿/万) and the glossary's English terms, and is asked to copy them. What is still unmatched
after the last re-ask is removed and listed under caveats, so a brief never shows a number
the Report does not hold. Only a brief whose numbers all check is cached.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import PurePath
from typing import Any

from pydantic import BaseModel, Field, ValidationInfo, model_validator

from summarizer.brief.check import check_brief, drop_unmatched, fact_ref, problems_message
from summarizer.brief.figures import format_number, quantity
from summarizer.brief.glossary import lookup
from summarizer.brief.importance import KEY_FIGURES_MAX, TARGETS_MAX, Ranked, sort_key
from summarizer.brief.offline import Coverage, Years
from summarizer.brief.offline import write_brief as write_offline_brief
from summarizer.brief.phrasing import category_en, group_of, hedge, period_en, place_en
from summarizer.brief.terms import render_term
from summarizer.cache import make_key, model_call_parts, open_cache
from summarizer.models import (
    Brief,
    BriefLine,
    BriefMeasure,
    BriefProvenance,
    BriefSource,
    Fact,
    GlossaryCoverage,
    Report,
    TokenUsage,
)
from summarizer.prompts import load_prompt
from summarizer.settings import Settings

VERSION = "brief-llm-2"


class LineDraft(BaseModel):
    """One key figure or target sentence, linked to the fact it renders."""

    fact_id: str = Field(description="Id of the listed fact this sentence renders, e.g. 'A1'.")
    text: str = Field(description="One English sentence; copy the fact's figure strings exactly.")


class MeasureDraft(BaseModel):
    """One measure in English, linked to the listed measure it renders."""

    measure_id: str = Field(description="Id of the listed measure, e.g. 'M1'.")
    text: str = Field(description="The measure as one short English sentence.")


class BriefDraft(BaseModel):
    """What the model writes. Every number in it is checked against the Report (context)."""

    title: str = Field(description="One line naming the issuer in English and the period.")
    summary: str = Field(description="One paragraph of 3-6 sentences in an analyst's register.")
    key_figures: list[LineDraft] = Field(default_factory=list)
    targets: list[LineDraft] = Field(default_factory=list)
    measures: list[MeasureDraft] = Field(default_factory=list)

    @model_validator(mode="after")
    def _numbers_match_report(self, info: ValidationInfo) -> BriefDraft:
        """Turn every unmatched figure or unknown id into one line of re-ask feedback."""
        ctx = info.context or {}
        report, listing = ctx.get("report"), ctx.get("listing")
        if report is None or listing is None:
            return self  # parsing a cached or final answer: the caller checks it
        problems = listing.link_problems(self)
        result = check_brief(to_brief(self, report, listing), report)
        if result.problems:
            problems.append(problems_message(result.problems))
        if problems:
            raise ValueError("\n".join(problems))
        return self


class Listing:
    """The Report as the prompt lists it: ids A1…, T1…, M1… for facts and measures."""

    def __init__(self, report: Report) -> None:
        self.facts: dict[str, tuple[str, int, Fact]] = {}
        for prefix, kind, facts in (("A", "achievement", report.achievements),
                                    ("T", "target", report.targets)):
            n = 0
            for index, fact in enumerate(facts):
                if fact.verified:
                    n += 1
                    self.facts[f"{prefix}{n}"] = (kind, index, fact)
        self.measures = {f"M{i + 1}": i for i in range(len(report.actions))}

    def link_problems(self, draft: BriefDraft) -> list[str]:
        """Ids the model made up or put in the wrong list."""
        out = []
        for name, lines, prefix in (("key_figures", draft.key_figures, "A"),
                                    ("targets", draft.targets, "T")):
            for i, line in enumerate(lines):
                if not (line.fact_id in self.facts and line.fact_id.startswith(prefix)):
                    known = ", ".join(k for k in self.facts if k.startswith(prefix)) or "none"
                    what = "achievement" if prefix == "A" else "target"
                    out.append(f"- {name}[{i}]: fact_id '{line.fact_id}' is not a listed {what} "
                               f"id; use one of: {known}.")
        for i, measure in enumerate(draft.measures):
            if measure.measure_id not in self.measures:
                out.append(f"- measures[{i}]: measure_id '{measure.measure_id}' is not listed; "
                           f"use one of: {', '.join(self.measures) or 'none'}.")
        return out


def figure_text(fact: Fact) -> str:
    """The fact's value as the English the model must copy: 'more than RMB 7.94 billion'."""
    if fact.value_normalized is not None:
        text = quantity(fact.value_normalized, fact.base_unit)
    else:
        text = format_number(fact.value)
    word = hedge(fact.qualifier)
    return f"{word} {text}" if word else text


def prompt_values(report: Report, listing: Listing) -> dict[str, Any]:
    """Everything the templates show, computed here so the template holds no logic.

    Facts are listed in the offline brief's importance order (ids stay those of the listing);
    periods carry their year ("H1 2023"), measures their English category.
    """
    meta = report.meta
    years = Years(report)

    def row(fid: str, fact: Fact) -> dict[str, Any]:
        commitment = getattr(fact, "commitment", None) or ""
        year = years.of(fact)
        return {
            "id": fid, "zh": fact.metric, "term": _term(fact),
            "figure": figure_text(fact),
            "growth": f"{format_number(fact.growth_pct)}%" if fact.growth_pct is not None else "",
            "rank": fact.rank or "",
            "period": (period_en(fact.period, year) or fact.period or "") if fact.period else "",
            "commitment": _english(commitment, "commitment"),
        }

    def ranked(kind: str) -> list[dict[str, Any]]:
        items = [(fid, Ranked(k, index, f, render_term(f.metric)))
                 for fid, (k, index, f) in listing.facts.items() if k == kind]
        items.sort(key=lambda pair: sort_key(pair[1]))
        return [row(fid, item.fact) for fid, item in items]

    actions = [{"id": mid, "text": report.actions[i].action_en or report.actions[i].action,
                "category": category_en(report.actions[i].category or "other").lower()}
               for mid, i in listing.measures.items()]
    names = [{"zh": n, "en": place_en(n)} for n in dict.fromkeys((meta.issuer, meta.region)) if n]
    return {
        "issuer": place_en(meta.issuer) or place_en(meta.region) or "(not stated)",
        "period": period_en(meta.period, years.year) or meta.period or "(not stated)",
        "year": years.year or "(not stated)",
        "title": meta.title or "(none)",
        "doc_type": meta.doc_type or "(not stated)", "names": names,
        "achievements": ranked("achievement"), "targets": ranked("target"), "actions": actions,
    }


def _term(fact: Fact) -> str:
    """The glossary's NBS term; else the engine's English; else the Chinese as written."""
    rendering = render_term(fact.metric)
    return rendering.en or fact.metric_en or fact.metric


def _english(term: str | None, category: str) -> str:
    """'strive to' for 力争; the Chinese when the glossary lacks it."""
    if not term:
        return ""
    return lookup(term, category) or term


def to_brief(draft: BriefDraft, report: Report, listing: Listing) -> Brief:
    """The model's draft as a Brief: lines linked to Report facts, source line from the Report."""

    def line(item: LineDraft) -> BriefLine:
        linked = listing.facts.get(item.fact_id)
        if linked is None:
            return BriefLine(text=item.text)
        kind, index, fact = linked
        return BriefLine(text=item.text, group=group_of(fact.metric),
                         fact=fact_ref(fact, kind, index))

    measures = []
    for item in draft.measures:
        index = listing.measures.get(item.measure_id)
        action = report.actions[index] if index is not None else None
        measures.append(BriefMeasure(
            text=item.text, category=action.category if action else None,
            action_index=index, translated=True, source=action.action if action else None,
        ))
    wording = [f"{category_en(m.category or 'other')}: {m.text} — 「{m.source}」"
               for m in measures if m.source]
    meta = report.meta
    key_figures = [line(x) for x in draft.key_figures]
    targets = [line(x) for x in draft.targets]
    return Brief(
        title=draft.title, summary=draft.summary,
        key_figures=key_figures[:KEY_FIGURES_MAX],
        targets=targets[:TARGETS_MAX],
        appendix=key_figures[KEY_FIGURES_MAX:] + targets[TARGETS_MAX:],  # the body stays short
        measures=measures,
        source_wording=wording,
        caveats=report_caveats(report),
        source=BriefSource(
            issuer=meta.issuer or meta.region,
            issuer_en=place_en(meta.issuer) or place_en(meta.region),
            period=meta.period, period_en=period_en(meta.period, Years(report).year),
            published=meta.published,
            source_file=PurePath(report.source.name).name or report.source.name,
        ),
        provenance=BriefProvenance(engine="llm", engine_version=VERSION,
                                   glossary=glossary_coverage(listing)),
    )


def glossary_coverage(listing: Listing) -> GlossaryCoverage:
    """How many of the metric names given to the model the glossary rendered in full."""
    coverage = Coverage()
    for _, _, fact in listing.facts.values():
        coverage.render(fact.metric)
    return coverage.result()


def report_caveats(report: Report) -> list[str]:
    """What the Report itself could not verify: the model never saw it, the brief omits it."""
    out = []
    for kind, facts in (("achievement", report.achievements), ("target", report.targets)):
        for index, fact in enumerate(facts):
            if not fact.verified:
                out.append(f"Not verified against the source, so not given to the model: "
                           f"{fact.metric} {fact.value_text or fact.value}{fact.unit or ''} "
                           f"({kind} {index}).")
    if report.checks.dropped:
        out.append(f"{report.checks.dropped} extracted fact(s) failed verification and were "
                   "dropped from the Report; they do not appear here.")
    out.extend(f"Report warning: {warning}" for warning in report.checks.warnings)
    return out


def schema_hash() -> str:
    """Changes whenever the schema sent to the model changes."""
    blob = json.dumps(BriefDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _digest(messages: list[dict]) -> str:
    blob = json.dumps(messages, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def report_hash(report: Report) -> str:
    """The Report's content without its provenance (timings differ run to run)."""
    blob = report.model_dump_json(exclude={"provenance"})
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def write_brief(report: Report, *, settings: Settings, client: Any = None) -> Brief:
    """Ask the model for a brief, re-ask on unmatched numbers, remove what never matched."""
    started = time.perf_counter()
    system, user = load_prompt("brief.system"), load_prompt("brief.user")
    listing = Listing(report)
    messages = [
        {"role": "system", "content": system.render()},
        {"role": "user", "content": user.render(**prompt_values(report, listing))},
    ]
    # The rendered messages carry what the glossary and figure phrasing made of the Report.
    key = make_key(
        engine=VERSION, **model_call_parts(settings, system, user), schema=schema_hash(),
        report=report_hash(report), messages=_digest(messages),
    )
    provenance = BriefProvenance(
        engine="llm", engine_version=VERSION, model=settings.model,
        base_url=settings.openai_base_url, prompt_version=user.version,
    )
    if settings.use_cache:
        with open_cache(settings) as cache:
            hit = cache.get(key)
        brief = Brief.model_validate(hit["brief"]) if hit is not None else None
        # Fail closed: a stored brief must still pass today's checker, else ask again.
        if brief is not None and not check_brief(brief, report).problems:
            provenance.cache_hit = True
            provenance.tokens = TokenUsage(saved_by_cache=hit.get("tokens", 0))
            provenance.elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
            _adopt(provenance, brief)
            return brief

    if client is None:
        from summarizer.engines.client import make_client

        client = make_client(settings)
    ledger = client.ledger
    before = (ledger.prompt_tokens, ledger.completion_tokens, ledger.re_asks,
              ledger.transport_retries)
    brief, clean = _call(client, messages, report, listing, settings.max_tokens)
    prompt_tokens = ledger.prompt_tokens - before[0]
    completion_tokens = ledger.completion_tokens - before[1]
    provenance.re_asks = ledger.re_asks - before[2]
    provenance.transport_retries = ledger.transport_retries - before[3]
    provenance.tokens = TokenUsage(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                                   total_tokens=prompt_tokens + completion_tokens)
    _adopt(provenance, brief)
    if clean and settings.use_cache:
        with open_cache(settings) as cache:
            cache.set(key, {"brief": brief.model_dump(mode="json"),
                            "tokens": provenance.tokens.total_tokens})
    provenance.elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
    return brief


def _adopt(provenance: BriefProvenance, brief: Brief) -> None:
    """Give the brief our run's provenance, keeping what its writer and the checker recorded."""
    provenance.engine, provenance.engine_version = (brief.provenance.engine,
                                                    brief.provenance.engine_version)
    provenance.glossary, provenance.check = brief.provenance.glossary, brief.provenance.check
    brief.provenance = provenance


def _call(client: Any, messages: list[dict], report: Report, listing: Listing,
          max_tokens: int) -> tuple[Brief, bool]:
    """(brief, every number matched). After the last re-ask, unmatched sentences are removed;
    an answer that is cut off or never parses gives the offline brief, saying why."""
    from summarizer.errors import ModelAnswerError

    try:
        draft = client.create(BriefDraft, messages, {"report": report, "listing": listing})
    except ModelAnswerError as exc:
        if exc.truncated:  # finish_reason=length: re-asking would be cut off again
            return _fallback(client, report, f"the model's answer was cut off at max_tokens "
                             f"({max_tokens}); raise SUMMARIZER_MAX_TOKENS"), False
        draft = _last_draft(exc)
        if draft is None:
            reason = " ".join(str(exc).split())[:160]
            return _fallback(client, report, f"its last answer was not a brief ({reason})"), False
        return drop_unmatched(to_brief(draft, report, listing), report), False
    brief = to_brief(draft, report, listing)
    brief.provenance.check = check_brief(brief, report)
    return brief, True


def _fallback(client: Any, report: Report, why: str) -> Brief:
    """The offline brief, with the reason the model's brief could not be used first in caveats."""
    from summarizer.models import NoteKind

    client.ledger.note(NoteKind.MODEL, f"brief: offline brief used: {why}")
    brief = write_offline_brief(report)
    brief.caveats.insert(0, f"The model's brief could not be used: {why}. This is the offline "
                         "brief.")
    return brief


def _last_draft(exc: Exception) -> BriefDraft | None:
    """The model's last answer, parsed without the number check (which it failed)."""
    try:
        return BriefDraft.model_validate_json(getattr(exc, "last_content", None) or "")
    except Exception:  # noqa: BLE001 - unparseable: the caller falls back
        return None
