"""A Brief as Markdown (default), plain text, JSON or HTML. Renderers only read the Brief."""

from __future__ import annotations

import json
import re
from functools import lru_cache

import jinja2

from summarizer.models import Brief, BriefLine, BriefMeasure

FORMATS = ("md", "txt", "json", "html")
_GROUP_TITLES = {
    "output": "Output",
    "revenue": "Revenue",
    "investment": "Investment",
    "trade": "Trade and consumption",
    "prices": "Prices",
    "employment": "Employment",
    "projects": "Projects",
    "other": "Other",
}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Escape Markdown syntax so report text can never become markup or HTML."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _grouped(lines: list[BriefLine]) -> list[tuple[str | None, list[BriefLine]]]:
    """Consecutive lines under their group heading (the writer already ordered them)."""
    groups: list[tuple[str | None, list[BriefLine]]] = []
    for line in lines:
        title = _GROUP_TITLES.get(line.group or "", line.group) if line.group else None
        if groups and groups[-1][0] == title:
            groups[-1][1].append(line)
        else:
            groups.append((title, [line]))
    return groups


def _measure_groups(brief: Brief) -> list[tuple[str, list[BriefMeasure]]]:
    """Measures under their English category heading, in the writer's order."""
    from summarizer.brief.phrasing import category_en

    groups: list[tuple[str, list[BriefMeasure]]] = []
    for measure in brief.measures:
        title = category_en(measure.category) if measure.category else "Other"
        if groups and groups[-1][0] == title:
            groups[-1][1].append(measure)
        else:
            groups.append((title, [measure]))
    return groups


def source_line(brief: Brief) -> str:
    """'Source: Nantong Development Zone (南通开发区); period H1 (上半年); …' (English first, the
    Chinese as a bracketed gloss)."""
    src = brief.source
    parts = []
    if src.issuer or src.issuer_en:
        parts.append(
            f"{src.issuer_en} ({src.issuer})" if src.issuer_en and src.issuer
            else (src.issuer_en or f"({src.issuer})")
        )
    if src.period:
        parts.append(f"period {src.period_en} ({src.period})" if src.period_en
                     else f"period ({src.period})")
    if src.published:
        parts.append(f"published {src.published}")
    parts.append(f"file {src.source_file}")
    return "Source: " + "; ".join(parts)


def provenance_line(brief: Brief) -> str:
    """How the brief was written and what the number check found."""
    prov = brief.provenance
    engine = f"{prov.engine} {prov.engine_version}" + (
        f", model {prov.model}" if prov.model else ""
    )
    gloss = prov.glossary
    check = prov.check
    text = (
        f"Brief: {engine}; numbers checked {check.numbers_checked}, matched {check.numbers_matched}"
    )
    if check.removed:
        text += f", {len(check.removed)} sentence(s)/line(s) removed"
    if gloss.metrics:
        text += (
            f"; glossary: {gloss.exact} exact, {gloss.composed} composed, {gloss.partial} "
            f"partial, {gloss.none} none of {gloss.metrics} metric names"
        )
    return text


def render_brief_markdown(brief: Brief) -> str:
    """The brief as Markdown: title, summary, grouped figures, targets, measures, caveats."""
    out = [f"# {_md(brief.title)}", "", _md(brief.summary), ""]
    for heading, lines in (("Key figures", brief.key_figures), ("Targets", brief.targets)):
        if not lines:
            continue
        out += [f"## {heading}", ""]
        for title, group in _grouped(lines):
            if title:
                out += [f"### {title}", ""]
            out += [f"- {_md(line.text)}" for line in group] + [""]
    if brief.measures:
        out += ["## Measures", ""]
        for title, group in _measure_groups(brief):
            out += [f"### {_md(title)}", ""] + [f"- {_md(m.text)}" for m in group] + [""]
    if brief.caveats:
        out += ["## Caveats", ""] + [f"- {_md(c)}" for c in brief.caveats] + [""]
    if brief.appendix:
        out += ["## Appendix: further figures", ""]
        out += [f"- {_md(line.text)}" for line in brief.appendix] + [""]
    if brief.source_wording:
        out += ["## Source wording", ""] + [f"- {_md(w)}" for w in brief.source_wording] + [""]
    out += ["---", "", _md(source_line(brief)), "", _md(provenance_line(brief))]
    return "\n".join(out) + "\n"


