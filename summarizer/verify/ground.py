"""Grounding shared by every engine: a fact is verified only by the source text itself.

A fact is `verified` when (1) its evidence quote is exactly `text[start:end]` of the original
input — offsets always come from our own search, never from a model —, (2) its value equals a
number mention found by the regex extractor inside that quote and (3) every other claim
(metric, growth, rank, period, kind, commitment, free text) passes its check in `claims`.
The finding per claim is kept in `fact.checks`; a failure is also worded as a precise problem
(`reask`) that the LLM engine sends back.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import TypeVar

from summarizer.models import (
    ActionItem,
    CheckStatus,
    Evidence,
    Fact,
    FactField,
    NoteKind,
    NumberMention,
    Report,
)
from summarizer.text.clean import Document
from summarizer.text.normalize import normalize
from summarizer.text.numbers import unit_info, written_minus
from summarizer.verify.claims import Finding, check_claims
from summarizer.verify.reask import reask_sentence
from summarizer.verify.scope import Scope

VERIFIER_VERSION = "2"  # 2: every claim is checked, not only the value

_F = TypeVar("_F", bound=Fact)


def values_match(a: float | None, b: float | None) -> bool:
    """Equal up to float noise (values are products of exact decimals)."""
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def locate(quote: str, doc: Document, near: int | None = None) -> tuple[int, int] | None:
    """Find `quote` in the original text (exact first, then in the normalised view).

    With several occurrences the one closest to `near` wins, else the first in body text.
    """
    if not quote:
        return None
    hits = list(_occurrences(doc.text, quote))
    if not hits:
        hits = list(_occurrences(doc.norm, normalize(quote)))
    if not hits:
        return None
    body = [h for h in hits if doc.is_kept(h, h + len(quote))] or hits
    start = min(body, key=lambda h: abs(h - near)) if near is not None else body[0]
    return start, start + len(quote)


def _occurrences(haystack: str, needle: str) -> Iterable[int]:
    i = haystack.find(needle)
    while i != -1:
        yield i
        i = haystack.find(needle, i + 1)


def mentions_in(mentions: Sequence[NumberMention], start: int, end: int) -> list[NumberMention]:
    """Mentions lying wholly inside [start, end).

    `mentions` must be ordered by start, as `extract_mentions` returns them: a binary search
    keeps grounding linear in practice (a long report has thousands of facts and mentions).
    """
    i = bisect_left(mentions, start, key=_start)
    found = []
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].end <= end:
            found.append(mentions[i])
        i += 1
    return found


def _start(mention: NumberMention) -> int:
    return mention.start


def expected_normalized(fact: Fact) -> float | None:
    """The fact's value in base units, from its own unit when it did not give one."""
    if fact.value_normalized is not None:
        return fact.value_normalized
    if fact.unit:
        info = unit_info(fact.unit)
        if info is not None:
            return float(fact.value) * float(info.multiplier)
    return float(fact.value)


def _describe(m: NumberMention) -> str:
    return f"{m.id}: {m.raw} at {m.start}-{m.end}"


def _nearest(mentions: Sequence[NumberMention], pos: int, value: float | None) -> str:
    """The closest real mention, preferring one with the claimed value anywhere in the text."""
    same = [m for m in mentions if values_match(m.value_normalized, value)]
    pool = same or list(mentions)
    if not pool:
        return "the text has no number mentions"
    best = min(pool, key=lambda m: abs(m.start - pos))
    return ("the value occurs at " if same else "nearest real mention ") + _describe(best)


def check_fact(fact: Fact, doc: Document, mentions: Sequence[NumberMention]) -> list[str]:
    """Problems that keep `fact` from being verified ([] = verified).

    Side effect free; `ground` applies the fixes (offsets, normalised value, mention id).
    """
    problems: list[str] = []
    span = _evidence_span(fact.evidence, doc)
    if span is None:
        near = fact.evidence.start if fact.evidence.start < len(doc.text) else 0
        return [
            f"quote '{fact.evidence.quote}' is not in the source text; quote the exact "
            f"characters around the figure ({_nearest(mentions, near, expected_normalized(fact))})"
        ]
    start, end = span
    inside = mentions_in(mentions, start, end)
    if _match_value(fact, inside, doc.text) is None:
        shown = ", ".join(m.raw for m in inside) or "no numbers"
        problems.append(
            f"value {fact.value:g}{fact.unit or ''} for '{fact.metric}' does not match the quote "
            f"'{doc.text[start:end]}' (it contains {shown}; "
            f"{_nearest(mentions, start, expected_normalized(fact))})"
        )
    figure = _match_value(fact, inside, doc.text)
    if figure is not None:
        problems.extend(claim_problems(fact, doc, mentions, figure))
    return problems


def claim_findings(
    fact: Fact, doc: Document, mentions: Sequence[NumberMention], figure: NumberMention,
    scope: Scope | None = None,
) -> list[Finding]:
    """The finding per claim of `fact` (besides its value), read around `figure`."""
    return check_claims(fact, scope or Scope.of(doc, mentions), figure)


def claim_problems(
    fact: Fact, doc: Document, mentions: Sequence[NumberMention], figure: NumberMention,
    scope: Scope | None = None,
) -> list[str]:
    """Re-ask sentences for the claims of `fact` that the source does not support."""
    return [
        reask_sentence(fact, f, figure.id)
        for f in claim_findings(fact, doc, mentions, figure, scope)
        if f.failed
    ]


