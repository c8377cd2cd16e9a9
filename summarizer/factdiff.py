"""Fact-by-fact comparison of two Reports of the same input (a snapshot and a new run).

Facts are paired by the figure they read (`mention_id`, our extractor's id for a number in the
text; else the evidence span), so a fact whose metric, kind or verified status changed shows
as changed, not as one removed and one added. Provenance (timings, tokens, cache) is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summarizer.models import Report

# What a user cares about in a fact; `kind` is where it sits (achievements or targets).
FACT_FIELDS = ("kind", "metric", "value", "unit", "growth_pct", "period", "commitment",
               "verified")


@dataclass
class FactChange:
    """One difference: a fact added, removed, or changed in some fields (old, new)."""

    change: str  # "added" | "removed" | "changed"
    key: str
    fact: dict[str, Any]
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    def line(self) -> str:
        """One readable line for the diff on stdout."""
        f = self.fact
        what = f"{f.get('kind')} {self.key} {f.get('metric')} = {f.get('value')}{f.get('unit') or ''}"
        if self.change == "added":
            return f"  + {what}" + ("" if f.get("verified", True) else " (unverified)")
        if self.change == "removed":
            return f"  - {what}"
        parts = "; ".join(f"{name}: {old!r} -> {new!r}" for name, (old, new) in self.fields.items())
        return f"  ~ {what}: {parts}"

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"change": self.change, "key": self.key, "fact": self.fact}
        if self.fields:
            out["fields"] = {name: {"old": old, "new": new} for name, (old, new) in self.fields.items()}
        return out


def _facts(report: Report) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for kind, items in (("achievement", report.achievements), ("target", report.targets)):
        for fact in items:
            data = fact.model_dump(mode="json")
            key = fact.mention_id or f"{fact.evidence.start}-{fact.evidence.end}"
            row = {name: data.get(name) for name in FACT_FIELDS if name != "kind"}
            out.setdefault(key, {"kind": kind, **row, "quote": fact.evidence.quote})
    for action in report.actions:
        key = f"action@{action.evidence.start}-{action.evidence.end}"
        out.setdefault(key, {"kind": "action", "metric": action.action, "value": None,
                             "unit": None, "verified": True, "quote": action.evidence.quote})
    return out


def diff_reports(old: Report, new: Report) -> list[FactChange]:
    """What changed from `old` to `new`, fact by fact (and action by action)."""
    before, after = _facts(old), _facts(new)
    changes: list[FactChange] = []
    for key, fact in after.items():
        if key not in before:
            changes.append(FactChange("added", key, fact))
    for key, fact in before.items():
        if key not in after:
            changes.append(FactChange("removed", key, fact))
            continue
        now = after[key]
        fields = {name: (fact.get(name), now.get(name)) for name in FACT_FIELDS
                  if fact.get(name) != now.get(name)}
        if fields:
            changes.append(FactChange("changed", key, now, fields))
    return changes
