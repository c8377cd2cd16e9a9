"""A review page: the original text with every fact's evidence highlighted beside the fact table.

An analyst checks a figure by clicking it and reading the highlighted source, so the page shows
the ORIGINAL characters (page chrome struck through, not hidden) at the Report's own offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import jinja2

from summarizer.models import Fact, Report, Target


@dataclass
class _Layer:
    start: int
    end: int
    css: str
    title: str
    anchor: str | None = None


@dataclass
class _Run:
    text: str
    classes: str = ""
    title: str = ""
    anchors: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("review.html")


def _value(fact: Fact) -> str:
    return f"{fact.qualifier + ' ' if fact.qualifier else ''}{fact.value_text or fact.value}{fact.unit or ''}"


def _layers(report: Report) -> tuple[list[_Layer], list[dict], list[dict]]:
    layers = [_Layer(r.start, r.end, "removed", f"removed: {r.reason}") for r in report.source.removed]
    groups = []
    for name, facts, prefix in (
        ("Achievements", report.achievements, "a"),
        ("Targets", report.targets, "t"),
    ):
        rows = []
        for n, fact in enumerate(facts, 1):
            anchor = f"{prefix}{n}"
            kind = "target" if isinstance(fact, Target) else "fact"
            status = "verified" if fact.verified else "unverified"
            css = f"{kind} {status}" if fact.verified else f"fact {status}"
            failed = fact.failed_fields()
            note = f" (failed: {', '.join(failed)})" if failed else ""
            layers.append(_Layer(fact.evidence.start, fact.evidence.end, css,
                                 f"{anchor}: {fact.metric} {_value(fact)}{note}", anchor))
            growth = "" if fact.growth_pct is None else f"{fact.growth_pct:+g}%"
            rows.append(dict(anchor=anchor, metric=fact.metric, metric_en=fact.metric_en or "",
                             value=_value(fact), growth=growth,
                             period=fact.period or "", page=fact.evidence.page or "",
                             verified=fact.verified, failed=", ".join(fact.failed_fields())))
        groups.append(dict(name=name, rows=rows))
    actions = []
    for n, action in enumerate(report.actions, 1):
        anchor = f"m{n}"
        layers.append(_Layer(action.evidence.start, action.evidence.end, "action",
                             f"{anchor}: {action.category or 'action'}", anchor))
        actions.append(dict(anchor=anchor, text=action.action, category=action.category or ""))
    return layers, groups, actions


def _runs(text: str, layers: list[_Layer]) -> list[_Run]:
    """Cut the text wherever a layer starts or ends; each run carries every layer covering it.

    One sweep over the cut points with the set of open layers, so long reports stay fast.
    """
    size = len(text)
    clipped = [
        (max(0, min(la.start, size)), max(0, min(la.end, size)), n, la)
        for n, la in enumerate(layers)
    ]
    clipped = [c for c in clipped if c[0] < c[1]]
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for lo, hi, n, _ in clipped:
        starts.setdefault(lo, []).append(n)
        ends.setdefault(hi, []).append(n)
    points = sorted({0, size, *starts, *ends})
    open_layers: dict[int, _Layer] = {}
    runs = []
    for lo, hi in pairwise(points):
        for n in ends.get(lo, ()):
            open_layers.pop(n, None)
        anchors = []
        for n in starts.get(lo, ()):
            open_layers[n] = layers[n]
            if layers[n].anchor:
                anchors.append(layers[n].anchor)
        covering = [open_layers[n] for n in sorted(open_layers)]
        classes = " ".join(dict.fromkeys(c for la in covering for c in la.css.split()))
        runs.append(_Run(text[lo:hi], classes, " | ".join(la.title for la in covering), anchors))
    return runs


def render_review(report: Report, original_text: str) -> str:
    """Self-contained HTML (no scripts, everything escaped) for checking a Report by eye."""
    layers, groups, actions = _layers(report)
    title = report.meta.title or report.meta.issuer or report.source.name
    return _template().render(
        title=title, source=report.source, provenance=report.provenance, checks=report.checks,
        groups=groups, actions=actions, runs=_runs(original_text, layers),
    )