def _evidence_span(evidence: Evidence, doc: Document) -> tuple[int, int] | None:
    """Offsets of the quote: trusted only if the text there is exactly the quote."""
    s, e = evidence.start, evidence.end
    if 0 <= s < e <= len(doc.text) and doc.text[s:e] == evidence.quote:
        return s, e
    return locate(evidence.quote, doc, near=s)


def _match_value(fact: Fact, inside: Sequence[NumberMention], text: str) -> NumberMention | None:
    wanted = expected_normalized(fact)
    rank_like = fact.unit is None and fact.value_text is not None and fact.value_text.startswith("第")
    if fact.mention_id is not None:
        # 是“十五”期间的2.8倍、2.1倍和2.8倍: the figure the fact names, when the quote holds its value twice
        inside = sorted(inside, key=lambda m: m.id != fact.mention_id)
    for m in inside:
        if m.family == "rank" and not rank_like and fact.unit not in (m.unit, None):
            continue
        if fact.value > 0 and written_minus(text, m):
            continue  # 为-8.6% read as 8.6: a sign flip, whatever the normalised value says
        if values_match(m.value_normalized, wanted):
            return m
    return None


def ground(
    report: Report,
    doc: Document,
    mentions: Sequence[NumberMention],
    *,
    keep_unverified: bool = True,
) -> Report:
    """Verify every fact and action of `report` against `doc`; fill `report.checks`.

    Verified facts get exact offsets, the grounding mention's id and normalised value.
    Unverified facts are kept with verified=False, or dropped when keep_unverified is False;
    either way `checks` counts them.
    """
    checks = report.checks
    checks.verified = checks.unverified = 0
    mentions = sorted(mentions, key=_start)  # mentions_in searches by start
    scope = Scope(doc, mentions)
    achievements = _ground_facts(report.achievements, doc, mentions, keep_unverified, checks, scope)
    targets = _ground_facts(report.targets, doc, mentions, keep_unverified, checks, scope)
    actions = [a for a in (_ground_action(a, doc) for a in report.actions) if a is not None]
    dropped_actions = len(report.actions) - len(actions)
    if dropped_actions:
        checks.note(NoteKind.DROPPED_ACTION, f"{dropped_actions} action(s) dropped: quote not in the source")
    return report.model_copy(
        update={"achievements": achievements, "targets": targets, "actions": actions}
    )


def _ground_facts(
    facts: list[_F],
    doc: Document,
    mentions: Sequence[NumberMention],
    keep_unverified: bool,
    checks,
    scope: Scope,
) -> list[_F]:
    kept: list[_F] = []
    for fact in facts:
        grounded = ground_fact(fact, doc, mentions, scope=scope)
        if grounded.verified:
            checks.verified += 1
            kept.append(grounded)
        elif keep_unverified:
            checks.unverified += 1
            kept.append(grounded)
        else:
            checks.dropped += 1
    return kept


def ground_fact(
    fact: _F, doc: Document, mentions: Sequence[NumberMention], *, scope: Scope | None = None
) -> _F:
    """Return a copy of `fact` with evidence offsets from our own search, `checks` per claim
    and `verified` (true only when no claim failed)."""
    span = _evidence_span(fact.evidence, doc)
    if span is None:
        return fact.model_copy(
            update={"verified": False, "checks": {FactField.VALUE: CheckStatus.FAILED}}
        )
    start, end = span
    # the scope holds the same mentions, ordered alike, with their starts ready for bisecting
    inside = scope.between(start, end) if scope is not None else mentions_in(mentions, start, end)
    figure = _match_value(fact, inside, doc.text)
    if figure is None:
        evidence = Evidence(quote=doc.text[start:end], start=start, end=end)
        return fact.model_copy(
            update={"evidence": evidence, "verified": False,
                    "checks": {FactField.VALUE: CheckStatus.FAILED}}
        )
    findings = claim_findings(fact, doc, mentions, figure, scope)
    checks = {FactField.VALUE: CheckStatus.OK}
    verified = True
    # the quote covers what the claims were read from in the figure's sentence (metric words
    # of its clause, its growth rate, its ranking): offsets from our search, never the model's
    for f in findings:
        checks[f.field] = f.status
        if f.status is CheckStatus.FAILED:
            verified = False
        elif f.span is not None and f.status is CheckStatus.OK:
            start, end = min(start, f.span[0]), max(end, f.span[1])
    evidence = Evidence(quote=doc.text[start:end], start=start, end=end)
    return fact.model_copy(
        update={
            "evidence": evidence,
            "verified": verified,
            "checks": checks,
            "mention_id": figure.id,
            "value_normalized": figure.value_normalized,
            "base_unit": figure.base_unit,
        }
    )


def _ground_action(action: ActionItem, doc: Document) -> ActionItem | None:
    evidence = action.evidence
    s, e = evidence.start, evidence.end
    if evidence.page is None and 0 <= s < e <= len(doc.text) and doc.text[s:e] == evidence.quote:
        return action  # already exact (the offline engine's are): a copy would equal it
    span = locate(evidence.quote, doc, near=s)
    if span is None:
        return None
    start, end = span
    return action.model_copy(
        update={"evidence": Evidence(quote=doc.text[start:end], start=start, end=end)}
    )
