"""Markdown rendering of a Report: what a reader checks at a glance, verification marks included."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.models import ActionItem, Fact, Report, Target


def _cell(value: object) -> str:
    """One table cell: empty for None, pipes escaped, newlines flattened."""
    if value is None or value == "":
        return ""
    text = str(value).replace("\r", " ").replace("\n", " ")
    return text.replace("|", "\\|")


def _number(value: float) -> str:
    """1.0 -> '1', 1.76 -> '1.76' (no float noise)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def _value(fact: Fact) -> str:
    """Value as written with unit and qualifier position kept apart from the number."""
    shown = fact.value_text or _number(fact.value)
    return f"{shown}{fact.unit or ''}"


def _growth(fact: Fact) -> str:
    if fact.growth_pct is None:
        return ""
    sign = "+" if fact.growth_pct > 0 else ""
    return f"{sign}{_number(fact.growth_pct)}%"


def _mark(fact: Fact) -> str:
    """✓, or ✗ with the claims the verifier rejected (✗ metric, growth)."""
    if fact.verified:
        return "✓"
    failed = fact.failed_fields()
    return "✗ " + ", ".join(failed) if failed else "✗"


def _fact_table(facts: list, *, targets: bool) -> list[str]:
    header = ["Metric", "Value", "Qualifier", "Growth", "Rank", "Period"]
    if targets:
        header.append("Commitment")
    header.append("Verified")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for fact in facts:
        row = [
            fact.metric,
            _value(fact),
            fact.qualifier,
            _growth(fact),
            fact.rank,
            fact.period,
        ]
        if targets:
            row.append(fact.commitment if isinstance(fact, Target) else None)
        row.append(_mark(fact))
        lines.append("| " + " | ".join(_cell(item) for item in row) + " |")
    return lines


def _action_line(action: ActionItem) -> str:
    extras = [
        f"{label}: {value}"
        for label, value in (
            ("owner", action.owner),
            ("deadline", action.deadline),
            ("category", action.category),
        )
        if value
    ]
    line = f"- {action.action.strip()}"
    if extras:
        line += f" ({'; '.join(extras)})"
    return line


def _section(title: str, items: Sequence[object], rows: list[str]) -> list[str]:
    """`## Title (n)`, then the rows (_None found._ without items), then a blank line."""
    return [f"## {title} ({len(items)})", "", *(rows if items else ["_None found._"]), ""]


def render_markdown(report: Report) -> str:
    """The whole report as Markdown, ending with one newline."""
    meta = report.meta
    title = meta.title or meta.issuer or report.source.name
    out: list[str] = [f"# {title}", ""]
    for label, value in (
        ("Issuer", meta.issuer),
        ("Region", meta.region),
        ("Period", meta.period),
        ("Published", meta.published),
        ("Document type", meta.doc_type),
    ):
        if value:
            out.append(f"- **{label}:** {value}")
    out.append("")
    out += _section("Achievements", report.achievements, _fact_table(report.achievements, targets=False))
    out += _section("Targets", report.targets, _fact_table(report.targets, targets=True))
    out += _section("Actions", report.actions, [_action_line(a) for a in report.actions])
    checks, prov, src = report.checks, report.provenance, report.source
    out.append("## Checks")
    out.append("")
    out.append(
        f"- Verified facts: {checks.verified}; unverified: {checks.unverified}; "
        f"dropped: {checks.dropped}"
    )
    out.extend(f"- Warning: {warning}" for warning in checks.warnings)
    engine = f"{prov.engine} {prov.engine_version}"
    if prov.model:
        engine += f", model {prov.model}"
    out.append(f"- Engine: {engine}; {prov.elapsed_ms:.1f} ms")
    out.append("")
    out.append(
        f"_Source: {src.name} ({src.format}, {src.encoding}, {src.script}); "
        f"{src.chars_total} characters, {src.chars_removed} removed as page chrome._"
    )
    return "\n".join(out) + "\n"
