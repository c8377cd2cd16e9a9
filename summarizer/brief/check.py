"""Cross-lingual number check: every figure in a brief's English must be a verified Report value.

`reader` reads the figures; this module builds the values each may equal (a verified fact's
value, growth rate, rank or a number in its metric, in the same base unit), matches them
(float tolerance; rounding to at most three significant figures only after a hedge such as
"about", "nearly", "over", "more than") and words the problems a model gets back as a re-ask.
Caveats, the appendix and the source line are not checked: they say what was left out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from summarizer.brief.figures import exact, format_number, quantity
from summarizer.brief.reader import Figure, base_key, find_figures
from summarizer.models import Brief, BriefCheck, Fact, FactRef, NumberProblem, Report
from summarizer.text.numbers import MAGNITUDES, extract_mentions_text

# --- the Report's values ------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A verified Report value a figure may equal."""

    value: float
    base: str
    ref: FactRef
    label: str  # e.g. "工业开票销售 79.4亿元"



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
        base = base_key(fact.base_unit)
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
            base = base_key(mention.base_unit, mention.family)
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
    fields += [(f"appendix[{i}]", line.text, line.fact) for i, line in enumerate(brief.appendix)]
    return fields


def check_brief(brief: Brief, report: Report) -> BriefCheck:
    """Check every figure in the title, summary, key figures, targets, measures and appendix."""
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


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


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
    for name in ("key_figures", "targets", "measures", "appendix"):
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