def render_brief_text(brief: Brief) -> str:
    """The brief as plain text (wrapped by the reader, not by us)."""
    out = [brief.title, "=" * min(len(brief.title), 78), "", brief.summary, ""]
    for heading, lines in (("KEY FIGURES", brief.key_figures), ("TARGETS", brief.targets)):
        if not lines:
            continue
        out.append(heading)
        for title, group in _grouped(lines):
            if title:
                out.append(f"  {title}")
            out += [f"    - {line.text}" for line in group]
        out.append("")
    if brief.measures:
        out.append("MEASURES")
        for title, group in _measure_groups(brief):
            out += [f"  {title}"] + [f"    - {m.text}" for m in group]
        out.append("")
    if brief.caveats:
        out += ["CAVEATS"] + [f"  - {c}" for c in brief.caveats] + [""]
    if brief.appendix:
        out += ["APPENDIX: FURTHER FIGURES"] + [f"  - {line.text}" for line in brief.appendix]
        out.append("")
    if brief.source_wording:
        out += ["SOURCE WORDING"] + [f"  - {w}" for w in brief.source_wording] + [""]
    out += [source_line(brief), provenance_line(brief)]
    return "\n".join(out) + "\n"


def render_brief_json(brief: Brief) -> str:
    """The Brief contract as JSON (schemas/brief.schema.json), Chinese left readable."""
    return json.dumps(brief.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ brief.title }}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 1.5rem; } h3 { font-size: 1rem; }
.caveats { color: #6a4b00; } footer { color: #555; font-size: .9rem; border-top: 1px solid #ccc; }
</style>
</head>
<body>
<h1>{{ brief.title }}</h1>
<p class="summary">{{ brief.summary }}</p>
{% for heading, groups in sections %}{% if groups %}
<h2>{{ heading }}</h2>
{% for title, lines in groups %}{% if title %}<h3>{{ title }}</h3>{% endif %}
<ul>{% for line in lines %}
<li{% if line.fact %} data-fact="{{ line.fact.kind }}-{{ line.fact.index }}"{% endif %}>{{ line.text }}</li>{% endfor %}
</ul>
{% endfor %}{% endif %}{% endfor %}
{% if brief.measures %}<h2>Measures</h2>
{% for title, group in measures %}<h3>{{ title }}</h3>
<ul>{% for m in group %}
<li>{{ m.text }}</li>{% endfor %}
</ul>
{% endfor %}{% endif %}
{% if brief.caveats %}<h2>Caveats</h2>
<ul class="caveats">{% for c in brief.caveats %}
<li>{{ c }}</li>{% endfor %}
</ul>{% endif %}
{% if brief.appendix %}<h2>Appendix: further figures</h2>
<ul>{% for line in brief.appendix %}
<li{% if line.fact %} data-fact="{{ line.fact.kind }}-{{ line.fact.index }}"{% endif %}>{{ line.text }}</li>{% endfor %}
</ul>{% endif %}
{% if brief.source_wording %}<h2>Source wording</h2>
<ul lang="zh">{% for w in brief.source_wording %}
<li>{{ w }}</li>{% endfor %}
</ul>{% endif %}
<footer>
<p>{{ source }}</p>
<p>{{ provenance }}</p>
</footer>
</body>
</html>
"""


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(_HTML)


def render_brief_html(brief: Brief) -> str:
    """A standalone HTML page; every text is escaped by Jinja2's autoescape."""
    sections = [("Key figures", _grouped(brief.key_figures)), ("Targets", _grouped(brief.targets))]
    return _template().render(
        brief=brief,
        sections=sections,
        measures=_measure_groups(brief),
        source=source_line(brief),
        provenance=provenance_line(brief),
    )


def render_brief(brief: Brief, fmt: str = "md") -> str:
    """The brief in one of FORMATS."""
    renderers = {
        "md": render_brief_markdown,
        "txt": render_brief_text,
        "json": render_brief_json,
        "html": render_brief_html,
    }
    if fmt not in renderers:
        raise ValueError(f"unknown brief format {fmt!r}; use one of {', '.join(FORMATS)}")
    return renderers[fmt](brief)
