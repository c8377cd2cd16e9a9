"""What the offline-engine test modules share: the facts of an authored text, the one fact of a
value, and the verifier's metric check of a hand-made fact.

Two readings of a text: `report_facts` runs the whole pipeline (the verifier has looked at every
fact; unverified ones are kept so a test can say why), `draft_facts` only the engine's draft
(rules of the engine before verification).
"""

from __future__ import annotations

import summarizer
from summarizer.engines import offline
from summarizer.models import Achievement, CheckStatus, Evidence, Fact, FactField
from summarizer.text.clean import clean
from summarizer.text.numbers import extract_mentions
from summarizer.verify import claim_findings


def report_facts(text: str, name: str = "-") -> list[Fact]:
    """Every fact the offline pipeline reports on `text`, verified or not (`name` picks the loader:
    report.md reads it as Markdown, its ** masked)."""
    report = summarizer.summarize_text(text, name=name, engine="offline", keep_unverified=True)
    return list(report.facts())


def draft(text: str) -> offline.Draft:
    """The offline engine's draft of `text`, before the verifier."""
    doc = clean(text)
    return offline.extract(doc, extract_mentions(doc))


def draft_facts(text: str) -> list[Fact]:
    """The draft's achievements and targets."""
    d = draft(text)
    return [*d.achievements, *d.targets]


def pick(facts: list[Fact], value: float, unit: str | None = None) -> Fact:
    """The only fact of `value` (and `unit`, when given); fails showing all facts otherwise."""
    hits = [f for f in facts if f.value == value and (unit is None or f.unit == unit)]
    assert len(hits) == 1, [(f.metric, f.value, f.unit) for f in facts]
    return hits[0]


def one(text: str, value: float, unit: str | None = None) -> Fact:
    """The reported fact of `value` in `text`, which the verifier must have accepted."""
    fact = pick(report_facts(text), value, unit)
    assert fact.verified, (fact.metric, fact.failed_fields())
    return fact


def one_in_draft(text: str, value: float, unit: str | None = None) -> Fact:
    """The draft's fact of `value` in `text`."""
    return pick(draft_facts(text), value, unit)


def metric_status(text: str, metric: str, raw: str) -> CheckStatus:
    """The verifier's metric check of a hand-made fact for the mention `raw`."""
    doc = clean(text)
    mentions = extract_mentions(doc)
    figure = next(m for m in mentions if m.raw == raw)
    evidence = Evidence(quote=text[: figure.end], start=0, end=figure.end)
    fact = Achievement(metric=metric, value=figure.value, value_text=figure.value_text, unit=figure.unit,
                       evidence=evidence)
    return next(f for f in claim_findings(fact, doc, mentions, figure) if f.field is FactField.METRIC).status
